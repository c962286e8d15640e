import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_SETTINGS, CatalogueSettings } from '../config/catalogue.settings';
import type { OfferingView } from './offering.model';
import type { OfferingRecord } from './offering.row';
import { offeringView } from './offering.view';

/** Maps stored offerings to their GraphQL view with freshness at the current time and the configured staleness. */
@Injectable()
export class OfferingViews {
  constructor(@Inject(CATALOGUE_SETTINGS) private readonly settings: CatalogueSettings) {}

  of(r: OfferingRecord): OfferingView {
    return offeringView(r, this.settings.now(), {
      capacityStaleAfterDays: this.settings.capacityStaleAfterDays,
      detailsStaleAfterDays: this.settings.detailsStaleAfterDays,
    });
  }
}
