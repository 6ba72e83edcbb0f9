// Calling one of the app's server actions over HTTP, as the browser does: POST with a Next-Action id.
import fs from 'node:fs';
import path from 'node:path';

/** The action's id from the build's server-reference manifest (`exportedName` in a file matching `file`). */
export function findActionId(distDir: string, file: string, exportedName: string): string {
  const manifestFile = path.join(distDir, 'server', 'server-reference-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { node?: Record<string, unknown> };
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    const text = JSON.stringify(entry);
    if (text.includes(`"exportedName":"${exportedName}"`) && text.includes(file)) return id;
  }
  throw new Error(`no server action ${exportedName} in ${file} in ${manifestFile}`);
}

/** POSTs the action with its arguments; resolves when the whole RSC answer has arrived. */
export async function callAction(url: string, actionId: string, cookie: string, args: unknown[]): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'next-action': actionId, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', cookie },
    body: JSON.stringify(args),
  });
  return { status: res.status, text: await res.text() };
}
