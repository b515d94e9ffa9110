//! What the person is told when browser storage lets them down, with a way out each time:
//! storage unavailable or full (keep working, export), stored data unreadable (download the raw
//! text before dropping it), and another window changing the same data (choose whose answers win;
//! nothing is overwritten silently).

use super::data_file::ExportButton;
use super::state::AppState;
use crate::i18n::k;
use crate::storage;
use crate::ui::i18n::{t, tf};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Listen for changes another window makes to the stored answers. Until the person chooses,
/// this window stops saving, so neither side's answers are lost.
pub fn watch_other_windows(state: AppState) {
    let on_storage = window_event_listener_untyped("storage", move |ev: web_sys::Event| {
        let key = js_sys::Reflect::get(&ev, &JsValue::from_str("key"))
            .ok()
            .and_then(|k| k.as_string());
        // `key` is null when the other window cleared all storage.
        if key.is_none_or(|k| k == storage::KEY) {
            state.saving.try_set(false);
            state.other_tab.try_set(true);
        }
    });
    on_cleanup(move || on_storage.remove());
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
                    <p>{t(k::NOTICE_DAMIT_NICHTS_VERLOREN_GEHT)}</p>
                    <ExportButton />
                </div>
            })}
            {move || state.unreadable.get().map(|raw| {
                let size = raw.chars().count();
                view! {
                    <div class="notice notice--warning storage-unreadable">
                        <p><strong>{t(k::NOTICE_DIESEM_GERAET_ANGABEN_GESPEICHERT)}</strong></p>
                        <p>
                            {t(k::NOTICE_BLEIBEN_UNVERAENDERT_BIS_ENTSCHEIDEN)}
                            {tf(k::NOTICE_HERUNTERLADEN_BEVOR_VERWERFEN, &[("n", &size.to_string())])}
                        </p>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            let raw = state.unreadable.get_untracked().unwrap_or_default();
                            let _ = super::data_file::download("antragssimulator-gespeicherte-daten.txt", &raw);
                        }>{t(k::NOTICE_GESPEICHERTE_DATEN_HERUNTERLADEN)}</button>
                        " "
                        <button type="button" class="button button--warning" on:click=move |_| {
                            state.unreadable.set(None);
                            save_now(state);
                        }>{t(k::NOTICE_VERWERFEN_NEU_SPEICHERN)}</button>
                    </div>
                }
            })}
            <Show when=move || state.other_tab.get()>
                <div class="notice notice--warning other-window">
                    <p><strong>{t(k::NOTICE_ANGABEN_WURDEN_EINEM_ANDEREN)}</strong></p>
                    <p>{t(k::NOTICE_DIESES_FENSTER_SPEICHERT_NICHTS)}</p>
                    <button type="button" class="button" on:click=move |_| {
                        state.other_tab.set(false);
                        leptos::task::spawn_local(async move {
                            // Saving resumes only with the other window's answers in place, so
                            // it never writes this window's over them meanwhile.
                            let stored = storage::load(super::browser::today()).await;
                            state.saving.set(true);
                            match stored {
                                storage::Loaded::Restored(mut w) => {
                                    w.today = super::browser::today();
                                    state.walkthrough.set(*w);
                                }
                                // The other window deleted everything.
                                storage::Loaded::Nothing => state.walkthrough.set(
                                    crate::domain::flow::Walkthrough::new(super::browser::today()),
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
                        });
                    }>{t(k::NOTICE_ANGABEN_ANDEREN_FENSTER_UEBERNEHMEN)}</button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        state.other_tab.set(false);
                        save_now(state);
                    }>{t(k::NOTICE_MEINE_ANGABEN_HIER_BEHALTEN)}</button>
                    " "
                    <ExportButton />
                </div>
            </Show>
        </div>
    }
}
