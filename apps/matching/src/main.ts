import 'reflect-metadata';
import { runServiceMain } from '@sanpuku/platform';
import { MatchingAppModule } from './app.module';
import { matchingService } from './matching.service-definition';

runServiceMain(matchingService, (runtime) => MatchingAppModule.forRoot(runtime));
