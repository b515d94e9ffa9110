//! Gross to net for one employee's monthly wage: the social insurance contributions the employee
//! pays, the Lohnsteuer by the BMF Programmablaufplan of the year (annual wage = 12 × the month)
//! and the Solidaritätszuschlag. The figures are data in `rules::lohn`.
//!
//! What is assumed, as in `shared/reference/netto-cases.json`: statutory insurance in West
//! Germany, the average Zusatzbeitrag, no church tax, no other income, no allowance on the
//! ELStAM, a Minijob exempt from pension insurance. Not modelled: Steuerklassen III, V and VI,
//! the care insurance's reduction for two or more children (§ 55 Abs. 3 Satz 4 SGB XI, from July
//! 2023), Saxony's care split, private health insurance.

use crate::domain::money::Cents;
use crate::domain::rules::lohn::{
    Lohnrecht, Lohnsteuer, Sozialversicherung, Uebergangsregel, Vorsorge,
};

/// Steuerklassen the simulator computes (§ 38b EStG).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Steuerklasse {
    /// Single, or married and living apart.
    I,
    /// Single parent with the Entlastungsbetrag (§ 24b EStG).
    II,
    /// Married, both with wages.
    IV,
}

impl Steuerklasse {
    /// As the payslip writes it: "I", "II", "IV".
    pub fn roemisch(self) -> &'static str {
        match self {
            Steuerklasse::I => "I",
            Steuerklasse::II => "II",
            Steuerklasse::IV => "IV",
        }
    }
}

/// The employee as far as the deductions depend on the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beschaeftigter {
    pub steuerklasse: Steuerklasse,
    /// Children the person has (for the care surcharge and the Kinderfreibetrag).
    pub kinder: u32,
    /// Age in years (the care surcharge for the childless applies from 23).
    pub alter: i32,
}

/// One month's deductions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lohnabzuege {
    pub brutto: Cents,
    pub rentenversicherung: Cents,
    pub arbeitslosenversicherung: Cents,
    pub krankenversicherung: Cents,
    pub pflegeversicherung: Cents,
    pub lohnsteuer: Cents,
    pub solidaritaetszuschlag: Cents,
}

impl Lohnabzuege {
    pub fn sozialversicherung(&self) -> Cents {
        self.rentenversicherung
            + self.arbeitslosenversicherung
            + self.krankenversicherung
            + self.pflegeversicherung
    }

    pub fn steuern(&self) -> Cents {
        self.lohnsteuer + self.solidaritaetszuschlag
    }

    pub fn netto(&self) -> Cents {
        self.brutto - self.sozialversicherung() - self.steuern()
    }
}

/// The deductions from a monthly gross wage under `recht`.
pub fn abzuege(recht: &Lohnrecht, brutto: Cents, wer: &Beschaeftigter) -> Lohnabzuege {
    let brutto = brutto.max(Cents::ZERO);
    let kinderlos_zuschlag = wer.kinder == 0 && wer.alter >= 23;
    let sv = beitraege(&recht.sv, brutto.0, kinderlos_zuschlag);
    let (lohnsteuer, soli) =
        lohnsteuer(&recht.steuer, &recht.sv, brutto.0, wer, kinderlos_zuschlag);
    Lohnabzuege {
        brutto,
        rentenversicherung: Cents(sv[0]),
        arbeitslosenversicherung: Cents(sv[1]),
        krankenversicherung: Cents(sv[2]),
        pflegeversicherung: Cents(sv[3]),
        lohnsteuer: Cents(lohnsteuer),
        solidaritaetszuschlag: Cents(soli),
    }
}

/// Rates are in thousandths of a percent: an amount in cents times a rate, divided by this.
const RATE: i128 = 100_000;

/// `num / den` rounded half up (both positive or `num` zero), as contributions are rounded
/// (§ 121 Abs. 1 SGB IV rounds each amount to the cent).
fn half_up(num: i128, den: i128) -> i64 {
    i64::try_from((2 * num + den).div_euclid(2 * den)).unwrap_or(i64::MAX)
}

/// Employee contributions [RV, AV, KV, PV] in cents.
fn beitraege(sv: &Sozialversicherung, brutto: i64, zuschlag: bool) -> [i64; 4] {
    let ae = i128::from(brutto);
    let m = i128::from(sv.minijob.0);
    let g = i128::from(sv.uebergang_bis.0);
    let pv_zuschlag = if zuschlag {
        i128::from(sv.pv_kinderlos)
    } else {
        0
    };
    let [rv, av, kv, pv] = [sv.rv_an, sv.av_an, sv.kv_an, sv.pv_an].map(i128::from);
    if ae <= m {
        return [0; 4];
    }
    if ae > g {
        let rv_base = ae.min(i128::from(sv.bbg_rv.0));
        let kv_base = ae.min(i128::from(sv.bbg_kv.0));
        return [
            half_up(rv_base * rv, RATE),
            half_up(rv_base * av, RATE),
            half_up(kv_base * kv, RATE),
            half_up(kv_base * (pv + pv_zuschlag), RATE),
        ];
    }
    // The reduced total base of § 20 Abs. 2a SGB IV: F·M + (G/(G−M) − M/(G−M)·F)·(AE − M),
    // as the fraction total_num / total_den.
    let f = i128::from(sv.faktor_f);
    let total_num = f * m * (g - m) + (g * 10_000 - m * f) * (ae - m);
    let total_den = 10_000 * (g - m);
    match sv.uebergang {
        Uebergangsregel::AbOktober2022 => {
            // The employee's base G/(G−M)·(AE − M) at half rates; the surcharge on the total base.
            let an_num = g * (ae - m);
            let an_den = g - m;
            let on_an = |rate: i128| half_up(an_num * rate, an_den * RATE);
            [
                on_an(rv),
                on_an(av),
                on_an(kv),
                half_up(
                    an_num * pv * 10_000 + total_num * pv_zuschlag,
                    total_den * RATE,
                ),
            ]
        }
        Uebergangsregel::BisSeptember2022 => {
            // The whole contribution on the reduced base less the employer's half of the wage.
            let share = |rate: i128, extra: i128| {
                half_up(
                    total_num * (2 * rate + extra) - ae * rate * total_den,
                    total_den * RATE,
                )
            };
            [
                share(rv, 0),
                share(av, 0),
                share(kv, 0),
                share(pv, pv_zuschlag),
            ]
        }
    }
}

/// Monthly Lohnsteuer and Solidaritätszuschlag in cents, by the year's Programmablaufplan.
fn lohnsteuer(
    st: &Lohnsteuer,
    sv: &Sozialversicherung,
    brutto: i64,
    wer: &Beschaeftigter,
    zuschlag: bool,
) -> (i64, i64) {
    let jahr = brutto.saturating_mul(12);
    // Arbeitnehmer-Pauschbetrag, at most the wage rounded up to the euro.
    let anp = (st.arbeitnehmer_pauschbetrag * 100).min(ceil_euro(jahr));
    let efa = match wer.steuerklasse {
        Steuerklasse::II => st.entlastungsbetrag * 100,
        Steuerklasse::I | Steuerklasse::IV => 0,
    };
    let freibetraege = anp + st.sonderausgaben_pauschbetrag * 100 + efa;
    let vsp = vorsorgepauschale(st, sv, jahr, zuschlag);
    let zve = |abzug: i64| (jahr - freibetraege - vsp - abzug).max(0) / 100;
    let steuer_jahr = tarif(st, zve(0));

    // Kinderfreibetragszähler: 1.0 per child in Stkl. II as in the reference (the whole allowance;
    // strictly 0.5 unless the other parent's half is transferred), 0.5 in Stkl. I; in Stkl. IV
    // 1.0 times half the allowance. Either way Stkl. I and IV get half the couple's allowance.
    let kfb = match wer.steuerklasse {
        Steuerklasse::II => st.kinderfreibetrag * i64::from(wer.kinder),
        Steuerklasse::I | Steuerklasse::IV => st.kinderfreibetrag * i64::from(wer.kinder) / 2,
    };
    let soli_basis = if kfb > 0 {
        tarif(st, zve(kfb * 100))
    } else {
        steuer_jahr
    };
    let soli_jahr = if soli_basis > st.soli_freigrenze {
        let voll = soli_basis * st.soli_promille / 10;
        let gemildert = (soli_basis - st.soli_freigrenze) * st.soli_milderung_promille / 10;
        voll.min(gemildert)
    } else {
        0
    };
    (steuer_jahr * 100 / 12, soli_jahr / 12)
}

fn ceil_euro(cents: i64) -> i64 {
    (cents + 99).div_euclid(100) * 100
}

/// The Vorsorgepauschale in cents (whole euros), with the PAP's roundings: each share rounded
/// down to the cent, the sum rounded up to the euro.
fn vorsorgepauschale(st: &Lohnsteuer, sv: &Sozialversicherung, jahr: i64, zuschlag: bool) -> i64 {
    let rv_base = i128::from(jahr.min(sv.bbg_rv.0 * 12));
    let kv_base = rv_base.min(i128::from(sv.bbg_kv.0 * 12));
    let floor = |num: i128, den: i128| i64::try_from(num.div_euclid(den)).unwrap_or(i64::MAX);
    let rv_teil = floor(rv_base * i128::from(st.rv_anteil_prozent), 100);
    let rv = floor(i128::from(rv_teil) * i128::from(sv.rv_an), RATE);
    let pv_rate = sv.pv_an + if zuschlag { sv.pv_kinderlos } else { 0 };
    let kv_pv = floor(kv_base * i128::from(st.kv_vorsorge + pv_rate), RATE);
    let hoechstbetrag = st.vorsorge_hoechstbetrag * 100;
    let andere = match st.vorsorge {
        Vorsorge::Mindestpauschale => {
            floor(rv_base * i128::from(st.mindestvorsorge_prozent), 100).min(hoechstbetrag)
        }
        Vorsorge::MitArbeitslosenversicherung => {
            let av = floor(rv_base * i128::from(sv.av_an), RATE);
            (kv_pv + av).min(hoechstbetrag)
        }
    };
    ceil_euro(rv + kv_pv.max(andere))
}

/// § 32a EStG on a taxable income in whole euros; the tax in whole euros, rounded down.
fn tarif(st: &Lohnsteuer, x: i64) -> i64 {
    let t = &st.tarif;
    let x128 = i128::from(x);
    let tax: i128 = if x <= t.grundfreibetrag {
        0
    } else if x <= t.zone2_bis {
        // (a·y + b)·y with y = (x − Grundfreibetrag)/10,000, a in cents and b in euros.
        let d = x128 - i128::from(t.grundfreibetrag);
        ((i128::from(t.zone2_a) * d + i128::from(t.zone2_b) * 1_000_000) * d)
            .div_euclid(10_000_000_000)
    } else if x <= t.zone3_bis {
        let d = x128 - i128::from(t.zone2_bis);
        ((i128::from(t.zone3_a) * d + i128::from(t.zone3_b) * 1_000_000) * d
            + i128::from(t.zone3_c) * 100_000_000)
            .div_euclid(10_000_000_000)
    } else if x <= t.zone4_bis {
        (i128::from(t.zone4_prozent) * x128 - i128::from(t.zone4_abzug)).div_euclid(100)
    } else {
        (i128::from(t.zone5_prozent) * x128 - i128::from(t.zone5_abzug)).div_euclid(100)
    };
    i64::try_from(tax).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::lohn::LOHN_2026;

    fn alleinstehend() -> Beschaeftigter {
        Beschaeftigter {
            steuerklasse: Steuerklasse::I,
            kinder: 0,
            alter: 30,
        }
    }

    /// The reference file's wages end at 6,500 €, below the Soli's Freigrenze from 2021 on; this
    /// pins the Milderungszone and the Beitragsbemessungsgrenzen. By hand, 2026, Stkl. I,
    /// 10,000 € a month: RV 8,450 × 9.3 % = 785.85, AV 8,450 × 1.3 % = 109.85, KV 5,812.50 ×
    /// 8.75 % = 508.59, PV 5,812.50 × 2.4 % = 139.50. Vorsorgepauschale: 101,400 × 9.3 % =
    /// 9,430.20 plus 69,750 × 10.85 % = 7,567.87 (above 1,900 €, so no AV share), up to 16,999 €.
    /// zvE 120,000 − 1,230 − 36 − 16,999 = 101,735; tax 0.42 × 101,735 − 11,135.63 = 31,593 €,
    /// 2,632.75 a month. Soli: 11.9 % of (31,593 − 20,350) = 1,337.91 < 5.5 % = 1,737.61,
    /// 111.49 a month. Net 5,711.97.
    #[test]
    fn high_wage_by_hand_2026() {
        let a = abzuege(&LOHN_2026, Cents(1_000_000), &alleinstehend());
        assert_eq!(
            [
                a.rentenversicherung,
                a.arbeitslosenversicherung,
                a.krankenversicherung,
                a.pflegeversicherung,
                a.lohnsteuer,
                a.solidaritaetszuschlag,
                a.netto()
            ],
            [78_585, 10_985, 50_859, 13_950, 263_275, 11_149, 571_197].map(Cents)
        );
    }

    /// Stkl. II with one child, same wage: PV 5,812.50 × 1.8 % = 104.63 (no surcharge);
    /// Vorsorgepauschale 9,430.20 + 69,750 × 10.25 % = 7,149.37, up to 16,580 €; zvE 120,000 −
    /// 1,266 − 4,260 − 16,580 = 97,894, tax 29,979 €, 2,498.25 a month. Soli on the tax of zvE
    /// less 9,756 € (88,138 → 25,882 €): 11.9 % of 5,532 = 658.30 a year, 54.85 a month.
    #[test]
    fn single_parent_soli_uses_the_kinderfreibetrag() {
        let wer = Beschaeftigter {
            steuerklasse: Steuerklasse::II,
            kinder: 1,
            alter: 30,
        };
        let a = abzuege(&LOHN_2026, Cents(1_000_000), &wer);
        assert_eq!(a.pflegeversicherung, Cents(10_463));
        assert_eq!(a.lohnsteuer, Cents(249_825));
        assert_eq!(a.solidaritaetszuschlag, Cents(5_485));
        assert_eq!(a.netto(), Cents(593_798));
    }

    #[test]
    fn a_minijob_keeps_everything_and_nothing_is_negative() {
        let a = abzuege(&LOHN_2026, Cents(60_300), &alleinstehend());
        assert_eq!(a.netto(), Cents(60_300));
        let a = abzuege(&LOHN_2026, Cents(-5_000), &alleinstehend());
        assert_eq!(a.netto(), Cents::ZERO);
    }
}
