// Settings a test may change at run time; reset restores the ones given at start.
export type Credentials = { username: string; password: string; subscriptionKey: string; marketplace: string };

export type SandboxConfig = {
  tokenTtlSeconds: number;
  orderSecondsToProcessing: number;
  orderSecondsToComplete: number;
  // PATCH /subscriptions/{id} with fields other than renewalStatus, attributes, products[].unitPrice.
  patchUnknownFields: 'ignore' | 'refuse';
  latencyMs: number;
};

// The app's demo settings use exactly these.
export const DEFAULT_CREDENTIALS: Credentials = {
  username: 'msp-demo.api',
  password: 'Sbx-Pass-7f3a9c2e41d8',
  subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10',
  marketplace: 'us',
};

export const DEFAULT_CONFIG: SandboxConfig = {
  tokenTtlSeconds: 1500,
  orderSecondsToProcessing: 5,
  orderSecondsToComplete: 20,
  patchUnknownFields: 'ignore',
  latencyMs: 0,
};

export function applyConfigPatch(config: SandboxConfig, patch: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const key of ['tokenTtlSeconds', 'orderSecondsToProcessing', 'orderSecondsToComplete', 'latencyMs'] as const) {
    if (patch[key] === undefined) continue;
    const v = patch[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) errors.push(`${key} must be a number >= 0`);
    else config[key] = v;
  }
  if (patch.patchUnknownFields !== undefined) {
    if (patch.patchUnknownFields === 'ignore' || patch.patchUnknownFields === 'refuse') config.patchUnknownFields = patch.patchUnknownFields;
    else errors.push("patchUnknownFields must be 'ignore' or 'refuse'");
  }
  return errors;
}
