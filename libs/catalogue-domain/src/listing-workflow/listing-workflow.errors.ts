import type { FieldError } from '../shared/field-error';
import type { MissingDisclosureItem } from '../disclosure/disclosure';
import type { ListingActionType, ListingRole, ListingStatus } from './listing-workflow.model';
import { LISTING_ACTION_LABELS, LISTING_ROLE_LABELS, LISTING_STATUS_LABELS } from './listing-workflow.model';

/** Base class of every error the listing workflow throws; `code` is stable, messages are ja/en. */
export abstract class ListingWorkflowError extends Error {
  abstract readonly code: 'invalid_transition' | 'forbidden' | 'submission_incomplete' | 'reasons_required';
  protected constructor(
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = new.target.name;
  }
}

/** The action is not possible from the listing's current status (e.g. publishing a draft). */
export class InvalidListingTransitionError extends ListingWorkflowError {
  readonly code = 'invalid_transition' as const;
  constructor(
    readonly currentStatus: ListingStatus,
    readonly action: ListingActionType,
  ) {
    const s = LISTING_STATUS_LABELS[currentStatus];
    const a = LISTING_ACTION_LABELS[action];
    super(
      `現在の状態「${s.ja}」では「${a.ja}」はできません。`,
      `Cannot ${a.en} a listing that is ${s.en}.` // codes travel in extensions (currentStatus, action), never in the sentence,
    );
  }
}

/** The actor's role may not take this action, or an operator acts on another organization's listing. */
export class ListingPermissionError extends ListingWorkflowError {
  readonly code = 'forbidden' as const;
  constructor(
    readonly role: ListingRole,
    readonly action: ListingActionType | 'create',
    readonly reason: 'role' | 'other_organization',
  ) {
    const r = LISTING_ROLE_LABELS[role];
    const a = LISTING_ACTION_LABELS[action];
    super(
      reason === 'role'
        ? `${r.ja}は「${a.ja}」を行えません。`
        : `他の事業者の掲載に対して「${a.ja}」はできません。`,
      reason === 'role'
        ? `A ${r.en} may not ${a.en} a listing.`
        : `An operator may only ${a.en} its own organization's listings.`,
    );
  }
}

/** Submission refused: the draft has validation errors or missing disclosure items (both listed). */
export class ListingSubmissionIncompleteError extends ListingWorkflowError {
  readonly code = 'submission_incomplete' as const;
  constructor(
    readonly fieldErrors: FieldError[],
    readonly missingDisclosure: MissingDisclosureItem[],
  ) {
    const items = missingDisclosure.map((m) => m.labelJa).join('、');
    const itemsEn = missingDisclosure.map((m) => m.labelEn).join(', ');
    super(
      `提出できません。入力エラー${fieldErrors.length}件${items ? `、未記載の開示項目: ${items}` : ''}`,
      `Cannot submit: ${fieldErrors.length} field error(s)${itemsEn ? `; missing disclosure items: ${itemsEn}` : ''}.`,
    );
  }
}

/** Returning a listing needs at least one reason with text. */
export class ListingReturnReasonsRequiredError extends ListingWorkflowError {
  readonly code = 'reasons_required' as const;
  constructor() {
    super('差し戻しには理由を1つ以上記入してください。', 'Returning a listing requires at least one reason.');
  }
}
