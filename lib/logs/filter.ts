// The audit log's filters and paging as they appear in the URL (safe for the browser).
import { z } from 'zod';

const text = z.string().trim().max(254).optional().catch(undefined);

export const auditFilterSchema = z.object({
  tenant: text,
  user: text,
  action: text,
  result: z.enum(['success', 'failure', 'refused']).optional().catch(undefined),
  /** Sign-ins are hidden unless asked for (or unless the action filter names them): they drown the changes. */
  signins: z
    .enum(['1'])
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  page: z.coerce.number().int().min(0).max(1_000_000).default(0).catch(0),
  pageSize: z.coerce
    .number()
    .pipe(z.union([z.literal(25), z.literal(50), z.literal(100)]))
    .default(50)
    .catch(50),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

type Params = Record<string, string | string[] | undefined>;

export function parseAuditFilter(params: Params | URLSearchParams): AuditFilter {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  return auditFilterSchema.parse({ tenant: get('tenant'), user: get('user'), action: get('action'), result: get('result'), signins: get('signins'), page: get('page'), pageSize: get('pageSize') });
}

/** The query string for a filter, leaving out what is at its default. */
export function auditFilterQuery(filter: Partial<AuditFilter>, withPaging = true): string {
  const q = new URLSearchParams();
  for (const key of ['tenant', 'user', 'action', 'result'] as const) if (filter[key]) q.set(key, filter[key]!);
  if (filter.signins) q.set('signins', '1');
  if (withPaging && filter.page) q.set('page', String(filter.page));
  if (withPaging && filter.pageSize && filter.pageSize !== 50) q.set('pageSize', String(filter.pageSize));
  return q.toString();
}
