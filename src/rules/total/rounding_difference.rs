//! total/rounding-difference: a total that differs from its parts, or
//! shares from 100 %, within rounding (an afrondingsverschil): information,
//! never an error. Found by the checks of total/sum-mismatch and
//! total/shares ([`super::report`]).

use super::{Figures, Shares, Total, Whole};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Span;
use crate::rules::{Example, RuleMeta, Text};

pub const ROUNDING_DIFFERENCE: RuleMeta = RuleMeta {
    id: "total/rounding-difference",
    severity: Severity::Info,
    summary: "Afrondingsverschil: a total differs from its parts, within rounding",
    explanation: r#"
The sum of rounded parts often differs from the rounded total (in a table of
seven rows, more often than not). kamerlint reports such a difference as
information, with the numbers, so an editor can add the usual note ("door
afronding tellen de cijfers niet altijd op tot het totaal"). It is never an
error.
"#,
    summary_nl: "Afrondingsverschil: een totaal wijkt af van zijn delen, binnen de afronding",
    explanation_nl: r#"
De som van afgeronde delen wijkt vaak af van het afgeronde totaal (in een
tabel van zeven rijen meestal). kamerlint meldt zo'n verschil als
opmerking, met de getallen, zodat een redacteur de gebruikelijke voetnoot kan
toevoegen ("door afronding tellen de cijfers niet altijd op tot het
totaal"). Het is nooit een fout.
"#,
    bad: &[Example::list(
        r#"
1 Wat is de invoer van diensten?
De tabel toont de diensteninvoer (in EUR miljard).

Bestemming Diensteninvoer
Binnenlandse bestedingen 62,0
Uitvoer 104,7
Directe bestedingen 34,3
Wederuitvoer 33,2
Totaal 234,1
"#,
    )],
    good: &[Example::list(
        r#"
1 Wat is de invoer van diensten?
De tabel toont de diensteninvoer (in EUR miljard).

Bestemming Diensteninvoer
Binnenlandse bestedingen 62,0
Uitvoer 104,7
Directe bestedingen 34,3
Wederuitvoer 33,2
Totaal 234,2
"#,
    )],
    texts: &[
        Text::new("message.column", "afrondingsverschil: het totaal van kolom “{column}” is {total}, de delen tellen op tot {sum} (verschil {difference}, binnen de afrondingsmarge van {allowance})", r#"afrondingsverschil: the total of column "{column}" is {total}, its parts add up to {sum} (difference {difference}, within the rounding allowance of {allowance})"#),
        Text::new("message.column_number", "afrondingsverschil: het totaal van kolom {column} is {total}, de delen tellen op tot {sum} (verschil {difference}, binnen de afrondingsmarge van {allowance})", "afrondingsverschil: the total of column {column} is {total}, its parts add up to {sum} (difference {difference}, within the rounding allowance of {allowance})"),
        Text::new("message.whole", "afrondingsverschil: het totaal is {total}, de delen tellen op tot {sum} (verschil {difference}, binnen de afrondingsmarge van {allowance})", "afrondingsverschil: the whole is {total}, its parts add up to {sum} (difference {difference}, within the rounding allowance of {allowance})"),
        Text::new("message.row", "afrondingsverschil: de percentages in deze rij tellen op tot {sum}% (verschil {difference} met 100%, binnen de afrondingsmarge van {allowance})", "afrondingsverschil: the shares in this row add up to {sum}% (difference {difference} from 100%, within the rounding allowance of {allowance})"),
        Text::new("message.parts", "afrondingsverschil: de percentages bij deze delen tellen op tot {sum}% (verschil {difference} met 100%, binnen de afrondingsmarge van {allowance})", "afrondingsverschil: the shares of these parts add up to {sum}% (difference {difference} from 100%, within the rounding allowance of {allowance})"),
        Text::new("message.sentence", "afrondingsverschil: de percentages in deze zin tellen op tot {sum}% (verschil {difference} met 100%, binnen de afrondingsmarge van {allowance})", "afrondingsverschil: the shares in this sentence add up to {sum}% (difference {difference} from 100%, within the rounding allowance of {allowance})"),
        Text::new("help.total", "verklaar het met een voetnoot als “door afronding tellen de cijfers niet altijd op tot het totaal”", r#"a note such as "door afronding tellen de cijfers niet altijd op tot het totaal" explains it"#),
        Text::new("help.shares", "verklaar het met een voetnoot als “door afronding tellen de percentages niet altijd op tot 100”", r#"a note such as "door afronding tellen de percentages niet altijd op tot 100" explains it"#),
        Text::new("related", "deel: {part}", "part: {part}"),
    ],
};

/// The finding of a verdict within rounding, about a total or about shares
/// ([`super::report`]).
pub(super) fn finding(whole: Whole, at: Span, f: &Figures) -> Diagnostic {
    let mut args = f.args();
    let (message, help) = match &whole {
        Whole::Total(total, printed) => {
            args.push(("total", printed));
            let message = match total {
                Total::Column(title) => {
                    args.push(("column", title));
                    ROUNDING_DIFFERENCE.say("message.column", &args)
                }
                Total::ColumnNumber(number) => {
                    args.push(("column", number));
                    ROUNDING_DIFFERENCE.say("message.column_number", &args)
                }
                Total::Breakdown => ROUNDING_DIFFERENCE.say("message.whole", &args),
            };
            (message, ROUNDING_DIFFERENCE.say("help.total", &[]))
        }
        Whole::Shares(shares) => {
            let message = match shares {
                Shares::Row => ROUNDING_DIFFERENCE.say("message.row", &args),
                Shares::Parts => ROUNDING_DIFFERENCE.say("message.parts", &args),
                Shares::Sentence => ROUNDING_DIFFERENCE.say("message.sentence", &args),
            };
            (message, ROUNDING_DIFFERENCE.say("help.shares", &[]))
        }
    };
    let mut d = ROUNDING_DIFFERENCE.at(at, message).with_help(help);
    for (span, text) in f.parts {
        d = d.with_related(*span, ROUNDING_DIFFERENCE.say("related", &[("part", text)]));
    }
    d
}
