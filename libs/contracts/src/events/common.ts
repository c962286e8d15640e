import { CARE_LEVELS } from '@sanpuku/kernel';
import { z } from 'zod';

/** 5-digit JIS municipality code (市区町村コード), the only join key between services. */
export const JisCode5 = z.string().regex(/^\d{5}$/, 'must be a 5-digit JIS municipality code');
export const Uuid = z.string().uuid();
export const CategoryCode = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a taxonomy category code');
export const Segment = z.enum(['A', 'B', 'C']);
export const DensityTier = z.enum(['rural', 'general_city', 'large_city']);
export const InsuranceCoverage = z.enum(['covered', 'not_covered']);
/** Care-need certification: none, 要支援1–2 (support_1–2), 要介護1–5 (care_1–5). */
export const CareLevel = z.enum(CARE_LEVELS);
