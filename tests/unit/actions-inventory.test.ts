// Every server action goes through the one factory, so every one is checked for sign-in,
// permission and input; the inventory the role matrix relies on finds them all.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { actionRegistry } from '@/lib/actions/registry';
import { permissions } from '@/lib/auth/permissions';
import { actionFiles, actionsInCode, exportsOutsideFactory } from '../e2e/support/code-inventory';

describe('server action inventory', () => {
  const actions = actionsInCode();

  beforeAll(async () => {
    // Loading the modules registers every action built with the factory.
    for (const file of actionFiles()) await import(/* @vite-ignore */ path.resolve(file));
  }, 120_000);

  it('reads the same actions from the code as the factory registers at run time', () => {
    expect(actions.map((a) => a.name)).toContain('profile.rememberTenant');
    expect([...actionRegistry.entries.keys()].sort()).toEqual(actions.map((a) => a.name).sort());
  });

  it('names each action once and uses a permission from the table', () => {
    const names = actions.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, permission] of actionRegistry.entries) expect(Object.keys(permissions), name).toContain(permission);
  });

  it('has no exported server action built without the factory', () => {
    expect(exportsOutsideFactory()).toEqual([]);
  });
});
