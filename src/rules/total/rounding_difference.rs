//! total/rounding-difference: a total that differs from its parts, or
//! shares from 100 %, within rounding (an afrondingsverschil): information,
//! never an error. Found by the checks of total/sum-mismatch and
//! total/shares ([`super::report`]).

use crate::diagnostic::Severity;
use crate::rules::{Example, RuleMeta};

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
    texts: &[],
};
