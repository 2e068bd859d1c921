//! Reporters: turn diagnostics into output for people and machines.
