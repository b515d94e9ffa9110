//! The QR code for handing the app over to an audience's phones, made in the app (offline) with
//! `qrcodegen`, drawn as one SVG path. It encodes the app's address and a chosen role only.

use crate::i18n::k;
use crate::ui::i18n::tf;
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
