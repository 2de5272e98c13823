/** The bench's PDD order export as a workbook (shared strings, as Excel writes them), from the same rows as the CSV. */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { PDD_HEADER, pddRow, shuffled } from './pddExport';

export async function writePddXlsx(file: string, orders: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('订单');
  ws.addRow(PDD_HEADER.split(',')).commit();
  const at = shuffled(orders);
  for (let k = 0; k < orders; k++) ws.addRow(Papa.parse<string[]>(pddRow(at(k))).data[0]).commit();
  ws.commit();
  await wb.commit();
}
