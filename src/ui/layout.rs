use super::i18n::t;
use super::state::AppState;
use crate::domain::step::Step;
use crate::i18n::k;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Header with the "Simulation" marking and the Jobcenter's name, the notices, the page's main
/// region (with the process map beside it in presenter mode), and the footer with the data actions.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    use super::mode::Mode;
    let state = expect_context::<AppState>();
    let mode_class = match state.mode {
        Mode::Normal => "app",
        Mode::Praesentation => "app app--presenter",
        Mode::Kiosk => "app app--kiosk",
    };
    let step = Memo::new(move |_| state.walkthrough.with(|w| w.current));
    let presenter = state.mode == Mode::Praesentation;
    let with_map =
        move || presenter && state.show_map.get() && state.side_page.with(Option::is_none);
    let config = state.config;
    // The footer's buttons come a frame later: below the page, and not needed to see it, they
    // need not lengthen the task that draws the app (or a language) for the first time.
    let footer_ready = RwSignal::new(false);
    super::browser::after_paint(move || footer_ready.set(true));
    view! {
        <div class=mode_class>
        // The link's own jump would change the URL's fragment, which names the step: focus the
        // content instead, and keep the address.
        <a class="skip-link" href="#inhalt" on:click=skip_to_content>{t(k::LAYOUT_SKIP_LINK)}</a>
        <header class="site-header">
            <div class="container site-header__inner">
                <span class="site-header__name">{t(k::SITE_NAME)}</span>
                <span class="tag tag--simulation">{t(k::SITE_TAG)}</span>
                // A line of fixed height, so that the Jobcenter's name and logo arriving from
                // config.json move nothing on the page.
                <span class="site-header__jobcenter">
                    {move || config.with(|c| c.logo.clone()).map(|src| view! {
                        <img class="site-header__logo" src=src alt="" width="24" height="24" />
                    })}
                    <span class="site-header__jobcenter-name">{move || config.with(|c| super::i18n::value(c.jobcenter()))}</span>
                </span>
                <super::language_switch::LanguageSwitch />
            </div>
        </header>
        <div class=move || if with_map() { "container container--wide" } else { "container" }>
            <p class="banner" role="note">
                <strong>{t(k::LAYOUT_BANNER_STRONG)}</strong>
                " " {t(k::LAYOUT_BANNER_REST)}
            </p>
            {move || state.config_problem.get().map(|message| view! {
                <p class="notice notice--warning config-notice" role="note">
                    <strong>{t(k::LAYOUT_CONFIG_PROBLEM)}</strong>" "{message}
                </p>
            })}
            {(state.mode == Mode::Kiosk).then(|| view! { <super::kiosk::KioskNotice /> })}
            {presenter.then(|| view! { <super::presenter::PresenterOverlay /> })}
            <super::storage_notices::StorageNotices />
            <super::update::UpdateNotice />
            <div class=move || if with_map() { "with-map" } else { "" }>
                // The step on screen, for tests and tools that must wait for a page rather than
                // for the URL, which follows only after the paint; none while a page's code is
                // still loading (see `ui::split_points`).
                <main
                    id="inhalt"
                    class="main"
                    tabindex="-1"
                    data-schritt=move || {
                        let start = step.get() == Step::Start && state.side_page.with(Option::is_none);
                        (start || state.later.here()).then(|| step.get().slug())
                    }
                >
                    {children()}
                </main>
                <Show when=with_map>
                    <aside class="map-aside" aria-label=t(k::LAYOUT_MAP_LABEL)>
                        <h2 class="map-aside__title">{t(k::LAYOUT_MAP_TITLE)}</h2>
                        {move || state.later.map_aside()}
                    </aside>
                </Show>
            </div>
        </div>
        <footer class="site-footer">
            <div class="container">
                <p>{t(k::LAYOUT_FOOTER_NOTE)}</p>
                {move || config.with(|c| c.anschrift.clone().map(|a| (c.jobcenter().to_string(), a, c.kontakt.clone()))).map(|(name, a, kontakt)| view! {
                    <p class="footer-jobcenter">{super::i18n::value(name)} ": " {super::i18n::value(a)} {kontakt.map(|k| format!(" · {}", super::i18n::value(k)))}</p>
                })}
                <p><a href="#/ablauf">{t(k::LAYOUT_FOOTER_MAP)}</a>" · "<a href="#/begriffe">{t(k::LAYOUT_FOOTER_GLOSSARY)}</a>" · "<a href="#/datenschutz">{t(k::PRIVACY_TITLE)}</a></p>
                {move || footer_ready.get().then(|| view! {
                    {(state.mode != Mode::Kiosk).then(|| view! { <super::data_file::DataActions /> })}
                    <DeleteAll />
                })}
            </div>
        </footer>
        </div>
    }
}

/// "Alle Daten löschen", with a confirmation: shared devices at events must be wiped easily,
/// but never by one slip of the finger.
#[component]
fn DeleteAll() -> impl IntoView {
    let state = expect_context::<AppState>();
    let asking = RwSignal::new(false);
    // A deletion was asked for; what came of it is what storage says now (the save after the
    // reset tries the removal again), so this line and the notice above never disagree.
    let asked = RwSignal::new(false);
    let outcome = move || {
        asked.get().then(|| {
            let refused = state
                .storage_problem
                .with(|p| p.as_deref() == Some(&crate::storage::SaveError::NotDeleted.to_string()));
            if refused {
                t(k::DATA_DELETE_FAILED_SHORT)
            } else {
                t(k::DATA_DELETED)
            }
        })
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button--secondary delete-all" on:click=move |_| {
                    asked.set(false);
                    asking.set(true);
                }>
                    {t(k::DATA_DELETE_ALL)}
                </button>
                <p role="status" class="footer-status">{outcome}</p>
            }
        >
            <div class="confirm" role="group" aria-labelledby="loeschen-frage">
                <p id="loeschen-frage"><strong>{t(k::DATA_DELETE_QUESTION)}</strong></p>
                <button type="button" class="button button--warning" on:click=move |_| {
                    // A refusal is shown by the storage notice (and below, by `outcome`).
                    state.delete_all();
                    asking.set(false);
                    asked.set(true);
                }>
                    {t(k::DATA_DELETE_YES)}
                </button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                    {t(k::DATA_CANCEL)}
                </button>
            </div>
        </Show>
    }
}

/// The skip link: the page's content gets the focus (and comes into view).
fn skip_to_content(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("inhalt"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        main.scroll_into_view();
        let _ = main.focus();
    }
}
