//! The state the components share, provided once by `App` as context: the walkthrough (the only
//! way to change it is `send`), what storage and the configuration have to say, and the few
//! flags of the frame. Below every component: it knows none of them.

use super::mode::Mode;
use super::pages::later::LaterCode;
use crate::config::Config;
use crate::domain::flow::{Event, Walkthrough};
use crate::domain::rolle::Rolle;
use crate::storage;
use leptos::prelude::*;

/// The state the components share: the walkthrough, and what storage has to say.
#[derive(Clone, Copy)]
pub struct AppState {
    pub walkthrough: RwSignal<Walkthrough>,
    /// A problem with browser storage, in words for the person; `None` while all is well.
    pub storage_problem: RwSignal<Option<String>>,
    /// Saving is paused while unreadable stored data waits for the person's decision, and
    /// always off in kiosk mode.
    pub saving: RwSignal<bool>,
    pub mode: Mode,
    /// A role offered by the address (QR hand-over), before it is chosen.
    pub offered_role: Option<Rolle>,
    /// The Jobcenter's config.json, or neutral defaults.
    pub config: RwSignal<Config>,
    /// Why the config.json could not be used, in words for the person.
    pub config_problem: RwSignal<Option<String>>,
    /// Stored text that could not be read: kept untouched until the person downloads or drops it.
    pub unreadable: RwSignal<Option<String>>,
    /// Another window changed the stored answers; saving waits for the person's choice.
    pub other_tab: RwSignal<bool>,
    /// The process map is shown (beside the form in presenter mode, or as its own page).
    pub show_map: RwSignal<bool>,
    /// A page outside the walkthrough (the process map, the glossary), or `None` for the step.
    pub side_page: RwSignal<Option<SidePage>>,
    /// The language the pages are drawn in; changing it draws them anew.
    pub lang: RwSignal<crate::i18n::Lang>,
    /// A new version of the app is installed and waits to take over (see `update`).
    pub update_ready: RwSignal<bool>,
    /// The code of everything but the start page, the state machine's steps included.
    pub later: LaterCode,
}

/// The size of the application (pages, forms) when it was last shown, so a page can say what an
/// answer added to it.
#[derive(Clone, Copy)]
pub struct SeenUmfang(pub RwSignal<Option<crate::domain::form_progress::Umfang>>);

/// What a page needs of the state: the walkthrough and the one way to change it. Provided beside
/// `AppState`, so that a page takes this and nothing of the frame around it.
#[derive(Clone, Copy)]
pub struct Walk {
    pub walkthrough: RwSignal<Walkthrough>,
    later: LaterCode,
}

impl Walk {
    /// Apply `event`, now or, the first time, as soon as the state machine's code is here.
    pub fn send(&self, event: Event) {
        let now = js_sys::Date::now();
        let walkthrough = self.walkthrough;
        self.later.run(move || {
            walkthrough.try_update(|w| super::pages::later::apply(w, event, Some(now)));
        });
    }
}

/// The Jobcenter's configuration, for the pages that show its name, limits or Rechtsstand.
#[derive(Clone, Copy)]
pub struct Jobcenter(pub RwSignal<Config>);

impl AppState {
    /// The narrow contexts the pages take (see `App`).
    pub fn walk(&self) -> Walk {
        Walk {
            walkthrough: self.walkthrough,
            later: self.later,
        }
    }

    pub fn send(&self, event: Event) {
        self.walk().send(event);
    }

    pub fn kiosk(&self) -> bool {
        self.mode == Mode::Kiosk
    }

    /// Forget everything: storage and memory. The answers leave the screen even when the browser
    /// refuses to remove the stored copy; the storage notice then says so, and saving stays on,
    /// so the next save (of nothing, or of new answers) replaces that copy.
    pub fn delete_all(&self) {
        // An answer being typed is taken now, so that the reset below wipes it too.
        super::browser::commit_focused_field();
        let removed = if self.mode == Mode::Kiosk {
            Ok(())
        } else {
            storage::clear()
        };
        // A refusal is told at the top (with the export) wherever the deletion was asked for;
        // the save after the reset tries the removal once more and says what came of it.
        self.storage_problem
            .set(removed.as_ref().err().map(ToString::to_string));
        self.unreadable.set(None);
        self.other_tab.set(false);
        self.saving.set(self.mode != Mode::Kiosk);
        self.send(Event::Reset);
    }
}

/// Pages outside the walkthrough, each with its own URL, so they are not steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidePage {
    /// The process map (#/ablauf).
    Ablauf,
    /// The glossary (#/begriffe), opened at a term (#/begriffe/regelbedarf) or at the top.
    Begriffe(Option<&'static str>),
    /// What this simulation stores, where, for how long, and how to delete it (#/datenschutz).
    Datenschutz,
    /// The submitted household's Bescheid under every Rechtsstand (#/vergleich).
    Vergleich,
    /// "Was bleibt vom Lohn?" for the submitted household (#/lohn).
    Lohn,
    /// The kiosk's anonymous tally, for trainers (#/auswertung; linked from the presenter's help).
    Auswertung,
}
