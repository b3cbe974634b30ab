// Strings of the FSRS optimizer (issue 13, item 1), on the settings page (loaded with it).

export const ru = {
	'optimizer.title': 'Параметры FSRS',
	'optimizer.intro':
		'«Оптимизировать» подбирает параметры FSRS под ваши собственные повторения в колодах набора, как в Anki: интервалы кнопок, план экзамена и прогноз станут точнее. «Оценить» показывает, насколько хорошо текущие и подобранные параметры предсказывают ваши последние повторения, ничего не меняя. Расчёт идёт на этом устройстве, без сети.',
	'optimizer.default': 'Обычный (из настроек)',
	'optimizer.usesDefault': 'Параметры по умолчанию',
	'optimizer.usesFitted': 'Подобранные параметры',
	'optimizer.optimize': 'Оптимизировать',
	'optimizer.evaluateRun': 'Оценить',
	'optimizer.evaluated': 'Только оценка: параметры не изменены.',
	'optimizer.running': 'Подбираем параметры…',
	'optimizer.reset': 'Вернуть параметры по умолчанию',
	'optimizer.resetDone': 'Набор снова использует параметры FSRS по умолчанию.',
	'optimizer.tooFew':
		'Мало повторений: {reviews} из {minimum} нужных (считаются повторения на следующий день и позже). Параметры не изменены.',
	'optimizer.used': 'Использовано повторений: {reviews} (нужно не меньше {minimum}); {seconds} с.',
	'optimizer.saved': 'Новые параметры сохранены.',
	'optimizer.notBetter': 'Подобранные параметры предсказывают не лучше текущих: оставлены текущие.',
	'optimizer.evaluate': 'Проверка на последних {count} повторениях, не участвовавших в подборе',
	'optimizer.metric': 'Показатель',
	'optimizer.before': 'Текущие',
	'optimizer.after': 'Новые',
	'optimizer.logLoss': 'Log loss',
	'optimizer.rmse': 'RMSE (по группам)',
	'optimizer.lowerBetter': 'Чем меньше, тем лучше.',
	'optimizer.parameters': 'Параметры ({count})',
	'error.optimize': 'Не удалось подобрать параметры'
};

export const en: Record<keyof typeof ru, string> = {
	'optimizer.title': 'FSRS parameters',
	'optimizer.intro':
		'Optimize fits FSRS’s parameters to your own reviews in the preset’s decks, as Anki does: the grade buttons’ intervals, the exam plan and the forecast get more accurate. Evaluate shows how well the current and the fitted parameters predict your latest reviews, changing nothing. It runs on this device, offline.',
	'optimizer.default': 'Default (from settings)',
	'optimizer.usesDefault': 'Default parameters',
	'optimizer.usesFitted': 'Fitted parameters',
	'optimizer.optimize': 'Optimize',
	'optimizer.evaluateRun': 'Evaluate',
	'optimizer.evaluated': 'Evaluation only: the parameters were not changed.',
	'optimizer.running': 'Fitting the parameters…',
	'optimizer.reset': 'Back to default parameters',
	'optimizer.resetDone': 'The preset uses FSRS’s default parameters again.',
	'optimizer.tooFew':
		'Too few reviews: {reviews} of the {minimum} needed (reviews a day or more after the previous one count). The parameters were not changed.',
	'optimizer.used': 'Reviews used: {reviews} (at least {minimum} needed); {seconds} s.',
	'optimizer.saved': 'The new parameters were saved.',
	'optimizer.notBetter':
		'The fitted parameters predict no better than the current ones: the current ones were kept.',
	'optimizer.evaluate': 'Evaluated on the latest {count} reviews, which the fit did not see',
	'optimizer.metric': 'Measure',
	'optimizer.before': 'Current',
	'optimizer.after': 'Fitted',
	'optimizer.logLoss': 'Log loss',
	'optimizer.rmse': 'RMSE (bins)',
	'optimizer.lowerBetter': 'Lower is better.',
	'optimizer.parameters': 'Parameters ({count})',
	'error.optimize': 'Could not fit the parameters'
};
