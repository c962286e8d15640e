import { jsonPointer } from '../shared/field-error';

/** Every leaf of a JSON value (string, number, boolean, null, empty array or object) as JSON Pointer → value. */
export function jsonLeaves(value: unknown, base: ReadonlyArray<string | number> = []): Array<{ path: string; value: unknown }> {
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ path: jsonPointer(base), value }];
    return value.flatMap((v, i) => jsonLeaves(v, [...base, i]));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [{ path: jsonPointer(base), value }];
    return entries.flatMap(([k, v]) => jsonLeaves(v, [...base, k]));
  }
  return [{ path: jsonPointer(base), value }];
}
