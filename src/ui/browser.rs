//! The few things the UI asks of the browser itself: the date, the moment after a paint, a later
//! task, the document title, and the focused field. A leaf: it knows no component.

use crate::domain::date::Date;

/// Run `f` once the next frame has been painted: a timeout set in the frame callback runs after
/// that frame's paint. For work the person need not wait for before seeing a change.
pub fn after_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO);
    });
}

/// Set the document title once the page is painted (the title is not on the page, and setting it
/// costs a round trip to the browser). Titles name pages and roles, never typed data: the browser
/// keeps them in its history, out of reach of "Alle Daten löschen".
pub fn set_title(title: String) {
    after_paint(move || {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
        }
    });
}

/// Let the focused field hand over its value (a text field sends it on `change`, when it loses
/// the focus) while its page is still there: call before the page is taken away by something
/// other than the person's click (browser history, a kiosk wiping itself), which would otherwise
/// fire that `change` in the middle of taking the page down.
pub fn commit_focused_field() {
    use wasm_bindgen::JsCast;
    if let Some(field) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = field.blur();
    }
}

/// Resolves in a later task: lets the browser paint and answer input between two pieces of
/// start-up work, so that neither makes one long task on a slow phone.
pub async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::set_timeout(
            move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            },
            std::time::Duration::ZERO,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}

/// Today's date from the browser's clock, the only place the app reads it. Falls back to a fixed
/// date if the clock reports something impossible, so the app still starts.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}
