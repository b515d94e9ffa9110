//! The Leptos components. They render the walkthrough's current step and send it events; the
//! flow itself is decided in `domain::flow`.

pub mod app;
pub mod config_loader;
pub mod crash;
pub mod i18n;
pub mod kiosk;
pub mod language_switch;
pub mod layout;
pub mod mode;
pub mod pages;
pub mod presenter;
pub mod qr;
pub mod routing;
pub mod storage_notices;
pub mod update;

use crate::domain::date::Date;

/// Mount the app once the loading shell of index.html has been painted. Waiting for that frame
/// keeps the first paint independent of WebAssembly on every load, and splits start-up into
/// shorter tasks (compiling the module, then drawing the app; see `mount_now`).
pub fn mount() {
    crash::install();
    // A language chosen before is loaded first (from the service worker's cache, usually at
    // once), so the app never flashes German at someone who reads Arabic. Kiosks start in German.
    let wanted = i18n::remembered().filter(|_| mode::from_location().mode != mode::Mode::Kiosk);
    match wanted {
        Some(lang) if lang != crate::i18n::Lang::De => {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(catalogue) = i18n::load(lang).await {
                    i18n::apply(catalogue);
                }
                after_paint(mount_now);
            });
        }
        _ => after_paint(mount_now),
    }
}

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

/// The app is built off screen in short tasks (the stored answers are read here, then come its
/// state, its frame and its page; see `App`) instead of one long one on a slow phone, and then
/// takes the loading shell's place: the shell stays until there is a whole page to replace it.
fn mount_now() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(body), Some(root)) = (
        document.body(),
        document
            .create_element("div")
            .ok()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return;
    };
    let initial = app::initial_state(mode::from_location().mode);
    let offscreen = root.clone();
    let reveal: Box<dyn FnOnce()> = Box::new(move || {
        if let Some(shell) = document.get_element_by_id("shell") {
            shell.remove();
        }
        let _ = body.append_child(&root);
    });
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        leptos::mount::mount_to(
            offscreen,
            move || leptos::view! { <app::App reveal initial /> },
        )
        .forget();
    });
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
