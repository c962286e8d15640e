import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { label } from '@sanpuku/kernel';
import { ListingStatus } from '../offerings/offering.model';
import type { ListingStatusCount } from './catalogue-admin.model';

const STATUS_ORDER = Object.values(ListingStatus);

type Counts = Map<string, Map<string, number>>;

/**
 * What an administrator needs next to organizations and categories: listings per state and the
 * municipalities served. Read once per GraphQL request for every organization / category (one
 * grouped query each), so a list of a hundred organizations costs two queries, not two hundred.
 */
@Injectable()
export class CatalogueAdminReads {
  constructor(private readonly ds: DataSource) {}
  private readonly perRequest = new WeakMap<object, Map<string, Promise<unknown>>>();

  private once<T>(ctx: object, key: string, load: () => Promise<T>): Promise<T> {
    let m = this.perRequest.get(ctx);
    if (!m) this.perRequest.set(ctx, (m = new Map()));
    if (!m.has(key)) m.set(key, load());
    return m.get(key) as Promise<T>;
  }

  private async grouped(sql: string): Promise<Counts> {
    const rows: { k: string; status: string; n: number }[] = await this.ds.query(sql);
    const out: Counts = new Map();
    for (const r of rows) {
      if (!out.has(r.k)) out.set(r.k, new Map());
      out.get(r.k)!.set(r.status, r.n);
    }
    return out;
  }

  countsByOrganization(ctx: object): Promise<Counts> {
    return this.once(ctx, 'org', () => this.grouped(`SELECT organization_id::text AS k, status, count(*)::int AS n FROM offering GROUP BY 1, 2`));
  }

  countsByCategory(ctx: object): Promise<Counts> {
    return this.once(ctx, 'cat', () => this.grouped(`SELECT c AS k, status, count(*)::int AS n FROM offering, unnest(categories) AS c GROUP BY 1, 2`));
  }

  servedByOrganization(ctx: object): Promise<Map<string, string[]>> {
    return this.once(ctx, 'served', async () => {
      const rows: { k: string; codes: string[] }[] = await this.ds.query(
        `SELECT organization_id::text AS k, array_agg(DISTINCT m ORDER BY m) AS codes FROM offering, unnest(served_municipalities) AS m
          WHERE status <> 'withdrawn' GROUP BY 1`,
      );
      return new Map(rows.map((r) => [r.k, r.codes]));
    });
  }
}

/** Every state with its count (zeros included, in the workflow's order), in words. */
export function statusCounts(byStatus: Map<string, number> | undefined): ListingStatusCount[] {
  return STATUS_ORDER.map((status) => {
    const l = label('ListingStatus', status);
    return { status, statusLabelJa: l.ja, statusLabelEn: l.en, count: byStatus?.get(status) ?? 0 };
  });
}
