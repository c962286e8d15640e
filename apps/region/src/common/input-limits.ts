import { forOperations, limitsCheckedByTheValidators, MAX_STRING_LENGTH, type InputLimits } from '@sanpuku/platform';
import { TOWN_BLOCK_PAGE_MAX, TOWN_BLOCK_QUERY_MAX_LENGTH } from '@sanpuku/region-domain';

/**
 * The maximum length of every string region accepts (characters, i.e. Unicode code points),
 * and the other bounds of its inputs. apps/region/README.md lists them; tests read them from
 * here. The base64 content of an import has no limit of its own: the request body limit (the
 * platform's, see the root README) bounds it.
 */
export const REGION_LIMITS = Object.freeze({
  /** townBlocks(query). */
  townBlockQuery: TOWN_BLOCK_QUERY_MAX_LENGTH,
  /** townBlocks(first): 1..this. */
  townBlockPage: TOWN_BLOCK_PAGE_MAX,
  /** FileInput.fileName. */
  fileName: 255,
  /** TownBlockFilesInput.files: how many files in one import (the 47 prefectures fit). */
  importFiles: 100,
  /** ResourceFileInput.sourceName. */
  sourceName: 200,
  /** A shop category: defaultCategory, ResourcePointInput.category, PolicyInput.resourceCategories[]. */
  category: 40,
  /** ResourcePointInput.name. */
  resourceName: 200,
  /** PolicyInput.id. */
  policyId: 64,
  /** PolicyInput.resourceCategories: how many. */
  policyCategories: 20,
  /** WhatIfInput.add: how many planned shops. */
  whatIfAdd: 100,
  /** WhatIfInput.removeResourceIds: how many. */
  whatIfRemove: 1000,
  /** A resource id (digits). */
  resourceId: 19,
});

/** Shop categories are lower_snake_case codes (supermarket, convenience, drugstore, or your own). */
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * The same numbers in the platform's table form (`<operation>:<JSON Pointer>`, libs/platform
 * graphql/input-limits.ts), for every string argument region bounds below the contract plugin's
 * 10,000 characters. Region's own validators enforce each one with a message naming the field's
 * rule (`ファイル名は1〜255文字です`), together with the input's other problems, so all are
 * checked with the input; codes are bounded by their format, file contents by the body limit.
 * input-limits.every-string-argument-has-a-maximum.spec.ts keeps the table true to schema.gql.
 */
const IMPORT_FILE = { '/input/fileName': REGION_LIMITS.fileName };
const REGION_STRINGS: Readonly<Record<string, number>> = {
  'townBlocks:/query': REGION_LIMITS.townBlockQuery,
  ...forOperations(['importMunicipalities', 'importTownBlocks', 'importBoundaries', 'importResources'], IMPORT_FILE),
  'importTownBlockFiles:/input/files/*/fileName': REGION_LIMITS.fileName,
  'importResources:/input/sourceName': REGION_LIMITS.sourceName,
  'importResources:/input/defaultCategory': REGION_LIMITS.category,
  'whatIf:/input/add/*/category': REGION_LIMITS.category,
  'whatIf:/input/add/*/name': REGION_LIMITS.resourceName,
  'whatIf:/input/removeResourceIds/*': REGION_LIMITS.resourceId,
  'classifyAreas:/input/policy/id': REGION_LIMITS.policyId,
  'classifyAreas:/input/policy/resourceCategories/*': REGION_LIMITS.category,
};
export const REGION_INPUT_LIMITS: InputLimits = limitsCheckedByTheValidators(REGION_STRINGS, MAX_STRING_LENGTH);
