import { readFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose';

describe('supergraph composition (build time, @apollo/composition)', () => {
  it('composes the committed subgraph schemas without errors, into exactly the committed supergraph', () => {
    const { sdl, errors } = composeSupergraph();
    expect(errors).toEqual([]);
    // If this fails: run `npm run build` (it recomposes) and commit apps/gateway/supergraph.graphql.
    expect(sdl).toBe(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  });
});
