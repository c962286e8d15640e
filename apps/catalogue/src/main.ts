import 'reflect-metadata';
import { runServiceMain } from '@sanpuku/platform';
import { CatalogueAppModule } from './app.module';
import { catalogueService } from './catalogue.service-definition';

runServiceMain(catalogueService, (runtime) => CatalogueAppModule.forRoot(runtime));
