//! The state the components share, provided once by `App` as context: the walkthrough (the only
//! way to change it is `send`), what storage and the configuration have to say, and the few
//! flags of the frame. Below every component: it knows none of them.

use super::i18n::t;
use super::mode::Mode;
use crate::config::Config;
use crate::domain::flow::{Event, Walkthrough};
use crate::domain::rolle::Rolle;
use crate::i18n::k;
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
    /// Apply `event`, now or, the first time, as soon as the state machine's code is here. While
    /// an event waits for the code, another is not taken: the page it would act on has not
    /// changed yet (three clicks on "Simulation starten" meanwhile must not become three steps).
    pub fn send(&self, event: Event) {
        if self.later.waiting() {
            return;
        }
        let now = js_sys::Date::now();
        let (walkthrough, later) = (self.walkthrough, self.later);
        self.later.run(move || {
            walkthrough.try_update(|w| later.apply(w, event, Some(now)));
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

/// The split points of the release WebAssembly (`ui::split_points`), given to [`LaterCode`] by
/// `App`: this module is below every component and names none.
pub struct SplitPoints {
    /// Whether the chunk is here already (`ui::mount` may have fetched it).
    pub arrived: fn() -> bool,
    /// Fetch and instantiate the chunk: false if that failed.
    pub fetch: fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>>,
    /// The rest: `None` only if the chunk is not here.
    pub page: fn(Option<SidePage>, crate::domain::step::Step) -> Option<AnyView>,
    pub map_aside: fn() -> Option<AnyView>,
    pub qr: fn(String) -> Option<AnyView>,
    pub tally: fn(
        &crate::domain::auswertung::Stand,
        &Walkthrough,
    ) -> Option<crate::domain::auswertung::Stand>,
    pub apply: fn(&mut Walkthrough, Event) -> Option<()>,
    pub route: fn(&Walkthrough) -> Option<Vec<crate::domain::step::Step>>,
}

/// Everything the start page does not need: every other page, the presenter's process map, the
/// QR code, the kiosk's tally, and the state machine's steps (`Walkthrough::apply`, the route).
/// In the release build their code is a chunk of the WebAssembly of its own (see
/// `ui::split_points`); it is fetched with the first thing that needs it. Until it is here a page
/// says it is loading (and, should the download fail, says so and offers to try again), and
/// events wait in order; once here, everything runs in the same task as before.
#[derive(Clone, Copy)]
pub struct LaterCode {
    code: RwSignal<Code>,
    points: &'static SplitPoints,
    /// What was asked before the code was here, in the order it was asked.
    waiting: StoredValue<Vec<Box<dyn FnOnce()>>, LocalStorage>,
    /// Whether something waits (tracked, for [`LaterCode::status`]).
    pending: RwSignal<bool>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    Missing,
    Loading,
    Failed,
    Here,
}

impl LaterCode {
    pub fn new(points: &'static SplitPoints) -> Self {
        Self {
            code: RwSignal::new(if (points.arrived)() {
                Code::Here
            } else {
                Code::Missing
            }),
            points,
            waiting: StoredValue::new_local(Vec::new()),
            pending: RwSignal::new(false),
        }
    }

    /// Whether the later code is here (tracked).
    pub fn here(self) -> bool {
        self.code.get() == Code::Here
    }

    /// Do `then` now if the code is here, else as soon as it is (fetching it if need be).
    /// (`try_`: a window listener may outlive the app, as in component tests.)
    pub fn run(self, then: impl FnOnce() + 'static) {
        match self.code.try_get_untracked() {
            Some(Code::Here) => then(),
            Some(_) => {
                self.waiting.try_update_value(|w| w.push(Box::new(then)));
                self.pending.try_set(true);
                self.load();
            }
            None => {}
        }
    }

    fn load(self) {
        let Some(Code::Missing | Code::Failed) = self.code.try_get_untracked() else {
            return;
        };
        let points = self.points;
        self.code.try_set(Code::Loading);
        leptos::task::spawn_local(async move {
            if !(points.fetch)().await {
                self.code.try_set(Code::Failed);
                return;
            }
            self.code.try_set(Code::Here);
            let waiting = self.waiting.try_update_value(std::mem::take);
            self.pending.try_set(false);
            for then in waiting.into_iter().flatten() {
                then();
            }
        });
    }

    /// Whether something the person asked for waits for the code (not tracked).
    pub fn waiting(self) -> bool {
        self.pending.try_get_untracked().unwrap_or(false)
    }

    /// On a page that is here already (the start page): "loading", or "could not be loaded" and
    /// its button, while something the person asked for waits for the code.
    pub fn status(self) -> impl IntoView {
        move || self.pending.get().then(|| self.not_yet())
    }

    /// "Loading", "could not be loaded" and its button, or `None` once the code is here (tracked;
    /// starts the download).
    fn not_yet(self) -> Option<AnyView> {
        match self.code.get() {
            Code::Here => None,
            Code::Failed => Some(self.failed()),
            Code::Missing | Code::Loading => {
                self.load();
                Some(
                    view! { <p class="page-loading" role="status">{t(k::LATER_LAEDT)}</p> }
                        .into_any(),
                )
            }
        }
    }

    fn failed(self) -> AnyView {
        view! {
            <div class="notice notice--warning page-failed" role="alert">
                <p>{t(k::LATER_FEHLER)}</p>
                <button type="button" class="button" on:click=move |_| {
                    self.code.set(Code::Missing);
                    self.load();
                }>{t(k::LATER_NOCHMAL)}</button>
            </div>
        }
        .into_any()
    }

    /// What a split point draws, or what stands in for it until its code is here.
    fn drawn(self, draw: impl FnOnce(&SplitPoints) -> Option<AnyView>) -> AnyView {
        self.not_yet()
            .unwrap_or_else(|| draw(self.points).unwrap_or_else(|| self.failed()))
    }

    /// The page for this side page, or this step of the walkthrough (never the start page).
    pub fn page(self, side: Option<SidePage>, step: crate::domain::step::Step) -> AnyView {
        self.drawn(|p| (p.page)(side, step))
    }

    /// The presenter's process map beside the page.
    pub fn map_aside(self) -> AnyView {
        self.drawn(|p| (p.map_aside)())
    }

    /// The QR code of `url` (`ui::qr`).
    pub fn qr(self, url: String) -> AnyView {
        self.drawn(|p| (p.qr)(url))
    }

    /// The kiosk's tally after a change of the walkthrough (`ui::kiosk`): the new standing, or
    /// `None` while the code is not here (nothing has happened then that the tally counts).
    pub fn tally(
        self,
        before: &crate::domain::auswertung::Stand,
        w: &Walkthrough,
    ) -> Option<crate::domain::auswertung::Stand> {
        if self.code.try_get_untracked() != Some(Code::Here) {
            return None;
        }
        (self.points.tally)(before, w)
    }

    /// Apply `event` to the walkthrough, and note when a person's event happened (`stamp`, ms).
    /// Only once the code is here: call through [`LaterCode::run`].
    pub fn apply(self, w: &mut Walkthrough, event: Event, stamp: Option<f64>) {
        let applied = (self.points.apply)(w, event);
        if let (Some(()), Some(ms)) = (applied, stamp) {
            w.stamp(ms);
        }
    }

    /// The steps of the route the answers give. Only once the code is here (see `apply`).
    pub fn route(self, w: &Walkthrough) -> Vec<crate::domain::step::Step> {
        (self.points.route)(w).unwrap_or_default()
    }
}
