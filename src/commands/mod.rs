//! The subcommands, one file each; `main.rs` parses the command line and
//! calls one of them.

pub(crate) mod check;
pub(crate) mod explain;
pub(crate) mod parse;
pub(crate) mod renumber;
pub(crate) mod rules;
pub(crate) mod versions;
pub(crate) mod watch;
