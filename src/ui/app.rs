use super::layout::Layout;
use super::pages::start::StartPage;
use crate::domain::flow::{Event, Step, Walkthrough};
use leptos::prelude::*;

/// The one piece of state: the walkthrough. Components read it and send it events.
#[derive(Clone, Copy)]
pub struct AppState {
    pub walkthrough: RwSignal<Walkthrough>,
}

impl AppState {
    pub fn send(&self, event: Event) {
        self.walkthrough.update(|w| w.apply(event));
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        walkthrough: RwSignal::new(Walkthrough::new(super::today())),
    };
    provide_context(state);
    let current = Memo::new(move |_| state.walkthrough.with(|w| w.current));
    view! {
        <Layout>
            {move || match current.get() {
                Step::Start => view! { <StartPage /> }.into_any(),
                step => view! { <super::pages::step::StepPage step /> }.into_any(),
            }}
        </Layout>
    }
}
