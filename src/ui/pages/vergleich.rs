//! The submitted household's Bescheid under every Rechtsstand, side by side (#/vergleich): one
//! table, the cells that differ from the column before highlighted (and said so to screen
//! readers), and below it what each law changed, with its §. Printable on one landscape page.

use crate::domain::vergleich::{vergleich, Reihe, Wert};
use crate::i18n::k;
use crate::ui::i18n::{money, page_title, show, t, tf, value};
use crate::ui::pages::after::{optionen, submission, PrintButton};
use crate::ui::routing::back_to_walkthrough;
use crate::ui::state::{AppState, Jobcenter};
use leptos::prelude::*;

/// Shown where a page needs the submitted application and there is none yet.
#[component]
pub fn NeedsSubmission() -> impl IntoView {
    view! { <p class="notice" role="note">{t(k::VERGLEICH_ERST_ABSCHICKEN)}</p> }
}

fn zelle(w: &Wert) -> String {
    match w {
        Wert::Betrag(c) => money(*c),
        Wert::Wort(text) => show(text),
    }
}

fn row(r: Reihe) -> impl IntoView {
    let cells = r
        .zellen
        .iter()
        .map(|z| {
            let marked = z.geaendert;
            view! {
                <td class="vergleich__zelle" class:vergleich__zelle--geaendert=marked>
                    {zelle(&z.wert)}
                    {marked.then(|| view! { <span class="visually-hidden">" " {t(k::VERGLEICH_GEAENDERT)}</span> })}
                </td>
            }
        })
        .collect_view();
    view! {
        <tr class:vergleich__ergebnis=r.ergebnis>
            <th scope="row">{show(&r.titel)} " " <span class="law">{value(format!("({})", r.paragraph))}</span></th>
            {cells}
        </tr>
    }
}

#[component]
pub fn VergleichPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let config = expect_context::<Jobcenter>().0;
    crate::ui::browser::set_title(page_title(t(k::VERGLEICH_TITLE), false));
    let back = move |_| back_to_walkthrough(state);
    let persons = RwSignal::new(0usize);
    let body = submission().map(|s| {
        let optionen = config.with_untracked(|c| optionen(c, &s.antrag, s.eingang));
        let v = vergleich(&s.antrag, s.eingang, optionen);
        let columns = v.spalten.len() + 1;
        persons.set(v.gruppen.len().saturating_sub(1));
        let same = (!v.hat_aenderungen()).then(|| view! { <p>{t(k::VERGLEICH_ALLES_GLEICH)}</p> });
        let head = v
            .spalten
            .iter()
            .map(|r| {
                view! {
                    <th scope="col">
                        {r.kurz} <span class="vergleich__leistung">{r.leistung}</span>
                    </th>
                }
            })
            .collect_view();
        let groups = v
            .gruppen
            .into_iter()
            .map(|g| {
                view! {
                    <tbody>
                        <tr class="vergleich__gruppe">
                            <th scope="rowgroup" colspan=columns>{show(&g.titel)}</th>
                        </tr>
                        {g.reihen.into_iter().map(row).collect_view()}
                    </tbody>
                }
            })
            .collect_view();
        let changes = v
            .spalten
            .iter()
            .filter(|r| !r.aenderungen.is_empty())
            .map(|r| {
                view! {
                    <li>
                        <strong>{format!("{} ({})", r.kurz, r.leistung)}</strong>
                        <ul class="list">
                            {r.aenderungen.iter().map(|a| view! {
                                <li>
                                    {t(a.was)} " "
                                    <span class="law">{value(format!("({}; {})", a.paragraph, a.gesetz))}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="field__hint">
                {tf(k::VERGLEICH_STICHTAG, &[("datum", &crate::ui::i18n::date(s.eingang))])}
            </p>
            <div class="table-scroll" role="region" aria-labelledby="vergleich-caption" tabindex="0">
                <table class="vergleich">
                    <caption id="vergleich-caption">{t(k::VERGLEICH_CAPTION)}</caption>
                    <thead>
                        <tr><th scope="col">{t(k::VERGLEICH_POSTEN)}</th>{head}</tr>
                    </thead>
                    {groups}
                </table>
            </div>
            {same}
            <h2>{t(k::VERGLEICH_AENDERUNGEN)}</h2>
            <ol class="list vergleich__aenderungen">{changes}</ol>
            <p class="law">{t(k::VERGLEICH_EINGABEN_BLEIBEN)}</p>
            <PrintButton label={t(k::VERGLEICH_DRUCKEN)} />
        }
    });
    view! {
        // Larger households print smaller, so the table stays on one landscape page.
        <div class=move || format!("vergleich-page vergleich-page--{}", persons.get().clamp(1, 7))>
            <button type="button" class="back-link" on:click=back>{t(k::SIDE_BACK)}</button>
            <h1 tabindex="-1">{t(k::VERGLEICH_TITLE)}</h1>
            <p class="lead">{t(k::VERGLEICH_LEAD)}</p>
            {body.map_or_else(|| view! { <NeedsSubmission /> }.into_any(), IntoAny::into_any)}
        </div>
    }
}
