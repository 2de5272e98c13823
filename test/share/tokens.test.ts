import { describe, expect, test } from 'vitest';
import { hashToken, isTokenShape, newId, newToken, safeEqual, TOKEN_BYTES } from '@/lib/share/tokens';

describe('share tokens', () => {
  test('carry at least 128 random bits, base64url without padding', () => {
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(t, 'base64url').length).toBe(TOKEN_BYTES);
    expect(isTokenShape(t)).toBe(true);
  });

  test('never repeat, and every character position varies (no fixed prefix or counter)', () => {
    const tokens = Array.from({ length: 2000 }, () => newToken());
    expect(new Set(tokens).size).toBe(tokens.length);
    for (let i = 0; i < tokens[0].length - 1; i++) {
      expect(new Set(tokens.map((t) => t[i])).size).toBeGreaterThan(30);
    }
  });

  test('are stored as sha256 hex: fixed known value, and the hash does not contain the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const t = newToken();
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t);
    expect(hashToken(t)).toBe(hashToken(t));
  });

  test('a token one character off has another hash and a malformed one is recognised', () => {
    const t = newToken();
    const off = t.slice(0, -1) + (t.at(-1) === 'A' ? 'B' : 'A');
    expect(hashToken(off)).not.toBe(hashToken(t));
    expect(isTokenShape(`${t}x`)).toBe(false);
    expect(isTokenShape(t.slice(1))).toBe(false);
    expect(isTokenShape(`${t.slice(1)}/`)).toBe(false);
  });

  test('ids are short, random and distinct from tokens', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(isTokenShape(id)).toBe(false);
  });

  test('safeEqual compares whole strings of any length', () => {
    expect(safeEqual('secret', 'secret')).toBe(true);
    expect(safeEqual('secret', 'secreT')).toBe(false);
    expect(safeEqual('secret', 'secret ')).toBe(false);
    expect(safeEqual('', 'x')).toBe(false);
  });
});
