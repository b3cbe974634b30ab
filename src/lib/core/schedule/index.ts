export * from './settings';
export * from './day';
export * from './interval';
export * from './fsrs';
export * from './queue';
export * from './state';
