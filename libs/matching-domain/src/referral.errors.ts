import {
  REFERRAL_ACTION_LABELS,
  REFERRAL_ROLE_LABELS,
  REFERRAL_STATUS_LABELS,
  type ReferralAction,
  type ReferralActorRole,
  type ReferralStatus,
} from './referral.types';

export type ReferralErrorCode = 'invalid_transition' | 'actor_not_permitted' | 'reason_required' | 'invalid_reason';

const statusJa = (s: ReferralStatus) => `「${REFERRAL_STATUS_LABELS[s]?.ja ?? s}」(${s})`;
const actionJa = (a: string) =>
  a in REFERRAL_ACTION_LABELS ? `「${REFERRAL_ACTION_LABELS[a as ReferralAction].ja}」(${a})` : `「${a}」`;

/**
 * Base of every referral transition error. `message` is "English / 日本語"; the two languages
 * are also available separately. Always names the current status and the attempted action.
 */
export abstract class ReferralTransitionError extends Error {
  abstract readonly code: ReferralErrorCode;

  protected constructor(
    readonly referralId: string,
    readonly currentStatus: ReferralStatus,
    readonly attemptedAction: string,
    readonly messageJa: string,
    readonly messageEn: string,
  ) {
    super(`${messageEn} / ${messageJa}`);
  }
}

/** The action is not possible from the current status (or is unknown). */
export class InvalidReferralTransitionError extends ReferralTransitionError {
  readonly code = 'invalid_transition' as const;

  constructor(
    referralId: string,
    currentStatus: ReferralStatus,
    attemptedAction: string,
    /** Target status of the attempted action, when the action is known. */
    readonly attemptedTo: ReferralStatus | null,
    /** Actions that are possible from the current status (any role). */
    readonly allowedActions: readonly ReferralAction[],
    hint?: { ja: string; en: string },
  ) {
    const target = attemptedTo ? ` (→ ${attemptedTo})` : '';
    const allowedJa = allowedActions.length ? allowedActions.map(actionJa).join('、') : 'なし（終了状態）';
    const allowedEn = allowedActions.length ? allowedActions.join(', ') : 'none (final status)';
    super(
      referralId,
      currentStatus,
      attemptedAction,
      `紹介 ${referralId} は現在${statusJa(currentStatus)}のため、${actionJa(attemptedAction)}${attemptedTo ? `（→ ${attemptedTo}）` : ''}はできません。可能な操作: ${allowedJa}${hint ? `。${hint.ja}` : ''}`,
      `Referral ${referralId} is '${currentStatus}': transition '${attemptedAction}'${target} is not allowed from '${currentStatus}'. Allowed: ${allowedEn}${hint ? `. ${hint.en}` : ''}`,
    );
    this.name = 'InvalidReferralTransitionError';
  }
}

/** The action exists from this status but the actor's role may not perform it. */
export class ReferralActorNotPermittedError extends ReferralTransitionError {
  readonly code = 'actor_not_permitted' as const;

  constructor(
    referralId: string,
    currentStatus: ReferralStatus,
    attemptedAction: ReferralAction,
    readonly role: ReferralActorRole,
    readonly permittedRoles: readonly ReferralActorRole[],
  ) {
    const roleJa = REFERRAL_ROLE_LABELS[role]?.ja ?? role;
    const permittedJa = permittedRoles.map((r) => REFERRAL_ROLE_LABELS[r].ja).join('・');
    super(
      referralId,
      currentStatus,
      attemptedAction,
      `紹介 ${referralId}（現在${statusJa(currentStatus)}）の${actionJa(attemptedAction)}は${permittedJa}のみが行えます（操作者: ${roleJa}）`,
      `Referral ${referralId} is '${currentStatus}': only ${permittedRoles.join(' or ')} may '${attemptedAction}', not ${role}`,
    );
    this.name = 'ReferralActorNotPermittedError';
  }
}

/** A reason code is required (reject, fail) or the given one is malformed. */
export class ReferralReasonError extends ReferralTransitionError {
  readonly code: 'reason_required' | 'invalid_reason';

  constructor(
    referralId: string,
    currentStatus: ReferralStatus,
    attemptedAction: ReferralAction,
    readonly given: string | null | undefined,
  ) {
    const missing = given == null || given === '';
    super(
      referralId,
      currentStatus,
      attemptedAction,
      missing
        ? `紹介 ${referralId}（現在${statusJa(currentStatus)}）の${actionJa(attemptedAction)}には理由コードが必要です`
        : `紹介 ${referralId}（現在${statusJa(currentStatus)}）の${actionJa(attemptedAction)}: 理由コード「${given}」は英小文字とアンダースコアのみで指定してください`,
      missing
        ? `Referral ${referralId} is '${currentStatus}': '${attemptedAction}' requires a reason code`
        : `Referral ${referralId} is '${currentStatus}': reason code '${given}' for '${attemptedAction}' must match /^[a-z_]+$/`,
    );
    this.code = missing ? 'reason_required' : 'invalid_reason';
    this.name = 'ReferralReasonError';
  }
}
