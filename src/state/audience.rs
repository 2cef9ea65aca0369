//! Whose app this is, in signals: the decision ([`Audience::of`]) from what storage holds, the
//! user's remembered choice, and whether the page was opened with a shared link. The layout
//! shown is written down for the static shell's next first paint (`public/boot/head.js`).
//! Plain `bool` signals: no new reactive type in the shell's wasm.

use leptos::prelude::*;

use super::AppState;
use crate::model::audience::{self, Audience, Facts};
use crate::model::mentees::Roster;
use crate::model::received::ReceivedCount;
use crate::store::codec::{Decoded, decode};
use crate::store::documents::{AUDIENCE_KEY, MENTEE_PREFIX, RECEIVED_KEY};

/// The layout in effect, provided as context by the shell.
#[derive(Clone, Copy)]
pub struct Layout {
    /// The mentee's layout is shown.
    mentee: Memo<bool>,
    /// The data alone (no choice) gives the mentee's layout.
    mentee_by_data: Memo<bool>,
    /// The user chose a layout, and which.
    chosen: RwSignal<bool>,
    chose_mentee: RwSignal<bool>,
}

impl Layout {
    /// Reads the remembered choice and follows the data; `opened_link` is whether this page
    /// was opened with a shared link (the shell asks before the link is taken).
    pub fn install(state: AppState, opened_link: bool) -> Layout {
        let stored = state
            .store
            .with_value(|store| store.read_raw(AUDIENCE_KEY))
            .unwrap_or_default();
        let (shown, was_chosen) = audience::read_remembered(&stored);
        let chosen = RwSignal::new(was_chosen);
        let chose_mentee = RwSignal::new(was_chosen && shown == Some(Audience::Mentee));
        // The mentor's own data: a named mentee, or a document saved for one. Follows the
        // roster and every write (a saved item, a restored backup).
        let own_data = Memo::new(move |_| {
            state.settled.track();
            !state.roster.with(Roster::only_stand_in)
                || state
                    .store
                    .with_value(|store| store.has_prefix(MENTEE_PREFIX))
        });
        // The data alone: what the app shows on the next open without a link, and what is
        // written down for the static shell's first paint then.
        let data_says_mentee = Memo::new(move |_| {
            state.settled.track();
            let own_data = own_data.get();
            // The items are read only on a phone with nothing of a mentor's.
            let kept_items = if own_data {
                0
            } else {
                state.store.with_value(|store| {
                    store
                        .read_raw(RECEIVED_KEY)
                        .map(|raw| match decode::<ReceivedCount>(&raw) {
                            Decoded::Ready(count) => count.len(),
                            // Something is there, unreadable: still the mentee's.
                            _ => 1,
                        })
                        .unwrap_or(0)
                })
            };
            Audience::of(Facts {
                own_data,
                kept_items,
                opened_link: false,
                chosen: None,
            })
            .is_mentee()
        });
        // This page: a link opened on a phone with nothing of a mentor's is the mentee's too.
        let mentee_by_data =
            Memo::new(move |_| data_says_mentee.get() || (opened_link && !own_data.get()));
        let mentee = Memo::new(move |_| {
            if chosen.get() {
                chose_mentee.get()
            } else {
                mentee_by_data.get()
            }
        });
        // Written when it changes, for the static shell's next first paint: the data's
        // decision or the user's choice (a link's page is painted by the static shell's own
        // rule). A phone with nothing stored for it, that would show the toolkit anyway, gets
        // nothing written.
        let written = StoredValue::new(stored);
        Effect::new(move |_| {
            let chose = chosen.get();
            let mentee = if chose {
                chose_mentee.get()
            } else {
                data_says_mentee.get()
            };
            let shown = if mentee {
                Audience::Mentee
            } else {
                Audience::Mentor
            };
            let now = audience::remembered(shown, chose);
            let unneeded = written.with_value(String::is_empty) && !chose && !mentee;
            if !unneeded && written.with_value(|before| *before != now) {
                state.store.update_value(|store| {
                    store.save_encoded(AUDIENCE_KEY, now.clone());
                });
                state.sync_problems();
                written.set_value(now);
            }
        });
        Layout {
            mentee,
            mentee_by_data,
            chosen,
            chose_mentee,
        }
    }

    /// The mentee's layout is shown (tracked).
    pub fn is_mentee(&self) -> bool {
        self.mentee.get()
    }

    /// The same, read once.
    pub fn is_mentee_untracked(&self) -> bool {
        self.mentee.get_untracked()
    }

    /// „Jestem mentorem/mentorką — pokaż narzędzia”, or back to the mentee's layout; `None`
    /// forgets the choice (the data decides again).
    pub fn choose(&self, choice: Option<Audience>) {
        self.chose_mentee.set(choice == Some(Audience::Mentee));
        self.chosen.set(choice.is_some());
    }

    /// The user chose the toolkit („pokaż narzędzia”).
    pub fn chose_tools(&self) -> bool {
        self.chosen.get() && !self.chose_mentee.get()
    }

    /// Back to the mentee's layout after choosing the tools: the data decides again when it
    /// says „mentee”, otherwise the mentee's layout is the choice now.
    pub fn back_to_mentee(&self) {
        if self.mentee_by_data.get_untracked() {
            self.choose(None);
        } else {
            self.choose(Some(Audience::Mentee));
        }
    }
}
