/**
 * zod validation with bilingual (ja/en) messages and the field path of every issue. Pure: the
 * services turn the issues into a `badInput` GraphQL error (common/graphql-errors.ts).
 */
import { z, ZodError, ZodIssue, ZodTypeAny } from 'zod';

export interface InputIssue {
  /** Dotted path from the input's root, e.g. `input.preferences.budgetYen`. */
  readonly field: string;
  readonly en: string;
  readonly ja: string;
}

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

const MARK = '\u0001bi:';

/** A custom zod message carrying both languages. */
export function bi(en: string, ja: string): string {
  return MARK + JSON.stringify({ en, ja });
}

function describe(issue: ZodIssue): { en: string; ja: string } {
  if (issue.message.startsWith(MARK)) return JSON.parse(issue.message.slice(MARK.length)) as { en: string; ja: string };
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null'
        ? { en: 'is required', ja: '必須項目です' }
        : { en: `must be ${issue.expected} (got ${issue.received})`, ja: `${issue.expected}型で指定してください（受け取った型: ${issue.received}）` };
    case 'invalid_enum_value':
      return {
        en: `must be one of: ${issue.options.join(', ')}`,
        ja: `次のいずれかで指定してください: ${issue.options.join('、')}`,
      };
    case 'too_small':
      if (issue.type === 'string') return { en: `must have at least ${issue.minimum} characters`, ja: `${issue.minimum}文字以上で入力してください` };
      if (issue.type === 'array') return { en: `must list at least ${issue.minimum} item(s)`, ja: `${issue.minimum}件以上指定してください` };
      return { en: `must be ≥ ${issue.minimum}`, ja: `${issue.minimum}以上で指定してください` };
    case 'too_big':
      if (issue.type === 'string') return { en: `must have at most ${issue.maximum} characters`, ja: `${issue.maximum}文字以内で入力してください` };
      if (issue.type === 'array') return { en: `must list at most ${issue.maximum} item(s)`, ja: `${issue.maximum}件以内で指定してください` };
      return { en: `must be ≤ ${issue.maximum}`, ja: `${issue.maximum}以下で指定してください` };
    case 'invalid_string':
      return { en: 'has an invalid format', ja: '形式が正しくありません' };
    case 'unrecognized_keys':
      return { en: `unknown field(s): ${issue.keys.join(', ')}`, ja: `不明な項目があります: ${issue.keys.join('、')}` };
    default:
      return { en: issue.message, ja: '入力内容が正しくありません' };
  }
}

export function issuesOf(error: ZodError, root: string): InputIssue[] {
  return error.issues.map((issue) => {
    const { en, ja } = describe(issue);
    return { field: [root, ...issue.path.map(String)].filter(Boolean).join('.'), en, ja };
  });
}

export function validate<S extends ZodTypeAny>(schema: S, input: unknown, root: string): Validated<z.infer<S>> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error, root) };
}
