//! Native micro-benchmark of the domain core: one full Bescheid calculation and one route
//! derivation, for a persona household and for a large household of 10 persons; the wage curve
//! and the comparison of Rechtsstände. Prints figures; it is not a test and asserts nothing about
//! speed. Run with `make bench`.

use antragssimulator::domain::antrag::PersonRef;
use antragssimulator::domain::bescheid::{berechne, Optionen};
use antragssimulator::domain::choices::{Betrag, EinkommensArt, KindVerhaeltnis};
use antragssimulator::domain::date::Date;
use antragssimulator::domain::forms::required_forms;
use antragssimulator::domain::money::Cents;
use antragssimulator::domain::personas;
use antragssimulator::domain::rules::Rechtsstand;
use antragssimulator::domain::step::route;
use antragssimulator::domain::vergleich::vergleich;
use antragssimulator::domain::was_bleibt::kurve;
use std::hint::black_box;
use std::time::Instant;

/// Median and 95th percentile of `rounds` timings of `batch` calls each, in nanoseconds per call.
fn measure(name: &str, rounds: usize, batch: usize, mut f: impl FnMut()) {
    let mut per_call: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    per_call.sort_by(|a, b| a.total_cmp(b));
    let median = per_call[rounds / 2];
    let p95 = per_call[(rounds * 95 / 100).min(rounds - 1)];
    println!("{name:<48} median {median:>10.0} ns   p95 {p95:>10.0} ns");
}

fn main() {
    let today = Date::new(2026, 11, 25).unwrap_or(Date {
        year: 2026,
        month: 11,
        day: 25,
    });
    let r = Rechtsstand::on(today).expect("a Rechtsstand for today");
    let family = match personas::by_id("alleinerziehend-minijob") {
        Some(p) => p.play(today).antrag,
        None => return,
    };

    // Ten persons: a couple with eight children of all ages, both earning, Kindergeld for each.
    let mut large = match personas::by_id("familie-aufstocker") {
        Some(p) => p.play(today).antrag,
        None => return,
    };
    large.anzahl_kinder = Some(8);
    for i in 0..8u16 {
        let k = large.person_mut(PersonRef::Kind(i));
        k.vorname = format!("Kind {}", i + 1);
        k.geburtsdatum = Date::new(2026 - 2 - 2 * i32::from(i), 3, 1);
        k.kind_verhaeltnis = Some(KindVerhaeltnis::Gemeinsam);
        k.einkommen.arten.insert(EinkommensArt::Kindergeld, true);
        k.einkommen
            .betraege
            .insert(Betrag::Kindergeld, Some(Cents::euros(259)));
    }
    assert_eq!(large.household().len(), 10);

    println!("Domain micro-benchmark (native, release profile), today = {today}");
    measure(
        "Bescheid, single parent with 2 children",
        101,
        2_000,
        || {
            black_box(berechne(black_box(&family), today, r, Optionen::default()));
        },
    );
    measure("Bescheid, household of 10 persons", 101, 1_000, || {
        black_box(berechne(black_box(&large), today, r, Optionen::default()));
    });
    // The chart of "Was bleibt vom Lohn?" redraws per Rechtsstand chosen: 301 Bescheide.
    measure("Wage curve (301 Bescheide), single parent", 21, 5, || {
        black_box(kurve(
            black_box(&family),
            PersonRef::Antragsteller,
            today,
            r,
            Optionen::default(),
        ));
    });
    measure(
        "Rechtsstände side by side, single parent",
        101,
        200,
        || {
            black_box(vergleich(black_box(&family), today, Optionen::default()));
        },
    );
    measure(
        "Route derivation, household of 10 persons",
        101,
        2_000,
        || {
            black_box(route(black_box(&large), today));
        },
    );
    measure(
        "Forms derivation, household of 10 persons",
        101,
        2_000,
        || {
            black_box(required_forms(black_box(&large), today));
        },
    );
}
