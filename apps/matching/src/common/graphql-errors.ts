import { badInput, badUserInput, conflict, forbidden } from '@sanpuku/platform';
import { InvalidReferralTransitionError, MatchingInputError, ReferralActorNotPermittedError, ReferralReasonError } from '@sanpuku/matching-domain';
import type { Validated } from './validation';

/** The value, or one BAD_USER_INPUT carrying every problem. */
export function valueOrThrow<T>(v: Validated<T>): T {
  if (!v.ok) throw badUserInput(v.issues);
  return v.value;
}

/** Turns the domain's typed referral errors into errors of the platform's one shape; rethrows anything else. */
export function mapDomainError(err: unknown): never {
  if (err instanceof InvalidReferralTransitionError) {
    throw conflict('INVALID_TRANSITION', err.messageEn, err.messageJa, {
      currentStatus: err.currentStatus,
      attemptedAction: err.attemptedAction,
      allowedActions: err.allowedActions,
    });
  }
  if (err instanceof ReferralActorNotPermittedError) {
    const e = forbidden(err.messageEn, err.messageJa);
    Object.assign(e.extensions, { currentStatus: err.currentStatus, attemptedAction: err.attemptedAction });
    throw e;
  }
  if (err instanceof ReferralReasonError) {
    const e = badInput('/reasonCode', err.messageEn, err.messageJa, 'reason_code_not_allowed');
    Object.assign(e.extensions, { currentStatus: err.currentStatus });
    throw e;
  }
  if (err instanceof MatchingInputError) {
    throw badInput(`/${err.subject}`, err.message, `入力が正しくありません（${err.issues.join('、')}）`);
  }
  throw err;
}
