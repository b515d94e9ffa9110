//! The service worker, and a new version deployed while the app is open. The browser installs the
//! new version's worker beside the old one, which goes on serving this page's files; the person
//! is told and chooses when to switch, and the page then reloads at once under the new version,
//! so it never runs old JavaScript with new WebAssembly. Answers are written on leaving the page
//! (see `app::save_after_paint`); while saving is paused or off, the offer waits.

use super::state::AppState;
use crate::i18n::k;
use crate::ui::i18n::t;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// What sw.js takes as the request to stop waiting.
const ACTIVATE_NOW: &str = "activate-now";

/// Service workers exist only in secure contexts (and 127.0.0.1).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let offered = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    offered.then(|| navigator.service_worker())
}

/// Let the service worker keep the app's files for offline use, and watch for a new version. A
/// refusal changes nothing but offline use.
pub fn register(state: AppState) {
    let Some(container) = container() else {
        return;
    };
    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        if let Ok(registration) = JsFuture::from(promise).await {
            watch(state, registration.unchecked_into(), container);
        }
    });
}

/// A worker installed while another one controls this page is a new version; on the first visit
/// the first worker installs with no page controlled, and there is nothing to offer. The new
/// worker may be found, installing or installed before this page asks: all three are looked at.
fn watch(
    state: AppState,
    registration: ServiceWorkerRegistration,
    container: ServiceWorkerContainer,
) {
    if registration.waiting().is_some() && container.controller().is_some() {
        state.update_ready.set(true);
    }
    if let Some(worker) = registration.installing() {
        offer_once_installed(state, worker, container.clone());
    }
    let found = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = found.installing() {
            offer_once_installed(state, worker, container.clone());
        }
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

fn offer_once_installed(state: AppState, worker: ServiceWorker, container: ServiceWorkerContainer) {
    let installed = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if installed.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            state.update_ready.try_set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Switch to the waiting version: it takes control, and this page reloads under it. If another
/// window has switched already, nothing waits any more and a reload is all it takes.
pub fn switch_now() {
    let Some(container) = container() else {
        return reload();
    };
    let on_change = Closure::<dyn Fn()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    leptos::task::spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .filter(|r| !r.is_undefined())
            .and_then(|r| r.unchecked_into::<ServiceWorkerRegistration>().waiting());
        match waiting {
            Some(worker) => {
                if worker
                    .post_message(&JsValue::from_str(ACTIVATE_NOW))
                    .is_err()
                {
                    reload();
                }
            }
            None => reload(),
        }
    });
}

/// The offer of a new version. Not in kiosk mode, where a reload would wipe the answers held in
/// memory: a kiosk switches when it wipes them anyway (see `kiosk`).
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let offered = move || state.update_ready.get() && state.saving.get() && !state.kiosk();
    view! {
        <div role="status" class="update-status">
            <Show when=offered>
                <div class="notice update-notice">
                    <p>{t(k::NOTICE_NEUE_VERSION_BEREIT)}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| switch_now()>
                        {t(k::NOTICE_NEUE_VERSION_LADEN)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
