// Alert rules and delivery end to end against a real SMTP server and a real HTTP receiver: an event
// alerts once, email and signed webhooks arrive, retries back off and survive a new worker.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeDatabase, getDb } from '@/db/index';
import { alertChannels, alertDeliveries, alertEvents, alertJobs, alertRules, orders, tenantMappings, tenants } from '@/db/schema';
import { saveChannel } from '@/lib/alerts/channels';
import { evaluateAlerts } from '@/lib/alerts/evaluate';
import { CLAIM_MS, GIVE_UP_AFTER_MS, claimDueDeliveries, retryDelayMs } from '@/lib/alerts/queue';
import { saveRule } from '@/lib/alerts/rules';
import { verifySignature } from '@/lib/alerts/signature';
import { saveSmtpSettings } from '@/lib/alerts/smtp-settings';
import { createDeliveryWorker } from '@/lib/alerts/worker';
import { ruleFormSchema, type RuleInput } from '@/lib/validations/alerts';
import { startHttpReceiver, startSmtpReceiver } from '../../support/alert-receivers';

const T0 = new Date('2030-03-04T10:00:00Z');
const SECRET = 'test-signing-secret-0123456789';
const SMTP_AUTH = { user: 'alerts@msp.example', pass: 'smtp-pass-Secret-42' };

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
beforeAll(async () => {
  smtp = await startSmtpReceiver(SMTP_AUTH);
});
afterAll(() => smtp.close());

beforeEach(() => {
  const db = getDb();
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- the test's own throwaway database, emptied between tests
  for (const t of [alertDeliveries, alertEvents, alertRules, alertChannels, alertJobs, orders, tenantMappings, tenants]) db.delete(t).run();
  smtp.mails.length = 0;
  saveSmtpSettings(
    { host: '127.0.0.1', port: smtp.port, tlsMode: 'none', username: SMTP_AUTH.user, password: SMTP_AUTH.pass, fromAddress: 'alerts@msp.example', digestHourUtc: 7 },
    'admin@demo.local',
  );
});

function channel(kind: 'email' | 'webhook', url = '') {
  const out = saveChannel({ name: `${kind}-${Math.random()}`, kind, recipients: kind === 'email' ? 'ops@msp.example' : '', url, secret: kind === 'webhook' ? SECRET : '', enabled: true });
  if (!out.ok) throw new Error(out.error);
  return out.data.after.id;
}

function rule(over: Partial<RuleInput> & Pick<RuleInput, 'kind' | 'channelIds'>) {
  const v = ruleFormSchema.parse({ name: 'rule', hours: 24, days: 7, includeMonthly: false, delivery: 'immediate', enabled: true, excludedTenants: [], excludedProducts: '', ...over });
  return saveRule(v)!.after.id;
}

function tenant(tenantId: string, displayName: string) {
  getDb()
    .insert(tenants)
    .values({ tenantId, displayName, defaultDomain: `${tenantId}.onmicrosoft.com` })
    .run();
}

function failedOrder(tenantId: string, productName: string) {
  getDb()
    .insert(orders)
    .values({
      poNumber: `PO-${productName}`,
      tenantId,
      customerId: 'c1',
      type: 'change',
      state: 'failed',
      productName,
      mpn: 'CFQ7TTC0LF8Q',
      quantity: 12,
      errorMessage: 'Seat count below minimum',
      errorStatus: 400,
      correlationId: 'corr-77',
      createdAt: new Date(T0.getTime() - 3600_000),
    })
    .run();
}

const at = (ms: number) => new Date(T0.getTime() + ms);

describe('a rule fires once per event and the email arrives', () => {
  it('an order that failed: one event, one email with tenant, product and details, however often it is evaluated', async () => {
    tenant('t-contoso', 'Contoso Ltd');
    failedOrder('t-contoso', 'Microsoft 365 Business Premium');
    rule({ kind: 'order.failed', channelIds: [channel('email')] });

    expect((await evaluateAlerts(T0)).newEvents).toBe(1);
    expect((await evaluateAlerts(at(60_000))).newEvents).toBe(0);
    const worker = createDeliveryWorker({ now: () => at(60_000) });
    expect(await worker.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    await evaluateAlerts(at(120_000));
    await worker.runOnce();

    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(['ops@msp.example']);
    expect(mail.text).toContain('Subject: [Alerts] Order PO-Microsoft 365 Business Premium failed for Contoso Ltd');
    expect(mail.text).toContain('Tenant: Contoso Ltd (t-contoso)');
    expect(mail.text).toContain('Product: Microsoft 365 Business Premium');
    expect(mail.text).toContain('Error: Seat count below minimum');
    expect(mail.text).toContain('Correlation id: corr-77');
  });

  it('excluded tenants and products raise nothing', async () => {
    tenant('t-grant', 'Non-profit');
    tenant('t-other', 'Other');
    failedOrder('t-grant', 'Office 365 E1');
    failedOrder('t-other', 'Microsoft 365 E3');
    rule({ kind: 'order.failed', channelIds: [channel('email')], excludedTenants: ['t-grant'], excludedProducts: 'microsoft 365 e3' });
    expect(await evaluateAlerts(T0)).toMatchObject({ candidates: 0, newEvents: 0, queued: 0 });
  });

  it('a wrong SMTP password is reported as the delivery error and retried', async () => {
    saveSmtpSettings({ host: '127.0.0.1', port: smtp.port, tlsMode: 'none', username: SMTP_AUTH.user, password: 'wrong', fromAddress: 'alerts@msp.example', digestHourUtc: 7 }, 'x');
    tenant('t-a', 'A');
    failedOrder('t-a', 'P');
    rule({ kind: 'order.failed', channelIds: [channel('email')] });
    await evaluateAlerts(T0);
    expect(await createDeliveryWorker({ now: () => T0 }).runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const d = getDb().select().from(alertDeliveries).get()!;
    expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 535 });
    expect(d.lastError).toMatch(/SMTP: .*Invalid username or password/);
    expect(smtp.mails).toHaveLength(0);
  });
});

describe('the generic webhook', () => {
  it('arrives as JSON with a valid HMAC-SHA256 signature over timestamp and body', async () => {
    const hook = await startHttpReceiver();
    try {
      tenant('t-unmapped', 'Fabrikam');
      rule({ kind: 'tenant.unmapped', channelIds: [channel('webhook', hook.url)] });
      await evaluateAlerts(T0);
      await createDeliveryWorker({ now: () => T0 }).runOnce();
      expect(hook.requests).toHaveLength(1);
      const { headers, body } = hook.requests[0]!;
      const signed = { signature: headers['x-signature'] as string, timestamp: headers['x-signature-timestamp'] as string };
      expect(signed.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifySignature(SECRET, signed, body)).toBe(true);
      expect(verifySignature('another-secret-0000000', signed, body)).toBe(false);
      expect(verifySignature(SECRET, signed, body.replace('Fabrikam', 'Fabrikan'))).toBe(false);
      // A replayed request is refused once its timestamp is old.
      expect(verifySignature(SECRET, signed, body, new Date(Date.now() + 10 * 60_000))).toBe(false);
      expect(JSON.parse(body)).toMatchObject({ event: 'tenant.unmapped', tenant: { id: 't-unmapped', name: 'Fabrikam' }, subject: 'Tenant Fabrikam is not mapped to an Ingram customer' });
    } finally {
      await hook.close();
    }
  });
});

describe('retries', () => {
  it('a receiver answering 500 three times then 200 gets the message exactly once, after backing off', async () => {
    const hook = await startHttpReceiver([500, 500, 500]);
    try {
      tenant('t-1', 'Northwind');
      rule({ kind: 'tenant.unmapped', channelIds: [channel('webhook', hook.url)] });
      await evaluateAlerts(T0);
      let now = T0;
      const worker = createDeliveryWorker({ now: () => now });
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0 });
        // Not due again before the backoff has passed.
        now = new Date(now.getTime() + retryDelayMs(attempt) - 1000);
        expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
        now = new Date(now.getTime() + 1000);
      }
      expect(await worker.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      now = new Date(now.getTime() + GIVE_UP_AFTER_MS);
      await worker.runOnce();
      expect(hook.requests.map((r) => r.answered)).toEqual([500, 500, 500, 200]);
      expect(hook.delivered()).toHaveLength(1);
      expect(getDb().select().from(alertDeliveries).get()).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
    } finally {
      await hook.close();
    }
  });

  it('a restart between retries loses nothing: a new worker over the reopened database file sends it', async () => {
    const hook = await startHttpReceiver([500]);
    try {
      tenant('t-2', 'Litware');
      rule({ kind: 'tenant.unmapped', channelIds: [channel('webhook', hook.url)] });
      await evaluateAlerts(T0);
      expect(await createDeliveryWorker({ now: () => T0 }).runOnce()).toMatchObject({ retrying: 1 });
      closeDatabase(); // the process ends; the next getDb() opens the same file afresh
      const after = createDeliveryWorker({ now: () => at(retryDelayMs(1)) });
      expect(await after.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(hook.delivered()).toHaveLength(1);
      expect(getDb().select().from(alertDeliveries).get()).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await hook.close();
    }
  });

  it('a worker that died holding a claim: nobody sends it until the claim runs out, then exactly one does', async () => {
    const hook = await startHttpReceiver();
    try {
      tenant('t-3', 'Tailspin');
      rule({ kind: 'tenant.unmapped', channelIds: [channel('webhook', hook.url)] });
      await evaluateAlerts(T0);
      expect(claimDueDeliveries('dead-worker', T0)).toHaveLength(1);
      closeDatabase();
      expect(await createDeliveryWorker({ now: () => at(CLAIM_MS - 1) }).runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      const [a, b] = [createDeliveryWorker({ now: () => at(CLAIM_MS) }), createDeliveryWorker({ now: () => at(CLAIM_MS) })];
      const counts = await Promise.all([a.runOnce(), b.runOnce()]);
      expect(counts.map((c) => c.sent).sort()).toEqual([0, 1]);
      expect(hook.requests).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });

  it('gives up a day after it was queued, keeping the last error', async () => {
    const hook = await startHttpReceiver([], 503);
    try {
      tenant('t-4', 'Adatum');
      rule({ kind: 'tenant.unmapped', channelIds: [channel('webhook', hook.url)] });
      await evaluateAlerts(T0);
      await createDeliveryWorker({ now: () => T0 }).runOnce();
      expect(await createDeliveryWorker({ now: () => at(GIVE_UP_AFTER_MS) }).runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1 });
      const d = getDb().select().from(alertDeliveries).get()!;
      expect(d).toMatchObject({ status: 'failed', attempts: 2, lastStatus: 503 });
      expect(d.lastError).toContain('HTTP 503');
    } finally {
      await hook.close();
    }
  });
});

describe('the daily digest', () => {
  it('gathers the digest rules’ events into one message per channel, once a day from the digest hour', async () => {
    tenant('t-5', 'Alpine');
    tenant('t-6', 'Blue Yonder');
    rule({ kind: 'tenant.unmapped', channelIds: [channel('email')], delivery: 'digest' });
    const early = new Date('2030-03-04T06:30:00Z');
    expect(await evaluateAlerts(early)).toMatchObject({ newEvents: 2, queued: 0, digests: 0 });
    expect(await evaluateAlerts(new Date('2030-03-04T07:05:00Z'))).toMatchObject({ newEvents: 0, digests: 1 });
    expect(await evaluateAlerts(new Date('2030-03-04T09:00:00Z'))).toMatchObject({ digests: 0 });
    await createDeliveryWorker({ now: () => new Date('2030-03-04T09:00:00Z') }).runOnce();
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.text).toContain('Daily digest for 2030-03-04: 2 events');
    expect(smtp.mails[0]!.text).toContain('Tenant Alpine is not mapped');
    expect(smtp.mails[0]!.text).toContain('Tenant Blue Yonder is not mapped');
  });
});
