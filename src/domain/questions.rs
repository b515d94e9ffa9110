//! What each step asks: its questions, in the order and wording of the page, and which real form
//! and section they come from. Questions that only apply after an earlier answer (the due date
//! after "schwanger: ja") appear as soon as that answer is given.

use super::antrag::{Antrag, FieldId, Key, PersonRef};
use super::choices::*;
use super::date::Date;
use super::flow::{Ausstieg, Step};
use super::forms::{person_form, Form};
use super::money::Cents;
use super::rules::Rechtsstand;
use super::validate::{DateRule, Kind, CAP_ASSET, CAP_MONTHLY, MAX_NAME, MAX_TEXT};

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub field: FieldId,
    pub label: String,
    pub hint: Option<String>,
    pub kind: Kind,
    pub optional: bool,
    /// The message when a required question is left unanswered.
    pub missing: String,
    /// Questions with the same group are shown together under this legend (checkbox lists).
    pub group: Option<String>,
}

impl Question {
    fn new(
        field: FieldId,
        label: impl Into<String>,
        kind: Kind,
        missing: impl Into<String>,
    ) -> Self {
        Question {
            field,
            label: label.into(),
            hint: None,
            kind,
            optional: false,
            missing: missing.into(),
            group: None,
        }
    }

    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    fn optional_unless(mut self, required: bool) -> Self {
        self.optional = !required;
        self
    }

    fn group(mut self, legend: impl Into<String>) -> Self {
        self.group = Some(legend.into());
        self
    }
}

fn choice<C: Choice>() -> Kind {
    Kind::Choice(C::options())
}

fn text(autocomplete: &'static str) -> Kind {
    Kind::Text {
        max: MAX_NAME,
        autocomplete,
    }
}

/// "Sie" for the applicant, the name otherwise: used to phrase questions about a person.
fn whom(a: &Antrag, who: PersonRef) -> (String, bool) {
    (a.display_name(who), who == PersonRef::Antragsteller)
}

pub fn questions(step: Step, a: &Antrag, today: Date) -> Vec<Question> {
    let v = &a.vorpruefung;
    let me = PersonRef::Antragsteller;
    let mine = |k| FieldId::person(me, k);
    let plain = FieldId::of;
    match step {
        Step::Alter => vec![Question::new(
            mine(Key::Geburtsdatum),
            "Wann sind Sie geboren?",
            Kind::Date { rule: DateRule::Birth },
            "Geben Sie Ihr Geburtsdatum ein.",
        )],
        Step::Erwerbsfaehigkeit => {
            let mut qs = vec![Question::new(
                plain(Key::Erwerbsfaehigkeit),
                "Können Sie in den nächsten sechs Monaten mindestens drei Stunden am Tag arbeiten?",
                choice::<Erwerbsfaehigkeit>(),
                "Wählen Sie aus, ob Sie mindestens drei Stunden am Tag arbeiten können.",
            )
            .hint("Gemeint ist irgendeine Arbeit auf dem allgemeinen Arbeitsmarkt, nicht nur Ihr bisheriger Beruf. Wenn Sie unsicher sind, prüft das Jobcenter das.")];
            if v.erwerbsfaehig == Some(Erwerbsfaehigkeit::Nein) {
                qs.push(Question::new(
                    plain(Key::ErwerbsfaehigePersonImHaushalt),
                    "Lebt eine Partnerin, ein Partner oder ein Elternteil mit Ihnen zusammen, die oder der arbeiten kann?",
                    Kind::YesNo,
                    "Wählen Sie aus, ob eine erwerbsfähige Person mit Ihnen zusammenlebt.",
                ));
            }
            qs
        }
        Step::Aufenthalt => {
            let mut qs = vec![
                Question::new(
                    plain(Key::WohnsitzDeutschland),
                    "Wohnen Sie dauerhaft in Deutschland?",
                    Kind::YesNo,
                    "Wählen Sie aus, ob Sie dauerhaft in Deutschland wohnen.",
                )
                .hint("Gemeint ist Ihr gewöhnlicher Aufenthalt: Sie leben hier und nicht nur vorübergehend."),
                Question::new(
                    plain(Key::Staatsangehoerigkeit),
                    "Welche Staatsangehörigkeit haben Sie?",
                    choice::<Staatsangehoerigkeit>(),
                    "Wählen Sie Ihre Staatsangehörigkeit aus.",
                )
                .hint("Haben Sie mehrere, wählen Sie die deutsche, wenn Sie sie haben."),
            ];
            if v.staatsangehoerigkeit.is_some_and(|s| s != Staatsangehoerigkeit::Deutsch) {
                qs.push(Question::new(
                    plain(Key::AufenthaltDauer),
                    "Wie lange leben Sie schon in Deutschland?",
                    choice::<AufenthaltDauer>(),
                    "Wählen Sie aus, wie lange Sie schon in Deutschland leben.",
                ));
                qs.push(Question::new(
                    plain(Key::Aufenthaltsgrund),
                    "Worauf beruht Ihr Aufenthalt in Deutschland?",
                    choice::<Aufenthaltsgrund>(),
                    "Wählen Sie aus, worauf Ihr Aufenthalt beruht.",
                )
                .hint("Sehen Sie im Zweifel in Ihrem Aufenthaltstitel nach."));
            }
            qs
        }
        Step::Ausbildung => vec![Question::new(
            plain(Key::Ausbildung),
            "Sind Sie in einer Schule, einer Ausbildung oder einem Studium?",
            choice::<Ausbildung>(),
            "Wählen Sie aus, ob Sie zur Schule gehen, eine Ausbildung machen oder studieren.",
        )],
        Step::Unterbringung => vec![
            Question::new(
                plain(Key::Stationaer),
                "Leben Sie voraussichtlich länger als sechs Monate in einer Einrichtung?",
                Kind::YesNo,
                "Wählen Sie aus, ob Sie länger als sechs Monate in einer Einrichtung leben.",
            )
            .hint("Zum Beispiel in einem Pflegeheim oder einer Klinik. Ein Krankenhausaufenthalt unter sechs Monaten zählt nicht."),
            Question::new(
                plain(Key::Altersrente),
                "Bekommen Sie eine Altersrente?",
                Kind::YesNo,
                "Wählen Sie aus, ob Sie eine Altersrente bekommen.",
            )
            .hint("Auch eine vorgezogene Altersrente zählt. Eine Erwerbsminderungs- oder Witwenrente ist keine Altersrente."),
        ],
        Step::Personalien => vec![
            Question::new(mine(Key::Vorname), "Vorname", text("given-name"), "Geben Sie Ihren Vornamen ein."),
            Question::new(mine(Key::Nachname), "Nachname", text("family-name"), "Geben Sie Ihren Nachnamen ein."),
            Question::new(mine(Key::Geschlecht), "Geschlecht", choice::<Geschlecht>(), "Wählen Sie Ihr Geschlecht aus oder „keine Angabe“."),
            Question::new(plain(Key::Strasse), "Straße und Hausnummer", Kind::Text { max: MAX_TEXT, autocomplete: "street-address" }, "Geben Sie Ihre Straße und Hausnummer ein.")
                .hint("Haben Sie keinen festen Wohnsitz, geben Sie an, wo Sie erreichbar sind."),
            Question::new(plain(Key::Plz), "Postleitzahl", Kind::Postcode, "Geben Sie Ihre Postleitzahl ein."),
            Question::new(plain(Key::Wohnort), "Wohnort", text("address-level2"), "Geben Sie Ihren Wohnort ein."),
            Question::new(plain(Key::Telefon), "Telefonnummer", Kind::Phone, "").optional()
                .hint("Freiwillig. Das Jobcenter kann Sie dann bei Rückfragen schneller erreichen."),
            Question::new(mine(Key::Krankenversicherung), "Wie sind Sie krankenversichert?", choice::<Krankenversicherung>(), "Wählen Sie aus, wie Sie krankenversichert sind."),
            Question::new(mine(Key::Krankenkasse), "Name Ihrer Krankenkasse oder Versicherung", text("off"), "Geben Sie den Namen Ihrer Krankenkasse ein.")
                .optional_unless(a.antragsteller.krankenversicherung.is_some_and(|k| k != Krankenversicherung::Keine)),
        ],
        Step::Lebenssituation => {
            let mut qs = vec![Question::new(
                plain(Key::Familienstand),
                "Welchen Familienstand haben Sie?",
                choice::<Familienstand>(),
                "Wählen Sie Ihren Familienstand aus.",
            )];
            qs.extend(situation_questions(a, me, today));
            qs
        }
        Step::Haushalt => {
            let mut qs = vec![Question::new(
                plain(Key::HatPartner),
                "Leben Sie mit einer Partnerin oder einem Partner zusammen?",
                Kind::YesNo,
                "Wählen Sie aus, ob Sie mit einer Partnerin oder einem Partner zusammenleben.",
            )
            .hint("Ehe, eingetragene Lebenspartnerschaft oder eine Beziehung, in der Sie füreinander einstehen (zum Beispiel länger als ein Jahr zusammen oder ein gemeinsames Kind).")];
            if a.hat_partner == Some(true) {
                qs.push(Question::new(
                    plain(Key::Partnerschaft),
                    "Wie leben Sie zusammen?",
                    choice::<Partnerschaft>(),
                    "Wählen Sie aus, ob Sie verheiratet sind oder unverheiratet zusammenleben.",
                ));
            }
            qs.push(
                Question::new(
                    plain(Key::AnzahlKinder),
                    "Wie viele Kinder unter 25 Jahren leben in Ihrem Haushalt?",
                    Kind::Count { max: super::antrag::MAX_KINDER },
                    "Geben Sie die Zahl der Kinder ein, 0 wenn keine.",
                )
                .hint("Eigene Kinder und Kinder Ihrer Partnerin oder Ihres Partners, die nicht verheiratet sind."),
            );
            qs.push(
                Question::new(
                    plain(Key::AnzahlWeitere),
                    "Wie viele weitere Personen leben in Ihrem Haushalt?",
                    Kind::Count { max: super::antrag::MAX_WEITERE },
                    "Geben Sie die Zahl der weiteren Personen ein, 0 wenn keine.",
                )
                .hint("Zum Beispiel Ihre Eltern, Verwandte, erwachsene Kinder ab 25 oder Mitbewohner."),
            );
            qs
        }
        Step::Person(who) => person_questions(a, who, today),
        Step::Wohnung => {
            let mut qs = vec![Question::new(
                plain(Key::Wohnkosten),
                "Haben Sie Kosten für Ihre Wohnung oder Heizung?",
                Kind::YesNo,
                "Wählen Sie aus, ob Sie Kosten für Wohnung oder Heizung haben.",
            )
            .hint("Nein zum Beispiel, wenn Sie mietfrei bei Ihren Eltern wohnen.")];
            if a.wohnung.kosten == Some(true) {
                qs.push(Question::new(plain(Key::Wohnform), "Wohnen Sie zur Miete oder im Eigentum?", choice::<Wohnform>(), "Wählen Sie aus, ob Sie zur Miete oder im Eigentum wohnen."));
                qs.push(Question::new(plain(Key::Wohnflaeche), "Wie groß ist die Wohnung in Quadratmetern?", Kind::Count { max: 1000 }, "Geben Sie die Wohnfläche in Quadratmetern ein.")
                    .hint("Steht im Mietvertrag. Runden Sie auf ganze Quadratmeter."));
                qs.push(Question::new(plain(Key::Warmwasser), "Wie wird Ihr Warmwasser erzeugt?", choice::<Warmwasser>(), "Wählen Sie aus, wie Ihr Warmwasser erzeugt wird."));
            }
            qs
        }
        Step::Wohnkosten => {
            let money = Kind::Money { cap: CAP_MONTHLY };
            let owner = a.wohnung.wohnform == Some(Wohnform::Eigentum);
            let mut qs = Vec::new();
            if owner {
                qs.push(Question::new(plain(Key::Schuldzinsen), "Schuldzinsen für Haus oder Wohnung im Monat", money.clone(), "Geben Sie die Schuldzinsen im Monat ein, 0 wenn keine.")
                    .hint("Nur die Zinsen, nicht die Tilgung. Sie stehen im Kreditvertrag oder Kontoauszug."));
            } else {
                qs.push(Question::new(plain(Key::Grundmiete), "Grundmiete (Kaltmiete) im Monat", money.clone(), "Geben Sie die Kaltmiete im Monat ein.")
                    .hint("Steht im Mietvertrag, zum Beispiel 450,00"));
            }
            qs.push(Question::new(plain(Key::Nebenkosten), "Nebenkosten im Monat (ohne Heizung)", money.clone(), "Geben Sie die Nebenkosten im Monat ein, 0 wenn keine.")
                .hint(if owner { "Zum Beispiel Grundsteuer, Wasser, Müll, Gebäudeversicherung." } else { "Vorauszahlung für Wasser, Müll, Hausreinigung und Ähnliches." }));
            qs.push(Question::new(plain(Key::Heizkosten), "Heizkosten im Monat", money, "Geben Sie die Heizkosten im Monat ein, 0 wenn sie in der Miete enthalten sind.")
                .hint("Abschlag an Vermieter oder Versorger. Strom für Licht und Kochen zählt nicht dazu."));
            qs
        }
        Step::Einkommen(who) => {
            let (name, is_me) = whom(a, who);
            let legend = if is_me { "Welche Einnahmen haben Sie?".to_string() } else { format!("Welche Einnahmen hat {name}?") };
            let p = a.person(who);
            let mut qs: Vec<Question> = EinkommensArt::all()
                .iter()
                .map(|art| {
                    Question::new(FieldId::person(who, Key::EinkommenArt(*art)), art.label(), Kind::Check, "")
                        .optional()
                        .group(legend.clone())
                })
                .collect();
            qs.push(Question::new(FieldId::person(who, Key::EinkommenKeine), "Keine Einnahmen", Kind::Check, "").optional().group(legend));
            for art in EinkommensArt::all() {
                if p.is_some_and(|p| p.einkommen.hat(*art)) {
                    for betrag in art.betraege() {
                        let mut q = Question::new(
                            FieldId::person(who, Key::EinkommenBetrag(*betrag)),
                            betrag.label(),
                            Kind::Money { cap: CAP_MONTHLY },
                            format!("Geben Sie den Betrag ein: {}.", betrag.label()),
                        );
                        if *betrag == Betrag::Selbstaendig {
                            q = q.hint("Eine Schätzung genügt. Das Jobcenter entscheidet dann vorläufig und rechnet später ab (Anlage EKS).");
                        }
                        if *betrag == Betrag::Kindergeld {
                            let r = Rechtsstand::on(today);
                            q = q.hint(format!(
                                "Kindergeld nach dem Recht ab {}: {} für das erste und zweite Kind (§ 66 EStG).",
                                r.gilt_ab.to_german(),
                                r.kindergeld_fuer(1)
                            ));
                        }
                        qs.push(q);
                    }
                }
            }
            qs
        }
        Step::Vermoegen(who) => {
            let (name, is_me) = whom(a, who);
            let legend = if is_me { "Was besitzen Sie?".to_string() } else { format!("Was besitzt {name}?") };
            let p = a.person(who);
            let mut qs: Vec<Question> = VermoegensArt::all()
                .iter()
                .map(|art| {
                    Question::new(FieldId::person(who, Key::VermoegenArt(*art)), art.label(), Kind::Check, "")
                        .optional()
                        .group(legend.clone())
                })
                .collect();
            qs.push(Question::new(FieldId::person(who, Key::VermoegenKeine), "Kein Vermögen", Kind::Check, "").optional().group(legend));
            for art in VermoegensArt::all() {
                if p.is_some_and(|p| p.vermoegen.hat(*art)) {
                    qs.push(Question::new(
                        FieldId::person(who, Key::VermoegenBetrag(*art)),
                        format!("Wert: {}", art.label()),
                        Kind::Money { cap: CAP_ASSET },
                        format!("Geben Sie den heutigen Wert ein: {}.", art.label()),
                    ));
                }
            }
            qs
        }
        Step::Bankverbindung => vec![
            Question::new(plain(Key::Iban), "IBAN", Kind::Iban, "").optional()
                .hint("Steht auf Ihrer Bankkarte oder dem Kontoauszug. Haben Sie kein Konto, lassen Sie das Feld leer: Sie haben ein Recht auf ein Basiskonto."),
            Question::new(plain(Key::Kontoinhaber), "Kontoinhaberin oder Kontoinhaber", text("cc-name"), "Geben Sie an, wem das Konto gehört.")
                .optional_unless(!a.bank.iban.is_empty()),
        ],
        Step::Erklaerungen => vec![
            Question::new(plain(Key::ErklaerungRichtigkeit), "Ich versichere, dass meine Angaben richtig und vollständig sind.", Kind::Check, "Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.").group("Erklärungen"),
            Question::new(plain(Key::ErklaerungAenderungen), "Ich teile dem Jobcenter jede Änderung sofort mit, zum Beispiel eine neue Arbeit oder einen Umzug.", Kind::Check, "Bestätigen Sie, dass Sie Änderungen sofort mitteilen.").group("Erklärungen"),
            Question::new(plain(Key::ErklaerungDatenschutz), "Ich habe die Hinweise zum Datenschutz gelesen.", Kind::Check, "Bestätigen Sie, dass Sie die Hinweise zum Datenschutz gelesen haben.").group("Erklärungen"),
        ],
        Step::Start | Step::Ausstieg(_) | Step::Pruefen => Vec::new(),
        Step::Bestaetigung | Step::Bescheid | Step::Nachweise | Step::Bericht => Vec::new(),
    }
}

/// Section D of the Hauptantrag (and the matching part of Anlage WEP): what may bring a Mehrbedarf
/// or a claim against others.
fn situation_questions(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let (name, is_me) = whom(a, who);
    let field = |k| FieldId::person(who, k);
    let ask = |me: &str, other: String| if is_me { me.to_string() } else { other };
    let p = a.person(who);
    let age = p.and_then(|p| p.age_on(today));
    let mut qs = Vec::new();
    let may_be_pregnant = p.is_none_or(|p| p.geschlecht != Some(Geschlecht::Maennlich))
        && age.is_none_or(|a| a >= 12);
    if may_be_pregnant {
        qs.push(Question::new(
            field(Key::Schwanger),
            ask("Sind Sie schwanger?", format!("Ist {name} schwanger?")),
            Kind::YesNo,
            ask(
                "Wählen Sie aus, ob Sie schwanger sind.",
                format!("Wählen Sie aus, ob {name} schwanger ist."),
            ),
        ));
        if p.is_some_and(|p| p.schwanger == Some(true)) {
            qs.push(
                Question::new(
                    field(Key::Entbindungstermin),
                    "Voraussichtlicher Entbindungstermin",
                    Kind::Date {
                        rule: DateRule::DueDate,
                    },
                    "Geben Sie den voraussichtlichen Entbindungstermin ein.",
                )
                .hint("Steht im Mutterpass."),
            );
        }
    }
    qs.push(
        Question::new(
            field(Key::Behinderung),
            ask("Bekommen Sie Leistungen zur Teilhabe am Arbeitsleben oder Eingliederungshilfe wegen einer Behinderung?", format!("Bekommt {name} Leistungen zur Teilhabe am Arbeitsleben oder Eingliederungshilfe?")),
            Kind::YesNo,
            "Wählen Sie aus, ob Leistungen wegen einer Behinderung bezogen werden.",
        )
        .hint("Zum Beispiel eine berufliche Reha, Werkstatt oder Eingliederungshilfe nach dem SGB IX."),
    );
    qs.push(
        Question::new(
            field(Key::Ernaehrung),
            ask("Brauchen Sie aus medizinischen Gründen eine kostenaufwändige Ernährung?", format!("Braucht {name} aus medizinischen Gründen eine kostenaufwändige Ernährung?")),
            Kind::YesNo,
            "Wählen Sie aus, ob eine kostenaufwändige Ernährung nötig ist.",
        )
        .hint("Zum Beispiel bei Zöliakie oder nach ärztlicher Verordnung. Eine Ärztin oder ein Arzt bestätigt das auf der Anlage MEB."),
    );
    qs.push(
        Question::new(
            field(Key::BesondererBedarf),
            ask(
                "Haben Sie laufend einen besonderen Bedarf, den Sie nicht anders decken können?",
                format!("Hat {name} laufend einen besonderen Bedarf?"),
            ),
            Kind::YesNo,
            "Wählen Sie aus, ob ein besonderer laufender Bedarf besteht.",
        )
        .hint("Zum Beispiel Fahrtkosten, um getrennt lebende Kinder zu sehen."),
    );
    qs.push(Question::new(
        field(Key::Unfall),
        ask("Wurden Sie durch einen Unfall oder eine andere Person geschädigt, sodass Sie Ansprüche gegen andere haben?", format!("Wurde {name} durch einen Unfall oder eine andere Person geschädigt?")),
        Kind::YesNo,
        "Wählen Sie aus, ob ein Schaden durch Dritte vorliegt.",
    ));
    if who == PersonRef::Antragsteller && age.is_some_and(|a| a < 25) {
        qs.push(
            Question::new(
                field(Key::ElternteilAusserhalb),
                "Lebt mindestens ein Elternteil von Ihnen außerhalb Ihres Haushalts?",
                Kind::YesNo,
                "Wählen Sie aus, ob ein Elternteil außerhalb Ihres Haushalts lebt.",
            )
            .hint("Unter 25 Jahren können Sie Unterhalt von Ihren Eltern verlangen (Anlage UH3)."),
        );
    }
    qs
}

/// Anlage WEP or KI for a household member other than the applicant, or the short questions
/// about a further person who is not in the Bedarfsgemeinschaft.
fn person_questions(a: &Antrag, who: PersonRef, today: Date) -> Vec<Question> {
    let name = a.display_name(who);
    let field = |k| FieldId::person(who, k);
    let p = a.person(who);
    let age = p.and_then(|p| p.age_on(today));
    let mut qs = vec![
        Question::new(
            field(Key::Vorname),
            "Vorname",
            text("off"),
            format!("Geben Sie den Vornamen ein ({name})."),
        ),
        Question::new(
            field(Key::Nachname),
            "Nachname",
            text("off"),
            format!("Geben Sie den Nachnamen ein ({name})."),
        ),
        Question::new(
            field(Key::Geburtsdatum),
            "Geburtsdatum",
            Kind::Date {
                rule: DateRule::Birth,
            },
            format!("Geben Sie das Geburtsdatum ein ({name})."),
        ),
        Question::new(
            field(Key::Geschlecht),
            "Geschlecht",
            choice::<Geschlecht>(),
            "Wählen Sie das Geschlecht aus oder „keine Angabe“.",
        ),
    ];
    match who {
        PersonRef::Kind(_) => qs.push(Question::new(
            field(Key::KindVerhaeltnis),
            format!("Wie ist {name} mit Ihnen verwandt?"),
            choice::<KindVerhaeltnis>(),
            "Wählen Sie aus, wessen Kind es ist.",
        )),
        PersonRef::Weitere(_) => qs.push(Question::new(
            field(Key::WeitereVerhaeltnis),
            format!("In welcher Beziehung steht {name} zu Ihnen?"),
            choice::<WeitereVerhaeltnis>(),
            "Wählen Sie aus, in welcher Beziehung die Person zu Ihnen steht.",
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
            format!("Kann {name} in den nächsten sechs Monaten mindestens drei Stunden am Tag arbeiten?"),
            Kind::YesNo,
            "Wählen Sie aus, ob die Person mindestens drei Stunden am Tag arbeiten kann.",
        ));
    }
    if matches!(who, PersonRef::Kind(_)) {
        if age.is_some_and(|a| (15..25).contains(&a)) {
            qs.push(Question::new(
                field(Key::Schule),
                format!("Geht {name} zur Schule oder macht eine Ausbildung?"),
                Kind::YesNo,
                "Wählen Sie aus, ob die Person zur Schule geht oder eine Ausbildung macht.",
            ));
        }
        qs.push(
            Question::new(
                field(Key::ElternteilAusserhalb),
                format!("Lebt ein Elternteil von {name} außerhalb Ihres Haushalts?"),
                Kind::YesNo,
                "Wählen Sie aus, ob ein Elternteil außerhalb des Haushalts lebt.",
            )
            .hint("Dann kann das Kind Unterhalt oder Unterhaltsvorschuss bekommen."),
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
        format!("Wie ist {name} krankenversichert?"),
        choice::<Krankenversicherung>(),
        "Wählen Sie aus, wie die Person krankenversichert ist.",
    ));
    qs
}

/// The page heading of a step without questions of its own, or the section a step belongs to.
pub fn step_title(step: Step, a: &Antrag) -> String {
    let who = |p: PersonRef| a.display_name(p);
    match step {
        Step::Start => "Antragssimulator Grundsicherung".into(),
        Step::Alter => "Ihr Alter".into(),
        Step::Erwerbsfaehigkeit => "Können Sie arbeiten?".into(),
        Step::Aufenthalt => "Ihr Aufenthalt in Deutschland".into(),
        Step::Ausbildung => "Schule, Ausbildung oder Studium".into(),
        Step::Unterbringung => "Einrichtung und Rente".into(),
        Step::Ausstieg(_) => "Grundsicherung für Arbeitsuchende passt nicht zu Ihrer Lage".into(),
        Step::Personalien => "Ihre persönlichen Daten".into(),
        Step::Lebenssituation => "Ihre Lebenssituation".into(),
        Step::Haushalt => "Wer lebt mit Ihnen zusammen?".into(),
        Step::Person(p) => format!("Angaben zu {}", who(p)),
        Step::Wohnung => "Ihre Wohnung".into(),
        Step::Wohnkosten => "Kosten für Wohnung und Heizung".into(),
        Step::Einkommen(PersonRef::Antragsteller) => "Ihr Einkommen".into(),
        Step::Einkommen(p) => format!("Einkommen von {}", who(p)),
        Step::Vermoegen(PersonRef::Antragsteller) => "Ihr Vermögen".into(),
        Step::Vermoegen(p) => format!("Vermögen von {}", who(p)),
        Step::Bankverbindung => "Ihre Bankverbindung".into(),
        Step::Pruefen => "Prüfen Sie Ihre Angaben".into(),
        Step::Erklaerungen => "Erklärungen und Absenden".into(),
        Step::Bestaetigung => "Antrag gesendet (Simulation)".into(),
        Step::Bescheid => "Ihr Bescheid (Simulation)".into(),
        Step::Nachweise => "Diese Nachweise brauchen Sie".into(),
        Step::Bericht => "Ihr Erfahrungsbericht".into(),
    }
}

/// Where the step's questions stand on paper ("Hauptantrag, Abschnitt D"), if anywhere.
pub fn step_form_section(step: Step, a: &Antrag, today: Date) -> Option<String> {
    Some(match step {
        Step::Alter | Step::Personalien => "Hauptantrag, Abschnitt A".into(),
        Step::Aufenthalt => "Hauptantrag, Abschnitt B".into(),
        Step::Erwerbsfaehigkeit
        | Step::Ausbildung
        | Step::Unterbringung
        | Step::Lebenssituation => "Hauptantrag, Abschnitt D".into(),
        Step::Haushalt => "Hauptantrag, Abschnitt G".into(),
        Step::Person(p) if a.bedarfsgemeinschaft(today).contains(&p) => {
            person_form(a, p, today).name()
        }
        Step::Person(_) => "Hauptantrag, Abschnitt G".into(),
        Step::Wohnung | Step::Wohnkosten => Form::Kdu.name(),
        Step::Einkommen(_) => Form::Ek.name(),
        Step::Vermoegen(_) => Form::Vm.name(),
        Step::Bankverbindung => "Hauptantrag, Abschnitt A".into(),
        Step::Erklaerungen => "Hauptantrag, Abschnitt I".into(),
        _ => return None,
    })
}

/// Where a person who is not in SGB II can turn instead, and the rule that says so.
pub fn exit_explanation(exit: Ausstieg) -> (&'static str, &'static str, &'static str) {
    match exit {
        Ausstieg::UnterMindestalter => (
            "Für Kinder unter 15 Jahren stellt ein Elternteil den Antrag.",
            "Kinder gehören zur Bedarfsgemeinschaft ihrer Eltern. Wenden Sie sich mit Ihren Eltern an das Jobcenter oder an das Jugendamt.",
            "§ 7 Abs. 1 Nr. 1 SGB II",
        ),
        Ausstieg::Altersgrenze => (
            "Sie haben die Altersgrenze erreicht.",
            "Zuständig ist das Sozialamt: Grundsicherung im Alter und bei Erwerbsminderung.",
            "§ 7a SGB II, § 41 SGB XII",
        ),
        Ausstieg::NichtErwerbsfaehig => (
            "Wer auf Dauer weniger als drei Stunden am Tag arbeiten kann und allein lebt, bekommt keine Grundsicherung für Arbeitsuchende.",
            "Zuständig ist das Sozialamt: Hilfe zum Lebensunterhalt oder Grundsicherung bei Erwerbsminderung. Eine Rente wegen Erwerbsminderung beantragen Sie bei der Deutschen Rentenversicherung.",
            "§ 8 SGB II, §§ 19, 41 SGB XII",
        ),
        Ausstieg::KeinWohnsitz => (
            "Die Grundsicherung setzt voraus, dass Sie Ihren gewöhnlichen Aufenthalt in Deutschland haben.",
            "Lassen Sie sich bei einer Sozialberatung beraten, zum Beispiel bei der Caritas, der Diakonie oder der Verbraucherzentrale.",
            "§ 7 Abs. 1 Nr. 4 SGB II",
        ),
        Ausstieg::ErsteDreiMonate => (
            "In den ersten drei Monaten des Aufenthalts gibt es die Grundsicherung nur für Menschen, die hier arbeiten oder selbständig sind.",
            "Lassen Sie sich bei einer Migrationsberatung beraten. Sobald Sie arbeiten oder drei Monate hier leben, können Sie den Antrag stellen.",
            "§ 7 Abs. 1 Satz 2 Nr. 1 SGB II",
        ),
        Ausstieg::NurArbeitsuche => (
            "Wer nur zur Arbeitsuche in Deutschland ist, bekommt in den ersten fünf Jahren keine Grundsicherung.",
            "Lassen Sie sich bei einer Migrationsberatung beraten. Nehmen Sie eine Arbeit auf, auch in Teilzeit, kann sich das ändern.",
            "§ 7 Abs. 1 Satz 2 Nr. 2 SGB II",
        ),
        Ausstieg::Asylbewerber => (
            "Wer Leistungen nach dem Asylbewerberleistungsgesetz bekommen kann, ist von der Grundsicherung ausgeschlossen.",
            "Zuständig ist das Sozialamt oder die Ausländerbehörde Ihres Wohnorts.",
            "§ 7 Abs. 1 Satz 2 Nr. 3 SGB II",
        ),
        Ausstieg::Studium => (
            "Wer in einer Ausbildung ist, die mit BAföG gefördert werden kann, bekommt in der Regel keine Grundsicherung für den Lebensunterhalt.",
            "Beantragen Sie BAföG beim Studierendenwerk oder BAföG-Amt. Für einige Mehrbedarfe, zum Beispiel in der Schwangerschaft, kann das Jobcenter trotzdem zahlen.",
            "§ 7 Abs. 5 und § 27 SGB II",
        ),
        Ausstieg::Stationaer => (
            "Wer länger als sechs Monate in einer stationären Einrichtung lebt, bekommt keine Grundsicherung für Arbeitsuchende.",
            "Zuständig ist das Sozialamt.",
            "§ 7 Abs. 4 SGB II",
        ),
        Ausstieg::Altersrente => (
            "Wer eine Altersrente bezieht, bekommt keine Grundsicherung für Arbeitsuchende.",
            "Reicht die Rente nicht, ist das Sozialamt zuständig: Grundsicherung im Alter. Prüfen Sie auch Wohngeld.",
            "§ 7 Abs. 4 SGB II, § 41 SGB XII",
        ),
    }
}

/// One answered question as the check-answers page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryRow {
    pub label: String,
    pub value: String,
}

/// The answers of one step, with the step to return to for "Ändern".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummarySection {
    pub step: Step,
    pub title: String,
    pub form: Option<String>,
    pub rows: Vec<SummaryRow>,
}

/// An answer in words: option labels instead of keys, "Ja"/"Nein", amounts and dates German style.
pub fn answer_text(q: &Question, a: &Antrag) -> String {
    let raw = a.display(q.field);
    let text = match &q.kind {
        Kind::YesNo => match raw.as_str() {
            "ja" => "Ja".to_string(),
            "nein" => "Nein".to_string(),
            _ => String::new(),
        },
        Kind::Choice(options) => options
            .iter()
            .find(|(key, _)| *key == raw)
            .map(|(_, label)| label.to_string())
            .unwrap_or_default(),
        Kind::Money { .. } => super::money::parse_money(&raw, Cents::euros(i64::MAX / 1000))
            .map(|c| c.to_german())
            .unwrap_or_default(),
        Kind::Iban => super::validate::format_iban(&raw),
        _ => raw,
    };
    if text.is_empty() {
        "Nicht angegeben".into()
    } else {
        text
    }
}

/// A checkbox group becomes one row: its legend and the ticked options.
fn flush_group(rows: &mut Vec<SummaryRow>, group: Option<(String, Vec<String>)>) {
    if let Some((legend, ticked)) = group {
        rows.push(SummaryRow {
            label: legend,
            value: if ticked.is_empty() {
                "Nichts ausgewählt".into()
            } else {
                ticked.join(", ")
            },
        });
    }
}

/// Every answer of the route, grouped by step, as the check-answers page lists it. Branches that
/// no longer apply do not appear, because only the route's questions are read.
pub fn answers_summary(a: &Antrag, today: Date) -> Vec<SummarySection> {
    super::flow::route(a, today)
        .into_iter()
        .filter(|s| !matches!(s, Step::Pruefen | Step::Erklaerungen | Step::Ausstieg(_)))
        .map(|step| {
            let mut rows: Vec<SummaryRow> = Vec::new();
            let mut group: Option<(String, Vec<String>)> = None;
            for q in questions(step, a, today) {
                if let Some(legend) = &q.group {
                    let ticked = a.display(q.field) == "ja";
                    let entry = group.get_or_insert_with(|| (legend.clone(), Vec::new()));
                    if ticked {
                        entry.1.push(q.label.clone());
                    }
                    continue;
                }
                flush_group(&mut rows, group.take());
                rows.push(SummaryRow {
                    label: q.label.clone(),
                    value: answer_text(&q, a),
                });
            }
            flush_group(&mut rows, group.take());
            SummarySection {
                step,
                title: step_title(step, a),
                form: step_form_section(step, a, today),
                rows,
            }
        })
        .collect()
}

/// "Warum wird das gefragt?": why the Jobcenter needs a step's answers, and the rule behind it.
pub fn step_reason(step: Step) -> Option<(&'static str, &'static str)> {
    Some(match step {
        Step::Alter => ("Grundsicherung für Arbeitsuchende gibt es ab 15 Jahren bis zur Regelaltersgrenze. Danach ist das Sozialamt zuständig.", "§ 7 Abs. 1 Nr. 1, § 7a SGB II"),
        Step::Erwerbsfaehigkeit => ("Leistungen bekommt, wer mindestens drei Stunden am Tag arbeiten kann, oder wer mit so einer Person zusammenlebt. Ist das unklar, zahlt das Jobcenter, bis es geklärt ist.", "§§ 7, 8, 44a SGB II"),
        Step::Aufenthalt => ("Wer nicht in Deutschland lebt, nur zur Arbeitsuche hier ist oder Asylbewerberleistungen bekommen kann, ist ausgeschlossen.", "§ 7 Abs. 1 SGB II"),
        Step::Ausbildung => ("Wer eine Ausbildung macht, die mit BAföG oder Berufsausbildungsbeihilfe gefördert werden kann, bekommt in der Regel keine Leistungen für den Lebensunterhalt.", "§ 7 Abs. 5 und 6 SGB II"),
        Step::Unterbringung => ("Wer länger als sechs Monate in einer stationären Einrichtung lebt oder eine Altersrente bezieht, ist ausgeschlossen.", "§ 7 Abs. 4 SGB II"),
        Step::Personalien => ("Das Jobcenter muss wissen, wer den Antrag stellt und wo Sie wohnen; der Wohnort bestimmt das zuständige Jobcenter. Die Krankenkasse braucht es, um Sie dort anzumelden.", "§§ 36, 37 SGB II, § 60 SGB I"),
        Step::Lebenssituation => ("Schwangerschaft, Behinderung, eine besondere Ernährung oder ein laufender besonderer Bedarf können einen Mehrbedarf begründen. Ansprüche gegen andere gehen der Grundsicherung vor.", "§§ 21, 33 SGB II"),
        Step::Haushalt => ("Wer mit Ihnen zusammenlebt, kann zur Bedarfsgemeinschaft gehören. Dann zählen Bedarf und Einkommen aller zusammen.", "§ 7 Abs. 3, § 9 Abs. 2 SGB II"),
        Step::Person(_) => ("Für jede Person der Bedarfsgemeinschaft wird ein eigener Bedarf berechnet; für Kinder unter 15 gibt es die Anlage KI, ab 15 die Anlage WEP.", "§ 7 Abs. 3 SGB II"),
        Step::Wohnung | Step::Wohnkosten => ("Die Kosten für Unterkunft und Heizung werden in tatsächlicher Höhe übernommen, soweit sie angemessen sind. Wird Warmwasser in der Wohnung erzeugt, gibt es einen Mehrbedarf.", "§ 22 Abs. 1, § 21 Abs. 7 SGB II"),
        Step::Einkommen(_) => ("Einkommen mindert die Leistung. Von Erwerbseinkommen bleibt ein Teil frei, damit sich Arbeit lohnt.", "§§ 11, 11b SGB II"),
        Step::Vermoegen(_) => ("Vermögen über dem Freibetrag ist zuerst für den Lebensunterhalt einzusetzen. Bestimmtes Vermögen, etwa ein angemessenes Auto, ist geschützt.", "§ 12 SGB II"),
        Step::Bankverbindung => ("Die Leistung wird auf ein Konto überwiesen. Ohne Konto haben Sie ein Recht auf ein Basiskonto.", "§ 42 SGB II, § 31 ZKG"),
        Step::Erklaerungen => ("Sie müssen alle Tatsachen angeben, die für die Leistung wichtig sind, und Änderungen sofort mitteilen.", "§ 60 SGB I"),
        _ => return None,
    })
}
