import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTVerifyGetKey, SignJWT } from 'jose';
import { Actor, ActorClaims } from './actor';

/**
 * How access tokens are verified, the same in the gateway and every subgraph.
 *
 * - Sanpuku's own tokens (the development login, tests, a deployment without an identity
 *   provider) are HS256 with `secret`.
 * - A production deployment plugs in its organisation's OpenID Connect provider with `jwksUrl`
 *   (AUTH_JWKS_URL, the provider's `jwks_uri`): tokens signed with an asymmetric key (RS256, ES256…)
 *   are verified against the provider's published keys (fetched and cached by `jose`), with the
 *   same issuer (AUTH_ISSUER = the provider's `issuer`), audience and claims.
 * - Every token must carry `exp`; its lifetime (exp − iat, or exp − now without iat) may not
 *   exceed `maxLifetimeSeconds`; `nbf` and `iat` are honoured with `clockToleranceSeconds` of skew.
 */
export interface TokenConfig {
  /** HS256 signing key (≥ 32 bytes). */
  secret: string;
  issuer: string;
  audience: string;
  /** Lifetime of tokens this process issues (development login, tests). */
  ttlSeconds?: number;
  /** Longest lifetime a token may claim; default 12 h. */
  maxLifetimeSeconds?: number;
  /** Clock skew allowed for exp/nbf/iat; default 60 s. */
  clockToleranceSeconds?: number;
  /** The identity provider's JWKS (OIDC `jwks_uri`); asymmetric tokens are verified against it. */
  jwksUrl?: string | null;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

export class AuthError extends Error {
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

const key = (c: TokenConfig) => new TextEncoder().encode(c.secret);
const jwksByUrl = new Map<string, JWTVerifyGetKey>();
function jwksOf(url: string): JWTVerifyGetKey {
  let j = jwksByUrl.get(url);
  if (!j) jwksByUrl.set(url, (j = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 })));
  return j;
}

export async function issueToken(c: TokenConfig, actor: Actor, now = new Date()): Promise<string> {
  const claims = ActorClaims.parse(actor);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(c.issuer)
    .setAudience(c.audience)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + (c.ttlSeconds ?? 3600))
    .sign(key(c));
}

/** Verifies signature, issuer, audience, exp (required), nbf, iat and the lifetime cap; returns the actor or throws AuthError(UNAUTHENTICATED). */
export async function verifyToken(c: TokenConfig, token: string, now = new Date()): Promise<Actor> {
  const tolerance = c.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  const maxLifetime = c.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  try {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new Error('not a JWT');
    }
    const options = { issuer: c.issuer, audience: c.audience, clockTolerance: tolerance, requiredClaims: ['exp'], currentDate: now };
    const { payload } =
      alg && ASYMMETRIC.includes(alg)
        ? c.jwksUrl
          ? await jwtVerify(token, jwksOf(c.jwksUrl), { ...options, algorithms: ASYMMETRIC })
          : (() => {
              throw new Error(`${alg} tokens need an identity provider (AUTH_JWKS_URL)`);
            })()
        : await jwtVerify(token, key(c), { ...options, algorithms: ['HS256'] });
    const nowS = Math.floor(now.getTime() / 1000);
    if (typeof payload.iat === 'number' && payload.iat > nowS + tolerance) throw new Error('"iat" is in the future');
    const from = typeof payload.iat === 'number' ? payload.iat : nowS;
    if ((payload.exp as number) - from > maxLifetime + tolerance) throw new Error(`the token's lifetime exceeds the maximum of ${maxLifetime} s`);
    return ActorClaims.parse(payload);
  } catch (err) {
    throw new AuthError('UNAUTHENTICATED', `invalid token: ${(err as Error).message}`);
  }
}

/**
 * Tokens already verified, per configuration, until their `exp` but at most VERIFIED_FOR_MS: a
 * client sends the same token with every request, and checking its signature each time was a
 * visible share of the gateway's and every subgraph's CPU per request. A valid signature, issuer,
 * audience and lifetime stay valid; only time ends them — past `exp` the token is verified afresh
 * (and refused). The cap keeps a token signed with an identity-provider key that was since
 * withdrawn from being trusted longer than the JWKS cache would trust the key anyway. Only
 * successes are remembered; bounded, the oldest entry goes first.
 */
const verifiedTokens = new WeakMap<TokenConfig, Map<string, { actor: Actor; untilMs: number }>>();
const VERIFIED_FOR_MS = 5 * 60_000;
const MAX_VERIFIED_TOKENS = 10_000;

export async function actorFromAuthorization(c: TokenConfig, header: string | undefined): Promise<Actor | null> {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new AuthError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"');
  const token = m[1];
  let verified = verifiedTokens.get(c);
  if (!verified) verifiedTokens.set(c, (verified = new Map()));
  const now = Date.now();
  const hit = verified.get(token);
  if (hit && now < hit.untilMs) return hit.actor;
  if (hit) verified.delete(token);
  const actor = await verifyToken(c, token);
  const exp = expOf(token);
  if (exp !== null) {
    if (verified.size >= MAX_VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
    verified.set(token, { actor, untilMs: Math.min(exp * 1000, now + VERIFIED_FOR_MS) });
  }
  return actor;
}

/** The `exp` claim (seconds) of a token that has just been verified; null if unreadable. */
function expOf(token: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp : null;
  } catch {
    return null;
  }
}
