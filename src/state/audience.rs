//! Whose app this is, in a signal: the decision ([`Audience::of`]) from what storage holds, the
//! user's remembered choice, and whether the page was opened with a shared link. The layout
//! shown is written down for the static shell's next first paint (`public/boot/head.js`).

use leptos::prelude::*;

use super::AppState;
use crate::model::audience::{Audience, Facts, Remembered};
use crate::model::received::ReceivedCount;
use crate::store::codec::{Decoded, decode};
use crate::store::documents::{AUDIENCE_KEY, MENTEE_PREFIX, RECEIVED_KEY};

/// The layout in effect, provided as context by the shell.
#[derive(Clone, Copy)]
pub struct Layout {
    pub audience: Memo<Audience>,
    chosen: RwSignal<Option<Audience>>,
    /// The facts without a choice: what the app would show if the user had chosen nothing.
    unchosen: Memo<Audience>,
}

impl Layout {
    /// Reads the remembered choice and follows the data; `opened_link` is whether this page
    /// was opened with a shared link (the shell asks before the link is taken).
    pub fn install(state: AppState, opened_link: bool) -> Layout {
        let remembered = state
            .load_doc::<Remembered>(AUDIENCE_KEY)
            .unwrap_or_default();
        let chosen = RwSignal::new(Audience::parse(&remembered.chosen));
        let facts = Memo::new(move |_| {
            // Follows the roster and every write (a saved item, a restored backup).
            state.settled.track();
            let named = state.roster.with(|roster| {
                roster.mentees().len() > 1 || roster.mentees().iter().any(|m| !m.is_stand_in())
            });
            let (own_documents, kept) = state.store.with_value(|store| {
                let kept = store
                    .read_raw(RECEIVED_KEY)
                    .map(|raw| match decode::<ReceivedCount>(&raw) {
                        Decoded::Ready(count) => count.len(),
                        // Something is there, unreadable: still the mentee's.
                        _ => 1,
                    })
                    .unwrap_or(0);
                (store.has_prefix(MENTEE_PREFIX), kept)
            });
            Facts {
                own_data: named || own_documents,
                kept_items: kept,
                opened_link,
                chosen: None,
            }
        });
        let unchosen = Memo::new(move |_| Audience::of(facts.get()));
        let audience = Memo::new(move |_| {
            Audience::of(Facts {
                chosen: chosen.get(),
                ..facts.get()
            })
        });
        let layout = Layout {
            audience,
            chosen,
            unchosen,
        };
        // Written when it changes, for the static shell's next first paint.
        let stored = StoredValue::new(remembered);
        Effect::new(move |_| {
            let now = Remembered {
                chosen: chosen
                    .get()
                    .map(|c| c.value().to_string())
                    .unwrap_or_default(),
                shown: audience.get().value().to_string(),
            };
            if stored.with_value(|before| *before != now) {
                state.save_doc(AUDIENCE_KEY, &now);
                stored.set_value(now);
            }
        });
        layout
    }

    pub fn is_mentee(&self) -> bool {
        self.audience.get().is_mentee()
    }

    /// „Jestem mentorem/mentorką — pokaż narzędzia”, or back to the mentee's layout; `None`
    /// forgets the choice (the data decides again).
    pub fn choose(&self, choice: Option<Audience>) {
        self.chosen.set(choice);
    }

    /// Whether the data alone would give the mentee's layout (someone who chose the tools can
    /// go back to it).
    pub fn mentee_by_data(&self) -> bool {
        self.unchosen.get().is_mentee()
    }
}
