/**
 * Per-field input limits, one mechanism for every service: a service declares only its numbers
 * (an `InputLimits` table keyed by `<operation>:<JSON Pointer>`), and this module finds what is
 * over them, lists the string arguments a table forgets (for the spec every service runs on its
 * `schema.gql`) and refuses before any resolver runs (`InputLimitsInterceptor`). The contract
 * plugin's 10,000-character ceiling (api-contract.plugin.ts) still applies to every string on top.
 *
 * Keys: `<operation>:<pointer>`, where `*` stands for any list index and a `*:` prefix applies to
 * every operation (`*:/id`). Lengths are Unicode code points of the trimmed text.
 */
import type { FieldProblem } from '@sanpuku/kernel';
import { buildSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';

export interface InputLimits {
  /** The longest text of each string argument. */
  readonly strings: Readonly<Record<string, number>>;
  /** The longest list, where a list is not otherwise bounded. */
  readonly lists?: Readonly<Record<string, number>>;
  /**
   * Keys the input's own validation enforces (same number), reporting them together with every
   * other problem of the input, so a form gets all its problems at once: the guard leaves them.
   */
  readonly checkedWithTheInput?: ReadonlySet<string>;
  /** Any string argument the table does not name (a guard for fields added later). */
  readonly otherwise: number;
}

/** The same table for several operations that share an input type: `{ '/input/title': 200 }` → `{ 'createOffering:/input/title': 200, … }`. */
export function forOperations<T>(operations: readonly string[], table: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(operations.flatMap((op) => Object.entries(table).map(([pointer, v]) => [`${op}:${pointer}`, v])));
}

/**
 * The limits of a service whose validators enforce every declared number themselves (with
 * messages naming each field's rule): nothing for the guard to refuse below the contract plugin's
 * ceiling, but the same table for the docs and the schema spec.
 */
export function limitsCheckedByTheValidators(strings: Readonly<Record<string, number>>, ceiling: number): InputLimits {
  return { strings, checkedWithTheInput: new Set(Object.keys(strings)), otherwise: ceiling };
}

const MESSAGES = {
  text_too_long: { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  too_many: { ja: '{max}件以内で指定してください。', en: 'Give at most {max} items.' },
};

/** A concrete pointer in the table's form: every list index becomes `*`. */
const patternOf = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

/** The declared limit of `pointer` in `operation` (its own entry, else the every-operation one). */
export function limitFor(table: Readonly<Record<string, number>>, operation: string, pointer: string): number | undefined {
  const pattern = patternOf(pointer);
  return table[`${operation}:${pattern}`] ?? table[`*:${pattern}`];
}

function problem(path: string, code: keyof typeof MESSAGES, max: number): FieldProblem {
  const m = MESSAGES[code];
  return { path, code, messageJa: m.ja.replace('{max}', max.toLocaleString('ja-JP')), messageEn: m.en.replace('{max}', max.toLocaleString('en-US')) };
}

/** Every string (and bounded list) of `args` over its limit, as problems with JSON Pointers into the arguments. */
export function inputLimitProblems(limits: InputLimits, operation: string, args: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const walk = (v: unknown, pointer: string): void => {
    if (typeof v === 'string') {
      if (limits.checkedWithTheInput?.has(`${operation}:${patternOf(pointer)}`)) return;
      const max = limitFor(limits.strings, operation, pointer) ?? limits.otherwise;
      if ([...v.trim()].length > max) problems.push(problem(pointer, 'text_too_long', max));
    } else if (Array.isArray(v)) {
      const max = limits.lists ? limitFor(limits.lists, operation, pointer) : undefined;
      if (max !== undefined && v.length > max) problems.push(problem(pointer, 'too_many', max));
      else v.forEach((x, i) => walk(x, `${pointer}/${i}`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${k}`);
    }
  };
  for (const [k, v] of Object.entries(args)) walk(v, `/${k}`);
  return problems;
}

/** Every String/ID leaf of every root field's arguments in a schema's SDL, as `<operation>:<pointer>`. */
export function stringArgumentsOf(sdl: string): string[] {
  const schema = buildSchema(sdl, { assumeValidSDL: true });
  const out: string[] = [];
  const visit = (operation: string, type: GraphQLInputType, pointer: string, seen: ReadonlySet<string>): void => {
    if (isNonNullType(type)) return visit(operation, type.ofType as GraphQLInputType, pointer, seen);
    if (isListType(type)) return visit(operation, type.ofType as GraphQLInputType, `${pointer}/*`, seen);
    const named = getNamedType(type);
    if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) out.push(`${operation}:${pointer}`);
    // A recursive input type is followed once per branch.
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const f of Object.values(named.getFields())) visit(operation, f.type, `${pointer}/${f.name}`, new Set([...seen, named.name]));
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const f of Object.values(root?.getFields() ?? {})) for (const a of f.args) visit(f.name, a.type, `/${a.name}`, new Set());
  }
  return out;
}

/** The string arguments of `sdl` that `limits` names no maximum for (the table must name them all). */
export function stringArgumentsWithoutMaximum(sdl: string, limits: InputLimits): string[] {
  return stringArgumentsOf(sdl).filter((key) => {
    const at = key.indexOf(':');
    return limitFor(limits.strings, key.slice(0, at), key.slice(at + 1)) === undefined;
  });
}

/** String keys of `limits` that name no string argument of `sdl`: a table that drifted from the schema. */
export function limitKeysNotInSchema(sdl: string, limits: InputLimits): string[] {
  const strings = stringArgumentsOf(sdl);
  const pointers = new Set(strings.map((k) => k.slice(k.indexOf(':') + 1)));
  return Object.keys(limits.strings).filter((k) => (k.startsWith('*:') ? !pointers.has(k.slice(2)) : !strings.includes(k)));
}
