// The secret scan covers the whole browser suite only if every spec takes its `test`
// from the fixtures that carry it.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

it('every browser spec uses the suite fixtures (with the secret scan)', () => {
  const dir = path.resolve('tests/e2e');
  const specs = fs.readdirSync(dir).filter((f) => f.endsWith('.spec.ts'));
  expect(specs.length).toBeGreaterThan(5);
  const offenders = specs.filter((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const fromFixtures = /import \{[^}]*\btest\b[^}]*\} from '\.\/support\/fixtures'/.test(text);
    const fromPlaywright = /import \{[^}]*\btest\b[^}]*\} from '@playwright\/test'/.test(text);
    return !fromFixtures || fromPlaywright;
  });
  expect(offenders).toEqual([]);
});
