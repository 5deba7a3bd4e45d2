//! Word lists compiled into the binary (`classifiers/dictionaries/`, sources in SOURCES.md),
//! parsed on first use.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A word list: looked up for every candidate word, so with a fast hasher (foldhash) instead of
/// SipHash, whose resistance to chosen keys a compiled-in list does not need.
pub type WordSet = HashSet<&'static str, foldhash::fast::RandomState>;

fn load(text: &'static str) -> WordSet {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

macro_rules! dictionary {
    ($name:ident, $file:literal) => {
        pub static $name: LazyLock<WordSet> =
            LazyLock::new(|| load(include_str!(concat!("../../../classifiers/dictionaries/", $file))));
    };
}

dictionary!(FIRST_NAMES, "first_names.txt");
dictionary!(SURNAMES, "surnames.txt");
dictionary!(COMMON_WORDS, "common_words.txt");
dictionary!(VEHICLE_MAKES, "vehicle_makes.txt");
dictionary!(JA_SURNAMES, "ja_surnames.txt");
dictionary!(JA_GIVEN_NAMES, "ja_given_names.txt");
dictionary!(TLDS, "tlds.txt");
dictionary!(GIVEN_NAMES_INTL, "given_names_intl.txt");
dictionary!(SURNAMES_INTL, "surnames_intl.txt");
dictionary!(COMMON_WORDS_INTL, "common_words_intl.txt");
dictionary!(FREQUENT_WORDS_EN, "frequent_words_en.txt");
dictionary!(CJK_WORDS, "cjk_words.txt");

/// Names of places: GeoNames localities of 5,000+ inhabitants (`localities.tsv`: country, name)
/// and subdivisions (`subdivisions.tsv`: country, code, name), lowercase.
pub static PLACES: LazyLock<WordSet> = LazyLock::new(|| {
    let last_column = |text: &'static str| text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.rsplit('\t').next());
    last_column(include_str!("../../../classifiers/dictionaries/localities.tsv"))
        .chain(last_column(include_str!("../../../classifiers/dictionaries/subdivisions.tsv")))
        .filter(|n| !n.is_empty())
        .collect()
});

/// Street types of 60 languages with their abbreviations (`via`, `viale`, `rua`, `straße`, `st`,
/// `rd`), from libpostal's dictionaries (`street_types.tsv`: lang, kind, word, abbreviations).
pub static STREET_TYPES: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("../../../classifiers/dictionaries/street_types.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| {
            let mut cols = l.split('\t').skip(2);
            let word = cols.next().into_iter();
            let abbreviations = cols.next().into_iter().flat_map(|a| a.split('|'));
            word.chain(abbreviations).filter(|w| !w.is_empty())
        })
        .collect()
});
dictionary!(CALENDAR_WORDS, "calendar_words.txt");
dictionary!(HONORIFICS, "honorifics.txt");
dictionary!(HONORIFIC_SUFFIXES, "honorific_suffixes.txt");
dictionary!(NAME_PARTICLES, "name_particles.txt");
dictionary!(NAME_SUFFIXES, "name_suffixes.txt");
dictionary!(COUNTRIES, "countries.txt");
dictionary!(ZH_SURNAMES, "zh_surnames.txt");
dictionary!(KO_SURNAMES, "ko_surnames.txt");
dictionary!(KO_GIVEN_SYLLABLES, "ko_given_syllables.txt");
dictionary!(VI_SURNAMES, "vi_surnames.txt");
dictionary!(TH_GIVEN_NAMES, "th_given_names.txt");
dictionary!(TH_SURNAMES, "th_surnames.txt");

/// A given name in any of the lists (Latin, Cyrillic, Hebrew, Arabic, Thai script; Japanese in
/// kanji or kana). Arabic is looked up in the folded form the list stores.
pub fn is_given_name(word: &str) -> bool {
    contains_lower(&FIRST_NAMES, word)
        || contains_lower(&GIVEN_NAMES_INTL, word)
        || TH_GIVEN_NAMES.contains(word)
        || JA_GIVEN_NAMES.contains(word)
        || (has_arabic(word) && GIVEN_NAMES_INTL.contains(fold_arabic(word).as_str()))
        || (word.contains('-') && word.split('-').all(|p| !p.is_empty() && (contains_lower(&FIRST_NAMES, p) || contains_lower(&GIVEN_NAMES_INTL, p))))
}

/// A surname in any of the lists; double-barrelled ones when every part is one (`Davies-Hammond`).
pub fn is_surname(word: &str) -> bool {
    let one = |w: &str| {
        contains_lower(&SURNAMES, w)
            || contains_lower(&SURNAMES_INTL, w)
            || contains_lower(&VI_SURNAMES, w)
            || contains_lower(&KO_SURNAMES, w)
            || TH_SURNAMES.contains(w)
            || JA_SURNAMES.contains(w)
            || ZH_SURNAMES.contains(w)
            || (has_arabic(w) && SURNAMES_INTL.contains(fold_arabic(w).as_str()))
    };
    one(word) || (word.contains('-') && word.split('-').all(|p| !p.is_empty() && one(p)))
}

/// An everyday word: English (SCOWL, without the frequent names), or, when no name list knows
/// it, one of the most frequent words of 18 other languages (`Garten`, `Oma`).
pub fn is_common_word(word: &str) -> bool {
    is_english_word(word) || (every_part_in(&COMMON_WORDS_INTL, word) && !is_given_name(word) && !is_surname(word))
}

/// An everyday English word (SCOWL, without the frequent names), each part of a hyphenated one.
pub fn is_english_word(word: &str) -> bool {
    every_part_in(&COMMON_WORDS, word)
}

fn every_part_in(set: &WordSet, word: &str) -> bool {
    word.split('-').all(|p| !p.is_empty() && contains_lower(set, p))
}

fn has_arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c))
}

/// Arabic as the name lists store it: alef forms, alef maqsura, teh marbuta, Persian kaf and
/// yeh folded, vowel marks and tatweel removed.
pub fn fold_arabic(word: &str) -> String {
    word.chars()
        .filter_map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' | 'ی' => Some('ي'),
            'ة' => Some('ه'),
            'ک' => Some('ك'),
            '\u{064b}'..='\u{065f}' | '\u{0670}' | 'ـ' => None,
            c => Some(c),
        })
        .collect()
}

/// `word` in lower case, borrowed when it has no capital (most tokens of machine text, and
/// scripts without case): dictionary lookups run for every token of every candidate.
pub fn lower(word: &str) -> Lower<'_> {
    let has_capital = if word.is_ascii() { word.bytes().any(|b| b.is_ascii_uppercase()) } else { word.chars().any(char::is_uppercase) };
    Lower(if has_capital { Cow::Owned(word.to_lowercase()) } else { Cow::Borrowed(word) })
}

/// A word in lower case (see [`lower`]).
pub struct Lower<'a>(Cow<'a, str>);

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// Looks a word up lowercased, in a list of lowercase entries; then without diacritics and
/// apostrophes (`García` → `garcia`, `Müller` → `muller`, `O'Brien` → `obrien`), since some
/// lists (the census) are plain ASCII.
pub fn contains_lower(set: &WordSet, word: &str) -> bool {
    // Short ASCII words (nearly every lookup) are lower-cased on the stack.
    if word.is_ascii() && word.len() <= 32 {
        let mut buf = [0u8; 32];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).expect("ASCII");
        return set.contains(lower) || (lower.contains('\'') && set.contains(fold(lower).as_str()));
    }
    let lower = lower(word);
    if set.contains(lower.as_str()) {
        return true;
    }
    // Folding changes only letters with diacritics and apostrophes.
    if lower.is_ascii() && !lower.contains('\'') {
        return false;
    }
    let folded = fold(&lower);
    folded != lower.as_str() && set.contains(folded.as_str())
}

/// Latin letters without diacritics, apostrophes removed.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'ď' | 'đ' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => out.push('i'),
            'ł' | 'ľ' | 'ĺ' => out.push('l'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ŕ' | 'ř' => out.push('r'),
            'ś' | 'š' | 'ş' | 'ș' => out.push('s'),
            'ß' => out.push_str("ss"),
            'ť' | 'ţ' | 'ț' => out.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            '\'' | '’' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(contains_lower(&FIRST_NAMES, "Jérôme"));
        assert!(contains_lower(&SURNAMES, "Smith"));
        assert!(contains_lower(&COMMON_WORDS, "customer"));
        assert!(!contains_lower(&COMMON_WORDS, "smith"), "frequent surnames are not negative evidence");
        assert!(JA_SURNAMES.contains("高橋"));
        assert!(JA_GIVEN_NAMES.contains("陽一"));
        assert!(TLDS.contains("com"));
        assert!(contains_lower(&SURNAMES, "García"));
        assert!(contains_lower(&SURNAMES, "Müller"));
        assert!(contains_lower(&SURNAMES, "O'Brien"));
    }
}
