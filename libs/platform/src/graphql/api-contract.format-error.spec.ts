import { badUserInput, setLogLevel } from '@sanpuku/platform';
import { formatApiError, variablePathOf } from './api-contract.plugin';

setLogLevel('silent');
const stack = ['Error: boom', '    at x (/srv/app.ts:1:1)'];

describe('formatApiError: every process answers in the one shape, never with a stack trace', () => {
  it('an error already in the shape (a subgraph’s, through the gateway) passes through, without HTTP response details or stack', () => {
    const e = badUserInput([{ path: '/input/add/0/lat', code: 'outside_japan', messageJa: '日本国内の緯度を指定してください', messageEn: 'latitude must be inside Japan' }]);
    const formatted = { message: e.message, path: ['whatIf'], extensions: { ...e.extensions, serviceName: 'region', stacktrace: stack, response: { url: 'http://10.0.0.5:4002/graphql' } } };
    const f = formatApiError(true)(formatted);
    expect(f.message).toBe('日本国内の緯度を指定してください');
    expect(f.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageEn: 'latitude must be inside Japan',
      field: '/input/add/0/lat',
      problems: [{ path: '/input/add/0/lat', code: 'outside_japan', messageJa: '日本国内の緯度を指定してください', messageEn: 'latitude must be inside Japan' }],
      serviceName: 'region',
    });
  });

  it('in production: no stack and no text of unexpected errors (the original is logged by the plugin)', () => {
    const format = formatApiError(true);
    expect(format({ message: 'relation "x" does not exist', path: ['areas'], extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'region', stacktrace: stack } })).toEqual({
      message: '内部エラーが発生しました',
      path: ['areas'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'region', messageEn: 'Internal error' },
    });
    expect(format({ message: 'no code at all' }).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal error' });
  });

  it('in development: still no stack trace, the original text in messageEn', () => {
    const f = formatApiError(false)({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: stack } });
    expect(f).toEqual({ message: '内部エラーが発生しました', extensions: { code: 'INTERNAL_SERVER_ERROR', messageEn: 'boom' } });
  });

  it("Apollo's own codes get a Japanese message and keep the English apart", () => {
    const f = formatApiError(false)({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: stack } });
    expect(f).toEqual({ message: 'クエリの構文が正しくありません', extensions: { code: 'GRAPHQL_PARSE_FAILED', messageEn: 'Syntax Error: Expected Name, found <EOF>.' } });
  });

  it('a variable-coercion error names its field as a JSON Pointer problem', () => {
    const message = 'Variable "$input" got invalid value "x" at "input.senior.careLevel"; Value "x" does not exist in "CareLevel" enum.';
    const f = formatApiError(false)({ message, extensions: { code: 'BAD_USER_INPUT' } });
    expect(f.message).not.toContain('Variable');
    expect(f.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageEn: message, field: '/input/senior/careLevel', problems: [{ path: '/input/senior/careLevel', code: 'invalid_value' }] });
  });

  it('variablePathOf reads the paths graphql-js writes', () => {
    expect(variablePathOf('Variable "$input" got invalid value {} at "input.senior"; Field "fullName" of required type "String!" was not provided.')).toBe('/input/senior/fullName');
    expect(variablePathOf('Variable "$id" of required type "ID!" was not provided.')).toBe('/id');
    expect(variablePathOf('Variable "$input" got invalid value [1] at "input.needs[0]"; String cannot represent a non string value: 1')).toBe('/input/needs/0');
  });
});
