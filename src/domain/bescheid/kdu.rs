//! Phase 2: Unterkunft und Heizung for the whole home (§ 22 Abs. 1 SGB II), before it is split
//! by heads: the costs claimed, capped at the local limit where one is configured and the
//! Karenzzeit does not protect the actual costs.

use super::super::antrag::Antrag;
use super::super::choices::Wohnform;
use super::super::money::Cents;
use super::super::rules::rechtsstand::{KduKarenzzeit, Rechtsstand};
use super::{in_karenzzeit, Optionen};
use crate::i18n::{fill, k, text, Text};

pub(super) struct Kdu {
    /// Recognised costs of the home per month.
    pub total: Cents,
    /// Whether the local limit cut the costs (the Bewilligungszeitraum is then 6 months).
    pub gekuerzt: bool,
    pub hinweise: Vec<Text>,
}

pub(super) fn kosten_der_unterkunft(a: &Antrag, r: &Rechtsstand, opt: Optionen) -> Kdu {
    let w = &a.wohnung;
    let claimed = w.kosten == Some(true);
    let unterkunft = if !claimed {
        Cents::ZERO
    } else if w.wohnform == Some(Wohnform::Eigentum) {
        w.schuldzinsen.unwrap_or_default() + w.nebenkosten.unwrap_or_default()
    } else {
        w.grundmiete.unwrap_or_default() + w.nebenkosten.unwrap_or_default()
    };
    let heizung = if claimed {
        w.heizkosten.unwrap_or_default()
    } else {
        Cents::ZERO
    };
    let mut hinweise = Vec::new();
    let mut total = unterkunft + heizung;
    let mut gekuerzt = false;
    if let Some(limit) = opt.kdu_grenze {
        let cap = match (in_karenzzeit(a), r.kdu_karenzzeit) {
            (true, KduKarenzzeit::TatsaechlicheKosten) => None,
            (true, KduKarenzzeit::Begrenzt { zehntel }) => {
                Some(limit.times(i64::from(zehntel)).divided(10))
            }
            _ => Some(limit),
        };
        if let Some(cap) = cap {
            if total > cap {
                hinweise.push(fill(
                    k::BESCHEID_KDU_UEBER_GRENZE,
                    &[("kosten", &total), ("grenze", &cap)],
                ));
                total = cap;
                gekuerzt = true;
            }
        }
    } else if claimed && !total.is_zero() {
        hinweise.push(text(k::BESCHEID_UNTERKUNFT_HEIZUNG_TATSAECHLICHEN_KOSTEN));
    }
    if !in_karenzzeit(a) && r.kdu_karenzzeit != KduKarenzzeit::Keine {
        hinweise.push(text(k::BESCHEID_KEINE_NEUE_KARENZZEIT));
    }
    Kdu {
        total,
        gekuerzt,
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
    fn actual_costs_without_a_limit_and_the_limit_after_the_karenzzeit() {
        let r = Rechtsstand::get(RechtsstandId::R2026);
        let mut a = rented(700, 150, 100);
        let none = kosten_der_unterkunft(&a, r, Optionen::default());
        assert_eq!((none.total, none.gekuerzt), (Cents::euros(950), false));
        let limit = Optionen {
            kdu_grenze: Some(Cents::euros(600)),
        };
        assert_eq!(kosten_der_unterkunft(&a, r, limit).total, Cents::euros(950));
        a.sgb2_bezug_drei_jahre = Some(true);
        let cut = kosten_der_unterkunft(&a, r, limit);
        assert_eq!((cut.total, cut.gekuerzt), (Cents::euros(600), true));
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
