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
