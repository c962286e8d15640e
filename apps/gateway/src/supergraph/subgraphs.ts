/** The subgraphs the gateway composes, with the URL each listens on by default. */
export const SUBGRAPHS = [
  { name: 'catalogue', defaultUrl: 'http://127.0.0.1:4001/graphql', env: 'CATALOGUE_URL' },
  { name: 'region', defaultUrl: 'http://127.0.0.1:4002/graphql', env: 'REGION_URL' },
  { name: 'matching', defaultUrl: 'http://127.0.0.1:4003/graphql', env: 'MATCHING_URL' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
