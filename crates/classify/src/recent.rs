//! The last few results of a pure function of a string, kept per thread by its caller: a
//! reshaper and a validator of one rule read the same parts of a candidate one after the other.

/// Up to [`Recent::CAPACITY`] (text, key) → value entries, the oldest replaced first; the text
/// buffers are reused, so a full cache no longer allocates.
pub(crate) struct Recent<K, V> {
    entries: Vec<(String, K, V)>,
    next: usize,
}

impl<K: Copy + PartialEq, V: Copy> Recent<K, V> {
    pub(crate) const CAPACITY: usize = 16;

    pub(crate) const fn new() -> Self {
        Recent { entries: Vec::new(), next: 0 }
    }

    pub(crate) fn get(&self, text: &str, key: K) -> Option<V> {
        self.entries.iter().find(|(t, k, _)| *k == key && t == text).map(|(_, _, v)| *v)
    }

    pub(crate) fn insert(&mut self, text: &str, key: K, value: V) {
        if self.entries.len() < Self::CAPACITY {
            self.entries.push((text.to_string(), key, value));
            return;
        }
        let slot = &mut self.entries[self.next];
        slot.0.clear();
        slot.0.push_str(text);
        (slot.1, slot.2) = (key, value);
        self.next = (self.next + 1) % Self::CAPACITY;
    }
}

#[cfg(test)]
mod tests {
    use super::Recent;

    #[test]
    fn keeps_the_last_entries() {
        let mut recent: Recent<bool, u32> = Recent::new();
        recent.insert("a", true, 1);
        assert_eq!(recent.get("a", true), Some(1));
        assert_eq!(recent.get("a", false), None, "the key is part of the entry");
        for i in 0..Recent::<bool, u32>::CAPACITY as u32 {
            recent.insert(&format!("w{i}"), true, i);
        }
        assert_eq!(recent.get("a", true), None, "the oldest entry was replaced");
        assert_eq!(recent.get("w15", true), Some(15));
    }
}
