import 'server-only';
// Who may purchase, change and cancel licences: the Ingram settings' allowed roles
// (empty: editor and above). Used by every purchasing action's `authorize` and by pages.
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { ingramSettings } from '@/db/schema';
import type { CurrentUser } from './current-user';
import { mayManageLicences } from './permissions';

export function allowedPurchaseRoles(): string[] {
  const row = getDb().select({ roles: ingramSettings.purchaseRoles }).from(ingramSettings).where(eq(ingramSettings.id, 1)).get();
  return Array.isArray(row?.roles) ? row.roles : [];
}

export function canManageLicences(user: CurrentUser): boolean {
  return mayManageLicences(user, allowedPurchaseRoles());
}

/** For defineAction({ authorize }): true, or the reason shown to the user and written to the log. */
export function authorizeLicenceChange(user: CurrentUser): true | string {
  if (canManageLicences(user)) return true;
  const roles = allowedPurchaseRoles();
  return roles.length
    ? `Your role (${user.role}) may not purchase, change or cancel licences. Allowed roles: ${roles.join(', ')}.`
    : `Your role (${user.role}) may not purchase, change or cancel licences. Editors and above may.`;
}
