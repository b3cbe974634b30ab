// The light, always-needed part of the db layer. deck-install.ts is imported by path where needed.
export { KartotekaDB, getDb } from './database';
export * from './types';
export * from './decks-repo';
export * from './study-repo';
export * from './meta-repo';
