//! `#/pytania`: the 50 opening questions as a deck of cards to draw from during a talk, with
//! the active mentee's history of what was already asked, favourites, a searchable list and
//! cards to print and cut out.

use leptos::prelude::*;

use crate::browser::clock;
use crate::components::controls::{Button, Checkbox, TextArea};
use crate::content::questions::{self, Category, Question};
use crate::model::deck::{self, QuestionsDoc, Rng, UsedUp};
use crate::model::typography::typeset;
use crate::model::{date, text};
use crate::state::{AppState, SavedDoc};

/// Pixels a finger must travel sideways for a swipe.
const SWIPE: i32 = 50;

#[component]
pub fn PytaniaPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let doc = state.mentee_doc::<QuestionsDoc>();
    // Nothing left to draw: say why, and offer the way on.
    let used_up = move || doc.value.with(QuestionsDoc::used_up);

    let next = move || {
        doc.update(|doc| {
            if doc.drawn.is_empty() {
                // A fresh deck gets a fresh seed, so no two decks repeat the same order.
                doc.rng = Rng(clock::now_ms() as u64 ^ doc.rng.0);
            }
            doc.draw()
        });
    };
    let previous = move || {
        doc.update(|doc| doc.previous());
    };

    // Space or → draws, ← goes back. Not while typing; and Space on a focused button or
    // link is left to that control (it presses it).
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let tag = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|el| el.tag_name())
            .unwrap_or_default();
        let typing = matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT");
        let on_control = matches!(tag.as_str(), "BUTTON" | "SUMMARY" | "A");
        if typing || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        match ev.key().as_str() {
            " " if !on_control => {
                ev.prevent_default();
                next();
            }
            "ArrowRight" => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" => {
                ev.prevent_default();
                previous();
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    // Swipes on the card: left draws, right goes back.
    let swipe_from = StoredValue::new(None::<i32>);
    let swipe_start = move |ev: leptos::ev::PointerEvent| swipe_from.set_value(Some(ev.client_x()));
    let swipe_end = move |ev: leptos::ev::PointerEvent| {
        if let Some(from) = swipe_from.get_value() {
            let dx = ev.client_x() - from;
            if dx <= -SWIPE {
                next();
            } else if dx >= SWIPE {
                previous();
            }
        }
        swipe_from.set_value(None);
    };
    let card = move || doc.value.with(|d| d.current()).and_then(questions::by_id);

    view! {
        <h1>"Pytania otwarcia"</h1>
        <p class="lead no-print">{typeset(questions::INTRO)}</p>
        <section class="deck no-print" aria-label="Talia pytań">
            {move || {
                // Re-rendered whole on every change of the document: the card is small.
                let (place, total) = doc.value.with(QuestionsDoc::counter);
                // One counter, in words both seen and heard.
                let count = match place {
                    Some(place) => format!("Karta {place} z\u{a0}{total}"),
                    None => format!(
                        "Karta spoza wybranych kategorii (w\u{a0}talii: {})",
                        text::count_noun(total, "karta", "karty", "kart")
                    ),
                };
                match card() {
                    Some(question) => {
                        // A question and its follow-up are one card, lead first.
                        let id = questions::card_of(question.id).0;
                        let question = questions::by_id(id).unwrap_or(question);
                        let texts: Vec<&'static str> = QuestionsDoc::card(id)
                            .filter_map(questions::by_id)
                            .map(|q| q.text)
                            .collect();
                        let favourite = Signal::derive(move || doc.value.with(|d| d.favourites.contains(&id)));
                        let asked = Signal::derive(move || doc.value.with(|d| d.card_asked(id)));
                        view! {
                            <article
                                class=format!("qcard category-{}", question.category.slug())
                                aria-live="polite"
                                on:pointerdown=swipe_start
                                on:pointerup=swipe_end
                            >
                                <p class="qcard-meta">
                                    <span class="chip qcard-category">{question.category.short_name()}</span>
                                    <span class="qcard-count">{count}</span>
                                </p>
                                <div class="qcard-text">
                                    {texts.into_iter().map(|text| view! { <p>{typeset(text)}</p> }).collect_view()}
                                </div>
                                <p class="qcard-marks">
                                    {move || asked.get().then_some("✓ zadane już w\u{a0}tym mentoringu")}
                                </p>
                                <div class="row">
                                    <Button
                                        label=if favourite.get_untracked() { "★ W ulubionych" } else { "☆ Do ulubionych" }
                                        class="button-quiet"
                                        on_press=Callback::new(move |()| doc.update(|d| d.toggle_favourite(id)))
                                    />
                                    <Button
                                        label=if asked.get_untracked() { "Cofnij oznaczenie" } else { "Oznacz jako zadane" }
                                        class="button-quiet"
                                        on_press=Callback::new(move |()| doc.update(|d| d.toggle_card_asked(id, clock::today())))
                                    />
                                </div>
                            </article>
                            <CardNotes doc id />
                        }
                            .into_any()
                    }
                    None => view! {
                        <article class="qcard qcard-empty" on:pointerdown=swipe_start on:pointerup=swipe_end>
                            <p class="qcard-text">"Dobierz pierwszą kartę."</p>
                            <p class="muted">{format!("W talii: {}.", text::count_noun(total, "karta", "karty", "kart"))}</p>
                        </article>
                    }
                        .into_any(),
                }
            }}
            {move || {
                used_up()
                    .map(|why| {
                        let (message, action, label) = match why {
                            UsedUp::AllDrawn => (
                                "Talia się skończyła: wszystkie pytania z wybranych kategorii już padły.",
                                Callback::new(move |()| doc.update(|d| d.reshuffle())),
                                "Potasuj talię od nowa",
                            ),
                            UsedUp::AllAsked => (
                                "Wszystkie pytania z\u{a0}wybranych kategorii zadano już w\u{a0}tym mentoringu. Dodaj kategorię albo dobieraj także zadane.",
                                Callback::new(move |()| doc.update(|d| d.skip_asked = false)),
                                "Dobieraj także zadane",
                            ),
                        };
                        view! {
                            <div class="warning-note" role="status">
                                <p>{message}</p>
                                <Button label on_press=action />
                            </div>
                        }
                    })
            }}
            <div class="row deck-controls">
                <Button label="← Poprzednia" class="button-quiet" on_press=Callback::new(move |()| previous()) />
                <Button label="Następna karta →" on_press=Callback::new(move |()| next()) />
            </div>
            <p class="muted">
                "Przesuń kartę palcem w\u{a0}lewo, aby dobrać następną, w\u{a0}prawo\u{a0}– aby wrócić."
                // Shown only where a keyboard is likely (a fine pointer that hovers), see the style.
                <span class="keyboard-hint">" Na klawiaturze: spacja lub →, a\u{a0}←, by wrócić."</span>
            </p>
            <Filters doc />
        </section>
        <Favourites doc />
        <History doc />
        <Browse doc />
        <PrintCards />
    }
}

/// The note of each asked question on the card, right under it, to write while the mentee
/// answers. Saved on leaving the field: the card re-renders on every change of the document.
#[component]
fn CardNotes(
    /// The mentee's question document.
    doc: SavedDoc<QuestionsDoc>,
    /// The card's lead question.
    id: u16,
) -> impl IntoView {
    let on_card: Vec<u16> = QuestionsDoc::card(id).collect();
    let pair = on_card.len() > 1;
    on_card
        .into_iter()
        .enumerate()
        .filter(|(_, q)| doc.value.with_untracked(|d| d.is_asked(*q)))
        .map(|(place, q)| {
            let label = match (pair, place) {
                (false, _) => "Notatka z odpowiedzi mentee",
                (true, 0) => "Notatka z odpowiedzi na pierwsze pytanie",
                (true, _) => "Notatka z odpowiedzi na drugie pytanie",
            };
            let note = doc.value.with_untracked(|d| {
                d.history
                    .iter()
                    .find(|asked| asked.id == q)
                    .map(|asked| asked.note.clone())
                    .unwrap_or_default()
            });
            view! {
                <div class="card-note">
                    <TextArea
                        id=format!("notatka-karty-{q}")
                        label=label
                        value=Signal::derive(move || note.clone())
                        on_commit=Callback::new(move |text: String| doc.update(|d| d.set_note(q, &text)))
                    />
                </div>
            }
        })
        .collect_view()
}

#[component]
fn Filters(
    /// The mentee's question document.
    doc: SavedDoc<QuestionsDoc>,
) -> impl IntoView {
    view! {
        <details class="card filters-card">
            <summary class="editor-summary">
                {move || {
                    doc.value
                        .with(|d| {
                            format!(
                                "Kategorie w talii: {} z 5 · {}",
                                d.categories.len(),
                                text::count_noun(d.in_deck().count(), "pytanie", "pytania", "pytań"),
                            )
                        })
                }}
            </summary>
            <fieldset class="filters">
            <legend class="visually-hidden">"Kategorie w talii"</legend>
            {Category::ALL
                .into_iter()
                .map(|category| {
                    view! {
                        <Checkbox
                            label=typeset(category.title())
                            checked=Signal::derive(move || doc.value.with(|d| d.categories.contains(&category)))
                            on_toggle=Callback::new(move |_| {
                                doc.update(|d| {
                                    d.toggle_category(category);
                                });
                            })
                        />
                    }
                })
                .collect_view()}
            <Checkbox
                label="Pomijaj pytania zadane już w\u{a0}tym mentoringu"
                checked=Signal::derive(move || doc.value.with(|d| d.skip_asked))
                on_toggle=Callback::new(move |on: bool| doc.update(|d| d.skip_asked = on))
            />
            </fieldset>
            // A new meeting, a new deck. Kept here, away from "next card", so a slip of the
            // thumb does not throw the deck away.
            {move || {
                doc.value
                    .with(|d| !d.drawn.is_empty())
                    .then(|| {
                        view! {
                            <p class="muted">"Nowe spotkanie? Potasuj talię od nowa\u{a0}– historia zadanych pytań zostaje."</p>
                            <Button
                                label="Potasuj talię od nowa"
                                class="button-quiet"
                                on_press=Callback::new(move |()| doc.update(|d| d.reshuffle()))
                            />
                        }
                    })
            }}
        </details>
    }
}

#[component]
fn Favourites(
    /// The mentee's question document.
    doc: SavedDoc<QuestionsDoc>,
) -> impl IntoView {
    let favourites = move || {
        doc.value.with(|d| {
            d.favourites
                .iter()
                .filter_map(|id| questions::by_id(*id))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card no-print" aria-labelledby="ulubione">
            <h2 id="ulubione">{move || format!("Ulubione ({})", favourites().len())}</h2>
            {move || {
                let list = favourites();
                if list.is_empty() {
                    view! { <p class="muted">"Gwiazdka na karcie dodaje pytanie tutaj."</p> }.into_any()
                } else {
                    view! {
                        <ul class="favourites">
                            {list.into_iter().map(|q| view! { <li>{typeset(q.text)}</li> }).collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn History(
    /// The mentee's question document.
    doc: SavedDoc<QuestionsDoc>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mentee = move || state.roster.with(|r| r.active().name.clone());
    view! {
        <section class="card no-print" aria-labelledby="historia">
            <h2 id="historia">{move || format!("Zadane pytania: {}", mentee())}</h2>
            {move || {
                let history = doc.value.with(|d| d.history.clone());
                if history.is_empty() {
                    view! {
                        <p class="muted">"„Oznacz jako zadane” zapisuje tu pytanie z datą; przy następnym spotkaniu talia je pominie."</p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ol class="history">
                            {history
                                .into_iter()
                                .rev()
                                .filter_map(|asked| questions::by_id(asked.id).map(|q| (asked, q)))
                                .map(|(asked, question)| {
                                    let id = asked.id;
                                    let note = asked.note.clone();
                                    view! {
                                        <li class="history-entry">
                                            <p>
                                                <strong>{typeset(question.text)}</strong>
                                                <span class="muted">{format!(" · {}", date::long(asked.date))}</span>
                                            </p>
                                            <TextArea
                                                id=format!("notatka-pytania-{id}")
                                                label="Notatka z odpowiedzi"
                                                value=Signal::derive(move || note.clone())
                                                on_commit=Callback::new(move |text: String| doc.update(|d| d.set_note(id, &text)))
                                            />
                                            <Button
                                                label="Usuń z historii"
                                                class="button-danger button-small"
                                                on_press=Callback::new(move |()| doc.update(|d| d.toggle_asked(id, clock::today())))
                                            />
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn Browse(
    /// The mentee's question document.
    doc: SavedDoc<QuestionsDoc>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    // What the list marks, as one text: drawing a card changes the document but not this,
    // and must not redraw all 50 questions.
    let marked = Memo::new(move |_| {
        doc.value.with(|d| {
            questions::QUESTIONS
                .iter()
                .map(|q| match (d.favourites.contains(&q.id), d.is_asked(q.id)) {
                    (false, false) => '-',
                    (true, false) => 'f',
                    (false, true) => 'a',
                    (true, true) => 'b',
                })
                .collect::<String>()
        })
    });
    view! {
        <section class="card no-print" aria-labelledby="wszystkie">
            <h2 id="wszystkie">"Wszystkie pytania"</h2>
            <div class="field">
                <label for="szukaj-pytania">"Szukaj (bez polskich znaków też zadziała)"</label>
                <input
                    id="szukaj-pytania"
                    type="search"
                    prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            {move || {
                marked.with(|_| ());
                let found = deck::search(&query.get());
                if found.is_empty() {
                    return view! { <p class="muted">"Żadne pytanie nie pasuje."</p> }.into_any();
                }
                Category::ALL
                    .into_iter()
                    .filter_map(|category| {
                        let in_category: Vec<&'static Question> =
                            found.iter().copied().filter(|q| q.category == category).collect();
                        (!in_category.is_empty()).then(|| {
                            view! {
                                <h3 class=format!("browse-category category-{}", category.slug())>{typeset(category.title())}</h3>
                                <ul class="browse">
                                    {in_category
                                        .into_iter()
                                        .map(|q| {
                                            let marks = doc.value.with_untracked(|d| {
                                                let mut marks = String::new();
                                                if d.favourites.contains(&q.id) {
                                                    marks.push_str(" ★");
                                                }
                                                if d.is_asked(q.id) {
                                                    marks.push_str(" ✓ zadane");
                                                }
                                                marks
                                            });
                                            view! { <li>{typeset(q.text)}<span class="marks">{marks}</span></li> }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                        })
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}

/// All 50 questions on 49 cards to cut out (a pair shares one), eight to an A4 page; printed alone.
#[component]
fn PrintCards() -> impl IntoView {
    let print = move || crate::browser::print::print_with("printing-cards", None);
    view! {
        <section class="card no-print">
            <h2>"Karty do wydruku"</h2>
            <p class="muted">"Na spotkania bez telefonu: 50 pytań na 49 kartach (pytanie z dopytaniem na jednej), po 8 na stronie A4, z kategorią na każdej."</p>
            <Button label="Drukuj karty do wycięcia" class="button-quiet" on_press=Callback::new(move |()| print()) />
        </section>
        <div class="print-sheet" aria-hidden="true">
            {questions::QUESTIONS
                .iter()
                .filter(|q| !questions::is_follow_up(q.id))
                .map(|q| {
                    let on_card: Vec<&'static Question> =
                        QuestionsDoc::card(q.id).filter_map(questions::by_id).collect();
                    let numbers = on_card.iter().map(|q| q.id.to_string()).collect::<Vec<_>>().join(" i ");
                    view! {
                        <div class=format!("print-card category-{}", q.category.slug())>
                            <p class="print-card-category">{format!("{} · {numbers}", q.category.short_name())}</p>
                            {on_card.into_iter().map(|q| view! { <p class="print-card-text">{typeset(q.text)}</p> }).collect_view()}
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}
