//! Benchmark (not a test): loading and saving a heavy six-year record.
//!   cargo run --release --example bench_record [write-the-record-to.json]
//! Prints medians over repeated runs, and the stored size. One frame at 60 Hz is 16.7 ms.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use sukusuku::domain::record::Caregiver;
use sukusuku::domain::sample::heavy_household;
use sukusuku::storage::envelope::Envelope;
use sukusuku::storage::repository;
use sukusuku::storage::MemoryStore;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let mut envelope = Envelope::new(now);
    envelope.record = heavy_household(today);
    let counts = envelope.record.counts();
    let json = envelope.to_json();
    if let Some(path) = std::env::args().nth(1) {
        // For scripts/bench-record.mjs: the same record, to seed a browser with.
        std::fs::write(&path, &json).expect("write the heavy record");
    }
    let mut store = MemoryStore::default();
    store.items.insert("sukusuku.record".into(), json.clone());

    const RUNS: usize = 51;
    let loads: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let loaded = repository::load(&mut store, now);
            assert_eq!(loaded.envelope.record.counts(), counts);
            start.elapsed()
        })
        .collect();
    let mut current = repository::load(&mut store, now);
    let saves: Vec<Duration> = (0..RUNS)
        .map(|i| {
            let start = Instant::now();
            let saved = repository::apply(
                &mut store,
                &current.status,
                &current.envelope,
                false,
                &move |h: &mut sukusuku::domain::record::Household| {
                    let id = h.new_id();
                    h.caregivers.push(Caregiver {
                        id,
                        name: format!("c{i}"),
                        relation: String::new(),
                    });
                },
                now,
            )
            .expect("save");
            let elapsed = start.elapsed();
            current.envelope = saved.envelope;
            elapsed
        })
        .collect();

    println!(
        "heavy record: {} children, {} measurements, {} notes, {} firsts, {} prenatal checkups",
        counts.children, counts.measurements, counts.notes, counts.firsts, counts.prenatal_checkups
    );
    println!(
        "stored size: {} bytes ({:.1} KiB) of JSON",
        json.len(),
        json.len() as f64 / 1024.0
    );
    println!(
        "load (read + decode + migrate), median of {RUNS}: {:?}",
        median(loads)
    );
    println!(
        "save (newer-data check + encode + write + read-back verify), median of {RUNS}: {:?}",
        median(saves)
    );
    println!(
        "one frame at 60 Hz: 16.7 ms (native figures; the browser's wasm is slower, see README)"
    );
}
