//! Printing one part of a page alone.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Class on the one element a print shows, when a page has several of a kind (a meeting's
/// summary among many).
const MARK: &str = "print-this";

thread_local! {
    /// The element marked for the print under way, if any.
    static MARKED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Takes the marks of the last print off: the class on `<html>` and [`MARK`].
fn clear() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        root.set_class_name("");
    }
    if let Some(marked) = MARKED.with(|m| m.borrow_mut().take()) {
        let _ = marked.class_list().remove_1(MARK);
    }
}

/// Opens the print dialog with `class` on `<html>` (and [`MARK`] on `marked`), so print CSS
/// can show only one part: the question cards, the CRM report, one meeting's summary.
///
/// The marks come off when the browser says printing is over (`afterprint`), not when
/// `print()` returns: on phones it returns at once, before the page is laid out for paper.
/// They only matter to print CSS, so a mark left behind changes nothing on screen, and the
/// next print clears it first.
pub fn print_with(class: &str, marked: Option<web_sys::Element>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    clear();
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        root.set_class_name(class);
    }
    if let Some(marked) = marked {
        let _ = marked.class_list().add_1(MARK);
        MARKED.with(|m| *m.borrow_mut() = Some(marked));
    }
    window.set_onafterprint(Some(Closure::once_into_js(clear).unchecked_ref()));
    let _ = window.print();
}
