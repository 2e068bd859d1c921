//! structure/time-budget: a file whose check took longer than its time
//! budget and stopped early. The budget itself, and where it is held
//! against the time spent, is [`crate::rules::limits`]; this is what the
//! rule is and what it says.
//!
//! It is in the family's `rules` like any rule: listed by `kamerlint
//! rules`, given a level in `[rules]`. Its examples are a `[limits]`
//! setting, not a document (`Example::config`), and are checked under it.

use std::time::Duration;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Span;
use crate::rules::{Example, RuleMeta, Text};

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
    summary_nl: "De controle van een bestand duurde langer dan de tijdslimiet en is eerder gestopt",
    explanation_nl: r#"
De controle van elk bestand heeft een tijdslimiet (`[limits] time-budget-ms`
in kamerlint.toml, standaard één minuut). Is die op, dan worden de
regelfamilies die nog niet hebben gedraaid overgeslagen, en deze bevinding
noemt ze: het bestand is maar ten dele gecontroleerd, dus een schone uitslag
zou niet kloppen. Splits het bestand, of verhoog de limiet.
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
    texts: &[
        Text::new(
            "message",
            "de controle is na {elapsed} ms gestopt, voorbij de tijdslimiet van {budget} ms; niet uitgevoerd: {skipped}",
            "the check stopped after {elapsed} ms, past its time budget of {budget} ms; not run: {skipped}",
        ),
        Text::new(
            "help",
            "het bestand is maar ten dele gecontroleerd: splits het, of verhoog `time-budget-ms` in kamerlint.toml [limits]",
            "the file was only partly checked: split it, or raise `time-budget-ms` in kamerlint.toml [limits]",
        ),
        Text::new(
            "skipped.rule-files",
            "de regels uit regelbestanden",
            "the rules of rule files",
        ),
    ],
};

/// The finding for a check stopped after `elapsed`, past its `budget`,
/// before `skipped` ([`crate::rules::limits::Budget::stopped`]).
pub(crate) fn stopped(elapsed: Duration, budget: Duration, skipped: &[&str]) -> Diagnostic {
    TIME_BUDGET_RULE
        .at(
            Span::new(0, 0),
            TIME_BUDGET_RULE.say(
                "message",
                &[
                    ("elapsed", &elapsed.as_millis()),
                    ("budget", &budget.as_millis()),
                    ("skipped", &skipped.join(", ")),
                ],
            ),
        )
        .with_help(TIME_BUDGET_RULE.say("help", &[]))
}
