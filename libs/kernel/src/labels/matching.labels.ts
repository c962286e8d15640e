import type { LabelKind } from './label.types';

/** The matching context's codes. */
export const MATCHING_LABELS: readonly LabelKind[] = [];
