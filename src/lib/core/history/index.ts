// History-shaped views: the timeline, the chronology exercise and the source reader.
export * from './history-date';
export * from './format-date';
export * from './timeline';
export * from './chronology';
export * from './reader-text';
export * from './reader-layout';
export * from './reader-link';
