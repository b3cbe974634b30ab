// Which cards take a typed answer, and checking one: between a card's fact and the checks of
// date.ts and name.ts. Dates are typed for date cards that hide the date; names
// for cards that hide a person (an actor, an office's holder, a stance's holder named by initials);
// any other card's back as text, when the student asked for typed answers on the deck (issue 12).
import type { Fact } from '../deck';
import { checkDate, readTypedDate, type DateReadError, type PartialDate } from './date';
import { checkName, oneSlip, personOf } from './name';
import { normalizeAnswer, type PartState, type SuggestedGrade } from './text';

export type TypedTarget =
	| {
			kind: 'date';
			date: string;
			/** The card's back ("9 и 14 августа 1920 г."): typed as it reads, it is right. */
			answer?: string;
	  }
	| { kind: 'name'; person: string; surname: string }
	/** Any card's back, compared as text (a deck option: typed answers on every card). */
	| { kind: 'text'; answer: string };

export type TypedPart = 'year' | 'month' | 'day' | 'surname' | 'initials' | 'answer';

export type TypedOutcome =
	| {
			ok: true;
			grade: SuggestedGrade;
			parts: { name: TypedPart; state: PartState }[];
			/** A single date inside the asked interval. */
			inside: boolean;
			/** A surname one letter off: what was typed, and the surname it was taken for. */
			slip?: { typed: string; meant: string };
	  }
	/** Why nothing was checked: the interface says it as `typed.<error>`. */
	| { ok: false; error: DateReadError };

/**
 * The check a card takes: its fact's (a date, a name), else, when `anyCard` (the deck's option),
 * its back as text; null: the card is only revealed.
 */
export function typedTarget(
	fact: Fact | undefined,
	back?: string,
	anyCard = false
): TypedTarget | null {
	const own = factTarget(fact, back);
	if (own || !anyCard || !back?.trim()) return own;
	return { kind: 'text', answer: back };
}

function factTarget(fact: Fact | undefined, back?: string): TypedTarget | null {
	if (!fact) return null;
	if (fact.type === 'date' && fact.ask === 'date')
		return back
			? { kind: 'date', date: fact.date, answer: back }
			: { kind: 'date', date: fact.date };
	// "К. Б. Радек, В. Л. Копп и А. Мальцан" (a deed done together) is told, not typed.
	if (fact.type === 'person' && /,|\sи\s/u.test(fact.person)) return null;
	if ((fact.type === 'person' || fact.type === 'post') && fact.ask === 'person')
		return { kind: 'name', person: fact.person, surname: fact.surname };
	if (fact.type === 'stance' && fact.ask === 'holder') {
		const p = personOf(fact.holder);
		if (p) return { kind: 'name', person: p.name, surname: p.surname };
	}
	return null;
}

export function checkTyped(target: TypedTarget, text: string): TypedOutcome {
	if (target.kind === 'text') return checkText(target.answer, text);
	if (target.kind === 'date') {
		const r = checkDate(text, target.date);
		if (!r.ok) return { ok: false, error: r.error };
		// The card's own answer, in any wording: a list ("9 и 14 августа") names more than the fact's
		// one date, and is still exactly right.
		const same = target.answer !== undefined && sameDates(text, target.answer);
		const parts = (['year', 'month', 'day'] as const)
			.filter((p) => r.parts[p] !== undefined)
			.map((name) => ({ name, state: same ? 'right' : r.parts[name]! }));
		return { ok: true, grade: same ? 'good' : r.grade, parts, inside: same ? false : r.inside };
	}
	const r = checkName(text, target.person, target.surname);
	if (!r.ok) return { ok: false, error: 'empty' };
	return {
		ok: true,
		grade: r.grade,
		parts: [
			{ name: 'surname', state: r.surname },
			{ name: 'initials', state: r.initials }
		],
		inside: false,
		...(r.slip ? { slip: r.slip } : {})
	};
}

const samePart = (a: PartialDate | undefined, b: PartialDate | undefined) =>
	a?.year === b?.year && a?.month === b?.month && a?.day === b?.day;

/** Whether two texts read as the same date, range or pair of dates. */
function sameDates(typed: string, answer: string): boolean {
	const a = readTypedDate(typed);
	const b = readTypedDate(answer);
	return a.ok && b.ok && samePart(a.value.from, b.value.from) && samePart(a.value.to, b.value.to);
}

/** Text as compared: case, ё/е, dashes, spaces, and the punctuation around words left out. */
const plain = (text: string) => normalizeAnswer(text.replace(/[.,;:!?«»"“”„()[\]]/g, ' ')).trim();

/**
 * A free-text answer: the same words → Good; one letter changed, added, dropped or two swapped
 * in an answer of 5 letters or more → Hard, the slip shown; anything else → Again.
 */
function checkText(answer: string, text: string): TypedOutcome {
	const typed = plain(text);
	if (!typed) return { ok: false, error: 'empty' };
	const want = plain(answer);
	const slip = want.length >= 5 && oneSlip(typed, want);
	const state: PartState = typed === want ? 'right' : 'wrong';
	return {
		ok: true,
		grade: state === 'right' ? 'good' : slip ? 'hard' : 'again',
		parts: [{ name: 'answer', state }],
		inside: false,
		...(slip ? { slip: { typed: text.trim(), meant: answer.trim() } } : {})
	};
}
