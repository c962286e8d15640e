import type { Diagnostic } from '@sanpuku/region-domain';
import { wordsOrCode } from '../common/words';
import { WhatIfNote } from './classification.model';
import { WhatIfInput } from './classification.input';

/** The id the resolver gives the N-th added shop. */
export const addedId = (i: number) => `what-if-${i}`;

/**
 * The domain's what-if diagnostics as notes a person can read: each points at the input entry it
 * is about (`/input/add/0/category`, `/input/removeResourceIds/1`) instead of naming ids, and
 * says what happened in Japanese and English, naming a shop kind in words.
 */
export function whatIfNotes(input: WhatIfInput, diagnostics: readonly Diagnostic[]): WhatIfNote[] {
  const usedRemovals = new Set<number>();
  return diagnostics.map((d) => {
    const base = {
      severity: d.severity,
      severityLabelJa: wordsOrCode('DiagnosticSeverity', d.severity).ja,
      severityLabelEn: wordsOrCode('DiagnosticSeverity', d.severity).en,
      code: d.code,
      codeLabelJa: wordsOrCode('DiagnosticCode', d.code).ja,
      codeLabelEn: wordsOrCode('DiagnosticCode', d.code).en,
    };
    const addIndex = input.add.findIndex((_, i) => addedId(i) === d.resourceId);
    if (d.code === 'resource_not_found') {
      const k = input.removeResourceIds.findIndex((id, i) => id === d.resourceId && !usedRemovals.has(i));
      usedRemovals.add(k);
      return {
        ...base,
        path: k >= 0 ? `/input/removeResourceIds/${k}` : '/input/removeResourceIds',
        messageJa: '指定した拠点は、数えている買い物拠点の中にない（または二度指定されている）ため、除いていません',
        messageEn: 'This resource is not among the counted shops (or is listed twice), so nothing was removed',
      };
    }
    if (d.code === 'resource_category_not_counted' && addIndex >= 0) {
      const kind = wordsOrCode('ResourceCategory', input.add[addIndex].category);
      return {
        ...base,
        path: `/input/add/${addIndex}/category`,
        messageJa: `「${kind.ja}」は方針で数える買い物拠点の種類ではないため、この拠点は結果に影響しません`,
        messageEn: `“${kind.en}” is not a kind of shop the policy counts, so this one has no effect`,
      };
    }
    return {
      ...base,
      path: addIndex >= 0 ? `/input/add/${addIndex}` : '',
      messageJa: `この項目は試算に含めていません（${base.codeLabelJa}）`,
      messageEn: `This entry is not part of the what-if (${base.codeLabelEn.toLowerCase()})`,
    };
  });
}
