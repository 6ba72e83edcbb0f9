// The one permission table: what each built-in level may do. Safe for the browser
// (navigation uses it to hide what a role cannot use; the server enforces it).
import { roleLevel, type BuiltinRole } from './roles';

export const permissions = {
  'tenants.view': 'readonly',
  'licenses.view': 'readonly',
  'catalog.view': 'readonly',
  'orders.view': 'readonly',
  'mappings.view': 'readonly',
  'profile.update': 'readonly',
  /** See approval requests (one's own; approvers every request of their tenants). */
  'approvals.view': 'readonly',
  /** Approve or reject: further narrowed to the approval policy's approver roles. */
  'approvals.decide': 'readonly',
  /** Purchase, change and cancel licenses: further narrowed by the Ingram settings' allowed roles. */
  'licenses.manage': 'editor',
  'mappings.manage': 'admin',
  'integrations.manage': 'admin',
  'tenants.manage': 'admin',
  'logs.view': 'admin',
  /** Alert channels, rules, SMTP settings and the deliveries list. */
  'alerts.manage': 'admin',
  /** Unit cost and margin (inventory, dashboard, exports): never sent to a role without it. */
  'costs.view': 'admin',
  /** The inventory sync: its schedule, Sync now and retries. */
  'inventory.sync': 'admin',
  /** The reclaim planner's "keep spare seats" marks on tenants and subscriptions. */
  'reclaim.spareSeats': 'admin',
  'users.manage': 'superadmin',
  'roles.manage': 'superadmin',
} as const satisfies Record<string, BuiltinRole>;

export type Permission = keyof typeof permissions;

/** Whether a role of this built-in level has the permission (before any per-setting narrowing). */
export function levelAllows(level: BuiltinRole, permission: Permission): boolean {
  return roleLevel[level] >= roleLevel[permissions[permission]];
}

/**
 * Who may purchase, change and cancel: the roles listed in the Ingram settings, or,
 * when the list is empty, editor and above.
 */
export function mayManageLicenses(user: { role: string; level: BuiltinRole }, allowedRoles: readonly string[]): boolean {
  if (allowedRoles.length === 0) return levelAllows(user.level, 'licenses.manage');
  return allowedRoles.includes(user.role);
}
