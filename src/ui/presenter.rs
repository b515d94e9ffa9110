//! Presenter mode: keyboard shortcuts for a trainer at a projector, listed on a help overlay.
//! Shortcuts act only when the focus is not in a text field, so typing an answer never triggers
//! them; they send the same events as the buttons.

use super::state::AppState;
use crate::domain::flow::Event;
use crate::domain::step::Step;
use crate::i18n::{k, Key};
use crate::ui::i18n::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The shortcuts, for the overlay and the handler alike.
pub const SHORTCUTS: &[(&str, Key)] = &[
    ("W", k::PRESENTER_WEITER_SCHALTFLAECHE_WEITER),
    ("Z", k::STEP_BACK),
    ("K", k::PRESENTER_ABLAUFKARTE_AUSBLENDEN),
    ("N", k::PRESENTER_NEU_BEGINNEN_FRAGT_NACH),
    ("?", k::PRESENTER_DIESE_HILFE_AUSBLENDEN),
    ("Esc", k::PRESENTER_HILFE_NACHFRAGE_SCHLIESSEN),
];

/// Whether the help overlay is open, and whether a restart waits for confirmation.
#[derive(Clone, Copy)]
pub struct PresenterUi {
    pub help: RwSignal<bool>,
    pub confirm_reset: RwSignal<bool>,
}

fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => {
            let kind = el.get_attribute("type").unwrap_or_default();
            !matches!(kind.as_str(), "radio" | "checkbox" | "button" | "submit")
        }
        _ => false,
    }
}

/// Press the page's own submit button, so that errors are shown and focused as with a click.
fn submit_page() {
    let form = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main form").ok().flatten())
        .and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok());
    if let Some(form) = form {
        let _ = form.request_submit();
    }
}

pub fn install_shortcuts(state: AppState) {
    let ui = PresenterUi {
        help: RwSignal::new(false),
        confirm_reset: RwSignal::new(false),
    };
    provide_context(ui);
    let on_key = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || typing_in(ev.target()) {
            return;
        }
        let handled = match ev.key().as_str() {
            "Escape" => {
                ui.help.set(false);
                ui.confirm_reset.set(false);
                true
            }
            "?" => {
                ui.help.update(|h| *h = !*h);
                true
            }
            "w" | "W" => {
                let on_start = state
                    .walkthrough
                    .try_with_untracked(|w| w.current == Step::Start)
                    .unwrap_or(false);
                if on_start {
                    state.send(Event::Next);
                } else {
                    submit_page();
                }
                true
            }
            "z" | "Z" => {
                state.send(Event::Back);
                true
            }
            "k" | "K" => {
                state.show_map.update(|m| *m = !*m);
                true
            }
            "n" | "N" => {
                ui.confirm_reset.set(true);
                true
            }
            "Enter" | "j" | "J" if ui.confirm_reset.get_untracked() => {
                ui.confirm_reset.set(false);
                state.delete_all();
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || on_key.remove());
}

/// The help overlay and the restart question, drawn over the page while open.
#[component]
pub fn PresenterOverlay() -> impl IntoView {
    let Some(ui) = use_context::<PresenterUi>() else {
        return ().into_any();
    };
    let state = expect_context::<AppState>();
    view! {
        <p class="presenter-hint">{t(k::PRESENTER_PRAESENTATIONSMODUS_TASTE_ZEIGT_TASTENKUERZEL)}</p>
        <Show when=move || ui.help.get()>
            <div class="overlay" role="dialog" aria-modal="false" aria-labelledby="hilfe-titel">
                <h2 id="hilfe-titel">{t(k::PRESENTER_TASTENKUERZEL)}</h2>
                <dl class="shortcuts">
                    {SHORTCUTS.iter().map(|(key, what)| view! {
                        <div class="shortcuts__row"><dt><kbd>{*key}</kbd></dt><dd>{t(*what)}</dd></div>
                    }).collect_view()}
                </dl>
                <p>{t(k::PRESENTER_KUERZEL_WIRKEN_NICHT_WAEHREND)}</p>
                <p><a href="#/auswertung" on:click=move |_| ui.help.set(false)>{t(k::PRESENTER_AUSWERTUNG_LINK)}</a></p>
                {move || {
                    let rolle = state
                        .walkthrough
                        .with_untracked(|w| w.rolle)
                        .or(state.offered_role);
                    view! { <crate::ui::qr::HandOver rolle open=true /> }
                }}
                <button type="button" class="button" on:click=move |_| ui.help.set(false)>{t(k::PRESENTER_SCHLIESSEN)}</button>
            </div>
        </Show>
        <Show when=move || ui.confirm_reset.get()>
            <div class="overlay" role="alertdialog" aria-labelledby="neu-titel">
                <h2 id="neu-titel">{t(k::PRESENTER_NEU_BEGINNEN)}</h2>
                <p>{t(k::PRESENTER_ALLE_ANGABEN_DIESER_VORFUEHRUNG)}</p>
                <button type="button" class="button button--warning" on:click=move |_| {
                    ui.confirm_reset.set(false);
                    state.delete_all();
                }>{t(k::PRESENTER_JA_NEU_BEGINNEN)}</button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| ui.confirm_reset.set(false)>{t(k::DATA_CANCEL)}</button>
            </div>
        </Show>
    }
    .into_any()
}
