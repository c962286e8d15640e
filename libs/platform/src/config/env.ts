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

/** Token verification settings beyond key/issuer/audience, the same for every process. */
const AuthExtraEnv = {
  /** Longest token lifetime accepted (exp − iat), in seconds. */
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(7 * 86400).default(12 * 3600),
  /** Clock skew allowed for exp/nbf/iat, in seconds. */
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  /** The organisation's OpenID Connect provider's JWKS (`jwks_uri`); unset = Sanpuku HS256 tokens only. */
  AUTH_JWKS_URL: z.string().url().startsWith('http', 'must be an http(s) URL').optional(),
} satisfies ZodRawShape;

export function authConfigFrom(
  e: { NODE_ENV: string; AUTH_JWT_SECRET?: string; AUTH_ISSUER: string; AUTH_AUDIENCE: string },
  service: string,
  env: Record<string, string | undefined> = process.env,
) {
  if (e.NODE_ENV === 'production' && !e.AUTH_JWT_SECRET) {
    throw new ConfigError(service, [{ variable: 'AUTH_JWT_SECRET', reason: 'required in production' }]);
  }
  const x = loadEnv(service, AuthExtraEnv, env);
  return {
    secret: e.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    issuer: e.AUTH_ISSUER,
    audience: e.AUTH_AUDIENCE,
    maxLifetimeSeconds: x.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    clockToleranceSeconds: x.AUTH_CLOCK_SKEW_SECONDS,
    jwksUrl: x.AUTH_JWKS_URL ?? null,
  };
}

/** Body and query limits, the same at the gateway and in every subgraph (GATEWAY_* names are historical). */
const ApiLimitsEnv = {
  GATEWAY_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
  GATEWAY_MAX_COST: z.coerce.number().int().min(1).default(10_000),
  GATEWAY_COST_LIST_SIZE: z.coerce.number().int().min(1).max(10_000).default(10),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  GATEWAY_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)?$/i, 'bytes, or e.g. 512kb, 1mb').default('1mb'),
} satisfies ZodRawShape;

export interface ApiLimits {
  queryLimits: { maxDepth: number; maxCost: number; costListSize: number; maxAliases: number };
  bodyLimit: string;
}

export function apiLimitsFromEnv(service: string, env: Record<string, string | undefined> = process.env): ApiLimits {
  const x = loadEnv(service, ApiLimitsEnv, env);
  return {
    queryLimits: { maxDepth: x.GATEWAY_MAX_DEPTH, maxCost: x.GATEWAY_MAX_COST, costListSize: x.GATEWAY_COST_LIST_SIZE, maxAliases: x.GATEWAY_MAX_ALIASES },
    bodyLimit: x.GATEWAY_BODY_LIMIT,
  };
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
