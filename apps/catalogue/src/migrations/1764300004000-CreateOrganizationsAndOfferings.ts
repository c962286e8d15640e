import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operators, their offerings, and the listing history.
 *
 * `offering.document` is the validated domain offering (catalogue-domain `Offering`); every
 * other offering column is derived from it (plus the few catalogue-only texts) on each write,
 * so search never parses JSON. Search indexes are partial on `status = 'published'`: only
 * published listings are searchable, and the indexes stay as small as the public catalogue.
 */
export class CreateOrganizationsAndOfferings1764300004000 implements MigrationInterface {
  name = 'CreateOrganizationsAndOfferings1764300004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization (
        id                uuid PRIMARY KEY,
        name              text NOT NULL,
        alternate_name    text,
        description       text NOT NULL DEFAULT '',
        corporate_number  text UNIQUE CHECK (corporate_number ~ '^[1-9][0-9]{12}$'),
        website           text,
        email             text,
        phone             text,
        complaint_desk    jsonb,
        created_by        text NOT NULL,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE offering (
        id                     uuid PRIMARY KEY,
        organization_id        uuid NOT NULL REFERENCES organization(id),
        status                 text NOT NULL CHECK (status IN ('draft', 'submitted', 'published', 'returned', 'withdrawn')),
        version                integer NOT NULL DEFAULT 0 CHECK (version >= 0),
        document               jsonb NOT NULL,
        title_en               text,
        description_en         text,
        price_includes         text,
        eligibility_notes      text,
        served_municipalities  text[] NOT NULL DEFAULT '{}',
        title_sort             text NOT NULL,
        categories             text[] NOT NULL,
        coverage               text NOT NULL CHECK (coverage IN ('covered', 'not_covered')),
        price_yen              integer NOT NULL CHECK (price_yen >= 0),
        price_unit             text NOT NULL,
        no_certification       boolean NOT NULL,
        care_levels            text[] NOT NULL,
        min_age                smallint,
        max_age                smallint,
        days                   integer[] NOT NULL,
        capacity_status        text NOT NULL CHECK (capacity_status IN ('available', 'waitlist', 'full')),
        capacity_confirmed_at  timestamptz NOT NULL,
        details_confirmed_at   timestamptz NOT NULL,
        languages              text[] NOT NULL,
        area_kind              text NOT NULL CHECK (area_kind IN ('municipalities', 'radius', 'polygon')),
        min_lat                float8,
        max_lat                float8,
        min_lng                float8,
        max_lng                float8,
        bbox                   box GENERATED ALWAYS AS (
                                 CASE WHEN min_lat IS NULL THEN NULL ELSE box(point(min_lng, min_lat), point(max_lng, max_lat)) END
                               ) STORED,
        base_lat               float8,
        base_lng               float8,
        search_tokens          text[] NOT NULL,
        created_at             timestamptz NOT NULL,
        updated_at             timestamptz NOT NULL,
        submitted_at           timestamptz,
        published_at           timestamptz,
        CHECK ((area_kind = 'municipalities') = (min_lat IS NULL))
      )`);
    await q.query(`CREATE INDEX offering_organization_idx ON offering (organization_id, id)`);
    // GIN without fastupdate: listings change rarely and are searched often, so an insert pays for
    // its index entries at once instead of leaving them in a pending list every search must scan.
    await q.query(`CREATE INDEX offering_review_idx ON offering USING gin (served_municipalities) WITH (fastupdate = off) WHERE status = 'submitted'`);
    // Search (published only).
    await q.query(`CREATE INDEX offering_pub_title_idx ON offering (title_sort, id) WHERE status = 'published'`);
    await q.query(`CREATE INDEX offering_pub_categories_idx ON offering USING gin (categories) WITH (fastupdate = off) WHERE status = 'published'`);
    await q.query(`CREATE INDEX offering_pub_municipalities_idx ON offering USING gin (served_municipalities) WITH (fastupdate = off) WHERE status = 'published'`);
    await q.query(`CREATE INDEX offering_pub_tokens_idx ON offering USING gin (search_tokens) WITH (fastupdate = off) WHERE status = 'published'`);
    await q.query(`CREATE INDEX offering_pub_bbox_idx ON offering USING gist (bbox) WHERE status = 'published' AND bbox IS NOT NULL`);
    await q.query(`CREATE INDEX offering_pub_price_idx ON offering (price_yen) WHERE status = 'published'`);
    await q.query(`
      CREATE TABLE listing_history (
        id                       bigserial PRIMARY KEY,
        offering_id              uuid NOT NULL REFERENCES offering(id),
        at                       timestamptz NOT NULL,
        actor_id                 text NOT NULL,
        actor_name               text,
        role                     text NOT NULL CHECK (role IN ('operator', 'municipal_reviewer', 'admin')),
        municipality_code        text,
        action                   text NOT NULL CHECK (action IN ('create', 'submit', 'edit', 'publish', 'return', 'withdraw', 'import')),
        from_status              text,
        to_status                text NOT NULL,
        reasons                  jsonb NOT NULL DEFAULT '[]',
        changed_reviewed_fields  text[] NOT NULL DEFAULT '{}',
        note                     text
      )`);
    await q.query(`CREATE INDEX listing_history_offering_idx ON listing_history (offering_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE listing_history`);
    await q.query(`DROP TABLE offering`);
    await q.query(`DROP TABLE organization`);
  }
}
