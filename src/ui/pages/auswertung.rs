//! The kiosk's anonymous tally for trainers (#/auswertung, linked from the presenter's help, not
//! from the start page): walks begun and how they ended, minutes, pages and questions, where
//! people went back or met errors, the roles chosen. Printable as a one-page handout; one button
//! deletes it.

use crate::domain::antrag::Antrag;
use crate::domain::auswertung::{median_spanne, Auswertung};
use crate::domain::personas;
use crate::domain::questions::step_title;
use crate::domain::step::Step;
use crate::i18n::k;
use crate::ui::i18n::{page_title, show, t, tf};
use crate::ui::pages::after::PrintButton;
use crate::ui::routing::back_to_walkthrough;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A row of a bar chart: a label, the count, and a bar drawn in SVG (the page's policy allows no
/// inline style); the number is the text a screen reader reads.
fn bar(label: String, n: u32, max: u32) -> impl IntoView {
    let width = f64::from(n) * 100.0 / f64::from(max.max(1));
    view! {
        <li class="bars__row">
            <span class="bars__label">{label}</span>
            <svg class="bars__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect width=width height="10" />
            </svg>
            <span class="bars__count">{n}</span>
        </li>
    }
}

fn bars(items: Vec<(String, u32)>) -> impl IntoView {
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(1);
    if items.is_empty() {
        view! { <p>{t(k::AUSWERTUNG_KEINE_WERTE)}</p> }.into_any()
    } else {
        view! {
            <ul class="bars">{items.into_iter().map(|(l, n)| bar(l, n, max)).collect_view()}</ul>
        }
        .into_any()
    }
}

/// A page's name without anyone's name in it ("Einkommen – Kind 1").
fn page_name(step: Step) -> String {
    show(&step_title(step, &Antrag::default()))
}

fn spanne(values: &[u32]) -> String {
    median_spanne(values).map_or_else(
        || t(k::AUSWERTUNG_KEINE_WERTE).to_string(),
        |(median, min, max)| {
            tf(
                k::AUSWERTUNG_MEDIAN_SPANNE,
                &[
                    ("median", &median.to_string()),
                    ("min", &min.to_string()),
                    ("max", &max.to_string()),
                ],
            )
        },
    )
}

fn summary(a: &Auswertung) -> impl IntoView {
    let row = |label: &'static str, value: String| {
        view! { <div class="report__row"><dt>{label}</dt><dd>{value}</dd></div> }
    };
    let rollen = Auswertung::haeufigste(&a.rollen, usize::MAX)
        .into_iter()
        .map(|(r, n)| {
            let label = r.map_or_else(
                || t(k::AUSWERTUNG_EIGENE).to_string(),
                |r| t(personas::of(r).title()).to_string(),
            );
            (label, n)
        })
        .collect();
    let pages = |list: &[(Step, u32)]| {
        Auswertung::haeufigste(list, 5)
            .into_iter()
            .map(|(s, n)| (page_name(s), n))
            .collect::<Vec<_>>()
    };
    view! {
        <dl class="report">
            {row(t(k::AUSWERTUNG_BEGONNEN), a.begonnen.to_string())}
            {row(t(k::AUSWERTUNG_ABGESCHICKT), a.abgeschickt.to_string())}
            {row(t(k::AUSWERTUNG_AUSSTIEGE), a.ausstiege.to_string())}
            {row(t(k::AUSWERTUNG_ABGEBROCHEN), a.abgebrochen().to_string())}
            {row(t(k::AUSWERTUNG_MINUTEN), spanne(&a.minuten))}
            {row(t(k::AUSWERTUNG_SEITEN), spanne(&a.seiten))}
            {row(t(k::AUSWERTUNG_FRAGEN), spanne(&a.fragen))}
        </dl>
        <h2>{t(k::AUSWERTUNG_ROLLEN)}</h2>
        {bars(rollen)}
        <h2>{t(k::AUSWERTUNG_ZURUECK)}</h2>
        {bars(pages(&a.zurueck))}
        <h2>{t(k::AUSWERTUNG_FEHLER)}</h2>
        {bars(pages(&a.fehler))}
    }
}

#[component]
pub fn AuswertungPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    crate::ui::browser::set_title(page_title(t(k::AUSWERTUNG_TITLE), false));
    let tally = RwSignal::new(crate::storage::load_tally());
    let asking = RwSignal::new(false);
    let outcome = RwSignal::new(None::<&'static str>);
    let back = move |_| back_to_walkthrough(state);
    let delete = move |_| {
        asking.set(false);
        match crate::storage::clear_tally() {
            Ok(()) => {
                tally.set(Auswertung::default());
                outcome.set(Some(t(k::AUSWERTUNG_GELOESCHT)));
            }
            Err(_) => outcome.set(Some(t(k::AUSWERTUNG_NICHT_GELOESCHT))),
        }
    };
    view! {
        <button type="button" class="back-link" on:click=back>{t(k::SIDE_BACK)}</button>
        <p class="print-only">{t(k::AUSWERTUNG_TITEL_DRUCK)}</p>
        <h1 tabindex="-1">{t(k::AUSWERTUNG_TITLE)}</h1>
        <p class="lead">{t(k::AUSWERTUNG_LEAD)}</p>
        <p class="field__hint">{t(k::AUSWERTUNG_NUR_KIOSK)}</p>
        {move || {
            tally.with(|a| {
                if a.ist_leer() {
                    view! { <p class="auswertung__leer">{t(k::AUSWERTUNG_NICHTS)}</p> }.into_any()
                } else {
                    summary(a).into_any()
                }
            })
        }}
        <PrintButton label={t(k::AUSWERTUNG_DRUCKEN)} />
        <div class="auswertung__loeschen">
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        outcome.set(None);
                        asking.set(true);
                    }>
                        {t(k::AUSWERTUNG_LOESCHEN)}
                    </button>
                }
            >
                <div class="confirm" role="group" aria-labelledby="auswertung-frage">
                    <p id="auswertung-frage"><strong>{t(k::AUSWERTUNG_LOESCHEN_FRAGE)}</strong></p>
                    <button type="button" class="button button--warning" on:click=delete>
                        {t(k::AUSWERTUNG_LOESCHEN_JA)}
                    </button>
                    " "
                    <button type="button" class="button button--secondary" on:click=move |_| asking.set(false)>
                        {t(k::DATA_CANCEL)}
                    </button>
                </div>
            </Show>
            <p role="status" class="auswertung__status">{move || outcome.get()}</p>
        </div>
    }
}
