use leptos::prelude::*;

/// Header with the "Simulation" marking, the page's main region, and the footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
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
            <main id="inhalt" class="main" tabindex="-1">
                {children()}
            </main>
        </div>
        <footer class="site-footer">
            <div class="container">
                <p>
                    "Ein Übungsangebot ohne Verbindung zu einem Jobcenter. Den echten Antrag stellen Sie bei Ihrem Jobcenter, formlos oder mit den amtlichen Formularen."
                </p>
            </div>
        </footer>
    }
}
