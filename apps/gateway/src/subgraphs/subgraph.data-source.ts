import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
// The enum is not re-exported by the package's index.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { GraphQLFormattedError, Kind, OperationDefinitionNode, parse } from 'graphql';
import { getLogger, REQUEST_ID_HEADER } from '@sanpuku/platform';
import { GatewayErrorCode } from '../errors/gateway.errors';
import type { GatewayContext } from '../gateway.context';
import { takeAnswered } from './single-fetch.fast-path';
import { postToSubgraph, type SubgraphRequestInit } from './subgraph.http';

type UnavailableReason = 'timeout' | 'unreachable' | 'bad_response';

/** What each subgraph does, in words a person reads in an UNAVAILABLE message. */
const SERVICE_WORDS: Record<string, { ja: string; en: string }> = {
  catalogue: { ja: 'サービス掲載・検索', en: 'listings and search' },
  region: { ja: '地域の市場性分析', en: 'regional market analysis' },
  matching: { ja: '相談・紹介', en: 'requests and referrals' },
};

/**
 * One subgraph as the gateway calls it: forwards the caller's `authorization` and the request id,
 * gives up after `timeoutMs`, and never lets a subgraph failure fail the whole operation:
 * - a subgraph that is down, times out or answers garbage → its fields are null with one
 *   UNAVAILABLE error per failed path; the other subgraphs' fields still answer;
 * - a subgraph that answers GraphQL errors with a non-2xx status (e.g. 401 from its own token
 *   check) → its errors pass through with their extensions, as with a 200.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly instances: SubgraphInstances;
  constructor(
    readonly name: string,
    /** One URL, or the comma-separated URLs of the subgraph's instances. */
    urls: string,
    private readonly timeoutMs: number,
  ) {
    const instances = new SubgraphInstances(parseSubgraphUrls(urls));
    super({ url: instances.urls[0] });
    this.instances = instances;
    // node:http with keep-alive (subgraph.http.ts: fetch's exchange at a fraction of its CPU) with a
    // deadline for the whole exchange, on the next instance in turn; an instance that refuses the
    // connection (stopped, restarting) is skipped for the next one — safe for mutations too, since
    // a refused request never reached it. A timeout or a connection lost mid-request is not retried
    // elsewhere (the instance may have done the work): it answers UNAVAILABLE as with one instance.
    this.fetcher = (async (_input: string, init: SubgraphRequestInit) => {
      let refused: unknown;
      for (const url of this.instances.order()) {
        try {
          return await postToSubgraph(url, init, timeoutMs);
        } catch (err) {
          if (!connectionRefused(err)) throw err;
          refused = err;
        }
      }
      throw refused;
    }) as unknown as Fetcher;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // This request's query was already sent by the single-fetch fast path, which left its answer (with errors) to the gateway's own path.
    const answered = takeAnswered(options.context, this.name);
    if (answered) return answered;
    try {
      return await super.process(options);
    } catch (err) {
      const passthrough = graphqlBodyOf(err);
      if (passthrough) return passthrough;
      const reason = reasonOf(err);
      getLogger('gateway').warn(
        { subgraph: this.name, reason, detail: (err as Error).message, correlationId: 'context' in options ? options.context?.requestId : undefined },
        'subgraph unavailable',
      );
      return { errors: unavailableErrors(this.name, reason, this.timeoutMs, options) };
    }
  }
}

/** `a,b,c` → the instances' URLs (blanks dropped). */
export function parseSubgraphUrls(value: string): string[] {
  const urls = value
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (!urls.length) throw new Error('no subgraph URL');
  return urls;
}

/** The instances of one subgraph, taken in turn (round-robin) by the requests of this gateway process. */
export class SubgraphInstances {
  private nextIndex = 0;
  constructor(readonly urls: string[]) {}
  /** The order in which one request tries the instances: the next in turn first, then the others. */
  order(): string[] {
    const start = this.nextIndex;
    this.nextIndex = (this.nextIndex + 1) % this.urls.length;
    return this.urls.map((_, i) => this.urls[(start + i) % this.urls.length]);
  }
}

/** Nothing listens there: fetch failed before a byte of the request was sent. */
export function connectionRefused(err: unknown): boolean {
  const cause = (err as { cause?: { code?: string; errors?: { code?: string }[] } })?.cause;
  return cause?.code === 'ECONNREFUSED' || (Array.isArray(cause?.errors) && cause.errors.length > 0 && cause.errors.every((e) => e?.code === 'ECONNREFUSED'));
}

/** The GraphQL body of a non-2xx subgraph answer (RemoteGraphQLDataSource.errorFromResponse keeps it). */
function graphqlBodyOf(err: unknown): GatewayGraphQLResponse | null {
  const body = (err as { extensions?: { response?: { body?: unknown } } })?.extensions?.response?.body;
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    const b = body as { data?: Record<string, unknown> | null; errors: GraphQLFormattedError[] };
    return { data: b.data ?? undefined, errors: b.errors };
  }
  return null;
}

function reasonOf(err: unknown): UnavailableReason {
  const e = err as { name?: string; code?: string; type?: string; message?: string; extensions?: { response?: unknown } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError' || e?.type === 'aborted' || /aborted|timeout/i.test(e?.message ?? '')) return 'timeout';
  if (e?.extensions?.response || /JSON|Expected/.test(e?.message ?? '')) return 'bad_response';
  return 'unreachable';
}

/**
 * One UNAVAILABLE error per field this fetch was to fill, with the path in the subgraph's answer;
 * the gateway maps it to the path in the client's answer (root fields, or each entity).
 */
export function unavailableErrors(subgraph: string, reason: UnavailableReason, timeoutMs: number, options: GraphQLDataSourceProcessOptions<GatewayContext>): GraphQLFormattedError[] {
  const words = SERVICE_WORDS[subgraph] ?? { ja: subgraph, en: subgraph };
  const message =
    reason === 'timeout'
      ? `${words.ja}のサービスが時間内に応答しませんでした。しばらくしてからもう一度お試しください`
      : `${words.ja}のサービスに一時的に接続できません。しばらくしてからもう一度お試しください`;
  const messageEn = reason === 'timeout' ? `the ${words.en} service (${subgraph}) did not answer within ${timeoutMs} ms` : `the ${words.en} service (${subgraph}) is unavailable`;
  const extensions = { code: GatewayErrorCode.UNAVAILABLE, messageEn, serviceName: subgraph, reason };
  const paths: (string | number)[][] = [];
  if (options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION) {
    const op = operationOf(options);
    for (const s of op?.selectionSet.selections ?? []) {
      if (s.kind !== Kind.FIELD || s.name.value === '__typename') continue;
      const responseName = s.alias?.value ?? s.name.value;
      if (s.name.value === '_entities') {
        const reps = options.request.variables?.representations;
        const n = Array.isArray(reps) ? reps.length : 0;
        for (let i = 0; i < n; i++) paths.push([responseName, i]);
      } else {
        paths.push([responseName]);
      }
    }
  }
  return paths.length ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }];
}

function operationOf(options: GraphQLDataSourceProcessOptions<GatewayContext>): OperationDefinitionNode | undefined {
  let doc = options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION ? options.document : undefined;
  if (!doc && options.request.query) {
    try {
      doc = parse(options.request.query);
    } catch {
      return undefined;
    }
  }
  return doc?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}
