//! The column path: a 10-column Parquet file classified from memory, with the default sample
//! and in full (`--full`), through the same code as a scan.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use piimap_classify::Engine;
use piimap_scan::{classify_bytes, ScanPlan};

mod corpus;

fn column_path(c: &mut Criterion) {
    let engine = Engine::embedded().expect("rules");
    let rows = 500_000;
    let file = bytes::Bytes::from(corpus::parquet(rows));
    let mut group = c.benchmark_group("column_path");
    group.throughput(Throughput::Elements(rows as u64 * 10));
    let sampled = ScanPlan { occurrences: false, ..ScanPlan::default() };
    group.bench_function("parquet_500k_rows_sampled", |b| b.iter(|| classify_bytes(&engine, &sampled, "t.parquet", file.clone())));
    let mut full = sampled.clone();
    full.decode.sample_rows = None;
    group.bench_function("parquet_500k_rows_full", |b| b.iter(|| classify_bytes(&engine, &full, "t.parquet", file.clone())));
    group.finish();
}

criterion_group! { name = benches; config = Criterion::default().sample_size(10); targets = column_path }
criterion_main!(benches);
