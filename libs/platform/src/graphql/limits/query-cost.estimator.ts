import { DocumentNode, getNamedType, getNullableType, GraphQLSchema, isIntrospectionType, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/** Arguments that bound how many items a list field returns, in the order they are looked at. */
const SIZE_ARGUMENTS = ['limit', 'first', 'last', 'pageSize'] as const;

/**
 * A simple, explainable estimate of the work an operation asks for: every field costs 1, and a
 * list field multiplies the cost of its selection by its size argument (`limit`, `first`, …) when
 * given, else by `listSize`. `__typename` is free; introspection fields cost 1 each, their lists
 * counted once (the schema bounds them, and a full introspection must stay possible in
 * development): 200 aliased `__schema` selections cost 200 times one.
 *   { taxonomy { code categories { code } } } = 1 + 10 × (1 + (1 + 10 × 1)) = 121
 */
export function listAwareEstimator(listSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (field.name === '__typename') return 0;
    if (!isListType(getNullableType(field.type)) || isIntrospectionType(getNamedType(field.type))) return 1 + childComplexity;
    let size = listSize;
    for (const name of SIZE_ARGUMENTS) {
      const v = args[name];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) {
        size = v;
        break;
      }
    }
    return 1 + childComplexity * size;
  };
}

/** The estimated cost of the selected operation; throws (graphql-query-complexity) past 10,000 selection nodes. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, listSize: number): number {
  return getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: [listAwareEstimator(listSize)] });
}
