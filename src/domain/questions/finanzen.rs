//! Anlage EK and Anlage VM: income and assets per member of the Bedarfsgemeinschaft, built on
//! one page shape.

use super::*;

/// The income and asset pages share their shape: one checkbox per kind under a legend, a
/// "none" box, then an amount for each kind ticked.
fn checkbox_page(
    who: PersonRef,
    legend: Text,
    kinds: &[(Key, TextKey)],
    none: (Key, TextKey),
    amounts: Vec<Question>,
) -> Vec<Question> {
    let mut qs: Vec<Question> = kinds
        .iter()
        .chain(std::iter::once(&none))
        .map(|(key, label)| {
            Question::new(FieldId::person(who, *key), *label, Kind::Check, "")
                .optional()
                .group(legend.clone())
        })
        .collect();
    qs.extend(amounts);
    qs
}

/// Whether `who` is a child below working age (15, § 7 Abs. 1 Nr. 1 SGB II). The forms are the
/// same for everyone, but such a child is not asked about what only people of working age have:
/// wages, a business, unemployment or parental benefit, a car, real estate, a pension contract.
/// A person whose age is not known yet is asked everything.
pub(super) fn young_child(a: &Antrag, who: PersonRef, today: Date) -> bool {
    matches!(who, PersonRef::Kind(_))
        && a.person(who)
            .and_then(|p| p.age_on(today))
            .is_some_and(|age| age < lebensalter::ERWERBSFAEHIG_AB)
}

fn fits_young_child_income(art: EinkommensArt) -> bool {
    use EinkommensArt as E;
    matches!(
        art,
        E::Kindergeld | E::Unterhalt | E::Unterhaltsvorschuss | E::Rente | E::Sonstiges
    )
}

fn fits_young_child_asset(art: VermoegensArt) -> bool {
    use VermoegensArt as V;
    matches!(art, V::Konten | V::Wertpapiere | V::Sonstiges)
}

/// The page's question to the applicant ("Welche Einnahmen haben Sie?"), or about another
/// person by name.
fn legend(a: &Antrag, who: PersonRef, to_me: TextKey, about: TextKey) -> Text {
    match whom(a, who) {
        (_, true) => text(to_me),
        (name, false) => fill(about, &[("name", &name)]),
    }
}

/// Anlage EK: which incomes a person has, then the monthly amount of each.
pub(super) fn einkommen(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let legend = legend(
        a,
        who,
        k::Q_WELCHE_EINNAHMEN_HABEN,
        k::Q_WELCHE_EINNAHMEN_HAT,
    );
    let young = young_child(a, who, today);
    let arten: Vec<EinkommensArt> = EinkommensArt::all()
        .iter()
        .copied()
        .filter(|art| !young || fits_young_child_income(*art))
        .collect();
    let kinds: Vec<_> = arten
        .iter()
        .map(|art| (Key::EinkommenArt(*art), art.label()))
        .collect();
    let p = a.person(who);
    let mut amounts = Vec::new();
    for art in &arten {
        if !p.is_some_and(|p| p.einkommen.hat(*art)) {
            continue;
        }
        for betrag in art.betraege() {
            let mut q = Question::new(
                FieldId::person(who, Key::EinkommenBetrag(*betrag)),
                betrag.label(),
                Kind::Money { cap: CAP_MONTHLY },
                fill(k::Q_GEBEN_BETRAG, &[("label", &betrag.label())]),
            );
            if *betrag == Betrag::Selbstaendig {
                q = q.hint(text(k::Q_SCHAETZUNG_GENUEGT_JOBCENTER_ENTSCHEIDET));
            }
            if *betrag == Betrag::Kindergeld {
                // Kindergeld is the child's income: asked on the child's page; on a parent's page
                // only for a child who lives elsewhere (an entry for a child at home counts once,
                // for the child: `bescheid::einkommen::kindergeld_zuordnung`).
                let hint = if matches!(who, PersonRef::Antragsteller | PersonRef::Partner) {
                    Some(text(k::Q_KINDERGELD_BEIM_KIND))
                } else {
                    Rechtsstand::on(today).ok().map(|r| {
                        fill(
                            k::Q_KINDERGELD_NACH_RECHT_AB,
                            &[("date", &r.gilt_ab), ("amount", &r.kindergeld_fuer(1))],
                        )
                    })
                };
                if let Some(hint) = hint {
                    q = q.hint(hint);
                }
            }
            amounts.push(q);
            if *betrag == Betrag::Elterngeld {
                amounts.push(
                    Question::new(
                        FieldId::person(who, Key::ElterngeldAusErwerb),
                        match whom(a, who) {
                            (_, true) => text(k::Q_ELTERNGELD_AUS_ERWERB),
                            (name, false) => fill(k::Q_ELTERNGELD_AUS_ERWERB_2, &[("name", &name)]),
                        },
                        Kind::YesNo,
                        text(k::Q_WAEHLEN_ELTERNGELD_AUS_ERWERB),
                    )
                    .hint(text(k::Q_ELTERNGELD_AUS_ERWERB_HINWEIS)),
                );
            }
        }
    }
    amounts.extend(absetzungen(a, who, today));
    checkbox_page(
        who,
        legend,
        &kinds,
        (Key::EinkommenKeine, k::Q_KEINE_EINNAHMEN),
        amounts,
    )
}

/// The deductions Anlage EK asks about, all optional here: for earners the costs of work and
/// insurance (§ 11b Abs. 1 Satz 1 Nr. 3 to 5, counted instead of the 100 € above 400 € of wages,
/// Abs. 2 Satz 2), for adults maintenance paid under a title (Nr. 7).
fn absetzungen(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let Some(p) = a.person(who) else {
        return Vec::new();
    };
    let legend = text(k::Q_ABSETZUNGEN);
    let money = |key, label, hint: Option<TextKey>| {
        let q = Question::new(
            FieldId::person(who, key),
            text(label),
            Kind::Money { cap: CAP_MONTHLY },
            "",
        )
        .optional()
        .group(legend.clone());
        match hint {
            Some(h) => q.hint(text(h)),
            None => q,
        }
    };
    let mut qs = Vec::new();
    if p.einkommen.hat(EinkommensArt::Erwerb) {
        qs.push(money(
            Key::Fahrtkosten,
            k::Q_FAHRTKOSTEN,
            Some(k::Q_FAHRTKOSTEN_HINWEIS),
        ));
        qs.push(money(Key::Versicherungen, k::Q_VERSICHERUNGEN, None));
        qs.push(money(Key::Riester, k::Q_RIESTER, None));
    }
    if p.age_on(today)
        .is_none_or(|age| age >= lebensalter::VOLLJAEHRIG_AB)
    {
        qs.push(money(
            Key::UnterhaltTituliert,
            k::Q_UNTERHALT_TITULIERT,
            Some(k::Q_UNTERHALT_TITULIERT_HINWEIS),
        ));
    }
    qs
}

/// Anlage VM: which assets a person has, then today's value of each.
pub(super) fn vermoegen(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let legend = legend(a, who, k::Q_BESITZEN, k::Q_BESITZT);
    let young = young_child(a, who, today);
    let arten: Vec<VermoegensArt> = VermoegensArt::all()
        .iter()
        .copied()
        .filter(|art| !young || fits_young_child_asset(*art))
        .collect();
    let kinds: Vec<_> = arten
        .iter()
        .map(|art| (Key::VermoegenArt(*art), art.label()))
        .collect();
    let p = a.person(who);
    let mut amounts = Vec::new();
    for art in &arten {
        if !p.is_some_and(|p| p.vermoegen.hat(*art)) {
            continue;
        }
        amounts.push(Question::new(
            FieldId::person(who, Key::VermoegenBetrag(*art)),
            fill(k::Q_WERT, &[("label", &art.label())]),
            Kind::Money { cap: CAP_ASSET },
            fill(k::Q_GEBEN_HEUTIGEN_WERT, &[("label", &art.label())]),
        ));
        if *art == VermoegensArt::Lebensversicherung {
            amounts.push(
                Question::new(
                    FieldId::person(who, Key::LvAltersvorsorge),
                    text(k::Q_LV_ALTERSVORSORGE),
                    Kind::YesNo,
                    text(k::Q_WAEHLEN_LV_ALTERSVORSORGE),
                )
                .hint(text(k::Q_LV_ALTERSVORSORGE_HINWEIS)),
            );
        }
    }
    if who == PersonRef::Antragsteller {
        amounts.push(
            Question::new(
                FieldId::of(Key::Schenkung),
                text(k::Q_SCHENKUNG),
                Kind::YesNo,
                text(k::Q_WAEHLEN_SCHENKUNG),
            )
            .hint(text(k::Q_SCHENKUNG_HINWEIS)),
        );
    }
    checkbox_page(
        who,
        legend,
        &kinds,
        (Key::VermoegenKeine, k::Q_KEIN_VERMOEGEN),
        amounts,
    )
}
