// The Ingram settings form as a user fills it for the sandbox, and the row a save leaves behind.
import { getDb } from '@/db/index';
import { ingramSettings } from '@/db/schema';
import { ingramSettingsSchema, type IngramSettingsInput } from '@/lib/validations/ingram-settings';
import { DEMO_CREDENTIALS } from './sandbox-harness';

/** The settings form filled with the sandbox host and the demo credentials, with `over` on top. */
export const settingsForm = (over: Partial<IngramSettingsInput> = {}) =>
  ingramSettingsSchema.parse({
    enabled: true,
    baseUrlChoice: 'sandbox',
    customBaseUrl: '',
    username: DEMO_CREDENTIALS.username,
    password: DEMO_CREDENTIALS.password,
    subscriptionKey: DEMO_CREDENTIALS.subscriptionKey,
    marketplace: 'us',
    purchaseRoles: [],
    ...over,
  });

/** The saved settings row (there is one after any successful save). */
export const savedSettingsRow = () => getDb().select().from(ingramSettings).get()!;
