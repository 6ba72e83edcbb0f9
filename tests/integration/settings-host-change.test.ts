// Issue 14.1: stored Ingram secrets never follow a changed host or username. A listener on
// loopback records every request: a refused save must send it nothing, not even on a test.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { getIngramClient } from '@/lib/ingram';
import { saveIngramSettings } from '@/lib/settings/save-ingram-settings';
import { ingramSettingsSchema } from '@/lib/validations/ingram-settings';
import { clearSavedSettings, DEMO_CREDENTIALS, withSandbox } from './ingram/sandbox-harness';
import { savedSettingsRow, settingsForm } from './ingram/settings-form';

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders };
const sb = withSandbox({ each: async () => clearSavedSettings() });
let listener: http.Server;
let listenerUrl: string;
const seen: Seen[] = [];
// The listener answers like a hostile host: a refusal with a long, scripted message.
const HOSTILE = `<script>alert(1)</script> ${'x'.repeat(400)} call +1-555-0100 now`;

beforeAll(async () => {
  process.env.SANDBOX_PORT = String(sb.port);
  resetEnvCache();
  listener = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.writeHead(401, { 'Content-Type': 'application/json', 'x-correlation-id': 'evil-<b>id</b>' });
    res.end(JSON.stringify({ message: HOSTILE, error: HOSTILE }));
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/marketplace/na`;
});
afterAll(() => new Promise((resolve) => listener.close(resolve)));
beforeEach(() => {
  seen.length = 0;
});
afterEach(() => {
  delete process.env.INGRAM_ALLOW_CUSTOM_HOSTS;
  resetEnvCache();
});

describe('a changed host or username', () => {
  it('is refused without both secrets typed again, changes nothing and sends the listener nothing', async () => {
    expect(saveIngramSettings(settingsForm(), 'admin@demo.local').ok).toBe(true);
    const stored = savedSettingsRow();
    const moved = saveIngramSettings(settingsForm({ baseUrlChoice: 'custom', customBaseUrl: listenerUrl, password: '', subscriptionKey: '' }), 'admin@demo.local');
    expect(moved).toEqual({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/type the API password again/)], subscriptionKey: [expect.stringMatching(/type the subscription key again/)] },
    });
    // One secret typed is not enough: the other would still follow.
    const half = saveIngramSettings(settingsForm({ baseUrlChoice: 'custom', customBaseUrl: listenerUrl, subscriptionKey: '' }), 'admin@demo.local');
    expect(half.ok).toBe(false);
    const renamed = saveIngramSettings(settingsForm({ username: 'someone-else.api', password: '', subscriptionKey: '' }), 'admin@demo.local');
    expect(renamed.ok).toBe(false);
    expect(savedSettingsRow()).toEqual(stored);

    const test = await getIngramClient({ allowDisabled: true }).testConnection();
    expect(test.ok).toBe(true); // still the sandbox
    expect(seen).toEqual([]);
  });

  it('with both secrets typed, saves the new host and its own secrets only', async () => {
    saveIngramSettings(settingsForm(), 'admin@demo.local');
    const before = savedSettingsRow();
    const out = saveIngramSettings(settingsForm({ baseUrlChoice: 'custom', customBaseUrl: listenerUrl, password: 'New-Host-Pass-1', subscriptionKey: 'new-host-key' }), 'admin@demo.local');
    expect(out.ok).toBe(true);
    expect(savedSettingsRow().passwordEnc).not.toEqual(before.passwordEnc);
    expect(savedSettingsRow().subscriptionKeyEnc).not.toEqual(before.subscriptionKeyEnc);
    await getIngramClient({ allowDisabled: true }).testConnection();
    const sent = JSON.stringify(seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(sent).not.toContain(DEMO_CREDENTIALS.password);
    expect(sent).not.toContain(DEMO_CREDENTIALS.subscriptionKey);
    expect(sent).not.toContain(Buffer.from(`${DEMO_CREDENTIALS.username}:${DEMO_CREDENTIALS.password}`).toString('base64'));
  });

  it('a foreign host gets only a short status line in the connection test', async () => {
    saveIngramSettings(settingsForm({ baseUrlChoice: 'custom', customBaseUrl: listenerUrl, password: 'New-Host-Pass-1', subscriptionKey: 'new-host-key' }), 'admin@demo.local');
    const test = await getIngramClient({ allowDisabled: true }).testConnection();
    expect(test.ok).toBe(false);
    const shown = JSON.stringify(test);
    expect(shown).not.toMatch(/script|xxxx|555|evil/);
    expect(test.steps.find((s) => !s.ok)?.detail).toBe('refused: HTTP 401');
    expect(test.error?.message).toBe('The host answered HTTP 401');
  });
});

describe('custom base URLs', () => {
  it('refuses a query, a fragment or credentials', () => {
    const custom = (url: string) => ingramSettingsSchema.safeParse({ ...settingsForm(), baseUrlChoice: 'custom', customBaseUrl: url }).success;
    expect(custom('https://api.example.com/marketplace/na?x=1')).toBe(false);
    expect(custom('https://api.example.com/marketplace/na?')).toBe(false);
    expect(custom('https://api.example.com/marketplace/na#frag')).toBe(false);
    expect(custom('https://user:pw@api.example.com/marketplace/na')).toBe(false);
    expect(custom('https://api.example.com/marketplace/na')).toBe(true);
  });

  it('allows hosts other than Ingram and loopback only when INGRAM_ALLOW_CUSTOM_HOSTS=1', () => {
    const foreign = settingsForm({ baseUrlChoice: 'custom', customBaseUrl: 'https://api.example.com/marketplace/na' });
    expect(saveIngramSettings(foreign, 'admin@demo.local')).toEqual({ ok: false, fieldErrors: { customBaseUrl: [expect.stringMatching(/INGRAM_ALLOW_CUSTOM_HOSTS/)] } });
    expect(saveIngramSettings(settingsForm({ baseUrlChoice: 'na' }), 'admin@demo.local').ok).toBe(true);
    process.env.INGRAM_ALLOW_CUSTOM_HOSTS = '1';
    resetEnvCache();
    expect(saveIngramSettings(foreign, 'admin@demo.local').ok).toBe(true);
    // Switched off again, the saved foreign URL is not called at all.
    delete process.env.INGRAM_ALLOW_CUSTOM_HOSTS;
    resetEnvCache();
    expect(() => getIngramClient({ allowDisabled: true })).toThrow(/custom hosts are switched off/);
  });
});
