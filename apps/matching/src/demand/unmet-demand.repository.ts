import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** `unmet_demand_record`: one row per request and category no operator could serve. */
@Injectable()
export class UnmetDemandRepository {
  constructor(private readonly ds: DataSource) {}

  /** Records the categories (each once per request); returns how many were new. */
  async record(m: EntityManager, r: { requestId: string; municipalityCode: string; categories: readonly string[]; month: string; reason: string; at: Date }): Promise<number> {
    const rows: unknown[] = await m.query(
      `INSERT INTO unmet_demand_record (request_id, municipality_code, category, month, reason, recorded_at)
       SELECT $1, $2, c, $4, $5, $6 FROM unnest($3::text[]) AS c
       ON CONFLICT (request_id, category) DO NOTHING RETURNING id`,
      [r.requestId, r.municipalityCode, [...r.categories], r.month, r.reason, r.at],
    );
    return rows.length;
  }

  /** Only the cell keys leave the database: no request id, no person. */
  async cellKeys(f: { municipalityCode: string | null; category: string | null; fromMonth: string | null; toMonth: string | null }): Promise<{ municipalityCode: string; category: string; month: string }[]> {
    return this.ds.query(
      `SELECT municipality_code AS "municipalityCode", category, month FROM unmet_demand_record
        WHERE ($1::text IS NULL OR municipality_code = $1) AND ($2::text IS NULL OR category = $2)
          AND ($3::text IS NULL OR month >= $3) AND ($4::text IS NULL OR month <= $4)`,
      [f.municipalityCode, f.category, f.fromMonth, f.toMonth],
    );
  }
}
