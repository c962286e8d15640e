import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { errorResponseBody, startupProgress } from '@sanpuku/platform';
import type { ResolvedGatewayOptions } from './gateway.options';
import { GATEWAY_OPTIONS } from './gateway.tokens';

/**
 * - `GET /health/live`: the gateway process works (never fails because a subgraph is down).
 * - `GET /health/ready` (and `GET /health`): every subgraph answers its own `/health/live`, so
 *   the gateway can route. Each subgraph's readiness (consumer, backlog) is its own probe's
 *   business: a subgraph whose consumer is catching up still serves its GraphQL.
 */
@Controller('health')
export class GatewayHealthController {
  private readonly started = Date.now();
  constructor(@Inject(GATEWAY_OPTIONS) private readonly o: ResolvedGatewayOptions) {}

  @Get('live')
  live(@Res() res: Response): void {
    res.status(200).json({ status: 'ok', service: 'gateway', pid: process.pid, uptimeSeconds: Math.round((Date.now() - this.started) / 1000) });
  }

  @Get()
  async health(@Res() res: Response): Promise<void> {
    return this.ready(res);
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const checks = await Promise.all(
      Object.entries(this.o.subgraphUrls).map(async ([name, urls]) => {
        // With several instances, the subgraph can be routed to while one of them answers.
        const instances = await Promise.all(
          urls
            .split(',')
            .map((u) => u.trim())
            .filter(Boolean)
            .map(async (url) => {
              const liveUrl = url.replace(/\/graphql$/, '/health/live');
              try {
                const r = await fetch(liveUrl, { signal: AbortSignal.timeout(3000) });
                return { url, ok: r.ok, detail: r.ok ? 'ok' : `HTTP ${r.status}` };
              } catch (err) {
                return { url, ok: false, detail: (err as Error).message };
              }
            }),
        );
        const ok = instances.some((i) => i.ok);
        const detail = instances.length === 1 ? instances[0].detail : `${instances.filter((i) => i.ok).length}/${instances.length} instances live`;
        return [name, instances.length === 1 ? { ok, detail } : { ok, detail, instances }] as const;
      }),
    );
    const ok = checks.every(([, c]) => c.ok);
    const down = checks.filter(([, c]) => !c.ok).map(([name]) => name);
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'unavailable',
      service: 'gateway',
      subgraphs: Object.fromEntries(checks),
      // Long start-up work (npm start's first nationwide load), reported, never deciding readiness.
      ...(startupProgress() ? { startup: startupProgress() } : {}),
      // The one error shape, so a client reads a 503 here as it reads any other refusal.
      ...(ok ? {} : errorResponseBody('UNAVAILABLE', '一部のサービスが一時的に利用できません', `unavailable: ${down.join(', ')}`, { services: down })),
    });
  }
}
