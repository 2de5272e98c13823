/**
 * Every route handler under app/ is built by the one wrapper (app/_lib/route.ts), which checks the
 * Host, same-origin and the session. A new route that forgets it fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROUTE } from '@/app/_lib/route';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // Folders starting with "_" are private to the app: Next never routes them (app/_lib/route.ts is the wrapper itself).
    if (e.isDirectory()) return e.name.startsWith('_') ? [] : routeFiles(p);
    return /^route\.(ts|tsx|js)$/.test(e.name) ? [p] : [];
  });
}

const files = routeFiles(path.join(ROOT, 'app'));
/** Routes anyone may call: the login form, the logout button and a shared link's password form. */
const PUBLIC = ['app/api/auth/login/route.ts', 'app/api/auth/logout/route.ts', 'app/r/[token]/unlock/route.ts'];

describe('route handlers', () => {
  test('there are routes to check, the upload and its preview among them', () => {
    const rel = files.map((f) => path.relative(ROOT, f));
    expect(rel).toContain('app/api/import/route.ts');
    expect(rel).toContain('app/api/import/preview/route.ts');
    expect(rel.length).toBeGreaterThanOrEqual(10);
  });

  test.each(files.map((f) => [path.relative(ROOT, f), f]))(
    '%s exports only handlers built by route()',
    async (rel, file) => {
      const mod = (await import(file)) as Record<string, unknown>;
      const handlers = Object.keys(mod).filter((k) => METHODS.includes(k));
      expect(handlers.length).toBeGreaterThan(0);
      for (const name of handlers) {
        const access = (mod[name] as Record<symbol, unknown>)[ROUTE];
        expect(access, `${rel} ${name}`).toBe(PUBLIC.includes(rel) ? 'public' : 'admin');
      }
    },
  );
});
