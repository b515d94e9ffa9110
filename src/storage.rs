//! The only code that touches browser storage. The walkthrough is kept in localStorage under one
//! key, as JSON with a schema version, so that a reload resumes where the person was. Nothing is
//! ever sent anywhere.
//!
//! Storage can fail in many ways (disabled, private mode, full, corrupted by hand or by an old
//! version). None of them may stop the app: it then keeps working in memory and says so.
//! gloo-storage's `LocalStorage::raw()` throws when storage is unavailable, so availability is
//! probed through web-sys first and gloo is used only once it is known to work.

use crate::domain::flow::Walkthrough;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

pub const KEY: &str = "antragssimulator";
/// Version of the stored envelope; bumped with every change to what is stored.
pub const SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
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
    #[error("Ihre Angaben können auf diesem Gerät nicht gespeichert werden (der Browser erlaubt keinen Speicher). Die Simulation läuft weiter; nach dem Schließen des Fensters sind die Angaben weg.")]
    Unavailable,
    #[error("Der Speicher dieses Browsers ist voll. Ihre letzten Angaben sind nicht gespeichert; die Simulation läuft weiter.")]
    Full,
}

fn available() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    // A write probe: some browsers expose storage but refuse every write.
    let probe = "antragssimulator-probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    ok
}

pub fn load() -> Loaded {
    if !available() {
        return Loaded::Unavailable;
    }
    let raw = match LocalStorage::raw().get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::Unavailable,
    };
    match serde_json::from_str::<Envelope>(&raw) {
        Ok(env) if env.schema == SCHEMA => Loaded::Restored(Box::new(env.walkthrough)),
        _ => Loaded::Unreadable(raw),
    }
}

/// Save the walkthrough; a pristine one (nothing answered) leaves nothing behind.
pub fn save(w: &Walkthrough) -> Result<(), SaveError> {
    if !available() {
        return Err(SaveError::Unavailable);
    }
    if w.is_pristine() {
        LocalStorage::delete(KEY);
        return Ok(());
    }
    let env = EnvelopeRef {
        schema: SCHEMA,
        walkthrough: w,
    };
    LocalStorage::set(KEY, env).map_err(|_| SaveError::Full)
}

/// Files larger than this are not read: an export of even a large household is a few kilobytes.
pub const IMPORT_LIMIT: usize = 512 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("Die Datei ist zu groß. Eine Export-Datei des Antragssimulators ist nur wenige Kilobyte groß.")]
    TooLarge,
    #[error("Die Datei ist keine Export-Datei des Antragssimulators. Wählen Sie die Datei, die Sie mit „Angaben exportieren“ gespeichert haben.")]
    NotAnExport,
    #[error("Die Datei stammt aus einer anderen Version des Antragssimulators (Version {0}) und kann nicht gelesen werden.")]
    OtherVersion(u32),
}

/// The answers as a file to keep: the same envelope as in storage, readable by `parse_export`.
pub fn export(w: &Walkthrough) -> String {
    serde_json::to_string_pretty(&EnvelopeRef {
        schema: SCHEMA,
        walkthrough: w,
    })
    .unwrap_or_default()
}

/// Read an exported file. Nothing is changed here; the caller asks before replacing answers.
pub fn parse_export(text: &str) -> Result<Walkthrough, ImportError> {
    if text.len() > IMPORT_LIMIT {
        return Err(ImportError::TooLarge);
    }
    #[derive(Deserialize)]
    struct Version {
        schema: u32,
    }
    let version: Version = serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
    if version.schema != SCHEMA {
        return Err(ImportError::OtherVersion(version.schema));
    }
    serde_json::from_str::<Envelope>(text)
        .map(|env| env.walkthrough)
        .map_err(|_| ImportError::NotAnExport)
}

/// Remove everything this app stored.
pub fn clear() {
    if available() {
        LocalStorage::delete(KEY);
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
        assert!(text.contains("\"schema\": 1"));
        let back = parse_export(&text).expect("reads its own export");
        assert_eq!(back.antrag, w.antrag);
        assert_eq!(back.current, w.current);
    }

    #[test]
    fn import_rejects_what_is_not_an_export() {
        assert_eq!(parse_export("hallo"), Err(ImportError::NotAnExport));
        assert_eq!(parse_export("{}"), Err(ImportError::NotAnExport));
        assert_eq!(
            parse_export(r#"{"schema": 1, "walkthrough": {"current": "Start"}}"#),
            Err(ImportError::NotAnExport)
        );
        assert_eq!(
            parse_export(r#"{"schema": 7, "walkthrough": {}}"#),
            Err(ImportError::OtherVersion(7))
        );
        let huge = format!("{{\"schema\":1,\"x\":\"{}\"}}", "a".repeat(IMPORT_LIMIT));
        assert_eq!(parse_export(&huge), Err(ImportError::TooLarge));
    }
}
