// `npm run ingram:generate`: regenerates lib/ingram/generated/ from the repository's copy of the
// vendor's OpenAPI file (docs/ingram/cmp-1.6.yaml). `-- --check` fails when the committed file differs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const source = path.join(root, 'docs', 'ingram', 'cmp-1.6.yaml');
const target = path.join(root, 'lib', 'ingram', 'generated', 'cmp-1.6.ts');
const check = process.argv.includes('--check');
const out = check ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-generate-')), 'cmp-1.6.ts') : target;

const bin = path.join(root, 'node_modules', '.bin', 'openapi-typescript');
const status = spawnSync(bin, [source, '--output', out], { stdio: 'inherit' }).status ?? 1;
if (status !== 0) process.exit(status);

if (check) {
  const same = fs.readFileSync(out, 'utf8') === fs.readFileSync(target, 'utf8');
  console.log(same ? `${path.relative(root, target)} matches ${path.relative(root, source)}.` : `${path.relative(root, target)} is out of date: run npm run ingram:generate.`);
  process.exit(same ? 0 : 1);
}
