import { Module } from '@nestjs/common';
import { OfferingViews } from './offering-views';
import { OfferingEventWriter } from './offering.events';
import { OfferingRepository } from './offering.repository';

/**
 * The offering table, its events and its GraphQL views: what every feature that stores or shows
 * an offering needs. A module of its own, apart from OfferingsModule, because organizations write
 * offerings (a renamed organization updates its published listings) while offerings need
 * organizations, and listing, search and HSDS use the store without the offering commands.
 */
@Module({ providers: [OfferingRepository, OfferingEventWriter, OfferingViews], exports: [OfferingRepository, OfferingEventWriter, OfferingViews] })
export class OfferingStoreModule {}
