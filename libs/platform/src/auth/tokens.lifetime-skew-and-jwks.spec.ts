import { createServer, Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { verifyToken, type TokenConfig } from './tokens';

const SECRET = 'a-test-secret-of-at-least-thirty-two-bytes!';
const base: TokenConfig = { secret: SECRET, issuer: 'sanpuku', audience: 'sanpuku-api', maxLifetimeSeconds: 3600, clockToleranceSeconds: 30 };
const claims = { sub: 'u1', name: 'テスト', role: 'family' };
const now = new Date('2026-12-02T00:00:00Z');
const t = (s: number) => Math.floor(now.getTime() / 1000) + s;

function hs(p: { exp?: number; iat?: number; nbf?: number }) {
  const j = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('sanpuku').setAudience('sanpuku-api').setSubject('u1');
  if (p.exp !== undefined) j.setExpirationTime(p.exp);
  if (p.iat !== undefined) j.setIssuedAt(p.iat);
  if (p.nbf !== undefined) j.setNotBefore(p.nbf);
  return j.sign(new TextEncoder().encode(SECRET));
}

describe('tokens: exp required, lifetime capped, nbf/iat with clock skew', () => {
  it('token.without-exp-is-refused', async () => {
    await expect(verifyToken(base, await hs({ iat: t(0) }), now)).rejects.toThrow(/"exp" claim/);
  });

  it('token.lifetime-over-the-cap-is-refused, one within it passes', async () => {
    await expect(verifyToken(base, await hs({ iat: t(0), exp: t(24 * 3600) }), now)).rejects.toThrow(/lifetime exceeds/);
    await expect(verifyToken(base, await hs({ exp: t(24 * 3600) }), now)).rejects.toThrow(/lifetime exceeds/);
    await expect(verifyToken(base, await hs({ iat: t(0), exp: t(3600) }), now)).resolves.toMatchObject({ sub: 'u1', role: 'family' });
  });

  it('token.nbf-and-iat-honour-the-clock-skew', async () => {
    // Issued by a clock 20 s ahead: within the 30 s tolerance.
    await expect(verifyToken(base, await hs({ iat: t(20), nbf: t(20), exp: t(600) }), now)).resolves.toMatchObject({ sub: 'u1' });
    await expect(verifyToken(base, await hs({ iat: t(0), nbf: t(120), exp: t(600) }), now)).rejects.toThrow(/nbf/);
    await expect(verifyToken(base, await hs({ iat: t(120), exp: t(600) }), now)).rejects.toThrow(/iat/);
    // Expired 20 s ago: still inside the tolerance; 60 s ago: refused.
    await expect(verifyToken(base, await hs({ iat: t(-600), exp: t(-20) }), now)).resolves.toMatchObject({ sub: 'u1' });
    await expect(verifyToken(base, await hs({ iat: t(-600), exp: t(-60) }), now)).rejects.toThrow(/exp/);
  });
});

describe("tokens: an organisation's OpenID Connect provider through its JWKS", () => {
  let server: Server;
  let jwksUrl: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let other: Awaited<ReturnType<typeof generateKeyPair>>;

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    other = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    jwksUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const rs = (key: Parameters<SignJWT['sign']>[0], kid = 'k1') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).setIssuer('sanpuku').setAudience('sanpuku-api').setSubject('u1').setIssuedAt(t(0)).setExpirationTime(t(600)).sign(key);

  it('token.jwks-verifies-the-providers-signature', async () => {
    await expect(verifyToken({ ...base, jwksUrl }, await rs(keys.privateKey), now)).resolves.toMatchObject({ sub: 'u1', role: 'family' });
  });

  it('token.jwks-refuses-another-key-and-asymmetric-tokens-without-a-provider', async () => {
    await expect(verifyToken({ ...base, jwksUrl }, await rs(other.privateKey), now)).rejects.toThrow(/signature/);
    await expect(verifyToken(base, await rs(keys.privateKey), now)).rejects.toThrow(/AUTH_JWKS_URL/);
  });
});
