// Ingram's public API hosts, for the settings form. No secrets and no I/O, so no 'server-only':
// the form (a client component) may import it, and the rest of the app need not know the URLs.

export const INGRAM_REGIONS = [
  { value: 'na', label: 'North America', url: 'https://api.cloud.im/marketplace/na' },
  { value: 'eu', label: 'Europe', url: 'https://api.cloud.im/marketplace/eu' },
  { value: 'lab', label: 'Lab', url: 'https://api-lab.cloud.im/marketplace/dev' },
] as const;

export type IngramRegion = (typeof INGRAM_REGIONS)[number]['value'];

/** The local sandbox's base URL for a port. */
export const sandboxBaseUrl = (port: number): string => `http://127.0.0.1:${port}/marketplace/na`;

/** Loopback hosts, where plain http is allowed (the local sandbox, a tunnel). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

const INGRAM_HOSTS = new Set(INGRAM_REGIONS.map((r) => new URL(r.url).hostname));

/** Whose host a base URL names: Ingram's own, this machine, or someone else's ("custom"). */
export function hostKind(baseUrl: string): 'ingram' | 'loopback' | 'custom' {
  let host: string;
  try {
    host = new URL(baseUrl.trim()).hostname.toLowerCase();
  } catch {
    return 'custom';
  }
  if (INGRAM_HOSTS.has(host)) return 'ingram';
  return isLoopbackHost(host) ? 'loopback' : 'custom';
}
