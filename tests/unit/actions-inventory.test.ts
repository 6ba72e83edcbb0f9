// Every server action goes through the one factory, so every one is checked for sign-in,
// permission and input; the inventory the role matrix relies on finds them all.
import { describe, expect, it } from 'vitest';
import { permissions } from '@/lib/auth/permissions';
import { actionsInCode, exportsOutsideFactory } from '../e2e/support/code-inventory';

describe('server action inventory', () => {
  const actions = actionsInCode();

  it('finds the actions (the inventory itself works)', () => {
    expect(actions.map((a) => a.name)).toContain('profile.rememberTenant');
  });

  it('names each action once and uses a permission from the table', () => {
    const names = actions.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const a of actions) expect(Object.keys(permissions), `${a.name} in ${a.file}`).toContain(a.permission);
  });

  it('has no exported server action built without the factory', () => {
    expect(exportsOutsideFactory()).toEqual([]);
  });
});
