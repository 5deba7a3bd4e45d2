//! A text log with a few NUL bytes is still text: read from a real file, its NULs as separators.

use piimap_formats::{decode, DecodeOptions, Decoded, Sink, Source, TextBlock};
use std::io::Write;

#[derive(Default)]
struct Text(String);

impl Sink for Text {
    fn text(&mut self, block: &TextBlock<'_>) {
        self.0.push_str(&block.text[..block.report_before]);
    }
    fn cell(&mut self, _: u64, _: &str, _: &str) {}
}

fn scan(bytes: &[u8], name: &str) -> (Decoded, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::File::create(&path).and_then(|mut f| f.write_all(bytes)).expect("write");
    let mut sink = Text::default();
    let file = std::fs::File::open(&path).expect("open");
    let decoded = decode(Source::File(file), name, &DecodeOptions::default(), &mut sink).expect("decodes");
    (decoded, sink.0)
}

#[test]
fn log_with_a_few_nuls_is_read_as_text() {
    let mut log = Vec::new();
    for i in 0..200 {
        log.extend_from_slice(format!("2024-05-01T12:00:{:02}Z INFO request {i} served in 12 ms\n", i % 60).as_bytes());
        if i == 3 {
            // A torn write: a few NULs in the middle of a line, one glued to a value.
            log.extend_from_slice(b"2024-05-01T12:00:04Z WARN \0\0\0 contact\0jane.roe@example.org after restart\n");
        }
    }
    let (decoded, text) = scan(&log, "app.log");
    assert!(matches!(&decoded, Decoded::Complete { format, .. } if format == "text"), "{decoded:?}");
    assert!(text.contains("WARN     contact jane.roe@example.org after"), "NULs read as spaces");
    assert_eq!(text.lines().count(), 201, "line numbers unchanged");
}

#[test]
fn file_full_of_nuls_is_still_binary() {
    let mut data = b"header".to_vec();
    data.extend(std::iter::repeat_n([0u8, 0, 0, 1, 2, 3, 0, 0], 512).flatten());
    let (decoded, _) = scan(&data, "blob.log");
    assert!(matches!(&decoded, Decoded::Skipped { reason, .. } if reason == "binary"), "{decoded:?}");
}
