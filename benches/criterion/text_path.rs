//! The text path: every detector over 256 KiB blocks of whole lines, as the text decoder hands
//! them out. Logs with ~3% personal-data lines, and a dense document.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use piimap_classify::Engine;

mod corpus;

fn blocks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let cut = if rest.len() <= 256 << 10 { rest.len() } else { rest[..256 << 10].rfind('\n').map_or(rest.len(), |i| i + 1) };
        out.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    out
}

fn text_path(c: &mut Criterion) {
    let engine = Engine::embedded().expect("rules");
    let mut group = c.benchmark_group("text_path");
    for (name, text) in [("logs_3pct_pii", corpus::logs(8 << 20)), ("dense_document", corpus::dense(8 << 20))] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let blocks = blocks(&text);
        let mut scratch = engine.scratch();
        let mut found = Vec::new();
        group.bench_function(name, |b| {
            b.iter(|| {
                for block in &blocks {
                    found.clear();
                    engine.scan_text_with(&mut scratch, block, None, &mut found);
                }
            })
        });
    }
    group.finish();
}

criterion_group! { name = benches; config = Criterion::default().sample_size(10); targets = text_path }
criterion_main!(benches);
