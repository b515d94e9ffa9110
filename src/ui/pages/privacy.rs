//! The Hinweise zum Datenschutz (#/datenschutz): what this simulation stores, where, for how long
//! and how to delete it. The declarations page asks whether they were read, so they must exist.

use crate::i18n::k;
use crate::ui::i18n::{page_title, t};
use crate::ui::routing::back_to_walkthrough;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    crate::ui::browser::set_title(page_title(t(k::PRIVACY_TITLE), false));
    let back = move |_| back_to_walkthrough(state);
    let sections = [
        (k::PRIVACY_WHAT_HEADING, k::PRIVACY_WHAT),
        (k::PRIVACY_WHERE_HEADING, k::PRIVACY_WHERE),
        (k::PRIVACY_HOW_LONG_HEADING, k::PRIVACY_HOW_LONG),
        (k::PRIVACY_DELETE_HEADING, k::PRIVACY_DELETE),
        (k::PRIVACY_KIOSK_HEADING, k::PRIVACY_KIOSK),
        (k::PRIVACY_REAL_HEADING, k::PRIVACY_REAL),
    ];
    view! {
        <button type="button" class="back-link" on:click=back>{t(k::SIDE_BACK)}</button>
        <h1 tabindex="-1">{t(k::PRIVACY_TITLE)}</h1>
        <p class="lead">{t(k::PRIVACY_LEAD)}</p>
        {sections
            .into_iter()
            .map(|(heading, body)| view! { <h2>{t(heading)}</h2><p>{t(body)}</p> })
            .collect_view()}
    }
}
