//! Phase 2: Unterkunft und Heizung for the whole home (§ 22 Abs. 1 SGB II), before it is split
//! by heads: the costs claimed, and where they exceed the local limit (or the Karenzzeit's cap),
//! the Kostensenkung: the full costs at first, the limit once they could have been lowered.

use super::super::antrag::Antrag;
use super::super::choices::Wohnform;
use super::super::money::Cents;
use super::super::rules::rechtsstand::{KduKarenzzeit, Rechtsstand};
use super::super::rules::unterkunft::{KARENZZEIT_MONATE, KOSTENSENKUNG_MONATE};
use super::{in_karenzzeit, Optionen};
use crate::i18n::{fill, k, text, Text};

pub(super) struct Kdu {
    /// Costs of the home recognised per month in the first Bewilligungszeitraum.
    pub total: Cents,
    /// Costs above the limit that applies: they are paid while they cannot be lowered, as a rule
    /// for six months (§ 22 Abs. 1 Satz 7 SGB II, before 2023 Satz 3), and afterwards only the
    /// limit. The Bewilligungszeitraum is then six months (§ 41 Abs. 3 Satz 2 Nr. 2).
    pub kostensenkung: Option<Kostensenkung>,
    pub hinweise: Vec<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kostensenkung {
    /// What is recognised once the costs could have been lowered.
    pub grenze: Cents,
    /// From which month of receipt (1 = the first): after the Karenzzeit where it protects the
    /// actual costs (its months do not count towards the six, § 22 Abs. 1 Satz 8), else after
    /// six months.
    pub ab_monat: u8,
}

pub(super) fn kosten_der_unterkunft(a: &Antrag, r: &Rechtsstand, opt: Optionen) -> Kdu {
    let w = &a.wohnung;
    let claimed = w.kosten == Some(true);
    let owner = w.wohnform == Some(Wohnform::Eigentum);
    // Only the total rent known: it stands for Unterkunft und Heizung together. The combined
    // limit (§ 22 Abs. 10) can be checked; heating on its own cannot until the split is given.
    let nur_gesamtmiete = claimed && !owner && w.nur_gesamtmiete;
    let unterkunft = if !claimed {
        Cents::ZERO
    } else if owner {
        w.schuldzinsen.unwrap_or_default() + w.nebenkosten.unwrap_or_default()
    } else if nur_gesamtmiete {
        w.gesamtmiete.unwrap_or_default()
    } else {
        w.grundmiete.unwrap_or_default() + w.nebenkosten.unwrap_or_default()
    };
    let heizung = if claimed && !nur_gesamtmiete {
        w.heizkosten.unwrap_or_default()
    } else {
        Cents::ZERO
    };
    let mut hinweise = Vec::new();
    if nur_gesamtmiete {
        hinweise.push(text(k::BESCHEID_NUR_GESAMTMIETE));
    }
    let total = unterkunft + heizung;
    let karenzzeit = in_karenzzeit(a) && r.kdu_karenzzeit != KduKarenzzeit::Keine;
    // Each limit that the costs exceed gives a Kostensenkung; the Bescheid shows the first.
    let mut stufen: Vec<Kostensenkung> = Vec::new();
    if let Some(limit) = opt.kdu_grenze {
        let (cap, ab_monat) = match (karenzzeit, r.kdu_karenzzeit) {
            (true, KduKarenzzeit::TatsaechlicheKosten) => {
                (limit, KARENZZEIT_MONATE + KOSTENSENKUNG_MONATE + 1)
            }
            (true, KduKarenzzeit::Begrenzt { zehntel }) => (
                limit.times(i64::from(zehntel)).divided(10),
                KOSTENSENKUNG_MONATE + 1,
            ),
            _ => (limit, KOSTENSENKUNG_MONATE + 1),
        };
        if total > cap {
            hinweise.push(fill(
                k::BESCHEID_KDU_UEBER_GRENZE,
                &[("kosten", &total), ("grenze", &cap), ("monat", &ab_monat)],
            ));
            stufen.push(Kostensenkung {
                grenze: cap,
                ab_monat,
            });
        }
    } else if claimed && !total.is_zero() {
        hinweise.push(text(k::BESCHEID_UNTERKUNFT_HEIZUNG_TATSAECHLICHEN_KOSTEN));
    }
    if karenzzeit && !heizung.is_zero() {
        // The Karenzzeit protects the Unterkunft only; heating is checked from the first month
        // (§ 22 Abs. 1 Satz 2). With the Jobcenter's heating limit the simulator checks it; the
        // excess is then paid while it cannot be lowered, as a rule six months (Satz 7).
        match opt.heizkosten_grenze {
            Some(heiz) if heizung > heiz => {
                let ab_monat = KOSTENSENKUNG_MONATE + 1;
                hinweise.push(fill(
                    k::BESCHEID_HEIZKOSTEN_UEBER_GRENZE,
                    &[
                        ("heizung", &heizung),
                        ("grenze", &heiz),
                        ("monat", &ab_monat),
                    ],
                ));
                // A cap that applies by then as well (the July 2026 Karenzzeit cap) still binds.
                let grenze = stufen
                    .iter()
                    .filter(|s| s.ab_monat <= ab_monat)
                    .map(|s| s.grenze)
                    .fold(unterkunft + heiz, Cents::min);
                stufen.push(Kostensenkung { grenze, ab_monat });
            }
            Some(_) => {}
            None => hinweise.push(text(k::BESCHEID_HEIZKOSTEN_AUCH_IN_KARENZZEIT)),
        }
    }
    let kostensenkung = stufen.into_iter().min_by_key(|s| (s.ab_monat, s.grenze));
    if !in_karenzzeit(a) && r.kdu_karenzzeit != KduKarenzzeit::Keine {
        hinweise.push(text(k::BESCHEID_KEINE_NEUE_KARENZZEIT));
    }
    Kdu {
        total,
        kostensenkung,
        hinweise,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::RechtsstandId;

    fn rented(grundmiete: i64, nebenkosten: i64, heizung: i64) -> Antrag {
        let mut a = Antrag::default();
        a.wohnung.kosten = Some(true);
        a.wohnung.wohnform = Some(Wohnform::Miete);
        a.wohnung.grundmiete = Some(Cents::euros(grundmiete));
        a.wohnung.nebenkosten = Some(Cents::euros(nebenkosten));
        a.wohnung.heizkosten = Some(Cents::euros(heizung));
        a
    }

    #[test]
    fn costs_above_the_limit_are_paid_until_they_can_be_lowered() {
        let r = Rechtsstand::get(RechtsstandId::R2026);
        let mut a = rented(700, 150, 100);
        let none = kosten_der_unterkunft(&a, r, Optionen::default());
        assert_eq!((none.total, none.kostensenkung), (Cents::euros(950), None));
        let limit = Optionen {
            kdu_grenze: Some(Cents::euros(600)),
            ..Optionen::default()
        };
        // In the Karenzzeit: the actual costs, the limit only after it and six more months.
        let k = kosten_der_unterkunft(&a, r, limit);
        assert_eq!(k.total, Cents::euros(950));
        assert_eq!(
            k.kostensenkung,
            Some(Kostensenkung {
                grenze: Cents::euros(600),
                ab_monat: 19
            })
        );
        // Without a Karenzzeit: still the actual costs at first, the limit from the 7th month.
        a.sgb2_bezug_drei_jahre = Some(true);
        let cut = kosten_der_unterkunft(&a, r, limit);
        assert_eq!(cut.total, Cents::euros(950));
        assert_eq!(
            cut.kostensenkung,
            Some(Kostensenkung {
                grenze: Cents::euros(600),
                ab_monat: 7
            })
        );
    }

    #[test]
    fn a_total_rent_alone_counts_as_unterkunft_und_heizung() {
        let r = Rechtsstand::get(RechtsstandId::R2026);
        let mut a = rented(0, 0, 0);
        a.wohnung.nur_gesamtmiete = true;
        a.wohnung.gesamtmiete = Some(Cents::euros(820));
        // The split asked before and then given up stays out of it.
        a.wohnung.grundmiete = Some(Cents::euros(500));
        let k = kosten_der_unterkunft(&a, r, Optionen::default());
        assert_eq!(k.total, Cents::euros(820));
        assert!(k.hinweise.contains(&text(k::BESCHEID_NUR_GESAMTMIETE)));
        // The combined limit applies to it like to any split.
        a.sgb2_bezug_drei_jahre = Some(true);
        let limit = Optionen {
            kdu_grenze: Some(Cents::euros(700)),
            ..Optionen::default()
        };
        let cut = kosten_der_unterkunft(&a, r, limit);
        assert_eq!(cut.kostensenkung.map(|s| s.grenze), Some(Cents::euros(700)));
    }

    #[test]
    fn no_costs_claimed_means_none() {
        let mut a = rented(700, 150, 100);
        a.wohnung.kosten = Some(false);
        let r = Rechtsstand::get(RechtsstandId::R2026);
        assert_eq!(
            kosten_der_unterkunft(&a, r, Optionen::default()).total,
            Cents::ZERO
        );
    }
}
