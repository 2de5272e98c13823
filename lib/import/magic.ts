/**
 * What a file's first bytes say it is, for the reader, the preview and the import page alike:
 * an xlsx workbook is a zip (PK\x03\x04); a legacy .xls an OLE compound file.
 */
const XLSX = [0x50, 0x4b, 0x03, 0x04];
const LEGACY_XLS = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (b: Uint8Array, magic: readonly number[]) => magic.every((m, i) => b[i] === m);

export const isXlsxBytes = (b: Uint8Array): boolean => startsWith(b, XLSX);
export const isLegacyXlsBytes = (b: Uint8Array): boolean => startsWith(b, LEGACY_XLS);
