import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { errorResponseBody } from '@sanpuku/platform';
import type { ResolvedGatewayOptions } from './gateway.options';
import { GATEWAY_OPTIONS } from './gateway.tokens';

/** The gateway is healthy when every subgraph answers its own /health with 200. */
@Controller()
export class GatewayHealthController {
  constructor(@Inject(GATEWAY_OPTIONS) private readonly o: ResolvedGatewayOptions) {}

  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const checks = await Promise.all(
      Object.entries(this.o.subgraphUrls).map(async ([name, url]) => {
        const healthUrl = url.replace(/\/graphql$/, '/health');
        try {
          const r = await fetch(healthUrl, { signal: AbortSignal.timeout(3000) });
          return [name, { ok: r.ok, detail: r.ok ? 'ok' : `HTTP ${r.status}` }] as const;
        } catch (err) {
          return [name, { ok: false, detail: (err as Error).message }] as const;
        }
      }),
    );
    const ok = checks.every(([, c]) => c.ok);
    const down = checks.filter(([, c]) => !c.ok).map(([name]) => name);
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'unavailable',
      service: 'gateway',
      subgraphs: Object.fromEntries(checks),
      // The one error shape, so a client reads a 503 here as it reads any other refusal.
      ...(ok ? {} : errorResponseBody('UNAVAILABLE', '一部のサービスが一時的に利用できません', `unavailable: ${down.join(', ')}`, { services: down })),
    });
  }
}
