//! Reading one object: a stream that resumes where it broke (a ranged GET pinned to the listed
//! ETag, with backoff) so that a connection reset mid-object costs a retry, not the object; and
//! ranged reads for formats that need them.

use super::describe;
use crate::RangeRead;
use aws_sdk_s3::Client;
use bytes::Bytes;
use std::io::{self, Read};
use std::time::Duration;
use tokio::runtime::Handle;

/// Attempts to continue a broken stream before the object is reported as failed.
const RESUME_ATTEMPTS: u32 = 3;

pub(crate) struct S3Object {
    runtime: Handle,
    client: Client,
    bucket: String,
    key: String,
    etag: Option<String>,
    size: u64,
}

impl S3Object {
    pub(crate) fn new(runtime: Handle, client: Client, bucket: &str, key: &str, etag: Option<String>, size: u64) -> S3Object {
        S3Object { runtime, client, bucket: bucket.into(), key: key.into(), etag, size }
    }

    fn get(&self, range: Option<String>) -> io::Result<aws_sdk_s3::primitives::ByteStream> {
        let request = self.client.get_object().bucket(&self.bucket).key(&self.key).set_range(range).set_if_match(self.etag.clone());
        match self.runtime.block_on(request.send()) {
            Ok(out) => Ok(out.body),
            Err(e) => {
                let status = e.raw_response().map(|r| r.status().as_u16());
                let kind = match status {
                    Some(403) => io::ErrorKind::PermissionDenied,
                    Some(404) => io::ErrorKind::NotFound,
                    _ => io::ErrorKind::Other,
                };
                let what = match status {
                    Some(412) => "the object changed since it was listed (ETag no longer matches)".to_string(),
                    _ => describe(&e),
                };
                Err(io::Error::new(kind, format!("GET s3://{}/{}: {what}", self.bucket, self.key)))
            }
        }
    }

    pub(crate) fn open_stream(&self, start: u64) -> io::Result<ObjectStream> {
        let range = (start > 0).then(|| format!("bytes={start}-"));
        let body = self.get(range)?;
        Ok(ObjectStream { object: self.clone_handle(), body, buffer: Bytes::new(), offset: start, resumes: 0 })
    }

    fn clone_handle(&self) -> S3Object {
        S3Object {
            runtime: self.runtime.clone(),
            client: self.client.clone(),
            bucket: self.bucket.clone(),
            key: self.key.clone(),
            etag: self.etag.clone(),
            size: self.size,
        }
    }
}

impl RangeRead for S3Object {
    fn len(&self) -> u64 {
        self.size
    }

    fn read_range(&self, start: u64, len: u64) -> io::Result<Vec<u8>> {
        if len == 0 {
            return Ok(Vec::new());
        }
        let mut out = Vec::with_capacity(len as usize);
        let mut attempt = 0;
        while (out.len() as u64) < len {
            let from = start + out.len() as u64;
            let result = self
                .get(Some(format!("bytes={from}-{}", start + len - 1)))
                .and_then(|body| self.runtime.block_on(body.collect()).map_err(io::Error::other));
            match result {
                Ok(data) => out.extend_from_slice(&data.into_bytes()),
                Err(e) if attempt < RESUME_ATTEMPTS && e.kind() == io::ErrorKind::Other => {
                    attempt += 1;
                    std::thread::sleep(backoff(attempt));
                }
                Err(e) => return Err(e),
            }
        }
        out.truncate(len as usize);
        Ok(out)
    }

    fn stream_from(&self, start: u64) -> io::Result<Box<dyn Read + Send>> {
        Ok(Box::new(self.open_stream(start)?))
    }
}

fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(100 * (1 << attempt.min(6)))
}

/// The object's bytes as a blocking reader over the SDK's async body.
pub(crate) struct ObjectStream {
    object: S3Object,
    body: aws_sdk_s3::primitives::ByteStream,
    buffer: Bytes,
    offset: u64,
    resumes: u32,
}

impl ObjectStream {
    /// Reopens the object at the current offset after a broken connection.
    fn resume(&mut self, cause: String) -> io::Result<()> {
        if self.resumes >= RESUME_ATTEMPTS {
            return Err(io::Error::new(
                io::ErrorKind::ConnectionReset,
                format!("connection broken at byte {} of {} after {} retries: {cause}", self.offset, self.object.size, self.resumes),
            ));
        }
        self.resumes += 1;
        std::thread::sleep(backoff(self.resumes));
        let range = Some(format!("bytes={}-", self.offset));
        self.body = self.object.get(range)?;
        Ok(())
    }
}

impl Read for ObjectStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if !self.buffer.is_empty() {
                let n = buf.len().min(self.buffer.len());
                buf[..n].copy_from_slice(&self.buffer[..n]);
                self.buffer = self.buffer.slice(n..);
                self.offset += n as u64;
                return Ok(n);
            }
            match self.object.runtime.block_on(self.body.next()) {
                Some(Ok(chunk)) => self.buffer = chunk,
                Some(Err(e)) => self.resume(e.to_string())?,
                // The body ended early: the connection closed before the listed size arrived.
                None if self.offset < self.object.size => self.resume("connection closed early".into())?,
                None => return Ok(0),
            }
        }
    }
}
