#![cfg(unix)]
//! Hostile trees: symbolic-link loops, a link to itself, a link to a
//! missing file. The walk ends, what can be read is checked, and what
//! cannot is an error naming it (exit 2), never a hang.

mod common;

use std::os::unix::fs::symlink;
use std::time::{Duration, Instant};

#[test]
fn symbolic_link_loops_end_and_the_rest_is_checked() {
    let dir = common::workspace("hostile", "links");
    common::write(&dir, "d/lijst.txt", "1 Welke landen?\nGeen. XXX\n");
    symlink("..", dir.join("d/up")).expect("link");
    symlink("b", dir.join("a")).expect("link");
    symlink("a", dir.join("b")).expect("link");
    symlink("weg.txt", dir.join("d/kapot.txt")).expect("link");
    let started = Instant::now();
    let out = common::kamerlint(&dir, &["check", ".", "--format", "compact"]);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert!(
        common::stdout(&out).contains("lijst.txt:2:7: warning placeholder/marker"),
        "{}",
        common::stdout(&out)
    );
    assert_eq!(
        common::stdout(&out).lines().count(),
        1,
        "one file, once: {}",
        common::stdout(&out)
    );

    let out = common::kamerlint(&dir, &["check", "a", "d/lijst.txt", "--format", "compact"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("a: "),
        "{}",
        common::stderr(&out)
    );
    assert!(common::stdout(&out).contains("placeholder/marker"));
}
