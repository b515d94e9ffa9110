//! The legal terms a person meets on the real forms and letters, explained in plain words with
//! the rule behind each (the Begriffe page), and found in the app's own texts so that they can
//! be linked where they appear. Amounts stay in the rules (`rules/`); these texts explain words.

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
    pub explanation: &'static str,
    pub law: &'static str,
}

const fn begriff(
    id: &'static str,
    term: &'static str,
    forms: &'static [&'static str],
    explanation: &'static str,
    law: &'static str,
) -> Begriff {
    Begriff {
        id,
        term,
        forms,
        explanation,
        law,
    }
}

/// In alphabetical order, as the page lists them.
pub const BEGRIFFE: &[Begriff] = &[
    begriff(
        "anlage",
        "Anlage",
        &["Anlage"],
        "Ein Zusatzblatt zum Hauptantrag für eine bestimmte Lage, zum Beispiel Anlage EK für Einkommen, Anlage KDU für die Wohnkosten oder Anlage VM für Vermögen. Welche Anlagen Sie brauchen, hängt von Ihren Antworten im Hauptantrag ab. Wo es Vordrucke gibt, sollen Sie sie benutzen.",
        "§ 60 Abs. 2 SGB I",
    ),
    begriff(
        "antragstellung",
        "Antragstellung",
        &["Antragstellung", "Tag der Antragstellung"],
        "Leistungen gibt es nur auf Antrag. Der Antrag braucht keine bestimmte Form: mündlich, telefonisch, schriftlich oder online. Er wirkt auf den Ersten des Monats zurück, in dem Sie ihn stellen; für frühere Monate gibt es nichts.",
        "§ 37 SGB II",
    ),
    begriff(
        "bedarfsgemeinschaft",
        "Bedarfsgemeinschaft",
        &["Bedarfsgemeinschaft"],
        "Die Menschen, deren Bedarf und Einkommen zusammen gerechnet werden: Sie, Ihr Partner oder Ihre Partnerin und unverheiratete Kinder unter 25 in Ihrem Haushalt, die sich nicht selbst versorgen können. Andere Verwandte im Haushalt gehören nicht dazu.",
        "§ 7 Abs. 3 SGB II",
    ),
    begriff(
        "bescheid",
        "Bescheid",
        &["Bescheid"],
        "Die schriftliche Entscheidung des Jobcenters über Ihren Antrag, zum Beispiel ein Bewilligungsbescheid mit einer Berechnung für jede Person oder eine Ablehnung. Gegen einen Bescheid können Sie Widerspruch einlegen.",
        "§ 31 SGB X",
    ),
    begriff(
        "bewilligungszeitraum",
        "Bewilligungszeitraum",
        &["Bewilligungszeitraum"],
        "Die Zeit, für die Leistungen bewilligt werden: in der Regel ein Jahr, sechs Monate bei einer vorläufigen Entscheidung oder bei zu hohen Wohnkosten. Danach stellen Sie einen Weiterbewilligungsantrag.",
        "§ 41 Abs. 3 SGB II",
    ),
    begriff(
        "einkommen",
        "Einkommen",
        &["Einkommen"],
        "Alles Geld, das Ihnen zufließt, zum Beispiel Lohn, Kindergeld, Unterhalt oder Arbeitslosengeld. Es mindert die Leistung; vom Lohn bleibt ein Teil frei.",
        "§§ 11, 11b SGB II",
    ),
    begriff(
        "erwerbsfaehig",
        "Erwerbsfähigkeit",
        &["Erwerbsfähig", "erwerbsfähig"],
        "Erwerbsfähig ist, wer in absehbarer Zeit mindestens drei Stunden am Tag unter den üblichen Bedingungen arbeiten kann. Wer das auf Dauer nicht kann und allein lebt, ist beim Sozialamt richtig.",
        "§ 8 SGB II",
    ),
    begriff(
        "freibetrag",
        "Freibetrag",
        &["Freibetrag", "Freibeträge", "Grundfreibetrag", "Erwerbstätigenfreibetrag"],
        "Ein Betrag, der nicht angerechnet wird. Vom Lohn bleiben ein Grundfreibetrag und ein Teil des Rests frei, damit sich Arbeit lohnt; bei Vermögen bleibt ein Betrag je Person geschützt.",
        "§ 11b, § 12 SGB II",
    ),
    begriff(
        "grundsicherung",
        "Grundsicherung für Arbeitsuchende",
        &["Grundsicherung für Arbeitsuchende", "Bürgergeld", "Grundsicherungsgeld"],
        "Die Leistung des Jobcenters für Menschen, die arbeiten können, und ihre Familien: bis 2022 „Arbeitslosengeld II“ (Hartz IV), von 2023 bis Juni 2026 „Bürgergeld“, seit Juli 2026 „Grundsicherungsgeld“.",
        "§ 19 SGB II",
    ),
    begriff(
        "karenzzeit",
        "Karenzzeit",
        &["Karenzzeit"],
        "Das erste Jahr, in dem Sie Leistungen bekommen. Seit 2023 übernimmt das Jobcenter in dieser Zeit die tatsächliche Miete; die Heizkosten nur, soweit sie angemessen sind. Von 2023 bis Juni 2026 zählte in dieser Zeit außerdem nur erhebliches Vermögen. Was seit Juli 2026 gilt, steht bei den Wohnkosten.",
        "§ 22 Abs. 1, § 12 Abs. 3 SGB II",
    ),
    begriff(
        "kooperationsplan",
        "Kooperationsplan",
        &["Kooperationsplan"],
        "Ein Plan, den Sie nach dem Antrag mit dem Jobcenter aufstellen: Ihr Weg in Arbeit und was beide Seiten dafür tun. Er wird spätestens alle sechs Monate überprüft.",
        "§ 15 SGB II",
    ),
    begriff(
        "kdu",
        "Kosten der Unterkunft und Heizung (KdU)",
        &["Kosten für Unterkunft und Heizung", "Kosten der Unterkunft und Heizung", "Unterkunft und Heizung"],
        "Miete, Nebenkosten und Heizung, bei Eigentum die Schuldzinsen statt der Miete. Übernommen wird, was angemessen ist; wie viel das ist, legt jede Stadt und jeder Landkreis fest.",
        "§ 22 SGB II",
    ),
    begriff(
        "mehrbedarf",
        "Mehrbedarf",
        &["Mehrbedarf"],
        "Ein Zuschlag zum Regelbedarf für besondere Lagen: Schwangerschaft, Alleinerziehen, Behinderung, kostenaufwändige Ernährung, Warmwasser aus einem Gerät in der Wohnung oder ein laufender besonderer Bedarf.",
        "§ 21 SGB II",
    ),
    begriff(
        "mitwirkung",
        "Mitwirkungspflicht",
        &["Mitwirkung", "Mitwirkungspflicht"],
        "Sie müssen alle Tatsachen angeben, die für die Leistung wichtig sind, Nachweise vorlegen und Änderungen sofort mitteilen. Wer das nach einer schriftlichen Aufforderung mit Frist nicht tut, dem kann die Leistung versagt werden, bis er es nachholt.",
        "§§ 60, 66 SGB I",
    ),
    begriff(
        "regelaltersgrenze",
        "Regelaltersgrenze",
        &["Regelaltersgrenze", "Altersgrenze"],
        "Das Alter, ab dem die Grundsicherung für Arbeitsuchende endet: je nach Geburtsjahr 65 bis 67 Jahre. Danach ist das Sozialamt zuständig (Grundsicherung im Alter).",
        "§ 7a SGB II",
    ),
    begriff(
        "regelbedarf",
        "Regelbedarf",
        &["Regelbedarf"],
        "Der feste Monatsbetrag für Essen, Kleidung, Strom und den übrigen Alltag. Seine Höhe hängt von der Regelbedarfsstufe ab: allein lebend, in einer Partnerschaft, junge Erwachsene bei den Eltern oder Kinder nach Alter.",
        "§ 20 SGB II",
    ),
    begriff(
        "vermoegen",
        "Vermögen",
        &["Vermögen"],
        "Was Sie besitzen: Geld auf Konten, Ersparnisse, Wertpapiere, ein Auto, ein Haus. Vermögen über dem Freibetrag setzen Sie zuerst für den Lebensunterhalt ein; einiges ist geschützt, etwa ein angemessenes Auto oder Hausrat.",
        "§ 12 SGB II",
    ),
    begriff(
        "widerspruch",
        "Widerspruch",
        &["Widerspruch"],
        "So wehren Sie sich gegen einen Bescheid: schriftlich oder zur Niederschrift beim Jobcenter, innerhalb eines Monats, nachdem Sie ihn bekommen haben. Der Widerspruch hält die Entscheidung nicht auf.",
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
