//! Every page but the start page. In the release build their code is a chunk of the WebAssembly
//! of its own (build.rs sets `wasm_split`; scripts/split_wasm.py cuts the chunk out after the
//! build): the start page needs only the first module, a quarter less to download and compile.
//! The service worker keeps the chunk with the app's other files, so after the first visit it
//! comes from the device, never the network. Until it is here, the page says it is loading (and,
//! should the download fail, says so and offers to try again); once here, a page is drawn in the
//! same task as before.

use super::super::i18n::t;
use crate::domain::step::Step;
use crate::i18n::k;
use crate::ui::state::SidePage;
use leptos::prelude::*;

/// Where the code of the later pages stands. Provided by `App`.
#[derive(Clone, Copy)]
pub struct LaterPages(RwSignal<Code>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Code {
    Missing,
    Loading,
    Failed,
    Here,
}

impl LaterPages {
    pub fn new() -> Self {
        Self(RwSignal::new(if cfg!(wasm_split) {
            Code::Missing
        } else {
            Code::Here
        }))
    }

    /// Whether the later pages can be drawn now (tracked).
    pub fn here(self) -> bool {
        self.0.get() == Code::Here
    }

    fn load(self) {
        if matches!(self.0.get_untracked(), Code::Loading | Code::Here) {
            return;
        }
        self.0.set(Code::Loading);
        leptos::task::spawn_local(async move {
            let code = if preload().await {
                Code::Here
            } else {
                Code::Failed
            };
            self.0.try_set(code);
        });
    }
}

impl Default for LaterPages {
    fn default() -> Self {
        Self::new()
    }
}

/// The page for this side page, or this step of the walkthrough (never [`Step::Start`]).
pub fn page(pages: LaterPages, side: Option<SidePage>, step: Step) -> AnyView {
    match pages.0.get() {
        Code::Here => {
            // Loaded: the split point's future is ready at its first poll.
            let mut drawing = std::pin::pin!(draw(side, step));
            let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
            match std::future::Future::poll(drawing.as_mut(), &mut cx) {
                std::task::Poll::Ready(Ok(view)) => view,
                _ => failed(pages),
            }
        }
        Code::Failed => failed(pages),
        Code::Missing | Code::Loading => {
            pages.load();
            view! { <p class="page-loading" role="status">{t(k::LATER_LAEDT)}</p> }.into_any()
        }
    }
}

fn failed(pages: LaterPages) -> AnyView {
    view! {
        <div class="notice notice--warning page-failed" role="alert">
            <p>{t(k::LATER_FEHLER)}</p>
            <button type="button" class="button" on:click=move |_| {
                pages.0.set(Code::Missing);
                pages.load();
            }>{t(k::LATER_NOCHMAL)}</button>
        </div>
    }
    .into_any()
}

#[cfg(wasm_split)]
#[leptos::wasm_split::wasm_split(
    later_pages,
    wasm_split_path = ::leptos::wasm_split,
    preload(preload_later_pages),
    fallible
)]
fn draw(
    side: Option<SidePage>,
    step: Step,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(now(side, step))
}

/// Fetch and instantiate the chunk; false if that failed (a later call tries again).
#[cfg(wasm_split)]
async fn preload() -> bool {
    preload_later_pages().await.is_ok()
}

#[cfg(not(wasm_split))]
async fn draw(side: Option<SidePage>, step: Step) -> Result<AnyView, std::convert::Infallible> {
    Ok(now(side, step))
}

#[cfg(not(wasm_split))]
async fn preload() -> bool {
    true
}

fn now(side: Option<SidePage>, step: Step) -> AnyView {
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
