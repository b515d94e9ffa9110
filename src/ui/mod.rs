//! The Leptos components. They render the walkthrough's current step and send it events; the
//! flow itself is decided in `domain::flow`.

pub mod app;
pub mod browser;
pub mod config_loader;
pub mod crash;
pub mod data_file;
pub mod i18n;
pub mod kiosk;
pub mod language_switch;
pub mod layout;
pub mod mode;
pub mod pages;
pub mod presenter;
pub mod qr;
pub mod restart;
pub mod routing;
pub mod state;
pub mod storage_notices;
pub mod update;

/// Mount the app once the loading shell of index.html has been painted. Waiting for that frame
/// keeps the first paint independent of WebAssembly on every load, and splits start-up into
/// shorter tasks (compiling the module, then drawing the app; see `mount_now`).
pub fn mount() {
    crash::install();
    // A language chosen before is loaded first (from the service worker's cache, usually at
    // once), so the app never flashes German at someone who reads Arabic. Kiosks start in German.
    // A language in the address (the QR hand-over) is this person's choice; outside a kiosk it is
    // remembered like a click on the switch.
    let flags = mode::from_location();
    let kiosk = flags.mode == mode::Mode::Kiosk;
    if let (Some(lang), false) = (flags.sprache, kiosk) {
        i18n::remember(lang);
    }
    let wanted = flags
        .sprache
        .or_else(|| i18n::remembered().filter(|_| !kiosk));
    match wanted {
        Some(lang) if lang != crate::i18n::Lang::De => {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(catalogue) = i18n::load(lang).await {
                    i18n::apply(catalogue);
                }
                browser::after_paint(mount_now);
            });
        }
        _ => browser::after_paint(mount_now),
    }
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
    let offscreen = root.clone();
    let reveal: Box<dyn FnOnce()> = Box::new(move || {
        if let Some(shell) = document.get_element_by_id("shell") {
            shell.remove();
        }
        let _ = body.append_child(&root);
    });
    wasm_bindgen_futures::spawn_local(async move {
        let initial = app::initial_state(mode::from_location().mode).await;
        browser::next_task().await;
        leptos::mount::mount_to(
            offscreen,
            move || leptos::view! { <app::App reveal initial /> },
        )
        .forget();
    });
}
