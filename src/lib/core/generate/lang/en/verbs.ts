// English verbs for questions: the base form of a past tense ("signed" → "sign", "began" →
// "begin"), so that "The Genoa Conference opened on 10 April 1922" asks "When did the Genoa
// Conference open?". Irregular verbs are listed; regular ones follow the spelling rules, with the
// stems that keep their final "e" listed by ending.

const IRREGULAR: Record<string, string> = Object.fromEntries(
	`arose:arise awoke:awake was:be were:be bore:bear beat:beat became:become began:begin bent:bend
	bid:bid bit:bite blew:blow broke:break brought:bring built:build burnt:burn burst:burst bought:buy
	cast:cast caught:catch chose:choose came:come cost:cost crept:creep cut:cut dealt:deal dug:dig
	did:do drew:draw dreamt:dream drank:drink drove:drive ate:eat fell:fall fed:feed felt:feel
	fought:fight found:find fled:flee flew:fly forbade:forbid forgot:forget forgave:forgive froze:freeze
	got:get gave:give went:go grew:grow hung:hang had:have heard:hear hid:hide hit:hit held:hold
	hurt:hurt kept:keep knew:know laid:lay led:lead leapt:leap left:leave lent:lend let:let lay:lie
	lost:lose made:make meant:mean met:meet mistook:mistake overcame:overcome overran:overrun
	overthrew:overthrow overtook:overtake paid:pay put:put quit:quit read:read rode:ride rang:ring
	rose:rise ran:run said:say saw:see sought:seek sold:sell sent:send set:set shook:shake shed:shed
	shone:shine shot:shoot showed:show shut:shut sang:sing sank:sink sat:sit slew:slay slept:sleep
	slid:slide spoke:speak sped:speed spent:spend spread:spread sprang:spring stood:stand stole:steal
	stuck:stick struck:strike strove:strive swore:swear swept:sweep swam:swim swung:swing took:take
	taught:teach tore:tear told:tell thought:think threw:throw undertook:undertake understood:understand
	upheld:uphold woke:wake wore:wear wove:weave wept:weep won:win withdrew:withdraw withheld:withhold
	withstood:withstand wrote:write retook:retake created:create recreated:recreate died:die lied:lie tied:tie foresaw:foresee outlived:outlive reopened:reopen rebuilt:rebuild
	broadcast:broadcast forecast:forecast underwent:undergo oversaw:oversee forsook:forsake outran:outrun
	outgrew:outgrow spun:spin strode:stride upset:upset beset:beset bade:bid`
		.trim()
		.split(/\s+/u)
		.map((p) => p.split(':'))
);

/** Past participles that differ from the past tense. */
const PARTICIPLE: Record<string, string> = Object.fromEntries(
	`arisen:arise borne:bear born:bear beaten:beat become:become begun:begin bitten:bite blown:blow
	broken:break chosen:choose come:come done:do drawn:draw drunk:drink driven:drive eaten:eat
	fallen:fall flown:fly forbidden:forbid forgotten:forget forgiven:forgive frozen:freeze given:give
	gone:go grown:grow hidden:hide known:know lain:lie mistaken:mistake overcome:overcome overrun:overrun
	overthrown:overthrow overtaken:overtake ridden:ride risen:rise run:run seen:see shaken:shake
	shown:show slain:slay spoken:speak sprung:spring stolen:steal striven:strive sworn:swear taken:take
	torn:tear thrown:throw undertaken:undertake woken:wake worn:wear woven:weave written:write
	withdrawn:withdraw foreseen:foresee undergone:undergo overseen:oversee forsaken:forsake outgrown:outgrow`
		.trim()
		.split(/\s+/u)
		.map((p) => p.split(':'))
);

/** Regular stems that end in a silent "e" ("declared" → "declare"). */
const KEEPS_E =
	/(?:[^aeiou][aeiou](?:r|s|z|v|c|g|t|d|k|p|m|n|l|b)|(?:ua|ia|ea|io)t|[^aeiou](?:at|ut|it)|(?:ur|ir|ar|or)(?:c|g|s|v)|[^aeiou][lr]?(?:c|g|v|z|s)|(?:b|c|d|f|g|k|p|t|z)l|ui?r|ur|u|nc|rg|ng|rs|ns|ps|ls|dg|rv|lv)$/;
/** Regular stems that look like the above but have no "e" ("visited", "opened", "ordered"). */
const NO_E = new Set(
	`visit edit credit exhibit limit inherit inhibit prohibit deposit solicit recruit wait exit profit
	open reopen happen order enter surrender gather answer offer suffer render consider deliver cover
	discover recover remember murder border register number administer minister alter conquer lower
	proffer tender wonder widen threaten strengthen weaken harden ransom summon reckon beckon sharpen
	listen fasten lessen christen lengthen deepen broaden blacken darken frighten heighten enlighten
	travel marvel cancel level model label quarrel signal total rival gallop develop envelop gossip
	worship kidnap benefit target market budget pocket rocket ticket bracket picket ballot pilot
	riot diet audit orbit posit vomit elicit merit spirit covet rivet pivot parrot fidget closet
	plan hinder pardon reason season poison prison imprison abandon question mention fashion sanction
	petition partition condition position function station ration caution auction motion
	attack sign appoint adopt elect defeat retreat treat seat heat beat eat repeat dread head lead
	plead load read spread thread tread shed wed bed need feed heed seed weed breed bleed speed succeed
	proceed exceed precede recede concede secede accede intercede impede stampede land end send lend
	tend attend extend intend pretend contend defend offend depend suspend spend command demand
	expand found ground bound round sound wound hound pound mound fund refund mind remind bind
	wind find grind blind rescind kill fill will till spill drill call fall stall install recall
	enrol control patrol roll poll toll compel expel repel propel dispel annul fulfil distil instil
	join coin rain drain gain obtain attain retain contain detain maintain sustain remain explain
	complain restrain train strain pain chain stain claim proclaim acclaim exclaim reclaim aim maim
	form inform reform perform conform transform storm arm alarm disarm farm harm warm charm affirm
	confirm turn return burn learn earn yearn mourn concern govern adjourn sojourn spurn warn scorn
	adorn focus bias canvas rebel excel`
		.trim()
		.split(/\s+/u)
);

/** A past participle that is no past tense ("beaten", "taken"): no finite verb without "was". */
export const participleOnly = (word: string) =>
	!!PARTICIPLE[word.toLowerCase()] && !IRREGULAR[word.toLowerCase()];

/** The base form of a past tense or participle, or null if `w` is not one. */
/** Words in -ed that are no past tense ("about two hundred nobles" read "hundred" as one). */
const NOT_VERBS = new Set(
	'hundred kindred sacred naked wicked indeed creed greed steed speed breed deed seed weed reed bleed shred'.split(
		' '
	)
);

export function baseForm(word: string): string | null {
	const w = word.toLowerCase();
	if (IRREGULAR[w]) return IRREGULAR[w];
	if (PARTICIPLE[w]) return PARTICIPLE[w];
	if (!/ed$/.test(w) || w.length < 4 || NOT_VERBS.has(w)) return null;
	if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
	if (/eed$/.test(w) && !NO_E.has(w.slice(0, -2))) return w.slice(0, -1); // agreed → agree
	const stem = w.slice(0, -2);
	if (NO_E.has(stem)) return stem;
	// Doubled final consonant: "stopped" → "stop", "committed" → "commit" (not "called", "passed").
	if (/([bdgmnprtz])\1$/.test(stem) && !/(?:dd|zz)$/.test(stem)) return stem.slice(0, -1);
	if (/(?:ll)$/.test(stem)) return NO_E.has(stem.slice(0, -1)) ? stem.slice(0, -1) : stem;
	if (/(?:ss|our|[aeiou]{2}[dnrlm]|[aeo][aeo]t|w)$/.test(stem) && !/(?:uad|ui[rd])$/.test(stem))
		return stem;
	// ("raised", "caused", "released": a vowel pair before "s" keeps its "e".)
	if (
		/(?:[aeiou][vz]|uad|[^aeiou][iu]d|(?:^|[^aeiou])us|ui[rd]|[ei]at|[aeiou]{2}s|ieg)$/.test(stem)
	)
		return stem + 'e';
	return KEEPS_E.test(stem) ? stem + 'e' : stem;
}

const PARTICIPLE_OF = new Map(Object.entries(PARTICIPLE).map(([part, base]) => [base, part]));

/** The past participle of a past tense: "led" → "led", "took" → "taken", "signed" → "signed". */
export function pastParticiple(past: string): string {
	const base = baseForm(past);
	return (base && PARTICIPLE_OF.get(base)) || past.toLowerCase();
}

/** "was"/"were" + participle, "had been" … : the auxiliary forms before a participle. */
export const BE = /^(?:was|were|is|are|been|being|be)$/;
