//! Adding an action item at a meeting: what, who, by when. The form keeps what is typed until
//! the model takes it; the item goes out through a callback, for the agenda's running meeting
//! and the programme page alike.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::components::controls::{TextField, choice_select};
use crate::model::journal::{ActionOwner, RecordError, parse_due};

/// „Dodaj zadanie”: a new action item for a meeting held on `meeting_day`.
#[component]
pub fn NewActionForm(
    /// Unique prefix of the fields' ids (`nowe-zadanie`).
    #[prop(into)]
    id: String,
    /// The day of the meeting that sets the item: a due date may not be before it.
    #[prop(into)]
    meeting_day: Signal<NaiveDate>,
    /// Called with what is to be done, by whom and by when; the form then clears itself.
    on_add: Callback<(String, ActionOwner, Option<NaiveDate>)>,
) -> impl IntoView {
    let what = RwSignal::new(String::new());
    let owner = RwSignal::new(ActionOwner::Mentee);
    let due = RwSignal::new(String::new());
    let what_error = RwSignal::new(None::<String>);
    let due_error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = what.get_untracked();
        let empty = typed.trim().is_empty();
        what_error.set(empty.then(|| RecordError::EmptyAction.to_string()));
        let checked = parse_due(&due.get_untracked(), meeting_day.get_untracked());
        due_error.set(checked.as_ref().err().map(ToString::to_string));
        if let (false, Ok(by)) = (empty, checked) {
            on_add.run((typed.trim().to_string(), owner.get_untracked(), by));
            what.set(String::new());
            owner.set(ActionOwner::Mentee);
            due.set(String::new());
        }
    };
    view! {
        <form class="new-action" on:submit=submit>
            <TextField
                id=format!("{id}-co")
                label="Co jest do zrobienia"
                live=true
                placeholder="np. plan rozmowy z szefem"
                value=what
                error=what_error
                on_commit=Callback::new(move |text: String| what.set(text))
            />
            {choice_select(
                format!("{id}-kto"),
                "Kto",
                "field-short",
                move || owner.get(),
                move |chosen: ActionOwner| owner.set(chosen),
            )}
            <TextField
                id=format!("{id}-termin")
                label="Do kiedy (opcjonalnie)"
                input_type="date"
                live=true
                class="field-date"
                value=due
                error=due_error
                on_commit=Callback::new(move |text: String| due.set(text))
            />
            <button type="submit" class="button">
                "Dodaj zadanie"
            </button>
        </form>
    }
}
