//! "Was bleibt vom Lohn?" (#/lohn): for the submitted household, what it has per month as one
//! adult's gross wage goes from 0 to 3,000 €, under a chosen Rechtsstand and a second one drawn
//! over it. The chart is an SVG drawn from the domain's points; it is one slider for the
//! keyboard (arrow keys move a marker whose values are read out), and a table carries the same
//! figures for screen readers and print.

use crate::domain::antrag::PersonRef;
use crate::domain::money::Cents;
use crate::domain::rules::rechtsstand::ALL;
use crate::domain::rules::{Rechtsstand, RechtsstandId};
use crate::domain::was_bleibt::{erwerbsfaehige, kurve, Kurve, BIS, SCHRITT};
use crate::i18n::k;
use crate::ui::i18n::{money, page_title, show, t, tf};
use crate::ui::pages::after::{optionen, submission, PrintButton};
use crate::ui::pages::vergleich::NeedsSubmission;
use crate::ui::routing::back_to_walkthrough;
use crate::ui::state::{AppState, Jobcenter};
use leptos::prelude::*;

// The drawing's coordinate system (the SVG scales to the width of the page).
const W: f64 = 640.0;
const H: f64 = 340.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

fn x_of(brutto: Cents) -> f64 {
    LEFT + (W - LEFT - RIGHT) * brutto.0 as f64 / BIS.0 as f64
}

fn y_of(amount: Cents, top: Cents) -> f64 {
    H - BOTTOM - (H - TOP - BOTTOM) * amount.0 as f64 / top.0.max(1) as f64
}

fn polyline(k: &Kurve, top: Cents) -> String {
    k.punkte
        .iter()
        .map(|p| format!("{:.1},{:.1}", x_of(p.brutto), y_of(p.verfuegbar, top)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the marker reads out at `brutto`: the wage, the net wage, the claim and what the
/// household has, under the chosen law and (if any) the second one.
fn readout(a: &Kurve, b: Option<&Kurve>, brutto: Cents) -> String {
    let Some(p) = a.bei(brutto) else {
        return String::new();
    };
    let mut out = tf(
        k::LOHN_READOUT,
        &[
            ("brutto", &money(p.brutto)),
            ("netto", &money(p.netto)),
            ("anspruch", &money(p.anspruch)),
            ("verfuegbar", &money(p.verfuegbar)),
            ("recht", Rechtsstand::get(a.rechtsstand).kurz),
        ],
    );
    if let Some(q) = b.and_then(|b| b.bei(brutto).map(|q| (b.rechtsstand, q))) {
        out.push(' ');
        out.push_str(&tf(
            k::LOHN_READOUT_VERGLEICH,
            &[
                ("recht", Rechtsstand::get(q.0).kurz),
                ("verfuegbar", &money(q.1.verfuegbar)),
            ],
        ));
    }
    out
}

fn rechtsstand_select(
    id: &'static str,
    label: &'static str,
    chosen: RwSignal<Option<RechtsstandId>>,
    with_none: bool,
) -> impl IntoView {
    let none = with_none.then(|| {
        view! { <option value="" selected=move || chosen.get().is_none()>{t(k::LOHN_KEIN_VERGLEICH)}</option> }
    });
    let options = ALL
        .iter()
        .map(|r| {
            let rid = r.id;
            view! {
                <option value=r.kurz selected=move || chosen.get() == Some(rid)>
                    {format!("{} ({})", r.kurz, r.leistung)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label class="field__label" for=id>{label}</label>
            <select
                id=id
                class="input"
                on:change:target=move |ev| {
                    let kurz = ev.target().value();
                    chosen.set(ALL.iter().find(|r| r.kurz == kurz).map(|r| r.id));
                }
            >
                {none}
                {options}
            </select>
        </div>
    }
}

#[component]
pub fn LohnPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let config = expect_context::<Jobcenter>().0;
    crate::ui::browser::set_title(page_title(t(k::LOHN_TITLE), false));
    let back = move |_| back_to_walkthrough(state);
    let body = submission().map(|s| {
        let adults = erwerbsfaehige(&s.antrag, s.eingang);
        let optionen = config.with_untracked(|c| optionen(c, &s.antrag, s.eingang));
        let start = config
            .with_untracked(|c| Rechtsstand::fuer_antrag(c.rechtsstand, s.eingang).ok())
            .map_or(Rechtsstand::neuester().id, |r| r.id);
        let other = if start == ALL[0].id {
            Rechtsstand::neuester().id
        } else {
            ALL[0].id
        };
        let first = adults.first().copied().unwrap_or(PersonRef::Antragsteller);
        let person = RwSignal::new(first);
        let recht_a = RwSignal::new(Some(start));
        let recht_b = RwSignal::new(Some(other));
        let marker = RwSignal::new(Cents::euros(1_000));
        let antrag = StoredValue::new(s.antrag.clone());
        let eingang = s.eingang;
        let curve = move |id: Option<RechtsstandId>| {
            id.map(|id| {
                antrag.with_value(|a| kurve(a, person.get(), eingang, Rechtsstand::get(id), optionen))
            })
        };
        let kurve_a = Memo::new(move |_| curve(recht_a.get().or(Some(start))));
        let kurve_b = Memo::new(move |_| curve(recht_b.get().filter(|b| Some(*b) != recht_a.get())));
        let names: Vec<(PersonRef, String)> = adults
            .iter()
            .map(|who| (*who, show(&s.antrag.display_name(*who))))
            .collect();
        let person_choice = (names.len() > 1).then(|| {
            let options = names
                .iter()
                .map(|(who, name)| {
                    let who = *who;
                    view! {
                        <option value=who.slug() selected=move || person.get() == who>{name.clone()}</option>
                    }
                })
                .collect_view();
            let slugs: Vec<PersonRef> = names.iter().map(|(w, _)| *w).collect();
            view! {
                <div class="field">
                    <label class="field__label" for="lohn-person">{t(k::LOHN_WESSEN_LOHN)}</label>
                    <select
                        id="lohn-person"
                        class="input"
                        on:change:target=move |ev| {
                            let slug = ev.target().value();
                            if let Some(who) = slugs.iter().find(|w| w.slug() == slug) {
                                person.set(*who);
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
            }
        });
        let name_of = move |who: PersonRef| {
            names
                .iter()
                .find(|(w, _)| *w == who)
                .map(|(_, n)| n.clone())
                .unwrap_or_default()
        };
        let assumptions = move || {
            kurve_a.with(|k| {
                k.as_ref().map(|k| {
                    let b = k.beschaeftigter;
                    tf(
                        k::LOHN_ANNAHMEN,
                        &[
                            ("name", &name_of(person.get())),
                            ("klasse", b.steuerklasse.roemisch()),
                            ("kinder", &b.kinder.to_string()),
                        ],
                    )
                })
            })
        };
        let top = Memo::new(move |_| {
            let max = |k: &Option<Kurve>| {
                k.as_ref()
                    .and_then(|k| k.punkte.iter().map(|p| p.verfuegbar).max())
                    .unwrap_or(Cents::ZERO)
            };
            let m = kurve_a.with(max).max(kurve_b.with(max)).max(Cents::euros(500));
            // Up to the next 500 €.
            Cents::euros((m.0 + 49_999) / 50_000 * 500)
        });
        let text = move || {
            kurve_a.with(|a| {
                kurve_b.with(|b| {
                    a.as_ref()
                        .map(|a| readout(a, b.as_ref(), marker.get()))
                        .unwrap_or_default()
                })
            })
        };
        let on_key = move |ev: web_sys::KeyboardEvent| {
            let step = match ev.key().as_str() {
                "ArrowRight" | "ArrowUp" => Some(SCHRITT.0),
                "ArrowLeft" | "ArrowDown" => Some(-SCHRITT.0),
                "PageUp" => Some(Cents::euros(100).0),
                "PageDown" => Some(-Cents::euros(100).0),
                "Home" => Some(-BIS.0),
                "End" => Some(BIS.0),
                _ => None,
            };
            if let Some(step) = step {
                ev.prevent_default();
                marker.update(|m| *m = Cents((m.0 + step).clamp(0, BIS.0)));
            }
        };
        let grid = move || {
            let top = top.get();
            let lines_y = (0..=top.0 / 50_000)
                .map(|i| {
                    let v = Cents::euros(i * 500);
                    let y = y_of(v, top);
                    view! {
                        <line x1=LEFT x2=W - RIGHT y1=y y2=y class="chart__grid" />
                        <text x=LEFT - 6.0 y=y + 4.0 class="chart__tick" text-anchor="end">{(i * 500).to_string()}</text>
                    }
                })
                .collect_view();
            let lines_x = (0..=6)
                .map(|i| {
                    let v = Cents::euros(i * 500);
                    let x = x_of(v);
                    view! {
                        <line x1=x x2=x y1=TOP y2=H - BOTTOM class="chart__grid" />
                        <text x=x y=H - BOTTOM + 18.0 class="chart__tick" text-anchor="middle">{(i * 500).to_string()}</text>
                    }
                })
                .collect_view();
            view! { {lines_y} {lines_x} }
        };
        let line_a = move || kurve_a.with(|k| k.as_ref().map(|k| polyline(k, top.get()))).unwrap_or_default();
        let line_b = move || kurve_b.with(|k| k.as_ref().map(|k| polyline(k, top.get())));
        let ends = move || {
            kurve_a.with(|k| k.as_ref().and_then(Kurve::anspruch_endet)).map(|end| {
                let x = x_of(end);
                view! { <line x1=x x2=x y1=TOP y2=H - BOTTOM class="chart__end" /> }
            })
        };
        let marker_view = move || {
            let g = marker.get();
            let x = x_of(g);
            let dot = |k: &Option<Kurve>, class: &'static str| {
                k.as_ref().and_then(|k| k.bei(g)).map(|p| {
                    view! { <circle cx=x cy=y_of(p.verfuegbar, top.get()) r="5" class=class /> }
                })
            };
            view! {
                <line x1=x x2=x y1=TOP y2=H - BOTTOM class="chart__marker" />
                {kurve_a.with(|k| dot(k, "chart__dot"))}
                {kurve_b.with(|k| dot(k, "chart__dot chart__dot--b"))}
            }
        };
        let on_click = move |ev: web_sys::MouseEvent| {
            let Some(target) = ev
                .current_target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            else {
                return;
            };
            let rect = target.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return;
            }
            let svg_x = (f64::from(ev.client_x()) - rect.left()) / rect.width() * W;
            let share = ((svg_x - LEFT) / (W - LEFT - RIGHT)).clamp(0.0, 1.0);
            let cents = (share * BIS.0 as f64 / SCHRITT.0 as f64).round() as i64 * SCHRITT.0;
            marker.set(Cents(cents));
        };
        let legend = move || {
            let a = recht_a.get().map(|id| Rechtsstand::get(id).kurz).unwrap_or_default();
            let b = recht_b
                .get()
                .filter(|b| Some(*b) != recht_a.get())
                .map(|id| Rechtsstand::get(id).kurz);
            view! {
                <ul class="chart__legend">
                    <li><span class="chart__key" aria-hidden="true"></span> {tf(k::LOHN_LEGENDE, &[("recht", a)])}</li>
                    {b.map(|b| view! {
                        <li><span class="chart__key chart__key--b" aria-hidden="true"></span> {tf(k::LOHN_LEGENDE, &[("recht", b)])}</li>
                    })}
                    <li><span class="chart__key chart__key--end" aria-hidden="true"></span> {t(k::LOHN_LEGENDE_ENDE)}</li>
                </ul>
            }
        };
        let bands = move || {
            kurve_a.with(|k| {
                k.as_ref().map(|k| {
                    let end = match (k.punkte.first(), k.anspruch_endet()) {
                        (Some(p), _) if p.anspruch.is_zero() => t(k::LOHN_KEIN_ANSPRUCH).to_string(),
                        (_, Some(end)) => tf(k::LOHN_ANSPRUCH_ENDET, &[("brutto", &money(end))]),
                        (_, None) => tf(k::LOHN_ANSPRUCH_ENDET_NICHT, &[("brutto", &money(BIS))]),
                    };
                    let items = k
                        .baender()
                        .into_iter()
                        .map(|b| {
                            view! {
                                <li>
                                    {tf(
                                        k::LOHN_BAND,
                                        &[
                                            ("von", &money(b.von)),
                                            ("bis", &money(b.bis)),
                                            ("bleiben", &money(b.bleiben_je_100)),
                                        ],
                                    )}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <p class="lohn-ende"><strong>{end}</strong></p>
                        <ul class="list lohn-baender">{items}</ul>
                    }
                })
            })
        };
        let table = move || {
            kurve_a.with(|a| {
                kurve_b.with(|b| {
                    a.as_ref().map(|a| {
                        let b_name = b.as_ref().map(|b| Rechtsstand::get(b.rechtsstand).kurz);
                        let rows = a
                            .punkte
                            .iter()
                            .step_by(10)
                            .map(|p| {
                                let other = b.as_ref().and_then(|b| b.bei(p.brutto)).map(|q| view! { <td>{money(q.verfuegbar)}</td> });
                                view! {
                                    <tr>
                                        <th scope="row">{money(p.brutto)}</th>
                                        <td>{money(p.netto)}</td>
                                        <td>{money(p.anspruch)}</td>
                                        <td>{money(p.verfuegbar)}</td>
                                        {other}
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <table class="lohn-tabelle">
                                <caption>{tf(k::LOHN_TABELLE_CAPTION, &[("recht", Rechtsstand::get(a.rechtsstand).kurz)])}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t(k::LOHN_SPALTE_BRUTTO)}</th>
                                        <th scope="col">{t(k::LOHN_SPALTE_NETTO)}</th>
                                        <th scope="col">{t(k::LOHN_SPALTE_ANSPRUCH)}</th>
                                        <th scope="col">{t(k::LOHN_SPALTE_VERFUEGBAR)}</th>
                                        {b_name.map(|n| view! { <th scope="col">{tf(k::LOHN_SPALTE_VERFUEGBAR_NACH, &[("recht", n)])}</th> })}
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        }
                    })
                })
            })
        };
        view! {
            <div class="lohn-controls">
                {person_choice}
                {rechtsstand_select("lohn-recht", t(k::AFTER_BERECHNEN_NACH_RECHT), recht_a, false)}
                {rechtsstand_select("lohn-vergleich", t(k::LOHN_RECHT_B), recht_b, true)}
            </div>
            <p class="field__hint">{assumptions}</p>
            <div
                class="chart"
                role="slider"
                tabindex="0"
                aria-label=t(k::LOHN_SLIDER_LABEL)
                aria-valuemin="0"
                aria-valuemax=BIS.0 / 100
                aria-valuenow=move || marker.get().0 / 100
                aria-valuetext=text
                aria-describedby="lohn-hilfe"
                on:keydown=on_key
            >
                <svg viewBox=format!("0 0 {W} {H}") class="chart__svg" aria-hidden="true" on:click=on_click>
                    {grid}
                    {ends}
                    {move || line_b().map(|points| view! { <polyline points=points class="chart__line chart__line--b" /> })}
                    <polyline points=line_a class="chart__line" />
                    {marker_view}
                    <text x=(LEFT + W - RIGHT) / 2.0 y=H - 4.0 class="chart__axis" text-anchor="middle">{t(k::LOHN_ACHSE_X)}</text>
                </svg>
            </div>
            <p id="lohn-hilfe" class="field__hint">{t(k::LOHN_TASTEN)}</p>
            <p class="chart__readout">{text}</p>
            {legend}
            <h2>{t(k::LOHN_BAENDER_TITEL)}</h2>
            {bands}
            <details class="lohn-tabelle-box">
                <summary>{t(k::LOHN_TABELLE)}</summary>
                <div class="table-scroll" role="region" aria-label=t(k::LOHN_TABELLE) tabindex="0">{table}</div>
            </details>
            <p class="law">{t(k::LOHN_QUELLEN)}</p>
            <PrintButton label={t(k::LOHN_DRUCKEN)} />
        }
    });
    view! {
        <button type="button" class="back-link" on:click=back>{t(k::SIDE_BACK)}</button>
        <h1 tabindex="-1">{t(k::LOHN_TITLE)}</h1>
        <p class="lead">{t(k::LOHN_LEAD)}</p>
        {body.map_or_else(|| view! { <NeedsSubmission /> }.into_any(), IntoAny::into_any)}
    }
}
