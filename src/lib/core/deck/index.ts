export * from './types';
export * from './validate';
export { MAX_FIELD, MAX_CARDS } from './schema';
export * from './merge';
