/**
 * The client contract, applied the same way in every subgraph and in the gateway:
 *
 * - every error leaves in the one shape (errors/api-errors.ts): Japanese `message`,
 *   `extensions.messageEn`, a code from ERROR_CODES, BAD_USER_INPUT with `problems`;
 * - stack traces never leave a process; unexpected errors are logged (with the stack) under the
 *   service that produced them, expected outcomes below `error` level;
 * - text inputs: no control characters (NUL etc. — PostgreSQL cannot store NUL and a form never
 *   sends one) and at most `maxStringLength` characters unless the argument is a bulk document;
 * - an unknown `operationName` is BAD_USER_INPUT at `/operationName` (Apollo answers HTTP 500);
 * - depth, cost and alias limits (queryLimits) — the gateway's, and in each subgraph the same ones,
 *   so a subgraph called directly is no softer than the door.
 */
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  FragmentDefinitionNode,
  getOperationAST,
  GraphQLInputType,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { badUserInput, EXPECTED_ERROR_CODES, ERROR_CODES, type ErrorCode, type FieldProblem, jsonPointer } from '../errors/api-errors';
import { getLogger } from '../logging/logger';
import { operationAliases, operationDepth } from './limits/query-depth.rule';
import { operationCost } from './limits/query-cost.estimator';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  costListSize: number;
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 10_000, costListSize: 10, maxAliases: 30 };

/** The longest text any string argument may carry, unless listed in BULK_TEXT_ARGUMENTS. */
export const MAX_STRING_LENGTH = 10_000;

/**
 * Arguments that carry whole documents (an HSDS document, a base64 file): bounded by the body
 * limit instead of MAX_STRING_LENGTH. `Field.argument` or `InputType.field`.
 */
export const BULK_TEXT_ARGUMENTS: ReadonlySet<string> = new Set(['Mutation.importHsds.document', 'FileInput.contentBase64', 'FilePartInput.contentBase64', 'ResourceFileInput.contentBase64']);

/** C0 controls except TAB, LF, CR; DEL; C1 controls. What no form or file legitimately sends. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export interface ApiContractOptions {
  /** The service whose log lines these are (`catalogue`, `gateway`…), or how to learn it once booted. */
  service: string | (() => string);
  production: boolean;
  /** Depth/cost/alias limits; null = none (only tests). */
  limits: QueryLimits | null;
  /** Operations the gateway already checked arrive again at the subgraph: skip nothing, the checks are cheap. */
}

/** Problems of the text inputs of the operation's root fields: control characters and lengths. */
export function textInputProblems(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): FieldProblem[] {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return [];
  const problems: FieldProblem[] = [];
  const fields = root.getFields();
  for (const node of rootFields(operation.selectionSet, fragments)) {
    const def = fields[node.name.value];
    if (!def) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(def, node, variables);
    } catch {
      continue; // reported by Apollo's own validation of the values
    }
    for (const a of def.args) {
      if (args[a.name] === undefined) continue;
      walk(args[a.name], a.type, [a.name], BULK_TEXT_ARGUMENTS.has(`${root.name}.${def.name}.${a.name}`), problems);
    }
  }
  return problems;
}

function walk(value: unknown, type: GraphQLInputType, path: (string | number)[], bulk: boolean, out: FieldProblem[]): void {
  if (value === null || value === undefined || out.length >= 50) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, t.ofType, [...path, i], bulk, out));
    return;
  }
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[k];
      if (f) walk(v, f.type, [...path, k], BULK_TEXT_ARGUMENTS.has(`${t.name}.${k}`), out);
    }
    return;
  }
  if (typeof value !== 'string') return;
  const at = jsonPointer(path);
  if (CONTROL.test(value)) {
    out.push({
      path: at,
      code: 'control_character',
      messageJa: '使用できない制御文字（NUL など）が含まれています',
      messageEn: 'contains a control character (e.g. NUL) that is not allowed',
    });
  } else if (!bulk && value.length > MAX_STRING_LENGTH) {
    out.push({
      path: at,
      code: 'too_long',
      messageJa: `${MAX_STRING_LENGTH.toLocaleString('ja-JP')}文字以内で入力してください`,
      messageEn: `must have at most ${MAX_STRING_LENGTH} characters`,
    });
  }
}

function* rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): Generator<FieldNode> {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) yield s;
    else if (s.kind === Kind.INLINE_FRAGMENT) yield* rootFields(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const f = fragments.get(s.name.value);
      if (f) yield* rootFields(f.selectionSet, fragments, seen);
    }
  }
}

/**
 * Operations already found within the limits, per schema and parsed document (Apollo Server keeps one
 * parsed document per query text, so the same object comes back request after request), keyed by the
 * limits, the operation name and — because a list's size argument may be a variable — the variables.
 * A hit skips the three walks of the document; only passing checks are remembered, so every refusal
 * is computed (and answered) exactly as before.
 */
const withinLimits = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Set<string>>>();
/** Distinct variable sets remembered per document (a search typed letter by letter must not grow it without bound). */
const MAX_REMEMBERED_PER_DOCUMENT = 64;

function limitsKey(limits: QueryLimits, ctx: Pick<GraphQLRequestContextDidResolveOperation<object>, 'document' | 'operationName' | 'request'>): string | null {
  const variables = ctx.request.variables;
  let vars = '';
  if (variables && Object.keys(variables).length) {
    try {
      vars = JSON.stringify(variables);
    } catch {
      return null;
    }
    if (vars.length > 4096) return null; // big inputs (imports): not worth remembering
  }
  return `${limits.maxDepth}/${limits.maxAliases}/${limits.maxCost}/${limits.costListSize}/${ctx.operationName ?? ''}/${vars}`;
}

/** Throws the limit error of the first limit the operation breaks (depth, aliases, cost). */
export function enforceQueryLimits(limits: QueryLimits, schema: GraphQLSchema, ctx: Pick<GraphQLRequestContextDidResolveOperation<object>, 'document' | 'operationName' | 'request'>): void {
  const key = limitsKey(limits, ctx);
  let bySchema = withinLimits.get(schema);
  if (!bySchema) withinLimits.set(schema, (bySchema = new WeakMap()));
  let passed = bySchema.get(ctx.document);
  if (key !== null && passed?.has(key)) return;
  checkQueryLimits(limits, schema, ctx);
  if (key === null) return;
  if (!passed) bySchema.set(ctx.document, (passed = new Set()));
  if (passed.size >= MAX_REMEMBERED_PER_DOCUMENT) passed.clear();
  passed.add(key);
}

function checkQueryLimits(limits: QueryLimits, schema: GraphQLSchema, ctx: Pick<GraphQLRequestContextDidResolveOperation<object>, 'document' | 'operationName' | 'request'>): void {
  const depth = operationDepth(ctx.document, ctx.operationName);
  if (depth > limits.maxDepth) {
    throw limitError('QUERY_TOO_DEEP', `クエリの階層が深すぎます（${depth}段、上限${limits.maxDepth}段）`, `query depth ${depth} exceeds the maximum of ${limits.maxDepth}`, {
      depth,
      maxDepth: limits.maxDepth,
    });
  }
  const aliases = operationAliases(ctx.document, ctx.operationName);
  if (aliases > limits.maxAliases) {
    throw limitError('QUERY_TOO_COSTLY', `別名（alias）が多すぎます（${aliases}個、上限${limits.maxAliases}個）`, `the query uses ${aliases} aliases; at most ${limits.maxAliases}`, {
      aliases,
      maxAliases: limits.maxAliases,
    });
  }
  let cost: number;
  try {
    cost = operationCost(schema, ctx.document, ctx.operationName, ctx.request.variables, limits.costListSize);
  } catch (err) {
    if (/maximum allowed number of nodes/.test((err as Error).message)) {
      throw limitError('QUERY_TOO_COSTLY', 'クエリが大きすぎます', 'the query has too many selections', { maxCost: limits.maxCost });
    }
    // Variables that do not fit their types: execution's coercion reports them with their path.
    return;
  }
  if (cost > limits.maxCost) {
    throw limitError('QUERY_TOO_COSTLY', `クエリの負荷が大きすぎます（推定${cost}、上限${limits.maxCost}）`, `query cost ${cost} exceeds the maximum of ${limits.maxCost}`, {
      cost,
      maxCost: limits.maxCost,
    });
  }
}

function limitError(code: ErrorCode, ja: string, en: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(ja, { extensions: { code, messageEn: en, ...details, http: { status: 400 } } });
}

/**
 * Operations without variables whose text inputs were found safe, per schema: their argument values
 * are all in the parsed document (which Apollo Server keeps per query text), so the answer cannot
 * change. Operations with variables are walked every time; refusals are never remembered.
 */
const safeWithoutVariables = new WeakMap<GraphQLSchema, WeakSet<OperationDefinitionNode>>();

/** Apollo Server plugin: input safety, limits, unknown operation names, and the log level of each outcome. */
export function apiContractPlugin<C extends object>(o: ApiContractOptions): ApolloServerPlugin<C> {
  let logger: ReturnType<typeof getLogger> | null = null;
  const log = () => (logger ??= getLogger(`${typeof o.service === 'function' ? o.service() : o.service}-graphql`));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          if (o.limits) enforceQueryLimits(o.limits, ctx.schema, ctx);
          const operation = ctx.operation ?? getOperationAST(ctx.document, ctx.operationName ?? undefined);
          if (!operation) return;
          const constant = !operation.variableDefinitions?.length;
          let known = constant ? safeWithoutVariables.get(ctx.schema) : undefined;
          if (known?.has(operation)) return;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const d of ctx.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
          const problems = textInputProblems(ctx.schema, operation, fragments, ctx.request.variables ?? {});
          if (problems.length) {
            const e = badUserInput(problems);
            (e.extensions as Record<string, unknown>).http = { status: 400 };
            throw e;
          }
          if (constant) {
            if (!known) safeWithoutVariables.set(ctx.schema, (known = new WeakSet()));
            known.add(operation);
          }
        },
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          if (body.kind !== 'single' || !body.singleResult.errors) return;
          // Apollo answers an unknown operationName with HTTP 500; it is the client's mistake (formatApiError reshaped it).
          if (body.singleResult.errors.some((e) => e.extensions?.field === '/operationName')) ctx.response.http.status = 400;
          for (const e of body.singleResult.errors ?? []) {
            const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            const line = { code, path: e.path, operationName: ctx.operationName ?? undefined, serviceName: e.extensions?.serviceName };
            if (EXPECTED_ERROR_CODES.has(code) || code === 'UNAVAILABLE') log().info(line, 'client error');
          }
        },
        async didEncounterErrors(ctx) {
          for (const err of ctx.errors) {
            const code = String(err.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            if (EXPECTED_ERROR_CODES.has(code) || code === 'UNAVAILABLE' || APOLLO_CLIENT_MISTAKES.has(code)) continue;
            // The only place an unexpected error's stack is written: this process's own log.
            log().error({ code, path: err.path, operationName: ctx.operationName ?? undefined, err: err.originalError ?? err }, 'unexpected error');
          }
        },
      };
    },
  };
}

/** Codes Apollo Server and Apollo Gateway give the client's own mistakes (logged as client errors, not as failures). */
const APOLLO_CLIENT_MISTAKES: ReadonlySet<string> = new Set(['OPERATION_RESOLUTION_FAILURE', 'INVALID_GRAPHQL', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/** Apollo codes that are not in our list, mapped to ours. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
  DOWNSTREAM_SERVICE_ERROR: 'INTERNAL_SERVER_ERROR',
};

/**
 * Apollo's formatError for every process: the one shape, and no stack trace ever. Errors that
 * already have it (ours, or a subgraph's through the gateway) keep their message; Apollo's and
 * graphql-js's own (parse, validation, variable coercion, CSRF) get a Japanese message with the
 * original English as `messageEn`; unexpected ones get a generic message in production.
 */
export function formatApiError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}) };
    delete extensions.stacktrace;
    delete extensions.exception;
    delete extensions.response;
    delete extensions.http;
    // Apollo Server (OPERATION_RESOLUTION_FAILURE) and Apollo Gateway's planner (INVALID_GRAPHQL) word an unknown operationName differently.
    if (formatted.extensions?.code === 'OPERATION_RESOLUTION_FAILURE' || /^Unknown operation named|^Must provide operation name/.test(formatted.message)) {
      const problem: FieldProblem = { path: '/operationName', code: 'unknown_operation', messageJa: '指定された操作名（operationName）がクエリにありません', messageEn: formatted.message };
      return { ...formatted, message: problem.messageJa, extensions: { ...extensions, code: 'BAD_USER_INPUT', messageEn: formatted.message, field: problem.path, problems: [problem] } };
    }
    let code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (APOLLO_CODES[code]) code = APOLLO_CODES[code];
    if (!(code in ERROR_CODES)) {
      // Only documented codes leave a process; an undocumented one is a bug to see in the logs.
      extensions.originalCode = code;
      code = code === 'INVALID_GRAPHQL' ? 'GRAPHQL_VALIDATION_FAILED' : 'INTERNAL_SERVER_ERROR';
    }
    extensions.code = code;
    if (typeof extensions.messageEn === 'string') return { ...formatted, extensions };
    const known = ERROR_CODES[code as ErrorCode];
    if (code === 'INTERNAL_SERVER_ERROR') {
      return {
        ...formatted,
        message: ERROR_CODES.INTERNAL_SERVER_ERROR.ja,
        extensions: { ...extensions, messageEn: production ? ERROR_CODES.INTERNAL_SERVER_ERROR.en : formatted.message },
      };
    }
    if (code === 'BAD_USER_INPUT' && !Array.isArray(extensions.problems)) {
      // graphql-js's variable coercion: `Variable "$input" got invalid value …; Field "x" … at "input.senior".`
      const path = variablePathOf(formatted.message);
      const problem: FieldProblem = { path, code: 'invalid_value', messageJa: '値が正しくありません（型または必須項目を確認してください）', messageEn: formatted.message };
      return { ...formatted, message: problem.messageJa, extensions: { ...extensions, messageEn: formatted.message, field: path, problems: [problem] } };
    }
    return { ...formatted, message: known ? known.ja : formatted.message, extensions: { ...extensions, messageEn: formatted.message } };
  };
}

/** The JSON Pointer a graphql-js variable-coercion message names, e.g. `…at "input.senior.careLevel"` → /input/senior/careLevel. */
export function variablePathOf(message: string): string {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const variable = /Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const field = /Field "([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const base = at ? at.split(/[.[\]]/).filter(Boolean) : variable ? [variable] : [];
  if (field && !/is not defined by type/.test(message)) base.push(field);
  else if (field) base.push(field);
  return base.length ? jsonPointer(base) : '';
}
