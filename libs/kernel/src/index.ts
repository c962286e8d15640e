export * from './labels/label.types';
export * from './labels/registry';
