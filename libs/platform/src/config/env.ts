import { z, ZodRawShape } from 'zod';

/** Raised at boot when the environment is wrong; names every bad variable and why. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: { variable: string; reason: string }[],
  ) {
    super(
      `[${service}] invalid configuration / 設定エラー:\n` +
        problems.map((p) => `  - ${p.variable}: ${p.reason}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[^:\s]+:\d{1,5}$/, 'each broker must be host:port')).min(1));

/** Variables every Sanpuku service understands. */
export const CommonEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** postgres://… ; unset = embedded PostgreSQL (single-process mode only). */
  DATABASE_URL: z.string().url().startsWith('postgres', 'must be a postgres:// or postgresql:// URL').optional(),
  /** Comma-separated host:port list; required when MESSAGING=kafka. */
  KAFKA_BROKERS: csv.optional(),
  /** Prefix for every topic name (tests isolate themselves with it). */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes only').default(''),
  MESSAGING: z.enum(['kafka', 'in-process']).default('kafka'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(200),
  CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  /** HS256 key for access tokens; required in production, a fixed development key otherwise. */
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_ISSUER: z.string().default('sanpuku'),
  AUTH_AUDIENCE: z.string().default('sanpuku-api'),
} satisfies ZodRawShape;

/** Used only outside production, so a fresh clone works without configuration. */
export const DEVELOPMENT_JWT_SECRET = 'sanpuku-development-only-key-never-use-in-production';

export function authConfigFrom(e: { NODE_ENV: string; AUTH_JWT_SECRET?: string; AUTH_ISSUER: string; AUTH_AUDIENCE: string }, service: string) {
  if (e.NODE_ENV === 'production' && !e.AUTH_JWT_SECRET) {
    throw new ConfigError(service, [{ variable: 'AUTH_JWT_SECRET', reason: 'required in production' }]);
  }
  return { secret: e.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE };
}

export function loadEnv<S extends ZodRawShape>(
  service: string,
  shape: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<S>> {
  // Empty strings count as unset: `FOO= npm start` should not mean "FOO is the empty string".
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') cleaned[key] = v;
  }
  const result = z.object(shape).safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      service,
      result.error.issues.map((i) => ({ variable: String(i.path[0] ?? '(env)'), reason: i.message })),
    );
  }
  return result.data;
}
