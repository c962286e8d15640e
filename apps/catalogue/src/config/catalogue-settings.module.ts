import { DynamicModule, Module } from '@nestjs/common';
import { CATALOGUE_SETTINGS, CatalogueSettings, catalogueSettingsFromEnv } from './catalogue.settings';

@Module({})
export class CatalogueSettingsModule {
  /** Settings from the environment (validated at boot), with optional overrides (tests). */
  static forRoot(overrides: Partial<CatalogueSettings> = {}): DynamicModule {
    return {
      module: CatalogueSettingsModule,
      global: true,
      providers: [{ provide: CATALOGUE_SETTINGS, useFactory: (): CatalogueSettings => ({ ...catalogueSettingsFromEnv(), ...overrides }) }],
      exports: [CATALOGUE_SETTINGS],
    };
  }
}
