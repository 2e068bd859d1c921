//! Criterion benchmarks of reading and checking (the full default rule
//! set), in process: no start-up, no file I/O, no report.
//!
//! ```sh
//! cargo bench --bench check              # all of them (a few minutes)
//! cargo bench --bench check -- length    # one group: seed, length, corpus
//! ```
//!
//! - `seed`: the seed answer list.
//! - `length/1x`, `/10x`, `/100x`: the seed 1, 10 and 100 times over with
//!   renumbered questions and footnotes (a valid list); the time per byte
//!   should not grow with the length.
//! - `corpus/one-thread`, `/all-cores`: 32 varied lists one after another,
//!   and spread over all cores with rayon as `kamerlint check` does.
//!
//! `scripts/bench.sh` measures the binary end to end on a large corpus.

mod corpus;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use rayon::prelude::*;

fn sources() -> Vec<corpus::Source> {
    corpus::Source::all(Path::new(env!("CARGO_MANIFEST_DIR")))
}

fn check(name: &str, text: &str) -> usize {
    kamerlint::check_bytes(name, text.as_bytes())
        .diagnostics
        .len()
}

fn seed(c: &mut Criterion) {
    let sources = sources();
    let seed = &sources[0];
    let mut group = c.benchmark_group("seed");
    group.throughput(Throughput::Bytes(seed.text.len() as u64));
    group.bench_function("check", |b| {
        b.iter(|| check(&seed.name, black_box(&seed.text)))
    });
    group.finish();
}

fn length(c: &mut Criterion) {
    let sources = sources();
    let mut group = c.benchmark_group("length");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for copies in [1u32, 10, 100] {
        let text = sources[0].long(copies);
        group.throughput(Throughput::Bytes(text.len() as u64));
        // Ten runs of the longest take a while; give them the time.
        group.measurement_time(Duration::from_secs(5 + u64::from(copies) / 2));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{copies}x")),
            &text,
            |b, text| b.iter(|| check("long.txt", black_box(text))),
        );
    }
    group.finish();
}

fn corpus(c: &mut Criterion) {
    let sources = sources();
    let docs = corpus::varied_corpus(&sources, 32, 7);
    let bytes: usize = docs.iter().map(|(_, text)| text.len()).sum();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("one-thread", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(name, text)| check(name, text))
                .sum::<usize>()
        })
    });
    group.bench_function("all-cores", |b| {
        b.iter(|| {
            docs.par_iter()
                .map(|(name, text)| check(name, text))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, seed, length, corpus);
criterion_main!(benches);
