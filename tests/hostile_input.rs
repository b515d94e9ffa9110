//! Hostile and odd input in every field: no panic, a clear message or a sensible value, and what
//! was typed is never lost. Plus property tests over every parser that reads outside input.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::config::parse_config;
use antragssimulator::domain::date::Date;
use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::money::{parse_money, Cents};
use antragssimulator::domain::personas;
use antragssimulator::domain::questions::Kind;
use antragssimulator::domain::questions::{questions, Question};
use antragssimulator::domain::step::Step;
use antragssimulator::domain::validate::{parse_answer, parse_iban, FieldError, Value};
use antragssimulator::storage::decode;
use antragssimulator::ui::mode::parse_query;
use common::today;
use proptest::prelude::*;

/// The inputs of the issue, and a few more of the same kind.
fn hostile() -> Vec<String> {
    let mut v: Vec<String> = [
        "1e309",
        "-0",
        "٣٤٥",
        "３４５",
        "1.234,56",
        "1,234.56",
        "99999999999999999999999999",
        "31.02.",
        "31.02.2000",
        "00.00.0000",
        "01.01.99999",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\u{202E}evil\u{202C}",
        "A\u{0}B",
        "\u{7}\u{1b}[31m",
        "👩‍👩‍👧‍👦🏳️‍🌈",
        "NaN",
        "∞",
        "   ",
        "",
        "DE89 3704 0044 0532 0130 00\u{200B}",
        "'; DROP TABLE antrag; --",
        "{{7*7}}",
        "%s%n%x",
        "\u{FEFF}123",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("x".repeat(10_000));
    v.push("9".repeat(10_000));
    v.push("ß".repeat(5_000));
    v
}

/// Every question any persona meets, across all their steps, once per field.
fn all_questions() -> Vec<(Step, Question, Walkthrough)> {
    let mut out: Vec<(Step, Question, Walkthrough)> = Vec::new();
    for p in personas::all() {
        let played = p.play(today());
        let antrag = played
            .submission
            .as_ref()
            .map(|s| s.antrag.clone())
            .unwrap_or_else(|| played.antrag.clone());
        for step in antragssimulator::domain::step::route(&antrag, today()) {
            for q in questions(step, &antrag, today()) {
                if out.iter().all(|(_, o, _)| o.field != q.field) {
                    let mut w = played.clone();
                    w.antrag = antrag.clone();
                    w.submission = None;
                    w.current = step;
                    out.push((step, q, w));
                }
            }
        }
    }
    out
}

#[test]
fn every_field_survives_every_hostile_input_and_keeps_it_as_typed() {
    let qs = all_questions();
    assert!(qs.len() > 80, "{} fields", qs.len());
    let mut kinds = std::collections::HashSet::new();
    for (step, q, w) in &qs {
        kinds.insert(std::mem::discriminant(&q.kind));
        for input in hostile() {
            // The parser alone: a value or an error with a German message, never a panic.
            if let Err(e) = parse_answer(q.field, &q.kind, &input, today()) {
                assert!(!e.text().german().is_empty());
            }
            // Through the walkthrough: either read, or kept exactly as typed and reported.
            let mut w = w.clone();
            w.apply(Event::Answer {
                field: q.field,
                value: input.clone(),
            });
            let shown = w.display(q.field);
            let read = parse_answer(q.field, &q.kind, &input, today());
            match read {
                Err(_) => {
                    assert_eq!(shown, input, "{step:?} {}: typed text lost", q.field);
                    let errors = w.check_step(*step);
                    assert!(
                        errors.iter().any(|e| e.field() == q.field),
                        "{} {input:?}: no message",
                        q.field
                    );
                }
                Ok(_) => {
                    assert!(!w.pending.contains_key(&q.field) || shown == input);
                }
            }
        }
    }
    assert!(
        kinds.len() >= 10,
        "every kind of field is covered: {}",
        kinds.len()
    );
}

fn money(input: &str) -> Result<Cents, String> {
    parse_money(input, Cents::euros(100_000)).map_err(|e| e.to_string())
}

#[test]
fn numbers_in_any_convention_and_script() {
    assert_eq!(money("٣٤٥"), Ok(Cents::euros(345)), "Arabic-Indic digits");
    assert_eq!(money("３４５"), Ok(Cents::euros(345)), "full-width digits");
    assert_eq!(money("1.234,56"), Ok(Cents(123_456)));
    assert_eq!(money("1,234.56"), Ok(Cents(123_456)));
    assert!(money("1e309").is_err(), "no float syntax");
    assert!(money("NaN").is_err() && money("∞").is_err());
    assert!(
        money("99999999999999999999999999").is_err(),
        "above any plausible value"
    );
    assert!(money(&"9".repeat(10_000)).is_err());
    // "-0" is zero or refused, never a negative amount.
    assert!(money("-0").map_or(true, |c| c == Cents::ZERO));
    assert!(money("-5").is_err());
}

#[test]
fn impossible_dates_are_refused_with_a_message() {
    for input in [
        "31.02.2000",
        "00.00.0000",
        "01.01.99999",
        "31.02.",
        "29.02.2023",
        "1.13.2000",
    ] {
        let e = Date::parse(input);
        assert!(e.is_err(), "{input} accepted: {e:?}");
        assert!(!e
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
            .is_empty());
    }
    assert_eq!(Date::parse("29.02.2024").ok(), Date::new(2024, 2, 29));
}

#[test]
fn text_fields_refuse_control_and_direction_characters_and_overlong_text() {
    let q = all_questions()
        .into_iter()
        .find(|(_, q, _)| q.field.to_string() == "antragsteller-vorname")
        .expect("first name question")
        .1;
    for bad in ["A\u{0}B", "\u{202E}evil\u{202C}", "\u{7}"] {
        assert_eq!(
            parse_answer(q.field, &q.kind, bad, today()),
            Err(FieldError::ControlCharacters { field: q.field }),
            "{bad:?}"
        );
    }
    assert!(matches!(
        parse_answer(q.field, &q.kind, &"x".repeat(10_000), today()),
        Err(FieldError::TooLong { .. })
    ));
    // Markup and emoji are plain text: accepted as typed, shown as text by the UI.
    for fine in ["<script>alert(1)</script>", "Zoë 👩‍👩‍👧‍👦"] {
        assert_eq!(
            parse_answer(q.field, &q.kind, fine, today()),
            Ok(Some(Value::Text(fine.to_string())))
        );
    }
    assert!(matches!(q.kind, Kind::Text { .. }));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_parser_panics_on_any_string(s in "\\PC{0,80}|.{0,80}|[0-9.,\\- ]{0,40}") {
        let _ = parse_money(&s, Cents::euros(100_000));
        let _ = Date::parse(&s);
        let _ = parse_iban(&s);
        let _ = parse_config(&s);
        let _ = decode(&s, today());
        let _ = parse_query(&s);
        for q in all_kinds() {
            let _ = parse_answer(q.field, &q.kind, &s, today());
        }
    }

    #[test]
    fn json_shaped_garbage_never_panics_the_importers(
        key in "[a-z_]{1,12}",
        value in "\\PC{0,20}",
        schema in any::<i64>(),
    ) {
        let doc = format!("{{\"schema\": {schema}, \"{key}\": \"{value}\"}}");
        prop_assert!(decode(&doc, today()).is_err());
        let _ = parse_config(&format!("{{\"{key}\": \"{value}\"}}"));
    }
}

/// One question of each kind, for the property test (all questions would make it slow).
fn all_kinds() -> &'static [Question] {
    static KINDS: std::sync::OnceLock<Vec<Question>> = std::sync::OnceLock::new();
    KINDS.get_or_init(|| {
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for (_, q, _) in all_questions() {
            let d = format!("{:?}", q.kind);
            if !seen.contains(&d) {
                seen.push(d);
                out.push(q);
            }
        }
        out
    })
}
