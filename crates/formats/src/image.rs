//! Photos: the EXIF metadata of JPEG, TIFF (and the TIFF-based camera RAW formats), PNG, WebP and
//! HEIF/HEIC/AVIF, read with `kamadak-exif`; the pixels are never decoded. What a photo says of
//! a person is pushed as cells of one row, so the column path judges them like any field:
//! `exif.gps_position` (`lat, lon` in decimal degrees), `exif.photographer` (the Artist tag),
//! `exif.camera_owner_name`,
//! `exif.body_serial_number` (the camera, to tell one owner's photos apart) and
//! `exif.datetime_original`.

use crate::{Decoded, DecodeError, Sink};
use exif::{Field, In, Tag, Value};
use std::io::{BufRead, Seek};

/// The image formats whose metadata is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Jpeg,
    Tiff,
    Png,
    WebP,
    Heif,
}

impl ImageKind {
    pub fn name(self) -> &'static str {
        match self {
            ImageKind::Jpeg => "jpeg",
            ImageKind::Tiff => "tiff",
            ImageKind::Png => "png",
            ImageKind::WebP => "webp",
            ImageKind::Heif => "heif",
        }
    }

    /// From the first bytes (12 are enough for every kind; 8 for all but WebP and HEIF).
    pub fn sniff(head: &[u8]) -> Option<ImageKind> {
        if head.starts_with(&[0xff, 0xd8, 0xff]) {
            Some(ImageKind::Jpeg)
        } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageKind::Png)
        } else if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
            Some(ImageKind::Tiff)
        } else if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
            Some(ImageKind::WebP)
        } else if head.len() >= 12 && &head[4..8] == b"ftyp" && matches!(&head[8..12], b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1" | b"avif" | b"avis") {
            Some(ImageKind::Heif)
        } else {
            None
        }
    }

    /// From the extension, for heads too short to tell.
    pub fn by_extension(ext: &str) -> Option<ImageKind> {
        match ext {
            "jpg" | "jpeg" | "jpe" | "jfif" => Some(ImageKind::Jpeg),
            // TIFF and the TIFF-based raw formats of Adobe, Canon, Nikon, Sony, Pentax, Olympus.
            "tif" | "tiff" | "dng" | "cr2" | "nef" | "nrw" | "arw" | "srf" | "sr2" | "pef" | "orf" => Some(ImageKind::Tiff),
            "png" => Some(ImageKind::Png),
            "webp" => Some(ImageKind::WebP),
            "heic" | "heif" | "hif" | "avif" => Some(ImageKind::Heif),
            _ => None,
        }
    }
}

/// Reads the metadata of one image and pushes what it holds of a person as cells of row 0.
pub(crate) fn decode_image<R: BufRead + Seek>(mut data: R, kind: ImageKind, sink: &mut dyn Sink) -> Result<Decoded, DecodeError> {
    let label = kind.name();
    let exif = match exif::Reader::new().read_from_container(&mut data) {
        Ok(e) => e,
        Err(exif::Error::NotFound(_)) => return Ok(Decoded::Complete { format: format!("{label} (no EXIF metadata)"), sampling: None }),
        Err(exif::Error::Io(e)) => return Err(DecodeError::Io(e)),
        Err(e) => return Ok(Decoded::Skipped { format: Some(label.into()), reason: format!("image metadata unreadable: {e}") }),
    };
    if let Some((lat, lon)) = gps_position(&exif) {
        sink.cell(0, "exif.gps_position", &format!("{lat:.6}, {lon:.6}"));
    }
    for (tag, field) in [
        // EXIF's Artist is "the camera owner, photographer or image creator".
        (Tag::Artist, "exif.photographer"),
        (Tag::CameraOwnerName, "exif.camera_owner_name"),
        (Tag::BodySerialNumber, "exif.body_serial_number"),
        (Tag::DateTimeOriginal, "exif.datetime_original"),
    ] {
        if let Some(text) = exif.get_field(tag, In::PRIMARY).and_then(ascii) {
            sink.cell(0, field, &text);
        }
    }
    Ok(Decoded::Complete { format: format!("{label} (EXIF metadata)"), sampling: None })
}

/// The text of an ASCII field, NULs and blanks trimmed; `None` when empty.
fn ascii(field: &Field) -> Option<String> {
    let Value::Ascii(parts) = &field.value else { return None };
    let text: Vec<String> = parts.iter().map(|p| String::from_utf8_lossy(p).trim_matches(|c: char| c == '\0' || c.is_whitespace()).to_string()).filter(|p| !p.is_empty()).collect();
    (!text.is_empty()).then(|| text.join("; "))
}

/// Latitude and longitude in decimal degrees, south and west negative. `None` when either is
/// missing, malformed, out of range, or exactly 0, 0 (what cameras without a fix write).
pub(crate) fn gps_position(exif: &exif::Exif) -> Option<(f64, f64)> {
    let lat = degrees(exif.get_field(Tag::GPSLatitude, In::PRIMARY)?)?;
    let lon = degrees(exif.get_field(Tag::GPSLongitude, In::PRIMARY)?)?;
    let sign = |tag, negative: u8| match exif.get_field(tag, In::PRIMARY).map(|f| &f.value) {
        Some(Value::Ascii(v)) if v.first().and_then(|s| s.first()).is_some_and(|c| c.to_ascii_uppercase() == negative) => -1.0,
        _ => 1.0,
    };
    let (lat, lon) = (lat * sign(Tag::GPSLatitudeRef, b'S'), lon * sign(Tag::GPSLongitudeRef, b'W'));
    let valid = lat.abs() <= 90.0 && lon.abs() <= 180.0 && (lat, lon) != (0.0, 0.0);
    valid.then_some((lat, lon))
}

/// Degrees, minutes, seconds as three rationals → decimal degrees.
fn degrees(field: &Field) -> Option<f64> {
    let Value::Rational(parts) = &field.value else { return None };
    let mut total = 0.0;
    for (part, scale) in parts.iter().zip([1.0, 60.0, 3600.0]) {
        if part.denom == 0 {
            return None;
        }
        total += part.to_f64() / scale;
    }
    (!parts.is_empty() && total.is_finite()).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_kinds_from_magic_and_extension() {
        assert_eq!(ImageKind::sniff(&[0xff, 0xd8, 0xff, 0xe1, 0, 0, 0, 0]), Some(ImageKind::Jpeg));
        assert_eq!(ImageKind::sniff(b"II*\0\x08\0\0\0"), Some(ImageKind::Tiff));
        assert_eq!(ImageKind::sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Some(ImageKind::WebP));
        assert_eq!(ImageKind::sniff(b"\0\0\0\x18ftypheic\0\0"), Some(ImageKind::Heif));
        assert_eq!(ImageKind::sniff(b"\0\0\0\x18ftypisom\0\0"), None, "an MP4 is not an image");
        assert_eq!(ImageKind::sniff(b"PAR1"), None);
        assert_eq!(ImageKind::by_extension("nef"), Some(ImageKind::Tiff));
        assert_eq!(ImageKind::by_extension("txt"), None);
    }

    #[test]
    fn degrees_minutes_seconds() {
        use exif::Rational;
        let field = |parts: Vec<Rational>| Field { tag: Tag::GPSLatitude, ifd_num: In::PRIMARY, value: Value::Rational(parts) };
        let r = |num, denom| Rational { num, denom };
        let d = degrees(&field(vec![r(35, 1), r(40, 1), r(5232, 100)])).expect("degrees");
        assert!((d - 35.681_2).abs() < 1e-6, "{d}");
        assert_eq!(degrees(&field(vec![r(35, 0), r(0, 1), r(0, 1)])), None);
    }
}
