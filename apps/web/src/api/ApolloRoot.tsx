import type { ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { apolloClient } from './client';

/** Wraps the pages that talk to the API; loaded with them, so the sign-in and home pages stay light. */
export function ApolloRoot({ children }: { children: ReactNode }) {
  return <ApolloProvider client={apolloClient()}>{children}</ApolloProvider>;
}
