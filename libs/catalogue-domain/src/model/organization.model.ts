/** An operator organization (事業者). Free text is Japanese. */
export interface Organization {
  id: string;
  /** Official name, e.g. 株式会社さんぷく配食. */
  name: string;
  /** Common or short name, or null. */
  alternateName: string | null;
  description: string;
  /** 13-digit 法人番号, normalised; null for operators without one (sole proprietors, 任意団体). */
  corporateNumber: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
}
