#!/usr/bin/env node
// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
// Without an admin password the server only listens on 127.0.0.1: the admin side has no login then.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorker, WORKER_BUNDLE } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '3000';
// Exactly 127.0.0.0/8, ::1 and localhost (as lib/http/loopback.ts): "127.example.invalid" is a
// public name that resolves wherever its owner likes.
function isLoopbackName(name) {
  const h = name
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return Boolean(m?.slice(1).every((o) => Number(o) <= 255));
}
const loopback = isLoopbackName(host);

if (!loopback && !process.env.REDLINE_ADMIN_PASSWORD) {
  console.error(
    `Redline will not listen on ${host}: without REDLINE_ADMIN_PASSWORD anyone who can reach the server could see and change every shop.\n` +
      `Set REDLINE_ADMIN_PASSWORD to listen beyond this machine, or leave HOST unset to listen on 127.0.0.1 only.\n` +
      `未设置 REDLINE_ADMIN_PASSWORD 时，Redline 只在 127.0.0.1 上监听。`,
  );
  process.exit(1);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const buildId = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID');
const sources = ['app', 'lib', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package.json']
  .map((p) => path.join(root, p))
  .filter((p) => fs.existsSync(p));
const newest = Math.max(
  ...sources.map((p) => (fs.statSync(p).isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs)),
);
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newest) {
  console.log('Building Redline (first start or sources changed)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  buildWorker();
} else if (!fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', WORKER_BUNDLE))) {
  buildWorker();
}

console.log(`Redline: http://${host.includes(':') ? `[${host}]` : host}:${port}`);
const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', host, '-p', port],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
