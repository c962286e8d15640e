import { label } from '@sanpuku/kernel';
import { languageName } from '@sanpuku/matching-domain';
import { coverageWords, en, ja } from '../common/labels';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AgeBand, CareLevel, CoveragePreference, HelpRequestFacts } from '@sanpuku/matching-domain';
import type { RequestAccessFacts, RequestVisibility } from '../access/access.policy';
import { REQUEST_STATUS_LABELS, type CareLevelBand, type LivingSituation, type RequestStatus } from '@sanpuku/matching-domain';
import { HelpRequest, SeniorDetails } from './help-request.model';
import { CARE_LEVEL_LABELS } from '@sanpuku/matching-domain';
import { ERASED } from '../privacy/erasure.policy';

/** A help_request row: the matchable facts and the access facts. No personal data. */
export interface RequestRow {
  id: string;
  senior_id: string;
  filed_by_user_id: string;
  filed_by_role: string;
  office_id: string | null;
  municipality_code: string;
  town_block_code: string | null;
  location_lat: number | null;
  location_lng: number | null;
  age_band: AgeBand;
  care_level_band: CareLevelBand;
  living_situation: LivingSituation;
  needs: string[];
  coverage: CoveragePreference;
  budget_yen: number | null;
  preferred_days: number[];
  language: string | null;
  status: RequestStatus;
  created_at: Date;
  /** Set when the senior's personal data was erased (on request or on schedule). */
  personal_data_erased_at: Date | null;
}

/** Personal columns are null once erased (`erased_at`). */
export interface PersonalRow {
  senior_id: string;
  full_name: string | null;
  full_name_kana: string | null;
  address_text: string | null;
  contact_phone: string | null;
  care_level: CareLevel | null;
  health_notes: string | null;
  needs_note: string | null;
  erased_at: Date | null;
}

export const accessFactsOf = (r: RequestRow): RequestAccessFacts => ({
  filedByUserId: r.filed_by_user_id,
  officeId: r.office_id,
  municipalityCode: r.municipality_code,
});

export function toHelpRequestView(r: RequestRow): HelpRequest {
  return {
    id: r.id,
    seniorId: r.senior_id,
    status: r.status,
    statusLabelJa: REQUEST_STATUS_LABELS[r.status].ja,
    statusLabelEn: REQUEST_STATUS_LABELS[r.status].en,
    filedByRole: r.filed_by_role,
    filedByUserId: r.filed_by_user_id,
    officeId: r.office_id,
    municipalityCode: r.municipality_code,
    townBlockCode: r.town_block_code,
    lat: r.location_lat,
    lng: r.location_lng,
    ageBand: r.age_band,
    ageBandLabelJa: ja('AgeBand', r.age_band),
    ageBandLabelEn: en('AgeBand', r.age_band),
    careLevelBand: r.care_level_band,
    careLevelBandLabelJa: ja('CareLevelBand', r.care_level_band),
    careLevelBandLabelEn: en('CareLevelBand', r.care_level_band),
    livingSituation: r.living_situation,
    livingSituationLabelJa: ja('LivingSituation', r.living_situation),
    livingSituationLabelEn: en('LivingSituation', r.living_situation),
    needs: r.needs,
    preferences: {
      coverage: r.coverage,
      coverageLabelJa: coverageWords(r.coverage).ja,
      coverageLabelEn: coverageWords(r.coverage).en,
      budgetYen: r.budget_yen,
      preferredDays: r.preferred_days,
      preferredDaysLabelJa: r.preferred_days.map((d) => label('Weekday', String(d)).ja),
      preferredDaysLabelEn: r.preferred_days.map((d) => label('Weekday', String(d)).en),
      language: r.language,
      languageLabelJa: r.language ? languageName(r.language, 'ja') : null,
      languageLabelEn: r.language ? languageName(r.language, 'en') : null,
    },
    createdAt: r.created_at,
    personalDataErased: r.personal_data_erased_at !== null,
    personalDataErasedAt: r.personal_data_erased_at,
  };
}

export function toSeniorDetails(p: PersonalRow): SeniorDetails {
  if (p.erased_at || !p.full_name || !p.address_text || !p.care_level) {
    // Erased: the words in place of the values, never a null where a value was promised.
    return {
      seniorId: p.senior_id,
      erased: true,
      erasedAt: p.erased_at,
      erasedLabelJa: ERASED.ja,
      erasedLabelEn: ERASED.en,
      fullName: ERASED.ja,
      fullNameKana: null,
      addressText: ERASED.ja,
      contactPhone: null,
      careLevel: 'erased',
      careLevelLabelJa: ERASED.ja,
      careLevelLabelEn: ERASED.en,
      healthNotes: null,
      needsNote: null,
    };
  }
  return {
    seniorId: p.senior_id,
    erased: false,
    erasedAt: null,
    erasedLabelJa: null,
    erasedLabelEn: null,
    fullName: p.full_name,
    fullNameKana: p.full_name_kana,
    addressText: p.address_text,
    contactPhone: p.contact_phone,
    careLevel: p.care_level,
    careLevelLabelJa: CARE_LEVEL_LABELS[p.care_level].ja,
    careLevelLabelEn: CARE_LEVEL_LABELS[p.care_level].en,
    healthNotes: p.health_notes,
    needsNote: p.needs_note,
  };
}

/** The visibility filter as a SQL condition on alias `r`, with its parameters starting at $start. */
export function visibilitySql(v: RequestVisibility, start: number): { sql: string; params: unknown[] } {
  switch (v.kind) {
    case 'all':
      return { sql: 'true', params: [] };
    case 'filed_by':
      return { sql: `r.filed_by_user_id = $${start}`, params: [v.userId] };
    case 'office':
      return { sql: `r.office_id = $${start}`, params: [v.officeId] };
    case 'municipality':
      return { sql: `r.municipality_code = $${start}`, params: [v.municipalityCode] };
    case 'none':
      return { sql: 'false', params: [] };
  }
}

@Injectable()
export class HelpRequestRepository {
  constructor(private readonly ds: DataSource) {}

  async byId(id: string, m: EntityManager | DataSource = this.ds, lock = false): Promise<RequestRow | null> {
    const rows: RequestRow[] = await m.query(`SELECT * FROM help_request r WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows[0] ?? null;
  }

  async list(v: RequestVisibility, f: { status: string | null; limit: number }): Promise<RequestRow[]> {
    const where = visibilitySql(v, 3);
    return this.ds.query(
      `SELECT * FROM help_request r WHERE ($1::text IS NULL OR r.status = $1) AND ${where.sql} ORDER BY r.created_at DESC, r.id LIMIT $2`,
      [f.status, f.limit, ...where.params],
    );
  }

  /** Identity and 要配慮個人情報 of the request's senior: requester side, and disclosure after acceptance. */
  async personal(requestId: string, m: EntityManager | DataSource = this.ds): Promise<PersonalRow | null> {
    const rows: PersonalRow[] = await m.query(
      `SELECT s.id AS senior_id, s.full_name, s.full_name_kana, s.address_text, s.contact_phone, x.care_level, x.health_notes, x.needs_note, s.erased_at
         FROM help_request r JOIN senior s ON s.id = r.senior_id LEFT JOIN help_request_sensitive x ON x.request_id = r.id
        WHERE r.id = $1`,
      [requestId],
    );
    return rows[0] ?? null;
  }

  /**
   * The request as the matching domain sees it (reads the exact care level; never leaves the
   * service). Not for a request whose personal data was erased (callers refuse those first).
   */
  async facts(m: EntityManager, r: RequestRow): Promise<HelpRequestFacts> {
    const [x]: { care_level: CareLevel }[] = await m.query(`SELECT care_level FROM help_request_sensitive WHERE request_id = $1`, [r.id]);
    if (!x) throw new Error(`help request ${r.id} has no care details (personal data erased)`);
    return {
      careLevel: x.care_level,
      ageBand: r.age_band,
      municipalityCode: r.municipality_code,
      location: r.location_lat !== null && r.location_lng !== null ? { lat: r.location_lat, lng: r.location_lng } : null,
      needs: r.needs,
      preferences: { coverage: r.coverage, budgetYen: r.budget_yen, preferredDays: r.preferred_days, language: r.language },
    };
  }

  async setStatus(m: EntityManager, id: string, status: RequestStatus): Promise<void> {
    await m.query(`UPDATE help_request SET status = $2, updated_at = now() WHERE id = $1`, [id, status]);
  }
}
