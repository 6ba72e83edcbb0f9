// The Ingram Micro settings form's schema, shared by the form (zodResolver) and its action.
import { z } from 'zod';
import { INGRAM_REGIONS, isLoopbackHost } from '@/lib/ingram/regions';

// The hosts themselves live in lib/ingram/regions.ts: only lib/ingram knows Ingram's URLs.
export const BASE_URL_CHOICES = [...INGRAM_REGIONS, { value: 'sandbox', label: 'Local sandbox', url: '' }, { value: 'custom', label: 'Custom URL', url: '' }] as const;
export type BaseUrlChoice = (typeof BASE_URL_CHOICES)[number]['value'];

export const COMMON_MARKETPLACES = ['us', 'ca', 'br', 'eu', 'de', 'nl', 'se', 'uk', 'au', 'stg'] as const;

export { hostKind, isLoopbackHost, sandboxBaseUrl } from '@/lib/ingram/regions';

/** Why a custom base URL is refused, or undefined when it is fine. */
function customUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Not a URL: enter it as https://host/path';
  }
  if (url.username || url.password || value.includes('@')) return 'The URL must not contain a user name or password';
  // A query or fragment would be glued onto every API path: refuse it rather than guess.
  if (url.search || url.hash || /[?#]/.test(value)) return 'The URL must not contain a query (?) or a fragment (#)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  return 'Use https:// (plain http is allowed only for 127.0.0.1, localhost or ::1)';
}

const secretField = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

export const ingramSettingsSchema = z
  .object({
    enabled: z.boolean(),
    baseUrlChoice: z.enum(['na', 'eu', 'lab', 'sandbox', 'custom']),
    customBaseUrl: z.string().trim().max(300, 'At most 300 characters'),
    username: z.string().trim().max(200, 'At most 200 characters'),
    /** Empty keeps the stored password. */
    password: secretField(200),
    /** Empty keeps the stored subscription key. */
    subscriptionKey: secretField(200),
    marketplace: z
      .string()
      .trim()
      .regex(/^[a-z]{2,5}$/, 'A short lower-case code of 2 to 5 letters, such as us'),
    purchaseRoles: z.array(z.string().trim().min(1).max(60)).max(50),
  })
  .superRefine((v, ctx) => {
    if (v.baseUrlChoice === 'custom') {
      const problem = v.customBaseUrl ? customUrlProblem(v.customBaseUrl) : 'Enter the custom API base URL';
      if (problem) ctx.addIssue({ code: 'custom', path: ['customBaseUrl'], message: problem });
    }
    if (v.enabled && !v.username) ctx.addIssue({ code: 'custom', path: ['username'], message: 'Enter the API username to enable the integration' });
  });

export type IngramSettingsInput = z.input<typeof ingramSettingsSchema>;
export type IngramSettingsValues = z.output<typeof ingramSettingsSchema>;
