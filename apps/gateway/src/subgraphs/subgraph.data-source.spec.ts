import { parse } from 'graphql';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayContext } from '../gateway.context';
import { unavailableErrors } from './subgraph.data-source';

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
