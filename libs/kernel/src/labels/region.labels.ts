import type { LabelKind } from './label.types';

/** The region context's codes. */
export const REGION_LABELS: readonly LabelKind[] = [];
