// Alert settings and channels keep their secrets write-only and encrypted; the evaluation lease
// lets one holder run at a time.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { alertChannels, alertJobs, alertSmtpSettings } from '@/db/schema';
import { channelForSending, listChannels, saveChannel } from '@/lib/alerts/channels';
import { acquireLease } from '@/lib/alerts/lease';
import { runEvaluation } from '@/lib/alerts/scheduler';
import { readSmtpSettings, saveSmtpSettings, smtpConfigForSending } from '@/lib/alerts/smtp-settings';
import { channelSchema, ruleFormSchema, ruleSchema, smtpSettingsSchema } from '@/lib/validations/alerts';

const URL_TOKEN = 'https://outlook.example/webhookb2/SECRET-PATH-TOKEN-123';
const SECRET = 'hmac-secret-abcdefghijklmnop';

beforeEach(() => {
  const db = getDb();
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- the test's own throwaway database, emptied between tests
  for (const t of [alertChannels, alertSmtpSettings, alertJobs]) db.delete(t).run();
});

const smtp = { host: 'smtp.example.com', port: 587, tlsMode: 'starttls' as const, username: 'u', password: 'Smtp-Pass-999', fromAddress: 'alerts@example.com', digestHourUtc: 7 };

describe('SMTP settings', () => {
  it('encrypt the password, never return it, and keep it when the field is left empty', () => {
    expect(saveSmtpSettings(smtp, 'admin@demo.local').changed).toEqual(['host', 'username', 'fromAddress', 'password']);
    const row = getDb().select().from(alertSmtpSettings).get()!;
    expect(row.passwordEnc).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain('Smtp-Pass-999');
    expect(JSON.stringify(readSmtpSettings())).not.toContain('v1:');
    expect(readSmtpSettings()).toMatchObject({ passwordStored: true, host: 'smtp.example.com' });
    expect(saveSmtpSettings({ ...smtp, password: '', port: 2525 }, 'admin@demo.local').changed).toEqual(['port']);
    expect(smtpConfigForSending()).toMatchObject({ password: 'Smtp-Pass-999', port: 2525 });
  });
});

describe('channels', () => {
  it('store the webhook URL and secret encrypted; the list says only that they are stored; empty keeps them', () => {
    const added = saveChannel(channelSchema.parse({ name: 'Teams ops', kind: 'webhook', recipients: '', url: URL_TOKEN, secret: SECRET, enabled: true }));
    expect(added.ok).toBe(true);
    const raw = JSON.stringify(getDb().select().from(alertChannels).all());
    expect(raw).not.toContain('SECRET-PATH-TOKEN');
    expect(raw).not.toContain(SECRET);
    const listed = JSON.stringify(listChannels());
    expect(listed).not.toContain('SECRET-PATH-TOKEN');
    expect(listed).not.toContain('v1:');
    expect(listChannels()[0]).toMatchObject({ urlStored: true, secretStored: true });
    const id = listChannels()[0]!.id;
    expect(saveChannel(channelSchema.parse({ id, name: 'Teams ops 2', kind: 'webhook', recipients: '', url: '', secret: '', enabled: true })).ok).toBe(true);
    expect(channelForSending(id)).toMatchObject({ name: 'Teams ops 2', url: URL_TOKEN, secret: SECRET });
    // A new kind needs its URL again.
    const moved = saveChannel(channelSchema.parse({ id, name: 'Teams ops 2', kind: 'slack', recipients: '', url: '', secret: '', enabled: true }));
    expect(moved).toMatchObject({ ok: false, fieldErrors: { url: ['The kind changed: enter the URL again'] } });
  });

  it('SMTP host must be a host name or an address; the digest hour one from 0 to 23, as the select sends it or as a number', () => {
    const base = { ...smtp, digestHourUtc: '7' };
    expect(smtpSettingsSchema.safeParse({ ...base, host: "'; DROP TABLE x;--" }).error?.issues.map((i) => i.path.join('.'))).toEqual(['host']);
    expect(smtpSettingsSchema.parse({ ...base, host: '10.0.0.5', digestHourUtc: '0' })).toMatchObject({ host: '10.0.0.5', digestHourUtc: 0 });
    expect(smtpSettingsSchema.parse({ ...base, digestHourUtc: 23 }).digestHourUtc).toBe(23);
    expect(smtpSettingsSchema.safeParse({ ...base, digestHourUtc: '24' }).success).toBe(false);
    expect(smtpSettingsSchema.safeParse({ ...base, digestHourUtc: null }).success).toBe(false);
  });

  it('refuse plain http to other hosts, bad recipients, short secrets and duplicate names, each on its field', () => {
    const issues = (v: object) => channelSchema.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ name: 'a', kind: 'slack', recipients: '', url: 'http://hooks.example.com/x', secret: '', enabled: true })).toEqual([
      'url: Use https:// (plain http is allowed only for 127.0.0.1, localhost or ::1)',
    ]);
    expect(issues({ name: 'a', kind: 'email', recipients: 'ops@example.com, nope', url: '', secret: '', enabled: true })).toEqual(['recipients: Not an email address: nope']);
    expect(issues({ name: 'a', kind: 'webhook', recipients: '', url: 'https://h.example/x', secret: 'short', enabled: true })).toEqual(['secret: At least 16 characters']);
    saveChannel(channelSchema.parse({ name: 'Mail', kind: 'email', recipients: 'ops@example.com', url: '', secret: '', enabled: true }));
    expect(saveChannel(channelSchema.parse({ name: 'Mail', kind: 'email', recipients: 'x@example.com', url: '', secret: '', enabled: true }))).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Another channel has this name'] },
    });
    const form = { name: 'r', kind: 'order.failed', hours: 1, days: 1, includeMonthly: false, delivery: 'digest', enabled: true, channelIds: [1], excludedTenants: [] };
    expect(ruleFormSchema.parse({ ...form, excludedProducts: 'Office 365 E1,\n CFQ7TTC0LF8Q ' }).excludedProducts).toEqual(['Office 365 E1', 'CFQ7TTC0LF8Q']);
    expect(ruleSchema.safeParse({ ...form, excludedProducts: 'Office 365 E1' }).success).toBe(false);
    expect(
      ruleSchema
        .safeParse({ name: 'r', kind: 'order.failed', hours: 0, days: 400, includeMonthly: false, delivery: 'immediate', enabled: true, channelIds: [], excludedTenants: [], excludedProducts: [] })
        .error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['hours', 'days', 'channelIds']);
  });
});

describe('the evaluation lease', () => {
  it('lets one holder run at a time; another gets nothing until the lease ends or is released', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(acquireLease('evaluate', 'process-a', now, 60_000)).toBe(true);
    expect(await runEvaluation('process-b', now)).toBeNull();
    expect(await runEvaluation('process-b', new Date(now.getTime() + 60_000))).toMatchObject({ errors: [] });
    // Released after the run: the next holder gets it at once.
    expect(acquireLease('evaluate', 'process-c', new Date(now.getTime() + 60_001), 60_000)).toBe(true);
  });
});
