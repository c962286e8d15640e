import type { Offering, OtherCostUnit, PriceUnit, ScheduleSlot, ServiceArea } from '../model/offering.model';
import type { Organization } from '../model/organization.model';
import { geodesicDestination } from '../service-area/geodesic';
import type { ServiceTaxonomy } from '../taxonomy/taxonomy.model';
import type {
  HsdsAttribute,
  HsdsCatalogueDocument,
  HsdsContact,
  HsdsCostOption,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './hsds.types';
import { ATTR, ATTR_TERMS, PRICE_UNIT_LABELS_JA, SANPUKU_ATTRIBUTE_TAXONOMY } from './sanpuku-attribute-taxonomy';
import { applyExtra, type HsdsInterop } from './hsds.interop';
import { derivedId } from './uuid-v5';

/** Everything the catalogue exchanges: the service taxonomy, operators, and their (validated) offerings. */
export interface CatalogueSnapshot {
  taxonomy: ServiceTaxonomy;
  organizations: Organization[];
  offerings: Offering[];
}

export interface HsdsExportOptions {
  /** What imports kept besides the model (extras per organization/offering, objects kept as sent). */
  interop?: Pick<HsdsInterop, 'organizationExtras' | 'offeringExtras' | 'held'>;
  /** Display name of a municipality (e.g. 佐渡市) for service_area.name; the code is used when absent. */
  municipalityName?: (jisCode: string) => string | undefined;
}

/** Scheme of 法人番号 in org-id.guide (National Tax Agency Corporate Number). */
export const JP_CORPORATE_NUMBER_SCHEME = 'JP-JCN';
/** HSDS `language` of our terms: ISO 639-2 (the spec's example uses 3-letter codes). */
export const HSDS_TERM_LANGUAGE = 'jpn';
/** Marker in a GeoJSON extent's properties that carries the exact radius area. */
export const RADIUS_EXTENT_MARKER = 'sanpuku_service_area';
const CIRCLE_VERTICES = 64;

export const termId = (taxonomyId: string, code: string): string => derivedId(`taxonomy_term:${taxonomyId}:${code}`);

/** One term of our taxonomy as an HSDS taxonomy_term (name = ja label, description = en label). */
function hsdsTerm(taxonomy: ServiceTaxonomy, t: ServiceTaxonomy['terms'][number]): HsdsTaxonomyTerm {
  return {
    id: termId(taxonomy.id, t.code),
    code: t.code,
    name: t.labelJa,
    description: t.labelEn,
    ...(t.parentCode ? { parent_id: termId(taxonomy.id, t.parentCode) } : {}),
    language: HSDS_TERM_LANGUAGE,
    taxonomy_id: taxonomy.id,
  };
}

function exportTerms(taxonomy: ServiceTaxonomy): HsdsTaxonomyTerm[] {
  return taxonomy.terms.map((t) => hsdsTerm(taxonomy, t));
}

function exportTaxonomy(taxonomy: ServiceTaxonomy): HsdsTaxonomy {
  return {
    id: taxonomy.id,
    name: taxonomy.name,
    description: taxonomy.description,
    ...(taxonomy.version ? { version: taxonomy.version } : {}),
  };
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const DAY_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** One HSDS schedule per distinct opening time pair, listing its days (BYDAY), in first-appearance order. */
function exportSchedules(serviceId: string, slots: ScheduleSlot[]): HsdsSchedule[] {
  const groups = new Map<string, ScheduleSlot[]>();
  for (const s of slots) {
    const key = `${s.opensAt}-${s.closesAt}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.entries()].map(([key, group]) => ({
    id: derivedId(`schedule:${serviceId}:${key}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    byday: group.map((s) => DAY_CODES[s.day]).join(','),
    opens_at: `${group[0].opensAt}+09:00`,
    closes_at: `${group[0].closesAt}+09:00`,
    timezone: 9,
    description: `${group.map((s) => DAY_JA[s.day]).join('・')} ${group[0].opensAt}〜${group[0].closesAt}`,
  }));
}

class AttributeWriter {
  private readonly terms = new Map(SANPUKU_ATTRIBUTE_TAXONOMY.terms.map((t) => [t.code, t]));
  constructor(private readonly serviceTaxonomy: ServiceTaxonomy) {}

  private termObject(taxonomy: ServiceTaxonomy, code: string): HsdsTaxonomyTerm {
    const t = taxonomy.terms.find((x) => x.code === code);
    if (!t) throw new Error(`term ${code} not in taxonomy ${taxonomy.name}`);
    return hsdsTerm(taxonomy, t);
  }

  /** Attributes of one entity; ordinal keeps ids unique when a term repeats (e.g. several area codes). */
  build(
    linkEntity: string,
    linkId: string,
    items: Array<{ linkType: string; code: string; value?: string; category?: boolean }>,
  ): HsdsAttribute[] {
    return items.map((item, ordinal) => {
      const taxonomy = item.category ? this.serviceTaxonomy : SANPUKU_ATTRIBUTE_TAXONOMY;
      if (!item.category && !this.terms.has(item.code)) throw new Error(`unknown attribute term ${item.code}`);
      const term = this.termObject(taxonomy, item.code);
      return {
        id: derivedId(`attribute:${linkEntity}:${linkId}:${ordinal}:${item.code}`),
        link_id: linkId,
        taxonomy_term_id: term.id,
        link_type: item.linkType,
        link_entity: linkEntity,
        ...(item.value !== undefined ? { value: item.value } : {}),
        taxonomy_term: term,
      };
    });
  }
}

const yen = (n: number) => `${n.toLocaleString('en-US')}円`;

function feesDescription(o: Offering): string {
  const coverage = o.coverage === 'covered' ? '介護保険適用' : '介護保険適用外';
  const head = o.price.unit === 'free' ? '無料' : `${PRICE_UNIT_LABELS_JA[o.price.unit]} ${yen(o.price.amountYen)}`;
  const others = o.otherCosts.map((c) => `${c.label} ${PRICE_UNIT_LABELS_JA[c.unit]} ${yen(c.amountYen)}`);
  return [`${head}（${coverage}）`, ...others].join('。') + '。';
}

const CARE_JA: Record<string, string> = {
  support_1: '要支援1',
  support_2: '要支援2',
  care_1: '要介護1',
  care_2: '要介護2',
  care_3: '要介護3',
  care_4: '要介護4',
  care_5: '要介護5',
};

function eligibilityDescription(o: Offering): string {
  const levels = o.eligibility.careLevels === 'none_required' ? '要介護認定は不要' : `${o.eligibility.careLevels.map((l) => CARE_JA[l]).join('・')}の認定を受けた方`;
  const { minAge, maxAge } = o.eligibility;
  const ages = minAge !== null && maxAge !== null ? `${minAge}〜${maxAge}歳` : minAge !== null ? `${minAge}歳以上` : maxAge !== null ? `${maxAge}歳以下` : '';
  return ages ? `${levels}。${ages}。` : `${levels}。`;
}

function languageName(tag: string): string | undefined {
  try {
    return new Intl.DisplayNames(['ja'], { type: 'language' }).of(tag);
  } catch {
    return undefined;
  }
}

function round7(n: number): number {
  return Math.round(n * 1e7) / 1e7;
}

function exportServiceAreas(
  serviceId: string,
  area: ServiceArea,
  attrs: AttributeWriter,
  options: HsdsExportOptions,
): HsdsServiceArea[] {
  switch (area.kind) {
    case 'municipalities':
      return area.codes.map((code, i) => {
        const id = derivedId(`service_area:${serviceId}:${i}`);
        return {
          id,
          service_id: serviceId,
          name: options.municipalityName?.(code) ?? code,
          attributes: attrs.build('service_area', id, [{ linkType: ATTR.areaCode, code: ATTR_TERMS.jisMunicipality, value: code }]),
        };
      });
    case 'radius': {
      const ring: number[][] = [];
      for (let i = 0; i < CIRCLE_VERTICES; i++) {
        const p = geodesicDestination(area.base, (360 * i) / CIRCLE_VERTICES, area.radiusM);
        ring.push([round7(p.lng), round7(p.lat)]);
      }
      ring.push(ring[0]);
      const feature = {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: { [RADIUS_EXTENT_MARKER]: 'radius', center: [area.base.lng, area.base.lat], radius_m: area.radiusM },
      };
      return [
        {
          id: derivedId(`service_area:${serviceId}:0`),
          service_id: serviceId,
          name: `拠点から半径${area.radiusM >= 1000 ? `${area.radiusM / 1000}km` : `${area.radiusM}m`}`,
          description: `Geodesic circle (WGS84) of ${area.radiusM} m around ${area.base.lat}, ${area.base.lng}; the polygon approximates it with ${CIRCLE_VERTICES} vertices, properties.center and properties.radius_m are exact.`,
          extent: JSON.stringify(feature),
          extent_type: 'geojson',
        },
      ];
    }
    case 'polygon':
      return [
        {
          id: derivedId(`service_area:${serviceId}:0`),
          service_id: serviceId,
          name: '指定区域',
          extent: JSON.stringify({ type: 'Feature', geometry: area.geometry, properties: { [RADIUS_EXTENT_MARKER]: 'polygon' } }),
          extent_type: 'geojson',
        },
      ];
  }
}

function exportService(o: Offering, attrs: AttributeWriter, options: HsdsExportOptions, locations: HsdsLocation[]): HsdsService {
  const sid = o.id;
  const unitAttr = (entityId: string, unit: PriceUnit | OtherCostUnit) =>
    attrs.build('cost_option', entityId, [{ linkType: ATTR.priceUnit, code: ATTR_TERMS.priceUnit(unit) }]);

  const costOptions: HsdsCostOption[] = [
    { label: null as string | null, amountYen: o.price.amountYen, unit: o.price.unit as PriceUnit | OtherCostUnit },
    ...o.otherCosts.map((c) => ({ label: c.label as string | null, amountYen: c.amountYen, unit: c.unit as PriceUnit | OtherCostUnit })),
  ].map((c, i) => {
    const id = derivedId(`cost_option:${sid}:${i}`);
    return {
      id,
      service_id: sid,
      option: c.label ?? '基本料金',
      currency: 'JPY',
      amount: c.amountYen,
      amount_description: PRICE_UNIT_LABELS_JA[c.unit],
      attributes: unitAttr(id, c.unit),
    };
  });

  const languages: HsdsLanguage[] = o.languages.map((tag, i) => {
    const primary = tag.split('-')[0];
    const name = languageName(tag);
    return {
      id: derivedId(`language:${sid}:${i}`),
      service_id: sid,
      code: primary,
      ...(name ? { name } : {}),
      ...(tag !== primary ? { note: `BCP 47: ${tag}` } : {}),
    };
  });

  const contacts: HsdsContact[] = [];
  const desk = o.disclosure.complaintDesk;
  if (desk) {
    const cid = derivedId(`contact:${sid}:complaint_desk`);
    contacts.push({
      id: cid,
      service_id: sid,
      name: desk.name,
      ...(desk.email ? { email: desk.email } : {}),
      phones: desk.phone ? [{ id: derivedId(`phone:${cid}:0`), contact_id: cid, number: desk.phone, type: 'voice' }] : [],
      attributes: attrs.build('contact', cid, [{ linkType: ATTR.contactRole, code: ATTR_TERMS.complaintDesk }]),
    });
  }

  const serviceAtLocations = [];
  if (o.base) {
    const lid = derivedId(`location:${sid}:base`);
    locations.push({
      id: lid,
      location_type: 'physical',
      organization_id: o.organizationId,
      name: `${o.name}（拠点）`,
      latitude: o.base.lat,
      longitude: o.base.lng,
    });
    serviceAtLocations.push({ id: derivedId(`service_at_location:${sid}:base`), service_id: sid, location_id: lid });
  }

  const d = o.disclosure;
  const serviceAttributes: Array<{ linkType: string; code: string; value?: string; category?: boolean }> = [
    ...o.categories.map((code) => ({ linkType: 'service_category', code, category: true })),
    { linkType: ATTR.coverage, code: o.coverage === 'covered' ? ATTR_TERMS.covered : ATTR_TERMS.notCovered },
    ...(o.eligibility.careLevels === 'none_required'
      ? [{ linkType: 'eligibility', code: ATTR_TERMS.careLevelNoneRequired }]
      : o.eligibility.careLevels.map((l) => ({ linkType: 'eligibility', code: ATTR_TERMS.careLevel(l) }))),
    { linkType: ATTR.capacity, code: ATTR_TERMS.capacity(o.capacity.status), value: o.capacity.confirmedAt },
  ];
  if (d.liabilityInsurance) {
    serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.liabilityEnrolled, value: String(d.liabilityInsurance.enrolled) });
    if (d.liabilityInsurance.enrolled) {
      serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.liabilityInsurer, value: d.liabilityInsurance.insurer });
      if (d.liabilityInsurance.coverageSummary !== null)
        serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.liabilityCoverage, value: d.liabilityInsurance.coverageSummary });
    }
  }
  if (d.cancellationTerms !== null) serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.cancellationTerms, value: d.cancellationTerms });
  if (d.effectClaim) {
    serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.effectClaimed, value: String(d.effectClaim.claimed) });
    if (d.effectClaim.claimed) {
      serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.effectClaim, value: d.effectClaim.claim });
      if (d.effectClaim.evidence !== null)
        serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.effectEvidence, value: d.effectClaim.evidence });
      if (d.effectClaim.evidenceUrl !== null)
        serviceAttributes.push({ linkType: ATTR.disclosure, code: ATTR_TERMS.effectEvidenceUrl, value: d.effectClaim.evidenceUrl });
    }
  }

  return {
    id: sid,
    organization_id: o.organizationId,
    name: o.name,
    ...(o.description !== null ? { description: o.description } : {}),
    status: 'active',
    fees_description: feesDescription(o),
    ...(d.staffQualifications !== null ? { accreditations: d.staffQualifications } : {}),
    eligibility_description: eligibilityDescription(o),
    ...(o.eligibility.minAge !== null ? { minimum_age: o.eligibility.minAge } : {}),
    ...(o.eligibility.maxAge !== null ? { maximum_age: o.eligibility.maxAge } : {}),
    assured_date: o.detailsConfirmedAt,
    schedules: exportSchedules(sid, o.schedule),
    service_areas: exportServiceAreas(sid, o.serviceArea, attrs, options),
    cost_options: costOptions,
    languages,
    contacts,
    service_at_locations: serviceAtLocations,
    attributes: attrs.build('service', sid, serviceAttributes),
  };
}

function exportOrganization(org: Organization): HsdsOrganization {
  return {
    id: org.id,
    name: org.name,
    ...(org.alternateName !== null ? { alternate_name: org.alternateName } : {}),
    description: org.description,
    ...(org.email !== null ? { email: org.email } : {}),
    ...(org.website !== null ? { website: org.website } : {}),
    phones: org.phone !== null ? [{ id: derivedId(`phone:${org.id}:0`), organization_id: org.id, number: org.phone }] : [],
    organization_identifiers:
      org.corporateNumber !== null
        ? [
            {
              id: derivedId(`organization_identifier:${org.id}:${JP_CORPORATE_NUMBER_SCHEME}`),
              organization_id: org.id,
              identifier_scheme: JP_CORPORATE_NUMBER_SCHEME,
              identifier_type: '法人番号 (Corporate Number, National Tax Agency)',
              identifier: org.corporateNumber,
            },
          ]
        : [],
  };
}

/**
 * Exports the catalogue as an HSDS 3.0 document (see HsdsCatalogueDocument). Expects validated
 * input (validateOffering / validateOrganization). Deterministic: ids of rows our model has no id
 * for are UUIDv5 of their owner's id, so exporting the same snapshot twice gives identical JSON,
 * and `importCatalogueFromHsds` gives the snapshot back.
 */
export function exportCatalogueToHsds(snapshot: CatalogueSnapshot, options: HsdsExportOptions = {}): HsdsCatalogueDocument {
  const attrs = new AttributeWriter(snapshot.taxonomy);
  const locations: HsdsLocation[] = [];
  const interop = options.interop;
  const services = snapshot.offerings.map((o) => applyExtra(exportService(o, attrs, options, locations), interop?.offeringExtras[o.id]));
  const held = <T>(collection: string): T[] => (interop?.held ?? []).filter((h) => h.collection === collection).map((h) => h.object as T);
  const heldSal = held<HsdsServiceAtLocation>('service_at_locations');
  return {
    version: '3.0',
    organizations: snapshot.organizations.map((org) => applyExtra(exportOrganization(org), interop?.organizationExtras[org.id])),
    services: [...services, ...held<HsdsService>('services')],
    locations: [...locations, ...held<HsdsLocation>('locations')],
    taxonomies: [exportTaxonomy(snapshot.taxonomy), exportTaxonomy(SANPUKU_ATTRIBUTE_TAXONOMY), ...held<HsdsTaxonomy>('taxonomies')],
    taxonomy_terms: [...exportTerms(snapshot.taxonomy), ...exportTerms(SANPUKU_ATTRIBUTE_TAXONOMY), ...held<HsdsTaxonomyTerm>('taxonomy_terms')],
    ...(heldSal.length ? { service_at_locations: heldSal } : {}),
  };
}

/** One offering as our export writes it (without extras): what an import compares the sent object with. */
export function exportOneService(o: Offering, taxonomy: ServiceTaxonomy): HsdsService {
  return exportService(o, new AttributeWriter(taxonomy), {}, []);
}

/** One organization as our export writes it (without extras). */
export function exportOneOrganization(org: Organization): HsdsOrganization {
  return exportOrganization(org);
}
