//! The answers as a file on the person's own device: export, import (checked like typed input),
//! and the download both use. Nothing is sent anywhere.

use super::state::Walk;
use crate::i18n::k;
use crate::ui::i18n::{t, tf};
use leptos::prelude::*;

/// Keep the answers as a file, or bring them back from one. The file goes from the browser to the
/// person's own device; nothing is sent anywhere.
#[component]
pub fn DataActions() -> impl IntoView {
    use crate::storage::{parse_export, IMPORT_LIMIT};
    let state = expect_context::<Walk>();
    let message = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<crate::domain::flow::Walkthrough>);

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > IMPORT_LIMIT as f64 {
            message.set(Some(crate::storage::ImportError::TooLarge.to_string()));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            // A file's problem names its field in words only the later pages use otherwise:
            // those texts first (see build.rs). Without them the message still comes, shorter.
            super::i18n::complete_german().await;
            match parse_export(text, super::browser::today()).await {
                Ok(w) => {
                    message.set(None);
                    pending.set(Some(w));
                }
                Err(e) => {
                    pending.set(None);
                    message.set(Some(e.to_string()));
                }
            }
        });
    };
    let accept = move |_| {
        if let Some(mut w) = pending.get_untracked() {
            w.today = super::browser::today();
            state.walkthrough.set(w);
            message.set(Some(t(k::DATA_IMPORTED).into()));
        }
        pending.set(None);
    };
    view! {
        <div class="data-actions">
            <ExportButton />
            " "
            <input
                type="file"
                id="import-datei"
                class="file-input"
                accept=".json,application/json"
                on:change=on_file
            />
            <label class="button button--secondary file-button" for="import-datei">{t(k::DATA_IMPORT)}</label>
            <Show when=move || pending.with(|p| p.is_some())>
                <div class="confirm" role="group" aria-labelledby="import-frage">
                    <p id="import-frage">
                        <strong>{t(k::DATA_IMPORT_QUESTION)}</strong>
                    </p>
                    <button type="button" class="button button--warning" on:click=accept>
                        {t(k::DATA_IMPORT_YES)}
                    </button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>
                        {t(k::DATA_CANCEL)}
                    </button>
                </div>
            </Show>
            <p role="status" class="footer-status">{move || message.get()}</p>
        </div>
    }
}

/// "Angaben exportieren": the answers as a file on this device, with a word on how it went.
#[component]
pub fn ExportButton() -> impl IntoView {
    let state = expect_context::<Walk>();
    let done = RwSignal::new(None::<String>);
    view! {
        <button type="button" class="button button--secondary" on:click=move |_| {
            let text = state.walkthrough.with_untracked(crate::storage::export);
            let file = "antragssimulator-angaben.json";
            done.set(Some(match download(file, &text) {
                Ok(()) => tf(k::DATA_EXPORTED, &[("file", file)]),
                Err(_) => t(k::DATA_EXPORT_FAILED).to_string(),
            }));
        }>{t(k::DATA_EXPORT)}</button>
        <span role="status" class="export-status">{move || done.get()}</span>
    }
}

/// Offer `text` as a file download, made in the browser from the page's own memory.
pub fn download(name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| wasm_bindgen::JsValue::from_str("no document"))?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}
