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

  it('the dashboard shell, its error screen, the home and Integrations pages carry no MUI, Emotion or TanStack Query', () => {
    // The shell is server-rendered plain CSS with small client islands; MUI's providers come with the
    // layouts of the route folders that use them, the password dialog and the chart bring their own.
    const heavy = /^@mui\/|^@emotion\/|^@tanstack\//;
    for (const entry of ['app/(dashboard)/layout.tsx', 'app/(dashboard)/error.tsx', 'app/(dashboard)/page.tsx', 'app/(dashboard)/settings/integrations/page.tsx']) {
      expect(offenders(entry, heavy), entry).toEqual([]);
    }
    // Notices and the page header are what a tenant page shows before a tenant is chosen.
    for (const entry of ['components/notice.tsx', 'components/not-allowed-notice.tsx', 'components/tenant-context-notice.tsx', 'components/page-header.tsx']) {
      expect(offenders(entry, heavy), entry).toEqual([]);
    }
  });

  it('every page that imports MUI has its providers from a layout of its own route folder', () => {
    const dashboard = path.join(ROOT, 'app/(dashboard)');
    const pages = (fs.readdirSync(dashboard, { recursive: true }) as string[]).filter((f) => path.basename(f) === 'page.tsx');
    const providedBy = (dir: string): string | undefined => {
      for (let d = dir; d !== dashboard; d = path.dirname(d)) {
        const layout = path.join(d, 'layout.tsx');
        if (fs.existsSync(layout) && /AppProvidersLayout as default/.test(fs.readFileSync(layout, 'utf8'))) return layout;
      }
      return undefined;
    };
    const withMui = pages.filter((p) => offenders(path.join('app/(dashboard)', p), /^@mui\//).length > 0);
    expect(withMui.length).toBeGreaterThan(5);
    for (const page of withMui) expect(providedBy(path.dirname(path.join(dashboard, page))), page).toBeDefined();
  });

  it('the purchase wizard opens on its tenant step without zod, the quantity fields or MUI Autocomplete', () => {
    const later = /^zod$|^@hookform\/resolvers|^@mui\/material\/(Autocomplete|TextField|Radio|RadioGroup)$/;
    expect(offenders('app/(dashboard)/tenant/add-subscription/_components/purchase-wizard.tsx', later)).toEqual([]);
    expect(offenders('app/(dashboard)/tenant/add-subscription/_components/purchase-resolver.ts', /^zod$/).length).toBeGreaterThan(0);
  });

  it('confirmation dialogs, success notices and action errors load MUI Dialog and Alert only when shown', () => {
    const shownLater = /^@mui\/material\/(Dialog|DialogTitle|DialogContent|DialogActions|Alert|AlertTitle)$/;
    for (const entry of ['components/confirm-dialog.tsx', 'components/success-notice.tsx', 'components/upstream-error.tsx', 'app/(dashboard)/approvals/page.tsx']) {
      expect(offenders(entry, shownLater), entry).toEqual([]);
    }
    // Approve and Reject are plain buttons in MUI's look.
    expect(offenders('app/(dashboard)/approvals/page.tsx', /^@mui\/material\/Button$/)).toEqual([]);
    expect(offenders('components/confirm-dialog-body.tsx', shownLater).length).toBeGreaterThan(0);
    expect(offenders('components/action-error-alert-body.tsx', shownLater).length).toBeGreaterThan(0);
  });

  it('every lazy part shown in place has its own Suspense boundary (ssr: false or a loading fallback)', () => {
    // next/dynamic without either suspends the nearest outer boundary while its chunk loads, which hides
    // the page around it (an open dialog included): the concurrent spec caught that once.
    const files = [
      'components/confirm-dialog.tsx',
      'components/success-notice.tsx',
      'components/upstream-error.tsx',
      'app/(dashboard)/approvals/_components/approvals-view.tsx',
      'app/(dashboard)/tenant/orders/[orderId]/_components/order-follower-lazy.tsx',
      'app/(dashboard)/tenant/add-subscription/_components/purchase-wizard.tsx',
      'app/(dashboard)/settings/_components/mapping/auto-map-panel.tsx',
    ];
    for (const file of files) {
      const calls = fs.readFileSync(path.join(ROOT, file), 'utf8').match(/dynamic\([^\n]*\n?/g) ?? [];
      expect(calls.length, file).toBeGreaterThan(0);
      for (const call of calls) expect(call, file).toMatch(/ssr: false|loading:/);
    }
  });

  it('the catalog and the not-found view of an order render no MUI component on their first paint', () => {
    // The catalog's search form and Buy links are plain HTML; the order's follower is its own chunk, shown only for a found order.
    expect(offenders('app/(dashboard)/tenant/catalog/page.tsx', /^@mui\/(material|icons-material)\//)).toEqual([]);
    expect(offenders('app/(dashboard)/tenant/orders/[orderId]/page.tsx', /^@mui\/|^@tanstack\//)).toEqual([]);
    expect(offenders('app/(dashboard)/tenant/orders/[orderId]/_components/order-follower.tsx', /^@mui\//).length).toBeGreaterThan(0);
  });

  it('the Tenants and Mappings pages and the purchase wizard frame (tenant step) render no MUI component on their first paint', () => {
    // Their buttons, stepper, chips and icons are plain HTML in MUI's look (components/plain-button.module.css).
    const mui = /^@mui\/(material|icons-material)\//;
    expect(offenders('app/(dashboard)/settings/tenants/page.tsx', mui)).toEqual([]);
    expect(offenders('app/(dashboard)/settings/mappings/page.tsx', mui)).toEqual([]);
    expect(offenders('app/(dashboard)/settings/_components/mapping/auto-map-results.tsx', mui).length).toBeGreaterThan(0);
    expect(offenders('app/(dashboard)/tenant/add-subscription/page.tsx', mui)).toEqual([]);
    expect(offenders('app/(dashboard)/tenant/add-subscription/_components/product-step.tsx', mui).length).toBeGreaterThan(0);
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
    expect(offenders('components/change-password-dialog.tsx', /^@mui\//).length).toBeGreaterThan(0);
  });
});
