/**
 * zod validation with bilingual (ja/en) messages and the JSON Pointer of every problem, in the
 * platform's FieldProblem shape. Pure: the services throw the problems as one BAD_USER_INPUT
 * (`valueOrThrow` in common/graphql-errors.ts).
 */
import { z, ZodError, ZodIssue, ZodTypeAny } from 'zod';
import { jsonPointer, type FieldProblem } from '@sanpuku/platform';

export type Validated<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly FieldProblem[] };

const MARK = '\u0001bi:';

/** A custom zod message carrying both languages. */
export function bi(en: string, ja: string, code?: string): string {
  return MARK + JSON.stringify({ en, ja, code });
}

function describe(issue: ZodIssue): { en: string; ja: string; code?: string } {
  if (issue.message.startsWith(MARK)) return JSON.parse(issue.message.slice(MARK.length)) as { en: string; ja: string; code?: string };
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null'
        ? { en: 'is required', ja: '必須項目です' }
        : { en: `must be ${issue.expected} (got ${issue.received})`, ja: `${issue.expected}型で指定してください（受け取った型: ${issue.received}）` };
    case 'invalid_enum_value':
      // No codes in a sentence: the allowed values and their words are the `labels` query's.
      return { en: 'is not one of the allowed values', ja: '選択できる値ではありません' };
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

/** A stable lower_snake_case code for a zod issue (a custom message may name its own: `bi(en, ja, code)`). */
function codeOf(issue: ZodIssue, custom: string | undefined): string {
  if (custom) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null' ? 'required' : 'wrong_type';
    case 'invalid_enum_value':
      return 'not_allowed_value';
    case 'too_small':
      return 'too_small';
    case 'too_big':
      return issue.type === 'string' ? 'too_long' : 'too_big';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_value';
  }
}

export function issuesOf(error: ZodError, root: string): FieldProblem[] {
  return error.issues.map((issue) => {
    const { en, ja, code } = describe(issue);
    return { path: jsonPointer([...root.split('.').filter(Boolean), ...issue.path]), code: codeOf(issue, code), messageJa: ja, messageEn: en };
  });
}

export function validate<S extends ZodTypeAny>(schema: S, input: unknown, root: string): Validated<z.infer<S>> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesOf(r.error, root) };
}

/** What a schema's rules read besides the input: the clock and who is filing. */
export interface ValidationContext {
  readonly now: Date;
  readonly filerRole?: string;
}

/**
 * A schema built once whose rules read the context of the parse under way. Building a zod schema
 * costs several times more than parsing with it (the filing's was most of its validation), so a
 * schema used on every request is kept; `safeParse` is synchronous (no async refinements), so no
 * other parse can see this one's context.
 */
export function withValidationContext<S extends ZodTypeAny>(build: (ctx: () => ValidationContext) => S) {
  let current: ValidationContext | null = null;
  const schema = build(() => {
    if (!current) throw new Error('validation context read outside its parse');
    return current;
  });
  return {
    schema,
    validate(input: unknown, ctx: ValidationContext, root: string): Validated<z.infer<S>> {
      const outer = current;
      current = ctx;
      try {
        return validate(schema, input, root);
      } finally {
        current = outer;
      }
    },
  };
}

/**
 * Free text a person typed: trimmed, at most `max` characters, and no control characters (NUL and
 * the other C0/C1 controls; line breaks and tabs are allowed only in multi-line text). PostgreSQL
 * refuses NUL in text, which used to surface as an internal error; now it is BAD_USER_INPUT naming
 * the field.
 */
export function text(max: number, opts: { multiline?: boolean } = {}) {
  const bad = opts.multiline ? /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/ : /[\u0000-\u001F\u007F-\u009F]/;
  return z
    .string()
    .refine((s) => !bad.test(s), { message: bi('must not contain control characters', '制御文字は使えません', 'control_character') })
    .transform((s) => s.trim())
    .pipe(z.string().max(max));
}

