use crate::domain::flow::Event;
use crate::domain::personas;
use crate::ui::app::AppState;
use crate::ui::mode::share_url;
use crate::ui::qr::QrCodeView;
use leptos::prelude::*;

/// The start page (GOV.UK "start using a service"): what this is, how long it takes, what stays
/// private, and one button.
#[component]
pub fn StartPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <h1>"Antrag auf Grundsicherung üben"</h1>
        <p class="lead">
            "Gehen Sie Schritt für Schritt durch einen Antrag auf Grundsicherung für Arbeitsuchende "
            "(SGB II: bis Juni 2026 „Bürgergeld“, seit Juli 2026 „Grundsicherungsgeld“). "
            "Sie sehen, was das Jobcenter fragt und welche Anlagen zu Ihrer Lage gehören."
        </p>
        <h2>"Was Sie hier erfahren"</h2>
        <ul class="list">
            <li>"welche Fragen der Hauptantrag und seine Anlagen stellen"</li>
            <li>"welche Anlagen und Nachweise Sie brauchen würden"</li>
            <li>"ungefähr, was in einem Bescheid stehen könnte"</li>
        </ul>
        <p>"Das dauert etwa 15 bis 25 Minuten. Sie brauchen nichts vorzubereiten."</p>
        <div class="notice" role="note">
            <h2 class="notice__title">"Simulation – kein echter Antrag; Ihre Angaben bleiben auf diesem Gerät."</h2>
            <p>
                "Was Sie eingeben, wird nicht gesendet und verlässt dieses Gerät nicht. "
                "Die Simulation ist keine Rechtsberatung und begründet keinen Anspruch."
            </p>
        </div>
        {state.offered_role.and_then(personas::by_id).map(|p| view! {
            <div class="notice role-offer">
                <h2 class="notice__title">"Ihre Rolle: " {p.title}</h2>
                <p>{p.story}</p>
                <button type="button" class="button" on:click=move |_| state.send(Event::Rolle(Some(p.id.to_string())))>
                    "Mit dieser Rolle starten"
                </button>
            </div>
        })}
        <button
            type="button"
            class="button button--start"
            on:click=move |_| state.send(Event::Next)
        >
            "Simulation starten"
        </button>
        <Later />
    }
}

/// The part of the start page below the start button, drawn in the task after the first one:
/// the page is usable sooner, and start-up is not one long task on a slow phone.
#[component]
fn Later() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = RwSignal::new(false);
    crate::ui::after_paint(move || shown.set(true));
    move || {
        shown.get().then(|| {
            view! {
                <h2>"Eine Rolle übernehmen"</h2>
                <p>
                    "Für Veranstaltungen und Schulungen: Übernehmen Sie die Lage eines anderen Menschen. "
                    "Seine Geschichte und seine Unterlagen stehen neben dem Formular; die Fragen beantworten Sie selbst."
                </p>
                <ul class="personas">
                    {personas::all().iter().map(|p| view! {
                        <li class="persona">
                            <h3 class="persona__title">{p.title}</h3>
                            <p class="persona__story">{p.story}</p>
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| state.send(Event::Rolle(Some(p.id.to_string())))
                            >
                                "Als diese Person starten"
                                <span class="visually-hidden">": " {p.title}</span>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                <HandOver />
                <h2>"Den echten Antrag stellen"</h2>
                <p>
                    "Den echten Antrag stellen Sie beim Jobcenter Ihres Wohnorts: persönlich, schriftlich, "
                    "telefonisch oder online. Der Antrag wirkt auf den Ersten des Monats zurück (§ 37 Abs. 2 SGB II)."
                </p>
            }
        })
    }
}

/// "Auf dem eigenen Handy öffnen": a QR code of this app's address (with the offered role, if
/// any), for an audience to follow on their phones. Never carries answers.
#[component]
fn HandOver() -> impl IntoView {
    let state = expect_context::<AppState>();
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let url = share_url(&origin, &path, state.offered_role);
    // Made only when opened: encoding the code is work the start page need not do up front.
    let open = RwSignal::new(false);
    view! {
        <details class="handover" on:toggle=move |_| open.set(true)>
            <summary>"Auf dem eigenen Handy öffnen (QR-Code)"</summary>
            <p>"Der QR-Code enthält nur die Adresse dieser Seite, keine Angaben."</p>
            {move || open.get().then(|| view! { <QrCodeView url=url.clone() /> })}
        </details>
    }
}
