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
//!
//! The rule is not in [`super::all`]: its examples need a `[limits]`
//! setting, not only a document, so they cannot be checked the way the
//! other rules' examples are. It is listed by `kamerlint rules` and can be
//! given a level in `[rules]` like any rule.

use std::time::{Duration, Instant};

use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Span;

/// The default time budget of one file's check.
pub const TIME_BUDGET: Duration = Duration::from_secs(60);

pub const TIME_BUDGET_RULE: RuleMeta = RuleMeta {
    id: "structure/time-budget",
    severity: Severity::Error,
    summary: "The check of a file took longer than its time budget and stopped early",
    explanation: r#"
Each file's check has a time budget (`[limits] time-budget-ms` in
kamerlint.toml, one minute by default). When it is used up, the rule
families that have not run yet are skipped and this finding names them: the
file was only partly checked, so a clean result would be false. Split the
file, or raise the budget.
"#,
    bad: &[Example::config(
        r#"
# kamerlint.toml
[limits]
time-budget-ms = 0
"#,
    )],
    good: &[Example::config(
        r#"
# kamerlint.toml
[limits]
time-budget-ms = 60000
"#,
    )],
    texts: &[],
};

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
        let ms = self.budget.as_millis();
        TIME_BUDGET_RULE.at(Span::new(0, 0),
            format!(
                "the check stopped after {} ms, past its time budget of {ms} ms; not run: {}",
                self.started.elapsed().as_millis(),
                skipped.join(", ")
            ),
        )
        .with_help("the file was only partly checked: split it, or raise `time-budget-ms` in kamerlint.toml [limits]")
    }
}

impl Default for Budget {
    fn default() -> Self {
        Budget::new(TIME_BUDGET)
    }
}
