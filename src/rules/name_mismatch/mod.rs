//! # name-mismatch (warning)
//!
//! **What it does.** In a Chinese article and its English counterpart, finds a person, place
//! or organisation named differently in corresponding sentences: cut down to the given name on
//! either side (`Nodar Pliev` ↔ 「诺达尔」, `Joseph` ↔ 「约瑟夫·斯蒂格利茨」), split in the
//! wrong place (`Alan Elbakiev` ↔ 「艾伦埃尔·巴克耶夫」, where 埃尔 belongs to the surname:
//! 艾伦·埃尔巴基耶夫), or swapped for another person or place of the article (「伦敦」 where the
//! English says England, and the English calls 伦敦 London elsewhere).
//!
//! **Why it matters.** Chinese refers to a foreign person by the surname; a given name alone
//! is a truncated link or label, and a misplaced interpunct makes a different name. Both break
//! searches and links to the person's article.
//!
//! **How it decides.** Only sentences aligned with confidence are compared, and names are matched
//! by transliteration (Xinhua tables, `rules/data/transliteration.toml`) and by the lexicon (英格兰
//! ↔ England). A surname alone (特斯拉 for Nikola Tesla, `Tesla` for 尼古拉·特斯拉) is normal usage
//! and is not reported (but for a Chinese person the English never names in full, below); a given
//! name alone is, when the other side gives the whole name, even rendered loosely (皮塔德·沙利文 /
//! `Pittard`), or with a surname of one character where the Chinese text stops after it (约瑟夫·夏
//! / `Joseph`; not where it goes on, which may be a name read short). An English name of one word
//! that follows the sentence's capitalised first word is read with it (`Steven Moffat described …`,
//! which the name reader reads as `Moffat`), so that 史蒂文 alone against it is a given name alone.
//! A Chinese name that renders the English given name closely (0.8) and not the surname is the
//! given name alone (罗伯特 / `Robert Lane`, 马尔科姆 / `Malcolm K. Hughes`; 巴尼斯隆, `Barney
//! Sloane` run together, renders `Barney` only loosely). A noun after the Chinese name may be the
//! rest of it (金德里德医疗, Kindred Healthcare), unless it is a title the English gives right
//! before the name (利亚姆教授 against `Professor Liam Kelley`). A Chinese name that the lexicon
//! (CC-CEDICT) gives as the English given name counts as that name however loosely its sounds match
//! (迈克尔 / `Michael E. Mann`), when it is a person's name the segmenter knows and the Chinese
//! stops after it (not 西夏 / `Western Xia`, nor 福克斯短曲 / `Fox Fanfare`). A name is taken for a
//! swap only when it is the one name of the sentence left without a counterpart on each side, and
//! each resolves elsewhere in the article to an entity the other is not: the Chinese name to an
//! English name, the English name to a Chinese one. In a translation (or in two sentences of
//! articles written independently that share 60 % of their words), one of the two resolving is
//! enough (the other may be a name its article never repeats): of the names left over on the other
//! side, the one nearest its place in the sentence is taken, when the two are of one sort (both
//! places or both persons: a place and a person only when both resolve, `England` changed to
//! `Norman Cantor`; whatever their sorts when they are the one name left on each side of sentences
//! in parallel, 伦敦 where the English says `Lahore`, a place the lexicon does not know, unless the
//! English name is one word the lexicon gives for a word of the Chinese sentence, 基辅 for `Kiev`
//! (jieba tags 基辅 as no name; not a name's gloss, 英国 `… northern ireland`, which says no
//! `Ireland`); or when a person's whole name and a place are the one name left on each side and the
//! English one resolves, 蒙特利尔 where it says `James Abercrombie`; or, in sentences in parallel,
//! when the one Chinese name left over resolves to no English name of the article and the English
//! name, which its article says at most twice, resolves to a Chinese one, 埃博拉 where it says
//! `Vienna`; or when the two mentions name one kind of thing, the Chinese before or ending in a
//! kind word whose English is the English name's last word or the word after it, 佛洛伊德州线 where
//! it says `Georgia state line`; in articles written independently, when the one name left on each
//! side is the English, a person's whole name resolving to a person the Chinese article names
//! elsewhere (a Chinese person's name, 李登辉, counts), and the Chinese may be a name at all:
//! 吕宋海 where the English says `Lee Teng-hui`), the English one is not a people (`American` for
//! 美国) nor a modifier joined by a hyphen (`Taiwan-born`, which the Chinese often leaves unsaid),
//! and the Chinese one may be a name at all (a place the lexicon knows or a transliteration, not
//! 城市). Of several Chinese names left over that resolve, the one taken is the one that stands
//! where the English name stands among the names both sides share (巴格达 before 撒马尔罕 against
//! `Levant, Samarkand`); of several English names left over that resolve, against one Chinese name,
//! the one nearest its place (波士顿 against `Longwood Medical` and `John Hancock`, in a
//! translation; a Chinese person's whole name against those of two words or more that resolve to a
//! Chinese whole name, where any does). An English surname said alone as the slot stands for the
//! mention of that person nearest the Chinese name's place, the whole name included (`Luke Kuechly
//! … Kuechly` against 戴维斯 … 坎克利: the first). Before all of that, a list both sentences give
//! decides: the one name left over on each side (or the extra mention of a name one side says more
//! often) standing at the same place of it, beside a name both share with a list's separator
//! between (in sentences of articles written independently that do not translate each other,
//! between two such names), is reported whatever the two names' sorts (`Austria, Maastricht Treaty`
//! against 奥地利、芬兰), unless neither resolves elsewhere and the two render each other even
//! loosely. A person resolves by the surname too (詹姆斯·赫顿 → `Hutton`, `Luther` → 马丁·路德),
//! and a group named in the plural by its members' name, where the English names a member too
//! (`French Huguenots` → 胡格诺 beside `Huguenot Road`). A name the other sentence states in other
//! words is no name left over: as a people or language word (意大利 / `Italian`), as a word its
//! lexicon gloss gives (渡河 / `crossed`; not a word of a transliteration's description: 马可尼 is
//! glossed `marconi uk electronics company`, and `company` names no 马可尼), spelt loosely (伊丽莎
//! / `Elizabeth`), or inside a longer word (纽卡斯尔市中心); nor is an English name the Chinese
//! writes as it is, in Latin letters (`LOR` in 对LOR的思考), or by its last word in Latin letters
//! standing alone (`Department of Datalogy` beside 哥本哈根大学Datalogy学院), or by its words after
//! the first, two or more (`Toyota Corona Mark II` beside 丰田Corona Mark II), or, for a name of a
//! numbered series, by its number before 号, standing alone and after no Chinese name (`State Route
//! 41` beside 州41号公路; not `Camden 28` beside 彼得卢28号). A word states no name when another
//! name of the sentence renders it better (`Howard` of `Howard Zinn` beside 哈维·惠勒), when it
//! belongs to another person's name (`Bert` of `Bert Bolin` beside 罗伯特·沃森), when it has no
//! content (`There` is no 特斯拉), or when, in lower case, it is only spelt like the name (`rates`
//! is no 佩罗蒂), or spelt much worse than the name the Chinese resolves to elsewhere (`Robert` is
//! no 洛厄里, who is `Lowery`). A name the Chinese gives with its kind (马斯特里赫特条约, a treaty;
//! 拉德克利夫研究院, an institute; 科唐坦半岛, a peninsula; 格拉斯哥机场, an airport) where the
//! English gives the bare name of one word (`Maastricht`, a town) is reported too, unless the
//! English states the kind around the name in any word the lexicon gives for it (`the Chicago firm`
//! for 芝加哥公司). Names the English writes in lower case elsewhere (`Grainger Market`) and places
//! (`Kodori Valley`) are not cut names. In articles written independently, an English given name
//! alone is held to the whole name unless the English sentence names the surname too (`Albert`
//! where 阿尔伯特·爱因斯坦 stands; but `Kornberg's son, Roger` is how an English article names
//! him), and a name there resolves to another entity only by a link that holds both ways and by the
//! surname: 乌利塞·阿尔德罗万迪 ↔ `Ulisse Aldrovandi`, but not 贾内尔 ↔ `Jane Goodall` (a given
//! name) nor 伊斯兰 ↔ `Matua Island` (a describing word); a lexicon gloss that opens with a people
//! word (高德纳 `chinese name american computer scientist …`) is a description, not a name. A name
//! read from a longer one (`Rayhan` of `Abu al-Rayhan al-Biruni`) is no slot for a swap. A name one
//! side states more often than the other (希尔伯特计划…希尔伯特定理 against `Hilbert's program …
//! Gödel's theorem`) leaves its extra mention over, the one at the place of the other side's name
//! left over (the mention whose words around it translate the most of the words around that name,
//! where one does better than the others by two words; else, where the side says it exactly once
//! more, the one standing among its mentions where the other side's name stands among the
//! counterpart's, `艾米·邦德（凯伦·吉兰饰）` changed to `凯伦·吉兰（凯伦·吉兰饰）` against `Amy
//! Pond (Karen Gillan)`; else by the place among the names), when the two are of one sort (two
//! people, or two places) and, unless the texts run in parallel, linked by the surname (in a
//! translation the sentence links 卢克·坎克利 to `Luke Kuechly`, rendered loosely); for a person,
//! in articles written independently, even when the sentences name other things on one side only
//! (皮亚诺公理 beside them, which the English leaves out). The other side's name is what the
//! article calls it there, or, where the article resolves it nowhere else, what the unit does
//! (`Eisenhower Freeway` against the sentence's own 艾森豪威尔, which the Chinese reads elsewhere
//! only inside 艾森豪威尔高速公路). In sentences that run in parallel, a person one side alone
//! names, its one name left over (resolving to a whole name of the other article), is reported
//! where the other side, with no name left over, names another person at its place: `Mohandas
//! Harvey Wheeler pleaded guilty` against 莫罕达斯·甘地 承认有罪, whom `Mohandas` pairs with, and
//! the Chinese article calls Wheeler 哈维·惠勒; a place so only where the words around the two
//! names translate each other, two words or more (奥巴马访问蒙巴萨 against `Obama visited Kenya`),
//! (a translation often names a country where the other says `the country`); not an organisation.
//! Where the Chinese name resolves and the English one does not, an abbreviation left over nearer
//! the Chinese name's place (`MIT` before `Seymour Papert`) leaves the slot open; of several
//! English names left over there, the one whose words around it translate two or more of the
//! Chinese name's, more than any other's, is taken before the nearest, whatever the sorts when it
//! is a person's whole name (`Captain Daniel Woodriff` beside `HMS Calcutta`, against
//! 维多利亚船长). A Chinese name that begins the name of a structure or an institution (哈德良桥,
//! Hadrian's bridge, which the English calls `Pons Aelius`) is no slot, unless, in sentences that
//! run in parallel where no other Chinese name that may be a name is left, it stands against an
//! English name left over that resolves elsewhere to another Chinese name (沙利文湾 where the
//! English says `Ford`, 福特 in the Chinese article); where the Chinese name resolves nowhere
//! itself, only if the Chinese holds no pronoun, which may stand for the English name. An
//! institution the English names bare after naming it whole (`the Horniman Museum … The Horniman`)
//! keeps its kind. Two people of one surname are told apart by their given names: in sentences that
//! run in parallel or share 60 % of their words, 查尔斯·韦斯利 where the English names `John
//! Wesley` is reported (and the same the other way round) when the Chinese names Charles Wesley
//! there more often than the English does, each article names both men in full, and the English
//! names the two together somewhere (the Wesley brothers are; one man named two ways, `Bill
//! Clinton` and 威廉·杰斐逊·克林顿, is not; initials tell nothing). Two people of one given name
//! (查尔斯·波特, 查尔斯·理查德, both named in the Chinese sentence) are told apart by their
//! surnames; other whole names part against part (萨蒂亚·纳德拉 and 罗纳德·里根 share 纳德 only
//! across their parts), and two words the lexicon glosses apart are two names whatever characters
//! they share (斯洛文尼亚, 斯洛伐克). A Chinese whole name resolves by its surname's gloss where
//! the given names render each other (里根 `reagan ronald president`: 罗纳德·里根, `Ronald
//! Reagan`). A transliteration's gloss names it by its first word only (格拉斯哥 `glasgow
//! scotland`: `Scotland` in the English is no 格拉斯哥). In articles written independently, a word
//! read as a name that may be none (城市 `city`) is no other name left over beside a swap. In
//! sentences that run in parallel, the one name left on each side is a swap even when neither
//! resolves elsewhere, if the Chinese is a person's whole name and neither renders the other
//! (伯特·布林 where the English says `Crowley`). In sentences that run in parallel where no name
//! left over resolves (and at most one side has one left over), one name the Chinese says more
//! often than the English and another the English says more often than the Chinese are a swap: the
//! two extra mentions stand for each other (特斯拉 said twice against one `Tesla`, `Edison` twice
//! against one 爱迪生); not where either sentence holds a pronoun (他, `his`), which the other side
//! may render by the name. Of the extra mentions, the pair that stands each where the other stands
//! among its counterpart's mentions is taken where one pair alone does (the second 阿塔斯卡德罗
//! against the last `Yosemite`, though the two sides order `Fresno` and `Atascadero` otherwise);
//! else the pair the longest run of names in order leaves; else the nearest by place. Values of a
//! template left in the text (`|first=Richard`) are markup, not names.
//!
//! Where nothing else is found in a unit whose Chinese names one person (艾萨克·牛顿, or a
//! surname the segmenter takes for a person's, 牛顿) whom the English names too, the person is
//! reported when every date and number the two share (the Chinese one in the person's
//! sentence) stands, in the English, in a clause that names before it one other person, the
//! same for every fact, whom the Chinese leaves unnamed, and not the Chinese person
//! (在1609年与1619年期间，艾萨克·牛顿发表了… against `the laws … determined by Johannes Kepler
//! between 1609 and 1619, …, and Isaac Newton's discovery …`): the shared facts say which deed
//! the sentence tells, and the English gives it to someone else (`credited.rs`). The other
//! person's name must be known for a person's (its first word a given name, or the name
//! resolving elsewhere in the Chinese to a person's); clauses are read in the prose, markup
//! left out, and end where a fact's role stops being looked for (commas but a thousands
//! separator, semicolons, brackets).
//!
//! A Chinese person's name (陈独秀, 李登辉: a word the segmenter takes for a person's, opening
//! with a Chinese surname, that the lexicon glosses by the surname's spelling) is matched by
//! its romanisation alone: pinyin, one syllable to a character (`Chen Duxiu`), or as the
//! lexicon spells it (`Tsai Ing-wen`, `Lee Teng-hui`), never by sounds. Where nothing else is
//! found in a unit whose Chinese names such a person in full and whose English gives one word,
//! and only one, that spells the surname (`Wang` against 王励勤), the surname alone is reported
//! when the English article names the person in full nowhere and the unit's Chinese sentences
//! hold no character that word spells but in the name (not 秦 of 秦朝 beside 秦始皇, where `Qin`
//! may render the state; not 唐 of 唐朝 for `Tang` beside 邓): English calls a Chinese person
//! by the surname once it has given the whole name (`surname_alone.rs`). One finding a unit at
//! most. Such a name does not resolve by its surname alone elsewhere (entities, swaps).
//!
//! A Chinese name that gives its original in Latin letters in parentheses right after it
//! (`格但斯克 (Lublin)`, `莱纳斯·鲍林（Linus Pauling）`) is reported, in place of any swap of its
//! unit, when the English sentence names what the parenthesis says, the Chinese name does not
//! render it even loosely, and the Chinese name resolves in the article to another English
//! name (`Gdańsk`): the parenthesis says which name the writer meant (`glossed.rs`).
//!
//! In sentences that run in parallel, a Chinese name paired with an English name of the unit
//! only by a loose rendering, that renders better another English name of the article not
//! named in the unit, stands for another person or place (`rendered_elsewhere.rs`): 马丁·瓦尔凯尔
//! against `Wall` (by 瓦尔), where the English article names `Martin Walkyier`. Where another
//! Chinese name of the unit renders that English name better (安德森 for `Anderson`, which
//! 马里奥·爱迪生 pairs with by 爱迪生), the Chinese name is left over for a swap instead
//! (against `Bennie Fowler`).
//!
//! A given name alone is also looked for over the whole article, whether or not its sentence
//! has a counterpart (`given_alone.rs`): `Adam` where the English writes `Adam Smith`
//! elsewhere, or `Robert` where only the Chinese writes the whole name (罗伯特·劳伦斯·库恩,
//! whose first part the lexicon gives as `Robert`), when neither article calls the person by
//! the given name anywhere else, the other article names the person, and the name's article
//! writes no other whole name with that given name. Not in a quotation (`"I think that Roger
//! is a Platonist"`), a citation's inverted name (`Poisson, Ken.`), after a capitalised word
//! (`Frederick William`), a word the article writes in lower case (`Education`), or a sentence
//! that names the surname too.
//!
//! **Example.**
//! ```text
//! zh: 科科伊奇总统接受了阿布哈兹驻南奥塞梯大使诺达尔的全权证书
//! en: President Kokoity accepted the credentials of Nodar Pliev
//! ```
//!
//! **Fix.** Write the full name as the English does, in the usual transliteration.

mod credited;
mod cut;
mod given_alone;
mod glossed;
mod kind_dropped;
mod listed;
mod namesake;
mod one_sided;
mod rendered_elsewhere;
mod surname_alone;
mod swapped;

use super::{PairContext, Rule};
use crate::align::entities::Entities;
use crate::align::{self, Unit};
use crate::diagnostic::{Diagnostic, Severity};
use crate::facts::FactKind;

pub struct NameMismatch;

/// The most distinct names a unit may hold on either side to be checked: more make a list
/// (and each name is compared with each on the other side, in square time).
const MOST_NAMES: usize = 64;

/// A Chinese name's text in simplified characters, and its gloss in the lexicon, if any.
fn lexicon_entry(z: &crate::facts::Fact) -> (String, Option<&'static str>) {
    let folded = crate::lang::script::fold_to_simplified(&z.text).text;
    let gloss = crate::lang::lexicon::english(&folded);
    (folded, gloss)
}

/// One finding: a zh name and an en name (fact indices), which side is wrong, and what to say.
struct Finding {
    zh: usize,
    en: usize,
    /// The English is the side at fault (its span is the primary one).
    on_en: bool,
    message: String,
    label: String,
}

/// The names of one unit, each text once (fact indices, in order).
struct UnitNames {
    zh: Vec<usize>,
    en: Vec<usize>,
    /// Every mention, repeats included (fact indices, in order).
    zh_all: Vec<usize>,
    en_all: Vec<usize>,
    /// The unit's sentences translate each other (texts in parallel, or most of their words;
    /// [`Unit::translated`]).
    translated: bool,
}

impl UnitNames {
    fn of(cx: &PairContext, unit: &Unit) -> Self {
        let distinct = |side: &align::Side<'_>, sentences: &[usize]| -> Vec<usize> {
            let mut seen = std::collections::HashSet::new();
            align::facts_in(side, sentences, FactKind::Name)
                .filter(|&i| seen.insert(side.facts[i].text.as_str()))
                .collect()
        };
        UnitNames {
            zh: distinct(cx.zh, &unit.zh),
            en: distinct(cx.en, &unit.en),
            zh_all: align::facts_in(cx.zh, &unit.zh, FactKind::Name).collect(),
            en_all: align::facts_in(cx.en, &unit.en, FactKind::Name).collect(),
            translated: unit.translated(),
        }
    }
}

impl Rule for NameMismatch {
    fn id(&self) -> &'static str {
        "name-mismatch"
    }
    fn severity(&self) -> Severity {
        Severity::Warning
    }
    fn docs(&self) -> String {
        super::module_docs(include_str!("mod.rs"))
    }
    fn cross_language(&self) -> bool {
        true
    }
    fn check_pair(&self, cx: &PairContext, out: &mut Vec<Diagnostic>) {
        let words = cut::EnWords::new(cx);
        let mut entities = Entities::new(cx.zh, cx.en);
        entities.link_paired_in_translations(cx.zh, cx.en, &cx.alignment.units);
        let people = namesake::People::new(cx);
        // (the facts that took part in a unit's finding, on either side: a given name alone
        // there is not reported twice)
        let mut reported = std::collections::HashSet::new();
        for unit in cx.alignment.units.iter().filter(|u| u.is_sure()) {
            if crate::budget::expired() {
                return;
            }
            let names = UnitNames::of(cx, unit);
            // a list of names, not a sentence: every name would be compared with every other
            if names.zh.len() > MOST_NAMES || names.en.len() > MOST_NAMES {
                continue;
            }
            let mut found = cut::zh_cut(cx, &words, &names);
            let more = cut::en_cut(cx, &words, &entities, &names, &found);
            found.extend(more);
            let more = kind_dropped::find(cx, &names, &found);
            found.extend(more);
            // (a name glossed in parentheses by another is the unit's swap: no other is looked for)
            if let Some(f) = glossed::find(cx, &entities, &names, &found)
                .or_else(|| swapped::find(cx, &entities, unit, &names, &found))
            {
                found.push(f);
            }
            if let Some(f) = rendered_elsewhere::find(cx, &entities, unit, &names, &found) {
                found.push(f);
            }
            if let Some(f) = namesake::find(cx, &people, unit, &names, &found) {
                found.push(f);
            }
            if found.is_empty() {
                found.extend(surname_alone::find(cx, unit, &names));
            }
            if found.is_empty() {
                found.extend(credited::find(cx, &words, &entities, unit, &names));
            }
            for f in found {
                reported.insert((false, f.zh));
                reported.insert((true, f.en));
                out.push(self.diagnostic(cx, Some(unit), f));
            }
        }
        for f in given_alone::find(cx, &entities, &words, &reported) {
            out.push(self.diagnostic(cx, None, f));
        }
    }
}

impl NameMismatch {
    fn diagnostic(&self, cx: &PairContext, unit: Option<&Unit>, f: Finding) -> Diagnostic {
        let (z, e) = (&cx.zh.facts[f.zh], &cx.en.facts[f.en]);
        let d = if f.on_en {
            Diagnostic::new(self.id(), self.severity(), cx.en.file, e.span.clone(), f.message)
                .with_label(f.label)
                .with_secondary(cx.zh.file, z.span.clone(), format!("Chinese: {}", z.text))
        } else {
            Diagnostic::new(self.id(), self.severity(), cx.zh.file, z.span.clone(), f.message)
                .with_label(f.label)
                .with_secondary(cx.en.file, e.span.clone(), format!("English: {}", e.text))
        };
        match unit {
            Some(unit) => d.with_note(align::why(cx.zh, cx.en, unit, &cx.alignment.stated)),
            None => d.with_note(
                "looked for over the whole article: a name cut short needs no counterpart sentence".to_string(),
            ),
        }
    }
}

#[cfg(test)]
mod tests;
