//! Remote objects read by byte ranges. Parquet is read footer first and then page by page; a
//! small cache of aligned blocks turns the reader's many small reads (page headers, then page
//! bodies, interleaved across columns) into a few large ranged requests, with memory bounded by
//! the cache size whatever the object size.

use bytes::Bytes;
use parquet::file::reader::{ChunkReader, Length};
use std::collections::VecDeque;
use std::io::{self, Read};
use std::sync::{Arc, Mutex};

/// An object of known length that can be read by ranges or as a stream.
pub trait RangeRead: Send + Sync {
    fn len(&self) -> u64;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Exactly `len` bytes from `start` (fewer only at the end of the object).
    fn read_range(&self, start: u64, len: u64) -> io::Result<Vec<u8>>;
    /// The bytes from `start` to the end, streamed.
    fn stream_from(&self, start: u64) -> io::Result<Box<dyn Read + Send>>;
}

const BLOCK: u64 = 1 << 20;
/// Blocks kept: enough for every column of a wide row group to keep its current block.
const CACHED_BLOCKS: usize = 48;
/// Larger requests bypass the cache.
const DIRECT: usize = 8 * BLOCK as usize;

struct Inner {
    source: Arc<dyn RangeRead>,
    /// Most recently used last.
    blocks: Mutex<VecDeque<(u64, Bytes)>>,
}

impl Inner {
    fn block(&self, index: u64) -> io::Result<Bytes> {
        let mut blocks = self.blocks.lock().map_err(|_| io::Error::other("block cache poisoned"))?;
        if let Some(pos) = blocks.iter().position(|(i, _)| *i == index) {
            let entry = blocks.remove(pos).expect("position is valid");
            let data = entry.1.clone();
            blocks.push_back(entry);
            return Ok(data);
        }
        drop(blocks);
        let start = index * BLOCK;
        let len = BLOCK.min(self.source.len().saturating_sub(start));
        let data = Bytes::from(self.source.read_range(start, len)?);
        let mut blocks = self.blocks.lock().map_err(|_| io::Error::other("block cache poisoned"))?;
        if blocks.len() >= CACHED_BLOCKS {
            blocks.pop_front();
        }
        blocks.push_back((index, data.clone()));
        Ok(data)
    }

    fn bytes(&self, start: u64, len: usize) -> io::Result<Bytes> {
        if len >= DIRECT {
            return self.source.read_range(start, len as u64).map(Bytes::from);
        }
        let end = (start + len as u64).min(self.source.len());
        let (first, last) = (start / BLOCK, end.saturating_sub(1) / BLOCK);
        if first == last {
            let b = self.block(first)?;
            let from = (start - first * BLOCK) as usize;
            return Ok(b.slice(from.min(b.len())..(from + len).min(b.len())));
        }
        let mut out = Vec::with_capacity(len);
        for index in first..=last {
            let b = self.block(index)?;
            let block_start = index * BLOCK;
            let from = start.saturating_sub(block_start) as usize;
            let to = ((end - block_start) as usize).min(b.len());
            out.extend_from_slice(&b[from.min(to)..to]);
        }
        Ok(Bytes::from(out))
    }
}

/// A [`ChunkReader`] over a [`RangeRead`].
#[derive(Clone)]
pub(crate) struct CachedRanges(Arc<Inner>);

impl CachedRanges {
    pub(crate) fn new(source: Arc<dyn RangeRead>) -> CachedRanges {
        CachedRanges(Arc::new(Inner { source, blocks: Mutex::new(VecDeque::new()) }))
    }
}

impl Length for CachedRanges {
    fn len(&self) -> u64 {
        self.0.source.len()
    }
}

impl ChunkReader for CachedRanges {
    type T = BlockReader;

    fn get_read(&self, start: u64) -> parquet::errors::Result<BlockReader> {
        Ok(BlockReader { inner: self.0.clone(), position: start })
    }

    fn get_bytes(&self, start: u64, length: usize) -> parquet::errors::Result<Bytes> {
        Ok(self.0.bytes(start, length)?)
    }
}

/// Sequential reads through the block cache.
pub(crate) struct BlockReader {
    inner: Arc<Inner>,
    position: u64,
}

impl Read for BlockReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.position >= self.inner.source.len() || buf.is_empty() {
            return Ok(0);
        }
        let index = self.position / BLOCK;
        let block = self.inner.block(index)?;
        let from = (self.position - index * BLOCK) as usize;
        let n = buf.len().min(block.len().saturating_sub(from));
        if n == 0 {
            return Ok(0);
        }
        buf[..n].copy_from_slice(&block[from..from + n]);
        self.position += n as u64;
        Ok(n)
    }
}

/// Seeking through the cache, for formats that read a footer or a directory first (Arrow IPC
/// files, zip archives).
impl io::Seek for BlockReader {
    fn seek(&mut self, pos: io::SeekFrom) -> io::Result<u64> {
        let len = self.inner.source.len() as i128;
        let target = match pos {
            io::SeekFrom::Start(n) => i128::from(n),
            io::SeekFrom::End(d) => len + i128::from(d),
            io::SeekFrom::Current(d) => i128::from(self.position) + i128::from(d),
        };
        if target < 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "seek before the start of the object"));
        }
        self.position = target as u64;
        Ok(self.position)
    }
}

impl CachedRanges {
    /// A seekable reader through the block cache, at the start of the object.
    pub(crate) fn cursor(&self) -> BlockReader {
        BlockReader { inner: self.0.clone(), position: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    struct Counted(Vec<u8>, AtomicUsize);
    impl RangeRead for Counted {
        fn len(&self) -> u64 {
            self.0.len() as u64
        }
        fn read_range(&self, start: u64, len: u64) -> io::Result<Vec<u8>> {
            self.1.fetch_add(1, Ordering::Relaxed);
            let end = (start + len).min(self.len()) as usize;
            Ok(self.0[start as usize..end].to_vec())
        }
        fn stream_from(&self, start: u64) -> io::Result<Box<dyn Read + Send>> {
            Ok(Box::new(io::Cursor::new(self.0[start as usize..].to_vec())))
        }
    }

    #[test]
    fn reads_across_blocks_and_reuses_them() {
        let data: Vec<u8> = (0..(3 * BLOCK as usize + 100)).map(|i| (i % 251) as u8).collect();
        let source = Arc::new(Counted(data.clone(), AtomicUsize::new(0)));
        let r = CachedRanges::new(source.clone());
        let start = BLOCK - 10;
        assert_eq!(&r.get_bytes(start, 20).expect("bytes")[..], &data[start as usize..start as usize + 20]);
        let mut rest = Vec::new();
        r.get_read(2 * BLOCK + 50).expect("reader").read_to_end(&mut rest).expect("read");
        assert_eq!(rest, &data[2 * BLOCK as usize + 50..]);
        let before = source.1.load(Ordering::Relaxed);
        assert_eq!(&r.get_bytes(5, 10).expect("cached")[..], &data[5..15]);
        assert_eq!(source.1.load(Ordering::Relaxed), before, "block 0 came from the cache");
    }
}
