//! Per-Jobcenter configuration: the same build serves any Jobcenter, which puts a `config.json`
//! beside the app. The file is untrusted input: it is read strictly (unknown fields are refused),
//! every value is range-checked, and any problem makes the app fall back to neutral defaults as a
//! whole, with a notice naming the problem. Plain Rust, tested natively.

use crate::domain::money::{parse_money, Cents};
use crate::domain::rules::rechtsstand::ALL;
use crate::domain::rules::RechtsstandId;
use crate::i18n::{k, t, tf, Lang};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Larger files are refused unread.
pub const CONFIG_LIMIT: usize = 64 * 1024;
/// Household sizes the KdU table may name (1 to 12 persons).
pub const MAX_HOUSEHOLD: usize = 12;
pub const KIOSK_TIMEOUT_RANGE: std::ops::RangeInclusive<u32> = 10..=3600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Empty when none is configured: `jobcenter()` then names it in the reader's language.
    pub name: String,
    pub anschrift: Option<String>,
    pub kontakt: Option<String>,
    /// A path on the app's own origin ("logo.svg").
    pub logo: Option<String>,
    /// Monthly limits for Unterkunft und Heizung by household size (index 0 = 1 person).
    pub kdu_grenzen: Vec<Cents>,
    /// Added per person beyond the table.
    pub kdu_je_weitere_person: Option<Cents>,
    /// Monthly limits for heating alone by household size, if the Jobcenter has them (from its
    /// Heizspiegel): they decide the heating in the Karenzzeit, which protects only the
    /// Unterkunft (§ 22 Abs. 1 Satz 2 SGB II).
    pub heizkosten_grenzen: Vec<Cents>,
    pub heizkosten_je_weitere_person: Option<Cents>,
    pub rechtsstand: Option<RechtsstandId>,
    /// The language the app starts in until a person chooses one.
    pub sprache: Lang,
    pub kiosk_timeout_sekunden: u32,
}

impl Default for Config {
    /// Neutral: no Jobcenter named, actual housing costs, the law of the day, German.
    fn default() -> Self {
        Config {
            name: String::new(),
            anschrift: None,
            kontakt: None,
            logo: None,
            kdu_grenzen: Vec::new(),
            kdu_je_weitere_person: None,
            heizkosten_grenzen: Vec::new(),
            heizkosten_je_weitere_person: None,
            rechtsstand: None,
            sprache: Lang::De,
            kiosk_timeout_sekunden: 180,
        }
    }
}

impl Config {
    /// The Jobcenter's name as configured, or "Ihr Jobcenter" in the current language.
    pub fn jobcenter(&self) -> &str {
        if self.name.is_empty() {
            t(k::CONFIG_JOBCENTER)
        } else {
            &self.name
        }
    }

    /// The local limit for Unterkunft und Heizung for a household of `persons`, if configured.
    pub fn kdu_grenze(&self, persons: usize) -> Option<Cents> {
        grenze_fuer(&self.kdu_grenzen, self.kdu_je_weitere_person, persons)
    }

    /// The local limit for heating alone for a household of `persons`, if configured.
    pub fn heizkosten_grenze(&self, persons: usize) -> Option<Cents> {
        grenze_fuer(
            &self.heizkosten_grenzen,
            self.heizkosten_je_weitere_person,
            persons,
        )
    }
}

/// A limit from a table by household size, continued by the amount per further person.
fn grenze_fuer(table: &[Cents], je_weitere: Option<Cents>, persons: usize) -> Option<Cents> {
    let persons = persons.max(1);
    if let Some(limit) = table.get(persons - 1) {
        return Some(*limit);
    }
    let last = *table.last()?;
    let extra = je_weitere?;
    let more = i64::try_from(persons - table.len()).ok()?;
    Some(Cents(last.0.checked_add(extra.0.checked_mul(more)?)?))
}

/// The file as written; every field optional so that a partial file is fine.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    name: Option<String>,
    anschrift: Option<String>,
    kontakt: Option<String>,
    logo: Option<String>,
    kdu_grenzen: Option<BTreeMap<String, serde_json::Value>>,
    heizkosten_grenzen: Option<BTreeMap<String, serde_json::Value>>,
    rechtsstand: Option<String>,
    sprache: Option<String>,
    kiosk_timeout_sekunden: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", crate::i18n::tf(k::CONFIG_DATEI_CONFIG_JSON_WURDE, &[("grund", &.0.to_string())]))]
    Missing(String),
    #[error("{}", crate::i18n::t(k::CONFIG_DATEI_CONFIG_JSON_GROESSER))]
    TooLarge,
    #[error("{}", crate::i18n::tf(k::CONFIG_DATEI_CONFIG_JSON_KEIN, &[("grund", &.0.to_string())]))]
    Malformed(String),
    #[error("{}", crate::i18n::tf(k::CONFIG_CONFIG_JSON, &[("field", &.field.to_string()), ("problem", &.problem.to_string())]))]
    Invalid { field: String, problem: String },
}

fn invalid(field: &str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        field: field.into(),
        problem: problem.into(),
    }
}

fn text(field: &str, value: Option<String>, max: usize) -> Result<Option<String>, ConfigError> {
    let Some(v) = value else { return Ok(None) };
    let v = v.trim().to_string();
    if v.is_empty() {
        return Err(invalid(field, t(k::CONFIG_DARF_NICHT_LEER_SEIN)));
    }
    if v.chars().count() > max {
        return Err(invalid(
            field,
            tf(k::CONFIG_LAENGER_ALS_ZEICHEN, &[("max", &max.to_string())]),
        ));
    }
    // The same characters as in the form's fields: a bidi override in the Jobcenter's name turns
    // it around on every page.
    if crate::domain::validate::has_forbidden_chars(&v) {
        return Err(invalid(field, t(k::CONFIG_ENTHAELT_STEUERZEICHEN)));
    }
    Ok(Some(v))
}

fn amount(field: &str, v: &serde_json::Value) -> Result<Cents, ConfigError> {
    let raw = match v {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => s.clone(),
        _ => return Err(invalid(field, t(k::CONFIG_MUSS_BETRAG_EURO_SEIN))),
    };
    let cents = parse_money(&raw, Cents::euros(10_000))
        .map_err(|e| invalid(field, format!("{raw}: {e}")))?;
    if cents.0 <= 0 {
        return Err(invalid(field, t(k::CONFIG_MUSS_GROESSER_ALS_0)));
    }
    Ok(cents)
}

fn logo_path(v: String) -> Result<String, ConfigError> {
    let ok_chars = v
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'));
    let lower = v.to_ascii_lowercase();
    let ok_type = [".svg", ".png", ".webp"].iter().any(|e| lower.ends_with(e));
    if !ok_chars || !ok_type || v.starts_with("//") || v.contains("..") || v.contains(':') {
        return Err(invalid("logo", t(k::CONFIG_MUSS_BILDDATEI_SVG_PNG)));
    }
    Ok(v)
}

/// A table of limits by household size ("1" … "12", and "je_weitere_person"): it must start at
/// one person, have no gaps, and not fall with more persons.
type Grenzen = (Vec<Cents>, Option<Cents>);

fn grenzen(
    name: &str,
    table: &BTreeMap<String, serde_json::Value>,
) -> Result<Grenzen, ConfigError> {
    let mut sizes: BTreeMap<usize, Cents> = BTreeMap::new();
    let mut je_weitere = None;
    for (key, value) in table {
        let field = format!("{name}.{key}");
        if key == "je_weitere_person" {
            je_weitere = Some(amount(&field, value)?);
            continue;
        }
        let size: usize = key
            .parse()
            .ok()
            .filter(|n| (1..=MAX_HOUSEHOLD).contains(n))
            .ok_or_else(|| {
                invalid(
                    &field,
                    tf(
                        k::CONFIG_HAUSHALTSGROESSE,
                        &[("max", &MAX_HOUSEHOLD.to_string())],
                    ),
                )
            })?;
        sizes.insert(size, amount(&field, value)?);
    }
    let mut out: Vec<Cents> = Vec::new();
    for (i, (size, limit)) in sizes.iter().enumerate() {
        if *size != i + 1 {
            return Err(invalid(
                name,
                tf(k::CONFIG_GRENZE_FEHLT, &[("n", &(i + 1).to_string())]),
            ));
        }
        if let Some(previous) = out.last() {
            if limit < previous {
                return Err(invalid(
                    name,
                    tf(
                        k::CONFIG_GRENZE_KLEINER,
                        &[
                            ("size", &size.to_string()),
                            ("vorher", &(size - 1).to_string()),
                        ],
                    ),
                ));
            }
        }
        out.push(*limit);
    }
    Ok((out, je_weitere))
}

/// Read a config.json. Any problem rejects the whole file.
pub fn parse_config(input: &str) -> Result<Config, ConfigError> {
    if input.len() > CONFIG_LIMIT {
        return Err(ConfigError::TooLarge);
    }
    let raw: RawConfig =
        serde_json::from_str(input).map_err(|e| ConfigError::Malformed(e.to_string()))?;
    let mut c = Config::default();
    if let Some(name) = text("name", raw.name, 120)? {
        c.name = name;
    }
    c.anschrift = text("anschrift", raw.anschrift, 300)?;
    c.kontakt = text("kontakt", raw.kontakt, 300)?;
    c.logo = text("logo", raw.logo, 200)?.map(logo_path).transpose()?;

    if let Some(table) = raw.kdu_grenzen {
        (c.kdu_grenzen, c.kdu_je_weitere_person) = grenzen("kdu_grenzen", &table)?;
    }
    if let Some(table) = raw.heizkosten_grenzen {
        (c.heizkosten_grenzen, c.heizkosten_je_weitere_person) =
            grenzen("heizkosten_grenzen", &table)?;
    }

    if let Some(r) = raw.rechtsstand {
        let found = ALL.iter().find(|x| x.kurz == r.trim()).ok_or_else(|| {
            let known: Vec<&str> = ALL.iter().map(|x| x.kurz).collect();
            invalid(
                "rechtsstand",
                tf(
                    k::CONFIG_UNBEKANNT,
                    &[("wert", &r), ("moeglich", &known.join(", "))],
                ),
            )
        })?;
        c.rechtsstand = Some(found.id);
    }
    if let Some(code) = raw.sprache {
        c.sprache = Lang::from_code(&code).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            invalid(
                "sprache",
                tf(
                    k::CONFIG_NICHT_VERFUEGBAR,
                    &[("wert", &code), ("moeglich", &known.join(", "))],
                ),
            )
        })?;
    }
    if let Some(v) = raw.kiosk_timeout_sekunden {
        let seconds = v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| KIOSK_TIMEOUT_RANGE.contains(n))
            .ok_or_else(|| {
                invalid(
                    "kiosk_timeout_sekunden",
                    tf(
                        k::CONFIG_GANZE_ZAHL,
                        &[
                            ("von", &KIOSK_TIMEOUT_RANGE.start().to_string()),
                            ("bis", &KIOSK_TIMEOUT_RANGE.end().to_string()),
                        ],
                    ),
                )
            })?;
        c.kiosk_timeout_sekunden = seconds;
    }
    Ok(c)
}
