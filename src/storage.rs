//! The only code that touches browser storage. The walkthrough is kept in localStorage under one
//! key, as JSON with a schema version, so that a reload resumes where the person was. Nothing is
//! ever sent anywhere.
//!
//! Storage can fail in many ways (disabled, private mode, full, corrupted by hand or by an old
//! version). None of them may stop the app: it then keeps working in memory and says so. Every
//! call goes through web-sys, whose storage methods hand the browser's refusal back as an error
//! value: a JavaScript exception must never unwind through an event handler (gloo-storage's
//! `LocalStorage::delete` turned a refused `removeItem` into a crash of the page).

use crate::domain::date::Date;
use crate::domain::flow::Walkthrough;
use crate::domain::intake;
use crate::i18n::{k, t, tf};
use serde::{Deserialize, Serialize};

pub const KEY: &str = "antragssimulator";
/// Version of the stored envelope; bumped with every change to what is stored, each bump with a
/// migration in `MIGRATIONS` and a fixture of the old format under tests/fixtures/.
///
/// - 1: the walkthrough (answers, step, reached steps, pending text, submission).
/// - 2: adds the pages after submission (Bescheid, Nachweise, Bericht), ticked documents, the
///   role being played and the journal for the experience report.
/// - 3: ticked documents are named by their stable id ("kontoauszuege/partner") instead of their
///   place in the checklist, which moved every tick when a version added a document.
pub const SCHEMA: u32 = 3;

/// A migration turns a stored document of one version into the next.
type Migration = fn(&mut serde_json::Value);

/// Each entry turns a document of version `from` into one of `from + 1`.
const MIGRATIONS: &[(u32, Migration)] = &[(1, v1_to_v2), (2, v2_to_v3)];

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

/// Ticks by place become ticks by id: the places are those of the checklist of version 2, which is
/// the checklist of the submitted answers as computed today (no version between changed it). A
/// place outside the list is dropped; a submission that cannot be read is left for the strict
/// reading to refuse.
fn v2_to_v3(doc: &mut serde_json::Value) {
    use crate::domain::{antrag::Antrag, checklist::checklist, date::Date};
    use serde_json::Value;
    let Some(s) = doc
        .pointer_mut("/walkthrough/submission")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    let antrag = s
        .get("antrag")
        .cloned()
        .map(serde_json::from_value::<Antrag>);
    let eingang = s
        .get("eingang")
        .cloned()
        .map(serde_json::from_value::<Date>);
    let (Some(Ok(antrag)), Some(Ok(eingang))) = (antrag, eingang) else {
        return;
    };
    let list = checklist(&antrag, eingang);
    let ids: Vec<Value> = s
        .get("nachweise_vorhanden")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_u64)
        .filter_map(|i| list.get(usize::try_from(i).ok()?))
        .map(|n| Value::from(n.id.clone()))
        .collect();
    s.insert("nachweise_vorhanden".into(), Value::Array(ids));
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
    #[error("{}", crate::i18n::t(k::STORAGE_ZU_UMFANGREICH))]
    TooLarge,
    /// The answers were deleted from memory, but the stored copy could not be removed.
    #[error("{}", crate::i18n::t(k::DATA_DELETE_FAILED))]
    NotDeleted,
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

/// The raw text stored under the app's key, if storage can be read at all.
pub fn raw() -> Option<String> {
    local().and_then(|s| s.get_item(KEY).ok().flatten())
}

/// Set when a save failed, removed by the next one that succeeds: the stored copy is then older
/// than what the person last saw, and the next start says so. Kept in localStorage (a small item
/// often still fits when a large one does not) and, for a storage that is full to the byte, in
/// sessionStorage, which has its own quota and survives a reload.
const OLDER_KEY: &str = "antragssimulator-aelter";

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

thread_local! {
    /// Whether a marker may be set, so that a save that succeeds as usual costs no extra calls.
    /// Unknown at start (a marker may be left from before), hence `true`.
    static MARKED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

fn mark_older(older: bool) {
    if !older && !MARKED.get() {
        return;
    }
    MARKED.set(older);
    for storage in [local(), session()].into_iter().flatten() {
        let _ = if older {
            storage.set_item(OLDER_KEY, "1")
        } else {
            storage.remove_item(OLDER_KEY)
        };
    }
}

/// Whether the stored copy misses changes because saving them failed.
pub fn stored_copy_is_older() -> bool {
    [local(), session()]
        .into_iter()
        .flatten()
        .any(|s| s.get_item(OLDER_KEY).ok().flatten().is_some())
}

/// What is stored, read on `today`.
pub async fn load(today: Date) -> Loaded {
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
    match decode_later(raw.clone(), today).await {
        Ok(w) => Loaded::Restored(Box::new(w)),
        Err(_) => Loaded::Unreadable(raw),
    }
}

/// [`decode`], for the app. In the release build its code (the strict reader of every field, the
/// migrations, the checks) is a chunk of the WebAssembly of its own (see build.rs), loaded only
/// when there is something to read: a first visit never downloads it.
#[cfg(wasm_split)]
#[leptos::lazy]
fn decode_later(text: String, today: Date) -> Result<Walkthrough, ImportError> {
    decode(&text, today)
}

#[cfg(not(wasm_split))]
async fn decode_later(text: String, today: Date) -> Result<Walkthrough, ImportError> {
    decode(&text, today)
}

/// Read a stored or exported document of any version, on `today`: check it, migrate it step by
/// step to the current version, read it strictly (unknown fields and keys given twice are
/// refused), check every value as if it were typed (`domain::intake`), and land on a page that
/// can be shown. Used for browser storage and for imported files alike.
pub fn decode(text: &str, today: Date) -> Result<Walkthrough, ImportError> {
    if text.len() > IMPORT_LIMIT {
        return Err(ImportError::TooLarge);
    }
    if let Some(key) = duplicate_key(text)? {
        return Err(ImportError::Invalid(tf(
            k::STORAGE_DOPPELTES_FELD,
            &[("name", &key)],
        )));
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
    intake::check(&env.walkthrough, today)
        .map_err(|e| ImportError::Invalid(e.text().render(crate::i18n::current())))?;
    Ok(env.walkthrough.repaired())
}

/// The first key that stands twice in one JSON object, if any: serde_json would silently keep the
/// last one, and a file that says two things about one field is not what the app wrote.
fn duplicate_key(text: &str) -> Result<Option<String>, ImportError> {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::collections::BTreeSet;

    struct Scan<'a>(&'a mut Option<String>);

    impl<'de> DeserializeSeed<'de> for Scan<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for Scan<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq.next_element_seed(Scan(&mut *self.0))?.is_some() {}
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut keys = BTreeSet::new();
            while let Some(key) = map.next_key::<String>()? {
                if !keys.insert(key.clone()) && self.0.is_none() {
                    *self.0 = Some(key);
                }
                map.next_value_seed(Scan(&mut *self.0))?;
            }
            Ok(())
        }
    }

    let mut found = None;
    let mut reader = serde_json::Deserializer::from_str(text);
    Scan(&mut found)
        .deserialize(&mut reader)
        .and_then(|()| reader.end())
        .map_err(|_| ImportError::NotAnExport)?;
    Ok(found)
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
/// A copy larger than `IMPORT_LIMIT` is not written, since it could not be read back.
pub fn save(w: &Walkthrough) -> Result<(), SaveError> {
    let result = write(w);
    mark_older(result.is_err());
    result
}

fn write(w: &Walkthrough) -> Result<(), SaveError> {
    let storage = local().ok_or(SaveError::Unavailable)?;
    // Nothing answered (after "Alle Daten löschen", or before the first answer): the copy goes.
    if w.is_pristine() {
        return storage.remove_item(KEY).map_err(|_| SaveError::NotDeleted);
    }
    let env = EnvelopeRef {
        schema: SCHEMA,
        walkthrough: w,
    };
    let text = serde_json::to_string(&env).map_err(|_| SaveError::Unavailable)?;
    if text.len() > IMPORT_LIMIT {
        return Err(SaveError::TooLarge);
    }
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

/// Read an exported file on `today`. Nothing is changed here; the caller asks before replacing
/// answers.
pub async fn parse_export(text: String, today: Date) -> Result<Walkthrough, ImportError> {
    decode_later(text, today).await
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

/// Where a kiosk keeps its anonymous tally of walks (`domain::auswertung`): apart from the
/// answers, which a kiosk never stores, so that wiping a walk leaves the tally.
pub const TALLY_KEY: &str = "antragssimulator-auswertung";

/// The tally kept on this device; an empty one if there is none or it cannot be read (a tally
/// is counts only: starting again from zero loses nothing a person entered).
pub fn load_tally() -> crate::domain::auswertung::Auswertung {
    local()
        .and_then(|s| s.get_item(TALLY_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keep the tally; a refusal only means this walk is not counted.
pub fn save_tally(tally: &crate::domain::auswertung::Auswertung) {
    if let (Some(storage), Ok(text)) = (local(), serde_json::to_string(tally)) {
        let _ = storage.set_item(TALLY_KEY, &text);
    }
}

/// Delete the tally (the trainer's button).
pub fn clear_tally() -> Result<(), SaveError> {
    match local() {
        Some(storage) => storage
            .remove_item(TALLY_KEY)
            .map_err(|_| SaveError::NotDeleted),
        None => Ok(()),
    }
}

/// Remove everything this app stored. Every key is tried even if one refuses; the error says
/// that something of the app may still be stored. Without any storage there is nothing to
/// remove. (A kiosk never calls this between walks: its tally stays until the trainer deletes
/// it, or someone deletes all data on this device outside the kiosk.)
pub fn clear() -> Result<(), SaveError> {
    let Some(storage) = local() else {
        return Ok(());
    };
    let answers = storage.remove_item(KEY);
    let language = storage.remove_item(LANGUAGE_KEY);
    let tally = storage.remove_item(TALLY_KEY);
    mark_older(false);
    answers
        .and(language)
        .and(tally)
        .map_err(|_| SaveError::NotDeleted)
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
        assert!(text.starts_with("{\"schema\":3,"));
        let back = decode(&text, today).expect("reads its own export");
        assert_eq!(back.antrag, w.antrag);
        assert_eq!(back.current, w.current);
    }

    #[test]
    fn import_rejects_what_is_not_an_export() {
        let today = Date::new(2026, 11, 25).expect("date");
        let read = |text: &str| decode(text, today);
        assert_eq!(read("hallo"), Err(ImportError::NotAnExport));
        assert_eq!(read("{}"), Err(ImportError::NotAnExport));
        assert_eq!(
            read(r#"{"schema": 2, "walkthrough": {"current": "Start"}}"#),
            Err(ImportError::Invalid("Es fehlt das Feld „antrag“".into()))
        );
        assert_eq!(
            read(r#"{"schema": 7, "walkthrough": {}}"#),
            Err(ImportError::OtherVersion(7))
        );
        let huge = format!("{{\"schema\":1,\"x\":\"{}\"}}", "a".repeat(IMPORT_LIMIT));
        assert_eq!(read(&huge), Err(ImportError::TooLarge));
        assert_eq!(
            read(r#"{"schema": 99, "schema": 3, "walkthrough": {}}"#),
            Err(ImportError::Invalid(
                "Sie enthält das Feld „schema“ mehrmals".into()
            ))
        );
    }
}
