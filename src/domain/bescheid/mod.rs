//! The mock Bewilligungsbescheid: from the answers and a Rechtsstand, who is in the
//! Bedarfsgemeinschaft, each person's Bedarf, the income counted after allowances, its
//! distribution by the Bedarfsanteilsmethode (§ 9 Abs. 2 SGB II), the Vermögen check and the
//! monthly claim per person and in total. Every line carries its explanation (a catalogue text
//! with its amounts) and the §.
//!
//! Money is exact: amounts are rounded to the cent half up (§ 41 Abs. 2 SGB II). The Kopfteil of
//! the Unterkunft costs is shown rounded per person, while the Bedarfsgemeinschaft's total keeps
//! the full costs; claims per person are rounded so that they add up to the total claim exactly.

mod bedarfe;
mod bedarfsgemeinschaft;
mod einkommen;
mod kdu;
mod vermoegen;
mod verteilung;

pub use einkommen::erwerbsfreibetrag;

use super::antrag::{Antrag, PersonRef};
use super::date::Date;
use super::money::Cents;
use super::rules::rechtsstand::Rechtsstand;
use crate::i18n::{fill, k, text, Text};
use bedarfe::{bedarfe, Need};
use bedarfsgemeinschaft::{members, Member};
use einkommen::{einkommen, Income};
use kdu::{kosten_der_unterkunft, Kdu};
use serde::{Deserialize, Serialize};
use vermoegen::vermoegens_pruefung;
use verteilung::{verteilung, Verteilung};

/// What a Jobcenter would know beyond the form: the local limit for Unterkunft und Heizung, if
/// configured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Optionen {
    pub kdu_grenze: Option<Cents>,
}

/// Whether the application starts in a Karenzzeit (§ 22 Abs. 1 Satz 2 bis 5 and § 12 Abs. 3
/// SGB II, checked in Sauer, SGB II § 12 Rz. 116–118, haufe): a new one begins when no SGB II
/// (or SGB XII) benefits were received in the three years before. Reading chosen where the form
/// says "ja": the earlier months count against the one year and the simulator cannot know how
/// many there were, so it assumes the Karenzzeit is used up, as the Jobcenter would until it has
/// counted them. Unanswered (an old saved copy) keeps the earlier assumption: a first application.
fn in_karenzzeit(a: &Antrag) -> bool {
    a.sgb2_bezug_drei_jahre != Some(true)
}

/// One line of the Bescheid: what, how much, why, and under which rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zeile {
    pub titel: Text,
    pub betrag: Cents,
    pub erklaerung: Text,
    pub paragraph: String,
}

fn zeile(titel: impl Into<Text>, betrag: Cents, erklaerung: Text, paragraph: &str) -> Zeile {
    Zeile {
        titel: titel.into(),
        betrag,
        erklaerung,
        paragraph: paragraph.into(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonErgebnis {
    pub person: PersonRef,
    pub name: Text,
    pub regelbedarfsstufe: u8,
    pub regelbedarf: Cents,
    pub kindersofortzuschlag: Cents,
    pub mehrbedarf_alleinerziehend: Cents,
    /// Every Mehrbedarf line, Alleinerziehung included.
    pub mehrbedarfe: Vec<Zeile>,
    /// This person's Kopfteil of Unterkunft und Heizung, rounded for display.
    pub kdu: Cents,
    pub bedarf: Cents,
    /// Income counted for this person after allowances (before distribution).
    pub einkommen: Vec<Zeile>,
    pub einkommen_angerechnet: Cents,
    pub anspruch: Cents,
}

impl PersonErgebnis {
    /// Every Bedarf and income line of this person, in the order of a Berechnungsbogen.
    pub fn zeilen(&self) -> Vec<Zeile> {
        let mut out = self.bedarfszeilen();
        out.extend(self.einkommen.iter().cloned());
        out
    }

    /// The Bedarf lines, which add up to `bedarf`: Regelbedarf, Kindersofortzuschlag,
    /// Mehrbedarfe and the Kopfteil of Unterkunft und Heizung.
    pub fn bedarfszeilen(&self) -> Vec<Zeile> {
        let mut out = vec![zeile(
            fill(
                k::BESCHEID_REGELBEDARF_STUFE,
                &[("stufe", &self.regelbedarfsstufe)],
            ),
            self.regelbedarf,
            text(k::BESCHEID_PAUSCHALE_LEBENSUNTERHALT_NACH_ALTER),
            "§ 20 SGB II",
        )];
        if !self.kindersofortzuschlag.is_zero() {
            out.push(zeile(
                text(k::BESCHEID_SOFORTZUSCHLAG_KINDER),
                self.kindersofortzuschlag,
                text(k::BESCHEID_ZUSCHLAG_KINDER_JUGENDLICHE_JUNGE),
                "§ 72 SGB II",
            ));
        }
        out.extend(self.mehrbedarfe.iter().cloned());
        out.push(zeile(
            text(k::BESCHEID_UNTERKUNFT_HEIZUNG_KOPFTEIL),
            self.kdu,
            text(k::BESCHEID_KOSTEN_WOHNUNG_WERDEN_GLEICHMAESSIG),
            "§ 22 Abs. 1 SGB II",
        ));
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VermoegensPruefung {
    pub vermoegen: Cents,
    pub freibetrag: Cents,
    pub ueber_freibetrag: bool,
    pub erklaerung: Text,
    pub paragraph: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bescheid {
    pub rechtsstand: super::rules::RechtsstandId,
    pub leistung: String,
    pub stichtag: Date,
    pub personen: Vec<PersonErgebnis>,
    /// Household members who are not in the Bedarfsgemeinschaft, and why.
    pub ausserhalb: Vec<(PersonRef, Text)>,
    pub kdu_gesamt: Cents,
    pub bedarf: Cents,
    pub einkommen_angerechnet: Cents,
    pub vermoegen: VermoegensPruefung,
    pub anspruch: Cents,
    pub bewilligungszeitraum_monate: u8,
    pub vorlaeufig: bool,
    pub hinweise: Vec<Text>,
    pub unsicher: Vec<Text>,
}

impl Bescheid {
    /// First and last day of the Bewilligungszeitraum for an application that takes effect on
    /// `ab` (§ 37 Abs. 2: the first of the month; § 41 Abs. 3: whole months).
    pub fn zeitraum(&self, ab: Date) -> (Date, Date) {
        let start = ab.first_of_month();
        let months = i32::from(self.bewilligungszeitraum_monate.max(1));
        (start, start.add_months(months - 1).end_of_month())
    }
}

/// Below this claim the hint on Wohngeld and Kinderzuschlag is shown. Not a legal figure: a rough
/// line of this simulator for "the need is barely uncovered" (§ 12a asks for the real comparison).
const KNAPP_UNGEDECKT: Cents = Cents::euros(150);

/// A rate in tenths of a percent as the text writes it: "17", "2,3".
fn percent_text(percent_tenths: i64) -> String {
    match percent_tenths % 10 {
        0 => (percent_tenths / 10).to_string(),
        d => format!("{},{d}", percent_tenths / 10),
    }
}

/// An exact intermediate result brought back to cents: amounts here are capped far below the
/// limits, so clamping only matters for crafted input, which must never wrap around.
fn clamp_i64(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

fn percent(base: Cents, percent_tenths: i64) -> Cents {
    // base × (percent_tenths / 1000), rounded half up.
    Cents(
        base.0
            .saturating_mul(percent_tenths)
            .saturating_add(500)
            .div_euclid(1000),
    )
}

/// The whole calculation, phase by phase: who is in the Bedarfsgemeinschaft, the housing costs,
/// each member's Bedarf and income, the distribution, the Vermögen check, and the letter's hints.
pub fn berechne(a: &Antrag, stichtag: Date, r: &Rechtsstand, opt: Optionen) -> Bescheid {
    let members = members(a, stichtag);
    let Kdu {
        total: kdu_total,
        gekuerzt: kdu_gekuerzt,
        mut hinweise,
    } = kosten_der_unterkunft(a, r, opt);
    let heads = i64::try_from(a.household().len().max(1)).unwrap_or(1);
    let needs = bedarfe(&members, a, stichtag, r);
    let incomes = einkommen(&members, r);
    let Verteilung {
        in_bg,
        mut ausserhalb,
        pool,
        claim_total,
        claims,
    } = verteilung(a, &members, &needs, &incomes, kdu_total, heads);
    let candidates = a.bedarfsgemeinschaft(stichtag);
    for who in a.household() {
        if !candidates.contains(&who) {
            ausserhalb.push((
                who,
                fill(
                    k::BESCHEID_IM_HAUSHALT_NICHT_BG,
                    &[("name", &a.display_name(who))],
                ),
            ));
        }
    }

    let vermoegen = vermoegens_pruefung(&members, stichtag, r, in_karenzzeit(a));
    let anspruch = if vermoegen.ueber_freibetrag {
        Cents::ZERO
    } else {
        claim_total
    };
    hinweise.extend(hinweise_zum_ergebnis(&vermoegen, anspruch));

    let kdu_share = kopfteil(kdu_total, 1, heads);
    let in_bg_count = in_bg.iter().filter(|b| **b).count() as i64;
    let bedarf: Cents = needs
        .iter()
        .zip(&in_bg)
        .filter(|(_, inside)| **inside)
        .map(|(n, _)| n.base)
        .sum::<Cents>()
        + kopfteil(kdu_total, in_bg_count, heads);
    let children_income: Cents = members
        .iter()
        .enumerate()
        .filter(|(i, m)| in_bg[*i] && m.is_kind())
        .map(|(i, _)| incomes[i].angerechnet())
        .sum();
    let vorlaeufig = incomes.iter().any(|i| i.vorlaeufig);
    let personen = members
        .iter()
        .enumerate()
        .filter(|(i, _)| in_bg[*i])
        .map(|(i, m)| {
            let claim = if vermoegen.ueber_freibetrag {
                Cents::ZERO
            } else {
                Cents(claims[i])
            };
            person_ergebnis(a, r, m, &needs[i], &incomes[i], kdu_share, claim)
        })
        .collect();
    Bescheid {
        rechtsstand: r.id,
        leistung: r.leistung.into(),
        stichtag,
        personen,
        ausserhalb,
        kdu_gesamt: kdu_total,
        bedarf,
        einkommen_angerechnet: pool + children_income,
        vermoegen,
        anspruch,
        bewilligungszeitraum_monate: if vorlaeufig || kdu_gekuerzt { 6 } else { 12 },
        vorlaeufig,
        hinweise,
        unsicher: r.unsicher.iter().map(|s| text(*s)).collect(),
    }
}

/// `count` Kopfteile of the housing costs split among `heads`, rounded half up to the cent.
fn kopfteil(kdu_total: Cents, count: i64, heads: i64) -> Cents {
    Cents(
        kdu_total
            .0
            .saturating_mul(count)
            .saturating_mul(2)
            .saturating_add(heads)
            .div_euclid(2 * heads),
    )
}

/// Hints that follow from the result: assets above the allowance, a need barely uncovered
/// (Wohngeld and Kinderzuschlag may be the better way, § 12a), or no claim at all.
fn hinweise_zum_ergebnis(vermoegen: &VermoegensPruefung, anspruch: Cents) -> Vec<Text> {
    let mut out = Vec::new();
    if vermoegen.ueber_freibetrag {
        out.push(fill(
            k::BESCHEID_VERMOEGEN_UEBER_FREIBETRAG,
            &[("betrag", &(vermoegen.vermoegen - vermoegen.freibetrag))],
        ));
        return out;
    }
    if !anspruch.is_zero() && anspruch < KNAPP_UNGEDECKT {
        out.push(text(k::BESCHEID_BEDARF_NUR_KNAPP_NICHT));
    }
    if anspruch.is_zero() {
        out.push(text(k::BESCHEID_EINKOMMEN_DECKT_BEDARF_PRUEFEN));
    }
    out
}

/// One member's part of the letter: Bedarf lines, income lines (Kindergeld last) and claim.
fn person_ergebnis(
    a: &Antrag,
    r: &Rechtsstand,
    m: &Member,
    need: &Need,
    income: &Income,
    kdu_share: Cents,
    anspruch: Cents,
) -> PersonErgebnis {
    let mut einkommen = income.lines.clone();
    if !income.kindergeld.is_zero() {
        einkommen.push(zeile(
            text(k::C_KINDERGELD),
            income.kindergeld,
            text(k::BESCHEID_KINDERGELD_EINKOMMEN_KINDES_SOWEIT),
            "§ 11 Abs. 1 Satz 5 SGB II",
        ));
    }
    PersonErgebnis {
        person: m.who,
        name: a.display_name(m.who),
        regelbedarfsstufe: m.stufe,
        regelbedarf: r.regelbedarf(m.stufe),
        kindersofortzuschlag: need.kindersofortzuschlag,
        mehrbedarf_alleinerziehend: need.alleinerziehend,
        mehrbedarfe: need.lines.clone(),
        kdu: kdu_share,
        bedarf: need.base + kdu_share,
        einkommen_angerechnet: income.angerechnet(),
        einkommen,
        anspruch,
    }
}
