//! The glossary page (#/begriffe): the legal terms of the real forms and letters in plain words,
//! each with its rule; and `Terms`, which links a text's terms to it where they appear.

use crate::domain::glossary::{segments, Segment, BEGRIFFE};
use crate::i18n::k;
use crate::ui::i18n::{page_title, t, tf};
use crate::ui::routing::{back_to_walkthrough, term_href};
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A text with the first mention of each glossary term linked to its explanation.
#[component]
pub fn Terms(#[prop(into)] text: String) -> impl IntoView {
    segments(&text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Term(word, b) => view! {
                <a class="term" href=term_href(b.id) title=tf(k::GLOSSARY_LINK_TITLE, &[("term", b.term)])>
                    {word.to_string()}
                </a>
            }
            .into_any(),
        })
        .collect_view()
}

#[component]
pub fn GlossaryPage(focus: Option<&'static str>) -> impl IntoView {
    let state = expect_context::<AppState>();
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&page_title(t(k::GLOSSARY_TITLE), false));
    }
    // Opened at a term: that term's heading gets the focus (and so the screen), else the page's.
    let target = focus.map_or_else(
        || "begriffe-titel".to_string(),
        |id| format!("begriff-{id}"),
    );
    request_animation_frame(move || {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&target))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            h.scroll_into_view();
            let _ = h.focus();
        }
    });
    let back = move |_| back_to_walkthrough(state);
    view! {
        <button type="button" class="back-link" on:click=back>{t(k::SIDE_BACK)}</button>
        <h1 id="begriffe-titel" tabindex="-1">{t(k::GLOSSARY_TITLE)}</h1>
        <p class="lead">{t(k::GLOSSARY_LEAD)}</p>
        <dl class="glossary">
            {BEGRIFFE.iter().map(|b| view! {
                <dt id=format!("begriff-{}", b.id) tabindex="-1">
                    <span lang="de">{b.term}</span>
                    {Some(t(b.translation())).filter(|tr| crate::i18n::bidi::without_marks(tr) != b.term).map(|tr| view! { " (" {tr} ")" })}
                </dt>
                <dd>
                    <p>{t(b.explanation())}</p>
                    <p class="glossary__law">{t(k::STEP_LAW)} " " {crate::ui::i18n::value(b.law)}</p>
                </dd>
            }).collect_view()}
        </dl>
        <p class="notice" role="note">{t(k::GLOSSARY_NOTE)}</p>
    }
}
