//! The process map, drawn as SVG from `domain::process_map` (itself derived from the state
//! machine). Beside the form in presenter mode; a page of its own at #/ablauf.

use crate::domain::flow::Event;
use crate::domain::process_map::{process_map, NodeStatus, EXIT_WIDTH, NODE_HEIGHT, NODE_WIDTH};
use crate::domain::questions::step_title;
use crate::domain::step::Step;
use crate::i18n::k;
use crate::ui::i18n::{page_title, show, t, tf};
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ProcessMapSvg() -> impl IntoView {
    let w = expect_context::<AppState>().walkthrough;
    let map = Memo::new(move |_| w.with(process_map));
    move || {
        let m = map.get();
        let node_of = |id: &str| m.nodes.iter().find(|n| n.id == id);
        let edges = m
            .edges
            .iter()
            .filter_map(|e| {
                let (a, b) = (node_of(&e.from)?, node_of(&e.to)?);
                let d = if e.branch {
                    let (x1, y1) = (a.x + NODE_WIDTH, a.y + NODE_HEIGHT / 2);
                    let (x2, y2) = (b.x, b.y + NODE_HEIGHT / 2);
                    format!("M{x1} {y1} H{} V{y2} H{x2}", (x1 + x2) / 2)
                } else {
                    let x = a.x + NODE_WIDTH / 2;
                    format!("M{x} {} V{}", a.y + NODE_HEIGHT, b.y)
                };
                let class = if e.branch {
                    "map__edge map__edge--branch"
                } else {
                    "map__edge"
                };
                Some(view! { <path class=class d=d /> })
            })
            .collect_view();
        let current = m
            .nodes
            .iter()
            .find(|n| n.status == NodeStatus::Aktuell)
            .map(|n| show(&n.label))
            .unwrap_or_default();
        let nodes = m
            .nodes
            .iter()
            .map(|n| {
                let width = if n.exit { EXIT_WIDTH } else { NODE_WIDTH };
                let status = match n.status {
                    NodeStatus::Aktuell => "aktuell",
                    NodeStatus::Erledigt => "erledigt",
                    NodeStatus::Offen => "offen",
                    NodeStatus::Entfaellt => "entfaellt",
                };
                let mark = match n.status {
                    NodeStatus::Erledigt => "✓ ",
                    NodeStatus::Aktuell => "▶ ",
                    _ => "",
                };
                let room = match (n.exit, n.forms.len()) {
                    (true, _) => 26,
                    (false, 0) => 29,
                    (false, k) => 27 - 4 * k.min(4),
                };
                // The current step is drawn bold and marked, so it gets a little less room.
                let room = if n.status == NodeStatus::Aktuell {
                    room - 3
                } else {
                    room
                };
                let label = format!("{mark}{}", shorten(&show(&n.label), room));
                let forms = (!n.forms.is_empty()).then(|| {
                    view! {
                        <text class="map__forms" x=n.x + width - 6 y=n.y + 22 text-anchor="end">
                            {n.forms.join(" ")}
                        </text>
                    }
                });
                view! {
                    <g class=format!("map__node map__node--{status}") data-step=n.id.clone()>
                        <title>{format!("{}: {}", show(&n.label), show(&n.status.label()))}</title>
                        <rect x=n.x y=n.y width=width height=NODE_HEIGHT rx="4" />
                        <text x=n.x + 8 y=n.y + 22>{label}</text>
                        {forms}
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg
                class="map"
                viewBox=format!("-2 -2 {} {}", m.width + 4, m.height + 4)
                role="img"
                aria-label=tf(k::MAP_LABEL, &[("step", &current)])
            >
                {edges}
                {nodes}
            </svg>
        }
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{cut}…")
    }
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
        <div class="map-wrap"><ProcessMapSvg /></div>
        <MapLegend />
    }
}
