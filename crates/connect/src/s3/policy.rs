//! Our own reading of a bucket policy: which statements allow anyone (`Principal: "*"`) to read
//! objects or list keys, and whether conditions narrow them. `GetBucketPolicyStatus` gives AWS's
//! verdict; this gives the statement a responder has to change.

use serde_json::Value;

/// An `Allow` statement whose principal is everyone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PublicGrant {
    pub sid: String,
    pub read_objects: bool,
    pub list_keys: bool,
    /// Condition keys (`aws:SourceIp`, `aws:SourceVpce`...); a conditional grant is not public.
    pub conditions: Vec<String>,
}

impl PublicGrant {
    pub fn describe(&self) -> String {
        let mut what = Vec::new();
        if self.read_objects {
            what.push("s3:GetObject (read every object)");
        }
        if self.list_keys {
            what.push("s3:ListBucket (list every key)");
        }
        let sid = if self.sid.is_empty() { String::new() } else { format!(" {:?}", self.sid) };
        format!("policy statement{sid} allows Principal \"*\" {}", what.join(" and "))
    }
}

fn strings(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// IAM action patterns: case-insensitive, `*` and `?` wildcards.
fn action_matches(pattern: &str, action: &str) -> bool {
    fn go(p: &[u8], a: &[u8]) -> bool {
        match (p.first(), a.first()) {
            (None, None) => true,
            (Some(b'*'), _) => go(&p[1..], a) || (!a.is_empty() && go(p, &a[1..])),
            (Some(b'?'), Some(_)) => go(&p[1..], &a[1..]),
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => go(&p[1..], &a[1..]),
            _ => false,
        }
    }
    go(pattern.as_bytes(), action.as_bytes())
}

fn is_everyone(principal: Option<&Value>) -> bool {
    match principal {
        Some(Value::String(s)) => s == "*",
        Some(Value::Object(m)) => m.get("AWS").is_some_and(|v| strings(Some(v)).contains(&"*")),
        _ => false,
    }
}

/// Statements of `policy` that allow everyone to read or list.
pub(crate) fn public_grants(policy: &str) -> Result<Vec<PublicGrant>, String> {
    let doc: Value = serde_json::from_str(policy).map_err(|e| format!("bucket policy is not valid JSON: {e}"))?;
    let statements = match doc.get("Statement") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(s @ Value::Object(_)) => vec![s],
        _ => Vec::new(),
    };
    let mut grants = Vec::new();
    for st in statements {
        if st.get("Effect").and_then(Value::as_str) != Some("Allow") || !is_everyone(st.get("Principal")) {
            continue;
        }
        let allows = |action: &str| {
            let listed = strings(st.get("Action"));
            let excluded = strings(st.get("NotAction"));
            if st.get("NotAction").is_some() {
                !excluded.iter().any(|p| action_matches(p, action))
            } else {
                listed.iter().any(|p| action_matches(p, action))
            }
        };
        let (read_objects, list_keys) = (allows("s3:GetObject"), allows("s3:ListBucket"));
        if !read_objects && !list_keys {
            continue;
        }
        let conditions = st
            .get("Condition")
            .and_then(Value::as_object)
            .map(|ops| ops.values().filter_map(Value::as_object).flat_map(|keys| keys.keys().cloned()).collect())
            .unwrap_or_default();
        grants.push(PublicGrant {
            sid: st.get("Sid").and_then(Value::as_str).unwrap_or("").to_string(),
            read_objects,
            list_keys,
            conditions,
        });
    }
    Ok(grants)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_read_statement() {
        let p = r#"{"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",
            "Action":["s3:GetObject"],"Resource":"arn:aws:s3:::b/*"}]}"#;
        let g = public_grants(p).expect("valid");
        assert_eq!(g.len(), 1);
        assert!(g[0].read_objects && !g[0].list_keys && g[0].conditions.is_empty());
        assert!(g[0].describe().contains("PublicRead"));
    }

    #[test]
    fn wildcards_principals_and_conditions() {
        let p = r#"{"Statement":{"Effect":"Allow","Principal":{"AWS":["*"]},"Action":"s3:*",
            "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}}"#;
        let g = public_grants(p).expect("valid");
        assert!(g[0].read_objects && g[0].list_keys);
        assert_eq!(g[0].conditions, vec!["aws:SourceIp".to_string()]);
        let not_action = r#"{"Statement":[{"Effect":"Allow","Principal":"*","NotAction":"s3:Delete*"}]}"#;
        assert!(public_grants(not_action).expect("valid")[0].read_objects);
    }

    #[test]
    fn statements_that_are_not_public() {
        let p = r#"{"Statement":[
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:GetObject"},
            {"Effect":"Deny","Principal":"*","Action":"s3:GetObject"},
            {"Effect":"Allow","Principal":"*","Action":"s3:PutObject"}]}"#;
        assert!(public_grants(p).expect("valid").is_empty());
        assert!(public_grants("{not json").is_err());
    }

    #[test]
    fn action_patterns() {
        assert!(action_matches("s3:Get*", "s3:GetObject"));
        assert!(action_matches("S3:getobject", "s3:GetObject"));
        assert!(action_matches("*", "s3:ListBucket"));
        assert!(!action_matches("s3:GetObjectAcl", "s3:GetObject"));
    }
}
