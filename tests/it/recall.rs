//! The mutation benchmark as a test with floors (see `tests/recall/mod.rs` for the generator;
//! `cargo bench --bench recall` prints the full table). One fact that both sides state is
//! changed on one side; the finding must cover the changed text.

#[path = "../recall/mod.rs"]
mod generator;

use generator::{measure, wikipairs, xquad, Kind, Tally};

fn report(corpus: &str, t: &Tally) {
    print!("{}", t.table(corpus));
    for m in t.missed.iter().take(40) {
        println!("missed: {m}");
    }
}

fn floor(t: &Tally, kind: Kind, min: f64) {
    at_least(kind.name(), t.tried(kind), t.rate(kind), 10, min);
}

/// A kind of change was tried at least `min_tried` times and reported at least `min` of them.
fn at_least(name: &str, tried: usize, rate: f64, min_tried: usize, min: f64) {
    assert!(tried >= min_tried, "{name}: only {tried} changes tried");
    assert!(rate >= min, "{name}: recall {rate:.3} under the floor {min}");
}

// The floors sit at or a little under what was measured (`cargo bench --bench recall`; the
// history below was measured at `-- 2`, the test now draws more: see the last paragraph), on
// 2026-11-30: xquad day 100 %, year 97.6 %, number 91.0 % (the targets, 95 and
// 90, held as floors; 89 % and 88 % before two decades left in a translated unit were
// compared, a run of one-to-one units between two sure units and a sentence pair stating one
// date each were compared by position, a value repeated on one
// side of a translated unit stopped hiding the other side's changed one, and a cue word of
// another number or of a name stopped giving a number a role), name 26 % (6 % before names
// were compared beyond one leftover each side: cuts on either side, swaps in translations; 20 %
// before a swap in a translation could rest on one side's name resolving elsewhere, and a
// given name alone was passed over when another person of the same surname stood beside it);
// wikipairs (`-- 1`, as the test runs, on 2026-12-01) day 33 %, year 43 %, number 32 %, name
// 28 % (year 16 % and number 26 % before sentences of texts written independently were
// compared on their words alone: a slip in prose sharing half its words, the one fact of
// sentences sharing 70 %; year 33 % and name 8 % before sentences sharing 70 % of their
// words were held to names as translations are, and the lexicon's overlap counted one English
// word once; name 20 % before swaps were taken in sentences sharing 60 % of their words).
// Since 2026-12-01 (third stop) the test runs `-- 2`, as the bench's table does: one change
// per kind and pair drew 25 names, and a change to what is read as a fact (a heading's
// section number is none) moved the draw by a name or two, 20 % to 28 %. At `-- 2`: day 25 %
// (2 of 8), year 37.5 % (21 of 56), number 47 % (26 of 55), name 21 % (10 of 47).
// Since 2026-12-01 (fourth stop) the test draws more: `-- 6` on xquad, `-- 4` on wikipairs.
// Names read whole that were read cut or not at all (马文·闵斯基, 亚当·斯密, 西摩尔·派普特:
// one character outside the transliteration table) moved the draw again, and the figures of
// `-- 2` proved to be luck: the code of 1592257, before that change, measures at `-- 4` on
// wikipairs year 28.0 %, number 43.6 %, name 16.4 % (12 of 73), and at `-- 6` on xquad name
// 50.5 % (111 of 220; 48.6 % at `-- 20`). With the change: xquad (`-- 6`) day 100 % (18 of
// 18), year 96.4 % (187 of 194), number 93.6 % (176 of 188), name 47.6 % (107 of 225; the
// draws differ: of the 73 changes both `-- 20` draws held, each version caught 38);
// wikipairs (`-- 4`) day 27.3 % (3 of 11), year 29.0 % (27 of 93), number 43.2 % (41 of 95),
// name 15.3 % (13 of 85). The wikipairs floors sit one catch under what was measured.
// Since 2026-12-01 (fifth stop): xquad name 58.0 % (131 of 226), wikipairs name 17.2 % (15 of
// 87), the other kinds as before (wikipairs year 28.7 %, 27 of 94; number 43.6 %, 41 of 94).
// A word of another name of the sentence no longer stands for a name left over (`Howard` of
// `Howard Zinn` for 哈维·惠勒), a person's whole name against a place is a swap when one
// resolves, and names with an initial (雷蒙德·S·布拉德利), after a title (`MP Alec
// Shelbrooke`) and with characters the table lacked (阿道夫, 穆罕默德) are read whole. The
// xquad name floor rises to 55 %, the wikipairs one to 16 %.
// 2026-12-02: a one-character surname where the Chinese stops (约瑟夫·夏), a whole name
// opening the English sentence (`Steven Moffat described`), kinds dropped for buildings,
// streets, airports and peninsulas (科唐坦半岛 / `Cotentin`), and a word spelt much worse than
// the name a Chinese name resolves to (`Robert` for 洛厄里, who is `Lowery`), and a long given
// name against a short surname (罗伯特 / `Robert Lane`): xquad name 58.0 → 61.1 % (138 of
// 226); the floor rises to 59 %.
// 2026-12-02 (second stop): a kind of one character read into the name (米切尔塔 /
// `Mitchell`) and an English word for the first syllables of a Chinese name (安阿伯 / `Ann`):
// xquad name 61.9 % (140 of 226), the floor rises to 61 %. Sentences the path crosses are
// paired out of order in articles written independently, so more wikipairs facts count:
// year 28.9 % (28 of 97), number 43.2 % (41 of 95), name 16.7 % (16 of 96); the floors stay.
// 2026-12-02 (third stop): in a translation with one name left on each side, a place against
// a name the lexicon glosses in one word is a swap of one sort (哥伦比亚 / `Amazon`, the
// article's 亚马逊): xquad name 62.8 % (142 of 226), the floor rises to 62 %.
// 2026-12-02 (fourth stop): in articles written independently, a unit holding a fact the
// other side states near (one slip away, the same role, the one date of each) is compared at
// half its words translated, not 70 %: wikipairs number 46.9 % (45 of 96), name 18.4 % (18 of
// 98), year 29.9 % (29 of 97).
// Then such a unit is compared also when it shares another fact and scores 0.35, the one date
// each sentence has left (the shared ones not counted) is evidence by kind, and two paragraphs
// sharing an anchor and 30 % of their words state one event: year 34.0 % (33 of 97), name
// 19.2 % (19 of 99), number 46.9 % (45 of 96).
// An English given name alone (`Albert` where the Chinese says 阿尔伯特·爱因斯坦) is then held
// to the whole name in articles written independently too, unless the sentence names the
// surname (`Kornberg's son, Roger`): wikipairs name 25.3 % (25 of 99).
// The one date of each sentence counts whole again where each states one (a shared one too),
// else the one each has left, which moves the draw: year 33.3 % (33 of 99), number 46.8 % (44
// of 94), name 25.3 % (25 of 99). The floors sit one catch under: 32, 45 and 24 %.
// A Chinese interpunct name ends before the ordinary words jieba reads after it (佩雷尔曼证明,
// 海耶斯高等研究院): the names read change, and with them the names drawn (a swap's other name
// is the next draw of one sequence over the article's names). wikipairs name 23.2 % (23 of 99):
// the two catches lost (约翰·斯图尔特·密尔 → 罗宾斯, 卡尔·马克思 → 乌戈·查维兹, each caught
// while it was drawn) are changes no longer drawn, not changes now missed; xquad name 62.8 %
// (142 of 226), after 64.6 % with the names read as before. The name figures move with the
// draw alone by several points: drawing each name's change from the name itself (a hash) gave
// xquad 56.2 % with the same build. The wikipairs name floor sits one catch under, at 22 %.
// An English name the Chinese writes as it is, in Latin letters (`LOR` in 对LOR的思考), is no
// name left over: xquad name 64.2 % (145 of 226), wikipairs unchanged.
// 2026-12-02, eighth stop: a year the other article states stands against two sentences being
// one event only in a sentence that shares half as many words with the date's; list items of
// several sentences are prose; one date at two precisions in two years is compared: wikipairs
// day 2 of 13, year 40 of 100, number 46 of 97; then two small counts, the one number left
// on each side of sentences that translate each other, are compared: xquad numbers 180 of
// 188, wikipairs 48 of 97; `found` (of `find`) is no cue of `founded`: wikipairs numbers 50
// of 97. Floors: wikipairs year 0.38 and number 0.5 (were 0.32 and 0.45), xquad number 0.93
// (was 0.9). A full date whose day alone differs is one date with a slip of the day, in
// sentences written independently too: wikipairs day 2 → 4 of 13 (floor 0.23, one catch
// under).
// 2026-12-03: two people of one surname are told apart by their given names (查尔斯·韦斯利
// where the English names `John Wesley`), two of one given name by their surnames, a
// transliteration's gloss names it by its first word only (格拉斯哥 `glasgow scotland` is no
// `Scotland`), and a word read as a name that may be none (城市) is no other name left over
// in articles written independently: xquad name 147 → 149 of 226 (floor 0.65, two catches
// under), wikipairs name 24 → 25 of 109.
// 2026-12-03 (second stop): in articles written independently, two people who each resolve to
// the other article's person of the other sentence are a swap beside a name one side adds
// (希尔伯特 changed to 维格纳 beside 皮亚诺), and the one person left on each side is a slot where
// one resolves and the other is a whole name that resolves to nothing: wikipairs name 25 → 28
// of 109 (floor 0.24, one catch under), the clean pairs unchanged.
// 2026-12-03 (third stop): the generator no longer cuts a name to a first part the other side
// names alone (爱德华 against `Edward Said`, cut to `Edward`: the two sides then agree, and the
// clean pair's own finding is the disagreement). That moved the xquad draw: with the rules as
// they were, xquad name 142 of 226 (304 of 541 at `-- 20`); wikipairs drew as before. Then an
// English given name rendered loosely (哈维 `Harvey`, 0.75) is a given name alone when the
// surname renders it much worse, the one name left on each side of sentences in parallel is a
// slot where the Chinese is a person's whole name and neither renders the other (伯特·布林
// against `Crowley`), a plural people word (`Hungarians`) is no slot, an ordinal alone
// (`Ninth`) is no name, and a unit of articles written independently that holds a fact the
// other side states near and scores as a sure unit is sure: xquad name 142 of 226 (305 of 541
// at `-- 20`), wikipairs year 40 → 41 of 100, the clean pairs unchanged. Floor: xquad name
// 0.62 (one catch under).
// 2026-12-03 (fourth stop): two facts of one role stated once on each side of sentences
// written independently are compared whatever the size of the difference (before, they had to
// be within five years, or numbers within half of each other): wikipairs year 41 → 42 of 100,
// number 50 → 51 of 97, the clean pairs unchanged. Floors: year 0.41, number 0.51 (one catch
// under each).
// 2026-12-03 (sixth stop): a name change counts as reported when `entity-mismatch` reports it
// too (a place or organisation swapped for another of the article, in a translation, is that
// rule's to report; before, only `name-mismatch` counted): xquad name 142 → 149 of 226 (floor
// 0.65, two catches under), wikipairs unchanged (`entity-mismatch` compares translations
// only).
// 2026-12-03 (seventh stop): in sentences written independently, decades are compared where
// neither article states the other's decade in another sentence, and the one decade left on
// each side is the pair of its form beside other dates: wikipairs year 42 → 44 of 100 (floor
// 0.42, two catches under), the rest and the clean pairs unchanged. Then, in sentences that
// run in parallel, a name said twice is the slot of a name of the other sort the other side
// gives once instead, where that name resolves elsewhere (`William Trent` twice for
// `Washington`): xquad name 149 → 151 of 226 (the floor stays at 0.65). A place left alone
// against an English whole name the Chinese article gives by the surname, and a repeated name
// beside an abbreviation in capitals left over: 151 of 226 still (246 → 248 of 396 at
// `-- 12`).
// 2026-12-03 (eighth stop): a sentence's first word before a particle of a person's name opens
// the name (`Muhammad ibn Zakariya Razi`), the first syllables of a Chinese name written
// without an interpunct are a given name at a match (巴尼 of 巴尼斯隆 for `Barney`, 0.75), and a
// Chinese person the English names nowhere is the slot of a name of either sort the English
// repeats (`Islam` twice for `John Esposito`): xquad name 151 → 154 of 226 (floor 0.67, two
// catches under; 248 → 250 of 396 at `-- 12`), wikipairs name 28 → 29 of 109 (floor 0.25, one
// catch under), the rest and the clean pairs unchanged. Then, in a translation, one sentence
// against one that translates it for half its words is compared whatever its neighbours (the
// changed fact was often the unit's one anchor): xquad number 180 → 182 of 188 (floor 0.95,
// three catches under), name 154 → 157 of 226, the wikipairs (not translations) and the clean
// pairs unchanged. A given name before a word jieba tags a noun but an aspect particle makes a
// verb (马里奥贡献了) is cut short: name 157 → 158 of 226 (floor 0.69, two catches under).
// The name target (85) and the comparable targets (80, 70, 70) are not reached yet: a
// name cut to a two-character given name is not read as a name, a name swapped for one of
// another sort (a country for a person, or for a name the lexicon knows only as a word) is
// reported only when it is the one name left on each side (or, in a translation, where one
// side says a name more often than the other and the other side's leftover resolves
// elsewhere), and in comparable pairs a changed fact often moves the sentence out of a sure
// unit.
// 2026-12-03 (ninth stop): a date or number joined to another of its kind that the other side
// states in the same place of the same pair (`在1609年与1619年期间` / `between 1609 and 1619`)
// is compared with its counterpart, whatever the sentences' words: wikipairs year 44 → 47 of
// 100 (floor 0.46, one catch under), number 51 → 53 of 97 (floor 0.53, one catch under),
// xquad and the clean pairs unchanged. Then an English name written alone in a citation
// (`Kauffman, Stuart.`) or in a section of sources no longer spares a given name the English
// cuts from a whole name in its text: wikipairs name 29 → 30 of 109 (floor 0.26, one catch
// under), xquad and the clean pairs unchanged.
// 2026-12-04 (tenth stop): the number reader shares a scale after `between` (`between 1 and 2
// million` is 1 million, as the Chinese `100万`). That makes one more fact both sides of China
// state, and the generator, drawing each pair's changes from one stream, then picks other
// changes in China: wikipairs number 53 → 52 of 97, name 30 → 29 of 109, on changes that are
// not the same (no change of the old sample is missed now that was caught). Floors one catch
// under again: number 0.52, name 0.25.
// 2026-12-04 (eleventh stop): a given name alone looked for over the whole article, whether
// or not its sentence has a counterpart (`Robert` where the Chinese writes 罗伯特·劳伦斯·库恩):
// wikipairs name 29 → 30 of 109 (floor 0.26, one catch under). Then, of a name one side says
// twice, the mention whose neighbouring words translate those of the other side's name left
// over is the slot: xquad name 158 → 159 of 226 (floor 0.69 kept, three catches under).
// 2026-12-04 (twelfth stop): the year or decade that opens a sentence on each side of a unit
// sharing 40 % of its words is one fact, whatever else the articles state that year (`By the
// 2000s, progress in symbolic AI seemed to stall` against `1980年代符号人工智能停滞不前`):
// wikipairs year 47 → 50 of 100 (floor 0.49, one catch under); the rest and the clean output
// of every corpus unchanged.
// 2026-12-04 (fourteenth stop): two dates of one month whose day alone differs are weighed by
// the days, not the year: compared in sentences of one event whatever else the other article
// states that year (`7月30日` / `27 July`, the English stating 1921 elsewhere), and as a slip
// in prose sentences that share a fact besides and a fifth of their words, unless the other
// article states either day in another sentence: wikipairs day 4 → 8 of 13 (floor 0.53, one
// catch under); the rest and the clean output of every corpus unchanged.
// 2026-12-04 (fifteenth stop): decades listed with one `年代` (`1960、1970年代`) or one century
// (`the 1960s and 70s`) read each, and `、` joining the two ends of a pair; a fact's role looked
// for within 160 characters (Botany's `in 1831`, 170 characters after `co-founded`, no longer
// takes that role): wikipairs year 50 → 52 of 100 (floor 0.51, one catch under); the rest and
// the clean output of every corpus unchanged.
// 2026-12-05 (sixteenth stop): the one small count that differs in two enumerations of counts
// that otherwise agree place by place (`109个镇，2个乡` / `109 towns, 2 townships`), and a
// Chinese ordinal against the number an English name gives (`法令第3,390条` / `Decree No.
// 3,390`), compared: wikipairs number 52 → 54 of 97 (floor 0.54, one catch under); a date
// each side writes right beside one entity compared as that entity's (`1945年日本无条件投降后` /
// `the surrender of Japan in 1945`), or beside a word the lexicon gives as the English name
// (`1991年苏联解体` / `the Soviet Union in 1991`): year 52 → 55 of 100 (floor 0.54, one catch
// under); the rest and the clean output of every corpus unchanged.
// 2026-12-05 (seventeenth stop): two names that sentences translating each other pair, where
// neither resolves over the article by itself, linked (布罗卡 / `H. Brocard`), so that the name
// is known elsewhere when it stands in another sentence: xquad name 160 → 164 of 226 (floor
// 0.72, one catch under); a Chinese word the lexicon knows that renders its gloss (爱德华
// `edward`) may be a name left over: 164 → 165 of 226; the rest and the clean output of every
// corpus unchanged.
// 2026-12-05 (eighteenth stop): English given names (the 1990 US Census's, public domain) open
// a name first in its sentence (`Steven Moffat`) and make an English name of two words or more a
// person's against a lone Chinese name that is none; a mention of one of two namesakes counts
// for the one whose given name it renders (John and Charles Wesley): xquad name 165 → 168 of
// 226 (floor 0.735, one catch under), wikipairs name 30 of 109 → 31 of 108 (the draw moved by
// one name); a web address writes no word in lower case (`…/donald-knuth`): wikipairs name 31 →
// 32 of 108 (floor 0.28, one catch under); the rest and the clean output of every corpus
// unchanged.
// 2026-12-05 (nineteenth stop): in a translation, one sentence against one that translates it
// for 30 % of its words is compared whatever its score (洛伦兹 put for `Isaac Newton`, the
// sentence's one anchor): xquad name 168 → 169 of 226 (floor 0.74, one catch under); in
// sentences that run in parallel, a name each side says once more than the other, the two
// extra mentions a swap (特斯拉 twice against one `Tesla`, `Edison` twice against one 爱迪生):
// 270 → 271 of 397 at `-- 12`; the wikipairs and the clean output of every corpus unchanged.
// 2026-12-05 (twentieth stop): a whole name renders as many first words of its lexicon gloss
// (亚当·斯密 `adam smith scottish …`: `Scottish` names no 亚当·斯密), a run of transliteration
// characters ends before 曾 (爱因斯坦曾), a hyphenated given name is
// the interpunct name's first part (让-巴蒂斯特·赛伊), and 萨 renders `th` (马尔萨斯 `Malthus`):
// wikipairs name 32 → 35 → 33 of 108 (floor 0.29, one catch under: 萨 moved the draw in
// Economics to two changes not caught), year 55 → 56 of 100 (floor 0.55, one catch under);
// xquad name 169 → 168 of 226 (the draw moved in Genghis_Khan, where 拉什德-丁·哈马达尼 is now
// read whole; floor 0.74 kept, with no catch to spare).
// 2026-12-05 (twenty-first stop): a pair out of order that shares a date or number besides is
// held to the score it has whatever the value of a date or number the other states near (Okun's
// law, `3%` / `1%`): wikipairs numbers 54 → 57 of 97 (floor 0.57, one catch under); the others as
// they were.
// 2026-12-05 (twenty-second stop): in sentences of texts written independently of which 20 to
// 40 % of the words translate, a person's whole name left alone that the other article never
// names again is a slot (卡尔·马克思 put for 让-巴蒂斯特·赛伊 against `Jean-Baptiste Say`):
// wikipairs name 33 → 34 of 108 (floor 0.30, one catch under); xquad and the clean output of
// every corpus unchanged. An institution named for a place the lexicon knows (`Scotland
// Parliament`) is of a place's sort (爱尔兰 put for 苏格兰 against it): xquad name 168 → 169 of
// 226 (floor 0.74 kept, now with one catch to spare); wikipairs and the clean output unchanged.
// The word for a place's people counts as a mention of the place where the Chinese says a name
// more often than the English (苏格兰 twice against `Scottish` once, `Scotland Act` changed to
// `Westminster`): xquad name 169 → 171 of 226 (floor 0.75, one catch under); wikipairs and the
// clean output unchanged.
// 2026-12-05 (twenty-third stop): the one name left over on each side that stands at the same
// place of a list both sentences give, beside a name both share (in sentences of articles
// written independently that do not translate each other, between two), is the slot whatever
// the names' sorts (普斯科夫 put for 巴格达 before 撒马尔罕, against `Baghdad, Samarkand`): xquad
// name 171 → 176 of 226 (floor 0.77, one catch under), wikipairs name 34 → 36 of 108 (floor 0.32,
// one catch under); the rest and the clean output of every corpus unchanged.
// 2026-12-05 (twenty-fourth stop): a group named in the plural resolves by its members' name
// where the English names a member too (`French Huguenots` → 胡格诺, `Muslims` → 穆斯林): xquad
// name 176 → 178 of 226 (floor 0.78, one catch under); wikipairs and the clean output of every
// corpus unchanged.
// 2026-12-06 (twenty-fifth stop): a county by its name before `shire`, a surname said again
// after its whole name, a pronoun after a paired person taken as that person's, a place
// mentioned by its people inside an institution's name, an English name resolving to another
// entity taken for none of a Chinese person's, a one-word gloss of four letters, a name
// translated word by word, a person left alone in the English against a place said twice, an
// ordinal and a plural taken for no name, and the reader's 波士顿奥尔斯顿 (docs/recall.md):
// xquad name 178 → 185 of 226 (floor 0.81, one catch under); wikipairs and the clean output of
// every corpus unchanged.
// 2026-12-06 (twenty-sixth stop): a word a name's sounds start is another name's where that
// name holds it (罗马 / `Romania`), a structure's owner against an owner of its kind (哈德逊湾公司 /
// `Hudson's Bay Company`) and a possessive's tail, a name before a word of land the place's own,
// a longer English name opening with a name its mention (`Tesla Electric Light`), and crossed
// repeats placed by the names both sides give in order: xquad name 185 → 189 of 226 (floor
// 0.83, one catch under); wikipairs and the clean output of every corpus unchanged.
// 2026-12-06 (twenty-seventh stop): 宋 read as its pinyin `song` too (`River Song`), a people
// or language word left over no name beside a repeat (`Portuguese`), and a list's item the
// Chinese reader takes for no name placing the slot beside it (本迪戈 of 巴拉瑞特、本迪戈和基隆):
// xquad name 189 → 193 of 226 (85.4 %); the floor is the issue's, 0.85 (192 catches would be
// 84.96 %). A given name and a place word that is a surname too (`Alonzo Church`) taken for a
// person's name: wikipairs name 36 → 37 of 108 (floor 0.33, one catch under). The clean output
// of every corpus unchanged.
// 2026-12-06 (twenty-eighth stop): a word the Chinese says by a word it does not read as a name
// (`Christianity` for 基督教, `MIT` for 麻省理工学院) no name left over, a compound the lexicon
// lacks glossed by its two words (英国议会), a Chinese place that resolves against an English
// person's given and family name a slot in translated sentences, a surname linked by its own
// gloss (图灵 `alan turing …`), and the one name left on each side of sentences most of whose
// words translate each other a name stated near: wikipairs name 37 → 42 of 108 (floor 0.37,
// one catch under); xquad name 193 of 226 as before; the clean output of every corpus unchanged.
// 2026-12-06 (twenty-ninth stop): 开 and 卜 in the transliteration table (开普勒 and 克卜勒
// `Kepler`, whose surnames missed the bar by 0.01): wikipairs name 42 of 108 → 44 of 107 (floor
// 0.40, one catch under); xquad and the clean output of every corpus unchanged.
// 2026-12-06 (thirtieth stop): a span of years one end of which agrees is one span whatever the
// other end's difference (a lifespan, 欧拉(1710–1783) / `(1707–1783)`), and a full date of one
// month and day whose year alone slipped one date whatever words its sentences share
// (`1932年1月28日` / `28 January 1935`): wikipairs year 56 → 59 of 100; a year stated in a
// sentence its own sure unit pairs with one stating it too no rival of another sentence
// (Computational_linguistics' `1960、1970年代`): 59 → 60 of 100 (floor 0.59, one catch under);
// xquad and the clean output of every corpus unchanged.
// 2026-12-06 (thirty-first stop): a name resolves without its kind word (奥斯曼, `ottoman`, to
// `Ottoman Empire`; `The Mongol Empire` another empire, not the same by its `Empire`), and a
// place of another age is named by the place (`Ancient Greece` by 希腊): wikipairs name 44 → 46
// of 107 (floor 0.42, one catch under); xquad name 193 of 226 as before.
// 2026-12-06 (thirty-second stop): a year against a date of another year to the month or the
// day is one date whose year slipped (`1941年` / `8 December 1961`), looked for after the slips
// of one form: wikipairs year 60 → 61 of 100 (floor 0.60, one catch under); xquad and the clean
// output of every corpus unchanged.
// 2026-12-06 (thirty-third stop): two full dates of one month whose day alone differs, each
// opening its sentence, one date with a slip of the day in sentences that share no fact besides
// and a tenth of their words (`1932年1月28日，日军…` / `On 26 January 1932, Japanese forces…`):
// wikipairs day 8 → 9 of 13 (floor 0.61, one catch under); the rest and the clean output of
// every corpus unchanged.
// 2026-12-06 (thirty-fourth stop): a Chinese sentence's one person named where the English
// gives the dates both share to another person, named before them in their clause (艾萨克·牛顿
// for `Johannes Kepler between 1609 and 1619`): wikipairs name 46 → 47 of 107 (floor 0.43, one
// catch under); xquad and the clean output of every corpus unchanged.
// 2026-12-06 (thirty-fifth stop): Chinese people's names read (陈独秀, 李登辉: a word the
// segmenter tags as a person's that opens with a surname and that the lexicon glosses by the
// surname's spelling) and matched by their romanisation alone (`Chen Duxiu`, `Lee Teng-hui`,
// read whole with its hyphen), a date whose year is read from context no anchor against a year
// alone, and a Chinese person's surname alone in the English where it never names the person in
// full: wikipairs day 9 of 13 → 9 of 12 (floor 0.66, one catch under), year 61 → 62 of 100
// (floor 0.61), number 57 → 58 of 97 (floor 0.58), name 47 of 107 → 45 of 108. The benchmark
// now draws Chinese people's names too, which the reader did not read before: 18 of the 108
// name changes name one (changed, or put in), and 1 of those is caught; the other 90, 44
// (48.9 %). The name floor falls from 0.43 to 0.40, one catch under. xquad unchanged.
// 2026-12-07 (thirty-sixth stop): in sentences of articles written independently, the one
// name left on each side a swap where the English resolves to a person's whole name the Chinese
// gives elsewhere (`Lee Teng-hui` against 吕宋海, put for 李登辉), a Chinese person's name
// counting as a whole name and `Taiwan-born` as no name left over: wikipairs name 45 → 46 of
// 108 (floor 0.41, one catch under); xquad and the clean output of every corpus unchanged.
// Then a person jieba's dictionary tags as a place (欧拉, 普京, 莎士比亚: glossed by what they did,
// by no word of land) no place in the lexicon's table, and 赖 in the transliteration table
// (赖特 `Wright`): `Hardy and Wright` changed to `Leonhard Euler` is reported, the two people
// now of one sort; wikipairs name 46 → 47 of 108 (floor 0.42); xquad, the claims and the clean
// output of every corpus unchanged.
// 2026-12-07 (thirty-seventh stop): the generator cuts only a person's name to its first part
// (the Chinese an interpunct name or a Chinese person's, or the English no place the lexicon
// knows, with no `of` and no first or last word of a place or institution): `Songjiang
// District` cut to `Songjiang` still names the district, and `Mount Tai` cut to `Mount`, `The
// Mongol Empire` to `The`, `Downtown Fresno` to `Downtown` name nothing. The draw moved with
// it: xquad name 193 → 192 of 226 at `-- 6` (floor 0.85 → 0.84, the 85 % now missed by
// a tenth of a per cent), 301 → 305 of 397 at `-- 12`, 399 → 397 of 542 at `-- 20` (the `-- 6`
// draw is a lucky one: at `-- 12` and `-- 20` xquad name sits at 73–77 %); wikipairs name
// 47 → 46 of 108 (floor 0.42 holds); the other kinds unchanged.

// Then the English reader drops the words before a title only a person bears inside a
// capitalised run (`Albanian Prime Minister Fan S. Noli`, `Republican U.S. President Ronald
// Reagan`), and the Chinese one a title before an interpunct name (总理范·诺里): the names the
// generator draws changed, and xquad name at `-- 6` fell to 189 of 226 (83.6 %) while at `-- 20`
// it held (397 of 542 after the generator's change → 398 of 543). The `-- 6` figure moves by three catches with the draw
// alone, so the test now draws 20 changes per kind and article on the translated pairs, as the
// README's figures do: day 18 of 18, year 302 of 311 (97.1 %), number 342 of 351 (97.4 %), name
// 398 of 543 (73.3 %; floor 0.73, one catch under). The 85 % for names on translated
// pairs is not met: the `-- 6` draw had been a lucky one.
// Then a Chinese surname alone whose lexicon gloss gives the given name first (奥巴马 `barack
// obama democrat politician president`) is headed by the surname, so the gloss's `president`
// no longer makes any `President` of the English a mention of it: xquad name 398 → 399 of 543.
// Then 他 inside a longer word (马耳他, Malta; 其他) is no pronoun, and an English abbreviation
// (`UK`) is named by the country the Chinese gives (英国): a place said twice in a list of
// accessions stands for the one the English gives (斯洛文尼亚 for 克罗地亚, `Croatia`): 399 → 400
// of 543 (at `-- 6`, 189 → 190 of 226); wikipairs and the clean output of every corpus unchanged.
// 2026-12-07 (thirty-eighth stop): the Chinese name reader no longer reads the common words
// jieba's dictionary tags as names (城市 city, 英里 mile, 西南 southwest: CC-CEDICT gives them
// no proper noun's entry): wikipairs number 58 → 60 of 97, stability 217 → 218 of 317, xquad
// name 400 → 399 of 543 (a catch that rested on 城市's place among the names). Then the one
// count that differs in two enumerations of counts that otherwise agree is compared however
// far apart the two are (`19个街道` / `99 subdistricts`): wikipairs number 60 → 61 of 97 (floor
// 0.58 → 0.61, one catch under); xquad name 399 → 400 of 543 (Scottish_Parliament's 爱尔兰
// changed to 艾尔德里 reported, against `Nations`), the claims unchanged.
// 2026-12-07 (thirty-ninth stop): in sentences in parallel, the one name left on each side is
// the swap's slot whatever the two names' sorts (the lexicon knows no `Lahore` for a place),
// unless the Chinese says the English name by a word it does not read as a name (基辅 for
// `Kiev`): xquad name 400 → 407 of 543 (75.0 %; floor 0.73 → 0.74, five catches to spare); wikipairs, where no sentences run in parallel, and the clean output
// of every corpus unchanged.
// Then a Chinese name glossed in Latin letters in parentheses by another English name of the
// sentence (`格但斯克 (Lublin)`, the article's `Gdańsk`) is reported (`name_mismatch/glossed.rs`):
// xquad name 407 → 409 of 543 (75.3 %; floor 0.75, one catch under), wikipairs name 46 → 47 of
// 108 (Linus_Torvalds' `莱纳斯·鲍林（Linus Pauling）`; floor 0.42 kept); the clean output of
// every corpus unchanged.
// 2026-12-07 (fortieth stop): in sentences in parallel, a Chinese name paired only loosely
// that renders another English name of the article better is reported, or left over for the
// swap where another Chinese name of the unit claims its pair (`rendered_elsewhere.rs`); a
// structure's first name is the slot of an English name that resolves; one Chinese name
// against several English names that resolve takes the nearest; a name's gloss says no name
// for the sorts' exception (英国 `… northern ireland`); a surname said alone as the slot stands
// for the mention at the Chinese name's place: xquad name 409 → 418 of 543 (77.0 %; floor
// 0.75 → 0.76, five catches to spare); wikipairs and the clean output of every corpus
// unchanged.
// 2026-12-07 (forty-first stop): a place said only inside a longer Chinese name of another
// English name says no English name (圭亚那 of 法属圭亚那); in sentences in parallel a Chinese
// place against an English name of no sort the lexicon knows is the slot whatever the sorts:
// xquad name 418 → 424 of 543 (78.1 %; floor 0.76 → 0.77, five catches to spare); wikipairs
// and the clean output of every corpus unchanged.
// 2026-12-07 (forty-second stop): the Chinese and English name readers mended where they cut
// a name or read a word into it (丹尼尔 and 亚力克 before an interpunct, 于 of 有利于马可尼,
// `CEO` and a company before a name), and a given name alone rendering the English first word
// from 0.75 where the Chinese is a person's name of the dictionary, plainly whole: xquad name
// 424 → 430 of 543 (79.2 %; floor 0.77 → 0.78, six catches to spare); wikipairs and the clean
// output of every corpus unchanged.
// 2026-12-07 (forty-third stop): in sentences in parallel, the one Chinese name left over that
// resolves to no English name of the article is the slot of an English name of another entity
// of the article said no more than twice, whatever the two names' sorts: xquad name 430 → 434 of 543
// (79.9 %; floor 0.78 → 0.79, five catches to spare); wikipairs and the clean output of every
// corpus unchanged. Then a name the English says once more stands for the one Chinese name left
// beside English names that each translate a Chinese word: 434 → 435 (80.1 %; floor kept, six
// catches to spare).
// 2026-12-07 (forty-fourth stop): a Chinese whole name resolves by its surname's gloss
// (罗纳德·里根, `Ronald Reagan`) and two whole names are told apart part against part; a Chinese
// whole name stands for the English whole name resolving to one, of several that resolve; an
// ordinal in digits (第11任) glosses the English ordinal word; a name the English says once more
// stands for the one Chinese name left over where the English leaves no name over; two words
// the lexicon glosses apart are two names (斯洛文尼亚, 斯洛伐克): xquad name 435 → 442 of 543
// (81.4 %; floor 0.79 → 0.80, seven catches to spare); wikipairs and the clean output of every
// corpus unchanged.
// 2026-12-07 (forty-fifth stop): the extra mention of a name said once more is the one standing
// where the other side's name stands among the counterpart's mentions: xquad name 442 → 444 of
// 543 (81.8 %; floor 0.80 → 0.81, four catches to spare). A name the lexicon knows only inside
// a longer word (范德华 of 范德华力) takes that word's gloss, and an English name whose own word
// the Chinese writes in Latin (`Department of Datalogy`) is no name left over: wikipairs name
// 47 → 49 of 108 (45.4 %; floor 0.42 → 0.44, one catch under). The clean output of every corpus
// unchanged.
// 2026-12-08 (forty-sixth stop): two mentions named as one kind of thing (佛洛伊德州线 against
// `Georgia state line`) are the slot whatever the names' sorts; an English name the Chinese
// writes by its words after the first in Latin is no name left over, and `Japanese` undoes to
// Japan; `Port` before a name is its kind; a word inside a longer English word (`bridge` of
// `Cambridge`) names nothing: xquad name 444 → 450 of 543 (82.9 %; floor 0.81 → 0.82, four
// catches to spare). Wikipairs and the clean output of every corpus unchanged.
// 2026-12-08, forty-seventh stop: an English name of a numbered series (`State Route 41`) that
// the Chinese names by its number before 号 is no name left over; two names each said once more
// leave over the mentions that stand each where the other does; a name said once more stands
// against its counterpart in the unit where the article resolves it nowhere else: xquad name
// 450 → 453 of 543 (83.4 %; floor 0.82 → 0.83, two catches to spare). Wikipairs and the clean
// output of every corpus unchanged.
// 2026-12-08, forty-eighth stop: a person or place one side alone names, where the other side
// has no name left over and names another at its place, in sentences that run in parallel (a
// place where the words around the two translate each other); of several English names left
// over, the one whose words around it translate the Chinese name's: xquad name 453 → 458 of 543
// (84.3 %; floor 0.83 → 0.84, one catch to spare). Wikipairs and the clean output of every
// corpus unchanged.

#[test]
fn translated_pairs() {
    let t = measure(&xquad(), 20);
    report("xquad", &t);
    floor(&t, Kind::Day, 0.95);
    floor(&t, Kind::Year, 0.95);
    floor(&t, Kind::Number, 0.95);
    floor(&t, Kind::Name, 0.84);
}

#[test]
fn comparable_pairs() {
    let t = measure(&wikipairs(), 4);
    report("wikipairs", &t);
    floor(&t, Kind::Day, 0.66);
    floor(&t, Kind::Year, 0.61);
    floor(&t, Kind::Number, 0.61);
    floor(&t, Kind::Name, 0.44);
}

/// Changing one fact on one side must not move the alignment: every unit stays as it was.
/// Measured on the translated pairs (6 changes per kind per article): 616 of 625 (98.6 %;
/// 1592257 gives 611 of 620; at 2 changes, 253 of 258 then, 255 of 261 now: too few changes
/// to hold to 98 % one way or the other). On the
/// comparable wikipairs it is 66 of 99 (`RECALL_STABILITY=1 cargo bench --bench recall -- 1`;
/// 64 of 95 before sentences the path crosses were paired out of order):
/// in long articles written independently a changed anchor still moves units elsewhere.
#[test]
fn one_changed_fact_leaves_the_alignment_alone() {
    let (same, tried) = generator::stability(&xquad(), 6);
    println!("alignment unchanged after {same} of {tried} changes");
    assert!(tried >= 100, "only {tried} changes tried");
    assert!(same * 100 >= tried * 98, "{same} of {tried} alignments unchanged");
}

/// The claim rules under mutation (`tests/recall/claims.rs`): a negation added or dropped, an act
/// swapped for its antonym or a sibling of its group, a place or organisation swapped for another
/// of its sort named in the same article, on either side of the translated pairs; and the share of
/// corresponding sentence pairs the three claim rules flag on the clean pairs. Measured (`cargo
/// bench --bench recall -- 4` with `RECALL_CLAIMS=1`; last on 2026-12-03): see the README; the
/// floors sit a little under, except place and organisation swaps, whose floor is the 70 %
/// (measured 70.2 %, 59 of 84; 73.2 % with 8 changes per pair; 70.9 %, 61 of 86, on 2026-12-03,
/// when more translated sentences were compared: one catch fewer would fail it). Most misses are
/// sentences that still name the replaced place another way (`Mongolian`, a second mention) or name
/// two places the other side does not.
#[test]
fn claims_in_translated_pairs() {
    use generator::claims::{measure, ClaimKind};
    let t = measure(&xquad(), 4);
    print!("{}", t.table("xquad"));
    for m in t.missed.iter().take(60) {
        println!("missed: {m}");
    }
    for c in &t.clean {
        println!("clean: {c}");
    }
    for (kind, min) in [
        (ClaimKind::Negation, 0.9),
        (ClaimKind::Act, 0.75),
        (ClaimKind::Entity, 0.70),
    ] {
        at_least(kind.name(), t.tried(kind), t.rate(kind), 50, min);
    }
    assert!(t.units >= 500, "only {} corresponding sentence pairs", t.units);
    assert!(
        t.clean_rate() <= 0.01,
        "{} of {} corresponding sentence pairs flagged on clean text",
        t.flagged,
        t.units
    );
}

/// On the seed pair (an article and its translation with one act changed: an ambassador
/// presents his credentials in one, sends a letter in the other), the three claim rules
/// report that difference and nothing else.
#[test]
fn claims_on_the_seed_pair() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&root)
        .expect("seeds")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    let read = |p: &std::path::Path| parallax::source::SourceFile {
        name: p.to_string_lossy().into_owned(),
        text: std::fs::read_to_string(p).expect("a seed"),
    };
    let (zh, en) = (read(&files[0]), read(&files[1]));
    let found = generator::check(&zh, &en, &generator::claims::RULES);
    let said: Vec<String> = found.iter().map(|d| format!("[{}] {}", d.rule, d.message)).collect();
    assert_eq!(found.len(), 1, "{said:#?}");
    assert_eq!(found[0].rule, "claim-event-mismatch", "{said:#?}");
    assert!(
        found[0].message.contains("(presented credentials)") && found[0].message.contains("(sent a letter)"),
        "{said:#?}"
    );
}
