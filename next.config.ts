import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native SQLite binding and the streaming xlsx reader run as plain Node modules, not bundled.
  serverExternalPackages: ['better-sqlite3', 'exceljs'],
  poweredByHeader: false,
  // Separate build folders let a test run build beside a running server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A test build (test/browser/build.ts) is given its own tsconfig to add its type globs to, so
  // tsconfig.json stays as committed, and leaves the type check to `npm run typecheck`.
  typescript: {
    tsconfigPath: process.env.REDLINE_BUILD_TSCONFIG || undefined,
    ignoreBuildErrors: process.env.REDLINE_BUILD_SKIP_TYPECHECK === '1',
  },
  // Browsers ask for /favicon.ico whatever the page links: send them to the app's icon, not a 404.
  async redirects() {
    return [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }];
  },
  // On every response, static files included. The content security policy carries a per-request
  // nonce, so proxy.ts sets it (and the shared reports' no-store / noindex / no-referrer).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
