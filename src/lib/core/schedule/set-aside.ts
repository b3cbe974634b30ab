// Queue codes of cards set aside from the study screen (issue 12, study features), as Anki's:
// suspended (-1) until the student brings the card back, buried (-2) until the next study day.
// The FSRS card is kept as it was. Apart from queue.ts, which the first page loads.
export const SET_ASIDE = { suspended: -1, buried: -2 } as const;

/** Suspended or buried: in none of today's queues, but not retired. */
export const isSetAside = (queue: number): boolean => queue < 0;
