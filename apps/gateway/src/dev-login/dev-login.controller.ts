import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { badUserInputBody, errorResponseBody, issueToken } from '@sanpuku/platform';
import { GATEWAY_OPTIONS } from '../gateway.tokens';
import type { ResolvedGatewayOptions } from '../gateway.options';
import { actorOf, DemoUser, loadDemoUsers } from './demo-users.loader';

/** Development tokens last a working day. */
export const DEV_TOKEN_TTL_SECONDS = 8 * 3600;

/**
 * Development login for the seeded demo users (data/demo/users.json): `GET /dev/users` lists
 * them, `POST /dev/login {"userId":"demo-family-1"}` answers `{ token, actor, expiresIn }`.
 * Only with DEV_LOGIN=true, never in production (the gateway refuses to boot with both, and the
 * routes check again). Tokens are signed with the configured key like any other.
 */
@Controller('dev')
export class DevLoginController {
  private readonly users: DemoUser[];

  constructor(@Inject(GATEWAY_OPTIONS) private readonly o: ResolvedGatewayOptions) {
    this.users = this.enabled ? loadDemoUsers(o.demoUsersFile) : [];
  }

  private get enabled(): boolean {
    return this.o.devLogin && !this.o.production;
  }

  private refuse(res: Response): void {
    res
      .status(404)
      .json(
        errorResponseBody(
          'ROUTE_NOT_FOUND',
          this.o.production ? '本番環境では開発用ログインは使えません。所属組織のログイン（シングルサインオン）をご利用ください' : '開発用ログインは無効です（DEV_LOGIN=true で起動してください）',
          this.o.production
            ? 'the development login is never available in production; sign in with your organisation\'s identity provider'
            : 'the development login is off; start the gateway with DEV_LOGIN=true (npm start does)',
          { reason: 'dev_login_disabled' },
        ),
      );
  }

  @Get('users')
  list(@Res() res: Response): void {
    if (!this.enabled) return this.refuse(res);
    res.json({
      users: this.users.map((u) => ({ ...actorOf(u), userId: u.userId, descriptionJa: u.descriptionJa, descriptionEn: u.descriptionEn })),
      login: 'POST /dev/login {"userId":"<userId>"} → { token } ; then send "Authorization: Bearer <token>"',
    });
  }

  @Post('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.enabled) return this.refuse(res);
    const userId = (req.body as { userId?: unknown } | undefined)?.userId;
    if (typeof userId !== 'string' || !userId) {
      res.status(400).json(badUserInputBody([{ path: '/userId', code: 'required', messageJa: 'ログインするデモユーザー（userId）を指定してください', messageEn: 'userId is required, e.g. {"userId":"demo-family-1"}' }]));
      return;
    }
    const user = this.users.find((u) => u.userId === userId);
    if (!user) {
      res.status(404).json(errorResponseBody('NOT_FOUND', 'そのデモユーザーは見つかりません（一覧は GET /dev/users）', `no demo user ${userId.slice(0, 100)}; GET /dev/users lists them`, { field: '/userId' }));
      return;
    }
    const actor = actorOf(user);
    const token = await issueToken({ ...this.o.auth, ttlSeconds: DEV_TOKEN_TTL_SECONDS }, actor);
    res.json({ token, tokenType: 'Bearer', expiresIn: DEV_TOKEN_TTL_SECONDS, actor });
  }
}
