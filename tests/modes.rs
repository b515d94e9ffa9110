//! URL flags choose a mode deliberately; the hand-over address carries a role, never answers.
#![cfg(not(target_arch = "wasm32"))]

use antragssimulator::domain::rolle::Rolle;
use antragssimulator::i18n::Lang;
use antragssimulator::ui::mode::{parse_query, share_url, Mode};
use antragssimulator::ui::qr::qr_path;

#[test]
fn modes_come_only_from_exact_flags() {
    assert_eq!(parse_query("").mode, Mode::Normal);
    assert_eq!(parse_query("?modus=kiosk").mode, Mode::Kiosk);
    assert_eq!(
        parse_query("?modus=praesentation").mode,
        Mode::Praesentation
    );
    assert_eq!(
        parse_query("?modus=Kiosk").mode,
        Mode::Normal,
        "no half-matching flag"
    );
    assert_eq!(parse_query("?modus=kiosk2").mode, Mode::Normal);
    let both = parse_query("?rolle=studentin&modus=kiosk");
    assert_eq!(both.mode, Mode::Kiosk);
    assert_eq!(both.rolle, Some(Rolle::Studentin));
    for mixed in [
        "?modus=kiosk&modus=praesentation",
        "?modus=praesentation&modus=kiosk",
        "?modus=praesentation&modus=kiosk&modus=praesentation",
    ] {
        assert_eq!(
            parse_query(mixed).mode,
            Mode::Kiosk,
            "{mixed}: the safer mode"
        );
    }
    assert_eq!(
        parse_query("?rolle=<script>").rolle,
        None,
        "only known roles"
    );
}

#[test]
fn the_hand_over_address_has_the_role_and_nothing_else() {
    let origin = "http://127.0.0.1:8080";
    assert_eq!(
        share_url(origin, "/", None, Lang::De),
        "http://127.0.0.1:8080/"
    );
    assert_eq!(
        share_url(origin, "/app/", Some(Rolle::Studentin), Lang::De),
        "http://127.0.0.1:8080/app/?rolle=studentin"
    );
    assert_eq!(
        share_url(origin, "/", None, Lang::Ar),
        "http://127.0.0.1:8080/?sprache=ar"
    );
    // What the address asks for is what the hand-over put in.
    let both = share_url(origin, "/", Some(Rolle::Studentin), Lang::Uk);
    let flags = parse_query(both.split_once('?').map_or("", |(_, q)| q));
    assert_eq!(flags.rolle, Some(Rolle::Studentin));
    assert_eq!(flags.sprache, Some(Lang::Uk));
    assert_eq!(parse_query("?sprache=xx").sprache, None);
    let (side, path) =
        qr_path(&share_url(origin, "/", Some(Rolle::Studentin), Lang::Ar)).expect("encodable");
    assert!(
        side >= 21 + 8,
        "a QR code of at least version 1 with its quiet zone"
    );
    assert!(path.matches('M').count() > 100, "modules drawn");
}
