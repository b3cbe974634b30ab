// Authoring: notes and the cards they make, cloze parsing, search, edit rules. Pure TypeScript.
export * from './cloze';
export * from './notes';
export * from './changes';
export * from './normalize';
export * from './search';
export * from './ids';
