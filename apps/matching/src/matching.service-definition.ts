import { ConsumerGroups } from '@sanpuku/contracts';
import { ServiceDefinition } from '@sanpuku/platform';
import { CreateReadModels1764300001000 } from './migrations/1764300001000-CreateReadModels';
import { CreateRequestsReferralsConsent1764300003000 } from './migrations/1764300003000-CreateRequestsReferralsConsent';
import { AccessLogProvenanceRetention1764300005000 } from './migrations/1764300005000-AccessLogProvenanceRetention';
import { ConsentActAndRematch1764300007000 } from './migrations/1764300007000-ConsentActAndRematch';
import { PersonalDataLifecycle1764300009000 } from './migrations/1764300009000-PersonalDataLifecycle';

export const matchingService: ServiceDefinition = {
  name: 'matching',
  schema: 'matching',
  entities: [],
  migrations: [CreateReadModels1764300001000, CreateRequestsReferralsConsent1764300003000, AccessLogProvenanceRetention1764300005000, ConsentActAndRematch1764300007000, PersonalDataLifecycle1764300009000],
  consumerGroup: ConsumerGroups.matching,
};
