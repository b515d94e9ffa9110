//! What the person is told when browser storage lets them down, with a way out each time:
//! storage unavailable or full (keep working, export), stored data unreadable (download the raw
//! text before dropping it), and another window changing the same data (choose whose answers win;
//! nothing is overwritten silently).

use super::app::AppState;
use super::layout::ExportButton;
use crate::storage;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Listen for changes another window makes to the stored answers. Until the person chooses,
/// this window stops saving, so neither side's answers are lost.
pub fn watch_other_windows(state: AppState) {
    let on_storage = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let key = js_sys::Reflect::get(&ev, &JsValue::from_str("key"))
            .ok()
            .and_then(|k| k.as_string());
        // `key` is null when the other window cleared all storage.
        if key.is_none_or(|k| k == storage::KEY) {
            state.saving.try_set(false);
            state.other_tab.try_set(true);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    }
    on_storage.forget();
}

fn save_now(state: AppState) {
    state.saving.set(true);
    let result = state.walkthrough.with_untracked(storage::save);
    state
        .storage_problem
        .set(result.err().map(|e| e.to_string()));
}

#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div role="status" class="storage-status">
            {move || state.storage_problem.get().map(|message| view! {
                <div class="notice notice--warning storage-problem">
                    <p>{message}</p>
                    <p>"Damit nichts verloren geht, können Sie Ihre Angaben als Datei sichern."</p>
                    <ExportButton />
                </div>
            })}
            {move || state.unreadable.get().map(|raw| {
                let size = raw.len();
                view! {
                    <div class="notice notice--warning storage-unreadable">
                        <p><strong>"Auf diesem Gerät sind Angaben gespeichert, die nicht gelesen werden können."</strong></p>
                        <p>
                            "Sie bleiben unverändert, bis Sie entscheiden; bis dahin wird nichts gespeichert. "
                            "Laden Sie die gespeicherten Daten (" {size} " Zeichen) herunter, bevor Sie sie verwerfen."
                        </p>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            let raw = state.unreadable.get_untracked().unwrap_or_default();
                            let _ = super::layout::download("antragssimulator-gespeicherte-daten.txt", &raw);
                        }>"Gespeicherte Daten herunterladen"</button>
                        " "
                        <button type="button" class="button button--warning" on:click=move |_| {
                            state.unreadable.set(None);
                            save_now(state);
                        }>"Verwerfen und neu speichern"</button>
                    </div>
                }
            })}
            <Show when=move || state.other_tab.get()>
                <div class="notice notice--warning other-window">
                    <p><strong>"Ihre Angaben wurden in einem anderen Fenster geändert."</strong></p>
                    <p>"Dieses Fenster speichert nichts mehr, bis Sie wählen. So überschreibt keines der Fenster die Angaben des anderen unbemerkt."</p>
                    <button type="button" class="button" on:click=move |_| {
                        state.other_tab.set(false);
                        state.saving.set(true);
                        match storage::load() {
                            storage::Loaded::Restored(mut w) => {
                                w.today = super::today();
                                state.walkthrough.set(*w);
                            }
                            // The other window deleted everything.
                            storage::Loaded::Nothing => state.walkthrough.set(
                                crate::domain::flow::Walkthrough::new(super::today()),
                            ),
                            // Never drop what cannot be read: keep it for download.
                            storage::Loaded::Unreadable(raw) => {
                                state.saving.set(false);
                                state.unreadable.set(Some(raw));
                            }
                            storage::Loaded::Unavailable => state.storage_problem.set(Some(
                                storage::SaveError::Unavailable.to_string(),
                            )),
                        }
                    }>"Angaben aus dem anderen Fenster übernehmen"</button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        state.other_tab.set(false);
                        save_now(state);
                    }>"Meine Angaben hier behalten"</button>
                    " "
                    <ExportButton />
                </div>
            </Show>
        </div>
    }
}
