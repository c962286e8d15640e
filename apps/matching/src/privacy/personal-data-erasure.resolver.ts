import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { HelpRequest } from '../requests/help-request.model';
import { RequestAccess } from '../requests/request-access';
import { PersonalDataErasure } from './erasure.model';
import { EraseSeniorPersonalDataInput } from './erasure.input';
import { PersonalDataErasureService } from './personal-data-erasure.service';
import { toErasureView } from './erasure.view';

/** Mapping only: who may erase and what it does live in PersonalDataErasureService. */
@Resolver(() => PersonalDataErasure)
export class PersonalDataErasureResolver {
  constructor(private readonly service: PersonalDataErasureService) {}

  @Mutation(() => PersonalDataErasure, {
    description:
      'Erase the personal data of the senior of a request now (本人からの削除請求): municipal staff of the request’s municipality or admins. Withdraws the senior’s standing consents (waiting referrals are cancelled), erases name, kana, address, phone, care level, health notes, needs note, location and the consent giver’s name, and records it. Aggregates, provision records and the access log stay / 個人データの削除',
  })
  async eraseSeniorPersonalData(@CurrentActor() actor: Actor | null, @Args('input') input: EraseSeniorPersonalDataInput): Promise<PersonalDataErasure> {
    return toErasureView(await this.service.eraseOnRequest(actor, input), actor);
  }
}

@Resolver(() => HelpRequest)
export class HelpRequestErasureFieldResolver {
  constructor(
    private readonly service: PersonalDataErasureService,
    private readonly access: RequestAccess,
  ) {}

  @ResolveField(() => PersonalDataErasure, { nullable: true, description: 'When and why the senior’s personal data was erased (null while it is kept)' })
  async personalDataErasure(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<PersonalDataErasure | null> {
    const row = await this.access.visible(actor, r.id);
    const e = await this.service.recordOfSenior(row.senior_id);
    return e ? toErasureView(e, actor) : null;
  }
}
