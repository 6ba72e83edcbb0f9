import type { NextConfig } from 'next';

// The Content-Security-Policy (with a per-request nonce) and HSTS are set in proxy.ts.

const nextConfig: NextConfig = {
  // Separate build folders let several builds (tests, benchmarks) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // Named imports from these barrels compile to per-module imports (Next already does this for
  // @mui/material and @mui/icons-material), so a page ships only the parts it uses.
  experimental: { optimizePackageImports: ['@mui/x-data-grid', '@mui/x-charts', '@mui/x-date-pickers'] },
  // Types are checked by `npm run typecheck` (part of `npm test`), not again in every build.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
