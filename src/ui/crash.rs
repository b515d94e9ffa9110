//! If the app ever panics, the page must not go blank: the panic hook replaces the page with a
//! calm message, a way to start again, and a way to download the answers stored on this device.
//! It only uses the DOM and storage directly, because the app itself is no longer running.

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

/// The crash screen's content, written into `target`.
pub fn render_crash_screen(target: &web_sys::Element) {
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(crate::storage::KEY).ok().flatten());
    // A data: link needs no script to work, and the answers never leave the device.
    let download = stored
        .map(|raw| {
            let href = String::from(js_sys::encode_uri_component(&raw));
            format!(
                r#"<p><a class="button button--secondary" download="antragssimulator-angaben.json" href="data:application/json;charset=utf-8,{href}">Daten exportieren</a></p>"#
            )
        })
        .unwrap_or_default();
    target.set_inner_html(&format!(
        r#"<div class="container"><main class="main" id="inhalt">
<h1>Etwas ist schiefgelaufen</h1>
<p class="lead">Der Antragssimulator hat einen Fehler gemacht und musste anhalten. Ihre gespeicherten Angaben sind noch auf diesem Gerät.</p>
{download}
<p><a class="button" href="./">Neu starten</a></p>
<p>Es wurde nichts gesendet. Wenn der Fehler wieder auftritt, wählen Sie „Daten exportieren“ und danach „Alle Daten löschen“ auf der Startseite.</p>
</main></div>"#
    ));
}
