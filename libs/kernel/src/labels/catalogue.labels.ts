import type { LabelKind } from './label.types';

/** The catalogue context's codes. */
export const CATALOGUE_LABELS: readonly LabelKind[] = [];
