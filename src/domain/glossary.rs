//! The legal terms a person meets on the real forms and letters, explained in plain words with
//! the rule behind each (the Begriffe page), and found in the app's own texts so that they can
//! be linked where they appear. Amounts stay in the rules (`rules/`); these texts explain words.

use crate::i18n::{k, Key};

/// One term of the glossary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Begriff {
    /// Stable, URL-safe name: `#/begriffe/<id>`.
    pub id: &'static str,
    /// The term as the forms and letters write it.
    pub term: &'static str,
    /// The beginnings of the words that are this term in a text ("Mehrbedarf" also finds
    /// "Mehrbedarfe"). A word that merely contains one ("Erwerbseinkommen") is not the term.
    pub forms: &'static [&'static str],
    explanation: Key,
    /// The term in the reader's language; the German term stays beside it.
    translation: Key,
    pub law: &'static str,
}

impl Begriff {
    pub fn explanation(&self) -> Key {
        self.explanation
    }

    /// The term in the reader's language (shown beside the German term where it differs).
    pub fn translation(&self) -> Key {
        self.translation
    }
}

const fn begriff(
    id: &'static str,
    term: &'static str,
    forms: &'static [&'static str],
    explanation: Key,
    translation: Key,
    law: &'static str,
) -> Begriff {
    Begriff {
        id,
        term,
        forms,
        explanation,
        translation,
        law,
    }
}

/// In alphabetical order, as the page lists them.
pub const BEGRIFFE: &[Begriff] = &[
    begriff(
        "anlage",
        "Anlage",
        &["Anlage"],
        k::GLOSSARY_ANLAGE_TEXT,
        k::GLOSSARY_ANLAGE_TERM,
        "§ 60 Abs. 2 SGB I",
    ),
    begriff(
        "antragstellung",
        "Antragstellung",
        &["Antragstellung", "Tag der Antragstellung"],
        k::GLOSSARY_ANTRAGSTELLUNG_TEXT,
        k::GLOSSARY_ANTRAGSTELLUNG_TERM,
        "§ 37 SGB II",
    ),
    begriff(
        "bedarfsgemeinschaft",
        "Bedarfsgemeinschaft",
        &["Bedarfsgemeinschaft"],
        k::GLOSSARY_BEDARFSGEMEINSCHAFT_TEXT,
        k::GLOSSARY_BEDARFSGEMEINSCHAFT_TERM,
        "§ 7 Abs. 3 SGB II",
    ),
    begriff(
        "bescheid",
        "Bescheid",
        &["Bescheid"],
        k::GLOSSARY_BESCHEID_TEXT,
        k::GLOSSARY_BESCHEID_TERM,
        "§ 31 SGB X",
    ),
    begriff(
        "bewilligungszeitraum",
        "Bewilligungszeitraum",
        &["Bewilligungszeitraum"],
        k::GLOSSARY_BEWILLIGUNGSZEITRAUM_TEXT,
        k::GLOSSARY_BEWILLIGUNGSZEITRAUM_TERM,
        "§ 41 Abs. 3 SGB II",
    ),
    begriff(
        "einkommen",
        "Einkommen",
        &["Einkommen"],
        k::GLOSSARY_EINKOMMEN_TEXT,
        k::GLOSSARY_EINKOMMEN_TERM,
        "§§ 11, 11b SGB II",
    ),
    begriff(
        "erwerbsfaehig",
        "Erwerbsfähigkeit",
        &["Erwerbsfähig", "erwerbsfähig"],
        k::GLOSSARY_ERWERBSFAEHIG_TEXT,
        k::GLOSSARY_ERWERBSFAEHIG_TERM,
        "§ 8 SGB II",
    ),
    begriff(
        "freibetrag",
        "Freibetrag",
        &[
            "Freibetrag",
            "Freibeträge",
            "Grundfreibetrag",
            "Erwerbstätigenfreibetrag",
        ],
        k::GLOSSARY_FREIBETRAG_TEXT,
        k::GLOSSARY_FREIBETRAG_TERM,
        "§ 11b, § 12 SGB II",
    ),
    begriff(
        "grundsicherung",
        "Grundsicherung für Arbeitsuchende",
        &[
            "Grundsicherung für Arbeitsuchende",
            "Bürgergeld",
            "Grundsicherungsgeld",
        ],
        k::GLOSSARY_GRUNDSICHERUNG_TEXT,
        k::GLOSSARY_GRUNDSICHERUNG_TERM,
        "§ 19 SGB II",
    ),
    begriff(
        "karenzzeit",
        "Karenzzeit",
        &["Karenzzeit"],
        k::GLOSSARY_KARENZZEIT_TEXT,
        k::GLOSSARY_KARENZZEIT_TERM,
        "§ 22 Abs. 1, § 12 Abs. 3 SGB II",
    ),
    begriff(
        "kooperationsplan",
        "Kooperationsplan",
        &["Kooperationsplan"],
        k::GLOSSARY_KOOPERATIONSPLAN_TEXT,
        k::GLOSSARY_KOOPERATIONSPLAN_TERM,
        "§ 15 SGB II",
    ),
    begriff(
        "kdu",
        "Kosten der Unterkunft und Heizung (KdU)",
        &[
            "Kosten für Unterkunft und Heizung",
            "Kosten der Unterkunft und Heizung",
            "Unterkunft und Heizung",
        ],
        k::GLOSSARY_KDU_TEXT,
        k::GLOSSARY_KDU_TERM,
        "§ 22 SGB II",
    ),
    begriff(
        "mehrbedarf",
        "Mehrbedarf",
        &["Mehrbedarf"],
        k::GLOSSARY_MEHRBEDARF_TEXT,
        k::GLOSSARY_MEHRBEDARF_TERM,
        "§ 21 SGB II",
    ),
    begriff(
        "mitwirkung",
        "Mitwirkungspflicht",
        &["Mitwirkung", "Mitwirkungspflicht"],
        k::GLOSSARY_MITWIRKUNG_TEXT,
        k::GLOSSARY_MITWIRKUNG_TERM,
        "§§ 60, 66 SGB I",
    ),
    begriff(
        "regelaltersgrenze",
        "Regelaltersgrenze",
        &["Regelaltersgrenze", "Altersgrenze"],
        k::GLOSSARY_REGELALTERSGRENZE_TEXT,
        k::GLOSSARY_REGELALTERSGRENZE_TERM,
        "§ 7a SGB II",
    ),
    begriff(
        "regelbedarf",
        "Regelbedarf",
        &["Regelbedarf"],
        k::GLOSSARY_REGELBEDARF_TEXT,
        k::GLOSSARY_REGELBEDARF_TERM,
        "§ 20 SGB II",
    ),
    begriff(
        "vermoegen",
        "Vermögen",
        &["Vermögen"],
        k::GLOSSARY_VERMOEGEN_TEXT,
        k::GLOSSARY_VERMOEGEN_TERM,
        "§ 12 SGB II",
    ),
    begriff(
        "widerspruch",
        "Widerspruch",
        &["Widerspruch"],
        k::GLOSSARY_WIDERSPRUCH_TEXT,
        k::GLOSSARY_WIDERSPRUCH_TERM,
        "§ 84 SGG, § 39 SGB II",
    ),
];

pub fn by_id(id: &str) -> Option<&'static Begriff> {
    BEGRIFFE.iter().find(|b| b.id == id)
}

/// A piece of a text: plain words, or a term of the glossary (the whole word as written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Term(&'a str, &'static Begriff),
}

/// Split a text into plain parts and terms, linking only the first place each term appears
/// (a paragraph full of links is harder to read, not easier). The segments put together give
/// the text back unchanged.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut linked: Vec<&str> = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while i < text.len() {
        let word_start = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let found = word_start
            .then(|| {
                BEGRIFFE
                    .iter()
                    .filter(|b| !linked.contains(&b.id))
                    .find_map(|b| {
                        b.forms
                            .iter()
                            .find(|f| text[i..].starts_with(**f))
                            .map(|f| (b, f.len()))
                    })
            })
            .flatten();
        if let Some((b, len)) = found {
            // The whole word: "Mehrbedarfe", "Einkommens".
            let rest = &text[i + len..];
            let tail = rest
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(rest.len(), |(k, _)| k);
            let end = i + len + tail;
            if plain_from < i {
                out.push(Segment::Text(&text[plain_from..i]));
            }
            out.push(Segment::Term(&text[i..end], b));
            linked.push(b.id);
            plain_from = end;
            i = end;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if plain_from < text.len() {
        out.push(Segment::Text(&text[plain_from..]));
    }
    out
}
