//! How the app is being used, chosen deliberately by a URL flag and fixed for the page's life:
//! `?modus=praesentation` for a projector, `?modus=kiosk` for a shared device at a stand. A
//! `?rolle=` names a persona to offer on the start page and `?sprache=` the language to show
//! (both from the QR hand-over).

use crate::domain::rolle::Rolle;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Large type, high contrast, the process map beside the form, keyboard shortcuts.
    Praesentation,
    /// Nothing written to browser storage; wiped after a period without input.
    Kiosk,
}

/// What the page's address asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlFlags {
    pub mode: Mode,
    pub rolle: Option<Rolle>,
    pub sprache: Option<Lang>,
}

/// Read the flags from a query string ("?modus=kiosk&rolle=studentin"). Unknown values are
/// ignored: a mistyped flag gives the normal app, never a half-set mode. Flags that contradict
/// each other resolve to the safer mode, whatever their order: kiosk (nothing stored, wiped when
/// idle) wins over presentation.
pub fn parse_query(query: &str) -> UrlFlags {
    let mut flags = UrlFlags {
        mode: Mode::Normal,
        rolle: None,
        sprache: None,
    };
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match (key, value) {
            ("modus", "praesentation") if flags.mode != Mode::Kiosk => {
                flags.mode = Mode::Praesentation
            }
            ("modus", "kiosk") => flags.mode = Mode::Kiosk,
            ("rolle", slug) => {
                if let Some(rolle) = Rolle::from_slug(slug) {
                    flags.rolle = Some(rolle);
                }
            }
            ("sprache", code) => {
                if let Some(lang) = Lang::from_code(code) {
                    flags.sprache = Some(lang);
                }
            }
            _ => {}
        }
    }
    flags
}

pub fn from_location() -> UrlFlags {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse_query(&query)
}

/// The address to hand over (QR code): this app, with the role if one is chosen and the language
/// if it is not German, and never anything the person typed.
pub fn share_url(origin: &str, path: &str, rolle: Option<Rolle>, lang: Lang) -> String {
    let mut flags = Vec::new();
    if let Some(rolle) = rolle {
        flags.push(format!("rolle={}", rolle.slug()));
    }
    if lang != Lang::De {
        flags.push(format!("sprache={}", lang.code()));
    }
    if flags.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{}", flags.join("&"))
    }
}
