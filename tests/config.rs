//! config.json: the shipped example is valid, good files are read, and every kind of bad file is
//! refused as a whole with a message naming the problem.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::config::{parse_config, Config, ConfigError};
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::rules::RechtsstandId;

fn problem(json: &str) -> String {
    match parse_config(json) {
        Ok(c) => panic!("accepted {json}: {c:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_example_in_public_is_valid() {
    let text = std::fs::read_to_string("public/config.json").expect("public/config.json");
    let c = parse_config(&text).expect("the shipped example is valid");
    assert!(c.name.contains("Musterstadt"));
    assert_eq!(c.kdu_grenze(1), Some(Cents::euros(560)));
    assert_eq!(c.kdu_grenze(7), Some(Cents::euros(1070 + 2 * 130)));
    assert_eq!(c.kiosk_timeout_sekunden, 180);
}

#[test]
fn a_full_good_file() {
    let c = parse_config(
        r#"{"name": "Jobcenter Mainz-Bingen", "anschrift": "Georg-Rückert-Straße 11, 55218 Ingelheim",
            "kontakt": "06132 787-0", "logo": "bilder/logo.png",
            "kdu_grenzen": {"1": "498,50", "2": 601, "3": 712.4},
            "rechtsstand": "2019", "sprache": "tr", "kiosk_timeout_sekunden": 90}"#,
    )
    .expect("valid");
    assert_eq!(c.name, "Jobcenter Mainz-Bingen");
    assert_eq!(c.logo.as_deref(), Some("bilder/logo.png"));
    assert_eq!(
        c.kdu_grenzen,
        vec![Cents(49_850), Cents(60_100), Cents(71_240)]
    );
    assert_eq!(c.kdu_grenze(4), None, "no rule for larger households");
    assert_eq!(c.rechtsstand, Some(RechtsstandId::R2019));
    assert_eq!(c.sprache, antragssimulator::i18n::Lang::Tr);
    assert_eq!(c.kiosk_timeout_sekunden, 90);
}

#[test]
fn a_heating_limit_table_of_its_own() {
    let c = parse_config(
        r#"{"kdu_grenzen": {"1": 560}, "heizkosten_grenzen": {"1": 90, "2": "110,50", "je_weitere_person": 20}}"#,
    )
    .expect("valid");
    assert_eq!(c.heizkosten_grenze(1), Some(Cents::euros(90)));
    assert_eq!(c.heizkosten_grenze(2), Some(Cents(11_050)));
    assert_eq!(c.heizkosten_grenze(4), Some(Cents(11_050 + 2 * 2_000)));
    assert_eq!(c.kdu_grenze(2), None, "the tables are separate");
    assert_eq!(Config::default().heizkosten_grenze(1), None);
}

#[test]
fn an_empty_object_means_neutral_defaults() {
    assert_eq!(parse_config("{}"), Ok(Config::default()));
    assert_eq!(Config::default().kdu_grenze(2), None);
}

#[test]
fn malformed_files_are_refused() {
    assert!(problem("").contains("kein gültiges JSON"));
    assert!(problem("{\"name\": \"x\",}").contains("kein gültiges JSON"));
    assert!(problem("[1, 2]").contains("kein gültiges JSON"));
    assert!(problem(r#"{"name": 5}"#).contains("kein gültiges JSON"));
    let unknown = problem(r#"{"nmae": "Jobcenter"}"#);
    assert!(unknown.contains("nmae"), "{unknown}");
    assert_eq!(
        parse_config(&format!("{{\"name\": \"{}\"}}", "x".repeat(70_000))),
        Err(ConfigError::TooLarge)
    );
}

#[test]
fn out_of_range_values_are_refused_and_named() {
    let cases = [
        (r#"{"name": ""}"#, "„name“"),
        (r#"{"name": "a\u0007b"}"#, "Steuerzeichen"),
        (r#"{"logo": "https://tracker.invalid/logo.svg"}"#, "„logo“"),
        (r#"{"logo": "../geheim.svg"}"#, "„logo“"),
        (r#"{"logo": "logo.exe"}"#, "„logo“"),
        (r#"{"kdu_grenzen": {"1": -5}}"#, "kdu_grenzen.1"),
        (r#"{"kdu_grenzen": {"1": 0}}"#, "größer als 0"),
        (r#"{"kdu_grenzen": {"1": 99999999}}"#, "kdu_grenzen.1"),
        (r#"{"kdu_grenzen": {"1": "viel"}}"#, "kdu_grenzen.1"),
        (r#"{"kdu_grenzen": {"1": true}}"#, "Betrag"),
        (r#"{"kdu_grenzen": {"13": 900}}"#, "Haushaltsgröße"),
        (r#"{"kdu_grenzen": {"2": 600}}"#, "1 Person"),
        (r#"{"kdu_grenzen": {"1": 600, "3": 800}}"#, "2 Person"),
        (r#"{"kdu_grenzen": {"1": 600, "2": 500}}"#, "kleiner"),
        (
            r#"{"heizkosten_grenzen": {"1": -5}}"#,
            "heizkosten_grenzen.1",
        ),
        (
            r#"{"heizkosten_grenzen": {"2": 90}}"#,
            "„heizkosten_grenzen“",
        ),
        (r#"{"heizkosten_grenzen": {"1": 90, "2": 80}}"#, "kleiner"),
        (r#"{"rechtsstand": "2030"}"#, "„rechtsstand“"),
        (r#"{"sprache": "xx"}"#, "„sprache“"),
        (r#"{"kiosk_timeout_sekunden": 1}"#, "kiosk_timeout_sekunden"),
        (
            r#"{"kiosk_timeout_sekunden": 99999}"#,
            "kiosk_timeout_sekunden",
        ),
        (
            r#"{"kiosk_timeout_sekunden": "60"}"#,
            "kiosk_timeout_sekunden",
        ),
        (
            r#"{"kiosk_timeout_sekunden": 60.5}"#,
            "kiosk_timeout_sekunden",
        ),
    ];
    for (json, expected) in cases {
        let message = problem(json);
        assert!(message.contains(expected), "{json}: {message}");
    }
}

#[test]
fn invisible_and_direction_characters_are_refused_like_in_the_form() {
    for name in [
        "Jobcenter \u{202E}musterstadt",
        "Jobcenter\u{200B}Musterstadt",
        "Jobcenter Musterstadt\u{FEFF}",
        "Jobcenter \u{2066}Musterstadt\u{2069}",
    ] {
        let json = serde_json::json!({ "name": name }).to_string();
        assert!(problem(&json).contains("unsichtbare Zeichen"), "{name:?}");
    }
    let json = serde_json::json!({ "anschrift": "Straße\u{200F} 1" }).to_string();
    assert!(problem(&json).contains("anschrift"));
}
