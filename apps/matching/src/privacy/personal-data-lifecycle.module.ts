import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { RequestsModule } from '../requests/requests.module';
import { HelpRequestErasureFieldResolver, PersonalDataErasureResolver } from './personal-data-erasure.resolver';
import { PersonalDataErasureService } from './personal-data-erasure.service';

/**
 * The lifecycle of a senior's own personal data: erasure on request (本人からの削除請求) and on
 * schedule after their requests close. Its own module because it acts through requests and consent
 * (whose withdrawal hooks cancel waiting referrals), which themselves depend on PrivacyModule.
 */
@Module({
  imports: [RequestsModule, ConsentModule],
  providers: [PersonalDataErasureService, PersonalDataErasureResolver, HelpRequestErasureFieldResolver],
  exports: [PersonalDataErasureService],
})
export class PersonalDataLifecycleModule {}
