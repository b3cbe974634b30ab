// What kind of event a clause tells, and how much it is worth learning (0–3), by its words:
// treaties, conferences, wars, decisions and changes of government rank high; a letter, a call or
// a remark low. Selection (select.ts) turns the weight into core and detail.

export interface Kind {
	kind: string;
	weight: number;
}

const KINDS: [string, number, RegExp][] = [
	[
		'letter',
		0.5,
		/\b(?:letter|telegram|telephone|call|remark|conversation|note|memorandum|interview|toast|diary)\b/i
	],
	[
		// A life's private side (a marriage, an exam, a journey, an illness) is a biography's
		// detail, however central its person (English round 8's rater: "trivial").
		'private',
		1,
		/\b(?:married|marriage|wedding|divorced?|honeymoon|travell?ed|holiday|vacation|stroke|fell ill|illness|examinations?|exams?|certificate|lecture tours?|funeral|christened|bapti[sz]ed|childhood|cousin)\b/i
	],
	[
		'treaty',
		3,
		// Plurals too: "The treaties between France and Britain, … were signed at Utrecht".
		/\b(?:treaty|treaties|(?:agreement|pact|accord|alliance|convention|protocol|armistice|truce|ceasefire)s?|peace|final act)\b/i
	],
	['conference', 3, /\b(?:conference|congress|summit|talks|negotiations)\b/i],
	[
		'war',
		3,
		/\b(?:war|wars|crisis|battle|invaded|invasion|siege|offensive|defeated|routed|captured|fell|surrendered|capitulated|retook|occupied|attack|shot down|uprising|revolution|crashed)\b/i
	],
	[
		'government',
		3,
		/\b(?:appointed|elected|re-elected|resigned|abdicated|succeeded|became|took office|oath of office|chancellor|prime minister|president|secretary-general|independence|deposed|crowned)\b/i
	],
	[
		'decision',
		3,
		/\b(?:resolution|declared|declaration|decided|decision|decree|proclamation|ratified|approved|authorised|authorized|adopted|accepted|ceded|recognised|recognized|announced|ordered)\b/i
	],
	['death', 2.5, /\b(?:died|killed|assassinated|murdered|executed|shot dead)\b/i],
	[
		'career',
		2,
		/\b(?:born|studied|graduated|doctorate|joined|moved|served|chaired|published|awarded)\b/i
	]
];

export function kindOf(text: string): Kind {
	for (const [kind, weight, re] of KINDS) if (re.test(text)) return { kind, weight };
	return { kind: 'event', weight: 2 };
}

/** A text that reports without vouching: "reportedly", "allegedly", "rumoured". */
export const hedged = (text: string) =>
	/\b(?:reportedly|allegedly|rumou?red|is said to|was said to|supposedly|according to rumou?r|forged)\b/i.test(
		text
	);
