/**
 * Every label kind of the platform, in one list. Each context keeps its vocabulary in its own
 * file here (common, catalogue, region, matching) so it is edited where it is understood.
 */
import { COMMON_LABELS } from './common.labels';
import { CATALOGUE_LABELS } from './catalogue.labels';
import { REGION_LABELS } from './region.labels';
import { MATCHING_LABELS } from './matching.labels';
import type { LabelEntry, LabelKind } from './label.types';

export const ALL_LABEL_KINDS: readonly LabelKind[] = [...COMMON_LABELS, ...CATALOGUE_LABELS, ...REGION_LABELS, ...MATCHING_LABELS];

const index = new Map<string, Map<string, LabelEntry>>(ALL_LABEL_KINDS.map((k) => [k.kind, new Map(k.labels.map((l) => [l.code, l]))]));

/** The words for `code` of `kind`; throws for an unknown pair so a missing label fails loudly in tests. */
export function label(kind: string, code: string): LabelEntry {
  const l = index.get(kind)?.get(code);
  if (!l) throw new Error(`no label for ${kind}.${code}`);
  return l;
}

/** The words for `code` of `kind`, or the code itself in both languages when it has none (never throws). */
export function labelOrCode(kind: string, code: string): LabelEntry {
  return index.get(kind)?.get(code) ?? { code, ja: code, en: code };
}

export function labelKinds(kinds?: readonly string[] | null): readonly LabelKind[] {
  return kinds && kinds.length ? ALL_LABEL_KINDS.filter((k) => kinds.includes(k.kind)) : ALL_LABEL_KINDS;
}
