//! Everything the start page does not need: every other page, the presenter's process map, the
//! QR code, the kiosk's tally, and the state machine's steps (`Walkthrough::apply`, the route).
//! In the release build their code is a chunk of the WebAssembly of its own (build.rs sets
//! `wasm_split`; scripts/split_wasm.py cuts it out after the build): the start page needs only
//! the first module. The service worker keeps
//! the chunk with the app's other files, so after the first visit it comes from the device, never
//! the network.
//!
//! The chunk is fetched with the first thing that needs it: the first event (the start button,
//! a role), a page other than the start page, the presenter's map. Until it is here a page says it
//! is loading (and, should the download fail, says so and offers to try again), and events wait
//! in order; once here, everything runs in the same task as before: a split point's future is
//! ready at its first poll.

use super::super::i18n::t;
use crate::domain::auswertung::Stand;
use crate::domain::flow::{Event, Walkthrough};
use crate::domain::step::Step;
use crate::i18n::k;
use crate::ui::state::SidePage;
use leptos::prelude::*;
use std::future::Future;

/// Where the later code stands, and what waits for it. Created once by `App` (see `AppState`).
#[derive(Clone, Copy)]
pub struct LaterCode {
    code: RwSignal<Code>,
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

thread_local! {
    /// The chunk has arrived (it stays for the page's life).
    static ARRIVED: std::cell::Cell<bool> = const { std::cell::Cell::new(!cfg!(wasm_split)) };
}

/// Fetch and instantiate the chunk (once; at once if it is here): false if that failed, and a
/// later call tries again. `ui::mount` calls it before the app when the first page needs it.
pub async fn fetch() -> bool {
    if ARRIVED.get() {
        return true;
    }
    let arrived = preload().await;
    ARRIVED.set(arrived);
    arrived
}

impl LaterCode {
    pub fn new() -> Self {
        Self {
            code: RwSignal::new(if ARRIVED.get() {
                Code::Here
            } else {
                Code::Missing
            }),
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
        if !matches!(
            self.code.try_get_untracked(),
            Some(Code::Missing | Code::Failed)
        ) {
            return;
        }
        self.code.try_set(Code::Loading);
        leptos::task::spawn_local(async move {
            if !fetch().await {
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
            Code::Failed => Some(failed(self)),
            Code::Missing | Code::Loading => {
                self.load();
                Some(
                    view! { <p class="page-loading" role="status">{t(k::LATER_LAEDT)}</p> }
                        .into_any(),
                )
            }
        }
    }
}

impl Default for LaterCode {
    fn default() -> Self {
        Self::new()
    }
}

/// The page for this side page, or this step of the walkthrough (never [`Step::Start`]).
pub fn page(later: LaterCode, side: Option<SidePage>, step: Step) -> AnyView {
    drawn(later, draw(side, step))
}

/// The presenter's process map beside the page.
pub fn map_aside(later: LaterCode) -> AnyView {
    drawn(later, draw_map_aside())
}

/// The QR code of `url` (`ui::qr`).
pub fn qr(later: LaterCode, url: String) -> AnyView {
    drawn(later, draw_qr(url))
}

/// What a split point draws, or what stands in for it until its code is here.
fn drawn<E>(later: LaterCode, view: impl Future<Output = Result<AnyView, E>>) -> AnyView {
    later
        .not_yet()
        .unwrap_or_else(|| now(view).unwrap_or_else(|| failed(later)))
}

/// The kiosk's tally after a change of the walkthrough (`ui::kiosk`): the new standing, or `None`
/// while the code is not here (nothing has happened then that the tally counts).
pub fn tally(later: LaterCode, before: &Stand, w: &Walkthrough) -> Option<Stand> {
    (later.code.try_get_untracked() == Some(Code::Here))
        .then(|| now(record_tally(before, w)))
        .flatten()
}

/// Apply `event` to the walkthrough, and note when a person's event happened (`stamp`, ms). Only
/// once the code is here: call through [`LaterCode::run`].
pub fn apply(w: &mut Walkthrough, event: Event, stamp: Option<f64>) {
    if let (Some(()), Some(ms)) = (now(apply_event(w, event)), stamp) {
        w.stamp(ms);
    }
}

/// The steps of the route the answers give. Only once the code is here (see [`apply`]).
pub fn route(w: &Walkthrough) -> Vec<Step> {
    now(route_of(w)).unwrap_or_default()
}

/// The value of a split point whose code is here: its future is ready at the first poll. `None`
/// if it is not (the download failed), which the callers above treat as such.
fn now<T, E>(future: impl Future<Output = Result<T, E>>) -> Option<T> {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match future.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(Ok(value)) => Some(value),
        _ => None,
    }
}

fn failed(later: LaterCode) -> AnyView {
    view! {
        <div class="notice notice--warning page-failed" role="alert">
            <p>{t(k::LATER_FEHLER)}</p>
            <button type="button" class="button" on:click=move |_| {
                later.code.set(Code::Missing);
                later.load();
            }>{t(k::LATER_NOCHMAL)}</button>
        </div>
    }
    .into_any()
}

/// The split points. Under `wasm_split` each is a call into the chunk `later_pages`: one chunk for
/// all, fetched once, but each split point learns of it by its own `preload` (the second name),
/// which [`preload`] awaits for every one. Elsewhere a plain call.
macro_rules! split_points {
    ($(fn $name:ident / $loaded:ident ($($arg:ident: $ty:ty),*) -> $out:ty $body:block)*) => {
        $(
            #[cfg(wasm_split)]
            #[leptos::wasm_split::wasm_split(
                later_pages,
                wasm_split_path = ::leptos::wasm_split,
                preload($loaded),
                fallible
            )]
            fn $name($($arg: $ty),*) -> Result<$out, leptos::wasm_split::SplitLoaderError> {
                let value = $body;
                Ok(value)
            }

            #[cfg(not(wasm_split))]
            async fn $name($($arg: $ty),*) -> Result<$out, std::convert::Infallible> {
                let value = $body;
                Ok(value)
            }
        )*

        /// Fetch and instantiate the chunk; false if that failed (a later call tries again).
        #[cfg(wasm_split)]
        async fn preload() -> bool {
            $( if $loaded().await.is_err() { return false; } )*
            true
        }

        #[cfg(not(wasm_split))]
        async fn preload() -> bool {
            true
        }
    };
}

split_points! {
    fn draw / draw_loaded (side: Option<SidePage>, step: Step) -> AnyView { draw_now(side, step) }
    fn draw_map_aside / map_aside_loaded () -> AnyView {
        view! {
            <super::map::ProcessMap scroll_box=true />
            <super::map::MapLegend />
        }
        .into_any()
    }
    fn draw_qr / qr_loaded (url: String) -> AnyView {
        view! { <crate::ui::qr::QrCodeView url /> }.into_any()
    }
    fn record_tally / tally_loaded (before: &Stand, w: &Walkthrough) -> Stand {
        crate::ui::kiosk::record(before, w)
    }
    fn apply_event / apply_loaded (w: &mut Walkthrough, event: Event) -> () { w.apply(event) }
    fn route_of / route_loaded (w: &Walkthrough) -> Vec<Step> { w.route() }
}

fn draw_now(side: Option<SidePage>, step: Step) -> AnyView {
    match (side, step) {
        (Some(SidePage::Ablauf), _) => view! { <super::map::MapPage /> }.into_any(),
        (Some(SidePage::Datenschutz), _) => view! { <super::privacy::PrivacyPage /> }.into_any(),
        (Some(SidePage::Vergleich), _) => view! { <super::vergleich::VergleichPage /> }.into_any(),
        (Some(SidePage::Lohn), _) => view! { <super::lohn::LohnPage /> }.into_any(),
        (Some(SidePage::Auswertung), _) => {
            view! { <super::auswertung::AuswertungPage /> }.into_any()
        }
        (Some(SidePage::Begriffe(focus)), _) => {
            view! { <super::glossary::GlossaryPage focus /> }.into_any()
        }
        (None, step) => view! { <super::step::StepPage step /> }.into_any(),
    }
}
