import 'server-only';
import { headers } from 'next/headers';

/** This page request's CSP nonce (proxy.ts sets it), for inline scripts and Emotion's style tags. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get('x-nonce') ?? undefined;
}
