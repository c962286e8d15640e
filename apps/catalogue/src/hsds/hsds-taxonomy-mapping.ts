/**
 * The editable mapping from other taxonomies' terms to our category codes (domain
 * `HsdsTermMapping`): `hsds-taxonomy-mapping.json` beside this file, or the file named by
 * CATALOGUE_HSDS_TERM_MAPPING. Read at every import, so an edit applies at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { HsdsTermMapping } from '@sanpuku/catalogue-domain';
import { repoRoot } from '@sanpuku/platform';

export const DEFAULT_HSDS_TERM_MAPPING_FILE = join(repoRoot(), 'apps/catalogue/src/hsds/hsds-taxonomy-mapping.json');

const schema = z.object({
  entries: z.array(
    z
      .object({
        taxonomy: z.string().min(1),
        code: z.string().min(1).optional(),
        name: z.string().min(1).optional(),
        categories: z.array(z.string().min(1)).min(1),
        note: z.string().optional(),
      })
      .refine((e) => e.code !== undefined || e.name !== undefined, { message: 'code or name' }),
  ),
});

export function loadHsdsTermMapping(file = process.env.CATALOGUE_HSDS_TERM_MAPPING || DEFAULT_HSDS_TERM_MAPPING_FILE): HsdsTermMapping {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`invalid HSDS term mapping ${file}: ${parsed.error.message}`);
  return parsed.data;
}
