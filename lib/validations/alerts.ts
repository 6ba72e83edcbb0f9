// Alert schemas shared by the Settings > Alerts forms (zodResolver) and their actions.
import { z } from 'zod';
import { isLoopbackHost } from '@/lib/ingram/regions';

/** Every rule kind, what it watches and which parameters it takes. Safe for the browser. */
export const ALERT_KINDS = {
  'order.failed': { label: 'An order failed', params: ['days'] },
  'tenant.unmapped': { label: 'A tenant is not mapped to an Ingram customer', params: [] },
  'nce.window-closing': { label: 'NCE window closing with seats still reducible', params: ['hours'] },
  'renewal.upcoming': { label: 'Annual or multi-year renewal within N days', params: ['days', 'includeMonthly'] },
  'autorenew.off': { label: 'Auto-renew off on a subscription that will end', params: ['days'] },
  'sync.failed': { label: 'A sync failed', params: [] },
} as const satisfies Record<string, { label: string; params: readonly ('days' | 'hours' | 'includeMonthly')[] }>;

export type AlertKind = keyof typeof ALERT_KINDS;
export const ALERT_KIND_VALUES = Object.keys(ALERT_KINDS) as [AlertKind, ...AlertKind[]];

export const CHANNEL_KINDS = [
  { value: 'email', label: 'Email (SMTP)' },
  { value: 'teams', label: 'Microsoft Teams incoming webhook' },
  { value: 'slack', label: 'Slack incoming webhook' },
  { value: 'webhook', label: 'Generic JSON webhook (HMAC-SHA256 signed)' },
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number]['value'];

const EMAIL = z.email('Not an email address');

/** Why a webhook URL is refused, or undefined: https anywhere, plain http only to this machine. */
export function webhookUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Not a URL: enter it as https://host/path';
  }
  if (url.username || url.password) return 'The URL must not contain a user name or password';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  return 'Use https:// (plain http is allowed only for 127.0.0.1, localhost or ::1)';
}

/** A host name or an IP address (IPv6 in brackets or bare). */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[?[0-9a-f:.]+\]?)$/i;

/** The digest hour as the form's select holds it ("0" to "23"). */
export const DIGEST_HOURS = Array.from({ length: 24 }, (_, h) => String(h)) as [string, ...string[]];

export const smtpSettingsSchema = z.object({
  host: z.union([z.literal(''), z.string().trim().max(253, 'At most 253 characters').regex(HOST, 'Not a host name: use a name such as smtp.example.com or an IP address')]),
  port: z.coerce.number<string | number>().int('A whole number').min(1, 'From 1 to 65535').max(65535, 'From 1 to 65535'),
  tlsMode: z.enum(['none', 'starttls', 'tls']),
  username: z.string().trim().max(255, 'At most 255 characters'),
  /** Empty keeps the stored password. */
  password: z.string().max(500, 'At most 500 characters'),
  fromAddress: z.union([z.literal(''), z.string().trim().pipe(EMAIL)]),
  /** The form's select sends "0" to "23"; the action also takes the parsed number. */
  digestHourUtc: z.union([z.number().int().min(0).max(23), z.enum(DIGEST_HOURS).transform(Number)], 'Choose an hour from 0 to 23'),
});
export type SmtpSettingsInput = z.input<typeof smtpSettingsSchema>;
export type SmtpSettingsValues = z.output<typeof smtpSettingsSchema>;

export const channelSchema = z
  .object({
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1, 'Enter a name').max(100, 'At most 100 characters'),
    kind: z.enum(['email', 'teams', 'slack', 'webhook']),
    /** Email: recipients separated by commas. */
    recipients: z.string().trim().max(2000, 'At most 2000 characters'),
    /** Write-only: empty keeps the stored URL. */
    url: z.string().trim().max(2000, 'At most 2000 characters'),
    /** Write-only: empty keeps the stored signing secret (generic webhook). */
    secret: z.string().trim().max(200, 'At most 200 characters'),
    enabled: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const list = v.recipients.length <= 2000 ? splitList(v.recipients) : [];
    const bad = list.filter((r) => !EMAIL.safeParse(r).success);
    // The message names a few, each cut short: it must not echo a huge input back.
    const named = bad.slice(0, 3).map((r) => (r.length > 60 ? `${r.slice(0, 60)}…` : r));
    if (bad.length) ctx.addIssue({ code: 'custom', path: ['recipients'], message: `Not an email address: ${named.join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}` });
    if (v.kind === 'email') {
      if (!list.length) ctx.addIssue({ code: 'custom', path: ['recipients'], message: 'Enter at least one recipient' });
      return;
    }
    if (!v.url && v.id === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: 'Enter the webhook URL' });
    const problem = v.url ? webhookUrlProblem(v.url) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem });
    if (v.kind === 'webhook' && v.secret && v.secret.length < 16) ctx.addIssue({ code: 'custom', path: ['secret'], message: 'At least 16 characters' });
    if (v.kind === 'webhook' && !v.secret && v.id === undefined) ctx.addIssue({ code: 'custom', path: ['secret'], message: 'Enter a signing secret of at least 16 characters' });
  });
export type ChannelInput = z.input<typeof channelSchema>;
export type ChannelValues = z.output<typeof channelSchema>;

/** Comma- or line-separated text as a list of trimmed, non-empty entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const ruleSchema = z.object({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1, 'Enter a name').max(100, 'At most 100 characters'),
  kind: z.enum(ALERT_KIND_VALUES),
  hours: z.coerce.number<string | number>().int('A whole number').min(1, 'From 1 to 168').max(168, 'From 1 to 168'),
  days: z.coerce.number<string | number>().int('A whole number').min(1, 'From 1 to 365').max(365, 'From 1 to 365'),
  includeMonthly: z.boolean(),
  delivery: z.enum(['immediate', 'digest']),
  enabled: z.boolean(),
  channelIds: z.array(z.number().int().positive()).min(1, 'Choose at least one channel').max(20),
  excludedTenants: z.array(z.string().trim().min(1).max(100)).max(500),
  /** MPNs or product names. */
  excludedProducts: z.array(z.string().trim().min(1).max(200, 'At most 200 characters each')).max(200, 'At most 200 products'),
});

/** The rule form: excluded products typed as one text, separated by commas or lines. */
export const ruleFormSchema = ruleSchema.extend({
  excludedProducts: z
    .string()
    .max(4000, 'At most 4000 characters')
    .transform((s) => splitList(s))
    .pipe(ruleSchema.shape.excludedProducts),
});
export type RuleInput = z.input<typeof ruleFormSchema>;
export type RuleValues = z.output<typeof ruleSchema>;

export const idSchema = z.object({ id: z.number().int().positive() });

export const deliveriesQuerySchema = z.object({
  page: z.coerce.number().int().min(0).max(100_000).default(0),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => [25, 50, 100].includes(n), 'One of 25, 50, 100')
    .default(25),
});
