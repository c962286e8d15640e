import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { OrganizationView } from './organization.model';
import { OrganizationInput } from './organization.input';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationView)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => OrganizationView, { description: 'An operator organization (public business information) / 事業者' })
  organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationView> {
    return this.service.get(id);
  }

  @Query(() => OrganizationView, { nullable: true, description: "The calling operator's organization, or null before it is registered (operator) / 自社の事業者情報" })
  myOrganization(@CurrentActor() actor: Actor | null): Promise<OrganizationView | null> {
    return this.service.mine(actor);
  }

  @Query(() => [OrganizationView], { description: 'Every operator organization (admin) / 事業者一覧' })
  organizations(@CurrentActor() actor: Actor | null): Promise<OrganizationView[]> {
    return this.service.list(actor);
  }

  @Mutation(() => OrganizationView, {
    description:
      'Register an operator organization: an operator registers its own (the organization id of its token), an admin registers any / 事業者登録',
  })
  registerOrganization(@CurrentActor() actor: Actor | null, @Args('input') input: OrganizationInput): Promise<OrganizationView> {
    return this.service.register(actor, input);
  }

  @Mutation(() => OrganizationView, { description: 'Update an organization: its own operator, or an admin / 事業者情報の更新' })
  updateOrganization(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganizationInput,
  ): Promise<OrganizationView> {
    return this.service.update(actor, id, input);
  }
}
