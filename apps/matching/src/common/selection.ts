import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected under the field being resolved (aliases resolved to names,
 * fragments and inline fragments followed; @skip/@include are not evaluated, so a conditional
 * field counts as selected — for an access log, the safe side).
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') names.add(s.name.value);
      else if (s.kind === 'InlineFragment') visit(s.selectionSet, fragments);
      else if (s.kind === 'FragmentSpread' && !seenFragments.has(s.name.value)) {
        seenFragments.add(s.name.value);
        visit(fragments[s.name.value]?.selectionSet, fragments);
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet, info.fragments);
  names.delete('__typename');
  return names;
}

/** query | mutation | subscription: the operation a field is resolved in. */
export function operationTypeOf(info: Pick<GraphQLResolveInfo, 'operation'>): 'query' | 'mutation' | 'subscription' {
  return info.operation.operation;
}
