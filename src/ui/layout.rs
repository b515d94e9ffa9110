use super::app::AppState;
use leptos::prelude::*;

/// Header with the "Simulation" marking, the storage notice, the page's main region, and the
/// footer with "Alle Daten löschen".
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <a class="skip-link" href="#inhalt">"Zum Inhalt springen"</a>
        <header class="site-header">
            <div class="container site-header__inner">
                <span class="site-header__name">"Antragssimulator Grundsicherung"</span>
                <span class="tag tag--simulation">"Simulation"</span>
            </div>
        </header>
        <div class="container">
            <p class="banner" role="note">
                <strong>"Simulation – kein echter Antrag; Ihre Angaben bleiben auf diesem Gerät."</strong>
                " Es wird nichts gesendet. Keine Rechtsberatung."
            </p>
            <div role="status" class="storage-status">
                {move || state.storage_problem.get().map(|message| view! {
                    <p class="notice notice--warning">{message}</p>
                })}
            </div>
            <main id="inhalt" class="main" tabindex="-1">
                {children()}
            </main>
        </div>
        <footer class="site-footer">
            <div class="container">
                <p>
                    "Ein Übungsangebot ohne Verbindung zu einem Jobcenter. Den echten Antrag stellen Sie bei Ihrem Jobcenter, formlos oder mit den amtlichen Formularen."
                </p>
                <DeleteAll />
            </div>
        </footer>
    }
}

/// "Alle Daten löschen", with a confirmation: shared devices at events must be wiped easily,
/// but never by one slip of the finger.
#[component]
fn DeleteAll() -> impl IntoView {
    let state = expect_context::<AppState>();
    let asking = RwSignal::new(false);
    let done = RwSignal::new(false);
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button button--secondary" on:click=move |_| {
                    done.set(false);
                    asking.set(true);
                }>
                    "Alle Daten löschen"
                </button>
                <p role="status" class="footer-status">
                    {move || done.get().then_some("Alle Angaben wurden von diesem Gerät gelöscht.")}
                </p>
            }
        >
            <div class="confirm" role="group" aria-labelledby="loeschen-frage">
                <p id="loeschen-frage"><strong>"Wirklich alle Angaben von diesem Gerät löschen?"</strong></p>
                <button type="button" class="button button--warning" on:click=move |_| {
                    state.delete_all();
                    asking.set(false);
                    done.set(true);
                }>
                    "Ja, alles löschen"
                </button>
                " "
                <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                    "Abbrechen"
                </button>
            </div>
        </Show>
    }
}
