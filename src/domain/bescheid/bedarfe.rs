//! Phase 3: each member's Bedarf without housing: Regelbedarf (§ 20, § 23) and the Mehrbedarfe of
//! § 21, each as a line of the Berechnungsbogen; beside it the Kindersofortzuschlag (§ 72), which
//! is paid on top of a granted benefit and is therefore kept out of the Bedarf.

use super::super::antrag::{Antrag, PersonRef};
use super::super::choices::Warmwasser;
use super::super::date::Date;
use super::super::money::Cents;
use super::super::rules::lebensalter::ERWERBSFAEHIG_AB;
use super::super::rules::mehrbedarf as mb;
use super::super::rules::rechtsstand::Rechtsstand;
use super::bedarfsgemeinschaft::Member;
use super::{percent_text, zeile, Zeile};
use crate::i18n::{fill, k, text, Key};

pub(super) struct Need {
    /// Regelbedarf and Mehrbedarfe together (the Kindersofortzuschlag is no Bedarf: § 72 pays it
    /// in addition to the benefit granted).
    pub base: Cents,
    /// The Mehrbedarf lines (Alleinerziehung included).
    pub lines: Vec<Zeile>,
    pub alleinerziehend: Cents,
    pub kindersofortzuschlag: Cents,
}

pub(super) fn bedarfe(
    members: &[Member],
    a: &Antrag,
    stichtag: Date,
    r: &Rechtsstand,
) -> Vec<Need> {
    let with_partner = members.iter().any(|m| m.who == PersonRef::Partner);
    let minors: Vec<i32> = members
        .iter()
        .filter(|m| m.is_minor_child())
        .map(|m| m.age)
        .collect();
    let warmwasser_dezentral =
        a.wohnung.kosten == Some(true) && a.wohnung.warmwasser == Some(Warmwasser::Dezentral);
    members
        .iter()
        .map(|m| {
            let rb = r.regelbedarf(m.stufe);
            let ksz = r.kindersofortzuschlag_fuer(m.stufe);
            let mut lines = Vec::new();
            let mut ae = Cents::ZERO;
            // § 21 Abs. 3: living with minor children and caring for them alone. The form asks
            // it; a "nein" (someone else shares the care) takes the Mehrbedarf away, and an older
            // copy without the answer keeps the reading from the household.
            if m.who == PersonRef::Antragsteller
                && !with_partner
                && !minors.is_empty()
                && a.alleinerziehend != Some(false)
            {
                let line = alleinerziehend(&minors, r);
                ae = line.betrag;
                lines.push(line);
            }
            lines.extend(mehrbedarfe_abs_2_bis_5(m, stichtag, rb, ae));
            if warmwasser_dezentral {
                lines.push(prozent_zeile(
                    k::BESCHEID_MEHRBEDARF_DEZENTRALE_WARMWASSERERZEUGUNG,
                    k::BESCHEID_WARMWASSER_PROZENT,
                    mb::warmwasser(m.stufe),
                    rb,
                    "§ 21 Abs. 7 SGB II",
                ));
            }
            let mb_sum: Cents = lines.iter().map(|l| l.betrag).sum();
            Need {
                base: rb + mb_sum,
                lines,
                alleinerziehend: ae,
                kindersofortzuschlag: ksz,
            }
        })
        .collect()
}

/// § 21 Abs. 3: the single parent's Mehrbedarf, a share of Regelbedarfsstufe 1 by the children's
/// ages (`rules::mehrbedarf::alleinerziehend`).
fn alleinerziehend(minors: &[i32], r: &Rechtsstand) -> Zeile {
    let rbs1 = r.regelbedarf(1);
    let tenths = mb::alleinerziehend(minors);
    zeile(
        text(k::BESCHEID_MEHRBEDARF_ALLEINERZIEHENDE),
        rbs1.anteil(tenths),
        fill(
            if minors.len() == 1 {
                k::BESCHEID_ALLEINERZIEHEND_EIN_KIND
            } else {
                k::BESCHEID_ALLEINERZIEHEND_KINDER
            },
            &[
                ("pct", &percent_text(tenths)),
                ("rbs1", &rbs1),
                ("n", &minors.len()),
            ],
        ),
        "§ 21 Abs. 3 SGB II",
    )
}

/// A Mehrbedarf that is a share of the person's own Regelbedarf: its line, worded with the share.
fn prozent_zeile(titel: Key, erklaerung: Key, tenths: i64, rb: Cents, paragraph: &str) -> Zeile {
    zeile(
        text(titel),
        rb.anteil(tenths),
        fill(erklaerung, &[("pct", &percent_text(tenths)), ("rb", &rb)]),
        paragraph,
    )
}

/// Pregnancy (Abs. 2), disability (Abs. 4), diet (Abs. 5, amount set by the Jobcenter), and the
/// cap of Abs. 8: the Mehrbedarfe of Abs. 2 to 5 (the Alleinerziehung `ae` included) together at
/// most the Regelbedarf.
fn mehrbedarfe_abs_2_bis_5(m: &Member, stichtag: Date, rb: Cents, ae: Cents) -> Vec<Zeile> {
    let mut lines = Vec::new();
    let mut capped_sum = ae;
    if let (Some(true), Some(due)) = (m.person.schwanger, m.person.entbindungstermin) {
        // From the 13th week of pregnancy: 28 weeks before the due date at the latest.
        if stichtag.days_until(due) <= mb::SCHWANGERSCHAFT_AB_TAGEN_VOR_TERMIN {
            let line = prozent_zeile(
                k::BESCHEID_MEHRBEDARF_SCHWANGERSCHAFT,
                k::BESCHEID_SCHWANGERSCHAFT_PROZENT,
                mb::SCHWANGERSCHAFT,
                rb,
                "§ 21 Abs. 2 SGB II",
            );
            capped_sum += line.betrag;
            lines.push(line);
        }
    }
    if m.person.behinderung_teilhabe == Some(true) && m.age >= ERWERBSFAEHIG_AB {
        let line = prozent_zeile(
            k::BESCHEID_MEHRBEDARF_WEGEN_BEHINDERUNG,
            k::BESCHEID_BEHINDERUNG_PROZENT,
            mb::BEHINDERUNG,
            rb,
            "§ 21 Abs. 4 SGB II",
        );
        capped_sum += line.betrag;
        lines.push(line);
    }
    if m.person.ernaehrung == Some(true) {
        lines.push(zeile(
            text(k::F_MEHRBEDARF_KOSTENAUFWAENDIGE_ERNAEHRUNG),
            Cents::ZERO,
            text(k::BESCHEID_HOEHE_LEGT_JOBCENTER_NACH),
            "§ 21 Abs. 5 SGB II",
        ));
    }
    if capped_sum > rb {
        let cut = capped_sum - rb;
        lines.push(zeile(
            text(k::BESCHEID_BEGRENZUNG_MEHRBEDARFE),
            Cents(cut.0.saturating_neg()),
            fill(
                k::BESCHEID_MEHRBEDARFE_DUERFEN_ZUSAMMEN_REGELBEDARF,
                &[("rb", &rb)],
            ),
            "§ 21 Abs. 8 SGB II",
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::RechtsstandId;

    #[test]
    fn the_single_parents_line_is_the_rules_share_of_stufe_1() {
        let r = Rechtsstand::get(RechtsstandId::R2026);
        let line = alleinerziehend(&[3, 10], r);
        // Two children, one under 7: 36 % of 563 € = 202,68 €.
        assert_eq!(line.betrag, Cents(20_268));
        assert_eq!(line.paragraph, "§ 21 Abs. 3 SGB II");
    }
}
