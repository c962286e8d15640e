import { jwtVerify, SignJWT } from 'jose';
import { Actor, ActorClaims } from './actor';

export interface TokenConfig {
  /** HS256 signing key (≥ 32 bytes). */
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds?: number;
}

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

/** Verifies signature, issuer, audience and expiry; returns the actor or throws AuthError(UNAUTHENTICATED). */
export async function verifyToken(c: TokenConfig, token: string): Promise<Actor> {
  try {
    const { payload } = await jwtVerify(token, key(c), { issuer: c.issuer, audience: c.audience, algorithms: ['HS256'] });
    return ActorClaims.parse(payload);
  } catch (err) {
    throw new AuthError('UNAUTHENTICATED', `invalid token: ${(err as Error).message} / トークンが無効です`);
  }
}

export async function actorFromAuthorization(c: TokenConfig, header: string | undefined): Promise<Actor | null> {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new AuthError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>" / 認証ヘッダーの形式が不正です');
  return verifyToken(c, m[1]);
}
