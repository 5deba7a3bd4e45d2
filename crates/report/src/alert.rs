//! Alerts of a continuous watch (`piimap watch`): what changed between two passes that a person
//! must hear about now. A location with personal data that became readable by others, new
//! personal data in a location already exposed, and the all-clear when an exposure is removed.
//!
//! The same exposure is reported once: the next pass compares with this one, so an alert comes
//! again only when something changes. A bucket made public raises one alert for the bucket (and
//! its datasets), not one per object: member locations are folded into the group that alerts.

use piimap_model::{Category, ExposureEvidence, ExposureLevel, Inventory, LocationKind, LocationReport, RiskLevel};
use serde::{Deserialize, Serialize};
use crate::diff::{categories, was_by_uri};
use std::collections::BTreeMap;
use std::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AlertKind {
    /// A location holding personal data went from restricted or unknown to authenticated or public.
    BecameExposed,
    /// Personal data appeared in a location that is exposed (new categories, or a new location).
    NewPersonalData,
    /// A location with personal data is no longer exposed: all clear.
    ExposureRemoved,
}

/// When the change happened, as closely as the watch can tell: after the previous pass (when
/// it was not so yet) and by this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Since {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    pub by: String,
}

/// One alert: a JSON object on its own line (NDJSON), never with raw values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub alert: AlertKind,
    pub uri: String,
    pub kind: LocationKind,
    /// The exposure now.
    pub became: ExposureLevel,
    /// The exposure at the previous pass; absent for a location it did not know.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub was: Option<ExposureLevel>,
    pub since: Since,
    /// Categories of personal data the location holds.
    pub categories: Vec<Category>,
    /// For `new-personal-data`: the categories it did not hold at the previous pass.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_categories: Vec<Category>,
    /// Largest distinct count among categories that identify a person (e-mail, phone, VIN).
    pub people_estimate: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub risk: Option<RiskLevel>,
    /// Why the location is (or is no longer) exposed: the rules and their details.
    pub evidence: Vec<ExposureEvidence>,
    /// Locations this alert stands for: itself and the members folded into it.
    pub locations: u64,
}

fn people_estimate(l: &LocationReport) -> u64 {
    l.findings.iter().filter(|f| f.category.identifies_a_person()).map(|f| f.distinct_estimate).max().unwrap_or(0)
}

/// The alerts from the previous pass's inventory (`None` on the first pass: every exposed
/// location with personal data is then news) to this one. `previous_pass` is when the previous
/// pass finished, `now` when this one did.
pub fn alerts(previous: Option<&Inventory>, current: &Inventory, previous_pass: Option<&str>, now: &str) -> io::Result<Vec<Alert>> {
    let was = match previous {
        Some(prev) => was_by_uri(prev)?,
        None => BTreeMap::new(),
    };
    let since = Since { after: previous_pass.map(str::to_string), by: now.to_string() };
    let mut groups: Vec<Alert> = Vec::new();
    let mut members: Vec<(Alert, Option<String>)> = Vec::new();
    current.locations.each(|l| {
        let now_cats = categories(l);
        let old = was.get(&l.uri);
        let exposed = l.exposure.level.is_exposed();
        let was_exposed = old.is_some_and(|o| o.level.is_exposed());
        let alert = |kind, new_categories: Vec<Category>| Alert {
            alert: kind,
            uri: l.uri.clone(),
            kind: l.kind,
            became: l.exposure.level,
            was: old.map(|o| o.level),
            since: since.clone(),
            categories: now_cats.iter().copied().collect(),
            new_categories,
            people_estimate: people_estimate(l),
            risk: l.risk.as_ref().map(|r| r.level),
            evidence: l.exposure.evidence.clone(),
            locations: 1,
        };
        let raised = if exposed && !now_cats.is_empty() {
            match old {
                Some(_) if !was_exposed => Some(alert(AlertKind::BecameExposed, Vec::new())),
                Some(o) => {
                    let new: Vec<Category> = now_cats.difference(&o.categories).copied().collect();
                    (!new.is_empty()).then(|| alert(AlertKind::NewPersonalData, new))
                }
                None => Some(alert(AlertKind::NewPersonalData, now_cats.iter().copied().collect())),
            }
        } else if !exposed && was_exposed && !old.is_some_and(|o| o.categories.is_empty()) {
            // A location's personal data was exposed and is not any more (a `restricted` or
            // `unknown` reading: the evidence says which).
            Some(alert(AlertKind::ExposureRemoved, Vec::new()))
        } else {
            None
        };
        if let Some(a) = raised {
            if l.kind.is_group() {
                groups.push(a);
            } else {
                members.push((a, l.member_of.clone()));
            }
        }
        Ok(())
    })?;
    // Fold each member into the narrowest group of the same kind that holds it (its dataset,
    // else its store), so that a bucket made public is one alert with a count.
    let mut alone = Vec::new();
    for (a, member_of) in members {
        let holder = groups
            .iter_mut()
            .filter(|g| g.alert == a.alert && (member_of.as_deref() == Some(g.uri.as_str()) || within(&a.uri, &g.uri)))
            .max_by_key(|g| g.uri.len());
        match holder {
            Some(g) => g.locations += 1,
            None => alone.push(a),
        }
    }
    groups.extend(alone);
    groups.sort_by(|a, b| a.uri.cmp(&b.uri));
    Ok(groups)
}

/// Whether `uri` lies inside the store or folder `group` (`s3://b/` holds `s3://b/k`).
fn within(uri: &str, group: &str) -> bool {
    uri.len() > group.len() && uri.starts_with(group) && (group.ends_with('/') || matches!(uri.as_bytes()[group.len()], b'/' | b'#'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::{Exposure, Finding, Locations};

    fn loc(uri: &str, kind: LocationKind, level: ExposureLevel, cats: &[Category]) -> LocationReport {
        LocationReport {
            findings: cats
                .iter()
                .map(|&category| Finding {
                    category,
                    field: None,
                    count: 3,
                    distinct_estimate: 3,
                    confidence: 0.9,
                    classifiers: vec![],
                    samples: vec![],
                    column_evidence: None,
                    trace: None,
                })
                .collect(),
            ..LocationReport::new(uri, kind, Exposure { level, evidence: vec![ExposureEvidence { rule: "r".into(), detail: "d".into() }] })
        }
    }

    fn inventory(locations: Vec<LocationReport>) -> Inventory {
        let mut inv = crate::tests::sample_inventory();
        inv.locations = Locations::from(locations);
        inv
    }

    fn bucket(level: ExposureLevel, cats: &[Category]) -> Inventory {
        inventory(vec![
            loc("s3://b/", LocationKind::Bucket, level, cats),
            loc("s3://b/a.csv", LocationKind::Object, level, cats),
            loc("s3://b/b.csv", LocationKind::Object, level, cats),
            loc("s3://b/empty.txt", LocationKind::Object, level, &[]),
        ])
    }

    #[test]
    fn a_bucket_made_public_is_one_alert_then_silence_then_all_clear() {
        let private = bucket(ExposureLevel::Restricted, &[Category::Email]);
        let public = bucket(ExposureLevel::Public, &[Category::Email]);
        let first = alerts(None, &private, None, "t0").expect("alerts");
        assert!(first.is_empty(), "nothing exposed: {first:?}");
        let opened = alerts(Some(&private), &public, Some("t0"), "t1").expect("alerts");
        assert_eq!(opened.len(), 1, "{opened:?}");
        let a = &opened[0];
        assert_eq!((a.alert, a.uri.as_str(), a.became, a.was, a.locations), (AlertKind::BecameExposed, "s3://b/", ExposureLevel::Public, Some(ExposureLevel::Restricted), 3));
        assert_eq!(a.since, Since { after: Some("t0".into()), by: "t1".into() });
        assert_eq!(a.people_estimate, 3);
        assert!(alerts(Some(&public), &public, Some("t1"), "t2").expect("alerts").is_empty(), "reported once");
        let closed = alerts(Some(&public), &private, Some("t2"), "t3").expect("alerts");
        assert_eq!(closed.iter().map(|a| (a.alert, a.uri.as_str(), a.locations)).collect::<Vec<_>>(), [(AlertKind::ExposureRemoved, "s3://b/", 3)]);
    }

    #[test]
    fn new_categories_in_an_exposed_location_alert_with_what_is_new() {
        let before = bucket(ExposureLevel::Public, &[Category::Email]);
        let after = bucket(ExposureLevel::Public, &[Category::Email, Category::Location]);
        let a = alerts(Some(&before), &after, Some("t0"), "t1").expect("alerts");
        assert_eq!(a.len(), 1);
        assert_eq!((a[0].alert, a[0].new_categories.clone()), (AlertKind::NewPersonalData, vec![Category::Location]));
        // A new exposed file outside any alerting group is its own alert.
        let mut locs = vec![loc("file:///srv/www/leak.csv", LocationKind::File, ExposureLevel::Authenticated, &[Category::Phone])];
        locs.push(loc("file:///srv/www/ok.csv", LocationKind::File, ExposureLevel::Restricted, &[Category::Phone]));
        let a = alerts(Some(&inventory(vec![])), &inventory(locs), None, "t1").expect("alerts");
        assert_eq!(a.iter().map(|a| (a.alert, a.uri.as_str(), a.was)).collect::<Vec<_>>(), [(AlertKind::NewPersonalData, "file:///srv/www/leak.csv", None)]);
    }

    #[test]
    fn groups_hold_only_what_lies_inside_them() {
        assert!(within("s3://b/k", "s3://b/"));
        assert!(within("file:///d/x.csv", "file:///d"));
        assert!(!within("file:///data2/x.csv", "file:///data"));
        assert!(!within("s3://b/", "s3://b/"));
    }
}
