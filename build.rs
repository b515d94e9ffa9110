//! Compiles the text catalogue (`locales/*.json`) into the app: the German texts (the source
//! language) become a table in the binary, every key a constant in `i18n::k`. The other languages
//! are loaded at run time from files the post-build hook writes (`scripts/locales.py`).
//!
//! In the split release build (see [`split_points`]) the table holds only the texts the first
//! module can show: a text named only in files of the later pages ([`LATER_FILES`]) is left empty
//! there and comes from the German language file with the later pages' code (`ui::i18n`).
//!
//! The build fails when a language misses a key, has one German lacks, or uses other
//! `{placeholders}` than German in a text: a half-translated page can never be built.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Every language of the catalogue; the first is the source. Must match `i18n::Lang` and
/// scripts/locales.py.
const LANGS: [&str; 6] = ["de", "ls", "en", "uk", "ar", "tr"];

fn main() {
    let split = split_points();
    println!("cargo:rerun-if-changed=locales");
    let dir = Path::new("locales");
    let mut catalogues = Vec::new();
    for lang in LANGS {
        let path = dir.join(format!("{lang}.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let map: BTreeMap<String, String> = serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!("{} is not a flat JSON object of texts: {e}", path.display())
        });
        catalogues.push((lang, map));
    }
    let problems = check(&catalogues);
    if !problems.is_empty() {
        panic!(
            "the text catalogue is incomplete:\n  {}",
            problems.join("\n  ")
        );
    }

    let german = &catalogues[0].1;
    let mut out = String::new();
    writeln!(out, "/// Number of texts in every language.").ok();
    writeln!(out, "pub const KEY_COUNT: usize = {};", german.len()).ok();
    writeln!(
        out,
        "/// Names the key list; a language file made for another key list is not used.\n\
         pub const FINGERPRINT: &str = \"{}\";",
        fingerprint(german.keys())
    )
    .ok();
    writeln!(out, "/// One constant per text, named after its key.").ok();
    writeln!(out, "pub mod k {{\n    use super::Key;").ok();
    for (i, key) in german.keys().enumerate() {
        writeln!(out, "    pub const {}: Key = Key({i});", const_name(key)).ok();
    }
    writeln!(out, "}}").ok();
    // Empty: in the German language file only (never empty in locales/de.json, see `check`).
    let later = if split {
        later_only_keys(german.keys())
    } else {
        BTreeSet::new()
    };
    writeln!(
        out,
        "/// The German texts, in key order (empty: loaded with the later pages, see build.rs)."
    )
    .ok();
    writeln!(out, "pub static GERMAN: [&str; KEY_COUNT] = [").ok();
    for (key, text) in german {
        let text = if later.contains(key) { "" } else { text };
        writeln!(out, "    {text:?},").ok();
    }
    writeln!(out, "];").ok();
    writeln!(
        out,
        "/// The key names, for messages in native tests and tools; not in the WebAssembly app.\n\
         #[cfg(not(target_arch = \"wasm32\"))]\npub static KEY_NAMES: [&str; KEY_COUNT] = ["
    )
    .ok();
    for key in german.keys() {
        writeln!(out, "    {key:?},").ok();
    }
    writeln!(out, "];").ok();

    let target =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    std::fs::write(&target, out).expect("write the generated catalogue");
}

/// The release WebAssembly is split into a first module and chunks loaded when first needed
/// (`ui::lazy`; scripts/split_wasm.py does the splitting after the build). Only there: tests,
/// clippy and native builds call the same functions directly, and the splitting tool needs the
/// linker's relocations, which only this build keeps.
fn split_points() -> bool {
    println!("cargo:rustc-check-cfg=cfg(wasm_split)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    if wasm && release {
        println!("cargo:rustc-cfg=wasm_split");
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
        // Which file names which text decides what the first module holds.
        println!("cargo:rerun-if-changed=src");
    }
    wasm && release
}

/// The files whose code runs only once the later pages' chunk is here (`ui::split_points`): every
/// page but the start page, and what the domain works out only for them. A text they alone name
/// is not needed before the chunk. A file missing here only costs bytes; a file wrongly here is
/// caught at run time: the page is drawn again once the texts are here, and the console says so
/// (which fails the browser tests).
const LATER_FILES: &[&str] = &[
    "src/ui/pages/after.rs",
    "src/ui/pages/auswertung.rs",
    "src/ui/pages/glossary.rs",
    "src/ui/pages/lohn.rs",
    "src/ui/pages/map.rs",
    "src/ui/pages/privacy.rs",
    "src/ui/pages/step.rs",
    "src/ui/pages/vergleich.rs",
    "src/domain/auswertung.rs",
    "src/domain/bescheid/",
    "src/domain/checklist.rs",
    "src/domain/form_progress.rs",
    "src/domain/forms.rs",
    "src/domain/glossary.rs",
    "src/domain/netto.rs",
    "src/domain/process_map.rs",
    "src/domain/questions/",
    "src/domain/report.rs",
    "src/domain/verfahren.rs",
    "src/domain/vergleich.rs",
    "src/domain/was_bleibt.rs",
];

/// The keys that only [`LATER_FILES`] name (as `k::CONSTANT`).
fn later_only_keys<'a>(keys: impl Iterator<Item = &'a String>) -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut named_early = BTreeSet::new();
    let mut named_later = BTreeSet::new();
    for path in files {
        let code = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let file = path.to_string_lossy().replace('\\', "/");
        let later = LATER_FILES.iter().any(|l| file.starts_with(l));
        let named = if later {
            &mut named_later
        } else {
            &mut named_early
        };
        for (at, _) in code.match_indices("k::") {
            let constant: String = code[at + 3..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if !constant.is_empty() {
                named.insert(constant);
            }
        }
    }
    keys.filter(|key| {
        let constant = const_name(key);
        named_later.contains(&constant) && !named_early.contains(&constant)
    })
    .cloned()
    .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn check(catalogues: &[(&str, BTreeMap<String, String>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let german = &catalogues[0].1;
    for key in german.keys() {
        if !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
        {
            problems.push(format!("key {key:?}: use only a-z, 0-9, '.' and '_'"));
        }
    }
    let mut names = BTreeMap::new();
    for key in german.keys() {
        if let Some(other) = names.insert(const_name(key), key) {
            problems.push(format!(
                "keys {other:?} and {key:?} give the same constant name"
            ));
        }
    }
    for (lang, map) in catalogues {
        for key in german.keys().filter(|k| !map.contains_key(*k)) {
            problems.push(format!("{lang}.json lacks {key:?}"));
        }
        for key in map.keys().filter(|k| !german.contains_key(*k)) {
            problems.push(format!(
                "{lang}.json has {key:?}, which de.json does not have"
            ));
        }
        for (key, text) in map {
            if text.trim().is_empty() {
                problems.push(format!("{lang}.json: {key:?} is empty"));
            }
            // The language files hold one text per line.
            if text.chars().any(char::is_control) {
                problems.push(format!(
                    "{lang}.json: {key:?} has a line break or control character"
                ));
            }
            if let Some(source) = german.get(key) {
                if placeholders(source) != placeholders(text) {
                    problems.push(format!(
                        "{lang}.json: {key:?} uses the placeholders {:?}, German uses {:?}",
                        placeholders(text),
                        placeholders(source)
                    ));
                }
            }
        }
    }
    problems
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.insert(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

fn const_name(key: &str) -> String {
    key.replace('.', "_").to_ascii_uppercase()
}

/// FNV-1a (64 bit) over the keys, each followed by a newline; scripts/locales.py computes the same.
fn fingerprint<'a>(keys: impl Iterator<Item = &'a String>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for key in keys {
        for byte in key.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:010x}", hash >> 24)
}
