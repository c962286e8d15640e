export * from './labels/label.types';
export * from './labels/registry';
export * from './geodesy';
export * from './care-levels';
