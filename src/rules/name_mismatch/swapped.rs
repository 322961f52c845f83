//! Swapped names: in corresponding sentences, a name on each side left without a counterpart,
//! each resolving elsewhere in the article to an entity the other is not (the Chinese names
//! another person or place of the article where the English names this one, or the other way
//! round).

use super::lexicon_entry;
use super::{rendered_elsewhere, Finding, UnitNames};
use crate::align::entities::{entity_key, naming_key, people_word, same_surname, Entities};
use crate::align::Unit;
use crate::facts::translit::name_similarity;
use crate::facts::Fact;
use crate::rules::PairContext;

/// Whether the lexicon knows an English name as a place or organisation, or the name is an
/// institution named for a place it knows (`Scotland Parliament`, `Victoria University`).
pub(super) fn en_place(text: &str) -> bool {
    let known = |t: &str| !crate::align::entities::zh_places(&t.to_lowercase()).is_empty();
    known(text)
        || text.rsplit_once(' ').is_some_and(|(place, head)| {
            INSTITUTIONS.contains(&head) && (known(place) || place.split_once(' ').is_some_and(|(p, _)| known(p)))
        })
}

/// The last words that make a name an institution (`Scotland Parliament`).
const INSTITUTIONS: &[&str] = &[
    "Parliament",
    "Assembly",
    "Council",
    "Congress",
    "Senate",
    "Government",
    "University",
    "College",
    "Academy",
    "Institute",
    "Museum",
    "Party",
    "Church",
    "Company",
    "Bank",
    "Ministry",
    "Department",
    "Committee",
    "Commission",
    "League",
    "Association",
    "Society",
];

/// Whether the lexicon knows a Chinese name as a place or organisation (a country, a city, a
/// party), rather than as a person or a transliteration it has never seen.
pub(super) fn place(z: &Fact) -> bool {
    let (folded, gloss) = lexicon_entry(z);
    gloss.is_some_and(|gloss| {
        crate::align::entities::english_keys(gloss)
            .iter()
            .any(|k| crate::align::entities::zh_places(k).iter().any(|(w, _)| *w == folded))
    })
}

/// Words of land and water after which a name is the place's own (科唐坦半岛, the Cotentin
/// Peninsula), not the first part of the name of something else ([`structure_after`]). What
/// they override is a kind the lexicon gives a word that starts with one of them (半岛
/// `peninsula`); none starts with one of [`STRUCTURES`].
const LAND_WORDS: &[&str] = &[
    "半岛", "群岛", "岛", "河", "湖", "山脉", "山", "海峡", "平原", "盆地", "高原", "沙漠",
];

/// Whether a Chinese name stands right before one of [`LAND_WORDS`].
fn before_a_land_word(text: &str, z: &Fact) -> bool {
    let after = text.get(z.span.end..).unwrap_or("");
    LAND_WORDS.iter().any(|w| after.starts_with(w))
}

/// Whether a Chinese name left over may be a name at all: a place the lexicon knows, a word it
/// does not know (a transliteration), or a word that renders the first words of its gloss (爱德华
/// `edward`: a name the lexicon knows); not a common word read as a name (城市, 英里).
fn may_be_a_name(z: &Fact) -> bool {
    place(z)
        || lexicon_entry(z)
            .1
            .is_none_or(|gloss| renders_its_gloss(z, gloss, RENDERS_ITS_GLOSS))
}

/// Whether a Chinese word renders the first words of its lexicon gloss at `floor` or better
/// ([`gloss_heads`]): a transliteration the lexicon glosses by the name it renders (爱德华
/// `edward`, 马可尼 `marconi uk electronics company`, 亚当·斯密 `adam smith scottish …`), not a
/// word it translates (城市 `city`).
fn renders_its_gloss(z: &Fact, gloss: &str, floor: f64) -> bool {
    gloss_heads(z, gloss).any(|head| crate::facts::translit::name_similarity_at_least(&z.text, &head, floor) >= floor)
}

/// The first words of a gloss a Chinese name may render: the first, and up to as many as the
/// name has parts (亚当·斯密: `adam`, `adam smith`; a gloss that gives the surname first,
/// `tolstoy leo …` for 列夫·托尔斯泰, still by its first word; a surname alone glossed after a
/// given name, by the surname: [`gloss_head_words`]).
fn gloss_heads<'g>(z: &Fact, gloss: &'g str) -> impl Iterator<Item = String> + 'g {
    let words: Vec<&'g str> = gloss_head_words(z, gloss).collect();
    (1..=words.len()).map(move |n| words[..n].join(" "))
}

/// The first words of a gloss, as many as Chinese name `z` has parts (at least one); for a
/// surname alone of a person glossed after the given name, the surname (奥巴马 `barack obama
/// democrat politician president`: `obama`, not `barack`, whose gloss words after it describe
/// him; a gloss that names no person, a place of two words, keeps its first).
fn gloss_head_words<'g>(z: &Fact, gloss: &'g str) -> impl Iterator<Item = &'g str> {
    let parts = crate::facts::name_match::zh_parts(&z.text).len().max(1);
    let words: Vec<&'g str> = gloss.split(' ').collect();
    let renders = |w: &str| crate::facts::translit::name_similarity_at_least(&z.text, w, SPELT_ALIKE) >= SPELT_ALIKE;
    let surname_second = parts == 1
        && words.len() > 1
        && crate::align::entities::glossed_as_a_person(gloss)
        && !renders(words[0])
        && renders(words[1]);
    words.into_iter().skip(usize::from(surname_second)).take(parts)
}

/// How closely a Chinese word must render the first words of its gloss to be a name the
/// lexicon knows ([`may_be_a_name`]).
const RENDERS_ITS_GLOSS: f64 = 0.8;

/// Characters that make a name before them the name of a structure or a place named after
/// it (哈德良桥, Hadrian's bridge: `Pons Aelius`, another name than Hadrian's), each with its
/// English words (the lexicon's first glosses of one character are too loose: 港 `hong kong
/// harbor`, 湾 `bay gulf cast`).
const STRUCTURES: &[(char, &[&str])] = &[
    ('桥', &["bridge"]),
    ('墙', &["wall"]),
    ('街', &["street"]),
    ('路', &["road", "street", "avenue", "way", "lane"]),
    ('站', &["station"]),
    ('港', &["harbor", "harbour", "port"]),
    ('馆', &["hall", "museum", "library", "house", "gallery"]),
    ('宫', &["palace"]),
    ('寺', &["temple", "monastery", "abbey"]),
    ('堡', &["castle", "fort", "fortress"]),
    ('塔', &["tower", "pagoda"]),
    ('门', &["gate"]),
    ('湾', &["bay", "gulf"]),
    ('峡', &["strait", "gorge", "pass"]),
];

/// Whether a Chinese name is the first part of the name of something else: a structure
/// (哈德良桥) or an institution, a work, a prize ([`super::kind_dropped::kind_after`]). Such a
/// name is still a name left over (it keeps other leftovers from being taken for a slot),
/// but no slot itself, unless an English name left over owns a structure of its kind
/// ([`names_such_a_structure`]; then a slot against such a name only).
fn names_a_structure(cx: &PairContext, z: &Fact) -> bool {
    structure_after(cx, z).is_some()
}

/// The English of what a Chinese name names the first part of ([`names_a_structure`]): the
/// structure character's words (湾 `bay`, [`STRUCTURES`]), or the kind (条约 `treaty`).
fn structure_after(cx: &PairContext, z: &Fact) -> Option<Vec<&'static str>> {
    // (a name before a word of land or water is the place's own: 科唐坦半岛 is the Cotentin
    // Peninsula, the name of no other thing)
    if before_a_land_word(&cx.zh.source.text, z) {
        return None;
    }
    let after = cx.zh.source.text.get(z.span.end..).unwrap_or("");
    // (the character alone, not the start of a word: 站在, 路过, 门下 after a name say what a
    // person does)
    let structure = after.chars().next().and_then(|c| {
        let (_, words) = STRUCTURES.iter().find(|(k, _)| *k == c)?;
        (!opens_a_word(&after[..c.len_utf8()], &after[c.len_utf8()..])).then(|| words.to_vec())
    });
    structure.or_else(|| super::kind_dropped::kind_after(after).map(|(kind, _)| vec![kind]))
}

/// Whether `head` and the character after it (`rest` opens with it) make a dictionary word:
/// 站 of 站在, 市 of 市场, no structure's or kind's character after a name.
fn opens_a_word(head: &str, rest: &str) -> bool {
    (rest.chars().next()).is_some_and(|n| crate::lang::segment::is_dictionary_word(&format!("{head}{n}")))
}

/// Whether an English name is the first part of the name of a structure of the same kind
/// (`kind`, [`structure_after`]), or that name itself: `Hudson` of `Hudson's Bay Company`
/// against 哈德逊 of 哈德逊湾公司, `Upati Institute`, `Port Phillip` against 菲利普港. The two
/// are then the one name of one thing, whichever it names.
fn names_such_a_structure(text: &str, f: &Fact, kind: &[&str]) -> bool {
    let next = word_after(text, f).filter(|w| w.chars().next().is_some_and(char::is_uppercase));
    // (its words after the first; the first too before another where it is a kind English puts
    // first, `Port Phillip` against 菲利普港: not `Temple Grandin`, no temple)
    let tokens = crate::facts::name_match::en_tokens(&f.text);
    let first = (tokens.first().copied())
        .filter(|w| tokens.len() > 1 && KINDS_PUT_FIRST.iter().any(|k| w.eq_ignore_ascii_case(k)));
    let own = tokens.iter().copied().skip(1);
    own.chain(first).chain(next).any(|w| {
        let w = crate::lang::lexicon::stem(&w.to_lowercase());
        kind.iter().any(|k| crate::lang::lexicon::stem(k) == w)
    })
}

/// Kind words English puts before a name (`Port Phillip`, `Fort Duquesne`).
const KINDS_PUT_FIRST: &[&str] = &["port", "fort"];

/// The English word right after a name fact, past a possessive `'s` and one space (`Bay` of
/// `Hudson's Bay`, `state` of `Georgia state line`); None where punctuation follows.
fn word_after<'t>(text: &'t str, f: &Fact) -> Option<&'t str> {
    let after = text.get(f.span.end..).unwrap_or("");
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
        .filter(|w| !w.is_empty())
}

/// The prose of a unit's sentences on one side, joined.
fn unit_text(side: &crate::align::Side<'_>, sentences: &[usize]) -> String {
    let mut out = String::new();
    for &s in sentences {
        let span = side.doc.sentences[s].prose.clone();
        out.push_str(side.doc.prose.text.get(span).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// Whether the English of a unit names a Chinese name left over in other words than a name
/// fact: the English name it resolves to (`Carolina's`), one of its glosses (`Normans` for
/// 诺曼人, `German` for 德国), or a people or language word of the place (`Italian` for
/// 意大利, `French` for 法国). The words of another person's English name (`others`: `Bert`
/// of `Bert Bolin`, which is 伯特·布林, not 罗伯特·沃森) say nothing of this one, nor does a
/// word a part of another Chinese name of the unit (`rivals`) renders better.
fn named_in_english(z: &Fact, x: Option<&Fact>, en_text: &str, others: &[&str], rivals: &[&str]) -> bool {
    // (the key as whole words: `bridge` of `John W. Weeks Bridge` is no word of `Cambridge`)
    if x.is_some_and(|x| {
        en_text.contains(x.text.as_str()) || crate::lang::whole_words(&en_text.to_lowercase(), &naming_key(x)) > 0
    }) {
        return true;
    }
    let (folded, gloss_text) = lexicon_entry(z);
    let gloss_text = gloss_text.unwrap_or_default();
    let gloss: Vec<String> = gloss_text
        .split(' ')
        .filter(|w| w.len() >= 4)
        .map(crate::lang::lexicon::stem)
        .collect();
    // a word's translation (渡河 `cross river`), not a person's description (希格斯 `higgs peter
    // british theoretical physicist …`), whose words may stand in any sentence
    // (and not a transliteration's: 马可尼 `marconi uk electronics company` is the man first,
    // the company named after him second; `company` in the English names no 马可尼)
    let transliterated = renders_its_gloss(z, gloss_text, SPELT_ALIKE);
    let short_gloss = gloss_text.split(' ').count() <= 4 && !transliterated;
    let one_word_gloss = !gloss_text.contains(' ');
    // (a transliteration's gloss names it by its first words, as many as the name has parts:
    // the rest says where or what it is, 格拉斯哥 `glasgow scotland`, and `Scotland` in the
    // English names no 格拉斯哥; `Smith` names 亚当·斯密, `adam smith scottish …`, `Scottish`
    // does not)
    // (of four letters or more, as the other gloss words: not `los` of `los angeles`)
    let head: Vec<String> = gloss_head_words(z, gloss_text)
        .filter(|w| w.len() >= 4)
        .map(crate::lang::lexicon::stem)
        .collect();
    let gloss_names = |stem: &String| {
        if transliterated {
            head.contains(stem)
        } else {
            gloss.contains(stem)
        }
    };
    // the parts of the name, without a word that says what it is (默兹河: 默兹, the Meuse)
    let parts: Vec<&str> = crate::facts::name_match::zh_parts(&z.text)
        .into_iter()
        .map(|p| p.trim_end_matches(['河', '湖', '山', '州', '省', '市', '岛', '城', '宫']))
        .filter(|p| p.chars().count() >= 2)
        .collect();
    let also = LOOSE_NAMES
        .iter()
        .find(|(zh, _)| *zh == folded)
        .map_or(&[][..], |(_, en)| *en);
    // a word a part of this name renders, better than any part of the unit's other Chinese
    // names does (`Howard` is 霍华德 of 霍华德·津恩 beside it, not 哈维 of 哈维·惠勒)
    // and not much worse than the name it resolves to elsewhere (洛厄里 is `Lowery`, 0.92:
    // `Robert`, 0.70, is another name)
    let resolved = x.map_or(0.0, |x| {
        let words: Vec<&str> = x
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 2)
            .collect();
        parts
            .iter()
            .flat_map(|p| words.iter().map(move |w| spelling(p, w)))
            .fold(0.0, f64::max)
    });
    // (a rival that holds a part of this name and spells the word as well is the word's:
    // `Romania` is 罗马尼亚's, not 罗马's, whose sounds it starts with)
    let holds_a_part = |r: &str| parts.iter().any(|p| r.len() > p.len() && r.contains(p));
    let spelt_alike = |word: &str| {
        let ours = parts.iter().map(|p| spelling(p, word)).fold(0.0, f64::max);
        ours >= SPELT_ALIKE
            && ours + RESOLVED_MARGIN >= resolved
            && rivals.iter().all(|r| {
                let theirs = spelling(r, word);
                theirs < ours - 1e-9 || (theirs - ours).abs() <= 1e-9 && !holds_a_part(r)
            })
    };
    let taken = |word: &str| {
        others
            .iter()
            .any(|o| o.split(|c: char| !c.is_alphanumeric()).any(|w| w == word))
    };
    // (an abbreviation in capitals of a short gloss that translates the name, not a Roman
    // numeral: `MIT` for 麻省理工学院 `massachusetts institute technology`, `EU` for 欧盟 `european
    // union eu`; not a word of a person's description, `II` of 戴高乐's `world war ii`)
    if short_gloss {
        let abbreviations = abbreviations_of(gloss_text);
        if en_text.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
            (2..=6).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !roman_numeral(w)
                && !taken(w)
                && abbreviations.iter().any(|a| a == w)
        }) {
            return true;
        }
    }
    en_text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_end_matches("'s"))
        // (no word without content: `There` at a sentence's start is no 特斯拉)
        .filter(|w| w.len() >= 2 && !taken(w) && !crate::lang::lexicon::is_stop(&w.to_lowercase()))
        .any(|word| {
            let w = word.to_lowercase();
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            // a gloss word: any for a capitalised word, a long one for another (`crossed`
            // for 渡河, a name the Chinese translates)
            let stem = crate::lang::lexicon::stem(&w);
            // (or a word of four letters that is the gloss's only one: 英里 `mile`, `miles`)
            (gloss_names(&stem) && (capital || short_gloss && (stem.len() >= 5 || one_word_gloss && stem.len() >= 4)))
                || also.contains(&word)
                // (spelt alike: a capitalised word, `rates` is no 佩罗蒂; a word in lower case
                // only when the gloss gives it too, the unit `tesla` for 特斯拉)
                || ((capital || gloss.contains(&stem)) && w.len() >= 3 && spelt_alike(&capitalised(word)))
                || capital && names_the_people(&w, &folded)
        })
}

/// The surnames of the English people's whole names of the unit that have a Chinese
/// counterpart in the unit (`Priestley` of `Joseph Priestley`), each with the first such name
/// (a fact index: facts stand in the text's order).
fn paired_surnames<'f>(names: &UnitNames, zf: &[Fact], ef: &'f [Fact]) -> std::collections::HashMap<&'f str, usize> {
    let mut out = std::collections::HashMap::new();
    for &w in &names.en {
        if en_whole_person(&ef[w]) && names.zh.iter().any(|&z| Entities::same(&zf[z], &ef[w])) {
            if let Some(last) = crate::facts::name_match::en_tokens(&ef[w].text).last() {
                let first = out.entry(*last).or_insert(w);
                *first = (*first).min(w);
            }
        }
    }
    out
}

/// Whether an English name stands right after another English name of the unit (`others`,
/// every mention) and its `'s`, and is made of words for a place or an institution only
/// ([`TAIL_WORDS`]): the tail of one name with it (`Land` of `Rupert's Land`, `Bay Company` of
/// `Hudson's Bay Company`), no name left over by itself. Not a name of its own after a
/// possessive (`Poland's Lech Wałęsa`, `Newton's Principia`).
fn tail_of_a_possessive(text: &str, f: &Fact, others: &[usize], ef: &[Fact]) -> bool {
    let Some(before) = text.get(..f.span.start) else {
        return false;
    };
    let Some(owner) = before.strip_suffix("'s ").or_else(|| before.strip_suffix("’s ")) else {
        return false;
    };
    let words = crate::facts::name_match::en_tokens(&f.text);
    !words.is_empty()
        && words
            .iter()
            .all(|w| TAIL_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)))
        && others.iter().any(|&o| ef[o].span.end == owner.len())
}

/// Words for a place or an institution that make a name's tail after a possessive
/// ([`tail_of_a_possessive`]).
const TAIL_WORDS: &[&str] = &[
    "land",
    "bay",
    "company",
    "island",
    "islands",
    "river",
    "lake",
    "sound",
    "college",
    "school",
    "hall",
    "house",
    "park",
    "castle",
    "church",
    "cathedral",
    "bridge",
    "street",
    "road",
    "square",
    "garden",
    "gardens",
    "wood",
    "hill",
    "point",
    "inlet",
    "harbour",
    "harbor",
    "cove",
    "valley",
    "forest",
    "field",
    "fields",
    "gate",
    "tower",
    "abbey",
    "inn",
    "court",
    "chapel",
    "academy",
    "society",
    "institute",
    "museum",
    "library",
    "station",
];

/// Whether an English name is an ordinal and a plural, the end of a coordination the name
/// reader took for a name (`Tenth Doctors` of `the Ninth and Tenth Doctors`), no name itself.
fn ordinal_and_plural(text: &str) -> bool {
    text.split_once(' ').is_some_and(|(first, rest)| {
        crate::facts::number::is_ordinal_word(&first.to_lowercase())
            && !rest.contains(' ')
            && rest.ends_with('s')
            && !rest.ends_with("ss")
    })
}

/// Whether an English name is joined by a hyphen to a word in lower case after it
/// (`Taiwan-born`, `US-educated`, `Soviet-backed`): a modifier that says where someone or
/// something comes from, which the Chinese often leaves unsaid, not a name standing in the
/// sentence for another.
fn modifier_of_origin(text: &str, f: &Fact) -> bool {
    let after = text.get(f.span.end..).unwrap_or("");
    let mut chars = after.chars();
    matches!(chars.next(), Some('-' | '‐')) && chars.next().is_some_and(char::is_lowercase)
}

/// Where in `text` the first of `names` to end ends (a pronoun before it can stand for none of
/// them); past the end where none stands in it. One search per name.
fn first_end(text: &str, names: &[&str]) -> usize {
    names
        .iter()
        .filter_map(|p| text.find(p).map(|i| i + p.len()))
        .min()
        .unwrap_or(usize::MAX)
}

/// A word with its first letter in upper case (`tesla` → `Tesla`), as names are spelt.
fn capitalised(word: &str) -> String {
    word.chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(word.chars().skip(1))
        .collect()
}

/// The last part of a Chinese name, the surname of a whole name (布林 of 伯特·布林).
fn last_part(name: &str) -> &str {
    crate::facts::name_match::zh_parts(name).last().copied().unwrap_or(name)
}

/// Whether a Chinese name is a person's whole name, given and family name (伯特·布林).
fn full_name(z: &Fact) -> bool {
    crate::facts::name_match::zh_parts(&z.text).len() >= 2
}

/// Whether one of two names holds two characters of the other: one name read too long
/// (库克安排 → 库克安); not two that share only their ending (福尔曼 and 科尔曼, `-rman`).
fn shares_two(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    a.windows(2).enumerate().any(|(i, w)| {
        let w: String = w.iter().collect();
        b.contains(&w) && !(i + 2 == a.len() && b.ends_with(&w))
    })
}

/// Whether two whole names (interpunct names) share a part, read given name against given
/// name and surname against surname ([`shares_two`], or the part whole): one woman's maiden
/// and married names, 玛丽·斯克沃多夫斯卡 and 玛丽·居里; not 萨蒂亚·纳德拉 and 罗纳德·里根, which
/// share 纳德 only across their parts.
fn whole_names_share_a_part(a: &str, b: &str) -> bool {
    let (a, b) = (
        crate::facts::name_match::zh_parts(a),
        crate::facts::name_match::zh_parts(b),
    );
    let alike = |x: Option<&&str>, y: Option<&&str>| matches!((x, y), (Some(x), Some(y)) if x == y || shares_two(x, y));
    alike(a.first(), b.first()) || alike(a.last(), b.last())
}

/// Whether the lexicon glosses two Chinese names apart (their glosses' first words differ):
/// two names, whatever characters they share (斯洛文尼亚 `slovenia`, 斯洛伐克 `slovakia`). A word
/// misread as a name (库克安 of 库克安排) has no gloss.
fn glossed_apart(a: &Fact, b: &Fact) -> bool {
    let first_gloss = |f: &Fact| lexicon_entry(f).1.and_then(|g| g.split(' ').next());
    matches!((first_gloss(a), first_gloss(b)), (Some(x), Some(y)) if x != y)
}

/// Whether a Chinese name is a person's whole name ([`zh_whole_person`]) or a Chinese person's
/// surname and given name (李登辉, [`crate::facts::native_name::reads_as_a_name`]). Asked only
/// where the English resolves to the name: elsewhere a Chinese person's name is held to what a
/// whole name is not (a romanisation the lexicon does not give, `Mao Tse-tung`, renders it
/// in no way the rule reads).
fn zh_person(z: &Fact) -> bool {
    zh_whole_person(z)
        || !place(z)
            && crate::facts::native_name::reads_as_a_name(&crate::lang::script::fold_to_simplified(&z.text).text)
}

/// Whether a Chinese name is a person's whole name: of two parts or more, and no place or
/// organisation the lexicon knows.
pub(super) fn zh_whole_person(z: &Fact) -> bool {
    full_name(z) && !place(z)
}

/// Whether an English name is a person's whole name: two words or more, and no place the
/// lexicon knows.
pub(super) fn en_whole_person(e: &Fact) -> bool {
    crate::facts::name_match::en_tokens(&e.text).len() >= 2 && !en_place(&e.text)
}

/// Whether an English name is a person's whole name that opens with a given name the list
/// holds, and not with a place the lexicon knows (`Fred Halliday`; not `Pro Bowl`, `New
/// Holland`, nor `Georgia Dome`, though Georgia is a given name too).
fn en_given_and_family(e: &Fact) -> bool {
    let words = crate::facts::name_match::en_tokens(&e.text);
    words.len() >= 2 && crate::lang::given_names::is_given_name(words[0]) && !en_place(words[0]) && !en_place(&e.text)
}

/// How closely a Chinese name part renders an English word or the word's beginning (伊丽莎 for
/// `Elizabeth`, 里博 for `Ribault`): a name read short on one side is still that name. At
/// [`SPELT_ALIKE`] or above, the part is taken for the word spelt loosely.
fn spelling(part: &str, word: &str) -> f64 {
    let least = 4.max(word.len() * 3 / 5);
    word.char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i >= least)
        .chain([word.len()])
        .map(|end| name_similarity(part, &word[..end]))
        .fold(0.0, f64::max)
}

/// Countries the English often names by another word than the lexicon's gloss.
const LOOSE_NAMES: &[(&str, &[&str])] = &[
    ("英国", &["UK", "Britain", "British", "England", "English"]),
    ("美国", &["US", "USA", "America", "American"]),
    ("苏联", &["USSR", "Soviet"]),
];

/// A Chinese name and an English word this close are taken for one name spelt loosely (伊丽莎
/// for `Elizabeth`, 让·里博 for `Ribault`), not for two names.
const SPELT_ALIKE: f64 = 0.7;

/// How much worse than its spelling of the English name it resolves to a Chinese name may
/// spell a word and still be taken as that word spelt loosely.
const RESOLVED_MARGIN: f64 = 0.15;

/// Whether the Chinese of a unit names an English name left over in other words than a name
/// fact: the name itself in Latin letters, the Chinese name it resolves to, inside a longer
/// word (纽卡斯尔市中心), or the Chinese of the place or people it names; but not inside a
/// longer name of `taken`, the unit's Chinese names of other English names.
fn named_in_chinese(e: &Fact, y: Option<&Fact>, zh_text: &str, taken: &[&str]) -> bool {
    let says = |w: &str| said_apart(zh_text, w, taken);
    // (in Latin letters, as written: `LOR` in 对LOR的思考)
    if says(e.text.as_str()) {
        return true;
    }
    // (or by its last word in Latin letters, a word of its own: `Department of Datalogy` by
    // 哥本哈根大学Datalogy学院; not a kind word, `University`; nor a word of a longer name the
    // Chinese gives in Latin, as after the Chinese name of a person: 艾伦·图灵（David G. Hays）,
    // changed from 大卫•海斯, against `David Hays`; nor a short word, `Li`, `Ma`, `Chen`, as
    // often a romanised Chinese syllable as a name's own word)
    if e.text.rsplit_once(' ').is_some_and(|(_, last)| {
        last.len() >= 5
            && one_plain_word(last)
            && !INSTITUTIONS.iter().any(|i| i.eq_ignore_ascii_case(last))
            && !crate::align::entities::KIND_WORDS
                .iter()
                .any(|k| k.eq_ignore_ascii_case(last))
            && says(last)
            && latin_word_alone_in(zh_text, last)
    }) {
        return true;
    }
    // (or by the words after its first, two or more and eight letters, in Latin letters as a
    // name of their own: `Toyota Corona Mark II` by 丰田Corona Mark II; the first word is not
    // read, so 日产 said for 丰田 before them goes unseen)
    if e.text.split_once(' ').is_some_and(|(_, rest)| {
        rest.contains(' ') && rest.len() >= 8 && says(rest) && latin_word_alone_in(zh_text, rest)
    }) {
        return true;
    }
    // (诺曼人, the Normans, is written 诺曼 before another word)
    if y.is_some_and(|y| {
        let key = entity_key(y);
        says(y.text.trim_end_matches(['人', '族'])) || key.chars().count() >= 2 && says(&key)
    }) {
        return true;
    }
    let lower = e.text.to_lowercase();
    // (a place of another age by the place: `Ancient Greece` by 希腊 of 1世纪希腊医生)
    let lower = ["ancient ", "medieval "]
        .iter()
        .find_map(|age| lower.strip_prefix(age))
        .map_or(lower.as_str(), |place| place);
    let places = crate::align::entities::zh_places(lower);
    let people = crate::align::entities::people_place(lower)
        .map(|p| p.1)
        .unwrap_or_default();
    // (or, an abbreviation, by the country the English often names so: `UK` for 英国; not
    // `England`, which may be another name of the Chinese article than 英国)
    places.iter().chain(&people).any(|(w, _)| says(w))
        || capitals(e)
            && LOOSE_NAMES
                .iter()
                .any(|(zh, en)| en.contains(&e.text.as_str()) && says(zh))
}

/// The number of its own right after an English name, one of a numbered series (`41` of
/// `State Route 41`, `5` of `Interstate 5`): no letter after it, nor a decimal or thousands
/// part (not of `Route 4.5`, `Highway 9x`).
fn number_after<'t>(en_text: &'t str, e: &Fact) -> Option<&'t str> {
    let after = en_text.get(e.span.end..)?.strip_prefix(' ')?;
    let number = &after[..after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len())];
    let mut rest = after[number.len()..].chars();
    let alone = match rest.next() {
        Some('.' | ',') => !rest.next().is_some_and(|c| c.is_ascii_digit()),
        next => !next.is_some_and(|c| c.is_ascii_alphanumeric()),
    };
    (!number.is_empty() && alone).then_some(number)
}

/// The numbers by which `zh_text` names a thing of a numbered series: the runs of digits that
/// 号 follows, spaces aside (州41号公路, which the Chinese name reader does not read as a name;
/// not a year, 2000 年), that stand alone (not after a letter, a decimal point or a thousands
/// separator, 4.5号, nor after 月, where 号 is a day, 7月4号), and that follow none of the
/// Chinese names `zh_names` (彼得卢28号 is `Peterloo 28`, no `Camden 28`). Each number's place
/// is read once, the names looked up by the text before it.
fn numbered_in_chinese<'t>(
    zh_text: &'t str,
    zh_names: &std::collections::HashSet<&str>,
) -> std::collections::HashSet<&'t str> {
    let longest = zh_names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let mut numbers = std::collections::HashSet::new();
    let mut rest = zh_text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let start = zh_text.len() - rest.len() + at;
        let len = rest[at..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - at);
        let (before, number, after) = (&zh_text[..start], &zh_text[start..start + len], &zh_text[start + len..]);
        rest = after;
        let before = before.trim_end_matches(' ');
        let alone = !before.ends_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '.' | ',' | '月'));
        let after_a_name = before
            .char_indices()
            .rev()
            .take(longest)
            .any(|(i, _)| zh_names.contains(&before[i..]));
        if after.trim_start_matches(' ').starts_with('号') && alone && !after_a_name {
            numbers.insert(number);
        }
    }
    numbers
}

/// Whether `text` holds the Latin word `w` as a Latin word of its own: no character of a name
/// in Latin letters ([`super::glossed::latin_name_char`]: a letter, hyphen, apostrophe or full
/// stop) nor a digit next to it, spaces aside (`Datalogy` in 大学Datalogy学院; not in `David
/// G. Hays`, `Hays-Müller`, nor `Datalogyx`).
fn latin_word_alone_in(text: &str, w: &str) -> bool {
    let joins =
        |c: Option<char>| c.is_some_and(|c| c != ' ' && super::glossed::latin_name_char(c) || c.is_ascii_digit());
    text.match_indices(w).any(|(at, _)| {
        let before = text[..at].trim_end_matches(' ').chars().next_back();
        let after = text[at + w.len()..].trim_start_matches(' ').chars().next();
        !joins(before) && !joins(after)
    })
}

/// Whether `text` holds `w` outside the longer names of `taken` that hold it.
fn said_apart(text: &str, w: &str, taken: &[&str]) -> bool {
    if !text.contains(w) {
        return false;
    }
    let around: Vec<&str> = taken
        .iter()
        .copied()
        .filter(|t| t.len() > w.len() && t.contains(w))
        .collect();
    around.is_empty()
        || around
            .iter()
            .fold(text.to_string(), |t, n| t.replace(n, "\u{3000}"))
            .contains(w)
}

/// The stems of the English words the lexicon gives for the words of a unit's Chinese
/// sentences; for a word of four Han characters or more the lexicon does not hold, those of the
/// two words of two characters or more it holds that make it (英国议会: 英国 `united kingdom
/// britain`, 议会 `parliament`), unless the word is written in transliteration characters
/// alone (路易斯安娜 is no 路易斯 and 安娜, `louis`, `anna`).
fn glossed_words(side: &crate::align::Side<'_>, sentences: &[usize]) -> std::collections::HashSet<String> {
    glossed_words_but(side, sentences, &Default::default())
}

/// [`glossed_words_but`] the unit's Chinese names (all their mentions' texts): the English words
/// the Chinese of `unit` translates by a word that is no name.
fn glossed_but_the_names(
    side: &crate::align::Side<'_>,
    unit: &Unit,
    names: &UnitNames,
) -> std::collections::HashSet<String> {
    let names_here = names.zh_all.iter().map(|&o| side.facts[o].text.as_str()).collect();
    glossed_words_but(side, &unit.zh, &names_here)
}

/// [`glossed_words`] but of the words in `names` (the texts of the unit's names: a name's gloss
/// describes it in words that name other things, 英国 `united kingdom great britain northern
/// ireland`).
fn glossed_words_but(
    side: &crate::align::Side<'_>,
    sentences: &[usize],
    names: &std::collections::HashSet<&str>,
) -> std::collections::HashSet<String> {
    use crate::lang::lexicon::zh_stems;
    // (an ordinal the number reader reads, 第11任博士 or 第十任, says the English ordinal word:
    // `Eleventh Doctor`. Measured with the mutation benchmark: xquad name 437 → 439 of 543
    // (`-- 20`); the clean output of every corpus unchanged)
    let ordinals = crate::align::facts_in(side, sentences, crate::facts::FactKind::Number)
        .filter_map(|i| match &side.facts[i].value {
            crate::facts::FactValue::Number {
                value,
                unit: Some(unit),
            } if unit == "ordinal" && value.fract() == 0.0 => {
                crate::facts::number::ordinal_word(u32::try_from(*value as i64).ok()?)
            }
            _ => None,
        })
        .map(crate::lang::lexicon::stem);
    sentences
        .iter()
        .flat_map(|&s| side.doc.sentence_words(s))
        .filter(|(_, w)| w.text.chars().count() >= 2 && !names.contains(w.text))
        .flat_map(|(_, w)| {
            let word = crate::lang::script::fold_to_simplified(w.text).text;
            let stems = zh_stems(&word);
            if !stems.is_empty()
                || word.chars().count() < 4
                || !word.chars().all(crate::lang::script::is_han)
                || word.chars().all(crate::facts::translit::is_translit_char)
            {
                return stems;
            }
            // (the first cut, from the longest first word, whose two words of two characters or
            // more the lexicon holds)
            let cuts: Vec<usize> = word.char_indices().map(|(at, _)| at).collect();
            cuts.get(2..cuts.len().saturating_sub(1))
                .unwrap_or_default()
                .iter()
                .rev()
                .find_map(|&at| {
                    let (a, b) = (zh_stems(&word[..at]), zh_stems(&word[at..]));
                    (!a.is_empty() && !b.is_empty()).then(|| [a, b].concat())
                })
                .unwrap_or_default()
        })
        .chain(ordinals)
        .collect()
}

/// The abbreviations a gloss makes: the initials of all its words, where it has two or more
/// (`massachusetts institute technology` → `MIT`), and a word that is the initials of the words
/// before it (`european union eu` → `EU`); in capitals. Not a gloss word that merely is short
/// (`world war ii` gives no `II`, `luke st evangelist` no `ST`).
fn abbreviations_of(gloss: &str) -> Vec<String> {
    let words: Vec<&str> = gloss.split(' ').filter(|w| !w.is_empty()).collect();
    let initials = |ws: &[&str]| -> String {
        ws.iter()
            .filter_map(|w| w.chars().next())
            .collect::<String>()
            .to_uppercase()
    };
    let mut out = Vec::new();
    if words.len() >= 2 {
        out.push(initials(&words));
    }
    for (k, w) in words.iter().enumerate().skip(2) {
        if w.len() == k && w.to_uppercase() == initials(&words[..k]) {
            out.push(w.to_uppercase());
        }
    }
    out
}

/// Whether a word in capitals reads as a Roman numeral (`II`, `XI`), which no abbreviation is
/// taken for.
fn roman_numeral(w: &str) -> bool {
    w.chars().all(|c| "IVXLCDM".contains(c))
}

/// What the Chinese words of a unit (of two characters or more, and its names) say in English
/// by the lexicon, for [`said_by_a_word`]: the first English the lexicon gives each (基督教
/// `christianity christian` → `christianity`), and, of the names alone (the unit's name facts
/// and the words jieba tags as places, organisations or other proper nouns), the abbreviations
/// of it ([`abbreviations_of`]: 麻省理工学院 → `MIT`, 欧盟 → `EU`). A common word's gloss is a
/// list of synonyms: its initials abbreviate nothing (其中 `among included` is no `AI`).
#[derive(Default)]
struct WordsSaid {
    first: std::collections::HashSet<String>,
    abbreviations: std::collections::HashSet<String>,
}

impl WordsSaid {
    fn of<'n>(side: &crate::align::Side<'_>, sentences: &[usize], names: impl Iterator<Item = &'n str>) -> Self {
        let mut said = WordsSaid::default();
        let words = sentences
            .iter()
            .flat_map(|&s| side.doc.sentence_words(s))
            .map(|(_, w)| (w.text, ["ns", "nt", "nz"].contains(&w.tag)))
            .chain(names.map(|n| (n, true)));
        for (word, named) in words.filter(|(w, _)| w.chars().count() >= 2) {
            said.add(word, named);
        }
        said
    }

    /// What one Chinese word says, if the lexicon holds it; `named`: the word is a name.
    fn add(&mut self, word: &str, named: bool) {
        let Some(english) = crate::lang::lexicon::english(&crate::lang::script::fold_to_simplified(word).text) else {
            return;
        };
        if let Some(first) = english.split(' ').find(|w| !w.is_empty()) {
            self.first.insert(first.to_string());
        }
        if named {
            self.abbreviations.extend(abbreviations_of(english));
        }
    }
}

/// Whether the Chinese of a unit says an English name left over by a word of its own
/// ([`WordsSaid`]): a word of one part, of six letters or more, that is the first English the
/// lexicon gives a Chinese word (`Christianity` for 基督教, `Hinduism` for 印度教: a religion,
/// not a name the Chinese transliterates; not `Black` or `White`, surnames too, for 黑人 or
/// 白人), not a given name and resolving to no Chinese name elsewhere (`resolves`, asked
/// last); or an abbreviation in capitals of a Chinese name's English (`MIT` for 麻省理工学院,
/// `EU` for 欧盟), not a Roman numeral.
fn said_by_a_word(e: &Fact, resolves: impl FnOnce() -> bool, said: &WordsSaid) -> bool {
    let t = e.text.as_str();
    if !one_plain_word(t) {
        return false;
    }
    if capitals(e) {
        return (2..=6).contains(&t.len()) && !roman_numeral(t) && said.abbreviations.contains(t);
    }
    t.len() >= 6 && !crate::lang::given_names::is_given_name(t) && said.first.contains(&t.to_lowercase()) && !resolves()
}

/// Whether a name is one word of Latin letters alone, which [`said_by_a_word`] may take.
fn one_plain_word(t: &str) -> bool {
    !t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic())
}

/// Whether an English name of one word is a word the lexicon gives for a word of the Chinese
/// (`Western`: 西方 `the West, Western countries`): an adjective translated, not a name.
fn translated_word(name: &str, glossed: &std::collections::HashSet<String>) -> bool {
    !name.contains(' ') && glossed.contains(&crate::lang::lexicon::stem(&name.to_lowercase()))
}

/// Whether an English name holds two words or more and every word of it but the stop words
/// (`of`, `the`, `and`, …: [`crate::lang::lexicon::is_stop`]) is a word the lexicon gives for a
/// word of the Chinese (`glossed`, stems): a name the Chinese translates word by word
/// (`Harvard Stadium` for 哈佛体育馆, `Summer Theatre` for 夏季剧院), which its name reader does
/// not read as a name.
fn translated_word_by_word(name: &str, glossed: &std::collections::HashSet<String>) -> bool {
    if !name.contains(' ') {
        return false;
    }
    let mut words = name
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !crate::lang::lexicon::is_stop(w))
        .peekable();
    words.peek().is_some() && words.all(|w| glossed.contains(&crate::lang::lexicon::stem(&w)))
}

/// Whether `x`, the English name a Chinese name resolves to, and `e`, the English name it
/// stands against, are two names: not one spelt two ways ([`one_spelling`]) or one inside the
/// other. Two names of one kind, `Ottoman Empire` and `The Mongol Empire`, are told apart by
/// the names before the kind word, but only where `e` resolves too (`e_resolves`): one empire
/// may have two names, `Byzantine Empire` and `Eastern Roman Empire`.
pub(super) fn two_english_names(x: &Fact, e: &Fact, e_resolves: bool) -> bool {
    naming_key(x) != naming_key(e)
        && (entity_key(x) != entity_key(e) || e_resolves)
        && !x.text.contains(&e.text)
        && !e.text.contains(&x.text)
        && !one_spelling(&x.text, &e.text)
}

/// Whether two spellings are one name written apart or run together, or one the other's
/// adjective: `Manakin Town` / `Manakintown`, `Aristotle` / `Aristotelian` (the same first
/// six letters).
fn one_spelling(a: &str, b: &str) -> bool {
    let letters = |s: &str| -> Vec<char> {
        s.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (letters(a), letters(b));
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a == b || common >= 6
}

/// Where name `n` stands among `all` (the unit's names of its side, in order), 0..1.
fn place_among(n: usize, all: &[usize]) -> f64 {
    let i = all.iter().position(|&a| a == n).unwrap_or(0);
    (i as f64 + 0.5) / all.len().max(1) as f64
}

/// Of `candidates` (names of the other side, in `theirs`), the one whose place among that
/// side's names is nearest to the place of `name` among `ours`.
pub(super) fn nearest(name: usize, ours: &[usize], candidates: &[usize], theirs: &[usize]) -> usize {
    let here = place_among(name, ours);
    // (each candidate's place read in one pass over `theirs`: a name said thousands of times
    // in one sentence has as many candidates)
    let mut at: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (i, &t) in theirs.iter().enumerate() {
        at.entry(t).or_insert(i);
    }
    let place = |c: usize| (at.get(&c).copied().unwrap_or(0) as f64 + 0.5) / theirs.len().max(1) as f64;
    *candidates
        .iter()
        .min_by(|&&a, &&b| (place(a) - here).abs().total_cmp(&(place(b) - here).abs()))
        .unwrap_or(&candidates[0])
}

/// Of `candidates` (Chinese names of the unit), the one that stands where the English name
/// `e` stands among names that have counterparts: just before the Chinese counterpart of the
/// first English name after `e` that has one (or just after that of the last before it). In a
/// list (巴格达、撒马尔罕 against `Levant, Samarkand`) that is the name `e` took the place of.
fn beside_a_counterpart(
    e: usize,
    names: &UnitNames,
    candidates: &[usize],
    same: impl Fn(usize, usize) -> bool,
) -> Option<usize> {
    let k = names.en.iter().position(|&n| n == e)?;
    let counterpart = |en: usize| names.zh.iter().position(|&z| same(z, en));
    let at = |z: usize| names.zh.iter().position(|&n| n == z);
    if let Some(j) = names.en[k + 1..].iter().find_map(|&n| counterpart(n)) {
        let before = candidates
            .iter()
            .copied()
            .filter(|&z| at(z).is_some_and(|i| i < j))
            .max_by_key(|&z| at(z));
        if before.is_some() {
            return before;
        }
    }
    let j = names.en[..k].iter().rev().find_map(|&n| counterpart(n))?;
    candidates
        .iter()
        .copied()
        .filter(|&z| at(z).is_some_and(|i| i > j))
        .min_by_key(|&z| at(z))
}

/// The one name of `distinct` (this side's names of a unit, `facts` this side's) that this
/// side mentions more often than the other side mentions it (`same`: one of ours against one
/// of theirs), if there is exactly one and the other side mentions it at least once. A mention
/// of theirs that names several of ours counts for the one whose first part renders its first
/// best (`closeness`): `Charles Wesley` for 查尔斯•韦斯利, not for 约翰•卫斯理, who shares the
/// surname; ties count for each (`distinct` holds each name once).
fn repeated(
    distinct: &[usize],
    ours: &[usize],
    facts: &[Fact],
    theirs: &[usize],
    same: impl Fn(usize, usize) -> bool,
    closeness: impl Fn(usize, usize) -> Option<f64>,
) -> Option<usize> {
    let mut found = None;
    // (a name of one part, a surname alone, keeps every mention it names, as before namesakes
    // were told apart, and takes none from another)
    let counts_for = |n: usize, t: usize| {
        same(n, t)
            && closeness(n, t).is_none_or(|here| {
                distinct
                    .iter()
                    .all(|&m| m == n || !same(m, t) || closeness(m, t).is_none_or(|c| c <= here))
            })
    };
    for &n in distinct {
        let here = mentions_counted(n, ours, facts, theirs, &same).len();
        let there = theirs.iter().filter(|&&t| counts_for(n, t)).count();
        if there >= 1 && here > there {
            if found.is_some() {
                return None;
            }
            found = Some(n);
        }
    }
    found
}

/// Whether English name `e` is one word for the people or language of place `z` (`Scottish`
/// for 苏格兰, `Polish` for 波兰).
fn people_of(e: &Fact, z: &Fact) -> bool {
    let lower = e.text.to_lowercase();
    !lower.contains(' ') && names_the_people(&lower, &crate::lang::script::fold_to_simplified(&z.text).text)
}

/// Whether English name `e` mentions place `z` by its people: the people word alone
/// ([`people_of`]), or opening a longer name (`Polish Football Association`, where the Chinese
/// says 波兰国家足球协会 and reads 波兰 from it) of an institution ([`INSTITUTIONS`]).
fn mentions_the_people(e: &Fact, z: &Fact) -> bool {
    people_of(e, z)
        || e.text.split_once(' ').is_some_and(|(first, _)| {
            // (an institution's: `Indian Ocean`, `English Channel` mention no 印度, no 英格兰)
            e.text
                .rsplit_once(' ')
                .is_some_and(|(_, head)| INSTITUTIONS.contains(&head))
                && names_the_people(
                    &first.to_lowercase(),
                    &crate::lang::script::fold_to_simplified(&z.text).text,
                )
        })
}

/// Whether the English word `lower` (in lower case) names the people or language of the place
/// whose Chinese word is `folded` (in Simplified characters).
fn names_the_people(lower: &str, folded: &str) -> bool {
    crate::align::entities::people_place(lower).is_some_and(|(_, places)| places.iter().any(|(p, _)| *p == folded))
}

/// The one name the Chinese of a unit says more often than the English ([`repeated`]; a
/// mention of two namesakes counts for the one whose given name it renders best). The word
/// for a place's people counts as a mention of the place: 苏格兰选民 is `the Scottish
/// electorate`.
fn said_more_in_chinese(names: &UnitNames, zf: &[Fact], ef: &[Fact]) -> Option<usize> {
    repeated(
        &names.zh,
        &names.zh_all,
        zf,
        &names.en_all,
        |z, e| Entities::same(&zf[z], &ef[e]) || mentions_the_people(&ef[e], &zf[z]),
        |z, e| super::cut::given_names_alike(&zf[z].text, &ef[e].text),
    )
}

/// Where the Chinese text of a unit says 他 or 她 (he, she; not 他们, they): not inside one of
/// the common words that hold the character (马耳他, Malta; 其他, other; 吉他, guitar).
fn zh_pronouns(zt: &str) -> impl Iterator<Item = usize> + '_ {
    let inside: Vec<(usize, usize)> = ["其他", "马耳他", "吉他"]
        .iter()
        .flat_map(|w| zt.match_indices(w).map(|(at, m)| (at, at + m.len())))
        .collect();
    zt.match_indices(['他', '她'])
        .filter(|(i, c)| !zt[i + c.len()..].starts_with('们'))
        .map(|(i, _)| i)
        .filter(move |&i| !inside.iter().any(|&(a, b)| a <= i && i < b))
}

/// The one name the English of a unit says more often than the Chinese ([`repeated`], as
/// [`said_more_in_chinese`]).
fn said_more_in_english(names: &UnitNames, zf: &[Fact], ef: &[Fact]) -> Option<usize> {
    repeated(
        &names.en,
        &names.en_all,
        ef,
        &names.zh_all,
        |e, z| Entities::same(&zf[z], &ef[e]),
        |e, z| super::cut::given_names_alike(&zf[z].text, &ef[e].text),
    )
}

/// The mentions of name `n` (same text) among `ours`.
fn mentions_of(n: usize, ours: &[usize], facts: &[Fact]) -> Vec<usize> {
    ours.iter()
        .copied()
        .filter(|&o| facts[o].text == facts[n].text)
        .collect()
}

/// The mentions of name `n` among `ours` for counting how often a side says it: its own text,
/// and a longer English name that opens with it ([`opens_with`]) whose counterparts among
/// `theirs` (`same`: one of ours against one of theirs) are some, and all `n`'s. The Chinese
/// reader reads 特斯拉 out of 特斯拉电力照明公司, the English one reads `Tesla Electric Light`
/// whole, whose one counterpart is 特斯拉; but `Washington Post` is no mention of `Washington`
/// where the Chinese reads 华盛顿邮报 whole, its own counterpart, or not at all.
fn mentions_counted(
    n: usize,
    ours: &[usize],
    facts: &[Fact],
    theirs: &[usize],
    same: &impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    // (a longer name's counterparts weighed once per text, not once per mention: a name said
    // thousands of times would weigh each against every mention of the other side)
    let mut longer: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    ours.iter()
        .copied()
        .filter(|&o| {
            let text = facts[o].text.as_str();
            text == facts[n].text
                || opens_with(text, &facts[n].text)
                    && *longer.entry(text).or_insert_with(|| {
                        let mut counterparts = theirs.iter().filter(|&&t| same(o, t)).peekable();
                        counterparts.peek().is_some() && counterparts.all(|&t| same(n, t))
                    })
        })
        .collect()
}

/// Whether a name is longer than another and opens with it, word for word (`Tesla Electric
/// Light` with `Tesla`; not `Teslas`).
fn opens_with(text: &str, name: &str) -> bool {
    text.len() > name.len() && text.starts_with(name) && text[name.len()..].starts_with(' ')
}

/// One name the Chinese of a unit says more often than the English, and another the English
/// says more often than the Chinese ([`repeated`], each way), of two entities, each resolving
/// to a name of the other article and neither already reported (`found`): the mentions of the
/// two that stand nearest each other's place among the names of their sentences, each with
/// its shortest counterpart in the unit.
fn crossed_repeats<'a>(
    entities: &'a Entities,
    names: &UnitNames,
    zf: &'a [Fact],
    ef: &'a [Fact],
    found: &[Finding],
) -> Option<(usize, &'a Fact, usize, &'a Fact)> {
    let same = |z: usize, e: usize| Entities::same(&zf[z], &ef[e]);
    let z = said_more_in_chinese(names, zf, ef)?;
    let e = said_more_in_english(names, zf, ef)?;
    if same(z, e) {
        return None;
    }
    // (what each is called on the other side: its shortest counterpart in the unit, `Tesla`
    // rather than `Tesla Electric Light`, when the article resolves it at all)
    entities.en_entity(&zf[z])?;
    entities.zh_entity(&ef[e])?;
    let z_in_en = counterparts(&names.en_all, |o| same(z, o));
    let e_in_zh = counterparts(&names.zh_all, |o| same(o, e));
    let x = shortest(&z_in_en, ef)?;
    let y = shortest(&e_in_zh, zf)?;
    let ems = mentions_counted(e, &names.en_all, ef, &names.zh_all, &|o, t| same(t, o));
    let zms = mentions_of(z, &names.zh_all, zf);
    if found.iter().any(|f| zms.contains(&f.zh) || ems.contains(&f.en)) {
        return None;
    }
    let (zm, em) = paired_by_rank((&zms, &z_in_en), (&ems, &e_in_zh), (zf, ef))
        .or_else(|| left_unpaired(names, zf, ef, (&zms, &ems)))
        .or_else(|| nearest_pair(&names.zh_all, &zms, &names.en_all, &ems))?;
    Some((zm, x, em, y))
}

/// The names of `theirs` that are `same` as a name of the other side: its counterparts.
fn counterparts(theirs: &[usize], same: impl Fn(usize) -> bool) -> Vec<usize> {
    theirs.iter().copied().filter(|&o| same(o)).collect()
}

/// The shortest of the names `of` (of `facts`): what a unit calls a thing, `Tesla` rather
/// than `Tesla Electric Light`.
fn shortest<'f>(of: &[usize], facts: &'f [Fact]) -> Option<&'f Fact> {
    of.iter().map(|&o| &facts[o]).min_by_key(|f| f.text.len())
}

/// Of the mentions `zms` of a Chinese name and `ems` of an English name, each side saying its
/// name once more than the other side says it (`z_in_en`, `e_in_zh`: each name's counterparts
/// on the other side), the one pair that stands each where the other stands among its
/// counterpart's mentions ([`mention_by_rank`], read both ways):
/// `…从阿塔斯卡德罗进入弗雷斯诺，然后向北前往阿塔斯卡德罗` against `Yosemite Freeway … into
/// Fresno from Atascadero …, and then heads north to Yosemite`, the second 阿塔斯卡德罗 and
/// the last `Yosemite`, where the two sides order `Fresno` and `Atascadero` otherwise and the
/// longest run of names in order ([`left_unpaired`]) may pair either. `None` where no pair or
/// more than one reads so, or the English says its name too often to weigh each mention.
fn paired_by_rank(
    (zms, z_in_en): (&[usize], &[usize]),
    (ems, e_in_zh): (&[usize], &[usize]),
    (zf, ef): (&[Fact], &[Fact]),
) -> Option<(usize, usize)> {
    if ems.len() > MOST_MENTIONS_IN_PLACE {
        return None;
    }
    let mut pairs = ems.iter().filter_map(|&em| {
        let zm = mention_by_rank(zms, (z_in_en, ef), em)?;
        (mention_by_rank(ems, (e_in_zh, zf), zm)? == em).then_some((zm, em))
    });
    match (pairs.next(), pairs.next()) {
        (Some(pair), None) => Some(pair),
        _ => None,
    }
}

/// The most pairs of names (Chinese × English) of a unit [`left_unpaired`] weighs.
const MOST_NAME_PAIRS: usize = 4096;

/// Of the mentions `zms` and `ems`, the one of each that the longest run of names the two
/// sides give in the same order, each pair one entity ([`Entities::same`]), leaves unpaired,
/// where every such run leaves the same two (tried both ways a tie may go):
/// the two extra mentions where each side gives the other's. `爱迪生, 特斯拉, 罗伯特·莱恩,
/// 本杰明·威尔, 特斯拉, 本杰明·威尔` against `Edison, Tesla, Robert Lane, Benjamin Vail, Tesla,
/// Tesla Electric Light` leaves the second 本杰明·威尔 and `Tesla Electric Light`. `None` where
/// it leaves other than one of each, or the unit names too many (a quadratic table).
fn left_unpaired(
    names: &UnitNames,
    zf: &[Fact],
    ef: &[Fact],
    (zms, ems): (&[usize], &[usize]),
) -> Option<(usize, usize)> {
    let (za, ea) = (&names.zh_all, &names.en_all);
    let (n, m) = (za.len(), ea.len());
    if n.saturating_mul(m) > MOST_NAME_PAIRS {
        return None;
    }
    let same: Vec<bool> = za
        .iter()
        .flat_map(|&z| ea.iter().map(move |&e| Entities::same(&zf[z], &ef[e])))
        .collect();
    // (the longest common run, from the ends: run[i][j] over za[i..] and ea[j..])
    let mut run = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            run[at(i, j)] = if same[i * m + j] {
                run[at(i + 1, j + 1)] + 1
            } else {
                run[at(i + 1, j)].max(run[at(i, j + 1)])
            };
        }
    }
    // (read back twice, a tie going to the Chinese side's next name, then to the English
    // side's: where two longest runs leave different mentions, neither is sure)
    let unpaired = |chinese_first: bool| -> Option<(usize, usize)> {
        let (mut zh_paired, mut en_paired) = (vec![false; n], vec![false; m]);
        let (mut i, mut j) = (0, 0);
        while i < n && j < m {
            if same[i * m + j] {
                zh_paired[i] = true;
                en_paired[j] = true;
                i += 1;
                j += 1;
            } else if run[at(i + 1, j)] > run[at(i, j + 1)] || run[at(i + 1, j)] == run[at(i, j + 1)] && chinese_first {
                i += 1;
            } else {
                j += 1;
            }
        }
        let left = |all: &[usize], paired: &[bool], ms: &[usize]| -> Option<usize> {
            let mut it = (0..all.len()).filter(|&k| !paired[k] && ms.contains(&all[k]));
            match (it.next(), it.next()) {
                (Some(k), None) => Some(all[k]),
                _ => None,
            }
        };
        Some((left(za, &zh_paired, zms)?, left(ea, &en_paired, ems)?))
    };
    let first = unpaired(true)?;
    (unpaired(false)? == first).then_some(first)
}

/// Of the mentions `zms` (among `zh_all`) and `ems` (among `en_all`), each in order, the pair
/// whose places among their side's names are nearest each other; the first such pair in order
/// (by the Chinese mention, then the English). Each Chinese mention looks for its nearest
/// English one by binary search: a name said thousands of times in one sentence would make
/// every pair too many.
fn nearest_pair(zh_all: &[usize], zms: &[usize], en_all: &[usize], ems: &[usize]) -> Option<(usize, usize)> {
    // (the mentions' places, read in one pass: they stand among their side's names in order)
    let places = |all: &[usize], ms: &[usize]| -> Option<Vec<f64>> {
        let n = all.len().max(1) as f64;
        let mut left = ms.iter().peekable();
        let mut out = Vec::with_capacity(ms.len());
        for (i, a) in all.iter().enumerate() {
            if left.next_if_eq(&a).is_some() {
                out.push((i as f64 + 0.5) / n);
            }
        }
        (out.len() == ms.len()).then_some(out)
    };
    let (zp, ep) = (places(zh_all, zms)?, places(en_all, ems)?);
    let mut best: Option<(f64, usize, usize)> = None;
    for (i, &z) in zp.iter().enumerate() {
        let at = ep.partition_point(|&e| e < z);
        for j in [at.checked_sub(1), (at < ep.len()).then_some(at)].into_iter().flatten() {
            let d = (z - ep[j]).abs();
            let better = match best {
                None => true,
                Some((bd, bi, bj)) => d < bd || d == bd && (i, j) < (bi, bj),
            };
            if better {
                best = Some((d, i, j));
            }
        }
    }
    best.map(|(_, i, j)| (zms[i], ems[j]))
}

/// Of the mentions of name `n` (same text) among `ours`, the one whose place among them is
/// nearest to the place of `other` among `theirs`.
pub(super) fn nearest_mention(n: usize, ours: &[usize], facts: &[Fact], other: usize, theirs: &[usize]) -> usize {
    nearest(other, theirs, &mentions_of(n, ours, facts), ours)
}

/// Of the mentions of name `n` (on the Chinese side when `zh`), which one side says once or
/// more beyond the other side's mentions of it, the one that stands for the other side's name
/// left over (`other`): the one whose words around it translate those around `other`
/// ([`mention_in_place`]), else the one standing where `other` stands among the counterpart's
/// mentions ([`mention_by_rank`]), else the one nearest its place among all the names
/// ([`nearest_mention`]).
fn extra_mention(cx: &PairContext, names: &UnitNames, zh: bool, n: usize, other: usize) -> usize {
    let (zf, ef) = (cx.zh.facts, cx.en.facts);
    let (ours, theirs, facts, their_facts) = if zh {
        (&names.zh_all, &names.en_all, zf, ef)
    } else {
        (&names.en_all, &names.zh_all, ef, zf)
    };
    mention_in_place(cx, zh, n, ours, other)
        .or_else(|| {
            let same = |t: usize| {
                if zh {
                    Entities::same(&zf[n], &ef[t])
                } else {
                    Entities::same(&zf[t], &ef[n])
                }
            };
            mention_by_rank(
                &mentions_of(n, ours, facts),
                (&counterparts(theirs, same), their_facts),
                other,
            )
        })
        .unwrap_or_else(|| nearest_mention(n, ours, facts, other, theirs))
}

/// Of the mentions `mine` of a name one side says once more than the other side says its
/// counterpart (`theirs`, with their side's facts), the one that stands, among them, where the
/// other side's name left over (`other`) stands among the counterpart's mentions: the first,
/// when `other` comes before every mention of the counterpart. `艾米·邦德（凯伦·吉兰饰）`, changed
/// to 凯伦·吉兰（凯伦·吉兰饰）, against `Amy Pond (Karen Gillan)`: the first 凯伦·吉兰, where
/// the place among all the names would take the second, since the English reads one name more
/// before them (`Eleventh Doctor`).
pub(super) fn mention_by_rank(mine: &[usize], (theirs, facts): (&[usize], &[Fact]), other: usize) -> Option<usize> {
    if mine.len() != theirs.len() + 1 {
        return None;
    }
    let at = facts[other].span.start;
    mine.get(theirs.iter().filter(|&&t| facts[t].span.start < at).count())
        .copied()
}

/// How many words on each side of a name make its context ([`mention_in_place`]: English
/// content words, Chinese words of two characters or more): the words next to it (at three,
/// and a margin of one, 正好 `happen to` three words before the wrong mention of 斯坦福
/// matched `happened` after `Guy Steele`, wikipairs TeX).
const CONTEXT_WORDS: usize = 2;

/// By how many words the mention taken must do better than every other ([`mention_in_place`]):
/// a list the two languages order otherwise gives a wrong mention one word more (弗里德里希•拉采尔
/// changed to 哈尔福德•麦金德, xquad Imperialism: `political geographers such as Friedrich
/// Ratzel` matches 政治地理学家 after the second mention, once, and `Germany` 德国 before the
/// first, once).
const CONTEXT_MARGIN: usize = 2;

/// The stems of the English content words around an English name in its sentence (up to
/// [`CONTEXT_WORDS`] before and after).
pub(super) fn en_context(cx: &PairContext, f: &Fact) -> std::collections::HashSet<String> {
    let Some((before, after)) = cx.en.around(f) else {
        return Default::default();
    };
    let (before, after) = (
        crate::lang::lexicon::en_stems(before),
        crate::lang::lexicon::en_stems(after),
    );
    let skip = before.len().saturating_sub(CONTEXT_WORDS);
    before
        .into_iter()
        .skip(skip)
        .chain(after.into_iter().take(CONTEXT_WORDS))
        .collect()
}

/// The stems of the English words the lexicon gives for the Chinese words around a Chinese
/// name in its sentence (up to [`CONTEXT_WORDS`] words of two characters or more before and
/// after).
pub(super) fn zh_context(cx: &PairContext, f: &Fact) -> std::collections::HashSet<String> {
    let side = cx.zh;
    if f.sentence >= side.doc.sentences.len() {
        return Default::default();
    }
    let words: Vec<(std::ops::Range<usize>, String)> = side
        .doc
        .sentence_words(f.sentence)
        .into_iter()
        .filter(|(_, w)| w.text.chars().count() >= 2)
        .map(|(span, w)| (side.doc.prose.to_source_span(span), w.text.to_string()))
        .collect();
    let before: Vec<&String> = words
        .iter()
        .filter(|(s, _)| s.end <= f.span.start)
        .map(|(_, w)| w)
        .collect();
    let after = words.iter().filter(|(s, _)| s.start >= f.span.end).map(|(_, w)| w);
    let skip = before.len().saturating_sub(CONTEXT_WORDS);
    before
        .into_iter()
        .skip(skip)
        .chain(after.take(CONTEXT_WORDS))
        .flat_map(|w| crate::lang::lexicon::zh_stems(&crate::lang::script::fold_to_simplified(w).text))
        .collect()
}

/// Of the mentions of a name one side states twice or more (`n`, on the Chinese side when
/// `zh`), the one that stands where the other side's name left over (`other`) stands: the one
/// mention whose words around it translate the most of the words around `other`, when one
/// does better than every other by two words ([`CONTEXT_MARGIN`]): `… inventor and
/// manufacturer Charles Richard by Charles Richard`, changed from `Charles Porter`, against
/// 由查尔斯·理查德为…发明者和制造商查尔斯·波特开发: the first mention, where `inventor and
/// manufacturer` stand, not the second, which the place among the names would take, as
/// Chinese orders them otherwise.
fn mention_in_place(cx: &PairContext, zh: bool, n: usize, ours: &[usize], other: usize) -> Option<usize> {
    let facts = if zh { cx.zh.facts } else { cx.en.facts };
    let theirs = if zh {
        en_context(cx, &cx.en.facts[other])
    } else {
        zh_context(cx, &cx.zh.facts[other])
    };
    if theirs.is_empty() {
        return None;
    }
    let mentions = mentions_of(n, ours, facts);
    // (a name said this often in one unit is a list's, whose words around it say nothing;
    // and reading each mention's words costs the whole sentence's)
    if mentions.len() > MOST_MENTIONS_IN_PLACE {
        return None;
    }
    best_by_words(cx, zh, &mentions, &theirs, (CONTEXT_MARGIN, CONTEXT_MARGIN))
}

/// Of `candidates` (names of one side, the Chinese when `zh`), the one whose words around it
/// translate the most of `theirs` (the words around a name of the other side), when there are
/// two or more and it translates `least` words or more and `margin` more than every other.
fn best_by_words(
    cx: &PairContext,
    zh: bool,
    candidates: &[usize],
    theirs: &std::collections::HashSet<String>,
    (least, margin): (usize, usize),
) -> Option<usize> {
    let facts = if zh { cx.zh.facts } else { cx.en.facts };
    let mut scored: Vec<(usize, usize)> = candidates
        .iter()
        .map(|&o| {
            let around = if zh {
                zh_context(cx, &facts[o])
            } else {
                en_context(cx, &facts[o])
            };
            (around.intersection(theirs).count(), o)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match scored[..] {
        [(best, o), (second, _), ..] if best >= least && best >= second + margin => Some(o),
        _ => None,
    }
}

/// How many of the Chinese name's words around it an English name left over must translate
/// (`least`), and by how many more than any other's (`margin`), to be taken among several for a
/// slot before the nearest ([`best_by_words`] in [`Slots::pick`]). Names are told apart by
/// their words less easily than mentions of one name: `command` and `captain` around `Captain
/// Daniel Woodriff` against 维多利亚船长的指挥, `command` alone before `HMS Calcutta`. Measured with
/// the mutation benchmark: xquad name 455 → 457 of 543 (`-- 20`); the clean output of every
/// corpus unchanged.
const WORDS_TO_CHOOSE_A_NAME: (usize, usize) = (2, 1);

/// The most mentions of one name weighed one by one: whose words around them
/// [`mention_in_place`] compares, whose places by rank [`paired_by_rank`] reads, and in a list
/// ([`super::listed`]).
pub(super) const MOST_MENTIONS_IN_PLACE: usize = 16;

/// The English personal pronouns that may stand for a person the Chinese names.
const PRONOUNS: &[&str] = &["he", "she", "him", "his", "her"];

/// The share of words two sentences written independently must translate for a name left
/// over on each side to be taken for one slot (but see [`WORDS_FOR_A_WHOLE_NAME_SWAP`]).
const WORDS_FOR_SWAPS: f64 = 0.4;

/// Under [`WORDS_FOR_SWAPS`], down to this share, the one slot of sentences written
/// independently where one side's name is a person's whole name the other article never
/// names (`lone_zh_whole_name`, `lone_en_whole_name` in [`find`]): such a name has no
/// counterpart anywhere in the other article, and the name in its place resolves to another
/// entity of it. 卡尔·马克思 where the Chinese, changed, puts Marx for 让-巴蒂斯特·赛伊, whom the
/// Chinese article names nowhere else, in sentences of which 29 % of the words translate
/// (`在1803年将经济学从公共政策里独立出来` against `Jean-Baptiste Say (1803), distinguishing the
/// subject from its public-policy uses`, paired by the year).
const WORDS_FOR_A_WHOLE_NAME_SWAP: f64 = 0.2;

/// In texts written independently, the share of words two sentences must translate for their
/// names to be taken as a translation's: one name resolving is enough, other leftovers may
/// stand beside it. Measured on the wikipairs (2 changes per kind): at 0.7 (as for the one fact
/// of sentences, `Unit::translated`), 5 of 47 swaps and cuts caught; at 0.6, 9, with no false
/// finding on the clean pairs once a name read from a longer one was no slot.
pub(super) const WORDS_AS_IN_A_TRANSLATION: f64 = 0.6;

/// The swap in `unit`, if there is one: the one name on each side that has no counterpart in
/// the unit and resolves elsewhere in the article to another entity. Names already reported
/// (`found`) are left out.
pub(super) fn find(
    cx: &PairContext,
    entities: &Entities,
    unit: &Unit,
    names: &UnitNames,
    found: &[Finding],
) -> Option<Finding> {
    let mut slots = Slots::leftovers(cx, entities, unit, names, found)?;
    slots.repeats(found);
    let by_list = slots.list(found);
    let Some((zi, ei, x, y)) = slots.pick(by_list) else {
        // (no slot: a person or place one side alone names, where the other names another)
        if !unit.parallel {
            return None;
        }
        return super::one_sided::find(cx, names, (&slots.zl, &slots.zs), (&slots.el, &slots.es), found);
    };
    slots.finding(zi, ei, x, y, by_list.is_some())
}

/// A slot: the Chinese and English names that stand for each other (fact indices), and the
/// names each resolves to elsewhere in the other article, if any.
type Slot<'c> = (usize, usize, Option<&'c Fact>, Option<&'c Fact>);

/// Whether an English name has no letter in lower case (`US`, `PSUV`).
fn capitals(f: &Fact) -> bool {
    !f.text.chars().any(char::is_lowercase)
}

/// Kind words that end Chinese names of places and organisations, each with the English words
/// that render it ([`named_as_one_kind`]); not those a name's kind more often is as a word of
/// its own (`Union` of `Soviet Union`, `Channel` of a broadcaster). The structures are in
/// [`STRUCTURES`], the kinds of institutions and works in [`super::kind_dropped`].
const NAME_KINDS: &[(&str, &[&str])] = &[
    ("州", &["state"]),
    ("省", &["province"]),
    ("县", &["county"]),
    ("市", &["city"]),
    ("河", &["river"]),
    ("湖", &["lake"]),
    ("岛", &["island"]),
    ("联盟", &["league", "alliance"]),
    ("帝国", &["empire"]),
    ("王朝", &["dynasty"]),
    ("海峡", &["strait"]),
];

/// Whether Chinese name fact `z` (in `zt`) and English name fact `e` (in `et`) are named as one
/// kind of thing: `z` ends with, or stands right before, a kind word ([`NAME_KINDS`]; a
/// character of one that opens a longer word is none, 市场 `market`) whose English rendering
/// is the last word of `e`, a name of two words or more, or the word right after it.
/// 佛洛伊德州线 against `Georgia state line`; 全印度利比亚联盟 against `All India Muslim League`.
fn named_as_one_kind(zt: &str, z: &Fact, et: &str, e: &Fact) -> bool {
    let after_zh = zt.get(z.span.end..).unwrap_or_default();
    let before = |kind: &str| {
        (after_zh.strip_prefix(kind)).is_some_and(|rest| kind.chars().count() > 1 || !opens_a_word(kind, rest))
    };
    let ends_with = |kind: &str| {
        z.text
            .strip_suffix(kind)
            .is_some_and(|named| named.chars().count() >= 2)
    };
    let last = (e.text.rsplit_once(' ')).map(|(_, last)| last.to_lowercase());
    let next = word_after(et, e).map(str::to_lowercase);
    NAME_KINDS
        .iter()
        .filter(|(kind, _)| before(kind) || ends_with(kind))
        .any(|(_, english)| {
            english
                .iter()
                .any(|w| last.as_deref() == Some(*w) || next.as_deref() == Some(*w))
        })
}

/// What a unit leaves over for a swap ([`find`]), read in turn: the names left over on each
/// side and what they resolve to elsewhere ([`Slots::leftovers`]), the extra mention of a name
/// one side says more often ([`Slots::repeats`]), a list's place ([`Slots::list`]), the slot
/// taken ([`Slots::pick`]) and the checks on its two names ([`Slots::finding`]).
struct Slots<'c, 'a> {
    cx: &'c PairContext<'a>,
    entities: &'c Entities<'a>,
    unit: &'c Unit,
    names: &'c UnitNames,
    zf: &'a [Fact],
    ef: &'a [Fact],
    /// Few words translate (in texts written independently): only a person's whole name left
    /// alone is a slot.
    few_words: bool,
    /// The sentences translate each other: in parallel, or for most of their words
    /// ([`WORDS_AS_IN_A_TRANSLATION`]).
    translated: bool,
    /// The unit's text on each side.
    zt: String,
    et: String,
    /// The names left over on each side (fact indices, each text once).
    zl: Vec<usize>,
    el: Vec<usize>,
    /// Of those, the ones that may be a slot ([`names_a_structure`], [`Slots::en_slot`]).
    zl_slots: Vec<usize>,
    en_slots: Vec<usize>,
    /// The leftovers that resolve elsewhere in the article to an entity of the other side that
    /// this unit does not name, with that entity's name; and the extra mentions of names said
    /// more often ([`Slots::repeats`]).
    zs: Vec<(usize, &'c Fact)>,
    es: Vec<(usize, &'c Fact)>,
    /// In texts written independently, the one name left on each side, a person's whole name
    /// that resolves to nothing.
    lone_zh_whole_name: bool,
    lone_en_whole_name: bool,
    /// The English words the Chinese of the unit glosses, and those of its names left over
    /// ([`Slots::no_slot`]).
    glossed: std::collections::HashSet<String>,
    names_glossed: std::collections::HashSet<String>,
    /// A slot was found by a person's repeated mention.
    by_repeat: bool,
    /// And that repeat may be of either sort: then the sorts of the slot are not compared; that
    /// matters only where the other side's name resolves nowhere, as elsewhere both sides'
    /// names resolve and the sorts are not compared anyway.
    repeat_of_either_sort: bool,
    /// The slot's English name was taken for the words around it, which translate the Chinese
    /// name's ([`best_by_words`]), rather than the nearest: then the sorts of the slot are not
    /// compared where the English is a person's whole name (not `East` against 欧洲, by 定义
    /// `define` before both).
    by_words: bool,
}

impl<'c, 'a> Slots<'c, 'a> {
    /// An abbreviation (`BC`, `US`, `PSUV`) is no name to resolve.
    fn abbreviation(&self, e: usize) -> bool {
        let t = &self.ef[e].text;
        t.chars().filter(|c| c.is_alphabetic()).count() <= 3 || !t.contains(' ') && capitals(&self.ef[e])
    }

    /// In texts written independently, a word the Chinese translates, `Western` for
    /// 西方世界的威胁, names no slot, though it is left over; unless it translates a Chinese
    /// name left over, `China` for 中国. In a translation the word may be the slot: `Downtown`
    /// changed from `Downtown Fresno`, where the Chinese says 弗雷斯诺市中心.
    fn no_slot(&self, e: usize) -> bool {
        translated_word(&self.ef[e].text, &self.glossed) && !translated_word(&self.ef[e].text, &self.names_glossed)
    }

    /// In sentences of texts written independently, a link must hold both ways and by the
    /// surname: the name a leftover resolves to resolves back to it, and their surnames render
    /// each other (伊斯兰 → `Matua Island` does not, nor 贾内尔 → `Jane Goodall`, a given name).
    /// (the forward link is the leftover's own resolving: only the way back is checked)
    fn back_to_zh(&self, z: &Fact, x: &Fact) -> bool {
        self.unit.parallel
            || same_surname(z, x)
                && self
                    .entities
                    .zh_entity(x)
                    .is_some_and(|b| b.text == z.text || same_surname(b, x))
    }

    /// [`Slots::back_to_zh`], the English name `e` resolving to the Chinese `y`.
    fn back_to_en(&self, e: &Fact, y: &Fact) -> bool {
        self.unit.parallel
            || same_surname(y, e)
                && self
                    .entities
                    .en_entity(y)
                    .is_some_and(|b| b.text == e.text || same_surname(y, b))
    }

    /// An English leftover that could be the name of a slot: not an abbreviation, not a people,
    /// not a word the Chinese translates ([`Slots::no_slot`]), not a name read short.
    fn en_slot(&self, e: usize) -> bool {
        !self.abbreviation(e)
            && !self.no_slot(e)
            && !people_word(&self.ef[e].text)
            && !super::cut::read_short(self.cx, &self.ef[e])
    }

    /// Of the slot's English name `ei`, a surname said alone (no place), and the unit's
    /// mentions of a person's whole name that ends in it (resolving to a Chinese name of the
    /// surname's own, where the surname resolves), the one standing nearest the Chinese name
    /// `zi`'s place:
    /// against 戴维斯 … 坎克利, the first of `Luke Kuechly … Kuechly`, where the English, changed,
    /// names Kuechly for Davis. Not `New York` for `York`, a place.
    fn en_mention_in_place(&self, zi: usize, ei: usize) -> usize {
        let (names, ef) = (self.names, self.ef);
        let surname = ef[ei].text.as_str();
        if surname.contains(' ') || en_place(surname) {
            return ei;
        }
        // (one person: where the surname resolves, the whole name resolves to a Chinese name of
        // that surname too)
        let resolves = |o: usize| self.entities.zh_entity(&ef[o]).map(entity_key);
        let key = resolves(ei);
        let whole = |o: usize| {
            en_whole_person(&ef[o])
                && crate::facts::name_match::en_tokens(&ef[o].text).last() == Some(&surname)
                && (key.is_none() || resolves(o) == key)
        };
        let mentions: Vec<usize> = names.en_all.iter().copied().filter(|&o| o == ei || whole(o)).collect();
        if mentions.len() < 2 {
            return ei;
        }
        nearest(zi, &names.zh_all, &mentions, &names.en_all)
    }

    /// The names left over on each side of `unit` and what they resolve to; `None` where the
    /// unit can hold no swap.
    fn leftovers(
        cx: &'c PairContext<'a>,
        entities: &'c Entities<'a>,
        unit: &'c Unit,
        names: &'c UnitNames,
        found: &[Finding],
    ) -> Option<Self> {
        // (few words translating: only a person's whole name left alone, below)
        let few_words = !unit.parallel && unit.lexical < WORDS_FOR_SWAPS;
        if few_words && unit.lexical < WORDS_FOR_A_WHOLE_NAME_SWAP {
            return None;
        }
        let translated = unit.parallel || unit.lexical >= WORDS_AS_IN_A_TRANSLATION;
        let (zf, ef) = (cx.zh.facts, cx.en.facts);
        let (zt, et) = (unit_text(cx.zh, &unit.zh), unit_text(cx.en, &unit.en));
        // each English name of the unit: whether it has Chinese counterparts in the unit, all
        // people's whole names (for `others` below), or none; and, of those with none, the
        // Chinese name each resolves to elsewhere (each read once, when a Chinese name left
        // over asks)
        // (which Chinese name of the unit pairs with which English one, each pair weighed once)
        let pairs: Vec<(usize, usize)> = names
            .zh
            .iter()
            .flat_map(|&z| names.en.iter().map(move |&e| (z, e)))
            .filter(|&(z, e)| Entities::same(&zf[z], &ef[e]))
            .collect();
        let en_counterparts = std::cell::OnceCell::new();
        let en_counterparts = || -> &Vec<(usize, bool, bool)> {
            en_counterparts.get_or_init(|| {
                names
                    .en
                    .iter()
                    .map(|&e| {
                        let mut counterparts = pairs.iter().filter(|p| p.1 == e).peekable();
                        let none = counterparts.peek().is_none();
                        (e, !none && counterparts.all(|&(o, _)| full_name(&zf[o])), none)
                    })
                    .collect()
            })
        };
        let resolved_elsewhere = std::cell::OnceCell::new();
        let resolved_elsewhere = || {
            resolved_elsewhere.get_or_init(|| {
                en_counterparts()
                    .iter()
                    .filter(|&&(_, _, none)| none)
                    .filter_map(|&(e, _, _)| Some((e, entities.zh_entity(&ef[e])?)))
                    .collect::<std::collections::HashMap<usize, &Fact>>()
            })
        };
        // the Chinese names that pair with an English name of the unit
        let paired: Vec<usize> = names
            .zh
            .iter()
            .copied()
            .filter(|&z| pairs.iter().any(|p| p.0 == z))
            .collect();
        let zl: Vec<usize> = names
            .zh
            .iter()
            .copied()
            .filter(|&z| !found.iter().any(|f| f.zh == z))
            // (a Chinese name pairs with an English name of the unit, unless, in sentences that
            // run in parallel, another Chinese name of the unit claims its one partner and it
            // renders better another English name of the article: [`rendered_elsewhere`])
            .filter(|&z| {
                !paired.contains(&z) || unit.parallel && rendered_elsewhere::left_over(entities, names, zf, ef, z)
            })
            .filter(|&z| {
                // the unit's English names of other people: the counterparts of a person's whole
                // name the Chinese of the unit gives (not of a place or a group: `South Asia` is
                // 亚洲's too, by its last word, and `French Huguenot` 胡格诺's and 法国's)
                // (`z` is none of them: `e` is no counterpart of `z`)
                // (nor, for a person's whole name, an English name with no counterpart in the
                // unit that resolves elsewhere to another entity: `Muslim`, 穆斯林 in the Chinese
                // article, where the Chinese, changed, says 詹姆斯·赫顿, whose 詹姆斯 spells `Musl`
                // loosely)
                let whole_person = zh_whole_person(&zf[z]);
                let others: Vec<&str> = en_counterparts()
                    .iter()
                    .filter(|&&(e, people, none)| {
                        (people
                            || none
                                && whole_person
                                && resolved_elsewhere()
                                    .get(&e)
                                    .is_some_and(|y| entity_key(y) != entity_key(&zf[z])))
                            && !pairs.contains(&(z, e))
                    })
                    .map(|&(e, _, _)| ef[e].text.as_str())
                    .collect();
                // the parts of the unit's other Chinese names (of two characters or more)
                let rivals: Vec<&str> = names
                    .zh
                    .iter()
                    .filter(|&&o| zf[o].text != zf[z].text)
                    .flat_map(|&o| crate::facts::name_match::zh_parts(&zf[o].text))
                    .filter(|p| p.chars().count() >= 2)
                    .collect();
                !named_in_english(&zf[z], entities.en_entity(&zf[z]), &et, &others, &rivals)
            })
            .collect();
        let surnames = std::cell::OnceCell::new();
        // (the Chinese names that pair with English names of the unit: a word inside one of them
        // names no other, 圭亚那 of 法属圭亚那, `French Guiana`'s, no `Guyana`)
        let taken: Vec<&str> = paired.iter().map(|&z| zf[z].text.as_str()).collect();
        let numbered = std::cell::OnceCell::new();
        let el: Vec<usize> = names
            .en
            .iter()
            .copied()
            .filter(|&e| !found.iter().any(|f| f.en == e) && !pairs.iter().any(|p| p.1 == e))
            .filter(|&e| !named_in_chinese(&ef[e], entities.zh_entity(&ef[e]), &zt, &taken))
            // (nor one of a numbered series the Chinese names by the number, `State Route 41`
            // for 州41号公路: [`numbered_in_chinese`])
            .filter(|&e| {
                number_after(&cx.en.source.text, &ef[e]).is_none_or(|n| {
                    !numbered
                        .get_or_init(|| {
                            let zh_names = names.zh_all.iter().map(|&z| zf[z].text.as_str()).collect();
                            numbered_in_chinese(&zt, &zh_names)
                        })
                        .contains(n)
                })
            })
            // (a surname alone that the unit also gives with the whole name, which has its
            // counterpart: `Priestley` after `Joseph Priestley`, where the Chinese says 后者,
            // the latter; a mention the Chinese leaves to a pronoun, no slot)
            .filter(|&e| {
                ef[e].text.contains(' ')
                    || surnames
                        .get_or_init(|| paired_surnames(names, zf, ef))
                        .get(ef[e].text.as_str())
                        .is_none_or(|&w| w > e)
            })
            .filter(|&e| !ordinal_and_plural(&ef[e].text))
            .filter(|&e| !modifier_of_origin(&cx.en.source.text, &ef[e]))
            .filter(|&e| !tail_of_a_possessive(&cx.en.source.text, &ef[e], &names.en_all, ef))
            .collect();
        // (a name the Chinese translates word by word, `Harvard Stadium` for 哈佛体育馆, `Black
        // Death` for 黑死病, is none left over: the Chinese words' glosses are read only then)
        let unit_glosses = el
            .iter()
            .any(|&e| ef[e].text.contains(' '))
            .then(|| glossed_words(cx.zh, &unit.zh));
        let el: Vec<usize> = match &unit_glosses {
            Some(glosses) => el
                .into_iter()
                .filter(|&e| !translated_word_by_word(&ef[e].text, glosses))
                .collect(),
            None => el,
        };
        // (nor a word the Chinese says by a word of its own, `Christianity` for 基督教, which
        // it does not read as a name, or an abbreviation of a Chinese name's English, `MIT` for
        // 麻省理工学院: [`said_by_a_word`]; the lexicon read only then)
        let el: Vec<usize> = if el.iter().any(|&e| one_plain_word(&ef[e].text)) {
            let said = WordsSaid::of(cx.zh, &unit.zh, names.zh_all.iter().map(|&z| zf[z].text.as_str()));
            el.into_iter()
                .filter(|&e| !said_by_a_word(&ef[e], || entities.zh_entity(&ef[e]).is_some(), &said))
                .collect()
        } else {
            el
        };
        // the one name left on each side of sentences written independently, where one is a
        // person's whole name that resolves to nothing (below); in sentences few of whose words
        // translate, the only slot there may be, and only that name (checked after the match)
        let lone = !translated && zl.len() == 1 && el.len() == 1;
        let lone_zh_whole_name = lone && zh_whole_person(&zf[zl[0]]) && entities.en_entity(&zf[zl[0]]).is_none();
        let lone_en_whole_name = lone && en_whole_person(&ef[el[0]]) && entities.zh_entity(&ef[el[0]]).is_none();
        if few_words && !(lone_zh_whole_name || lone_en_whole_name) {
            return None;
        }
        // (the English words the Chinese translates, for [`Slots::no_slot`])
        let glossed = if el.is_empty() || unit.parallel {
            Default::default()
        } else {
            unit_glosses.unwrap_or_else(|| glossed_words(cx.zh, &unit.zh))
        };
        let names_glossed: std::collections::HashSet<String> = if glossed.is_empty() {
            Default::default()
        } else {
            zl.iter()
                .flat_map(|&z| {
                    crate::lang::lexicon::zh_stems(&crate::lang::script::fold_to_simplified(&zf[z].text).text)
                })
                .collect()
        };
        let mut slots = Slots {
            cx,
            entities,
            unit,
            names,
            zf,
            ef,
            few_words,
            translated,
            zt,
            et,
            zl,
            el,
            zl_slots: Vec::new(),
            en_slots: Vec::new(),
            zs: Vec::new(),
            es: Vec::new(),
            lone_zh_whole_name,
            lone_en_whole_name,
            glossed,
            names_glossed,
            by_repeat: false,
            repeat_of_either_sort: false,
            by_words: false,
        };
        let s = &slots;
        let (zl, el) = (&s.zl, &s.el);
        // the leftovers that resolve elsewhere in the article to an entity of the other side
        // that this unit does not name
        // the Chinese leftovers that may be a slot: not the first part of a structure's name
        // (unless an English leftover names a structure of its kind too: the two are then the
        // one name of one thing)
        let zl_slots: Vec<usize> = zl
            .iter()
            .copied()
            .filter(|&z| match structure_after(cx, &zf[z]) {
                None => true,
                Some(kind) => el
                    .iter()
                    .any(|&e| names_such_a_structure(&cx.en.source.text, &ef[e], &kind)),
            })
            .collect();
        let mut zs: Vec<(usize, &Fact)> = zl_slots
            .iter()
            .filter_map(|&z| Some((z, entities.en_entity(&zf[z])?)))
            .filter(|(z, x)| s.back_to_zh(&zf[*z], x))
            .filter(|(_, x)| !names.en.iter().any(|&e| ef[e].text == x.text))
            .collect();
        let mut es: Vec<(usize, &Fact)> = el
            .iter()
            .filter(|&&e| !s.abbreviation(e) && !s.no_slot(e))
            .filter_map(|&e| Some((e, entities.zh_entity(&ef[e])?)))
            .filter(|(e, y)| s.back_to_en(&ef[*e], y))
            .filter(|(_, y)| !names.zh.iter().any(|&z| zf[z].text == y.text))
            .collect();
        // two mentions of one entity (`Martin Luther`, `Luther`) are one name left over
        let mut seen = std::collections::HashSet::new();
        zs.retain(|(_, x)| seen.insert(x.text.as_str()));
        let mut seen = std::collections::HashSet::new();
        es.retain(|(_, y)| seen.insert(y.text.as_str()));
        // the English leftovers that could be names of a slot ([`Slots::en_slot`])
        let en_slots: Vec<usize> = el.iter().copied().filter(|&e| s.en_slot(e)).collect();
        slots.zl_slots = zl_slots;
        slots.zs = zs;
        slots.es = es;
        slots.en_slots = en_slots;
        Some(slots)
    }

    /// The extra mention of a name one side says more often than the other, taken for a name
    /// left over ([`said_more_in_chinese`], [`said_more_in_english`], [`crossed_repeats`]).
    fn repeats(&mut self, found: &[Finding]) {
        let (cx, entities, unit, names, zf, ef) = (self.cx, self.entities, self.unit, self.names, self.zf, self.ef);
        let translated = self.translated;
        let Slots {
            zl,
            el,
            zt,
            et,
            zs,
            es,
            by_repeat,
            repeat_of_either_sort,
            ..
        } = self;
        // A name one side states more often than the other states it, where the other side has
        // one name left over that resolves and this side none: the extra mention is the name left
        // over (希尔伯特计划…希尔伯特不完备定理 against `Hilbert's program … Gödel's incompleteness
        // theorem`).
        // (or, in sentences that translate each other, where the one name left on the other side
        // is a person's whole name its article never names again, so that it resolves nowhere:
        // `Erik Erikson, Melanie Klein, D.W. Winnicott` changed to `Melanie Klein, Melanie Klein`,
        // where the Chinese says 爱利克·埃里克森、梅兰妮·克莱因 and the English article names
        // Erikson nowhere else)
        let none_resolves = translated && zs.is_empty() && es.is_empty();
        // whether the English of the unit holds a pronoun, which may stand for a name the Chinese
        // repeats (below)
        let en_pronoun = || {
            et.split(|c: char| !c.is_alphabetic())
                .any(|w| PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)))
        };
        // (the same, but only a pronoun no person the English names before it, with a
        // counterpart in the Chinese, may stand for)
        let en_pronoun_of_nobody = || {
            let paired_people: Vec<&str> = names
                .en
                .iter()
                .filter(|&&e| !en_place(&ef[e].text) && !people_word(&ef[e].text) && !capitals(&ef[e]))
                .filter(|&&e| names.zh.iter().any(|&z| Entities::same(&zf[z], &ef[e])))
                .map(|&e| ef[e].text.as_str())
                .collect();
            let first_end = first_end(et, &paired_people);
            et.split(|c: char| !c.is_alphabetic()).any(|w| {
                let at = w.as_ptr() as usize - et.as_ptr() as usize;
                at < first_end && PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p))
            })
        };
        // (a Chinese pronoun, 他 or 她 but not 他们, that no person the Chinese names before it
        // with a counterpart in the English may stand for)
        let zh_pronoun_of_nobody = || {
            let paired_people: Vec<&str> = names
                .zh
                .iter()
                .filter(|&&z| !place(&zf[z]))
                .filter(|&&z| names.en.iter().any(|&e| Entities::same(&zf[z], &ef[e])))
                .map(|&z| zf[z].text.as_str())
                .collect();
            let first_end = first_end(zt, &paired_people);
            zh_pronouns(zt).any(|i| i < first_end)
        };
        let lone_en_person = none_resolves && zl.is_empty() && el.len() == 1 && en_whole_person(&ef[el[0]]);
        let lone_zh_person = none_resolves && el.is_empty() && zl.len() == 1 && zh_whole_person(&zf[zl[0]]);
        // (and a place the lexicon knows, left alone in the English and named nowhere in the
        // Chinese: `Uppsala` where the Chinese, changed, says 卡尔·威尔海姆·舍勒 twice; but not
        // where the Chinese may have said the person again for a pronoun, as below)
        let lone_en_place = none_resolves && zl.is_empty() && el.len() == 1 && en_place(&ef[el[0]].text);
        if zs.is_empty() && (es.len() == 1 || lone_en_person || lone_en_place) && zl.is_empty() {
            if let Some(z) = said_more_in_chinese(names, zf, ef) {
                // (of one sort with the other side's name: a place's second mention is no slot
                // for a person, `South Ossetia … South Ossetia` against 列昂尼德·季比洛夫, unless the
                // sentences run in parallel and the other side's name resolves (below); and linked
                // by the surname, unless the texts run in parallel, where the sentence itself links
                // a name rendered loosely: 卢克·坎克利, `Luke Kuechly`)
                let (other, other_place) = match es.first() {
                    Some(&(e, y)) => (e, place(y)),
                    None => (el[0], false),
                };
                // (of either sort in sentences that run in parallel, where the other side's name
                // resolves to a name of the article that this sentence does not give: 威廉•特伦特
                // said twice where the Chinese, changed, says it for 华盛顿, against `Washington`
                // and `William Trent`. Measured with the mutation benchmark:
                // xquad name 149 → 151 of 226 (`-- 6`), 241 → 246 of 396 (`-- 12`); the clean
                // output of every corpus unchanged)
                // (and where the English name left alone is a person or a place named nowhere in
                // the Chinese and the Chinese has no pronoun that may stand for the person it says
                // again: 萨克森 said twice where the Chinese, changed, says it for 里昂·席勒, against
                // `Leon Schiller`; 卡尔·威尔海姆·舍勒 twice, against `Uppsala`)
                let either_sort =
                    unit.parallel && (!es.is_empty() || (lone_en_place || lone_en_person) && !zh_pronoun_of_nobody());
                let x = entities.en_entity(&zf[z]).filter(|x| {
                    (same_surname(&zf[z], x) || unit.parallel) && (either_sort || place(&zf[z]) == other_place)
                });
                if let Some(x) = x {
                    let at = extra_mention(cx, names, true, z, other);
                    zs.push((at, x));
                    *by_repeat = !place(&zf[z]);
                    *repeat_of_either_sort = either_sort;
                }
            }
        }
        // (an abbreviation in capitals left over, `US`, is no name that could be the slot
        // instead: 特斯拉 changed to 本杰明·威尔, whom the English calls `Benjamin Vail`, against
        // `Tesla` said twice beside `the US`; a short name, `Mao`, still is)
        // (nor is the word for the people or language of a place, `Portuguese` beside the names
        // a sentence gives in other languages, where the Chinese, changed, says 玻利维亚 for the
        // first 亚马逊, against `Amazon` said three times; unless the place is a Chinese name left
        // over, whose counterpart it may be, or the table knows no place of it: `Tibetan` is
        // read as a people word by its stem alone)
        let people_of_no_leftover = |e: usize| {
            let lower = ef[e].text.to_lowercase();
            let one = lower.strip_suffix('s').unwrap_or(&lower);
            let places =
                crate::align::entities::people_place(&lower).or_else(|| crate::align::entities::people_place(one));
            places.is_some_and(|(_, places)| {
                !zl.iter().any(|&z| {
                    let folded = crate::lang::script::fold_to_simplified(&zf[z].text).text;
                    places.iter().any(|(p, _)| *p == folded)
                })
            })
        };
        let no_en_name_left = el.iter().all(|&e| capitals(&ef[e]) || people_of_no_leftover(e));
        // (or, in sentences in parallel where no name left over resolves, the one Chinese name
        // left over against English names left over that each translate a word of the Chinese
        // (`Honda` and `Acura` for 本田 and 讴歌, which the Chinese name reader does not read as
        // names): `Infiniti` said twice where the English, changed, says it for `Lexus`, against
        // 雷克萨斯; not against an English name the Chinese does not translate, `ABC` beside
        // 阿尔法保留, a phrase read as a name, on the clean xquad. Measured with the mutation
        // benchmark: xquad name 434 → 435 of 543 (`-- 20`); the clean output of every corpus
        // unchanged. And where the English leaves no name over at all: `Charles Porter` said
        // twice where the English, changed, says it for `London Exhibition`, against 伦敦 (of
        // 伦敦世博会); with two names the lexicon glosses apart told apart, xquad name 439 → 442
        // of 543, the clean output unchanged)
        let lone_zh_name = none_resolves
            && unit.parallel
            && zl.len() == 1
            && if el.is_empty() {
                may_be_a_name(&zf[zl[0]])
            } else {
                let glossed = glossed_but_the_names(cx.zh, unit, names);
                el.iter().all(|&e| translated_word(&ef[e].text, &glossed))
            };
        if es.is_empty() && (zs.len() == 1 || lone_zh_person || lone_zh_name) && (no_en_name_left || lone_zh_name) {
            if let Some(e) = said_more_in_english(names, zf, ef) {
                let other = match zs.first() {
                    Some(&(z, _)) => z,
                    None => zl[0],
                };
                // (of either sort in sentences that run in parallel, as above, the other way round:
                // `William Trent` said twice where the English, changed, says it for `Washington`;
                // and where the Chinese name is a person's whole name the English names nowhere:
                // `Islam` said twice where the English, changed, says it for `John Esposito`,
                // against 约翰·埃斯波西托, though the lexicon reads 伊斯兰 as a place. Not the mirror
                // of that: the Chinese reader takes no Chinese-born name, so 中国 said twice against
                // `Xi Jinping` would be one, on the clean xquad. Measured with the mutation
                // benchmark: xquad name 153 → 154 of 226 (`-- 6`), 249 → 250 of 396 (`-- 12`); the
                // clean output of every corpus unchanged)
                // (but not where the English may call the person by a pronoun instead: Islamism's
                // sentence opening `He and other observers …`)
                // (a pronoun after a person the English names, who has a counterpart, stands for
                // that person: `but Priestley is often given priority because his work …`, where
                // the English, changed, says `Uppsala` for `Carl Wilhelm Scheele`)
                let either_sort =
                    unit.parallel && (!zs.is_empty() || (lone_zh_person || lone_zh_name) && !en_pronoun_of_nobody());
                // (what the article calls it in Chinese, or, where the article resolves it nowhere
                // else, what the unit calls it: `Eisenhower Freeway`, said again where the
                // English, changed, says it for `Fresno`, against 艾森豪威尔, which the Chinese
                // reads only out of 艾森豪威尔高速公路, in this sentence. The same for a Chinese
                // name said once more changed nothing on either corpus, so it is not done)
                let y = entities
                    .zh_entity(&ef[e])
                    .or_else(|| shortest(&counterparts(&names.zh_all, |o| Entities::same(&zf[o], &ef[e])), zf));
                let y = y.filter(|y| {
                    (same_surname(y, &ef[e]) || unit.parallel) && (either_sort || place(y) == place(&zf[other]))
                });
                if let Some(y) = y {
                    let at = extra_mention(cx, names, false, e, other);
                    es.push((at, y));
                    *by_repeat = !place(y);
                    *repeat_of_either_sort = either_sort;
                }
            }
        }
        // In sentences that run in parallel, where no name left over resolves and at most one side
        // has a name left over at all (one on each side is the slot of the `([], [])` case below):
        // one name the Chinese says more often than the English, and another the English says
        // more often than the Chinese. The two extra mentions stand for each other (特斯拉 said
        // twice against one `Tesla`, and `Edison` twice against one 爱迪生: the English, changed,
        // says `Edison` for the second `Tesla`). Not where either side has a pronoun, which the
        // other may render by the name (特斯拉…特斯拉 against `Tesla … he`).
        let zh_pronoun = || zh_pronouns(zt).next().is_some();
        if unit.parallel
            && zs.is_empty()
            && es.is_empty()
            && (zl.is_empty() || el.is_empty())
            && !zh_pronoun()
            && !en_pronoun()
        {
            if let Some((zm, x, em, y)) = crossed_repeats(entities, names, zf, ef, found) {
                zs.push((zm, x));
                es.push((em, y));
            }
        }
    }

    /// The one name left on each side that stands at the same place of a list both sides give
    /// ([`super::listed::list_slot`]): the list's order decides, before the names' resolving and
    /// whatever their sorts (巴格达 where the Chinese, changed, says 普斯科夫 before 撒马尔罕,
    /// against `Baghdad, Samarkand`, though 蒙古 is left over too and of 巴格达's sort). In
    /// sentences that translate each other one shared name beside it is enough; in sentences
    /// that do not (wikipairs Traditional_Chinese_medicine's list of states, 44 % of the words
    /// translating) it needs one on each side of it. Measured with the mutation benchmark: xquad
    /// name 171 → 176 of 226 (`-- 6`), wikipairs name 34 → 36 of 108 (`-- 4`); the clean output
    /// of every corpus unchanged (one shared name beside it, in sentences that do not translate
    /// each other, reported wikipairs Communist_Party_of_China's 中央委员会 against `Politburo`,
    /// two lists that differ).
    ///
    /// (a name one side says more often than the other may stand there too, its extra mention
    /// the slot: `Khuzestan` where the English, changed, says it for `Samarkand` after
    /// `Baghdad`, and again where the Chinese says 胡泽斯坦; such a name passes the checks a
    /// name left over does, and is counted as `said_more_in_chinese` counts, a people word
    /// being a mention of its place; a name already reported, by any mention, is none)
    fn list(&self, found: &[Finding]) -> Option<(usize, usize)> {
        let (cx, names, zf, ef) = (self.cx, self.names, self.zf, self.ef);
        let (zl_slots, en_slots, zs, es) = (&self.zl_slots, &self.en_slots, &self.zs, &self.es);
        let translated = self.translated;
        let reported_zh = |z: usize| found.iter().any(|f| zf[f.zh].text == zf[z].text);
        let reported_en = |e: usize| found.iter().any(|f| ef[f.en].text == ef[e].text);
        // (the English mentions of each English name of the unit, counted once)
        let mut en_counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for &e in &names.en_all {
            *en_counts.entry(ef[e].text.as_str()).or_default() += 1;
        }
        let more_in_chinese = |z: usize| {
            let there: usize = (names.en.iter())
                .filter(|&&e| Entities::same(&zf[z], &ef[e]) || mentions_the_people(&ef[e], &zf[z]))
                .map(|&e| en_counts.get(ef[e].text.as_str()).copied().unwrap_or(0))
                .sum();
            there >= 1 && mentions_of(z, &names.zh_all, zf).len() > there
        };
        let more_in_english = |e: usize| {
            let here = en_counts.get(ef[e].text.as_str()).copied().unwrap_or(0);
            let mut there = 0;
            for &z in &names.zh {
                if Entities::same(&zf[z], &ef[e]) {
                    there += mentions_of(z, &names.zh_all, zf).len();
                }
            }
            there >= 1 && here > there
        };
        let zh_listed: Vec<usize> = (zl_slots.iter().copied().filter(|&z| may_be_a_name(&zf[z])))
            .chain(
                (names.zh.iter().copied())
                    .filter(|&z| !names_a_structure(cx, &zf[z]) && may_be_a_name(&zf[z]) && more_in_chinese(z)),
            )
            .filter(|&z| !reported_zh(z))
            .collect();
        let en_listed: Vec<usize> = (en_slots.iter().copied())
            .chain((names.en.iter().copied()).filter(|&e| self.en_slot(e) && more_in_english(e)))
            .filter(|&e| !reported_en(e))
            .collect();
        let resolving = |z: &Fact, e: &Fact| {
            zs.iter().any(|(o, _)| zf[*o].text == z.text) || es.iter().any(|(o, _)| ef[*o].text == e.text)
        };
        // (in sentences that do not translate each other, the names on both sides of it: two
        // lists of one thing's parts may differ in one part, a real difference, named
        // differently in the rest)
        if zh_listed.is_empty() || en_listed.is_empty() {
            None
        } else {
            super::listed::list_slot(cx, names, &zh_listed, &en_listed, resolving, !translated)
        }
    }

    /// In texts written independently, the one name left on each side.
    fn lone(&self) -> bool {
        !self.translated && self.zl.len() == 1 && self.el.len() == 1
    }

    /// The slot: the Chinese and English names that stand for each other (fact indices), and
    /// what each resolves to elsewhere in the other article, if anything; the list's place
    /// first (`by_list`), else the names left over and their repeats.
    ///
    /// Else the one name left over on each side that may be a slot ([`Slots::en_slot`]) is the
    /// slot. In texts written independently, only when no other name is left over either
    /// (looser readings were measured to report mostly two different things a sentence
    /// mentions on each side), unless the two are people who cross (`people_cross`,
    /// [`Slots::finding`]). In a translation, other leftovers (a name read only on one side)
    /// may stand beside it, but the two names must be of one sort: both in the lexicon (countries, cities: 英格兰, 伦敦) or both transliterated
    /// (people: 福克斯, 诺布尔); a country where the other names a person is two different
    /// things the sentences say (measured on the clean xquad: 6 of 6 such findings) — unless
    /// both names resolve elsewhere in the pair to entities the other sentence does not name
    /// (英格兰 where the English, changed, says `Norman Cantor`: measured, no such finding on
    /// the clean xquad or wikipairs), or one of the other exceptions of [`Slots::finding`]
    /// applies ([`Slots::a_place_against_a_name_of_no_sort`],
    /// [`Slots::an_unknown_name_against_a_rare_one`], …).
    ///
    /// In a translation, a name left alone on each side of which only one resolves elsewhere
    /// is a slot too: the other may be a name its article never repeats (齐贝吉 where the
    /// English, changed, says `Kilifi`, the Chinese article's 基利菲).
    ///
    /// In texts written independently, the one name left on each side, of which one resolves
    /// and the other is a person's whole name that resolves to nothing (the resolver finds
    /// no name of the other article it renders), is a slot too.
    fn pick(&mut self, by_list: Option<(usize, usize)>) -> Option<Slot<'c>> {
        let (cx, entities, unit, names, zf, ef) = (self.cx, self.entities, self.unit, self.names, self.zf, self.ef);
        let (zl, el, zl_slots, en_slots, zs, es) =
            (&self.zl, &self.el, &self.zl_slots, &self.en_slots, &self.zs, &self.es);
        let (translated, lone_zh_whole_name, lone_en_whole_name) =
            (self.translated, self.lone_zh_whole_name, self.lone_en_whole_name);
        Some(if let Some((zi, ei)) = by_list {
            // (what each is called elsewhere in the other article, if it resolves: a name said
            // more often than the other side says it is no leftover, and resolves all the same)
            let x = zs.iter().find(|(z, _)| zf[*z].text == zf[zi].text).map(|(_, x)| *x);
            let y = es.iter().find(|(e, _)| ef[*e].text == ef[ei].text).map(|(_, y)| *y);
            // (but not where the unit names that too: then it is no name of elsewhere)
            // (and held to the links' checks both ways, as a name left over is)
            let x = x.or_else(|| {
                entities
                    .en_entity(&zf[zi])
                    .filter(|x| self.back_to_zh(&zf[zi], x) && !names.en_all.iter().any(|&e| ef[e].text == x.text))
            });
            let y = y.or_else(|| {
                entities
                    .zh_entity(&ef[ei])
                    .filter(|y| self.back_to_en(&ef[ei], y) && !names.zh_all.iter().any(|&z| zf[z].text == y.text))
            });
            (zi, ei, x, y)
        } else {
            match (&zs[..], &es[..]) {
                ([(zi, x)], [(ei, y)]) => (*zi, *ei, Some(*x), Some(*y)),
                // In a translation, several Chinese names that resolve against one English name: the
                // one standing where the English name stands among the names both sides share (a
                // list, 巴格达、撒马尔罕 … against `Levant, Samarkand …`), else the one nearest its place
                (several, [(ei, y)]) if translated && several.len() > 1 => {
                    // (of the English name's sort, when any is)
                    let all: Vec<usize> = several.iter().map(|(z, _)| *z).collect();
                    let sorted: Vec<usize> = all.iter().copied().filter(|&z| place(&zf[z]) == place(y)).collect();
                    let candidates = if sorted.is_empty() { all } else { sorted };
                    let zi = beside_a_counterpart(*ei, names, &candidates, |z, e| Entities::same(&zf[z], &ef[e]))
                        .unwrap_or_else(|| nearest(*ei, &names.en, &candidates, &names.zh));
                    let x = several.iter().find(|(z, _)| *z == zi).map(|(_, x)| *x);
                    (zi, *ei, x, Some(*y))
                }
                // In a translation, one name resolving is enough: the other may be a name its article
                // never repeats. The English name resolves: of the Chinese names left over that may
                // be names at all, the one nearest its place in the sentence (the English may hold
                // other leftovers that resolve to nothing: titles, words read as names).
                // (in texts written independently too, where the one name left on each side is a
                // person's and the Chinese a whole name that resolves to nothing: 约翰·斯图尔特·密尔
                // changed to 罗纳德·科斯 against `John Stuart Mill`; the English article names Coase,
                // but 科斯 renders `Coase` too loosely for the resolver; and where the one name left on
                // each side is the English, a person's whole name resolving to a person the Chinese
                // article names elsewhere, and the Chinese any name at all (not 城市): 李登辉 changed
                // to 吕宋海, a sea, against `Lee Teng-hui`. Measured with the mutation benchmark: wikipairs name 45 → 46 of 108
                // (`-- 4`); xquad as before; the clean output of every corpus unchanged)
                ([], [(ei, y)])
                    if (translated
                        || lone_zh_whole_name && !place(y)
                        || self.lone() && en_whole_person(&ef[*ei]) && zh_person(y) && may_be_a_name(&zf[zl[0]]))
                        && !people_word(&ef[*ei].text) =>
                {
                    // (the one name left on each side is a slot whatever the Chinese is)
                    let mut names_left: Vec<usize> = if zl.len() == 1 && *en_slots == [*ei] {
                        zl_slots.clone()
                    } else {
                        zl_slots.iter().copied().filter(|&z| may_be_a_name(&zf[z])).collect()
                    };
                    // (in sentences that run in parallel, where no other Chinese name is left, the
                    // first part of a structure's name, whether it resolves elsewhere to an entity
                    // this sentence's English does not name (马尔博罗大楼 changed to
                    // 威廉·鲍威尔·弗里思大楼, whom the English calls `William Powell Frith` elsewhere,
                    // against `Marlborough House`) or to none (沙利文湾 against `Ford`, changed from
                    // `Sullivan Bay`, 福特 in the Chinese article): the English name resolves. A
                    // structure named for a person or a place, 哈德良桥 against `Pons Aelius`, stays no
                    // slot: its English name names no entity of the Chinese article. The entity it
                    // resolves to, if any, goes on to the checks of a slot's two names below, as a
                    // resolving name's does. Measured with the mutation benchmark, the structure that
                    // resolves nowhere: xquad name 413 → 414 of 543 (`-- 20`); the clean output of
                    // every corpus unchanged)
                    let structures: Vec<(usize, Option<&Fact>)> = if names_left.is_empty() && unit.parallel {
                        zl.iter()
                            .filter(|&&z| names_a_structure(cx, &zf[z]))
                            .map(|&z| (z, entities.en_entity(&zf[z])))
                            // (one resolving nowhere only where the Chinese has no pronoun, which
                            // may stand for the English name: `Collins landed at the bay` against
                            // 他在沙利文湾登陆)
                            .filter(|(_, x)| match x {
                                Some(x) => !names.en.iter().any(|&e| ef[e].text == x.text),
                                None => zh_pronouns(&self.zt).next().is_none(),
                            })
                            .collect()
                    } else {
                        Vec::new()
                    };
                    if !structures.is_empty() {
                        names_left = structures.iter().map(|(z, _)| *z).collect();
                    }
                    if names_left.is_empty() {
                        return None;
                    }
                    let zi = nearest(*ei, &names.en, &names_left, &names.zh);
                    let x = structures.iter().find(|(z, _)| *z == zi).and_then(|(_, x)| *x);
                    (zi, *ei, x, Some(*y))
                }
                // the Chinese name resolves: the English name left over nearest its place, unless an
                // abbreviation left over is nearer (`MIT` before `Seymour Papert`: which of the two the
                // Chinese name stands for, the place is no guide)
                // (in texts written independently too, where the one name left on each side is a
                // person's and the English a whole name that resolves to nothing: 格雷·华特 changed to
                // 雷蒙德·索洛莫诺夫, whom the English calls `Ray Solomonoff` elsewhere, against `W. Grey
                // Walter`, whom the Chinese article writes in Chinese nowhere else)
                ([(zi, x)], [])
                    if (translated || lone_en_whole_name && !en_place(&x.text) && !place(&zf[*zi]))
                        && !en_slots.is_empty() =>
                {
                    let rivals: Vec<usize> = el
                        .iter()
                        .copied()
                        .filter(|&e| en_slots.contains(&e) || self.abbreviation(e))
                        .collect();
                    // (the one whose words around it translate the Chinese name's, by
                    // [`WORDS_TO_CHOOSE_A_NAME`]: 维多利亚船长 changed from 丹尼尔·伍德列夫船长
                    // against `under the command of Captain Daniel Woodriff` beside `HMS
                    // Calcutta`, which `command` stands before)
                    let in_place = (rivals.len() > 1)
                        .then(|| best_by_words(cx, false, &rivals, &zh_context(cx, &zf[*zi]), WORDS_TO_CHOOSE_A_NAME))
                        .flatten();
                    let near = nearest(*zi, &names.zh, &rivals, &names.en);
                    self.by_words = in_place.is_some_and(|w| w != near);
                    let ei = in_place.unwrap_or(near);
                    if !en_slots.contains(&ei) {
                        return None;
                    }
                    (*zi, ei, Some(*x), None)
                }
                // In sentences that run in parallel, the one name left on each side, the Chinese a
                // person's whole name, where neither resolves elsewhere and neither renders the other:
                // the name the translation gives in its place is another (伯特·布林 where the English,
                // changed, says `Crowley`). Another Chinese name that may be a name (of one part,
                // 逊尼宗阿拉伯, or a place's) only against an English person's whole name that opens with
                // a given name (`en_given_and_family`: 逊尼宗阿拉伯 where the Chinese, changed, says it
                // for `Fred Halliday`): against any name of two words, on the clean xquad, those were
                // words read as names (本赛季, `this season`, against `Pro Bowl`) or a name read short
                // (南威尔 of 新南威尔士, against `New Holland`). Measured with the mutation benchmark:
                // xquad name 165 → 166 of 226 (`-- 6`); the clean output of every corpus unchanged
                ([], [])
                    if unit.parallel
                        && zl.len() == 1
                        && el.len() == 1
                        && en_slots == el
                        && zl_slots == zl
                        && (zh_whole_person(&zf[zl[0]])
                            || (en_given_and_family(&ef[el[0]]) && may_be_a_name(&zf[zl[0]])))
                        && !crate::align::entities::renders_loosely(&zf[zl[0]], &ef[el[0]]) =>
                {
                    (zl[0], el[0], None, None)
                }
                // In a translation, the one Chinese name left over that resolves (or, resolving
                // nowhere, the one that may be a name) against several English names that
                // resolve: the one nearest its place
                // (波士顿 where the English, changed, says `John Hancock`, 约翰·汉考克 elsewhere,
                // beside `Longwood Medical`, which the Chinese says as 朗伍德医学区). Measured
                // with the mutation benchmark: xquad name 414 → 416 of 543 (`-- 20`); wikipairs as
                // before; no clean unit of any corpus reaches this arm. A filter to the English
                // names of the Chinese name's sort, where any is, was tried: it caught the same)
                (one, several) if translated && one.len() <= 1 && several.len() > 1 => {
                    let zi = match one {
                        [(zi, _)] => *zi,
                        _ => match zl_slots[..] {
                            [z] if may_be_a_name(&zf[z]) && entities.en_entity(&zf[z]).is_none() => z,
                            _ => return None,
                        },
                    };
                    // (a person's whole name against the English whole names that resolve to one,
                    // where any does: 戈特弗里德·森佩尔 where the English, changed, says `Francis
                    // Danby` (弗朗西斯·丹比), not `Cole` beside it, whom the Chinese says but does not
                    // read as a name. Measured with the mutation benchmark: xquad name 436 → 437
                    // of 543 (`-- 20`); the clean output of every corpus unchanged)
                    let people: Vec<usize> = if zh_whole_person(&zf[zi]) {
                        (several.iter())
                            .filter(|(e, y)| {
                                crate::facts::name_match::en_tokens(&ef[*e].text).len() >= 2 && full_name(y)
                            })
                            .map(|(e, _)| *e)
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let candidates: Vec<usize> = if people.is_empty() {
                        several.iter().map(|(e, _)| *e).collect()
                    } else {
                        people
                    };
                    let ei = nearest(zi, &names.zh, &candidates, &names.en);
                    let x = one.first().map(|(_, x)| *x);
                    let y = several.iter().find(|(e, _)| *e == ei).map(|(_, y)| *y);
                    (zi, ei, x, y)
                }
                _ => return None,
            }
        })
    }

    /// In sentences in parallel, whether the slot's Chinese name `zi` is a place and its English
    /// name `ei` one of no sort the lexicon knows, which [`Slots::finding`] asks where the sorts
    /// differ: the slot whatever the sorts. The English name, no place there, is no person's the
    /// lexicon knows either (`y`, the Chinese name it resolves to, is no person's; where it
    /// resolves nowhere, it is no given name and surname), and the Chinese of the unit translates
    /// none of its words (`glossed`: the English words the Chinese glosses, but its names').
    /// 南特 where the English, changed, says `Lefevre` (勒费弗 in the Chinese article), against
    /// `Edict`, `Louis XIV`, `Fontainebleau`, … left over too; not 芝加哥 against `Economic
    /// Sciences` (经济学奖) or 蒙古 against `Kiev` (基辅), on the clean xquad. Measured with the
    /// mutation benchmark: xquad name 419 → 423 of 543 (`-- 20`); the clean output of every
    /// corpus unchanged.
    fn a_place_against_a_name_of_no_sort<'g>(
        &self,
        zi: usize,
        ei: usize,
        y: Option<&Fact>,
        glossed: impl Fn() -> &'g std::collections::HashSet<String>,
    ) -> bool {
        let (z, e) = (&self.zf[zi], &self.ef[ei]);
        if !self.unit.parallel || !place(z) || y.map_or_else(|| en_given_and_family(e), zh_person) {
            return false;
        }
        let translated_words = || {
            e.text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| !w.is_empty() && translated_word(w, glossed()))
        };
        // (nor where a word of four letters or more of the place's gloss, its longest key,
        // stands in the English of the unit: 长城 `great wall` against `Hadrian`, in `Hadrian's
        // Wall`, where the Chinese, changed, says 马丁·瓦尔凯尔 for 哈德良)
        let said_in_english = || {
            let gloss = lexicon_entry(z).1.unwrap_or_default();
            let keys = crate::align::entities::english_keys(gloss);
            let words: Vec<String> = self
                .et
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() >= 4)
                .map(str::to_lowercase)
                .collect();
            keys.last()
                .is_some_and(|k| k.split(' ').any(|w| w.len() >= 4 && words.iter().any(|o| o == w)))
        };
        !translated_words() && !said_in_english()
    }

    /// Whether the slot's two mentions are named as one kind of thing ([`named_as_one_kind`]),
    /// whatever the sorts of the names: 佛洛伊德州线 against `Georgia state line`, where the
    /// Chinese, changed, says 佛洛伊德 (a person of the article) for 乔治亚. The kind says the
    /// slot is a state, or a league, on both sides. Measured with the mutation benchmark: xquad
    /// name 444 → 446 of 543 (`-- 20`); the clean output of every corpus unchanged.
    fn one_kind_after_both(&self, zi: usize, ei: usize) -> bool {
        named_as_one_kind(
            &self.cx.zh.source.text,
            &self.zf[zi],
            &self.cx.en.source.text,
            &self.ef[ei],
        )
    }

    /// In sentences in parallel, whatever the two names' sorts, the one Chinese name left over
    /// is the slot of an English name left over when the Chinese name resolves to no English
    /// name of the article (`x`: none; a word misread as a name, 伦敦登, counts too), while the
    /// English name resolves to a Chinese name of the article this unit does not give (`y`), and
    /// the English article's prose says it, as whole words and in that form, no more than twice
    /// (the mention the slot may have changed, and one more): 埃博拉 where the English, changed,
    /// says `Vienna`, the Chinese article's 维也纳; 波瓦坦 where it says `Gallican Roman
    /// Catholics`. Not a place the English article says over and over, which a translation
    /// leaves out where the text is plain without it: `… was created in China` beside a 中书省
    /// whose English is `Central Secretariat`, on the clean xquad; nor beside two Chinese names
    /// left over (卫生科 is `Public Health England`'s, which resolves to 英格兰 by its last word).
    /// A name said once in full and often by a shorter form (`Mann`) counts as said once.
    /// Measured with the mutation benchmark: xquad name 430 → 434 of 543 (`-- 20`); the clean
    /// output of every corpus unchanged.
    fn an_unknown_name_against_a_rare_one(&self, zi: usize, ei: usize, x: Option<&Fact>, y: Option<&Fact>) -> bool {
        let said = |name: &str| crate::lang::whole_words(&self.cx.en.doc.prose.text, name);
        self.unit.parallel && self.zl == [zi] && x.is_none() && y.is_some() && said(&self.ef[ei].text) <= 2
    }

    /// The finding for the slot `zi` / `ei` (resolving elsewhere to `x` / `y`), unless the
    /// two names are not one slot after all: of different sorts, or one name read twice.
    /// `by_list`: the slot is a list's place.
    fn finding(&self, zi: usize, ei: usize, x: Option<&Fact>, y: Option<&Fact>, by_list: bool) -> Option<Finding> {
        let (unit, names, zf, ef) = (self.unit, self.names, self.zf, self.ef);
        let (zl, el) = (&self.zl, &self.el);
        let (few_words, translated, by_repeat, repeat_of_either_sort) = (
            self.few_words,
            self.translated,
            self.by_repeat,
            self.repeat_of_either_sort,
        );
        let (lone_zh_whole_name, lone_en_whole_name) = (self.lone_zh_whole_name, self.lone_en_whole_name);
        // (in sentences few of whose words translate, the slot is the lone whole name itself,
        // not another mention a repeat found)
        if few_words && !(lone_zh_whole_name && zi == zl[0] || lone_en_whole_name && ei == el[0]) {
            return None;
        }
        // (a slot found by a person's repeated mention stands whatever else the sentences name
        // only on one side: 希尔伯特计划…哥德尔不完备定理…皮亚诺公理 against `Gödel's program …
        // Gödel's incompleteness theorem`, where the English names no Peano; not a place's, which
        // an article names over and over: 中国 … 「中国」 against `the United Nations … China`)
        // (a word read as a name that may be none, 城市 `city`, is no other name left over)
        let zh_names_left = zl.iter().filter(|&&z| z == zi || may_be_a_name(&zf[z])).count();
        // (nor where each side's slot is a person who resolves to a person the other article names
        // elsewhere: the two people cross, whatever else the sentences name on one side only —
        // 希尔伯特计划 changed to 维格纳计划 against `Hilbert's program`, beside a 皮亚诺 the English
        // sentence does not name)
        let people_cross = x.is_some_and(|x| !en_place(&x.text) && !place(&zf[zi]))
            && y.is_some_and(|y| !place(y) && !en_place(&ef[ei].text));
        if !translated && !by_repeat && !people_cross && !by_list && (zh_names_left > 1 || el.len() > 1) {
            return None;
        }
        let (z, e) = (&zf[zi], &ef[ei]);
        // (a Chinese name that owns a structure's name is a slot only against an English name
        // that owns one of its kind, [`names_such_a_structure`]: not against any name left over
        // beside such an English one)
        if self.zl_slots.contains(&zi) {
            if let Some(kind) = structure_after(self.cx, z) {
                if !names_such_a_structure(&self.cx.en.source.text, e, &kind) {
                    return None;
                }
            }
        }
        // the English name's sort: its Chinese name's, or whether the lexicon knows it as a place
        let en_place = y.map_or_else(|| en_place(&e.text), place);
        // (a person's whole name left alone against a place that resolves elsewhere: 诺曼·康托尔
        // where the English, changed, says `Vienna`, the Chinese article's 维也纳)
        // (or a place left alone against a person's whole name that resolves: 蒙特利尔 where the
        // English, changed, says `James Abercrombie`, the Chinese article's 詹姆斯•阿伯克龙比; the
        // whole name may be the English one, where the Chinese article's is a surname: `William
        // Trent`, whom the Chinese calls 特伦特 elsewhere; not a place or organisation's name of two
        // words)
        // (or, in sentences that translate each other, a place left alone that resolves, against
        // a person's given and family name that resolves nowhere: 伊斯兰, the English article's
        // `Islam`, where the English, changed, says `James Swindal`; the given name one the census
        // list holds, not `Taiwan Sign Language` against 中华民国, on the clean wikipairs)
        let person_for_a_place = zl.len() == 1
            && el.len() == 1
            && (y.is_some() && full_name(z)
                || y.is_some_and(|y| full_name(y) || en_whole_person(e) && !place(y)) && place(z)
                || x.is_some() && translated && en_given_and_family(e) && place(z));
        // (in sentences in parallel, the one name left on each side is the slot whatever the
        // two names' sorts: a sort is what the lexicon knows, and it knows many a place as no
        // place (拉合尔 `Lahore` where the Chinese, changed, says 伦敦, the English article's
        // `London`) and a given name by one word (亨利 `henry`: 哥伦比亚 where the English,
        // changed, says `Amazon`, the Chinese article's 亚马逊). Not an English name of one word
        // that the lexicon gives for a word of the Chinese sentence, which the reader does not
        // read as a name: `Kiev` for 基辅, glossed `kyiv kiev capital ukraine`, beside a 蒙古 the
        // English leaves out, on the clean xquad; the glosses read only where the sorts differ,
        // and not those of the unit's names, which describe them in words that name other
        // things: 英国 `united kingdom great britain northern ireland` says no `Ireland`, where
        // the Chinese, changed, says 科斯塔 for it. Measured with the mutation benchmark: xquad
        // name 416 → 417 of 543 (`-- 20`); the clean output of every corpus unchanged)
        // (the English words the Chinese of the unit glosses, but its names', read once when
        // asked)
        let glossed = std::cell::OnceCell::new();
        let glossed = || glossed.get_or_init(|| glossed_but_the_names(self.cx.zh, unit, names));
        let one_name_each = || {
            unit.parallel
                && zl.len() == 1
                && el.len() == 1
                && (e.text.contains(' ') || !translated_word(&e.text, glossed()))
        };
        if translated
            && place(z) != en_place
            && (x.is_none() || y.is_none())
            && !person_for_a_place
            && !repeat_of_either_sort
            && !by_list
            && !(self.by_words && en_whole_person(e))
            && !one_name_each()
            && !self.a_place_against_a_name_of_no_sort(zi, ei, y, glossed)
            && !self.an_unknown_name_against_a_rare_one(zi, ei, x, y)
            && !self.one_kind_after_both(zi, ei)
        {
            return None;
        }
        let distinct = x.is_none_or(|x| two_english_names(x, e, y.is_some()))
            && y.is_none_or(|y| {
                // (two people's whole names share their given name, 查尔斯·波特 and 查尔斯·理查德: their
                // surnames tell them apart, where the Chinese of the unit names both; one woman's
                // maiden and married names, 玛丽·斯克沃多夫斯卡 and 玛丽·居里, are not two people)
                // (elsewhere two whole names are read part against part, a given name shared
                // whole as before: 萨蒂亚·纳德拉 and 罗纳德·里根 share 纳德 only across their parts)
                let both_here = names.zh_all.iter().any(|&o| zf[o].text == y.text);
                let shared = match (full_name(z) && full_name(y), both_here) {
                    (true, true) => shares_two(last_part(&z.text), last_part(&y.text)),
                    (true, false) => whole_names_share_a_part(&z.text, &y.text),
                    (false, _) => shares_two(&z.text, &y.text) && !glossed_apart(z, y),
                };
                !z.text.contains(&entity_key(y)) && !y.text.contains(&entity_key(z)) && !shared
            });
        // (where the other name stands: a name said more often than the other side says it is
        // named in the unit too, `Uppsala … Uppsala` against one 乌普萨拉)
        let in_en = |x: &Fact| names.en_all.iter().any(|&e| ef[e].text == x.text);
        let in_zh = |y: &Fact| names.zh_all.iter().any(|&z| zf[z].text == y.text);
        let where_said = |here: bool, sentences: usize| match (here, sentences) {
            (false, _) => "elsewhere",
            (true, 1) => "in this sentence too",
            (true, _) => "in these sentences too",
        };
        let why = match (x, y) {
            (Some(x), Some(y)) => format!(
                "two names of the article (the English calls the first `{}`, the Chinese calls the second `{}`)",
                x.text, y.text
            ),
            (Some(x), None) => format!(
                "two names of the article (the English calls the first `{}` {})",
                x.text,
                where_said(in_en(x), unit.en.len())
            ),
            (None, Some(y)) => format!(
                "two names of the article (the Chinese calls the second `{}` {})",
                y.text,
                where_said(in_zh(y), unit.zh.len())
            ),
            (None, None) if by_list => {
                "the names at one place of a list both sentences give, and neither renders the other".to_string()
            }
            (None, None) => "the one name of each sentence, and neither renders the other".to_string(),
        };
        if !distinct {
            return None;
        }
        // (the checks above read the slot picked; the finding shows a person's surname left over
        // at the mention in the Chinese name's place, unless the slot is a list's place, chosen
        // by place already)
        let shown = if !by_list && el.contains(&ei) && y.is_none_or(|y| !place(y)) {
            self.en_mention_in_place(zi, ei)
        } else {
            ei
        };
        Some(Finding {
            zh: zi,
            en: shown,
            on_en: false,
            message: format!(
                "the Chinese names `{}` where the English names `{}`: {why}",
                z.text, ef[shown].text
            ),
            label: format!("Chinese: {}", z.text),
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::test_support::facts_of;
    use crate::facts::{Fact, FactKind};

    /// The Chinese name fact `name` of a sentence.
    fn name(sentence: &str, name: &str) -> crate::facts::Fact {
        facts_of("a.zh.txt", sentence)
            .into_iter()
            .find(|f| f.kind == FactKind::Name && f.text == name)
            .unwrap_or_else(|| panic!("no name `{name}` in {sentence}"))
    }

    /// A word said only inside a longer name of the list is not said; said apart from it, it is,
    /// and a name of the list no longer than the word does not hide it.
    #[test]
    fn a_word_inside_a_longer_name_is_not_said_apart() {
        let taken = ["法属圭亚那", "苏里南"];
        assert!(!super::said_apart("玻利维亚、苏里南和法属圭亚那", "圭亚那", &taken));
        assert!(super::said_apart("玻利维亚、圭亚那和法属圭亚那", "圭亚那", &taken));
        assert!(super::said_apart("苏里南和法属圭亚那", "苏里南", &taken));
        assert!(super::said_apart("法属圭亚那", "圭亚那", &[]));
        assert!(!super::said_apart("玻利维亚", "圭亚那", &taken));
    }

    /// The number of its own after an English name, and the numbers the Chinese gives before
    /// 号 that stand alone and follow no Chinese name.
    #[test]
    fn a_numbered_name_is_named_by_its_number_alone() {
        use crate::facts::test_support::name_fact_in;
        let after = |en: &str, name: &str| super::number_after(en, &name_fact_in(en, name)).map(str::to_string);
        for en in [
            "State Route 41 comes into Fresno.",
            "It heads north on State Route 41.",
            "It takes State Route 41, then turns.",
        ] {
            assert_eq!(after(en, "State Route").as_deref(), Some("41"), "{en}");
        }
        // (no number of its own: a decimal, a thousands separator, a number run into a word,
        // none)
        for (en, name) in [
            ("It took Route 4.5 north.", "Route"),
            ("It took Route 1,000 north.", "Route"),
            ("It took Highway 9x north.", "Highway"),
            ("State Route 41 comes into Fresno.", "Fresno"),
        ] {
            assert_eq!(after(en, name), None, "{en}");
        }
        let numbered = |zh: &str, names: &[&str]| {
            let mut n: Vec<String> = super::numbered_in_chinese(zh, &names.iter().copied().collect())
                .into_iter()
                .map(str::to_string)
                .collect();
            n.sort();
            n
        };
        assert_eq!(numbered("州41号公路和州 168 号公路进入弗雷斯诺", &[]), ["168", "41"]);
        // (not a number that 号 does not follow, a year; nor one that does not stand alone, a
        // decimal's part, a thousands' part, a number after a letter, a day; nor one right after
        // a Chinese name, which it numbers)
        for zh in ["克劳利，洛厄里，2000 年", "4.5号", "1,000号", "M41号", "7月4号"] {
            assert!(numbered(zh, &[]).is_empty(), "{zh}");
        }
        assert!(numbered("就像彼得卢28号案件", &["彼得卢"]).is_empty());
        assert_eq!(numbered("就像彼得卢 28号与州99号公路", &["彼得卢"]), ["99"]);
    }

    /// A Latin word stands alone in Chinese text when no character of a Latin name (a letter,
    /// hyphen, apostrophe or full stop) nor a digit touches it, spaces aside.
    #[test]
    fn a_latin_word_alone_is_no_word_of_a_longer_latin_name() {
        assert!(super::latin_word_alone_in("哥本哈根大学Datalogy学院", "Datalogy"));
        assert!(super::latin_word_alone_in("学院（ Datalogy ）", "Datalogy"));
        assert!(!super::latin_word_alone_in("大卫•海斯（David G. Hays ）", "Hays"));
        assert!(!super::latin_word_alone_in("大学Datalogyx学院", "Datalogy"));
        assert!(!super::latin_word_alone_in("Big Datalogy学院", "Datalogy"));
        assert!(!super::latin_word_alone_in("哥本哈根大学", "Datalogy"));
        assert!(!super::latin_word_alone_in("（Hays-Müller）", "Hays"));
        assert!(!super::latin_word_alone_in("（O'Hays）", "Hays"));
        assert!(!super::latin_word_alone_in("Hays2学院", "Hays"));
        // joined at one place, alone at another
        assert!(super::latin_word_alone_in("Big Datalogy学院，Datalogy系", "Datalogy"));
    }

    /// An English name whose words after the first the Chinese writes in Latin letters, two
    /// words or more and eight letters, is named there (`Toyota Corona Mark II` by 丰田Corona
    /// Mark II); not by fewer of them (`Mark II`), nor by the words inside a longer Latin name.
    #[test]
    fn an_english_names_words_after_its_first_in_latin_name_it() {
        use crate::facts::test_support::name_fact;
        let named = |en: &str, zh: &str| super::named_in_chinese(&name_fact(en), None, zh, &[]);
        assert!(named("Toyota Corona Mark II", "如 丰田Corona Mark II ，丰田"));
        assert!(!named("Toyota Corona Mark II", "如 丰田Corona Mark IIx ，丰田"));
        assert!(!named("Toyota Corona Mark II", "如 丰田Mark II ，丰田"));
        assert!(!named("Toyota Mark II", "如 丰田Mark II ，丰田"));
        assert!(!named("Toyota Corona Mark II", "丰田汽车"));
        assert!(!named("Toyota Corona Mark II", "如 Big Corona Mark II ，丰田"));
    }

    /// An English name owns a structure of a kind by a word of its own, the first too where
    /// more follow (`Port Phillip`), or by the word after it (`Hudson's Bay`); a one-word name
    /// is not its own kind.
    #[test]
    fn an_english_name_owns_a_structure_by_its_kind_word_first_or_after() {
        use crate::facts::test_support::name_fact_in;
        let owns = |text: &str, name: &str, kind: &[&str]| {
            super::names_such_a_structure(text, &name_fact_in(text, name), kind)
        };
        assert!(owns(
            "They landed at Port Phillip in 1803.",
            "Port Phillip",
            &["harbor", "port"]
        ));
        assert!(owns("the Hudson's Bay Company", "Hudson", &["bay", "gulf"]));
        assert!(owns("the Upati Institute", "Upati Institute", &["institute"]));
        assert!(!owns("the Port was closed", "Port", &["harbor", "port"]));
        assert!(!owns(
            "They landed at Phillip Island.",
            "Phillip Island",
            &["harbor", "port"]
        ));
        // (a first word that is a kind English puts after a name is no kind of this one)
        assert!(!owns(
            "a lecture by Temple Grandin",
            "Temple Grandin",
            &["temple", "monastery"]
        ));
        assert!(owns("the Grandin Temple", "Grandin Temple", &["temple", "monastery"]));
    }

    /// A Chinese name before (or ending in) a kind word is named as one kind with an English
    /// name whose last word, or the word after it, renders that kind; not by a character that
    /// opens a longer word (市场), not by a one-word English name that is the kind itself, and
    /// not where the English says another kind.
    #[test]
    fn names_before_one_kind_word_are_named_as_one_kind() {
        use crate::facts::test_support::name_fact_in;
        let one_kind =
            |zt: &str, z: &str, et: &str, e: &str| super::named_as_one_kind(zt, &name(zt, z), et, &name_fact_in(et, e));
        let zh = "距佛洛伊德州线以南约25英里。\n";
        assert!(one_kind(zh, "佛洛伊德", "south of the Georgia state line.", "Georgia"));
        assert!(!one_kind(zh, "佛洛伊德", "south of the Georgia line.", "Georgia"));
        assert!(!one_kind(zh, "佛洛伊德", "south of the Georgia River.", "Georgia"));
        let league = "他成为全印度利比亚联盟伦敦分会的成员。\n";
        assert!(one_kind(
            league,
            "利比亚",
            "a member of the All India Muslim League.",
            "All India Muslim League"
        ));
        assert!(!one_kind(
            league,
            "利比亚",
            "a member of the Soviet Union.",
            "Soviet Union"
        ));
        assert!(!one_kind(league, "利比亚", "a member of the League.", "League"));
        // (市 of 市场, a market, names no city)
        let market = "他在佛洛伊德市场工作。\n";
        assert!(!one_kind(
            market,
            "佛洛伊德",
            "he worked in Georgia City.",
            "Georgia City"
        ));
    }

    /// The English of a unit names a Chinese name by the key of the English name it resolves
    /// to only as whole words: `bridge` (of `John W. Weeks Bridge`, 威克斯's) is no word of
    /// `Cambridge`.
    #[test]
    fn an_english_names_key_names_it_as_whole_words_only() {
        use crate::facts::test_support::name_fact;
        let z = name("公共卫生学校位于威克斯医疗区。\n", "威克斯");
        let x = name_fact("John W. Weeks Bridge");
        let named = |en: &str| super::named_in_english(&z, Some(&x), en, &[], &[]);
        assert!(!named("its main campus is centered on Harvard Yard in Cambridge."));
        assert!(named("the footbridge, the Weeks Bridge over the river."));
    }

    /// 他 and 她 are pronouns as words of their own, not inside another word.
    #[test]
    fn a_pronoun_is_no_character_of_a_longer_word() {
        let at = |text: &str| super::zh_pronouns(text).collect::<Vec<_>>();
        assert_eq!(at("他说，她来了。"), [0, 9]);
        assert!(at("马耳他、波兰和其他国家；他们弹吉他。").is_empty());
    }

    /// A surname alone that the lexicon glosses after the given name is headed by the
    /// surname (奥巴马 `barack obama democrat politician president`: `obama`); a name glossed by
    /// itself first keeps its first word (格拉斯哥 `glasgow scotland`: `glasgow`).
    #[test]
    fn a_surname_glossed_after_the_given_name_is_headed_by_it() {
        let obama = name("夏末，奥巴马访问了中国。\n", "奥巴马");
        let heads: Vec<&str> = super::gloss_head_words(&obama, "barack obama democrat politician president").collect();
        assert_eq!(heads, ["obama"]);
        let glasgow = name("他去了格拉斯哥。\n", "格拉斯哥");
        let heads: Vec<&str> = super::gloss_head_words(&glasgow, "glasgow scotland").collect();
        assert_eq!(heads, ["glasgow"]);
        // (nor a gloss that describes no person: a place of two words keeps its first)
        let heads: Vec<&str> = super::gloss_head_words(&glasgow, "new glasgow nova scotia").collect();
        assert_eq!(heads, ["new"]);
    }

    /// A name joined by a hyphen to a word in lower case is a modifier (`Taiwan-born`, with
    /// U+2010 too); not a name joined to another name (`Austria-Hungary`), nor one that ends
    /// the text or stands before a space.
    #[test]
    fn a_name_joined_to_a_word_in_lower_case_is_a_modifier() {
        let modifier = |text: &str, name: &str| {
            let at = text.find(name).unwrap();
            let mut f = facts_of("a.en.txt", text)
                .into_iter()
                .find(|f| f.kind == FactKind::Name)
                .expect("a name");
            f.span = at..at + name.len();
            super::modifier_of_origin(text, &f)
        };
        assert!(modifier("He was the first Taiwan-born president.", "Taiwan"));
        assert!(modifier("He was the first Taiwan\u{2010}born president.", "Taiwan"));
        assert!(!modifier("Austria-Hungary fell.", "Austria"));
        assert!(!modifier("He was born in Taiwan", "Taiwan"));
        assert!(!modifier("He was born in Taiwan and left.", "Taiwan"));
    }

    /// The nearest pair of two names' mentions, found by binary search, is the pair every pair
    /// weighed one by one finds, ties going to the first by the Chinese mention, then the
    /// English.
    #[test]
    fn the_nearest_pair_of_mentions_is_the_first_of_the_nearest() {
        use super::{nearest_pair, place_among};
        let brute = |za: &[usize], zms: &[usize], ea: &[usize], ems: &[usize]| {
            zms.iter()
                .flat_map(|&z| ems.iter().map(move |&e| (z, e)))
                .min_by(|a, b| {
                    let d = |(z, e): (usize, usize)| (place_among(z, za) - place_among(e, ea)).abs();
                    d(*a).total_cmp(&d(*b))
                })
        };
        // mentions are fact indices, in order among each side's names
        type Mentions = Vec<usize>;
        let cases: Vec<(Mentions, Mentions, Mentions, Mentions)> = vec![
            ((0..10).collect(), vec![1, 5, 8], (20..26).collect(), vec![21, 24]),
            ((0..4).collect(), vec![0, 3], (0..4).collect(), vec![1, 2]),
            ((0..7).collect(), vec![6], (10..13).collect(), vec![10, 11, 12]),
            ((0..6).collect(), vec![0, 1, 2, 3, 4, 5], (0..3).collect(), vec![0, 2]),
            ((0..9).collect(), vec![2, 4, 6], (0..9).collect(), vec![1, 3, 5, 7]),
        ];
        for (za, zms, ea, ems) in cases {
            assert_eq!(
                nearest_pair(&za, &zms, &ea, &ems),
                brute(&za, &zms, &ea, &ems),
                "{zms:?} {ems:?}"
            );
        }
        // (and two names said by turns many times, where the places' rounding decides ties)
        let za: Vec<usize> = (0..300).collect();
        let ea: Vec<usize> = (0..290).collect();
        let zms: Vec<usize> = (0..300).step_by(2).collect();
        let ems: Vec<usize> = (1..290).step_by(3).collect();
        assert_eq!(nearest_pair(&za, &zms, &ea, &ems), brute(&za, &zms, &ea, &ems));
    }

    /// A longer English name opens with a name word for word; a plural or a hyphenated name
    /// does not.
    #[test]
    fn a_longer_name_opens_with_a_name_word_for_word() {
        assert!(super::opens_with("Tesla Electric Light", "Tesla"));
        assert!(!super::opens_with("Teslas", "Tesla"));
        assert!(!super::opens_with("Tesla-Edison", "Tesla"));
        assert!(!super::opens_with("Tesla", "Tesla"));
    }

    /// A name of place or institution words after another name's `'s` (or `’s`) is its tail;
    /// a name of its own after a possessive, or after a word that is no name, is not.
    #[test]
    fn a_possessives_tail_is_made_of_words_for_places_and_institutions() {
        for text in [
            "Britain claimed Rupert's Land and the Hudson's Bay Company.",
            "Britain claimed Rupert’s Land and the Hudson’s Bay Company.",
        ] {
            let facts = facts_of("t.txt", text);
            let names: Vec<usize> = (0..facts.len()).filter(|&i| facts[i].kind == FactKind::Name).collect();
            let tail = |name: &str| {
                let f = facts.iter().find(|f| f.text == name).expect(name);
                super::tail_of_a_possessive(text, f, &names, &facts)
            };
            assert!(tail("Land"), "{text}: {facts:#?}");
            assert!(tail("Bay Company"), "{text}");
            assert!(!tail("Rupert"), "{text}");
        }
        let text = "Poland's Lech Walesa met the Pope.";
        let facts = facts_of("t.txt", text);
        let names: Vec<usize> = (0..facts.len()).filter(|&i| facts[i].kind == FactKind::Name).collect();
        let walesa = facts.iter().find(|f| f.text.contains("Walesa")).expect("Walesa");
        assert!(!super::tail_of_a_possessive(text, walesa, &names, &facts), "{facts:#?}");
    }

    /// The extra mentions of two crossed repeats are the ones the longest run of names both
    /// sides give in order leaves unpaired, where every such run leaves the same; none where
    /// two runs leave different ones.
    #[test]
    fn the_extra_mentions_are_the_ones_the_names_in_order_leave() {
        let unpaired = |zh: &str, en: &str| -> Option<(String, usize, String, usize)> {
            let (zf, ef) = (facts_of("t.zh.txt", zh), facts_of("t.en.txt", en));
            let names = |f: &[crate::facts::Fact]| -> Vec<usize> {
                (0..f.len()).filter(|&i| f[i].kind == FactKind::Name).collect()
            };
            let (zh_all, en_all) = (names(&zf), names(&ef));
            let of = |all: &[usize], f: &[crate::facts::Fact], text: &str| -> Vec<usize> {
                all.iter().copied().filter(|&i| f[i].text == text).collect()
            };
            let (zms, ems) = (of(&zh_all, &zf, "本杰明·威尔"), of(&en_all, &ef, "Tesla"));
            let unit_names = super::UnitNames {
                zh: Vec::new(),
                en: Vec::new(),
                zh_all: zh_all.clone(),
                en_all: en_all.clone(),
                translated: true,
            };
            let (z, e) = super::left_unpaired(&unit_names, &zf, &ef, (&zms, &ems))?;
            let place = |all: &[usize], k: usize| all.iter().position(|&i| i == k).unwrap_or(usize::MAX);
            Some((
                zf[z].text.clone(),
                place(&zh_all, z),
                ef[e].text.clone(),
                place(&en_all, e),
            ))
        };
        assert_eq!(
            unpaired(
                "爱迪生、特斯拉与本杰明·威尔，本杰明·威尔。",
                "Edison, Tesla and Benjamin Vail, Tesla."
            ),
            // (`Edison`, opening the sentence, is read as no name: the last `Tesla` is the
            // third English name)
            Some(("本杰明·威尔".to_string(), 3, "Tesla".to_string(), 2))
        );
        // (the second 本杰明·威尔 against one of two `Tesla`s: either may be the extra one)
        assert_eq!(
            unpaired("本杰明·威尔与特斯拉，本杰明·威尔。", "Tesla and Tesla, Benjamin Vail."),
            None
        );
    }

    /// An institution named for a place the lexicon knows is of a place's sort; a person's
    /// name is not, nor an institution whose words before its last name no place.
    #[test]
    fn an_institution_named_for_a_place_is_of_a_place_s_sort() {
        assert!(super::en_place("Scotland"));
        assert!(super::en_place("Scotland Parliament"));
        assert!(super::en_place("Scotland County Council"));
        assert!(!super::en_place("Jared Allen"));
        assert!(!super::en_place("Rutherford Parliament"));
        assert!(!super::en_place("Scotland Yard"));
    }

    /// One word for a place's people names the place; the place's own name, a people word
    /// of another place and a name of several words do not.
    #[test]
    fn a_people_word_names_its_place() {
        let facts = facts_of("a.zh.txt", "苏格兰、蘇格蘭和波兰。\n");
        let zh = |t: &str| facts.iter().find(|f| f.text == t).unwrap().clone();
        let en = facts_of(
            "a.en.txt",
            "The Scottish and Polish voters met the South African team in Scotland and the Polish Football Association by the Polish Corridor.\n",
        );
        let e = |t: &str| {
            en.iter()
                .find(|f| f.text == t)
                .unwrap_or_else(|| panic!("{t}: {en:#?}"))
                .clone()
        };
        assert!(super::people_of(&e("Scottish"), &zh("苏格兰")));
        assert!(super::people_of(&e("Polish"), &zh("波兰")));
        assert!(super::people_of(&e("Scottish"), &zh("蘇格蘭")));
        // (`south african` undoes to South Africa, but a name of two words is no people word)
        // (南非 is not read as a name: the fact is made from another)
        let south_africa = crate::facts::Fact {
            text: "南非".into(),
            ..zh("波兰")
        };
        assert!(super::names_the_people("south african", "南非"));
        assert!(!super::people_of(&e("South African"), &south_africa));
        assert!(!super::people_of(&e("Scotland"), &zh("苏格兰")));
        assert!(!super::people_of(&e("Scottish"), &zh("波兰")));
        // a name that opens with the people word mentions the place too; a name that opens
        // with another word does not
        assert!(super::mentions_the_people(
            &e("Polish Football Association"),
            &zh("波兰")
        ));
        assert!(super::mentions_the_people(&e("Polish"), &zh("波兰")));
        assert!(!super::mentions_the_people(
            &e("Polish Football Association"),
            &zh("苏格兰")
        ));
        assert!(!super::mentions_the_people(&e("South African"), &south_africa));
        // (nor a place that opens with it: the `Polish Corridor` is no Poland)
        assert!(!super::mentions_the_people(&e("Polish Corridor"), &zh("波兰")));
    }

    /// Two whole names share a part given name against given name, surname against surname:
    /// one woman's maiden and married names are one person; two people whose names share two
    /// characters across their parts are two.
    #[test]
    fn two_whole_names_are_read_part_against_part() {
        use super::whole_names_share_a_part as share;
        assert!(share("玛丽·斯克沃多夫斯卡", "玛丽·居里"));
        assert!(share("约翰·亚当斯", "约翰·昆西·亚当斯"));
        assert!(!share("萨蒂亚·纳德拉", "罗纳德·里根"));
        assert!(!share("查尔斯·波特", "伊波利特·德拉罗什"));
        assert!(super::shares_two("萨蒂亚·纳德拉", "罗纳德·里根"));
    }

    /// Two names the lexicon glosses apart are two names whatever characters they share; a word
    /// misread as a name has no gloss.
    #[test]
    fn two_names_glossed_apart() {
        use crate::facts::test_support::name_fact as name;
        assert!(super::glossed_apart(&name("斯洛文尼亚"), &name("斯洛伐克")));
        assert!(!super::glossed_apart(&name("库克安"), &name("库克")));
        assert!(super::shares_two("斯洛文尼亚", "斯洛伐克"));
    }

    /// An ordinal and a plural end a coordination (`the Ninth and Tenth Doctors`); an ordinal
    /// and a singular, or more words, may be a name.
    #[test]
    fn an_ordinal_and_a_plural_is_no_name() {
        assert!(super::ordinal_and_plural("Tenth Doctors"));
        assert!(super::ordinal_and_plural("Second Crusades"));
        assert!(!super::ordinal_and_plural("Second Empire"));
        assert!(!super::ordinal_and_plural("Third Congress"));
        assert!(!super::ordinal_and_plural("Second World Wars"));
        assert!(!super::ordinal_and_plural("Doctors"));
        assert!(!super::ordinal_and_plural("First Nations"));
    }

    /// What a Chinese word says by the lexicon: its first English (基督教 `christianity
    /// christian`) and, of a name, the abbreviations of it (麻省理工学院 `massachusetts institute
    /// technology`, 欧盟 `european union eu`); a common word's synonyms abbreviate nothing (其中
    /// `among included`).
    #[test]
    fn the_words_a_chinese_word_says() {
        let mut said = super::WordsSaid::default();
        for (w, named) in [
            ("基督教", false),
            ("欧盟", true),
            ("麻省理工学院", true),
            ("不是一个词语吗", true),
            ("其中", false),
        ] {
            said.add(w, named);
        }
        assert!(said.first.contains("christianity"));
        assert!(!said.first.contains("christian"));
        assert!(said.abbreviations.contains("EU"));
        assert!(said.abbreviations.contains("MIT"));
        assert!(!said.abbreviations.contains("AI"), "{:?}", said.abbreviations);
        assert!(!said.abbreviations.contains("CC"), "{:?}", said.abbreviations);
        // (the abbreviations of a gloss: all its initials, and a word that abbreviates the words
        // before it; not any short word of it)
        assert_eq!(super::abbreviations_of("european union eu"), ["EUE", "EU"]);
        assert_eq!(super::abbreviations_of("world war ii"), ["WWI"]);
        assert!(super::abbreviations_of("vienna").is_empty());
    }

    /// A word the Chinese says by a word of its own ([`super::said_by_a_word`]): the first
    /// English of a word of the unit, of six letters or more, or an abbreviation of a name's
    /// English; not a given name, nor a word that resolves to a Chinese name elsewhere, nor a
    /// name of two words, nor a Roman numeral.
    #[test]
    fn a_word_said_by_a_chinese_word() {
        let mut said = super::WordsSaid::default();
        for w in ["christianity", "ottoman", "george", "black"] {
            said.first.insert(w.to_string());
        }
        for w in ["MIT", "EU", "II"] {
            said.abbreviations.insert(w.to_string());
        }
        let name = |t: &str| {
            facts_of("a.txt", &format!("They spoke of {t} at length.\n"))
                .into_iter()
                .find(|f| f.kind == FactKind::Name)
                .unwrap_or_else(|| panic!("no name read in {t}"))
        };
        assert!(super::said_by_a_word(&name("Christianity"), || false, &said));
        assert!(super::said_by_a_word(&name("MIT"), || false, &said));
        // (an abbreviation, even where it resolves: the Chinese word is its counterpart)
        assert!(super::said_by_a_word(&name("EU"), || true, &said));
        // (a word that resolves to a Chinese name elsewhere is that name's)
        assert!(!super::said_by_a_word(&name("Ottoman"), || true, &said));
        // (a given name, though it is a word's first English)
        assert!(!super::said_by_a_word(&name("George"), || false, &said));
        // (a short word, a surname too: 黑人 `black`)
        assert!(!super::said_by_a_word(&name("Black"), || false, &said));
        // (a name of two words; an abbreviation no word makes; a Roman numeral)
        assert!(!super::said_by_a_word(&name("Christianity Today"), || false, &said));
        assert!(!super::said_by_a_word(&name("NATO"), || false, &said));
        assert!(!super::said_by_a_word(&name("II"), || false, &said));
    }

    /// A name of several words whose every word but the connectors the Chinese glosses is
    /// translated; one word left unglossed, or a name of one word, is not.
    #[test]
    fn a_name_translated_word_by_word() {
        let glossed: std::collections::HashSet<String> = ["summer", "theater", "garden", "harvard", "stadium"]
            .iter()
            .map(|w| crate::lang::lexicon::stem(w))
            .collect();
        assert!(super::translated_word_by_word("Summer Theatre", &glossed));
        assert!(super::translated_word_by_word("Harvard Stadium", &glossed));
        assert!(super::translated_word_by_word("Garden of the Summer", &glossed));
        assert!(!super::translated_word_by_word("Saxon Garden", &glossed));
        assert!(!super::translated_word_by_word("of the", &glossed));
        assert!(!super::translated_word_by_word("Summer", &glossed));
    }

    #[test]
    fn a_whole_name_opens_with_a_given_name_and_no_place() {
        // (xquad Islamism, Super_Bowl_50, Victoria_(Australia); Georgia is a given name too, but
        // the lexicon knows the place)
        let text = "Scholars include Fred Halliday. The team played in Georgia Dome. It had four Pro Bowl selections. The west was named New Holland.\n";
        let facts = facts_of("a.en.txt", text);
        let name = |t: &str| {
            facts
                .iter()
                .find(|f| f.kind == FactKind::Name && f.text == t)
                .unwrap_or_else(|| panic!("no name `{t}` in {facts:?}"))
        };
        assert!(super::en_given_and_family(name("Fred Halliday")));
        for t in ["Georgia Dome", "Pro Bowl", "New Holland"] {
            assert!(!super::en_given_and_family(name(t)), "{t}");
        }
    }

    /// A name the lexicon knows (爱德华 `edward`, xquad Imperialism) may be a name left over;
    /// a common word is none (城市, which the name reader no longer reads as a name since it
    /// knows the common words jieba tags as places: the check stands for a word read as a name
    /// by its characters).
    #[test]
    fn a_word_that_renders_its_gloss_may_be_a_name() {
        let said = name(
            "正如爱德华的理论所说的，东方主义是指西方如何发展出东方的一个 想象地理学。\n",
            "爱德华",
        );
        assert!(super::may_be_a_name(&said));
        let city = Fact {
            text: "城市".to_string(),
            value: crate::facts::FactValue::Name {
                key: "城市".to_string(),
                latin: None,
            },
            ..said.clone()
        };
        assert!(!super::may_be_a_name(&city));
        // a whole name renders as many first words of its gloss (wikipairs Economics)
        let smith = name(
            "苏格兰哲学家和经济学家亚当·斯密在1776年将政治经济学定义为国民财富的研究。\n",
            "亚当·斯密",
        );
        let gloss = "adam smith scottish ethical philosopher pioneer economist author wealth nations";
        assert!(super::renders_its_gloss(&smith, gloss, super::SPELT_ALIKE));
        assert!(!super::renders_its_gloss(
            &smith,
            "scottish ethical philosopher",
            super::SPELT_ALIKE
        ));
        // (and a gloss that gives the surname first by its first word)
        let tolstoy = name("列夫·托尔斯泰写了战争与和平。\n", "列夫·托尔斯泰");
        assert!(super::renders_its_gloss(
            &tolstoy,
            "tolstoy leo russian writer",
            super::SPELT_ALIKE
        ));
    }

    #[test]
    fn one_spelling_joins_run_together_names_and_adjectives() {
        assert!(super::one_spelling("Manakin Town", "Manakintown"));
        assert!(super::one_spelling("Aristotle", "Aristotelian"));
        assert!(!super::one_spelling("Ostrowski", "Schinzel"));
        assert!(!super::one_spelling("Lorentz", "Lorenzo"));
    }
}
