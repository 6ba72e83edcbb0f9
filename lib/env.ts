// The only reader of process.env: every setting the app understands, validated once.
import path from 'node:path';
import { z } from 'zod';

const optionalText = z.string().trim().min(1).optional().catch(undefined);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().default('data'),
  DATABASE_FILE: optionalText,
  APP_ENCRYPTION_KEY: optionalText,
  APP_ENCRYPTION_KEY_PREVIOUS: optionalText,
  AUTH_SECRET: optionalText,
  AUTH_URL: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_ID: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: optionalText,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: optionalText,
  /** Role given to people who first sign in with Entra ID. */
  AUTH_ENTRA_DEFAULT_ROLE: z.enum(['readonly', 'editor', 'admin']).default('readonly'),
  DEMO: z.string().default('1'),
  PORT: z.coerce.number().int().positive().default(3000),
  SANDBOX_PORT: z.coerce.number().int().positive().default(4010),
  SANDBOX_HOST: z.string().default('127.0.0.1'),
  /** The Microsoft sandbox (identity platform + Graph) started beside the Ingram one in demo mode. */
  MS_SANDBOX_PORT: z.coerce.number().int().positive().default(4011),
  INGRAM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  INGRAM_ORDER_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  INGRAM_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(10),
  INGRAM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** Sign-in failures per user name allowed within the window before it is locked. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  /** Failed sign-ins from one client address (any user names) within the window before it is throttled. */
  SIGNIN_MAX_PER_IP: z.coerce.number().int().positive().default(50),
  /** A session ends this long after sign-in, however active (renewal cannot extend it). */
  SESSION_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 3600),
  /** A session ends after this long without a request. */
  SESSION_IDLE_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(30 * 60),
  /** 1: the Ingram base URL may be a host other than Ingram's own or loopback (stored secrets go there). */
  INGRAM_ALLOW_CUSTOM_HOSTS: z.enum(['0', '1']).default('0').catch('0'),
  /** 0: the inventory sync runs only when someone presses Sync now (the browser tests, which count upstream calls). */
  SYNC_SCHEDULE: z.enum(['0', '1']).default('1').catch('1'),
});

type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Invalid environment settings: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().DATA_DIR);
}

export function databaseFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().DATABASE_FILE ?? path.join(dataDir(), 'app.db'));
}

/** Test hook: forget the parsed settings so a changed process.env is read again. */
export function resetEnvCache(): void {
  cached = undefined;
}
