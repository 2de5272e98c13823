import { describe, expect, test, vi } from 'vitest';
import { contentSecurityPolicy, isPublicPath, requestOrigin, safeNextPath, sameOrigin } from '@/lib/auth/http';

describe('what the proxy leaves open', () => {
  test('shared reports, the login and static icons only', () => {
    for (const p of [
      '/r/abc',
      '/r/abc/unlock',
      '/login',
      '/api/auth/login',
      '/api/auth/logout',
      '/icon.svg',
      '/favicon.ico',
    ])
      expect(isPublicPath(p), p).toBe(true);
    for (const p of [
      '/',
      '/r',
      '/rx/abc',
      '/login/x',
      '/api/shares',
      '/api/import',
      '/shops/x',
      '/api/auth/other',
      '/icon.svg.bak',
      '/export.csv',
    ])
      expect(isPublicPath(p), p).toBe(false);
  });
});

describe('login redirects', () => {
  test('go only to a local path', () => {
    expect(safeNextPath('/shops/甲?x=1')).toBe('/shops/甲?x=1');
    for (const bad of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'shops',
      '/a\r\nSet-Cookie: x',
    ])
      expect(safeNextPath(bad)).toBe('/');
  });
});

describe('same-origin check', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  test('Sec-Fetch-Site decides when present (Origin is "null" under no-referrer)', () => {
    expect(sameOrigin(h({ 'sec-fetch-site': 'same-origin', origin: 'null', host: 'a:1' }))).toBe(true);
    expect(sameOrigin(h({ 'sec-fetch-site': 'cross-site', origin: 'http://a:1', host: 'a:1' }))).toBe(false);
    expect(sameOrigin(h({ 'sec-fetch-site': 'same-site', host: 'a:1' }))).toBe(false);
  });
  test('otherwise the Origin host must be ours', () => {
    expect(sameOrigin(h({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(true);
    expect(sameOrigin(h({ origin: 'http://evil.example', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(h({ origin: 'null', host: '127.0.0.1:3000' }))).toBe(false);
    expect(sameOrigin(h({ host: '127.0.0.1:3000' }))).toBe(true);
  });
});

describe('content security policy', () => {
  test('scripts only by nonce, no framing, no plugins; eval only in development', () => {
    const csp = contentSecurityPolicy('N0nce==');
    expect(csp).toContain("script-src 'self' 'nonce-N0nce==' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy('x', { dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('x', { https: true })).toContain('upgrade-insecure-requests');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});

describe('the origin links are built on', () => {
  test('is the Host the browser used, or what a trusted reverse proxy forwarded', () => {
    const url = 'http://localhost:3000/api/shares';
    expect(requestOrigin(new Headers({ host: '127.0.0.1:3000' }), url)).toBe('http://127.0.0.1:3000');
    const forwarded = new Headers({
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'redline.example.com',
      'x-forwarded-proto': 'https',
    });
    vi.stubEnv('REDLINE_TRUST_PROXY', '1');
    expect(requestOrigin(forwarded, url)).toBe('https://redline.example.com');
    vi.unstubAllEnvs();
    expect(requestOrigin(new Headers({ host: 'evil.example/<x>' }), url)).toBe('http://localhost:3000');
    expect(requestOrigin(new Headers({}), url)).toBe('http://localhost:3000');
  });
});
