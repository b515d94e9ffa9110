//! A minimal Leptos counter: the baseline of the web benchmark.
use leptos::prelude::*;

#[component]
fn Counter() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <main>
            <h1>"Zähler"</h1>
            <button type="button" on:click=move |_| count.update(|n| *n += 1)>"Weiter"</button>
            <p>{move || count.get()}</p>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Counter);
}
