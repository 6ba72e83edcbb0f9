import 'server-only';
// Which event sources the engine can ask. The built-in ones need only the app's own tables; the
// inventory-based ones (lib/alerts/sources/inventory.ts) are registered once an inventory reader exists.
import type { AlertKind } from '@/lib/validations/alerts';
import type { AlertSource } from '../types';
import { inventoryAlertSources, type InventoryReader } from './inventory';
import { orderFailedSource } from './order-failed';
import { tenantUnmappedSource } from './tenant-unmapped';

const holder = globalThis as unknown as { __alertSources?: Map<AlertKind, AlertSource> };
const sources = (holder.__alertSources ??= new Map<AlertKind, AlertSource>([
  [orderFailedSource.kind, orderFailedSource],
  [tenantUnmappedSource.kind, tenantUnmappedSource],
]));

/** Adds (or replaces) the source of one kind. */
export function registerAlertSource(source: AlertSource): void {
  sources.set(source.kind, source);
}

export function alertSourceFor(kind: string): AlertSource | undefined {
  return sources.get(kind as AlertKind);
}

/** The kinds a rule can use now (the page offers only these). */
export function availableAlertKinds(): AlertKind[] {
  return [...sources.keys()];
}

/** Plugs in the inventory-based kinds (NCE window, renewals, auto-renew off, sync failed). */
export function registerInventoryAlertSources(reader: InventoryReader): void {
  for (const source of inventoryAlertSources(reader)) registerAlertSource(source);
}
