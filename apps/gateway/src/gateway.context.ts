import type { Response } from 'express';
import type { Actor } from '@sanpuku/platform';

/** What the gateway knows about one HTTP request; the access log line is written from it. */
export interface GatewayRequestState {
  requestId: string;
  startedAt: bigint;
  actor: Actor | null;
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[];
}

/** The GraphQL context of one operation: identity and request id, forwarded to every subgraph call. */
export interface GatewayContext {
  requestId: string;
  /** The caller's Authorization header, already verified (forwarded as is; subgraphs verify it again). */
  authorization?: string;
  actor: Actor | null;
  state: GatewayRequestState;
}

const STATE = 'sanpukuGateway';

export function requestState(res: Response): GatewayRequestState {
  const locals = res.locals as Record<string, unknown>;
  let s = locals[STATE] as GatewayRequestState | undefined;
  if (!s) {
    const header = res.getHeader('x-request-id');
    s = { requestId: typeof header === 'string' ? header : '', startedAt: process.hrtime.bigint(), actor: null, operationName: null, operationType: null, errorCodes: [] };
    locals[STATE] = s;
  }
  return s;
}
