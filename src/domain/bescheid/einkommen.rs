//! Phase 4: each member's income after allowances (§§ 11, 11b SGB II): earnings less the
//! Grund- and Erwerbstätigenfreibetrag (or the § 11b Abs. 2b allowance of young pupils, students
//! and trainees), Elterngeld less its free part (§ 10 Abs. 5 BEEG), other income and an adult's
//! Kindergeld less the Versicherungspauschale, and Kindergeld kept apart because it belongs to the
//! child (§ 11 Abs. 1 Satz 5).
//!
//! Kindergeld is asked on the child's page, but people also enter it on their own page, where the
//! money arrives. `kindergeld_zuordnung` gives such an amount to the children it is paid for and
//! counts an amount entered in both places once.

use super::super::antrag::PersonRef;
use super::super::choices::{Betrag, EinkommensArt};
use super::super::money::Cents;
use super::super::rules::lebensalter::UNTER_25;
use super::super::rules::mehrbedarf as mb;
use super::super::rules::rechtsstand::{Freibetrag, Rechtsstand};
use super::bedarfsgemeinschaft::Member;
use super::{zeile, Zeile};
use crate::i18n::{fill, k, text, Text};

pub(super) struct Income {
    pub lines: Vec<Zeile>,
    /// Countable income other than Kindergeld, after allowances.
    pub countable_other: Cents,
    /// Countable Kindergeld of this person (an adult's less what the Pauschale took of it).
    pub kindergeld: Cents,
    /// The part of the Versicherungspauschale an adult without earnings has not used yet: it is
    /// deducted from a Kindergeld surplus passed on to them (§ 6 Abs. 1 Nr. 1 Bürgergeld-V).
    pub pauschale_frei: Cents,
    /// Self-employed income is estimated: the Bescheid is then provisional (§ 41a).
    pub vorlaeufig: bool,
    /// Has earnings from work (employed or self-employed).
    pub erwerbstaetig: bool,
}

impl Income {
    pub fn angerechnet(&self) -> Cents {
        self.countable_other + self.kindergeld
    }
}

/// Other income than earnings, Elterngeld and Kindergeld, counted in full less the Pauschale.
const SONSTIGE: [Betrag; 5] = [
    Betrag::Unterhalt,
    Betrag::Unterhaltsvorschuss,
    Betrag::Rente,
    Betrag::Arbeitslosengeld,
    Betrag::Sonstiges,
];

/// Kindergeld per member, after the amounts entered by parents went to the children they are
/// paid for, and the hints that say so.
pub(super) struct KindergeldZuordnung {
    pub je_person: Vec<Cents>,
    pub hinweise: Vec<Text>,
}

/// Kindergeld is the child's income (§ 11 Abs. 1 Satz 5 SGB II). An amount a parent entered on
/// their own page is first given to the children of the Bedarfsgemeinschaft without an amount of
/// their own (each the statutory Kindergeld by birth order, § 66 EStG), then taken as the same
/// money as the children's own entries (entered twice), and only what is left (Kindergeld for a
/// child who lives elsewhere) stays the parent's income.
pub(super) fn kindergeld_zuordnung(members: &[Member], r: &Rechtsstand) -> KindergeldZuordnung {
    let entered: Vec<Cents> = members
        .iter()
        .map(|m| {
            m.person
                .einkommen
                .betrag(Betrag::Kindergeld)
                .unwrap_or_default()
        })
        .collect();
    let mut je_person = entered.clone();
    let mut children: Vec<usize> = (0..members.len())
        .filter(|i| members[*i].kind_position && members[*i].age < UNTER_25)
        .collect();
    // Birth order decides the amount where it differs (2019): the oldest child is the first.
    children.sort_by_key(|i| std::cmp::Reverse(members[*i].age));
    let parents: Vec<usize> = (0..members.len())
        .filter(|i| !members[*i].kind_position && !entered[*i].is_zero())
        .collect();
    let mut hinweise = Vec::new();
    if parents.is_empty() {
        return KindergeldZuordnung {
            je_person,
            hinweise,
        };
    }
    let mut von_eltern: Cents = parents.iter().map(|i| entered[*i]).sum();
    let mut zugeordnet = Cents::ZERO;
    for (position, i) in children.iter().enumerate() {
        if entered[*i].is_zero() {
            let amount = von_eltern.min(r.kindergeld_fuer(position + 1));
            je_person[*i] = amount;
            von_eltern -= amount;
            zugeordnet += amount;
        }
    }
    let bei_kindern: Cents = children.iter().map(|i| entered[*i]).sum();
    let doppelt = von_eltern.min(bei_kindern);
    von_eltern -= doppelt;
    // What is left stays with the parents who entered it, in their order.
    for i in &parents {
        let keep = von_eltern.min(entered[*i]);
        je_person[*i] = keep;
        von_eltern -= keep;
    }
    if !zugeordnet.is_zero() {
        hinweise.push(fill(
            k::BESCHEID_KINDERGELD_DEN_KINDERN_ZUGEORDNET,
            &[("betrag", &zugeordnet)],
        ));
    }
    if !doppelt.is_zero() {
        hinweise.push(fill(
            k::BESCHEID_KINDERGELD_DOPPELT_ANGEGEBEN,
            &[("betrag", &doppelt)],
        ));
    }
    KindergeldZuordnung {
        je_person,
        hinweise,
    }
}

pub(super) fn einkommen(members: &[Member], r: &Rechtsstand, kindergeld: &[Cents]) -> Vec<Income> {
    let mit_kind = members.iter().any(|m| m.is_minor_child());
    members
        .iter()
        .zip(kindergeld)
        .map(|(m, kg)| {
            let e = &m.person.einkommen;
            let get = |b| e.betrag(b).unwrap_or_default();
            let mut lines = Vec::new();
            let brutto = get(Betrag::ErwerbBrutto) + get(Betrag::Selbstaendig);
            let netto = get(Betrag::ErwerbNetto) + get(Betrag::Selbstaendig);
            let erwerbstaetig = !brutto.is_zero() || !netto.is_zero();
            let mut countable = Cents::ZERO;
            if erwerbstaetig {
                let line = erwerbseinkommen(m, r, brutto, netto, mit_kind);
                countable += line.betrag;
                lines.push(line);
            }
            // The Versicherungspauschale: once per adult without earnings, from all other income
            // (earners have the Grundfreibetrag instead, § 11b Abs. 2 Satz 1).
            let mut pauschale_frei = if m.is_adult() && !erwerbstaetig {
                Cents::euros(mb::VERSICHERUNGSPAUSCHALE_EUR)
            } else {
                Cents::ZERO
            };
            let mut take_pauschale = |amount: Cents| {
                let p = amount.min(pauschale_frei);
                pauschale_frei -= p;
                p
            };
            let elterngeld = get(Betrag::Elterngeld);
            if !elterngeld.is_zero() {
                let line = elterngeld_zeile(m, elterngeld, &mut take_pauschale);
                countable += line.betrag;
                lines.push(line);
            }
            let other: Cents = SONSTIGE.into_iter().map(get).sum();
            if !other.is_zero() {
                let pauschale = take_pauschale(other);
                countable += other - pauschale;
                lines.push(zeile(
                    text(k::BESCHEID_SONSTIGES_EINKOMMEN),
                    other - pauschale,
                    if pauschale.is_zero() {
                        fill(
                            k::BESCHEID_UNTERHALT_UNTERHALTSVORSCHUSS_RENTEN_ANDERE,
                            &[("other", &other)],
                        )
                    } else {
                        fill(
                            k::BESCHEID_ANDERE_EINNAHMEN_ABZUEGLICH_VERSICHERUNGSPAUSCHALE,
                            &[("other", &other), ("pauschale", &pauschale)],
                        )
                    },
                    "§ 11 SGB II, § 6 Abs. 1 Nr. 1 Bürgergeld-V",
                ));
            }
            let kg_pauschale = take_pauschale(*kg);
            let mut kindergeld = *kg - kg_pauschale;
            // § 11b Abs. 1 Satz 1 Nr. 7: maintenance paid under a title, up to the income.
            let tituliert = m.person.unterhalt_tituliert.unwrap_or_default();
            let abzug = tituliert.min(countable + kindergeld);
            if !abzug.is_zero() {
                let from_other = abzug.min(countable);
                countable -= from_other;
                kindergeld -= abzug - from_other;
                lines.push(zeile(
                    text(k::BESCHEID_UNTERHALT_TITULIERT),
                    Cents::ZERO - abzug,
                    text(k::BESCHEID_UNTERHALT_TITULIERT_ERKLAERUNG),
                    "§ 11b Abs. 1 Satz 1 Nr. 7 SGB II",
                ));
            }
            Income {
                lines,
                countable_other: countable,
                kindergeld,
                pauschale_frei,
                vorlaeufig: e.hat(EinkommensArt::Selbstaendig),
                erwerbstaetig,
            }
        })
        .collect()
}

/// Elterngeld counts as income except up to 300 € where it replaces earnings from before the
/// birth (§ 10 Abs. 5 Satz 2 BEEG; § 10 Abs. 5 Satz 1 otherwise counts it in full). The form does
/// not ask whether it is ElterngeldPlus, whose free part is half (§ 10 Abs. 5 Satz 3 with § 4b):
/// the reading chosen is Basiselterngeld, the common case in the first year.
fn elterngeld_zeile(
    m: &Member,
    elterngeld: Cents,
    take_pauschale: &mut impl FnMut(Cents) -> Cents,
) -> Zeile {
    let frei = if m.person.elterngeld_aus_erwerb == Some(true) {
        elterngeld.min(Cents::euros(mb::ELTERNGELD_FREI_EUR))
    } else {
        Cents::ZERO
    };
    let pauschale = take_pauschale(elterngeld - frei);
    zeile(
        text(k::C_ELTERNGELD),
        elterngeld - frei - pauschale,
        fill(
            k::BESCHEID_ELTERNGELD_FREI,
            &[
                ("elterngeld", &elterngeld),
                ("frei", &frei),
                ("pauschale", &pauschale),
            ],
        ),
        "§ 10 Abs. 5 BEEG, § 6 Abs. 1 Nr. 1 Bürgergeld-V",
    )
}

/// Net earnings less the allowances of § 11b Abs. 2 and 3, or for a pupil, trainee or student
/// under 25 those of Abs. 2b where the Rechtsstand has them.
fn erwerbseinkommen(
    m: &Member,
    r: &Rechtsstand,
    brutto: Cents,
    netto: Cents,
    mit_kind: bool,
) -> Zeile {
    let u25 = r
        .u25_freibetrag
        .filter(|_| m.in_ausbildung && m.age < UNTER_25);
    let nachgewiesen = nachgewiesene_absetzbetraege(m);
    let (free, note, paragraph) = match u25 {
        Some(u25) => (
            erwerbsfreibetrag_u25(r, brutto, mit_kind, u25),
            fill(
                k::BESCHEID_SCHUELER_STUDIERENDE_AUSZUBILDENDE_UNTER,
                &[("u25", &u25)],
            ),
            "§ 11b Abs. 2b und 3 SGB II",
        ),
        // § 11b Abs. 2 Satz 2: above 400 € of earnings, higher costs replace the 100 €.
        None if brutto > Cents::euros(mb::NACHWEIS_AB_EUR)
            && nachgewiesen > r.freibetrag.grundfreibetrag =>
        {
            (
                nachgewiesen
                    + baender(
                        &r.freibetrag,
                        brutto,
                        r.freibetrag.grundfreibetrag,
                        mit_kind,
                    ),
                fill(
                    k::BESCHEID_ABSETZBETRAEGE_NACHGEWIESEN,
                    &[("betrag", &nachgewiesen)],
                ),
                "§ 11b Abs. 1 Satz 1 Nr. 3 bis 5, Abs. 2 Satz 2 und Abs. 3 SGB II",
            )
        }
        None => (
            erwerbsfreibetrag(r, brutto, mit_kind),
            Text::empty(),
            "§ 11b Abs. 2 und 3 SGB II",
        ),
    };
    zeile(
        text(k::BESCHEID_ERWERBSEINKOMMEN),
        (netto - free).max(Cents::ZERO),
        fill(
            k::BESCHEID_NETTO_ABZUEGLICH_FREIBETRAEGE_GRUNDFREIBETRAG,
            &[
                ("netto", &netto),
                ("free", &free),
                ("brutto", &brutto),
                ("note", &note),
            ],
        ),
        paragraph,
    )
}

/// The costs of § 11b Abs. 1 Satz 1 Nr. 3 to 5 a person states on Anlage EK: the Versicherungs-
/// pauschale of an adult, insurance required by law, Riester contributions, the Werbungskosten-
/// pauschale and travel to work (§ 6 Abs. 1 Nr. 1 and 3 Bürgergeld-V). Zero when none is stated,
/// so that the 100 € apply.
fn nachgewiesene_absetzbetraege(m: &Member) -> Cents {
    let p = m.person;
    let stated: Cents = [p.versicherungen, p.riester, p.fahrtkosten]
        .into_iter()
        .map(Option::unwrap_or_default)
        .sum();
    if stated.is_zero() {
        return Cents::ZERO;
    }
    let pauschale = if m.is_adult() {
        Cents::euros(mb::VERSICHERUNGSPAUSCHALE_EUR)
    } else {
        Cents::ZERO
    };
    stated + pauschale + Cents(mb::WERBUNGSKOSTENPAUSCHALE)
}

/// The Erwerbstätigenfreibetrag plus Grundfreibetrag on gross earnings (§ 11b Abs. 2, 3).
pub fn erwerbsfreibetrag(r: &Rechtsstand, brutto: Cents, mit_kind: bool) -> Cents {
    let f = &r.freibetrag;
    brutto.min(f.grundfreibetrag) + baender(f, brutto, f.grundfreibetrag, mit_kind)
}

/// § 11b Abs. 2b: the Minijob limit takes the place of the Grundfreibetrag (and of the amounts of
/// Abs. 1 Nr. 3 to 5), and the Erwerbstätigenfreibetrag of Abs. 3 is added for the earnings above
/// it. Reading chosen (Sauer, SGB II § 11b Rz. 86k–n, haufe; the BMAS's answer of 2024 on
/// abgeordnetenwatch.de): the allowance covers all earnings of the person, the training pay
/// included, and the bands of Abs. 3 count only from the Abs. 2b amount upwards, so that no euro
/// is free twice.
pub fn erwerbsfreibetrag_u25(r: &Rechtsstand, brutto: Cents, mit_kind: bool, u25: Cents) -> Cents {
    brutto.min(u25) + baender(&r.freibetrag, brutto, u25, mit_kind)
}

/// The free share of the gross earnings between `from` and the top of the last band of Abs. 3,
/// band by band, rounded half up to the cent.
fn baender(f: &Freibetrag, brutto: Cents, from: Cents, mit_kind: bool) -> Cents {
    let mut bands: Vec<(Cents, u32)> = f.bands.to_vec();
    bands.push((
        if mit_kind {
            f.last_upper_with_child
        } else {
            f.last_upper
        },
        f.last_percent,
    ));
    let mut lower = f.grundfreibetrag;
    let mut free_thousandths: i64 = 0;
    for (upper, pct) in bands {
        let start = lower.max(from);
        let in_band = (brutto.min(upper) - start).max(Cents::ZERO);
        free_thousandths = free_thousandths
            .saturating_add(in_band.0.saturating_mul(i64::from(pct)).saturating_mul(10));
        lower = upper;
    }
    Cents(free_thousandths.saturating_add(500).div_euclid(1000))
}

/// The Kindergeld surplus of children who cover their own need, counted for the parent who
/// receives it, less the part of the Pauschale that parent has not used (§ 11 Abs. 1 Satz 5).
pub(super) fn uebertrag_zeile(
    betrag: Cents,
    pauschale: Cents,
    von: Text,
    an: PersonRef,
) -> (PersonRef, Zeile) {
    (
        an,
        zeile(
            text(k::BESCHEID_KINDERGELD_UEBERTRAG),
            betrag - pauschale,
            fill(
                k::BESCHEID_KINDERGELD_UEBERTRAG_ERKLAERUNG,
                &[
                    ("betrag", &betrag),
                    ("von", &von),
                    ("pauschale", &pauschale),
                ],
            ),
            "§ 11 Abs. 1 Satz 5 SGB II, § 6 Abs. 1 Nr. 1 Bürgergeld-V",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::RechtsstandId;

    #[test]
    fn freibetrag_examples_of_facts_3_4() {
        let r2026 = Rechtsstand::get(RechtsstandId::R2026);
        let r2019 = Rechtsstand::get(RechtsstandId::R2019);
        // (rules, gross, minor child, free amount in cents)
        let cases = [
            (r2026, 603, false, 20_890),
            (r2019, 603, false, 20_060),
            (r2026, 1000, false, 32_800),
            (r2019, 1000, false, 28_000),
            (r2026, 5000, false, 34_800),
            (r2026, 5000, true, 37_800),
            (r2019, 5000, false, 30_000),
            (r2019, 5000, true, 33_000),
            (r2026, 80, false, 8_000),
        ];
        for (r, gross, child, free) in cases {
            assert_eq!(
                erwerbsfreibetrag(r, Cents::euros(gross), child),
                Cents(free),
                "{:?} {gross} € child={child}",
                r.id
            );
        }
    }

    #[test]
    fn the_u25_allowance_replaces_the_grundfreibetrag_and_the_bands_go_on_above_it() {
        let r = Rechtsstand::get(RechtsstandId::R2026);
        let u25 = Cents::euros(603);
        // Below the Minijob limit all of it is free.
        assert_eq!(
            erwerbsfreibetrag_u25(r, Cents::euros(450), false, u25),
            Cents::euros(450)
        );
        // 900 € gross: 603 € + 30 % of 297 € = 692,10 €.
        assert_eq!(
            erwerbsfreibetrag_u25(r, Cents::euros(900), false, u25),
            Cents(69_210)
        );
        // 1.300 € gross: 603 + 30 % of 397 + 10 % of 200 = 742,10 € (the band ends at 1.200 €).
        assert_eq!(
            erwerbsfreibetrag_u25(r, Cents::euros(1300), false, u25),
            Cents(74_210)
        );
    }
}
