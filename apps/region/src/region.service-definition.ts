import { ServiceDefinition } from '@sanpuku/platform';
import { CreateRegionModel1764300002000 } from './migrations/1764300002000-CreateRegionModel';
import { TownBlockNameSearch1764900000000 } from './migrations/1764900000000-TownBlockNameSearch';
import { MunicipalBoundaries1765000000000 } from './migrations/1765000000000-MunicipalBoundaries';
import { ExplanationAsJson1765100000000 } from './migrations/1765100000000-ExplanationAsJson';
import { ExplanationSummary1765200000000 } from './migrations/1765200000000-ExplanationSummary';
import { PackedUncoveredBlocks1765310000000 } from './migrations/1765310000000-PackedUncoveredBlocks';

export const regionService: ServiceDefinition = {
  name: 'region',
  schema: 'region',
  entities: [],
  migrations: [CreateRegionModel1764300002000, TownBlockNameSearch1764900000000, MunicipalBoundaries1765000000000, ExplanationAsJson1765100000000, ExplanationSummary1765200000000, PackedUncoveredBlocks1765310000000],
};
