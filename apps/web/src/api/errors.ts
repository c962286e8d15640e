import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One problem with the input, addressed by a JSON Pointer into the operation's variables. */
export interface FieldProblem {
  pointer: string;
  ja: string;
  en: string;
}
export interface ApiProblems {
  fields: FieldProblem[];
  general: { ja: string; en: string; code?: string }[];
}

type Ext = Record<string, unknown> | undefined;

function dottedToPointer(field: string): string {
  const parts = field.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  if (parts[0] !== 'input') parts.unshift('input');
  return '/' + parts.join('/');
}

function pointer(p: unknown): string | null {
  if (typeof p !== 'string' || !p) return null;
  return p.startsWith('/') ? (p.startsWith('/input') ? p : `/input${p}`) : dottedToPointer(p);
}

function splitMessage(message: string): { ja: string; en: string } {
  // Today's subgraphs write "English / 日本語"; the client contract makes message Japanese.
  const i = message.lastIndexOf(' / ');
  return i > 0 ? { en: message.slice(0, i), ja: message.slice(i + 3) } : { ja: message, en: message };
}

/**
 * Reads every error shape the API has used, so a form marks its fields either way:
 * - the client contract: `extensions.problems: [{ path (JSON Pointer), code, messageJa, messageEn }]`,
 *   `message` Japanese and `extensions.messageEn` English;
 * - catalogue today: `extensions.errors: [{ path (JSON Pointer), message }]`;
 * - matching and region today: `extensions.issues: [{ field (dotted), en, ja }]`, or one `field`.
 */
export function readProblems(error: unknown): ApiProblems {
  const out: ApiProblems = { fields: [], general: [] };
  if (!error) return out;
  if (!CombinedGraphQLErrors.is(error)) {
    out.general.push({ ja: '', en: '', code: 'NETWORK' });
    return out;
  }
  for (const e of error.errors) {
    const ext = e.extensions as Ext;
    const before = out.fields.length;
    const problems = ext?.problems as { path?: string; messageJa?: string; messageEn?: string }[] | undefined;
    const errors = ext?.errors as { path?: string; message?: string; messageJa?: string; messageEn?: string }[] | undefined;
    const issues = ext?.issues as { field?: string; en?: string; ja?: string }[] | undefined;
    for (const p of problems ?? []) {
      const ptr = pointer(p.path);
      if (ptr) out.fields.push({ pointer: ptr, ja: p.messageJa ?? '', en: p.messageEn ?? p.messageJa ?? '' });
    }
    for (const p of errors ?? []) {
      const ptr = pointer(p.path);
      const m = p.message ? splitMessage(p.message) : { ja: p.messageJa ?? '', en: p.messageEn ?? '' };
      if (ptr) out.fields.push({ pointer: ptr, ...m });
    }
    for (const p of issues ?? []) {
      const ptr = pointer(p.field);
      if (ptr) out.fields.push({ pointer: ptr, ja: p.ja ?? '', en: p.en ?? p.ja ?? '' });
    }
    if (out.fields.length === before && typeof ext?.field === 'string') {
      const m = splitMessage(e.message);
      out.fields.push({ pointer: pointer(ext.field) ?? '/input', ...m });
    }
    if (out.fields.length === before) {
      const messageEn = typeof ext?.messageEn === 'string' ? ext.messageEn : null;
      const m = messageEn ? { ja: e.message, en: messageEn } : splitMessage(e.message);
      out.general.push({ ...m, code: typeof ext?.code === 'string' ? ext.code : undefined });
    }
  }
  return out;
}

/** The problem for a field, matching its pointer exactly or by its last segments (e.g. `/senior/careLevel`). */
export function problemFor(problems: ApiProblems | null, fieldPointer: string): FieldProblem | undefined {
  if (!problems) return undefined;
  return problems.fields.find((p) => p.pointer === fieldPointer) ?? problems.fields.find((p) => fieldPointer.endsWith(p.pointer.replace(/^\/input/, '')));
}
