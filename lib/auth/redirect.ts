import 'server-only';
// Redirect targets (callbackUrl and the like) stay on this site: resolved against the app's
// origin and used only when the origin is unchanged; anything odd falls back to the dashboard.
import { headers } from 'next/headers';
import { env } from '@/lib/env';

// Control characters, backslashes (browsers read "/\host" as "//host") and protocol-relative starts.
const SUSPICIOUS = /[\u0000-\u001f\u007f\\]/;

function decodedForms(value: string): string[] | undefined {
  const forms = [value];
  try {
    for (let i = 0; i < 3; i++) forms.push(decodeURIComponent(forms[forms.length - 1]!));
  } catch {
    return undefined; // a broken escape is not a path anyone meant
  }
  return forms;
}

/** A same-origin path (with query and hash) for a raw redirect target, or "/" when it is not one. */
export function safeRedirectPath(raw: unknown, origin: string): string {
  if (typeof raw !== 'string' || (!raw.startsWith('/') && !/^https?:\/\//i.test(raw))) return '/';
  const forms = decodedForms(raw);
  if (!forms || forms.some((f) => SUSPICIOUS.test(f) || f.startsWith('//'))) return '/';
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  const path = url.pathname + url.search + url.hash;
  return path.startsWith('//') ? '/' : path;
}

/** This app's origin as the browser sees it: AUTH_URL when set, else the request's host. */
export async function appOrigin(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${h.get('host') ?? 'localhost'}`;
}
