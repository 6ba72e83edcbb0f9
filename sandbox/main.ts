// npm run sandbox: the sandbox on its own. Flags beat environment variables.
import { DEFAULT_CREDENTIALS } from './config';
import { flag } from './flags';
import { startSandbox } from './server';

async function main(): Promise<void> {
  const port = Number(flag('port') ?? process.env.SANDBOX_PORT ?? 4010);
  const host = flag('host') ?? process.env.SANDBOX_HOST ?? '127.0.0.1';
  const latency = flag('latency') ?? process.env.SANDBOX_LATENCY_MS;
  const sandbox = await startSandbox({ port, host, latencyMs: latency ? Number(latency) : undefined });
  const c = DEFAULT_CREDENTIALS;
  console.log(`Sandbox listening on ${sandbox.origin}`);
  console.log(`  API base URL      ${sandbox.baseUrl}   (any /marketplace/{region} works)`);
  console.log(`  username          ${c.username}`);
  console.log(`  password          ${c.password}`);
  console.log(`  subscription key  ${c.subscriptionKey}`);
  console.log(`  marketplace       ${c.marketplace}`);
  console.log(`  control surface   ${sandbox.origin}/_sandbox/ (see sandbox/README.md; not part of Ingram's API)`);
  const stop = (signal: string) => {
    console.log(`Sandbox stopping (${signal})`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error('Sandbox failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
