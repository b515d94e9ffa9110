use super::layout::Layout;
use super::pages::start::StartPage;
use crate::domain::flow::{Event, Step, Walkthrough};
use crate::storage::{self, Loaded};
use leptos::prelude::*;

/// The state the components share: the walkthrough, and what storage has to say.
#[derive(Clone, Copy)]
pub struct AppState {
    pub walkthrough: RwSignal<Walkthrough>,
    /// A problem with browser storage, in words for the person; `None` while all is well.
    pub storage_problem: RwSignal<Option<String>>,
    /// Saving is paused while unreadable stored data waits for the person's decision.
    pub saving: RwSignal<bool>,
}

impl AppState {
    pub fn send(&self, event: Event) {
        self.walkthrough.update(|w| w.apply(event));
    }

    /// Forget everything: storage and memory.
    pub fn delete_all(&self) {
        storage::clear();
        self.saving.set(true);
        self.storage_problem.set(None);
        self.send(Event::Reset);
    }
}

/// Start from what this device has stored, if it can be read.
fn initial_state() -> (Walkthrough, Option<String>, bool) {
    let fresh = Walkthrough::new(super::today());
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
    let (initial, problem, saving) = initial_state();
    let state = AppState {
        walkthrough: RwSignal::new(initial),
        storage_problem: RwSignal::new(problem),
        saving: RwSignal::new(saving),
    };
    provide_context(state);

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
            {move || match current.get() {
                Step::Start => view! { <StartPage /> }.into_any(),
                step => view! { <super::pages::step::StepPage step /> }.into_any(),
            }}
        </Layout>
    }
}
