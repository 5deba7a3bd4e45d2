//! Partial inventories of disjoint shards (`piimap scan --shard K/N` on N machines) merged into
//! the inventory of one whole run: the same locations, datasets, stores, summary and distinct
//! counts (from the parts' sketches, with the same `--hash-key-file` on every part).

use crate::datasets;
use crate::distinct::DistinctCounter;
use crate::inventory::InventoryBuilder;
use crate::Shard;
use piimap_model::{Category, Inventory, LocationKind, LocationReport, Outcome};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{part}: not a partial inventory (write each part with `piimap scan --shard K/N`)")]
    NotPartial { part: String },
    #[error("{part}: {message}")]
    Shard { part: String, message: String },
    #[error("the parts are shards of {first} and of {other} parts: merge the parts of one scan")]
    Counts { first: u32, other: u32 },
    #[error("part {index} of {count} is given twice")]
    Twice { index: u32, count: u32 },
    #[error("part(s) {missing} of {count} missing: the merged inventory would not be the whole scan")]
    Missing { missing: String, count: u32 },
    #[error("{uri} is in more than one part")]
    Overlap { uri: String },
    #[error("{part}: the distinct sketch of {category} is not of this piimap version")]
    Sketch { part: String, category: Category },
    #[error("temporary inventory files: {0}")]
    Spill(std::io::Error),
}

/// What a merge produced: the inputs of an [`Inventory`] as a scan gives them.
#[derive(Debug)]
pub struct Merged {
    /// In URI order, datasets and stores recomputed over every part's members.
    pub locations: piimap_model::Locations,
    pub summary: piimap_model::Summary,
    pub resumed: u64,
    /// The earliest start and latest end of the parts.
    pub started: String,
    pub finished: String,
}

/// Merges the parts (named for errors). Every part of the scan must be there, once. `finalize`
/// is applied to every location once datasets and stores have read it.
pub fn merge(parts: &[(String, Inventory)], memory: usize, finalize: &dyn Fn(&mut LocationReport)) -> Result<Merged, MergeError> {
    let mut count = None;
    let mut seen = BTreeSet::new();
    for (name, inv) in parts {
        let text = inv.run.shard.as_deref().ok_or_else(|| MergeError::NotPartial { part: name.clone() })?;
        let shard = Shard::parse(text).map_err(|message| MergeError::Shard { part: name.clone(), message })?;
        match count {
            Some(n) if n != shard.count => return Err(MergeError::Counts { first: n, other: shard.count }),
            _ => count = Some(shard.count),
        }
        if !seen.insert(shard.index) {
            return Err(MergeError::Twice { index: shard.index, count: shard.count });
        }
    }
    let count = count.unwrap_or(0);
    let missing: Vec<String> = (0..count).filter(|k| !seen.contains(k)).map(|k| k.to_string()).collect();
    if !missing.is_empty() {
        return Err(MergeError::Missing { missing: missing.join(", "), count });
    }

    let mut builder = InventoryBuilder::new(memory);
    let mut stores: BTreeMap<String, piimap_connect::Store> = BTreeMap::new();
    for (name, inv) in parts {
        inv.locations
            .each(|loc| {
                match loc.kind {
                    LocationKind::Dataset => {}
                    LocationKind::Bucket | LocationKind::Database => {
                        stores.entry(loc.uri.clone()).or_insert_with(|| store_of(loc));
                    }
                    _ => builder.add_part(LocationReport { member_of: None, ..loc.clone() })?,
                }
                Ok(())
            })
            .map_err(MergeError::Spill)?;
        for (category, sketch) in &inv.distinct_sketches {
            let counter = DistinctCounter::from_sketch(sketch).ok_or_else(|| MergeError::Sketch { part: name.clone(), category: *category })?;
            builder.add_distinct(*category, &counter);
        }
    }
    let stores: Vec<piimap_connect::Store> = stores.into_values().collect();
    let built = builder.finish(&stores, finalize).map_err(MergeError::Spill)?;
    if let Some(uri) = built.duplicate {
        return Err(MergeError::Overlap { uri });
    }
    Ok(Merged {
        locations: built.locations,
        summary: built.summary,
        resumed: parts.iter().map(|(_, p)| p.run.resumed).sum(),
        started: parts.iter().map(|(_, p)| p.run.started.clone()).min().unwrap_or_default(),
        finished: parts.iter().map(|(_, p)| p.run.finished.clone()).max().unwrap_or_default(),
    })
}

/// The store as its connector described it, read back from a part: its own exposure, and its own
/// error, told apart from the failure a store reports when some of its members failed.
fn store_of(loc: &LocationReport) -> piimap_connect::Store {
    let members_failed = loc.dataset.as_ref().map(|d| datasets::members_failed(d.failed, d.files));
    let error = match &loc.outcome {
        Outcome::Failed { error } if Some(error) != members_failed.as_ref() => Some(error.clone()),
        _ => None,
    };
    piimap_connect::Store { uri: loc.uri.clone(), kind: loc.kind, exposure: loc.exposure.clone(), error }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_split_every_uri_into_exactly_one_part() {
        assert_eq!(Shard::parse("3/16"), Ok(Shard { index: 3, count: 16 }));
        for bad in ["16/16", "1/0", "3", "a/4", "-1/4"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        let parts: Vec<Shard> = (0..4).map(|k| Shard { index: k, count: 4 }).collect();
        let mut sizes = [0; 4];
        for i in 0..4000 {
            let uri = format!("s3://b/vehicles/{i}/trips.json");
            let owners: Vec<u32> = parts.iter().filter(|s| s.takes(&uri)).map(|s| s.index).collect();
            assert_eq!(owners.len(), 1, "{uri}");
            sizes[owners[0] as usize] += 1;
        }
        assert!(sizes.iter().all(|&n| (800..1200).contains(&n)), "even shares: {sizes:?}");
    }
}
