//! `piimap scan s3://...` against a real S3-compatible server (moto's standalone server, started
//! by `scripts/test.sh`; its deviations from AWS are in ../shared/test-servers.md). Buckets are
//! named per test so that tests can run in parallel against one server.
//!
//! Faults the server cannot produce (a connection cut mid-object, an access-denied object) come
//! from a small TCP proxy in front of it that forwards everything else untouched.

mod common;

use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::Client;
use common::{repo_root, scan_with, Run, BIN};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn endpoint() -> String {
    std::env::var("PIIMAP_TEST_S3_ENDPOINT")
        .expect("PIIMAP_TEST_S3_ENDPOINT is not set: run the tests with `bash scripts/test.sh`, which starts the S3 server")
}

/// Where S3 Control answers: the test server under a name whose `<account>.` subdomain resolves
/// too (the SDK sends S3 Control requests to `<account>.<host>`; scripts/servers.sh maps it).
fn control_endpoint() -> String {
    std::env::var("PIIMAP_TEST_S3_CONTROL_ENDPOINT")
        .expect("PIIMAP_TEST_S3_CONTROL_ENDPOINT is not set: run the tests with `bash scripts/test.sh`")
}

struct S3 {
    rt: tokio::runtime::Runtime,
    client: Client,
}

impl S3 {
    fn new() -> S3 {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        let config = rt.block_on(
            aws_config::defaults(aws_config::BehaviorVersion::latest())
                .region(aws_config::Region::new("us-east-1"))
                .endpoint_url(endpoint())
                .credentials_provider(aws_sdk_s3::config::Credentials::new("test", "test", None, None, "tests"))
                .load(),
        );
        let client = Client::from_conf(aws_sdk_s3::config::Builder::from(&config).force_path_style(true).build());
        S3 { rt, client }
    }

    fn bucket(&self, name: &str) {
        self.rt.block_on(self.client.create_bucket().bucket(name).send()).expect("create bucket");
    }

    fn put(&self, bucket: &str, key: &str, body: impl Into<Vec<u8>>) {
        let body = ByteStream::from(body.into());
        self.rt.block_on(self.client.put_object().bucket(bucket).key(key).body(body).send()).expect("put object");
    }

    /// Many small objects at once.
    fn put_many(&self, bucket: &str, objects: Vec<(String, Vec<u8>)>) {
        self.rt.block_on(async {
            let mut pending = Vec::new();
            for chunk in objects.chunks(32) {
                for (key, body) in chunk {
                    let req = self.client.put_object().bucket(bucket).key(key).body(ByteStream::from(body.clone())).send();
                    pending.push(tokio::spawn(req));
                }
                for p in pending.drain(..) {
                    p.await.expect("task").expect("put object");
                }
            }
        });
    }
}

fn scan_s3(out: &Path, endpoint: &str, args: &[&str]) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.env("AWS_ACCESS_KEY_ID", "test").env("AWS_SECRET_ACCESS_KEY", "test").env("AWS_REGION", "us-east-1");
    cmd.env("AWS_ENDPOINT_URL_S3_CONTROL", control_endpoint());
    let mut all = vec!["--endpoint-url", endpoint, "-q", "--format", "none"];
    all.extend_from_slice(args);
    scan_with(cmd, out, &all)
}

fn unique(prefix: &str) -> String {
    let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{prefix}-{}", n % 1_000_000_000)
}

const CUSTOMERS: &str = "customer_name,email,phone\nJane Doe,jane.doe@example.com,+1 415 555 0132\nJohn Smith,john.smith@example.org,+44 20 7946 0958\n";

fn rules(location: &Value) -> Vec<String> {
    location["exposure"]["evidence"].as_array().expect("evidence").iter().map(|e| e["rule"].as_str().unwrap_or("").to_string()).collect()
}

fn evidence_text(location: &Value) -> String {
    location["exposure"]["evidence"].as_array().expect("evidence").iter().map(|e| format!("{}: {}\n", e["rule"].as_str().unwrap_or(""), e["detail"].as_str().unwrap_or(""))).collect()
}

fn level(location: &Value) -> &str {
    location["exposure"]["level"].as_str().unwrap_or("")
}

#[test]
fn exposure_of_each_kind_of_bucket_with_evidence_and_findings() {
    let s3 = S3::new();
    let base = unique("exp");
    let names = ["private", "acl", "policy", "objacl", "blocked", "website"].map(|n| format!("{base}-{n}"));
    for b in &names {
        s3.bucket(b);
        s3.put(b, "exports/customers.csv", CUSTOMERS);
        s3.put(b, "readme.txt", "nothing personal here\n");
    }
    let c = &s3.client;
    s3.rt
        .block_on(c.put_bucket_acl().bucket(&names[1]).acl(aws_sdk_s3::types::BucketCannedAcl::PublicRead).send())
        .expect("public-read ACL");
    let policy = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"PublicRead","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::{}/*"}}]}}"#,
        names[2]
    );
    s3.rt.block_on(c.put_bucket_policy().bucket(&names[2]).policy(policy).send()).expect("policy");
    s3.rt
        .block_on(
            c.put_object_acl().bucket(&names[3]).key("exports/customers.csv").acl(aws_sdk_s3::types::ObjectCannedAcl::PublicRead).send(),
        )
        .expect("object ACL");
    // A public ACL, then Block Public Access on top of it.
    s3.rt
        .block_on(c.put_bucket_acl().bucket(&names[4]).acl(aws_sdk_s3::types::BucketCannedAcl::PublicRead).send())
        .expect("public-read ACL");
    let block = aws_sdk_s3::types::PublicAccessBlockConfiguration::builder()
        .block_public_acls(true)
        .ignore_public_acls(true)
        .block_public_policy(true)
        .restrict_public_buckets(true)
        .build();
    s3.rt.block_on(c.put_public_access_block().bucket(&names[4]).public_access_block_configuration(block).send()).expect("BPA");
    let website = aws_sdk_s3::types::WebsiteConfiguration::builder()
        .index_document(aws_sdk_s3::types::IndexDocument::builder().suffix("index.html").build().expect("index"))
        .build();
    s3.rt.block_on(c.put_bucket_website().bucket(&names[5]).website_configuration(website).send()).expect("website");

    let out = tempfile::tempdir().expect("tempdir");
    let targets: Vec<String> = names.iter().map(|b| format!("s3://{b}")).collect();
    let mut args: Vec<&str> = targets.iter().map(String::as_str).collect();
    args.push("--object-sample");
    args.push("5");
    let run = scan_s3(out.path(), &endpoint(), &args);
    assert_eq!(run.code, 1, "findings, no failures: {}", run.stderr);

    for b in &names {
        let customers = run.location(&format!("{b}/exports/customers.csv"));
        assert_eq!(run.categories(&format!("{b}/exports/customers.csv")), ["email", "name", "phone"], "{b}");
        assert_eq!(customers["kind"], "object");
        assert!(run.location(&format!("{b}/readme.txt"))["findings"].as_array().is_some_and(Vec::is_empty));
        // The bucket itself: its exposure and the exposure window of its personal data.
        let bucket = run.location(&format!("s3://{b}/"));
        assert_eq!(bucket["kind"], "bucket");
        assert_eq!(bucket["dataset"]["files"], 2);
        assert_eq!(bucket["dataset"]["with_personal_data"], 1);
        assert_eq!(bucket["dataset"]["personal_data_bytes"], CUSTOMERS.len());
        assert!(bucket["dataset"]["personal_data_oldest"].as_str().is_some_and(|t| t.ends_with('Z')), "{bucket}");
    }
    let bucket = |i: usize| run.location(&format!("s3://{}/", names[i]));
    let object = |i: usize| run.location(&format!("{}/exports/customers.csv", names[i]));

    // Private: nothing grants access and the anonymous read was refused. The account has no
    // Block Public Access of its own (read through S3 Control).
    assert_eq!(level(bucket(0)), "restricted", "{}", evidence_text(bucket(0)));
    assert!(evidence_text(bucket(0)).contains("no account-level Block Public Access configuration"), "{}", evidence_text(bucket(0)));
    assert!(rules(bucket(0)).contains(&"s3-anonymous-read-refused".to_string()));
    assert_eq!(level(object(0)), "restricted");

    // public-read bucket ACL: anyone can list the keys (the objects' own ACLs stay private).
    assert_eq!(level(bucket(1)), "public", "{}", evidence_text(bucket(1)));
    assert!(rules(bucket(1)).contains(&"s3-bucket-acl-all-users".to_string()));

    // Principal "*" policy: configured (our reading and GetBucketPolicyStatus) and proven.
    assert_eq!(level(bucket(2)), "public");
    let text = evidence_text(bucket(2));
    assert!(text.contains("configured and proven"), "{text}");
    assert!(text.contains(r#""PublicRead" allows Principal "*" s3:GetObject"#), "{text}");
    assert!(text.contains("IsPublic=true"), "{text}");
    assert_eq!(level(object(2)), "public");
    assert!(rules(object(2)).contains(&"s3-anonymous-read-proven".to_string()));

    // One object with a public-read ACL in an otherwise private bucket.
    assert_eq!(level(object(3)), "public", "{}", evidence_text(object(3)));
    assert!(rules(object(3)).contains(&"s3-object-acl-all-users".to_string()));
    assert!(rules(object(3)).contains(&"s3-anonymous-read-proven".to_string()));
    assert_eq!(level(run.location(&format!("{}/readme.txt", names[3]))), "restricted");
    assert_eq!(level(bucket(3)), "public", "a bucket holding a public object is exposed");

    // Block Public Access cancels the ACL grant. The server stores it without enforcing it, so
    // the level follows what the anonymous read showed, and the evidence says which.
    let text = evidence_text(bucket(4));
    assert!(text.contains("IgnorePublicAcls=on"), "{text}");
    assert!(text.contains("cancelled by Block Public Access IgnorePublicAcls"), "{text}");
    let proven = rules(bucket(4)).contains(&"s3-anonymous-read-proven".to_string());
    assert_eq!(level(bucket(4)), if proven { "public" } else { "restricted" }, "{text}");

    // Website hosting is reported; on its own it does not make objects readable.
    assert!(rules(bucket(5)).contains(&"s3-static-website".to_string()));
    assert_eq!(level(bucket(5)), "restricted");

    // The summary names the bucket, its level and what it holds; no raw values anywhere.
    let summary = Command::new(BIN).args(["report", "--format", "summary"]).arg(out.path().join("inventory.json")).output().expect("report");
    let text = String::from_utf8_lossy(&summary.stdout);
    assert!(text.contains(&format!("s3://{}/ [bucket]  exposure: PUBLIC", names[2])), "{text}");
    assert!(text.contains("1 of 2 objects hold personal data"), "{text}");
    let inventory = std::fs::read_to_string(out.path().join("inventory.json")).expect("inventory");
    assert!(!inventory.contains("jane.doe@example.com") && !inventory.contains("Jane Doe"), "raw values leaked");

    // Account-level Block Public Access cancels the public-read ACL of a bucket that has none of
    // its own. (Set for the whole test account, then removed: no other test reads this evidence.)
    let control = aws_sdk_s3control::Client::from_conf(
        aws_sdk_s3control::config::Builder::new()
            .behavior_version(aws_sdk_s3control::config::BehaviorVersion::latest())
            .region(aws_sdk_s3control::config::Region::new("us-east-1"))
            .endpoint_url(control_endpoint())
            .credentials_provider(aws_sdk_s3::config::Credentials::new("test", "test", None, None, "tests"))
            .build(),
    );
    let account_block = aws_sdk_s3control::types::PublicAccessBlockConfiguration::builder()
        .block_public_acls(true)
        .ignore_public_acls(true)
        .block_public_policy(true)
        .restrict_public_buckets(true)
        .build();
    s3.rt
        .block_on(control.put_public_access_block().account_id("123456789012").public_access_block_configuration(account_block).send())
        .expect("account BPA");
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_s3(out.path(), &endpoint(), &[&format!("s3://{}", names[1])]);
    s3.rt.block_on(control.delete_public_access_block().account_id("123456789012").send()).expect("remove account BPA");
    let text = evidence_text(run.location(&format!("s3://{}/", names[1])));
    assert!(text.contains("account Block Public Access: BlockPublicAcls=on, IgnorePublicAcls=on"), "{text}");
    assert!(text.contains("cancelled by Block Public Access IgnorePublicAcls"), "{text}");
}

#[test]
fn listing_goes_past_one_thousand_keys_and_every_object_ends_with_an_outcome() {
    let s3 = S3::new();
    let b = unique("many");
    s3.bucket(&b);
    let objects: Vec<(String, Vec<u8>)> = (0..1100)
        .map(|i| {
            let body = if i % 100 == 0 { format!("contact: user{i}@example.com\n") } else { format!("row {i}: nothing\n") };
            (format!("logs/part-{i:05}.log"), body.into_bytes())
        })
        .collect();
    s3.put_many(&b, objects);
    s3.put(&b, "folder/", Vec::new());
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_s3(out.path(), &endpoint(), &[&format!("s3://{b}/")]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let locations = run.inventory["locations"].as_array().expect("locations");
    let objects: Vec<&Value> = locations.iter().filter(|l| l["kind"] == "object").collect();
    assert_eq!(objects.len(), 1101, "every key of every page is listed");
    assert_eq!(objects.iter().filter(|l| l["outcome"]["status"] == "scanned").count(), 1100);
    assert_eq!(run.location(&format!("{b}/folder/"))["outcome"]["reason"], "folder marker");
    let emails = run.occurrences.iter().filter(|o| o["category"] == "email").count();
    assert_eq!(emails, 11);
    // The numbered parts are one dataset; the bucket counts every object.
    assert_eq!(run.location(&format!("s3://{b}/logs/"))["dataset"]["files"], 1100);
    assert_eq!(run.location(&format!("s3://{b}/"))["dataset"]["with_personal_data"], 11);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

fn parquet_bytes(rows: usize) -> Vec<u8> {
    use arrow_array::{ArrayRef, Float64Array, RecordBatch, StringArray};
    let vins = ["1HGCM82633A004352", "5YJ3E1EA7KF317000", "WP0ZZZ99ZTS392124"];
    let vin: ArrayRef = Arc::new(StringArray::from_iter_values((0..rows).map(|i| vins[i % 3])));
    let email: ArrayRef = Arc::new(StringArray::from_iter_values((0..rows).map(|i| format!("driver{}@example.com", i % 500))));
    let lat: ArrayRef = Arc::new(Float64Array::from_iter_values((0..rows).map(|i| 35.6 + (i % 1000) as f64 * 0.0001)));
    let lon: ArrayRef = Arc::new(Float64Array::from_iter_values((0..rows).map(|i| 139.7 + (i % 1000) as f64 * 0.0001)));
    let batch = RecordBatch::try_from_iter([("vin", vin), ("email", email), ("lat", lat), ("lon", lon)]).expect("batch");
    let mut buf = Vec::new();
    let props = parquet::file::properties::WriterProperties::builder().set_max_row_group_row_count(Some(20_000)).build();
    let mut w = parquet::arrow::ArrowWriter::try_new(&mut buf, batch.schema(), Some(props)).expect("writer");
    w.write(&batch).expect("write");
    w.close().expect("close");
    buf
}

#[test]
fn gzip_and_parquet_objects_are_decoded() {
    let s3 = S3::new();
    let b = unique("formats");
    s3.bucket(&b);
    s3.put(&b, "crm/customers.csv.gz", gzip(CUSTOMERS.as_bytes()));
    s3.put(&b, "telematics/trips.parquet", parquet_bytes(100_000));
    s3.put(&b, "broken/trips.parquet", b"PAR1 this is not parquet at all PAR1".to_vec());
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_s3(out.path(), &endpoint(), &[&format!("s3://{b}")]);
    assert_eq!(run.code, 3, "one corrupt object: {}", run.stderr);
    assert_eq!(run.categories("crm/customers.csv.gz"), ["email", "name", "phone"]);
    assert_eq!(run.location("crm/customers.csv.gz")["format"], "csv+gzip");
    let trips = run.location("telematics/trips.parquet");
    assert_eq!(trips["format"], "parquet");
    assert_eq!(run.categories("telematics/trips.parquet"), ["email", "location", "vin"]);
    assert_eq!(trips["sampling"]["rows_read"], 10_000, "a sample by default: {trips}");
    assert_eq!(trips["sampling"]["rows_total"], 100_000);
    assert_eq!(run.status("broken/trips.parquet"), "failed");
    let full = scan_s3(out.path(), &endpoint(), &[&format!("s3://{b}/telematics/"), "--full"]);
    let trips = full.location("telematics/trips.parquet");
    let vin = trips["findings"].as_array().expect("findings").iter().find(|f| f["category"] == "vin").expect("vin finding");
    assert_eq!(vin["count"], 100_000, "every row of every row group, read by ranges");
}

/// A TCP proxy to the S3 server that cuts the response to any request naming `cut-me` after a
/// few KiB, and answers requests naming `access-denied` with S3's AccessDenied error.
struct FaultProxy {
    port: u16,
    /// The request line of every request that went through, with `[bytes=a-b]` when ranged.
    requests: Arc<std::sync::Mutex<Vec<String>>>,
}

impl FaultProxy {
    fn start(upstream: &str) -> FaultProxy {
        let upstream = upstream.trim_start_matches("http://").to_string();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = Arc::clone(&requests);
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let upstream = upstream.clone();
                let log = Arc::clone(&log);
                std::thread::spawn(move || proxy_connection(client, &upstream, &log));
            }
        });
        FaultProxy { port, requests }
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().expect("request log").clone()
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

fn proxy_connection(mut client: TcpStream, upstream: &str, log: &std::sync::Mutex<Vec<String>>) {
    let Ok(mut server) = TcpStream::connect(upstream) else { return };
    let cut = Arc::new(AtomicBool::new(false));
    let (mut server_read, mut client_write) = (server.try_clone().expect("clone"), client.try_clone().expect("clone"));
    let cut_reader = cut.clone();
    // Server → client, cut short once a faulty request went up.
    let down = std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        let mut since_cut = 0usize;
        loop {
            let n = match server_read.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if cut_reader.load(Ordering::SeqCst) {
                since_cut += n;
                if since_cut > 4096 {
                    let _ = client_write.write_all(&buf[..n.min(1024)]);
                    break;
                }
            }
            if client_write.write_all(&buf[..n]).is_err() {
                break;
            }
        }
        let _ = client_write.shutdown(std::net::Shutdown::Both);
        let _ = server_read.shutdown(std::net::Shutdown::Both);
    });
    let mut buf = [0u8; 8192];
    loop {
        let n = match client.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let head = String::from_utf8_lossy(&buf[..n]);
        let request_line = head.lines().next().unwrap_or("");
        if request_line.contains(" HTTP/1.") {
            // The request line, and its Range header when it has one.
            let range = head.lines().find_map(|l| l.strip_prefix("range: ").or_else(|| l.strip_prefix("Range: ")));
            let entry = match range {
                Some(r) => format!("{request_line} [{}]", r.trim()),
                None => request_line.to_string(),
            };
            log.lock().expect("request log").push(entry);
        }
        if request_line.starts_with("GET ") && request_line.contains("access-denied") && !request_line.contains("acl") {
            let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>";
            let _ = write!(
                client,
                "HTTP/1.1 403 Forbidden\r\nContent-Type: application/xml\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            continue;
        }
        if request_line.starts_with("GET ") && request_line.contains("cut-me") && !request_line.contains("acl") {
            cut.store(true, Ordering::SeqCst);
        }
        if server.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = server.shutdown(std::net::Shutdown::Both);
    let _ = down.join();
}

#[test]
fn a_cut_connection_and_a_denied_object_fail_alone() {
    let s3 = S3::new();
    let b = unique("faults");
    s3.bucket(&b);
    let big: String = (0..20_000).map(|i| format!("{i:08} event ok contact=user{i}@example.com\n")).collect();
    s3.put(&b, "logs/cut-me.log", big.clone());
    s3.put(&b, "logs/access-denied.csv", CUSTOMERS);
    s3.put(&b, "logs/fine.csv", CUSTOMERS);
    let proxy = FaultProxy::start(&endpoint());
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_s3(out.path(), &proxy.endpoint(), &[&format!("s3://{b}"), "--no-anonymous-probe"]);
    assert_eq!(run.code, 3, "partial failure: {}", run.inventory);
    let cut = run.location("logs/cut-me.log");
    assert_eq!(cut["outcome"]["status"], "failed", "{cut}");
    let error = cut["outcome"]["error"].as_str().unwrap_or("");
    assert!(error.contains("connection broken") && error.contains("retries"), "{error}");
    let denied = run.location("logs/access-denied.csv");
    assert_eq!(denied["outcome"]["status"], "failed");
    assert!(denied["outcome"]["error"].as_str().is_some_and(|e| e.contains("AccessDenied")), "{denied}");
    assert_eq!(run.status("logs/fine.csv"), "scanned");
    assert_eq!(run.categories("logs/fine.csv"), ["email", "name", "phone"]);
}

#[test]
fn a_large_object_is_streamed_in_bounded_memory() {
    let s3 = S3::new();
    let b = unique("large");
    s3.bucket(&b);
    // ~120 MB of log lines, one e-mail every 1,000 lines.
    let line = "2024-05-01T10:00:00Z INFO request served in 12 ms from cache node eu-3 (no personal data)\n";
    let mut body = Vec::with_capacity(125 << 20);
    let mut n: u64 = 0;
    while body.len() < 120 << 20 {
        if n.is_multiple_of(1000) {
            body.extend_from_slice(format!("2024-05-01T10:00:00Z WARN bounce for customer{n}@example.com\n").as_bytes());
        } else {
            body.extend_from_slice(line.as_bytes());
        }
        n += 1;
    }
    let expected = n.div_ceil(1000);
    s3.put(&b, "big/app.log", body);
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_s3(out.path(), &endpoint(), &[&format!("s3://{b}"), "--max-object-size", "1G"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let found = run.location("big/app.log")["findings"][0]["count"].as_u64();
    assert_eq!(found, Some(expected));
    let (code, peak) = scan_peak_rss_mb(&endpoint(), &[&format!("s3://{b}")]);
    assert_eq!(code, 1);
    assert!(peak < 100.0, "peak RSS {peak:.0} MB for a 120 MB object");
    // And the size limit: the same object is listed and skipped when over it.
    let run = scan_s3(out.path(), &endpoint(), &[&format!("s3://{b}"), "--max-object-size", "10M"]);
    assert!(run.location("big/app.log")["outcome"]["reason"].as_str().is_some_and(|r| r.contains("--max-object-size")));
}

/// Runs a scan and samples the child's high-water resident set (`VmHWM`, monotonic) until it
/// exits; returns it in MB.
fn scan_peak_rss_mb(endpoint: &str, args: &[&str]) -> (i32, f64) {
    let mut child = Command::new(BIN)
        .env("AWS_ACCESS_KEY_ID", "test")
        .env("AWS_SECRET_ACCESS_KEY", "test")
        .args(["scan", "--endpoint-url", endpoint, "-q", "--format", "none"])
        .args(args)
        .spawn()
        .expect("piimap runs");
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let code = loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok()) {
                peak_kb = peak_kb.max(kb);
            }
        }
        if let Some(s) = child.try_wait().expect("wait") {
            break s.code().unwrap_or(-1);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    (code, peak_kb as f64 / 1024.0)
}

#[test]
fn the_dev_corpus_in_a_bucket_gives_the_same_findings_as_on_disk() {
    let corpus = repo_root().join("../shared/eval/dev-corpus/data");
    assert!(corpus.is_dir(), "the shared dev corpus is expected beside the repository at {}", corpus.display());
    let s3 = S3::new();
    let b = unique("corpus");
    s3.bucket(&b);
    let mut objects = Vec::new();
    for entry in walk(&corpus) {
        let key = entry.strip_prefix(&corpus).expect("below corpus").to_string_lossy().into_owned();
        objects.push((key, std::fs::read(&entry).expect("read corpus file")));
    }
    s3.put_many(&b, objects);
    let disk_out = tempfile::tempdir().expect("tempdir");
    let disk = common::scan(disk_out.path(), &[corpus.to_str().expect("utf-8 path"), "-q", "--format", "none"]);
    let s3_out = tempfile::tempdir().expect("tempdir");
    let remote = scan_s3(s3_out.path(), &endpoint(), &[&format!("s3://{b}")]);
    assert_eq!(disk.code, remote.code, "{}", remote.stderr);
    // The corpus folder as piimap spells it (`..` resolved, symbolic links kept).
    let disk_prefix = disk.inventory["locations"]
        .as_array()
        .expect("locations")
        .iter()
        .filter_map(|l| l["uri"].as_str())
        .find_map(|u| u.find("/dev-corpus/data/").map(|i| u[..i + "/dev-corpus/data/".len()].to_string()))
        .expect("a corpus location");
    let normalise = |run: &Run, prefix: &str| -> Vec<String> {
        let mut rows: Vec<String> = run.inventory["locations"]
            .as_array()
            .expect("locations")
            .iter()
            .filter(|l| l["kind"] == "file" || l["kind"] == "object")
            .flat_map(|l| {
                let path = l["uri"].as_str().unwrap_or("").trim_start_matches(prefix).to_string();
                let mut rows = vec![format!("{path} {}", l["outcome"]["status"])];
                for f in l["findings"].as_array().into_iter().flatten() {
                    rows.push(format!("{path} {} {} {}", f["category"], f["field"], f["count"]));
                }
                rows
            })
            .collect();
        rows.sort();
        rows
    };
    let from_disk = normalise(&disk, &disk_prefix);
    let from_s3 = normalise(&remote, &format!("s3://{b}/"));
    assert!(from_disk.len() > 40, "the corpus was scanned: {from_disk:?}");
    assert_eq!(from_disk, from_s3);
    let mut occ_disk: Vec<String> = disk.occurrences.iter().map(|o| strip_location(o, &disk_prefix)).collect();
    let mut occ_s3: Vec<String> = remote.occurrences.iter().map(|o| strip_location(o, &format!("s3://{b}/"))).collect();
    occ_disk.sort();
    occ_s3.sort();
    assert_eq!(occ_disk.len(), occ_s3.len());
    assert!(occ_disk == occ_s3, "same occurrences from disk and from S3");
}

fn strip_location(o: &Value, prefix: &str) -> String {
    let mut o = o.clone();
    let loc = o["location"].as_str().unwrap_or("").trim_start_matches(prefix).to_string();
    o["location"] = Value::String(loc);
    o.to_string()
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// A running `piimap watch` on S3: its alerts (stdout) and log (stderr) read line by line.
struct Watch {
    child: std::process::Child,
    alerts: std::sync::mpsc::Receiver<String>,
    log: std::sync::mpsc::Receiver<String>,
    log_seen: Vec<String>,
}

impl Watch {
    fn start(endpoint: &str, args: &[&str]) -> Watch {
        let mut child = Command::new(BIN)
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL_S3_CONTROL", control_endpoint())
            .args(["watch", "--endpoint-url", endpoint, "-q"])
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start piimap watch");
        let lines = |stream: Box<dyn Read + Send>| {
            let (tx, rx) = std::sync::mpsc::channel::<String>();
            std::thread::spawn(move || {
                use std::io::BufRead;
                for line in std::io::BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            });
            rx
        };
        let alerts = lines(Box::new(child.stdout.take().expect("stdout")));
        let log = lines(Box::new(child.stderr.take().expect("stderr")));
        Watch { child, alerts, log, log_seen: Vec::new() }
    }

    /// Waits for a log line holding `what`.
    fn wait_log(&mut self, what: &str, within: std::time::Duration) {
        let deadline = std::time::Instant::now() + within;
        while std::time::Instant::now() < deadline {
            if let Ok(line) = self.log.recv_timeout(std::time::Duration::from_millis(100)) {
                let hit = line.contains(what);
                self.log_seen.push(line);
                if hit {
                    return;
                }
            }
        }
        panic!("no {what:?} in the watch's log within {within:?}: {:#?}", self.log_seen);
    }

    fn next_alert(&self, within: std::time::Duration) -> Value {
        let line = self.alerts.recv_timeout(within).unwrap_or_else(|_| panic!("no alert within {within:?}: {:#?}", self.log_seen));
        serde_json::from_str(&line).expect("an alert is one JSON object per line")
    }

    fn no_alert(&self) -> bool {
        self.alerts.try_recv().is_err()
    }

    /// SIGTERM, then the exit status once the current pass is over.
    fn stop(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(std::time::Instant::now() < deadline, "the watch did not stop on SIGTERM");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

fn public_read_policy(bucket: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"PublicRead","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::{bucket}/*"}}]}}"#
    )
}

/// `piimap watch`: a private bucket with personal data is watched at a 2 s interval; a bucket
/// policy makes it public → one alert for the bucket (its objects folded in) within two
/// intervals, with the evidence; the policy removed → the all-clear; SIGTERM ends it cleanly.
#[test]
fn watch_alerts_once_when_a_bucket_becomes_public_and_again_when_it_is_closed() {
    use std::time::Duration;
    let s3 = S3::new();
    let bucket = unique("watch");
    s3.bucket(&bucket);
    s3.put(&bucket, "exports/customers.csv", CUSTOMERS);
    s3.put(&bucket, "readme.txt", "nothing personal here\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    let received = dir.path().join("received.jsonl");
    let target = format!("s3://{bucket}");
    let state_arg = state.to_str().expect("utf-8");
    let command = format!("cat >> '{}'", received.display());
    let mut watch =
        Watch::start(&endpoint(), &[&target, "--interval", "2s", "--content-interval", "1h", "--state", state_arg, "--alert-command", &command]);
    watch.wait_log("pass 1 (content)", Duration::from_secs(60));
    assert!(watch.no_alert(), "a private bucket raises no alert");

    s3.rt.block_on(s3.client.put_bucket_policy().bucket(&bucket).policy(public_read_policy(&bucket)).send()).expect("policy");
    // Two intervals on a quiet machine; more slack for a loaded CI.
    let opened = watch.next_alert(Duration::from_secs(20));
    assert_eq!(opened["alert"], "became-exposed", "{opened}");
    assert_eq!(opened["uri"], format!("s3://{bucket}/"));
    assert_eq!(opened["became"], "public");
    assert_eq!(opened["was"], "restricted");
    assert!(opened["since"]["after"].is_string() && opened["since"]["by"].is_string(), "{opened}");
    assert!(opened["locations"].as_u64().is_some_and(|n| n >= 2), "the bucket and the object holding personal data: {opened}");
    let cats: Vec<&str> = opened["categories"].as_array().expect("categories").iter().filter_map(Value::as_str).collect();
    assert!(cats.contains(&"email") && cats.contains(&"phone"), "{cats:?}");
    assert!(opened["evidence"].to_string().contains("policy"), "the bucket policy is the evidence: {opened}");
    assert!(!opened.to_string().contains("jane.doe"), "no raw value in an alert");
    // Reported once: the next passes say nothing while it stays public.
    watch.wait_log("0 alert(s)", Duration::from_secs(30));
    watch.wait_log("0 alert(s)", Duration::from_secs(30));
    assert!(watch.no_alert(), "the same exposure is reported once");

    s3.rt.block_on(s3.client.delete_bucket_policy().bucket(&bucket).send()).expect("delete policy");
    let closed = watch.next_alert(Duration::from_secs(20));
    assert_eq!((closed["alert"].as_str(), closed["uri"].as_str()), (Some("exposure-removed"), Some(format!("s3://{bucket}/").as_str())), "{closed}");
    assert!(watch.stop().success(), "SIGTERM ends the watch cleanly");

    // The command received the same two alerts; the state keeps them and no raw value.
    let delivered = std::fs::read_to_string(&received).expect("the alert command ran");
    let kinds: Vec<String> = delivered.lines().map(|l| serde_json::from_str::<Value>(l).expect("json")["alert"].as_str().unwrap_or("").to_string()).collect();
    assert_eq!(kinds, ["became-exposed", "exposure-removed"]);
    assert_eq!(std::fs::read_to_string(state.join("alerts.jsonl")).expect("history").lines().count(), 2);
    for file in ["inventory.json", "alerts.jsonl", "state.jsonl"] {
        let text = std::fs::read_to_string(state.join(file)).expect("state file");
        assert!(!text.contains("jane.doe@example.com") && !text.contains("7946 0958"), "{file} holds a raw value");
    }
}

/// A public bucket receives a new object with e-mails → one alert naming the object; the
/// unchanged object is not read again (GETs counted on the wire, through the proxy).
#[test]
fn watch_reads_only_new_objects_and_names_the_one_that_brings_personal_data() {
    use std::time::Duration;
    let s3 = S3::new();
    let bucket = unique("watchnew");
    s3.bucket(&bucket);
    s3.put(&bucket, "exports/customers.csv", CUSTOMERS);
    s3.rt.block_on(s3.client.put_bucket_policy().bucket(&bucket).policy(public_read_policy(&bucket)).send()).expect("policy");
    let proxy = FaultProxy::start(&endpoint());
    let dir = tempfile::tempdir().expect("tempdir");
    let state = dir.path().join("state");
    let target = format!("s3://{bucket}");
    // Every pass a content pass; no probes or ACL reads, so that every GET of a key is a read.
    let args = [&target, "--interval", "2s", "--content-interval", "1s", "--no-anonymous-probe", "--object-sample", "0", "--state", state.to_str().expect("utf-8")];
    let mut watch = Watch::start(&proxy.endpoint(), &args);
    watch.wait_log("pass 1 (content)", Duration::from_secs(60));
    let first = watch.next_alert(Duration::from_secs(5));
    assert_eq!((first["alert"].as_str(), first["uri"].as_str()), (Some("new-personal-data"), Some(format!("s3://{bucket}/").as_str())), "{first}");

    s3.put(&bucket, "exports/signups-2026-12.csv", "email\nnew.customer@example.net\nanother.one@example.org\n");
    let news = watch.next_alert(Duration::from_secs(20));
    assert_eq!(news["alert"], "new-personal-data", "{news}");
    assert_eq!(news["uri"], format!("s3://{bucket}/exports/signups-2026-12.csv"));
    assert_eq!(news["became"], "public");
    assert_eq!(news["new_categories"], serde_json::json!(["email"]));
    watch.wait_log("0 alert(s)", Duration::from_secs(30));
    assert!(watch.no_alert(), "one alert for the new object");
    assert!(watch.stop().success());
    let reads = |key: &str| proxy.requests().iter().filter(|r| r.starts_with(&format!("GET /{bucket}/{key}")) && !r.contains("acl")).count();
    assert_eq!(reads("exports/customers.csv"), 1, "read on the first pass only: {:#?}", proxy.requests());
    assert_eq!(reads("exports/signups-2026-12.csv"), 1);
}

/// A photo in a bucket is read for its metadata only, by ranges: of a 6 MB geotagged JPEG, the
/// GPS position is found and at most one 1 MiB block is fetched.
#[test]
fn a_photo_in_a_bucket_is_read_by_ranges_for_its_metadata_only() {
    let python = std::env::var("PIIMAP_TEST_PYTHON").expect("PIIMAP_TEST_PYTHON is not set: run the tests with `bash scripts/test.sh`");
    let dir = tempfile::tempdir().expect("tempdir");
    let status = Command::new(python).arg(repo_root().join("tests/tools/photos.py")).arg(dir.path()).arg("--large").status().expect("python runs");
    assert!(status.success(), "Pillow wrote the photos");
    let large = std::fs::read(dir.path().join("large.jpg")).expect("photo");
    assert!(large.len() > 4 << 20, "a photo of several MB: {}", large.len());
    let s3 = S3::new();
    let bucket = unique("photos");
    s3.bucket(&bucket);
    s3.put(&bucket, "dashcam/large.jpg", large.clone());
    let proxy = FaultProxy::start(&endpoint());
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan_s3(out.path(), &proxy.endpoint(), &[&format!("s3://{bucket}"), "--no-anonymous-probe", "--object-sample", "0"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.location("dashcam/large.jpg")["format"], "jpeg (EXIF metadata)");
    assert!(run.categories("dashcam/large.jpg").contains(&"location".to_string()), "{}", run.location("dashcam/large.jpg"));
    let gets: Vec<String> = proxy.requests().into_iter().filter(|r| r.starts_with(&format!("GET /{bucket}/dashcam/large.jpg")) && !r.contains("acl")).collect();
    assert!(!gets.is_empty() && gets.iter().all(|g| g.contains("[bytes=")), "ranged reads only: {gets:#?}");
    let fetched: u64 = gets
        .iter()
        .filter_map(|g| g.rsplit_once("[bytes=")?.1.trim_end_matches(']').split_once('-').and_then(|(a, b)| Some(b.parse::<u64>().ok()?.min(large.len() as u64 - 1) + 1 - a.parse::<u64>().ok()?)))
        .sum();
    assert!(fetched <= 1 << 20, "{fetched} bytes fetched of {}: {gets:#?}", large.len());
}
