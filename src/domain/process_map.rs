//! The process map: the state machine drawn as a graph. The nodes are the steps the walkthrough
//! can take for these answers (plus the branches that do not apply, greyed out), the exits of the
//! Vorprüfung as side branches, and the forms each step brings in. The map is a column of steps,
//! each with the exits that branch off it ([`ProcessMap::rows`]); the page lays them out (so
//! labels wrap and the map mirrors in right-to-left languages), the tests check the graph natively.

use super::antrag::PersonRef;
use super::flow::Walkthrough;
use super::form_progress::steps_of;
use super::forms::Form;
use super::questions::step_title;
use super::step::{application_steps, possible_exits, Step, AFTER_SUBMISSION, VORPRUEFUNG};
use crate::i18n::{fill, k, text, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeStatus {
    Aktuell,
    Erledigt,
    Offen,
    /// A branch these answers do not take.
    Entfaellt,
}

impl NodeStatus {
    pub fn label(self) -> Text {
        match self {
            NodeStatus::Aktuell => text(k::MAP_AKTUELLER_SCHRITT),
            NodeStatus::Erledigt => text(k::MAP_ERLEDIGT),
            NodeStatus::Offen => text(k::MAP_LEGEND_OPEN),
            NodeStatus::Entfaellt => text(k::MAP_TRIFFT_NICHT),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// A stable id: the step's slug, or "personen" for the generic household page.
    pub id: String,
    /// The step, when the node is one the walkthrough can show.
    pub step: Option<Step>,
    pub label: Text,
    pub exit: bool,
    pub status: NodeStatus,
    /// Codes of the Anlagen asked on this step ("KDU", "EK"); the Hauptantrag is left out
    /// because every application has it.
    pub forms: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub from: String,
    pub to: String,
    /// A branch to an exit, not the main flow.
    pub branch: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessMap {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// One step of the main line and the exits that branch off it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub step: &'a Node,
    pub exits: Vec<&'a Node>,
}

impl ProcessMap {
    /// The main line in order, each step with its branches: every node stands in exactly one row.
    pub fn rows(&self) -> Vec<Row<'_>> {
        let node = |id: &str| self.nodes.iter().find(|n| n.id == id);
        self.nodes
            .iter()
            .filter(|n| !n.exit)
            .map(|step| Row {
                step,
                exits: self
                    .edges
                    .iter()
                    .filter(|e| e.branch && e.from == step.id)
                    .filter_map(|e| node(&e.to))
                    .collect(),
            })
            .collect()
    }
}

const GENERIC_PERSON: &str = "personen";

pub fn process_map(w: &Walkthrough) -> ProcessMap {
    let route = w.route();
    let forms = w.forms();
    let on_route = |s: Step| route.contains(&s);

    // The main line: start, Vorprüfung, the application for these answers (with the optional
    // steps it does not take), and the pages after sending.
    let mut spine: Vec<(Option<Step>, Text)> = vec![(Some(Step::Start), text(k::MAP_START))];
    spine.extend(VORPRUEFUNG.iter().map(|s| (Some(*s), title(*s, w))));
    let steps = application_steps(&w.antrag, w.today);
    for s in &steps {
        if *s == Step::Haushalt && !steps.iter().any(|s| matches!(s, Step::Person(_))) {
            spine.push((Some(*s), title(*s, w)));
            spine.push((None, text(k::MAP_JE_SEITE_PRO_WEITERER)));
            continue;
        }
        spine.push((Some(*s), title(*s, w)));
        if *s == Step::Wohnung && !steps.contains(&Step::Wohnkosten) {
            spine.push((Some(Step::Wohnkosten), title(Step::Wohnkosten, w)));
        }
    }
    spine.extend(AFTER_SUBMISSION.iter().map(|s| (Some(*s), title(*s, w))));

    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    let mut previous: Option<String> = None;
    for (step, label) in spine {
        let id = step.map_or(GENERIC_PERSON.to_string(), |s| s.slug());
        let status = match step {
            None => NodeStatus::Entfaellt,
            Some(s) => status_of(
                w,
                s,
                s == Step::Start || s.is_after_submission() || on_route(s),
            ),
        };
        let codes = match step {
            None => vec![Form::Wep.code(), Form::Ki.code(), Form::Hg.code()],
            Some(Step::Wohnkosten) if !on_route(Step::Wohnkosten) => vec![Form::Kdu.code()],
            Some(s) => form_codes(&forms, s, &route),
        };
        nodes.push(Node {
            id: id.clone(),
            step,
            label,
            exit: false,
            status,
            forms: codes,
        });
        if let Some(from) = previous.replace(id.clone()) {
            edges.push(Edge {
                from,
                to: id.clone(),
                branch: false,
            });
        }
        let exits = step.map(possible_exits).unwrap_or_default();
        for exit in exits {
            let s = Step::Ausstieg(*exit);
            nodes.push(Node {
                id: s.slug(),
                step: Some(s),
                label: exit_label(*exit),
                exit: true,
                status: status_of(w, s, on_route(s)),
                forms: Vec::new(),
            });
            edges.push(Edge {
                from: id.clone(),
                to: s.slug(),
                branch: true,
            });
        }
    }
    ProcessMap { nodes, edges }
}

fn title(step: Step, w: &Walkthrough) -> Text {
    let who = |p: PersonRef| w.antrag.display_name(p);
    match step {
        Step::Einkommen(p) => fill(k::MAP_STEP_EINKOMMEN, &[("name", &who(p))]),
        Step::Vermoegen(p) => fill(k::MAP_STEP_VERMOEGEN, &[("name", &who(p))]),
        Step::Bestaetigung => text(k::MAP_EINGANGSBESTAETIGUNG),
        other => step_title(other, &w.antrag),
    }
}

fn exit_label(exit: super::step::Ausstieg) -> Text {
    use super::step::Ausstieg as A;
    match exit {
        A::UnterMindestalter => text(k::MAP_UNTER_15_ELTERN_BEANTRAGEN),
        A::Altersgrenze => text(k::MAP_ALTERSGRENZE_SOZIALAMT),
        A::NichtErwerbsfaehig => text(k::MAP_NICHT_ERWERBSFAEHIG_SOZIALAMT),
        A::KeinWohnsitz => text(k::MAP_KEIN_WOHNSITZ_DEUTSCHLAND),
        A::ErsteDreiMonate => text(k::MAP_ERSTE_DREI_MONATE),
        A::NurArbeitsuche => text(k::MAP_NUR_ARBEITSUCHE),
        A::Asylbewerber => text(k::MAP_ASYLBEWERBER_ASYLBLG),
        A::Studium => text(k::MAP_STUDIUM_BAFOEG_AMT),
        A::Stationaer => text(k::MAP_EINRICHTUNG_SOZIALAMT),
        A::Altersrente => text(k::MAP_ALTERSRENTE_SOZIALAMT),
    }
}

fn status_of(w: &Walkthrough, step: Step, applies: bool) -> NodeStatus {
    if step == w.current {
        NodeStatus::Aktuell
    } else if !applies {
        NodeStatus::Entfaellt
    } else if w.reached.contains(&step)
        && (step == Step::Start
            || step.is_after_submission()
            || w.submission.is_some()
            || w.check_step(step).is_empty())
    {
        NodeStatus::Erledigt
    } else {
        NodeStatus::Offen
    }
}

fn form_codes(
    forms: &[super::forms::FormInstance],
    step: Step,
    route: &[Step],
) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = forms
        .iter()
        .filter(|f| f.form != Form::Hauptantrag && route.contains(&step))
        .filter(|f| !steps_of(**f, &[step]).is_empty())
        .map(|f| f.form.code())
        .collect();
    codes.dedup();
    codes
}
