import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13 item 6 (data lifecycle, APPI): a senior's own rows are erased after their requests
 * close (on a schedule) or on request (本人からの削除請求), while the provision record, the
 * provenance confirmations and the access log keep their 3 years (they hold ids and item names,
 * not the values, so they stay meaningful).
 *
 * - `senior`: name, kana, address and phone become nullable; `erased_at` says they were erased
 *   (a CHECK ties the two: before erasure name and address are present, after it every personal
 *   column is NULL). The row itself stays, keyed by its id, because the APPI records refer to it.
 * - `help_request.personal_data_erased_at`: the request's personal side is gone (its town block and
 *   point are cleared, its `help_request_sensitive` row deleted); the matchable facts that the
 *   aggregates read (municipality, categories, age band, care-level band, living situation,
 *   preferences, status) stay. Such a request is never matched again.
 * - `consent.personal_data_erased_at`: the giver's name and the withdrawal reason (free text) are
 *   cleared; purpose, items, recipients, who obtained it and when stay (the provenance refers to them).
 * - `personal_data_erasure`: append-only record of every erasure: which senior and (on request) the
 *   request staff named, the municipality, on request or scheduled, the reason code, a staff note,
 *   who and when, and what it did. No personal data.
 * - `personal_data_erasure_run`: append-only record of every run of the scheduled erasure.
 */
export class PersonalDataLifecycle1764300009000 implements MigrationInterface {
  name = 'PersonalDataLifecycle1764300009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE senior
        ALTER COLUMN full_name DROP NOT NULL,
        ALTER COLUMN address_text DROP NOT NULL,
        ADD COLUMN erased_at timestamptz,
        ADD CONSTRAINT senior_personal_or_erased CHECK (
          (erased_at IS NULL AND full_name IS NOT NULL AND address_text IS NOT NULL)
          OR (erased_at IS NOT NULL AND full_name IS NULL AND full_name_kana IS NULL AND address_text IS NULL AND contact_phone IS NULL))`);
    await q.query(`
      ALTER TABLE help_request
        ADD COLUMN personal_data_erased_at timestamptz,
        ADD CONSTRAINT help_request_erased_has_no_location CHECK (
          personal_data_erased_at IS NULL OR (town_block_code IS NULL AND location_lat IS NULL AND location_lng IS NULL))`);
    // The schedule looks for closed requests by their last change.
    await q.query(`CREATE INDEX help_request_senior ON help_request (senior_id)`);
    await q.query(`CREATE INDEX senior_not_erased ON senior (id) WHERE erased_at IS NULL`);

    const [giver]: { conname: string }[] = await q.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'consent'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%given_by_name IS NOT NULL%'`,
    );
    await q.query(`ALTER TABLE consent DROP CONSTRAINT "${giver.conname}"`);
    await q.query(`
      ALTER TABLE consent
        ADD COLUMN personal_data_erased_at timestamptz,
        ADD CONSTRAINT consent_giver_named_unless_self CHECK (given_by = 'self' OR given_by_name IS NOT NULL OR personal_data_erased_at IS NOT NULL),
        ADD CONSTRAINT consent_erased_has_no_free_text CHECK (personal_data_erased_at IS NULL OR (given_by_name IS NULL AND withdrawal_reason IS NULL))`);

    await q.query(`
      CREATE TABLE personal_data_erasure_run (
        id                bigserial PRIMARY KEY,
        run_at            timestamptz NOT NULL DEFAULT now(),
        retention_days    integer NOT NULL CHECK (retention_days >= 1),
        cutoff            timestamptz NOT NULL,
        by_user_id        text NOT NULL,
        by_role           text NOT NULL,
        seniors_erased    integer NOT NULL CHECK (seniors_erased >= 0)
      )`);
    await q.query(`
      CREATE TABLE personal_data_erasure (
        id                    bigserial PRIMARY KEY,
        senior_id             uuid NOT NULL REFERENCES senior (id),
        request_id            uuid REFERENCES help_request (id),
        municipality_code     char(5) NOT NULL,
        kind                  text NOT NULL CHECK (kind IN ('on_request', 'scheduled')),
        reason_code           text NOT NULL CHECK (reason_code IN ('subject_request', 'representative_request', 'unlawful_handling', 'no_longer_needed', 'retention_period_ended')),
        note                  text CHECK (length(note) BETWEEN 1 AND 500),
        by_user_id            text NOT NULL,
        by_role               text NOT NULL,
        run_id                bigint REFERENCES personal_data_erasure_run (id),
        requests_erased       integer NOT NULL,
        consents_withdrawn    integer NOT NULL,
        erased_at             timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'scheduled') = (run_id IS NOT NULL)),
        CHECK (kind = 'scheduled' OR request_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX personal_data_erasure_once ON personal_data_erasure (senior_id)`);
    await q.query(`CREATE INDEX personal_data_erasure_municipality ON personal_data_erasure (municipality_code, erased_at)`);
    for (const table of ['personal_data_erasure', 'personal_data_erasure_run']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION reject_modification()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION reject_modification()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['personal_data_erasure', 'personal_data_erasure_run']) await q.query(`DROP TABLE ${t}`);
    await q.query(`ALTER TABLE consent DROP CONSTRAINT consent_erased_has_no_free_text, DROP CONSTRAINT consent_giver_named_unless_self, DROP COLUMN personal_data_erased_at`);
    await q.query(`ALTER TABLE consent ADD CONSTRAINT consent_check CHECK (given_by = 'self' OR given_by_name IS NOT NULL)`);
    await q.query(`DROP INDEX senior_not_erased`);
    await q.query(`DROP INDEX help_request_senior`);
    await q.query(`ALTER TABLE help_request DROP CONSTRAINT help_request_erased_has_no_location, DROP COLUMN personal_data_erased_at`);
    await q.query(`ALTER TABLE senior DROP CONSTRAINT senior_personal_or_erased, DROP COLUMN erased_at`);
    // Erased seniors cannot get their data back: with any erased row this fails rather than invent values.
    await q.query(`ALTER TABLE senior ALTER COLUMN full_name SET NOT NULL, ALTER COLUMN address_text SET NOT NULL`);
  }
}
