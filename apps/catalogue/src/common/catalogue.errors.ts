/**
 * How the catalogue's rejections reach GraphQL clients. Input problems are always
 * BAD_USER_INPUT with `extensions.field` (the JSON Pointer of the first problem) and
 * `extensions.errors` (every problem: path, code, messageJa, messageEn), so a form can mark
 * every field at once. Workflow errors keep the domain's stable codes.
 */
import { GraphQLError } from 'graphql';
import {
  InvalidListingTransitionError,
  ListingPermissionError,
  ListingReturnReasonsRequiredError,
  ListingSubmissionIncompleteError,
  type FieldError,
  type MissingDisclosureItem,
} from '@sanpuku/catalogue-domain';

/** BAD_USER_INPUT naming the first bad field; `extensions.errors` lists them all. */
export function fieldErrorsToGraphQL(errors: readonly FieldError[], extensions: Record<string, unknown> = {}): GraphQLError {
  const [first] = errors;
  const head = first ? `${first.path || '(input)'}: ${first.messageEn} / ${first.messageJa}` : 'invalid input / 入力が正しくありません';
  const more = errors.length > 1 ? ` (+${errors.length - 1} more / ほか${errors.length - 1}件)` : '';
  return new GraphQLError(head + more, {
    extensions: { code: 'BAD_USER_INPUT', field: first?.path ?? '', errors: errors.map((e) => ({ ...e })), ...extensions },
  });
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
export function submissionIncomplete(fieldErrors: readonly FieldError[], missing: readonly MissingDisclosureItem[]): GraphQLError {
  return fieldErrorsToGraphQL([...fieldErrors, ...missing.map(missingDisclosureAsFieldError)], {
    reason: 'submission_incomplete',
    missingDisclosure: missing.map((m) => ({ ...m })),
  });
}

export function conflict(code: string, en: string, ja: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${en} / ${ja}`, { extensions: { code, ...extensions } });
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
    throw new GraphQLError(`${err.messageEn} / ${err.messageJa}`, { extensions: { code: 'FORBIDDEN', action: err.action, reason: err.reason } });
  }
  if (err instanceof ListingReturnReasonsRequiredError) {
    throw fieldErrorsToGraphQL([{ path: '/reasons', code: 'reasons_required', messageJa: err.messageJa, messageEn: err.messageEn }]);
  }
  throw err;
}
