import { DocumentNode, FragmentDefinitionNode, getOperationAST, Kind, SelectionSetNode } from 'graphql';

/**
 * How deep the selected operation nests fields: `{ areas { classification { tier } } }` is 3.
 * Fragments count where they are spread; inline fragments add no level. Introspection counts like
 * any field (a `__schema` costs what it returns), except `__typename` (free) and the `ofType`
 * chain of a type reference (a linear unwrapping of NonNull/List, at most 8 levels, that every
 * standard introspection query needs). Run after validation (no fragment cycles), memoised per fragment.
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
        if (s.name.value === '__typename') continue;
        const level = s.name.value === 'ofType' ? 0 : 1;
        max = Math.max(max, level + (s.selectionSet ? depthOf(s.selectionSet) : 0));
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

/** How many fields of the selected operation (fragments included, each spread counted) are aliased. */
export function operationAliases(document: DocumentNode, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const onPath = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += (s.alias ? 1 : 0) + (s.selectionSet ? count(s.selectionSet) : 0);
      else if (s.kind === Kind.INLINE_FRAGMENT) n += count(s.selectionSet);
      else {
        const f = fragments.get(s.name.value);
        if (!f || onPath.has(s.name.value)) continue;
        onPath.add(s.name.value);
        n += count(f.selectionSet);
        onPath.delete(s.name.value);
      }
    }
    return n;
  };
  return count(operation.selectionSet);
}
