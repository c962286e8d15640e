import { parse } from 'graphql';
import { operationDepth } from './query-depth.rule';

describe('operationDepth', () => {
  it('counts nested fields: { areas { classification { tier } } } is 3', () => {
    expect(operationDepth(parse('{ areas { classification { tier } } }'))).toBe(3);
  });

  it('takes the deepest branch', () => {
    expect(operationDepth(parse('{ a { b } c { d { e { f } } } }'))).toBe(4);
  });

  it('follows named fragments where they are spread, and inline fragments add no level', () => {
    const doc = parse(`
      query Q { areas { ...A } }
      fragment A on Area { classification { ... on Classification { recommendedModel { ...M } } } }
      fragment M on RecommendedModel { titleJa }
    `);
    expect(operationDepth(doc, 'Q')).toBe(4);
  });

  it('does not count __typename; counts introspection, except the ofType chain of a type reference', () => {
    expect(operationDepth(parse('{ __typename a { __typename } }'))).toBe(1);
    expect(operationDepth(parse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }'))).toBe(5);
  });

  it('measures the selected operation only', () => {
    const doc = parse('query Shallow { a } query Deep { a { b { c } } }');
    expect(operationDepth(doc, 'Shallow')).toBe(1);
    expect(operationDepth(doc, 'Deep')).toBe(3);
  });

  it('stays linear on fragment fan-out (memoised)', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on T { x { ...F${i + 1} ...F${i + 1} } }`).join('\n');
    const doc = parse(`{ root { ...F0 } }\n${fragments}\nfragment F30 on T { leaf }`);
    expect(operationDepth(doc)).toBe(32);
  });
});

describe('operationAliases', () => {
  it('counts every aliased field, in fragments too', () => {
    const { operationAliases } = jest.requireActual('./query-depth.rule') as typeof import('./query-depth.rule');
    expect(operationAliases(parse('{ a: x b: x { c: y } ...F } fragment F on Query { d: x }'))).toBe(4);
    expect(operationAliases(parse('{ x y }'))).toBe(0);
  });
});
