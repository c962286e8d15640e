/**
 * The maximum length of every string argument of the catalogue's GraphQL operations: the
 * catalogue's numbers only, enforced by the platform's one mechanism (libs/platform
 * graphql/input-limits.ts) for every root Query/Mutation field before anything else runs, so no
 * text of unbounded size reaches validation, storage or logs: a longer one is BAD_USER_INPUT
 * `text_too_long` naming the field (JSON Pointer into the arguments, e.g. `/input/title`). The
 * domain validates the same fields again with the same or smaller limits (together with every
 * other problem of the input); this table is the documented contract (apps/catalogue/README.md).
 *
 * Keys are `<operation>:<pointer>` with `*` for any list index; `*:` applies to every operation.
 */
import { forOperations, type InputLimits } from '@sanpuku/platform';

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

const STRING_LIMITS: Readonly<Record<string, number>> = {
  '*:/id': 100,
  ...forOperations(['createOffering', 'updateOffering'], OFFERING_INPUT),
  ...forOperations(['registerOrganization', 'updateOrganization'], ORGANIZATION_INPUT),
  ...forOperations(['addTaxonomyCategory', 'renameTaxonomyCategory'], TAXONOMY_INPUT),
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
const checked = (pointers: string[]) => Object.fromEntries(pointers.map((p) => [p, true]));
const CHECKED_WITH_THE_INPUT: ReadonlySet<string> = new Set(
  Object.keys({
    ...forOperations(['createOffering', 'updateOffering'], checked(OFFERING_CHECKED)),
    ...forOperations(['registerOrganization', 'updateOrganization'], checked(ORGANIZATION_CHECKED)),
    ...forOperations(['addTaxonomyCategory', 'renameTaxonomyCategory'], checked(TAXONOMY_CHECKED)),
  }),
);

/** The longest list argument, where a list is not otherwise bounded by the domain. */
const LIST_LIMITS: Readonly<Record<string, number>> = {
  'searchOfferings:/filter/categories': 50,
  'searchOfferings:/filter/capacity': 10,
  'returnOffering:/reasons': 50,
  'labels:/kinds': 100,
  'importHsdsCsv:/files': 30,
};

export const CATALOGUE_INPUT_LIMITS: InputLimits = {
  strings: STRING_LIMITS,
  lists: LIST_LIMITS,
  checkedWithTheInput: CHECKED_WITH_THE_INPUT,
  // Any string argument the table does not name (none today; a guard for fields added later).
  otherwise: 1000,
};
