import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Help requests, shortlists with their exposure log and rotation state, consent, referrals with
 * their history, the provision record, and unmet demand.
 *
 * Personal data is kept apart from the matchable facts:
 * - `senior` (identity: name, address text, phone) and `help_request_sensitive` (要配慮個人情報:
 *   exact care level, health notes, needs in free text) hold it;
 * - `help_request` holds only what matching and the pseudonymous summary need (municipality,
 *   town block / point, age band, care-level BAND, living situation, categories, preferences).
 *
 * Append-only tables (a trigger rejects UPDATE, DELETE and TRUNCATE): `provision_record` (APPI
 * Art. 29 record of every provision), `referral_history` and `exposure_record` (audit trails).
 */
export class CreateRequestsReferralsConsent1764300003000 implements MigrationInterface {
  name = 'CreateRequestsReferralsConsent1764300003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION reject_modification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '%.% is append-only: % is not allowed / 追記専用の記録のため変更・削除できません', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);

    await q.query(`
      CREATE TABLE senior (
        id              uuid PRIMARY KEY,
        full_name       text NOT NULL,
        full_name_kana  text,
        address_text    text NOT NULL,
        contact_phone   text,
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE help_request (
        id                 uuid PRIMARY KEY,
        senior_id          uuid NOT NULL REFERENCES senior (id),
        filed_by_user_id   text NOT NULL,
        filed_by_role      text NOT NULL CHECK (filed_by_role IN ('family', 'care_manager', 'municipal_staff', 'admin')),
        office_id          text,
        municipality_code  char(5) NOT NULL,
        town_block_code    char(12),
        location_lat       double precision,
        location_lng       double precision,
        age_band           text NOT NULL,
        care_level_band    text NOT NULL CHECK (care_level_band IN ('none', 'support', 'care_1_2', 'care_3_plus')),
        living_situation   text NOT NULL CHECK (living_situation IN ('alone', 'with_elderly_spouse', 'with_family')),
        needs              text[] NOT NULL CHECK (cardinality(needs) > 0),
        coverage           text NOT NULL CHECK (coverage IN ('covered', 'not_covered', 'any')),
        budget_yen         integer CHECK (budget_yen >= 0),
        preferred_days     smallint[] NOT NULL DEFAULT '{}',
        language           text,
        status             text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'unmet', 'fulfilled')),
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CHECK ((location_lat IS NULL) = (location_lng IS NULL))
      )`);
    await q.query(`CREATE INDEX help_request_filed_by ON help_request (filed_by_user_id, created_at DESC)`);
    await q.query(`CREATE INDEX help_request_office ON help_request (office_id, created_at DESC) WHERE office_id IS NOT NULL`);
    await q.query(`CREATE INDEX help_request_municipality ON help_request (municipality_code, created_at DESC)`);

    await q.query(`
      CREATE TABLE help_request_sensitive (
        request_id    uuid PRIMARY KEY REFERENCES help_request (id),
        care_level    text NOT NULL,
        health_notes  text,
        needs_note    text
      )`);

    await q.query(`
      CREATE TABLE consent (
        id                          uuid PRIMARY KEY,
        senior_id                   uuid NOT NULL REFERENCES senior (id),
        request_id                  uuid REFERENCES help_request (id),
        purpose                     text NOT NULL CHECK (purpose IN ('acquisition', 'third_party_provision')),
        data_items                  text[] NOT NULL CHECK (cardinality(data_items) > 0),
        recipient_organization_ids  uuid[] NOT NULL DEFAULT '{}',
        recipient_categories        text[] NOT NULL DEFAULT '{}',
        given_by                    text NOT NULL CHECK (given_by IN ('self', 'family', 'guardian')),
        given_by_name               text,
        obtained_by_user_id         text NOT NULL,
        obtained_by_role            text NOT NULL,
        obtained_at                 timestamptz NOT NULL,
        recorded_at                 timestamptz NOT NULL DEFAULT now(),
        withdrawn_at                timestamptz,
        withdrawn_by_user_id        text,
        withdrawal_reason           text,
        CHECK (given_by = 'self' OR given_by_name IS NOT NULL),
        CHECK (purpose = 'acquisition' OR cardinality(recipient_organization_ids) + cardinality(recipient_categories) > 0)
      )`);
    await q.query(`CREATE INDEX consent_senior ON consent (senior_id, purpose)`);

    await q.query(`
      CREATE TABLE rotation_state (
        scope_key          text PRIMARY KEY,
        municipality_code  char(5) NOT NULL,
        state              jsonb NOT NULL,
        revision           integer NOT NULL,
        updated_at         timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE shortlist (
        id               uuid PRIMARY KEY,
        request_id       uuid NOT NULL REFERENCES help_request (id),
        round            integer NOT NULL,
        rotation_key     text NOT NULL,
        rotation_scope   text NOT NULL,
        scope_revision   integer NOT NULL,
        generated_at     timestamptz NOT NULL,
        distance_model   text NOT NULL,
        config           jsonb NOT NULL,
        bands            jsonb NOT NULL,
        excluded         jsonb NOT NULL,
        uncovered_needs  text[] NOT NULL,
        UNIQUE (request_id, round)
      )`);
    await q.query(`
      CREATE TABLE shortlist_entry (
        shortlist_id     uuid NOT NULL REFERENCES shortlist (id),
        position         integer NOT NULL CHECK (position >= 1),
        offering_id      uuid NOT NULL,
        organization_id  uuid NOT NULL,
        score            double precision NOT NULL,
        band_id          text NOT NULL,
        offering         jsonb NOT NULL,
        placement        jsonb NOT NULL,
        explanation      jsonb NOT NULL,
        PRIMARY KEY (shortlist_id, position),
        UNIQUE (shortlist_id, offering_id)
      )`);
    await q.query(`
      CREATE TABLE exposure_record (
        id                 bigserial PRIMARY KEY,
        shortlist_id       uuid NOT NULL REFERENCES shortlist (id),
        rotation_key       text NOT NULL,
        offering_id        uuid NOT NULL,
        organization_id    uuid NOT NULL,
        position           integer NOT NULL,
        score              double precision NOT NULL,
        band_id            text NOT NULL,
        municipality_code  char(5) NOT NULL,
        shown_at           timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX exposure_record_scope ON exposure_record (municipality_code, shown_at)`);

    await q.query(`
      CREATE TABLE referral (
        id                  uuid PRIMARY KEY,
        request_id          uuid NOT NULL REFERENCES help_request (id),
        shortlist_id        uuid NOT NULL REFERENCES shortlist (id),
        offering_id         uuid NOT NULL,
        organization_id     uuid NOT NULL,
        offering            jsonb NOT NULL,
        status              text NOT NULL,
        status_since        timestamptz NOT NULL,
        held_from           text,
        reason_code         text,
        version             integer NOT NULL,
        consent_id          uuid REFERENCES consent (id),
        disclosed_items     text[] NOT NULL CHECK (cardinality(disclosed_items) > 0),
        created_by_user_id  text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX referral_request ON referral (request_id)`);
    await q.query(`CREATE INDEX referral_inbox ON referral (organization_id, status, status_since DESC)`);
    await q.query(`CREATE INDEX referral_awaiting_response ON referral (status_since) WHERE status = 'requested'`);
    await q.query(`CREATE INDEX referral_consent ON referral (consent_id)`);
    await q.query(`
      CREATE UNIQUE INDEX referral_one_open_per_offering ON referral (request_id, offering_id)
        WHERE status IN ('draft', 'requested', 'accepted', 'in_progress', 'on_hold')`);

    await q.query(`
      CREATE TABLE referral_history (
        referral_id    uuid NOT NULL REFERENCES referral (id),
        version        integer NOT NULL,
        action         text NOT NULL,
        actor_kind     text NOT NULL CHECK (actor_kind IN ('requester', 'operator', 'system')),
        actor_user_id  text NOT NULL,
        actor_role     text NOT NULL,
        at             timestamptz NOT NULL,
        from_status    text,
        to_status      text NOT NULL,
        reason_code    text,
        PRIMARY KEY (referral_id, version)
      )`);

    await q.query(`
      CREATE TABLE provision_record (
        id                         bigserial PRIMARY KEY,
        referral_id                uuid NOT NULL REFERENCES referral (id),
        request_id                 uuid NOT NULL REFERENCES help_request (id),
        senior_id                  uuid NOT NULL REFERENCES senior (id),
        consent_id                 uuid NOT NULL REFERENCES consent (id),
        recipient_organization_id  uuid NOT NULL,
        offering_id                uuid NOT NULL,
        stage                      text NOT NULL CHECK (stage IN ('pseudonymous_summary', 'identified_details')),
        items                      text[] NOT NULL CHECK (cardinality(items) > 0),
        provided_at                timestamptz NOT NULL DEFAULT now(),
        provided_by_user_id        text NOT NULL
      )`);
    await q.query(`CREATE INDEX provision_record_senior ON provision_record (senior_id, provided_at)`);
    await q.query(`CREATE INDEX provision_record_referral ON provision_record (referral_id)`);

    for (const table of ['provision_record', 'referral_history', 'exposure_record']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION reject_modification()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION reject_modification()`);
    }

    await q.query(`
      CREATE TABLE request_notice (
        id            bigserial PRIMARY KEY,
        request_id    uuid NOT NULL REFERENCES help_request (id),
        referral_id   uuid REFERENCES referral (id),
        kind          text NOT NULL CHECK (kind IN ('referral_expired', 'referral_rejected', 'referral_failed', 'recorded_as_unmet')),
        offering_ids  uuid[] NOT NULL DEFAULT '{}',
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX request_notice_request ON request_notice (request_id, id)`);

    await q.query(`
      CREATE TABLE unmet_demand_record (
        id                 bigserial PRIMARY KEY,
        request_id         uuid NOT NULL REFERENCES help_request (id),
        municipality_code  char(5) NOT NULL,
        category           text NOT NULL,
        month              char(7) NOT NULL,
        reason             text NOT NULL CHECK (reason IN ('no_eligible_candidate', 'need_not_covered', 'referrals_unsuccessful')),
        recorded_at        timestamptz NOT NULL DEFAULT now(),
        UNIQUE (request_id, category)
      )`);
    await q.query(`CREATE INDEX unmet_demand_cells ON unmet_demand_record (municipality_code, month, category)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'unmet_demand_record',
      'request_notice',
      'provision_record',
      'referral_history',
      'referral',
      'exposure_record',
      'shortlist_entry',
      'shortlist',
      'rotation_state',
      'consent',
      'help_request_sensitive',
      'help_request',
      'senior',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION reject_modification()`);
  }
}
