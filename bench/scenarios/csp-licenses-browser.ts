// Scenario 1's extra browser figures: the harness's own floor (a page with no data) and the in-app
// navigation a technician makes. Same method as the CSP Licenses visits: a warmed context, warm cache.
import type { Page } from '@playwright/test';
import type { BenchContext } from '../lib/context';
import { round, type Figure } from '../lib/figures';
import { median, p95, since } from '../lib/stats';

const footer = (page: Page, n: number) =>
  page
    .locator('[data-displayed-rows], .MuiTablePagination-displayedRows')
    .filter({ hasText: new RegExp(`\\bof ${n}\\b`) })
    .first();

/** A new tab to /settings/integrations (no data, no upstream call) until its heading is visible: what any page costs here. */
export async function harnessFloor(ctx: BenchContext, scenario: string, runs: number): Promise<Figure> {
  const context = await ctx.session.newContext();
  try {
    const visit = async () => {
      const page = await context.newPage();
      try {
        const start = performance.now();
        await page.goto('/settings/integrations', { waitUntil: 'commit' });
        await page.getByRole('heading', { name: 'Integrations', exact: true }).waitFor({ timeout: 60_000 });
        return since(start);
      } finally {
        await page.close();
      }
    };
    await visit(); // warm-up: fills the browser cache
    const times: number[] = [];
    for (let i = 0; i < Math.min(ctx.runs, runs); i++) times.push(await visit());
    return {
      scenario,
      label: 'browser floor: a page with no data',
      unit: 'ms',
      median: round(median(times)),
      p95: round(p95(times)),
      note: 'Chromium, warm browser cache, the same method as the CSP Licenses visits (a new tab, navigation until visible): /settings/integrations until its heading shows. No target: the harness and machine floor',
    };
  } finally {
    await context.close();
  }
}

/** On the dashboard with the tenant selected, a click on the rail's CSP Licenses link until the footer counts all N rows. */
export async function inAppRuns(ctx: BenchContext, domain: string, n: number, runs: number): Promise<number[]> {
  const context = await ctx.session.newContext();
  try {
    const visit = async () => {
      const page = await context.newPage();
      try {
        await page.goto(`/?tenantFilter=${encodeURIComponent(domain)}`);
        await page.getByRole('heading', { name: 'Dashboard', exact: true }).waitFor({ timeout: 60_000 });
        // Hydrated and idle (the link's prefetch done), as a person who has looked at the dashboard finds it.
        await page.waitForLoadState('networkidle');
        const link = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'CSP Licenses', exact: true }).last();
        const start = performance.now();
        await link.click();
        await footer(page, n).waitFor({ timeout: 60_000 });
        return since(start);
      } finally {
        await page.close();
      }
    };
    await visit(); // warm-up: fills the browser cache
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await visit());
    return times;
  } finally {
    await context.close();
  }
}
