//! The pages after the mock submission: the Eingangsbestätigung with what happens next, the
//! Bescheid as a letter, and the checklist of documents. Their answers are fixed; the pages only
//! show what the domain derives from the submitted Antrag.

use crate::domain::antrag::Antrag;
use crate::domain::bescheid::{berechne, Bescheid, Optionen, Richtung, Zeile};
use crate::domain::flow::{Event, Submission};
use crate::domain::questions::step_title;
use crate::domain::rules::rechtsstand::ALL;
use crate::domain::rules::Rechtsstand;
use crate::domain::step::{Step, AFTER_SUBMISSION};
use crate::domain::verfahren::NACH_DEM_ANTRAG;
use crate::i18n::k;
use crate::i18n::Text;
use crate::ui::i18n::{date, money, show, t, tf, value, with_strong};
use crate::ui::pages::glossary::Terms;
use crate::ui::state::{Jobcenter, Walk};
use leptos::prelude::*;

/// What the Jobcenter's configuration adds to the calculation for this household: its limits
/// for Unterkunft und Heizung and for heating alone.
pub fn optionen(
    c: &crate::config::Config,
    a: &Antrag,
    eingang: crate::domain::date::Date,
) -> Optionen {
    let persons = a.bedarfsgemeinschaft(eingang).len();
    Optionen {
        kdu_grenze: c.kdu_grenze(persons),
        heizkosten_grenze: c.heizkosten_grenze(persons),
    }
}

pub fn submission() -> Option<Submission> {
    expect_context::<Walk>()
        .walkthrough
        .with_untracked(|w| w.submission.clone())
}

/// Links between the pages after sending; the current one is marked for screen readers too.
#[component]
pub fn AfterNav(current: Step) -> impl IntoView {
    let links = AFTER_SUBMISSION
        .iter()
        .map(|step| {
            let label = match step {
                Step::Bestaetigung => t(k::MAP_EINGANGSBESTAETIGUNG).to_string(),
                other => show(&step_title(*other, &Antrag::default())),
            };
            let here = *step == current;
            view! {
                <li>
                    <a
                        href=format!("#/{}", step.slug())
                        class="after-nav__link"
                        aria-current=here.then_some("page")
                    >
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="after-nav" aria-label={t(k::AFTER_NACH_ABSENDEN)}>
            <ul class="after-nav__list">{links}</ul>
        </nav>
    }
}

/// "Drucken" for the page at hand; the print stylesheet leaves out everything but the content.
#[component]
pub fn PrintButton(label: &'static str) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button--secondary print-button"
            on:click=|_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        >
            {label}
        </button>
    }
}

/// The mock Eingangsbestätigung.
#[component]
pub fn Confirmation() -> impl IntoView {
    submission().map(|s| {
        let forms = s
            .forms
            .iter()
            .map(|f| view! { <li>{show(&f.label(&s.antrag))}</li> })
            .collect_view();
        view! {
            <div class="panel">
                <p>{t(k::AFTER_REFERENZNUMMER_SIMULATION)}</p>
                <p class="panel__reference">{value(s.referenz.clone())}</p>
            </div>
            <p>{t(k::AFTER_TAG_ANTRAGSTELLUNG)} <strong>{date(s.eingang)}</strong></p>
            <p>
                {with_strong(k::AFTER_LEISTUNGEN_AB, "datum", date(s.wirkt_ab))}
            </p>
            <p>{t(k::AFTER_WURDE_NICHTS_GESENDET_DIES)}</p>
            <RealRoutes />
            <RealJobcenter />
            <h2>{t(k::AFTER_ANTRAG_BESTAND_DIESEN_FORMULAREN)}</h2>
            <ul class="list">{forms}</ul>
            <WhatNext />
        }
    })
}

/// How the real application is made (§ 37 SGB II: on application, in no set form): in person,
/// by post, by phone or online. The official addresses are plain links a person may follow; the
/// app itself requests nothing from them, and sends no referrer when one is followed.
#[component]
fn RealRoutes() -> impl IntoView {
    view! {
        <h2>{t(k::AFTER_REAL_HEADING)}</h2>
        <p>{t(k::AFTER_REAL_LEAD)}</p>
        <ul class="list real-routes">
            <li>{t(k::AFTER_REAL_PERSON)}</li>
            <li>{t(k::AFTER_REAL_POST)}</li>
            <li>{t(k::AFTER_REAL_PHONE)}</li>
            <li>
                {t(k::AFTER_REAL_ONLINE)} " "
                <a href="https://www.jobcenter.digital/" rel="noreferrer">"jobcenter.digital"</a>
                ". " {t(k::AFTER_REAL_ONLINE_KOMMUNAL)}
            </li>
            <li>
                {t(k::AFTER_REAL_FIND)} " "
                <a href="https://www.arbeitsagentur.de/" rel="noreferrer">"arbeitsagentur.de"</a>
            </li>
        </ul>
    }
}

/// What happens after an application, step by step, with the rules behind each step.
#[component]
fn WhatNext() -> impl IntoView {
    view! {
        <h2>{t(k::AFTER_GEHT_WEITER)}</h2>
        <ol class="timeline">
            {NACH_DEM_ANTRAG
                .into_iter()
                .map(|s| view! {
                    <li class="timeline__step">
                        <strong>{t(s.titel)}</strong>
                        <p>{t(s.erklaerung)} <span class="law">" " {value(format!("({})", s.paragraph))}</span></p>
                    </li>
                })
                .collect_view()}
        </ol>
    }
}

/// "Diese Nachweise brauchen Sie": ticked documents are kept with the answers; printable.
#[component]
pub fn Nachweise() -> impl IntoView {
    let state = expect_context::<Walk>();
    submission().map(|s| {
        let items = s.checklist();
        let total = items.len();
        let ticked = Memo::new(move |_| {
            state.walkthrough.with(|w| {
                w.submission
                    .as_ref()
                    .map(|s| s.nachweise_vorhanden.clone())
                    .unwrap_or_default()
            })
        });
        let rows = items
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let nachweis = n.id.clone();
                let shown_as = nachweis.clone();
                let id = format!("nachweis-{}", i + 1);
                let who = n.fuer.map(|p| format!(" – {}", show(&s.antrag.display_name(p))));
                view! {
                    <li class="checkbox">
                        <input
                            type="checkbox"
                            class="checkbox__input"
                            id=id.clone()
                            prop:checked=move || ticked.with(|t| t.contains(&shown_as))
                            on:change:target=move |ev| state.send(Event::Nachweis {
                                id: nachweis.clone(),
                                vorhanden: ev.target().checked(),
                            })
                        />
                        <label class="checkbox__label" for=id>
                            <strong>{show(&n.titel)}</strong>
                            {who}
                            <span class="checklist__reason">{show(&n.grund)}</span>
                        </label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{t(k::AFTER_HAKEN_AB_SCHON_BEISAMMEN)}</p>
            <p class="checklist__count" aria-live="polite">
                {move || {
                    tf(
                        k::AFTER_BEISAMMEN,
                        &[("n", &ticked.with(|t| t.len()).to_string()), ("total", &total.to_string())],
                    )
                }}
            </p>
            <ul class="checklist">{rows}</ul>
            <PrintButton label={t(k::AFTER_LISTE_DRUCKEN)} />
        }
    })
}

/// The mock Bewilligungsbescheid, laid out as the letter it would be, with a switch to compute
/// it under an earlier or later Rechtsstand for comparison.
#[component]
pub fn BescheidPage() -> impl IntoView {
    let config = expect_context::<Jobcenter>().0;
    submission().map(|s| {
        let configured = config.with_untracked(|c| c.rechtsstand);
        let start = Rechtsstand::fuer_antrag(configured, s.eingang);
        let chosen = RwSignal::new(start.map_or(Rechtsstand::neuester().id, |r| r.id));
        let refusal = start.err().map(|e| {
            view! { <p class="notice notice--warning" role="note">{show(&e.text())}</p> }
        });
        let options = ALL
            .iter()
            .map(|r| {
                let id = r.id;
                view! {
                    <option value=r.kurz selected=move || chosen.get() == id>
                        {format!("{} ({})", r.kurz, r.leistung)}
                    </option>
                }
            })
            .collect_view();
        let antrag = s.antrag.clone();
        let eingang = s.eingang;
        // One calculation per Rechtsstand chosen, read by the summary and the letter.
        let bescheid = Memo::new(move |_| {
            let r = Rechtsstand::get(chosen.get());
            let optionen = config.with(|c| optionen(c, &antrag, eingang));
            (r.id, berechne(&antrag, eingang, r, optionen))
        });
        view! {
            {refusal}
            // The amount first (on a phone it is all that fits above the fold), then the switch.
            <p class="bescheid-summary" aria-live="polite">
                {move || {
                    with_strong(
                        k::AFTER_IHR_ANSPRUCH,
                        "betrag",
                        money(bescheid.with(|(_, b)| b.anspruch)),
                    )
                }}
            </p>
            <div class="field rechtsstand-switch">
                <label class="field__label" for="rechtsstand">{t(k::AFTER_BERECHNEN_NACH_RECHT)}</label>
                <p class="field__hint">{t(k::AFTER_VERGLEICH_SAEHE_BESCHEID_NACH)}</p>
                <select
                    id="rechtsstand"
                    class="input"
                    on:change:target=move |ev| {
                        let kurz = ev.target().value();
                        if let Some(r) = ALL.iter().find(|r| r.kurz == kurz) {
                            chosen.set(r.id);
                        }
                    }
                >
                    {options}
                </select>
                <p class="rechtsstand-status">
                    {move || show(&Rechtsstand::get(chosen.get()).status_text())}
                </p>
            </div>
            {move || {
                let (id, b) = bescheid.get();
                let r = Rechtsstand::get(id);
                let jobcenter = config.with(|c| value(c.jobcenter()));
                view! { <Letter s=s.clone() r b jobcenter /> }
            }}
            <PrintButton label={t(k::AFTER_BESCHEID_DRUCKEN)} />
            <SystemLinks />
        }
    })
}

/// The pages that look behind this one Bescheid: every Rechtsstand side by side, and what stays
/// of a wage.
#[component]
fn SystemLinks() -> impl IntoView {
    view! {
        <h2>{t(k::AFTER_HINTER_DEM_BESCHEID)}</h2>
        <ul class="list system-links">
            <li><a href="#/vergleich">{t(k::VERGLEICH_TITLE)}</a> " – " {t(k::AFTER_VERGLEICH_LINK_HINT)}</li>
            <li><a href="#/lohn">{t(k::LOHN_TITLE)}</a> " – " {t(k::AFTER_LOHN_LINK_HINT)}</li>
        </ul>
    }
}

#[component]
fn Letter(s: Submission, r: &'static Rechtsstand, b: Bescheid, jobcenter: String) -> impl IntoView {
    let a = &s.antrag;
    let me = &a.antragsteller;
    let name = format!("{} {}", me.vorname.trim(), me.nachname.trim());
    let (von, bis) = b.zeitraum(s.wirkt_ab);
    let persons = b
        .personen
        .iter()
        .map(|p| {
            let needs = p.bedarfszeilen().into_iter().map(|z| line(z, None)).collect_view();
            let against = p
                .gegen_bedarf()
                .into_iter()
                .map(|(z, richtung)| line(z, Some(richtung)))
                .collect_view();
            view! {
                <section class="person-result">
                    <h3>{show(&p.name)}</h3>
                    {needs}
                    <p class="line line--sum">
                        <span>{t(k::AFTER_BEDARF)}</span>
                        <span class="line__amount">{money(p.bedarf)}</span>
                    </p>
                    {against}
                    <p class="person-result__claim">{t(k::AFTER_MONATLICHER_ANSPRUCH)} <strong>{money(p.anspruch)}</strong></p>
                </section>
            }
        })
        .collect_view();
    let shared_income = b.personen.len() > 1 && b.personen.iter().any(|p| !p.einkommen.is_empty());
    let ausserhalb = (!b.ausserhalb.is_empty()).then(|| {
        view! {
            <h3>{t(k::AFTER_NICHT_BEDARFSGEMEINSCHAFT)}</h3>
            <ul class="list">
                {b.ausserhalb.iter().map(|(_, why)| view! { <li>{show(why)}</li> }).collect_view()}
            </ul>
        }
    });
    let unsicher = (!b.unsicher.is_empty()).then(|| {
        view! {
            <div class="notice notice--warning" role="note">
                <p><strong>{t(k::AFTER_NICHT_ENDGUELTIG_BESTAETIGTE_RECHTSLAGE)}</strong></p>
                <ul class="list">{b.unsicher.iter().map(|u| view! { <li>{show(u)}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let hinweise = (!b.hinweise.is_empty()).then(|| {
        view! {
            <h3>{t(k::AFTER_HINWEISE)}</h3>
            <ul class="list">{b.hinweise.iter().map(|h| view! { <li>{show(h)}</li> }).collect_view()}</ul>
        }
    });
    let members = a.bedarfsgemeinschaft(s.eingang).len();
    let addressee = if members > 1 {
        t(k::AFTER_IHNEN_WEITEREN_MITGLIEDERN_IHRER)
    } else {
        t(k::AFTER_IHNEN)
    };
    view! {
        <article class="letter" aria-labelledby="bescheid-betreff">
            <div class="letter__head">
                <address class="letter__sender">
                    {jobcenter} {t(k::AFTER_SIMULATION)} <br /> {t(k::AFTER_DIES_KEIN_ECHTES_SCHREIBEN)}
                </address>
                <address class="letter__recipient">
                    {value(name.clone())} <br /> {value(a.anschrift.strasse.clone())} <br />
                    {value(format!("{} {}", a.anschrift.plz, a.anschrift.wohnort))}
                </address>
                <dl class="letter__meta">
                    <dt>{t(k::AFTER_DATUM)}</dt> <dd>{date(s.eingang)}</dd>
                    <dt>{t(k::AFTER_ZEICHEN)}</dt> <dd>{value(s.referenz.clone())}</dd>
                </dl>
            </div>
            <h2 id="bescheid-betreff" class="letter__subject">
                {tf(k::AFTER_BESCHEID_BETREFF, &[("leistung", &b.leistung)])}
            </h2>
            <p>{tf(k::AFTER_ANREDE, &[("name", name.trim())])}</p>
            <p>
                {tf(
                    k::AFTER_BEWILLIGT,
                    &[
                        ("antrag", &date(s.eingang)),
                        ("an", addressee),
                        ("von", &date(von)),
                        ("bis", &date(bis)),
                    ],
                )}
                {b.vorlaeufig.then_some(t(k::AFTER_VORLAEUFIG_WEIL_EINKOMMEN_NOCH))}
                ":"
            </p>
            <div class="total">
                <p>{t(k::AFTER_ZUSAMMEN_MONAT)} <strong class="total__amount">{money(b.anspruch)}</strong></p>
                <p>
                    {tf(
                        k::AFTER_ZEITRAUM_UND_RECHT,
                        &[
                            ("monate", &b.bewilligungszeitraum_monate.to_string()),
                            ("datum", &date(r.gilt_ab)),
                        ],
                    )}
                </p>
            </div>
            {b.kostensenkung.map(|k| view! {
                <p class="notice" role="note">
                    {tf(
                        k::AFTER_KOSTENSENKUNG,
                        &[
                            ("monat", &k.ab_monat.to_string()),
                            ("anspruch", &money(k.anspruch)),
                            ("kdu", &money(k.kdu_gesamt)),
                        ],
                    )}
                </p>
            })}
            {unsicher}
            <h3 class="letter__section">{t(k::AFTER_BERECHNUNG)}</h3>
            <p class="field__hint screen-only">{t(k::AFTER_JEDE_ZEILE_LAESST_SICH)}</p>
            {persons}
            {shared_income.then_some(view! {
                <p class="law">
                    {t(k::AFTER_EINKOMMEN_EIGENEN_BEDARF_UEBERSTEIGT)}
                </p>
            })}
            {ausserhalb}
            <h3>{t(k::AFTER_VERMOEGEN_HEADING)}</h3>
            <p>
                {tf(
                    k::AFTER_VERMOEGEN_FREIBETRAG,
                    &[
                        ("vermoegen", &money(b.vermoegen.vermoegen)),
                        ("freibetrag", &money(b.vermoegen.freibetrag)),
                    ],
                )}
                " " {show(&b.vermoegen.erklaerung)}
                " " {value(format!("({})", b.vermoegen.paragraph))}
            </p>
            {hinweise}
            <h3>{t(k::AFTER_PFLICHTEN)}</h3>
            <p>{t(k::AFTER_TEILEN_JEDE_AENDERUNG_IHRER)}</p>
            <h3>{t(k::AFTER_RECHTSBEHELFSBELEHRUNG)}</h3>
            <p>{t(k::AFTER_GEGEN_DIESEN_BESCHEID_KANN)}</p>
            <p class="letter__disclaimer">
                <strong>{t(k::AFTER_SIMULATION_KEINE_RECHTSBERATUNG_KEIN)}</strong>
                {t(k::AFTER_DIESES_SCHREIBEN_HAT_KEIN)}
            </p>
        </article>
    }
}

/// An amount with its sign, kept together as one left-to-right run in a right-to-left page.
fn signed(sign: char, amount: crate::domain::money::Cents) -> String {
    let lang = crate::ui::i18n::lang();
    value(format!(
        "{sign} {}",
        crate::i18n::format::money(amount, lang)
    ))
}

/// One line of the Berechnungsbogen: a Bedarf line as it stands (`None`), or a line deducted
/// from or added to it.
fn line(z: Zeile, richtung: Option<Richtung>) -> impl IntoView {
    let (title, amount) = match richtung {
        Some(Richtung::Abzug) => (
            tf(k::AFTER_ABZUEGLICH, &[("titel", &show(&z.titel))]),
            signed('−', z.betrag),
        ),
        Some(Richtung::Zuschlag) => (
            tf(k::AFTER_ZUZUEGLICH, &[("titel", &show(&z.titel))]),
            signed('+', z.betrag),
        ),
        None => (show(&z.titel), money(z.betrag)),
    };
    view! {
        <details class="line">
            <summary>
                // Shows that the line opens (turned while open); the state is announced by the
                // summary itself.
                <span class="line__marker" aria-hidden="true"></span>
                <span class="line__title">{title}</span>
                <span class="line__amount">{amount}</span>
            </summary>
            <p><Terms text=show(&z.erklaerung) /> " " {value(format!("({})", z.paragraph))}</p>
        </details>
    }
}

/// The experience report: what filing this application took. Printable, to take home.
#[component]
pub fn Report() -> impl IntoView {
    use crate::domain::report::erfahrungsbericht;
    let w = expect_context::<Walk>().walkthrough;
    w.with_untracked(erfahrungsbericht).map(|r| {
        let (paper, unknown) = r.papierseiten();
        let paper_text = if unknown == 0 {
            tf(k::AFTER_SEITEN_PAPIER, &[("paper", &paper.to_string())])
        } else {
            tf(k::AFTER_HAUPTANTRAG_SEITEN_PAPIER_DAZU, &[("paper", &paper.to_string()), ("unknown", &unknown.to_string())])
        };
        let minutes = r.minuten.map_or(t(k::AFTER_NICHT_GEMESSEN).to_string(), |m| {
            if m == 1 { t(k::AFTER_ETWA_1_MINUTE).into() } else { tf(k::AFTER_ETWA_MINUTEN, &[("m", &m.to_string())]) }
        });
        let stellen = r.stellen.iter().map(|s| t(s.label())).collect::<Vec<_>>().join(", ");
        let list = |items: Vec<(Text, u32)>, none: &'static str| {
            if items.is_empty() {
                view! { <p>{none}</p> }.into_any()
            } else {
                view! {
                    <ul class="list">
                        {items.into_iter().map(|(page, n)| view! {
                            <li>{show(&page)} {(n > 1).then(|| tf(k::AFTER_MAL, &[("n", &n.to_string())]))}</li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        };
        view! {
            <p class="lead">{t(k::AFTER_SO_VIEL_GEHOERTE_DIESEM)}</p>
            <dl class="report">
                <div class="report__row"><dt>{t(k::AFTER_BEANTWORTETE_FRAGEN)}</dt><dd>{r.fragen}</dd></div>
                <div class="report__row"><dt>{t(k::AFTER_SEITEN_SIMULATOR)}</dt><dd>{tf(k::AFTER_SEITEN_AUFRUFE, &[("seiten", &r.seiten.to_string()), ("aufrufe", &r.seiten_angezeigt.to_string())])}</dd></div>
                <div class="report__row"><dt>{t(k::AFTER_FORMULARE)}</dt><dd>{r.formulare.len()} ": " {paper_text}</dd></div>
                <div class="report__row"><dt>{t(k::AFTER_NACHWEISE_BEIZULEGEN_WAEREN)}</dt><dd>{r.nachweise}</dd></div>
                <div class="report__row"><dt>{t(k::AFTER_DAUER_BIS_ABSENDEN)}</dt><dd>{minutes}</dd></div>
            </dl>
            <h2>{t(k::AFTER_FORMULARE_2)}</h2>
            <ul class="list">
                {r.formulare.iter().map(|(name, pages)| view! {
                    <li>{show(name)} {pages.map(|p| tf(k::AFTER_SEITEN, &[("p", &p.to_string())]))}</li>
                }).collect_view()}
            </ul>
            <h2>{t(k::AFTER_HIER_GING_ZURUECK)}</h2>
            {list(r.zurueck.clone(), t(k::AFTER_KEIN_SCHRITT_ZURUECK))}
            <h2>{t(k::AFTER_HIER_GAB_FEHLERMELDUNGEN)}</h2>
            {list(r.fehler.clone(), t(k::AFTER_KEINE_FEHLERMELDUNG))}
            <h2>{t(k::REPORT_STOLPERSTEINE)}</h2>
            <ul class="list stolpersteine">
                <li>{t(k::REPORT_PAPIER_QUELLE)}</li>
                <li>{tf(k::REPORT_UNTERLAGEN_STELLEN, &[("n", &r.stellen.len().to_string()), ("liste", &stellen)])}</li>
                <li>{t(k::REPORT_ONLINE)}</li>
                <li><Terms text=t(k::REPORT_WARTEN) /></li>
            </ul>
            <h2>{t(k::REPORT_HILFE_TITEL)}</h2>
            <ul class="list hilfen">{r.hilfen.iter().map(|h| view! { <li>{t(*h)}</li> }).collect_view()}</ul>
            <h2>{t(k::REPORT_ZEIGT_TITEL)}</h2>
            <p class="report__statement">
                {tf(
                    k::REPORT_ZEIGT,
                    &[
                        ("fragen", &r.fragen.to_string()),
                        ("formulare", &r.formulare.len().to_string()),
                        ("stellen", &r.stellen.len().to_string()),
                    ],
                )}
            </p>
            <PrintButton label={t(k::AFTER_BERICHT_DRUCKEN)} />
        }
    })
}

/// Where the real application would go: the configured Jobcenter, if any.
#[component]
fn RealJobcenter() -> impl IntoView {
    let config = expect_context::<Jobcenter>().0;
    move || {
        config.with(|c| {
            c.anschrift.clone().map(|a| {
                view! {
                    <p class="real-jobcenter">
                        {t(k::AFTER_ECHTEN_ANTRAG_STELLEN)} <strong>{value(c.jobcenter())}</strong> ", " {value(a)}
                        {c.kontakt.clone().map(|k| format!(" ({})", value(k)))} "."
                    </p>
                }
            })
        })
    }
}
