//! Threads that scan text blocks, one per core, so that one large file (a 10 GB log, a big
//! gzipped object) uses every core: its worker keeps decoding and hands blocks to the pool, then
//! takes the matches back in order and does the bookkeeping (line numbers, occurrences,
//! aggregates) itself, so results are exactly those of a single-threaded scan.

use piimap_classify::{Engine, TextMatch};
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

struct Job {
    text: Arc<str>,
    reply: SyncSender<Vec<TextMatch>>,
}

/// Handle given to units; cloning it is cheap.
#[derive(Clone)]
pub(crate) struct TextPool {
    jobs: SyncSender<Job>,
    /// Blocks a unit may have in the pool at once (its memory is bounded by that many blocks).
    pub(crate) in_flight: usize,
}

/// The answer to one block, to be waited for in order.
pub(crate) struct Pending(Receiver<Vec<TextMatch>>);

impl Pending {
    /// The block's matches. A pool thread that panicked on the block makes this panic too, so
    /// that the unit fails (its worker catches it) and the scan goes on.
    pub(crate) fn wait(self) -> Vec<TextMatch> {
        self.0.recv().unwrap_or_else(|_| panic!("a text scanning thread failed on this block"))
    }
}

impl TextPool {
    pub(crate) fn submit(&self, text: Arc<str>) -> Pending {
        let (reply, answer) = mpsc::sync_channel(1);
        // The pool lives as long as the scan, which outlives every unit.
        let _ = self.jobs.send(Job { text, reply });
        Pending(answer)
    }
}

/// Starts `threads` scanning threads in `scope`; they end when every [`TextPool`] handle is gone.
pub(crate) fn start<'scope, 'env>(scope: &'scope std::thread::Scope<'scope, 'env>, engine: &'env Engine, threads: usize) -> TextPool {
    let (jobs, queue) = mpsc::sync_channel::<Job>(threads * 2);
    let queue = Arc::new(Mutex::new(queue));
    for _ in 0..threads {
        let queue = queue.clone();
        scope.spawn(move || {
            let mut scratch = engine.scratch();
            loop {
                let job = match queue.lock().expect("pool queue lock is never poisoned").recv() {
                    Ok(job) => job,
                    Err(_) => return,
                };
                let mut matches = Vec::new();
                let scanned = std::panic::catch_unwind(AssertUnwindSafe(|| engine.scan_text_with(&mut scratch, &job.text, None, &mut matches)));
                match scanned {
                    Ok(()) => {
                        let _ = job.reply.send(matches);
                    }
                    // Dropping the reply tells the unit; the caches may be half-updated.
                    Err(_) => scratch = engine.scratch(),
                }
            }
        });
    }
    TextPool { jobs, in_flight: threads * 2 }
}
