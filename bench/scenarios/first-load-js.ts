// Scenario 6: JavaScript a browser downloads on a first visit to each route (gzip), measured in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import type { BenchContext } from '../lib/context';
import { errorFigure, round, type Figure } from '../lib/figures';

const SCENARIO = '6 First-load JS (gzip)';
/** Issue 20: sign-in at most 150 KB, every other route at most 200 KB. */
const limitKb = (route: string) => (route === '/signin' ? 150 : 200);
const DEMO_DOMAIN = 'contoso.onmicrosoft.com';
/** A value for each dynamic segment: the page renders its not-found view for it, with the route's own scripts. */
const SAMPLE_PARAM = 'bench-sample';

/** Every page route of the build (no API routes, no error pages); dynamic segments get a sample value. */
export function pageRoutes(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([file, route]) => file.endsWith('/page') && !route.startsWith('/_') && !route.includes('[...') && !route.includes('[[...'))
    .map(([, route]) => route)
    .sort();
}

const urlFor = (route: string) => {
  const filled = route.replace(/\[[^\]/]+\]/g, SAMPLE_PARAM);
  return filled.startsWith('/tenant') ? `${filled}?tenantFilter=${DEMO_DOMAIN}` : filled;
};

export async function firstLoadJs(ctx: BenchContext): Promise<Figure[]> {
  const figures: Figure[] = [];
  const detail = process.argv.includes('--js-detail');
  for (const route of pageRoutes(ctx.distDir)) {
    try {
      // A fresh context per route: an empty cache, as on a first visit; signed in except for /signin.
      const context = route === '/signin' ? await ctx.session.browser.newContext({ baseURL: ctx.appOrigin }) : await ctx.session.newContext();
      try {
        const m = await measure(context, urlFor(route));
        const kb = round(m.gzip / 1024);
        const limit = limitKb(route);
        figures.push({
          scenario: SCENARIO,
          label: route,
          unit: 'KB',
          median: kb,
          target: `<= ${limit} KB`,
          met: kb !== undefined && kb <= limit,
          note: `${m.files} scripts, ${round(m.bytes / 1024)} KB uncompressed; ${round(m.afterLoadGzip / 1024)} KB gzip of it loaded after the load event`,
        });
        if (detail) {
          console.log(`  ${route}: ${kb} KB`);
          for (const s of m.scripts.sort((a, b) => b.gzip - a.gzip)) console.log(`    ${String(round(s.gzip / 1024)).padStart(6)} KB ${s.afterLoad ? 'after ' : 'in load'} ${s.url}`);
        }
      } finally {
        await context.close();
      }
    } catch (e) {
      figures.push(errorFigure(SCENARIO, route, e));
    }
  }
  return figures;
}

type Script = { url: string; gzip: number; bytes: number; afterLoad: boolean };

async function measure(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const bodies: Array<Promise<Script | undefined>> = [];
  let loaded = false;
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    const afterLoad = loaded;
    const path = new URL(res.url()).pathname;
    bodies.push(
      res
        .body()
        .then((b) => ({ url: path, gzip: gzipSync(b).length, bytes: b.length, afterLoad }))
        .catch(() => undefined),
    );
  });
  const res = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  loaded = true;
  if (!res || res.status() >= 400) throw new Error(`${url} answered ${res?.status()}`);
  // Chunks loaded right after hydration (next/dynamic parts shown at once) count too; a page that keeps
  // polling never goes idle, hence the cap.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  const scripts = (await Promise.all(bodies)).filter((s): s is Script => s !== undefined);
  const sum = (list: Script[], key: 'gzip' | 'bytes') => list.reduce((n, s) => n + s[key], 0);
  return {
    scripts,
    files: scripts.length,
    bytes: sum(scripts, 'bytes'),
    gzip: sum(scripts, 'gzip'),
    afterLoadGzip: sum(
      scripts.filter((s) => s.afterLoad),
      'gzip',
    ),
  };
}
