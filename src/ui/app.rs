use super::layout::Layout;
use super::mode::{Mode, UrlFlags};
use super::pages::start::StartPage;
use super::state::{AppState, Jobcenter};
use crate::config::Config;
use crate::domain::flow::Walkthrough;
use crate::domain::step::Step;
use crate::storage::{self, Loaded};
use leptos::prelude::*;
use std::time::Duration;

/// What the app starts from: the walkthrough, a storage problem to tell, whether saving is on,
/// and stored text that could not be read (kept for download).
pub struct Initial {
    walkthrough: Walkthrough,
    problem: Option<String>,
    saving: bool,
    unreadable: Option<String>,
}

impl Initial {
    /// Whether the app opens on the start page (nothing stored, or a walk not begun).
    pub fn on_start_page(&self) -> bool {
        self.walkthrough.current == Step::Start
    }
}

/// Start from what this device has stored, if it can be read. A kiosk starts empty and never
/// touches storage.
pub async fn initial_state(mode: Mode) -> Initial {
    let fresh = Walkthrough::new(super::browser::today());
    let start = |walkthrough, problem: Option<String>, saving, unreadable| Initial {
        walkthrough,
        problem,
        saving,
        unreadable,
    };
    if mode == Mode::Kiosk {
        return start(fresh, None, false, None);
    }
    match storage::load(super::browser::today()).await {
        Loaded::Nothing => start(fresh, None, true, None),
        Loaded::Restored(mut w) => {
            // Ages and the day of application count from the day the person comes back.
            w.today = super::browser::today();
            // A save failed before: say that these are not the latest answers.
            let older = storage::stored_copy_is_older()
                .then(|| crate::i18n::t(crate::i18n::k::STORAGE_KOPIE_AELTER).to_string());
            start(*w, older, true, None)
        }
        Loaded::Unavailable => start(
            fresh,
            Some(storage::SaveError::Unavailable.to_string()),
            false,
            None,
        ),
        Loaded::Unreadable(raw) => start(fresh, None, false, Some(raw)),
    }
}

/// Save every change on this device (and only here), once the change is on screen: the next page
/// is painted first, and a burst of typing is written once. A change not yet written is written
/// at once when the page is hidden or left, so closing the tab loses nothing.
fn save_after_paint(state: AppState) {
    let pending = StoredValue::new(false);
    let write = move || {
        if !pending.try_get_value().unwrap_or(false) {
            return;
        }
        pending.set_value(false);
        if !state.saving.get_untracked() {
            return;
        }
        let problem = state
            .walkthrough
            .with_untracked(storage::save)
            .err()
            .map(|e| e.to_string());
        // Only a different message notifies: an unchanged `None` must not redraw the notices.
        if state.storage_problem.with_untracked(|p| *p != problem) {
            state.storage_problem.set(problem);
        }
    };
    Effect::new(move |first_run: Option<()>| {
        state.walkthrough.track();
        let saving = state.saving.get();
        // The first run sees what was just loaded or started: nothing to write yet.
        if first_run.is_none() || !saving || pending.get_value() {
            return;
        }
        pending.set_value(true);
        // A hidden page paints no frames, hence the second timeout.
        super::browser::after_paint(write);
        set_timeout(write, Duration::from_millis(250));
    });
    // Leaving the page: a text typed into a field and not yet left is taken first (its `change`
    // comes with the blur, in this task), and written with the rest.
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| {
        let answers = |w: &Walkthrough| (w.antrag.clone(), w.pending.clone());
        let before = state.walkthrough.try_with_untracked(answers);
        super::browser::commit_focused_field();
        if state.walkthrough.try_with_untracked(answers) != before {
            pending.set_value(true);
        }
        write();
    });
    let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| write());
    on_cleanup(move || {
        on_hide.remove();
        on_hidden.remove();
    });
}

#[component]
pub fn App(
    /// Puts the app on screen (see `ui::mount`), called once the page is drawn; without it
    /// (component tests), the app is drawn where it is mounted.
    #[prop(optional)]
    reveal: Option<Box<dyn FnOnce()>>,
    /// What storage held, read before (`initial_state`).
    initial: Initial,
) -> impl IntoView {
    let UrlFlags {
        mode,
        rolle,
        sprache,
    } = super::mode::from_location();
    let state = AppState {
        walkthrough: RwSignal::new(initial.walkthrough),
        storage_problem: RwSignal::new(initial.problem),
        saving: RwSignal::new(initial.saving),
        unreadable: RwSignal::new(initial.unreadable),
        other_tab: RwSignal::new(false),
        mode,
        offered_role: rolle,
        config: RwSignal::new(Config::default()),
        config_problem: RwSignal::new(None),
        show_map: RwSignal::new(mode == Mode::Praesentation),
        side_page: RwSignal::new(None),
        lang: RwSignal::new(super::i18n::lang()),
        update_ready: RwSignal::new(false),
        later: super::state::LaterCode::new(&super::split_points::SPLIT_POINTS),
    };
    provide_context(state);
    super::i18n::redraw_when_texts_are_missing(state.lang);
    // Pages take only what they need: the walkthrough, or the Jobcenter's configuration.
    provide_context(state.walk());
    provide_context(Jobcenter(state.config));
    provide_context(super::state::SeenUmfang(RwSignal::new(None)));
    provide_context(state.later);

    // The whole app is drawn in this task, off screen, and goes on screen in its microtasks,
    // before anything is painted: first of them, so that nothing else started here (the
    // effects' first runs, the requests below) runs between the drawing and the page on screen.
    // The service worker is registered in the next task (not after a paint: a tab opened in
    // the background paints nothing, and must still be kept for offline use).
    if let Some(reveal) = reveal {
        leptos::task::spawn_local(async move {
            reveal();
            super::browser::next_task().await;
            super::update::register(state);
        });
    }

    leptos::task::spawn_local(async move {
        // Requested in the next task: the first page is on screen and working first.
        super::browser::next_task().await;
        match super::config_loader::load().await {
            Ok(config) => {
                let lang = config.sprache;
                // Reading the file and redrawing the header with it are two tasks.
                super::browser::next_task().await;
                state.config.set(config);
                // The Jobcenter's language, unless the person has chosen one on this device.
                let chosen =
                    sprache.is_some() || (!state.kiosk() && super::i18n::remembered().is_some());
                if lang != super::i18n::lang() && !chosen {
                    super::language_switch::switch(state, lang, false).await;
                }
            }
            Err(e) => state.config_problem.set(Some(crate::i18n::tf(
                crate::i18n::k::CONFIG_NEUTRAL,
                &[("fehler", &e.to_string())],
            ))),
        }
    });
    if mode == Mode::Praesentation {
        super::presenter::install_shortcuts(state);
    }
    if mode == Mode::Kiosk {
        super::kiosk::install_idle_timer(state);
        super::kiosk::install_tally(state);
    } else {
        super::storage_notices::watch_other_windows(state);
    }

    save_after_paint(state);

    super::routing::sync_hash(state);

    let current = Memo::new(move |_| state.walkthrough.with(|w| w.current));
    // Everything is drawn anew in the chosen language; the answers stay, they are in the
    // walkthrough.
    move || {
        state.lang.track();
        view! {
            <Layout>
                {move || match (state.side_page.get(), current.get()) {
                    (None, Step::Start) => {
                        view! { <StartPage offered_role=state.offered_role /> }.into_any()
                    }
                    (side, step) => state.later.page(side, step),
                }}
            </Layout>
        }
    }
}
