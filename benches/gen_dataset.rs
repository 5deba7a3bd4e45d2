//! Deterministic generator of a partitioned telematics data set in Parquet, for the column-path
//! benchmarks (`benches/dataset_bench.sh`) and the #4 / #8 figures.
//!
//!   cargo run --release --example gen_dataset -- OUT_DIR [ROWS] [FILES] [--seed N]
//!
//! Writes `OUT_DIR/date=2025-01-0K/part-0000K.parquet`: ROWS rows (default 5,000,000) split over
//! FILES files (default 5), row groups of 131,072 rows, snappy. Ten columns: event id, VIN (valid
//! check digit), driver e-mail, driver phone, latitude, longitude, recorded time, speed, status
//! and firmware. Values are made up from a seeded SplitMix64; the same arguments give the same
//! bytes. Nothing here comes from a real person.

use arrow_array::{ArrayRef, Float32Array, Float64Array, Int64Array, RecordBatch, StringArray, TimestampMillisecondArray};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::sync::Arc;

#[allow(dead_code)]
#[path = "seeded.rs"]
mod seeded;
use seeded::SplitMix;

const VIN_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
const VIN_WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

fn vin_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A'..=b'H' => u32::from(c - b'A') + 1,
        b'J'..=b'N' => u32::from(c - b'J') + 1,
        b'P' => 7,
        b'R' => 9,
        b'S'..=b'Z' => u32::from(c - b'S') + 2,
        _ => 0,
    }
}

fn vin(rng: &mut SplitMix) -> String {
    let mut v = [0u8; 17];
    for (i, b) in v.iter_mut().enumerate() {
        *b = if i < 13 { VIN_ALPHABET[rng.below(VIN_ALPHABET.len() as u64) as usize] } else { b'0' + rng.below(10) as u8 };
    }
    let sum: u32 = v.iter().zip(VIN_WEIGHTS).map(|(&c, w)| vin_value(c) * w).sum();
    v[8] = if sum % 11 == 10 { b'X' } else { b'0' + (sum % 11) as u8 };
    String::from_utf8(v.to_vec()).expect("ASCII")
}

const GIVEN: &[&str] = &["anna", "marc", "yuki", "omar", "lena", "ravi", "ines", "tomas", "chloe", "kenji", "sofia", "noah"];
const DOMAINS: &[&str] = &["example.com", "example.org", "mail.example.net", "example.co.uk"];
const AREA: &[&str] = &["212", "415", "312", "617", "206", "303", "512", "704"];
const STATUS: &[&str] = &["ok", "idle", "charging", "moving", "parked"];

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut seed = 42u64;
    if let Some(i) = args.iter().position(|a| a == "--seed") {
        seed = args.get(i + 1).and_then(|s| s.parse().ok()).expect("--seed N");
        args.drain(i..i + 2);
    }
    let out = std::path::PathBuf::from(args.first().expect("usage: gen_dataset OUT_DIR [ROWS] [FILES] [--seed N]"));
    let rows: u64 = args.get(1).map_or(5_000_000, |s| s.parse().expect("ROWS"));
    let files: u64 = args.get(2).map_or(5, |s| s.parse().expect("FILES"));
    let mut rng = SplitMix(seed);
    // A fleet of vehicles, each with one driver: the same VIN and contact recur over time.
    let fleet: Vec<(String, String, String)> = (0..20_000)
        .map(|i| {
            let e = format!("{}.{}{}@{}", GIVEN[rng.below(GIVEN.len() as u64) as usize], GIVEN[i % GIVEN.len()], i, DOMAINS[i % DOMAINS.len()]);
            let p = format!("+1 {} {} {:04}", AREA[rng.below(AREA.len() as u64) as usize], 200 + rng.below(700), rng.below(10_000));
            (vin(&mut rng), e, p)
        })
        .collect();
    let props = WriterProperties::builder().set_compression(Compression::SNAPPY).set_max_row_group_row_count(Some(131_072)).build();
    let per_file = rows.div_ceil(files);
    let batch = 65_536u64;
    let mut id = 0i64;
    for f in 0..files {
        let dir = out.join(format!("date=2025-01-{:02}", f + 1));
        std::fs::create_dir_all(&dir).expect("create output folder");
        let path = dir.join(format!("part-{f:05}.parquet"));
        let file = std::fs::File::create(&path).expect("create file");
        let mut writer: Option<ArrowWriter<std::fs::File>> = None;
        let mut file = Some(file);
        let mut left = per_file.min(rows - f * per_file);
        while left > 0 {
            let n = left.min(batch) as usize;
            left -= n as u64;
            let mut ids = Vec::with_capacity(n);
            let (mut vins, mut emails, mut phones) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
            let (mut lats, mut lons, mut ts, mut speed) = (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
            let (mut status, mut firmware) = (Vec::with_capacity(n), Vec::with_capacity(n));
            for _ in 0..n {
                let (v, e, p) = &fleet[rng.below(fleet.len() as u64) as usize];
                ids.push(id);
                vins.push(v.as_str());
                emails.push(e.as_str());
                phones.push(p.as_str());
                lats.push(((25.0 + rng.unit() * 24.0) * 1e6).round() / 1e6);
                lons.push(((-124.0 + rng.unit() * 57.0) * 1e6).round() / 1e6);
                ts.push(1_735_689_600_000 + id * 1_000);
                speed.push((rng.unit() * 130.0) as f32);
                status.push(STATUS[rng.below(STATUS.len() as u64) as usize]);
                firmware.push(format!("{}.{}.{}", 1 + rng.below(4), rng.below(20), rng.below(300)));
                id += 1;
            }
            let columns: Vec<(&str, ArrayRef)> = vec![
                ("event_id", Arc::new(Int64Array::from(ids))),
                ("vin", Arc::new(StringArray::from(vins))),
                ("driver_email", Arc::new(StringArray::from(emails))),
                ("driver_phone", Arc::new(StringArray::from(phones))),
                ("lat", Arc::new(Float64Array::from(lats))),
                ("lon", Arc::new(Float64Array::from(lons))),
                ("recorded_at", Arc::new(TimestampMillisecondArray::from(ts))),
                ("speed_kmh", Arc::new(Float32Array::from(speed))),
                ("status", Arc::new(StringArray::from(status))),
                ("firmware", Arc::new(StringArray::from(firmware))),
            ];
            let batch = RecordBatch::try_from_iter(columns).expect("columns of one length");
            let w = writer.get_or_insert_with(|| {
                ArrowWriter::try_new(file.take().expect("opened once"), batch.schema(), Some(props.clone())).expect("writer")
            });
            w.write(&batch).expect("write batch");
        }
        if let Some(w) = writer {
            w.close().expect("close file");
        }
        eprintln!("{}", path.display());
    }
}
