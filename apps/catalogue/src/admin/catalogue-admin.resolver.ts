import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { municipalityName } from '@sanpuku/kernel';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { OrganizationView } from '../organizations/organization.model';
import { TaxonomyCategory } from '../taxonomy/taxonomy.model';
import { CatalogueAdminReads, statusCounts } from './catalogue-admin-reads';
import { ListingStatusCount, ServedMunicipality } from './catalogue-admin.model';

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
