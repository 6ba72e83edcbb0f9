// Capturing one named action from the browser, and the shared set-up of the matrix suites.
import { randomUUID } from 'node:crypto';
import type { Page, Request } from '@playwright/test';
import type { CapturedAction } from './actions';
import { CONTOSO, NORTHWIND, mapTenants, narrowPurchaseRoles, readDbRow, subscriptionsOf, userIdOf, writeDb } from './matrix-env';
import type { MatrixWorld } from './matrix-rows';

/** Runs `trigger` and returns the server-action POST carrying `actionId` (other actions the page sends are ignored). */
export async function captureActionId(page: Page, actionId: string, trigger: () => Promise<unknown>): Promise<CapturedAction> {
  const seen = page.waitForRequest((req: Request) => req.method() === 'POST' && req.headers()['next-action'] === actionId);
  await trigger();
  const req = await seen;
  return { url: req.url(), headers: req.headers(), body: req.postData() ?? '', actionId };
}

/** The path and search of the next GET request whose path ends with `pathEnd` (a read through a route); call before the click that sends it. */
export async function readSent(page: Page, pathEnd: string): Promise<string> {
  const url = new URL((await page.waitForRequest((req: Request) => req.method() === 'GET' && new URL(req.url()).pathname.endsWith(pathEnd))).url());
  return url.pathname + url.search;
}

/** The keys of the first argument a request carries: hand-made arguments must have the browser's shape. */
export const argKeys = (body: string) => Object.keys((JSON.parse(body) as [Record<string, unknown>])[0] ?? {}).sort();

/**
 * Maps Northwind (to Contoso's neighbour customer 1000003), narrows the purchase roles, adds a
 * custom role nobody holds, and returns the ids the rows use plus the undo for all of it.
 */
export async function setUpWorld(): Promise<{ world: MatrixWorld; undo: () => void }> {
  const unmap = mapTenants([{ tenantId: NORTHWIND.tenantId, customerId: NORTHWIND.customerId, name: NORTHWIND.name }]);
  const widen = narrowPurchaseRoles();
  const roleName = `Matrix Spare ${randomUUID().slice(0, 8)}`;
  const spareRoleId = writeDb((db) => Number(db.prepare("INSERT INTO custom_roles (name, base_role, description) VALUES (?, 'readonly', 'unused') RETURNING id").pluck().get(roleName)));
  const northwind = await subscriptionsOf(NORTHWIND.customerId);
  const names = northwind.map((s) => s.name);
  // One whose product name is unique, so the grid row can be found by it.
  const northwindSub = northwind.find((s) => s.status === 'active' && names.filter((n) => n === s.name).length === 1)!;
  const foreignSubId = (await subscriptionsOf(CONTOSO.customerId)).find((s) => s.status === 'active')!.id;
  const cohoRowId = readDbRow<{ id: number }>("SELECT id FROM tenants WHERE display_name = 'Coho Winery'").id;
  const world: MatrixWorld = { readonlyUserId: userIdOf('readonly'), spareRoleId, cohoRowId, northwindSub, foreignSubId };
  const undo = () => {
    writeDb((db) => db.prepare('DELETE FROM custom_roles WHERE name = ?').run(roleName));
    widen();
    unmap();
  };
  return { world, undo };
}
