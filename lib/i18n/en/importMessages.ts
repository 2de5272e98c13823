import type { Shape } from '../shape';
import type { importMessages as zh } from '../zh/importMessages';

const SUGGEST_CSV = " For a workbook this large, use the back end's CSV export, or export shorter date ranges.";
const NOTHING = 'nothing from it was imported.';

export const importMessages: Shape<typeof zh> = {
  importMessage: {
    file: {
      limit: {
        fileBytes: `File "{file}" is {value, number} MB, over the {limit, number} MB limit per file; ${NOTHING}`,
        xlsxBytes: `File "{file}" is {value, number} MB, over the {limit, number} MB limit for a workbook; ${NOTHING}${SUGGEST_CSV}`,
        rows: `File "{file}" has more than {limit, number} rows (the limit; read up to row {value, number}); ${NOTHING}`,
        sheetRows: `File "{file}" has a worksheet over the {limit, number}-row limit (row {value, number}); ${NOTHING}${SUGGEST_CSV}`,
        columns: `File "{file}" has {value, number} columns (limit {limit, number}); ${NOTHING}`,
        cellChars: `File "{file}" has a cell of {value, number} characters (limit {limit, number}); ${NOTHING}`,
        lineChars: `File "{file}" has a line longer than {limit, number} characters ({value, number}); ${NOTHING}`,
        leadingBlankLines: `File "{file}" has more than {limit, number} blank lines before the first row; ${NOTHING}`,
        xlsxPartBytes: `File "{file}" has a worksheet that unpacks to {value, number} MB (limit {limit, number} MB); ${NOTHING}${SUGGEST_CSV}`,
        xlsxSmallPartBytes: `File "{file}" has a workbook part that unpacks to {value, number} MB, which no export has; ${NOTHING}${SUGGEST_CSV}`,
        sharedStringsPartBytes: `File "{file}" has a shared-string table that unpacks to {value, number} MB (limit {limit, number} MB); ${NOTHING}${SUGGEST_CSV}`,
        sharedStrings: `File "{file}" has more than {limit, number} shared strings ({value, number}); ${NOTHING}${SUGGEST_CSV}`,
        sharedStringBytes: `File "{file}" has {value, number} MB of shared strings (limit {limit, number} MB); ${NOTHING}${SUGGEST_CSV}`,
        xlsxTotalBytes: `File "{file}" unpacks to more than {limit, number} MB ({value, number} MB read); ${NOTHING}${SUGGEST_CSV}`,
        sheets: `File "{file}" has {value, number} worksheets (limit {limit, number}); ${NOTHING}${SUGGEST_CSV}`,
        zipEntries: `File "{file}" holds {value, number} parts (limit {limit, number}); ${NOTHING}${SUGGEST_CSV}`,
      },
      line_too_long:
        'File "{file}": line {line, number} is longer than {limit, number} characters, which no export has (an unclosed quote, or a damaged file). Nothing from it was imported.',
      too_many_columns:
        'File "{file}": line {line, number} has {columns, number}{orMore, select, yes { or more} other {}} columns (limit {limit, number}). Nothing from it was imported.',
      header_too_wide:
        'File "{file}": the header (line {line, number}) has {columns, number} columns (limit {limit, number}). Nothing from it was imported.',
      cell_too_long:
        'File "{file}": line {line, number} has a cell of {chars, number} characters (limit {limit, number}). Nothing from it was imported.',
      blank_lines_only:
        'File "{file}" holds {lines, plural, one {# blank line} other {# blank lines}} and no header or rows.',
      xlsx_incomplete:
        'File "{file}" is incomplete: the end of the workbook is missing or damaged (interrupted download?). Nothing from it was imported; export it again.{detail, select, none {} other { ({detail})}}',
      xlsx_part_too_large: `File "{file}": its part "{part}" unpacks to {size, number} MB (limit {limit, number} MB); ${NOTHING}${SUGGEST_CSV}`,
      encrypted:
        'File "{file}" is encrypted (password-protected) and cannot be read. Export it again without a password, then import that.',
      upload_interrupted: 'The upload of "{file}" was interrupted; nothing from it was imported. Try again.',
      import_stopped:
        'Reading "{file}" stopped unexpectedly (it may have run out of its memory allowance); the import was undone and the data stored before is unchanged.',
      empty: 'File "{file}" is empty: there is nothing to import.',
      not_csv_or_xlsx:
        'File "{file}" is not a CSV or xlsx spreadsheet (it holds binary data). Export the order or after-sales report from the platform again.',
      numbers:
        'File "{file}" is an Apple Numbers document. In Numbers choose Export To → CSV or Excel (.xlsx), then import that file.',
      html: 'File "{file}" is a web page (HTML) named like a spreadsheet. Export CSV or xlsx from the platform back end again.',
      pdf: 'File "{file}" is a PDF document, not a spreadsheet. Export the order or after-sales sheet as CSV or xlsx from the platform back end.',
      office_document:
        'File "{file}" is a Word or PowerPoint document, not a spreadsheet. Export the order or after-sales sheet as CSV or xlsx from the platform back end.',
      spreadsheet_xml:
        'File "{file}" is an Excel 2003 XML spreadsheet. Save it as .xlsx or CSV in Excel, then import that.',
      archive_here:
        'File "{file}" is a zip archive, not an xlsx workbook. Import it as a .zip and Redline imports each sheet inside.',
      archive_no_exports: 'Archive "{file}" holds no CSV or xlsx file (it holds: {found}).',
      archive_damaged:
        'Archive "{file}" is damaged or incomplete ({detail}); perhaps the download was interrupted. Download it again, then import it.',
      archive_too_large:
        'Archive "{file}" unpacks to too much ({part} is over the limit). Export in parts, or import the files inside it directly.',
      legacy_xls: 'File "{file}" is an old Excel .xls workbook. Save it as .xlsx or CSV in Excel, then import that.',
      bad_xlsx: 'File "{file}" is not a readable xlsx workbook ({detail}).',
      unknown_encoding: 'File "{file}" is neither UTF-8 nor GBK/GB18030 text and cannot be read.',
      bad_bytes:
        'File "{file}", line {line, number}: bytes that are not valid {encoding}; the file looks damaged. Nothing from it was imported.',
      truncated_character:
        'File "{file}" ends in the middle of a {encoding} character on line {line, number}: it is incomplete (cut off while downloading or copying). Nothing from it was imported; export it again.',
      truncated_row:
        'File "{file}" ends in the middle of line {line, number} ({found, number} of {expected, number} columns): it is incomplete. Nothing from it was imported; export it again.',
      unclosed_quote:
        'File "{file}", line {line, number}: a quoted cell is never closed before the end of the file; the file is incomplete or damaged. Nothing from it was imported.',
      unknown_header:
        'File "{file}": no {platform, select, any {} other {{platform} }}order or after-sales header recognised in the first {scanned, number} rows. The {columns, plural, one {# column} other {# columns}} found: {found}. An order export needs at least an order number and a payment time; an after-sales export an order number, an application time and an intervention (or after-sales) status. Map each column to what it holds on the import page (remembered for the shop), or on the command line with --kind and --map FIELD=COLUMN.',
      no_rows: 'File "{file}" has a header but no data rows.',
      no_row_imported:
        'None of the {rows, plural, one {# row} other {# rows}} of file "{file}" could be imported (the row errors below say why); the shop\'s data is unchanged. Check the exported columns or date format, then export again.',
      already_imported:
        'File "{file}" was already imported into shop "{shop}" at {at}; it is identical, so nothing was changed this time.',
      shop_exists:
        'File "{file}" was not imported: a shop named "{shop}" already exists. Choose it from the list, or give the new shop another name.',
      platform_mismatch:
        'File "{file}" is a {filePlatform} export, but shop "{shop}" is a {shopPlatform} shop. Choose the right shop.',
      internal: 'Importing "{file}" failed; the import was undone and the data stored before is unchanged.',
      too_large:
        'File "{file}" is {size, number} MB, over the {limit, number} GB limit per file. Export shorter date ranges and import those.',
      upload_truncated:
        'Only {received, number} of {expected, number} bytes of "{file}" arrived; the upload is incomplete and nothing from it was imported. Try again.',
      upload_stalled:
        'The upload of "{file}" stopped (nothing for {seconds, number} s after {received, number} bytes); nothing from it was imported. Check the connection and try again.',
    },
    row: {
      missing: 'column "{column}" is empty and this row needs it.',
      bad_date: 'column "{column}": "{value}" is not a date and time (expected like 2024-01-01 12:00:00).',
      impossible_date:
        'column "{column}": "{value}" is not a possible date (expected between 2000-01-01 and {latest}); the row was not counted.',
      bad_money: 'column "{column}": "{value}" is not an amount of money; the row was imported without it.',
      too_few_columns:
        'the row has {found, plural, one {# column} other {# columns}} where the header has {expected, number}; column "{column}" is missing.',
      imprecise_id:
        'column "{column}": the ID {value} was stored as a number in the spreadsheet and lost its digits beyond the 15th, so the real ID cannot be recovered. Export with the column as text, or use CSV.',
    },
  },
};
