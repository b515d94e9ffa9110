//! Each step has its own URL hash (#/personalien), so that the browser's Back and Forward buttons
//! and reloading work. The hash follows the walkthrough; a hash the person navigates to becomes a
//! `GoTo`, which the walkthrough accepts only for steps already reached.

use super::state::{AppState, LaterCode, SidePage};
use crate::domain::flow::{Event, Walkthrough};
use crate::domain::step::{Step, AFTER_SUBMISSION};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

fn hash_of(step: Step) -> String {
    format!("#/{}", step.slug())
}

/// The step a hash names, among the steps this walkthrough can show.
fn step_for(hash: &str, w: &Walkthrough, later: LaterCode) -> Option<Step> {
    let slug = hash.trim_start_matches('#').trim_start_matches('/');
    let mut candidates = later.route(w);
    candidates.push(Step::Start);
    candidates.extend(AFTER_SUBMISSION);
    candidates.into_iter().find(|s| s.slug() == slug)
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

fn history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

/// Change the URL without the cost of a fragment navigation (no scroll to an anchor, no
/// `hashchange` echo): a new history entry, or the current one replaced.
fn set_url(hash: &str, new_entry: bool) {
    if let Some(h) = history() {
        let _ = if new_entry {
            h.push_state_with_url(&JsValue::NULL, "", Some(hash))
        } else {
            h.replace_state_with_url(&JsValue::NULL, "", Some(hash))
        };
    }
}

impl SidePage {
    pub fn from_hash(hash: &str) -> Option<SidePage> {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            None if path == "ablauf" => Some(SidePage::Ablauf),
            None if path == "begriffe" => Some(SidePage::Begriffe(None)),
            None if path == "datenschutz" => Some(SidePage::Datenschutz),
            None if path == "vergleich" => Some(SidePage::Vergleich),
            None if path == "lohn" => Some(SidePage::Lohn),
            None if path == "auswertung" => Some(SidePage::Auswertung),
            Some(("begriffe", id)) => Some(SidePage::Begriffe(
                crate::domain::glossary::by_id(id).map(|b| b.id),
            )),
            _ => None,
        }
    }
}

/// Leave a page outside the walkthrough for the step the person was on (a new history entry, so
/// that Back returns to the page left).
pub fn back_to_walkthrough(state: AppState) {
    state.side_page.set(None);
    let step = state.walkthrough.with_untracked(|w| w.current);
    if let Some(loc) = location() {
        let _ = loc.set_hash(&hash_of(step));
    }
}

/// The URL of a term on the glossary page.
pub fn term_href(id: &str) -> String {
    format!("#/begriffe/{id}")
}

/// Make the URL name the step shown (unless a page outside the walkthrough is open).
fn url_follows(state: AppState) {
    let Some(step) = state.walkthrough.try_with_untracked(|w| w.current) else {
        return;
    };
    if state
        .side_page
        .try_with_untracked(Option::is_some)
        .unwrap_or(true)
    {
        return;
    }
    let Some(hash) = location().and_then(|l| l.hash().ok()) else {
        return;
    };
    let wanted = hash_of(step);
    // The start page keeps the bare address it was opened with.
    if hash != wanted && !(step == Step::Start && hash.is_empty()) {
        // A shared kiosk keeps one history entry: the next visitor's Back leads nowhere.
        set_url(&wanted, state.mode != super::mode::Mode::Kiosk);
    }
}

pub fn sync_hash(state: AppState) {
    if let Some(page) = location()
        .and_then(|l| l.hash().ok())
        .and_then(|h| SidePage::from_hash(&h))
    {
        state.side_page.set(Some(page));
    }
    // Walkthrough → URL: a new history entry per step change, written once the new page is
    // painted (updating session history costs milliseconds the person would otherwise wait).
    Effect::new(move |_| {
        state.walkthrough.with(|w| w.current);
        super::browser::after_paint(move || url_follows(state));
    });

    // URL → walkthrough: Back, Forward, or a hash typed by hand. Going back between entries made
    // by `pushState` fires `popstate` (and, in most browsers, `hashchange` too); a hash typed by
    // hand fires both. Handling it twice is harmless: the second time the step is already shown.
    let on_hash_change = move |_: web_sys::Event| {
        let Some(hash) = location().and_then(|l| l.hash().ok()) else {
            return;
        };
        // An anchor within the page ("#inhalt") is not a step's address.
        if !hash.is_empty() && !hash.starts_with("#/") {
            return;
        }
        super::browser::commit_focused_field();
        let side = SidePage::from_hash(&hash);
        state.side_page.try_set(side);
        if side.is_some() {
            return;
        }
        // The route is the state machine's: at once, or once its code is here.
        state.later.run(move || follow_step(state, &hash));
    };
    let on_hash = window_event_listener_untyped("hashchange", on_hash_change);
    let on_pop = window_event_listener_untyped("popstate", on_hash_change);
    on_cleanup(move || {
        on_hash.remove();
        on_pop.remove();
    });
}

/// Show the step `hash` names, if the walkthrough can (else make the URL name the step shown).
fn follow_step(state: AppState, hash: &str) {
    // `try_` because the listener outlives an app that is unmounted (as in component tests).
    let Some(target) = state
        .walkthrough
        .try_with_untracked(|w| step_for(hash, w, state.later).unwrap_or(Step::Start))
    else {
        return;
    };
    // The URL echoing a step change names the step already shown: nothing to do, and no
    // second round of every effect for an event that changes nothing.
    let shown = state.walkthrough.try_with_untracked(|w| w.current);
    if shown != Some(target) {
        state
            .walkthrough
            .try_update(|w| state.later.apply(w, Event::GoTo(target), None));
    }
    // A step that cannot be shown (not reached yet, or after submission): show the URL of
    // the step that is shown instead, without a new history entry.
    let Some(shown) = state.walkthrough.try_with_untracked(|w| w.current) else {
        return;
    };
    if shown != target {
        set_url(&hash_of(shown), false);
    }
}
