//! The mock Bewilligungsbescheid: from the answers and a Rechtsstand, who is in the
//! Bedarfsgemeinschaft, each person's Bedarf, the income counted after allowances, its
//! distribution by the Bedarfsanteilsmethode (§ 9 Abs. 2 SGB II), the Vermögen check and the
//! monthly claim per person and in total. Every line carries a short German explanation and the §.
//!
//! Money is exact: amounts are rounded to the cent half up (§ 41 Abs. 2 SGB II). The Kopfteil of
//! the Unterkunft costs is shown rounded per person, while the Bedarfsgemeinschaft's total keeps
//! the full costs; claims per person are rounded so that they add up to the total claim exactly.

use super::antrag::{Antrag, Person, PersonRef};
use super::choices::{Betrag, Choice, VermoegensArt, Warmwasser, WeitereVerhaeltnis, Wohnform};
use super::date::Date;
use super::money::Cents;
use super::rules::mehrbedarf as mb;
use super::rules::rechtsstand::{KduKarenzzeit, Rechtsstand, Vermoegensfreibetrag};
use crate::i18n::{fill, k, text, Text};
use serde::{Deserialize, Serialize};

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
        out.extend(self.einkommen.iter().cloned());
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

/// The Regelbedarfsstufe by age and household position (§ 20 Abs. 2–4, § 23 Nr. 1 SGB II).
fn stufe_by_age(age: i32) -> u8 {
    match age {
        ..=5 => 6,
        6..=13 => 5,
        14..=17 => 4,
        _ => 3,
    }
}

struct Member<'a> {
    who: PersonRef,
    person: &'a Person,
    age: i32,
    stufe: u8,
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

/// The whole calculation.
pub fn berechne(a: &Antrag, stichtag: Date, r: &Rechtsstand, opt: Optionen) -> Bescheid {
    let household = a.household();
    let candidates = a.bedarfsgemeinschaft(stichtag);
    let age_of = |p: &Person| p.age_on(stichtag).unwrap_or(30);
    let with_partner = candidates.contains(&PersonRef::Partner);
    let parents: Vec<PersonRef> = candidates
        .iter()
        .copied()
        .filter(|w| {
            matches!(w, PersonRef::Weitere(_))
                && a.person(*w).and_then(|p| p.weitere_verhaeltnis)
                    == Some(WeitereVerhaeltnis::Elternteil)
        })
        .collect();

    let members: Vec<Member> = candidates
        .iter()
        .filter_map(|who| {
            let person = a.person(*who)?;
            let age = age_of(person);
            let stufe = match who {
                PersonRef::Antragsteller if !parents.is_empty() => stufe_by_age(age),
                PersonRef::Antragsteller | PersonRef::Partner if with_partner => 2,
                PersonRef::Antragsteller => 1,
                PersonRef::Partner => 2,
                PersonRef::Kind(_) => stufe_by_age(age),
                PersonRef::Weitere(_) if parents.len() > 1 => 2,
                PersonRef::Weitere(_) => 1,
            };
            Some(Member {
                who: *who,
                person,
                age,
                stufe,
            })
        })
        .collect();

    // Unterkunft und Heizung: actual costs, split by heads of everyone living in the home.
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
    let mut kdu_total = unterkunft + heizung;
    let mut kdu_gekuerzt = false;
    if let Some(limit) = opt.kdu_grenze {
        let cap = match (in_karenzzeit(a), r.kdu_karenzzeit) {
            (true, KduKarenzzeit::TatsaechlicheKosten) => None,
            (true, KduKarenzzeit::Begrenzt { zehntel }) => {
                Some(limit.times(i64::from(zehntel)).divided(10))
            }
            _ => Some(limit),
        };
        if let Some(cap) = cap {
            if kdu_total > cap {
                hinweise.push(fill(
                    k::BESCHEID_KDU_UEBER_GRENZE,
                    &[("kosten", &kdu_total), ("grenze", &cap)],
                ));
                kdu_total = cap;
                kdu_gekuerzt = true;
            }
        }
    } else if claimed && !kdu_total.is_zero() {
        hinweise.push(text(k::BESCHEID_UNTERKUNFT_HEIZUNG_TATSAECHLICHEN_KOSTEN));
    }
    if !in_karenzzeit(a) && r.kdu_karenzzeit != KduKarenzzeit::Keine {
        hinweise.push(text(k::BESCHEID_KEINE_NEUE_KARENZZEIT));
    }
    let heads = i64::try_from(household.len().max(1)).unwrap_or(1);

    let minors: Vec<i32> = members
        .iter()
        .filter(|m| matches!(m.who, PersonRef::Kind(_)) && m.age < 18)
        .map(|m| m.age)
        .collect();
    let rbs1 = r.regelbedarf(1);

    // Per person: Regelbedarf and Mehrbedarfe, in cents; KdU kept as heads-scaled fraction.
    struct Need {
        base: Cents,
        lines: Vec<Zeile>,
        ae: Cents,
        ksz: Cents,
    }
    let needs: Vec<Need> = members
        .iter()
        .map(|m| {
            let rb = r.regelbedarf(m.stufe);
            let ksz = if (3..=6).contains(&m.stufe) {
                r.kindersofortzuschlag
            } else {
                Cents::ZERO
            };
            let mut lines = Vec::new();
            let mut capped_sum = Cents::ZERO;
            let mut ae = Cents::ZERO;
            if m.who == PersonRef::Antragsteller && !with_partner && !minors.is_empty() {
                let under7 = minors.iter().filter(|a| **a < 7).count();
                let under16 = minors.iter().filter(|a| **a < 16).count();
                let nr1 = under7 >= 1 || (2..=3).contains(&under16);
                let tenths = (if nr1 {
                    mb::ALLEINERZIEHEND_GRUNDSATZ
                } else {
                    0
                })
                .max(mb::ALLEINERZIEHEND_JE_KIND * minors.len() as i64)
                .min(mb::ALLEINERZIEHEND_HOECHSTENS);
                ae = percent(rbs1, tenths);
                lines.push(zeile(
                    text(k::BESCHEID_MEHRBEDARF_ALLEINERZIEHENDE),
                    ae,
                    fill(
                        if minors.len() == 1 {
                            k::BESCHEID_ALLEINERZIEHEND_EIN_KIND
                        } else {
                            k::BESCHEID_ALLEINERZIEHEND_KINDER
                        },
                        &[
                            ("pct", &percent_text(tenths)),
                            ("rbs1", &rbs1),
                            ("n", &minors.len().to_string()),
                        ],
                    ),
                    "§ 21 Abs. 3 SGB II",
                ));
                capped_sum += ae;
            }
            if let (Some(true), Some(due)) = (m.person.schwanger, m.person.entbindungstermin) {
                // From the 13th week of pregnancy: 28 weeks before the due date at the latest.
                let from = stichtag.days_until(due) <= mb::SCHWANGERSCHAFT_AB_TAGEN_VOR_TERMIN;
                if from {
                    let amount = percent(rb, mb::SCHWANGERSCHAFT);
                    lines.push(zeile(
                        text(k::BESCHEID_MEHRBEDARF_SCHWANGERSCHAFT),
                        amount,
                        fill(
                            k::BESCHEID_SCHWANGERSCHAFT_PROZENT,
                            &[("pct", &percent_text(mb::SCHWANGERSCHAFT)), ("rb", &rb)],
                        ),
                        "§ 21 Abs. 2 SGB II",
                    ));
                    capped_sum += amount;
                }
            }
            if m.person.behinderung_teilhabe == Some(true) && m.age >= 15 {
                let amount = percent(rb, mb::BEHINDERUNG);
                lines.push(zeile(
                    text(k::BESCHEID_MEHRBEDARF_WEGEN_BEHINDERUNG),
                    amount,
                    fill(
                        k::BESCHEID_BEHINDERUNG_PROZENT,
                        &[("pct", &percent_text(mb::BEHINDERUNG)), ("rb", &rb)],
                    ),
                    "§ 21 Abs. 4 SGB II",
                ));
                capped_sum += amount;
            }
            if m.person.ernaehrung == Some(true) {
                lines.push(zeile(
                    text(k::F_MEHRBEDARF_KOSTENAUFWAENDIGE_ERNAEHRUNG),
                    Cents::ZERO,
                    text(k::BESCHEID_HOEHE_LEGT_JOBCENTER_NACH),
                    "§ 21 Abs. 5 SGB II",
                ));
            }
            // § 21 Abs. 8: Mehrbedarfe of Abs. 2 to 5 together at most the Regelbedarf.
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
            if claimed && w.warmwasser == Some(Warmwasser::Dezentral) {
                let tenths = mb::warmwasser(m.stufe);
                let amount = percent(rb, tenths);
                lines.push(zeile(
                    text(k::BESCHEID_MEHRBEDARF_DEZENTRALE_WARMWASSERERZEUGUNG),
                    amount,
                    fill(
                        k::BESCHEID_WARMWASSER_PROZENT,
                        &[("pct", &percent_text(tenths)), ("rb", &rb)],
                    ),
                    "§ 21 Abs. 7 SGB II",
                ));
            }
            let mb_sum: Cents = lines.iter().map(|l| l.betrag).sum();
            Need {
                base: rb + ksz + mb_sum,
                lines,
                ae,
                ksz,
            }
        })
        .collect();

    // Income per person after allowances.
    let mit_kind = !minors.is_empty();
    struct Income {
        lines: Vec<Zeile>,
        countable_other: Cents,
        kindergeld: Cents,
        vorlaeufig: bool,
    }
    let incomes: Vec<Income> = members
        .iter()
        .map(|m| {
            let e = &m.person.einkommen;
            let get = |b| e.betrag(b).unwrap_or_default();
            let mut lines = Vec::new();
            let brutto = get(Betrag::ErwerbBrutto) + get(Betrag::Selbstaendig);
            let netto = get(Betrag::ErwerbNetto) + get(Betrag::Selbstaendig);
            let mut countable = Cents::ZERO;
            if !brutto.is_zero() || !netto.is_zero() {
                let mut free = erwerbsfreibetrag(r, brutto, mit_kind);
                let mut note = Text::empty();
                if let Some(u25) = r.u25_freibetrag {
                    if m.person.schule == Some(true) && m.age < 25 && u25 > free {
                        free = brutto.min(u25).max(free);
                        note = fill(
                            k::BESCHEID_SCHUELER_STUDIERENDE_AUSZUBILDENDE_UNTER,
                            &[("u25", &u25)],
                        );
                    }
                }
                let net_countable = (netto - free).max(Cents::ZERO);
                countable += net_countable;
                lines.push(zeile(
                    text(k::BESCHEID_ERWERBSEINKOMMEN),
                    net_countable,
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
                ));
            }
            let other: Cents = [
                Betrag::Unterhalt,
                Betrag::Unterhaltsvorschuss,
                Betrag::Rente,
                Betrag::Arbeitslosengeld,
                Betrag::Elterngeld,
                Betrag::Sonstiges,
            ]
            .into_iter()
            .map(get)
            .sum();
            if !other.is_zero() {
                let pauschale = if m.age >= 18 && brutto.is_zero() {
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
                vorlaeufig: e.hat(super::choices::EinkommensArt::Selbstaendig),
            }
        })
        .collect();

    // Scaled needs (× heads) so that the Kopfteil stays exact: need_i = base_i × heads + KdU.
    let kdu_share_display = Cents(
        kdu_total
            .0
            .saturating_mul(2)
            .saturating_add(heads)
            .div_euclid(2 * heads),
    );
    let scaled_need: Vec<i128> = needs
        .iter()
        .map(|n| i128::from(n.base.0) * i128::from(heads) + i128::from(kdu_total.0))
        .collect();

    // Children's income covers their own need first; a child whose income covers it leaves the
    // Bedarfsgemeinschaft (§ 7 Abs. 3 Nr. 4); surplus Kindergeld counts for the parent (§ 11 Abs. 1).
    let mut ausserhalb: Vec<(PersonRef, Text)> = Vec::new();
    let mut in_bg = vec![true; members.len()];
    let mut own_scaled = vec![0i128; members.len()];
    let mut kindergeld_uebertrag = Cents::ZERO;
    for (i, m) in members.iter().enumerate() {
        let inc = &incomes[i];
        if !matches!(m.who, PersonRef::Kind(_)) {
            continue;
        }
        let own = i128::from((inc.countable_other + inc.kindergeld).0) * i128::from(heads);
        if own >= scaled_need[i] {
            in_bg[i] = false;
            let surplus_scaled = own - scaled_need[i];
            let kg_scaled = i128::from(inc.kindergeld.0) * i128::from(heads);
            kindergeld_uebertrag +=
                Cents(clamp_i64(surplus_scaled.min(kg_scaled) / i128::from(heads)));
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
    for who in &household {
        if !candidates.contains(who) {
            ausserhalb.push((
                *who,
                fill(
                    k::BESCHEID_IM_HAUSHALT_NICHT_BG,
                    &[("name", &a.display_name(*who))],
                ),
            ));
        }
    }

    // The pool: adults' countable income and Kindergeld surplus, by the Bedarfsanteilsmethode.
    let pool: Cents = members
        .iter()
        .enumerate()
        .filter(|(i, m)| in_bg[*i] && !matches!(m.who, PersonRef::Kind(_)))
        .map(|(i, _)| incomes[i].countable_other + incomes[i].kindergeld)
        .sum::<Cents>()
        + kindergeld_uebertrag;
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
    let pool_scaled = i128::from(pool.0) * i128::from(heads);
    let claim_total_scaled = (total_remaining - pool_scaled).max(0);
    let heads128 = i128::from(heads);
    let claim_total = Cents(clamp_i64(
        (claim_total_scaled * 2 + heads128) / (2 * heads128),
    ));

    // Per-person claims: exact shares, then rounded so that they add up to the total.
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

    // Vermögen.
    let vermoegen = vermoegens_pruefung(&members, stichtag, r, in_karenzzeit(a));
    let anspruch = if vermoegen.ueber_freibetrag {
        Cents::ZERO
    } else {
        claim_total
    };
    if vermoegen.ueber_freibetrag {
        hinweise.push(fill(
            k::BESCHEID_VERMOEGEN_UEBER_FREIBETRAG,
            &[("betrag", &(vermoegen.vermoegen - vermoegen.freibetrag))],
        ));
    }

    let members_in_bg = in_bg.iter().filter(|b| **b).count() as i64;
    let kdu_bg = Cents(
        kdu_total
            .0
            .saturating_mul(members_in_bg)
            .saturating_mul(2)
            .saturating_add(heads)
            .div_euclid(2 * heads),
    );
    let bedarf_total: Cents = needs
        .iter()
        .enumerate()
        .filter(|(i, _)| in_bg[*i])
        .map(|(_, n)| n.base)
        .sum::<Cents>()
        + kdu_bg;
    let einkommen_angerechnet: Cents = pool
        + members
            .iter()
            .enumerate()
            .filter(|(i, m)| in_bg[*i] && matches!(m.who, PersonRef::Kind(_)))
            .map(|(i, _)| incomes[i].countable_other + incomes[i].kindergeld)
            .sum::<Cents>();

    if !vermoegen.ueber_freibetrag && !anspruch.is_zero() && anspruch < KNAPP_UNGEDECKT {
        hinweise.push(text(k::BESCHEID_BEDARF_NUR_KNAPP_NICHT));
    }
    if anspruch.is_zero() && !vermoegen.ueber_freibetrag {
        hinweise.push(text(k::BESCHEID_EINKOMMEN_DECKT_BEDARF_PRUEFEN));
    }

    let vorlaeufig = incomes.iter().any(|i| i.vorlaeufig);
    let personen = members
        .iter()
        .enumerate()
        .filter(|(i, _)| in_bg[*i])
        .map(|(i, m)| {
            let n = &needs[i];
            let mut einkommen = incomes[i].lines.clone();
            if !incomes[i].kindergeld.is_zero() {
                einkommen.push(zeile(
                    text(k::C_KINDERGELD),
                    incomes[i].kindergeld,
                    text(k::BESCHEID_KINDERGELD_EINKOMMEN_KINDES_SOWEIT),
                    "§ 11 Abs. 1 Satz 5 SGB II",
                ));
            }
            PersonErgebnis {
                person: m.who,
                name: a.display_name(m.who),
                regelbedarfsstufe: m.stufe,
                regelbedarf: r.regelbedarf(m.stufe),
                kindersofortzuschlag: n.ksz,
                mehrbedarf_alleinerziehend: n.ae,
                mehrbedarfe: n.lines.clone(),
                kdu: kdu_share_display,
                bedarf: n.base + kdu_share_display,
                einkommen_angerechnet: incomes[i].countable_other + incomes[i].kindergeld,
                einkommen,
                anspruch: if vermoegen.ueber_freibetrag {
                    Cents::ZERO
                } else {
                    Cents(claims[i])
                },
            }
        })
        .collect();
    Bescheid {
        rechtsstand: r.id,
        leistung: r.leistung.into(),
        stichtag,
        personen,
        ausserhalb,
        kdu_gesamt: kdu_total,
        bedarf: bedarf_total,
        einkommen_angerechnet,
        vermoegen,
        anspruch,
        bewilligungszeitraum_monate: if vorlaeufig || kdu_gekuerzt { 6 } else { 12 },
        vorlaeufig,
        hinweise,
        unsicher: r.unsicher.iter().map(|s| text(*s)).collect(),
    }
}

fn vermoegens_pruefung(
    members: &[Member],
    stichtag: Date,
    r: &Rechtsstand,
    karenzzeit: bool,
) -> VermoegensPruefung {
    // Protected: Altersvorsorge contracts; one Kfz per erwerbsfähige person up to a value the
    // BA treats as angemessen (15,000 € since 2023; 7,500 € by BSG case law before).
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
                        VermoegensArt::Kfz if m.age >= 15 => (value - kfz_frei).max(Cents::ZERO),
                        _ => value,
                    }
                })
                .sum::<Cents>()
        })
        .sum();
    let n = members.len() as i64;
    let (freibetrag, erklaerung, paragraph) = match r.vermoegen {
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
                    let grund = if m.age < 18 && matches!(m.who, PersonRef::Kind(_)) {
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
    };
    VermoegensPruefung {
        vermoegen,
        freibetrag,
        ueber_freibetrag: vermoegen > freibetrag,
        erklaerung,
        paragraph: paragraph.into(),
    }
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
