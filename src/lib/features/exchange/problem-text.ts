// What is wrong with an imported file or a share link, in the user's language. The core names
// problems in English (its tests, the CLI and the fuzz suite read them); the sentences a student
// meets most (a broken file, a damaged link, a field the deck format refuses) are matched here and
// said again from the message catalogue. One not matched is shown as the core wrote it.
import { describeProblems, type DeckProblem } from '$lib/core/deck/validate';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { ANKI_MESSAGES } from '$lib/core/exchange/apkg-messages';

type Params = Record<string, string>;

/** English sentence of the core → catalogue key; its groups become the message's parameters. */
const MESSAGES: [RegExp, MessageKey, (m: RegExpExecArray) => Params][] = [
	[
		/^not valid JSON at line (\d+), column (\d+) \((.*)\)$/s,
		'problem.jsonAt',
		(m) => ({ line: m[1], column: m[2], reason: m[3] })
	],
	[/^not valid JSON \((.*)\)$/s, 'problem.json', (m) => ({ reason: m[1] })],
	[
		/^the file is too large: ([\d.]+) MB, at most ([\d.]+) MB$/,
		'problem.tooLarge',
		(m) => ({ size: mb(m[1]), max: mb(m[2]) })
	],
	[
		/^the file is not UTF-8 text \(byte (\d+) is invalid\)/,
		'problem.notUtf8',
		(m) => ({ at: m[1] })
	],
	[/^the file is empty$/, 'problem.empty', () => ({})],
	[/^the file holds binary data, not text$/, 'problem.binary', () => ({})],
	[/^the file is (.*), not a deck$/, 'problem.notDeck', (m) => ({ kind: m[1] })],
	[
		/^"(.*)" is not a deck file: expected (.*?)( \(Anki.*)?$/,
		'problem.extension',
		(m) => ({
			file: m[1],
			expected: m[2]
		})
	],
	[/^the file holds no cards$/, 'problem.noCards', () => ({})],
	[/^the link holds no deck/, 'problem.linkEmpty', () => ({})],
	[/^the link is damaged or cut short/, 'problem.linkCut', () => ({})],
	[/^the link is damaged/, 'problem.linkDamaged', () => ({})],
	[/^the link holds more data than a deck can$/, 'problem.linkTooLarge', () => ({})],
	[/^must not be empty$/, 'problem.fieldEmpty', () => ({})],
	[/^is missing$/, 'problem.fieldMissing', () => ({})],
	[/^longer than (\d+) characters$/, 'problem.fieldTooLong', (m) => ({ max: m[1] })],
	[/^contains HTML markup/, 'problem.fieldHtml', () => ({})],
	[/^holds no cards$/, 'problem.noCards', () => ({})]
];

/** "2.0" MB as the language writes it. */
const mb = (n: string) => (i18n.lang === 'ru' ? `${n.replace('.', ',')} МБ` : `${n} MB`);

function message(text: string): string {
	// An Anki package's problems (core/exchange/apkg-messages.ts), said as a whole.
	for (const [name, english] of Object.entries(ANKI_MESSAGES))
		if (text === english) return t(`anki.problem.${name}` as MessageKey);
	for (const [re, key, params] of MESSAGES) {
		const m = re.exec(text);
		if (m) return t(key, params(m));
	}
	return text;
}

/** "line 3", "cards[2].front" as a place in the user's language. */
function field(f: string): string {
	const line = /^line (\d+)(?:, (.*))?$/.exec(f);
	if (line) return t('problem.line', { line: line[1] }) + (line[2] ? `, ${line[2]}` : '');
	const card = /^cards\[(\d+)\](?:\.(.*))?$/.exec(f);
	if (card) return t('problem.card', { n: Number(card[1]) + 1 }) + (card[2] ? `, ${card[2]}` : '');
	return f;
}

export function describeImportProblems(problems: DeckProblem[]): string {
	if (i18n.lang === 'en') return describeProblems(problems);
	return problems
		.map((p) => (p.field ? `${field(p.field)}: ${message(p.message)}` : message(p.message)))
		.join('; ');
}
