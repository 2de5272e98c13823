/**
 * A shop name in one normal form, wherever it comes from (an import, the command line, a URL):
 * NFKC (full-width "Ｓｈｏｐ" is "Shop"), without invisible characters (zero-width spaces and
 * joiners, bidi controls, soft hyphens, fillers) and with runs of white space made one space.
 * Two names that look the same are then the same name, and the database's unique name refuses
 * the second shop.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

export function normalizeShopName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
