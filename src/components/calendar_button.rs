//! A meeting's open action items with a due day, added to the calendar as an `.ics` file
//! (all-day events on their due days, with the contract's reminder).

use leptos::prelude::*;

use crate::browser::{clock, download};
use crate::components::controls::Button;
use crate::model::date;
use crate::model::ics::{self, Reminder};
use crate::model::journal::Meeting;
use crate::model::mentees::MenteeId;

/// „Dodaj zadania do kalendarza (.ics)”: downloads the meeting's open items that have a due
/// day; disabled, with the reason beside it, while none has.
#[component]
pub fn ActionItemsCalendar(
    /// The meeting whose action items go into the file.
    #[prop(into)]
    meeting: Signal<Meeting>,
    /// The mentee's id: each item's event keeps the same UID across downloads.
    #[prop(into)]
    mentee: Signal<MenteeId>,
    /// The mentee's name, in the events' descriptions and the file's name.
    #[prop(into)]
    mentee_name: Signal<String>,
    /// The reminder the contract sets for calendar files ([`crate::model::contract::Contract::reminder`]).
    #[prop(into)]
    reminder: Signal<Reminder>,
) -> impl IntoView {
    let nothing_due = Memo::new(move |_| meeting.with(|m| !m.has_calendar()));
    let export = move |()| {
        let name = mentee_name.get_untracked();
        let file = meeting.with_untracked(|m| {
            mentee.with_untracked(|id| {
                m.to_ics(id, &name, reminder.get_untracked(), &clock::utc_stamp())
                    .map(|text| {
                        let kind = format!("zadania-{}", date::to_iso(m.date));
                        (text, ics::file_name(&kind, &name))
                    })
            })
        });
        if let Some((text, file_name)) = file {
            let _ = download::download_text(&file_name, "text/calendar;charset=utf-8", &text);
        }
    };
    view! {
        <div class="action-calendar">
            <Button
                label="Dodaj zadania do kalendarza (.ics)"
                class="button-quiet"
                disabled=nothing_due
                on_press=Callback::new(export)
            />
            <p class="muted" hidden=move || !nothing_due.get()>
                "Do kalendarza trafiają otwarte zadania z terminem. Dodaj termin zadaniu, aby je tam wpisać."
            </p>
        </div>
    }
}
