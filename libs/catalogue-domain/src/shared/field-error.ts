import { jsonPointer, parseJsonPointer, type Bilingual, type FieldProblem } from '@sanpuku/kernel';

/**
 * One validation problem, located by a JSON Pointer into the validated input: the kernel's one
 * FieldProblem shape under the name this library has always used.
 */
export type FieldError = FieldProblem;
export { jsonPointer, parseJsonPointer };

/** A message in both languages (the kernel's Bilingual). */
export type MessagePair = Bilingual;

/** Replaces `{name}` placeholders with values from params (missing ones are left as is). */
export function interpolate(template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

export function fieldError(
  path: string,
  code: string,
  messages: MessagePair,
  params?: Readonly<Record<string, unknown>>,
): FieldError {
  return { path, code, messageJa: interpolate(messages.ja, params), messageEn: interpolate(messages.en, params) };
}
