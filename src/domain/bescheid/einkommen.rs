//! Phase 4: each member's income after allowances (§§ 11, 11b SGB II): earnings less the
//! Grund- and Erwerbstätigenfreibetrag (or the § 11b Abs. 2b allowance of young pupils, students
//! and trainees), other income less the Versicherungspauschale, and Kindergeld kept apart because
//! it belongs to the child (§ 11 Abs. 1 Satz 5).

use super::super::choices::{Betrag, EinkommensArt};
use super::super::money::Cents;
use super::super::rules::lebensalter::{UNTER_25, VOLLJAEHRIG_AB};
use super::super::rules::mehrbedarf as mb;
use super::super::rules::rechtsstand::Rechtsstand;
use super::bedarfsgemeinschaft::Member;
use super::{zeile, Zeile};
use crate::i18n::{fill, k, text, Text};

pub(super) struct Income {
    pub lines: Vec<Zeile>,
    /// Countable income other than Kindergeld, after allowances.
    pub countable_other: Cents,
    pub kindergeld: Cents,
    /// Self-employed income is estimated: the Bescheid is then provisional (§ 41a).
    pub vorlaeufig: bool,
}

impl Income {
    pub fn angerechnet(&self) -> Cents {
        self.countable_other + self.kindergeld
    }
}

/// Other income than earnings and Kindergeld, counted in full less the Versicherungspauschale.
const SONSTIGE: [Betrag; 6] = [
    Betrag::Unterhalt,
    Betrag::Unterhaltsvorschuss,
    Betrag::Rente,
    Betrag::Arbeitslosengeld,
    Betrag::Elterngeld,
    Betrag::Sonstiges,
];

pub(super) fn einkommen(members: &[Member], r: &Rechtsstand) -> Vec<Income> {
    let mit_kind = members.iter().any(|m| m.is_minor_child());
    members
        .iter()
        .map(|m| {
            let e = &m.person.einkommen;
            let get = |b| e.betrag(b).unwrap_or_default();
            let mut lines = Vec::new();
            let brutto = get(Betrag::ErwerbBrutto) + get(Betrag::Selbstaendig);
            let netto = get(Betrag::ErwerbNetto) + get(Betrag::Selbstaendig);
            let mut countable = Cents::ZERO;
            if !brutto.is_zero() || !netto.is_zero() {
                let line = erwerbseinkommen(m, r, brutto, netto, mit_kind);
                countable += line.betrag;
                lines.push(line);
            }
            let other: Cents = SONSTIGE.into_iter().map(get).sum();
            if !other.is_zero() {
                let pauschale = if m.age >= VOLLJAEHRIG_AB && brutto.is_zero() {
                    other.min(Cents::euros(mb::VERSICHERUNGSPAUSCHALE_EUR))
                } else {
                    Cents::ZERO
                };
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
            Income {
                lines,
                countable_other: countable,
                kindergeld: get(Betrag::Kindergeld),
                vorlaeufig: e.hat(EinkommensArt::Selbstaendig),
            }
        })
        .collect()
}

/// Net earnings less the allowances of § 11b Abs. 2 and 3, or the higher allowance of Abs. 2b
/// for a pupil, student or trainee under 25 where the Rechtsstand has one.
fn erwerbseinkommen(
    m: &Member,
    r: &Rechtsstand,
    brutto: Cents,
    netto: Cents,
    mit_kind: bool,
) -> Zeile {
    let mut free = erwerbsfreibetrag(r, brutto, mit_kind);
    let mut note = Text::empty();
    if let Some(u25) = r.u25_freibetrag {
        if m.person.schule == Some(true) && m.age < UNTER_25 && u25 > free {
            free = brutto.min(u25).max(free);
            note = fill(
                k::BESCHEID_SCHUELER_STUDIERENDE_AUSZUBILDENDE_UNTER,
                &[("u25", &u25)],
            );
        }
    }
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
        "§ 11b Abs. 2 und 3 SGB II",
    )
}

/// The Erwerbstätigenfreibetrag plus Grundfreibetrag on gross earnings (§ 11b Abs. 2, 3).
pub fn erwerbsfreibetrag(r: &Rechtsstand, brutto: Cents, mit_kind: bool) -> Cents {
    let f = &r.freibetrag;
    let mut free_thousandths: i64 = brutto.min(f.grundfreibetrag).0.saturating_mul(1000);
    let mut lower = f.grundfreibetrag;
    let mut bands: Vec<(Cents, u32)> = f.bands.to_vec();
    bands.push((
        if mit_kind {
            f.last_upper_with_child
        } else {
            f.last_upper
        },
        f.last_percent,
    ));
    for (upper, pct) in bands {
        let in_band = (brutto.min(upper) - lower).max(Cents::ZERO);
        free_thousandths = free_thousandths
            .saturating_add(in_band.0.saturating_mul(i64::from(pct)).saturating_mul(10));
        lower = upper;
    }
    Cents(free_thousandths.saturating_add(500).div_euclid(1000))
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
}
