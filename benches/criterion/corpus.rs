//! Seeded inputs for the benchmarks, built in memory (the same generators as the scripts).
#![allow(dead_code)]

#[path = "../seeded.rs"]
mod seeded;
pub use seeded::SplitMix;

const NAMES: &[&str] = &["Zoë Dubois", "José Álvarez", "山田 太郎", "Ingrid Østergaard", "Chloé Martin", "佐藤 花子"];
const VINS: &[&str] = &["1HGCM82633A004352", "5YJ3E1EA7KF317000", "WP0ZZZ99ZTS392124", "1M8GDM9AXKP042788"];

/// Application logs with about 3% personal-data lines (as benches/gen_logs.py).
pub fn logs(bytes: usize) -> String {
    let mut rng = SplitMix(42);
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0u64;
    while out.len() < bytes {
        let ts = format!("2025-{:02}-{:02}T{:02}:{:02}:{:02}Z", 1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60);
        let r = rng.below(1000);
        let line = match r {
            0..=9 => format!("{ts} INFO login ok user={}{i}@example.com", rng.pick(&["zoe", "jose", "taro", "ingrid"])),
            10..=19 => format!("{ts} DEBUG telemetry vin={} lat={:.5} lon={:.5}", rng.pick(VINS), rng.unit() * 120.0 - 60.0, rng.unit() * 340.0 - 170.0),
            20..=29 => format!("{ts} WARN sms to +33 6 {} {} {} {} failed for {}", 10 + rng.below(90), 10 + rng.below(90), 10 + rng.below(90), 10 + rng.below(90), rng.pick(NAMES)),
            30..=399 => format!("{ts} INFO request id={:016x}{:016x} status=200 bytes={}", rng.next(), rng.next(), 100 + rng.below(99_900)),
            400..=599 => format!("{ts} DEBUG checksum {:016x}{:016x}{:08x} ok", rng.next(), rng.next(), rng.below(1 << 32)),
            600..=799 => format!("{ts} INFO build {}.{}.{} finished in {:.3}s", 1 + rng.below(9), rng.below(100), rng.below(1000), rng.unit() * 900.0),
            _ => format!("{ts} WARN order #{}-{}-{} delayed, 配送遅延", 1000 + rng.below(9000), 1000 + rng.below(9000), 1000 + rng.below(9000)),
        };
        out.push_str(&line);
        out.push('\n');
        i += 1;
    }
    out
}

/// A dense document: letters and tickets where most lines hold a name, address, e-mail or phone.
pub fn dense(bytes: usize) -> String {
    let mut rng = SplitMix(7);
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0u64;
    while out.len() < bytes {
        let name = rng.pick(&["Grace Hopper", "Alan Turing", "Ada Lovelace", "Marie Curie", "Jean Dupont", "Hans Müller"]);
        out.push_str(&format!(
            "Dear {name},\nyour order {i} ships to {} Maple Street, Springfield, IL 627{:02}.\nQuestions: support{i}@example.org or +1 415 {} {:04}.\nVehicle {} is booked.\n\n",
            10 + rng.below(900),
            rng.below(100),
            200 + rng.below(700),
            rng.below(10_000),
            rng.pick(VINS)
        ));
        i += 1;
    }
    out
}

/// A Parquet file of `rows` rows and ten columns, as benches/gen_dataset.rs writes them.
pub fn parquet(rows: usize) -> Vec<u8> {
    use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
    use std::sync::Arc;
    let mut rng = SplitMix(42);
    let s = |f: &mut dyn FnMut(usize) -> String| -> ArrayRef { Arc::new(StringArray::from((0..rows).map(|i| f(i)).collect::<Vec<_>>())) };
    let vin = s(&mut |_| VINS[(rng.below(4)) as usize].to_string());
    let mut rng2 = SplitMix(43);
    let email = s(&mut |i| format!("driver{}@example.com", i % 20_000));
    let phone = s(&mut |i| format!("+1 415 {} {:04}", 200 + i % 700, i % 10_000));
    let status = s(&mut |_| ["ok", "idle", "moving"][rng2.below(3) as usize].to_string());
    let firmware = s(&mut |i| format!("{}.{}.{}", 1 + i % 4, i % 20, i % 300));
    let notes = s(&mut |i| if i % 50 == 0 { format!("customer called back on +44 20 7946 {:04}", i % 10_000) } else { "no remarks".into() });
    let batch = RecordBatch::try_from_iter(vec![
        ("event_id", Arc::new(Int64Array::from_iter_values(0..rows as i64)) as ArrayRef),
        ("vin", vin),
        ("driver_email", email),
        ("driver_phone", phone),
        ("lat", Arc::new(Float64Array::from_iter_values((0..rows).map(|i| 35.0 + (i % 1000) as f64 * 0.0001))) as ArrayRef),
        ("lon", Arc::new(Float64Array::from_iter_values((0..rows).map(|i| 139.0 + (i % 997) as f64 * 0.0001))) as ArrayRef),
        ("speed", Arc::new(Float64Array::from_iter_values((0..rows).map(|i| (i % 130) as f64 + 0.5))) as ArrayRef),
        ("status", status),
        ("firmware", firmware),
        ("notes", notes),
    ])
    .expect("batch");
    let mut out = Vec::new();
    let props = parquet::file::properties::WriterProperties::builder().set_max_row_group_row_count(Some(65_536)).build();
    let mut w = parquet::arrow::ArrowWriter::try_new(&mut out, batch.schema(), Some(props)).expect("writer");
    w.write(&batch).expect("write");
    w.close().expect("close");
    out
}

/// The same rows as CSV and as NDJSON.
pub fn csv_and_ndjson(rows: usize) -> (String, String) {
    let mut csv = String::from("id,name,email,phone,city\n");
    let mut nd = String::new();
    for i in 0..rows {
        let name = ["Grace Hopper", "Alan Turing", "Ada Lovelace"][i % 3];
        let email = format!("user{i}@example.com");
        let phone = format!("+1 415 {} {:04}", 200 + i % 700, i % 10_000);
        csv.push_str(&format!("{i},{name},{email},{phone},Springfield\n"));
        nd.push_str(&format!("{{\"id\":{i},\"customer\":{{\"name\":\"{name}\",\"email\":\"{email}\",\"phone\":\"{phone}\"}},\"city\":\"Springfield\"}}\n"));
    }
    (csv, nd)
}
