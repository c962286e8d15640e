import { parse } from 'graphql';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayContext } from '../gateway.context';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectionRefused, parseSubgraphUrls, SubgraphDataSource, unavailableErrors } from './subgraph.data-source';

const fetchOf = (query: string, variables: Record<string, unknown> = {}) =>
  ({ kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION, request: { query, variables }, document: parse(query), context: {}, incomingRequestContext: {} }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

describe('UNAVAILABLE errors of a failed subgraph fetch', () => {
  it('one per root field, on its response name (alias)', () => {
    const errors = unavailableErrors('region', 'unreachable', 5000, fetchOf('query A__region__0 { area(code: "1") { name } mine: areas { code } __typename }'));
    expect(errors.map((e) => e.path)).toEqual([['area'], ['mine']]);
    expect(errors[0]).toMatchObject({ message: expect.stringContaining('地域の市場性分析のサービスに一時的に接続できません'), extensions: { code: 'UNAVAILABLE', messageEn: 'the regional market analysis service (region) is unavailable', serviceName: 'region', reason: 'unreachable' } });
  });

  it('one per entity of an entity fetch, which the gateway maps to where each entity is', () => {
    const q = 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Area { name } } }';
    const errors = unavailableErrors('region', 'timeout', 500, fetchOf(q, { representations: [{}, {}, {}] }));
    expect(errors.map((e) => e.path)).toEqual([['_entities', 0], ['_entities', 1], ['_entities', 2]]);
    expect(errors[0].message).toBe('地域の市場性分析のサービスが時間内に応答しませんでした。しばらくしてからもう一度お試しください');
    expect(errors[0].extensions?.messageEn).toBe('the regional market analysis service (region) did not answer within 500 ms');
  });
});

describe('several instances of a subgraph', () => {
  // Two tiny "instances" that say who they are; a third URL where nothing listens.
  const servers: Server[] = [];
  const hits: string[] = [];
  const start = async (id: string): Promise<string> => {
    const s = createServer((req, res) => {
      hits.push(id);
      req.resume().on('end', () => res.setHeader('content-type', 'application/json').end(JSON.stringify({ data: { who: id } })));
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    servers.push(s);
    return `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
  };
  const closedUrl = async (): Promise<string> => {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const { port } = s.address() as AddressInfo;
    await new Promise<void>((r) => s.close(() => r()));
    return `http://127.0.0.1:${port}/graphql`;
  };
  const post = (ds: SubgraphDataSource) => ds.fetcher('http://unused/graphql', { method: 'POST', body: '{"query":"mutation { who }"}', headers: { 'content-type': 'application/json' } });

  beforeEach(() => (hits.length = 0));
  afterAll(async () => {
    for (const s of servers) await new Promise<void>((r) => s.close(() => r()));
  });

  it('parses one URL or a comma-separated list', () => {
    expect(parseSubgraphUrls('http://a/graphql')).toEqual(['http://a/graphql']);
    expect(parseSubgraphUrls(' http://a/graphql, http://b/graphql ,')).toEqual(['http://a/graphql', 'http://b/graphql']);
    expect(() => parseSubgraphUrls(' , ')).toThrow();
  });

  it('spreads requests over the instances in turn', async () => {
    const ds = new SubgraphDataSource('matching', `${await start('a')},${await start('b')}`, 2000);
    for (let i = 0; i < 4; i++) expect((await post(ds)).ok).toBe(true);
    expect(hits).toEqual(['a', 'b', 'a', 'b']);
  });

  it('skips an instance that refuses connections (stopped or restarting) for the next one, mutations included', async () => {
    const ds = new SubgraphDataSource('matching', `${await closedUrl()},${await start('c')}`, 2000);
    for (let i = 0; i < 4; i++) expect(((await (await post(ds)).json()) as { data: unknown }).data).toEqual({ who: 'c' });
    expect(hits).toEqual(['c', 'c', 'c', 'c']);
  });

  it('fails (→ UNAVAILABLE) only when no instance accepts the connection', async () => {
    const ds = new SubgraphDataSource('matching', `${await closedUrl()},${await closedUrl()}`, 2000);
    const err = await post(ds).then(
      () => null,
      (e: unknown) => e,
    );
    expect(connectionRefused(err)).toBe(true);
  });
});
