//! An event's anonymous tally, kept on the event's own device in kiosk mode: how many walks began
//! and how they ended, how long a sent one took, how many pages and questions it had, where
//! people went back or met errors, and which roles they chose.
//!
//! What it can hold is fixed by its types: counts, minutes, steps of the walkthrough (which name a
//! page and at most "the second child", never a name) and roles. No answer, name, date of birth
//! or amount has a place in it; a property test walks random answers through it to show that.

use super::flow::Walkthrough;
use super::report::erfahrungsbericht;
use super::rolle::Rolle;
use super::step::Step;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Auswertung {
    /// Walks that left the start page.
    pub begonnen: u32,
    /// Walks that reached the mock submission.
    pub abgeschickt: u32,
    /// Walks that ended at an exit of the Vorprüfung.
    pub ausstiege: u32,
    /// Per sent walk: minutes from the first page to sending, pages shown, questions answered.
    pub minuten: Vec<u32>,
    pub seiten: Vec<u32>,
    pub fragen: Vec<u32>,
    /// Pages people went back from, and pages where "Weiter" showed errors, with how often.
    pub zurueck: Vec<(Step, u32)>,
    pub fehler: Vec<(Step, u32)>,
    /// Roles chosen at the start; `None` for a walk with one's own answers.
    pub rollen: Vec<(Option<Rolle>, u32)>,
}

/// What the tally has already taken from the walk on screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stand {
    begonnen: bool,
    abgeschickt: bool,
    /// This walk has been at an exit (counted once, even if the person went back and came again).
    ausstieg: bool,
    zurueck: Vec<(Step, u32)>,
    fehler: Vec<(Step, u32)>,
}

impl Stand {
    pub fn von(w: &Walkthrough) -> Stand {
        Stand {
            begonnen: w.current != Step::Start,
            abgeschickt: w.submission.is_some(),
            ausstieg: w.current.is_exit(),
            zurueck: w.journal.backs.clone(),
            fehler: w.journal.errors.clone(),
        }
    }
}

fn add<K: PartialEq + Copy>(list: &mut Vec<(K, u32)>, key: K, n: u32) {
    if n == 0 {
        return;
    }
    match list.iter_mut().find(|(k, _)| *k == key) {
        Some((_, count)) => *count = count.saturating_add(n),
        None => list.push((key, n)),
    }
}

/// How much more of `step` the walk counts now than before.
fn zuwachs(before: &[(Step, u32)], step: Step, now: u32) -> u32 {
    let had = before
        .iter()
        .find(|(s, _)| *s == step)
        .map_or(0, |(_, n)| *n);
    now.saturating_sub(had)
}

impl Auswertung {
    pub fn ist_leer(&self) -> bool {
        *self == Auswertung::default()
    }

    /// Take what happened in the walk since `vorher` (a state of the same walk, or of the one
    /// before it when the walk was reset), and return the walk's state now. A reset walk's
    /// journal starts from nothing, so nothing is counted twice.
    pub fn erfasse(&mut self, vorher: &Stand, w: &Walkthrough) -> Stand {
        let mut jetzt = Stand::von(w);
        let neu = jetzt.begonnen && !vorher.begonnen;
        let frisch = Stand::default();
        // After a reset the previous journal is gone: compare with an empty one.
        let basis = if neu { &frisch } else { vorher };
        jetzt.ausstieg = jetzt.begonnen && (jetzt.ausstieg || basis.ausstieg);
        if neu {
            self.begonnen = self.begonnen.saturating_add(1);
            add(&mut self.rollen, w.rolle, 1);
        }
        if jetzt.begonnen {
            for (step, n) in &jetzt.zurueck {
                add(&mut self.zurueck, *step, zuwachs(&basis.zurueck, *step, *n));
            }
            for (step, n) in &jetzt.fehler {
                add(&mut self.fehler, *step, zuwachs(&basis.fehler, *step, *n));
            }
        }
        if jetzt.abgeschickt && !basis.abgeschickt {
            self.abgeschickt = self.abgeschickt.saturating_add(1);
            if let Some(m) = w.journal.minutes() {
                self.minuten.push(m);
            }
            self.seiten.push(w.journal.pages_shown);
            if let Some(r) = erfahrungsbericht(w) {
                self.fragen
                    .push(u32::try_from(r.fragen).unwrap_or(u32::MAX));
            }
        }
        if jetzt.ausstieg && !basis.ausstieg {
            self.ausstiege = self.ausstiege.saturating_add(1);
        }
        jetzt
    }

    /// Walks begun but neither sent nor ended at an exit (left, or wiped by the kiosk's timer).
    pub fn abgebrochen(&self) -> u32 {
        self.begonnen
            .saturating_sub(self.abgeschickt)
            .saturating_sub(self.ausstiege)
    }

    /// The entries with the highest counts first (ties in the order they were first seen).
    pub fn haeufigste<K: Copy>(list: &[(K, u32)], n: usize) -> Vec<(K, u32)> {
        let mut sorted = list.to_vec();
        sorted.sort_by_key(|e| std::cmp::Reverse(e.1));
        sorted.truncate(n);
        sorted
    }
}

/// Median and range of a list of figures, if there are any. The median of an even count is the
/// lower of the two middle values (a whole number of minutes or pages, as counted).
pub fn median_spanne(values: &[u32]) -> Option<(u32, u32, u32)> {
    let mut v = values.to_vec();
    v.sort_unstable();
    let median = *v.get((v.len().checked_sub(1)?) / 2)?;
    Some((median, *v.first()?, *v.last()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_range() {
        assert_eq!(median_spanne(&[]), None);
        assert_eq!(median_spanne(&[7]), Some((7, 7, 7)));
        assert_eq!(median_spanne(&[9, 3, 5]), Some((5, 3, 9)));
        assert_eq!(median_spanne(&[4, 10, 2, 8]), Some((4, 2, 10)));
    }
}
