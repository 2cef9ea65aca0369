//! Printing one part of a page alone.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Class on the one element a print shows, when a page has several of a kind (a meeting's
/// summary among many).
const MARK: &str = "print-this";

thread_local! {
    /// The element marked for the print under way, if any.
    static MARKED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
    /// `afterprint` is handled: set once, on the first print, for as long as the page lives.
    static LISTENING: Cell<bool> = const { Cell::new(false) };
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
///
/// The handler is one closure kept for the page's life, not one per print: the browser's own
/// print (Ctrl+P, the menu) fires `afterprint` too, and a closure dropped after the app's
/// print would then be called after being dropped (a wasm-bindgen error in the console).
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
    if !LISTENING.replace(true) {
        let on_afterprint = Closure::<dyn Fn()>::new(clear);
        window.set_onafterprint(Some(on_afterprint.as_ref().unchecked_ref()));
        // Lives as long as the page: every later `afterprint` calls it.
        on_afterprint.forget();
    }
    let _ = window.print();
}
