//! The model's own shape, checked as code: each file opens with the one concept it holds, no
//! file reaches the browser or the UI, and the modules import each other one way only (no
//! cycle). `cargo test --lib model::tests` runs these; a failure names the cycle or the file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn model_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model")
}

/// Every source file of the model, test files left out.
fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "tests.rs")
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&model_dir(), &mut out);
    out
}

/// A file's code without comments and without its inline test module (tests may import
/// whatever they check against).
fn code(text: &str) -> String {
    let mut text = text;
    for marker in ["#[cfg(test)]\nmod tests {", "#[cfg(test)]\n    mod tests {"] {
        if let Some(at) = text.find(marker) {
            text = &text[..at];
        }
    }
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level model module a file belongs to: `journal` for `journal/reported.rs`.
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(model_dir()).unwrap();
    let first = relative
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The model modules a file's code names: `crate::model::x`, `crate::model::{x, y}`, and in a
/// top-level file (where `super` is the model) `super::x` and `super::{x, y}`.
fn named_modules(path: &Path, code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let top_level = path.parent() == Some(model_dir().as_path());
    let mut prefixes = vec!["crate::model::"];
    if top_level {
        prefixes.push("super::");
    }
    let mut named = BTreeSet::new();
    for prefix in prefixes {
        for (at, _) in code.match_indices(prefix) {
            let rest = &code[at + prefix.len()..];
            let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                group
                    .split(',')
                    .map(|part| part.trim().split("::").next().unwrap_or("").trim())
                    .collect()
            } else {
                vec![
                    rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or(""),
                ]
            };
            named.extend(
                names
                    .into_iter()
                    .filter(|name| modules.contains(*name))
                    .map(str::to_string),
            );
        }
    }
    named
}

fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<String> = files
        .iter()
        .map(|f| module_of(f))
        .filter(|m| m != "mod" && m != "tests")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|m| (m.clone(), BTreeSet::new()))
        .collect();
    for file in &files {
        let module = module_of(file);
        if !modules.contains(&module) {
            continue;
        }
        let code = code(&fs::read_to_string(file).unwrap());
        let mut named = named_modules(file, &code, &modules);
        named.remove(&module);
        graph.get_mut(&module).unwrap().extend(named);
    }
    graph
}

/// A cycle in `graph`, as the path that closes it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in &graph[node] {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_model_modules_import_each_other_one_way_only() {
    let graph = import_graph();
    assert!(
        graph.len() > 15,
        "the model's modules were found: {graph:?}"
    );
    // The leaves: the calendar writer and the text helpers know no domain type.
    for leaf in ["ics", "date", "text", "number", "form", "typography"] {
        let allowed: BTreeSet<String> = ["date", "form", "text", "number", "typography"]
            .into_iter()
            .map(str::to_string)
            .collect();
        assert!(
            graph[leaf].is_subset(&allowed),
            "{leaf} is a leaf but imports {:?}",
            graph[leaf]
        );
    }
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle in src/model: {}", cycle.join(" → "));
    }
}

#[test]
fn the_cycle_check_finds_a_cycle_when_there_is_one() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, to) in [
        ("contract", "ics"),
        ("ics", "journal"),
        ("journal", "contract"),
        ("date", "text"),
    ] {
        graph.entry(from.into()).or_default().insert(to.into());
        graph.entry(to.into()).or_default();
    }
    assert_eq!(
        find_cycle(&graph).unwrap(),
        ["contract", "ics", "journal", "contract"]
    );
    graph.get_mut("journal").unwrap().clear();
    assert_eq!(find_cycle(&graph), None);
    // Imports are read from code, grouped or not, and never from comments or tests.
    let modules: BTreeSet<String> = ["journal", "share", "text"]
        .into_iter()
        .map(str::to_string)
        .collect();
    let file = model_dir().join("ics.rs");
    let text = "//! see crate::model::share\nuse super::{text, journal::Meeting};\n#[cfg(test)]\nmod tests {\n    use crate::model::share;\n}\n";
    assert_eq!(
        named_modules(&file, &code(text), &modules),
        ["journal", "text"]
            .into_iter()
            .map(str::to_string)
            .collect()
    );
}

#[test]
fn each_model_file_opens_with_the_concept_it_holds_and_knows_no_browser() {
    for file in sources() {
        let text = fs::read_to_string(&file).unwrap();
        let name = file
            .strip_prefix(model_dir())
            .unwrap()
            .display()
            .to_string();
        assert!(
            text.starts_with("//! "),
            "{name} should open with a `//!` line naming the one concept it holds"
        );
        let code = code(&text);
        for foreign in ["leptos", "web_sys", "wasm_bindgen", "js_sys", "gloo"] {
            assert!(
                !code.contains(foreign),
                "{name} uses {foreign}: the model knows no browser"
            );
        }
    }
}
