import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // Server modules say `import 'server-only'` so Next refuses them in a browser bundle; Next
      // resolves it itself. Tests run them on the server side too: the same empty module.
      'server-only': path.join(import.meta.dirname, 'node_modules/next/dist/compiled/server-only/empty.js'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/.tmp/**', 'node_modules/**'],
    // Real SQLite files and real browsers: give them room, and keep the machine's two cores busy, not swamped.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
