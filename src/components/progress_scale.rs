//! Recording progress on one goal during a meeting: 0–10 with a short note. Keeps nothing of
//! its own but what the mentor typed and the model refused; the value goes out through a
//! callback, for the agenda's running meeting and the programme page alike.

use leptos::prelude::*;

use crate::components::controls::TextField;
use crate::model::journal::parse_progress;

/// A goal's progress at a meeting, as the mentor records it.
#[component]
pub fn ProgressScale(
    /// Unique prefix of the fields' ids (`postep-3`).
    #[prop(into)]
    id: String,
    /// The goal's current wording, the group's legend.
    #[prop(into)]
    goal: String,
    /// The value recorded so far at this meeting, if any.
    #[prop(into)]
    value: Signal<Option<u8>>,
    /// Its note.
    #[prop(into)]
    note: Signal<String>,
    /// Called with the value 0–10 and the note whenever either is set.
    on_record: Callback<(u8, String)>,
) -> impl IntoView {
    // Text the model refused stays in the field, with its message, until it is fixed.
    let refused = RwSignal::new(None::<(String, String)>);
    // A note typed before any value: kept here and sent with the first value.
    let early_note = RwSignal::new(None::<String>);
    let shown_note = move || early_note.get().unwrap_or_else(|| note.get());
    let commit_value = move |text: String| {
        // An emptied field records nothing; what was recorded stays, and the line beside
        // says so.
        if text.trim().is_empty() {
            refused.set(None);
            return;
        }
        match parse_progress(&text) {
            Ok(v) => {
                refused.set(None);
                let note = early_note
                    .get_untracked()
                    .unwrap_or_else(|| note.get_untracked());
                early_note.set(None);
                on_record.run((v, note));
            }
            Err(error) => refused.set(Some((text, error.to_string()))),
        }
    };
    let commit_note = move |text: String| match value.get_untracked() {
        Some(v) => {
            early_note.set(None);
            on_record.run((v, text));
        }
        None => early_note.set(Some(text)),
    };
    let value_id = format!("{id}-wartosc");
    let note_id = format!("{id}-notatka");
    view! {
        <fieldset class="progress-scale">
            <legend>{goal}</legend>
            <div class="progress-scale-row">
                <TextField
                    id=value_id
                    label="Postęp (0–10)"
                    numeric=true
                    class="field-short"
                    placeholder="0–10"
                    value=Signal::derive(move || {
                        refused
                            .with(|r| r.as_ref().map(|(text, _)| text.clone()))
                            .unwrap_or_else(|| value.get().map(|v| v.to_string()).unwrap_or_default())
                    })
                    error=Signal::derive(move || refused.with(|r| r.as_ref().map(|(_, m)| m.clone())))
                    on_commit=Callback::new(commit_value)
                />
                <p class="progress-now" aria-live="polite">
                    {move || match value.get() {
                        Some(v) => format!("Zapisano: {v}/10"),
                        None => "Jeszcze bez oceny".to_string(),
                    }}
                </p>
            </div>
            <TextField
                id=note_id
                label="Krótka notatka"
                placeholder="np. pierwsza prezentacja"
                value=Signal::derive(shown_note)
                on_commit=Callback::new(commit_note)
            />
        </fieldset>
    }
}
