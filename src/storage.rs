//! The only code that touches browser storage. The walkthrough is kept in localStorage under one
//! key, as JSON with a schema version, so that a reload resumes where the person was. Nothing is
//! ever sent anywhere.
//!
//! Storage can fail in many ways (disabled, private mode, full, corrupted by hand or by an old
//! version). None of them may stop the app: it then keeps working in memory and says so.
//! gloo-storage's `LocalStorage::raw()` throws when storage is unavailable, so availability is
//! probed through web-sys first and gloo is used only once it is known to work.

use crate::domain::flow::Walkthrough;
use crate::i18n::{k, t, tf};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

pub const KEY: &str = "antragssimulator";
/// Version of the stored envelope; bumped with every change to what is stored, each bump with a
/// migration in `MIGRATIONS` and a fixture of the old format under tests/fixtures/.
///
/// - 1: the walkthrough (answers, step, reached steps, pending text, submission).
/// - 2: adds the pages after submission (Bescheid, Nachweise, Bericht), ticked documents, the
///   role being played and the journal for the experience report.
pub const SCHEMA: u32 = 2;

/// A migration turns a stored document of one version into the next.
type Migration = fn(&mut serde_json::Value);

/// Each entry turns a document of version `from` into one of `from + 1`.
const MIGRATIONS: &[(u32, Migration)] = &[(1, v1_to_v2)];

fn v1_to_v2(doc: &mut serde_json::Value) {
    use serde_json::{json, Value};
    if let Some(w) = doc.get_mut("walkthrough").and_then(Value::as_object_mut) {
        w.insert("rolle".into(), Value::Null);
        w.insert(
            "journal".into(),
            json!({"pages_shown": 0, "backs": [], "errors": [], "started_ms": null, "submitted_ms": null}),
        );
        if let Some(s) = w.get_mut("submission").and_then(Value::as_object_mut) {
            s.insert("nachweise_vorhanden".into(), json!([]));
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    schema: u32,
    walkthrough: Walkthrough,
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    schema: u32,
    walkthrough: &'a Walkthrough,
}

/// What was found in storage at start-up.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Nothing,
    Restored(Box<Walkthrough>),
    /// Something is stored but cannot be read; the raw text is kept so it can be downloaded.
    Unreadable(String),
    /// Storage cannot be used at all (disabled, private mode).
    Unavailable,
}

/// Why saving did not work, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::i18n::t(k::STORAGE_ANGABEN_KOENNEN_DIESEM_GERAET))]
    Unavailable,
    #[error("{}", crate::i18n::t(k::STORAGE_SPEICHER_DIESES_BROWSERS_VOLL))]
    Full,
}

/// Why a write failed: a full storage reports QuotaExceededError, anything else means storage
/// cannot be used.
fn classify(e: wasm_bindgen::JsValue) -> SaveError {
    let name = js_sys::Reflect::get(&e, &wasm_bindgen::JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        SaveError::Full
    } else {
        SaveError::Unavailable
    }
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Probe storage with a write: some browsers expose storage but refuse every write (private
/// mode), others refuse because it is full.
fn probe() -> Result<(), SaveError> {
    let storage = local().ok_or(SaveError::Unavailable)?;
    let key = "antragssimulator-probe";
    let result = storage.set_item(key, "1").map_err(classify);
    let _ = storage.remove_item(key);
    result
}

fn available() -> bool {
    local().is_some_and(|s| s.get_item(KEY).is_ok())
}

/// The raw text stored under the app's key, if storage can be read at all.
pub fn raw() -> Option<String> {
    local().and_then(|s| s.get_item(KEY).ok().flatten())
}

pub fn load() -> Loaded {
    // One read: the stored text crosses into WebAssembly once.
    let Some(Ok(raw)) = local().map(|s| s.get_item(KEY)) else {
        return Loaded::Unavailable;
    };
    // Readable but full: what is there can still be restored; saving will say it is full.
    if probe() == Err(SaveError::Unavailable) {
        return Loaded::Unavailable;
    }
    let Some(raw) = raw else {
        return Loaded::Nothing;
    };
    match decode(&raw) {
        Ok(w) => Loaded::Restored(Box::new(w)),
        Err(_) => Loaded::Unreadable(raw),
    }
}

/// Read a stored or exported document of any version: check it, migrate it step by step to the
/// current version, then read it strictly (unknown fields are refused) and repair what does not
/// fit together. Used for browser storage and for imported files alike.
pub fn decode(text: &str) -> Result<Walkthrough, ImportError> {
    if text.len() > IMPORT_LIMIT {
        return Err(ImportError::TooLarge);
    }
    let mut doc: serde_json::Value =
        serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
    let version = doc
        .get("schema")
        .and_then(serde_json::Value::as_u64)
        .ok_or(ImportError::NotAnExport)?;
    let version = u32::try_from(version).map_err(|_| ImportError::NotAnExport)?;
    if version == 0 || version > SCHEMA {
        return Err(ImportError::OtherVersion(version));
    }
    if doc.get("walkthrough").is_none() {
        return Err(ImportError::NotAnExport);
    }
    for (from, migrate) in MIGRATIONS {
        if version <= *from {
            migrate(&mut doc);
        }
    }
    doc["schema"] = serde_json::Value::from(SCHEMA);
    let env: Envelope =
        serde_json::from_value(doc).map_err(|e| ImportError::Invalid(german(&e)))?;
    Ok(env.walkthrough.repaired())
}

/// What serde found wrong, in words for the person: the unknown or missing field by name.
fn german(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let name = text.split('`').nth(1).unwrap_or("?");
    if text.starts_with("unknown field") {
        tf(k::STORAGE_ENTHAELT_UNBEKANNTE_FELD, &[("name", name)])
    } else if text.starts_with("missing field") {
        tf(k::STORAGE_FEHLT_FELD, &[("name", name)])
    } else if text.starts_with("unknown variant") {
        tf(k::STORAGE_ENTHAELT_UNBEKANNTEN_WERT, &[("name", name)])
    } else {
        t(k::STORAGE_WERT_HAT_FALSCHE_FORM).into()
    }
}

/// Save the walkthrough; a pristine one (nothing answered) leaves nothing behind.
/// (No read before the write: a failing write says all there is to know, and reading the stored
/// text back would copy it into WebAssembly on every change.)
pub fn save(w: &Walkthrough) -> Result<(), SaveError> {
    let storage = local().ok_or(SaveError::Unavailable)?;
    if w.is_pristine() {
        return storage.remove_item(KEY).map_err(classify);
    }
    let env = EnvelopeRef {
        schema: SCHEMA,
        walkthrough: w,
    };
    let text = serde_json::to_string(&env).map_err(|_| SaveError::Unavailable)?;
    storage.set_item(KEY, &text).map_err(classify)
}

/// Files larger than this are not read: an export of even a large household is a few kilobytes.
pub const IMPORT_LIMIT: usize = 512 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("{}", crate::i18n::t(k::STORAGE_DATEI_GROSS_EXPORT_DATEI))]
    TooLarge,
    #[error("{}", crate::i18n::t(k::STORAGE_DATEI_KEINE_EXPORT_DATEI))]
    NotAnExport,
    #[error("{}", crate::i18n::tf(k::STORAGE_DATEI_STAMMT_ANDEREN_VERSION, &[("version", &.0.to_string())]))]
    OtherVersion(u32),
    #[error("{}", crate::i18n::tf(k::STORAGE_DATEI_PASST_NICHT_ANTRAGSSIMULATOR, &[("grund", &.0.to_string())]))]
    Invalid(String),
}

/// The answers as a file to keep: the same envelope as in storage, readable by `parse_export`.
/// One line of JSON, like the stored copy: printing it indented would bring a second JSON printer
/// into the app for a file nobody needs to read.
pub fn export(w: &Walkthrough) -> String {
    serde_json::to_string(&EnvelopeRef {
        schema: SCHEMA,
        walkthrough: w,
    })
    .unwrap_or_default()
}

/// Read an exported file. Nothing is changed here; the caller asks before replacing answers.
pub fn parse_export(text: &str) -> Result<Walkthrough, ImportError> {
    decode(text)
}

/// Where the chosen language is kept: beside the answers, not inside them, so that an exported
/// file does not carry it; `clear` removes it with them.
pub const LANGUAGE_KEY: &str = "antragssimulator-sprache";

/// The language chosen on this device before, if any.
pub fn load_language() -> Option<crate::i18n::Lang> {
    crate::i18n::Lang::from_code(&local()?.get_item(LANGUAGE_KEY).ok()??)
}

/// Keep the chosen language on this device, German too (it may differ from the Jobcenter's
/// default). A refusal only means the choice is asked again next time.
pub fn save_language(lang: crate::i18n::Lang) {
    if let Some(storage) = local() {
        let _ = storage.set_item(LANGUAGE_KEY, lang.code());
    }
}

/// Remove everything this app stored.
pub fn clear() {
    if available() {
        LocalStorage::delete(KEY);
        LocalStorage::delete(LANGUAGE_KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;
    use crate::domain::personas;

    #[test]
    fn export_and_import_round_trip() {
        let today = Date::new(2026, 11, 25).expect("date");
        let w = personas::by_id("familie-aufstocker")
            .expect("persona")
            .play(today);
        let text = export(&w);
        assert!(text.starts_with("{\"schema\":2,"));
        let back = parse_export(&text).expect("reads its own export");
        assert_eq!(back.antrag, w.antrag);
        assert_eq!(back.current, w.current);
    }

    #[test]
    fn import_rejects_what_is_not_an_export() {
        assert_eq!(parse_export("hallo"), Err(ImportError::NotAnExport));
        assert_eq!(parse_export("{}"), Err(ImportError::NotAnExport));
        assert_eq!(
            parse_export(r#"{"schema": 2, "walkthrough": {"current": "Start"}}"#),
            Err(ImportError::Invalid("Es fehlt das Feld „antrag“".into()))
        );
        assert_eq!(
            parse_export(r#"{"schema": 7, "walkthrough": {}}"#),
            Err(ImportError::OtherVersion(7))
        );
        let huge = format!("{{\"schema\":1,\"x\":\"{}\"}}", "a".repeat(IMPORT_LIMIT));
        assert_eq!(parse_export(&huge), Err(ImportError::TooLarge));
    }
}
