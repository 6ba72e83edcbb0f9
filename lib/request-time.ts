import 'server-only';

/** When the server renders this page: a Server Component renders once per request, so this is the request's time. */
export function renderTime(): number {
  return Date.now();
}
