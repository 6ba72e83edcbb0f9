// Every GET route handler goes through the one route factory, so every one is checked for
// sign-in, permission and input; the role matrix relies on this inventory to find them all.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeRegistry } from '@/lib/actions/registry';
import { permissions } from '@/lib/auth/permissions';
import { allRoutesInCode, routeFiles, routesOutsideFactory } from '../e2e/support/code-inventory';

describe('route handler inventory', () => {
  beforeAll(async () => {
    // Loading the modules registers every route built with the factory.
    for (const file of routeFiles()) await import(/* @vite-ignore */ path.resolve(file));
  }, 120_000);

  it('finds the route handlers, the logs export among them', () => {
    expect(allRoutesInCode()).toContain('/settings/logs/export');
    expect(allRoutesInCode()).toContain('/api/tenants/[tenantId]/licenses');
  });

  it('has every route handler built with defineRoute, named by its own URL pattern', () => {
    expect(routesOutsideFactory()).toEqual([]);
  });

  it('registers the same routes at run time as the code holds, each with a permission from the table', () => {
    expect([...routeRegistry.entries.keys()].sort()).toEqual(allRoutesInCode().sort());
    for (const [route, permission] of routeRegistry.entries) expect(Object.keys(permissions), route).toContain(permission);
  });

  it('has every dashboard page (the home page excepted) guarded with the permission table', () => {
    const pages = fs.readdirSync('app/(dashboard)', { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'page.tsx' && f !== 'page.tsx');
    expect(pages.length).toBeGreaterThan(5);
    // Tenant pages guard through tenantPageContext, which starts with the same check.
    expect(fs.readFileSync('lib/tenants/page-context.ts', 'utf8')).toMatch(/await requirePagePermission\(path, permission\)/);
    const unguarded = pages.filter((f) => !/await (requirePagePermission|tenantPageContext)\(/.test(fs.readFileSync(path.join('app/(dashboard)', f), 'utf8')));
    expect(unguarded).toEqual([]);
  });
});
