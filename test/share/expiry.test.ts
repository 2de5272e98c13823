import { describe, expect, test } from 'vitest';
import { expiryInDays, expiryOnChinaDay, linkState } from '@/lib/share/expiry';
import { reportDays } from '@/lib/share/range';

const at = (iso: string) => new Date(iso);

describe('link expiry on a frozen clock', () => {
  const created = at('2024-03-01T10:00:00.000Z');
  const expires = expiryInDays(created, 7).toISOString();

  test('N days is N×24 hours from creation', () => {
    expect(expires).toBe('2024-03-08T10:00:00.000Z');
  });

  test('usable up to the last millisecond, expired from the expiry instant on', () => {
    const link = { revoked_at: null, expires_at: expires };
    expect(linkState(link, at('2024-03-08T09:59:59.999Z'))).toBe('active');
    expect(linkState(link, at('2024-03-08T10:00:00.000Z'))).toBe('expired');
    expect(linkState(link, at('2025-01-01T00:00:00.000Z'))).toBe('expired');
  });

  test('no expiry means never; revocation wins over everything', () => {
    expect(linkState({ revoked_at: null, expires_at: null }, at('2099-01-01T00:00:00Z'))).toBe('active');
    expect(linkState({ revoked_at: '2024-03-02T00:00:00Z', expires_at: null }, at('2024-03-01T00:00:00Z'))).toBe(
      'revoked',
    );
  });

  test('"until a date" runs through that China day: it ends at China midnight (16:00 UTC the day itself)', () => {
    expect(expiryOnChinaDay('2024-02-29').toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(expiryOnChinaDay('2024-12-31').toISOString()).toBe('2024-12-31T16:00:00.000Z');
    const link = { revoked_at: null, expires_at: expiryOnChinaDay('2024-02-29').toISOString() };
    // 23:59 China time on the 29th is 15:59 UTC; 00:00 on 1 March China time is 16:00 UTC.
    expect(linkState(link, at('2024-02-29T15:59:59.000Z'))).toBe('active');
    expect(linkState(link, at('2024-02-29T16:00:00.000Z'))).toBe('expired');
  });
});

describe('link ranges', () => {
  test('rolling N days ends on the latest day with data, both ends included', () => {
    expect(reportDays({ kind: 'rolling', days: 30 }, '2024-03-10')).toEqual({ from: '2024-02-10', to: '2024-03-10' });
    expect(reportDays({ kind: 'rolling', days: 1 }, '2024-03-10')).toEqual({ from: '2024-03-10', to: '2024-03-10' });
    expect(reportDays({ kind: 'rolling', days: 30 }, null)).toEqual({});
  });

  test('fixed dates stay fixed', () => {
    expect(reportDays({ kind: 'fixed', from: '2024-01-01', to: '2024-01-31' }, '2024-03-10')).toEqual({
      from: '2024-01-01',
      to: '2024-01-31',
    });
  });
});
