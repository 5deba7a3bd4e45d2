//! Distinct-value estimates from keyed hashes: exact below a threshold, HyperLogLog above it.
//! Raw values are never stored; the hash key is random per run.

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};

const EXACT_LIMIT: usize = 2048;
/// 2^12 registers: about 1.6% standard error in 4 KiB.
const HLL_BITS: u32 = 12;

#[derive(Debug, Clone)]
pub enum DistinctCounter {
    Exact(HashSet<u64>),
    Sketch(Box<[u8; 1 << HLL_BITS]>),
}

impl Default for DistinctCounter {
    fn default() -> Self {
        DistinctCounter::Exact(HashSet::new())
    }
}

/// The per-run hash key, so that hashes mean nothing outside this run.
#[derive(Debug, Clone, Default)]
pub struct ValueHasher(RandomState);

impl ValueHasher {
    pub fn hash(&self, value: &str) -> u64 {
        self.0.hash_one(value)
    }
}

impl DistinctCounter {
    pub fn insert(&mut self, hash: u64) {
        match self {
            DistinctCounter::Exact(set) => {
                set.insert(hash);
                if set.len() > EXACT_LIMIT {
                    let mut regs = Box::new([0u8; 1 << HLL_BITS]);
                    for &h in set.iter() {
                        hll_add(&mut regs, h);
                    }
                    *self = DistinctCounter::Sketch(regs);
                }
            }
            DistinctCounter::Sketch(regs) => hll_add(regs, hash),
        }
    }

    pub fn estimate(&self) -> u64 {
        match self {
            DistinctCounter::Exact(set) => set.len() as u64,
            DistinctCounter::Sketch(regs) => {
                let m = regs.len() as f64;
                let sum: f64 = regs.iter().map(|&r| 2f64.powi(-i32::from(r))).sum();
                let alpha = 0.7213 / (1.0 + 1.079 / m);
                let raw = alpha * m * m / sum;
                let zeros = regs.iter().filter(|&&r| r == 0).count();
                let est = if raw <= 2.5 * m && zeros > 0 { m * (m / zeros as f64).ln() } else { raw };
                est.round() as u64
            }
        }
    }
}

fn hll_add(regs: &mut [u8; 1 << HLL_BITS], hash: u64) {
    let idx = (hash >> (64 - HLL_BITS)) as usize;
    let rest = (hash << HLL_BITS) | (1 << (HLL_BITS - 1));
    let rank = rest.leading_zeros() as u8 + 1;
    if rank > regs[idx] {
        regs[idx] = rank;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_below_the_limit() {
        let h = ValueHasher::default();
        let mut c = DistinctCounter::default();
        for i in 0..1000 {
            c.insert(h.hash(&format!("v{}", i % 500)));
        }
        assert_eq!(c.estimate(), 500);
    }

    #[test]
    fn sketch_within_five_percent() {
        let h = ValueHasher::default();
        let mut c = DistinctCounter::default();
        for i in 0..100_000 {
            c.insert(h.hash(&format!("value-{i}")));
        }
        let e = c.estimate() as f64;
        assert!((e - 100_000.0).abs() < 5_000.0, "{e}");
    }
}
