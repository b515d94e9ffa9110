use crate::domain::flow::Event;
use crate::domain::personas;
use crate::domain::rolle::Rolle;
use crate::i18n::k;
use crate::ui::i18n::{t, tf};
use crate::ui::qr::HandOver;
use crate::ui::state::Walk;
use leptos::prelude::*;

/// The start page (GOV.UK "start using a service"): what this is, how long it takes, what stays
/// private, and one button.
#[component]
pub fn StartPage(
    /// A role offered by the address (QR hand-over), before it is chosen.
    offered_role: Option<Rolle>,
) -> impl IntoView {
    let state = expect_context::<Walk>();
    // Also after a wipe: no title of a page before it stays behind.
    crate::ui::browser::set_title(t(k::SITE_NAME).to_string());
    view! {
        <h1>{t(k::START_TITLE)}</h1>
        <p class="lead">{t(k::START_LEAD)}</p>
        // The button on the first screen, on a phone too; what follows it is for those who read on.
        {offered_role.map(personas::of).map(|p| view! {
            <div class="notice role-offer">
                <h2 class="notice__title">{tf(k::ROLE_TITLE, &[("name", t(p.title()))])}</h2>
                <p>{t(p.story())}</p>
                <button type="button" class="button" on:click=move |_| state.send(Event::Rolle(Some(p.id)))>
                    {t(k::START_ROLE_START)}
                </button>
            </div>
        })}
        <button
            type="button"
            class="button button--start"
            on:click=move |_| state.send(Event::Next)
        >
            {t(k::START_START)}
        </button>
        // The first step's code may still be on its way (see `ui::split_points`).
        {expect_context::<crate::ui::state::LaterCode>().status()}
        <p>{t(k::START_DURATION)}</p>
        <h2>{t(k::START_LEARN_HEADING)}</h2>
        <ul class="list">
            <li>{t(k::START_LEARN_QUESTIONS)}</li>
            <li>{t(k::START_LEARN_PAPERS)}</li>
            <li>{t(k::START_LEARN_BESCHEID)}</li>
        </ul>
        // The banner above says it is a simulation; here, what that means for the data.
        <h2>{t(k::START_PRIVACY_HEADING)}</h2>
        <p>
            {t(k::START_PRIVACY)} " "
            <a href="#/datenschutz">{t(k::PRIVACY_LINK)}</a>
        </p>
        <Later offered_role />
    }
}

/// The part of the start page below the start button, drawn in the task after the first one:
/// the page is usable sooner, and start-up is not one long task on a slow phone.
#[component]
fn Later(offered_role: Option<Rolle>) -> impl IntoView {
    let state = expect_context::<Walk>();
    let shown = RwSignal::new(false);
    crate::ui::browser::after_paint(move || {
        shown.set(true);
        // Arrived by "Andere Rolle wählen": the roles come into view and get the focus.
        if crate::ui::restart::take_roles_next() {
            crate::ui::browser::after_paint(|| {
                let heading = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("rollen"))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
                if let Some(h) = heading {
                    h.scroll_into_view();
                    let _ = h.focus();
                }
            });
        }
    });
    move || {
        shown.get().then(|| {
            view! {
                <h2 id="rollen" tabindex="-1">{t(k::START_ROLES_HEADING)}</h2>
                <p>{t(k::START_ROLES_TEXT)}</p>
                <ul class="personas">
                    {personas::all().iter().map(|p| view! {
                        <li class="persona">
                            <h3 class="persona__title">{t(p.title())}</h3>
                            <p class="persona__story">{t(p.story())}</p>
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| state.send(Event::Rolle(Some(p.id)))
                            >
                                {t(k::START_PERSONA_START)}
                                <span class="visually-hidden">": " {t(p.title())}</span>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                <HandOver rolle=offered_role />
                <h2>{t(k::START_REAL_HEADING)}</h2>
                <p>{t(k::START_REAL_TEXT)}</p>
            }
        })
    }
}
