//! The experience report at the end: what filing this application took. It is what a local
//! politician takes home from an action week, so every figure is counted, not estimated.

use super::checklist::checklist;
use super::flow::Walkthrough;
use super::questions::{questions, step_title};
use super::step::{route, Step};
use crate::i18n::{k, Key, Text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erfahrungsbericht {
    /// Questions answered in the application as sent.
    pub fragen: usize,
    /// Pages of the walkthrough from the first question to the declarations.
    pub seiten: usize,
    /// Pages shown, counting every Back, Forward and change.
    pub seiten_angezeigt: u32,
    /// Forms of the application, with the persons they are for and paper pages where known.
    pub formulare: Vec<(Text, Option<u8>)>,
    pub nachweise: usize,
    pub minuten: Option<u32>,
    /// Pages the person went back from, with how often.
    pub zurueck: Vec<(Text, u32)>,
    /// Pages where "Weiter" showed errors, with how often.
    pub fehler: Vec<(Text, u32)>,
    /// The offices and people the documents of the checklist come from, each once.
    pub stellen: Vec<Stelle>,
    /// What would have helped this person, from where they went back or met errors.
    pub hilfen: Vec<Key>,
}

/// Where a document of the checklist comes from: the office, firm or person a citizen has to ask
/// (or their own papers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stelle {
    Buergeramt,
    Auslaenderbehoerde,
    Bank,
    Krankenkasse,
    Rentenversicherung,
    Standesamt,
    Schule,
    Arztpraxis,
    Vermieter,
    Arbeitgeber,
    Familienkasse,
    Jugendamt,
    AgenturFuerArbeit,
    Elterngeldstelle,
    Versicherung,
    Versorgungsamt,
    EigeneUnterlagen,
    AndereStellen,
}

impl Stelle {
    pub fn label(self) -> Key {
        match self {
            Stelle::Buergeramt => k::STELLE_BUERGERAMT,
            Stelle::Auslaenderbehoerde => k::STELLE_AUSLAENDERBEHOERDE,
            Stelle::Bank => k::STELLE_BANK,
            Stelle::Krankenkasse => k::STELLE_KRANKENKASSE,
            Stelle::Rentenversicherung => k::STELLE_RENTENVERSICHERUNG,
            Stelle::Standesamt => k::STELLE_STANDESAMT,
            Stelle::Schule => k::STELLE_SCHULE,
            Stelle::Arztpraxis => k::STELLE_ARZTPRAXIS,
            Stelle::Vermieter => k::STELLE_VERMIETER,
            Stelle::Arbeitgeber => k::STELLE_ARBEITGEBER,
            Stelle::Familienkasse => k::STELLE_FAMILIENKASSE,
            Stelle::Jugendamt => k::STELLE_JUGENDAMT,
            Stelle::AgenturFuerArbeit => k::STELLE_AGENTUR_FUER_ARBEIT,
            Stelle::Elterngeldstelle => k::STELLE_ELTERNGELDSTELLE,
            Stelle::Versicherung => k::STELLE_VERSICHERUNG,
            Stelle::Versorgungsamt => k::STELLE_VERSORGUNGSAMT,
            Stelle::EigeneUnterlagen => k::STELLE_EIGENE_UNTERLAGEN,
            Stelle::AndereStellen => k::STELLE_ANDERE,
        }
    }

    /// The source of a document, by the stable id of the checklist ("kontoauszuege/partner").
    pub fn fuer_nachweis(id: &str) -> Stelle {
        let doc = id.split('/').next().unwrap_or(id);
        match doc {
            "ausweis" | "meldebescheinigung" => Stelle::Buergeramt,
            "aufenthaltstitel" => Stelle::Auslaenderbehoerde,
            "kontoauszuege" | "eigentum" | "vermoegen-konten" | "vermoegen-wertpapiere" => {
                Stelle::Bank
            }
            "krankenkasse" => Stelle::Krankenkasse,
            "sozialversicherungsausweis" | "einkommen-rente" => Stelle::Rentenversicherung,
            "geburtsurkunde" => Stelle::Standesamt,
            "schulbescheinigung" => Stelle::Schule,
            "mutterpass" | "ernaehrung" => Stelle::Arztpraxis,
            "mietvertrag" | "nebenkostenabrechnung" | "vermieter-konto" => Stelle::Vermieter,
            "einkommen-erwerb" => Stelle::Arbeitgeber,
            "einkommen-kindergeld" => Stelle::Familienkasse,
            "einkommen-unterhaltsvorschuss" | "unterhaltsvorschuss-antrag" => Stelle::Jugendamt,
            "einkommen-arbeitslosengeld" => Stelle::AgenturFuerArbeit,
            "einkommen-elterngeld" => Stelle::Elterngeldstelle,
            "private-krankenversicherung"
            | "vermoegen-lebensversicherung"
            | "vermoegen-altersvorsorge" => Stelle::Versicherung,
            "teilhabe" => Stelle::Versorgungsamt,
            "einkommen-selbstaendig"
            | "absetzungen"
            | "unterhalt-gezahlt"
            | "schenkung"
            | "trennung" => Stelle::EigeneUnterlagen,
            _ => Stelle::AndereStellen,
        }
    }
}

impl Erfahrungsbericht {
    /// Paper pages of the forms whose page count is known, and how many forms lack one.
    pub fn papierseiten(&self) -> (u32, usize) {
        let known = self
            .formulare
            .iter()
            .filter_map(|(_, p)| *p)
            .map(u32::from)
            .sum();
        let unknown = self.formulare.iter().filter(|(_, p)| p.is_none()).count();
        (known, unknown)
    }
}

/// The report of a sent application; `None` before submission.
pub fn erfahrungsbericht(w: &Walkthrough) -> Option<Erfahrungsbericht> {
    let s = w.submission.as_ref()?;
    let a = &s.antrag;
    let steps = route(a, s.eingang);
    let fragen = steps
        .iter()
        .flat_map(|step| questions(*step, a, s.eingang))
        .filter(|q| a.is_answered(q.field))
        .count();
    let named = |list: &[(Step, u32)]| {
        list.iter()
            .map(|(step, n)| (step_title(*step, a), *n))
            .collect::<Vec<_>>()
    };
    let docs = checklist(a, s.eingang);
    let mut stellen: Vec<Stelle> = docs.iter().map(|n| Stelle::fuer_nachweis(&n.id)).collect();
    stellen.sort();
    stellen.dedup();
    // What would have helped, from what this walk shows: errors ask for examples at the field
    // and someone to ask; going back asks for knowing the questions beforehand; many documents
    // ask for the list before the appointment. Counselling always helps, so it comes last.
    let mut hilfen = Vec::new();
    if !w.journal.errors.is_empty() {
        hilfen.push(k::REPORT_HILFE_FEHLER);
    }
    if !w.journal.backs.is_empty() {
        hilfen.push(k::REPORT_HILFE_ZURUECK);
    }
    if stellen.len() >= 4 {
        hilfen.push(k::REPORT_HILFE_UNTERLAGEN);
    }
    hilfen.push(k::REPORT_HILFE_BERATUNG);
    Some(Erfahrungsbericht {
        fragen,
        seiten: steps.len(),
        seiten_angezeigt: w.journal.pages_shown,
        formulare: s
            .forms
            .iter()
            .map(|f| (f.label(a), f.form.paper_pages()))
            .collect(),
        nachweise: docs.len(),
        minuten: w.journal.minutes(),
        zurueck: named(&w.journal.backs),
        fehler: named(&w.journal.errors),
        stellen,
        hilfen,
    })
}
