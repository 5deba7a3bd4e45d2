//! Who can read a bucket (DESIGN.md §5): Block Public Access, the bucket policy (AWS's verdict
//! and our reading of its statements), bucket and object ACLs, static website hosting, then
//! proof: anonymous reads of sampled objects. Every rule that fired is evidence; a setting the
//! credentials may not read is evidence too, and makes the level `unknown` unless proof settles it.

use super::{describe, policy};
use aws_sdk_s3::Client;
use piimap_model::{Exposure, ExposureEvidence, ExposureLevel};
use tokio::runtime::Runtime;

const ALL_USERS: &str = "http://acs.amazonaws.com/groups/global/AllUsers";
const AUTHENTICATED_USERS: &str = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

/// A setting that was read, was not set, or could not be read (with the reason).
#[derive(Debug, Clone)]
pub(crate) enum Check<T> {
    Read(T),
    Unreadable(String),
}

#[derive(Debug, Clone, Default)]
pub(crate) struct BlockPublicAccess {
    pub block_public_acls: bool,
    pub ignore_public_acls: bool,
    pub block_public_policy: bool,
    pub restrict_public_buckets: bool,
}

impl BlockPublicAccess {
    /// `"<level> Block Public Access: BlockPublicAcls=on, ..."`.
    fn describe(&self, level: &str) -> String {
        format!(
            "{level} Block Public Access: BlockPublicAcls={}, IgnorePublicAcls={}, BlockPublicPolicy={}, RestrictPublicBuckets={}",
            on(self.block_public_acls),
            on(self.ignore_public_acls),
            on(self.block_public_policy),
            on(self.restrict_public_buckets)
        )
    }
}

/// ACL grants to the global groups, as `(group, permission)`.
#[derive(Debug, Clone, Default)]
pub(crate) struct GroupGrants {
    pub all_users: Vec<String>,
    pub authenticated_users: Vec<String>,
}

/// A result of an anonymous request.
#[derive(Debug, Clone)]
pub(crate) enum Probe {
    Allowed,
    Refused(u16),
    Error(String),
}

#[derive(Debug, Clone)]
pub(crate) struct ObjectCheck {
    pub key: String,
    pub acl: Check<GroupGrants>,
    pub anonymous_get: Option<Probe>,
}

#[derive(Debug, Clone)]
pub(crate) struct Assessment {
    pub bucket: String,
    /// `None`: no bucket-level configuration.
    pub block: Check<Option<BlockPublicAccess>>,
    /// The owning account's Block Public Access (`None`: none set); it applies to every bucket.
    pub account_block: Check<Option<BlockPublicAccess>>,
    pub acl: Check<GroupGrants>,
    /// `None`: no policy.
    pub policy: Check<Option<Vec<policy::PublicGrant>>>,
    pub policy_is_public: Option<bool>,
    pub website: Check<Option<String>>,
    pub objects: Vec<ObjectCheck>,
    pub anonymous_list: Option<Probe>,
}

fn error_code<E: aws_sdk_s3::error::ProvideErrorMetadata>(e: &aws_sdk_s3::error::SdkError<E, aws_sdk_s3::config::http::HttpResponse>) -> Option<&str> {
    e.as_service_error().and_then(|s| s.code())
}

fn group_grants(grants: &[aws_sdk_s3::types::Grant]) -> GroupGrants {
    let mut out = GroupGrants::default();
    for g in grants {
        let uri = g.grantee().and_then(|t| t.uri()).unwrap_or("");
        let permission = g.permission().map(|p| p.as_str().to_string()).unwrap_or_default();
        if uri == ALL_USERS {
            out.all_users.push(permission);
        } else if uri == AUTHENTICATED_USERS {
            out.authenticated_users.push(permission);
        }
    }
    out
}

/// Reads the account-level Block Public Access: the caller's account from STS, then S3 Control's
/// `GetPublicAccessBlock`. Against a custom endpoint S3 Control is only called when
/// `AWS_ENDPOINT_URL_S3_CONTROL` says where (its requests go to `<account>.<endpoint host>`).
pub(crate) fn account_block_public_access(rt: &Runtime, config: &aws_config::SdkConfig, custom_endpoint: bool) -> Check<Option<BlockPublicAccess>> {
    let control_endpoint = std::env::var("AWS_ENDPOINT_URL_S3_CONTROL").ok().filter(|e| !e.is_empty());
    if custom_endpoint && control_endpoint.is_none() {
        return Check::Unreadable(
            "account-level Block Public Access not read: a custom endpoint is in use; AWS_ENDPOINT_URL_S3_CONTROL names its S3 Control endpoint".into(),
        );
    }
    let account = match rt.block_on(aws_sdk_sts::Client::new(config).get_caller_identity().send()) {
        Ok(out) => match out.account() {
            Some(a) => a.to_string(),
            None => return Check::Unreadable("sts:GetCallerIdentity named no account".into()),
        },
        Err(e) => return Check::Unreadable(format!("sts:GetCallerIdentity: {}", describe(&e))),
    };
    let mut builder = aws_sdk_s3control::config::Builder::from(config);
    if let Some(e) = control_endpoint {
        builder = builder.endpoint_url(e);
    }
    let control = aws_sdk_s3control::Client::from_conf(builder.build());
    match rt.block_on(control.get_public_access_block().account_id(&account).send()) {
        Ok(out) => Check::Read(out.public_access_block_configuration().map(|c| BlockPublicAccess {
            block_public_acls: c.block_public_acls().unwrap_or(false),
            ignore_public_acls: c.ignore_public_acls().unwrap_or(false),
            block_public_policy: c.block_public_policy().unwrap_or(false),
            restrict_public_buckets: c.restrict_public_buckets().unwrap_or(false),
        })),
        Err(e) if e.as_service_error().and_then(|s| aws_sdk_s3control::error::ProvideErrorMetadata::code(s)) == Some("NoSuchPublicAccessBlockConfiguration") => {
            Check::Read(None)
        }
        Err(e) => Check::Unreadable(format!("s3control:GetPublicAccessBlock for account {account}: {}", describe(&e))),
    }
}

/// Reads the bucket's configuration. Each call is independent: a denied one does not stop the rest.
pub(crate) fn assess_configuration(rt: &Runtime, client: &Client, bucket: &str, account_block: Check<Option<BlockPublicAccess>>) -> Assessment {
    let block = match rt.block_on(client.get_public_access_block().bucket(bucket).send()) {
        Ok(out) => Check::Read(out.public_access_block_configuration().map(|c| BlockPublicAccess {
            block_public_acls: c.block_public_acls().unwrap_or(false),
            ignore_public_acls: c.ignore_public_acls().unwrap_or(false),
            block_public_policy: c.block_public_policy().unwrap_or(false),
            restrict_public_buckets: c.restrict_public_buckets().unwrap_or(false),
        })),
        Err(e) if error_code(&e) == Some("NoSuchPublicAccessBlockConfiguration") => Check::Read(None),
        Err(e) => Check::Unreadable(format!("GetPublicAccessBlock: {}", describe(&e))),
    };
    let acl = match rt.block_on(client.get_bucket_acl().bucket(bucket).send()) {
        Ok(out) => Check::Read(group_grants(out.grants())),
        Err(e) => Check::Unreadable(format!("GetBucketAcl: {}", describe(&e))),
    };
    let policy = match rt.block_on(client.get_bucket_policy().bucket(bucket).send()) {
        Ok(out) => match out.policy().map(policy::public_grants) {
            Some(Ok(grants)) => Check::Read(Some(grants)),
            Some(Err(e)) => Check::Unreadable(e),
            None => Check::Read(None),
        },
        Err(e) if error_code(&e) == Some("NoSuchBucketPolicy") => Check::Read(None),
        Err(e) => Check::Unreadable(format!("GetBucketPolicy: {}", describe(&e))),
    };
    let policy_is_public = match &policy {
        Check::Read(Some(_)) => rt
            .block_on(client.get_bucket_policy_status().bucket(bucket).send())
            .ok()
            .and_then(|o| o.policy_status().and_then(|s| s.is_public())),
        _ => None,
    };
    let website = match rt.block_on(client.get_bucket_website().bucket(bucket).send()) {
        Ok(out) => Check::Read(Some(out.index_document().map(|d| d.suffix().to_string()).unwrap_or_default())),
        Err(e) if error_code(&e) == Some("NoSuchWebsiteConfiguration") => Check::Read(None),
        Err(e) => Check::Unreadable(format!("GetBucketWebsite: {}", describe(&e))),
    };
    Assessment { bucket: bucket.to_string(), block, account_block, acl, policy, policy_is_public, website, objects: Vec::new(), anonymous_list: None }
}

/// The object's ACL and, when `anonymous` is given, an anonymous read of its first byte.
pub(crate) fn check_object(rt: &Runtime, client: &Client, anonymous: Option<&Client>, bucket: &str, key: &str, size: u64) -> ObjectCheck {
    let acl = match rt.block_on(client.get_object_acl().bucket(bucket).key(key).send()) {
        Ok(out) => Check::Read(group_grants(out.grants())),
        Err(e) => Check::Unreadable(format!("GetObjectAcl: {}", describe(&e))),
    };
    let anonymous_get = anonymous.map(|anon| {
        let result = if size == 0 {
            rt.block_on(anon.head_object().bucket(bucket).key(key).send()).map(|_| ()).map_err(|e| probe_error(&e))
        } else {
            rt.block_on(anon.get_object().bucket(bucket).key(key).range("bytes=0-0").send()).map(|_| ()).map_err(|e| probe_error(&e))
        };
        match result {
            Ok(()) => Probe::Allowed,
            Err(p) => p,
        }
    });
    ObjectCheck { key: key.to_string(), acl, anonymous_get }
}

fn probe_error<E: aws_sdk_s3::error::ProvideErrorMetadata + std::error::Error + 'static>(
    e: &aws_sdk_s3::error::SdkError<E, aws_sdk_s3::config::http::HttpResponse>,
) -> Probe {
    match e.raw_response().map(|r| r.status().as_u16()) {
        Some(status @ (401 | 403 | 404)) => Probe::Refused(status),
        _ => Probe::Error(describe(e)),
    }
}

/// An anonymous ListObjectsV2 of one key.
pub(crate) fn probe_anonymous_list(rt: &Runtime, anonymous: &Client, bucket: &str) -> Probe {
    match rt.block_on(anonymous.list_objects_v2().bucket(bucket).max_keys(1).send()) {
        Ok(_) => Probe::Allowed,
        Err(e) => probe_error(&e),
    }
}

fn evidence(rule: &str, detail: impl Into<String>) -> ExposureEvidence {
    ExposureEvidence { rule: rule.into(), detail: detail.into() }
}

impl Assessment {
    pub(crate) fn add_object(&mut self, check: ObjectCheck) {
        self.objects.push(check);
    }

    /// A setting on at the bucket or the account level (either one applies).
    fn blocked(&self, setting: fn(&BlockPublicAccess) -> bool) -> bool {
        [&self.block, &self.account_block].iter().any(|c| matches!(c, Check::Read(Some(b)) if setting(b)))
    }

    fn ignores_public_acls(&self) -> bool {
        self.blocked(|b| b.ignore_public_acls)
    }

    fn restricts_public_policy(&self) -> bool {
        self.blocked(|b| b.restrict_public_buckets)
    }

    /// The bucket's exposure: configuration, then every sampled object. Anyone able to list the
    /// keys or read any object makes the bucket public.
    pub(crate) fn exposure(&self) -> Exposure {
        self.exposure_over(self.objects.iter().collect(), true)
    }

    /// One object's exposure: whether its content can be read, from the bucket's configuration
    /// and, if it was sampled, its own ACL and anonymous read (`key` empty: not sampled).
    pub(crate) fn object_exposure(&self, key: &str) -> Exposure {
        self.exposure_over(self.objects.iter().filter(|o| o.key == key).collect(), false)
    }

    fn exposure_over(&self, objects: Vec<&ObjectCheck>, whole_bucket: bool) -> Exposure {
        let mut ev = Vec::new();
        let mut configured_public = false;
        // A bucket ACL READ or a ListBucket grant exposes the keys, not the objects' content.
        let mut listing_public = false;
        let mut authenticated = false;
        let mut unreadable = Vec::new();
        let cancelled = |yes: bool, setting: &str| if yes { format!(" (cancelled by Block Public Access {setting})") } else { String::new() };

        match &self.block {
            Check::Read(Some(b)) => ev.push(evidence("s3-block-public-access", b.describe("bucket"))),
            Check::Read(None) => ev.push(evidence("s3-block-public-access", "no bucket-level Block Public Access configuration")),
            Check::Unreadable(why) => ev.push(evidence("s3-block-public-access-unknown", why.clone())),
        }
        if whole_bucket {
            match &self.account_block {
                Check::Read(Some(b)) => ev.push(evidence("s3-account-block-public-access", b.describe("account"))),
                Check::Read(None) => ev.push(evidence("s3-account-block-public-access", "no account-level Block Public Access configuration")),
                Check::Unreadable(why) => {
                    ev.push(evidence("s3-account-block-public-access-unknown", format!("{why}; it may cancel the grants below")))
                }
            }
        }
        match &self.acl {
            Check::Read(g) => {
                if !g.all_users.is_empty() {
                    listing_public |= !self.ignores_public_acls();
                    ev.push(evidence(
                        "s3-bucket-acl-all-users",
                        format!(
                            "bucket ACL grants AllUsers {} (anyone can list the keys){}",
                            g.all_users.join(", "),
                            cancelled(self.ignores_public_acls(), "IgnorePublicAcls")
                        ),
                    ));
                }
                if !g.authenticated_users.is_empty() {
                    authenticated |= !self.ignores_public_acls();
                    ev.push(evidence(
                        "s3-bucket-acl-authenticated-users",
                        format!(
                            "bucket ACL grants AuthenticatedUsers (any AWS account) {}{}",
                            g.authenticated_users.join(", "),
                            cancelled(self.ignores_public_acls(), "IgnorePublicAcls")
                        ),
                    ));
                }
            }
            Check::Unreadable(why) => {
                unreadable.push(why.clone());
                ev.push(evidence("s3-bucket-acl-unknown", why.clone()));
            }
        }
        match &self.policy {
            Check::Read(Some(grants)) => {
                for g in grants {
                    if g.conditions.is_empty() {
                        configured_public |= g.read_objects && !self.restricts_public_policy();
                        listing_public |= g.list_keys && !self.restricts_public_policy();
                        ev.push(evidence(
                            "s3-bucket-policy-public",
                            format!("{}{}", g.describe(), cancelled(self.restricts_public_policy(), "RestrictPublicBuckets")),
                        ));
                    } else {
                        ev.push(evidence(
                            "s3-bucket-policy-conditional",
                            format!("{}, limited by the condition keys {}", g.describe(), g.conditions.join(", ")),
                        ));
                    }
                }
                if let Some(p) = self.policy_is_public {
                    ev.push(evidence("s3-bucket-policy-status", format!("GetBucketPolicyStatus: IsPublic={p}")));
                    if whole_bucket {
                        configured_public |= p && !self.restricts_public_policy();
                    }
                }
            }
            Check::Read(None) => {}
            Check::Unreadable(why) => {
                unreadable.push(why.clone());
                ev.push(evidence("s3-bucket-policy-unknown", why.clone()));
            }
        }
        match &self.website {
            Check::Read(Some(index)) => ev.push(evidence(
                "s3-static-website",
                format!("static website hosting is on (index document {index:?}): public objects are also served over the website endpoint"),
            )),
            Check::Read(None) => {}
            Check::Unreadable(why) => ev.push(evidence("s3-static-website-unknown", why.clone())),
        }
        let mut proven = false;
        let mut refused = false;
        for o in &objects {
            if let Check::Read(g) = &o.acl {
                if !g.all_users.is_empty() {
                    configured_public |= !self.ignores_public_acls();
                    ev.push(evidence(
                        "s3-object-acl-all-users",
                        format!(
                            "object ACL of {:?} grants AllUsers {}{}",
                            o.key,
                            g.all_users.join(", "),
                            cancelled(self.ignores_public_acls(), "IgnorePublicAcls")
                        ),
                    ));
                }
                if !g.authenticated_users.is_empty() {
                    authenticated |= !self.ignores_public_acls();
                    ev.push(evidence("s3-object-acl-authenticated-users", format!("object ACL of {:?} grants AuthenticatedUsers", o.key)));
                }
            }
            match &o.anonymous_get {
                Some(Probe::Allowed) => {
                    proven = true;
                    let despite = if self.ignores_public_acls() && self.restricts_public_policy() {
                        " although Block Public Access should refuse it (the store does not enforce it)"
                    } else {
                        ""
                    };
                    ev.push(evidence(
                        "s3-anonymous-read-proven",
                        format!("an unsigned GET of {:?} returned the object: anyone can read it{despite}", o.key),
                    ));
                }
                Some(Probe::Refused(status)) => {
                    refused = true;
                    ev.push(evidence("s3-anonymous-read-refused", format!("an unsigned GET of {:?} was refused (HTTP {status})", o.key)));
                }
                Some(Probe::Error(e)) => ev.push(evidence("s3-anonymous-read-error", format!("unsigned GET of {:?} failed: {e}", o.key))),
                None => {}
            }
        }
        let config_unknown = matches!(self.acl, Check::Unreadable(_)) && matches!(self.policy, Check::Unreadable(_));
        let mut list_proven = false;
        if whole_bucket {
            match &self.anonymous_list {
                Some(Probe::Allowed) if config_unknown || configured_public || listing_public => {
                    list_proven = true;
                    ev.push(evidence("s3-anonymous-list-proven", "an unsigned ListObjectsV2 returned the keys: anyone can list the bucket"));
                }
                Some(Probe::Allowed) => ev.push(evidence(
                    "s3-anonymous-list-unexpected",
                    "an unsigned ListObjectsV2 returned 200 although no ACL or policy grants public listing; not counted as proof \
                     (some S3-compatible servers do not check anonymous bucket-level requests)",
                )),
                Some(Probe::Refused(status)) => ev.push(evidence("s3-anonymous-list-refused", format!("an unsigned ListObjectsV2 was refused (HTTP {status})"))),
                Some(Probe::Error(e)) => ev.push(evidence("s3-anonymous-list-error", format!("unsigned ListObjectsV2 failed: {e}"))),
                None => {}
            }
        }
        if !whole_bucket && objects.is_empty() {
            ev.push(evidence("s3-object-not-sampled", "this object's own ACL was not read and no anonymous read was tried (see the bucket)"));
        }
        let configured = configured_public || (whole_bucket && listing_public);
        let level = if configured || proven || list_proven {
            let how = match (configured, proven || list_proven) {
                (true, true) => "configured and proven",
                (true, false) => "configured",
                _ => "proven",
            };
            let what = if whole_bucket { format!("bucket s3://{}", self.bucket) } else { "object".to_string() };
            ev.insert(0, evidence("s3-public", format!("{what}: public ({how})")));
            ExposureLevel::Public
        } else if authenticated {
            ExposureLevel::Authenticated
        } else if !unreadable.is_empty() && !refused {
            ev.insert(0, evidence("s3-unknown", format!("could not read every access setting: {}", unreadable.join("; "))));
            ExposureLevel::Unknown
        } else {
            let why = if refused { "no grant to anyone outside the account; anonymous reads refused" } else { "no grant to anyone outside the account" };
            ev.insert(0, evidence("s3-restricted", why));
            ExposureLevel::Restricted
        };
        Exposure { level, evidence: ev }
    }
}

fn on(b: bool) -> &'static str {
    if b {
        "on"
    } else {
        "off"
    }
}
