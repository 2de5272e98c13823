import { describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/share/passwords';

describe('link passwords', () => {
  test('are stored as scrypt with a per-password salt, never in clear', async () => {
    const a = await hashPassword('老板看的密码');
    const b = await hashPassword('老板看的密码');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('老板');
  });

  test('verify the right password and refuse near misses', async () => {
    const h = await hashPassword('s3cret-Pass');
    expect(await verifyPassword('s3cret-Pass', h)).toBe(true);
    expect(await verifyPassword('s3cret-pass', h)).toBe(false);
    expect(await verifyPassword('s3cret-Pass ', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
  });

  test('a damaged or foreign hash verifies nothing instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$abc$8$1$AAAA$BBBB')).toBe(false);
    const h = await hashPassword('x');
    expect(await verifyPassword('x', h.slice(0, -4))).toBe(false);
  });

  test('empty and oversized passwords are refused when set', async () => {
    await expect(hashPassword('')).rejects.toThrow();
    await expect(hashPassword('x'.repeat(257))).rejects.toThrow();
  });
});
