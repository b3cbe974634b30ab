// The home screen's exam countdown, registered by features/exam-countdown.ts, which loads only
// when some deck has an exam plan (see ../messages.ts).

export const ru = {
	'home.examIn': 'Экзамен через {n} дн.',
	'home.examToday': 'Экзамен сегодня'
} as const;

export const en: Record<keyof typeof ru, string> = {
	'home.examIn': 'Exam in {n} d',
	'home.examToday': 'Exam today'
};
