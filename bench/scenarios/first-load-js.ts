// Scenario 6: JavaScript a browser downloads on a first visit to each route (gzip), measured in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import type { BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';

const SCENARIO = '6 First-load JS (gzip)';
const LIMIT_KB = 250;
const DEMO_DOMAIN = 'contoso.onmicrosoft.com';

/** Every page route of the build (no API routes, no dynamic segments, no error pages). */
export function pageRoutes(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([file, route]) => file.endsWith('/page') && !route.includes('[') && !route.startsWith('/_'))
    .map(([, route]) => route)
    .sort();
}

export async function firstLoadJs(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const route of pageRoutes(ctx.distDir)) {
    try {
      // A fresh context per route: an empty cache, as on a first visit; signed in except for /signin.
      const context = route === '/signin' ? await ctx.session.browser.newContext({ baseURL: ctx.appOrigin }) : await ctx.session.newContext();
      try {
        const { bytes, gzip, files } = await measure(context, route.startsWith('/tenant') ? `${route}?tenantFilter=${DEMO_DOMAIN}` : route);
        const kb = round(gzip / 1024);
        figures.push({
          scenario: SCENARIO,
          label: route,
          unit: 'KB',
          median: kb,
          target: `< ${LIMIT_KB} KB`,
          met: kb !== undefined && kb < LIMIT_KB,
          note: `${files} scripts, ${round(bytes / 1024)} KB uncompressed`,
        });
      } finally {
        await context.close();
      }
    } catch (e) {
      figures.push(errorFigure(SCENARIO, route, e));
    }
  }
  return figures;
}

async function measure(context: BrowserContext, url: string): Promise<{ bytes: number; gzip: number; files: number }> {
  const page = await context.newPage();
  const bodies: Array<Promise<Buffer | undefined>> = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') bodies.push(res.body().catch(() => undefined));
  });
  const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (!res || res.status() >= 400) throw new Error(`${url} answered ${res?.status()}`);
  // Chunks loaded right after hydration count too; a page that keeps polling never goes idle, hence the cap.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  const all = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined);
  return { bytes: all.reduce((n, b) => n + b.length, 0), gzip: all.reduce((n, b) => n + gzipSync(b).length, 0), files: all.length };
}
