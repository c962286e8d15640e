/**
 * GraphQL enums for matching's status filters (a free string that matched nothing returned `[]`).
 * Values are the domain's codes; their words are the kernel's kinds of the same name.
 */
import { registerEnumType } from '@nestjs/graphql';
import { REFERRAL_STATUSES } from '@sanpuku/matching-domain';
import { REQUEST_STATUSES } from '@sanpuku/matching-domain';

const enumOf = <C extends string>(codes: readonly C[]): Record<C, C> => Object.fromEntries(codes.map((c) => [c, c])) as Record<C, C>;

export const HelpRequestStatusEnum = enumOf(REQUEST_STATUSES);
registerEnumType(HelpRequestStatusEnum, {
  name: 'HelpRequestStatus',
  description: 'open 対応中 | unmet 未充足 | fulfilled 提供完了 (words: labels(kinds: ["HelpRequestStatus"])) / 相談依頼の状況',
});

export const ReferralStatusEnum = enumOf(REFERRAL_STATUSES);
registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description: 'Status of a referral (words: labels(kinds: ["ReferralStatus"])) / 紹介の状況',
});
