// tsx sandbox/microsoft/main.ts --port 4011 [--latency 100]: the Microsoft sandbox on its own. Flags beat environment variables.
import { flag } from '../flags';
import { startMicrosoftSandbox } from './server';

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.MS_SANDBOX_PORT ?? 4011);
  const host = flag('host') ?? process.env.SANDBOX_HOST ?? '127.0.0.1';
  // Every answer waits this long first (the bench's L); 0 by default.
  const latencyMs = Math.max(0, Number(flag('latency') ?? process.env.MS_SANDBOX_LATENCY_MS ?? 0) || 0);
  const sandbox = await startMicrosoftSandbox({ port, host, config: { latencyMs } });
  const c = sandbox.credentials;
  console.log(`Microsoft sandbox listening on ${sandbox.origin}`);
  console.log(`  login base URL     ${sandbox.loginBaseUrl}   (token: /{tenantId}/oauth2/v2.0/token)`);
  console.log(`  Graph base URL     ${sandbox.graphBaseUrl}`);
  console.log(`  partner tenant id  ${c.partnerTenantId}`);
  console.log(`  client id          ${c.clientId}`);
  console.log(`  client secret      ${c.clientSecret}`);
  console.log(`  control surface    ${sandbox.origin}/_sandbox/ (see sandbox/microsoft/README.md; not part of Microsoft's API)`);
  const stop = (signal: string) => {
    console.log(`Microsoft sandbox stopping (${signal})`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error('Microsoft sandbox failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
