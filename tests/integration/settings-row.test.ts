// One answer to "is the integration set up?": the pages' state and the client agree.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { ingramSettings } from '@/db/schema';
import { encryptSecret } from '@/lib/crypto';
import { getIngramClient } from '@/lib/ingram';
import { integrationState } from '@/lib/settings/settings-row';
import { clearSavedSettings, DEMO_CREDENTIALS } from './ingram/sandbox-harness';

const save = (over: Partial<typeof ingramSettings.$inferInsert>) =>
  getDb()
    .insert(ingramSettings)
    .values({
      id: 1,
      enabled: true,
      baseUrl: 'http://127.0.0.1:9',
      username: DEMO_CREDENTIALS.username,
      passwordEnc: encryptSecret('p'),
      subscriptionKeyEnc: encryptSecret('k'),
      marketplace: 'us',
      ...over,
    })
    .run();

beforeEach(() => clearSavedSettings());

describe('integrationState', () => {
  it('is unconfigured without a row, enabled or disabled with a complete one', () => {
    expect(integrationState()).toBe('unconfigured');
    save({});
    expect(integrationState()).toBe('enabled');
    getDb().update(ingramSettings).set({ enabled: false }).where(eq(ingramSettings.id, 1)).run();
    expect(integrationState()).toBe('disabled');
  });

  it('says unconfigured whenever the client would refuse as unconfigured (no base URL, no key)', () => {
    save({ baseUrl: '' });
    expect(integrationState()).toBe('unconfigured');
    expect(() => getIngramClient()).toThrow(expect.objectContaining({ kind: 'unconfigured' }));
    clearSavedSettings();
    save({ subscriptionKeyEnc: null });
    expect(integrationState()).toBe('unconfigured');
    expect(() => getIngramClient()).toThrow(expect.objectContaining({ kind: 'unconfigured' }));
  });
});
