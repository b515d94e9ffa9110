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

/// Remove everything this app stored.
pub fn clear() {
    if available() {
        LocalStorage::delete(KEY);
    }
}
