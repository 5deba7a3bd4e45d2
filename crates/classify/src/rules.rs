//! Declarative classifier rules (`classifiers/<category>.toml`, DESIGN.md §4).

use piimap_model::Category;
use serde::Deserialize;
use std::path::Path;

/// Rule files compiled into the binary: the default set.
/// Order matters where two rules match at the same place: the more specific comes first.
pub const EMBEDDED_RULES: &[(&str, &str)] = &[
    ("email.toml", include_str!("../../../classifiers/email.toml")),
    ("vin.toml", include_str!("../../../classifiers/vin.toml")),
    ("location.toml", include_str!("../../../classifiers/location.toml")),
    ("address.toml", include_str!("../../../classifiers/address.toml")),
    ("name.toml", include_str!("../../../classifiers/name.toml")),
    ("phone.toml", include_str!("../../../classifiers/phone.toml")),
];

#[derive(Debug, thiserror::Error)]
pub enum RuleError {
    #[error("{file}: {source}")]
    Parse { file: String, source: Box<toml::de::Error> },
    #[error("{file}: unsupported schema {schema} (this piimap reads schema 1)")]
    Schema { file: String, schema: u32 },
    #[error("{file}: unknown category {category:?}")]
    Category { file: String, category: String },
    #[error("{file}: classifier {id}: {message}")]
    Invalid { file: String, id: String, message: String },
    #[error("{file}: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("classifier id {0} is defined twice")]
    DuplicateId(String),
    #[error("compiling the classifier patterns: {0}")]
    Compile(String),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub schema: u32,
    pub category: String,
    /// Named pattern fragments, referenced as `{{name}}` in patterns of this file.
    #[serde(default)]
    pub define: std::collections::BTreeMap<String, String>,
    #[serde(rename = "classifier")]
    pub classifiers: Vec<RuleSpec>,
}

/// Replaces `{{name}}` by `(?:fragment)`; fragments may use other fragments (not themselves).
fn expand(pattern: &str, define: &std::collections::BTreeMap<String, String>) -> Result<String, String> {
    expand_nested(pattern, define, 0)
}

fn expand_nested(pattern: &str, define: &std::collections::BTreeMap<String, String>, depth: usize) -> Result<String, String> {
    if depth > 8 {
        return Err("fragments nested more than 8 deep (a fragment that uses itself?)".into());
    }
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(i) = rest.find("{{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find("}}") else {
            return Err("unclosed {{".into());
        };
        let name = &after[..j];
        let fragment = define.get(name).ok_or_else(|| format!("undefined fragment {{{{{name}}}}}"))?;
        out.push_str("(?:");
        out.push_str(&expand_nested(fragment, define, depth + 1)?);
        out.push(')');
        rest = &after[j + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub pattern: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default)]
    pub columns: Vec<String>,
    pub validate: Option<String>,
    pub score: f32,
    /// Lowercased words that, right before a candidate, make it something else (`SKU`, `order #`).
    #[serde(default)]
    pub negative_context: Vec<String>,
    /// Share of a column's values that must match before the column is reported for this
    /// category without a header match: fuzzy detectors (names, addresses) set it so that a
    /// few name-like words in a city column do not make it a name column.
    #[serde(default)]
    pub column_min_ratio: f32,
    /// The automaton this rule's pattern is compiled into (default: its category). Rules that
    /// match word shapes everywhere (capitalised words, a number and a word) get one of their own:
    /// in a shared automaton their states multiply with every other pattern's and the lazy DFA
    /// spends its time rebuilding them.
    #[serde(default)]
    pub automaton: Option<String>,
    #[serde(default)]
    pub examples: Examples,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    #[serde(default)]
    pub no_match: Vec<String>,
}

/// A rule with its category resolved and its header names normalized.
#[derive(Debug, Clone)]
pub struct Rule {
    pub category: Category,
    pub spec: RuleSpec,
    /// Lowercased context words.
    pub context: Vec<String>,
    pub columns: Vec<String>,
}

/// Header normalization used on both sides: lowercase, without `_`, `-`, `.`, spaces.
pub fn normalize_header(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' ' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn parse_rule_file(file: &str, text: &str) -> Result<Vec<Rule>, RuleError> {
    let parsed: RuleFile = toml::from_str(text)
        .map_err(|e| RuleError::Parse { file: file.into(), source: Box::new(e) })?;
    if parsed.schema != 1 {
        return Err(RuleError::Schema { file: file.into(), schema: parsed.schema });
    }
    let category = Category::parse(&parsed.category)
        .ok_or_else(|| RuleError::Category { file: file.into(), category: parsed.category.clone() })?;
    parsed
        .classifiers
        .into_iter()
        .map(|mut spec| {
            let invalid = |message: String| RuleError::Invalid { file: file.into(), id: spec.id.clone(), message };
            if !spec.id.starts_with(&format!("{}-", category.as_str())) {
                return Err(invalid(format!("id must start with \"{}-\"", category.as_str())));
            }
            spec.negative_context = spec.negative_context.iter().map(|w| w.to_lowercase()).collect();
            if !(0.0..=1.0).contains(&spec.score) {
                return Err(invalid(format!("score {} is outside 0..=1", spec.score)));
            }
            spec.pattern = expand(&spec.pattern, &parsed.define).map_err(invalid)?;
            if let Some(v) = &spec.validate {
                if crate::validators::lookup(v).is_none() {
                    return Err(invalid(format!("unknown validator {v:?}")));
                }
            }
            Ok(Rule {
                category,
                context: spec.context.iter().map(|c| c.to_lowercase()).collect(),
                columns: spec.columns.iter().map(|c| normalize_header(c)).collect(),
                spec,
            })
        })
        .collect()
}

/// The default rule set compiled into the binary.
pub fn embedded_rules() -> Result<Vec<Rule>, RuleError> {
    let mut all = Vec::new();
    for (file, text) in EMBEDDED_RULES {
        all.extend(parse_rule_file(file, text)?);
    }
    Ok(all)
}

/// Loads every `*.toml` in a directory (a user's own rule set), sorted by file name.
pub fn load_rules_dir(dir: &Path) -> Result<Vec<Rule>, RuleError> {
    let io = |e| RuleError::Io { file: dir.display().to_string(), source: e };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut all = Vec::new();
    for f in files {
        let name = f.display().to_string();
        let text = std::fs::read_to_string(&f).map_err(|e| RuleError::Io { file: name.clone(), source: e })?;
        all.extend(parse_rule_file(&name, &text)?);
    }
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_rejected() {
        let text = "schema = 1\ncategory = \"email\"\n[[classifier]]\nid = \"email-x\"\npattern = 'a'\nscore = 0.5\nsevrity = 3\n";
        let err = parse_rule_file("x.toml", text).expect_err("unknown field must be rejected");
        assert!(err.to_string().contains("sevrity"), "{err}");
    }

    #[test]
    fn wrong_schema_and_category_are_rejected() {
        let text = "schema = 2\ncategory = \"email\"\nclassifier = []\n";
        assert!(matches!(parse_rule_file("x.toml", text), Err(RuleError::Schema { .. })));
        let text = "schema = 1\ncategory = \"ssn\"\nclassifier = []\n";
        assert!(matches!(parse_rule_file("x.toml", text), Err(RuleError::Category { .. })));
    }

    #[test]
    fn unknown_validator_is_rejected() {
        let text = "schema = 1\ncategory = \"vin\"\n[[classifier]]\nid = \"vin-x\"\npattern = 'a'\nscore = 0.5\nvalidate = \"nope\"\n";
        assert!(matches!(parse_rule_file("x.toml", text), Err(RuleError::Invalid { .. })));
    }

    #[test]
    fn fragments_expand() {
        let text = "schema = 1\ncategory = \"vin\"\n[define]\nd = '[0-9]'\n[[classifier]]\nid = \"vin-x\"\npattern = 'a{{d}}{2}'\nscore = 0.5\n";
        let rules = parse_rule_file("x.toml", text).expect("parses");
        assert_eq!(rules[0].spec.pattern, "a(?:[0-9]){2}");
        let bad = text.replace("{{d}}", "{{nope}}");
        assert!(parse_rule_file("x.toml", &bad).is_err());
    }

    #[test]
    fn headers_normalize() {
        assert_eq!(normalize_header("Customer_E-Mail Address"), "customeremailaddress");
        assert_eq!(normalize_header("車台番号"), "車台番号");
    }

    #[test]
    fn every_shipped_rule_file_is_embedded() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../classifiers");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("classifiers/ exists")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = EMBEDDED_RULES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
    }
}
