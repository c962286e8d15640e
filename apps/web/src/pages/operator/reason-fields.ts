/**
 * The words of the fields a reviewer's reason can name (its JSON Pointer), for the listings page:
 * the same names the review page offers (muni.review.field.*), so both sides call a field alike.
 */
export const REASON_FIELD_KEYS: Record<string, string> = {
  '/title': 'muni.review.field.title',
  '/description': 'muni.review.field.description',
  '/price': 'muni.review.field.price',
  '/schedule': 'muni.review.field.schedule',
  '/disclosure/cancellationTerms': 'muni.review.field.cancellationTerms',
  '/disclosure/staffQualifications': 'muni.review.field.staffQualifications',
  '/disclosure/complaintDesk': 'muni.review.field.complaintDesk',
  '/disclosure/liabilityInsurance': 'muni.review.field.liabilityInsurance',
  '/disclosure/effectClaim': 'muni.review.field.effectClaim',
};
