//! The check-answers page: every answer of the route in words, grouped by step.

use super::super::antrag::{JA, NEIN};
use super::*;

/// One answered question as the check-answers page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub label: Text,
    pub value: Text,
}

/// The answers of one step, with the step to return to for "Ändern".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummarySection {
    pub step: Step,
    pub title: Text,
    pub form: Option<Text>,
    pub rows: Vec<SummaryRow>,
}

/// An answer in words: option labels instead of keys, "Ja"/"Nein", amounts and dates German style.
pub fn answer_text(q: &Question, a: &Antrag) -> Text {
    let raw = a.display(q.field);
    let shown = match &q.kind {
        Kind::YesNo => match raw.as_str() {
            JA => Some(text(k::STEP_YES)),
            NEIN => Some(text(k::STEP_NO)),
            _ => None,
        },
        Kind::Choice(options) => options
            .iter()
            .find(|(key, _)| *key == raw)
            .map(|(_, label)| text(*label)),
        Kind::Money { .. } => super::super::money::parse_money(&raw, Cents::euros(i64::MAX / 1000))
            .ok()
            .map(Text::Money),
        Kind::Iban => Some(Text::Plain(format_iban(&raw))),
        _ => Some(Text::Plain(raw)),
    };
    match shown {
        Some(t) if !t.is_empty() => t,
        _ => text(k::Q_NICHT_ANGEGEBEN),
    }
}

/// A checkbox group becomes one row: its legend and the ticked options.
fn flush_group(rows: &mut Vec<SummaryRow>, group: Option<(Text, Vec<Text>)>) {
    if let Some((legend, ticked)) = group {
        rows.push(SummaryRow {
            label: legend,
            value: if ticked.is_empty() {
                text(k::Q_NICHTS_AUSGEWAEHLT)
            } else {
                Text::join(ticked, ", ")
            },
        });
    }
}

/// Every answer of the route, grouped by step, as the check-answers page lists it. Branches that
/// no longer apply do not appear, because only the route's questions are read.
pub fn answers_summary(a: &Antrag, today: Date) -> Vec<SummarySection> {
    super::super::step::route(a, today)
        .into_iter()
        .filter(|s| !matches!(s, Step::Pruefen | Step::Erklaerungen | Step::Ausstieg(_)))
        .map(|step| {
            let mut rows: Vec<SummaryRow> = Vec::new();
            let mut group: Option<(Text, Vec<Text>)> = None;
            for q in questions(step, a, today) {
                if let Some(legend) = &q.group {
                    let ticked = a.display(q.field) == JA;
                    let entry = group.get_or_insert_with(|| (legend.clone(), Vec::new()));
                    if ticked {
                        entry.1.push(q.label.clone());
                    }
                    continue;
                }
                flush_group(&mut rows, group.take());
                rows.push(SummaryRow {
                    label: q.label.clone(),
                    value: answer_text(&q, a),
                });
            }
            flush_group(&mut rows, group.take());
            SummarySection {
                step,
                title: step_title(step, a),
                form: step_form_section(step, a, today),
                rows,
            }
        })
        .collect()
}
