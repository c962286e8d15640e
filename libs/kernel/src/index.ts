export * from './labels/label.types';
export * from './labels/registry';
export * from './geodesy';
export * from './care-levels';
export * from './municipalities/municipality-codes';
export * from './seeded-random';
export * from './service-area';
export * from './field-problem';
