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

/// Looks a word up lowercased, in a list of lowercase entries.
pub fn contains_lower(set: &HashSet<&'static str>, word: &str) -> bool {
    if word.chars().all(|c| !c.is_uppercase()) {
        return set.contains(word);
    }
    set.contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(contains_lower(&FIRST_NAMES, "Jérôme"));
        assert!(contains_lower(&SURNAMES, "Smith"));
        assert!(contains_lower(&COMMON_WORDS, "customer"));
        assert!(!contains_lower(&COMMON_WORDS, "smith"));
        assert!(JA_SURNAMES.contains("高橋"));
        assert!(JA_GIVEN_NAMES.contains("陽一"));
        assert!(TLDS.contains("com"));
    }
}
