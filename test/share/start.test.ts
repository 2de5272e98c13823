import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const START = path.resolve(__dirname, '..', '..', 'scripts', 'start.mjs');

function start(env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.REDLINE_ADMIN_PASSWORD;
  return spawnSync(process.execPath, [START], { env: { ...clean, ...env }, encoding: 'utf-8', timeout: 20_000 });
}

describe('npm start without an admin password', () => {
  test.each(['0.0.0.0', '::', '192.168.1.20', '127.example.invalid', '127.0.0.256'])(
    'refuses to listen on %s, with a clear message, before building anything',
    (host) => {
      const r = start({ HOST: host });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`will not listen on ${host}`);
      expect(r.stderr).toContain('REDLINE_ADMIN_PASSWORD');
      expect(r.stderr).toContain('127.0.0.1');
      expect(r.stdout).not.toContain('Building');
    },
  );

  test('an empty password counts as none', () => {
    const r = start({ HOST: '0.0.0.0', REDLINE_ADMIN_PASSWORD: '' });
    expect(r.status).toBe(1);
  });
});
