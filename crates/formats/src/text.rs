//! Plain text, logs, markdown: blocks of whole lines, lossy UTF-8, with lines longer than the cap
//! split into overlapping windows so that a huge line is neither dropped nor the end of the file
//! (pdscan's 64 KiB line silently ended a file).

use crate::{classify_io, DecodeError, DecodeOptions, Sink};
use std::borrow::Cow;
use std::io::Read;

/// Default longest line handled in one piece.
pub const DEFAULT_LINE_CAP: usize = 1024 * 1024;
/// Bytes read per block of whole lines.
const BLOCK: usize = 256 * 1024;
/// Bytes shared by consecutive windows of one long line, so a value on a window edge is seen whole.
const WINDOW_OVERLAP: usize = 1024;

/// A piece of text: whole lines, or one window of a line longer than the cap.
#[derive(Debug)]
pub struct TextBlock<'a> {
    pub text: &'a str,
    /// 1-based line number of the block's first line.
    pub first_line: u64,
    /// Characters of the first line that precede this block (non-zero for later windows).
    pub first_column: u64,
    /// Matches starting at or after this byte offset belong to the next window; report only
    /// those that start before it.
    pub report_before: usize,
}

/// A file is binary when its head has many control characters, or NUL bytes that are more than
/// a stray few: a text log with a few NULs (a torn write, a crash's zero padding) is still text
/// when they are at most 1% of the head and the rest is valid UTF-8. Its NULs are read as
/// separators (see [`lossy`]).
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    let sample = &head[..head.len().min(8192)];
    let nuls = memchr::memchr_iter(0, sample).count();
    if nuls > 0 {
        let utf8 = match std::str::from_utf8(sample) {
            Ok(_) => true,
            // Cut inside a character at the end of the sample.
            Err(e) => e.error_len().is_none(),
        };
        if nuls * 100 > sample.len() || !utf8 {
            return true;
        }
    }
    let control = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, 0 | b'\n' | b'\r' | b'\t' | 0x0c | 0x1b)).count();
    control * 10 > sample.len()
}

/// Longest prefix of `bytes` not ending inside a UTF-8 sequence.
fn char_floor(bytes: &[u8], mut n: usize) -> usize {
    let lo = n.saturating_sub(3);
    while n > lo && n < bytes.len() && (bytes[n] & 0xC0) == 0x80 {
        n -= 1;
    }
    n
}

fn count_chars(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u64
}

pub(crate) fn decode_text(mut r: impl Read, opts: &DecodeOptions, sink: &mut dyn Sink) -> Result<(), DecodeError> {
    let cap = opts.line_cap.max(2 * WINDOW_OVERLAP);
    let want = cap.max(BLOCK);
    let mut buf: Vec<u8> = Vec::with_capacity(want + 64 * 1024);
    let mut line: u64 = 1;
    // Characters of the current line already passed in earlier windows.
    let mut column: u64 = 0;
    let mut eof = false;
    // A read error (a truncated gzip) ends the input; what was read before it is still scanned.
    let mut failure: Option<DecodeError> = None;
    loop {
        while !eof && buf.len() < want {
            let old = buf.len();
            buf.resize(want, 0);
            match r.read(&mut buf[old..]) {
                Ok(0) => {
                    buf.truncate(old);
                    eof = true;
                }
                Ok(n) => buf.truncate(old + n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => buf.truncate(old),
                Err(e) => {
                    buf.truncate(old);
                    eof = true;
                    failure = Some(classify_io(e));
                }
            }
        }
        if buf.is_empty() {
            return failure.map_or(Ok(()), Err);
        }
        let first_nl = memchr::memchr(b'\n', &buf[..buf.len().min(cap)]);
        if first_nl.is_none() && buf.len() >= cap {
            emit_window(&mut buf, cap, &mut line, &mut column, sink);
            continue;
        }
        // Whole lines up to the last newline; at the end of input, everything left.
        let end = match memchr::memrchr(b'\n', &buf) {
            _ if eof => buf.len(),
            Some(nl) => nl + 1,
            None => buf.len(),
        };
        let chunk = &buf[..end];
        let text = lossy(chunk);
        sink.text(&TextBlock { text: &text, first_line: line, first_column: column, report_before: text.len() });
        line += memchr::memchr_iter(b'\n', chunk).count() as u64;
        column = 0;
        buf.drain(..end);
    }
}

/// Emits the first `cap` bytes of a line longer than the cap and keeps an overlap for the next.
fn emit_window(buf: &mut Vec<u8>, cap: usize, line: &mut u64, column: &mut u64, sink: &mut dyn Sink) {
    let end = char_floor(buf, cap.min(buf.len()));
    let keep_from = char_floor(buf, end - WINDOW_OVERLAP);
    let text = lossy(&buf[..end]);
    // Offsets in `text` equal offsets in `buf` unless the window had invalid UTF-8; then the
    // boundary is approximate, which only moves where a value on the edge is reported.
    let report_before = keep_from.min(text.len());
    sink.text(&TextBlock { text: &text, first_line: *line, first_column: *column, report_before });
    *column += count_chars(&buf[..keep_from]);
    let newlines = memchr::memchr_iter(b'\n', &buf[..keep_from]).count() as u64;
    *line += newlines;
    buf.drain(..keep_from);
}

/// Valid UTF-8 (nearly always) is borrowed after the fast validation; only invalid input pays for
/// the replacement pass. NUL bytes (a text file with a few of them is still text) become spaces:
/// separators between the words around them, at the same offsets.
fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    if memchr::memchr(0, bytes).is_some() {
        let spaced: Vec<u8> = bytes.iter().map(|&b| if b == 0 { b' ' } else { b }).collect();
        return Cow::Owned(match String::from_utf8(spaced) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Collect {
        blocks: Vec<(String, u64, u64, usize)>,
    }

    impl Sink for Collect {
        fn text(&mut self, b: &TextBlock<'_>) {
            self.blocks.push((b.text.to_string(), b.first_line, b.first_column, b.report_before));
        }
        fn cell(&mut self, _: u64, _: &str, _: &str) {}
    }

    fn run(input: &[u8], cap: usize) -> Collect {
        let mut c = Collect::default();
        decode_text(input, &DecodeOptions { line_cap: cap, ..Default::default() }, &mut c).expect("decodes");
        c
    }

    /// Rebuilds the text from the reported parts of each block.
    fn reassemble(c: &Collect) -> String {
        c.blocks.iter().map(|(t, _, _, rb)| &t[..*rb]).collect()
    }

    #[test]
    fn small_text_is_one_block() {
        let c = run(b"a\nb\nc", DEFAULT_LINE_CAP);
        assert_eq!(c.blocks.len(), 1);
        assert_eq!(c.blocks[0].0, "a\nb\nc");
        assert_eq!(c.blocks[0].1, 1);
    }

    #[test]
    fn long_line_is_windowed_not_dropped_and_lines_continue() {
        let mut input = vec![b'x'; 10_000];
        input.extend_from_slice(b"\nsecond line\nthird");
        let c = run(&input, 2048);
        assert!(c.blocks.len() > 3);
        assert_eq!(reassemble(&c).as_bytes(), &input[..]);
        let last = c.blocks.last().expect("blocks");
        assert!(last.0.ends_with("third"));
        // The block holding "second line" starts on line 2 (or the window before it reports it on line 1
        // and counts the newline inside).
        let second = c.blocks.iter().find(|b| b.0.contains("second")).expect("second line seen");
        let pos = second.0.find("second").expect("found");
        let line = second.1 + second.0[..pos].matches('\n').count() as u64;
        assert_eq!(line, 2);
    }

    #[test]
    fn many_blocks_keep_line_numbers() {
        let mut input = String::new();
        for i in 1..=100_000 {
            input.push_str(&format!("line {i}\n"));
        }
        let c = run(input.as_bytes(), DEFAULT_LINE_CAP);
        assert!(c.blocks.len() > 1);
        for (text, first, _, _) in &c.blocks {
            let n: u64 = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("number");
            assert_eq!(n, *first);
        }
        assert_eq!(reassemble(&c), input);
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let c = run(b"caf\xe9 ok\n", DEFAULT_LINE_CAP);
        assert_eq!(c.blocks[0].0, "caf\u{FFFD} ok\n");
    }

    #[test]
    fn multibyte_chars_are_not_split_by_windows() {
        let line = "日本語テキスト".repeat(2000);
        let c = run(line.as_bytes(), 4096);
        assert!(c.blocks.iter().all(|b| !b.0.contains('\u{FFFD}')));
        assert_eq!(reassemble(&c), line);
    }

    #[test]
    fn binary_sniffing() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\x00\x00"));
        assert!(!looks_binary("plain text, 日本語\n".as_bytes()));
    }

    #[test]
    fn a_few_nul_bytes_leave_text_text() {
        let mut log = "2024-05-01 12:00:00 INFO worker started, queue=mail\n".repeat(40).into_bytes();
        log[100] = 0;
        log[900] = 0;
        assert!(!looks_binary(&log), "two NULs in 2 KB of UTF-8 text");
        let dense: Vec<u8> = b"ab\0".repeat(100);
        assert!(looks_binary(&dense), "a NUL in every third byte");
        let mut latin = log.clone();
        latin[500] = 0xff;
        assert!(looks_binary(&latin), "NULs and invalid UTF-8 together");
        assert!(looks_binary(b"SQLite format 3\0\x10\0\x01\x01\0@  \0\0\0\x02"));
    }

    #[test]
    fn nul_bytes_are_separators() {
        let c = run(b"user\0a.b@example.org\0\0done\nnext\n", DEFAULT_LINE_CAP);
        assert_eq!(c.blocks[0].0, "user a.b@example.org  done\nnext\n");
    }
}
