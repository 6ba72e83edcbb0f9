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
