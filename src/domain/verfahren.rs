//! What happens after the application, step by step, with the rule behind each step: the
//! timeline the confirmation page shows. Words are catalogue keys; the § is the law's own.

use crate::i18n::{k, Key};

/// One step of the procedure after the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verfahrensschritt {
    pub titel: Key,
    pub erklaerung: Key,
    pub paragraph: &'static str,
}

const fn schritt(titel: Key, erklaerung: Key, paragraph: &'static str) -> Verfahrensschritt {
    Verfahrensschritt {
        titel,
        erklaerung,
        paragraph,
    }
}

/// From the day of application to the Weiterbewilligung, in order.
pub const NACH_DEM_ANTRAG: [Verfahrensschritt; 7] = [
    schritt(
        k::AFTER_EINGANG,
        k::AFTER_JOBCENTER_HAELT_TAG_ANTRAGSTELLUNG,
        "§ 37 SGB II",
    ),
    schritt(
        k::AFTER_UNTERLAGEN_NACHREICHEN,
        k::AFTER_FEHLEN_NACHWEISE_FORDERT_JOBCENTER,
        "§§ 60, 66 SGB I",
    ),
    schritt(
        k::AFTER_STEP_BESCHEID,
        k::AFTER_BEKOMMEN_BEWILLIGUNGS_ABLEHNUNGSBESCHEID_EINEM,
        "§§ 41, 41a SGB II",
    ),
    schritt(
        k::AFTER_STEP_WIDERSPRUCH,
        k::AFTER_BESCHEID_IHRER_SICHT_FALSCH,
        "§ 84 SGG, § 39 SGB II",
    ),
    schritt(
        k::AFTER_STEP_KOOPERATIONSPLAN,
        k::AFTER_IHRER_ANSPRECHPERSON_VEREINBAREN_WIEDER,
        "§ 15 SGB II",
    ),
    schritt(
        k::AFTER_AENDERUNGEN_MELDEN,
        k::AFTER_JEDE_AENDERUNG_ETWA_NEUE,
        "§ 60 SGB I",
    ),
    schritt(
        k::AFTER_WEITERBEWILLIGUNG,
        k::AFTER_VOR_ENDE_BEWILLIGUNGSZEITRAUMS_MEIST,
        "§ 41 Abs. 3 SGB II",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_names_its_rule() {
        for s in NACH_DEM_ANTRAG {
            assert!(s.paragraph.contains('§'), "{:?}", s.titel);
            assert!(!s.titel.german().is_empty() && !s.erklaerung.german().is_empty());
        }
    }
}
