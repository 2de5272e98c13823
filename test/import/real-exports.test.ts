/** The public Tmall order report, as published and after an Excel re-save. Read in place, never copied. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, closeConnection } from '@/lib/db/connection';
import { repoRoot } from '../helpers/cli';
import { freshDb, importPath, reportOf } from '../helpers/db';
import { tempDir } from '../helpers/files';

const dir = path.resolve(repoRoot, '..', 'shared', 'real-exports');
const original = path.join(dir, 'tmall_order_report.csv');
const resaved = path.join(dir, 'tmall_order_report_resaved.csv');
const present = fs.existsSync(original) && fs.existsSync(resaved);

// Worked out independently from the files (paid orders per China day, summed over D-29…D).
const EXPECTED = [
  { date: '2020-02-01', orders30d: 163 },
  { date: '2020-02-15', orders30d: 2041 },
  { date: '2020-02-29', orders30d: 24081 },
  { date: '2020-03-01', orders30d: 24087 },
  { date: '2020-03-02', orders30d: 23924 },
  { date: '2020-03-30', orders30d: 6 },
  // 03-02 … 03-31 lies past the report's last day (03-01): not known, not 0.
  { date: '2020-03-31', orders30d: null },
];

describe.skipIf(!present)('the real Tmall order report', () => {
  let a: Connection;
  let b: Connection;
  beforeAll(async () => {
    const tmp = tempDir();
    a = await freshDb(tmp, 'a.db');
    b = await freshDb(tmp, 'b.db');
  });
  afterAll(async () => {
    await closeConnection(a);
    await closeConnection(b);
  });

  it('imports 28,010 orders of which 24,087 were paid', async () => {
    const s = await importPath(a, original, { shop: '天猫' });
    expect(s).toMatchObject({
      outcome: 'imported',
      platform: 'taobao',
      kind: 'orders',
      encoding: 'UTF-8',
      rowsRead: 28010,
      rowsNew: 28010,
      rowsSkipped: 0,
      errorCount: 0,
      dateFrom: '2020-02-01',
      dateTo: '2020-03-01',
    });
    expect(a.raw.prepare('select count(*) n, count(paid_day) paid from orders').get()).toEqual({
      n: 28010,
      paid: 24087,
    });
    expect(a.raw.prepare('select sum(orders_paid) n from daily').get()).toEqual({ n: 24087 });
  });

  it('gives the hand-worked rolling counts', async () => {
    for (const e of EXPECTED) {
      const m = await reportOf(a, '天猫', { from: e.date, to: e.date });
      // An order report alone: the interventions are not known (they come from the refund export).
      expect(m.days[0]).toMatchObject({ ...e, interventions30d: null, rate30d: null });
    }
  });

  it('reads the Excel re-save (2020/2/21 0:00, no seconds) to the same figures', async () => {
    const s = await importPath(b, resaved, { shop: '天猫' });
    expect(s).toMatchObject({ outcome: 'imported', rowsRead: 28010, rowsNew: 28010, rowsSkipped: 0 });
    const range = { from: '2020-01-25', to: '2020-04-05' };
    expect((await reportOf(b, '天猫', range)).days).toEqual((await reportOf(a, '天猫', range)).days);
  });

  it('changes no count when both files go into one shop (overlapping exports)', async () => {
    const before = (await reportOf(a, '天猫', { from: '2020-02-01', to: '2020-03-31' })).days;
    const s = await importPath(a, resaved, { shop: '天猫' });
    // The re-save dropped the seconds (23,688 orders were paid at a time not on the minute, counted
    // independently from the published file): the same minute without seconds says nothing new, so
    // the stored times keep their seconds, nothing is updated, and no day changes.
    expect(s).toMatchObject({ outcome: 'imported', rowsNew: 0, rowsUpdated: 0, rowsUnchanged: 28010 });
    expect(a.raw.prepare("select count(*) n from orders where paid_at not like '%:00'").get()).toEqual({ n: 23688 });
    expect((await reportOf(a, '天猫', { from: '2020-02-01', to: '2020-03-31' })).days).toEqual(before);
  });
});
