// "When was the treaty ratified?", "When did the war end?": a bare "the treaty" in a card names
// nothing (RUBRIC.md: "no-context"). The article named it before ("the Treaty of Troyes", "the
// Hundred Years' War"): the card takes the nearest earlier name with the same head noun. The
// English counterpart of the Russian pack's event-referents.ts.

const HEADS = [
	'treaty',
	'war',
	'conference',
	'congress',
	'agreement',
	'convention',
	'accord',
	'pact',
	'armistice',
	'truce',
	'peace',
	'alliance',
	'declaration'
] as const;

// (Not a head its own words define: "the treaty eliminating those weapons", "the war that …".)
const DEFINED = "(?! of\\b)(?!['’]s)(?! (?:\\p{L}+ing|that|which|between|with|against)\\b)";
const BARE = new RegExp(`\\b([Tt])he (${HEADS.join('|')})\\b${DEFINED}`, 'u');

/** "Head of Place" (maybe after capitalised words), or capitalised words before the head. */
const nameOf = (head: string) => {
	const H = head.charAt(0).toUpperCase() + head.slice(1);
	const word = "\\p{Lu}[\\p{L}'’-]*";
	// (Spaces only: a title's line does not run on into the first sentence.)
	return new RegExp(
		`(?<![\\p{L}'’-])(?:(?:${word} +){0,2}${H} +of +(?:the +)?${word}(?: +${word}){0,2}|(?:${word} +){1,3}${H})(?![\\p{L}])`,
		'gu'
	);
};

/** Every name of each head in the text, in order (one text cached: an article's cards ask often). */
let cached: { text: string; names: Map<string, { at: number; name: string }[]> } | null = null;

function namesIn(text: string, head: string): { at: number; name: string }[] {
	if (cached?.text !== text) cached = { text, names: new Map() };
	let list = cached.names.get(head);
	if (!list) {
		list = [];
		for (const m of text.matchAll(nameOf(head))) {
			// "In the Treaty": a sentence's first word is no part of the name.
			const name = m[0].replace(/^(?:The|In|On|At|By|After|Before|When|Under|With)\s+/u, '');
			if (!new RegExp(`^${head}$`, 'iu').test(name)) list.push({ at: m.index, name });
		}
		cached.names.set(head, list);
	}
	return list;
}

/**
 * The name a bare head stands for, told before `before`: the one the title names ("the treaty"
 * in an article on the Treaty of Troyes), else the only one the article gives, or the one it
 * names most, twice as often as any other. The nearest name is often a side reference ("the Treaty of London" in an article on
 * Versailles), so it alone decides nothing.
 */
function earlierName(text: string, head: string, before: number): string | null {
	const told = namesIn(text, head).filter((x) => x.at < before);
	if (!told.length) return null;
	const title = text.slice(0, text.indexOf('\n') >>> 0);
	const titled = told.find((x) => title.includes(x.name));
	if (titled) return titled.name;
	const count = new Map<string, number>();
	for (const x of namesIn(text, head)) count.set(x.name, (count.get(x.name) ?? 0) + 1);
	const [first, second] = [...new Set(told.map((x) => x.name))]
		.map((name) => ({ name, n: count.get(name) ?? 0 }))
		.sort((x, y) => y.n - x.n);
	// (The only name of its head in the article is the one: "the Hundred Years' War" once.)
	if (!second && [...count.keys()].length === 1) return first.name;
	return first.n >= 2 && first.n >= 2 * (second?.n ?? 0) ? first.name : null;
}

/**
 * The question and the event with their first bare "the treaty", "the war" … spelled out as the
 * article named it before `before` (the clause's start in the cleaned text). Unchanged when the
 * article gave it no name.
 */
export function thingsNamed(
	text: string,
	before: number,
	question: string,
	event: string
): { question: string; event: string } {
	const m = BARE.exec(question);
	if (!m) return { question, event };
	const name = earlierName(text, m[2], before);
	if (!name) return { question, event };
	const re = new RegExp(`\\b[Tt]he ${m[2]}\\b${DEFINED}`, 'u');
	const put = (s: string) =>
		s.replace(re, (found) => `${found.charAt(0) === 'T' ? 'The' : 'the'} ${name}`);
	return { question: put(question), event: put(event) };
}
