// Study statistics: pure functions of review summaries, card states and a clock.
export * from './types';
export * from './days';
export * from './reviews-per-day';
export * from './retention';
export * from './card-counts';
export * from './forecast';
export * from './heatmap';
export * from './time-spent';
