// Hostile argument lists for an action, built from the row's valid arguments: wrong types,
// missing fields, huge/negative/fractional numbers, very long strings, markup and SQL.
import fs from 'node:fs';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { authFile, type Role } from './auth';
import type { ActionTarget } from './matrix-manifest';

export type HostileCase = { label: string; args: unknown[] };

const LONG = 'a'.repeat(100_000);
const SCRIPT = '<script>alert(1)</script>';
const SQL = "'; DROP TABLE tenants;--";

function valuesFor(valid: unknown, freeText: boolean): Array<[string, unknown]> {
  if (typeof valid === 'string') {
    const out: Array<[string, unknown]> = [
      ['a number', 123],
      ['null', null],
      ['an object', {}],
      ['an array', ['a']],
      ['100,000 characters', LONG],
    ];
    // Free text (names, search terms) may hold markup or quotes: that is data, shown as text elsewhere.
    return freeText ? out : [...out, ['a script tag', SCRIPT], ['an SQL fragment', SQL]];
  }
  if (typeof valid === 'number') {
    return [
      ['text', 'abc'],
      ['null', null],
      ['an object', {}],
      ['1e308', 1e308],
      ['2^53+1', 2 ** 53 + 1],
      ['negative', -1],
      ['fractional', 1.5],
      ['zero', 0],
    ];
  }
  if (typeof valid === 'boolean')
    return [
      ['text', 'yes'],
      ['a number', 1],
      ['null', null],
    ];
  if (Array.isArray(valid))
    return [
      ['text', 'x'],
      ['null', null],
      ['an object', {}],
      ['a list of numbers', [1, 2]],
    ];
  return [
    ['text', 'x'],
    ['a number', 1],
  ];
}

/** Every case is invalid whatever the role: one field at a time is broken, or the whole argument. */
export function hostileCases(valid: unknown[], freeText: readonly string[] = []): HostileCase[] {
  const cases: HostileCase[] = [
    { label: 'no argument', args: [] },
    { label: 'null', args: [null] },
    { label: 'a string', args: ['x'] },
    { label: 'a number', args: [123] },
    { label: 'a list', args: [[1, 2]] },
    { label: 'a script tag', args: [SCRIPT] },
  ];
  const first = valid[0] as Record<string, unknown>;
  const keys = Object.keys(first ?? {});
  if (keys.length === 0) return cases;
  cases.push({ label: 'an empty object', args: [{}] });
  for (const key of keys) {
    const { [key]: _dropped, ...rest } = first;
    cases.push({ label: `${key} missing`, args: [rest] });
    for (const [what, value] of valuesFor(first[key], freeText.includes(key))) cases.push({ label: `${key} = ${what}`, args: [{ ...first, [key]: value }] });
  }
  return cases;
}

/** One request context per role for many direct calls (the saved login; none for anonymous). */
export async function actionCaller(baseURL: string, role: Role) {
  const ctx: APIRequestContext = await playwrightRequest.newContext({ baseURL, storageState: JSON.parse(fs.readFileSync(authFile(role), 'utf8')) });
  return {
    async call(target: ActionTarget, args: unknown[]) {
      const res = await ctx.post(target.url, {
        headers: { 'next-action': target.id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
        data: JSON.stringify(args),
      });
      return { status: res.status(), text: await res.text() };
    },
    dispose: () => ctx.dispose(),
  };
}

/** The action's answer in an RSC response: the line carrying `"ok":`. */
export function resultOf(text: string): { ok: boolean; code?: string; error?: string; fieldErrors?: Record<string, string[]> } | undefined {
  for (const line of text.split('\n')) {
    const json = line.slice(line.indexOf(':') + 1);
    if (!json.includes('"ok":')) continue;
    try {
      return JSON.parse(json);
    } catch {
      continue;
    }
  }
  return undefined;
}
