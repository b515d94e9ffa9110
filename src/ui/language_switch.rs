//! The language switch in the header: each language named in itself, the current one marked.
//! Switching keeps every answer (they live in the walkthrough, not in the page) and the page
//! the person is on; the focus stays on the switch.

use super::i18n::{self, t};
use super::state::AppState;
use crate::i18n::{k, Lang};
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = i18n::lang();
    // `None`: idle; `Some(true)`: loading; `Some(false)`: the language file could not be loaded.
    let status = RwSignal::new(None::<bool>);
    let choose = move |lang: Lang| {
        if lang == i18n::lang() {
            return;
        }
        status.set(Some(true));
        wasm_bindgen_futures::spawn_local(async move {
            if switch(state, lang, !state.kiosk()).await {
                super::browser::after_paint(focus_current);
            } else {
                status.try_set(Some(false));
            }
        });
    };
    view! {
        <nav class="lang-switch" aria-label=t(k::LANG_LABEL)>
            <ul class="lang-switch__list">
                {Lang::ALL.into_iter().map(|lang| {
                    let here = lang == current;
                    view! {
                        <li>
                            <button
                                type="button"
                                class="lang-switch__button"
                                lang=lang.html_lang()
                                dir=lang.dir()
                                aria-current=here.then_some("true")
                                on:click=move |_| choose(lang)
                            >
                                {lang.native_name()}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="lang-switch__status" role="status">
                {move || match status.get() {
                    Some(true) => t(k::LANG_LOADING),
                    Some(false) => t(k::LANG_FAILED),
                    None => "",
                }}
            </p>
        </nav>
    }
}

/// Show the app in `lang`: load its texts, then draw every page anew (see `App`). `remember`
/// keeps the choice on this device (a person's choice, not the Jobcenter's default). False if the
/// language file could not be loaded; the page then stays as it was.
pub async fn switch(state: AppState, lang: Lang, remember: bool) -> bool {
    let Some(catalogue) = i18n::load(lang).await else {
        return false;
    };
    i18n::apply(catalogue);
    if remember {
        i18n::remember(lang);
    }
    state.lang.set(lang);
    true
}

/// After a switch the buttons are new: the focus goes to the chosen language's button.
fn focus_current() {
    use wasm_bindgen::JsCast;
    if let Some(button) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(".lang-switch__button[aria-current]")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}
