// Only lib/ingram knows Ingram's URLs, headers, order bodies, parameters and periods: scan the app's other sources for them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, ROOT, scannedSources, sources, type Forbidden } from '../../support/boundary-scan';

// lib/microsoft is the Microsoft side's own boundary (tests/unit/microsoft/boundary.test.ts): it sends Graph's bearer header.
const EXEMPT = [path.join('lib', 'ingram'), path.join('lib', 'microsoft')];

const FORBIDDEN: Forbidden = [
  ['an Ingram API path', /\/marketplace\//],
  ['an Ingram host', /api(-lab)?\.cloud\.im/],
  ['the subscription key header', /X-Subscription-Key/i],
  ['a bearer header', /['"`]Bearer /],
  ['a Basic auth header', /['"`]Basic /],
  // A base URL joined to an Ingram resource, or an Ingram list query (app routes like /subscriptions are fine).
  ['a built Ingram resource URL', /(\$\{[^}]*base[^}]*\}|base\w*\s*\+\s*['"`])\/(subscriptions|orders|customers|products|resellers|token)\b/i],
  ['an Ingram list query', /\/(subscriptions|orders|customers|products)\?[^'"`]*(customerId=|offset=|limit=)/],
  // The client takes domain inputs: order bodies, estimate placeholders, parameters and periods are built inside it.
  ['an order body', /\bproducts:\s*\[/],
  ['an estimate poNumber', /poNumber:\s*['"`]ESTIMATE['"`]/],
  ['a microsoft_* parameter', /\bmicrosoft_\w+/],
  ["a conversion to Ingram's period", /\bperiodFromCode\b|\{\s*type:\s*['"`](day|month|year)['"`],\s*duration:/],
  ['a raw order call', /\.(estimateOrder|placeOrder)\(/],
  // regions.ts is the one browser-safe module (public host names for the settings form).
  ['a deep import past lib/ingram/index.ts', /from\s+['"`](@\/lib\/ingram|(\.\.\/)+ingram)\/(?!regions['"`])[^'"`]+['"`]/],
  ['the removed lib/services', /lib\/services\//],
];

/** The forbidden patterns in these files. */
export function findBoundaryViolations(files: string[]): string[] {
  return boundaryViolations(files, FORBIDDEN);
}

describe('the Ingram boundary', () => {
  it('no module outside lib/ingram builds an Ingram URL or header', () => {
    const files = scannedSources(EXEMPT);
    expect(files.length).toBeGreaterThan(0);
    expect(findBoundaryViolations(files)).toEqual([]);
  });

  it('the scan catches an order body, an estimate poNumber, a parameter, a period and a deep import', () => {
    const tmp = path.join(ROOT, 'node_modules', '.cache', `boundary-order-probe-${process.pid}.ts`);
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    fs.writeFileSync(
      tmp,
      [
        "import { periodFromCode } from '@/lib/ingram/periods';",
        "client.estimateOrder({ type: 'change', poNumber: 'ESTIMATE', products: [{ mpn, parameters: [{ name: 'microsoft_domain', value: d }] }] });",
        "const p = { type: 'month', duration: 1 };",
      ].join('\n'),
    );
    try {
      expect(findBoundaryViolations([tmp]).map((v) => v.split(': ')[1])).toEqual([
        'an order body',
        'an estimate poNumber',
        'a microsoft_* parameter',
        "a conversion to Ingram's period",
        'a raw order call',
        'a deep import past lib/ingram/index.ts',
      ]);
    } finally {
      fs.rmSync(tmp);
    }
  });

  it('the scan catches a violation (so it cannot pass vacuously)', () => {
    const tmp = path.join(ROOT, 'node_modules', '.cache', `boundary-probe-${process.pid}.ts`);
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    fs.writeFileSync(tmp, "fetch(`${base}/subscriptions/${id}`, { headers: { 'X-Subscription-Key': k, Authorization: 'Bearer ' + t } });\n");
    try {
      expect(findBoundaryViolations([tmp])).toHaveLength(3);
    } finally {
      fs.rmSync(tmp);
    }
  });

  it('lib/ingram and the order record in lib/orders are server-only', () => {
    // status.ts, types.ts, labels.ts and queries-client.ts are the browser's half of lib/orders.
    const browserSafe = ['status.ts', 'types.ts', 'labels.ts', 'queries-client.ts'];
    const files = sources(path.join(ROOT, 'lib', 'orders'), EXEMPT).filter((f) => !browserSafe.includes(path.basename(f)));
    const ingram = fs
      .readdirSync(path.join(ROOT, 'lib', 'ingram'), { recursive: true, encoding: 'utf8' })
      // regions.ts holds only public host names, for the settings form (a client component).
      .filter((f) => f.endsWith('.ts') && !f.startsWith('generated') && f !== 'regions.ts')
      .map((f) => path.join(ROOT, 'lib', 'ingram', f));
    const missing = [...files, ...ingram].filter((f) => !/^import 'server-only';/m.test(fs.readFileSync(f, 'utf8')));
    expect(missing.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
