//! The app's own copy follows the typography rules in the source itself: every string literal
//! outside `src/content` and the tests reads as [`crate::model::typography::typeset`] would show
//! it, with U+00A0 and U+2011 written in the literal. Static copy then costs nothing at run
//! time, while the seed's texts (kept verbatim in `src/content`) and what people type are
//! typeset where they are shown. After editing copy, run the test: it names each literal to fix
//! and how it should read.

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::typography::typeset;

/// Literals that are not copy: SVG geometry (where only ASCII whitespace separates numbers)
/// and messages for a programmer.
const NOT_COPY: &[&str] = &[
    "0 0 320 300",
    "0 0 480 {height}",
    "rotate(-90 600 600)",
    "a known route is in the table",
    "a roster always holds at least one mentee",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "tests") {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// The contents of the plain `"…"` literals in `code`, as written (escapes left as they are),
/// skipping comments, raw strings and character literals.
fn literals(code: &str) -> Vec<&str> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &code[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |end| end + 2);
        } else if rest.starts_with("r\"") || rest.starts_with("r#") {
            let hashes = rest[1..].chars().take_while(|&c| c == '#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let open = 2 + hashes;
            i += rest[open..]
                .find(&close)
                .map_or(rest.len(), |end| open + end + close.len());
        } else if bytes[i] == b'\'' {
            // A character literal ('"', '\'', '\u{a0}') or a lifetime.
            let end = rest[1..]
                .char_indices()
                .take(12)
                .find(|&(j, c)| c == '\'' && (j > 0 || rest[1..].starts_with('\'')))
                .map(|(j, _)| j + 2);
            i += match end {
                Some(end) if !rest[1..end - 1].contains(' ') => end,
                _ => 1,
            };
        } else if bytes[i] == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            found.push(&code[start..j]);
            i = j + 1;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

#[test]
fn the_apps_own_copy_is_typeset_in_the_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("route.rs")];
    for dir in ["pages", "components", "state", "store", "model"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut wrong = Vec::new();
    for file in files {
        if file.ends_with("typography.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        let code = text.split("\n#[cfg(test)]").next().unwrap_or_default();
        for literal in literals(code) {
            if !NOT_COPY.contains(&literal) && typeset(literal) != literal {
                let name = file.strip_prefix(&root).unwrap().display();
                wrong.push(format!("{name}: {literal:?} → {:?}", typeset(literal)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} literals to typeset (U+00A0 after one-letter words, a number and what it counts, before a dash; „ – ” not „ — ”):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn literals_are_read_from_code_and_not_from_comments_or_characters() {
    let code = "// a w b\nlet c = '\"'; let s = \"i tak\"; let r = r#\"o \"x\" y\"#; /* u z */ f::<'a>(\"z\\\"y\");";
    assert_eq!(literals(code), ["i tak", "z\\\"y"]);
}
