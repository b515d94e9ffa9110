//! The pages after the mock submission: the Eingangsbestätigung with what happens next, the
//! Bescheid as a letter, and the checklist of documents. Their answers are fixed; the pages only
//! show what the domain derives from the submitted Antrag.

use crate::domain::antrag::Antrag;
use crate::domain::bescheid::{berechne, Bescheid, Optionen, Zeile};
use crate::domain::checklist::checklist;
use crate::domain::flow::{Event, Step, Submission, AFTER_SUBMISSION};
use crate::domain::questions::step_title;
use crate::domain::rules::rechtsstand::ALL;
use crate::domain::rules::Rechtsstand;
use crate::ui::app::AppState;
use crate::ui::pages::glossary::Terms;
use leptos::prelude::*;

fn submission() -> Option<Submission> {
    expect_context::<AppState>()
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
                Step::Bestaetigung => "Eingangsbestätigung".to_string(),
                other => step_title(*other, &Antrag::default()),
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
        <nav class="after-nav" aria-label="Nach dem Absenden">
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
            .map(|f| view! { <li>{f.label(&s.antrag)}</li> })
            .collect_view();
        view! {
            <div class="panel">
                <p>"Ihre Referenznummer (Simulation)"</p>
                <p class="panel__reference">{s.referenz.clone()}</p>
            </div>
            <p>"Tag der Antragstellung: " <strong>{s.eingang.to_german()}</strong></p>
            <p>
                "Leistungen würden ab dem " <strong>{s.wirkt_ab.to_german()}</strong>
                " berechnet: Der Antrag wirkt auf den Ersten des Monats zurück (§ 37 Abs. 2 SGB II)."
            </p>
            <p>"Es wurde nichts gesendet. Dies war eine Simulation; ein echter Antrag ist damit nicht gestellt."</p>
            <RealJobcenter />
            <h2>"Ihr Antrag bestand aus diesen Formularen"</h2>
            <ul class="list">{forms}</ul>
            <WhatNext />
        }
    })
}

/// What happens after an application, step by step, with the rules behind each step.
#[component]
fn WhatNext() -> impl IntoView {
    let steps = [
        ("Eingang", "Das Jobcenter hält den Tag der Antragstellung fest. Leistungen gibt es ab dem Ersten dieses Monats.", "§ 37 SGB II"),
        ("Unterlagen nachreichen", "Fehlen Nachweise, fordert das Jobcenter sie schriftlich mit einer Frist an. Ohne sie kann es die Leistung versagen, bis sie nachgereicht sind.", "§§ 60, 66 SGB I"),
        ("Bescheid", "Sie bekommen einen Bewilligungs- oder Ablehnungsbescheid mit einem Berechnungsbogen. Bei schwankendem Einkommen entscheidet das Jobcenter zunächst vorläufig.", "§§ 41, 41a SGB II"),
        ("Widerspruch", "Ist der Bescheid aus Ihrer Sicht falsch, können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen. Der Widerspruch hält die Entscheidung nicht auf.", "§ 84 SGG, § 39 SGB II"),
        ("Kooperationsplan", "Mit Ihrer Ansprechperson vereinbaren Sie, wie Sie wieder Arbeit finden. Ab Juli 2026 kann er durch einen Verwaltungsakt ersetzt werden.", "§ 15 SGB II"),
        ("Änderungen melden", "Jede Änderung, etwa eine neue Arbeit, ein Umzug oder eine Geburt, teilen Sie sofort mit (Veränderungsmitteilung).", "§ 60 SGB I"),
        ("Weiterbewilligung", "Vor dem Ende des Bewilligungszeitraums (meist 12 Monate, vorläufig 6 Monate) stellen Sie einen Weiterbewilligungsantrag.", "§ 41 Abs. 3 SGB II"),
    ];
    view! {
        <h2>"Wie geht es weiter?"</h2>
        <ol class="timeline">
            {steps
                .into_iter()
                .map(|(title, text, law)| view! {
                    <li class="timeline__step">
                        <strong>{title}</strong>
                        <p>{text} <span class="law">" (" {law} ")"</span></p>
                    </li>
                })
                .collect_view()}
        </ol>
    }
}

/// "Diese Nachweise brauchen Sie": ticked documents are kept with the answers; printable.
#[component]
pub fn Nachweise() -> impl IntoView {
    let state = expect_context::<AppState>();
    submission().map(|s| {
        let items = checklist(&s.antrag, s.eingang);
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
                let index = u16::try_from(i).unwrap_or(u16::MAX);
                let id = format!("nachweis-{}", i + 1);
                let who = n.fuer.map(|p| format!(" – {}", s.antrag.display_name(p)));
                view! {
                    <li class="checkbox">
                        <input
                            type="checkbox"
                            class="checkbox__input"
                            id=id.clone()
                            prop:checked=move || ticked.with(|t| t.contains(&index))
                            on:change:target=move |ev| state.send(Event::Nachweis {
                                index,
                                vorhanden: ev.target().checked(),
                            })
                        />
                        <label class="checkbox__label" for=id>
                            <strong>{n.titel}</strong>
                            {who}
                            <span class="checklist__reason">{n.grund}</span>
                        </label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>"Haken Sie ab, was Sie schon beisammen haben; die Haken bleiben auf diesem Gerät gespeichert. Das Jobcenter kann weitere Nachweise verlangen (§ 60 SGB I)."</p>
            <p class="checklist__count" aria-live="polite">
                {move || format!("{} von {total} beisammen", ticked.with(|t| t.len()))}
            </p>
            <ul class="checklist">{rows}</ul>
            <PrintButton label="Liste drucken" />
        }
    })
}

/// The mock Bewilligungsbescheid, laid out as the letter it would be, with a switch to compute
/// it under an earlier or later Rechtsstand for comparison.
#[component]
pub fn BescheidPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    submission().map(|s| {
        let configured = state.config.with_untracked(|c| c.rechtsstand);
        let chosen = RwSignal::new(configured.unwrap_or(Rechtsstand::on(s.eingang).id));
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
        view! {
            <div class="field rechtsstand-switch">
                <label class="field__label" for="rechtsstand">"Berechnen nach dem Recht von"</label>
                <p class="field__hint">"Zum Vergleich: Wie sähe der Bescheid nach früherem oder neuem Recht aus?"</p>
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
            </div>
            {move || {
                let r = Rechtsstand::get(chosen.get());
                let persons = s.antrag.bedarfsgemeinschaft(s.eingang).len();
                let optionen = Optionen {
                    kdu_grenze: state.config.with(|c| c.kdu_grenze(persons)),
                    ..Optionen::default()
                };
                let b = berechne(&s.antrag, s.eingang, r, optionen);
                let jobcenter = state.config.with(|c| c.name.clone());
                view! { <Letter s=s.clone() r b jobcenter /> }
            }}
            <PrintButton label="Bescheid drucken" />
        }
    })
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
        .cloned()
        .map(|p| {
            let income = p.einkommen.len();
            let all = p.zeilen();
            let needs_count = all.len() - income;
            let mut lines = all.into_iter();
            let needs = lines.by_ref().take(needs_count).map(|z| line(z, false)).collect_view();
            let counted = lines.map(|z| line(z, true)).collect_view();
            view! {
                <section class="person-result">
                    <h3>{p.name}</h3>
                    {needs}
                    <p class="line line--sum">
                        <span>"Bedarf"</span>
                        <span class="line__amount">{p.bedarf.to_german()}</span>
                    </p>
                    {counted}
                    <p class="person-result__claim">"Monatlicher Anspruch: " <strong>{p.anspruch.to_german()}</strong></p>
                </section>
            }
        })
        .collect_view();
    let shared_income = b.personen.len() > 1 && b.personen.iter().any(|p| !p.einkommen.is_empty());
    let ausserhalb = (!b.ausserhalb.is_empty()).then(|| {
        view! {
            <h3>"Nicht in der Bedarfsgemeinschaft"</h3>
            <ul class="list">
                {b.ausserhalb.iter().map(|(_, why)| view! { <li>{why.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    let unsicher = (!b.unsicher.is_empty()).then(|| {
        view! {
            <div class="notice notice--warning" role="note">
                <p><strong>"Nicht endgültig bestätigte Rechtslage:"</strong></p>
                <ul class="list">{b.unsicher.iter().map(|u| view! { <li>{u.clone()}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let hinweise = (!b.hinweise.is_empty()).then(|| {
        view! {
            <h3>"Hinweise"</h3>
            <ul class="list">{b.hinweise.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}</ul>
        }
    });
    let members = a.bedarfsgemeinschaft(s.eingang).len();
    let addressee = if members > 1 {
        "Ihnen und den weiteren Mitgliedern Ihrer Bedarfsgemeinschaft"
    } else {
        "Ihnen"
    };
    view! {
        <article class="letter" aria-labelledby="bescheid-betreff">
            <div class="letter__head">
                <address class="letter__sender">
                    {jobcenter} " (Simulation)" <br /> "dies ist kein echtes Schreiben"
                </address>
                <address class="letter__recipient">
                    {name.clone()} <br /> {a.anschrift.strasse.clone()} <br />
                    {format!("{} {}", a.anschrift.plz, a.anschrift.wohnort)}
                </address>
                <dl class="letter__meta">
                    <dt>"Datum"</dt> <dd>{s.eingang.to_german()}</dd>
                    <dt>"Zeichen"</dt> <dd>{s.referenz.clone()}</dd>
                </dl>
            </div>
            <h2 id="bescheid-betreff" class="letter__subject">
                {format!("Bescheid über {} nach dem Zweiten Buch Sozialgesetzbuch (SGB II) – Simulation", b.leistung)}
            </h2>
            <p>{format!("Guten Tag {},", name.trim())}</p>
            <p>
                {format!("auf Ihren Antrag vom {} werden {addressee} für die Zeit vom {} bis {} Leistungen zur Sicherung des Lebensunterhalts in folgender Höhe bewilligt", s.eingang.to_german(), von.to_german(), bis.to_german())}
                {b.vorlaeufig.then_some(" – vorläufig, weil das Einkommen noch nicht feststeht (§ 41a SGB II)")}
                ":"
            </p>
            <div class="total">
                <p>"Zusammen im Monat: " <strong class="total__amount">{b.anspruch.to_german()}</strong></p>
                <p>
                    "Bewilligungszeitraum: " {b.bewilligungszeitraum_monate} " Monate (§ 41 Abs. 3 SGB II). "
                    "Berechnet nach dem Recht ab " {r.gilt_ab.to_german()} "."
                </p>
            </div>
            {unsicher}
            <h3 class="letter__section">"Berechnung"</h3>
            <p class="field__hint screen-only">"Jede Zeile lässt sich öffnen: Dort steht, wie der Betrag entsteht und nach welcher Vorschrift."</p>
            {persons}
            {shared_income.then_some(view! {
                <p class="law">
                    "Einkommen, das den eigenen Bedarf übersteigt, wird auf die anderen Mitglieder der Bedarfsgemeinschaft im Verhältnis ihres Bedarfs verteilt (§ 9 Abs. 2 SGB II). Der Anspruch einer Person ist deshalb nicht einfach ihr Bedarf abzüglich ihres eigenen Einkommens."
                </p>
            })}
            {ausserhalb}
            <h3>"Vermögen"</h3>
            <p>
                "Vermögen: " {b.vermoegen.vermoegen.to_german()} ", Freibetrag "
                {b.vermoegen.freibetrag.to_german()} ". " {b.vermoegen.erklaerung.clone()}
                " (" {b.vermoegen.paragraph.clone()} ")"
            </p>
            {hinweise}
            <h3>"Ihre Pflichten"</h3>
            <p>"Teilen Sie jede Änderung Ihrer Verhältnisse sofort mit, zum Beispiel eine Arbeit, einen Umzug oder eine Geburt (§ 60 SGB I)."</p>
            <h3>"Rechtsbehelfsbelehrung"</h3>
            <p>"Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden (§ 84 SGG). In dieser Simulation gibt es keinen Bescheid und keine Stelle, bei der Sie widersprechen könnten."</p>
            <p class="letter__disclaimer">
                <strong>"Simulation, keine Rechtsberatung, kein Anspruch."</strong>
                " Dieses Schreiben hat kein Jobcenter erstellt. Das Jobcenter prüft jeden Fall selbst; der echte Bescheid kann abweichen."
            </p>
        </article>
    }
}

/// One line of the Berechnungsbogen; income counted against the need is marked "abzüglich".
fn line(z: Zeile, deducted: bool) -> impl IntoView {
    let (title, amount) = if deducted {
        (
            format!("abzüglich {}", z.titel),
            format!("− {}", z.betrag.to_german()),
        )
    } else {
        (z.titel, z.betrag.to_german())
    };
    view! {
        <details class="line">
            <summary>
                <span class="line__title">{title}</span>
                <span class="line__amount">{amount}</span>
            </summary>
            <p><Terms text=z.erklaerung /> " (" {z.paragraph} ")"</p>
        </details>
    }
}

/// The experience report: what filing this application took. Printable, to take home.
#[component]
pub fn Report() -> impl IntoView {
    use crate::domain::report::erfahrungsbericht;
    let w = expect_context::<AppState>().walkthrough;
    w.with_untracked(erfahrungsbericht).map(|r| {
        let (paper, unknown) = r.papierseiten();
        let paper_text = if unknown == 0 {
            format!("{paper} Seiten auf Papier")
        } else {
            format!("Hauptantrag {paper} Seiten auf Papier, dazu {unknown} Anlagen (deren Seitenzahl ist hier nicht hinterlegt)")
        };
        let minutes = r.minuten.map_or("nicht gemessen".to_string(), |m| {
            if m == 1 { "etwa 1 Minute".into() } else { format!("etwa {m} Minuten") }
        });
        let list = |items: Vec<(String, u32)>, none: &'static str| {
            if items.is_empty() {
                view! { <p>{none}</p> }.into_any()
            } else {
                view! {
                    <ul class="list">
                        {items.into_iter().map(|(page, n)| view! {
                            <li>{page} {(n > 1).then(|| format!(" ({n}-mal)"))}</li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }
        };
        view! {
            <p class="lead">"So viel gehörte zu diesem Antrag – in der Simulation, ohne Wartezeit und ohne Papier."</p>
            <dl class="report">
                <div class="report__row"><dt>"Beantwortete Fragen"</dt><dd>{r.fragen}</dd></div>
                <div class="report__row"><dt>"Seiten im Simulator"</dt><dd>{r.seiten} " (" {r.seiten_angezeigt} " Seitenaufrufe mit allem Vor und Zurück)"</dd></div>
                <div class="report__row"><dt>"Formulare"</dt><dd>{r.formulare.len()} ": " {paper_text}</dd></div>
                <div class="report__row"><dt>"Nachweise, die beizulegen wären"</dt><dd>{r.nachweise}</dd></div>
                <div class="report__row"><dt>"Dauer bis zum Absenden"</dt><dd>{minutes}</dd></div>
            </dl>
            <h2>"Die Formulare"</h2>
            <ul class="list">
                {r.formulare.iter().map(|(name, pages)| view! {
                    <li>{name.clone()} {pages.map(|p| format!(" ({p} Seiten)"))}</li>
                }).collect_view()}
            </ul>
            <h2>"Hier ging es zurück"</h2>
            {list(r.zurueck.clone(), "Kein Schritt zurück.")}
            <h2>"Hier gab es Fehlermeldungen"</h2>
            {list(r.fehler.clone(), "Keine Fehlermeldung.")}
            <PrintButton label="Bericht drucken" />
        }
    })
}

/// Where the real application would go: the configured Jobcenter, if any.
#[component]
fn RealJobcenter() -> impl IntoView {
    let config = expect_context::<AppState>().config;
    move || {
        config.with(|c| {
            c.anschrift.clone().map(|a| {
                view! {
                    <p class="real-jobcenter">
                        "Den echten Antrag stellen Sie bei: " <strong>{c.name.clone()}</strong> ", " {a}
                        {c.kontakt.clone().map(|k| format!(" ({k})"))} "."
                    </p>
                }
            })
        })
    }
}
