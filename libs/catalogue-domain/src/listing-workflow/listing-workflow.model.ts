export const LISTING_STATUSES = ['draft', 'submitted', 'published', 'returned', 'withdrawn'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_ACTIONS = ['submit', 'edit', 'publish', 'return', 'withdraw'] as const;
export type ListingActionType = (typeof LISTING_ACTIONS)[number];

export const LISTING_ROLES = ['operator', 'municipal_reviewer'] as const;
export type ListingRole = (typeof LISTING_ROLES)[number];

export const LISTING_STATUS_LABELS: Record<ListingStatus, { ja: string; en: string }> = {
  draft: { ja: '下書き', en: 'a draft' },
  submitted: { ja: '審査待ち', en: 'submitted for review' },
  published: { ja: '掲載中', en: 'published' },
  returned: { ja: '差し戻し', en: 'returned' },
  withdrawn: { ja: '掲載終了', en: 'withdrawn' },
};

export const LISTING_ACTION_LABELS: Record<ListingActionType | 'create', { ja: string; en: string }> = {
  create: { ja: '作成', en: 'create' },
  submit: { ja: '審査に提出', en: 'submit' },
  edit: { ja: '編集', en: 'edit' },
  publish: { ja: '掲載承認', en: 'publish' },
  return: { ja: '差し戻し', en: 'return' },
  withdraw: { ja: '掲載終了', en: 'withdraw' },
};

export const LISTING_ROLE_LABELS: Record<ListingRole, { ja: string; en: string }> = {
  operator: { ja: '事業者', en: 'operator' },
  municipal_reviewer: { ja: '自治体の審査担当者', en: 'municipal reviewer' },
};

export type ListingActor =
  | { id: string; role: 'operator'; organizationId: string }
  | { id: string; role: 'municipal_reviewer'; municipalityCode: string };

/** A reviewer's reason for returning a listing. */
export interface ReturnReason {
  /** JSON Pointer of the offering field concerned (e.g. `/disclosure/cancellationTerms`), or null. */
  path: string | null;
  messageJa: string;
  messageEn: string | null;
}

export interface ListingHistoryEntry {
  /** ISO 8601 UTC instant (from the `now` passed in). */
  at: string;
  actorId: string;
  role: ListingRole;
  action: ListingActionType | 'create';
  from: ListingStatus | null;
  to: ListingStatus;
  /** Non-empty only for `return`. */
  reasons: ReturnReason[];
  /** For `edit`: the reviewed fields that changed (see REVIEWED_FIELDS); otherwise []. */
  changedReviewedFields: string[];
  /** Free note (e.g. why a listing was withdrawn), or null. */
  note: string | null;
}

export interface ListingState {
  listingId: string;
  organizationId: string;
  status: ListingStatus;
  /** Oldest first; append-only. */
  history: ListingHistoryEntry[];
}
