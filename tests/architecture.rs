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
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
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
