use super::*;

fn doc(text: &str) -> Document {
    crate::document::text::read("test.txt", text.as_bytes())
}

/// The findings in English, as the tests below read them.
fn findings(text: &str) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    crate::lang::scoped(crate::lang::Lang::En, || check(&doc(text), &mut out));
    out.into_iter()
        .map(|d| (d.question.unwrap_or(0), d.message))
        .collect()
}

#[test]
fn stems_content_words_only() {
    let d = doc(
        "1 Kunt u aangeven welke verdragen Nederland met Soedan heeft?\nGeen.\n\n\
                 2 Verdragen: welk verdrag vragen de leden van de VVD-fractie?\nGeen.\n",
    );
    let (words, _) = content_words(&d);
    // verdrag, nederland, soedan / verdrag (twice)
    assert_eq!(words[0].len(), 3);
    assert_eq!(words[1].len(), 1);
    assert_eq!(
        words[0]
            .iter()
            .filter(|w| w.stem == words[1][0].stem)
            .count(),
        1
    );
    // "Nederland" and "Soedan" in mid-sentence are names, "Verdragen"
    // at the start is not.
    assert_eq!(words[0].iter().filter(|w| w.name).count(), 2);
    assert!(words[1].iter().all(|w| !w.name));
}

#[test]
fn the_same_question_twice_is_reported_once_at_the_later() {
    let got = findings(
        "1 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\nTwee.\n\n\
         2 Welke landen gelden als hoog risico?\nGeen lijst.\n\n\
         3 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\nTwee.\n\n\
         4 Hoeveel handelsmissies zijn er in 2025 naar Saudi-Arabië gepland?\nTwee.\n",
    );
    assert_eq!(
        got,
        vec![
            (
                3,
                "question 3 asks nearly the same as question 1".to_string()
            ),
            (
                4,
                "question 4 asks nearly the same as question 1".to_string()
            ),
        ]
    );
}

#[test]
fn another_year_is_another_question() {
    let text = "1 Hoeveel bedrijven uit de waterstofsector en de bouw namen deel aan de \
                handelsmissies naar Saudi-Arabië en de Golfstaten in 2024?\nTwaalf.\n\n\
                2 Welke landen gelden als hoog risico?\nGeen lijst.\n\n\
                3 Hoeveel bedrijven uit de waterstofsector en de bouw namen deel aan de \
                handelsmissies naar Saudi-Arabië en de Golfstaten in 2023?\nNegen.\n";
    let d = doc(text);
    let (words, stems) = content_words(&d);
    let mut df = vec![0; stems];
    for w in words.iter().flatten() {
        df[w.stem as usize] += 1;
    }
    let weight = Weights::new(&df, 3);
    // Nearly the same words, but each has a year the other lacks.
    assert!(similarity(&words[0], &words[2], &weight) >= THRESHOLD);
    assert!(differ_in_a_name(&words[0], &words[2]));
    assert!(findings(text).is_empty());
}

#[test]
fn a_reference_either_way_or_to_one_question_silences() {
    for (a, b) in [
        ("Twee.", "Zie het antwoord op vraag 1."),
        ("Twee, zie ook vraag 3.", "Twee."),
        ("Zie vraag 2.", "Zie het antwoord op vraag 2."),
    ] {
        let text = format!(
            "1 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\n{a}\n\n\
             2 Welke landen gelden als hoog risico?\nGeen lijst.\n\n\
             3 Hoeveel handelsmissies naar Saudi-Arabië zijn er in 2025 gepland?\n{b}\n"
        );
        assert!(findings(&text).is_empty(), "{a} / {b}");
    }
}

/// The scores the threshold was set from: every pair of questions of
/// the documents in `KAMERLINT_SURVEY` (a folder; by default the real
/// documents), how many score what, and the pairs above 0.5 with what
/// silences them. `cargo test --lib survey -- --ignored --nocapture`
#[test]
#[ignore = "prints a survey for tuning; needs the real documents"]
fn survey() {
    let dir = std::env::var("KAMERLINT_SURVEY")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/real/docs").into());
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder of documents")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut buckets = [0usize; 10];
    for path in paths {
        let d = doc(&std::fs::read_to_string(&path).expect("a text file"));
        let (words, stems) = content_words(&d);
        let asked = words.iter().filter(|w| !w.is_empty()).count();
        let mut df = vec![0usize; stems];
        for w in words.iter().flatten() {
            df[w.stem as usize] += 1;
        }
        let weight = Weights::new(&df, asked);
        let mut links = Links {
            doc: &d,
            found: HashMap::new(),
        };
        for j in 0..words.len() {
            for i in 0..j {
                if words[i].is_empty() || words[j].is_empty() {
                    continue;
                }
                let score = similarity(&words[i], &words[j], &weight);
                buckets[((score * 10.0) as usize).min(9)] += 1;
                if score >= 0.5 {
                    let (ei, ej) = (&d.entries[i], &d.entries[j]);
                    println!(
                        "{:.2} {} {}/{}{}{}\n    {}\n    {}",
                        score,
                        path.file_name().unwrap_or_default().to_string_lossy(),
                        ei.first_number(),
                        ej.first_number(),
                        if differ_in_a_name(&words[i], &words[j]) {
                            " names"
                        } else {
                            ""
                        },
                        if links.joined(i, j) { " joined" } else { "" },
                        d.question_text(ei).text,
                        d.question_text(ej).text,
                    );
                }
            }
        }
    }
    for (b, n) in buckets.iter().enumerate() {
        println!("{:.1}-{:.1}: {n}", b as f64 / 10.0, (b + 1) as f64 / 10.0);
    }
}

#[test]
fn a_long_list_is_searched_through_its_rare_words() {
    // 3,000 questions of ten words used by 300 questions each (too
    // common to pair questions by) and one subject of their own; the
    // last asks what question 7 asks.
    // Letters, not digits (digits glued to a word are footnote
    // markers), and before a common ending (the stemmer cuts endings).
    let letters = |mut n: u32| {
        let mut s = String::new();
        while n > 0 {
            s.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
        }
        s
    };
    let question = |n: u32| {
        let k = letters(n % 10 + 1);
        format!(
            "Hoeveel woord{k}a woord{k}b woord{k}c woord{k}d woord{k}e woord{k}f \
             woord{k}g woord{k}h woord{k}i woord{k}j over de {}kwestie?",
            letters(n)
        )
    };
    let mut text = String::new();
    for n in 1..3000 {
        text.push_str(&format!("{n} {}\nGeen.\n\n", question(n)));
    }
    text.push_str(&format!("3000 {}\nGeen.\n", question(7)));
    assert_eq!(doc(&text).entries.len(), 3000);
    let started = std::time::Instant::now();
    let got = findings(&text);
    assert_eq!(
        got,
        vec![(
            3000,
            "question 3000 asks nearly the same as question 7".into()
        )]
    );
    assert!(started.elapsed().as_secs() < 10);
}
