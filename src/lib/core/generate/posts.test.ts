import { describe, expect, it } from 'vitest';
import { postBefore } from './posts';

const post = (before: string) => postBefore(before)?.post;

describe('offices in the nominative', () => {
	it('puts the title in the nominative and keeps its complement', () => {
		expect(post('напомнил наркому иностранных дел ')).toBe('нарком иностранных дел');
		expect(post('признался полпреду в Праге ')).toBe('полпред в Праге');
		expect(post('заявил советнику IV отдела германского МИД ')).toBe(
			'советник IV отдела германского МИД'
		);
		expect(post('беседа с экс-министром иностранных дел Германии ')).toBe(
			'экс-министр иностранных дел Германии'
		);
		expect(post('преемнику на посту посла ')).toBe('посол');
	});
	it('chains two titles of one person', () => {
		expect(post('записи командующего рейхсвером генерала ')).toBe(
			'командующий рейхсвером, генерал'
		);
	});
	it('puts agreeing adjectives in the nominative', () => {
		expect(post('в беседах с британским послом в Петербурге ')).toBe(
			'британский посол в Петербурге'
		);
	});
	it('expands abbreviated offices', () => {
		expect(post('Предревсовета ')).toBe('председатель РВСР');
	});
	it('finds no office across a verb', () => {
		expect(post('Посол расценил заявление ')).toBeUndefined();
	});
});
