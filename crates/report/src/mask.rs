//! Masked previews: enough shape to recognise the kind of value, not enough to recover it.

use piimap_model::Category;

/// Masks a value for display. Never returns more than a few characters of the original.
pub fn mask(category: Category, value: &str) -> String {
    match category {
        Category::Email => mask_email(value),
        Category::Vin => mask_keep_ends(value, 3, 4),
        Category::Phone => mask_digits_keep_last(value, 2),
        Category::Location => mask_coordinates(value),
        Category::Name | Category::Address => mask_words(value),
    }
}

fn first_char(s: &str) -> String {
    s.chars().next().map(String::from).unwrap_or_default()
}

fn mask_email(value: &str) -> String {
    let Some((local, domain)) = value.rsplit_once('@') else {
        return mask_words(value);
    };
    let tld = domain.rsplit_once('.').map(|(_, t)| t).unwrap_or("");
    format!("{}***@{}***.{}", first_char(local), first_char(domain), tld)
}

/// First `head` and last `tail` characters, the rest as `*`; short values are fully masked.
fn mask_keep_ends(value: &str, head: usize, tail: usize) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() <= head + tail + 2 {
        return "*".repeat(chars.len().max(3));
    }
    let mut out: String = chars[..head].iter().collect();
    out.push_str(&"*".repeat(chars.len() - head - tail));
    out.extend(&chars[chars.len() - tail..]);
    out
}

fn mask_digits_keep_last(value: &str, keep: usize) -> String {
    let total = value.chars().filter(char::is_ascii_digit).count();
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen + keep > total {
                    return c;
                }
                return '*';
            }
            if c.is_alphanumeric() { '*' } else { c }
        })
        .collect()
}

/// Each number cut after its first decimal: `35.6***, 139.7***`.
fn mask_coordinates(value: &str) -> String {
    let mut out = String::new();
    let mut decimals: Option<usize> = None;
    for c in value.chars() {
        match (c, decimals) {
            ('.', None) => {
                decimals = Some(0);
                out.push(c);
            }
            (d, Some(n)) if d.is_ascii_digit() => {
                if n == 0 {
                    out.push(d);
                } else if n == 1 {
                    out.push_str("***");
                }
                decimals = Some(n + 1);
            }
            (c, _) if c.is_alphabetic() && decimals.is_none() => out.push(c),
            (c, _) => {
                decimals = None;
                out.push(c);
            }
        }
    }
    out
}

/// First character of each word, the rest as at most three `*`.
fn mask_words(value: &str) -> String {
    value
        .split_whitespace()
        .map(|w| {
            let n = w.chars().count();
            if n <= 1 {
                "*".to_string()
            } else {
                format!("{}{}", first_char(w), "*".repeat((n - 1).min(3)))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_from_the_design() {
        assert_eq!(mask(Category::Email, "jane.doe@example.com"), "j***@e***.com");
        assert_eq!(mask(Category::Vin, "1HGCM82633A004352"), "1HG**********4352");
        assert_eq!(mask(Category::Location, "35.6812, 139.7671"), "35.6***, 139.7***");
    }

    #[test]
    fn phones_keep_only_the_last_two_digits() {
        assert_eq!(mask(Category::Phone, "+33 (0)3 56 01 64 72"), "+** (*)* ** ** ** 72");
    }

    #[test]
    fn names_and_addresses_keep_initials() {
        assert_eq!(mask(Category::Name, "Jérôme Jourdan"), "J*** J***");
        assert_eq!(mask(Category::Address, "45, rue Delannoy"), "4** r** D***");
    }

    #[test]
    fn short_values_are_fully_masked() {
        assert_eq!(mask(Category::Vin, "ABC"), "***");
    }
}
