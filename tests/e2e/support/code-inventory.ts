// The app's server actions and route handlers, read from the code itself, so that a new
// action or route without a role-matrix row fails the suite.
import fs from 'node:fs';
import path from 'node:path';

function walk(dir: string, match: (file: string) => boolean, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, match, out);
    else if (match(entry.name)) out.push(full);
  }
  return out;
}

export type ActionInCode = { name: string; file: string };

/** Every defineAction({ name: '…', … }) under app/ (the name comes first by convention; a unit test checks it). */
export function actionsInCode(root = process.cwd()): ActionInCode[] {
  const files = walk(path.join(root, 'app'), (f) => f === 'actions.ts');
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const named = [...text.matchAll(/defineAction\(\{\s*name:\s*'([^']+)'/g)].map((m) => ({ name: m[1]!, file: path.relative(root, file) }));
    const calls = text.match(/defineAction\(/g)?.length ?? 0;
    if (calls !== named.length) throw new Error(`${file}: every defineAction({ … }) must start with name: '…'`);
    return named;
  });
}

export function actionFiles(root = process.cwd()): string[] {
  return walk(path.join(root, 'app'), (f) => f === 'actions.ts');
}

/** Every app/api route handler file, as its URL pattern ("/api/orders/[orderId]"), excluding Auth.js's own. */
export function routesInCode(root = process.cwd()): string[] {
  const apiDir = path.join(root, 'app', 'api');
  if (!fs.existsSync(apiDir)) return [];
  return walk(apiDir, (f) => f === 'route.ts')
    .map((file) => `/${path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep).join('/')}`)
    .filter((route) => !route.startsWith('/api/auth'));
}

/** Server-action files must build every exported action with the factory (sign-in and sign-out excepted). */
export function exportsOutsideFactory(root = process.cwd()): string[] {
  const allowed = new Set(['signInWithPassword', 'signInWithEntra', 'signOutAction']);
  return walk(path.join(root, 'app'), (f) => f === 'actions.ts').flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)(\s*=\s*defineAction)?/g)]
      .filter((m) => !m[2] && !allowed.has(m[1]!))
      .map((m) => `${path.relative(root, file)}: ${m[1]}`);
  });
}

/** Every route handler file under app/ (Auth.js's own excepted), not only those under app/api. */
export function routeFiles(root = process.cwd()): string[] {
  return walk(path.join(root, 'app'), (f) => f === 'route.ts').filter((file) => !path.relative(root, file).split(path.sep).join('/').startsWith('app/api/auth/'));
}

/** A route handler file's URL pattern: "app/(dashboard)/settings/logs/export/route.ts" -> "/settings/logs/export". */
export function routePattern(file: string, root = process.cwd()): string {
  return `/${path
    .relative(path.join(root, 'app'), path.dirname(file))
    .split(path.sep)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join('/')}`;
}

export function allRoutesInCode(root = process.cwd()): string[] {
  return routeFiles(root).map((file) => routePattern(file, root));
}

/** Route handler files must export only `GET = defineRoute({ route: '<its own pattern>', … })`. */
export function routesOutsideFactory(root = process.cwd()): string[] {
  return routeFiles(root).flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(root, file);
    const handlers = [...text.matchAll(/export\s+(?:async\s+)?(?:function|const|let|var)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b(\s*=\s*defineRoute\(\{\s*route:\s*'([^']+)')?/g)];
    const reexports = /export\s*\{[^}]*\b(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/.test(text) ? [`${rel}: re-exported handler`] : [];
    return [
      ...reexports,
      ...handlers.filter((m) => m[1] !== 'GET' || !m[2]).map((m) => `${rel}: ${m[1]} not built with defineRoute`),
      ...handlers.filter((m) => m[3] && m[3] !== routePattern(file, root)).map((m) => `${rel}: route '${m[3]}' is not its URL pattern`),
      ...(handlers.length === 0 ? [`${rel}: no GET = defineRoute(…)`] : []),
    ];
  });
}
