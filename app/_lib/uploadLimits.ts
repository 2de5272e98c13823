/** Upload sizes, shared by the import page (checked before sending) and the routes (enforced). */
/** A 500 MB export must go through; past 1 GB the page asks for shorter date ranges. */
export const MAX_UPLOAD_BYTES = 1_000_000_000;
/** The preview reads whole CSVs up to this size and the start of bigger ones. */
export const PREVIEW_BYTES = 2 * 1024 * 1024;
/**
 * A workbook can only be read whole; bigger ones are detected at import. Kept under the 10 MB that
 * proxy.ts may see of a request body (the preview route is not exempt from it, unlike /api/import).
 */
export const PREVIEW_XLSX_MAX_BYTES = 8 * 1024 * 1024;
