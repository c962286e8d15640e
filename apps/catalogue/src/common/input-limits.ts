/**
 * The maximum length of every string argument of the catalogue's GraphQL operations (pure).
 * Enforced for every root Query/Mutation field by InputLimitsInterceptor before anything else
 * runs, so no text of unbounded size reaches validation, storage or logs: a longer one is
 * BAD_USER_INPUT `text_too_long` naming the field (JSON Pointer into the arguments, e.g.
 * `/input/title`). Lengths are Unicode characters (code points) of the trimmed text. The domain
 * validates the same fields again with the same or smaller limits (together with every other
 * problem of the input); this table is the documented contract (apps/catalogue/README.md).
 *
 * Keys are `<operation>:<pointer>` with `*` for any list index; `*:` applies to every operation.
 */
import { fieldError, type FieldError } from '@sanpuku/catalogue-domain';

const OFFERING_INPUT: Record<string, number> = {
  '/input/title': 200,
  '/input/titleEn': 200,
  '/input/description': 4000,
  '/input/descriptionEn': 4000,
  '/input/categories/*': 64,
  '/input/price/includes': 1000,
  '/input/otherCosts/*/label': 100,
  '/input/eligibility/otherConditions': 2000,
  '/input/schedule/*/opensAt': 5,
  '/input/schedule/*/closesAt': 5,
  '/input/languages/*': 35,
  '/input/serviceArea/municipalityCodes/*': 5,
  '/input/servedMunicipalityCodes/*': 5,
  '/input/disclosure/staffQualifications': 2000,
  '/input/disclosure/liabilityInsurance/insurer': 200,
  '/input/disclosure/liabilityInsurance/coverageSummary': 1000,
  '/input/disclosure/complaintDesk/name': 200,
  '/input/disclosure/complaintDesk/phone': 30,
  '/input/disclosure/complaintDesk/email': 254,
  '/input/disclosure/cancellationTerms': 2000,
  '/input/disclosure/effectClaim/claim': 1000,
  '/input/disclosure/effectClaim/evidence': 4000,
  '/input/disclosure/effectClaim/evidenceUrl': 2000,
};

const ORGANIZATION_INPUT: Record<string, number> = {
  '/input/name': 200,
  '/input/alternateName': 200,
  '/input/description': 4000,
  '/input/corporateNumber': 30,
  '/input/website': 2000,
  '/input/email': 254,
  '/input/phone': 30,
  '/input/complaintDesk/name': 200,
  '/input/complaintDesk/phone': 30,
  '/input/complaintDesk/email': 254,
};

const TAXONOMY_INPUT: Record<string, number> = {
  '/input/code': 64,
  '/input/familyCode': 64,
  '/input/labelJa': 100,
  '/input/labelEn': 100,
  '/input/examplesJa': 500,
};

/** The platform's own full HSDS export of a demo-sized catalogue is ~93 KB; a request body is at most 1 MB. */
export const MAX_HSDS_DOCUMENT = 1_000_000;

const prefixed = (op: string, limits: Record<string, number>) => Object.fromEntries(Object.entries(limits).map(([p, n]) => [`${op}:${p}`, n]));

export const STRING_LIMITS: Readonly<Record<string, number>> = {
  '*:/id': 100,
  ...prefixed('createOffering', OFFERING_INPUT),
  ...prefixed('updateOffering', OFFERING_INPUT),
  ...prefixed('registerOrganization', ORGANIZATION_INPUT),
  ...prefixed('updateOrganization', ORGANIZATION_INPUT),
  ...prefixed('addTaxonomyCategory', TAXONOMY_INPUT),
  ...prefixed('renameTaxonomyCategory', TAXONOMY_INPUT),
  'deactivateTaxonomyCategory:/code': 64,
  'reactivateTaxonomyCategory:/code': 64,
  'returnOffering:/reasons/*/path': 200,
  'returnOffering:/reasons/*/messageJa': 2000,
  'returnOffering:/reasons/*/messageEn': 2000,
  'withdrawOffering:/note': 2000,
  'searchOfferings:/filter/text': 200,
  'searchOfferings:/filter/categories/*': 64,
  'searchOfferings:/filter/municipalityCode': 5,
  'searchOfferings:/filter/near/municipalityCode': 5,
  'importHsds:/document': MAX_HSDS_DOCUMENT,
  'exportHsds:/organizationId': 100,
  'importHsdsCsv:/files/*/fileName': 100,
  'importHsdsCsv:/files/*/content': MAX_HSDS_DOCUMENT,
  'exportHsdsCsv:/organizationId': 100,
  'labels:/kinds/*': 64,
};

/**
 * Limits the input's own validation enforces (the domain's validateOffering / organization and
 * taxonomy checks, same numbers), reporting them together with every other problem of the input.
 * The guard leaves these to it, so a form still gets all its problems at once; it enforces the
 * rest (codes, tags, times, phone numbers, addresses, URLs, notes, reasons, search, HSDS).
 */
const OFFERING_CHECKED = [
  '/input/title', '/input/titleEn', '/input/description', '/input/descriptionEn', '/input/price/includes', '/input/otherCosts/*/label',
  '/input/eligibility/otherConditions', '/input/disclosure/staffQualifications', '/input/disclosure/liabilityInsurance/insurer',
  '/input/disclosure/liabilityInsurance/coverageSummary', '/input/disclosure/complaintDesk/name', '/input/disclosure/cancellationTerms',
  '/input/disclosure/effectClaim/claim', '/input/disclosure/effectClaim/evidence',
];
const ORGANIZATION_CHECKED = ['/input/name', '/input/alternateName', '/input/description', '/input/complaintDesk/name'];
const TAXONOMY_CHECKED = ['/input/labelJa', '/input/labelEn', '/input/examplesJa'];
export const CHECKED_WITH_THE_INPUT: ReadonlySet<string> = new Set([
  ...['createOffering', 'updateOffering'].flatMap((op) => OFFERING_CHECKED.map((p) => `${op}:${p}`)),
  ...['registerOrganization', 'updateOrganization'].flatMap((op) => ORGANIZATION_CHECKED.map((p) => `${op}:${p}`)),
  ...['addTaxonomyCategory', 'renameTaxonomyCategory'].flatMap((op) => TAXONOMY_CHECKED.map((p) => `${op}:${p}`)),
]);

/** Any string argument the table does not name (none today; a guard for fields added later). */
export const DEFAULT_STRING_LIMIT = 1000;

/** The longest list argument, where a list is not otherwise bounded by the domain. */
export const LIST_LIMITS: Readonly<Record<string, number>> = {
  'searchOfferings:/filter/categories': 50,
  'searchOfferings:/filter/capacity': 10,
  'returnOffering:/reasons': 50,
  'labels:/kinds': 100,
  'importHsdsCsv:/files': 30,
};

const MESSAGES = {
  text_too_long: { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  too_many: { ja: '{max}件以内で指定してください。', en: 'Give at most {max} items.' },
};

function limitFor(table: Readonly<Record<string, number>>, operation: string, pointer: string): number | undefined {
  const pattern = pointer.replace(/\/\d+(?=\/|$)/g, '/*');
  return table[`${operation}:${pattern}`] ?? table[`*:${pattern}`];
}

const withMax = (m: { ja: string; en: string }, max: number) => ({
  ja: m.ja.replace('{max}', max.toLocaleString('ja-JP')),
  en: m.en.replace('{max}', max.toLocaleString('en-US')),
});

/** Every string (and bounded list) of `args` over its limit, as field errors with JSON Pointers. */
export function inputLimitProblems(operation: string, args: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = [];
  const walk = (v: unknown, pointer: string): void => {
    if (typeof v === 'string') {
      if (CHECKED_WITH_THE_INPUT.has(`${operation}:${pointer.replace(/\/\d+(?=\/|$)/g, '/*')}`)) return;
      const max = limitFor(STRING_LIMITS, operation, pointer) ?? DEFAULT_STRING_LIMIT;
      if ([...v.trim()].length > max) problems.push(fieldError(pointer, 'text_too_long', withMax(MESSAGES.text_too_long, max), { max }));
    } else if (Array.isArray(v)) {
      const max = limitFor(LIST_LIMITS, operation, pointer);
      if (max !== undefined && v.length > max) problems.push(fieldError(pointer, 'too_many', withMax(MESSAGES.too_many, max), { max }));
      else v.forEach((x, i) => walk(x, `${pointer}/${i}`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${k}`);
    }
  };
  for (const [k, v] of Object.entries(args)) walk(v, `/${k}`);
  return problems;
}
