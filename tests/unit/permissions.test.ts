import { describe, expect, it } from 'vitest';
import { levelAllows, mayManageLicenses, permissions, type Permission } from '@/lib/auth/permissions';
import { builtinRoles, type BuiltinRole } from '@/lib/auth/roles';

// The expected table, written out by hand so a change to the real one must be deliberate.
const expected: Record<Permission, BuiltinRole[]> = {
  'tenants.view': ['readonly', 'editor', 'admin', 'superadmin'],
  'licenses.view': ['readonly', 'editor', 'admin', 'superadmin'],
  'catalog.view': ['readonly', 'editor', 'admin', 'superadmin'],
  'orders.view': ['readonly', 'editor', 'admin', 'superadmin'],
  'mappings.view': ['readonly', 'editor', 'admin', 'superadmin'],
  'profile.update': ['readonly', 'editor', 'admin', 'superadmin'],
  'approvals.view': ['readonly', 'editor', 'admin', 'superadmin'],
  'approvals.decide': ['readonly', 'editor', 'admin', 'superadmin'],
  'licenses.manage': ['editor', 'admin', 'superadmin'],
  'mappings.manage': ['admin', 'superadmin'],
  'integrations.manage': ['admin', 'superadmin'],
  'tenants.manage': ['admin', 'superadmin'],
  'logs.view': ['admin', 'superadmin'],
  'alerts.manage': ['admin', 'superadmin'],
  'costs.view': ['admin', 'superadmin'],
  'inventory.sync': ['admin', 'superadmin'],
  'reclaim.spareSeats': ['admin', 'superadmin'],
  'users.manage': ['superadmin'],
  'roles.manage': ['superadmin'],
};

describe('the permission table', () => {
  it('has exactly the permissions the app expects', () => {
    expect(Object.keys(permissions).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [permission, allowed] of Object.entries(expected) as [Permission, BuiltinRole[]][]) {
    it(`${permission}: only ${allowed.join(', ')}`, () => {
      for (const level of builtinRoles) expect(levelAllows(level, permission), `${level} -> ${permission}`).toBe(allowed.includes(level));
    });
  }
});

describe('who may purchase, change and cancel licenses', () => {
  const user = (role: string, level: BuiltinRole) => ({ role, level });

  it('with no roles listed in the settings: editor and above', () => {
    expect(mayManageLicenses(user('readonly', 'readonly'), [])).toBe(false);
    expect(mayManageLicenses(user('editor', 'editor'), [])).toBe(true);
    expect(mayManageLicenses(user('admin', 'admin'), [])).toBe(true);
    expect(mayManageLicenses(user('superadmin', 'superadmin'), [])).toBe(true);
    // A custom role follows its base level.
    expect(mayManageLicenses(user('Billing Viewer', 'editor'), [])).toBe(true);
    expect(mayManageLicenses(user('Auditor', 'readonly'), [])).toBe(false);
  });

  it('with roles listed: exactly those role names, whatever the level', () => {
    const allowed = ['admin', 'Billing Viewer'];
    expect(mayManageLicenses(user('admin', 'admin'), allowed)).toBe(true);
    expect(mayManageLicenses(user('Billing Viewer', 'editor'), allowed)).toBe(true);
    expect(mayManageLicenses(user('editor', 'editor'), allowed)).toBe(false);
    expect(mayManageLicenses(user('superadmin', 'superadmin'), allowed)).toBe(false);
  });
});
