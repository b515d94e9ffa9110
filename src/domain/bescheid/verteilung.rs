//! Phase 5: who stays in the Bedarfsgemeinschaft and how the income is shared out (§ 7 Abs. 3
//! Nr. 4, § 9 Abs. 2, § 11 Abs. 1 SGB II). Children's income covers their own need first; a child
//! whose income covers it leaves the Bedarfsgemeinschaft and its surplus Kindergeld counts for the
//! parent. The adults' income and that surplus cover the rest, shared by the
//! Bedarfsanteilsmethode; claims per person are rounded so that they add up to the total.
//!
//! Needs are kept scaled by the number of heads in the home, so that each person's Kopfteil of the
//! housing costs stays exact: need_i × heads = base_i × heads + KdU.

use super::super::antrag::{Antrag, PersonRef};
use super::super::money::Cents;
use super::bedarfe::Need;
use super::bedarfsgemeinschaft::Member;
use super::clamp_i64;
use super::einkommen::{uebertrag_zeile, Income};
use super::Zeile;
use crate::i18n::{fill, k, Text};

pub(super) struct Verteilung {
    /// Per member: still in the Bedarfsgemeinschaft after its own income.
    pub in_bg: Vec<bool>,
    /// Children whose own income covers their need, and why they are outside.
    pub ausserhalb: Vec<(PersonRef, Text)>,
    /// The adults' countable income and the children's surplus Kindergeld.
    pub pool: Cents,
    /// The Kindergeld surplus passed on, as the line of the parent who receives it.
    pub uebertrag: Option<(PersonRef, Zeile)>,
    pub claim_total: Cents,
    /// Per member, in cents; zero for those outside.
    pub claims: Vec<i64>,
}

/// The Kopfteil of the housing costs in a member's need, in cents × heads: none for a member
/// whose Unterkunft is not recognised (§ 22 Abs. 5).
fn kdu_scaled(m: &Member, kdu_total: Cents) -> i128 {
    if m.ohne_kdu {
        0
    } else {
        i128::from(kdu_total.0)
    }
}

pub(super) fn verteilung(
    a: &Antrag,
    members: &[Member],
    needs: &[Need],
    incomes: &[Income],
    kdu_total: Cents,
    heads: i64,
) -> Verteilung {
    let heads128 = i128::from(heads);
    let scaled_need: Vec<i128> = needs
        .iter()
        .zip(members)
        .map(|(n, m)| i128::from(n.base.0) * heads128 + kdu_scaled(m, kdu_total))
        .collect();

    let mut ausserhalb: Vec<(PersonRef, Text)> = Vec::new();
    let mut in_bg = vec![true; members.len()];
    let mut own_scaled = vec![0i128; members.len()];
    let mut kindergeld_uebertrag = Cents::ZERO;
    let mut von: Vec<Text> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        if !m.is_kind() {
            continue;
        }
        let inc = &incomes[i];
        let own = i128::from(inc.angerechnet().0) * heads128;
        if own >= scaled_need[i] {
            in_bg[i] = false;
            // Only Kindergeld is passed on; a surplus of other income stays the child's.
            let surplus_scaled = own - scaled_need[i];
            let kg_scaled = i128::from(inc.kindergeld.0) * heads128;
            let passed = Cents(clamp_i64(surplus_scaled.min(kg_scaled) / heads128));
            if !passed.is_zero() {
                kindergeld_uebertrag += passed;
                von.push(a.display_name(m.who));
            }
            ausserhalb.push((
                m.who,
                fill(
                    k::BESCHEID_DECKT_EIGENEN_BEDARF,
                    &[("name", &a.display_name(m.who))],
                ),
            ));
        } else {
            own_scaled[i] = own;
        }
    }
    // The surplus counts for the parent who receives the Kindergeld: the applicant, or the first
    // parent in the household of an applicant under 25.
    let uebertrag = members
        .iter()
        .position(|m| !m.is_kind())
        .filter(|_| !kindergeld_uebertrag.is_zero())
        .map(|to| {
            let pauschale = kindergeld_uebertrag.min(incomes[to].pauschale_frei);
            uebertrag_zeile(
                kindergeld_uebertrag,
                pauschale,
                Text::Join(von, ", "),
                members[to].who,
            )
        });

    let pool: Cents = members
        .iter()
        .enumerate()
        .filter(|(i, m)| in_bg[*i] && !m.is_kind())
        .map(|(i, _)| incomes[i].angerechnet())
        .sum::<Cents>()
        + uebertrag.as_ref().map_or(Cents::ZERO, |(_, z)| z.betrag);
    let remaining: Vec<i128> = (0..members.len())
        .map(|i| {
            if in_bg[i] {
                (scaled_need[i] - own_scaled[i]).max(0)
            } else {
                0
            }
        })
        .collect();
    let total_remaining: i128 = remaining.iter().sum();
    let claim_total_scaled = (total_remaining - i128::from(pool.0) * heads128).max(0);
    let claim_total = Cents(clamp_i64(
        (claim_total_scaled * 2 + heads128) / (2 * heads128),
    ));
    let claims = share_out(&remaining, claim_total_scaled, claim_total, heads128);
    Verteilung {
        in_bg,
        ausserhalb,
        pool,
        uebertrag,
        claim_total,
        claims,
    }
}

/// Per-person claims: each the exact share rem_i × total / Σ rem, floored, then the cents lost
/// to flooring handed out by largest remainder so that the claims add up to `claim_total`.
fn share_out(
    remaining: &[i128],
    claim_total_scaled: i128,
    claim_total: Cents,
    heads128: i128,
) -> Vec<i64> {
    let total_remaining: i128 = remaining.iter().sum();
    let exact: Vec<(i128, i128)> = remaining
        .iter()
        .map(|rem| {
            if total_remaining == 0 {
                (0, 1)
            } else {
                // claim_i = rem_i × claim_total / total_remaining, in units of cents × heads.
                (
                    rem.saturating_mul(claim_total_scaled),
                    total_remaining * heads128,
                )
            }
        })
        .collect();
    let mut claims: Vec<i64> = exact.iter().map(|(n, d)| clamp_i64(n / d)).collect();
    let mut missing = claim_total
        .0
        .saturating_sub(claims.iter().fold(0i64, |a, b| a.saturating_add(*b)));
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by(|x, y| {
        let rx = (exact[*x].0 % exact[*x].1).saturating_mul(exact[*y].1);
        let ry = (exact[*y].0 % exact[*y].1).saturating_mul(exact[*x].1);
        ry.cmp(&rx).then(x.cmp(y))
    });
    // Each floor loses less than a cent, so one pass over those with a claim hands out the rest.
    for i in order {
        if missing <= 0 {
            break;
        }
        if remaining[i] > 0 {
            claims[i] = claims[i].saturating_add(1);
            missing -= 1;
        }
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_add_up_to_the_total_and_follow_the_needs() {
        // Three equal needs, a total of 100.00 € in units of cents × 1 head: 33.34, 33.33, 33.33.
        let claims = share_out(&[1, 1, 1], 10_000, Cents(10_000), 1);
        assert_eq!(claims, [3334, 3333, 3333]);
        // Nothing left to cover: nothing to claim.
        assert_eq!(share_out(&[0, 0], 0, Cents::ZERO, 2), [0, 0]);
        // A need of 3 and of 1 share 400 as 300 and 100.
        assert_eq!(share_out(&[3, 1], 400, Cents(400), 1), [300, 100]);
    }
}
