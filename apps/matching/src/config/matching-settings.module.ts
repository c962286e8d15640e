import { DynamicModule, Module } from '@nestjs/common';
import { MATCHING_SETTINGS, MatchingSettings, matchingSettingsFromEnv } from './matching.settings';

@Module({})
export class MatchingSettingsModule {
  /** Settings from the environment (validated at boot), with optional overrides (tests). */
  static forRoot(overrides: Partial<MatchingSettings> = {}): DynamicModule {
    return {
      module: MatchingSettingsModule,
      global: true,
      providers: [{ provide: MATCHING_SETTINGS, useFactory: (): MatchingSettings => ({ ...matchingSettingsFromEnv(), ...overrides }) }],
      exports: [MATCHING_SETTINGS],
    };
  }
}
