//! Structured data at scale: every input format on real files (testdata/formats, written by
//! `cargo run --example gen_formats`), Parquet sampling stated in the inventory, archives as
//! locations, and the limits that protect the scanner, each ending as a visible outcome.

mod common;

use common::{repo_root, scan, Run};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

fn fields(run: &Run, suffix: &str) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = run.location(suffix)["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["field"].as_str().unwrap_or("").to_string(), f["category"].as_str().unwrap_or("").to_string()))
        .collect();
    f.sort();
    f
}

fn has(run: &Run, suffix: &str, field: &str, category: &str) -> bool {
    fields(run, suffix).contains(&(field.to_string(), category.to_string()))
}

#[test]
fn every_format_in_testdata_is_read_with_its_fields() {
    let out = tempfile::tempdir().expect("tempdir");
    let dir = repo_root().join("testdata/formats");
    let run = scan(out.path(), &[dir.to_str().expect("utf-8 path"), "--quiet"]);
    assert_eq!(run.code, 1, "personal data found, nothing failed: {}", run.stderr);
    let expect: &[(&str, &str, &str)] = &[
        // Parquet with a struct, a list and a map: struct children and map keys name the fields.
        ("customers_nested.parquet", "contact.email", "email"),
        ("customers_nested.parquet", "contact.phone", "phone"),
        ("customers_nested.parquet", "attributes.home_phone", "phone"),
        ("customers_nested.parquet", "attributes.vin", "vin"),
        ("customers_nested.parquet", "full_name", "name"),
        // Arrow IPC, file and stream.
        ("telemetry.arrow", "vin", "vin"),
        ("telemetry.arrow", "lat", "location"),
        ("telemetry.arrows", "lon", "location"),
        // Avro.
        ("customers.avro", "email", "email"),
        ("customers.avro", "address", "address"),
        // Spreadsheets: the sheet name in the field, the header found below a title row.
        ("customers.xlsx", "Customers!E-mail", "email"),
        ("customers.xlsx", "Customers!Postal address", "address"),
        ("customers.xlsx", "Notes!Note", "email"),
        ("customers.ods", "Customers!Phone", "phone"),
        ("customers.xls", "Customers!Full name", "name"),
        // A CSV without a header row: positional fields, judged on their values.
        ("no_header.csv", "column_2", "email"),
        ("no_header.csv", "column_3", "phone"),
        // Archive entries, nested archives, Parquet inside a zip, a gzipped log inside a zip.
        ("export.zip!/crm/customers.csv", "email", "email"),
        ("export.zip!/logs/app.log.gz", "", "email"),
        ("export.zip!/nested/contacts.tar.gz!/contacts.jsonl", "$.contact.phone", "phone"),
        ("export.zip!/reports/customers.parquet", "email", "email"),
        ("export.tar.gz!/a/vehicles.ndjson", "$.vehicle.vin", "vin"),
        ("export.tar.gz!/b/customers.xlsx", "Customers!E-mail", "email"),
    ];
    for (file, field, category) in expect {
        assert!(has(&run, file, field, category), "{file}: expected {field} / {category}, got {:?}", fields(&run, file));
    }
    assert!(!fields(&run, "customers_nested.parquet").iter().any(|(f, _)| f.starts_with("tags")), "integer lists hold nothing");
    let trace = run.location("telemetry.arrow")["findings"].as_array().expect("findings").iter().find_map(|f| f["trace"].as_str());
    assert!(trace.is_some_and(|t| t.contains("vin")), "VIN + coordinates + time is a trace");
    for (file, format) in [("customers.avro", "avro"), ("telemetry.arrows", "arrow-stream"), ("customers.ods", "ods"), ("customers.xls", "xls")] {
        assert_eq!(run.location(file)["format"], format);
    }
    // The archive itself: its format, entry count, and no findings of its own (its entries hold them).
    assert_eq!(run.location("export.zip")["format"], "zip (7 entries)");
    assert!(run.location("export.zip")["findings"].as_array().expect("findings").is_empty());
    assert_eq!(run.status("export.zip!/../outside/escape.csv"), "skipped");
    assert!(run.location("export.zip!/../outside/escape.csv")["outcome"]["reason"].as_str().expect("reason").contains("unsafe entry path"));
    assert_eq!(run.location("export.zip!/crm/customers.csv")["modified"], "2025-01-02T03:04:06Z", "entry times come from the archive");
    // Occurrences of entries point into the archive.
    assert!(run.occurrences.iter().any(|o| o["location"].as_str().is_some_and(|l| l.ends_with("export.zip!/crm/customers.csv"))));
}

fn write_parquet(path: &Path, rows: usize, row_group: usize) {
    use arrow_array::{ArrayRef, RecordBatch, StringArray};
    let emails: Vec<String> = (0..rows).map(|i| format!("user{i}@example.com")).collect();
    let ids: Vec<String> = (0..rows).map(|i| format!("ORD-{i:08}")).collect();
    let batch = RecordBatch::try_from_iter(vec![
        ("order_ref", Arc::new(StringArray::from(ids)) as ArrayRef),
        ("customer_email", Arc::new(StringArray::from(emails)) as ArrayRef),
    ])
    .expect("batch");
    let props = parquet::file::properties::WriterProperties::builder().set_max_row_group_row_count(Some(row_group)).build();
    let file = std::fs::File::create(path).expect("create");
    let mut w = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), Some(props)).expect("writer");
    w.write(&batch).expect("write");
    w.close().expect("close");
}

/// Regional CSV exports (testdata/formats, written through encoding_rs by gen_formats): a
/// Windows-1252 semicolon file is split into its columns, and Dutch towns starting with an
/// apostrophe (`'t Harde`) do not make `'` the quote character. Every value stays in its column:
/// e-mails only under `e-mail`, nothing in the town column.
#[test]
fn regional_csv_exports_are_split_into_their_columns() {
    let out = tempfile::tempdir().expect("tempdir");
    let dir = repo_root().join("testdata/formats");
    let files: Vec<String> = ["kunden_cp1252.csv", "klanten.tsv", "klanten_excel.csv"].iter().map(|f| dir.join(f).display().to_string()).collect();
    let mut args: Vec<&str> = files.iter().map(String::as_str).collect();
    args.push("--quiet");
    let run = scan(out.path(), &args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.location("kunden_cp1252.csv")["format"], "csv+windows_1252");
    let field_names = |file: &str| -> std::collections::BTreeSet<String> {
        run.occurrences
            .iter()
            .filter(|o| o["location"].as_str().is_some_and(|l| l.ends_with(file)))
            .filter_map(|o| o["field"].as_str().map(str::to_string))
            .collect()
    };
    for f in field_names("kunden_cp1252.csv") {
        assert!(["Nachname", "Vorname", "E-Mail", "Telefon", "Straße", "Ort", "PLZ", "Bemerkung", "Kundennr"].contains(&f.as_str()), "kunden_cp1252.csv: field {f:?}");
    }
    assert!(has(&run, "kunden_cp1252.csv", "E-Mail", "email"), "{:?}", fields(&run, "kunden_cp1252.csv"));
    assert!(has(&run, "kunden_cp1252.csv", "Telefon", "phone"), "{:?}", fields(&run, "kunden_cp1252.csv"));
    for file in ["klanten.tsv", "klanten_excel.csv"] {
        let found = fields(&run, file);
        assert!(has(&run, file, "e-mail", "email"), "{file}: {found:?}");
        assert!(has(&run, file, "telefoon", "phone"), "{file}: {found:?}");
        for (field, category) in &found {
            assert!(!(category == "email" && field != "e-mail"), "{file}: e-mails on {field}");
            assert!(!["woonplaats", "postcode"].contains(&field.as_str()), "{file}: {category} on {field}");
        }
        let emails = run.location(file)["findings"].as_array().expect("findings").iter().find(|f| f["field"] == "e-mail").expect("e-mail finding")["count"].as_u64();
        assert_eq!(emails, Some(24), "{file}: every row's e-mail in its column");
    }
}

#[test]
fn large_parquet_is_sampled_over_the_whole_file_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    write_parquet(&data.join("orders.parquet"), 100_000, 12_500);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");

    let run = scan(&out, &[data.to_str().expect("path"), "--quiet"]);
    let loc = run.location("orders.parquet");
    assert_eq!(loc["sampling"]["rows_read"], 10_000, "{loc}");
    assert_eq!(loc["sampling"]["rows_total"], 100_000);
    assert!(loc["sampling"]["method"].as_str().expect("method").contains("8 of 8 row groups"));
    let email = loc["findings"].as_array().expect("findings").iter().find(|f| f["category"] == "email").expect("email found");
    assert_eq!(email["count"], 10_000, "counts are counts in the sample");
    let rows: Vec<u64> = run.occurrences.iter().filter_map(|o| o["row"].as_u64()).collect();
    assert!(rows.iter().min().is_some_and(|&r| r < 10_000), "the sample starts near the beginning");
    assert!(rows.iter().max().is_some_and(|&r| r > 90_000), "and reaches the end of the file");
    assert!(run.stdout.contains("sampled: 10,000 of 100,000 rows"), "{}", run.stdout);

    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--sample-rows", "1000"]);
    assert_eq!(run.location("orders.parquet")["sampling"]["rows_read"], 1000);

    // Escalation: the field flagged in the sample is counted in every row, the others are not read again.
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--full-count"]);
    let loc = run.location("orders.parquet");
    assert_eq!(loc["sampling"]["counted_in_full"], serde_json::json!(["customer_email"]), "{loc}");
    let email = loc["findings"].as_array().expect("findings").iter().find(|f| f["category"] == "email").expect("email found");
    assert_eq!(email["count"], 100_000, "every row of the flagged column");
    let rows: std::collections::HashSet<u64> = run.occurrences.iter().filter_map(|o| o["row"].as_u64()).collect();
    assert_eq!(rows.len(), 100_000, "each row once: the sampled windows are not read twice");

    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--full"]);
    let loc = run.location("orders.parquet");
    assert!(loc["sampling"].is_null(), "--full reads everything");
    let email = loc["findings"].as_array().expect("findings").iter().find(|f| f["category"] == "email").expect("email found");
    assert_eq!(email["count"], 100_000);
}

#[test]
fn dataset_states_the_sample_of_its_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    for day in 1..=3 {
        let part = data.join(format!("orders/date=2025-01-0{day}"));
        std::fs::create_dir_all(&part).expect("mkdir");
        write_parquet(&part.join("part-00000.parquet"), 20_000, 5_000);
    }
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet"]);
    let ds = run.location("orders/");
    assert_eq!(ds["kind"], "dataset");
    assert_eq!(ds["sampling"]["rows_read"], 30_000);
    assert_eq!(ds["sampling"]["rows_total"], 60_000);

    // A sample of files: the first and last partitions are read, the middle one is listed and
    // skipped with the reason, and the dataset says how many files were read.
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--sample-files", "2"]);
    assert_eq!(run.status("date=2025-01-01/part-00000.parquet"), "scanned");
    assert_eq!(run.status("date=2025-01-03/part-00000.parquet"), "scanned");
    assert_eq!(run.status("date=2025-01-02/part-00000.parquet"), "skipped");
    assert!(reason_of(&run, "date=2025-01-02/part-00000.parquet").contains("not in the dataset's file sample"));
    assert!(run.location("orders/")["sampling"]["method"].as_str().expect("method").contains("2 of 3 files read"));
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--sample-files", "2", "--full"]);
    assert_eq!(run.status("date=2025-01-02/part-00000.parquet"), "scanned", "--full reads every file");
}

/// Twenty thousand trip files of two thousand vehicles, keys differing only in ids and dates:
/// one dataset with its template, and `--sample-files` judges it from a spread sample.
#[test]
fn look_alike_objects_are_one_dataset_by_their_path_template() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    for vehicle in 0..2000 {
        let folder = data.join(format!("vehicles/{}/trips", 40_000 + vehicle));
        std::fs::create_dir_all(&folder).expect("mkdir");
        for day in 1..=10 {
            let body = if vehicle % 500 == 0 && day == 1 {
                format!("{{\"driver_email\": \"driver{vehicle}@example.com\", \"lat\": 35.6{vehicle}, \"lon\": 139.7{day}}}\n")
            } else {
                format!("{{\"speed_kmh\": {}, \"gear\": {}}}\n", vehicle % 120, day % 6)
            };
            std::fs::write(folder.join(format!("2023-05-{day:02}.json")), body).expect("write");
        }
    }
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet"]);
    let datasets: Vec<&serde_json::Value> =
        run.inventory["locations"].as_array().expect("locations").iter().filter(|l| l["kind"] == "dataset").collect();
    assert_eq!(datasets.len(), 1, "one dataset: {:?}", datasets.iter().map(|d| &d["uri"]).collect::<Vec<_>>());
    let trips = datasets[0];
    assert!(trips["uri"].as_str().is_some_and(|u| u.ends_with("/vehicles/{id}/trips/{date}.json")), "{}", trips["uri"]);
    assert_eq!(trips["dataset"]["files"], 20_000);
    assert_eq!(trips["dataset"]["scanned"], 20_000);
    assert_eq!(trips["dataset"]["with_personal_data"], 4);
    assert!(trips["findings"].as_array().expect("findings").iter().any(|f| f["category"] == "email" && f["count"] == 4));

    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--sample-files", "50"]);
    let trips = run.location("/vehicles/{id}/trips/{date}.json");
    assert_eq!(trips["dataset"]["files"], 20_000, "every file is listed");
    let read = trips["dataset"]["scanned"].as_u64().expect("scanned");
    assert!((26..=51).contains(&read), "a sample of at most 50 files and the last one: {read}");
    assert_eq!(trips["dataset"]["skipped"].as_u64(), Some(20_000 - read));
    assert!(trips["sampling"]["method"].as_str().expect("method").contains(&format!("{read} of 20000 files read")));
}

fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("start");
        w.write_all(data).expect("write");
    }
    w.finish().expect("finish").into_inner()
}

fn tar_gz(entries: &[(&str, u64, Vec<u8>)]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (name, declared, body) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(*declared);
        h.set_mode(0o644);
        h.set_path(name).expect("path");
        h.set_cksum();
        tar.append(&h, &body[..]).expect("append");
    }
    let raw = tar.into_inner().expect("tar");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&raw).expect("gzip");
    gz.finish().expect("gzip")
}

const CONTACT: &str = "name,email\nAda Lovelace,ada@example.com\n";

#[test]
fn archive_limits_end_as_skipped_outcomes_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    let w = |name: &str, bytes: Vec<u8>| std::fs::write(data.join(name), bytes).expect("write");
    w("good.csv", CONTACT.into());
    // A zip bomb: 64 MiB of one letter compress to about 64 KiB.
    w("bomb.zip", zip_of(&[("ok.csv", CONTACT.into()), ("bomb.txt", vec![b'a'; 64 << 20])]));
    // A tar.gz whose entry declares 10 GiB: listed and skipped, never inflated.
    w("virtual.tar.gz", tar_gz(&[("contacts.csv", CONTACT.len() as u64, CONTACT.into()), ("huge.log", 10 << 30, b"x".repeat(4096))]));
    // Many entries, over the entry cap given below.
    let many: Vec<(String, Vec<u8>)> = (0..30).map(|i| (format!("part-{i:03}.csv"), CONTACT.as_bytes().to_vec())).collect();
    let many: Vec<(&str, Vec<u8>)> = many.iter().map(|(n, d)| (n.as_str(), d.clone())).collect();
    w("many.zip", zip_of(&many));
    // Three levels of nesting, over the depth limit given below.
    let level3 = zip_of(&[("deep.csv", CONTACT.into())]);
    let level2 = zip_of(&[("level3.zip", level3)]);
    w("nested.zip", zip_of(&[("level2.zip", level2), ("top.csv", CONTACT.into())]));
    // A truncated zip: its central directory is gone.
    let mut cut = zip_of(&[("a.csv", CONTACT.into())]);
    cut.truncate(cut.len() / 2);
    w("truncated.zip", cut);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet", "--archive-max-entries", "20", "--archive-depth", "2"]);

    let reason = |s: &str| run.location(s)["outcome"]["reason"].as_str().unwrap_or_default().to_string();
    assert_eq!(run.status("good.csv"), "scanned");
    assert_eq!(run.status("bomb.zip!/ok.csv"), "scanned");
    assert_eq!(run.status("bomb.zip!/bomb.txt"), "skipped");
    assert!(reason("bomb.zip!/bomb.txt").contains("compression ratio over 100:1"), "{}", reason("bomb.zip!/bomb.txt"));
    assert_eq!(run.status("virtual.tar.gz!/contacts.csv"), "scanned");
    assert!(run.categories("virtual.tar.gz!/contacts.csv").contains(&"email".to_string()));
    assert_eq!(run.status("virtual.tar.gz!/huge.log"), "skipped");
    assert!(reason("virtual.tar.gz!/huge.log").contains("declared size 10 GiB"), "{}", reason("virtual.tar.gz!/huge.log"));
    assert_ne!(run.status("virtual.tar.gz"), "scanned", "the stream ends before the declared data: said, not hidden");
    assert_eq!(run.status("many.zip"), "skipped");
    assert!(reason("many.zip").contains("20 entries listed, 10 more not listed"), "{}", reason("many.zip"));
    assert_eq!(run.status("nested.zip!/top.csv"), "scanned");
    assert_eq!(run.status("nested.zip!/level2.zip"), "scanned");
    assert_eq!(run.status("nested.zip!/level2.zip!/level3.zip"), "skipped");
    assert!(reason("nested.zip!/level2.zip!/level3.zip").contains("nested deeper than 2 levels"));
    assert_eq!(run.status("truncated.zip"), "failed");
    assert!(run.location("truncated.zip")["outcome"]["error"].as_str().expect("error").contains("invalid zip archive"));
    assert_eq!(run.code, 3, "a failed location makes the run partial");

    // The budget for a whole archive, nested archives included.
    let run = scan(&out, &[data.join("many.zip").to_str().expect("path"), "--quiet", "--archive-max-total", "300"]);
    assert_eq!(run.status("many.zip"), "skipped");
    assert!(reason_of(&run, "many.zip").contains("more than 300 bytes decompressed") || reason_of(&run, "many.zip").contains("300 bytes"), "{}", reason_of(&run, "many.zip"));
    assert!(run.inventory["locations"].as_array().expect("locations").iter().any(|l| l["outcome"]["reason"].as_str().is_some_and(|r| r.contains("not read: limit"))));
}

fn reason_of(run: &Run, suffix: &str) -> String {
    run.location(suffix)["outcome"]["reason"].as_str().unwrap_or_default().to_string()
}

#[test]
fn bad_structured_files_fail_alone_with_clear_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    std::fs::create_dir(&data).expect("mkdir");
    let w = |name: &str, bytes: &[u8]| std::fs::write(data.join(name), bytes).expect("write");
    write_parquet(&data.join("cut-footer.parquet"), 1000, 1000);
    let full = std::fs::read(data.join("cut-footer.parquet")).expect("read");
    w("cut-footer.parquet", &full[..full.len() - 20]);
    w("wrong-magic.parquet", b"name,email\nAda,ada@example.com\n");
    w("corrupt.avro", b"Obj\x01 not really avro at all");
    w("corrupt.xlsx", b"PK\x03\x04 not a workbook");
    w("corrupt.arrow", b"ARROW1\x00\x00garbage");
    // A ragged CSV and a byte-order mark in the middle of one: read, not failed.
    w("ragged.csv", b"name,email\nAda Lovelace,ada@example.com,extra,cells\nAlan Turing\n");
    w("bom-middle.csv", "name,email\nAda Lovelace,ada@example.com\n\u{FEFF}Alan Turing,alan@example.org\n".as_bytes());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let run = scan(&out, &[data.to_str().expect("path"), "--quiet"]);
    let error = |s: &str| run.location(s)["outcome"]["error"].as_str().unwrap_or_default().to_string();
    for (file, says) in [
        ("cut-footer.parquet", "invalid Parquet"),
        ("wrong-magic.parquet", "invalid Parquet"),
        ("corrupt.avro", "invalid Avro"),
        ("corrupt.xlsx", "invalid spreadsheet"),
        ("corrupt.arrow", "invalid Arrow IPC"),
    ] {
        assert_eq!(run.status(file), "failed", "{file}");
        assert!(error(file).contains(says), "{file}: {}", error(file));
    }
    for file in ["ragged.csv", "bom-middle.csv"] {
        assert_eq!(run.status(file), "scanned", "{file}");
        assert!(run.categories(file).contains(&"email".to_string()), "{file}");
    }
    assert_eq!(run.code, 3);
}

/// Photos written by Pillow (`tests/tools/photos.py`; `scripts/test.sh` installs it): the EXIF
/// GPS position is a location, the photographer and camera owner are names; a photo without
/// metadata is read and holds nothing; the pixels are never treated as text.
#[test]
fn geotagged_photos_give_their_position_and_owner() {
    let python = std::env::var("PIIMAP_TEST_PYTHON")
        .expect("PIIMAP_TEST_PYTHON is not set: run the tests with `bash scripts/test.sh`, which installs Pillow for the photo tests");
    let dir = tempfile::tempdir().expect("tempdir");
    let photos = dir.path().join("photos");
    std::fs::create_dir(&photos).expect("mkdir");
    let status = std::process::Command::new(python).arg(repo_root().join("tests/tools/photos.py")).arg(&photos).status().expect("python runs");
    assert!(status.success(), "Pillow wrote the photos");
    // Inside a zip too: an archive entry arrives as a stream.
    let zip_path = dir.path().join("photos.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).expect("create zip"));
    zip.start_file("dcim/tokyo-station.jpg", zip::write::SimpleFileOptions::default()).expect("zip entry");
    zip.write_all(&std::fs::read(photos.join("tokyo-station.jpg")).expect("photo")).expect("write");
    zip.finish().expect("zip");
    std::fs::copy(&zip_path, photos.join("photos.zip")).expect("copy zip");
    let out = tempfile::tempdir().expect("tempdir");
    let run = scan(out.path(), &[photos.to_str().expect("utf-8"), "-q", "--format", "none"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (photo, format) in [("/tokyo-station.jpg", "jpeg"), ("/opera-house.png", "png"), ("/liberty.webp", "webp"), ("!/dcim/tokyo-station.jpg", "jpeg")] {
        assert_eq!(run.status(photo), "scanned");
        assert_eq!(run.location(photo)["format"], format!("{format} (EXIF metadata)"));
        assert!(has(&run, photo, "exif.gps_position", "location"), "{photo}: {:?}", fields(&run, photo));
        assert!(has(&run, photo, "exif.photographer", "name"), "{photo}: {:?}", fields(&run, photo));
        assert!(has(&run, photo, "exif.camera_owner_name", "name"), "{photo}: {:?}", fields(&run, photo));
    }
    // South and west are negative: the position is where the photo was taken.
    let sydney = run.occurrences.iter().find(|o| o["location"].as_str().is_some_and(|l| l.ends_with("opera-house.png")) && o["category"] == "location").expect("occurrence");
    assert!(sydney.to_string().contains("-33.8"), "{sydney}");
    assert_eq!(run.status("/plain.jpg"), "scanned");
    assert_eq!(run.location("/plain.jpg")["format"], "jpeg (no EXIF metadata)");
    assert!(run.categories("/plain.jpg").is_empty());
}
