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

export interface NewRequest {
  id: string;
  seniorId: string;
  senior: { fullName: string; fullNameKana: string | null; addressText: string; contactPhone: string | null; careLevel: CareLevel; healthNotes: string | null };
  filedByUserId: string;
  filedByRole: string;
  officeId: string | null;
  municipalityCode: string;
  townBlockCode: string | null;
  lat: number | null;
  lng: number | null;
  ageBand: AgeBand;
  careLevelBand: CareLevelBand;
  livingSituation: string;
  needs: readonly string[];
  coverage: string;
  budgetYen: number | null;
  preferredDays: readonly number[];
  language: string | null;
  needsNote: string | null;
  at: Date;
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

  /** After a shortlist round: open with candidates, unmet without; a fulfilled request stays fulfilled. */
  async setStatusAfterShortlist(m: EntityManager, id: string, hasCandidates: boolean): Promise<void> {
    await m.query(`UPDATE help_request SET status = $2, updated_at = now() WHERE id = $1 AND status <> 'fulfilled'`, [id, hasCandidates ? 'open' : 'unmet']);
  }

  /** The facts of a request being filed, as `facts` would read them back once it is stored. */
  factsOfNew(r: NewRequest): HelpRequestFacts {
    return {
      careLevel: r.senior.careLevel,
      ageBand: r.ageBand,
      municipalityCode: r.municipalityCode,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      needs: [...r.needs],
      preferences: { coverage: r.coverage as CoveragePreference, budgetYen: r.budgetYen, preferredDays: [...r.preferredDays], language: r.language },
    };
  }

  /**
   * Files a request: the senior's identity, the matchable facts and the care details, each in its
   * own table (the care details are 要配慮個人情報), in the caller's unit of work, in one statement.
   * Returns the stored request row.
   */
  async insert(m: EntityManager, r: NewRequest, status: RequestStatus): Promise<RequestRow> {
    const [row]: RequestRow[] = await m.query(
      `WITH s AS (
         INSERT INTO senior (id, full_name, full_name_kana, address_text, contact_phone) VALUES ($2, $20, $21, $22, $23) RETURNING id
       ), r AS (
         INSERT INTO help_request (id, senior_id, filed_by_user_id, filed_by_role, office_id, municipality_code, town_block_code,
                                   location_lat, location_lng, age_band, care_level_band, living_situation, needs, coverage,
                                   budget_yen, preferred_days, language, status, created_at, updated_at)
         SELECT $1, s.id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $19, $18, $18 FROM s
         RETURNING *
       ), x AS (
         INSERT INTO help_request_sensitive (request_id, care_level, health_notes, needs_note) SELECT r.id, $24, $25, $26 FROM r
       )
       SELECT * FROM r`,
      [
        r.id,
        r.seniorId,
        r.filedByUserId,
        r.filedByRole,
        r.officeId,
        r.municipalityCode,
        r.townBlockCode,
        r.lat,
        r.lng,
        r.ageBand,
        r.careLevelBand,
        r.livingSituation,
        r.needs,
        r.coverage,
        r.budgetYen,
        r.preferredDays,
        r.language,
        r.at,
        status,
        r.senior.fullName,
        r.senior.fullNameKana,
        r.senior.addressText,
        r.senior.contactPhone,
        r.senior.careLevel,
        r.senior.healthNotes,
        r.needsNote,
      ],
    );
    return row;
  }

  /** Locks the senior's row for the rest of the unit of work (one erasure per senior at a time). */
  async lockSenior(m: EntityManager, seniorId: string): Promise<{ erased_at: Date | null } | null> {
    const [s]: { erased_at: Date | null }[] = await m.query(`SELECT erased_at FROM senior WHERE id = $1 FOR UPDATE`, [seniorId]);
    return s ?? null;
  }

  /**
   * Seniors not yet erased whose requests are all in `closedStatuses` and unchanged since before
   * `cutoff`, by id after `after`, each with their requests and the municipality of the latest.
   * Their referrals are the referrals feature's to judge; lock the ones kept with `lockSeniorsForErasure`.
   */
  async seniorsWithRequestsClosedBefore(
    m: EntityManager,
    f: { cutoff: Date; closedStatuses: readonly string[]; after: string | null; limit: number },
  ): Promise<{ id: string; municipality_code: string; request_ids: string[] }[]> {
    return m.query(
      `SELECT s.id,
              (SELECT r.municipality_code FROM help_request r WHERE r.senior_id = s.id ORDER BY r.created_at DESC LIMIT 1) AS municipality_code,
              ARRAY(SELECT r.id::text FROM help_request r WHERE r.senior_id = s.id ORDER BY r.id) AS request_ids
         FROM senior s
        WHERE s.erased_at IS NULL AND ($3::uuid IS NULL OR s.id > $3::uuid)
          AND EXISTS (SELECT 1 FROM help_request r WHERE r.senior_id = s.id)
          AND NOT EXISTS (SELECT 1 FROM help_request r WHERE r.senior_id = s.id AND r.status <> ALL ($2::text[]))
          AND (SELECT max(r.updated_at) FROM help_request r WHERE r.senior_id = s.id) < $1
        ORDER BY s.id
        LIMIT $4`,
      [f.cutoff, [...f.closedStatuses], f.after, f.limit],
    );
  }

  /** Locks those of `seniorIds` still not erased and not locked by another transaction; returns them. */
  async lockSeniorsForErasure(m: EntityManager, seniorIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM senior WHERE id = ANY ($1::uuid[]) AND erased_at IS NULL ORDER BY id FOR UPDATE SKIP LOCKED`,
      [seniorIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Irreversible: the senior's identity columns become NULL (`erased_at` set), the requests lose
   * their town block and point, and their 要配慮個人情報 rows are deleted. Returns the senior's
   * request ids, locked, for the other features to erase their part.
   */
  async erasePersonalData(m: EntityManager, seniorId: string): Promise<string[]> {
    await m.query(
      `UPDATE senior SET full_name = NULL, full_name_kana = NULL, address_text = NULL, contact_phone = NULL, erased_at = now() WHERE id = $1`,
      [seniorId],
    );
    const requests: { id: string }[] = await m.query(`SELECT id FROM help_request WHERE senior_id = $1 ORDER BY id FOR UPDATE`, [seniorId]);
    const ids = requests.map((r) => r.id);
    await m.query(
      `UPDATE help_request SET town_block_code = NULL, location_lat = NULL, location_lng = NULL, personal_data_erased_at = now() WHERE id = ANY ($1::uuid[])`,
      [ids],
    );
    await m.query(`DELETE FROM help_request_sensitive WHERE request_id = ANY ($1::uuid[])`, [ids]);
    return ids;
  }

  /** Whether any request was filed in the municipality (one of the signs that matching knows it). */
  async anyInMunicipality(m: EntityManager | DataSource, municipalityCode: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM help_request WHERE municipality_code = $1 LIMIT 1`, [municipalityCode]);
    return rows.length > 0;
  }

  /**
   * Requests a newly listed offering might help, oldest first, one page after `after`: not erased,
   * asking for one of `categories`, in one of `municipalities` (null: anywhere), and `unmet` or `open`.
   */
  async rematchCandidates(
    m: EntityManager,
    f: { categories: readonly string[]; municipalities: readonly string[] | null; after: { createdAt: Date; id: string } | null; limit: number },
  ): Promise<{ id: string; status: RequestStatus; created_at: Date }[]> {
    return m.query(
      `SELECT r.id, r.status, r.created_at FROM help_request r
        WHERE r.needs && $1::text[] AND ($2::text[] IS NULL OR r.municipality_code = ANY($2::text[]))
          AND r.personal_data_erased_at IS NULL AND r.status IN ('unmet', 'open')
          AND ($3::timestamptz IS NULL OR (r.created_at, r.id) > ($3::timestamptz, $4::uuid))
        ORDER BY r.created_at, r.id LIMIT $5`,
      [f.categories, f.municipalities, f.after?.createdAt ?? null, f.after?.id ?? null, f.limit],
    );
  }
}
