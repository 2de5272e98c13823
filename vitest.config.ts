import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Test files that start a built server: the run builds the app once for them, and only if one of them runs. */
const SERVER_TESTS = ['test/browser/**/*.test.ts', 'test/security/browser.test.ts', 'test/security/server.test.ts'];

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
    // Real SQLite files and real browsers: give them room, and keep the machine's two cores busy, not swamped.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/.tmp/**', ...SERVER_TESTS],
          // The unit files keep no state between them (each opens its own database in its own
          // folder): one module graph per worker instead of one per file saves a third of their run.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'server', include: SERVER_TESTS, globalSetup: ['test/globalSetup.ts'], isolate: false },
      },
    ],
  },
});
