// The part of Az.js (https://github.com/deNULL/Az.js, MIT) that the Russian pack uses.
declare module 'az' {
	export interface AzTag {
		POS?: string;
		CAse?: string;
		GNdr?: string;
		NMbr?: string;
		stat: string[];
		flex: string[];
		[grammeme: string]: unknown;
	}
	export interface AzParse {
		word: string;
		tag: AzTag;
		score: number;
		stutterCnt: number;
		typosCnt: number;
		normalize(keepPOS?: boolean): AzParse | false;
		inflect(grammemes: string[] | Record<string, string>): AzParse | false;
		toString(): string;
	}
	interface AzMorph {
		(word: string, config?: { parsers?: string[]; typos?: number | 'auto' }): AzParse[];
		init(path: string, callback: (err: unknown) => void): void;
	}
	const Az: {
		Morph: AzMorph;
		load: (
			url: string,
			type: 'json' | 'arraybuffer',
			callback: (err: unknown, data?: unknown) => void
		) => void;
	};
	export default Az;
}

// petrovich (https://github.com/petrovich/petrovich-js, MIT): declines Russian names forward.
declare module 'petrovich' {
	type Decline = Record<
		'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional',
		(name: string) => string
	>;
	type Kind = { first: Decline; middle: Decline; last: Decline };
	const petrovich: {
		male: Kind;
		female: Kind;
		androgynous: Kind;
		detect_gender(middle: string): 'male' | 'female' | 'androgynous';
	};
	export default petrovich;
}
