//! One household's Bescheid under every Rechtsstand, side by side: the same answers, the same
//! day of application, only the law changes. Each cell knows whether it differs from the column
//! before; each column names what its law changed (`Rechtsstand::aenderungen`).
//!
//! Amounts the person entered (wages, rent, Kindergeld) stay as entered in every column: the
//! comparison shows what the rules do with one set of facts, not what the household would have
//! received in that year.

use super::antrag::{Antrag, PersonRef};
use super::bescheid::{berechne, Bescheid, Optionen, PersonErgebnis};
use super::date::Date;
use super::money::Cents;
use super::rules::rechtsstand::{Rechtsstand, ALL};
use crate::i18n::{fill, k, text, Text};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wert {
    Betrag(Cents),
    Wort(Text),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zelle {
    pub wert: Wert,
    /// Differs from the cell to its left.
    pub geaendert: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reihe {
    pub titel: Text,
    /// The § the line rests on.
    pub paragraph: &'static str,
    pub zellen: Vec<Zelle>,
    /// A result line (a claim), set apart from the lines that lead to it.
    pub ergebnis: bool,
}

/// Rows that belong together: one person's lines, or the household's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gruppe {
    pub titel: Text,
    pub reihen: Vec<Reihe>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Vergleich {
    pub spalten: Vec<&'static Rechtsstand>,
    pub gruppen: Vec<Gruppe>,
}

impl Vergleich {
    /// Whether any cell differs from the one before it: a household the laws treat alike shows
    /// no highlight at all.
    pub fn hat_aenderungen(&self) -> bool {
        self.gruppen
            .iter()
            .flat_map(|g| &g.reihen)
            .flat_map(|r| &r.zellen)
            .any(|z| z.geaendert)
    }
}

fn reihe(titel: Text, paragraph: &'static str, werte: Vec<Wert>, ergebnis: bool) -> Reihe {
    let mut zellen: Vec<Zelle> = Vec::with_capacity(werte.len());
    for wert in werte {
        let geaendert = zellen.last().is_some_and(|before| before.wert != wert);
        zellen.push(Zelle { wert, geaendert });
    }
    Reihe {
        titel,
        paragraph,
        zellen,
        ergebnis,
    }
}

/// The household under every Rechtsstand, in the order they came into force.
pub fn vergleich(a: &Antrag, stichtag: Date, optionen: Optionen) -> Vergleich {
    let spalten: Vec<&'static Rechtsstand> = ALL.iter().collect();
    let bescheide: Vec<Bescheid> = spalten
        .iter()
        .map(|r| berechne(a, stichtag, r, optionen))
        .collect();
    let mut gruppen = Vec::new();

    // Everyone in the Bedarfsgemeinschaft under any of the laws, in household order.
    let mut personen: Vec<PersonRef> = Vec::new();
    for who in a.household() {
        if bescheide
            .iter()
            .any(|b| b.personen.iter().any(|p| p.person == who))
        {
            personen.push(who);
        }
    }
    let nicht_dabei = || Wert::Wort(text(k::VERGLEICH_NICHT_IN_BG));
    for who in personen {
        let of = |f: &dyn Fn(&PersonErgebnis) -> Wert| -> Vec<Wert> {
            bescheide
                .iter()
                .map(|b| {
                    b.personen
                        .iter()
                        .find(|p| p.person == who)
                        .map_or_else(nicht_dabei, f)
                })
                .collect()
        };
        let mut reihen = vec![
            reihe(
                text(k::VERGLEICH_REGELBEDARF),
                "§ 20 SGB II",
                of(&|p| Wert::Betrag(p.regelbedarf)),
                false,
            ),
            reihe(
                text(k::VERGLEICH_MEHRBEDARFE),
                "§ 21 SGB II",
                of(&|p| Wert::Betrag(p.mehrbedarfe.iter().map(|z| z.betrag).sum())),
                false,
            ),
            reihe(
                text(k::VERGLEICH_UNTERKUNFT),
                "§ 22 SGB II",
                of(&|p| Wert::Betrag(p.kdu)),
                false,
            ),
            reihe(
                text(k::VERGLEICH_EINKOMMEN),
                "§§ 11–11b SGB II",
                of(&|p| Wert::Betrag(p.einkommen_angerechnet)),
                false,
            ),
        ];
        reihen.push(reihe(
            text(k::VERGLEICH_SOFORTZUSCHLAG),
            "§ 72 SGB II",
            of(&|p| Wert::Betrag(p.sofortzuschlag_gezahlt)),
            false,
        ));
        // A line that is 0,00 € under every law (no Mehrbedarf, no income) says nothing here.
        reihen.retain(|r| {
            r.zellen
                .iter()
                .any(|z| !matches!(z.wert, Wert::Betrag(c) if c.is_zero()))
        });
        reihen.push(reihe(
            text(k::VERGLEICH_ANSPRUCH_PERSON),
            "§ 19 SGB II",
            of(&|p| Wert::Betrag(p.anspruch)),
            true,
        ));
        gruppen.push(Gruppe {
            titel: a.display_name(who),
            reihen,
        });
    }

    let alle = |f: &dyn Fn(&Bescheid) -> Wert| bescheide.iter().map(f).collect::<Vec<_>>();
    let mut haushalt = vec![
        reihe(
            text(k::VERGLEICH_VERMOEGENSFREIBETRAG),
            "§ 12 SGB II",
            alle(&|b| Wert::Betrag(b.vermoegen.freibetrag)),
            false,
        ),
        reihe(
            text(k::VERGLEICH_VERMOEGEN_UEBER),
            "§ 12 SGB II",
            alle(&|b| {
                Wert::Wort(text(if b.vermoegen.ueber_freibetrag {
                    k::VERGLEICH_JA
                } else {
                    k::VERGLEICH_NEIN
                }))
            }),
            false,
        ),
    ];
    if bescheide.iter().any(|b| b.kostensenkung.is_some()) {
        haushalt.push(reihe(
            text(k::VERGLEICH_NACH_KOSTENSENKUNG),
            "§ 22 Abs. 1 SGB II",
            alle(&|b| match b.kostensenkung {
                Some(ks) => Wert::Wort(fill(
                    k::VERGLEICH_AB_MONAT,
                    &[("betrag", &ks.anspruch), ("monat", &ks.ab_monat)],
                )),
                None => Wert::Wort(text(k::VERGLEICH_KEINE_KOSTENSENKUNG)),
            }),
            false,
        ));
    }
    haushalt.push(reihe(
        text(k::VERGLEICH_ANSPRUCH_GESAMT),
        "§ 19 SGB II",
        alle(&|b| Wert::Betrag(b.anspruch)),
        true,
    ));
    gruppen.push(Gruppe {
        titel: text(k::VERGLEICH_HAUSHALT),
        reihen: haushalt,
    });
    Vergleich { spalten, gruppen }
}
