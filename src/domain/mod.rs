//! The domain core: plain Rust, no browser crates (a test checks this), tested natively.
//!
//! An application is a `Walkthrough` (flow.rs) over an `Antrag` (antrag.rs). The answers are
//! typed; what the person typed but could not be read is kept beside them, as typed. Everything
//! else — the route of steps, progress, the forms to fill in (forms.rs), the questions of a page
//! (questions.rs) and their validation (validate.rs) — is derived from the answers on demand.

pub mod antrag;
pub mod auswertung;
pub mod bescheid;
pub mod checklist;
pub mod choices;
pub mod date;
pub mod flow;
pub mod form_progress;
pub mod forms;
pub mod glossary;
pub mod intake;
pub mod money;
pub mod netto;
pub mod personas;
pub mod process_map;
pub mod questions;
pub mod report;
pub mod rolle;
pub mod rules;
pub mod step;
pub mod validate;
pub mod verfahren;
pub mod vergleich;
pub mod was_bleibt;
