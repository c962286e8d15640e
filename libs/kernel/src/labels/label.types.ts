/**
 * The words for a code. Every code the API returns (an enum value, a status, a reason, a data
 * item…) has a Japanese and an English label here, so no client ever shows `support_1` or
 * `per_hour` to a person. One source: services, the `labels` query and the web app read these.
 */

/** A text in both of the users' languages. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

export interface LabelEntry {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
  /** One plain sentence where the label alone does not explain it (e.g. what 要支援 means). */
  readonly descriptionJa?: string;
  readonly descriptionEn?: string;
}

/** A named set of codes, e.g. `CareLevel`. Kind names are PascalCase; where a GraphQL enum carries the codes, the kind has its name. */
export interface LabelKind {
  readonly kind: string;
  readonly descriptionJa: string;
  readonly descriptionEn: string;
  /** GraphQL enums whose values are exactly these codes (the contract test checks every enum is covered). */
  readonly graphqlEnums?: readonly string[];
  readonly labels: readonly LabelEntry[];
}

/** Builds a kind from `[code, ja, en, descriptionJa?, descriptionEn?]` rows. */
export function labelKind(
  kind: string,
  descriptionJa: string,
  descriptionEn: string,
  rows: readonly (readonly [string, string, string, string?, string?])[],
  graphqlEnums: readonly string[] = [],
): LabelKind {
  return {
    kind,
    descriptionJa,
    descriptionEn,
    graphqlEnums,
    labels: rows.map(([code, ja, en, dja, den]) => ({ code, ja, en, ...(dja ? { descriptionJa: dja } : {}), ...(den ? { descriptionEn: den } : {}) })),
  };
}

/** Looks up one code's words; `undefined` when the kind or code is unknown. */
export function labelOf(kinds: readonly LabelKind[], kind: string, code: string): LabelEntry | undefined {
  return kinds.find((k) => k.kind === kind)?.labels.find((l) => l.code === code);
}
