// The Microsoft connection form's schema, shared by the form (zodResolver) and its action.
import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export { MICROSOFT_PUBLIC_GRAPH, MICROSOFT_PUBLIC_LOGIN } from '@/lib/microsoft/hosts';

/** Why a base URL is refused, or undefined when it is fine: https, or plain http to this machine. */
export function baseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Not a URL: enter it as https://host/path';
  }
  if (url.username || url.password || value.includes('@')) return 'The URL must not contain a user name or password';
  if (url.search || url.hash || /[?#]/.test(value)) return 'The URL must not contain a query (?) or a fragment (#)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return undefined;
  return 'Use https:// (plain http is allowed only for 127.0.0.1, localhost or ::1)';
}

const guid = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === '' || GUID.test(v), `The ${what} is a GUID such as 00000000-0000-0000-0000-000000000000`);

const baseUrl = z
  .string()
  .trim()
  .max(300, 'At most 300 characters')
  .superRefine((v, ctx) => {
    const problem = baseUrlProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((v) => v.replace(/\/+$/, ''));

export const microsoftSettingsSchema = z.object({
  partnerTenantId: guid('partner tenant id'),
  clientId: guid('client id'),
  /** Empty keeps the stored secret. */
  clientSecret: z.string().trim().max(500, 'At most 500 characters'),
  loginBaseUrl: baseUrl,
  graphBaseUrl: baseUrl,
});

export type MicrosoftSettingsInput = z.input<typeof microsoftSettingsSchema>;
export type MicrosoftSettingsValues = z.output<typeof microsoftSettingsSchema>;

export const microsoftConnectionTestSchema = z.object({ customerTenantId: guid('customer tenant id').optional() });
