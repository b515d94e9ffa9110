use crate::domain::flow::Event;
use crate::ui::app::AppState;
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
        <button
            type="button"
            class="button button--start"
            on:click=move |_| state.send(Event::Next)
        >
            "Simulation starten"
        </button>
        <h2>"Den echten Antrag stellen"</h2>
        <p>
            "Den echten Antrag stellen Sie beim Jobcenter Ihres Wohnorts: persönlich, schriftlich, "
            "telefonisch oder online. Der Antrag wirkt auf den Ersten des Monats zurück (§ 37 Abs. 2 SGB II)."
        </p>
    }
}
