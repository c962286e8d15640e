import { MigrationInterface, QueryRunner } from 'typeorm';

/** How long the provision record, the provenance confirmations and the access log are kept (APPI Art. 29/30: 3 years). */
export const RETENTION_INTERVAL = '3 years';

/**
 * APPI duties the first matching migration left open:
 *
 * - `personal_data_access`: every view of a senior's personal details (who, through which
 *   referral or request, which items, when). Append-only.
 * - `provenance_confirmation`: the recipient's confirmation of provenance (APPI Art. 30), one per
 *   `identified_details` provision: provided by whom (requester side), under which consent,
 *   given by whom, obtained by whom and when, confirmed by which operator user and when.
 *   Append-only.
 * - Retention: these three tables may lose rows only when they are older than
 *   RETENTION_INTERVAL, and only through `purge_past_retention(by_user_id, by_role)`, a
 *   SECURITY DEFINER function that turns on `matching.retention_purge` for its own duration
 *   (the append-only trigger allows DELETE only then, and only of rows past retention), deletes,
 *   and records the purge in `retention_purge` (itself append-only). UPDATE and TRUNCATE stay
 *   forbidden. In a hardened deployment the application role gets EXECUTE on the function and
 *   no DELETE on the tables.
 */
export class AccessLogProvenanceRetention1764300005000 implements MigrationInterface {
  name = 'AccessLogProvenanceRetention1764300005000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }]: { schema: string }[] = await q.query(`SELECT current_schema() AS schema`);

    await q.query(`
      CREATE TABLE personal_data_access (
        id                      bigserial PRIMARY KEY,
        senior_id               uuid NOT NULL REFERENCES senior (id),
        request_id              uuid NOT NULL REFERENCES help_request (id),
        referral_id             uuid REFERENCES referral (id),
        via                     text NOT NULL CHECK (via IN ('referral_details', 'request_senior')),
        items                   text[] NOT NULL CHECK (cardinality(items) > 0),
        viewer_user_id          text NOT NULL,
        viewer_role             text NOT NULL,
        viewer_organization_id  uuid,
        operation_type          text NOT NULL CHECK (operation_type IN ('query', 'mutation', 'subscription')),
        accessed_at             timestamptz NOT NULL DEFAULT now(),
        CHECK ((via = 'referral_details') = (referral_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX personal_data_access_senior ON personal_data_access (senior_id, accessed_at)`);
    await q.query(`CREATE INDEX personal_data_access_age ON personal_data_access (accessed_at)`);

    await q.query(`
      CREATE TABLE provenance_confirmation (
        id                           bigserial PRIMARY KEY,
        provision_record_id          bigint NOT NULL UNIQUE REFERENCES provision_record (id),
        referral_id                  uuid NOT NULL REFERENCES referral (id),
        senior_id                    uuid NOT NULL REFERENCES senior (id),
        recipient_organization_id    uuid NOT NULL,
        items                        text[] NOT NULL CHECK (cardinality(items) > 0),
        provider_user_id             text NOT NULL,
        provider_role                text NOT NULL,
        provider_office_id           text,
        consent_id                   uuid NOT NULL REFERENCES consent (id),
        consent_given_by             text NOT NULL,
        consent_obtained_by_user_id  text NOT NULL,
        consent_obtained_by_role     text NOT NULL,
        consent_obtained_at          timestamptz NOT NULL,
        acquisition_consent_id       uuid REFERENCES consent (id),
        acquisition_obtained_at      timestamptz,
        confirmed_by_user_id         text NOT NULL,
        confirmed_at                 timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX provenance_confirmation_referral ON provenance_confirmation (referral_id)`);
    await q.query(`CREATE INDEX provenance_confirmation_age ON provenance_confirmation (confirmed_at)`);
    await q.query(`CREATE INDEX provision_record_age ON provision_record (provided_at)`);

    await q.query(`
      CREATE TABLE retention_purge (
        id                                bigserial PRIMARY KEY,
        run_at                            timestamptz NOT NULL DEFAULT now(),
        retention                         interval NOT NULL,
        cutoff                            timestamptz NOT NULL,
        by_user_id                        text NOT NULL,
        by_role                           text NOT NULL,
        provision_records_deleted         integer NOT NULL,
        provenance_confirmations_deleted  integer NOT NULL,
        access_log_entries_deleted        integer NOT NULL
      )`);

    // UPDATE and TRUNCATE: never. DELETE: only inside purge_past_retention (the setting is on for
    // its duration only) and only of rows whose timestamp column (TG_ARGV[0]) is older than the
    // retention interval (TG_ARGV[1]) -- so even a session that turns the setting on by hand cannot
    // remove anything still within retention.
    await q.query(`
      CREATE FUNCTION append_only_until_retention_ends() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        kept_since timestamptz;
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('matching.retention_purge', true) = 'on' THEN
          kept_since := (to_jsonb(OLD) ->> TG_ARGV[0])::timestamptz;
          IF kept_since < now() - TG_ARGV[1]::interval THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION '%.%: row from % is still within its retention period (%) / 保存期間内の記録は削除できません', TG_TABLE_SCHEMA, TG_TABLE_NAME, kept_since, TG_ARGV[1]
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RAISE EXCEPTION '%.% is append-only: % is not allowed / 追記専用の記録のため変更・削除できません', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);

    await q.query(`DROP TRIGGER provision_record_append_only ON provision_record`);
    for (const [table, column] of [
      ['provision_record', 'provided_at'],
      ['provenance_confirmation', 'confirmed_at'],
      ['personal_data_access', 'accessed_at'],
    ]) {
      await q.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION append_only_until_retention_ends('${column}', '${RETENTION_INTERVAL}')`,
      );
    }
    for (const table of ['provenance_confirmation', 'personal_data_access', 'retention_purge']) {
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION reject_modification()`);
    }
    await q.query(`CREATE TRIGGER retention_purge_append_only BEFORE UPDATE OR DELETE ON retention_purge FOR EACH ROW EXECUTE FUNCTION reject_modification()`);

    await q.query(`
      CREATE FUNCTION purge_past_retention(p_by_user_id text, p_by_role text) RETURNS SETOF retention_purge
      LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = "${schema}", pg_catalog, pg_temp
      SET matching.retention_purge = 'on'
      AS $$
      DECLARE
        v_retention interval := '${RETENTION_INTERVAL}';
        v_cutoff timestamptz := now() - v_retention;
        v_access integer;
        v_provenance integer;
        v_provisions integer;
        v_purge retention_purge;
      BEGIN
        IF coalesce(p_by_user_id, '') = '' OR coalesce(p_by_role, '') = '' THEN
          RAISE EXCEPTION 'purge_past_retention: who purges must be recorded' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- One purge at a time (several service instances may run the job).
        PERFORM pg_advisory_xact_lock(hashtext('matching.purge_past_retention'));
        DELETE FROM personal_data_access WHERE accessed_at < v_cutoff;
        GET DIAGNOSTICS v_access = ROW_COUNT;
        DELETE FROM provenance_confirmation WHERE confirmed_at < v_cutoff;
        GET DIAGNOSTICS v_provenance = ROW_COUNT;
        -- A provision whose confirmation is still kept stays as well.
        DELETE FROM provision_record p WHERE p.provided_at < v_cutoff
           AND NOT EXISTS (SELECT 1 FROM provenance_confirmation c WHERE c.provision_record_id = p.id);
        GET DIAGNOSTICS v_provisions = ROW_COUNT;
        INSERT INTO retention_purge (retention, cutoff, by_user_id, by_role, provision_records_deleted, provenance_confirmations_deleted, access_log_entries_deleted)
          VALUES (v_retention, v_cutoff, p_by_user_id, p_by_role, v_provisions, v_provenance, v_access)
          RETURNING * INTO v_purge;
        RETURN NEXT v_purge;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION purge_past_retention(text, text)`);
    await q.query(`DROP TRIGGER provision_record_append_only ON provision_record`);
    await q.query(`CREATE TRIGGER provision_record_append_only BEFORE UPDATE OR DELETE ON provision_record FOR EACH ROW EXECUTE FUNCTION reject_modification()`);
    await q.query(`DROP INDEX provision_record_age`);
    for (const t of ['retention_purge', 'provenance_confirmation', 'personal_data_access']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP FUNCTION append_only_until_retention_ends()`);
  }
}
