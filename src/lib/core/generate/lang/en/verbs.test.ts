// Base forms of English past tenses for "When did … <base>?" questions.
import { describe, expect, it } from 'vitest';
import { baseForm } from './verbs';

describe('English base forms', () => {
	it('keeps the "e" after a vowel pair and "s", and none after "focus" or "bias"', () => {
		const got = ['raised', 'caused', 'released', 'increased', 'ceased', 'focused', 'biased'].map(
			baseForm
		);
		expect(got).toEqual(['raise', 'cause', 'release', 'increase', 'cease', 'focus', 'bias']);
	});
	it('reads regular and irregular verbs as before', () => {
		const got = ['signed', 'declared', 'stopped', 'opened', 'led', 'refused', 'passed'].map(
			baseForm
		);
		expect(got).toEqual(['sign', 'declare', 'stop', 'open', 'lead', 'refuse', 'pass']);
		expect(['rebelled', 'besieged', 'compelled'].map(baseForm)).toEqual([
			'rebel',
			'besiege',
			'compel'
		]);
	});
});
