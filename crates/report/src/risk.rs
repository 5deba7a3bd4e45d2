//! Risk per location: sensitivity (which categories, traces over points), exposure and volume,
//! with the reason in words.

use piimap_model::{Category, ExposureLevel, LocationReport, Risk, RiskLevel};

fn thousands(n: u64) -> String {
    crate::summary::thousands(n)
}

/// Assesses one location. Locations without findings carry no risk.
pub fn assess(loc: &LocationReport) -> Risk {
    if loc.findings.is_empty() {
        return Risk { level: RiskLevel::None, reason: "no personal data found".into() };
    }
    let has = |c: Category| loc.findings.iter().any(|f| f.category == c);
    let trace = loc.findings.iter().any(|f| f.trace.is_some());
    let mut reasons = Vec::new();
    let mut score = 0;
    let (s, why) = if trace {
        (3, "location trace (many points per identifier over time)")
    } else if has(Category::Location) && (has(Category::Vin) || has(Category::Name)) {
        (3, "locations tied to a vehicle or person")
    } else if has(Category::Name) && (has(Category::Address) || has(Category::Phone) || has(Category::Email)) {
        (2, "names with contact details")
    } else if has(Category::Location) {
        (2, "locations")
    } else {
        (1, "single identifiers")
    };
    score += s;
    reasons.push(why.to_string());
    let rule = loc.exposure.evidence.first().map(|e| format!(" ({})", e.rule)).unwrap_or_default();
    match loc.exposure.level {
        ExposureLevel::Public => {
            score += 3;
            reasons.push(format!("readable by anyone{rule}"));
        }
        ExposureLevel::Authenticated => {
            score += 1;
            reasons.push(format!("readable by any authenticated account{rule}"));
        }
        ExposureLevel::Unknown => reasons.push("exposure unknown".into()),
        ExposureLevel::Restricted => {}
    }
    let volume = loc.findings.iter().map(|f| f.distinct_estimate).max().unwrap_or(0);
    if volume >= 10_000 {
        score += 2;
    } else if volume >= 100 {
        score += 1;
    }
    reasons.push(format!("~{} distinct values", thousands(volume)));
    let level = match score {
        s if s >= 5 => RiskLevel::High,
        s if s >= 3 => RiskLevel::Medium,
        _ => RiskLevel::Low,
    };
    Risk { level, reason: reasons.join("; ") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use piimap_model::*;

    fn loc(level: ExposureLevel, findings: Vec<(Category, u64, bool)>) -> LocationReport {
        let exposure = Exposure { level, evidence: vec![ExposureEvidence { rule: "s3-acl-allusers-read".into(), detail: String::new() }] };
        LocationReport {
            findings: findings
                .into_iter()
                .map(|(category, distinct, trace)| Finding {
                    category,
                    field: None,
                    count: distinct,
                    distinct_estimate: distinct,
                    confidence: 0.9,
                    classifiers: vec![],
                    samples: vec![],
                    column_evidence: None,
                    trace: trace.then(|| "trace".to_string()),
                })
                .collect(),
            ..LocationReport::new("s3://b/k", LocationKind::Object, exposure)
        }
    }

    #[test]
    fn public_trace_is_high_with_reasons() {
        let r = assess(&loc(ExposureLevel::Public, vec![(Category::Location, 50_000, true), (Category::Vin, 2_000, false)]));
        assert_eq!(r.level, RiskLevel::High);
        assert!(r.reason.contains("location trace") && r.reason.contains("readable by anyone (s3-acl-allusers-read)"), "{}", r.reason);
    }

    #[test]
    fn restricted_few_emails_is_low() {
        let r = assess(&loc(ExposureLevel::Restricted, vec![(Category::Email, 3, false)]));
        assert_eq!(r.level, RiskLevel::Low);
        assert_eq!(assess(&loc(ExposureLevel::Public, vec![])).level, RiskLevel::None);
    }
}
