// "The death of Pope Julius III in March 1555 and the election of Paul IV in May left …": a date
// right after "the <event noun> of <person>" times that event, not the clause's verb. The noun is
// told as the verb it names ("When did Pope Julius III die?"), which a student can answer.

import type { Person } from '../person';
import { clauseOf, type Span } from './clauses';
import type { EnContext } from './phrases';

/** Event nouns of a person and the clause each stands for: active ("died") or passive ("was elected"). */
const OF_PERSON: Record<string, [active: string, past: string] | [passive: string]> = {
	death: ['die', 'died'],
	abdication: ['abdicate', 'abdicated'],
	resignation: ['resign', 'resigned'],
	arrival: ['arrive', 'arrived'],
	return: ['return', 'returned'],
	flight: ['flee', 'fled'],
	election: ['elected'],
	coronation: ['crowned'],
	assassination: ['assassinated'],
	murder: ['murdered'],
	execution: ['executed'],
	arrest: ['arrested'],
	deposition: ['deposed'],
	overthrow: ['overthrown'],
	exile: ['exiled'],
	release: ['released'],
	dismissal: ['dismissed'],
	appointment: ['appointed']
};

export interface NominalEvent {
	question: string;
	since?: string;
	event: string;
	stop: number;
	clause: Span;
	persons: Person[];
}

/** The person whose mention ends right before token `end`, and where the mention starts. */
function personBefore(ctx: EnContext, end: number): [Person, number] | null {
	const p = ctx.people.get(end - 1);
	if (!p) return null;
	let from = end - 1;
	while (from > 0 && ctx.people.get(from - 1) === p) from--;
	return [p, from];
}

/** "… the death of Pope Julius III in March 1555 …" → "When did Pope Julius III die?"; or null. */
export function nominalEvent(ctx: EnContext, span: Span): NominalEvent | null {
	const ts = ctx.doc.tokens;
	if (!/^(?:in|on)$/i.test(ts[span.from]?.text ?? '')) return null;
	const person = personBefore(ctx, span.from);
	if (!person) return null;
	const [p, from] = person;
	// ("the election of the intransigent Paul IV": an adjective of the person may come between.)
	let of = from - 1;
	while (of > from - 3 && of > 0 && ts[of].kind === 'word' && /^\p{Ll}+$/u.test(ts[of].text)) {
		if (ts[of].text === 'of') break;
		of--;
	}
	if (ts[of]?.text !== 'of') return null;
	const noun = ts[of - 1]?.text.toLowerCase() ?? '';
	const verb = OF_PERSON[noun];
	// "the": the event itself; "his death" would need its owner, "a return" is no one event.
	if (!verb || ts[of - 2]?.text.toLowerCase() !== 'the') return null;
	const name = ctx.doc.text.slice(ts[from].start, ts[span.from - 1].end);
	const c = clauseOf(ctx.doc, span.from);
	const told =
		verb.length === 2
			? { question: `When did ${name} ${verb[0]}?`, event: `${name} ${verb[1]}` }
			: { question: `When was ${name} ${verb[0]}?`, event: `${name} was ${verb[0]}` };
	return { ...told, stop: span.from, clause: c, persons: [p] };
}
