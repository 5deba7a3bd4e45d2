//! Classification without I/O: rule loading (`classifiers/*.toml`), validators, the text path
//! (find spans of personal data in free text) and the column path (decide what a field holds).

mod address;
pub mod column;
pub mod dictionaries;
pub mod engine;
pub mod geo;
pub mod headers;
pub mod memo;
mod recent;
mod names;
mod phone;
pub mod rules;
pub mod validators;

pub use column::{ColumnProfile, ColumnVerdict};
pub use engine::{Engine, Scratch, TextMatch};
pub use memo::ShapeMemo;
pub use rules::{Rule, RuleError};
