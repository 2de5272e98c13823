import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native SQLite binding and the streaming xlsx reader run as plain Node modules, not bundled.
  serverExternalPackages: ['better-sqlite3', 'exceljs'],
  poweredByHeader: false,
  // Separate build folders let a test run build beside a running server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
