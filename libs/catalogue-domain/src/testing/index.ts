// `@sanpuku/catalogue-domain/testing`: the catalogue's test fixtures for other projects' specs
// (never imported by production code; the library's own index does not export them).
export * from './offering.fixtures';
export * from './catalogue.fixtures';
