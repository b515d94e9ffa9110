//! Kiosk mode for a shared device at a stand: answers live in memory only, and after a period
//! without input a visible countdown warns before everything is wiped and the start page returns.

use super::state::AppState;
use crate::i18n::k;
use crate::ui::i18n::{t, tf, with_strong};
use leptos::prelude::*;

/// Seconds left before the wipe, while the warning shows.
#[derive(Clone, Copy)]
pub struct KioskUi {
    pub countdown: RwSignal<Option<u32>>,
    last_input_ms: RwSignal<f64>,
}

/// The warning shows for the last third of the period, at most 30 seconds.
pub fn warning_seconds(timeout: u32) -> u32 {
    (timeout / 3).clamp(1, 30)
}

pub fn install_idle_timer(state: AppState) {
    let ui = KioskUi {
        countdown: RwSignal::new(None),
        last_input_ms: RwSignal::new(js_sys::Date::now()),
    };
    provide_context(ui);
    let on_input = move |_: web_sys::Event| {
        ui.last_input_ms.try_set(js_sys::Date::now());
        ui.countdown.try_set(None);
    };
    let inputs: Vec<_> = ["pointerdown", "keydown", "input", "wheel", "touchstart"]
        .into_iter()
        .map(|kind| window_event_listener_untyped(kind, on_input))
        .collect();

    let tick = move || {
        let Some(pristine) = state.walkthrough.try_with_untracked(|w| w.is_pristine()) else {
            return;
        };
        if pristine {
            ui.countdown.set(None);
            ui.last_input_ms.set(js_sys::Date::now());
            return;
        }
        let timeout = state.config.get_untracked().kiosk_timeout_sekunden;
        let idle = ((js_sys::Date::now() - ui.last_input_ms.get_untracked()) / 1000.0).max(0.0);
        let left = f64::from(timeout) - idle;
        if left <= 0.0 {
            ui.countdown.set(None);
            state.delete_all();
            // Nothing is kept now, so a new version can take over without loss.
            if state.update_ready.get_untracked() {
                super::update::switch_now();
            }
        } else if left <= f64::from(warning_seconds(timeout)) {
            ui.countdown.set(Some(left.ceil() as u32));
        }
    };
    let interval = set_interval_with_handle(tick, std::time::Duration::from_secs(1)).ok();
    on_cleanup(move || {
        for listener in inputs {
            listener.remove();
        }
        if let Some(interval) = interval {
            interval.clear();
        }
    });
}

/// The notice that nothing is kept, the countdown, and nothing else.
#[component]
pub fn KioskNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(ui) = use_context::<KioskUi>() else {
        return ().into_any();
    };
    let minutes = move || {
        let s = state.config.get().kiosk_timeout_sekunden;
        if s.is_multiple_of(60) {
            tf(k::KIOSK_MINUTEN, &[("m", &(s / 60).to_string())])
        } else {
            tf(k::KIOSK_SEKUNDEN, &[("s", &s.to_string())])
        }
    };
    view! {
        <p class="notice kiosk-notice">
            <strong>{t(k::KIOSK_GEMEINSAMES_GERAET)}</strong>
            {move || tf(k::KIOSK_NICHTS_GESPEICHERT, &[("dauer", &minutes())])}
        </p>
        <Show when=move || ui.countdown.get().is_some()>
            <div class="overlay overlay--countdown" role="alertdialog" aria-labelledby="countdown-titel">
                <h2 id="countdown-titel">{t(k::KIOSK_NOCH_DA)}</h2>
                <p class="countdown" aria-live="assertive">
                    {move || {
                        let s = ui.countdown.get().unwrap_or(0).to_string();
                        with_strong(k::KIOSK_COUNTDOWN, "s", s)
                    }}
                </p>
                <button type="button" class="button" on:click=move |_| ui.countdown.set(None)>
                    {t(k::KIOSK_WEITERMACHEN)}
                </button>
            </div>
        </Show>
    }
    .into_any()
}

/// "Fertig — alles löschen": the big button at the end of a walk on a shared device.
#[component]
pub fn FinishButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    state.kiosk().then(|| {
        view! {
            <button type="button" class="button button--warning button--finish" on:click=move |_| state.delete_all()>
                {t(k::KIOSK_FERTIG_ALLES_LOESCHEN)}
            </button>
        }
    })
}

/// Count the walks on this device (kiosk mode only): every change of the walk is shown to the
/// tally, which takes counts and pages, never answers; it is saved when it changed.
pub fn install_tally(state: AppState) {
    use crate::domain::auswertung::Stand;
    let stand = StoredValue::new(state.walkthrough.with_untracked(Stand::von));
    Effect::new(move |_| {
        state.walkthrough.with(|w| {
            let now = stand.with_value(|s| state.later.tally(s, w));
            if let Some(now) = now {
                stand.set_value(now);
            }
        });
    });
}

/// Count what changed since `before` in the stored tally; the walkthrough's standing now.
pub fn record(
    before: &crate::domain::auswertung::Stand,
    w: &crate::domain::flow::Walkthrough,
) -> crate::domain::auswertung::Stand {
    // Read again: the trainer may have deleted it on the page #/auswertung meanwhile.
    let mut t = crate::storage::load_tally();
    let old = t.clone();
    let now = t.erfasse(before, w);
    if t != old {
        crate::storage::save_tally(&t);
    }
    now
}
