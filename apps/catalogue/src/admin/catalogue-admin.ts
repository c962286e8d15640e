import { Injectable } from '@nestjs/common';
import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { label, municipalityName } from '@sanpuku/kernel';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { ListingStatus } from '../offerings/offering.model';
import { OrganizationView } from '../organizations/organization.model';
import { TaxonomyCategory } from '../taxonomy/taxonomy.model';

@ObjectType({ description: 'How many listings are in one state / 状態別の掲載数' })
export class ListingStatusCount {
  @Field(() => ListingStatus) status!: ListingStatus;
  @Field({ description: '掲載の状態の表示名 (kind ListingStatus)' }) statusLabelJa!: string;
  @Field() statusLabelEn!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A municipality an organization’s listings serve / 提供先の市区町村' })
export class ServedMunicipality {
  @Field({ description: '5-digit JIS code' }) code!: string;
  @Field({ description: 'Its name with the prefecture, e.g. 香川県高松市' }) name!: string;
}

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

const mayReadOrganizationListings = (actor: Actor | null, organizationId: string) =>
  actor?.role === 'admin' || (actor?.role === 'operator' && actor.organizationId === organizationId);

@Resolver(() => OrganizationView)
export class OrganizationAdminFieldsResolver {
  constructor(private readonly reads: CatalogueAdminReads) {}

  @ResolveField(() => [ListingStatusCount], {
    nullable: true,
    description: 'Its listings per state, every state (admin, or its own operator; null for anyone else) / 状態別の掲載数',
  })
  async listingCounts(@Parent() o: OrganizationView, @CurrentActor() actor: Actor | null, @Context() ctx: object): Promise<ListingStatusCount[] | null> {
    if (!mayReadOrganizationListings(actor, o.id)) return null;
    return statusCounts((await this.reads.countsByOrganization(ctx)).get(o.id));
  }

  @ResolveField(() => [ServedMunicipality], {
    nullable: true,
    description: 'Municipalities its listings (other than withdrawn ones) serve, by code (admin, or its own operator; null for anyone else) / 提供先の市区町村',
  })
  async servedMunicipalities(@Parent() o: OrganizationView, @CurrentActor() actor: Actor | null, @Context() ctx: object): Promise<ServedMunicipality[] | null> {
    if (!mayReadOrganizationListings(actor, o.id)) return null;
    const codes = (await this.reads.servedByOrganization(ctx)).get(o.id) ?? [];
    return codes.map((code) => ({ code, name: municipalityName(code) ?? code }));
  }
}

@Resolver(() => TaxonomyCategory)
export class TaxonomyCategoryAdminFieldsResolver {
  constructor(private readonly reads: CatalogueAdminReads) {}

  @ResolveField(() => [ListingStatusCount], {
    nullable: true,
    description: 'Listings that carry this category, per state: what retiring it affects (admin; null for anyone else) / この分類を使う掲載',
  })
  async listingCounts(@Parent() c: TaxonomyCategory, @CurrentActor() actor: Actor | null, @Context() ctx: object): Promise<ListingStatusCount[] | null> {
    if (actor?.role !== 'admin') return null;
    return statusCounts((await this.reads.countsByCategory(ctx)).get(c.code));
  }
}
