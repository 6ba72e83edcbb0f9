// First-load JavaScript (issue 20): heavy packages stay out of the static import graph of the pages
// that must not ship them. Modules marked 'server-only' or 'use server' never reach the browser, so
// the walk stops there; `import type` and `import()` (next/dynamic) are not followed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/boundary-scan';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** Every package the browser part of `entry` imports statically, with the file that imports it. */
function browserPackages(entry: string): Array<{ pkg: string; from: string }> {
  const seen = new Set<string>();
  const found: Array<{ pkg: string; from: string }> = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    if (/^\s*(?:import 'server-only'|'use server')/m.test(text)) return;
    for (const [, spec] of text.matchAll(STATIC_IMPORT)) {
      if (spec!.startsWith('.') || spec!.startsWith('@/')) {
        const local = resolveLocal(file, spec!);
        if (local && /\.tsx?$/.test(local)) visit(local);
      } else found.push({ pkg: spec!, from: path.relative(ROOT, file) });
    }
  };
  visit(path.join(ROOT, entry));
  return found;
}

const offenders = (entry: string, forbidden: RegExp) =>
  browserPackages(entry)
    .filter(({ pkg }) => forbidden.test(pkg))
    .map(({ pkg, from }) => `${from}: ${pkg}`);

describe('first-load imports', () => {
  it('sign-in and not-found carry no MUI components, Emotion, TanStack Query, icons or password estimator', () => {
    // The root layout's color-scheme script is a server-rendered <script>, not a client component.
    const heavy = /^@mui\/(?!material\/InitColorSchemeScript$)|^@emotion\/|^@tanstack\/|^@zxcvbn-ts\//;
    for (const entry of ['app/layout.tsx', 'app/signin/page.tsx', 'app/not-found.tsx']) expect(offenders(entry, heavy), entry).toEqual([]);
  });

  it('the Users page loads the password strength estimator only with its dialogs', () => {
    expect(offenders('app/(dashboard)/settings/users/page.tsx', /^@zxcvbn-ts\//)).toEqual([]);
  });

  it('the dashboard loads its chart only when shown, and no page loads the XLSX writer', () => {
    expect(offenders('app/(dashboard)/page.tsx', /^@mui\/x-charts/)).toEqual([]);
    expect(offenders('app/(dashboard)/layout.tsx', /^exceljs$|^@mui\/x-charts|^@mui\/x-date-pickers|^@zxcvbn-ts\//)).toEqual([]);
  });

  it('finds what it looks for (the walk follows local imports into client components)', () => {
    expect(offenders('app/(dashboard)/settings/users/_components/user-dialogs.tsx', /^@zxcvbn-ts\//).length).toBeGreaterThan(0);
    expect(offenders('app/(dashboard)/_components/portfolio-line-chart.tsx', /^@mui\/x-charts/).length).toBeGreaterThan(0);
  });
});
