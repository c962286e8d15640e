import 'reflect-metadata';
import { runServiceMain } from '@sanpuku/platform';
import { RegionAppModule } from './app.module';
import { regionService } from './region.service-definition';

runServiceMain(regionService, (runtime) => RegionAppModule.forRoot(runtime));
