//! "Neu beginnen" and "Andere Rolle wählen" at the ends of a walk (the report, every exit page):
//! so a walk never ends at a dead end. Both delete the answers after one question (not in a
//! kiosk, where the next visitor starts anyway); the second then takes the person to the roles
//! on the start page.

use crate::i18n::k;
use crate::ui::i18n::t;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    /// Set when "Andere Rolle wählen" wiped the walk: the start page then brings its roles into
    /// view and gives them the focus, once.
    static ROLES_NEXT: Cell<bool> = const { Cell::new(false) };
}

/// Whether the start page should open at its roles (and forget that it should).
pub fn take_roles_next() -> bool {
    ROLES_NEXT.with(|c| c.replace(false))
}

#[component]
pub fn Restart() -> impl IntoView {
    let state = expect_context::<AppState>();
    // `Some(true)`: asking before "Andere Rolle wählen"; `Some(false)`: before "Neu beginnen".
    let asking = RwSignal::new(None::<bool>);
    let confirm = NodeRef::<leptos::html::Button>::new();
    let go = move |roles: bool| {
        ROLES_NEXT.with(|c| c.set(roles));
        state.delete_all();
    };
    let ask = move |roles: bool| {
        if state.kiosk() {
            go(roles);
        } else {
            asking.set(Some(roles));
            request_animation_frame(move || {
                if let Some(b) = confirm.get_untracked() {
                    let _ = b.focus();
                }
            });
        }
    };
    view! {
        <section class="restart" aria-labelledby="restart-titel">
            <h2 id="restart-titel">{t(k::RESTART_TITEL)}</h2>
            <Show
                when=move || asking.get().is_some()
                fallback=move || view! {
                    <div class="restart__actions">
                        <button type="button" class="button button--secondary restart__neu" on:click=move |_| ask(false)>
                            {t(k::RESTART_NEU_BEGINNEN)}
                        </button>
                        <button type="button" class="button button--secondary restart__rolle" on:click=move |_| ask(true)>
                            {t(k::RESTART_ANDERE_ROLLE)}
                        </button>
                    </div>
                }
            >
                <div class="confirm" role="group" aria-labelledby="restart-frage">
                    <p id="restart-frage"><strong>{t(k::RESTART_FRAGE)}</strong></p>
                    <button type="button" class="button button--warning" node_ref=confirm on:click=move |_| {
                        let roles = asking.get_untracked().unwrap_or(false);
                        asking.set(None);
                        go(roles);
                    }>
                        {t(k::RESTART_JA)}
                    </button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(None)>
                        {t(k::DATA_CANCEL)}
                    </button>
                </div>
            </Show>
        </section>
    }
}
