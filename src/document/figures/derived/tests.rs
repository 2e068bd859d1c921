//! Derived figures found in short answers, and their verdicts.
