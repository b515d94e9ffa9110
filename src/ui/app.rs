use super::layout::Layout;
use super::mode::{Mode, UrlFlags};
use super::pages::start::StartPage;
use crate::config::Config;
use crate::domain::flow::{Event, Step, Walkthrough};
use crate::storage::{self, Loaded};
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
    pub offered_role: Option<&'static str>,
    /// The Jobcenter's config.json, or neutral defaults.
    pub config: RwSignal<Config>,
    /// Why the config.json could not be used, in words for the person.
    pub config_problem: RwSignal<Option<String>>,
    /// The process map is shown (beside the form in presenter mode, or as its own page).
    pub show_map: RwSignal<bool>,
    pub map_page: RwSignal<bool>,
}

impl AppState {
    pub fn send(&self, event: Event) {
        let now = js_sys::Date::now();
        self.walkthrough.update(|w| {
            w.apply(event);
            w.stamp(now);
        });
    }

    pub fn kiosk(&self) -> bool {
        self.mode == Mode::Kiosk
    }

    /// Forget everything: storage and memory.
    pub fn delete_all(&self) {
        if self.mode != Mode::Kiosk {
            storage::clear();
        }
        self.storage_problem.set(None);
        self.saving.set(self.mode != Mode::Kiosk);
        self.send(Event::Reset);
    }
}

/// Start from what this device has stored, if it can be read. A kiosk starts empty and never
/// touches storage.
fn initial_state(mode: Mode) -> (Walkthrough, Option<String>, bool) {
    let fresh = Walkthrough::new(super::today());
    if mode == Mode::Kiosk {
        return (fresh, None, false);
    }
    match storage::load() {
        Loaded::Nothing => (fresh, None, true),
        Loaded::Restored(mut w) => {
            // Ages and the day of application count from the day the person comes back.
            w.today = super::today();
            (*w, None, true)
        }
        Loaded::Unavailable => (
            fresh,
            Some(storage::SaveError::Unavailable.to_string()),
            false,
        ),
        Loaded::Unreadable(_) => (
            fresh,
            Some("Auf diesem Gerät sind Angaben gespeichert, die nicht gelesen werden können. Sie bleiben unverändert, bis Sie „Alle Daten löschen“ wählen; bis dahin wird nichts gespeichert.".into()),
            false,
        ),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let UrlFlags { mode, rolle } = super::mode::from_location();
    let (initial, problem, saving) = initial_state(mode);
    let state = AppState {
        walkthrough: RwSignal::new(initial),
        storage_problem: RwSignal::new(problem),
        saving: RwSignal::new(saving),
        mode,
        offered_role: rolle
            .and_then(|id| crate::domain::personas::by_id(&id))
            .map(|p| p.id),
        config: RwSignal::new(Config::default()),
        config_problem: RwSignal::new(None),
        show_map: RwSignal::new(mode == Mode::Praesentation),
        map_page: RwSignal::new(false),
    };
    provide_context(state);

    leptos::task::spawn_local(async move {
        match super::config_loader::load().await {
            Ok(config) => state.config.set(config),
            Err(e) => state.config_problem.set(Some(format!(
                "{e} Es gelten neutrale Voreinstellungen (kein Jobcenter benannt, tatsächliche Wohnkosten)."
            ))),
        }
    });
    if mode == Mode::Praesentation {
        super::presenter::install_shortcuts(state);
    }
    if mode == Mode::Kiosk {
        super::kiosk::install_idle_timer(state);
    }

    // Save every change on this device (and only here).
    Effect::new(move |_| {
        let result = state.walkthrough.with(|w| {
            if state.saving.get() {
                Some(storage::save(w))
            } else {
                None
            }
        });
        match result {
            Some(Ok(())) => state.storage_problem.set(None),
            Some(Err(e)) => state.storage_problem.set(Some(e.to_string())),
            None => {}
        }
    });

    super::routing::sync_hash(state);

    let current = Memo::new(move |_| state.walkthrough.with(|w| w.current));
    view! {
        <Layout>
            {move || match (state.map_page.get(), current.get()) {
                (true, _) => view! { <super::pages::map::MapPage /> }.into_any(),
                (false, Step::Start) => view! { <StartPage /> }.into_any(),
                (false, step) => view! { <super::pages::step::StepPage step /> }.into_any(),
            }}
        </Layout>
    }
}
