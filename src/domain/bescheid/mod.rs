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

pub use einkommen::{erwerbsfreibetrag, erwerbsfreibetrag_u25};

use super::antrag::{Antrag, PersonRef};
use super::date::Date;
use super::money::Cents;
use super::rules::rechtsstand::Rechtsstand;
use crate::i18n::{fill, k, text, Text};
use bedarfe::{bedarfe, Need};
use bedarfsgemeinschaft::{members, Member};
use einkommen::{einkommen, kindergeld_zuordnung, Income, KindergeldZuordnung};
use kdu::kosten_der_unterkunft;
use serde::{Deserialize, Serialize};
use vermoegen::vermoegens_pruefung;
use verteilung::{verteilung, Verteilung};

/// What a Jobcenter would know beyond the form: the local limits for Unterkunft und Heizung and
/// for heating alone, where configured.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Optionen {
    pub kdu_grenze: Option<Cents>,
    /// The local limit for heating alone, if the Jobcenter has one.
    #[serde(default)]
    pub heizkosten_grenze: Option<Cents>,
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

/// How a line below the Bedarf enters the person's sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Richtung {
    Abzug,
    Zuschlag,
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
    /// The Kindersofortzuschlag of this person's Regelbedarfsstufe (§ 72 SGB II).
    pub kindersofortzuschlag: Cents,
    /// The part of it paid: on top of the benefit, where the child has a claim.
    pub sofortzuschlag_gezahlt: Cents,
    pub mehrbedarf_alleinerziehend: Cents,
    /// Every Mehrbedarf line, Alleinerziehung included.
    pub mehrbedarfe: Vec<Zeile>,
    /// This person's Kopfteil of Unterkunft und Heizung, rounded for display.
    pub kdu: Cents,
    pub bedarf: Cents,
    /// Income counted for this person after allowances (before distribution), a Kindergeld
    /// surplus passed on to them included.
    pub einkommen: Vec<Zeile>,
    pub einkommen_angerechnet: Cents,
    /// The others' income that covers this person's need, or this person's income that covers
    /// theirs (Bedarfsanteilsmethode), so that the person's lines add up to the benefit.
    pub verteilung: Option<Zeile>,
    /// The benefit for the Bedarf: Bedarf less own income less the line above.
    pub leistung: Cents,
    /// What is paid for this person: the benefit and the Kindersofortzuschlag.
    pub anspruch: Cents,
}

impl PersonErgebnis {
    /// Every Bedarf and income line of this person, in the order of a Berechnungsbogen.
    pub fn zeilen(&self) -> Vec<Zeile> {
        let mut out = self.bedarfszeilen();
        out.extend(self.einkommen.iter().cloned());
        out.extend(self.verteilung.clone());
        out.extend(self.sofortzuschlag_zeile());
        out
    }

    /// The lines set against the Bedarf, in the order of the letter, each with the way it goes
    /// and its amount as shown (never negative): income is deducted; a negative amount
    /// (maintenance paid under a title, this person's income covering the others' needs) is
    /// added back, as is the Kindersofortzuschlag. Bedarf − deductions + additions = `anspruch`.
    pub fn gegen_bedarf(&self) -> Vec<(Zeile, Richtung)> {
        let mut out: Vec<(Zeile, Richtung)> = self
            .einkommen
            .iter()
            .chain(self.verteilung.iter())
            .map(|z| {
                if z.betrag < Cents::ZERO {
                    let shown = Zeile {
                        betrag: Cents::ZERO - z.betrag,
                        ..z.clone()
                    };
                    (shown, Richtung::Zuschlag)
                } else {
                    (z.clone(), Richtung::Abzug)
                }
            })
            .collect();
        out.extend(self.sofortzuschlag_zeile().map(|z| (z, Richtung::Zuschlag)));
        out
    }

    /// The Kindersofortzuschlag, paid on top of the benefit (§ 72 SGB II).
    pub fn sofortzuschlag_zeile(&self) -> Option<Zeile> {
        (!self.sofortzuschlag_gezahlt.is_zero()).then(|| {
            zeile(
                text(k::BESCHEID_SOFORTZUSCHLAG_KINDER),
                self.sofortzuschlag_gezahlt,
                text(k::BESCHEID_ZUSCHLAG_KINDER_JUGENDLICHE_JUNGE),
                "§ 72 SGB II",
            )
        })
    }

    /// The Bedarf lines, which add up to `bedarf`: Regelbedarf, Mehrbedarfe and the Kopfteil of
    /// Unterkunft und Heizung.
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
    /// Bedarf of the Bedarfsgemeinschaft, without the Kindersofortzuschlag (no Bedarf, § 72).
    pub bedarf: Cents,
    /// The Kindersofortzuschlag paid on top, all children together.
    pub kindersofortzuschlag: Cents,
    pub einkommen_angerechnet: Cents,
    pub vermoegen: VermoegensPruefung,
    /// The monthly payment: the benefit and the Kindersofortzuschlag.
    pub anspruch: Cents,
    /// Housing costs above the local limit: what changes once they could have been lowered.
    pub kostensenkung: Option<NachKostensenkung>,
    pub bewilligungszeitraum_monate: u8,
    pub vorlaeufig: bool,
    pub hinweise: Vec<Text>,
    pub unsicher: Vec<Text>,
}

/// The claim once housing costs above the limit could have been lowered (§ 22 Abs. 1 Satz 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NachKostensenkung {
    pub kdu_gesamt: Cents,
    /// Month of receipt (1 = the first) from which only the limit is recognised.
    pub ab_monat: u8,
    pub anspruch: Cents,
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

/// The whole calculation, phase by phase: who is in the Bedarfsgemeinschaft, the housing costs,
/// each member's Bedarf and income, the distribution, the Vermögen check, and the letter's hints.
/// Where the housing costs exceed the local limit, the claim once they could have been lowered
/// is computed the same way with the limit.
pub fn berechne(a: &Antrag, stichtag: Date, r: &Rechtsstand, opt: Optionen) -> Bescheid {
    let kdu = kosten_der_unterkunft(a, r, opt);
    let mut b = berechne_mit(a, stichtag, r, kdu.total, kdu.hinweise);
    if let Some(k) = kdu.kostensenkung {
        let spaeter = berechne_mit(a, stichtag, r, k.grenze, Vec::new());
        b.kostensenkung = Some(NachKostensenkung {
            kdu_gesamt: k.grenze,
            ab_monat: k.ab_monat,
            anspruch: spaeter.anspruch,
        });
        // § 41 Abs. 3 Satz 2 Nr. 2: six months where costs above the limit are to be lowered
        // within the first year (not while the Karenzzeit covers them).
        if k.ab_monat <= 12 {
            b.bewilligungszeitraum_monate = 6;
        }
    }
    b
}

fn berechne_mit(
    a: &Antrag,
    stichtag: Date,
    r: &Rechtsstand,
    kdu_total: Cents,
    mut hinweise: Vec<Text>,
) -> Bescheid {
    let members = members(a, stichtag);
    // Kopfteile: the costs are split by everyone living in the home, also lodgers the household
    // pages do not list (Kopfteilprinzip of the BSG, 23.11.2006 – B 11b AS 1/06 R; Anlage KDU
    // asks the number of occupants for it).
    let bewohner = usize::from(a.wohnung.bewohner.unwrap_or(0));
    let heads = i64::try_from(a.household().len().max(bewohner).max(1)).unwrap_or(1);
    let needs = bedarfe(&members, a, stichtag, r);
    let KindergeldZuordnung {
        je_person: kindergeld,
        hinweise: kindergeld_hinweise,
    } = kindergeld_zuordnung(&members, r);
    hinweise.extend(kindergeld_hinweise);
    let incomes = einkommen(&members, r, &kindergeld);
    let Verteilung {
        in_bg,
        mut ausserhalb,
        pool,
        uebertrag,
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
    if members.iter().any(|m| m.ohne_kdu) {
        hinweise.push(text(k::BESCHEID_AUSZUG_OHNE_ZUSICHERUNG));
    }

    let vermoegen = vermoegens_pruefung(&members, stichtag, r, in_karenzzeit(a));
    // § 72: the Kindersofortzuschlag is paid on top to every child with a claim of its own.
    let sofortzuschlag: Vec<Cents> = needs
        .iter()
        .zip(&claims)
        .map(|(n, c)| {
            if *c > 0 && !vermoegen.ueber_freibetrag {
                n.kindersofortzuschlag
            } else {
                Cents::ZERO
            }
        })
        .collect();
    let sofortzuschlag_gesamt: Cents = sofortzuschlag.iter().copied().sum();
    let anspruch = if vermoegen.ueber_freibetrag {
        Cents::ZERO
    } else {
        claim_total + sofortzuschlag_gesamt
    };
    hinweise.extend(hinweise_zum_ergebnis(&vermoegen, anspruch));
    hinweise.extend(vorrangige_leistungen(a, &members, &in_bg, &incomes));
    let ohne_sofortzuschlag = needs
        .iter()
        .zip(&in_bg)
        .zip(&sofortzuschlag)
        .any(|((n, inside), paid)| *inside && !n.kindersofortzuschlag.is_zero() && paid.is_zero());
    if ohne_sofortzuschlag && !vermoegen.ueber_freibetrag {
        hinweise.push(text(k::BESCHEID_SOFORTZUSCHLAG_BILDUNG_TEILHABE));
    }

    let in_bg_count = members
        .iter()
        .zip(&in_bg)
        .filter(|(m, inside)| **inside && !m.ohne_kdu)
        .count() as i64;
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
            let kdu_share = if m.ohne_kdu {
                Cents::ZERO
            } else {
                kopfteil(kdu_total, 1, heads)
            };
            let uebertrag = uebertrag
                .as_ref()
                .filter(|(to, _)| *to == m.who)
                .map(|(_, z)| z.clone());
            person_ergebnis(
                a,
                r,
                m,
                &needs[i],
                &incomes[i],
                uebertrag,
                kdu_share,
                claim,
                sofortzuschlag[i],
            )
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
        kindersofortzuschlag: sofortzuschlag_gesamt,
        einkommen_angerechnet: pool + children_income,
        vermoegen,
        anspruch,
        kostensenkung: None,
        bewilligungszeitraum_monate: if vorlaeufig { 6 } else { 12 },
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

/// One member's part of the letter: Bedarf lines, income lines (Kindergeld last, then a
/// Kindergeld surplus passed on), the share of the others' income (Bedarfsanteilsmethode), the
/// claim and the Kindersofortzuschlag paid on top.
#[allow(clippy::too_many_arguments)]
fn person_ergebnis(
    a: &Antrag,
    r: &Rechtsstand,
    m: &Member,
    need: &Need,
    income: &Income,
    uebertrag: Option<Zeile>,
    kdu_share: Cents,
    claim: Cents,
    sofortzuschlag: Cents,
) -> PersonErgebnis {
    let mut einkommen = income.lines.clone();
    if !income.kindergeld.is_zero() {
        einkommen.push(zeile(
            text(k::C_KINDERGELD),
            income.kindergeld,
            if m.is_adult() && !m.is_kind() {
                text(k::BESCHEID_KINDERGELD_EIGENES_EINKOMMEN)
            } else {
                text(k::BESCHEID_KINDERGELD_EINKOMMEN_KINDES_SOWEIT)
            },
            "§ 11 Abs. 1 Satz 5 SGB II",
        ));
    }
    einkommen.extend(uebertrag);
    let bedarf = need.base + kdu_share;
    let eigenes: Cents = einkommen.iter().map(|z| z.betrag).sum();
    // What lies between the person's own figures and the benefit: the others' income that covers
    // this person's need (deducted), or this person's income that covers theirs (added back).
    let ausgleich = bedarf - eigenes - claim;
    let verteilung = (!ausgleich.is_zero()).then(|| {
        let (titel, erklaerung) = if ausgleich > Cents::ZERO {
            (
                k::BESCHEID_ANTEIL_EINKOMMEN_ANDERER,
                k::BESCHEID_ANTEIL_EINKOMMEN_ANDERER_ERKLAERUNG,
            )
        } else {
            (
                k::BESCHEID_EINKOMMEN_FUER_ANDERE,
                k::BESCHEID_EINKOMMEN_FUER_ANDERE_ERKLAERUNG,
            )
        };
        zeile(
            text(titel),
            ausgleich,
            text(erklaerung),
            "§ 9 Abs. 2 Satz 3 SGB II",
        )
    });
    PersonErgebnis {
        person: m.who,
        name: a.display_name(m.who),
        regelbedarfsstufe: m.stufe,
        regelbedarf: r.regelbedarf(m.stufe),
        kindersofortzuschlag: need.kindersofortzuschlag,
        sofortzuschlag_gezahlt: sofortzuschlag,
        mehrbedarf_alleinerziehend: need.alleinerziehend,
        mehrbedarfe: need.lines.clone(),
        kdu: kdu_share,
        bedarf,
        einkommen_angerechnet: income.angerechnet(),
        einkommen,
        verteilung,
        leistung: claim,
        anspruch: claim + sofortzuschlag,
    }
}

/// Benefits that come before the Grundsicherung (§ 12a SGB II) and that this household may have:
/// Unterhaltsvorschuss for a child with a parent elsewhere who pays no maintenance (UVG), and
/// Kinderzuschlag and Wohngeld for parents who earn.
fn vorrangige_leistungen(
    a: &Antrag,
    members: &[Member],
    in_bg: &[bool],
    incomes: &[Income],
) -> Vec<Text> {
    use super::choices::Betrag;
    let mut out = Vec::new();
    for m in members.iter().filter(|m| m.is_minor_child()) {
        let e = &m.person.einkommen;
        let bekommt = e.betrag(Betrag::Unterhalt).is_some_and(|c| !c.is_zero())
            || e.betrag(Betrag::Unterhaltsvorschuss)
                .is_some_and(|c| !c.is_zero());
        if m.person.elternteil_ausserhalb == Some(true) && !bekommt {
            out.push(fill(
                k::BESCHEID_UNTERHALTSVORSCHUSS_PRUEFEN,
                &[("name", &a.display_name(m.who))],
            ));
        }
    }
    let mit_kind = members.iter().any(|m| m.is_minor_child());
    let eltern_verdienen = members
        .iter()
        .zip(in_bg)
        .zip(incomes)
        .any(|((m, inside), i)| *inside && !m.is_kind() && i.erwerbstaetig);
    if mit_kind && eltern_verdienen {
        out.push(text(k::BESCHEID_KINDERZUSCHLAG_WOHNGELD_PRUEFEN));
    }
    use super::choices::{AndereLeistung, Choice};
    let beantragt: Vec<Text> = AndereLeistung::all()
        .iter()
        .filter(|l| a.andere_leistungen.get(l).copied().unwrap_or(false))
        .map(|l| text(l.label()))
        .collect();
    if !beantragt.is_empty() {
        out.push(fill(
            k::BESCHEID_ANDERE_LEISTUNGEN_VORRANG,
            &[("liste", &Text::Join(beantragt, ", "))],
        ));
    }
    out
}
