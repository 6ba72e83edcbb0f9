// Server-action ids from the build under test: the action name (from the code) -> the id the
// browser would send and a page URL that serves it, so any action can be called directly.
import fs from 'node:fs';
import path from 'node:path';
import type { CapturedAction } from './actions';
import { actionFiles } from './code-inventory';

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** "app/(dashboard)/settings/users/page" -> "/settings/users" (dynamic segments get a harmless value). */
function workerUrl(worker: string): string {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/?page$/, '')
    .split('/');
  const url = segments
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? '1' : s))
    .join('/');
  return `/${url}`;
}

/** export const X = defineAction({ name: 'y' … }) in each actions.ts: (file, X) -> 'y'. */
function exportedNames(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of actionFiles(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/export const (\w+) = defineAction\(\{\s*name:\s*'([^']+)'/g)) out.set(`${rel}#${m[1]}`, m[2]!);
  }
  return out;
}

export type ActionTarget = { name: string; id: string; url: string };

export function actionTargets(root = process.cwd()): Map<string, ActionTarget> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> };
  const names = exportedNames(root);
  const out = new Map<string, ActionTarget>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const name = entry.filename && entry.exportedName ? names.get(`${entry.filename}#${entry.exportedName}`) : undefined;
    if (!name) continue;
    const workers = Object.keys(entry.workers);
    // The page beside the actions file serves it for sure; otherwise any page without a dynamic segment.
    const beside = `${path.posix.dirname(entry.filename!)}/page`;
    const worker = workers.find((w) => w === beside) ?? workers.find((w) => !w.includes('[')) ?? workers[0]!;
    out.set(name, { name, id, url: workerUrl(worker) });
  }
  return out;
}

/** A request as the browser would send it for `target`, for replayAction / callActionWith. */
export function requestFor(target: ActionTarget, baseURL: string, args: unknown[]): CapturedAction {
  return { url: new URL(target.url, baseURL).toString(), actionId: target.id, body: JSON.stringify(args), headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': target.id } };
}
