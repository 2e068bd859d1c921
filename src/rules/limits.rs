//! The limits of one file's check: its time budget.
//!
//! The budget starts when the file is read. Reading the figures stops
//! between answers once it is used up, and the rule families run one after
//! another; before each (and before each declarative rule) the time spent
//! on the file is held against the budget (`[limits] time-budget-ms`).
//! Past it, the remaining families are not run and `structure/time-budget`
//! says which. The reader itself runs to its end. A family
//! that has started runs to its end: every pattern kamerlint runs is a
//! linear-time regex and every pass is bounded by the size of the text, so
//! one family cannot hang; the budget stops a check whose input is merely
//! huge, and keeps a CI job from running for hours.

use std::time::Duration;

// `std::time::Instant` on native targets; in the browser, where its `now()` panics, the
// page's clock (see Cargo.toml).
use web_time::Instant;

use super::structure::time_budget;
use crate::diagnostic::Diagnostic;

/// The default time budget of one file's check.
pub const TIME_BUDGET: Duration = Duration::from_secs(60);

/// The rule a stopped check is reported under; it lives in its family
/// (`structure/time_budget.rs`), and is also named here, beside the budget.
pub use super::structure::TIME_BUDGET_RULE;

/// The deadline of one file's check.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    started: Instant,
    budget: Duration,
}

impl Budget {
    /// A budget that starts now.
    pub fn new(budget: Duration) -> Self {
        Budget {
            started: Instant::now(),
            budget,
        }
    }

    /// A budget that started at `started`, for time spent before the rules
    /// (reading the file) to count.
    pub fn since(started: Instant, budget: Duration) -> Self {
        Budget { started, budget }
    }

    /// Whether the budget is used up. A zero budget always is.
    pub fn exceeded(&self) -> bool {
        self.budget.is_zero() || self.started.elapsed() >= self.budget
    }

    /// The finding for a check stopped before `skipped`.
    pub fn stopped(&self, skipped: &[&str]) -> Diagnostic {
        time_budget::stopped(self.started.elapsed(), self.budget, skipped)
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::new(TIME_BUDGET)
    }
}
