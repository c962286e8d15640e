import { assessSubmissionReadiness } from '../disclosure/disclosure';
import type { OfferingValidationContext } from '../offering-validation/offering-validation';
import {
  InvalidListingTransitionError,
  ListingPermissionError,
  ListingReturnReasonsRequiredError,
  ListingSubmissionIncompleteError,
} from './listing-workflow.errors';
import type {
  ListingActionType,
  ListingActor,
  ListingHistoryEntry,
  ListingRole,
  ListingState,
  ListingStatus,
  ReturnReason,
} from './listing-workflow.model';

/**
 * Listing review workflow (pure state machine).
 *
 *   draft ──submit──▶ submitted ──publish──▶ published ──withdraw──▶ withdrawn
 *     ▲                 │                      │  ▲                    │
 *     │               return (reasons)         │  └─ edit (no reviewed field changed)
 *     │                 ▼                      │
 *     └──edit──── returned ──submit──▶ submitted ◀── edit (a reviewed field changed)
 *   withdrawn ──edit──▶ draft (re-listing goes through review again)
 *
 * Decision (published → submitted): editing a published listing's REVIEWED fields (the disclosed
 * items — price, coverage, staff qualifications, liability insurance, complaint desk, cancellation
 * terms, effect claim/evidence — and the categories, which the listing criteria are judged by)
 * sends it back to review, and it is NOT shown while under review. The municipality vouches for
 * the disclosed items (only listings meeting the criteria are published, seed §ウェルココ):
 * showing unreviewed items would break that, and showing the old reviewed ones would show seniors
 * prices or terms the operator no longer honours. Edits to other fields (name, description,
 * schedule, capacity, languages, area, eligibility, base) keep the listing published. A submitted
 * listing cannot be edited until the reviewer decides (publish or return).
 */

/** Offering fields whose change on a published listing requires review again. */
export const REVIEWED_FIELDS = [
  '/categories',
  '/price',
  '/otherCosts',
  '/coverage',
  '/disclosure/staffQualifications',
  '/disclosure/liabilityInsurance',
  '/disclosure/complaintDesk',
  '/disclosure/cancellationTerms',
  '/disclosure/effectClaim',
] as const;

type Outcome = ListingStatus | 'published_or_submitted';

/** Transition table: status × action → next status (absent = invalid). */
export const LISTING_TRANSITIONS: Readonly<Record<ListingStatus, Partial<Record<ListingActionType, Outcome>>>> = {
  draft: { submit: 'submitted', edit: 'draft' },
  submitted: { publish: 'published', return: 'returned' },
  returned: { submit: 'submitted', edit: 'draft' },
  published: { edit: 'published_or_submitted', withdraw: 'withdrawn' },
  withdrawn: { edit: 'draft' },
};

/** Who may take each action. Operators act only on their own organization's listings. */
export const LISTING_ACTION_ROLES: Readonly<Record<ListingActionType, ListingRole>> = {
  submit: 'operator',
  edit: 'operator',
  withdraw: 'operator',
  publish: 'municipal_reviewer',
  return: 'municipal_reviewer',
};

export type ListingAction =
  /** `offering` is the draft being submitted; it must validate and its disclosure must be complete. */
  | { type: 'submit'; offering: unknown; context: OfferingValidationContext }
  /** `before`/`after` are the offering before and after the edit (needed to detect reviewed-field changes). */
  | { type: 'edit'; before: unknown; after: unknown; context: OfferingValidationContext }
  | { type: 'publish' }
  | { type: 'return'; reasons: ReturnReason[] }
  | { type: 'withdraw'; note?: string | null };

export interface ListingTransitionResult {
  listing: ListingState;
  entry: ListingHistoryEntry;
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function at(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const seg of pointer.split('/').slice(1)) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** The REVIEWED_FIELDS whose value differs between two versions of an offering (null ≡ absent). */
export function changedReviewedFields(before: unknown, after: unknown): string[] {
  return REVIEWED_FIELDS.filter((p) => stableJson(at(before, p) ?? null) !== stableJson(at(after, p) ?? null));
}

function authorize(listing: Pick<ListingState, 'organizationId'>, actor: ListingActor, action: ListingActionType): void {
  if (LISTING_ACTION_ROLES[action] !== actor.role) throw new ListingPermissionError(actor.role, action, 'role');
  if (actor.role === 'operator' && actor.organizationId !== listing.organizationId)
    throw new ListingPermissionError(actor.role, action, 'other_organization');
}

function entry(
  now: Date,
  actor: ListingActor,
  action: ListingHistoryEntry['action'],
  from: ListingStatus | null,
  to: ListingStatus,
  extra: Partial<Pick<ListingHistoryEntry, 'reasons' | 'changedReviewedFields' | 'note'>> = {},
): ListingHistoryEntry {
  return {
    at: now.toISOString(),
    actorId: actor.id,
    role: actor.role,
    action,
    from,
    to,
    reasons: extra.reasons ?? [],
    changedReviewedFields: extra.changedReviewedFields ?? [],
    note: extra.note ?? null,
  };
}

/** A new listing in `draft`, created by an operator of the organization. */
export function createListing(
  ids: { listingId: string; organizationId: string },
  actor: ListingActor,
  now: Date,
): ListingTransitionResult {
  if (actor.role !== 'operator') throw new ListingPermissionError(actor.role, 'create', 'role');
  if (actor.organizationId !== ids.organizationId) throw new ListingPermissionError(actor.role, 'create', 'other_organization');
  const first = entry(now, actor, 'create', null, 'draft');
  return { listing: { ...ids, status: 'draft', history: [first] }, entry: first };
}

function assertReady(offering: unknown, context: OfferingValidationContext): void {
  const readiness = assessSubmissionReadiness(offering, context);
  if (!readiness.ready) throw new ListingSubmissionIncompleteError(readiness.fieldErrors, readiness.missingDisclosure);
}

/**
 * Applies one action. Checks, in order: the actor's role and organization (ListingPermissionError),
 * the transition table (InvalidListingTransitionError), then the action's own guard
 * (ListingSubmissionIncompleteError, ListingReturnReasonsRequiredError). Returns the new state
 * (the input is not mutated) and the appended history entry.
 */
export function applyListingAction(
  listing: ListingState,
  action: ListingAction,
  actor: ListingActor,
  now: Date,
): ListingTransitionResult {
  authorize(listing, actor, action.type);
  const outcome = LISTING_TRANSITIONS[listing.status][action.type];
  if (!outcome) throw new InvalidListingTransitionError(listing.status, action.type);

  let to: ListingStatus;
  let extra: Parameters<typeof entry>[5] = {};
  switch (action.type) {
    case 'submit':
      assertReady(action.offering, action.context);
      to = 'submitted';
      break;
    case 'edit': {
      const changed = changedReviewedFields(action.before, action.after);
      extra = { changedReviewedFields: changed };
      if (outcome === 'published_or_submitted') {
        // A published listing must stay valid and complete after any edit.
        assertReady(action.after, action.context);
        to = changed.length > 0 ? 'submitted' : 'published';
      } else {
        to = outcome as ListingStatus;
      }
      break;
    }
    case 'return': {
      const reasons = (action.reasons ?? []).filter((r) => typeof r?.messageJa === 'string' && r.messageJa.trim() !== '');
      if (reasons.length === 0) throw new ListingReturnReasonsRequiredError();
      extra = {
        reasons: reasons.map((r) => ({ path: r.path ?? null, messageJa: r.messageJa.trim(), messageEn: r.messageEn?.trim() || null })),
      };
      to = 'returned';
      break;
    }
    case 'withdraw':
      extra = { note: action.note?.trim() || null };
      to = 'withdrawn';
      break;
    case 'publish':
      to = 'published';
      break;
  }
  const e = entry(now, actor, action.type, listing.status, to, extra);
  return { listing: { ...listing, status: to, history: [...listing.history, e] }, entry: e };
}

/** Actions the actor may attempt on the listing now (role, organization and status; guards not evaluated). */
export function availableListingActions(listing: ListingState, actor: ListingActor): ListingActionType[] {
  return (Object.keys(LISTING_TRANSITIONS[listing.status]) as ListingActionType[]).filter(
    (a) => LISTING_ACTION_ROLES[a] === actor.role && (actor.role !== 'operator' || actor.organizationId === listing.organizationId),
  );
}

/** Whether the listing is visible to seniors, care managers and municipalities (only `published`). */
export function isListingVisible(listing: Pick<ListingState, 'status'>): boolean {
  return listing.status === 'published';
}
