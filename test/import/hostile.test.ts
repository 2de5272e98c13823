/**
 * Hostile and broken files cost bounded time, memory and disk, each limit with its own message,
 * and never change what is stored. Workbooks are built as real zips (fflate), in the part order
 * and sizes an attacker would choose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { renderMessage } from '@/lib/i18n/importMessages';
import { LIMITS } from '@/lib/import/limits';
import { previewFile } from '@/lib/import/preview';
import { freshDb, importPath, snapshot } from '../helpers/db';
import { PDD_ORDER_HEADER, row, TAOBAO_ORDER_HEADER } from '../helpers/exports';
import { csvText, tempDir, writeFile, writeXlsx } from '../helpers/files';
import { fixed, repeat, SHEET_HEAD, WORKBOOK_PARTS, writeSharedStringBomb, writeZip } from '../helpers/zip';

let dir: string;
let conn: Connection;

beforeAll(async () => {
  dir = tempDir();
  conn = await freshDb(dir);
  const good = csvText([
    PDD_ORDER_HEADER,
    row(PDD_ORDER_HEADER, { 订单号: 'G1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }),
  ]);
  expect((await importPath(conn, writeFile(dir, 'good.csv', good), { shop: '店' })).outcome).toBe('imported');
});
afterAll(async () => {
  await closeConnection(conn);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function refused(file: string) {
  const before = snapshot(conn);
  const started = Date.now();
  const s = await importPath(conn, file, { shop: '店' });
  expect(s.outcome).toBe('rejected');
  expect(snapshot(conn) === before, 'stored data changed').toBe(true);
  for (const text of [renderMessage(s.message!, 'zh'), renderMessage(s.message!, 'en')]) {
    expect(text).toContain(path.basename(file));
    expect(text).not.toContain('\u0000');
    expect(text).not.toMatch(/imprecise:|\d{40}/);
  }
  return { ...s, ms: Date.now() - started };
}

/** The scratch folder beside the database holds no file once an import is over. */
function scratchFiles(): string[] {
  const root = path.join(dir, '.redline-tmp');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe('workbooks', () => {
  it('a workbook cut anywhere is refused within seconds as incomplete', async () => {
    const rows: unknown[][] = [PDD_ORDER_HEADER];
    for (let i = 0; i < 20_000; i++)
      rows.push(
        row(PDD_ORDER_HEADER, {
          订单号: `X${i}`,
          订单成交时间: '2024-03-01 10:00:00',
          订单状态: '已签收',
          商品: `商品${i % 97}`,
        }),
      );
    const whole = fs.readFileSync(await writeXlsx(dir, 'whole.xlsx', [{ name: '订单', rows }]));
    for (const fraction of [0.3, 0.5, 0.99]) {
      const file = writeFile(dir, `cut-${fraction}.xlsx`, whole.subarray(0, Math.floor(whole.length * fraction)));
      const s = await refused(file);
      expect(s.message!.code).toBe('file.xlsx_incomplete');
      expect(renderMessage(s.message!, 'en')).toContain('interrupted download?');
      expect(s.ms).toBeLessThan(10_000);
    }
  });

  it('a shared-string table that unpacks past its limit is refused before it is read', async () => {
    const file = path.join(dir, 'bomb.xlsx');
    const units = Math.ceil((LIMITS.sharedStringsPartBytes + 1024) / 1024);
    await writeZip(file, [
      ...WORKBOOK_PARTS.map(([n, t]) => [n, fixed(t)] as [string, () => Iterable<string>]),
      [
        'xl/sharedStrings.xml',
        () => repeat('<?xml version="1.0"?><sst>', `<si><t>${'a'.repeat(1024 - 16)}</t></si>`, units, '</sst>'),
      ],
      ['xl/worksheets/sheet1.xml', fixed(`${SHEET_HEAD}</sheetData></worksheet>`)],
    ]);
    expect(fs.statSync(file).size).toBeLessThan(8 * 1024 * 1024);
    const s = await refused(file);
    expect(s.message!.code).toBe('file.xlsx_part_too_large');
    expect(renderMessage(s.message!, 'en')).toContain("use the back end's CSV export");
  });

  it('more shared strings than the limit are refused, within the memory they are allowed', async () => {
    const file = path.join(dir, 'many-strings.xlsx');
    await writeSharedStringBomb(file, LIMITS.sharedStrings + 1);
    const s = await refused(file);
    expect(s.message!.code).toBe('file.limit.sharedStrings');
  });

  it('a worksheet stored before the workbook parts is read from the directory, and leaves no temporary file', async () => {
    const file = path.join(dir, 'sheet-first.xlsx');
    const rowXml = (i: number) =>
      `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>2024-03-01 10:00:00</t></is></c><c r="B${i}" t="inlineStr"><is><t>X${i}</t></is></c><c r="C${i}" t="inlineStr"><is><t>已签收</t></is></c></row>`;
    const head = `<row r="1"><c r="A1" t="inlineStr"><is><t>订单成交时间</t></is></c><c r="B1" t="inlineStr"><is><t>订单号</t></is></c><c r="C1" t="inlineStr"><is><t>订单状态</t></is></c></row>`;
    await writeZip(file, [
      [
        'xl/worksheets/sheet1.xml',
        function* () {
          yield `${SHEET_HEAD}${head}`;
          for (let i = 2; i <= 200_001; i += 1000) yield Array.from({ length: 1000 }, (_, k) => rowXml(i + k)).join('');
          yield '</sheetData></worksheet>';
        },
      ],
      ...WORKBOOK_PARTS.map(([n, t]) => [n, fixed(t)] as [string, () => Iterable<string>]),
    ]);
    // Its own database beside the shared one: 200,000 more rows would make every later snapshot slow.
    const own = await freshDb(dir, 'sheet-first.db');
    try {
      const s = await importPath(own, file, { shop: '工作表在前店' });
      expect(s.outcome).toBe('imported');
      expect(s.rowsRead).toBe(200_000);
    } finally {
      await closeConnection(own);
    }
    expect(scratchFiles()).toEqual([]);
  });

  it('a workbook refused after it was spooled (a shop of another platform) leaves no temporary file', async () => {
    const rows: unknown[][] = [
      PDD_ORDER_HEADER,
      row(PDD_ORDER_HEADER, { 订单号: 'P1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }),
    ];
    const taobao = writeFile(
      dir,
      'taobao.csv',
      csvText([TAOBAO_ORDER_HEADER, row(TAOBAO_ORDER_HEADER, { 订单编号: 'T1', 订单付款时间: '2024-03-01 10:00:00' })]),
    );
    expect((await importPath(conn, taobao, { shop: '淘宝店' })).outcome).toBe('imported');
    const s = await importPath(conn, await writeXlsx(dir, 'pdd.xlsx', [{ name: '订单', rows }]), { shop: '淘宝店' });
    expect(s.message?.code).toBe('file.platform_mismatch');
    expect(scratchFiles()).toEqual([]);
  });

  it('a worksheet listed many times in the workbook is read once', async () => {
    const file = path.join(dir, 'listed-twice.xlsx');
    const sheets = Array.from({ length: 50 }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId1"/>`).join(
      '',
    );
    const head = `<row r="1"><c r="A1" t="inlineStr"><is><t>订单成交时间</t></is></c><c r="B1" t="inlineStr"><is><t>订单号</t></is></c></row>`;
    const data = `<row r="2"><c r="A2" t="inlineStr"><is><t>2024-03-01 10:00:00</t></is></c><c r="B2" t="inlineStr"><is><t>W1</t></is></c></row>`;
    await writeZip(file, [
      ...WORKBOOK_PARTS.map(
        ([n, t]) =>
          [n, fixed(n === 'xl/workbook.xml' ? t.replace(/<sheets>.*<\/sheets>/, `<sheets>${sheets}</sheets>`) : t)] as [
            string,
            () => Iterable<string>,
          ],
      ),
      ['xl/worksheets/sheet1.xml', fixed(`${SHEET_HEAD}${head}${data}</sheetData></worksheet>`)],
    ]);
    const s = await importPath(conn, file, { shop: '多次列出店' });
    expect(s).toMatchObject({ outcome: 'imported', rowsRead: 1 });
  });
});

describe('text files', () => {
  it('control characters after the sniffed start are never stored', async () => {
    const rows = [PDD_ORDER_HEADER];
    for (let i = 0; i < 2000; i++)
      rows.push(
        row(PDD_ORDER_HEADER, {
          订单号: `N${i}`,
          订单成交时间: '2024-03-01 10:00:00',
          订单状态: '已签收',
          商品: i === 1999 ? '保温\u0000杯\u0007' : '保温杯',
        }),
      );
    const file = writeFile(dir, 'nul.csv', csvText(rows));
    expect(fs.readFileSync(file).indexOf(0)).toBeGreaterThan(64 * 1024);
    const s = await importPath(conn, file, { shop: '控制字符店' });
    expect(s.outcome).toBe('imported');
    const stored = conn.raw.prepare("select product from orders where order_no = 'N1999'").pluck().get();
    expect(stored).toBe('保温杯');
    expect(
      conn.raw
        .prepare('select count(*) from orders where instr(product, char(0)) > 0 or instr(courier, char(0)) > 0')
        .pluck()
        .get(),
    ).toBe(0);
  });

  it('a 10 MB line is refused as too long, naming it', async () => {
    const text = `${PDD_ORDER_HEADER.join(',')}\r\n${row(PDD_ORDER_HEADER, { 订单号: 'L1', 订单成交时间: '2024-03-01 10:00:00' }).join(',')}\r\n"${'长'.repeat(10_000_000)}`;
    const s = await refused(writeFile(dir, 'long-line.csv', text));
    expect(s.message!.code).toBe('file.line_too_long');
    expect(renderMessage(s.message!, 'en')).toContain('line 3 is longer than 1,048,576 characters');
    // The same line number when the long line comes in the same chunk as the rows before it (the
    // page's preview reads a file's first 2 MB at once).
    const p = await previewFile('long-line.csv', new Uint8Array(Buffer.from(text.slice(0, 1_200_000))), {
      complete: true,
    });
    expect(p.message).toMatchObject({ code: 'file.line_too_long', params: { line: 3 } });
  });

  it('a header of a million columns is refused for its columns', async () => {
    const s = await refused(writeFile(dir, 'wide.csv', `${'列,'.repeat(1_000_000)}\r\n`));
    expect(s.message!.code).toBe('file.too_many_columns');
    expect(renderMessage(s.message!, 'en')).toMatch(/line 1 has [\d,]+ or more columns \(limit 1,000\)/);
  });

  it('five million blank lines before the header are refused for what they are', async () => {
    const s = await refused(
      writeFile(dir, 'blank.csv', `${'\r\n'.repeat(5_000_000)}${PDD_ORDER_HEADER.join(',')}\r\n`),
    );
    expect(s.message!.code).toBe('file.limit.leadingBlankLines');
    expect(renderMessage(s.message!, 'en')).toContain('more than 10,000 blank lines before the first row');
  });

  it('a money cell of a spreadsheet number too long to be exact is reported without internal markers', async () => {
    const file = await writeXlsx(dir, 'money.xlsx', [
      {
        name: '订单',
        rows: [
          PDD_ORDER_HEADER,
          row(PDD_ORDER_HEADER, { 订单号: 'M1', 订单成交时间: '2024-03-01 10:00:00', 订单状态: '已签收' }).map(
            (c, i) => (PDD_ORDER_HEADER[i] === '用户实付金额(元)' ? 1e300 : c),
          ),
        ],
      },
    ]);
    const s = await importPath(conn, file, { shop: '金额店' });
    expect(s.outcome).toBe('imported');
    const money = s.errors.find((e) => e.message.code === 'row.bad_money')!;
    expect(money.line).toBe(2);
    for (const text of [renderMessage(money.message, 'zh'), renderMessage(money.message, 'en')]) {
      expect(text).not.toContain('\u0000');
      expect(text).not.toMatch(/imprecise|\d{41}/);
    }
  });
});
