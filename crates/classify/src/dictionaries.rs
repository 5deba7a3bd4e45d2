//! Word lists compiled into the binary (`classifiers/dictionaries/`, sources in SOURCES.md),
//! parsed on first use.

use std::collections::HashSet;
use std::sync::LazyLock;

fn load(text: &'static str) -> HashSet<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

macro_rules! dictionary {
    ($name:ident, $file:literal) => {
        pub static $name: LazyLock<HashSet<&'static str>> =
            LazyLock::new(|| load(include_str!(concat!("../../../classifiers/dictionaries/", $file))));
    };
}

dictionary!(FIRST_NAMES, "first_names.txt");
dictionary!(SURNAMES, "surnames.txt");
dictionary!(COMMON_WORDS, "common_words.txt");
dictionary!(JA_SURNAMES, "ja_surnames.txt");
dictionary!(JA_GIVEN_NAMES, "ja_given_names.txt");
dictionary!(TLDS, "tlds.txt");

/// Looks a word up lowercased, in a list of lowercase entries; then without diacritics and
/// apostrophes (`García` → `garcia`, `Müller` → `muller`, `O'Brien` → `obrien`), since some
/// lists (the census) are plain ASCII.
pub fn contains_lower(set: &HashSet<&'static str>, word: &str) -> bool {
    let lower = word.to_lowercase();
    if set.contains(lower.as_str()) {
        return true;
    }
    let folded = fold(&lower);
    folded != lower && set.contains(folded.as_str())
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
