//! Decoders alone (no classification): CSV, NDJSON and Parquet into a sink that counts cells.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use piimap_formats::{decode, DecodeOptions, Sink, Source, TextBlock};

mod corpus;

#[derive(Default)]
struct Count(u64);

impl Sink for Count {
    fn text(&mut self, block: &TextBlock<'_>) {
        self.0 += block.text.len() as u64;
    }
    fn cell(&mut self, _: u64, _: &str, value: &str) {
        self.0 += value.len() as u64;
    }
}

fn decoders(c: &mut Criterion) {
    let (csv, ndjson) = corpus::csv_and_ndjson(200_000);
    let parquet = corpus::parquet(200_000);
    let full = DecodeOptions { sample_rows: None, ..DecodeOptions::default() };
    let mut group = c.benchmark_group("decode");
    for (name, file, data) in [("csv", "t.csv", csv.into_bytes()), ("ndjson", "t.ndjson", ndjson.into_bytes()), ("parquet", "t.parquet", parquet)] {
        let data = bytes::Bytes::from(data);
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut sink = Count::default();
                decode(Source::Bytes(data.clone()), file, &full, &mut sink).expect("decodes");
                sink.0
            })
        });
    }
    group.finish();
}

criterion_group! { name = benches; config = Criterion::default().sample_size(10); targets = decoders }
criterion_main!(benches);
