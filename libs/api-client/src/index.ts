export * from './lib/generated';
