//! What the domain says, not yet in any language: a catalogue key with its values (amounts,
//! dates, numbers, names, other texts). The domain builds these; whoever shows them renders them
//! in the language of the moment ([`Text::render`]), so a calculation never depends on the
//! language it will be read in, and a language switch redraws the same values in new words.

use super::{format, Catalogue, Key};
use crate::domain::date::Date;
use crate::domain::money::Cents;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A message of the catalogue.
    Key(Key),
    /// A message with its `{name}` placeholders and the values that go into them.
    Fill(Key, Vec<(&'static str, Text)>),
    /// Words that are not the catalogue's: what a person typed (a name, a street), a code.
    Plain(String),
    /// An amount, written the way the language writes amounts.
    Money(Cents),
    /// A date, written the way the language writes dates.
    Date(Date),
    Number(i64),
    /// Several texts in a row, with `separator` between them.
    Join(Vec<Text>, &'static str),
    /// A sentence without its closing full stop, to stand inside another sentence.
    Clause(Box<Text>),
}

impl Text {
    /// A message with values, as `fill(k::X, &[("name", &value)])`: every value that can be a
    /// message's value ([`AsArg`]) may be given as it is.
    pub fn fill(key: Key, args: &[(&'static str, &dyn AsArg)]) -> Text {
        Text::Fill(key, args.iter().map(|(n, v)| (*n, v.as_arg())).collect())
    }

    /// Several texts in a row, with `separator` between them.
    pub fn join(parts: Vec<Text>, separator: &'static str) -> Text {
        Text::Join(parts, separator)
    }

    pub fn plain(s: impl Into<String>) -> Text {
        Text::Plain(s.into())
    }

    /// Nothing: a text that renders empty (a question with no message of its own).
    pub fn empty() -> Text {
        Text::Plain(String::new())
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Text::Plain(s) => s.is_empty(),
            Text::Join(parts, _) => parts.iter().all(Text::is_empty),
            Text::Clause(inner) => inner.is_empty(),
            Text::Key(_) | Text::Fill(..) | Text::Money(_) | Text::Date(_) | Text::Number(_) => {
                false
            }
        }
    }

    /// This sentence without its closing full stop (see [`Text::Clause`]).
    pub fn clause(self) -> Text {
        Text::Clause(Box::new(self))
    }

    /// This text followed by `other`, with `separator` between them.
    pub fn then(self, separator: &'static str, other: Text) -> Text {
        Text::Join(vec![self, other], separator)
    }

    /// The text in `catalogue`'s language.
    pub fn render(&self, catalogue: &Catalogue) -> String {
        match self {
            Text::Key(key) => catalogue.get(*key).to_string(),
            Text::Fill(key, args) => {
                let values: Vec<(&str, String)> = args
                    .iter()
                    .map(|(name, value)| (*name, value.render(catalogue)))
                    .collect();
                let pairs: Vec<(&str, &str)> =
                    values.iter().map(|(n, v)| (*n, v.as_str())).collect();
                catalogue.fill(*key, &pairs)
            }
            Text::Plain(s) => catalogue.value(s.clone()),
            Text::Money(c) => catalogue.value(format::money(*c, catalogue.lang())),
            Text::Date(d) => catalogue.value(format::date(*d, catalogue.lang())),
            Text::Number(n) => n.to_string(),
            Text::Join(parts, separator) => parts
                .iter()
                .map(|p| p.render(catalogue))
                .collect::<Vec<_>>()
                .join(separator),
            Text::Clause(inner) => inner.render(catalogue).trim_end_matches('.').to_string(),
        }
    }

    /// The text in German, the language of the forms: for tests and the letter's own wording.
    pub fn german(&self) -> String {
        self.render(&Catalogue::GERMAN)
    }
}

impl From<Key> for Text {
    fn from(key: Key) -> Text {
        Text::Key(key)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Plain(s.to_string())
    }
}

/// What can be a message's value: a text itself, or a value written the language's way.
pub trait AsArg {
    fn as_arg(&self) -> Text;
}

impl AsArg for Text {
    fn as_arg(&self) -> Text {
        self.clone()
    }
}

impl AsArg for Key {
    fn as_arg(&self) -> Text {
        Text::Key(*self)
    }
}

impl AsArg for str {
    fn as_arg(&self) -> Text {
        Text::plain(self)
    }
}

impl AsArg for String {
    fn as_arg(&self) -> Text {
        Text::plain(self.as_str())
    }
}

impl<T: AsArg + ?Sized> AsArg for &T {
    fn as_arg(&self) -> Text {
        (**self).as_arg()
    }
}

impl AsArg for Cents {
    fn as_arg(&self) -> Text {
        Text::Money(*self)
    }
}

impl AsArg for Date {
    fn as_arg(&self) -> Text {
        Text::Date(*self)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl AsArg for $t {
            fn as_arg(&self) -> Text {
                Text::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

/// A message of the catalogue, as a value.
pub fn text(key: Key) -> Text {
    Text::Key(key)
}

/// A message with values (see [`Text::fill`]).
pub fn fill(key: Key, args: &[(&'static str, &dyn AsArg)]) -> Text {
    Text::fill(key, args)
}

#[cfg(test)]
mod tests {
    use super::super::{k, Lang};
    use super::*;

    #[test]
    fn values_are_written_the_way_each_language_writes_them() {
        let t = fill(
            k::SITE_PAGE_TITLE,
            &[("page", &fill(k::SITE_PAGE_TITLE, &[("page", &"x")]))],
        );
        assert!(t.german().contains('x'));
        assert_eq!(Text::Money(Cents(123_456)).german(), "1.234,56\u{a0}€");
        let d = Date::new(2026, 1, 5).expect("valid date");
        assert_eq!(Text::Date(d).german(), "05.01.2026");
        assert_eq!(Catalogue::GERMAN.lang(), Lang::De);
        assert_eq!(7u16.as_arg(), Text::Number(7));
        assert!(Text::empty().is_empty());
        assert!(!text(k::SITE_NAME).is_empty());
        assert_eq!(
            text(k::SITE_NAME).then(" – ", "A".into()).german(),
            "Antragssimulator Grundsicherung – A"
        );
    }
}
