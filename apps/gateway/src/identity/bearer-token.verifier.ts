import { Actor, actorFromAuthorization, TokenConfig } from '@sanpuku/platform';
import { GatewayErrorCode, gatewayError } from '../errors/gateway.errors';

/**
 * Verifies an `Authorization: Bearer <jwt>` value up front (signature, issuer, audience, expiry),
 * so a bad token never reaches a subgraph. No header = anonymous (each subgraph decides what an
 * anonymous caller may see); a present but bad one is refused with UNAUTHENTICATED (HTTP 401).
 */
export async function verifyBearer(auth: TokenConfig, header: string | undefined): Promise<Actor | null> {
  // The platform remembers a verified token until its exp (at most a few minutes): not re-checked on every request.
  try {
    return await actorFromAuthorization(auth, header?.trim() || undefined);
  } catch (err) {
    throw unauthenticated('ログインの情報（トークン）が無効か、有効期限が切れています。もう一度ログインしてください', (err as Error).message);
  }
}

export function unauthenticated(messageJa: string, messageEn: string) {
  return gatewayError(GatewayErrorCode.UNAUTHENTICATED, messageJa, messageEn, 401, {}, [['www-authenticate', 'Bearer error="invalid_token"']]);
}
