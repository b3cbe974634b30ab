// The English language pack: its sentence splitter, a hand grammar of English dates, the person
// finder (titles, given names, particles, possessives), the fact rules with English question
// templates, and the deck titles. No dictionary to load: `createEnglish()` is the whole pack, a few
// tens of kilobytes that the worker imports only for an English article.

import type { Doc } from '../../doc';
import type { FactDraft } from '../../facts';
import type { DateMention } from '../date';
import type { DeckTitles, Language, Mentions } from '../language';
import { earlyYears, sentenceDates, type DateContext } from './dates';
import { actorFacts } from './actors';
import { toldDates } from '../../story-date';
import { dateFacts, type EnContext } from './events';
import { officeFacts } from './offices';
import { findPersons, personIndex } from './persons';
import { splitEnglish } from './sentences';
import { stanceFacts } from './stances';

function findDates(doc: Doc): DateMention[] {
	const ctx: DateContext = { early: earlyYears(doc.text) };
	const out: DateMention[] = [];
	for (const s of doc.sentences) out.push(...sentenceDates(doc.text, s.start, s.end, ctx));
	return out;
}

function titles(article: string): DeckTitles {
	return {
		dates: {
			title: `Dates: ${article}`,
			description:
				'The events of the article and their dates: when it happened, and what happened then.'
		},
		actors: {
			title: `People: ${article}`,
			description: 'Who did what: the decisions, treaties and deeds of the people in the article.'
		},
		positions: {
			title: `Offices and positions: ${article}`,
			description: 'Who held which office, and what positions people and states took.'
		}
	};
}

export function createEnglish(): Language {
	return {
		code: 'en',
		sentences: splitEnglish,
		mentions: (doc: Doc): Mentions => ({ dates: findDates(doc), persons: findPersons(doc) }),
		facts(doc: Doc, m: Mentions, progress = () => {}): FactDraft[] {
			const ctx: EnContext = { doc, persons: m.persons, people: personIndex(m.persons) };
			const steps = [
				() => dateFacts(ctx, m.dates),
				// The dates told as events so far date the actors' undated deeds (story-date.ts).
				() => actorFacts(ctx, m.dates, toldDates(out, m.dates)),
				() => officeFacts(ctx, m.dates),
				() => stanceFacts(ctx, m.dates)
			];
			const out: FactDraft[] = [];
			steps.forEach((step, k) => {
				progress(k, steps.length);
				out.push(...step());
			});
			progress(steps.length, steps.length);
			return out;
		},
		titles
	};
}
