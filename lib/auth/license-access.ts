import 'server-only';
// Who may purchase, change and cancel licenses: the Ingram settings' allowed roles
// (empty: editor and above). Used by every purchasing action's `authorize` and by pages.
import { readSettingsRow } from '@/lib/settings/settings-row';
import type { CurrentUser } from './current-user';
import { mayManageLicenses } from './permissions';
import { roleDisplayName } from './roles';

export function allowedPurchaseRoles(): string[] {
  const roles = readSettingsRow()?.purchaseRoles;
  return Array.isArray(roles) ? roles : [];
}

export function canManageLicenses(user: CurrentUser): boolean {
  return mayManageLicenses(user, allowedPurchaseRoles());
}

/** For defineAction({ authorize }): true, or the reason shown to the user and written to the log. */
export function authorizeLicenseChange(user: CurrentUser): true | string {
  if (canManageLicenses(user)) return true;
  const roles = allowedPurchaseRoles().map(roleDisplayName);
  const mine = roleDisplayName(user.role);
  return roles.length
    ? `Your role (${mine}) may not purchase, change or cancel licenses. Allowed roles: ${roles.join(', ')}.`
    : `Your role (${mine}) may not purchase, change or cancel licenses. Editors and above may.`;
}
