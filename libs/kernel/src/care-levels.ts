/**
 * Care-need certification under long-term-care insurance (要介護認定), the same everywhere:
 * not certified, 要支援1–2, 要介護1–5. Contracts (zod), the domain libs and the GraphQL enums
 * derive from these lists; the words are the `CareLevel` label kind.
 */
export const CARE_LEVELS = ['none', 'support_1', 'support_2', 'care_1', 'care_2', 'care_3', 'care_4', 'care_5'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** The levels with a certification (要支援 or 要介護): what an offering can require. */
export const CERTIFIED_CARE_LEVELS = CARE_LEVELS.filter((l): l is Exclude<CareLevel, 'none'> => l !== 'none');
export type CertifiedCareLevel = Exclude<CareLevel, 'none'>;

/** `{ code: code }` for a list of codes, the shape TypeScript enums and Nest's registerEnumType take. */
export function enumOf<T extends string>(codes: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { readonly [K in T]: K };
}
