// Built-in roles as in CIPP, lowest to highest. Custom roles borrow one of the first three.
export const builtinRoles = ['readonly', 'editor', 'admin', 'superadmin'] as const;
export type BuiltinRole = (typeof builtinRoles)[number];

export const roleLevel: Record<BuiltinRole, number> = { readonly: 0, editor: 1, admin: 2, superadmin: 3 };

export function isBuiltinRole(role: string): role is BuiltinRole {
  return (builtinRoles as readonly string[]).includes(role);
}

export const roleLabel: Record<BuiltinRole, string> = {
  readonly: 'Read only',
  editor: 'Editor',
  admin: 'Admin',
  superadmin: 'Super admin',
};

/** What a person reads for a role: a built-in role's label ("Super admin"), a custom role's own name. */
export function roleDisplayName(role: string): string {
  return isBuiltinRole(role) ? roleLabel[role] : role;
}
