import 'server-only';
// A tenant page's preamble: may the role open it, and what the chosen tenant's Ingram context is.
import { requirePagePermission } from '@/lib/auth/page-access';
import { levelAllows, type Permission } from '@/lib/auth/permissions';
import { tenantFromSearchParams, type SearchParams } from './current';
import { tenantIngramContext } from './ingram-context';

export async function tenantPageContext(path: string, permission: Permission, searchParams: SearchParams) {
  const { user, allowed } = await requirePagePermission(path, permission);
  if (!allowed) return { allowed: false } as const;
  const context = tenantIngramContext(await tenantFromSearchParams(searchParams, user));
  // Whether a notice about the integration may link to its settings.
  const canConfigure = levelAllows(user.level, 'integrations.manage');
  return { allowed: true, user, context, canConfigure } as const;
}
