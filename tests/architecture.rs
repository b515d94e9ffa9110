//! House rules that the code's text shows: the domain core names no browser crate.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src/domain").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn domain_is_plain_rust() {
    let files = domain_files();
    assert!(files.len() >= 10, "found the domain modules");
    for file in files {
        let text = fs::read_to_string(&file).expect("read file");
        for crate_name in ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
            let used = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .any(|l| {
                    l.contains(&format!("{crate_name}::"))
                        || l.contains(&format!("use {crate_name}"))
                });
            assert!(!used, "{} uses {crate_name}", file.display());
        }
    }
}

fn files_in(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    files
}

fn domain_files() -> Vec<std::path::PathBuf> {
    files_in("src/domain")
}

/// The code of a file without its comment lines and without its `#[cfg(test)]` tail (a unit
/// test may use what the module itself must not).
fn code_of(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("read file");
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module a file of `dir` is: its stem, or the folder for files below it
/// (`rules/rechtsstand.rs` is part of `rules`).
fn module_of(path: &Path, dir: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let rel = path.strip_prefix(&root).expect("under its folder");
    let first = rel.components().next().expect("a file");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// The other modules of `dir` (`src/domain` is `crate::domain`) a file names: `super::x` (from a
/// file of `dir`), `super::super::x` (from a folder below), `crate::…::x`.
fn imports_within(path: &Path, dir: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let code = code_of(path);
    let crate_path = format!(
        "crate::{}::",
        dir.trim_start_matches("src/").replace('/', "::")
    );
    let nested = path.parent().is_some_and(|p| !p.ends_with(dir));
    let own = if nested { "super::super::" } else { "super::" };
    let prefixes = [own, crate_path.as_str()];
    let mut out = BTreeSet::new();
    for prefix in prefixes {
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `super::{a, b}` lists several modules.
            if name.is_empty() && rest.starts_with('{') {
                let list = rest[1..].split('}').next().unwrap_or("");
                for item in list.split(',') {
                    let item = item.trim().split("::").next().unwrap_or("").to_string();
                    if modules.contains(&item) {
                        out.insert(item);
                    }
                }
            } else if modules.contains(&name) {
                out.insert(name);
            }
        }
    }
    out.remove(&module_of(path, dir));
    out
}

/// Module → the modules of the same folder it imports (`mod.rs` left out: it only declares).
fn module_graph(dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let files = files_in(dir);
    let modules: BTreeSet<String> = files
        .iter()
        .map(|f| module_of(f, dir))
        .filter(|m| m != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let m = module_of(f, dir);
        if m != "mod" {
            graph
                .entry(m)
                .or_default()
                .extend(imports_within(f, dir, &modules));
        }
    }
    graph
}

/// A circle of imports in `graph`, if there is one (depth-first; a module met again on the
/// current path closes it).
fn find_circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut circle = path[at..].to_vec();
            circle.push(m.to_string());
            return Some(circle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut Vec::new(), &mut done))
}

use std::collections::{BTreeMap, BTreeSet};

/// The module graph of `dir`, failing the test if its imports run in a circle.
fn without_circle(dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let graph = module_graph(dir);
    let circle = find_circle(&graph);
    assert!(
        circle.is_none(),
        "import circle in {dir}: {}",
        circle.unwrap_or_default().join(" -> ")
    );
    graph
}

#[test]
fn no_import_circle_inside_the_domain() {
    let graph = without_circle("src/domain");
    assert!(
        graph.get("flow").is_some_and(|i| i.contains("step")),
        "the import reader sees flow -> step: {graph:?}"
    );
    // The direction the architecture promises: the personas play the flow, never the reverse;
    // the questions and their checks speak the steps' vocabulary without the state machine.
    for (from, to) in [
        ("flow", "personas"),
        ("step", "flow"),
        ("questions", "flow"),
        ("questions", "validate"),
        ("validate", "flow"),
        ("money", "date"),
    ] {
        assert!(
            !graph.get(from).is_some_and(|i| i.contains(to)),
            "{from} must not import {to}"
        );
    }
}

/// The components share their state through `ui/state.rs` and the browser through
/// `ui/browser.rs`, both below every component, so the UI's modules form no circle either.
#[test]
fn no_import_circle_inside_the_ui() {
    let graph = without_circle("src/ui");
    assert!(
        graph
            .get("app")
            .is_some_and(|i| i.contains("state") && i.contains("pages")),
        "the import reader sees app -> state and app -> pages: {graph:?}"
    );
    for leaf in ["state", "browser"] {
        let imports = graph.get(leaf).cloned().unwrap_or_default();
        assert!(
            imports
                .iter()
                .all(|m| ["browser", "mode", "i18n"].contains(&m.as_str())),
            "{leaf} imports {imports:?}"
        );
    }
}

/// The pages of the walkthrough take what they need (`Walk`, `Jobcenter`, props), not the frame's
/// whole state.
#[test]
fn the_walkthrough_pages_take_narrow_contexts() {
    for file in [
        "src/ui/pages/step.rs",
        "src/ui/pages/after.rs",
        "src/ui/pages/start.rs",
        "src/ui/data_file.rs",
    ] {
        let code = code_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join(file));
        assert!(code.contains("Walk"), "{file} takes the walk");
        assert!(
            !code.contains("AppState"),
            "{file} takes the whole AppState"
        );
    }
}

/// The domain computes values, not sentences, and knows nothing of the shell around it: no UI,
/// no browser storage, no per-Jobcenter configuration, and no global language. It may build
/// `i18n::Text` values (keys with their amounts, dates and names); rendering them in a language
/// is the UI's.
#[test]
fn domain_names_no_outer_module_and_no_global_language() {
    let forbidden = [
        "crate::ui",
        "crate::storage",
        "crate::config",
        "i18n::current",
        "i18n::set_current",
        "i18n::t(",
        "i18n::tf(",
        "i18n::money",
        "i18n::date",
        "i18n::format",
        ".render(",
        ".german()",
    ];
    for file in domain_files() {
        let code = code_of(&file);
        for name in forbidden {
            assert!(!code.contains(name), "{} names {name}", file.display());
        }
        // Imports from the catalogue: keys, the key constants and the Text value, nothing that
        // reads the language of the moment.
        for (i, _) in code.match_indices("use crate::i18n::") {
            let rest = &code[i + "use crate::i18n::".len()..];
            let names = match rest.strip_prefix('{') {
                Some(list) => list.split('}').next().unwrap_or(""),
                None => rest.split(';').next().unwrap_or(""),
            };
            for name in names
                .split(',')
                .map(|n| n.trim().split(' ').next().unwrap_or(""))
            {
                assert!(
                    ["k", "Key", "Text", "text", "fill", "AsArg", ""].contains(&name),
                    "{} imports i18n::{name}",
                    file.display()
                );
            }
        }
    }
}

/// The catalogue is a leaf: of the domain it knows only the plain values it writes (amounts and
/// dates), so wording never reaches into a calculation.
#[test]
fn the_catalogue_knows_only_the_values_it_formats() {
    let files = files_in("src/i18n");
    assert!(files.len() >= 3, "found the catalogue's modules");
    for file in files {
        let code = code_of(&file);
        for (i, _) in code.match_indices("crate::domain::") {
            let rest = &code[i + "crate::domain::".len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let names: Vec<String> = match path.strip_suffix("::") {
                Some(module) => rest[path.len()..]
                    .trim_start_matches('{')
                    .split('}')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .map(|n| format!("{module}::{}", n.trim()))
                    .collect(),
                None => vec![path],
            };
            for name in names {
                assert!(
                    ["money::Cents", "money::group_thousands", "date::Date"]
                        .contains(&name.as_str()),
                    "{} uses crate::domain::{name}",
                    file.display()
                );
            }
        }
        for outer in ["crate::ui", "crate::storage", "crate::config"] {
            assert!(!code.contains(outer), "{} names {outer}", file.display());
        }
    }
}
