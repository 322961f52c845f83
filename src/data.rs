//! The data tables the lower layers read, embedded at compile time from `rules/data/` (and
//! jieba's dictionary from `src/lang`): the one place that knows where they live.

/// Units of measure and their conversions (`facts::number`).
pub const UNITS: &str = include_str!("../rules/data/units.toml");
/// Fact roles and their cue words in both languages (`facts::role`).
pub const ROLES: &str = include_str!("../rules/data/roles.toml");
/// Xinhua transliteration readings of Han characters (`facts::translit`).
pub const TRANSLITERATION: &str = include_str!("../rules/data/transliteration.toml");
/// Event classes and negation cues, with their examples (`claim-event-mismatch`,
/// `claim-polarity-mismatch`).
pub const EVENTS: &str = include_str!("../rules/data/events.toml");
/// Legitimate doubled words (`repeated-word`).
pub const REPEATED_WORD: &str = include_str!("../rules/data/repeated-word.toml");
/// Role words before a person's name (`latin-in-chinese`).
pub const LATIN_IN_CHINESE: &str = include_str!("../rules/data/latin-in-chinese.toml");
/// OpenCC's Traditional → Simplified character table (`lang::script`).
pub const OPENCC_TS_CHARACTERS: &str = include_str!("../rules/data/opencc/TSCharacters.txt");
/// OpenCC's Simplified → Traditional character table (`lang::script`).
pub const OPENCC_ST_CHARACTERS: &str = include_str!("../rules/data/opencc/STCharacters.txt");
/// The zh→en lexicon derived from CC-CEDICT, sorted by headword (`lang::lexicon`).
pub const LEXICON: &str = include_str!("../rules/data/lexicon/zh-en.tsv");
/// The words jieba's dictionary tags as names that CC-CEDICT knows only as common words
/// (城市, 英里), sorted (`lang::lexicon`; made by `tools/common_words.py`).
pub const COMMON_WORDS: &str = include_str!("../rules/data/lexicon/common-words.txt");
/// The places and organisations of the lexicon by English key (`align::entities`): made from
/// CC-CEDICT and jieba's dictionary (a test checks it is current).
pub const PLACES: &str = include_str!("../rules/data/lexicon/places.tsv");
/// The countries and territories by their English and Chinese names, from the Unicode CLDR
/// (`rules/data/lexicon/LICENSE-UNICODE`): a source of `places.tsv`, for the countries
/// jieba's dictionary tags as people's names (爱尔兰, 乌克兰).
#[cfg(test)]
pub const TERRITORIES: &str = include_str!("../rules/data/lexicon/territories.tsv");
/// The toneless pinyin of single characters, from CC-CEDICT (`facts::translit`, for characters
/// outside the transliteration table).
pub const PINYIN: &str = include_str!("../rules/data/lexicon/pinyin.tsv");
/// jieba-rs 0.7.4's dictionary (MIT, `lang/jieba-LICENSE`), which the crate does not expose (`lang::segment`).
pub const JIEBA_DICT: &str = include_str!("lang/jieba_dict.txt");
/// jieba-rs 0.7.4's HMM for words the dictionary does not have (jieba-macros 0.7.1's
/// `hmm.model`, MIT; `lang::segment`).
pub const JIEBA_HMM: &str = include_str!("lang/jieba_hmm.model");
/// English given names from the 1990 US Census, public domain (`rules/data/given-names/`,
/// `lang::given_names`).
pub const GIVEN_NAMES: &str = include_str!("../rules/data/given-names/given-names.txt");
