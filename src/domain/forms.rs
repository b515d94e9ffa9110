//! The real paper forms (Hauptantrag and Anlagen) and which of them a household must fill in.
//! Codes and titles follow the Jobcenter forms (FACTS.md § 1.3); the split of UH3 and UH4 is not
//! verified against the PDFs (FACTS.md § 7.4), so both are named by what they ask.

use super::antrag::{Antrag, PersonRef};
use super::choices::{Choice, EinkommensArt, Partnerschaft, WeitereVerhaeltnis};
use super::date::Date;
use super::rules::lebensalter::ERWERBSFAEHIG_AB;
use crate::i18n::{fill, k, text, Key, Text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Form {
    Hauptantrag,
    Wep,
    Ki,
    Kdu,
    Ek,
    Eks,
    Vm,
    Ve,
    Hg,
    Sv,
    Meb,
    Bb,
    Uh1,
    Uh2,
    Uh3,
    Uh4,
    Uf,
}

impl Form {
    pub fn code(self) -> &'static str {
        match self {
            Form::Hauptantrag => "HA",
            Form::Wep => "WEP",
            Form::Ki => "KI",
            Form::Kdu => "KDU",
            Form::Ek => "EK",
            Form::Eks => "EKS",
            Form::Vm => "VM",
            Form::Ve => "VE",
            Form::Hg => "HG",
            Form::Sv => "SV",
            Form::Meb => "MEB",
            Form::Bb => "BB",
            Form::Uh1 => "UH1",
            Form::Uh2 => "UH2",
            Form::Uh3 => "UH3",
            Form::Uh4 => "UH4",
            Form::Uf => "UF",
        }
    }

    /// The short name people see on the form ("Anlage KDU").
    pub fn name(self) -> Text {
        match self {
            Form::Hauptantrag => text(k::F_HAUPTANTRAG),
            other => fill(k::F_ANLAGE, &[("code", &other.code())]),
        }
    }

    /// Pages of the paper form, where a source says so (FACTS.md § 1.3: the Hauptantrag of
    /// 2023–2026 has 8 pages). For the Anlagen no page count is on record here.
    pub fn paper_pages(self) -> Option<u8> {
        match self {
            Form::Hauptantrag => Some(8),
            _ => None,
        }
    }

    /// What the form is for, in the words of its title.
    pub fn title(self) -> Key {
        match self {
            Form::Hauptantrag => k::STEP_PRINT_HEADING,
            Form::Wep => k::F_WEITERE_PERSON_AB_15,
            Form::Ki => k::F_KIND_UNTER_15_JAHREN,
            Form::Kdu => k::F_KOSTEN_UNTERKUNFT_HEIZUNG,
            Form::Ek => k::F_EINKOMMENSERKLAERUNG,
            Form::Eks => k::F_EINKOMMEN_SELBSTAENDIGER_TAETIGKEIT_GEWERBEBETRIEB,
            Form::Vm => k::F_FESTSTELLUNG_VERMOEGENSVERHAELTNISSE,
            Form::Ve => k::F_VERANTWORTUNGS_EINSTEHENSGEMEINSCHAFT,
            Form::Hg => k::F_HAUSHALTSGEMEINSCHAFT_VERWANDTEN_VERSCHWAEGERTEN,
            Form::Sv => k::F_SOZIALVERSICHERUNG,
            Form::Meb => k::F_MEHRBEDARF_KOSTENAUFWAENDIGE_ERNAEHRUNG,
            Form::Bb => k::F_UNABWEISBARER_LAUFENDER_BESONDERER_BEDARF,
            Form::Uh1 => k::F_UNTERHALT_GETRENNT_LEBENDE_GESCHIEDENE,
            Form::Uh2 => k::F_UNTERHALT_ANLAESSLICH_SCHWANGERSCHAFT_GEBURT,
            Form::Uh3 => k::F_UNTERHALT_ANSPRUECHE_JUNGER_MENSCHEN,
            Form::Uh4 => k::F_UNTERHALT_ANSPRUECHE_EINES_KINDES,
            Form::Uf => k::F_UNFALL_SCHADEN_DURCH_DRITTE,
        }
    }
}

/// One form to fill in; per-person forms name their person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormInstance {
    pub form: Form,
    pub person: Option<PersonRef>,
}

impl FormInstance {
    /// How the form is named to people: "Anlage EK – Jonas", or "Anlage KDU" for a form of the
    /// whole household.
    pub fn label(&self, antrag: &Antrag) -> Text {
        match self.person {
            Some(p) => self.form.name().then(" – ", antrag.display_name(p)),
            None => self.form.name(),
        }
    }
}

/// The form that asks about a person of the Bedarfsgemeinschaft other than the applicant:
/// Anlage KI below 15, Anlage WEP from 15 (an unknown age counts as below 15 for children).
pub fn person_form(antrag: &Antrag, who: PersonRef, today: Date) -> Form {
    let age = antrag.person(who).and_then(|p| p.age_on(today));
    match who {
        PersonRef::Kind(_) if age.is_none_or(|a| a < ERWERBSFAEHIG_AB) => Form::Ki,
        _ => Form::Wep,
    }
}

/// Every form this household must fill in, derived from the answers alone.
pub fn required_forms(antrag: &Antrag, today: Date) -> Vec<FormInstance> {
    let once = |form| FormInstance { form, person: None };
    let per = |form, who| FormInstance {
        form,
        person: Some(who),
    };
    let bg = antrag.bedarfsgemeinschaft(today);
    let mut out = vec![once(Form::Hauptantrag)];

    for &who in &bg {
        if who != PersonRef::Antragsteller {
            out.push(per(person_form(antrag, who, today), who));
        }
    }
    if antrag.hat_partner == Some(true) && antrag.partnerschaft == Some(Partnerschaft::Nichtehelich)
    {
        out.push(per(Form::Ve, PersonRef::Partner));
    }
    for who in antrag.household() {
        let relative_outside_bg = !bg.contains(&who)
            && antrag
                .person(who)
                .and_then(|p| p.weitere_verhaeltnis)
                .is_some_and(WeitereVerhaeltnis::is_relative);
        if relative_outside_bg {
            out.push(per(Form::Hg, who));
        }
    }
    if antrag.wohnung.kosten == Some(true) {
        out.push(once(Form::Kdu));
    }
    out.push(once(Form::Vm));

    for &who in &bg {
        let Some(p) = antrag.person(who) else {
            continue;
        };
        let age = p.age_on(today);
        let other_than_kindergeld = EinkommensArt::all()
            .iter()
            .any(|a| *a != EinkommensArt::Kindergeld && p.einkommen.hat(*a));
        if age.is_none_or(|a| a >= ERWERBSFAEHIG_AB) || other_than_kindergeld {
            out.push(per(Form::Ek, who));
        }
        if p.einkommen.hat(EinkommensArt::Selbstaendig) {
            out.push(per(Form::Eks, who));
        }
        if p.krankenversicherung.is_some_and(|k| k.needs_anlage_sv()) {
            out.push(per(Form::Sv, who));
        }
        if p.ernaehrung == Some(true) {
            out.push(per(Form::Meb, who));
        }
        if p.besonderer_bedarf == Some(true) {
            out.push(per(Form::Bb, who));
        }
        if p.unfall_durch_dritte == Some(true) {
            out.push(per(Form::Uf, who));
        }
        let married_partner = antrag.hat_partner == Some(true)
            && antrag.partnerschaft == Some(Partnerschaft::Ehe)
            && matches!(who, PersonRef::Antragsteller | PersonRef::Partner);
        if p.schwanger == Some(true) && !married_partner {
            out.push(per(Form::Uh2, who));
        }
        if p.elternteil_ausserhalb == Some(true) {
            match who {
                PersonRef::Antragsteller => out.push(per(Form::Uh3, who)),
                PersonRef::Kind(_) => out.push(per(Form::Uh4, who)),
                _ => {}
            }
        }
    }
    if antrag
        .familienstand
        .is_some_and(|f| f.may_claim_unterhalt())
    {
        out.push(per(Form::Uh1, PersonRef::Antragsteller));
    }
    out.sort();
    out.dedup();
    out
}
