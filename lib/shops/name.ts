/**
 * A shop name as stored, wherever it comes from (an import, the command line, a URL): NFC, without
 * invisible characters (zero-width spaces and joiners, bidi controls, soft hyphens, fillers) and
 * with runs of white space made one space. Full-width punctuation is kept as typed: Chinese shop
 * names use it（like this）.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each listed mark is removed on its own, never matched with a base character
  /[\p{Cc}\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

export function normalizeShopName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * What two names that look alike have in common: the stored form under NFKC (full-width
 * "Ｓｈｏｐ（1）" is "Shop(1)"), in lower case, without spaces ("PDD店A", "pdd 店a"). A name whose
 * key is taken finds that shop and never makes another.
 */
export function shopNameKey(name: string): string {
  return normalizeShopName(name).normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
