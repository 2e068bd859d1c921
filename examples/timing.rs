//! Where the time goes on the seed (a rough split for profiling).
fn main() {
    let bytes = std::fs::read("corpus/36180-164-beleidsagenda-buitenlandse-handel.txt").unwrap();
    for round in 0..3 {
        let t = std::time::Instant::now();
        let mut doc = kamerlint::document::text::read("x", &bytes);
        let a = t.elapsed();
        let t = std::time::Instant::now();
        kamerlint::document::figures::annotate(
            &mut doc,
            kamerlint::document::figures::Vocabulary::builtin(),
        );
        let b = t.elapsed();
        let mut out = Vec::new();
        let mut times = Vec::new();
        let t = std::time::Instant::now();
        kamerlint::rules::structure::check(&doc, &mut out);
        times.push(("structure", t.elapsed()));
        let t = std::time::Instant::now();
        kamerlint::rules::xref::check(&doc, &mut out);
        times.push(("xref", t.elapsed()));
        let t = std::time::Instant::now();
        kamerlint::rules::footnote::check(&doc, &mut out);
        times.push(("footnote", t.elapsed()));
        let t = std::time::Instant::now();
        kamerlint::rules::total::check(&doc, &mut out);
        times.push(("total", t.elapsed()));
        let t = std::time::Instant::now();
        kamerlint::rules::figure::check(&doc, &mut out);
        times.push(("figure", t.elapsed()));
        let t = std::time::Instant::now();
        kamerlint::rules::format::check(&doc, &mut out);
        times.push(("format", t.elapsed()));
        let t = std::time::Instant::now();
        let all = kamerlint::rules::check_with(&doc, &kamerlint::Config::standard().rules);
        times.push(("all rules", t.elapsed()));
        eprintln!(
            "round {round}: text {a:?} figures {b:?} {times:?} ({})",
            all.len()
        );
    }
}
