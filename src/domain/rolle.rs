//! The ready-made roles (personas) by name: what the walkthrough remembers of the role being
//! played, what `?rolle=` in a link names, and what a stored copy keeps. The roles' stories and
//! answers are in `personas`; the name is here, below the state machine, so that `flow` can
//! keep it without knowing the personas.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rolle {
    AlleinOhneEinkommen,
    AlleinerziehendMinijob,
    FamilieAufstocker,
    JungBeiDenEltern,
    Selbststaendig,
    SechzigMitErsparnissen,
    NeuZugewandert,
    Studentin,
    UeberDerAltersgrenze,
}

impl Rolle {
    pub const ALL: [Rolle; 9] = [
        Rolle::AlleinOhneEinkommen,
        Rolle::AlleinerziehendMinijob,
        Rolle::FamilieAufstocker,
        Rolle::JungBeiDenEltern,
        Rolle::Selbststaendig,
        Rolle::SechzigMitErsparnissen,
        Rolle::NeuZugewandert,
        Rolle::Studentin,
        Rolle::UeberDerAltersgrenze,
    ];

    /// The stable name in links (`?rolle=`), stored copies and tests; the same as serde's.
    pub fn slug(self) -> &'static str {
        match self {
            Rolle::AlleinOhneEinkommen => "allein-ohne-einkommen",
            Rolle::AlleinerziehendMinijob => "alleinerziehend-minijob",
            Rolle::FamilieAufstocker => "familie-aufstocker",
            Rolle::JungBeiDenEltern => "jung-bei-den-eltern",
            Rolle::Selbststaendig => "selbststaendig",
            Rolle::SechzigMitErsparnissen => "sechzig-mit-ersparnissen",
            Rolle::NeuZugewandert => "neu-zugewandert",
            Rolle::Studentin => "studentin",
            Rolle::UeberDerAltersgrenze => "ueber-der-altersgrenze",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Rolle> {
        Rolle::ALL.into_iter().find(|r| r.slug() == slug)
    }
}

impl std::fmt::Display for Rolle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_serdes_names_and_read_back() {
        for r in Rolle::ALL {
            assert_eq!(Rolle::from_slug(r.slug()), Some(r));
            let json = serde_json::to_string(&r).expect("serialises");
            assert_eq!(json, format!("\"{}\"", r.slug()));
        }
        assert_eq!(Rolle::from_slug("chef"), None);
    }
}
