import { describe, expect, it } from 'vitest';
import { checkName, initialsOf, isSurnameForm, oneSlip } from './name';
import { typedTarget } from './typed';

const grade = (typed: string, person: string, surname: string) => {
	const r = checkName(typed, person, surname);
	return r.ok ? r.grade : r.error;
};

describe('isSurnameForm', () => {
	it('accepts every grammatical case of the surname', () => {
		for (const f of ['Чичерин', 'Чичерина', 'Чичерину', 'Чичериным', 'Чичерине', 'чичерин'])
			expect(isSurnameForm(f, 'Чичерин'), f).toBe(true);
		for (const f of ['Копп', 'Коппа', 'Коппу', 'Коппом', 'Коппе'])
			expect(isSurnameForm(f, 'Копп'), f).toBe(true);
		for (const f of ['Троцкий', 'Троцкого', 'Троцкому', 'Троцким'])
			expect(isSurnameForm(f, 'Троцкий'), f).toBe(true);
		for (const f of ['Сапега', 'Сапеги', 'Сапеге', 'Сапегу', 'Сапегой'])
			expect(isSurnameForm(f, 'Сапега'), f).toBe(true);
	});

	it('keeps indeclinable surnames as they are', () => {
		expect(isSurnameForm('Иоффе', 'Иоффе')).toBe(true);
		expect(isSurnameForm('Куно', 'Куно')).toBe(true);
		expect(isSurnameForm('Иоффа', 'Иоффе')).toBe(false);
		expect(isSurnameForm('Куна', 'Куно')).toBe(false);
	});

	it('declines either part of a double surname', () => {
		expect(isSurnameForm('Брокдорф-Ранцау', 'Брокдорф-Ранцау')).toBe(true);
		expect(isSurnameForm('Брокдорфа-Ранцау', 'Брокдорф-Ранцау')).toBe(true);
		expect(isSurnameForm('брокдорфом-ранцау', 'Брокдорф-Ранцау')).toBe(true);
		expect(isSurnameForm('Леттов-Форбека', 'Леттов-Форбек')).toBe(true);
		expect(isSurnameForm('Брокдорф', 'Брокдорф-Ранцау')).toBe(false);
		expect(isSurnameForm('Ранцау', 'Брокдорф-Ранцау')).toBe(false);
	});

	it('ignores case and ё/е', () => {
		expect(isSurnameForm('КЁСТЕРУ', 'Кёстер')).toBe(true);
		expect(isSurnameForm('Кестер', 'Кёстер')).toBe(true);
	});

	it('rejects prefixes and other words that start the same', () => {
		expect(isSurnameForm('Секта', 'Сект')).toBe(true);
		expect(isSurnameForm('Секретарь', 'Сект')).toBe(false);
		expect(isSurnameForm('Чич', 'Чичерин')).toBe(false);
		expect(isSurnameForm('Чичеринский', 'Чичерин')).toBe(false);
		expect(isSurnameForm('Литвинов', 'Чичерин')).toBe(false);
	});
});

describe('initialsOf', () => {
	it('takes the letters before or after the surname', () => {
		expect(initialsOf('Г. В. Чичерин', 'Чичерин')).toEqual(['г', 'в']);
		expect(initialsOf('В.Л. Копп', 'Копп')).toEqual(['в', 'л']);
		expect(initialsOf('У. Брокдорф-Ранцау', 'Брокдорф-Ранцау')).toEqual(['у']);
		expect(initialsOf('Сект', 'Сект')).toEqual([]);
	});
});

describe('checkName', () => {
	const chicherin = ['Г. В. Чичерин', 'Чичерин'] as const;

	it('initials are optional and may stand anywhere', () => {
		for (const s of [
			'Чичерин',
			'чичерин',
			'Г. В. Чичерин',
			'Г.В. Чичерин',
			'Г.В.Чичерин',
			'Чичерин Г.В.',
			'Чичерин Г. В.',
			'Георгий Чичерин',
			'Георгий Васильевич Чичерин',
			'Г. Чичерин',
			'Чичерину'
		]) {
			const r = checkName(s, ...chicherin);
			expect(r.ok && r.surname, s).toBe('right');
			expect(grade(s, ...chicherin), s).toBe('good');
		}
		expect(checkName('Чичерин', ...chicherin)).toMatchObject({ initials: 'missing' });
		expect(checkName('Г. В. Чичерин', ...chicherin)).toMatchObject({ initials: 'right' });
	});

	it('wrong initials are flagged, not fatal', () => {
		expect(checkName('А. В. Чичерин', ...chicherin)).toEqual({
			ok: true,
			surname: 'right',
			initials: 'wrong',
			grade: 'hard'
		});
		expect(checkName('Чичерин В.Г.', ...chicherin)).toMatchObject({
			initials: 'wrong',
			grade: 'hard'
		});
		expect(grade('Максим Литвинов Чичерин', ...chicherin)).toBe('hard');
	});

	it('a wrong surname is wrong', () => {
		expect(checkName('Литвинов', ...chicherin)).toMatchObject({ surname: 'wrong', grade: 'again' });
		expect(grade('Чич', ...chicherin)).toBe('again');
		expect(grade('Г. В.', ...chicherin)).toBe('again');
		expect(grade('Секретарь', 'Г. Сект', 'Сект')).toBe('again');
		expect(grade('Секта', 'Г. Сект', 'Сект')).toBe('good');
	});

	it('handles the article’s hard cases', () => {
		expect(grade('Коппом', 'В. Л. Копп', 'Копп')).toBe('good');
		expect(grade('А. А. Иоффе', 'А. А. Иоффе', 'Иоффе')).toBe('good');
		expect(grade('Куно', 'В. Куно', 'Куно')).toBe('good');
		expect(grade('Брокдорфа-Ранцау', 'У. Брокдорф-Ранцау', 'Брокдорф-Ранцау')).toBe('good');
		expect(grade('граф Брокдорф-Ранцау', 'У. Брокдорф-Ранцау', 'Брокдорф-Ранцау')).toBe('hard');
		expect(grade('фон Сект', 'Г. Сект', 'Сект')).toBe('good');
		expect(grade('Кестер', 'А. Кёстер', 'Кёстер')).toBe('good');
	});

	it('an empty answer is no answer', () => {
		expect(checkName('  ', ...chicherin)).toEqual({ ok: false, error: 'empty' });
		expect(checkName('...', ...chicherin)).toEqual({ ok: false, error: 'empty' });
	});
});

describe('typedTarget', () => {
	it('types one person, not a list of persons who acted together', () => {
		const one = {
			type: 'person',
			ask: 'person',
			person: 'В. Л. Копп',
			surname: 'Копп',
			role: 'r'
		} as const;
		expect(typedTarget(one)).toEqual({ kind: 'name', person: 'В. Л. Копп', surname: 'Копп' });
		expect(
			typedTarget({ ...one, person: 'К. Б. Радек, В. Л. Копп и А. Мальцан', surname: 'Радек' })
		).toBeNull();
	});
});

describe('slips in typed names (issue 12)', () => {
	it('bug: "Кoпп" with a Latin o got Again; a look-alike Latin letter is the Cyrillic one', () => {
		expect(checkName('Кoпп', 'В. Л. Копп', 'Копп')).toMatchObject({
			surname: 'right',
			grade: 'good'
		});
		expect(checkName('Чичeрин', 'Г. В. Чичерин', 'Чичерин')).toMatchObject({ grade: 'good' });
	});
	it('bug: "Гилерсон" got Again with no diff; one letter off is Hard, and the slip is named', () => {
		const r = checkName('Гилерсон', 'С. И. Гиллерсон', 'Гиллерсон');
		expect(r).toMatchObject({ grade: 'hard', slip: { typed: 'гилерсон', meant: 'гиллерсон' } });
		expect(checkName('Гилерсоном', 'С. И. Гиллерсон', 'Гиллерсон')).toMatchObject({
			grade: 'hard'
		});
		expect(checkName('Чичреин', 'Г. В. Чичерин', 'Чичерин')).toMatchObject({ grade: 'hard' });
		expect(checkName('Чичерином', 'Г. В. Чичерин', 'Чичерин')).toMatchObject({ grade: 'good' });
		// Short surnames and other names are no slips.
		expect(checkName('Радек', 'К. Б. Радек', 'Радек')).toMatchObject({ grade: 'good' });
		expect(checkName('Ленин', 'К. Б. Радек', 'Радек')).toMatchObject({ grade: 'again' });
		expect(checkName('Кап', 'В. Л. Копп', 'Копп')).toMatchObject({ grade: 'again' });
	});
	it('one slip: changed, added, dropped or swapped letters', () => {
		expect(oneSlip('копп', 'кспп')).toBe(true);
		expect(oneSlip('копп', 'коп')).toBe(true);
		expect(oneSlip('копп', 'коппа')).toBe(true);
		expect(oneSlip('чичерин', 'чичреин')).toBe(true);
		expect(oneSlip('чичерин', 'чичерин')).toBe(false);
		expect(oneSlip('чичерин', 'чечирен')).toBe(false);
	});
});

// Issue 15: English names keep their particles and accents in the deck; a student may leave both out.
describe('typed English names', () => {
	it('bug: a surname with a particle or an accent was wrong however typed', () => {
		expect(grade('Seeckt', 'Hans von Seeckt', 'von Seeckt')).toBe('good');
		expect(grade('von Seeckt', 'Hans von Seeckt', 'von Seeckt')).toBe('good');
		expect(grade('Perez de Cuellar', 'Javier Pérez de Cuéllar', 'Pérez de Cuéllar')).toBe('good');
		expect(grade('Hammarskjold', 'Dag Hammarskjöld', 'Hammarskjöld')).toBe('good');
		expect(grade('Lloyd George', 'David Lloyd George', 'Lloyd George')).toBe('good');
		expect(grade('Castlereagh', 'Lord Castlereagh', 'Castlereagh')).toBe('good');
		expect(grade('Barthou', 'Hans von Seeckt', 'von Seeckt')).toBe('again');
	});
});
