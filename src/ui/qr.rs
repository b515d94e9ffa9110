//! The QR code for handing the app over to an audience's phones, made in the app (offline) with
//! `qrcodegen`, drawn as one SVG path. It encodes the app's address with a role and the language,
//! nothing else.

use crate::domain::rolle::Rolle;
use crate::i18n::k;
use crate::ui::i18n::{t, tf};
use crate::ui::mode::share_url;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The QR code of `text` as (modules per side including a 4-module quiet zone, SVG path data).
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((size + 8, d))
}

#[component]
pub fn QrCodeView(url: String) -> impl IntoView {
    qr_path(&url).map(|(side, d)| {
        view! {
            <figure class="qr">
                <svg
                    class="qr__code"
                    viewBox=format!("0 0 {side} {side}")
                    role="img"
                    aria-label={tf(k::QR_QR_CODE, &[("url", &url)])}
                    shape-rendering="crispEdges"
                >
                    <rect width=side height=side fill="#fff" />
                    <path d=d fill="#000" />
                </svg>
                <figcaption class="qr__url">{url.clone()}</figcaption>
            </figure>
        }
    })
}

/// "Auf dem eigenen Handy öffnen": a QR code of this app's address with the role (chosen or
/// offered) and the language on screen, for an audience to follow on their phones. Never carries
/// answers. Offered on the start page, beside a role being played and in the presenter's help.
#[component]
pub fn HandOver(
    rolle: Option<Rolle>,
    /// Shown open (the presenter's help, where the code is what was asked for).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let url = share_url(&origin, &path, rolle, crate::ui::i18n::lang());
    // Made only when opened: encoding the code is work a page need not do up front, and its
    // code comes with the later pages' (`ui::split_points`).
    let shown = RwSignal::new(open);
    let later = expect_context::<crate::ui::state::LaterCode>();
    view! {
        <details class="handover" open=open on:toggle=move |_| shown.set(true)>
            <summary>{t(k::START_HANDOVER)}</summary>
            <p>{t(k::START_HANDOVER_TEXT)}</p>
            {move || shown.get().then(|| later.qr(url.clone()))}
        </details>
    }
}
