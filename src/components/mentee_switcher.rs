//! The active mentee, switchable from every screen: every tool saves for this person.

use leptos::prelude::*;

use crate::model::mentees::MenteeId;
use crate::state::AppState;

#[component]
pub fn MenteeSwitcher() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_change = move |ev: leptos::ev::Event| {
        let id = MenteeId(event_target_value(&ev));
        // An id that vanished in another tab: the select re-renders from the roster anyway.
        let _ = state.change_roster(|roster| roster.switch_to(&id));
    };
    view! {
        <div class="mentee-switcher">
            <label for="aktywny-mentee">"Mentee"</label>
            <select id="aktywny-mentee" on:change=on_change>
                {move || {
                    state
                        .roster
                        .with(|roster| {
                            let active = roster.active_id().clone();
                            let option = |mentee: &crate::model::mentees::Mentee| {
                                let selected = mentee.id == active;
                                view! {
                                    <option value=mentee.id.0.clone() selected=selected>
                                        {mentee.name.clone()}
                                    </option>
                                }
                            };
                            let archived = roster.archived();
                            // Closed mentorships stay reachable (their summary, reopening),
                            // apart from the everyday list.
                            let archive = (!archived.is_empty()).then(|| view! {
                                <optgroup label="Archiwum">
                                    {archived.into_iter().map(option).collect_view()}
                                </optgroup>
                            });
                            (roster.current().into_iter().map(option).collect_view(), archive)
                        })
                }}
            </select>
        </div>
    }
}
