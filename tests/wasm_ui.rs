//! Component tests in headless Chromium (wasm-bindgen-test): the app mounts, the start button
//! starts the walkthrough, and errors appear at the field and in the summary without losing input.
#![cfg(target_arch = "wasm32")]

use antragssimulator::ui::app::App;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh page for each test: nothing stored, no step in the URL.
/// What the app starts from, read from storage as `ui::mount` does.
async fn stored() -> antragssimulator::ui::app::Initial {
    antragssimulator::ui::app::initial_state(antragssimulator::ui::mode::from_location().mode).await
}

fn wrapper() -> HtmlElement {
    let _ = antragssimulator::storage::clear();
    let _ = window().location().set_hash("");
    let doc = document();
    let el = doc.create_element("section").expect("create section");
    doc.body().expect("body").append_child(&el).expect("append");
    el.unchecked_into()
}

fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .ok()
        .flatten()
        .expect(selector)
        .unchecked_into::<HtmlElement>()
        .click();
}

/// The day, month and year inputs of a date question.
fn date_inputs(root: &HtmlElement, id: &str) -> [HtmlInputElement; 3] {
    [id.to_string(), format!("{id}-monat"), format!("{id}-jahr")].map(|sel| {
        root.query_selector(&format!("#{sel}"))
            .ok()
            .flatten()
            .expect("date part")
            .unchecked_into()
    })
}

/// Type a date as a person does: each part, then leave the field (change event).
fn type_date(root: &HtmlElement, id: &str, parts: [&str; 3]) {
    for (input, value) in date_inputs(root, id).iter().zip(parts) {
        input.set_value(value);
        input
            .dispatch_event(&web_sys::Event::new("change").expect("event"))
            .expect("dispatch");
    }
}

/// Let `ms` milliseconds of the page's own timers and frames pass.
async fn wait_ms(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// Wait until the app has saved: it writes once a change is painted, at the latest after 250 ms.
async fn saved() {
    wait_ms(300).await;
}

/// Wait until the app has drawn its footer too: the footer's buttons come a frame after the page.
async fn drawn() {
    wait_ms(100).await;
    tick().await;
}

fn date_fields(root: &HtmlElement, id: &str) -> [String; 3] {
    date_inputs(root, id).map(|i| i.value())
}

#[wasm_bindgen_test]
async fn the_app_goes_on_screen_once_with_its_page() {
    let root = wrapper();
    // Built off screen, as `ui::mount` does: the app reveals itself once its page is drawn.
    root.remove();
    let revealed = std::rc::Rc::new(std::cell::Cell::new(0));
    let reveal: Box<dyn FnOnce()> = {
        let (root, revealed) = (root.clone(), revealed.clone());
        Box::new(move || {
            revealed.set(revealed.get() + 1);
            let _ = document().body().map(|b| b.append_child(&root));
        })
    };
    let initial = stored().await;
    let _app = mount_to(root.clone(), move || view! { <App reveal initial /> });
    assert_eq!(revealed.get(), 0, "not on screen while it is drawn");
    assert!(!root.is_connected());
    assert_eq!(
        text(&root, "main h1"),
        "Antrag auf Grundsicherung üben",
        "the page is drawn off screen"
    );
    tick().await;
    assert_eq!(revealed.get(), 1, "revealed once, with its page");
    assert!(root.is_connected());
    assert_eq!(text(&root, "main h1"), "Antrag auf Grundsicherung üben");
    drawn().await;
    assert_eq!(revealed.get(), 1, "revealed once");
    assert!(root
        .query_selector("footer .delete-all")
        .ok()
        .flatten()
        .is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn start_page_then_first_question() {
    let root = wrapper();
    let initial = stored().await;
    let _app = mount_to(root.clone(), move || view! { <App initial /> });
    drawn().await;
    assert_eq!(text(&root, "main h1"), "Antrag auf Grundsicherung üben");
    assert!(text(&root, "main").contains("Was Sie eingeben, wird nicht gesendet"));

    click(&root, "button.button--start");
    tick().await;
    assert_eq!(text(&root, "main h1"), "Ihr Alter");
    assert!(text(&root, "main").contains("Wann sind Sie geboren?"));
    root.remove();
}

#[wasm_bindgen_test]
async fn impossible_date_is_reported_and_kept_as_typed() {
    let root = wrapper();
    let initial = stored().await;
    let _app = mount_to(root.clone(), move || view! { <App initial /> });
    drawn().await;
    click(&root, "button.button--start");
    // Let the new page finish rendering (input values are applied after the first tick).
    tick().await;
    tick().await;

    type_date(&root, "antragsteller-geburtsdatum", ["31", "02", "1990"]);
    let input: HtmlInputElement = root
        .query_selector("#antragsteller-geburtsdatum-jahr")
        .ok()
        .flatten()
        .expect("birth year input")
        .unchecked_into();
    click(&root, "form button[type=submit]");
    tick().await;

    assert_eq!(text(&root, "main h1"), "Ihr Alter", "stays on the step");
    let summary = text(&root, ".error-summary");
    assert!(summary.contains("Es gibt ein Problem"), "{summary}");
    assert!(
        summary.contains("Diesen Tag gibt es im angegebenen Monat nicht."),
        "{summary}"
    );
    let link = root
        .query_selector(".error-summary a")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"));
    assert_eq!(link.as_deref(), Some("#antragsteller-geburtsdatum"));
    assert!(text(&root, ".field__error").contains("Diesen Tag gibt es"));
    assert!(
        input.is_connected(),
        "the input element is kept, not re-created"
    );
    assert_eq!(
        date_fields(&root, "antragsteller-geburtsdatum"),
        ["31", "02", "1990"],
        "what was typed stays"
    );

    // The day is the part that is wrong: only the day is marked for a screen reader, and the
    // fields point at the message.
    let invalid = |suffix: &str| {
        root.query_selector(&format!("#antragsteller-geburtsdatum{suffix}"))
            .ok()
            .flatten()
            .and_then(|i| i.get_attribute("aria-invalid"))
    };
    assert_eq!(
        [invalid(""), invalid("-monat"), invalid("-jahr")],
        [Some("true".to_string()), None, None]
    );
    let described = root
        .query_selector("main .field--error")
        .ok()
        .flatten()
        .and_then(|f| f.get_attribute("aria-describedby"))
        .unwrap_or_default();
    assert!(
        described
            .split(' ')
            .any(|id| id == "antragsteller-geburtsdatum-fehler"),
        "{described}"
    );

    // Corrected, the walkthrough moves on.
    type_date(&root, "antragsteller-geburtsdatum", ["27", "03", "1990"]);
    click(&root, "form button[type=submit]");
    tick().await;
    assert_eq!(text(&root, "main h1"), "Können Sie arbeiten?");
    root.remove();
}

#[wasm_bindgen_test]
async fn answers_are_saved_on_this_device_and_restored() {
    use antragssimulator::storage::{load, Loaded};
    let root = wrapper();
    let initial = stored().await;
    let _app = mount_to(root.clone(), move || view! { <App initial /> });
    drawn().await;
    click(&root, "button.button--start");
    tick().await;
    tick().await;
    type_date(&root, "antragsteller-geburtsdatum", ["27", "03", "1990"]);
    tick().await;
    saved().await;
    match load(antragssimulator::ui::browser::today()).await {
        Loaded::Restored(w) => {
            assert_eq!(w.current, antragssimulator::domain::step::Step::Alter);
            assert_eq!(
                w.antrag.antragsteller.geburtsdatum.map(|d| d.to_german()),
                Some("27.03.1990".to_string())
            );
        }
        other => panic!("expected the walkthrough in storage, found {other:?}"),
    }
    // "Alle Daten löschen" asks first, then removes everything.
    click(&root, "footer .delete-all");
    tick().await;
    click(&root, "footer .button--warning");
    tick().await;
    assert_eq!(
        load(antragssimulator::ui::browser::today()).await,
        Loaded::Nothing
    );
    assert_eq!(text(&root, "main h1"), "Antrag auf Grundsicherung üben");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_crash_shows_a_calm_screen_with_the_stored_answers() {
    use antragssimulator::domain::date::Date;
    use antragssimulator::domain::personas;
    let today = Date::new(2026, 11, 25).expect("date");
    let w = personas::by_id("allein-ohne-einkommen")
        .expect("persona")
        .play(today);
    let body = wrapper();
    antragssimulator::storage::save(&w).expect("save");

    antragssimulator::ui::crash::render_crash_screen(&body);

    let text = body.text_content().unwrap_or_default();
    assert!(text.contains("Etwas ist schiefgelaufen"));
    assert!(text.contains("Neu starten"));
    let link = body
        .query_selector("a[download]")
        .ok()
        .flatten()
        .and_then(|a| a.get_attribute("href"))
        .unwrap_or_default();
    assert!(link.starts_with("data:application/json"), "{link}");
    assert!(
        link.contains("Jonas"),
        "the stored answers are in the download"
    );
    body.remove();
    let _ = antragssimulator::storage::clear();
}

#[wasm_bindgen_test]
async fn money_input_keeps_what_was_typed_and_reads_it_as_cents() {
    use antragssimulator::domain::date::Date;
    use antragssimulator::domain::flow::Walkthrough;
    use antragssimulator::domain::money::Cents;
    use antragssimulator::domain::personas;
    use antragssimulator::domain::step::Step;
    use antragssimulator::storage::{load, save, Loaded};
    // A person who reached the rent page earlier on this device.
    let today = Date::new(2026, 11, 25).expect("date");
    let played = personas::by_id("allein-ohne-einkommen")
        .expect("persona")
        .play(today);
    let mut w = Walkthrough::new(today);
    w.antrag = played.submission.expect("submitted").antrag;
    w.reached = w.route().into_iter().collect();
    w.current = Step::Wohnkosten;
    let root = wrapper();
    save(&w).expect("save");
    let initial = stored().await;
    let _app = mount_to(root.clone(), move || view! { <App initial /> });
    drawn().await;
    tick().await;
    tick().await;
    assert_eq!(text(&root, "main h1"), "Kosten für Wohnung und Heizung");

    let rent: HtmlInputElement = root
        .query_selector("#grundmiete")
        .ok()
        .flatten()
        .expect("rent input")
        .unchecked_into();
    assert_eq!(rent.value(), "400,00");
    assert_eq!(rent.get_attribute("inputmode").as_deref(), Some("decimal"));
    rent.set_value("1.234,56");
    rent.dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    tick().await;
    assert_eq!(rent.value(), "1.234,56", "shown as typed");
    saved().await;
    match load(antragssimulator::ui::browser::today()).await {
        Loaded::Restored(saved) => {
            assert_eq!(saved.antrag.wohnung.grundmiete, Some(Cents(123_456)))
        }
        other => panic!("expected the walkthrough in storage, found {other:?}"),
    }
    root.remove();
    let _ = antragssimulator::storage::clear();
}
