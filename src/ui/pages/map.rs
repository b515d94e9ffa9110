//! The process map, drawn as an ordered list from `domain::process_map` (itself derived from the
//! state machine): the main line of steps, each with the exits that branch off it. Laid out by
//! CSS, so labels wrap instead of being cut, the map mirrors in right-to-left languages and grows
//! with the presenter's type. Beside the form in presenter mode; a page of its own at #/ablauf.

use crate::domain::flow::Event;
use crate::domain::process_map::{process_map, Node, NodeStatus};
use crate::domain::questions::step_title;
use crate::domain::step::Step;
use crate::i18n::k;
use crate::ui::i18n::{page_title, show, t, tf};
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ProcessMap(
    /// A scroll box of its own beside the form: reachable by keyboard, kept at the current step.
    #[prop(optional)]
    scroll_box: bool,
) -> impl IntoView {
    let w = expect_context::<AppState>().walkthrough;
    let map = Memo::new(move |_| w.with(process_map));
    let list = NodeRef::<html::Ol>::new();
    // Where the map is a scroll box of its own (beside the form), the current step is kept in
    // its middle: the map scrolls, never the page. The motion is the stylesheet's (smooth, none
    // under prefers-reduced-motion).
    Effect::new(move |_| {
        map.track();
        if let Some(list) = list.get() {
            request_animation_frame(move || keep_current_in_view(list.unchecked_ref()));
        }
    });
    move || {
        let m = map.get();
        let current = m
            .nodes
            .iter()
            .find(|n| n.status == NodeStatus::Aktuell)
            .map(|n| show(&n.label))
            .unwrap_or_default();
        let rows = m
            .rows()
            .into_iter()
            .map(|row| {
                let exits = (!row.exits.is_empty()).then(|| {
                    view! {
                        <ul class="map__exits">
                            {row.exits.iter().map(|n| view! { <li>{node(n)}</li> }).collect_view()}
                        </ul>
                    }
                });
                view! { <li class="map__row">{node(row.step)}{exits}</li> }
            })
            .collect_view();
        view! {
            <ol
                class="map"
                node_ref=list
                tabindex=scroll_box.then_some("0")
                aria-label=tf(k::MAP_LABEL, &[("step", &current)])
            >
                {rows}
            </ol>
        }
    }
}

/// One box: its mark and label, the Anlagen it brings in, and its status in words for those who
/// cannot see the colour.
fn node(n: &Node) -> impl IntoView {
    let status = match n.status {
        NodeStatus::Aktuell => "aktuell",
        NodeStatus::Erledigt => "erledigt",
        NodeStatus::Offen => "offen",
        NodeStatus::Entfaellt => "entfaellt",
    };
    let mark = match n.status {
        NodeStatus::Erledigt => "✓",
        NodeStatus::Aktuell => "●",
        _ => "",
    };
    let forms = (!n.forms.is_empty())
        .then(|| view! { <span class="map__forms">{n.forms.join(" ")}</span> });
    let exit = if n.exit { " map__node--exit" } else { "" };
    view! {
        <div
            class=format!("map__node map__node--{status}{exit}")
            data-step=n.id.clone()
            aria-current=(n.status == NodeStatus::Aktuell).then_some("step")
        >
            <span class="map__mark" aria-hidden="true">{mark}</span>
            <span class="map__label">{show(&n.label)}</span>
            {forms}
            <span class="visually-hidden">{format!(" ({})", show(&n.status.label()))}</span>
        </div>
    }
}

fn keep_current_in_view(list: &web_sys::HtmlElement) {
    let current = list
        .query_selector(".map__node--aktuell")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(current) = current else { return };
    if list.scroll_height() <= list.client_height() {
        return;
    }
    // Offsets are relative to the list (it is positioned); the row holds the box.
    let row = current
        .parent_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let top = row.map_or(0, |r| r.offset_top()) + current.offset_top();
    let middle = top - (list.client_height() - current.offset_height()) / 2;
    list.set_scroll_top(middle.max(0));
}

/// The legend and the list of steps one may jump to (those already reached).
#[component]
pub fn MapLegend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let w = state.walkthrough;
    let reached = Memo::new(move |_| {
        w.with(|w| {
            let mut steps: Vec<Step> = w.route();
            steps.extend(crate::domain::step::AFTER_SUBMISSION);
            steps
                .into_iter()
                .filter(|s| w.reached.contains(s) && *s != w.current)
                .filter(|s| w.submission.is_none() || s.is_after_submission())
                .map(|s| (s, show(&step_title(s, &w.antrag))))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <ul class="map-legend">
            <li><span class="map-legend__swatch map-legend__swatch--aktuell"></span>{t(k::MAP_LEGEND_CURRENT)}</li>
            <li><span class="map-legend__swatch map-legend__swatch--erledigt"></span>{t(k::MAP_LEGEND_DONE)}</li>
            <li><span class="map-legend__swatch"></span>{t(k::MAP_LEGEND_OPEN)}</li>
            <li><span class="map-legend__swatch map-legend__swatch--entfaellt"></span>{t(k::MAP_LEGEND_NOT_APPLICABLE)}</li>
            <li>{t(k::MAP_LEGEND_FORMS)}</li>
        </ul>
        <Show when=move || reached.with(|r| !r.is_empty())>
            <h3 class="map-jump__title">{t(k::MAP_JUMP)}</h3>
            <ul class="map-jump">
                {move || reached.get().into_iter().map(|(step, title)| view! {
                    <li>
                        <button type="button" class="link-button" on:click=move |_| {
                            state.side_page.set(None);
                            state.send(Event::GoTo(step));
                        }>{title}</button>
                    </li>
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// The map as a page of its own (#/ablauf).
#[component]
pub fn MapPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&page_title(t(k::MAP_TITLE), false));
    }
    let back = move |_| crate::ui::routing::back_to_walkthrough(state);
    view! {
        <button type="button" class="back-link" on:click=back>{t(k::SIDE_BACK)}</button>
        <h1 tabindex="-1">{t(k::MAP_TITLE)}</h1>
        <p>{t(k::MAP_LEAD)}</p>
        <div class="map-wrap"><ProcessMap /></div>
        <MapLegend />
    }
}
