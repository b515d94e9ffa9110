//! Phase 6: the Vermögen check (§ 12 SGB II): countable assets of the Bedarfsgemeinschaft against
//! the allowance of the Rechtsstand — the Karenzzeit amounts, the allowance per person after it,
//! the age bands of the Grundsicherungsgeld, or the 2019 amounts per year of life.

use super::super::antrag::PersonRef;
use super::super::choices::{Choice, VermoegensArt};
use super::super::date::Date;
use super::super::money::Cents;
use super::super::rules::lebensalter::{ERWERBSFAEHIG_AB, VOLLJAEHRIG_AB};
use super::super::rules::mehrbedarf as mb;
use super::super::rules::rechtsstand::{Rechtsstand, Vermoegensfreibetrag};
use super::bedarfsgemeinschaft::Member;
use super::VermoegensPruefung;
use crate::i18n::{fill, k, Text};

pub(super) fn vermoegens_pruefung(
    members: &[Member],
    stichtag: Date,
    r: &Rechtsstand,
    karenzzeit: bool,
) -> VermoegensPruefung {
    // Protected: Altersvorsorge contracts; one Kfz per erwerbsfähige person up to a value the
    // BA treats as angemessen (15,000 € since 2023; 7,500 € by BSG case law before).
    let altersvorsorge_2019 = matches!(r.vermoegen, Vermoegensfreibetrag::NachAlter { .. });
    let kfz_frei = match r.vermoegen {
        Vermoegensfreibetrag::NachAlter { .. } => Cents::euros(mb::KFZ_ANGEMESSEN_2019_EUR),
        _ => Cents::euros(mb::KFZ_ANGEMESSEN_EUR),
    };
    let vermoegen: Cents = members
        .iter()
        .map(|m| {
            let v = &m.person.vermoegen;
            VermoegensArt::all()
                .iter()
                .map(|art| {
                    let value = v.betrag(*art).unwrap_or_default();
                    match art {
                        VermoegensArt::Altersvorsorge => Cents::ZERO,
                        // § 12 Abs. 1 Satz 2 Nr. 3 SGB II since 2023: insurance contracts meant
                        // for old age are not counted, whether or not they can be cashed early
                        // (LSG case law cited at anwaltonline.com: the purpose decides). Under
                        // the 2019 rules only Riester was protected and other contracts only with
                        // a Verwertungsausschluss, which the form does not ask: they count.
                        VermoegensArt::Lebensversicherung
                            if !altersvorsorge_2019 && m.person.lv_altersvorsorge == Some(true) =>
                        {
                            Cents::ZERO
                        }
                        VermoegensArt::Kfz if m.age >= ERWERBSFAEHIG_AB => {
                            (value - kfz_frei).max(Cents::ZERO)
                        }
                        _ => value,
                    }
                })
                .sum::<Cents>()
        })
        .sum();
    let (freibetrag, erklaerung, paragraph) = freibetrag(members, stichtag, r, karenzzeit);
    VermoegensPruefung {
        vermoegen,
        freibetrag,
        ueber_freibetrag: vermoegen > freibetrag,
        erklaerung,
        paragraph: paragraph.into(),
    }
}

/// The allowance of the Bedarfsgemeinschaft under the Rechtsstand, with its wording and §.
fn freibetrag(
    members: &[Member],
    stichtag: Date,
    r: &Rechtsstand,
    karenzzeit: bool,
) -> (Cents, Text, &'static str) {
    let n = members.len() as i64;
    match r.vermoegen {
        Vermoegensfreibetrag::Karenzzeit {
            erste_person,
            weitere_person,
            danach_je_person,
        } => {
            if karenzzeit {
                let f = erste_person + weitere_person.times((n - 1).max(0));
                (
                    f,
                    fill(
                        k::BESCHEID_ERSTEN_JAHR_KARENZZEIT_ZAEHLT,
                        &[
                            ("erste_person", &erste_person),
                            ("weitere_person", &weitere_person),
                        ],
                    ),
                    "§ 12 Abs. 3 und 4 SGB II",
                )
            } else {
                let f = danach_je_person.times(n);
                (
                    f,
                    fill(
                        k::BESCHEID_JEDE_PERSON_BEDARFSGEMEINSCHAFT,
                        &[("danach_je_person", &danach_je_person)],
                    ),
                    "§ 12 Abs. 2 SGB II",
                )
            }
        }
        Vermoegensfreibetrag::Altersstufen(stufen) => {
            let f: Cents = members
                .iter()
                .map(|m| {
                    stufen
                        .iter()
                        .rev()
                        .find(|(from, _)| m.age >= *from)
                        .map(|(_, v)| *v)
                        .unwrap_or_default()
                })
                .sum();
            (
                f,
                fill(
                    k::BESCHEID_FREIBETRAG_JE_PERSON_NACH,
                    &[("stufen", &altersstufen_text(stufen))],
                ),
                "§ 12 Abs. 2 SGB II in der Fassung des 13. SGB II-ÄndG",
            )
        }
        Vermoegensfreibetrag::NachAlter {
            je_lebensjahr,
            mindestens,
            hoechstens,
            je_kind,
            anschaffungen,
        } => {
            let f: Cents = members
                .iter()
                .map(|m| {
                    let grund = if m.age < VOLLJAEHRIG_AB && matches!(m.who, PersonRef::Kind(_)) {
                        je_kind
                    } else {
                        let birth_year = m
                            .person
                            .geburtsdatum
                            .map(|b| b.year)
                            .unwrap_or(stichtag.year - m.age);
                        let cap = hoechstens
                            .iter()
                            .find(|(before, _)| birth_year < *before)
                            .map(|(_, c)| *c)
                            .unwrap_or(mindestens);
                        je_lebensjahr
                            .times(i64::from(m.age))
                            .max(mindestens)
                            .min(cap)
                    };
                    grund + anschaffungen
                })
                .sum();
            (
                f,
                fill(
                    k::BESCHEID_JE_LEBENSJAHR_ERWACHSENE_MINDESTENS,
                    &[
                        ("je_lebensjahr", &je_lebensjahr),
                        ("mindestens", &mindestens),
                        ("je_kind", &je_kind),
                        ("anschaffungen", &anschaffungen),
                    ],
                ),
                "§ 12 Abs. 2 SGB II (Fassung 2019)",
            )
        }
    }
}

/// The allowance by age bands, from the rule's table: "bis 20 Jahre 5.000,00 €, ab 21 Jahren …".
fn altersstufen_text(stufen: &[(i32, Cents)]) -> Text {
    let parts = stufen
        .iter()
        .enumerate()
        .map(|(i, (from, amount))| match stufen.get(i + 1) {
            Some((next, _)) if *from == 0 => fill(
                k::BESCHEID_STUFE_BIS,
                &[("alter", &(next - 1)), ("betrag", amount)],
            ),
            _ => fill(k::BESCHEID_STUFE_AB, &[("alter", from), ("betrag", amount)]),
        })
        .collect::<Vec<_>>();
    Text::join(parts, ", ")
}

#[cfg(test)]
mod tests {
    use super::super::bedarfsgemeinschaft::members;
    use super::*;
    use crate::domain::antrag::Antrag;
    use crate::domain::rules::RechtsstandId;

    fn with_assets(assets: &[(VermoegensArt, i64)]) -> Antrag {
        let mut a = Antrag::default();
        a.antragsteller.geburtsdatum = Date::new(1990, 1, 1);
        for (art, euros) in assets {
            let v = &mut a.antragsteller.vermoegen;
            v.arten.insert(*art, true);
            v.betraege.insert(*art, Some(Cents::euros(*euros)));
        }
        a
    }

    #[test]
    fn karenzzeit_allowance_and_the_protected_assets() {
        let on = Date::new(2025, 3, 1).expect("date");
        let r = Rechtsstand::get(RechtsstandId::R2025);
        // 30,000 € savings, a car of 20,000 € (15,000 € protected), a pension contract (all).
        let a = with_assets(&[
            (VermoegensArt::Konten, 30_000),
            (VermoegensArt::Kfz, 20_000),
            (VermoegensArt::Altersvorsorge, 50_000),
        ]);
        let m = members(&a, on);
        let first_year = vermoegens_pruefung(&m, on, r, true);
        assert_eq!(first_year.vermoegen, Cents::euros(35_000));
        assert_eq!(first_year.freibetrag, Cents::euros(40_000));
        assert!(!first_year.ueber_freibetrag);
        let later = vermoegens_pruefung(&m, on, r, false);
        assert_eq!(later.freibetrag, Cents::euros(15_000));
        assert!(later.ueber_freibetrag);
    }
}
