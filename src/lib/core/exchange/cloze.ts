// Anki cloze notes ("{{c1::12 октября 1920 г.}}", "{{c2::Чичерин::нарком}}") as plain cards:
// one card per cloze number; its gaps become "[…]" (or "[hint]"), the other gaps show their text.

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export const hasCloze = (text: string) => /\{\{c\d+::/.test(text);

export interface ClozeCard {
	n: number;
	front: string;
	back: string;
}

export function expandCloze(text: string): ClozeCard[] {
	const numbers = [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort(
		(a, b) => a - b
	);
	return numbers.map((n) => {
		const answers: string[] = [];
		const front = text.replace(CLOZE, (_m, num: string, answer: string, hint?: string) => {
			if (Number(num) !== n) return answer;
			answers.push(answer);
			return hint ? `[${hint}]` : '[…]';
		});
		return { n, front, back: answers.join('; ') };
	});
}
