//! The process map is the state machine drawn as a graph: every step and branch appears, nothing
//! is an orphan, and the statuses follow the walkthrough.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use antragssimulator::domain::flow::{Event, Walkthrough};
use antragssimulator::domain::personas;
use antragssimulator::domain::process_map::{process_map, NodeStatus, ProcessMap};
use antragssimulator::domain::step::{all_exits, Step};
use common::{autopilot, today};
use std::collections::HashSet;

fn check_graph(map: &ProcessMap, w: &Walkthrough, what: &str) {
    let ids: HashSet<&str> = map.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids.len(), map.nodes.len(), "{what}: node ids repeat");
    // Every step of the route, the start and the pages after sending are on the map.
    let mut expected = w.route();
    expected.push(Step::Start);
    expected.extend([Step::Bestaetigung, Step::Bescheid, Step::Nachweise]);
    for step in expected {
        assert!(
            ids.contains(step.slug().as_str()),
            "{what}: {step:?} missing"
        );
    }
    // Every exit of the state machine is a branch on the map.
    for exit in all_exits() {
        let slug = Step::Ausstieg(exit).slug();
        assert!(
            map.edges.iter().any(|e| e.branch && e.to == slug),
            "{what}: exit {slug} missing"
        );
    }
    // No orphan: every node but the start is reached by an edge, every edge joins two nodes.
    for n in &map.nodes {
        if n.id != "start" {
            assert!(
                map.edges.iter().any(|e| e.to == n.id),
                "{what}: {} has no way in",
                n.id
            );
        }
    }
    for e in &map.edges {
        assert!(
            ids.contains(e.from.as_str()) && ids.contains(e.to.as_str()),
            "{what}: loose edge {e:?}"
        );
    }
    // The main line is one path: every spine node but the last leads on.
    let spine: Vec<_> = map.nodes.iter().filter(|n| !n.exit).collect();
    for pair in spine.windows(2) {
        assert!(map
            .edges
            .iter()
            .any(|e| !e.branch && e.from == pair[0].id && e.to == pair[1].id));
    }
    // Every node stands in exactly one row: a step of the main line, or a branch beside one.
    let rows = map.rows();
    let mut placed: Vec<&str> = Vec::new();
    for row in &rows {
        assert!(!row.step.exit, "{what}: an exit on the main line");
        placed.push(&row.step.id);
        for exit in &row.exits {
            assert!(
                exit.exit,
                "{what}: {} branches off {}",
                exit.id, row.step.id
            );
            placed.push(&exit.id);
        }
    }
    placed.sort_unstable();
    let mut all: Vec<&str> = map.nodes.iter().map(|n| n.id.as_str()).collect();
    all.sort_unstable();
    assert_eq!(placed, all, "{what}: nodes outside the rows, or twice");
    // Exactly the current step is highlighted.
    let current: Vec<_> = map
        .nodes
        .iter()
        .filter(|n| n.status == NodeStatus::Aktuell)
        .collect();
    assert_eq!(current.len(), 1, "{what}: {current:?}");
    assert_eq!(current[0].step, Some(w.current));
}

#[test]
fn every_step_and_branch_appears_for_every_persona_at_every_point() {
    for p in personas::all() {
        let mut w = Walkthrough::new(today());
        check_graph(&process_map(&w), &w, p.id.slug());
        let played = p.play(today());
        check_graph(&process_map(&played), &played, p.id.slug());
        // Half way through, too.
        w.apply(Event::Next);
        for _ in 0..6 {
            w.apply(Event::Next);
        }
        check_graph(&process_map(&w), &w, p.id.slug());
    }
    let mut w = Walkthrough::new(today());
    w.apply(Event::Next);
    autopilot(&mut w);
    check_graph(&process_map(&w), &w, "autopilot");
}

#[test]
fn completed_steps_are_marked_and_branches_not_taken_are_greyed() {
    let w = personas::by_id("allein-ohne-einkommen")
        .expect("persona")
        .play(today());
    let map = process_map(&w);
    let status = |id: &str| map.nodes.iter().find(|n| n.id == id).map(|n| n.status);
    assert_eq!(status("personalien"), Some(NodeStatus::Erledigt));
    assert_eq!(status("bestaetigung"), Some(NodeStatus::Aktuell));
    assert_eq!(status("bescheid"), Some(NodeStatus::Offen));
    assert_eq!(
        status("personen"),
        Some(NodeStatus::Entfaellt),
        "nobody else lives there"
    );
    assert_eq!(status("ausstieg-studium"), Some(NodeStatus::Entfaellt));
    let kdu = map
        .nodes
        .iter()
        .find(|n| n.id == "wohnkosten")
        .expect("node");
    assert_eq!(kdu.forms, vec!["KDU"]);
}

#[test]
fn an_exit_taken_is_where_the_map_ends() {
    let w = personas::by_id("studentin").expect("persona").play(today());
    assert_eq!(
        w.current,
        Step::Ausstieg(antragssimulator::domain::step::Ausstieg::Studium)
    );
    let map = process_map(&w);
    let status = |id: &str| map.nodes.iter().find(|n| n.id == id).map(|n| n.status);
    assert_eq!(status("ausstieg-studium"), Some(NodeStatus::Aktuell));
    assert_eq!(status("ausbildung"), Some(NodeStatus::Erledigt));
    assert_eq!(status("personalien"), Some(NodeStatus::Entfaellt));
    assert_eq!(status("ausstieg-altersgrenze"), Some(NodeStatus::Entfaellt));
}

#[test]
fn a_household_brings_in_its_pages_and_anlagen() {
    let w = personas::by_id("alleinerziehend-minijob")
        .expect("persona")
        .play(today());
    let map = process_map(&w);
    let node = |id: &str| map.nodes.iter().find(|n| n.id == id).expect(id);
    assert!(
        map.nodes.iter().all(|n| n.id != "personen"),
        "real person pages replace the generic one"
    );
    assert_eq!(node("person-kind-1").forms, vec!["KI", "UH4"]);
    assert_eq!(node("einkommen-antragsteller").forms, vec!["EK"]);
    assert_eq!(node("vermoegen-antragsteller").forms, vec!["VM"]);
}
