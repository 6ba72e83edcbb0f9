// The inventory's alert kinds end to end: a real sync against the sandbox fills the inventory, the
// sandbox clock moves until a lot's NCE window is about to close, and the rule fires once: the email
// (a real SMTP server) names tenant, product, seats and deadline; the signed webhook arrives.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  alertChannels,
  alertDeliveries,
  alertEvents,
  alertJobs,
  alertRules,
  inventoryOrders,
  inventorySnapshots,
  inventorySubscriptions,
  jobLeases,
  nceWindowLengths,
  syncRuns,
  syncTenantState,
  tenantMappings,
  tenants,
} from '@/db/schema';
import { saveChannel } from '@/lib/alerts/channels';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { saveRule } from '@/lib/alerts/rules';
import { verifySignature } from '@/lib/alerts/signature';
import { saveSmtpSettings } from '@/lib/alerts/smtp-settings';
import { inventoryReader } from '@/lib/alerts/sources/inventory-reader';
import { availableAlertKinds, registerInventoryAlertSources } from '@/lib/alerts/sources/registry';
import { createDeliveryWorker } from '@/lib/alerts/worker';
import type { IngramClient } from '@/lib/ingram/client';
import { periodCode } from '@/lib/ingram/periods';
import { createCallBudget } from '@/lib/inventory/sync/budget';
import { runSync } from '@/lib/inventory/sync/engine';
import { saveWindowLength } from '@/lib/licenses/window-lengths';
import { ruleFormSchema, type RuleInput } from '@/lib/validations/alerts';
import { emptyTables } from '@/tests/support/db';
import { startHttpReceiver, startSmtpReceiver } from '../../support/alert-receivers';
import { withSandbox } from '../ingram/sandbox-harness';

const sb = withSandbox({ settings: true, each: (s) => s.reset() });
const TENANT = { tenantId: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', displayName: 'Contoso Alerts Ltd' };
const SECRET = 'inventory-alerts-secret-0123456789';
const SMTP_AUTH = { user: 'alerts@msp.example', pass: 'smtp-pass-Secret-42' };
const HOUR = 3_600_000;
const PRODUCT = 'Microsoft Entra ID P1';

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let client: IngramClient;
let customerId: string;
let kindsBefore: string[];
beforeAll(async () => {
  smtp = await startSmtpReceiver(SMTP_AUTH);
  kindsBefore = availableAlertKinds();
  // What the alert scheduler does at start-up.
  registerInventoryAlertSources(inventoryReader);
});
afterAll(() => smtp.close());

beforeEach(async () => {
  emptyTables(
    alertDeliveries,
    alertEvents,
    alertRules,
    alertChannels,
    alertJobs,
    inventorySubscriptions,
    inventoryOrders,
    inventorySnapshots,
    syncRuns,
    syncTenantState,
    jobLeases,
    nceWindowLengths,
    tenantMappings,
    tenants,
  );
  smtp.mails.length = 0;
  saveSmtpSettings(
    { host: '127.0.0.1', port: smtp.port, tlsMode: 'none', username: SMTP_AUTH.user, password: SMTP_AUTH.pass, fromAddress: 'alerts@msp.example', digestHourUtc: 7 },
    'admin@demo.local',
  );
  client = sb.client();
  customerId = (await client.listCustomers({ name: 'Contoso' }))[0]!.id;
  getDb().insert(tenants).values({ tenantId: TENANT.tenantId, displayName: TENANT.displayName, defaultDomain: 'contoso-alerts.onmicrosoft.com' }).run();
  getDb().insert(tenantMappings).values({ tenantId: TENANT.tenantId, customerId, customerName: 'Contoso', method: 'manual' }).run();
});

const sandboxNow = async () => new Date((await sb.control<{ now: string }>('GET', '/clock')).now);
const advance = (seconds: number) => sb.control('POST', '/clock', { advanceSeconds: seconds });

function channel(kind: 'email' | 'webhook', url = '') {
  const out = saveChannel({ name: `${kind}-${Math.random()}`, kind, recipients: kind === 'email' ? 'ops@msp.example' : '', url, secret: kind === 'webhook' ? SECRET : '', enabled: true });
  if (!out.ok) throw new Error(out.error);
  return out.data.after.id;
}

function rule(over: Partial<RuleInput> & Pick<RuleInput, 'kind' | 'channelIds'>) {
  return saveRule(
    ruleFormSchema.parse({ name: 'Window closing', hours: 24, days: 30, includeMonthly: false, delivery: 'immediate', enabled: true, excludedTenants: [], excludedProducts: '', ...over }),
  )!.after.id;
}

/** Adds 3 seats to the tenant's Entra ID P1 and lets the sandbox complete it; answers when they were added. */
async function addThreeSeats(): Promise<{ subscriptionId: string; mpn: string; addedAt: Date }> {
  const sub = (await client.listCustomerSubscriptionsWithDetails(customerId)).find((s) => s.name === PRODUCT && s.status === 'active')!;
  const placed = await client.placeChangeOrder({
    customerId,
    subscriptionId: sub.id,
    mpn: sub.product!.mpn!,
    newQuantity: sub.product!.quantity! + 3,
    billingPeriod: periodCode(sub.billingPeriod)!,
    subscriptionPeriod: periodCode(sub.subscriptionPeriod)!,
    poNumber: `CIPP-ALERT-${Date.now().toString(36)}`,
  });
  if (placed.outcome !== 'placed') throw placed.error;
  await advance(60);
  const order = await client.getOrder(placed.order.id);
  expect(order.status).toBe('completed');
  return { subscriptionId: sub.id, mpn: sub.product!.mpn!, addedAt: new Date(order.provisioningDate!) };
}

async function syncInventory() {
  const out = await runSync({ kind: 'full', trigger: 'manual' }, { budget: createCallBudget(100_000) });
  expect(out).toMatchObject({ state: 'finished', run: { status: 'succeeded', tenantsFailed: 0 } });
}

describe('inventory alerts against a synced inventory', () => {
  it('the inventory kinds are offered once registered at start-up', () => {
    expect(kindsBefore).not.toContain('nce.window-closing');
    expect(availableAlertKinds()).toEqual(expect.arrayContaining(['nce.window-closing', 'renewal.upcoming', 'autorenew.off', 'sync.failed']));
  });

  it('an NCE window about to close fires once: the email names tenant, product, seats and deadline; the webhook is signed', async () => {
    const hook = await startHttpReceiver();
    try {
      const lot = await addThreeSeats();
      await syncInventory();
      const deadline = new Date(lot.addedAt.getTime() + 168 * HOUR);
      rule({ kind: 'nce.window-closing', channelIds: [channel('email'), channel('webhook', hook.url)] });

      // A day after the seats were added the window closes in six days: nothing within 24 hours yet.
      await advance(24 * 3600);
      expect((await evaluateAlerts(await sandboxNow())).newEvents).toBe(0);

      // 150 hours after: 18 hours left.
      await advance(126 * 3600);
      const now = await sandboxNow();
      expect(deadline.getTime() - now.getTime()).toBeLessThan(24 * HOUR);
      expect((await evaluateAlerts(now)).newEvents).toBe(1);
      expect((await evaluateAlerts(new Date(now.getTime() + 60_000))).newEvents).toBe(0);
      const worker = createDeliveryWorker({ now: () => now });
      expect(await worker.runOnce()).toEqual({ sent: 2, retrying: 0, failed: 0 });
      await evaluateAlerts(new Date(now.getTime() + 120_000));
      expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });

      expect(smtp.mails).toHaveLength(1);
      const mail = smtp.mails[0]!.text;
      expect(mail).toContain(`Tenant: ${TENANT.displayName} (${TENANT.tenantId})`);
      expect(mail).toContain(`Product: ${PRODUCT}`);
      expect(mail).toContain('Seats reducible: 3');
      expect(mail).toContain(`Deadline: ${deadline.toISOString()}`);
      expect(mail).toContain(`3 seats of ${PRODUCT} can be reduced until ${deadline.toISOString()}`);

      expect(hook.requests).toHaveLength(1);
      const { headers, body } = hook.requests[0]!;
      expect(verifySignature(SECRET, { signature: headers['x-signature'] as string, timestamp: headers['x-signature-timestamp'] as string }, body)).toBe(true);
      expect(JSON.parse(body)).toMatchObject({
        event: 'nce.window-closing',
        tenant: { id: TENANT.tenantId, name: TENANT.displayName },
        product: PRODUCT,
        details: { Subscription: lot.subscriptionId, 'Seats reducible': 3, Deadline: deadline.toISOString() },
      });
    } finally {
      await hook.close();
    }
  });

  it('uses the product’s own window length, and honours product exclusions', async () => {
    const lot = await addThreeSeats();
    await syncInventory();
    await advance(150 * 3600);
    const now = await sandboxNow();
    // Microsoft gave this product 10 days: the window is far from closing.
    saveWindowLength({ mpn: lot.mpn, hours: 240, note: '' }, 'admin@demo.local');
    // The stored "closes at" the grid filters read follows at once, without a new sync.
    const closesAt = () => getDb().select().from(inventorySubscriptions).where(eq(inventorySubscriptions.id, lot.subscriptionId)).get()!.windowClosesAt!.getTime();
    expect(closesAt()).toBe(lot.addedAt.getTime() + 240 * HOUR);
    rule({ kind: 'nce.window-closing', channelIds: [channel('email')] });
    expect(await evaluateAlerts(now)).toMatchObject({ candidates: 0, newEvents: 0 });
    // 100 hours: closes within the day. An exclusion of the product keeps it quiet all the same.
    saveWindowLength({ mpn: lot.mpn, hours: 160, note: '' }, 'admin@demo.local');
    expect(closesAt()).toBe(lot.addedAt.getTime() + 160 * HOUR);
    getDb().delete(alertRules).run(); // eslint-disable-line drizzle/enforce-delete-with-where -- the test's own rules
    rule({ kind: 'nce.window-closing', channelIds: [channel('email')], excludedProducts: lot.mpn });
    expect(await evaluateAlerts(now)).toMatchObject({ candidates: 0 });
    getDb().delete(alertRules).run(); // eslint-disable-line drizzle/enforce-delete-with-where -- the test's own rules
    rule({ kind: 'nce.window-closing', channelIds: [channel('email')] });
    const out = await evaluateAlerts(now);
    expect(out).toMatchObject({ newEvents: 1 });
  });

  it('a failed sync of a tenant raises one sync.failed event with the upstream status', async () => {
    await sb.fault({ method: 'GET', path: '/subscriptions', kind: 'status', status: 400, message: 'Customer is suspended', count: 10 });
    const out = await runSync({ kind: 'full', trigger: 'manual' }, { budget: createCallBudget(100_000) });
    expect(out.state).toBe('finished');
    await sb.clearFaults();
    rule({ kind: 'sync.failed', channelIds: [channel('email')] });
    const now = await sandboxNow();
    expect((await evaluateAlerts(now)).newEvents).toBe(1);
    expect((await evaluateAlerts(now)).newEvents).toBe(0);
    const event = getDb().select().from(alertEvents).get()!;
    expect(event.subject).toBe(`Sync failed for ${TENANT.displayName}`);
    expect(event.details).toMatchObject({ 'HTTP status': 400, Error: expect.stringContaining('Customer is suspended') });
  });
});
