import { buildSchema, parse } from 'graphql';
import { operationCost } from './query-cost.estimator';

const schema = buildSchema(`
  type Query {
    taxonomy: [Family!]!
    area(code: String!): Area
    helpRequests(limit: Int, status: String): [HelpRequest!]!
  }
  type Family { code: String! labelJa: String! categories: [Category!]! }
  type Category { code: String! labelJa: String! }
  type Area { code: String! name: String! tags: [String!]! }
  type HelpRequest { id: ID! shortlist: [Category!]! }
`);
const cost = (q: string, variables?: Record<string, unknown>, listSize = 10) => operationCost(schema, parse(q), undefined, variables, listSize);

describe('list-aware cost estimate', () => {
  it('every field costs 1', () => {
    expect(cost('{ area(code: "37201") { code name } }')).toBe(3);
  });

  it('a list multiplies its selection by the assumed size: { taxonomy { code categories { code } } } = 1 + 10 × (1 + (1 + 10 × 1)) = 121', () => {
    expect(cost('{ taxonomy { code categories { code } } }')).toBe(121);
  });

  it('a list of scalars costs 1', () => {
    expect(cost('{ area(code: "x") { tags } }')).toBe(2);
  });

  it('a limit argument, literal or variable, replaces the assumed size', () => {
    expect(cost('{ helpRequests(limit: 50) { id } }')).toBe(51);
    expect(cost('query($n: Int) { helpRequests(limit: $n) { id } }', { n: 1000 })).toBe(1001);
    expect(cost('{ helpRequests { id } }')).toBe(11);
  });

  it('aliases add up: the same field asked 60 times costs 60 times', () => {
    const one = cost('{ taxonomy { code } }');
    const many = cost(`{ ${Array.from({ length: 60 }, (_, i) => `t${i}: taxonomy { code }`).join(' ')} }`);
    expect(many).toBe(60 * one);
  });

  it('__typename is free; introspection fields cost 1 each, their lists counted once', () => {
    expect(cost('{ __typename area(code: "x") { __typename code } }')).toBe(2);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(5);
    const aliased = Array.from({ length: 200 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ');
    expect(cost(`{ ${aliased} }`)).toBe(1000);
  });

  it('@skip / @include are honoured', () => {
    expect(cost('query($s: Boolean!) { area(code: "x") { code } taxonomy @skip(if: $s) { code } }', { s: true })).toBe(2);
  });
});
