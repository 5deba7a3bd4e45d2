//! Text encodings: UTF-8 passes through; UTF-16 (with or without BOM), Shift_JIS/CP932, EUC-JP
//! and Latin-1/Windows-1252 are transcoded to UTF-8 as a stream (`encoding_rs`), chosen from
//! the first bytes. Japanese CSV exports in Shift_JIS are common; read as UTF-8 they would be
//! noise and their names and addresses would be missed.

use encoding_rs::{Encoding, EUC_JP, SHIFT_JIS, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// The encoding of a stream from its head, or `None` for UTF-8 (no transcoding needed).
pub(crate) fn sniff(head: &[u8]) -> Option<&'static Encoding> {
    if let Some((enc, _)) = Encoding::for_bom(head) {
        return (enc != UTF_8).then_some(enc);
    }
    if let Some(enc) = utf16_without_bom(head) {
        return Some(enc);
    }
    match std::str::from_utf8(head) {
        Ok(_) => return None,
        // Cut inside a character at the end of the head: still UTF-8.
        Err(e) if e.error_len().is_none() => return None,
        Err(_) => {}
    }
    // German, French, Dutch... text: its non-ASCII bytes are letters inside words. Checked first:
    // such bytes also decode as Shift_JIS without an error (`äf` is a kanji there).
    if latin_word_share(head) >= 0.8 {
        return Some(WINDOWS_1252);
    }
    let japanese = |enc: &'static Encoding| {
        let (text, had_errors) = enc.decode_without_bom_handling(trim_partial(head));
        (!had_errors).then(|| text.chars().filter(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}')).count())
    };
    match (japanese(SHIFT_JIS), japanese(EUC_JP)) {
        (Some(s), Some(e)) if s > 0 || e > 0 => Some(if s >= e { SHIFT_JIS } else { EUC_JP }),
        (Some(s), None) if s > 0 => Some(SHIFT_JIS),
        (None, Some(e)) if e > 0 => Some(EUC_JP),
        _ => Some(WINDOWS_1252),
    }
}

/// Share of the non-ASCII characters of the Windows-1252 reading of `head` that are letters
/// next to an ASCII letter (`Straße`, `Müller`, `Köln`, `Jérôme`): near 1 for Western European
/// text, near 0 for Japanese double-byte text read as Windows-1252 (its bytes come in runs).
fn latin_word_share(head: &[u8]) -> f32 {
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(head);
    let chars: Vec<char> = text.chars().collect();
    let (mut non_ascii, mut in_words) = (0usize, 0usize);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            continue;
        }
        non_ascii += 1;
        let ascii_letter = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_alphabetic);
        if c.is_alphabetic() && (ascii_letter(i.checked_sub(1)) || ascii_letter(Some(i + 1))) {
            in_words += 1;
        }
    }
    if non_ascii == 0 {
        return 0.0;
    }
    in_words as f32 / non_ascii as f32
}

/// Drops a possibly incomplete trailing double-byte character.
fn trim_partial(head: &[u8]) -> &[u8] {
    if head.len() > 1 && head[head.len() - 1] >= 0x80 {
        &head[..head.len() - 1]
    } else {
        head
    }
}

/// ASCII-heavy UTF-16 has a NUL in every other byte.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let sample = &head[..head.len().min(4096) & !1];
    if sample.len() < 16 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A short lowercase label for the format string (`csv+shift_jis`).
pub(crate) fn label(enc: &'static Encoding) -> String {
    enc.name().to_ascii_lowercase().replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_needs_nothing() {
        assert_eq!(sniff("氏名,住所\n".as_bytes()), None);
        // A head cut inside a character is still UTF-8.
        let bytes = "あいう".as_bytes();
        assert_eq!(sniff(&bytes[..bytes.len() - 1]), None);
    }

    #[test]
    fn japanese_legacy_encodings() {
        let (sjis, _, _) = SHIFT_JIS.encode("氏名,住所\n藤田 陽一,東京都千代田区丸の内1丁目\n");
        assert_eq!(sniff(&sjis), Some(SHIFT_JIS));
        let (euc, _, _) = EUC_JP.encode("氏名,住所\n藤田 陽一,東京都千代田区丸の内1丁目\n");
        assert_eq!(sniff(&euc), Some(EUC_JP));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "name,email\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(sniff(&le), Some(UTF_16LE));
        assert_eq!(sniff(&le[2..]), Some(UTF_16LE));
    }

    #[test]
    fn latin1_fallback() {
        assert_eq!(sniff(b"Jos\xe9 Mu\xf1oz, Calle Mayor 5\n"), Some(WINDOWS_1252));
    }

    /// Umlauts and ß also decode as Shift_JIS without an error (`äf`, `öl` are double-byte
    /// characters there): German text is still Windows-1252.
    #[test]
    fn german_windows_1252_is_not_shift_jis() {
        let (bytes, _, _) = WINDOWS_1252.encode("Kundennr;Nachname;Stra\u{df}e;Ort\r\nDE6;Neusch\u{e4}fer;Meryem-Atzler-Allee 34;K\u{f6}ln\r\nDE7;M\u{fc}ller;Lindenallee 5;D\u{fc}sseldorf\r\n");
        assert_eq!(sniff(&bytes), Some(WINDOWS_1252));
        let (sjis, _, _) = SHIFT_JIS.encode("ID,氏名,住所,フリガナ\nA1,藤田 陽一,東京都千代田区丸の内1丁目,フジタ ヨウイチ\n");
        assert_eq!(sniff(&sjis), Some(SHIFT_JIS));
    }
}
