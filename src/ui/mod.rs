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
pub mod split_points;
pub mod state;
pub mod storage_notices;
pub mod update;

/// Mount the app as soon as the module runs: the loading shell of index.html paints on its own
/// (its stylesheet is inline), and stays until the app's whole first page replaces it.
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
                mount_now();
            });
        }
        _ => mount_now(),
    }
}

/// The app is built off screen (the stored answers are read first, and the code of a first page
/// other than the start page fetched; see `App`), then takes the loading shell's place: the shell
/// stays until there is a whole page to replace it.
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
        let mode = mode::from_location().mode;
        let initial = app::initial_state(mode).await;
        // A first page other than the start page (a walk resumed, a page named by the address,
        // the presenter's map beside the start page): its code first, so that the shell gives way
        // to the whole page at once, not to a "loading" line that the page then pushes away.
        let side_page = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .and_then(|h| state::SidePage::from_hash(&h));
        if !initial.on_start_page() || side_page.is_some() || mode == mode::Mode::Praesentation {
            // Should it fail, the page says so and offers to try again.
            split_points::fetch().await;
        }
        leptos::mount::mount_to(
            offscreen,
            move || leptos::view! { <app::App reveal initial /> },
        )
        .forget();
    });
}
