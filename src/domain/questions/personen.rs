//! Questions about one person: section D of the Hauptantrag (what may bring a Mehrbedarf or a
//! claim against others) and the page for each further household member.

use super::*;

/// Not a legal figure: below this age the page does not ask about a pregnancy (plausibility).
const MAY_BE_PREGNANT_FROM: i32 = 12;

/// Section D of the Hauptantrag (and the matching part of Anlage WEP): what may bring a Mehrbedarf
/// or a claim against others.
pub(super) fn situation_questions(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let (name, is_me) = whom(a, who);
    let field = |k| FieldId::person(who, k);
    let ask = |me: Text, other: Text| if is_me { me } else { other };
    let p = a.person(who);
    let age = p.and_then(|p| p.age_on(today));
    let mut qs = Vec::new();
    let may_be_pregnant = p.is_none_or(|p| p.geschlecht != Some(Geschlecht::Maennlich))
        && age.is_none_or(|a| a >= MAY_BE_PREGNANT_FROM);
    if may_be_pregnant {
        qs.push(Question::new(
            field(Key::Schwanger),
            ask(
                text(k::Q_SCHWANGER),
                fill(k::Q_SCHWANGER_2, &[("name", &name)]),
            ),
            Kind::YesNo,
            ask(
                text(k::Q_WAEHLEN_SCHWANGER),
                fill(k::Q_WAEHLEN_SCHWANGER_2, &[("name", &name)]),
            ),
        ));
        if p.is_some_and(|p| p.schwanger == Some(true)) {
            qs.push(
                Question::new(
                    field(Key::Entbindungstermin),
                    text(k::Q_VORAUSSICHTLICHER_ENTBINDUNGSTERMIN),
                    Kind::Date {
                        rule: DateRule::DueDate,
                    },
                    text(k::Q_GEBEN_VORAUSSICHTLICHEN_ENTBINDUNGSTERMIN),
                )
                .hint(text(k::Q_STEHT_MUTTERPASS)),
            );
        }
    }
    qs.push(
        Question::new(
            field(Key::Behinderung),
            ask(
                text(k::Q_BEKOMMEN_LEISTUNGEN_TEILHABE_ARBEITSLEBEN),
                fill(
                    k::Q_BEKOMMT_LEISTUNGEN_TEILHABE_ARBEITSLEBEN,
                    &[("name", &name)],
                ),
            ),
            Kind::YesNo,
            text(k::Q_WAEHLEN_LEISTUNGEN_WEGEN_BEHINDERUNG),
        )
        .hint(text(k::Q_BEISPIEL_BERUFLICHE_REHA_WERKSTATT)),
    );
    qs.push(
        Question::new(
            field(Key::Ernaehrung),
            ask(
                text(k::Q_BRAUCHEN_MEDIZINISCHEN_GRUENDEN_KOSTENAUFWAENDIGE),
                fill(
                    k::Q_BRAUCHT_MEDIZINISCHEN_GRUENDEN_KOSTENAUFWAENDIGE,
                    &[("name", &name)],
                ),
            ),
            Kind::YesNo,
            text(k::Q_WAEHLEN_KOSTENAUFWAENDIGE_ERNAEHRUNG_NOETIG),
        )
        .hint(text(k::Q_BEISPIEL_ZOELIAKIE_NACH_AERZTLICHER)),
    );
    qs.push(
        Question::new(
            field(Key::BesondererBedarf),
            ask(
                text(k::Q_HABEN_LAUFEND_BESONDEREN_BEDARF),
                fill(k::Q_HAT_LAUFEND_BESONDEREN_BEDARF, &[("name", &name)]),
            ),
            Kind::YesNo,
            text(k::Q_WAEHLEN_BESONDERER_LAUFENDER_BEDARF),
        )
        .hint(text(k::Q_BEISPIEL_FAHRTKOSTEN_UM_GETRENNT)),
    );
    qs.push(Question::new(
        field(Key::Unfall),
        ask(
            text(k::Q_WURDEN_DURCH_UNFALL_ANDERE),
            fill(k::Q_WURDE_DURCH_UNFALL_ANDERE, &[("name", &name)]),
        ),
        Kind::YesNo,
        text(k::Q_WAEHLEN_SCHADEN_DURCH_DRITTE),
    ));
    if who == PersonRef::Antragsteller && age.is_some_and(|a| a < lebensalter::UNTER_25) {
        qs.push(
            Question::new(
                field(Key::ElternteilAusserhalb),
                text(k::Q_LEBT_MINDESTENS_ELTERNTEIL_IHNEN),
                Kind::YesNo,
                text(k::Q_WAEHLEN_ELTERNTEIL_AUSSERHALB_IHRES),
            )
            .hint(text(k::Q_UNTER_25_JAHREN_KOENNEN)),
        );
        let eltern_im_haushalt = a.household().iter().any(|w| a.is_parent(*w));
        if a.hat_partner != Some(true) && !eltern_im_haushalt {
            qs.push(
                Question::new(
                    field(Key::AuszugOhneZusicherung),
                    text(k::Q_AUSZUG_OHNE_ZUSICHERUNG),
                    Kind::YesNo,
                    text(k::Q_WAEHLEN_AUSZUG_OHNE_ZUSICHERUNG),
                )
                .hint(text(k::Q_AUSZUG_OHNE_ZUSICHERUNG_HINWEIS)),
            );
        }
    }
    qs
}

/// Anlage WEP or KI for a household member other than the applicant, or the short questions
/// about a further person who is not in the Bedarfsgemeinschaft.
pub(super) fn person_questions(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let name = a.display_name(who);
    let field = |k| FieldId::person(who, k);
    let p = a.person(who);
    let age = p.and_then(|p| p.age_on(today));
    let mut qs = vec![
        Question::new(
            field(Key::Vorname),
            text(k::Q_VORNAME),
            text_field("off"),
            fill(k::Q_GEBEN_VORNAMEN_2, &[("name", &name)]),
        ),
        Question::new(
            field(Key::Nachname),
            text(k::Q_NACHNAME),
            text_field("off"),
            fill(k::Q_GEBEN_NACHNAMEN_2, &[("name", &name)]),
        ),
        Question::new(
            field(Key::Geburtsdatum),
            text(k::Q_GEBURTSDATUM),
            Kind::Date {
                rule: DateRule::Birth,
            },
            fill(k::Q_GEBEN_GEBURTSDATUM_2, &[("name", &name)]),
        ),
        Question::new(
            field(Key::Geschlecht),
            text(k::Q_GESCHLECHT),
            choice::<Geschlecht>(),
            text(k::Q_WAEHLEN_GESCHLECHT_KEINE_ANGABE_2),
        ),
    ];
    match who {
        PersonRef::Kind(_) => qs.push(Question::new(
            field(Key::KindVerhaeltnis),
            fill(k::Q_IHNEN_VERWANDT, &[("name", &name)]),
            choice::<KindVerhaeltnis>(),
            text(k::Q_WAEHLEN_WESSEN_KIND),
        )),
        PersonRef::Weitere(_) => qs.push(Question::new(
            field(Key::WeitereVerhaeltnis),
            fill(k::Q_WELCHER_BEZIEHUNG_STEHT_IHNEN, &[("name", &name)]),
            choice::<WeitereVerhaeltnis>(),
            text(k::Q_WAEHLEN_WELCHER_BEZIEHUNG_PERSON),
        )),
        _ => {}
    }
    let in_bg = a.bedarfsgemeinschaft(today).contains(&who);
    if !in_bg {
        return qs;
    }
    let is_ki = person_form(a, who, today) == Form::Ki;
    if !is_ki {
        qs.push(Question::new(
            field(Key::Erwerbsfaehig),
            fill(k::Q_KANN_NAECHSTEN_SECHS_MONATEN, &[("name", &name)]),
            Kind::YesNo,
            text(k::Q_WAEHLEN_PERSON_MINDESTENS_DREI),
        ));
    }
    if matches!(who, PersonRef::Kind(_)) {
        if age.is_some_and(|a| (lebensalter::ERWERBSFAEHIG_AB..lebensalter::UNTER_25).contains(&a))
        {
            qs.push(Question::new(
                field(Key::Schule),
                fill(k::Q_GEHT_SCHULE_MACHT_AUSBILDUNG, &[("name", &name)]),
                Kind::YesNo,
                text(k::Q_WAEHLEN_PERSON_SCHULE_GEHT),
            ));
        }
        qs.push(
            Question::new(
                field(Key::ElternteilAusserhalb),
                fill(k::Q_LEBT_ELTERNTEIL_AUSSERHALB_IHRES, &[("name", &name)]),
                Kind::YesNo,
                text(k::Q_WAEHLEN_ELTERNTEIL_AUSSERHALB_HAUSHALTS),
            )
            .hint(text(k::Q_DANN_KANN_KIND_UNTERHALT)),
        );
    }
    qs.extend(situation_questions(a, who, today).into_iter().filter(|q| {
        // Children under 15 are asked only what can apply to them on Anlage KI.
        !is_ki
            || matches!(
                q.field.key,
                Key::Behinderung | Key::Ernaehrung | Key::BesondererBedarf | Key::Unfall
            )
    }));
    qs.push(Question::new(
        field(Key::Krankenversicherung),
        fill(k::Q_KRANKENVERSICHERT_2, &[("name", &name)]),
        choice::<Krankenversicherung>(),
        text(k::Q_WAEHLEN_PERSON_KRANKENVERSICHERT),
    ));
    qs
}
