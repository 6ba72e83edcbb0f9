// Only lib/microsoft knows Graph's and the identity platform's URLs, parameters and wire names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, ROOT, scannedSources, type Forbidden } from '../../support/boundary-scan';

const EXEMPT = [path.join('lib', 'microsoft')];

const FORBIDDEN: Forbidden = [
  ['a Graph host', /graph\.microsoft\.(com|us)|microsoftgraph\.chinacloudapi/],
  ['the token endpoint', /oauth2\/v2\.0\/token/],
  ['a client-credentials grant', /client_credentials|\/\.default\b/],
  ['a Graph resource path', /['"`/](subscribedSkus|directory\/subscriptions)\b|['"`]\/(contracts|users)\?/],
  ['an OData query or link', /\$(select|top|skiptoken|filter)=|@odata\./],
  ['a Graph wire field', /\b(commerceSubscriptionId|prepaidUnits|consumedUnits|assignedLicenses|ownerTenantId|defaultDomainName)\b/],
  ['an AADSTS code', /AADSTS\d/],
  ['a Graph request-id header', /['"`](client-)?request-id['"`]/],
  ['a deep import past lib/microsoft/index.ts', /from\s+['"`](@\/lib\/microsoft|(\.\.\/)+microsoft)\/(?!hosts['"`])[^'"`]+['"`]/],
];

/** The forbidden patterns in these files. */
function violations(files: string[]): string[] {
  return boundaryViolations(files, FORBIDDEN);
}

describe('the Microsoft boundary', () => {
  it('no module outside lib/microsoft knows a Graph URL, parameter or wire name', () => {
    const files = scannedSources(EXEMPT);
    expect(files.length).toBeGreaterThan(0);
    expect(violations(files)).toEqual([]);
  });

  it('the scan catches each kind of violation (so it cannot pass vacuously)', () => {
    const tmp = path.join(ROOT, 'node_modules', '.cache', `ms-boundary-probe-${process.pid}.ts`);
    fs.mkdirSync(path.dirname(tmp), { recursive: true });
    fs.writeFileSync(
      tmp,
      [
        "import { x } from '@/lib/microsoft/graph';",
        "fetch('https://graph.microsoft.com/v1.0/subscribedSkus?$top=5');",
        "post(`${login}/${t}/oauth2/v2.0/token`, { grant_type: 'client_credentials' });",
        "const used = sku.consumedUnits; if (/AADSTS7000215/.test(m)) h['request-id'];",
        "const next = page['@odata.nextLink'];",
      ].join('\n'),
    );
    try {
      expect(violations([tmp]).map((v) => v.split(': ')[1])).toEqual(FORBIDDEN.map(([what]) => what));
    } finally {
      fs.rmSync(tmp);
    }
  });

  it('lib/microsoft is server-only, except the public host names', () => {
    const dir = path.join(ROOT, 'lib', 'microsoft');
    const missing = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'hosts.ts')
      .filter((f) => !/^import 'server-only';/m.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(missing).toEqual([]);
  });
});
