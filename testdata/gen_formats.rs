//! Writes the binary fixtures of `testdata/formats/` (committed, so the tests read real files):
//!
//!   cargo run --release --example gen_formats
//!
//! Nested Parquet (struct, list, map), Arrow IPC file and stream, Avro, an XLSX workbook with a
//! title row and two sheets (and, when LibreOffice is installed, the same workbook as ODS and XLS,
//! converted by it), a zip holding a nested tar.gz, Parquet, a gzipped log and an entry with an
//! unsafe name, and a tar.gz holding NDJSON and the workbook. Values come from small built-in
//! lists through a seeded SplitMix64; nothing here belongs to a real person. The values are the
//! same on every run; container metadata is not (the Avro writer picks a random sync marker, the
//! workbook records its creation time).

use arrow_array::builder::{MapBuilder, StringBuilder};
use arrow_array::{ArrayRef, Float64Array, Int64Array, ListArray, RecordBatch, StringArray, StructArray, TimestampMillisecondArray};
use arrow_schema::{DataType, Field, Fields};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

#[allow(dead_code)]
#[path = "../benches/seeded.rs"]
mod seeded;
use seeded::SplitMix;

const FIRST: &[&str] = &["Grace", "Alan", "Ada", "Edsger", "Barbara", "Donald", "Margaret", "Dennis", "Frances", "Niklaus"];
const LAST: &[&str] = &["Hopper", "Turing", "Lovelace", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Ritchie", "Allen", "Wirth"];
const STREETS: &[&str] = &["Maple", "Oak", "Cedar", "Elm", "Pine", "Walnut"];
const VINS: &[&str] = &["1HGCM82633A004352", "5YJ3E1EA7KF317000", "WP0ZZZ99ZTS392124", "1M8GDM9AXKP042788", "JHMCM56557C404453"];

struct Person {
    name: String,
    email: String,
    phone: String,
    address: String,
}

fn people(rng: &mut SplitMix, n: usize) -> Vec<Person> {
    (0..n)
        .map(|i| {
            let (f, l) = (rng.pick(FIRST), rng.pick(LAST));
            Person {
                name: format!("{f} {l}"),
                email: format!("{}.{}{i}@example.com", f.to_lowercase(), l.to_lowercase()),
                phone: format!("+1 {} {} {:04}", 200 + rng.below(700), 200 + rng.below(700), rng.below(10_000)),
                address: format!("{} {} Street, Springfield, IL 627{:02}", 10 + rng.below(980), rng.pick(STREETS), rng.below(100)),
            }
        })
        .collect()
}

fn strings<'a>(it: impl Iterator<Item = &'a str>) -> ArrayRef {
    Arc::new(StringArray::from(it.collect::<Vec<_>>()))
}

/// Customers with nested fields: `contact` struct, `tags` list, `attributes` map.
fn nested_batch(rng: &mut SplitMix, rows: &[Person]) -> RecordBatch {
    let contact_fields = Fields::from(vec![Field::new("email", DataType::Utf8, true), Field::new("phone", DataType::Utf8, true)]);
    let contact = StructArray::new(
        contact_fields,
        vec![strings(rows.iter().map(|p| p.email.as_str())), strings(rows.iter().map(|p| p.phone.as_str()))],
        None,
    );
    let tags = ListArray::from_iter_primitive::<arrow_array::types::Int64Type, _, _>(
        rows.iter().enumerate().map(|(i, _)| Some(vec![Some(i as i64), Some(i as i64 * 7)])),
    );
    let mut attributes = MapBuilder::new(None, StringBuilder::new(), StringBuilder::new());
    for p in rows {
        attributes.keys().append_value("home_phone");
        attributes.values().append_value(&p.phone);
        attributes.keys().append_value("vin");
        attributes.values().append_value(rng.pick(VINS));
        attributes.keys().append_value("tier");
        attributes.values().append_value(rng.pick(&["gold", "silver", "bronze"]));
        attributes.append(true).expect("map entry");
    }
    RecordBatch::try_from_iter(vec![
        ("customer_id", Arc::new(Int64Array::from_iter_values(0..rows.len() as i64)) as ArrayRef),
        ("full_name", strings(rows.iter().map(|p| p.name.as_str()))),
        ("contact", Arc::new(contact) as ArrayRef),
        ("tags", Arc::new(tags) as ArrayRef),
        ("attributes", Arc::new(attributes.finish()) as ArrayRef),
    ])
    .expect("nested batch")
}

/// Vehicle positions: VIN, latitude, longitude, time (a trace).
fn telemetry_batch(rng: &mut SplitMix, n: usize) -> RecordBatch {
    let vins: Vec<&str> = (0..n).map(|_| rng.pick(VINS)).collect();
    let lat: Vec<f64> = (0..n).map(|_| 35.0 + (rng.below(1_000_000) as f64) / 1e6).collect();
    let lon: Vec<f64> = (0..n).map(|_| 139.0 + (rng.below(1_000_000) as f64) / 1e6).collect();
    let ts: Vec<i64> = (0..n as i64).map(|i| 1_735_689_600_000 + i * 60_000).collect();
    RecordBatch::try_from_iter(vec![
        ("vin", strings(vins.into_iter())),
        ("lat", Arc::new(Float64Array::from(lat)) as ArrayRef),
        ("lon", Arc::new(Float64Array::from(lon)) as ArrayRef),
        ("recorded_at", Arc::new(TimestampMillisecondArray::from(ts)) as ArrayRef),
    ])
    .expect("telemetry batch")
}

fn flat_batch(rows: &[Person]) -> RecordBatch {
    RecordBatch::try_from_iter(vec![
        ("name", strings(rows.iter().map(|p| p.name.as_str()))),
        ("email", strings(rows.iter().map(|p| p.email.as_str()))),
        ("phone", strings(rows.iter().map(|p| p.phone.as_str()))),
        ("address", strings(rows.iter().map(|p| p.address.as_str()))),
    ])
    .expect("flat batch")
}

fn parquet_bytes(batch: &RecordBatch) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = parquet::arrow::ArrowWriter::try_new(&mut out, batch.schema(), None).expect("parquet writer");
    w.write(batch).expect("write");
    w.close().expect("close");
    out
}

fn workbook(path: &Path, rows: &[Person]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Customers").expect("sheet name");
    sheet.write_string(0, 0, "Customer export, Q3").expect("title");
    for (c, h) in ["Full name", "E-mail", "Phone", "Postal address", "Orders"].iter().enumerate() {
        sheet.write_string(2, c as u16, *h).expect("header");
    }
    for (r, p) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        sheet.write_string(r, 0, &p.name).expect("cell");
        sheet.write_string(r, 1, &p.email).expect("cell");
        sheet.write_string(r, 2, &p.phone).expect("cell");
        sheet.write_string(r, 3, &p.address).expect("cell");
        sheet.write_number(r, 4, f64::from(r * 3 % 17)).expect("cell");
    }
    let notes = book.add_worksheet();
    notes.set_name("Notes").expect("sheet name");
    notes.write_string(0, 0, "Note").expect("header");
    notes.write_string(1, 0, "Escalated by the account manager; reply to support@example.org").expect("cell");
    notes.write_string(2, 0, "Quarterly totals reconciled").expect("cell");
    book.save(path).expect("save workbook");
}

fn tar_gz(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut tar = tar::Builder::new(Vec::new());
    for (name, body) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(body.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(1_735_689_600);
        h.set_cksum();
        tar.append_data(&mut h, name, *body).expect("tar entry");
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&tar.into_inner().expect("tar")).expect("gzip");
    gz.finish().expect("gzip")
}

const DE_FIRST: &[&str] = &["Jürgen", "Bärbel", "Jörg", "Günter", "Käthe", "Sören", "Wolfgang", "Heike", "Björn", "Ute"];
const DE_LAST: &[&str] = &["Müller", "Schäfer", "Köhler", "Großmann", "Neuschäfer", "Bäcker", "Schröder", "Weiß", "Krüger", "Vogel"];
const DE_STREETS: &[&str] = &["Schillerstraße", "Lindenallee", "Goethestraße", "Mühlenweg", "Königsallee"];
const DE_TOWNS: &[(&str, &str, &str)] = &[("Köln", "50667", "221"), ("München", "80331", "89"), ("Düsseldorf", "40213", "211"), ("Berlin", "10115", "30")];
const NL_FIRST: &[&str] = &["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Anouk", "Thijs", "Eline", "Ruben"];
const NL_LAST: &[&str] = &["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "de Boer", "Mulder", "Bos", "Vos"];
const NL_STREETS: &[&str] = &["Dorpsstraat", "Stationsweg", "Kerkstraat", "Prinsengracht", "Molenweg"];
/// Dutch places whose names start with an apostrophe, and others.
const NL_TOWNS: &[(&str, &str)] = &[("'t Harde", "8084"), ("'s-Hertogenbosch", "5211"), ("'s-Gravenhage", "2511"), ("Eindhoven", "5611"), ("Utrecht", "3511")];

/// Customer exports as regional tools write them: a German one from Excel on Windows
/// (Windows-1252, semicolons, CRLF, commas inside values) and Dutch ones whose town names start
/// with an apostrophe (`'t Harde`), tab- and semicolon-separated.
fn regional_exports(out: &Path) {
    let mut rng = SplitMix(1252);
    let mut de = String::from("Kundennr;Nachname;Vorname;E-Mail;Telefon;Straße;Ort;PLZ;Bemerkung\r\n");
    for i in 0..24 {
        let (first, last) = (rng.pick(DE_FIRST), rng.pick(DE_LAST));
        let (town, plz, area) = DE_TOWNS[rng.below(DE_TOWNS.len() as u64) as usize];
        let street = format!("{}{} {}", if i % 3 == 0 { "Aufgang B, " } else { "" }, rng.pick(DE_STREETS), 1 + rng.below(180));
        let mail = format!("{}.{}{i}@example.de", first.to_lowercase(), last.to_lowercase()).replace('ü', "ue").replace('ä', "ae").replace('ö', "oe").replace('ß', "ss");
        let phone = format!("0{area} {}", 2_000_000 + rng.below(7_000_000));
        let note = if i % 4 == 0 { "Rückruf erwünscht, bitte nachmittags" } else { "" };
        de.push_str(&format!("DE{:08};{last};{first};{mail};{phone};{street};{town};{plz};{note}\r\n", 29_213_290 + i * 7));
    }
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&de);
    assert!(!unmappable, "every character has a Windows-1252 byte");
    std::fs::write(out.join("kunden_cp1252.csv"), cp1252).expect("csv");

    let header = ["klantnr", "achternaam", "voornaam", "e-mail", "telefoon", "straat", "woonplaats", "postcode"];
    let rows: Vec<[String; 8]> = (0..24u64)
        .map(|i| {
            let (first, last) = (rng.pick(NL_FIRST), rng.pick(NL_LAST));
            let (town, pc) = NL_TOWNS[rng.below(NL_TOWNS.len() as u64) as usize];
            let letters = ["AB", "CD", "EF", "GH", "JK"][rng.below(5) as usize];
            [
                format!("NL{}", 43_082_539 + i * 11),
                last.to_string(),
                first.to_string(),
                format!("{}.{}{i}@example.nl", first.to_lowercase(), last.to_lowercase().replace(' ', "")),
                format!("06 {:02} {:02} {:02} {:02}", 10 + rng.below(90), rng.below(100), rng.below(100), rng.below(100)),
                format!("{} {}", rng.pick(NL_STREETS), 1 + rng.below(300)),
                town.to_string(),
                format!("{pc} {letters}"),
            ]
        })
        .collect();
    let tsv: String = std::iter::once(header.join("\t")).chain(rows.iter().map(|r| r.join("\t"))).map(|l| l + "\n").collect();
    std::fs::write(out.join("klanten.tsv"), tsv).expect("tsv");
    // Excel's "CSV UTF-8": a byte order mark, semicolons, CRLF.
    let csv: String = std::iter::once(header.join(";")).chain(rows.iter().map(|r| r.join(";"))).map(|l| l + "\r\n").collect();
    std::fs::write(out.join("klanten_excel.csv"), format!("\u{feff}{csv}")).expect("csv");
}

fn main() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/formats");
    std::fs::create_dir_all(&out).expect("output folder");
    let mut rng = SplitMix(7);
    let customers = people(&mut rng, 60);

    std::fs::write(out.join("customers_nested.parquet"), parquet_bytes(&nested_batch(&mut rng, &customers))).expect("parquet");

    let telemetry = telemetry_batch(&mut rng, 120);
    let mut file = std::fs::File::create(out.join("telemetry.arrow")).expect("arrow file");
    let mut w = arrow_ipc::writer::FileWriter::try_new(&mut file, &telemetry.schema()).expect("ipc writer");
    w.write(&telemetry.slice(0, 60)).expect("batch");
    w.write(&telemetry.slice(60, 60)).expect("batch");
    w.finish().expect("finish");
    let mut file = std::fs::File::create(out.join("telemetry.arrows")).expect("arrow stream");
    let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut file, &telemetry.schema()).expect("ipc stream writer");
    w.write(&telemetry).expect("batch");
    w.finish().expect("finish");

    let flat = flat_batch(&customers[..40]);
    let file = std::fs::File::create(out.join("customers.avro")).expect("avro file");
    let mut w = arrow_avro::writer::AvroWriter::new(file, flat.schema().as_ref().clone()).expect("avro writer");
    w.write(&flat).expect("avro batch");
    w.finish().expect("avro finish");

    workbook(&out.join("customers.xlsx"), &customers[..30]);
    for to in ["ods", "xls"] {
        let converted = std::process::Command::new("soffice")
            .args(["--headless", "--convert-to", to, "--outdir"])
            .arg(&out)
            .arg(out.join("customers.xlsx"))
            .status();
        if !converted.is_ok_and(|s| s.success()) {
            eprintln!("LibreOffice (soffice) not available: customers.{to} not regenerated");
        }
    }

    let csv: String = std::iter::once("name,email,phone\n".to_string())
        .chain(customers[..20].iter().map(|p| format!("{},{},{}\n", p.name, p.email, p.phone)))
        .collect();
    let log: String = customers[..10].iter().enumerate().map(|(i, p)| format!("2025-01-0{} INFO password reset for {}\n", 1 + i % 9, p.email)).collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(log.as_bytes()).expect("gzip");
    let log_gz = gz.finish().expect("gzip");
    let contacts: String = customers[20..30].iter().map(|p| format!("{{\"contact\":{{\"name\":\"{}\",\"phone\":\"{}\"}}}}\n", p.name, p.phone)).collect();
    let inner = tar_gz(&[("contacts.jsonl", contacts.as_bytes())]);
    let report = parquet_bytes(&flat_batch(&customers[30..50]));
    let mut zip = zip::ZipWriter::new(std::fs::File::create(out.join("export.zip")).expect("zip file"));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::from_date_and_time(2025, 1, 2, 3, 4, 6).expect("date"));
    for (name, body) in [
        ("crm/customers.csv", csv.as_bytes()),
        ("logs/app.log.gz", &log_gz[..]),
        ("nested/contacts.tar.gz", &inner[..]),
        ("reports/customers.parquet", &report[..]),
        ("../outside/escape.csv", csv.as_bytes()),
        ("README.txt", b"Quarterly export. Nothing to see here.\n"),
    ] {
        zip.start_file(name, opts).expect("zip entry");
        zip.write_all(body).expect("zip body");
    }
    zip.finish().expect("zip finish");

    let vehicles: String = customers[..15]
        .iter()
        .map(|p| format!("{{\"owner\":{{\"email\":\"{}\"}},\"vehicle\":{{\"vin\":\"{}\"}}}}\n", p.email, rng.pick(VINS)))
        .collect();
    let xlsx = std::fs::read(out.join("customers.xlsx")).expect("workbook");
    std::fs::write(out.join("export.tar.gz"), tar_gz(&[("a/vehicles.ndjson", vehicles.as_bytes()), ("b/customers.xlsx", &xlsx)])).expect("tar.gz");

    let no_header: String = customers[..25].iter().map(|p| format!("{};{};{}\n", p.name, p.email, p.phone)).collect();
    std::fs::write(out.join("no_header.csv"), no_header).expect("csv");

    regional_exports(&out);
    eprintln!("wrote {}", out.display());
}
