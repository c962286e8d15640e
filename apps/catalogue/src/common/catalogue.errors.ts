/**
 * The catalogue's domain errors in the platform's one error shape (libs/platform errors):
 * input problems are BAD_USER_INPUT with every problem as `{ path, code, messageJa, messageEn }`,
 * paths being JSON Pointers into the operation's arguments (`/input/title`); workflow refusals
 * keep their stable codes.
 */
import {
  InvalidListingTransitionError,
  ListingPermissionError,
  ListingReturnReasonsRequiredError,
  ListingSubmissionIncompleteError,
  type FieldError,
  type MissingDisclosureItem,
} from '@sanpuku/catalogue-domain';
import { badUserInput, conflict, forbidden, underPointer } from '@sanpuku/platform';

/** BAD_USER_INPUT for the domain's field errors, whose paths are relative to the argument `root`. */
export function fieldErrorsToGraphQL(errors: readonly FieldError[], root = '/input', details: Record<string, unknown> = {}) {
  return badUserInput(underPointer(root, errors), details);
}

/** A FieldError saying a disclosure item is missing (same path as the item). */
export function missingDisclosureAsFieldError(m: MissingDisclosureItem): FieldError {
  return {
    path: m.path,
    code: 'disclosure_missing',
    messageJa: `開示項目「${m.labelJa}」: ${m.reasonJa}`,
    messageEn: `Disclosure item "${m.labelEn}": ${m.reasonEn}`,
  };
}

/** Submission refused: every field error and every missing disclosure item, in one BAD_USER_INPUT. */
export function submissionIncomplete(fieldErrors: readonly FieldError[], missing: readonly MissingDisclosureItem[]) {
  return fieldErrorsToGraphQL([...fieldErrors, ...missing.map(missingDisclosureAsFieldError)], '/input', {
    reason: 'submission_incomplete',
    missingDisclosure: missing.map((m) => ({ ...m })),
  });
}

/**
 * Turns the listing workflow's typed errors into GraphQL errors; rethrows anything else.
 * `translatePath` maps the domain's offering paths to the GraphQL input's.
 */
export function mapListingError(err: unknown, translatePath: (p: string) => string = (p) => p): never {
  if (err instanceof ListingSubmissionIncompleteError) {
    throw submissionIncomplete(
      err.fieldErrors.map((e) => ({ ...e, path: translatePath(e.path) })),
      err.missingDisclosure,
    );
  }
  if (err instanceof InvalidListingTransitionError) {
    throw conflict('INVALID_TRANSITION', err.messageEn, err.messageJa, { currentStatus: err.currentStatus, action: err.action });
  }
  if (err instanceof ListingPermissionError) {
    const e = forbidden(err.messageEn, err.messageJa);
    Object.assign(e.extensions, { action: err.action, reason: err.reason });
    throw e;
  }
  if (err instanceof ListingReturnReasonsRequiredError) {
    throw badUserInput([{ path: '/reasons', code: 'reasons_required', messageJa: err.messageJa, messageEn: err.messageEn }]);
  }
  throw err;
}
