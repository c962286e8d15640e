import { GraphQLError } from 'graphql';
import { badInput } from '@sanpuku/platform';
import { InvalidReferralTransitionError, MatchingInputError, ReferralActorNotPermittedError, ReferralReasonError } from '@sanpuku/matching-domain';
import type { InputIssue, Validated } from './validation';

/** BAD_USER_INPUT naming the first bad field; `extensions.issues` lists every issue (field, en, ja). */
export function badInputFrom(issues: readonly InputIssue[]): GraphQLError {
  const [first] = issues;
  const err = badInput(first.field, first.en, first.ja);
  (err.extensions as Record<string, unknown>).issues = issues;
  return err;
}

/** The value, or a BAD_USER_INPUT error. */
export function valueOrThrow<T>(v: Validated<T>): T {
  if (!v.ok) throw badInputFrom(v.issues);
  return v.value;
}

/** A state conflict (e.g. an invalid referral transition), naming the current state. */
export function conflict(code: string, en: string, ja: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${en} / ${ja}`, { extensions: { code, ...extensions } });
}

/** Turns the domain's typed referral errors into GraphQL errors; rethrows anything else. */
export function mapDomainError(err: unknown): never {
  if (err instanceof InvalidReferralTransitionError) {
    throw conflict('INVALID_TRANSITION', err.messageEn, err.messageJa, {
      currentStatus: err.currentStatus,
      attemptedAction: err.attemptedAction,
      allowedActions: err.allowedActions,
    });
  }
  if (err instanceof ReferralActorNotPermittedError) {
    throw new GraphQLError(`${err.messageEn} / ${err.messageJa}`, {
      extensions: { code: 'FORBIDDEN', currentStatus: err.currentStatus, attemptedAction: err.attemptedAction },
    });
  }
  if (err instanceof ReferralReasonError) {
    const e = badInput('reasonCode', err.messageEn, err.messageJa);
    (e.extensions as Record<string, unknown>).currentStatus = err.currentStatus;
    throw e;
  }
  if (err instanceof MatchingInputError) {
    throw badInput(err.subject, err.message, `入力が正しくありません（${err.issues.join('、')}）`);
  }
  throw err;
}
