/** One term of the service taxonomy. Families have `parentCode: null`; categories point at their family. */
export interface TaxonomyTerm {
  code: string;
  parentCode: string | null;
  labelJa: string;
  labelEn: string;
}

/** The service taxonomy as data (an editable table in the catalogue service, seeded from SERVICE_TAXONOMY_SEED). */
export interface ServiceTaxonomy {
  /** UUID; also the HSDS taxonomy id. */
  id: string;
  name: string;
  description: string;
  version: string;
  /** Parents before children; order is kept. */
  terms: TaxonomyTerm[];
}

/**
 * Codes offerings may use as categories: by default the leaf terms (terms that are no
 * term's parent). Pass `{ includeFamilies: true }` to allow the family codes too.
 */
export function categoryCodesOf(
  taxonomy: Pick<ServiceTaxonomy, 'terms'>,
  options: { includeFamilies?: boolean } = {},
): ReadonlySet<string> {
  const parents = new Set(taxonomy.terms.map((t) => t.parentCode).filter((c): c is string => c !== null));
  return new Set(taxonomy.terms.filter((t) => options.includeFamilies || !parents.has(t.code)).map((t) => t.code));
}

export function findTerm(taxonomy: Pick<ServiceTaxonomy, 'terms'>, code: string): TaxonomyTerm | undefined {
  return taxonomy.terms.find((t) => t.code === code);
}
