//! The text catalogue: every text the app shows, one key per message, in six languages. German is
//! the source and compiled in; the others are files loaded when a person chooses them, so the
//! first load carries one language only (see build.rs and scripts/locales.py). In the split
//! release build only the German texts the first module can show are compiled in; the rest
//! comes from the German file with the later pages' code ([`complete_german`]).
//!
//! Plain Rust like the domain. The domain says what it means as [`Text`] values (a key with its
//! amounts, dates and names) and never reads a language; the UI renders them. The current
//! language is ambient for the UI only, like a process's locale: the UI sets it ([`set_current`])
//! and then draws the pages anew, its own texts ([`t`], [`tf`]) and the domain's `Text` in it.
//! Untouched (native tests, start-up), it is German.

pub mod bidi;
pub mod format;
pub mod text;

pub use text::{fill, text, AsArg, Text};

use std::cell::{Cell, RefCell};
use thiserror::Error;

/// One message of the catalogue. The constants in [`k`] are the only way to make one, so a key
/// that does not exist cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(u16);

impl Key {
    fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The key as written in locales/*.json.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn name(self) -> &'static str {
        KEY_NAMES.get(self.index()).copied().unwrap_or("?")
    }

    /// The message in German, the source language (tests, and text that must read as on the
    /// German forms whatever the page's language).
    pub fn german(self) -> &'static str {
        german_text(self)
    }

    /// Every key, in catalogue order.
    pub fn all() -> impl Iterator<Item = Key> {
        (0..KEY_COUNT)
            .filter_map(|i| u16::try_from(i).ok())
            .map(Key)
    }
}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The languages a person can choose. Leichte Sprache is German in easy words, its own
/// catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    De,
    Ls,
    En,
    Uk,
    Ar,
    Tr,
}

impl Lang {
    /// In the order of the language switch. Same codes and order as build.rs.
    pub const ALL: [Lang; 6] = [Lang::De, Lang::Ls, Lang::En, Lang::Uk, Lang::Ar, Lang::Tr];

    /// The catalogue's code, also the file name and the stored choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::Ls => "ls",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The `lang` attribute: Leichte Sprache is German to a screen reader.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Ls => "de",
            other => other.code(),
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language's name in itself, as the switch shows it (never translated).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::Ls => "Leichte Sprache",
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
        }
    }

    /// Where the built app keeps this language's texts (German's completes the compiled-in ones).
    /// The key list's fingerprint is part of the name, so an app never reads a file made for
    /// another version of itself.
    pub fn file_name(self) -> String {
        format!("locales/{}-{FINGERPRINT}.txt", self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogueError {
    #[error("the language file was made for another version of the app")]
    OtherVersion,
}

/// The texts of one language.
#[derive(Debug, PartialEq)]
pub struct Catalogue {
    lang: Lang,
    /// `None` for German, whose texts are compiled in.
    texts: Option<Vec<String>>,
}

impl Catalogue {
    pub const GERMAN: Catalogue = Catalogue {
        lang: Lang::De,
        texts: None,
    };

    /// Read a language file as scripts/locales.py writes it: the fingerprint on the first line,
    /// then one text per line in key order (build.rs makes sure no text has a line break). Plain
    /// lines, not JSON: reading them needs no parser in the app. (German's file completes the
    /// compiled-in texts: [`complete_german`].)
    pub fn from_file(lang: Lang, file: &str) -> Result<Catalogue, CatalogueError> {
        let mut lines = file.strip_suffix('\n').unwrap_or(file).split('\n');
        if lines.next() != Some(FINGERPRINT) {
            return Err(CatalogueError::OtherVersion);
        }
        // In a right-to-left language the left-to-right runs are isolated once, here.
        let texts: Vec<String> = if lang.is_rtl() {
            lines.map(bidi::isolate_ltr_runs).collect()
        } else {
            lines.map(str::to_string).collect()
        };
        if texts.len() != KEY_COUNT {
            return Err(CatalogueError::OtherVersion);
        }
        Ok(Catalogue {
            lang,
            texts: Some(texts),
        })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn get(&self, key: Key) -> &str {
        match &self.texts {
            Some(texts) => texts.get(key.index()).map_or("", String::as_str),
            None => german_text(key),
        }
    }

    /// The text with its `{name}` placeholders filled in.
    /// In a right-to-left language each value is isolated (a name, an amount, an address).
    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        if self.lang.is_rtl() {
            let isolated: Vec<(&str, String)> = args
                .iter()
                .map(|(name, value)| (*name, bidi::isolate_ltr_runs(value)))
                .collect();
            let pairs: Vec<(&str, &str)> = isolated.iter().map(|(n, v)| (*n, v.as_str())).collect();
            fill_template(self.get(key), &pairs)
        } else {
            fill_template(self.get(key), args)
        }
    }

    /// A value shown on its own (an amount in a cell, a typed name) the way this language needs
    /// it: isolated in a right-to-left language.
    pub fn value(&self, s: String) -> String {
        if self.lang.is_rtl() {
            bidi::isolate_ltr_runs(&s)
        } else {
            s
        }
    }
}

static GERMAN_TEXTS: Catalogue = Catalogue::GERMAN;

thread_local! {
    static CURRENT: Cell<&'static Catalogue> = const { Cell::new(&GERMAN_TEXTS) };
    /// The German file's texts, once [`complete_german`] has them (kept for the page's life).
    static GERMAN_FILE: Cell<Option<&'static [String]>> = const { Cell::new(None) };
    /// Told when a text was asked for that is neither compiled in nor loaded yet.
    static ON_MISSING: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
}

/// The German text of `key`: compiled in, or from the German file. A text asked for before
/// the file is here is empty, and [`on_missing_text`]'s hook is told (build.rs leaves a text out
/// only when no code of the first module names it, so this is a mistake, not a state).
fn german_text(key: Key) -> &'static str {
    let compiled = GERMAN.get(key.index()).copied().unwrap_or("");
    match german_at(compiled, GERMAN_FILE.with(Cell::get), key.index()) {
        Some(text) => text,
        None => {
            ON_MISSING.with(|hook| {
                if let Some(hook) = hook.borrow().as_ref() {
                    hook();
                }
            });
            ""
        }
    }
}

/// The compiled-in text unless it is left out (empty), then the file's; `None` if neither is
/// there.
fn german_at(
    compiled: &'static str,
    file: Option<&'static [String]>,
    index: usize,
) -> Option<&'static str> {
    if !compiled.is_empty() {
        return Some(compiled);
    }
    file.and_then(|texts| texts.get(index)).map(String::as_str)
}

/// Whether every German text is here: compiled in (native builds, tests) or loaded.
pub fn german_is_complete() -> bool {
    GERMAN_FILE.with(Cell::get).is_some() || GERMAN.iter().all(|text| !text.is_empty())
}

/// Complete the German texts from the German language file (scripts/locales.py writes it like
/// the others). Once: a second file is not read.
pub fn complete_german(file: &str) -> Result<(), CatalogueError> {
    if german_is_complete() {
        return Ok(());
    }
    let catalogue = Catalogue::from_file(Lang::De, file)?;
    let texts: &'static [String] =
        Box::leak(catalogue.texts.unwrap_or_default().into_boxed_slice());
    GERMAN_FILE.with(|f| f.set(Some(texts)));
    Ok(())
}

/// `hook` is called whenever a German text is asked for that is not here yet (the UI loads it
/// and draws the page again).
pub fn on_missing_text(hook: impl Fn() + 'static) {
    ON_MISSING.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
}

/// The catalogue texts come from now on.
pub fn current() -> &'static Catalogue {
    CURRENT.with(Cell::get)
}

/// Show texts in `catalogue`'s language from now on (on this thread).
pub fn set_current(catalogue: &'static Catalogue) {
    CURRENT.with(|c| c.set(catalogue));
}

/// German: the compiled-in texts, completed by the German file once it is loaded.
pub fn german() -> &'static Catalogue {
    &GERMAN_TEXTS
}

/// A text in the current language.
pub fn t(key: Key) -> &'static str {
    current().get(key)
}

/// A text in the current language with its placeholders filled in.
pub fn tf(key: Key, args: &[(&str, &str)]) -> String {
    current().fill(key, args)
}

/// An amount the current language's way.
pub fn money(amount: crate::domain::money::Cents) -> String {
    current().value(format::money(amount, current().lang()))
}

/// A date the current language's way.
pub fn date(d: crate::domain::date::Date) -> String {
    current().value(format::date(d, current().lang()))
}

/// Replace each `{name}` by its value; a placeholder without a value stays as it is (build.rs
/// makes sure every language has the same placeholders as German).
pub fn fill_template(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            args.iter()
                .find(|(name, _)| *name == &after[..end])
                .map(|(_, v)| (end, v))
        });
        match value {
            Some((end, v)) => {
                out.push_str(v);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_placeholders_and_keeps_unknown_ones() {
        assert_eq!(
            fill_template("Schritt {k} von {n}", &[("k", "2"), ("n", "9")]),
            "Schritt 2 von 9"
        );
        assert_eq!(fill_template("{a}{a} {b}", &[("a", "x")]), "xx {b}");
        assert_eq!(
            fill_template("kein Platzhalter", &[("a", "x")]),
            "kein Platzhalter"
        );
        assert_eq!(fill_template("offen {", &[]), "offen {");
    }

    #[test]
    fn language_codes_round_trip_and_only_arabic_is_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.is_rtl(), lang == Lang::Ar);
        }
        assert_eq!(Lang::Ls.html_lang(), "de");
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn a_file_for_another_key_list_is_refused() {
        let file = |fingerprint: &str, count: usize| {
            let mut lines = vec![fingerprint.to_string()];
            lines.extend((0..count).map(|i| format!("text {i}")));
            lines.join("\n") + "\n"
        };
        let refused = Err(CatalogueError::OtherVersion);
        assert_eq!(
            Catalogue::from_file(Lang::En, &file("0000000000", KEY_COUNT)),
            refused
        );
        assert_eq!(
            Catalogue::from_file(Lang::En, &file(FINGERPRINT, KEY_COUNT - 1)),
            refused
        );
        assert_eq!(
            Catalogue::from_file(Lang::En, &file(FINGERPRINT, KEY_COUNT + 1)),
            refused
        );
        assert_eq!(Catalogue::from_file(Lang::En, ""), refused);
        let catalogue =
            Catalogue::from_file(Lang::En, &file(FINGERPRINT, KEY_COUNT)).expect("valid file");
        assert_eq!(catalogue.get(Key(0)), "text 0");
        assert_eq!(
            catalogue.get(Key(KEY_COUNT as u16 - 1)),
            format!("text {}", KEY_COUNT - 1)
        );
        assert_eq!(
            Catalogue::GERMAN.get(k::SITE_NAME),
            "Antragssimulator Grundsicherung"
        );
    }

    #[test]
    fn a_german_text_left_out_comes_from_the_file_or_is_missing() {
        let file: &'static [String] = Box::leak(Box::new(["aus der Datei".to_string()]));
        assert_eq!(german_at("eingebaut", Some(file), 0), Some("eingebaut"));
        assert_eq!(german_at("eingebaut", None, 0), Some("eingebaut"));
        assert_eq!(german_at("", Some(file), 0), Some("aus der Datei"));
        assert_eq!(german_at("", None, 0), None);
        assert_eq!(german_at("", Some(file), 1), None);
    }

    #[test]
    fn the_german_file_is_read_like_the_others_and_every_text_is_here_natively() {
        let mut lines = vec![FINGERPRINT.to_string()];
        lines.extend(Key::all().map(|key| key.german().to_string()));
        let file = lines.join("\n") + "\n";
        let read = Catalogue::from_file(Lang::De, &file).expect("valid file");
        assert!(Key::all().all(|key| read.get(key) == Catalogue::GERMAN.get(key)));
        // Native builds compile every German text in; the file changes nothing.
        assert!(german_is_complete());
        assert_eq!(complete_german(&file), Ok(()));
        assert_eq!(complete_german("not a language file"), Ok(()));
        assert_eq!(
            Catalogue::from_file(Lang::De, "not a language file"),
            Err(CatalogueError::OtherVersion)
        );
    }
}
