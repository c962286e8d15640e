import { Actor, actorFromAuthorization, TokenConfig } from '@sanpuku/platform';
import { GatewayErrorCode, gatewayError } from '../errors/gateway.errors';

/**
 * Headers already verified, until their token's `exp` (a valid signature, issuer, audience and
 * lifetime stay valid; only time can end them): a client sends the same token with every request,
 * and checking its HMAC each time was a visible share of the gateway's own CPU. Past `exp` the
 * header is verified afresh (and refused). Bounded: the oldest entry goes first.
 */
const verifiedByConfig = new WeakMap<TokenConfig, Map<string, { actor: Actor; expiresAtMs: number }>>();
const MAX_REMEMBERED_TOKENS = 10_000;

/** The `exp` of a JWT in an already verified `Bearer` header, in ms; null if absent. */
function expiryOf(header: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(header.slice(header.indexOf(' ') + 1).split('.')[1], 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Verifies an `Authorization: Bearer <jwt>` value up front (signature, issuer, audience, expiry),
 * so a bad token never reaches a subgraph. No header = anonymous (each subgraph decides what an
 * anonymous caller may see); a present but bad one is refused with UNAUTHENTICATED (HTTP 401).
 */
export async function verifyBearer(auth: TokenConfig, header: string | undefined): Promise<Actor | null> {
  const value = header?.trim() || undefined;
  if (!value) return null;
  let verified = verifiedByConfig.get(auth);
  if (!verified) verifiedByConfig.set(auth, (verified = new Map()));
  const hit = verified.get(value);
  if (hit && Date.now() < hit.expiresAtMs) return hit.actor;
  if (hit) verified.delete(value);
  try {
    const actor = await actorFromAuthorization(auth, value);
    const expiresAtMs = expiryOf(value);
    if (actor && expiresAtMs !== null) {
      if (verified.size >= MAX_REMEMBERED_TOKENS) verified.delete(verified.keys().next().value!);
      verified.set(value, { actor, expiresAtMs });
    }
    return actor;
  } catch (err) {
    throw unauthenticated('ログインの情報（トークン）が無効か、有効期限が切れています。もう一度ログインしてください', (err as Error).message);
  }
}

export function unauthenticated(messageJa: string, messageEn: string) {
  return gatewayError(GatewayErrorCode.UNAUTHENTICATED, messageJa, messageEn, 401, {}, [['www-authenticate', 'Bearer error="invalid_token"']]);
}
