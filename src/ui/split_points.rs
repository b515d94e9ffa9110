//! Everything the start page does not need: every other page, the presenter's process map, the
//! QR code, the kiosk's tally, and the state machine's steps (`Walkthrough::apply`, the route),
//! and the German texts only these show (build.rs).
//! In the release build their code is a chunk of the WebAssembly of its own (build.rs sets
//! `wasm_split`; scripts/split_wasm.py cuts it out after the build): the start page needs only
//! the first module. The service worker keeps the chunk with the app's other files, so after the
//! first visit it comes from the device, never the network. `ui::state::LaterCode` decides when to
//! fetch it and what waits meanwhile; here are the split points themselves: once the chunk is
//! here, a split point's future is ready at its first poll, so everything runs in the same task
//! as before.

use crate::domain::auswertung::Stand;
use crate::domain::flow::{Event, Walkthrough};
use crate::domain::step::Step;
use crate::ui::state::{SidePage, SplitPoints};
use leptos::prelude::*;
use std::future::Future;

/// The split points as `ui::state::LaterCode` calls them (it is below every component and cannot
/// name them itself).
pub const SPLIT_POINTS: SplitPoints = SplitPoints {
    arrived: || ARRIVED.get(),
    fetch: || Box::pin(fetch()),
    page: |side, step| now(draw(side, step)),
    map_aside: || now(draw_map_aside()),
    qr: |url| now(draw_qr(url)),
    tally: |before, w| now(record_tally(before, w)),
    apply: |w, event| now(apply_event(w, event)),
    route: |w| now(route_of(w)),
};

thread_local! {
    /// The chunk has arrived (it stays for the page's life).
    static ARRIVED: std::cell::Cell<bool> = const { std::cell::Cell::new(!cfg!(wasm_split)) };
}

/// Fetch and instantiate the chunk (once; at once if it is here), and with it the German texts
/// only its pages show (see build.rs): false if either failed, and a later call tries again.
/// `ui::mount` calls it before the app when the first page needs it.
pub async fn fetch() -> bool {
    if ARRIVED.get() {
        return true;
    }
    let (code, texts) = futures::future::join(preload(), crate::ui::i18n::complete_german()).await;
    let arrived = code && texts;
    ARRIVED.set(arrived);
    arrived
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
            <crate::ui::pages::map::ProcessMap scroll_box=true />
            <crate::ui::pages::map::MapLegend />
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
        (Some(SidePage::Ablauf), _) => view! { <crate::ui::pages::map::MapPage /> }.into_any(),
        (Some(SidePage::Datenschutz), _) => {
            view! { <crate::ui::pages::privacy::PrivacyPage /> }.into_any()
        }
        (Some(SidePage::Vergleich), _) => {
            view! { <crate::ui::pages::vergleich::VergleichPage /> }.into_any()
        }
        (Some(SidePage::Lohn), _) => view! { <crate::ui::pages::lohn::LohnPage /> }.into_any(),
        (Some(SidePage::Auswertung), _) => {
            view! { <crate::ui::pages::auswertung::AuswertungPage /> }.into_any()
        }
        (Some(SidePage::Begriffe(focus)), _) => {
            view! { <crate::ui::pages::glossary::GlossaryPage focus /> }.into_any()
        }
        (None, step) => view! { <crate::ui::pages::step::StepPage step /> }.into_any(),
    }
}
