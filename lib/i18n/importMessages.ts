/**
 * The import's messages are kept as a code and parameters (lib/import/messages.ts) and rendered
 * here, in the reader's language, when they are shown: the import form, the dashboard's import
 * history, the row-error CSV, the command line.
 */
import type { Catalog } from './catalog';
import type { Lang } from './lang';
import { platformName } from './platforms';
import { type MessageKey, translator } from './translate';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** `file.empty`, `row.bad_date`, `file.limit.rows`…: the key of the text under `importMessage`. */
export type ImportMessageCode = Leaves<Catalog['importMessage']>;

export interface CodedMessage {
  code: string;
  params: Record<string, string | number>;
}

/** Rows written before messages kept their parameters hold the text in both languages. */
export interface RenderedMessage {
  zh: string;
  en: string;
}

/** Parameters that hold a platform id are shown as the platform's name in the language. */
const PLATFORM_PARAMS = new Set(['platform', 'shopPlatform', 'filePlatform']);
/** Parameters holding a list of names (the columns found in a header). */
const LIST_PARAMS = new Set(['found']);

export function renderMessage(m: CodedMessage | RenderedMessage, lang: Lang): string {
  if ('zh' in m) return m[lang];
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params))
    params[k] =
      PLATFORM_PARAMS.has(k) && typeof v === 'string'
        ? platformName(v, lang)
        : // A list stored with Chinese enumeration commas reads with English ones in English.
          lang === 'en' && LIST_PARAMS.has(k) && typeof v === 'string'
          ? v.replaceAll('、', ', ')
          : v;
  return translator(lang)(`importMessage.${m.code}` as MessageKey, params as never);
}

/**
 * A stored message (imports.message, import_errors): a code with its parameters (JSON) when it has
 * them, else the text of an older row in both languages (`zh`, `en`).
 */
export function storedMessage(
  code: string | null,
  params: string | null,
  zh: string | null,
  en: string | null,
): CodedMessage | RenderedMessage | null {
  if (code && params !== null) return { code, params: JSON.parse(params) };
  if (zh === null && en === null) return null;
  return { zh: zh ?? en ?? '', en: en ?? zh ?? '' };
}
