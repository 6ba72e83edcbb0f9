// npx tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [--top 40] [--from ms] [--to ms]: self and inclusive
// CPU time per function and per module of a V8 profile (node --cpu-prof), to see what a request costs.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: Frame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const args = process.argv.slice(2);
const file = args[0];
if (!file) throw new Error('usage: cpu-profile-summary <file.cpuprofile> [--top N] [--from ms] [--to ms]');
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const top = opt('--top', 40);
const fromMs = opt('--from', 0);
const toMs = opt('--to', Infinity);

// Groups a script URL into a module: our sources by path, node_modules by package, Next's compiled parts by folder.
export function moduleOf(url: string): string {
  if (!url) return '(native/gc)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg === 'next') {
      const compiled = rest.indexOf('compiled');
      if (compiled >= 0) return `next/compiled/${rest[compiled + 1]}`;
      return `next/${rest.slice(1, 4).join('/')}`;
    }
    return pkg;
  }
  if (url.startsWith('node:')) return url;
  const chunk = url.match(/\/server\/(chunks\/.*|app\/.*)$/);
  if (chunk) return `build:${chunk[1]}`;
  return url.replace(/^file:\/\//, '');
}

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// A build chunk's frame is named by its source map: the original file and line, and the name there.
const maps = new Map<string, SourceMap | null>();
function mapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url;
    maps.set(url, url.includes('/server/') && existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
  }
  return maps.get(url)!;
}
const original = new Map<string, { mod: string; at: string }>();
function resolve(f: Frame): { mod: string; at: string } {
  const k = `${f.url}:${f.lineNumber}:${f.columnNumber}`;
  let hit = original.get(k);
  if (!hit) {
    const entry = f.url && f.lineNumber >= 0 ? (mapOf(f.url)?.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string; originalLine?: number; name?: string } | undefined) : undefined;
    const src = entry?.originalSource?.replace(/^.*?\[project\]\//, '').replace(/^turbopack:\/\/\//, '');
    hit = src
      ? { mod: moduleOf(src.replace(/^\.\//, '')), at: `${entry?.name ? entry.name + ' ' : ''}${src}:${(entry?.originalLine ?? 0) + 1}` }
      : { mod: moduleOf(f.url), at: `${moduleOf(f.url)}:${f.lineNumber + 1}` };
    original.set(k, hit);
  }
  return hit;
}
const key = (f: Frame) => `${f.functionName || '(anonymous)'} ${resolve(f).at}`;
const selfFn = new Map<string, number>();
const inclFn = new Map<string, number>();
const selfMod = new Map<string, number>();
const inclMod = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

const buckets = new Map<number, number>();
let t = 0;
let total = 0;
let idle = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]!;
  const ms = t / 1000;
  if (ms < fromMs || ms > toMs) continue;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const leaf = byId.get(profile.samples[i]!)!;
  if (leaf.callFrame.functionName === '(idle)') {
    idle += dt;
    continue;
  }
  total += dt;
  buckets.set(Math.floor(ms / 1000), (buckets.get(Math.floor(ms / 1000)) ?? 0) + dt);
  add(selfFn, key(leaf.callFrame), dt);
  add(selfMod, resolve(leaf.callFrame).mod, dt);
  const seenFn = new Set<string>();
  const seenMod = new Set<string>();
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const f = byId.get(id)!.callFrame;
    const k = key(f);
    if (!seenFn.has(k)) {
      seenFn.add(k);
      add(inclFn, k, dt);
    }
    const m = resolve(f).mod;
    if (!seenMod.has(m)) {
      seenMod.add(m);
      add(inclMod, m, dt);
    }
  }
}

const show = (title: string, m: Map<string, number>) => {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
if (args.includes('--timeline')) for (const [s, v] of [...buckets].sort((a, b) => a[0] - b[0])) console.log(`${String(s).padStart(5)} s busy ${v.toFixed(0)} ms`);
console.log(`busy ${total.toFixed(0)} ms, idle ${idle.toFixed(0)} ms, window ${fromMs}-${toMs === Infinity ? 'end' : toMs} ms`);
show('self time by module', selfMod);
show('inclusive time by module', inclMod);
show('self time by function', selfFn);
show('inclusive time by function', inclFn);
