import { setLogLevel } from '@sanpuku/platform';
import { formatGatewayError } from './gateway.errors';

setLogLevel('silent');
const stack = ['Error: boom', '    at x (/srv/app.ts:1:1)'];

describe('formatGatewayError', () => {
  it('passes subgraph codes and extensions through, without HTTP response details', () => {
    const f = formatGatewayError(true)({
      message: 'policy: bad / 不正',
      path: ['whatIf'],
      extensions: { code: 'BAD_USER_INPUT', field: 'policy', serviceName: 'region', response: { url: 'http://10.0.0.5:4002/graphql' } },
    });
    expect(f).toEqual({ message: 'policy: bad / 不正', path: ['whatIf'], extensions: { code: 'BAD_USER_INPUT', field: 'policy', serviceName: 'region' } });
  });

  it('in production: no stack traces and no text of unexpected errors', () => {
    const format = formatGatewayError(true);
    expect(format({ message: 'forbidden', extensions: { code: 'FORBIDDEN', stacktrace: stack } })).toEqual({ message: 'forbidden', extensions: { code: 'FORBIDDEN' } });
    expect(format({ message: 'relation "x" does not exist', path: ['areas'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'region', stacktrace: stack } })).toEqual({
      message: 'internal error / 内部エラーが発生しました',
      path: ['areas'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'region' },
    });
    expect(format({ message: 'no code at all' }).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('in development: stack traces only for the unexpected', () => {
    const format = formatGatewayError(false);
    expect(format({ message: 'x', extensions: { code: 'UNAUTHENTICATED', stacktrace: stack } }).extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: stack } })).toEqual({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: stack } });
  });
});
