//! Local files and folders: recursive walk, include/exclude globs, symlinks not followed unless
//! asked, hidden files included (this is data discovery, not a code search). Exposure comes
//! from mode bits, including whether the folders above let other users reach the file.

use crate::{rfc3339, Body, ConnectError, Connector, Handle, ListFailure, OpenError, SelectOptions, Unit};
use globset::{Glob, GlobSet, GlobSetBuilder};
use piimap_model::{Exposure, ExposureEvidence, ExposureLevel, LocationKind};
use std::collections::HashMap;
use std::fs::Metadata;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct FsConnector {
    root: PathBuf,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    follow_symlinks: bool,
    /// Whether other users may traverse from `/` down to a directory.
    traversable: Mutex<HashMap<PathBuf, bool>>,
}

pub(crate) fn globset(patterns: &[String]) -> Result<Option<GlobSet>, ConnectError> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        let g = Glob::new(p).map_err(|e| ConnectError::Pattern { pattern: p.clone(), message: e.to_string() })?;
        b.add(g);
    }
    b.build().map(Some).map_err(|e| ConnectError::Pattern { pattern: patterns.join(","), message: e.to_string() })
}

/// `/a/b/../c/.` → `/a/c`, without touching the file system (symlinks are not resolved, so the
/// location names what the user pointed at).
fn lexically_normal(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `file://` and the path, percent-encoded where it is not plain text (see [`crate::uri_path`]).
pub fn file_uri(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    format!("file://{}", crate::uri_path(path.as_os_str().as_bytes()))
}

impl FsConnector {
    pub fn new(target: &str, select: &SelectOptions) -> Result<FsConnector, ConnectError> {
        let raw = target.strip_prefix("file://").unwrap_or(target);
        let root = lexically_normal(&std::path::absolute(raw).map_err(|e| ConnectError::Io { target: target.into(), source: e })?);
        match std::fs::symlink_metadata(&root) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ConnectError::NotFound { target: target.into() }),
            Err(e) => return Err(ConnectError::Io { target: target.into(), source: e }),
        }
        Ok(FsConnector {
            root,
            include: globset(&select.include)?,
            exclude: globset(&select.exclude)?,
            follow_symlinks: select.follow_symlinks,
            traversable: Mutex::new(HashMap::new()),
        })
    }

    fn selected(&self, path: &Path, is_dir: bool) -> bool {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let name = path.file_name().map(Path::new).unwrap_or(rel);
        let hit = |set: &GlobSet| set.is_match(rel) || set.is_match(name);
        if self.exclude.as_ref().is_some_and(hit) {
            return false;
        }
        is_dir || self.include.as_ref().is_none_or(hit)
    }

    /// Can users other than the owner and group reach `dir` (execute bit on every ancestor)?
    fn others_can_traverse(&self, dir: &Path) -> bool {
        if let Some(&known) = self.traversable.lock().expect("cache lock is never poisoned").get(dir) {
            return known;
        }
        let own = std::fs::metadata(dir).map(|m| m.mode() & 0o001 != 0).unwrap_or(false);
        let result = own && dir.parent().is_none_or(|p| self.others_can_traverse(p));
        self.traversable.lock().expect("cache lock is never poisoned").insert(dir.to_path_buf(), result);
        result
    }

    fn exposure(&self, path: &Path, meta: &Metadata) -> Exposure {
        let mode = meta.mode() & 0o777;
        let owner = format!("owner uid {}, gid {}", meta.uid(), meta.gid());
        let ev = |rule: &str, detail: String| ExposureEvidence { rule: rule.into(), detail };
        if mode & 0o004 != 0 {
            let reachable = path.parent().is_none_or(|p| self.others_can_traverse(p));
            if reachable {
                return Exposure {
                    level: ExposureLevel::Authenticated,
                    evidence: vec![ev("fs-world-readable", format!("mode {mode:04o}: any local account can read it; {owner}"))],
                };
            }
            return Exposure {
                level: ExposureLevel::Restricted,
                evidence: vec![ev(
                    "fs-world-readable-dir-closed",
                    format!("mode {mode:04o} but a parent folder is closed to other users; {owner}"),
                )],
            };
        }
        let (rule, what) = if mode & 0o040 != 0 { ("fs-group-readable", "owner and group can read it") } else { ("fs-owner-only", "only the owner can read it") };
        Exposure { level: ExposureLevel::Restricted, evidence: vec![ev(rule, format!("mode {mode:04o}: {what}; {owner}"))] }
    }

    fn unit(&self, path: &Path, meta: &Metadata, skip: Option<String>) -> Unit {
        Unit {
            uri: file_uri(path),
            name: path.to_string_lossy().into_owned(),
            kind: LocationKind::File,
            size: Some(meta.len()),
            modified: meta.modified().ok().and_then(rfc3339),
            exposure: self.exposure(path, meta),
            skip,
            handle: Handle::Path(path.to_path_buf()),
        }
    }
}

fn special_kind(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_fifo() {
        Some("fifo")
    } else if t.is_socket() {
        Some("socket")
    } else if t.is_block_device() {
        Some("block device")
    } else if t.is_char_device() {
        Some("character device")
    } else {
        None
    }
}

impl Connector for FsConnector {
    fn enumerate(&self, out: &mut dyn FnMut(Result<Unit, ListFailure>)) {
        let walker = walkdir::WalkDir::new(&self.root)
            .follow_links(self.follow_symlinks)
            .follow_root_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || self.selected(e.path(), e.file_type().is_dir()));
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().map(Path::to_path_buf).unwrap_or_else(|| self.root.clone());
                    let error = match e.io_error() {
                        Some(io) => io.to_string(),
                        None => e.to_string(),
                    };
                    out(Err(ListFailure { uri: file_uri(&path), error }));
                    continue;
                }
            };
            let path = entry.path();
            let ft = entry.file_type();
            if ft.is_dir() {
                continue;
            }
            if entry.depth() > 0 && !self.selected(path, false) {
                continue;
            }
            if ft.is_symlink() {
                // Only reached when not following links.
                if let Ok(meta) = entry.metadata() {
                    out(Ok(self.unit(path, &meta, Some("symlink (not followed; use --follow-symlinks)".into()))));
                }
                continue;
            }
            match entry.metadata() {
                Ok(meta) => {
                    let skip = special_kind(&meta).map(|k| format!("not a regular file ({k})"));
                    out(Ok(self.unit(path, &meta, skip)));
                }
                Err(e) => out(Err(ListFailure { uri: file_uri(path), error: e.to_string() })),
            }
        }
    }

    fn open(&self, unit: &Unit) -> Result<Body, OpenError> {
        let Handle::Path(path) = &unit.handle else {
            return Err(OpenError { uri: unit.uri.clone(), source: std::io::Error::other("not a unit of the file system connector") });
        };
        let file = std::fs::File::open(path).map_err(|e| OpenError { uri: unit.uri.clone(), source: e })?;
        Ok(Body::File(file))
    }
}

/// The exposure of one local path (a SQLite file, say), by the same rules as a scanned file.
pub(crate) fn path_exposure(path: &Path) -> Exposure {
    let probe = FsConnector {
        root: path.to_path_buf(),
        include: None,
        exclude: None,
        follow_symlinks: false,
        traversable: Mutex::new(HashMap::new()),
    };
    match std::fs::metadata(path) {
        Ok(meta) => probe.exposure(path, &meta),
        Err(e) => Exposure::unknown("fs-unreadable", format!("{}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn file_uris_percent_encode_bytes_that_are_not_utf8() {
        use std::os::unix::ffi::OsStrExt;
        // 顧客.txt in Shift_JIS, as on a Japanese file share.
        let sjis = Path::new(std::ffi::OsStr::from_bytes(b"/share/\x8c\xda\x8bq.txt"));
        assert_eq!(file_uri(sjis), "file:///share/%8C%DA%8Bq.txt");
        assert_eq!(file_uri(Path::new("/share/顧客 2024.txt")), "file:///share/顧客 2024.txt");
        assert_eq!(file_uri(Path::new("/share/100% a\nb.txt")), "file:///share/100%25 a%0Ab.txt");
        assert_eq!(file_uri(Path::new("/share/100%.txt")), "file:///share/100%.txt");
    }

    fn list(root: &Path, select: &SelectOptions) -> Vec<Result<Unit, ListFailure>> {
        let c = FsConnector::new(root.to_str().expect("utf-8 path"), select).expect("connector");
        let mut v = Vec::new();
        c.enumerate(&mut |u| v.push(u));
        v
    }

    fn names(v: &[Result<Unit, ListFailure>]) -> Vec<String> {
        v.iter()
            .map(|u| match u {
                Ok(u) => u.uri.rsplit('/').next().unwrap_or_default().to_string(),
                Err(f) => format!("ERR {}", f.uri.rsplit('/').next().unwrap_or_default()),
            })
            .collect()
    }

    #[test]
    fn walk_includes_hidden_and_applies_globs() {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(d.path().join("sub/.hidden")).expect("mkdir");
        std::fs::write(d.path().join("a.csv"), "x").expect("write");
        std::fs::write(d.path().join("sub/.hidden/b.log"), "x").expect("write");
        std::fs::write(d.path().join("sub/c.txt"), "x").expect("write");
        assert_eq!(names(&list(d.path(), &SelectOptions::default())), ["a.csv", "b.log", "c.txt"]);
        let only_csv = SelectOptions { include: vec!["*.csv".into()], ..Default::default() };
        assert_eq!(names(&list(d.path(), &only_csv)), ["a.csv"]);
        let no_sub = SelectOptions { exclude: vec!["sub".into()], ..Default::default() };
        assert_eq!(names(&list(d.path(), &no_sub)), ["a.csv"]);
    }

    #[test]
    fn symlinks_are_listed_but_not_followed_by_default() {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::write(d.path().join("real.txt"), "x").expect("write");
        std::os::unix::fs::symlink(d.path().join("real.txt"), d.path().join("link.txt")).expect("symlink");
        let v = list(d.path(), &SelectOptions::default());
        let link = v.iter().flatten().find(|u| u.uri.ends_with("link.txt")).expect("link listed");
        assert!(link.skip.as_deref().is_some_and(|s| s.contains("symlink")));
        let v = list(d.path(), &SelectOptions { follow_symlinks: true, ..Default::default() });
        let link = v.iter().flatten().find(|u| u.uri.ends_with("link.txt")).expect("link listed");
        assert!(link.skip.is_none());
    }

    #[test]
    fn mode_bits_give_exposure() {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let open = d.path().join("open.txt");
        let private = d.path().join("private.txt");
        std::fs::write(&open, "x").expect("write");
        std::fs::write(&private, "x").expect("write");
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let v = list(d.path(), &SelectOptions::default());
        let get = |n: &str| v.iter().flatten().find(|u| u.uri.ends_with(n)).expect("listed").exposure.clone();
        assert_eq!(get("private.txt").level, ExposureLevel::Restricted);
        assert_eq!(get("private.txt").evidence[0].rule, "fs-owner-only");
        // /tmp and its parents are normally traversable; if not, the closed-folder rule fires.
        let e = get("open.txt");
        assert!(e.evidence[0].rule.starts_with("fs-world-readable"), "{e:?}");
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o700)).expect("chmod");
        let v = list(d.path(), &SelectOptions::default());
        let e = v.iter().flatten().find(|u| u.uri.ends_with("open.txt")).expect("listed").exposure.clone();
        assert_eq!(e.level, ExposureLevel::Restricted);
        assert_eq!(e.evidence[0].rule, "fs-world-readable-dir-closed");
    }

    #[test]
    fn roots_are_normalised_lexically() {
        assert_eq!(lexically_normal(Path::new("/work/main/../shared/./eval")), PathBuf::from("/work/shared/eval"));
    }

    #[test]
    fn missing_root_is_an_error() {
        assert!(matches!(
            FsConnector::new("/definitely/not/here", &SelectOptions::default()),
            Err(ConnectError::NotFound { .. })
        ));
    }
}
