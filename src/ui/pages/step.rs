use super::after::{AfterNav, BescheidPage, Confirmation, Nachweise, PrintButton, Report};
use crate::domain::antrag::{FieldId, JA, NEIN};
use crate::domain::date::DatePart;
use crate::domain::flow::Event;
use crate::domain::form_progress::Umfang;
use crate::domain::questions::{
    exit_explanation, exit_office, leistungen_trotz_ausbildung, questions, step_form_section,
    step_reason, step_title, step_title_by_role, Question,
};
use crate::domain::questions::{Kind, Verweis};
use crate::domain::rules::Rechtsstand;
use crate::domain::step::{Ausstieg, Step};
use crate::i18n::k;
use crate::i18n::Text;
use crate::ui::i18n::{show, t, tf};
use crate::ui::kiosk::FinishButton;
use crate::ui::pages::glossary::Terms;
use crate::ui::state::{Jobcenter, Walk};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Questions shown together: a single question, or checkboxes under one legend.
#[derive(Clone, PartialEq)]
enum Block {
    Single(Question),
    Group(Text, Vec<Question>),
}

impl Block {
    fn key(&self) -> String {
        match self {
            Block::Single(q) => q.field.to_string(),
            Block::Group(_, qs) => qs.first().map(|q| q.field.to_string()).unwrap_or_default(),
        }
    }
}

fn blocks(qs: Vec<Question>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for q in qs {
        match (&q.group, out.last_mut()) {
            (Some(legend), Some(Block::Group(l, members))) if l == legend => members.push(q),
            (Some(legend), _) => out.push(Block::Group(legend.clone(), vec![q])),
            (None, _) => out.push(Block::Single(q)),
        }
    }
    out
}

/// One step of the walkthrough, rendered from the questions the domain says it has.
#[component]
pub fn StepPage(step: Step) -> impl IntoView {
    let state = expect_context::<Walk>();
    let w = state.walkthrough;
    let title = w.with_untracked(|w| show(&step_title(step, &w.antrag)));
    let section =
        w.with_untracked(|w| step_form_section(step, &w.antrag, w.today).map(|s| show(&s)));
    let progress = move || {
        w.with(|w| w.progress()).map(|(at, of)| {
            tf(
                k::STEP_PROGRESS,
                &[("k", &at.to_string()), ("n", &of.to_string())],
            )
        })
    };
    // What the answers on the page before added to the application, said on arrival: a note
    // that appears while a person answers would move the fields (and the button) under the
    // pointer. The count itself follows the answers at once ("etwa").
    let seen = use_context::<crate::ui::state::SeenUmfang>().map(|s| s.0);
    let growth = w.with_untracked(|w| {
        let now = Umfang::of(w);
        let before = seen.and_then(|s| s.get_untracked());
        let note = before
            .and_then(|before| now.zuwachs(&before, w))
            .map(|t| show(&t));
        if let Some(seen) = seen {
            seen.set(Some(now));
        }
        note
    });
    let question_blocks =
        Memo::new(move |_| w.with(|w| blocks(questions(step, &w.antrag, w.today))));
    let errors = Memo::new(move |_| {
        w.with(|w| {
            w.error_summary()
                .iter()
                .map(|(field, line)| (*field, show(line)))
                .collect::<Vec<_>>()
        })
    });

    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            // In the frame callback, once every effect of the step change has touched the
            // page: focusing needs the page laid out, and then it is laid out once, not twice.
            // A page reached with errors (Submit going back to an incomplete step) gives the
            // focus to its error summary instead (see `on_submit`).
            request_animation_frame(move || {
                if w.with_untracked(|w| w.errors.is_empty()) {
                    let _ = h.focus();
                }
            });
        }
    });
    let page_title = show(&step_title_by_role(step));
    Effect::new(move |_| {
        crate::ui::browser::set_title(crate::ui::i18n::page_title(
            &page_title,
            errors.with(|e| !e.is_empty()),
        ));
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.send(if step == Step::Erklaerungen {
            Event::Submit
        } else {
            Event::Next
        });
        if !w.with_untracked(|w| w.errors.is_empty()) {
            // Submit may have moved to another page with the errors, so look the summary up in
            // the document once it is drawn rather than holding this page's node.
            request_animation_frame(|| {
                let summary = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector(".error-summary").ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(summary) = summary {
                    let _ = summary.focus();
                }
            });
        }
    };

    let body = match step {
        Step::Ausstieg(exit) => {
            let (what, where_to, law) = exit_explanation(exit);
            // Excluded by training, some needs are still paid (§ 27): say which, with amounts.
            let trotzdem = (exit == Ausstieg::Studium).then(|| {
                let today = state.walkthrough.with_untracked(|w| w.today);
                let r = expect_context::<Jobcenter>()
                    .0
                    .with_untracked(|c| Rechtsstand::fuer_antrag(c.rechtsstand, today))
                    .unwrap_or_else(|_| Rechtsstand::neuester());
                view! {
                    <h2>{t(k::Q_27_TROTZDEM)}</h2>
                    <ul class="list leistungen-27">
                        {leistungen_trotz_ausbildung(r)
                            .iter()
                            .map(|l| view! { <li><Terms text=show(l) /></li> })
                            .collect_view()}
                    </ul>
                }
            });
            view! {
                <p class="lead"><Terms text=t(what) /></p>
                <p><Terms text=t(where_to) /></p>
                {trotzdem}
                <p class="law">{t(k::STEP_LAW)} " " {crate::ui::i18n::value(law)}</p>
                <h2>{t(k::EXIT_STELLE_TITEL)}</h2>
                <p class="exit-office"><Terms text=t(exit_office(exit)) /></p>
            }
            .into_any()
        }
        Step::Pruefen => view! {
            <CheckAnswers />
            <FormsList />
            <div class="print-only signature" aria-hidden="true">
                <p>{t(k::STEP_SIGN_PLACE)}</p>
                <p>{t(k::STEP_SIGN)}</p>
            </div>
        }
        .into_any(),
        Step::Bestaetigung => view! { <Confirmation /> }.into_any(),
        Step::Bescheid => view! { <BescheidPage /> }.into_any(),
        Step::Nachweise => view! { <Nachweise /> }.into_any(),
        Step::Bericht => view! { <Report /> }.into_any(),
        Step::Wohnkosten => view! { <KduLimit /> }.into_any(),
        _ => ().into_any(),
    };
    let button = match step {
        Step::Ausstieg(_) | Step::Bericht => None,
        Step::Erklaerungen => Some(t(k::STEP_SUBMIT)),
        Step::Bestaetigung => Some(t(k::STEP_TO_BESCHEID)),
        Step::Bescheid => Some(t(k::STEP_TO_NACHWEISE)),
        Step::Nachweise => Some(t(k::STEP_TO_BERICHT)),
        _ => Some(t(k::STEP_NEXT)),
    };
    let finish = (step.is_after_submission() || step.is_exit()).then(|| view! { <FinishButton /> });
    // The ends of a walk offer a new one: the report, and every exit of the Vorprüfung.
    let restart = (step == Step::Bericht || step.is_exit())
        .then(|| view! { <crate::ui::restart::Restart /> });
    view! {
        <div class="step-layout">
        <div class="step-layout__form">
        {(step != Step::Bestaetigung).then(|| view! {
            <button type="button" class="back-link" on:click=move |_| state.send(Event::Back)>
                {t(k::STEP_BACK)}
            </button>
        })}
        {step.is_after_submission().then(|| view! { <AfterNav current=step /> })}
        <form novalidate on:submit=on_submit>
            <Show when=move || errors.with(|e| !e.is_empty())>
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2 class="error-summary__title">{t(k::STEP_ERROR_SUMMARY)}</h2>
                    <ul class="error-summary__list">
                        <For each=move || errors.get() key=|(f, m)| (*f, m.clone()) let:item>
                            <li><a href=format!("#{}", item.0)>{item.1}</a></li>
                        </For>
                    </ul>
                </div>
            </Show>
            <p class="caption">
                {progress}
                {section.map(|s| view! { <span class="caption__form">{s}</span> })}
            </p>
            {(!step.is_after_submission() && !step.is_exit()).then(|| view! { <FormsProgress /> })}
            <h1 tabindex="-1" node_ref=heading>{title}</h1>
            {growth.map(|g| view! { <p class="growth" role="note">{g}</p> })}
            {body}
            <For each=move || question_blocks.get() key=Block::key let:block>
                <BlockView block />
            </For>
            {w.with_untracked(|w| step_reason(step, &w.antrag, w.today)).map(|(why, law)| view! {
                <details class="why">
                    <summary>{t(k::STEP_WHY)}</summary>
                    <p><Terms text=t(why) /></p>
                    <p class="law">{t(k::STEP_LAW)} " " {crate::ui::i18n::value(law)}</p>
                </details>
            })}
            {button.map(|label| view! { <button type="submit" class="button">{label}</button> })}
        </form>
        {restart}
        {finish}
        </div>
        {(!step.is_after_submission()).then(|| view! { <RolePanel step /> })}
        </div>
    }
}

/// The role being played, beside the form: its story, its papers, and what fits it on this page.
#[component]
fn RolePanel(step: Step) -> impl IntoView {
    use crate::domain::personas::of;
    let w = expect_context::<Walk>().walkthrough;
    let persona = w.with_untracked(|w| w.rolle.map(of));
    persona.map(|p| {
        let hints = Memo::new(move |_| w.with(|w| p.hints(step, &w.antrag, w.today)));
        view! {
            <aside class="role" aria-labelledby="rolle-titel">
                <h2 id="rolle-titel" class="role__title">{tf(k::ROLE_TITLE, &[("name", t(p.title()))])}</h2>
                <p class="role__story">{t(p.story())}</p>
                <h3 class="role__subtitle">{t(k::ROLE_PAPERS)}</h3>
                <ul class="list role__papers">
                    {p.unterlagen().map(|u| view! { <li>{t(u)}</li> }).collect_view()}
                </ul>
                <Show when=move || hints.with(|h| !h.is_empty())>
                    <details class="role__hints">
                        <summary>{t(k::ROLE_HINTS)}</summary>
                        <dl class="role__answers">
                            {move || hints.get().into_iter().map(|(label, value)| view! {
                                <div class="role__answer"><dt>{show(&label)}</dt><dd>{show(&value)}</dd></div>
                            }).collect_view()}
                        </dl>
                    </details>
                </Show>
                <crate::ui::qr::HandOver rolle=Some(p.id) />
            </aside>
        }
    })
}

/// On the housing costs page: the local limit for this household, if the Jobcenter has set one.
#[component]
fn KduLimit() -> impl IntoView {
    use crate::domain::rules::Rechtsstand;
    let state = expect_context::<Walk>();
    let config = expect_context::<Jobcenter>().0;
    move || {
        let (persons, today) = state
            .walkthrough
            .with(|w| (w.antrag.bedarfsgemeinschaft(w.today).len(), w.today));
        config.with(|c| {
            c.kdu_grenze(persons).map(|limit| {
                let rule = Rechtsstand::fuer_antrag(c.rechtsstand, today)
                    .unwrap_or_else(|_| Rechtsstand::neuester())
                    .kdu_karenzzeit;
                let who = if persons == 1 {
                    t(k::STEP_KDU_ONE).to_string()
                } else {
                    tf(k::STEP_KDU_MANY, &[("n", &persons.to_string())])
                };
                let limit = crate::ui::i18n::money(limit);
                let text = tf(
                    k::STEP_KDU_LIMIT,
                    &[
                        ("jobcenter", c.jobcenter()),
                        ("who", &who),
                        ("limit", &limit),
                    ],
                );
                let heizung = c
                    .heizkosten_grenze(persons)
                    .map(|h| {
                        format!(
                            " {}",
                            tf(k::STEP_HEIZ_LIMIT, &[("limit", &crate::ui::i18n::money(h))])
                        )
                    })
                    .unwrap_or_default();
                view! {
                    <p class="notice kdu-limit">
                        {format!("{text}{heizung} {}", show(&rule.erklaerung()))}
                    </p>
                }
            })
        })
    }
}

#[component]
fn BlockView(block: Block) -> impl IntoView {
    match block {
        Block::Single(q) => view! { <QuestionView q /> }.into_any(),
        Block::Group(legend, qs) => {
            let first = qs.first().map(|q| q.field);
            view! {
                <fieldset class="field">
                    <legend class="field__legend">{show(&legend)}</legend>
                    {first.map(|f| view! { <ErrorMessage field=f /> })}
                    <div class="checkboxes">
                        {qs
                            .into_iter()
                            .enumerate()
                            .map(|(i, q)| view! { <CheckboxView q own_error={i > 0} /> })
                            .collect_view()}
                    </div>
                </fieldset>
            }
            .into_any()
        }
    }
}

#[component]
fn ErrorMessage(field: FieldId) -> impl IntoView {
    let w = expect_context::<Walk>().walkthrough;
    let message = move || w.with(|w| w.errors_for(field).first().map(|e| show(&e.text())));
    move || {
        message().map(|m| {
            view! {
                <p class="field__error" id=format!("{field}-fehler")>
                    <span class="visually-hidden">{t(k::STEP_ERROR_PREFIX)} " "</span>
                    {m}
                </p>
            }
        })
    }
}

fn has_error(w: RwSignal<crate::domain::flow::Walkthrough>, field: FieldId) -> bool {
    w.with(|w| !w.errors_for(field).is_empty())
}

/// `aria-invalid` of a field with an error (absent otherwise).
fn invalid(w: RwSignal<crate::domain::flow::Walkthrough>, field: FieldId) -> Option<&'static str> {
    has_error(w, field).then_some("true")
}

/// `aria-describedby`: the hint, if the question has one, and the error message while shown.
fn described_by(
    w: RwSignal<crate::domain::flow::Walkthrough>,
    field: FieldId,
    hint: bool,
) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{field}-hinweis"));
    }
    if has_error(w, field) {
        ids.push(format!("{field}-fehler"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn QuestionView(q: Question) -> impl IntoView {
    let state = expect_context::<Walk>();
    let w = state.walkthrough;
    let field = q.field;
    let id = field.to_string();
    let initial = w.with_untracked(|w| w.display(field));
    let optional = q.optional.then(|| format!(" {}", t(k::STEP_OPTIONAL)));
    let hint_id = format!("{id}-hinweis");
    let has_hint = q.hint.is_some();
    let hint = q
        .hint
        .clone()
        .map(|h| view! { <p class="field__hint" id=hint_id.clone()>{show(&h)}</p> });
    let send = move |value: String| state.send(Event::Answer { field, value });

    match q.kind {
        Kind::YesNo | Kind::Choice(_) => {
            let options: Vec<(&'static str, &'static str)> = match q.kind {
                Kind::Choice(options) => options.into_iter().map(|(v, l)| (v, t(l))).collect(),
                _ => vec![(JA, t(k::STEP_YES)), (NEIN, t(k::STEP_NO))],
            };
            let inline = options.len() == 2;
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(i, (key, label))| {
                    // The first radio carries the field's id, so the error summary can link to it.
                    let radio_id = if i == 0 {
                        id.clone()
                    } else {
                        format!("{id}-{key}")
                    };
                    let checked = initial == key;
                    view! {
                        <div class="radio">
                            <input
                                type="radio"
                                class="radio__input"
                                id=radio_id.clone()
                                name=id.clone()
                                value=key
                                checked=checked
                                aria-invalid=move || invalid(w, field)
                                on:change=move |_| send(key.to_string())
                            />
                            <label class="radio__label" for=radio_id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset
                    class="field"
                    class:field--error=move || has_error(w, field)
                    aria-describedby=move || described_by(w, field, has_hint)
                >
                    <legend class="field__legend">{show(&q.label)}{optional}</legend>
                    {hint}
                    <ErrorMessage field />
                    <div class="radios" class:radios--inline=inline>{radios}</div>
                </fieldset>
            }
            .into_any()
        }
        Kind::Check => view! { <CheckboxView q own_error=true /> }.into_any(),
        Kind::Date { .. } => view! { <DateView q /> }.into_any(),
        kind => {
            let (inputmode, autocomplete, width) = match kind {
                Kind::Money { .. } => ("decimal", "off", "input--10"),
                Kind::Count { .. } => ("numeric", "off", "input--4"),
                Kind::Area { .. } => ("decimal", "off", "input--5"),
                Kind::Postcode => ("numeric", "postal-code", "input--5"),
                Kind::Phone => ("tel", "tel", "input--20"),
                Kind::Iban => ("text", "off", "input--30"),
                Kind::Text { autocomplete, .. } => ("text", autocomplete, "input--30"),
                _ => ("text", "off", "input--30"),
            };
            let suffix = match kind {
                Kind::Money { .. } => Some(" €"),
                Kind::Area { .. } => Some(" m²"),
                _ => None,
            };
            view! {
                <div class="field" class:field--error=move || has_error(w, field)>
                    <label class="field__label" for=id.clone()>{show(&q.label)}{optional}</label>
                    {hint}
                    <ErrorMessage field />
                    <input
                        type="text"
                        class=format!("input {width}")
                        id=id.clone()
                        name=id
                        inputmode=inputmode
                        autocomplete=autocomplete
                        spellcheck="false"
                        aria-invalid=move || invalid(w, field)
                        aria-describedby=move || described_by(w, field, has_hint)
                        prop:value=initial
                        on:change:target=move |ev| send(ev.target().value())
                    />
                    {suffix}
                    {is_net_wage(field).then(|| view! { <NettoOffer field /> })}
                </div>
            }
            .into_any()
        }
    }
}

/// A date as three fields, day, month and year (GOV.UK and KERN date input). The walkthrough gets
/// them joined as "TT.MM.JJJJ"; what it could not read comes back split the same way.
#[component]
fn DateView(q: Question) -> impl IntoView {
    let state = expect_context::<Walk>();
    let w = state.walkthrough;
    let field = q.field;
    let id = field.to_string();
    let initial = w.with_untracked(|w| w.display(field));
    let mut parts = initial.splitn(3, '.').map(str::to_string);
    let (d0, m0, y0) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let (day, month, year) = (
        NodeRef::<html::Input>::new(),
        NodeRef::<html::Input>::new(),
        NodeRef::<html::Input>::new(),
    );
    let send = move |_| {
        // `try_`: a page being taken down has let go of its fields; nothing to send then.
        let value = |r: NodeRef<html::Input>| {
            r.try_get()
                .map(|i| i.map(|i| i.value().trim().to_string()).unwrap_or_default())
        };
        let (Some(d), Some(m), Some(y)) = (value(day), value(month), value(year)) else {
            return;
        };
        let joined = if d.is_empty() && m.is_empty() && y.is_empty() {
            String::new()
        } else {
            format!("{d}.{m}.{y}")
        };
        state.send(Event::Answer {
            field,
            value: joined,
        });
    };
    let optional = q.optional.then(|| format!(" {}", t(k::STEP_OPTIONAL)));
    // Only the part that is wrong is marked; an error about the whole date marks all three.
    let wrong = move |part: DatePart| {
        w.with(|w| {
            w.errors_for(field)
                .first()
                .is_some_and(|e| e.date_part().is_none_or(|p| p == part))
        })
    };
    let part = move |part_id: String,
                     which: DatePart,
                     label: &'static str,
                     width: &'static str,
                     value: String,
                     node: NodeRef<html::Input>| {
        view! {
            <div class="date__part">
                <label class="date__label" for=part_id.clone()>{label}</label>
                <input
                    type="text"
                    class=format!("input {width}")
                    id=part_id.clone()
                    name=part_id
                    inputmode="numeric"
                    autocomplete="off"
                    aria-invalid=move || wrong(which).then_some("true")
                    prop:value=value
                    node_ref=node
                    on:change=send
                />
            </div>
        }
    };
    view! {
        <fieldset
            class="field"
            class:field--error=move || has_error(w, field)
            aria-describedby=move || described_by(w, field, true)
        >
            <legend class="field__legend">{show(&q.label)}{optional}</legend>
            <p class="field__hint" id=format!("{id}-hinweis")>{q.hint.map_or_else(|| t(k::STEP_DATE_HINT).to_string(), |h| show(&h))}</p>
            <ErrorMessage field />
            <div class="date">
                {part(id.clone(), DatePart::Day, t(k::STEP_DAY), "input--2", d0, day)}
                {part(format!("{id}-monat"), DatePart::Month, t(k::STEP_MONTH), "input--2", m0, month)}
                {part(format!("{id}-jahr"), DatePart::Year, t(k::STEP_YEAR), "input--4", y0, year)}
            </div>
        </fieldset>
    }
}

/// A checkbox; `own_error` shows its error beside it (the first of a group shows it under the
/// group's legend instead).
#[component]
fn CheckboxView(q: Question, own_error: bool) -> impl IntoView {
    let state = expect_context::<Walk>();
    let w = state.walkthrough;
    let field = q.field;
    let id = field.to_string();
    let checked = state.walkthrough.with_untracked(|w| w.display(field)) == JA;
    view! {
        {own_error.then(|| view! { <ErrorMessage field /> })}
        <div class="checkbox">
            <input
                type="checkbox"
                class="checkbox__input"
                id=id.clone()
                name=id.clone()
                checked=checked
                aria-invalid=move || invalid(w, field)
                aria-describedby=move || described_by(w, field, false)
                on:change:target=move |ev| {
                    let value = if ev.target().checked() { JA } else { "" };
                    state.send(Event::Answer { field, value: value.to_string() });
                }
            />
            <label class="checkbox__label" for=id>{show(&q.label)}</label>
        </div>
        {q.verweis.map(|v| match v {
            Verweis::Datenschutzhinweise => view! {
                <p class="checkbox__more"><a href="#/datenschutz">{t(k::PRIVACY_LINK)}</a></p>
            },
        })}
    }
}

/// Every answer, grouped by page, each group with "Ändern" (GOV.UK check answers). After a
/// change, "Weiter" returns here unless the change brings in new pages.
#[component]
fn CheckAnswers() -> impl IntoView {
    use crate::domain::questions::answers_summary;
    let state = expect_context::<Walk>();
    let sections = state
        .walkthrough
        .with_untracked(|w| answers_summary(&w.antrag, w.today));
    let section_views = sections
        .into_iter()
        .map(|section| {
            let step = section.step;
            let title = show(&section.title);
            let rows = section
                .rows
                .into_iter()
                .map(|row| {
                    view! {
                        <div class="summary__row">
                            <dt class="summary__key">{show(&row.label)}</dt>
                            <dd class="summary__value">{show(&row.value)}</dd>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="summary">
                    <div class="summary__header">
                        <h2 class="summary__title">
                            {title.clone()}
                            {section.form.map(|f| view! { <span class="summary__form">{show(&f)}</span> })}
                        </h2>
                        <button
                            type="button"
                            class="link-button"
                            on:click=move |_| state.send(Event::GoTo(step))
                        >
                            {t(k::STEP_CHANGE)}
                            <span class="visually-hidden">": " {title}</span>
                        </button>
                    </div>
                    <dl class="summary__list">{rows}</dl>
                </section>
            }
        })
        .collect_view();
    let (applicant, printed) = state.walkthrough.with_untracked(|w| {
        let me = &w.antrag.antragsteller;
        (
            format!("{} {}", me.vorname.trim(), me.nachname.trim()),
            crate::ui::i18n::date(w.today),
        )
    });
    view! {
        <div class="print-only print-heading">
            <p><strong>{t(k::STEP_PRINT_HEADING)}</strong></p>
            <p>{tf(k::STEP_PRINT_LINE, &[("name", &applicant), ("date", &printed)])}</p>
        </div>
        <p class="screen-only">{t(k::STEP_CHECK_INTRO)}</p>
        <PrintButton label=t(k::STEP_PRINT) />
        {section_views}
    }
}

/// The forms this application would need on paper, derived from the answers.
#[component]
fn FormsList() -> impl IntoView {
    let w = expect_context::<Walk>().walkthrough;
    let forms = w.with_untracked(|w| {
        w.forms()
            .into_iter()
            .map(|f| format!("{}: {}", show(&f.label(&w.antrag)), t(f.form.title())))
            .collect::<Vec<_>>()
    });
    view! {
        <h2>{t(k::STEP_FORMS_HEADING)}</h2>
        <p>{t(k::STEP_FORMS_INTRO)}</p>
        <ul class="list">{forms.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
    }
}

/// Which paper forms are filled in so far, beside "Schritt k von n". Status is in words, not
/// only in colour or a symbol.
#[component]
fn FormsProgress() -> impl IntoView {
    use crate::domain::form_progress::{form_progress, FormStatus};
    let w = expect_context::<Walk>().walkthrough;
    let rows = Memo::new(move |_| {
        w.with(|w| {
            form_progress(w)
                .into_iter()
                .map(|(f, status)| (f.label(&w.antrag), status))
                .collect::<Vec<_>>()
        })
    });
    let done = move || {
        rows.with(|r| {
            let n = r.iter().filter(|(_, s)| *s == FormStatus::Fertig).count();
            tf(
                k::STEP_FORMS_DONE,
                &[("done", &n.to_string()), ("total", &r.len().to_string())],
            )
        })
    };
    // Kept in place (hidden) when an answer leads away from every form: a line that vanished as
    // the date field is left would move the button under the pointer that is about to press it.
    view! {
            <details class="forms-progress" class:forms-progress--none=move || rows.with(Vec::is_empty)>
                <summary>{done}</summary>
                <ul class="forms-progress__list">
                    {move || rows.get().into_iter().map(|(name, status)| {
                        let class = match status {
                            FormStatus::Fertig => "forms-progress__item forms-progress__item--done",
                            FormStatus::InArbeit => "forms-progress__item forms-progress__item--current",
                            FormStatus::Offen => "forms-progress__item",
                        };
                        view! { <li class=class>{show(&name)} ": " <span class="forms-progress__status">{t(status.label())}</span></li> }
                    }).collect_view()}
                </ul>
            </details>
    }
}

fn is_net_wage(field: FieldId) -> bool {
    field.key
        == crate::domain::antrag::Key::EinkommenBetrag(crate::domain::choices::Betrag::ErwerbNetto)
}

/// Beside an empty net wage field, once the gross wage is entered: the net wage the payroll would
/// leave (`was_bleibt::netto_vorschlag`), offered with one button. It never replaces a figure the
/// person typed, and says that the payslip's figure is the one that counts.
#[component]
fn NettoOffer(field: FieldId) -> impl IntoView {
    use crate::domain::was_bleibt::netto_vorschlag;
    let state = expect_context::<Walk>();
    let config = expect_context::<Jobcenter>().0;
    let w = state.walkthrough;
    let offer = Memo::new(move |_| {
        let who = field.person?;
        w.with(|w| {
            if !w.display(field).trim().is_empty() {
                return None;
            }
            let r = config
                .with(|c| Rechtsstand::fuer_antrag(c.rechtsstand, w.today))
                .unwrap_or_else(|_| Rechtsstand::neuester());
            netto_vorschlag(&w.antrag, who, w.today, r).map(|(netto, wer)| (netto, wer, r.kurz))
        })
    });
    move || {
        offer.get().map(|(netto, wer, recht)| {
            let take = move |_| {
                let value = netto.to_input();
                state.send(Event::Answer {
                    field,
                    value: value.clone(),
                });
                // The field shows what it was given when drawn; it gets the new figure here.
                let input = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&field.to_string()))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(input) = input {
                    input.set_value(&value);
                    let _ = input.focus();
                }
            };
            view! {
                <p class="netto-offer" role="status">
                    {tf(
                        k::NETTO_ANGEBOT,
                        &[
                            ("netto", &crate::ui::i18n::money(netto)),
                            ("klasse", wer.steuerklasse.roemisch()),
                            ("recht", recht),
                        ],
                    )}
                    " "
                    <button type="button" class="link-button netto-offer__take" on:click=take>
                        {t(k::NETTO_UEBERNEHMEN)}
                    </button>
                </p>
            }
        })
    }
}
