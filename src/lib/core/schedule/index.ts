export * from './settings';
export * from './day';
export * from './interval';
export * from './fsrs';
export * from './queue';
export * from './state';
export * from './review';
export * from './exam-scheduler';
