export * from './service-area';
export * from './prefilter';
