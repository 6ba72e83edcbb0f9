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

type Provided = { theme: boolean; query: boolean };
const NONE: Provided = { theme: false, query: false };
// A module that imports one of these renders what it shows inside it (the providers themselves are not walked).
const PROVIDERS: Record<string, Provided> = {
  'components/providers.tsx': { theme: true, query: true },
  'components/mui-providers.tsx': { theme: true, query: false },
  'components/query-provider.tsx': { theme: false, query: true },
};
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const QUERY_HOOKS = /import\s*\{([^}]*)\}\s*from\s*['"]@tanstack\/react-query['"]/g;

/**
 * Every MUI import (needs the theme and Emotion's cache) and TanStack Query hook import (needs a client)
 * in the browser part of `entry`, loaded at once or later (import()), that is not inside their providers.
 */
function unprovided(entry: string, start: Provided): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string, outer: Provided) => {
    const key = `${file}:${outer.theme}:${outer.query}`;
    if (seen.has(key)) return;
    seen.add(key);
    const text = fs.readFileSync(file, 'utf8');
    if (/^\s*(?:import 'server-only'|'use server')/m.test(text)) return;
    const rel = path.relative(ROOT, file);
    const specs = [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
    const local = (spec: string) => (spec.startsWith('.') || spec.startsWith('@/') ? resolveLocal(file, spec) : undefined);
    const has = { ...outer };
    for (const spec of specs) {
      const provider = PROVIDERS[path.relative(ROOT, local(spec) ?? '')];
      if (provider) Object.assign(has, { theme: has.theme || provider.theme, query: has.query || provider.query });
    }
    for (const spec of specs) {
      const localFile = local(spec);
      if (localFile) {
        if (!PROVIDERS[path.relative(ROOT, localFile)] && /\.tsx?$/.test(localFile)) visit(localFile, has);
      } else if (/^@mui\//.test(spec) && !has.theme) found.push(`${rel}: ${spec} (no MUI theme)`);
    }
    const hooks = [...text.matchAll(QUERY_HOOKS)].some((m) => /\buse[A-Z]/.test(m[1]!));
    if (hooks && !has.query) found.push(`${rel}: @tanstack/react-query (no Query client)`);
  };
  visit(path.join(ROOT, entry), start);
  return [...new Set(found)];
}

const DASHBOARD = path.join(ROOT, 'app/(dashboard)');

/** What the layouts of `dir` and the folders above it, up to the dashboard's, provide. */
function fromLayouts(dir: string): Provided {
  const has = { ...NONE };
  for (let d = dir; d !== path.dirname(DASHBOARD); d = path.dirname(d)) {
    const layout = path.join(d, 'layout.tsx');
    if (!fs.existsSync(layout)) continue;
    const text = fs.readFileSync(layout, 'utf8');
    if (/(AppProvidersLayout|MuiProvidersLayout) as default/.test(text)) has.theme = true;
    if (/AppProvidersLayout as default|<QueryProvider>/.test(text)) has.query = true;
  }
  return has;
}

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

  it('every route file that uses MUI or TanStack Query, at once or in a part it loads later, is inside their providers', () => {
    // From a layout of its route folder (app-providers.tsx, or tenant/layout.tsx's Query client), or from
    // the lazily loaded part's own wrapper (the purchase wizard's later steps, the dashboard chart).
    const routeFiles = (fs.readdirSync(DASHBOARD, { recursive: true }) as string[]).filter((f) => /^(page|layout|error)\.tsx$/.test(path.basename(f)));
    for (const file of routeFiles) {
      const entry = path.join('app/(dashboard)', file);
      // A layout is inside the providers of the layouts above it, not its own.
      const dir = path.dirname(path.join(DASHBOARD, file));
      expect(unprovided(entry, fromLayouts(path.basename(file) === 'layout.tsx' ? path.dirname(dir) : dir)), entry).toEqual([]);
    }
    const usingMui = routeFiles.filter((f) => unprovided(path.join('app/(dashboard)', f), NONE).some((u) => u.includes('MUI')));
    expect(usingMui.length).toBeGreaterThan(5);
  });

  it('the purchase wizard has no MUI providers in its layouts: its later steps bring them, inside the tenant routes’ Query client', () => {
    const wizard = 'app/(dashboard)/tenant/add-subscription/_components/purchase-wizard.tsx';
    expect(fromLayouts(path.join(DASHBOARD, 'tenant/add-subscription'))).toEqual({ theme: false, query: true });
    expect(fromLayouts(path.join(DASHBOARD, 'tenant/licenses'))).toEqual({ theme: true, query: true });
    // Nor anything its page or the tenant layout import at once (a server module that imports the MUI providers would bring them).
    for (const entry of ['app/(dashboard)/tenant/layout.tsx', 'app/(dashboard)/tenant/add-subscription/page.tsx']) expect(offenders(entry, /^@mui\/|^@emotion\//), entry).toEqual([]);
    // The walk can fail: the steps without the wrapper, and the wizard without the Query client.
    expect(unprovided('app/(dashboard)/tenant/add-subscription/_components/product-step.tsx', { theme: false, query: true })).not.toEqual([]);
    const bare = unprovided(wizard, NONE);
    expect(bare).toContain(`${wizard}: @tanstack/react-query (no Query client)`);
    expect(bare.filter((u) => u.includes('MUI'))).toEqual([]);
    expect(unprovided('app/(dashboard)/tenant/add-subscription/_components/later-steps.tsx', { theme: false, query: true })).toEqual([]);
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
