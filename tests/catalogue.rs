//! The text catalogue: every language has every key German has, and no other; the same
//! placeholders and spaces at the ends; no empty text; the files the build writes are the ones
//! the app reads; and the German legal terms stay visible beside each translation.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::glossary::{segments, Segment};
use antragssimulator::i18n::{Catalogue, Key, Lang, KEY_COUNT};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The language files exactly as the build writes them (scripts/locales.py), in a fresh folder:
/// each language with its file's text.
fn built_files() -> Vec<(Lang, String)> {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let out = std::env::temp_dir().join(format!(
        "antragssimulator-locales-{}-{call}",
        std::process::id()
    ));
    let status = Command::new("python3")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/locales.py"))
        .arg("--out")
        .arg(&out)
        .status()
        .expect("python3 runs scripts/locales.py");
    assert!(status.success(), "scripts/locales.py failed");
    let files = Lang::ALL
        .into_iter()
        .map(|lang| {
            let path = out.join(lang.file_name());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{} was not written: {e}", path.display()));
            (lang, text)
        })
        .collect();
    let _ = std::fs::remove_dir_all(&out);
    files
}

/// The translations as the app reads them from their files.
fn built_catalogues() -> Vec<Catalogue> {
    built_files()
        .into_iter()
        .filter(|(lang, _)| *lang != Lang::De)
        .map(|(lang, text)| {
            Catalogue::from_file(lang, &text).unwrap_or_else(|e| panic!("{}: {e}", lang.code()))
        })
        .collect()
}

#[test]
fn the_german_file_holds_every_german_text_as_compiled_in() {
    // The release build compiles in only the texts the first module shows and reads the rest
    // from this file (build.rs); a native build compiles in all of them, so they must agree.
    let (_, text) = built_files()
        .into_iter()
        .find(|(lang, _)| *lang == Lang::De)
        .expect("a German file");
    let file = Catalogue::from_file(Lang::De, &text).expect("the app reads the German file");
    for key in Key::all() {
        assert_eq!(file.get(key), Catalogue::GERMAN.get(key), "{}", key.name());
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

#[test]
fn every_language_has_every_text_with_the_same_placeholders() {
    let german = Catalogue::GERMAN;
    assert_eq!(Key::all().count(), KEY_COUNT);
    let catalogues = built_catalogues();
    assert_eq!(catalogues.len(), 5, "five languages besides German");
    for key in Key::all() {
        assert!(
            !german.get(key).trim().is_empty(),
            "{} is empty in German",
            key.name()
        );
    }
    for catalogue in &catalogues {
        let lang = catalogue.lang().code();
        for key in Key::all() {
            let (source, text) = (german.get(key), catalogue.get(key));
            let name = key.name();
            assert!(!text.trim().is_empty(), "{lang}: {name} is empty");
            assert_eq!(
                placeholders(text),
                placeholders(source),
                "{lang}: {name} has other placeholders than German: {text:?}"
            );
            // Texts that continue or precede another on the page carry its space.
            assert_eq!(
                (text.starts_with(' '), text.ends_with(' ')),
                (source.starts_with(' '), source.ends_with(' ')),
                "{lang}: {name} has other spaces at its ends than German: {text:?}"
            );
        }
    }
}

/// People meet the German words on the real forms and letters, so a translation names them:
/// "Bescheid" stays in "decision letter (Bescheid)". The glossary's own finder must find the same
/// terms in the translation as in German (in any inflected form). Leichte Sprache is German
/// itself.
#[test]
fn translations_keep_the_german_legal_terms_beside_them() {
    let german = Catalogue::GERMAN;
    let mut checked = 0;
    let mut missing = Vec::new();
    for catalogue in built_catalogues().iter().filter(|c| c.lang() != Lang::Ls) {
        // A glossary term's own translation is shown beside the German term, not instead of it.
        for key in Key::all().filter(|k| !k.name().ends_with(".term")) {
            let text = catalogue.get(key);
            let found = terms(text);
            for term in terms(german.get(key)) {
                checked += 1;
                if !found.contains(term) {
                    missing.push(format!(
                        "{}: {} should keep the German term {term:?}: {text:?}",
                        catalogue.lang().code(),
                        key.name()
                    ));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    assert!(checked > 20, "only {checked} terms checked");
}

/// The glossary terms a text names (each once: the finder links first mentions only).
fn terms(text: &str) -> BTreeSet<&'static str> {
    segments(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Term(_, b) => Some(b.term),
            Segment::Text(_) => None,
        })
        .collect()
}

#[test]
fn every_file_name_carries_the_key_lists_fingerprint() {
    // The fingerprint is in every name and is what the files start with, so the app of one
    // version never reads the texts of another (build.rs and scripts/locales.py compute it).
    let names: BTreeSet<String> = Lang::ALL.iter().map(|l| l.file_name()).collect();
    assert_eq!(names.len(), Lang::ALL.len());
    for name in names {
        assert!(
            name.starts_with("locales/") && name.ends_with(".txt"),
            "{name}"
        );
        assert!(name.contains(antragssimulator::i18n::FINGERPRINT));
    }
}

#[test]
fn answers_shown_back_use_the_languages_amount_format() {
    use antragssimulator::domain::antrag::Antrag;
    use antragssimulator::domain::date::Date;
    use antragssimulator::domain::personas;
    use antragssimulator::domain::step::Step;
    let english = built_catalogues()
        .into_iter()
        .find(|c| c.lang() == Lang::En)
        .expect("English is built");
    // The domain gives the amount as a value; the language writes it when it is shown.
    let role = personas::by_id("allein-ohne-einkommen").expect("persona");
    let today = Date::new(2026, 11, 25).expect("a date");
    let costs = role.hints(Step::Wohnkosten, &Antrag::default(), today);
    let shown: Vec<String> = costs.iter().map(|(_, v)| v.render(&english)).collect();
    assert!(
        shown.iter().any(|v| v == "€60.00"),
        "heating costs as English writes them: {shown:?}"
    );
    assert!(costs.iter().any(|(_, v)| v.german() == "60,00\u{a0}€"));
}
