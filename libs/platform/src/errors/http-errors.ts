/**
 * The one error shape outside GraphQL: body-parser refusals (413, malformed JSON), unknown routes
 * (404), Nest's own HTTP exceptions, oversized headers (431), refused WebSocket upgrades. Each
 * answers `{ errors: [{ message (ja), extensions: { code, messageEn, … } }] }` like GraphQL does.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { getLogger } from '../logging/logger';
import { ERROR_CODES, type ErrorCode, errorResponseBody } from './api-errors';

/** Express error middleware after the JSON body parser: 413 PAYLOAD_TOO_LARGE, 400 BAD_REQUEST. `onError` notes the code (access log). */
export function bodyErrorHandler(onError?: (res: Response, code: ErrorCode) => void) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const e = err as { type?: string; status?: number; limit?: number };
    if (e?.type === 'entity.too.large') {
      onError?.(res, 'PAYLOAD_TOO_LARGE');
      res
        .status(413)
        .json(
          errorResponseBody(
            'PAYLOAD_TOO_LARGE',
            `リクエストが大きすぎます（上限 ${formatBytes(e.limit)}）。大きなファイルは分けるか、コマンドライン（npm run region）で取り込んでください`,
            `request body exceeds the limit of ${e.limit} bytes`,
            { limitBytes: e.limit },
          ),
        );
      return;
    }
    if (e?.status && e.status >= 400 && e.status < 500) {
      onError?.(res, 'BAD_REQUEST');
      res.status(400).json(errorResponseBody('BAD_REQUEST', 'リクエストの形式が正しくありません（JSONで送ってください）', 'malformed request body (expected JSON)'));
      return;
    }
    next(err);
  };
}

function formatBytes(n: number | undefined): string {
  if (!n) return '';
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB` : `${Math.round(n / 1024)} KB`;
}

/** Nest exception filter for HTTP routes (GraphQL errors pass through to Apollo unchanged). */
@Catch()
export class ApiHttpExceptionFilter implements ExceptionFilter {
  private readonly log;
  constructor(service: string) {
    this.log = getLogger(`${service}-http`);
  }

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    if (res.headersSent) return undefined;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code: ErrorCode =
        status === 404 ? 'ROUTE_NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
      this.log.info({ status, code, method: req.method, path: req.path }, 'http client error');
      res.status(status).json(errorResponseBody(code, ERROR_CODES[code].ja, status === 404 ? `no route ${req.method} ${req.path}` : exception.message));
      return undefined;
    }
    this.log.error({ err: exception, method: req.method, path: req.path }, 'unexpected error in an HTTP route');
    res.status(500).json(errorResponseBody('INTERNAL_SERVER_ERROR', ERROR_CODES.INTERNAL_SERVER_ERROR.ja, ERROR_CODES.INTERNAL_SERVER_ERROR.en));
    return undefined;
  }
}

/**
 * Node answers a request whose headers exceed its limit with a bare `431` and no body. This
 * answers it in the one shape (and a malformed request with 400) before closing the connection.
 */
export function answerClientErrorsInShape(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const code: ErrorCode = tooLarge ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : 'BAD_REQUEST';
    const body = JSON.stringify(errorResponseBody(code, ERROR_CODES[code].ja, tooLarge ? 'request headers exceed the server limit' : 'malformed HTTP request'));
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  });
}

/** Refuses a WebSocket upgrade with an HTTP status and a body in the one shape. */
export function refuseUpgradeInShape(socket: Duplex, status: number, statusText: string, code: ErrorCode, messageJa: string, messageEn: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(errorResponseBody(code, messageJa, messageEn));
  const lines = [
    `HTTP/1.1 ${status} ${statusText}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  socket.end(lines.join('\r\n') + '\r\n\r\n' + body);
}
