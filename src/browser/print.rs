//! Printing one part of a page alone.

/// Opens the print dialog with `class` on `<html>`, so print CSS can show only one part
/// (the question cards, the CRM report); the class is removed when the dialog closes.
pub fn print_with(class: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let root = window.document().and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.class_list().add_1(class);
    }
    let _ = window.print();
    if let Some(root) = &root {
        let _ = root.class_list().remove_1(class);
    }
}
