// Scenario 1's extra browser figures: the harness's own floor (a page with no data) and the in-app
// navigation a technician makes. Same method as the CSP Licenses visits: a warmed context, warm cache.
import type { Page } from '@playwright/test';
import type { BenchContext } from '../lib/context';
import { round, type Figure } from '../lib/figures';
import { paintedAfterClick, paintedAt, watchPaint } from '../lib/painted';
import { median, p95, since } from '../lib/stats';

/** The grid footer ("1–25 of N"), light table or MUI X grid. */
export const FOOTER = '[data-displayed-rows], .MuiTablePagination-displayedRows';

export const footer = (page: Page, n: number) =>
  page
    .locator(FOOTER)
    .filter({ hasText: new RegExp(`\\bof ${n}\\b`) })
    .first();

/** The CSP Licenses footer once it counts all N rows. */
export const footerWatch = (n: number) => ({ selector: FOOTER, text: `\\bof ${n}\\b` });

/** A new tab to /settings/integrations (no data, no upstream call) until its heading is drawn: what any page costs here. */
export async function harnessFloor(ctx: BenchContext, scenario: string, runs: number): Promise<Figure> {
  const context = await ctx.session.newContext();
  await watchPaint(context, { selector: 'h1', text: '^Integrations$' });
  try {
    const visit = async () => {
      const page = await context.newPage();
      try {
        const start = performance.now();
        await page.goto('/settings/integrations', { waitUntil: 'commit' });
        await page.getByRole('heading', { name: 'Integrations', exact: true }).waitFor({ timeout: 60_000 });
        const harness = since(start);
        return { painted: await paintedAt(page), harness };
      } finally {
        await page.close();
      }
    };
    await visit(); // warm-up: fills the browser cache
    const runsDone: Array<{ painted: number; harness: number }> = [];
    for (let i = 0; i < Math.min(ctx.runs, runs); i++) runsDone.push(await visit());
    const painted = runsDone.map((r) => r.painted);
    return {
      scenario,
      label: 'browser floor: a page with no data',
      unit: 'ms',
      median: round(median(painted)),
      p95: round(p95(painted)),
      note: `Chromium, warm browser cache, the same method as the CSP Licenses visits: a new tab to /settings/integrations, on the page's clock from the navigation's start to the frame drawn after its heading shows; timed from the bench process (new tab and Playwright's polling included) ${round(median(runsDone.map((r) => r.harness)))} ms. No target: the harness and machine floor`,
    };
  } finally {
    await context.close();
  }
}

/** On the dashboard with the tenant selected, a click on the rail's CSP Licenses link until the footer counting all N rows is drawn (the page's clock, from the click). */
export async function inAppRuns(ctx: BenchContext, domain: string, n: number, runs: number): Promise<number[]> {
  const context = await ctx.session.newContext();
  await watchPaint(context, footerWatch(n));
  try {
    const visit = async () => {
      const page = await context.newPage();
      try {
        await page.goto(`/?tenantFilter=${encodeURIComponent(domain)}`);
        await page.getByRole('heading', { name: 'Dashboard', exact: true }).waitFor({ timeout: 60_000 });
        // Hydrated and idle (the link's prefetch done), as a person who has looked at the dashboard finds it.
        await page.waitForLoadState('networkidle');
        const link = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'CSP Licenses', exact: true }).last();
        await link.click();
        await footer(page, n).waitFor({ timeout: 60_000 });
        return await paintedAfterClick(page);
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
