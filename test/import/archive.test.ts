/**
 * What a file really is (zip archive, workbook, Numbers, encrypted Office file, HTML saved as xls,
 * PDF), and archives of exports unpacked with their GBK names, nested folders and limits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TextReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';
import iconv from 'iconv-lite';
import officeCrypto from 'officecrypto-tool';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { decodeEntryName, expandArchive } from '@/lib/import/archive';
import { kindOfBytes, kindOfOle, kindOfZip } from '@/lib/import/fileType';
import { freshDb, importPath } from '../helpers/db';
import { tempDir, writeXlsx } from '../helpers/files';
import { storedZip } from '../helpers/zip';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('what a file is', () => {
  it('by its first bytes', () => {
    expect(kindOfBytes(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('zip');
    expect(kindOfBytes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('ole');
    expect(kindOfBytes(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(kindOfBytes(Buffer.from('\ufeff\r\n <HTML><head><meta charset="gbk">'))).toBe('html');
    expect(kindOfBytes(Buffer.from('<table border=1><tr><td>订单号</td></tr></table>'))).toBe('html');
    expect(
      kindOfBytes(
        Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
      ),
    ).toBe('spreadsheetml');
    expect(kindOfBytes(iconv.encode('订单号,商品\r\n1,围巾\r\n', 'gbk'))).toBe('text');
  });

  it('a zip by the names inside it', () => {
    expect(kindOfZip(['[content_types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])).toBe('xlsx');
    expect(kindOfZip(['index/document.iwa', 'metadata/properties.plist'])).toBe('numbers');
    expect(kindOfZip(['[content_types].xml', 'word/document.xml'])).toBe('office');
    expect(kindOfZip(['订单/202403.csv', '售后.xlsx'])).toBe('archive');
  });

  it('an xlsx saved with a password (encrypted by a real Office encryption library) is an encrypted OLE file', async () => {
    const plain = fs.readFileSync(await writeXlsx(dir, 'plain.xlsx', [{ name: '订单', rows: [['订单号'], ['1']] }]));
    const locked: Buffer = officeCrypto.encrypt(plain, { password: '123456' });
    expect(kindOfBytes(locked)).toBe('ole');
    expect(kindOfOle(locked)).toBe('encrypted');
    expect(kindOfOle(Buffer.alloc(4096))).toBe('other');
  });
});

describe('archives of exports', () => {
  it('unpacks every CSV and xlsx in nested folders, GBK names decoded, other files listed as skipped', async () => {
    const zip = storedZip([
      { name: iconv.encode('京东/2024年3月/订单.csv', 'gbk'), data: Buffer.from('订单号\r\n1\r\n') },
      { name: iconv.encode('京东/售后服务单.CSV', 'gbk'), data: Buffer.from('服务单号\r\n9\r\n') },
      { name: Buffer.from('readme.pdf'), data: Buffer.from('%PDF-1.4') },
      { name: Buffer.from('__MACOSX/._x.csv'), data: Buffer.from('junk') },
    ]);
    fs.writeFileSync(path.join(dir, 'jd.zip'), zip);
    const out = fs.mkdtempSync(path.join(dir, 'out-'));
    const r = await expandArchive(path.join(dir, 'jd.zip'), out);
    expect(r).toEqual({
      ok: true,
      entries: [
        { name: '京东/2024年3月/订单.csv', path: path.join(out, '1.csv'), size: 14 },
        { name: '京东/售后服务单.CSV', path: path.join(out, '2.csv'), size: 17 },
      ],
      skipped: ['readme.pdf'],
    });
    expect(fs.readFileSync(path.join(out, '2.csv'), 'utf8')).toBe('服务单号\r\n9\r\n');
  });

  it('decodes a name as UTF-8 when it is valid UTF-8, else as GBK', () => {
    expect(decodeEntryName(Buffer.from('订单.csv'), false)).toBe('订单.csv');
    expect(decodeEntryName(iconv.encode('订单.csv', 'gbk'), false)).toBe('订单.csv');
  });

  it('refuses a password-protected archive as encrypted, naming the file inside', async () => {
    const writer = new ZipWriter(new Uint8ArrayWriter(), { password: 'jd-2024' });
    await writer.add('12345678.csv', new TextReader('订单号\r\n1\r\n'));
    fs.writeFileSync(path.join(dir, 'locked.zip'), await writer.close());
    const r = await expandArchive(path.join(dir, 'locked.zip'), fs.mkdtempSync(path.join(dir, 'out-')));
    expect(r).toEqual({ ok: false, reason: 'encrypted', detail: '12345678.csv' });
  });

  it('says an archive holds no exports, listing what it holds', async () => {
    fs.writeFileSync(
      path.join(dir, 'none.zip'),
      storedZip([
        { name: Buffer.from('a.pdf'), data: Buffer.from('%PDF') },
        { name: Buffer.from('b.docx'), data: Buffer.from('x') },
      ]),
    );
    const r = await expandArchive(path.join(dir, 'none.zip'), fs.mkdtempSync(path.join(dir, 'out-')));
    expect(r).toEqual({ ok: false, reason: 'noExports', detail: 'a.pdf, b.docx' });
  });
});

describe('files refused for what they are, through the import', () => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await freshDb(dir, 'refused.db');
  });
  afterAll(async () => {
    await closeConnection(conn);
  });
  const refusedWith = async (name: string, bytes: Uint8Array) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    const s = await importPath(conn, path.join(dir, name), { shop: '店' });
    expect(s.outcome).toBe('rejected');
    return s.message;
  };

  it('a password-protected xlsx is encrypted, not an old .xls', async () => {
    const plain = fs.readFileSync(await writeXlsx(dir, 'ks.xlsx', [{ name: '订单', rows: [['订单号'], ['1']] }]));
    const locked: Buffer = officeCrypto.encrypt(plain, { password: 'ks' });
    expect(await refusedWith('快手订单.xlsx', locked)).toEqual({
      code: 'file.encrypted',
      params: { file: '快手订单.xlsx' },
    });
  });

  it('a Numbers document, a Word file, a web page saved as .xls and a PDF are each named', async () => {
    const numbers = storedZip([
      { name: Buffer.from('Index/Document.iwa'), data: Buffer.from('x') },
      { name: Buffer.from('Metadata/Properties.plist'), data: Buffer.from('y') },
    ]);
    expect(await refusedWith('订单.numbers', numbers)).toEqual({
      code: 'file.numbers',
      params: { file: '订单.numbers' },
    });
    const docx = storedZip([
      { name: Buffer.from('[Content_Types].xml'), data: Buffer.from('<Types/>') },
      { name: Buffer.from('word/document.xml'), data: Buffer.from('<w:document/>') },
    ]);
    expect((await refusedWith('说明.docx', docx))?.code).toBe('file.office_document');
    const html = Buffer.from('<html><body><table><tr><td>订单号</td></tr></table></body></html>');
    expect(await refusedWith('export.xls', html)).toEqual({ code: 'file.html', params: { file: 'export.xls' } });
    expect((await refusedWith('账单.pdf', Buffer.from('%PDF-1.4\n%…')))?.code).toBe('file.pdf');
  });
});
