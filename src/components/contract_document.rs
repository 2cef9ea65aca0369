//! The contract as a document on the page: what [`Contract::document`] says, laid out once for
//! the printed contract (`#/kontrakt`) and the mentee's copy from a link (`#/udostepnione`).
//!
//! [`Contract::document`]: crate::model::contract::Contract::document

use leptos::prelude::*;

use crate::model::contract::{ContractDocument, DocLine, DocPart};
use crate::model::text;
use crate::model::typography::typeset;

/// The document in a white „paper” section (`.contract-doc`, the only thing the print shows
/// on the contract page).
#[component]
pub fn ContractDocumentView(
    /// The contract as a document; a signal where it follows the saved contract.
    #[prop(into)]
    document: Signal<ContractDocument>,
    /// The section's accessible name („Podgląd dokumentu”).
    label: &'static str,
    /// Show the document's own title; off where the page's heading already names it. Its
    /// sections' headings are one level below the title's (h3 under h2, else h2).
    #[prop(optional)]
    titled: bool,
) -> impl IntoView {
    view! {
        <section class="contract-doc" aria-label=label>
            {move || document.with(|d| body(d, titled))}
        </section>
    }
}

fn body(d: &ContractDocument, titled: bool) -> impl IntoView + use<> {
    let title = titled.then(|| view! { <h2 class="doc-title">{typeset(d.title)}</h2> });
    // „zawarty … pomiędzy:” continues the title; without it, the line opens the document.
    let concluded = if titled {
        typeset(&d.concluded)
    } else {
        typeset(&text::capitalised(&d.concluded))
    };
    let sections = d
        .sections
        .iter()
        .map(|section| {
            let heading = typeset(&section.heading);
            let heading = if titled {
                view! { <h3>{heading}</h3> }.into_any()
            } else {
                view! { <h2>{heading}</h2> }.into_any()
            };
            view! { {heading} {parts(&section.parts)} }
        })
        .collect_view();
    let signatures = (!d.signatures.is_empty()).then(|| {
        view! {
            <div class="signatures">
                {d.signatures.iter().map(|name| view! {
                    <div class="signature">
                        <p class="signature-line"></p>
                        <p>{name.clone()}</p>
                        <p>"Data: ……………………"</p>
                    </div>
                }).collect_view()}
            </div>
        }
    });
    view! {
        {title}
        <p class="doc-parties">{concluded}</p>
        {d.standing.iter().map(|s| view! { <p class="doc-amended">{typeset(s)}</p> }).collect_view()}
        <ul class="doc-parties-list">{d.parties.iter().map(doc_line).collect_view()}</ul>
        {sections}
        {signatures}
    }
}

/// A section's parts: lines one after another in one list, each list under its heading.
fn parts(parts: &[DocPart]) -> impl IntoView + use<> {
    let mut out = Vec::new();
    let mut lines = Vec::new();
    let flush = |lines: &mut Vec<AnyView>, out: &mut Vec<AnyView>| {
        if !lines.is_empty() {
            let items = std::mem::take(lines);
            out.push(view! { <ul>{items}</ul> }.into_any());
        }
    };
    for part in parts {
        match part {
            DocPart::Line(line) => lines.push(doc_line(line).into_any()),
            DocPart::List { heading, items } => {
                flush(&mut lines, &mut out);
                let heading = typeset(&format!("{heading}:"));
                let items = items
                    .iter()
                    .map(|item| view! { <li class="prewrap">{typeset(item)}</li> })
                    .collect_view();
                out.push(view! { <p><strong>{heading}</strong></p><ul>{items}</ul> }.into_any());
            }
        }
    }
    flush(&mut lines, &mut out);
    out
}

fn doc_line(line: &DocLine) -> impl IntoView + use<> {
    let mark = line.agreement.map(|a| format!(" {}", a.mark()));
    view! {
        <li>
            <strong>{typeset(&format!("{}: ", line.label))}</strong>
            <span class="prewrap">{typeset(&line.text)}</span>
            {mark}
        </li>
    }
}
