export * from './service-area';
