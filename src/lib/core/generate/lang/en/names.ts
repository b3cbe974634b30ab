// Name lexicons for the English person finder (persons.ts): given names of the languages history
// texts in English name people in, titles and ranks that stand before a name, name particles, and
// the head words of capitalised names that are not persons. Data only; lower case.

import { MORE_FEMININE, MORE_GIVEN } from './given-names';

const list = (s: string, more: string[] = []) => new Set([...s.trim().split(/\s+/u), ...more]);

/** Given names (English, German, French, Italian, Spanish, Russian, Arabic, Persian, …). */
export const GIVEN = list(
	`
aaron abraham adam adlai adolf adolph agnes ago albert albrecht aleksandr aleksei alexander alexandre alexei alexey alfred
ali alice alois amir anastasia andrei andrew andrey andré andreas angela anastas anatoly ann anna anne anthony anton
antonio archibald arthur august augusta augustus axel barbara bartholomew benito benjamin bernard
bernhard bertrand boris brian carl carlo carlos caroline catherine cecil charles charlotte chester
christian christopher clara claude clement constantin constantine cornelius curtis cyrus dag daniel david
dean dietrich dmitri dmitry dominique donald dorothy douglas dwight earl edgar edmund eduard edward
edwin eleanor elizabeth ellen emil emile emilio emma enrico erich ernest ernst eugene eugen fedor
felix ferdinand fidel francesco francis francisco franklin frantz franz françois frederick friedrich
fyodor gamal gaspard gebhard geoffrey george georg georges georgy georgi gerhard giovanni giuseppe
gottfried gregory gustav gustave gyula hamid hans harold harry hassan heinrich helen helmut helmuth henri
henry herbert hermann hideki hjalmar horatio howard hugh hugo ibrahim ignacy igor isaac isabella
ivan jacob jacques jennifer james jan jane janos javier jean jeffery jeffrey jerzy joachim johann johannes
john jonathan joseph josef josip juan jules julius józef karl keith kemal klemens konrad konstantin kurt
lajos lavrenty lazar leo leon leonid leopold lester liu louis louise ludwig luigi lyndon manuel
margaret maria marie mark martin mary matthew matthias maurice maximilian michael mikhail miguel mohammad
mohammed moise moïse muhammad mustafa nathan nelson neville nicholas nicolas nikita nikolai nikolay nikolaus
norman olaf oliver omar oskar otto pablo patrice patrick paul pavel pedro peter philip philipp
pierre piotr pyotr rainer ralph ramsay raymond reza richard robert roger roland ronald rudolf ruhollah
saddam samuel sergei sergey simon stanley stefan stephen sun tage tariq theodor theodore thomas
trygve ulysses vasili vasily valentin valerian viktor victor vladimir vyacheslav walter walther warren werner wilhelm william
winston woodrow yuri zbigniew abdel abdul akbar anwar hafez hosni jawaharlal indira mahatma kwame
jomo julius nnamdi patrice ahmed ahmad yasser golda menachem moshe yitzhak shimon ariel chaim
maxwell russell gordon lewis arnold alan allen duncan percy wallace lorenz wolfgang heinz
konstantin raúl ernesto salvador augusto fulgencio hamilton ralph herman frank fred
`,
	MORE_GIVEN
);

/** Given names that are a woman's (for the Person's gender). */
export const FEMININE = list(
	`
agnes alice anastasia angela ann anna anne augusta barbara caroline catherine charlotte clara
dorothy eleanor elizabeth ellen emma golda helen indira isabella jane louise margaret maria marie
mary
`,
	MORE_FEMININE
);

/** Chinese family names: "Zhou Enlai" is written family name first, and is the surname whole. */
export const CHINESE_FAMILY = list(
	`zhou mao deng chiang jiang liu li wang zhang chen hu xi lin zhu sun yuan`
);

/**
 * Japanese family names of history texts: "Itō Hirobumi" is written family name first, and the
 * text calls him "Itō". A name with a macron ("Ōkubo", "Saigō") is taken as Japanese too.
 */
export const JAPANESE_FAMILY = list(
	`tokugawa toyotomi oda ii saigō saigo ōkubo okubo kido iwakura yamagata itagaki ōkuma okuma itō
	ito mori sakamoto katsu inoue matsukata katō kato konoe tōjō tojo yamamoto ikeda yoshida satō
	tanaka nakasone hirohito shimazu mōri`
);

/** Titles and ranks before a name; they are not part of the canonical name (except peers'). */
export const TITLES = list(`
general lieutenant-general major-general colonel major captain admiral marshal field-marshal
commander sergeant president chancellor premier king queen tsar czar tsarina emperor empress kaiser
sultan shah pope cardinal bishop archbishop prince princess duke duchess count countess baron
marquis marquess earl viscount lord lady sir dame ayatollah sheikh emir chairman senator governor
ambassador minister secretary commissar dr mr mrs professor judge mayor consul
`);

/** Titles that stay with the name because the person is known by them ("Lord Curzon"). */
export const KEPT_TITLES = list(`lord lady sir dame`);

/** Peerage titles that take "of" before the place that names the peer ("Duke of Wellington"). */
export const PEERAGES = list(`duke duchess earl marquess marquis count viscount baron prince`);

/** Particles inside names: "von Seeckt", "de Gaulle", "van Gogh", "al-Assad", "Pérez de Cuéllar". */
export const PARTICLES = list(
	`von van de der den del della di da du la le ter ten dos das bin ibn ben zu y de' de’`
);

/** Persons a history text names by one name alone. */
export const SINGLE_NAMES = list(`
napoleon charlemagne saladin tamerlane attila cleopatra caesar hannibal alaric genghis kublai
confucius spartacus vercingetorix boudica montezuma moctezuma atahualpa suleiman
octavian jugurtha sallust appian livy tacitus plutarch herodotus thucydides polybius cicero
pericles themistocles alcibiades leonidas xerxes darius cyrus socrates plato aristotle homer
virgil ovid nero caligula vespasian trajan hadrian diocletian justinian theodoric odoacer clovis
pepin lothair rollo canute cnut baibars babur akbar aurangzeb shivaji ashoka chandragupta
michelangelo donatello titian rembrandt voltaire tecumseh geronimo osceola pompey
`);

/** Words after which a capitalised word is a place, not a person ("Fort Duquesne", "Lake Victoria"). */
export const PLACE_PREFIX =
	list(`fort lake mount mt cape port saint st san santa sao são river gulf bay cape
isle island camp`);

/** Head words of capitalised names that are not persons. */
export const NON_PERSON_HEADS = list(`
treaty conference congress council assembly union nations states republic kingdom empire
confederation federation league alliance party army navy force forces office department ministry
bank university college school academy church cathedral palace house street square bridge river
lake sea ocean gulf bay canal island islands peninsula mountains valley plains plain fort castle
company corporation agreement accord pact act declaration resolution charter plan doctrine war
wars crisis revolution rebellion uprising battle campaign operation conquest siege committee
commission court parliament senate duma diet reichstag government cabinet institute museum
library society association movement front group organisation organization convention summit
commune province county district region state city town village air airlines flight railway
express times post gazette journal herald review news tribune press day days age era period
dynasty guard guards division regiment corps fleet squadron brigade staff
`);

/** Nationality adjectives and the country an office of theirs belongs to. */
export const NATIONALITIES: Record<string, string> = {
	american: 'the United States',
	austrian: 'Austria',
	british: 'Britain',
	english: 'England',
	french: 'France',
	german: 'Germany',
	italian: 'Italy',
	russian: 'Russia',
	soviet: 'the Soviet Union',
	prussian: 'Prussia',
	spanish: 'Spain',
	portuguese: 'Portugal',
	dutch: 'the Netherlands',
	belgian: 'Belgium',
	swedish: 'Sweden',
	norwegian: 'Norway',
	danish: 'Denmark',
	polish: 'Poland',
	czech: 'Czechoslovakia',
	hungarian: 'Hungary',
	turkish: 'Turkey',
	ottoman: 'the Ottoman Empire',
	greek: 'Greece',
	chinese: 'China',
	japanese: 'Japan',
	indian: 'India',
	canadian: 'Canada',
	australian: 'Australia',
	egyptian: 'Egypt',
	iranian: 'Iran',
	iraqi: 'Iraq',
	israeli: 'Israel',
	syrian: 'Syria',
	saudi: 'Saudi Arabia',
	mexican: 'Mexico',
	brazilian: 'Brazil',
	argentine: 'Argentina',
	chilean: 'Chile',
	peruvian: 'Peru',
	cuban: 'Cuba',
	ukrainian: 'Ukraine',
	finnish: 'Finland',
	swiss: 'Switzerland',
	congolese: 'the Congo',
	korean: 'Korea',
	vietnamese: 'Vietnam',
	afghan: 'Afghanistan',
	pakistani: 'Pakistan',
	yugoslav: 'Yugoslavia',
	serbian: 'Serbia',
	romanian: 'Romania',
	bulgarian: 'Bulgaria'
};

/** Countries and regions a history text names as actors ("Britain concluded …"): never persons. */
export const COUNTRIES = new Set([
	...Object.values(NATIONALITIES).map((c) => c.replace(/^the /, '').toLowerCase()),
	...list(`austria-hungary europe asia africa america bosnia herzegovina montenegro albania
macedonia bessarabia rumelia dobruja crimea persia siam burma prussia bavaria saxony hanover
piedmont sardinia venice naples sicily savoy lombardy serbia wallachia moldavia anatolia
palestine lebanon jordan arabia ethiopia abyssinia morocco algeria tunisia libya sudan
scotland wales ireland england britain france germany russia spain italy`)
]);

/** Honorifics after a name that stay with it ("Osman Pasha", "Karatheodori Pasha"). */
export const HONORIFIC_AFTER = list(`pasha bey effendi khan`);
