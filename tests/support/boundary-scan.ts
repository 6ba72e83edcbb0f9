// The scan behind each module-boundary test: the app's sources outside the exempt folders, and
// every forbidden pattern each of them contains.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = process.cwd();
const SCANNED = ['app', 'components', 'lib', 'db'];

export type Forbidden = Array<[string, RegExp]>;

/** The source files under `dir`, skipping the exempt folders, node_modules and migrations. */
export function sources(dir: string, exempt: string[] = []): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const rel = path.relative(ROOT, full);
    if (exempt.some((e) => rel === e || rel.startsWith(e + path.sep))) return [];
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'migrations' ? [] : sources(full, exempt);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** Every scanned source file outside the exempt folders (relative to the repository). */
export function scannedSources(exempt: string[]): string[] {
  return SCANNED.flatMap((d) => sources(path.join(ROOT, d), exempt));
}

/** "file: what" for each forbidden pattern found in each file. */
export function boundaryViolations(files: string[], forbidden: Forbidden): string[] {
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return forbidden.filter(([, re]) => re.test(text)).map(([what]) => `${path.relative(ROOT, file)}: ${what}`);
  });
}
