// Kept for core/generate, which imports the month names from here: the lists live in
// core/text/months.ts (one list for the whole core). Remove once the generator imports that.
export { MONTH_GENITIVE, MONTH_NOMINATIVE, MONTH_PREPOSITIONAL } from './text/months';
