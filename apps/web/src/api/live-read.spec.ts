/**
 * Why live pages read with LIVE_READ: a refetch prompted by a change must reach the server after
 * the change, never be answered by a read that was already on the wire before it.
 */
import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { LIVE_READ } from './live-read';

const QUERY = gql`
  query Board($id: ID!) {
    board(id: $id) {
      id
      items
    }
  }
`;

/** A server whose answers take a moment and count what was stored when each read arrived. */
function slowServer() {
  let stored = 1;
  const reads: number[] = [];
  const link = new ApolloLink(
    () =>
      new Observable((o) => {
        const seen = stored;
        reads.push(seen);
        const t = setTimeout(() => {
          o.next({ data: { board: { __typename: 'Board', id: 'b', items: seen } } });
          o.complete();
        }, 20);
        return () => clearTimeout(t);
      }),
  );
  return { link, reads, write: () => void (stored += 1) };
}

async function refetchDuringAnEarlierRead(context: Record<string, unknown> | undefined): Promise<{ answer: number; reads: number[] }> {
  const server = slowServer();
  const client = new ApolloClient({ link: server.link, cache: new InMemoryCache() });
  const first = client.query({ query: QUERY, variables: { id: 'b' }, context, fetchPolicy: 'network-only' });
  server.write(); // a change commits while the first read is on the wire
  const after = await client.query({ query: QUERY, variables: { id: 'b' }, context, fetchPolicy: 'network-only' });
  await first;
  return { answer: (after.data as { board: { items: number } }).board.items, reads: server.reads };
}

describe('live reads', () => {
  it('live-read.a-refresh-after-a-change-is-its-own-request-and-sees-the-change', async () => {
    const r = await refetchDuringAnEarlierRead(LIVE_READ);
    expect(r.reads).toEqual([1, 2]);
    expect(r.answer).toBe(2);
  });

  it('live-read.without-it-apollo-answers-the-refresh-with-the-read-from-before-the-change', async () => {
    const r = await refetchDuringAnEarlierRead(undefined);
    expect(r.reads).toEqual([1]);
    expect(r.answer).toBe(1);
  });
});
