/**
 * The kernel's catalogue labels (which may not import the domain) say what the catalogue domain
 * says: unit and capacity words of the HSDS attribute taxonomy, listing statuses, disclosure items.
 */
import {
  ATTR_TERMS,
  DISCLOSURE_ITEMS,
  LISTING_STATUSES,
  LISTING_STATUS_LABELS,
  OTHER_COST_UNITS,
  PRICE_UNIT_LABELS_JA,
  PRICE_UNITS,
  SANPUKU_ATTRIBUTE_TAXONOMY,
} from '@sanpuku/catalogue-domain';
import { label, labelKinds } from '@sanpuku/kernel';

describe('catalogue labels agree with the catalogue domain', () => {
  it('every price and other-cost unit has the HSDS unit words', () => {
    for (const u of new Set([...PRICE_UNITS, ...OTHER_COST_UNITS])) expect([u, label('PriceUnit', u).ja]).toEqual([u, PRICE_UNIT_LABELS_JA[u]]);
  });

  it('capacity words are the HSDS attribute terms', () => {
    for (const code of ['available', 'waitlist', 'full']) {
      const term = SANPUKU_ATTRIBUTE_TAXONOMY.terms.find((t) => t.code === ATTR_TERMS.capacity(code));
      expect([code, label('CapacityStatus', code).ja, label('CapacityStatus', code).en]).toEqual([code, term?.labelJa, term?.labelEn]);
    }
  });

  it('every listing status and disclosure item, in the domain’s Japanese', () => {
    for (const s of LISTING_STATUSES) expect(label('ListingStatus', s).ja).toBe(LISTING_STATUS_LABELS[s].ja);
    expect(labelKinds(['DisclosureItem'])[0].labels.map((l) => [l.code, l.ja, l.en])).toEqual(DISCLOSURE_ITEMS.map((d) => [d.key, d.labelJa, d.labelEn]));
  });
});
