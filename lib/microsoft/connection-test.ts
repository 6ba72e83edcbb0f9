import 'server-only';
// "Test connection": a token in the partner tenant, GET /contracts, then a token in one customer
// tenant and GET /subscribedSkus there; each step says what failed and why.
import type { MicrosoftClient } from './client';
import { isMicrosoftError, type MicrosoftError } from './errors';
import type { ConnectionStepName, MicrosoftConnectionStep, MicrosoftConnectionTest } from './types';

function failed(step: ConnectionStepName, e: MicrosoftError, tenantId: string): MicrosoftConnectionStep {
  const said = e.upstreamMessage ? ` Microsoft said: ${e.message.replace(/^.*? failed: /, '')}` : '';
  return { step, ok: false, tenantId, detail: `${e.reason}.${said}`, status: e.status, code: e.aadsts ? `AADSTS${e.aadsts}` : e.code, correlationId: e.correlationId };
}

async function attempt<T>(steps: MicrosoftConnectionStep[], step: ConnectionStepName, tenantId: string, run: () => Promise<T>, ok: (v: T) => string): Promise<T | undefined> {
  try {
    const value = await run();
    steps.push({ step, ok: true, tenantId, detail: ok(value) });
    return value;
  } catch (e) {
    if (!isMicrosoftError(e)) throw e;
    steps.push(failed(step, e, tenantId));
    return undefined;
  }
}

/** `customerTenantId`: the tenant to try; by default the first customer Partner Center lists. */
export async function testMicrosoftConnection(client: MicrosoftClient, customerTenantId?: string): Promise<MicrosoftConnectionTest> {
  const steps: MicrosoftConnectionStep[] = [];
  const done = () => ({ ok: steps.length === 4 && steps.every((s) => s.ok), steps });
  const partner = client.partnerTenantId;
  if (
    !(await attempt(
      steps,
      'partner-token',
      partner,
      () => client.token(partner),
      () => 'a token was granted in the partner tenant',
    ))
  )
    return done();
  const contracts = await attempt(
    steps,
    'contracts',
    partner,
    () => client.listContracts(),
    (c) => `Partner Center lists ${c.length} customer tenant${c.length === 1 ? '' : 's'}`,
  );
  if (!contracts) return done();
  const target = customerTenantId?.trim().toLowerCase() || contracts[0]?.tenantId;
  if (!target) {
    steps.push({ step: 'customer-token', ok: false, detail: 'no customer tenant to try: Partner Center lists none, and none was chosen' });
    return done();
  }
  const name = contracts.find((c) => c.tenantId === target)?.displayName ?? target;
  if (
    !(await attempt(
      steps,
      'customer-token',
      target,
      () => client.token(target),
      () => `a token was granted in ${name}`,
    ))
  )
    return done();
  await attempt(
    steps,
    'subscribed-skus',
    target,
    () => client.listSubscribedSkus(target),
    (skus) => `${name} has ${skus.length} product${skus.length === 1 ? '' : 's'}`,
  );
  return done();
}
