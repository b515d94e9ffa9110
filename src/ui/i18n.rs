//! The catalogue the page is shown in: texts, amounts and dates in the chosen language, the
//! page's `lang` and `dir`, loading a language file when it is first chosen, and remembering the
//! choice on this device (never in kiosk mode).

use crate::i18n::{Catalogue, Lang};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Texts in the current language. Not reactive: the app draws its pages anew when the language
/// changes (see `App`), so a page holds plain text, not one watcher per text.
pub use crate::i18n::{t, tf};

thread_local! {
    /// Languages loaded in this session; each is read once and kept for the page's life.
    static LOADED: RefCell<Vec<&'static Catalogue>> = const { RefCell::new(Vec::new()) };
}

pub fn lang() -> Lang {
    crate::i18n::current().lang()
}

pub use crate::i18n::{date, money};

/// A value shown as it is (a typed name, an address, a reference number): isolated from the
/// sentence around it in a right-to-left language (see `i18n::bidi`).
pub fn value(s: impl Into<String>) -> String {
    crate::i18n::current().value(s.into())
}

/// What the domain says ([`Text`]), in the current language.
pub fn show(text: &crate::i18n::Text) -> String {
    text.render(crate::i18n::current())
}

/// A sentence of the catalogue with its `{name}` value set in bold: the words around it stay
/// where the language puts them.
pub fn with_strong(key: crate::i18n::Key, name: &str, value: String) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let text = t(key);
    let mark = format!("{{{name}}}");
    let (before, after) = text.split_once(&mark).unwrap_or((text, ""));
    view! { {before} <strong>{value}</strong> {after} }
}

/// The document title: the page's name, the app's name, and "Fehler" first when the page shows
/// errors (so a screen reader hears it on arrival).
pub fn page_title(page: &str, errors: bool) -> String {
    use crate::i18n::k;
    let key = if errors {
        k::SITE_PAGE_TITLE_ERROR
    } else {
        k::SITE_PAGE_TITLE
    };
    tf(key, &[("page", page)])
}

/// Show the page in `catalogue`'s language from now on: texts, `lang` and `dir` of the document.
pub fn apply(catalogue: &'static Catalogue) {
    crate::i18n::set_current(catalogue);
    let lang = catalogue.lang();
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.html_lang());
        let _ = root.set_attribute("dir", lang.dir());
    }
}

/// The catalogue of `lang`, from memory or from the app's own language file.
pub async fn load(lang: Lang) -> Option<&'static Catalogue> {
    if lang == Lang::De {
        return Some(crate::i18n::german());
    }
    if let Some(known) = LOADED.with(|l| l.borrow().iter().copied().find(|c| c.lang() == lang)) {
        return Some(known);
    }
    let text = fetch_text(&lang.file_name()).await?;
    let catalogue = Catalogue::from_file(lang, &text).ok()?;
    // Kept for the page's life: at most five languages, each loaded once.
    let catalogue: &'static Catalogue = Box::leak(Box::new(catalogue));
    LOADED.with(|l| l.borrow_mut().push(catalogue));
    Some(catalogue)
}

/// Complete the compiled-in German texts from the German language file (the release build
/// compiles in only the texts the first module shows; see build.rs). False if the file could not
/// be loaded; a later call tries again.
pub async fn complete_german() -> bool {
    if crate::i18n::german_is_complete() {
        return true;
    }
    let Some(text) = fetch_text(&Lang::De.file_name()).await else {
        return false;
    };
    crate::i18n::complete_german(&text).is_ok()
}

/// Should a German text be asked for before it is here (build.rs left it out by mistake): load
/// the German file and draw every page anew, and say so in the console, where the browser tests
/// see it.
pub fn redraw_when_texts_are_missing(lang: leptos::prelude::RwSignal<Lang>) {
    use leptos::prelude::*;
    thread_local! {
        static LOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    crate::i18n::on_missing_text(move || {
        if LOADING.replace(true) {
            return;
        }
        web_sys::console::error_1(
            &"A German text was shown before it was loaded (build.rs: LATER_FILES); the page is drawn again."
                .into(),
        );
        leptos::task::spawn_local(async move {
            if complete_german().await {
                lang.try_update(|_| {});
            }
            LOADING.set(false);
        });
    });
}

/// The file from the service worker's cache, where the first visit put every language, read
/// directly: no request, even on the first visit, before the worker controls the page. Fetched
/// from the app's own server only where there is no such cache.
async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let cached = match window.caches() {
        Ok(caches) => JsFuture::from(caches.match_with_str(url))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok()),
        Err(_) => None,
    };
    let response = match cached {
        Some(response) => response,
        None => JsFuture::from(window.fetch_with_str(url))
            .await
            .ok()?
            .dyn_into()
            .ok()?,
    };
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The chosen language is kept where the answers are kept: storage.rs.
pub use crate::storage::{load_language as remembered, save_language as remember};
