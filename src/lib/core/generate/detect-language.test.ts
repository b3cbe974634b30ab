import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
	it('reads a Russian article as Russian, Latin names and quotes in it notwithstanding', () => {
		expect(
			detectLanguage(
				'16 апреля 1922 г. в Рапалло Г. В. Чичерин и W. Rathenau подписали договор (Vertrag von Rapallo), восстановивший отношения.'
			)
		).toBe('ru');
	});
	it('reads an English article as English', () => {
		expect(
			detectLanguage(
				'The Congress of Vienna was a meeting of ambassadors of European states, chaired by the Austrian statesman Klemens von Metternich, and held in Vienna from November 1814 to June 1815.'
			)
		).toBe('en');
	});
	it('calls a German or Greek article neither', () => {
		expect(
			detectLanguage(
				'Der Vertrag von Rapallo wurde am 16. April 1922 zwischen dem Deutschen Reich und der Russischen Sozialistischen Föderativen Sowjetrepublik geschlossen.'
			)
		).toBe('other');
		expect(
			detectLanguage(
				'Η Συνθήκη του Ραπάλλο υπογράφηκε στις 16 Απριλίου 1922 μεταξύ Γερμανίας και Ρωσίας.'
			)
		).toBe('other');
	});
	it('does not judge a few words', () => {
		expect(detectLanguage('1922 — Rapallo')).toBeNull();
	});
});
