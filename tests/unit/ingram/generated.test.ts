// lib/ingram/generated/ is exactly what `npm run ingram:generate` makes from docs/ingram/cmp-1.6.yaml.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('generated Ingram types', () => {
  it('match the repository copy of the vendor OpenAPI file', () => {
    const run = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['scripts/ingram-generate.ts', '--check'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('matches docs/ingram/cmp-1.6.yaml');
    expect(run.status).toBe(0);
  }, 60_000);
});
