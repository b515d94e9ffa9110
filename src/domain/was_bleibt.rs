//! "Was bleibt vom Lohn?": for the household entered, what it has per month as one adult's gross
//! wage rises from 0 to 3,000 € in 10 € steps — the wage after tax and social insurance
//! (`netto`), the claim (`bescheid`), and the other money the Bedarfsgemeinschaft receives — and
//! how much of each further 100 € gross stays with the household.
//!
//! Readings chosen: the chosen person's wage replaces what they entered (gross and net); every
//! other amount stays as entered. Kindergeld entered at a parent and at the children is the same
//! money and is counted once (the larger of the two sums). The Steuerklasse follows the household:
//! IV for a married couple, II for a single parent, else I.

use super::antrag::{Antrag, PersonRef};
use super::bescheid::{berechne, Optionen};
use super::choices::{Betrag, Choice, EinkommensArt, KindVerhaeltnis, Partnerschaft};
use super::date::Date;
use super::money::Cents;
use super::netto::{abzuege, Beschaeftigter, Steuerklasse};
use super::rules::lebensalter;
use super::rules::rechtsstand::{Rechtsstand, RechtsstandId};

/// The gross wages of the curve: 0 to 3,000 € in 10 € steps (301 points).
pub const SCHRITT: Cents = Cents::euros(10);
pub const BIS: Cents = Cents::euros(3_000);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Punkt {
    pub brutto: Cents,
    /// The chosen person's wage after tax and social insurance.
    pub netto: Cents,
    /// The monthly claim of the Bedarfsgemeinschaft (benefit and Kindersofortzuschlag).
    pub anspruch: Cents,
    /// Net wage + claim + the other money of the Bedarfsgemeinschaft.
    pub verfuegbar: Cents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kurve {
    pub rechtsstand: RechtsstandId,
    pub beschaeftigter: Beschaeftigter,
    pub punkte: Vec<Punkt>,
}

/// A stretch of gross wage in which each further 100 € leaves about the same with the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub von: Cents,
    pub bis: Cents,
    /// Of 100 € more gross, this much more to spend (rounded to the euro).
    pub bleiben_je_100: Cents,
}

impl Kurve {
    /// The point at `brutto` (rounded down to the grid), or the last.
    pub fn bei(&self, brutto: Cents) -> Option<&Punkt> {
        let i = usize::try_from(brutto.0.max(0) / SCHRITT.0).unwrap_or(usize::MAX);
        self.punkte.get(i).or(self.punkte.last())
    }

    /// The lowest gross wage from which there is no claim any more, if there is a claim without
    /// wage and it ends within the curve.
    pub fn anspruch_endet(&self) -> Option<Cents> {
        if self.punkte.first().is_none_or(|p| p.anspruch.is_zero()) {
            return None;
        }
        let last_with_claim = self.punkte.iter().rposition(|p| !p.anspruch.is_zero())?;
        self.punkte.get(last_with_claim + 1).map(|p| p.brutto)
    }

    /// Bands of 100 € steps whose yield differs by at most 2 € from the band's first step; each
    /// band's figure is its average.
    pub fn baender(&self) -> Vec<Band> {
        let per_100 = usize::try_from(Cents::euros(100).0 / SCHRITT.0).unwrap_or(10);
        let stuetz: Vec<&Punkt> = self.punkte.iter().step_by(per_100).collect();
        let mut out: Vec<(usize, usize, i64)> = Vec::new();
        for i in 0..stuetz.len().saturating_sub(1) {
            let gain = stuetz[i + 1].verfuegbar.0 - stuetz[i].verfuegbar.0;
            match out.last_mut() {
                Some((_, end, first)) if (gain - *first).abs() <= 200 => *end = i + 1,
                _ => out.push((i, i + 1, gain)),
            }
        }
        out.into_iter()
            .map(|(start, end, _)| {
                let (a, b) = (stuetz[start], stuetz[end]);
                let steps = i64::try_from(end - start).unwrap_or(1).max(1);
                // The average gain per 100 €, rounded half up to whole euros.
                let gain = b.verfuegbar.0 - a.verfuegbar.0;
                let euros = (2 * gain + 100 * steps).div_euclid(200 * steps);
                Band {
                    von: a.brutto,
                    bis: b.brutto,
                    bleiben_je_100: Cents::euros(euros),
                }
            })
            .collect()
    }
}

/// The adults of the Bedarfsgemeinschaft whose wage the curve can vary (15 or older: able to work
/// in the sense of § 7 Abs. 1 Nr. 1 and § 8 SGB II).
pub fn erwerbsfaehige(a: &Antrag, stichtag: Date) -> Vec<PersonRef> {
    a.bedarfsgemeinschaft(stichtag)
        .into_iter()
        .filter(|who| {
            a.person(*who)
                .and_then(|p| p.age_on(stichtag))
                .is_some_and(|age| age >= lebensalter::ERWERBSFAEHIG_AB)
        })
        .collect()
}

/// The person as the payroll sees them: Steuerklasse, children, age.
pub fn beschaeftigter(a: &Antrag, who: PersonRef, stichtag: Date) -> Beschaeftigter {
    let kinder = a
        .household()
        .into_iter()
        .filter(|k| matches!(k, PersonRef::Kind(_)))
        .filter(|k| {
            let verhaeltnis = a.person(*k).and_then(|p| p.kind_verhaeltnis);
            match who {
                PersonRef::Antragsteller => verhaeltnis != Some(KindVerhaeltnis::KindDesPartners),
                PersonRef::Partner => matches!(
                    verhaeltnis,
                    Some(KindVerhaeltnis::KindDesPartners | KindVerhaeltnis::Gemeinsam)
                ),
                _ => false,
            }
        })
        .count();
    let kinder = u32::try_from(kinder).unwrap_or(u32::MAX);
    let mit_partner =
        a.hat_partner == Some(true) && matches!(who, PersonRef::Antragsteller | PersonRef::Partner);
    let steuerklasse = if mit_partner && a.partnerschaft == Some(Partnerschaft::Ehe) {
        Steuerklasse::IV
    } else if !mit_partner && kinder > 0 {
        Steuerklasse::II
    } else {
        Steuerklasse::I
    };
    Beschaeftigter {
        steuerklasse,
        kinder,
        // Asked of every adult; should it be missing, an adult's age (the care surcharge for the
        // childless applies from 23).
        alter: a.person(who).and_then(|p| p.age_on(stichtag)).unwrap_or(30),
    }
}

/// A person's Kindergeld, and every other amount entered except wages, which count with their
/// net — or, for the person whose wage the curve moves (`lohn_bewegt`), not at all.
fn andere_einnahmen(a: &Antrag, who: PersonRef, lohn_bewegt: bool) -> (Cents, Cents) {
    let Some(p) = a.person(who) else {
        return (Cents::ZERO, Cents::ZERO);
    };
    let e = &p.einkommen;
    let kindergeld = e.betrag(Betrag::Kindergeld).unwrap_or_default();
    let rest: Cents = Betrag::all()
        .iter()
        .filter(|b| !matches!(b, Betrag::ErwerbBrutto | Betrag::Kindergeld))
        .filter(|b| !(lohn_bewegt && **b == Betrag::ErwerbNetto))
        .filter_map(|b| e.betrag(*b))
        .sum();
    (kindergeld, rest)
}

/// The curve for `who` under `r`.
pub fn kurve(
    a: &Antrag,
    who: PersonRef,
    stichtag: Date,
    r: &Rechtsstand,
    optionen: Optionen,
) -> Kurve {
    let wer = beschaeftigter(a, who, stichtag);
    let bg = a.bedarfsgemeinschaft(stichtag);
    let mut kindergeld_eltern = Cents::ZERO;
    let mut kindergeld_kinder = Cents::ZERO;
    let mut uebrige = Cents::ZERO;
    // What else the chosen person receives stays; only the wage moves.
    for m in &bg {
        let (kg, rest) = andere_einnahmen(a, *m, *m == who);
        if matches!(m, PersonRef::Kind(_)) {
            kindergeld_kinder += kg;
        } else {
            kindergeld_eltern += kg;
        }
        uebrige += rest;
    }
    let fest = uebrige + kindergeld_eltern.max(kindergeld_kinder);
    let mut antrag = a.clone();
    let steps = BIS.0 / SCHRITT.0;
    let punkte = (0..=steps)
        .map(|i| {
            let brutto = SCHRITT.times(i);
            let netto = abzuege(&r.lohn, brutto, &wer).netto();
            let e = &mut antrag.person_mut(who).einkommen;
            e.keine = false;
            e.arten.insert(EinkommensArt::Erwerb, !brutto.is_zero());
            e.betraege.insert(Betrag::ErwerbBrutto, Some(brutto));
            e.betraege.insert(Betrag::ErwerbNetto, Some(netto));
            let anspruch = berechne(&antrag, stichtag, r, optionen).anspruch;
            Punkt {
                brutto,
                netto,
                anspruch,
                verfuegbar: netto + anspruch + fest,
            }
        })
        .collect();
    Kurve {
        rechtsstand: r.id,
        beschaeftigter: wer,
        punkte,
    }
}

/// What the payroll would leave of the gross wage entered for `who` under `r`, with the
/// Steuerklasse it assumed: offered on the income page to a person who has only the gross wage at
/// hand. Never written without their click; the payslip's figure is the one that counts.
pub fn netto_vorschlag(
    a: &Antrag,
    who: PersonRef,
    stichtag: Date,
    r: &Rechtsstand,
) -> Option<(Cents, Beschaeftigter)> {
    let brutto = a
        .person(who)?
        .einkommen
        .betrag(Betrag::ErwerbBrutto)
        .filter(|b| *b > Cents::ZERO)?;
    let wer = beschaeftigter(a, who, stichtag);
    Some((abzuege(&r.lohn, brutto, &wer).netto(), wer))
}
