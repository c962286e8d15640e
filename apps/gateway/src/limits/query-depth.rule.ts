import { DocumentNode, FragmentDefinitionNode, getOperationAST, Kind, SelectionSetNode } from 'graphql';

/**
 * How deep the selected operation nests fields: `{ areas { classification { tier } } }` is 3.
 * Fragments count where they are spread; inline fragments add no level; meta fields (`__typename`,
 * introspection) are not counted. Run after validation (no fragment cycles), memoised per fragment.
 */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const onPath = new Set<string>();

  const depthOf = (set: SelectionSetNode): number => {
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + (s.selectionSet ? depthOf(s.selectionSet) : 0));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(s.selectionSet));
      } else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (!fragment || onPath.has(name)) continue;
        let d = memo.get(name);
        if (d === undefined) {
          onPath.add(name);
          d = depthOf(fragment.selectionSet);
          onPath.delete(name);
          memo.set(name, d);
        }
        max = Math.max(max, d);
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet);
}
