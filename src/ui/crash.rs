//! If the app ever panics, the page must not go blank: the panic hook replaces the page with a
//! calm message, a way to start again, and a way to download the answers stored on this device.
//! It only uses the DOM and storage directly, because the app itself is no longer running.

use crate::i18n::k;
use std::panic::PanicHookInfo;

/// Install the hook; called once when the app starts.
pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        show_crash_screen(&info.to_string());
    }));
}

/// Replace the page with the crash screen. `detail` goes to the browser console only.
pub fn show_crash_screen(detail: &str) {
    web_sys::console::error_1(&detail.into());
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        render_crash_screen(&body);
    }
}

/// A text of the current language, escaped for the markup below.
fn text(key: crate::i18n::Key) -> String {
    crate::i18n::t(key)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The crash screen's content, written into `target`, in the language the page was shown in.
pub fn render_crash_screen(target: &web_sys::Element) {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(crate::storage::KEY).ok().flatten());
    // A data: link needs no script to work, and the answers never leave the device.
    let download = stored
        .map(|raw| {
            let href = String::from(js_sys::encode_uri_component(&raw));
            format!(
                r#"<p><a class="button button--secondary" download="antragssimulator-angaben.json" href="data:application/json;charset=utf-8,{href}">{}</a></p>"#,
                text(k::CRASH_EXPORT)
            )
        })
        .unwrap_or_default();
    target.set_inner_html(&format!(
        r#"<div class="container"><main class="main" id="inhalt">
<h1>{title}</h1>
<p class="lead">{lead}</p>
{download}
<p><a class="button" href="./">{restart}</a></p>
<p>{note}</p>
</main></div>"#,
        title = text(k::CRASH_TITLE),
        lead = text(k::CRASH_LEAD),
        restart = text(k::CRASH_RESTART),
        note = text(k::CRASH_NOTE),
    ));
}
