//! Amazon S3 and S3-compatible stores through `aws-sdk-s3`: every bucket the credentials can list
//! (or one bucket, or one prefix), objects listed page by page to any count, read as streams (or
//! by byte ranges for Parquet), and for each bucket an exposure assessment with evidence naming
//! each rule, proven where possible by an anonymous read.
//!
//! The connector interface is synchronous (the scanner's workers are threads); the connector owns
//! a small Tokio runtime and blocks on it, so no async leaks into the rest of the pipeline.

mod exposure;
mod policy;
mod read;

use crate::{fs::globset, Body, ConnectError, Connector, Handle, ListFailure, OpenError, SelectOptions, Store, Unit};
use aws_sdk_s3::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_s3::Client;
use globset::GlobSet;
use piimap_model::LocationKind;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// S3 settings from the command line; everything else comes from the standard AWS configuration
/// (environment, profiles, SSO, web identity, instance metadata).
#[derive(Debug, Clone)]
pub struct S3Options {
    pub profile: Option<String>,
    pub region: Option<String>,
    /// An S3-compatible endpoint (also `AWS_ENDPOINT_URL`); path-style addressing is used then.
    pub endpoint_url: Option<String>,
    /// Objects whose ACL is read and that are probed anonymously, per bucket.
    pub object_sample: usize,
    /// Try anonymous reads to prove public access.
    pub anonymous_probe: bool,
    /// Concurrent object reads.
    pub concurrency: usize,
}

impl Default for S3Options {
    fn default() -> Self {
        S3Options { profile: None, region: None, endpoint_url: None, object_sample: 5, anonymous_probe: true, concurrency: 16 }
    }
}

/// `s3://`, `s3://bucket`, `s3://bucket/prefix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct S3Target {
    pub bucket: Option<String>,
    pub prefix: String,
}

impl S3Target {
    pub fn parse(target: &str) -> Result<S3Target, ConnectError> {
        let rest = target.strip_prefix("s3://").ok_or_else(|| ConnectError::Config {
            target: target.into(),
            message: "an S3 location starts with s3://".into(),
        })?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.contains(['@', ':']) {
            return Err(ConnectError::Config {
                target: "s3://…".into(),
                message: "credentials do not belong in the location; use the AWS configuration or --profile".into(),
            });
        }
        Ok(S3Target { bucket: (!bucket.is_empty()).then(|| bucket.to_string()), prefix: prefix.to_string() })
    }
}

pub struct S3Connector {
    runtime: tokio::runtime::Runtime,
    client: Client,
    anonymous: Client,
    sdk_config: aws_config::SdkConfig,
    target: S3Target,
    options: S3Options,
    custom_endpoint: bool,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    /// Clients for buckets outside the configured region, by bucket.
    bucket_clients: Mutex<HashMap<String, Client>>,
    stores: Mutex<Vec<Store>>,
    /// Account-level Block Public Access, read once for every bucket.
    account_block: std::sync::OnceLock<exposure::Check<Option<exposure::BlockPublicAccess>>>,
}

fn runtime(target: &str) -> Result<tokio::runtime::Runtime, ConnectError> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("piimap-s3")
        .enable_all()
        .build()
        .map_err(|e| ConnectError::Io { target: target.into(), source: e })
}

impl S3Connector {
    pub fn new(target: &str, select: &SelectOptions) -> Result<S3Connector, ConnectError> {
        let parsed = S3Target::parse(target)?;
        let options = select.s3.clone();
        let runtime = runtime(target)?;
        let endpoint = options.endpoint_url.clone().or_else(|| std::env::var("AWS_ENDPOINT_URL").ok()).filter(|e| !e.is_empty());
        let load = |anonymous: bool| {
            let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest())
                .retry_config(aws_config::retry::RetryConfig::standard().with_max_attempts(5));
            if let Some(p) = &options.profile {
                loader = loader.profile_name(p);
            }
            if let Some(r) = &options.region {
                loader = loader.region(aws_config::Region::new(r.clone()));
            }
            if let Some(e) = &endpoint {
                loader = loader.endpoint_url(e);
            }
            if anonymous {
                loader = loader.no_credentials();
            }
            runtime.block_on(loader.load())
        };
        let sdk_config = load(false);
        let mut sdk_config = sdk_config;
        if sdk_config.region().is_none() {
            // S3 is global for listing; us-east-1 is where region discovery starts.
            sdk_config = sdk_config.into_builder().region(aws_config::Region::new("us-east-1")).build();
        }
        let anonymous_config = load(true).into_builder().region(sdk_config.region().cloned()).build();
        let custom_endpoint = endpoint.is_some();
        let client = make_client(&sdk_config, custom_endpoint, None);
        let anonymous = make_client(&anonymous_config, custom_endpoint, None);
        Ok(S3Connector {
            runtime,
            client,
            anonymous,
            sdk_config,
            target: parsed,
            options,
            custom_endpoint,
            include: globset(&select.include)?,
            exclude: globset(&select.exclude)?,
            bucket_clients: Mutex::new(HashMap::new()),
            stores: Mutex::new(Vec::new()),
            account_block: std::sync::OnceLock::new(),
        })
    }

    fn client_for(&self, bucket: &str) -> Client {
        self.bucket_clients.lock().expect("client cache lock is never poisoned").get(bucket).cloned().unwrap_or_else(|| self.client.clone())
    }

    /// Buckets live in one region; requests elsewhere get redirects. Ask once, then use a client
    /// for that region.
    fn discover_region(&self, bucket: &str) -> Option<String> {
        if self.custom_endpoint {
            return None;
        }
        let out = self.runtime.block_on(self.client.get_bucket_location().bucket(bucket).send()).ok()?;
        let region = match out.location_constraint().map(|c| c.as_str()) {
            None | Some("") => "us-east-1".to_string(),
            Some("EU") => "eu-west-1".to_string(),
            Some(r) => r.to_string(),
        };
        if self.sdk_config.region().map(|r| r.as_ref()) != Some(region.as_str()) {
            let client = make_client(&self.sdk_config, false, Some(region.clone()));
            self.bucket_clients.lock().expect("client cache lock is never poisoned").insert(bucket.to_string(), client);
        }
        Some(region)
    }

    fn selected(&self, key: &str) -> bool {
        let name = key.rsplit('/').next().unwrap_or(key);
        let hit = |set: &GlobSet| set.is_match(key) || set.is_match(name);
        !self.exclude.as_ref().is_some_and(hit) && self.include.as_ref().is_none_or(hit)
    }

    fn enumerate_bucket(&self, bucket: &str, out: &mut dyn FnMut(Result<Unit, ListFailure>)) {
        let store_uri = format!("s3://{bucket}/");
        self.discover_region(bucket);
        let client = self.client_for(bucket);
        let account_block = self
            .account_block
            .get_or_init(|| exposure::account_block_public_access(&self.runtime, &self.sdk_config, self.custom_endpoint))
            .clone();
        let mut assessment = exposure::assess_configuration(&self.runtime, &client, bucket, account_block);
        let mut token: Option<String> = None;
        let mut first_page = true;
        let mut listed: u64 = 0;
        let mut list_error = None;
        loop {
            let request = client.list_objects_v2().bucket(bucket).prefix(&self.target.prefix).set_continuation_token(token.clone());
            let page = match self.runtime.block_on(request.send()) {
                Ok(p) => p,
                Err(e) => {
                    let message = describe(&e);
                    out(Err(ListFailure { uri: format!("{store_uri}{}", self.target.prefix), error: message.clone() }));
                    list_error = Some(format!("listing stopped after {listed} objects: {message}"));
                    break;
                }
            };
            let objects: Vec<&aws_sdk_s3::types::Object> =
                page.contents().iter().filter(|o| o.key().is_some_and(|k| self.selected(k))).collect();
            if first_page {
                // Probe a spread of the first page's readable objects: their ACLs and an anonymous read.
                let candidates: Vec<(&str, u64)> = objects
                    .iter()
                    .filter(|o| !o.key().unwrap_or("").ends_with('/'))
                    .filter_map(|o| Some((o.key()?, o.size().unwrap_or(0).max(0) as u64)))
                    .collect();
                let step = (candidates.len() / self.options.object_sample.max(1)).max(1);
                for &(key, size) in candidates.iter().step_by(step).take(self.options.object_sample) {
                    let probe = self.options.anonymous_probe.then_some(&self.anonymous);
                    assessment.add_object(exposure::check_object(&self.runtime, &client, probe, bucket, key, size));
                }
                if self.options.anonymous_probe {
                    assessment.anonymous_list = Some(exposure::probe_anonymous_list(&self.runtime, &self.anonymous, bucket));
                }
                first_page = false;
            }
            let config_exposure = assessment.object_exposure("");
            for o in objects {
                let Some(key) = o.key() else { continue };
                listed += 1;
                let size = o.size().map(|s| s.max(0) as u64);
                let exposure = if assessment.objects.iter().any(|c| c.key == key) {
                    assessment.object_exposure(key)
                } else {
                    config_exposure.clone()
                };
                let skip = skip_reason(key, size, o.storage_class().map(|c| c.as_str()));
                out(Ok(Unit {
                    uri: format!("{store_uri}{}", crate::uri_path(key.as_bytes())),
                    name: key.to_string(),
                    kind: LocationKind::Object,
                    size,
                    modified: o.last_modified().and_then(|t| t.fmt(aws_sdk_s3::primitives::DateTimeFormat::DateTime).ok()),
                    exposure,
                    skip,
                    handle: Handle::Object { bucket: bucket.to_string(), key: key.to_string(), etag: o.e_tag().filter(|e| !e.is_empty()).map(str::to_string) },
                }));
            }
            token = page.next_continuation_token().map(str::to_string);
            if token.is_none() || !page.is_truncated().unwrap_or(false) {
                break;
            }
        }
        if first_page {
            // The listing failed before any page: still say what the configuration shows.
            if self.options.anonymous_probe {
                assessment.anonymous_list = Some(exposure::probe_anonymous_list(&self.runtime, &self.anonymous, bucket));
            }
        }
        self.stores.lock().expect("store list lock is never poisoned").push(Store {
            uri: store_uri,
            kind: LocationKind::Bucket,
            exposure: assessment.exposure(),
            error: list_error,
        });
    }
}

fn make_client(config: &aws_config::SdkConfig, path_style: bool, region: Option<String>) -> Client {
    let mut b = aws_sdk_s3::config::Builder::from(config).force_path_style(path_style);
    if let Some(r) = region {
        b = b.region(aws_sdk_s3::config::Region::new(r));
    }
    Client::from_conf(b.build())
}

/// Why an object is listed but not read, if it is not.
fn skip_reason(key: &str, size: Option<u64>, storage_class: Option<&str>) -> Option<String> {
    if key.ends_with('/') && size == Some(0) {
        return Some("folder marker".into());
    }
    if let Some(class @ ("GLACIER" | "DEEP_ARCHIVE")) = storage_class {
        return Some(format!("storage class {class}: the object must be restored before it can be read"));
    }
    None
}

/// An SDK error with its code and the HTTP status, without request details or credentials.
pub(crate) fn describe<E: ProvideErrorMetadata + std::error::Error + 'static, R: std::fmt::Debug>(e: &SdkError<E, R>) -> String {
    match e {
        SdkError::ServiceError(s) => {
            let err = s.err();
            match (err.code(), err.message()) {
                (Some(code), Some(msg)) => format!("{code}: {msg}"),
                (Some(code), None) => code.to_string(),
                _ => format!("{}", DisplayErrorContext(e)),
            }
        }
        other => format!("{}", DisplayErrorContext(other)),
    }
}

impl Connector for S3Connector {
    fn enumerate(&self, out: &mut dyn FnMut(Result<Unit, ListFailure>)) {
        match &self.target.bucket {
            Some(b) => self.enumerate_bucket(b, out),
            None => match self.runtime.block_on(self.client.list_buckets().send()) {
                Ok(list) => {
                    let mut names: Vec<&str> = list.buckets().iter().filter_map(|b| b.name()).collect();
                    names.sort_unstable();
                    for b in names {
                        self.enumerate_bucket(b, out);
                    }
                }
                Err(e) => out(Err(ListFailure { uri: "s3://".into(), error: format!("cannot list buckets: {}", describe(&e)) })),
            },
        }
    }

    fn open(&self, unit: &Unit) -> Result<Body, OpenError> {
        let Handle::Object { bucket, key, etag } = &unit.handle else {
            return Err(OpenError { uri: unit.uri.clone(), source: std::io::Error::other("not a unit of the S3 connector") });
        };
        let object = read::S3Object::new(self.runtime.handle().clone(), self.client_for(bucket), bucket, key, etag.clone(), unit.size.unwrap_or(0));
        if reads_by_ranges(key) && unit.size.is_some() {
            return Ok(Body::Ranged(Arc::new(object)));
        }
        let stream = object.open_stream(0).map_err(|e| OpenError { uri: unit.uri.clone(), source: e })?;
        Ok(Body::Stream(Box::new(stream)))
    }

    fn stores(&self) -> Vec<Store> {
        self.stores.lock().expect("store list lock is never poisoned").clone()
    }

    fn io_parallelism(&self) -> usize {
        self.options.concurrency.max(1)
    }
}

/// Columnar files are read footer first, by ranges; everything else as one stream.
/// Formats read by position (Parquet and Arrow footers, workbook directories, photo metadata)
/// are fetched by ranges: only the parts the decoder asks for cross the network.
fn reads_by_ranges(key: &str) -> bool {
    piimap_formats::needs_seek(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(S3Target::parse("s3://").ok(), Some(S3Target { bucket: None, prefix: String::new() }));
        assert_eq!(S3Target::parse("s3://b").ok(), Some(S3Target { bucket: Some("b".into()), prefix: String::new() }));
        assert_eq!(S3Target::parse("s3://b/x/y").ok(), Some(S3Target { bucket: Some("b".into()), prefix: "x/y".into() }));
        assert!(S3Target::parse("s3://key:secret@b/x").is_err());
    }

    #[test]
    fn skip_reasons() {
        assert_eq!(skip_reason("a/", Some(0), None).as_deref(), Some("folder marker"));
        assert!(skip_reason("a.csv", Some(10), Some("GLACIER")).is_some_and(|r| r.contains("restored")));
        assert_eq!(skip_reason("a.csv", Some(10), Some("STANDARD")), None);
    }
}
