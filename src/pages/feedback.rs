//! `#/feedback`: a companion for one feedback conversation with the active mentee, from
//! preparation (checklist „Dobre praktyki w feedbacku”) through an SBI composer and a script
//! to glance at during the talk, to the agreed steps and checking the effects.

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::browser::clock;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::controls::{Button, Checkbox, TextArea, TextField, choice_select};
use crate::components::share_panel::ShareCard;
use crate::components::text_list::TextList;
use crate::content::feedback as checklist;
use crate::model::date;
use crate::model::feedback::{
    Conversation, ConversationField, FEELINGS, FeedbackDoc, Form, Step, StepOwner, feeling_hint,
    wording_hints,
};
use crate::model::share;
use crate::model::typography::typeset;
use crate::route::Route;
use crate::state::{AppState, SavedDoc};

#[component]
pub fn FeedbackPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let doc = state.mentee_doc::<FeedbackDoc>();
    // A link such as the start page's follow-up opens its conversation; otherwise the newest.
    // Read once: the page is built anew whenever the route changes.
    let asked = route.with_untracked(|route| match route {
        Route::Feedback { conversation } => *conversation,
        _ => None,
    });
    let selected = RwSignal::new(doc.value.with_untracked(|d| {
        asked
            .filter(|id| d.conversations.iter().any(|c| c.id == *id))
            .or_else(|| d.conversations.first().map(|c| c.id))
    }));
    // A mentee switch (or another tab) can take the selected conversation away.
    Effect::new(move |_| {
        let ids: Vec<u32> = doc
            .value
            .with(|d| d.conversations.iter().map(|c| c.id).collect());
        if selected.get_untracked().is_none_or(|id| !ids.contains(&id)) {
            selected.set(ids.first().copied());
        }
    });
    let script = RwSignal::new(false);

    view! {
        <h1>"Feedback krok po kroku"</h1>
        // The script takes the whole screen, to be read at a glance during the talk.
        {move || {
            (!script.get())
                .then(|| {
                    view! {
                    <p class="lead">{typeset(checklist::INTRO)}</p>
                    <DueList doc selected />
                    <section class="card conversations" aria-labelledby="rozmowy">
                        <h2 id="rozmowy">"Rozmowy"</h2>
                        <Button
                            label="+ Nowa rozmowa"
                            on_press=Callback::new(move |()| {
                                let id = doc.update(|d| d.start(clock::today()));
                                script.set(false);
                                selected.set(Some(id));
                            })
                        />
                        <ul class="conversation-list">
                            {move || {
                                doc.value
                                    .with(FeedbackDoc::labels)
                                    .into_iter()
                                    .map(|(id, label)| {
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="link-button"
                                                    aria-current=move || (selected.get() == Some(id)).then_some("true")
                                                    on:click=move |_| {
                                                        script.set(false);
                                                        selected.set(Some(id));
                                                    }
                                                >
                                                    {label}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </section>
                    }
                })
        }}
        {move || match selected.get() {
            None => view! {
                <p class="muted">"Zacznij od „+ Nowa rozmowa”: przygotujesz ją według checklisty, a\u{a0}potem przeprowadzisz ze skryptu."</p>
            }
                .into_any(),
            Some(id) if script.get() => view! { <Script doc id back=Callback::new(move |()| script.set(false)) /> }.into_any(),
            Some(id) => view! { <Editor doc id open_script=Callback::new(move |()| script.set(true)) /> }.into_any(),
        }}
    }
}

#[component]
fn DueList(
    /// The mentee's feedback document.
    doc: SavedDoc<FeedbackDoc>,
    /// Which conversation is open.
    selected: RwSignal<Option<u32>>,
) -> impl IntoView {
    move || {
        let today = clock::today();
        let due: Vec<(u32, String)> = doc.value.with(|d| {
            d.due(today)
                .into_iter()
                .map(|(c, f)| {
                    (
                        c.id,
                        format!(
                            "{}\u{a0}– {}",
                            d.label_of(c.id).unwrap_or_else(|| c.label()),
                            f.text()
                        ),
                    )
                })
                .collect()
        });
        (!due.is_empty()).then(|| {
            view! {
                <section class="card due" aria-labelledby="do-sprawdzenia">
                    <h2 id="do-sprawdzenia">"Do sprawdzenia"</h2>
                    <ul>
                        {due
                            .into_iter()
                            .map(|(id, text)| {
                                view! {
                                    <li class="row">
                                        <span>{text}</span>
                                        <Button label="Otwórz" class="button-quiet button-small" on_press=Callback::new(move |()| selected.set(Some(id))) />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// Applies a change to one conversation and saves.
fn edit(doc: SavedDoc<FeedbackDoc>, id: u32, change: impl FnOnce(&mut Conversation)) {
    doc.update(|d| {
        if let Some(c) = d.get_mut(id) {
            change(c);
        }
    });
}

fn read<T: Default>(doc: SavedDoc<FeedbackDoc>, id: u32, get: impl Fn(&Conversation) -> T) -> T {
    doc.value.with(|d| {
        d.conversations
            .iter()
            .find(|c| c.id == id)
            .map(&get)
            .unwrap_or_default()
    })
}

#[component]
fn Editor(
    /// The mentee's feedback document.
    doc: SavedDoc<FeedbackDoc>,
    /// The conversation shown.
    id: u32,
    /// Switches to the script view.
    open_script: Callback<()>,
) -> impl IntoView {
    let text = move |get: fn(&Conversation) -> &String| {
        Signal::derive(move || read(doc, id, |c| get(c).clone()))
    };
    let set = move |apply: fn(&mut Conversation, String)| {
        Callback::new(move |v: String| edit(doc, id, move |c| apply(c, v)))
    };
    // A day field shows the text it refused, with why, until it is fixed.
    let shown =
        move |field: ConversationField| Signal::derive(move || read(doc, id, |c| c.shown(field)));
    let refusal = move |field: ConversationField| {
        Signal::derive(move || read(doc, id, |c| c.refused.message(field)))
    };
    let set_typed = move |field: ConversationField| {
        Callback::new(move |v: String| {
            edit(doc, id, move |c| {
                let _ = c.set_typed(field, &v);
            })
        })
    };
    let progress = move |phase: usize| {
        move || {
            let (done, total) = read(doc, id, |c| c.progress_of(phase));
            format!("{done} z {total}")
        }
    };
    let confirm_delete = RwSignal::new(false);
    let draft = move || read(doc, id, Conversation::draft);
    let form = Signal::derive(move || read(doc, id, |c| c.form));

    view! {
        <div class="feedback-editor">
            <div class="row">
                <Button label="Skrypt rozmowy (duży tekst)" on_press=open_script />
            </div>
            <section class="card" aria-labelledby="przed">
                <h2 id="przed">{typeset(checklist::PHASES[0].title)} <span class="chip">{progress(0)}</span></h2>
                <Ticks doc id phase=0 />
                <TextList
                    id_prefix="f-przyklad"
                    legend="Konkretne przykłady (sytuacje i zachowania)"
                    item_label="Przykład"
                    add_label="+ Dodaj przykład"
                    len=Signal::derive(move || read(doc, id, |c| c.examples.len()))
                    item=Callback::new(move |i: usize| read(doc, id, |c| c.examples.get(i).cloned().unwrap_or_default()))
                    on_edit=Callback::new(move |(i, text): (usize, String)| {
                        edit(doc, id, move |c| {
                            if let Some(example) = c.examples.get_mut(i) {
                                *example = text;
                            }
                        })
                    })
                    on_remove=Callback::new(move |i: usize| {
                        edit(doc, id, move |c| {
                            if i < c.examples.len() {
                                c.examples.remove(i);
                            }
                        })
                    })
                    on_add=Callback::new(move |()| edit(doc, id, |c| c.examples.push(String::new())))
                />
                <TextArea id="f-cel" label="Cel feedbacku: jaka zmiana w zachowaniu mentee byłaby pożądana?" live=true value=text(|c| &c.goal) on_commit=set(|c, v| c.goal = v) />
                <TextArea
                    id="f-intencje"
                    label="Sprawdź swoje intencje: czy chodzi o pomoc i wsparcie, a nie o krytykę czy udowodnienie racji?"
                    live=true
                    placeholder="Moja intencja: …"
                    value=text(|c| &c.intentions)
                    on_commit=set(|c, v| c.intentions = v)
                />
                <TextField id="f-kiedy" label="Kiedy" input_type="datetime-local" value=shown(ConversationField::When) error=refusal(ConversationField::When) on_commit=set_typed(ConversationField::When) />
                <TextField id="f-gdzie" label="Gdzie (prywatnie, bez pośpiechu)" live=true value=text(|c| &c.place) on_commit=set(|c, v| c.place = v) />
            </section>
            <section class="card" aria-labelledby="w-trakcie">
                <h2 id="w-trakcie">{typeset(checklist::PHASES[1].title)} <span class="chip">{progress(1)}</span></h2>
                <Ticks doc id phase=1 />
                <h3>"Model SBI"</h3>
                <TextArea id="f-sytuacja" label="Sytuacja: kiedy i gdzie to było?" live=true placeholder="np. na wtorkowym spotkaniu zespołu" value=text(|c| &c.situation) on_commit=set(|c, v| c.situation = v) />
                <TextArea id="f-zachowanie" label="Zachowanie: co konkretnie mentee zrobił/a?" live=true placeholder="np. przerwałeś/aś Ewie trzy razy" value=text(|c| &c.behavior) on_commit=set(|c, v| c.behavior = v) />
                <Hints text=text(|c| &c.behavior) />
                <TextArea id="f-wplyw" label="Wpływ: na Ciebie, zespół, projekt" live=true placeholder="np. jej pomysł nie został wysłuchany" value=text(|c| &c.impact) on_commit=set(|c, v| c.impact = v) />
                <h3>"Komunikat „Ja”"</h3>
                <p class="muted">
                    "Zamiast „Zawsze się spóźniasz”, powiedz „Kiedy spóźniłeś się na spotkanie, poczułem, że mój czas nie jest szanowany”. Nazwij swoje uczucie – nie fakt i nie ocenę."
                </p>
                {choice_select(
                    "f-forma",
                    "Jak mówisz o sobie",
                    "field-short",
                    move || form.get(),
                    move |chosen: Form| edit(doc, id, move |c| c.form = chosen),
                )}
                <TextField
                    id="f-uczucie"
                    label="Twoje uczucie (słowo lub dwa) – albo wybierz poniżej"
                    live=true
                    placeholder="np. zaniepokojony/a"
                    value=text(|c| &c.feeling)
                    on_commit=set(|c, v| c.feeling = v)
                />
                <div class="feelings" role="group" aria-label="Słowa na uczucia">
                    {move || {
                        let form = form.get();
                        FEELINGS
                            .iter()
                            .map(|(masculine, feminine)| {
                                let word = form.adjective(masculine, feminine);
                                let chosen = word.clone();
                                view! {
                                    <Button
                                        label=word
                                        class="chip chip-button"
                                        on_press=Callback::new(move |()| {
                                            let word = chosen.clone();
                                            edit(doc, id, move |c| c.feeling = word);
                                        })
                                    />
                                }
                            })
                            .collect_view()
                    }}
                </div>
                {move || {
                    read(doc, id, |c| feeling_hint(&c.feeling, c.form))
                        .map(|hint| view! { <p class="hints" role="status">{format!("⚠ {hint}")}</p> })
                }}
                <p class="draft" aria-live="polite">
                    <strong>"Szkic z pól SBI i uczucia: "</strong>
                    {move || {
                        let d = draft();
                        if d.is_empty() { "wypełnij sytuację i zachowanie".to_string() } else { d }
                    }}
                </p>
                <Button
                    label="Wstaw szkic do komunikatu"
                    class="button-quiet"
                    on_press=Callback::new(move |()| {
                        let d = draft();
                        edit(doc, id, move |c| c.i_message = d);
                    })
                />
                <TextArea id="f-komunikat" label="Komunikat „Ja” (do edycji)" live=true value=text(|c| &c.i_message) on_commit=set(|c, v| c.i_message = v) />
                <Hints text=text(|c| &c.i_message) />
                <h3>"Fakty i interpretacja"</h3>
                <div class="two-columns">
                    <TextArea id="f-fakty" label="Fakty: co dokładnie było widać lub słychać" live=true value=text(|c| &c.facts) on_commit=set(|c, v| c.facts = v) />
                    <TextArea id="f-interpretacja" label="Twoja interpretacja" live=true value=text(|c| &c.interpretation) on_commit=set(|c, v| c.interpretation = v) />
                </div>
                <p class="ask">{move || format!("Zapytaj: „{}, że… Jak to wygląda z Twojej strony?”", form.get().verb("Zauważył", "em", "am"))}</p>
                <TextArea id="f-odpowiedz" label="Odpowiedź mentee (notatki)" live=true value=text(|c| &c.response) on_commit=set(|c, v| c.response = v) />
                <TextArea id="f-przyszlosc" label="Przyszłość: co można zrobić inaczej?" live=true value=text(|c| &c.future) on_commit=set(|c, v| c.future = v) />
                <TextArea id="f-mocne" label="Mocne strony na zakończenie" live=true value=text(|c| &c.strengths) on_commit=set(|c, v| c.strengths = v) />
            </section>
            <section class="card" aria-labelledby="po">
                <h2 id="po">{typeset(checklist::PHASES[2].title)} <span class="chip">{progress(2)}</span></h2>
                <Ticks doc id phase=2 />
                <Steps doc id />
                <TextArea id="f-wsparcie" label="Wsparcie: „Jak mogę Ci pomóc w realizacji tego planu?”" live=true value=text(|c| &c.support) on_commit=set(|c, v| c.support = v) />
                <TextField id="f-sprawdz" label="Termin sprawdzenia efektów" input_type="date" value=shown(ConversationField::FollowUp) error=refusal(ConversationField::FollowUp) on_commit=set_typed(ConversationField::FollowUp) />
                <TextArea id="f-postepy" label="Zaobserwowane postępy" live=true value=text(|c| &c.progress) on_commit=set(|c, v| c.progress = v) />
                {move || {
                    let closed = read(doc, id, |c| c.follow_up_closed);
                    let has_date = read(doc, id, |c| !c.shown(ConversationField::FollowUp).is_empty());
                    match closed {
                        Some(day) => view! { <p class="summary-line">{format!("Efekty sprawdzone {}.", date::long(day))}</p> }.into_any(),
                        None if has_date => view! {
                            <Button
                                label="Efekty sprawdzone – zamknij"
                                on_press=Callback::new(move |()| edit(doc, id, |c| c.follow_up_closed = Some(clock::today())))
                            />
                        }
                            .into_any(),
                        None => ().into_any(),
                    }
                }}
            </section>
            <ShareSteps doc id />
            <section class="card">
                <Button label="Usuń tę rozmowę" class="button-danger" on_press=Callback::new(move |()| confirm_delete.set(true)) />
                {move || {
                    confirm_delete
                        .get()
                        .then(|| {
                            view! {
                                <ConfirmDialog
                                    name="Potwierdź usunięcie"
                                    question="Usunąć tę rozmowę ze wszystkimi notatkami? Tego nie da się cofnąć."
                                    yes="Tak, usuń"
                                    yes_class="button-danger"
                                    no="Nie, zostaw"
                                    on_yes=Callback::new(move |()| doc.update(|d| d.remove(id)))
                                    on_no=Callback::new(move |()| confirm_delete.set(false))
                                />
                            }
                        })
                }}
            </section>
        </div>
    }
}

/// „Udostępnij kolejne kroki”: the agreed steps (and, as picked, the support and the day to
/// check the effects) to the mentee's phone; the preparation and the talk stay with the mentor.
#[component]
fn ShareSteps(
    /// The mentee's feedback document.
    doc: SavedDoc<FeedbackDoc>,
    /// The conversation shared.
    id: u32,
) -> impl IntoView {
    let parties = expect_context::<AppState>().active_parties();
    let support = RwSignal::new(true);
    let follow_up = RwSignal::new(true);
    let item = Callback::new(move |()| {
        let pick = share::StepsPick {
            support: support.get(),
            follow_up: follow_up.get(),
        };
        doc.value.with(|d| {
            d.conversations
                .iter()
                .find(|c| c.id == id)
                .map(|c| share::steps((&parties.mentor, &parties.mentee), c, pick))
        })
    });
    let tick = |flag: RwSignal<bool>| Callback::new(move |on: bool| flag.set(on));
    view! {
        <ShareCard label="Udostępnij kolejne kroki" item>
            <fieldset class="share-pick">
                <legend>"Co udostępnić"</legend>
                <p class="muted">
                    "Udostępniane są uzgodnione kroki. Przygotowanie, przykłady, Twoje intencje i\u{a0}notatki z\u{a0}"
                    "rozmowy są prywatne i\u{a0}zostają u\u{a0}Ciebie."
                </p>
                <Checkbox label="Wsparcie, które oferujesz" checked=support on_toggle=tick(support) />
                <Checkbox label="Termin sprawdzenia efektów" checked=follow_up on_toggle=tick(follow_up) />
            </fieldset>
        </ShareCard>
    }
}

/// The checklist items of one phase as ticks, each with the seed's explanation one tap away.
#[component]
fn Ticks(
    /// The mentee's feedback document.
    doc: SavedDoc<FeedbackDoc>,
    /// The conversation.
    id: u32,
    /// 0 before, 1 during, 2 after.
    phase: usize,
) -> impl IntoView {
    view! {
        <ul class="ticks">
            {checklist::PHASES[phase]
                .items
                .iter()
                .enumerate()
                .map(|(item, entry)| {
                    view! {
                        <li>
                            <Checkbox
                                label=typeset(entry.title)
                                checked=Signal::derive(move || read(doc, id, |c| c.is_ticked(phase, item)))
                                on_toggle=Callback::new(move |_| edit(doc, id, |c| c.toggle(phase, item)))
                            />
                            <details class="explain">
                                <summary>"Dlaczego?"</summary>
                                <p>{typeset(entry.explanation)}</p>
                            </details>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// Wording guard: generalisations and labels in the text, with what to say instead.
#[component]
fn Hints(
    /// The text to check.
    text: Signal<String>,
) -> impl IntoView {
    move || {
        let hints = wording_hints(&text.get());
        (!hints.is_empty()).then(|| {
            view! {
                <ul class="hints" role="status">
                    {hints.into_iter().map(|h| view! { <li>{format!("⚠ {}", h.advice)}</li> }).collect_view()}
                </ul>
            }
        })
    }
}

/// Agreed next steps: what, who, by when, done.
#[component]
fn Steps(
    /// The mentee's feedback document.
    doc: SavedDoc<FeedbackDoc>,
    /// The conversation.
    id: u32,
) -> impl IntoView {
    let len = Memo::new(move |_| read(doc, id, |c| c.steps.len()));
    let step = move |index: usize| read(doc, id, move |c| c.steps.get(index).cloned());
    view! {
        <fieldset class="list-editor">
            <legend>"Kolejne kroki (co, kto, do kiedy)"</legend>
            {move || {
                (0..len.get())
                    .map(|index| {
                        let owner = move || step(index).map_or(StepOwner::Mentee, |s| s.owner);
                        view! {
                            <div class="step">
                                <TextField
                                    id=format!("f-krok-{index}")
                                    label=format!("Krok {}", index + 1)
                                    live=true
                                    value=Signal::derive(move || step(index).map(|s| s.what).unwrap_or_default())
                                    on_commit=Callback::new(move |t: String| edit(doc, id, move |c| if let Some(s) = c.steps.get_mut(index) { s.what = t; }))
                                />
                                {choice_select(
                                    format!("f-krok-{index}-kto"),
                                    "Kto",
                                    "field-short",
                                    owner,
                                    move |who: StepOwner| edit(doc, id, move |c| if let Some(s) = c.steps.get_mut(index) { s.owner = who; }),
                                )}
                                <TextField
                                    id=format!("f-krok-{index}-termin")
                                    label="Do kiedy"
                                    input_type="date"
                                    value=Signal::derive(move || step(index).map(|s| s.due).unwrap_or_default())
                                    on_commit=Callback::new(move |t: String| edit(doc, id, move |c| if let Some(s) = c.steps.get_mut(index) { s.due = t; }))
                                />
                                <Checkbox
                                    label="Zrobione"
                                    checked=Signal::derive(move || step(index).is_some_and(|s| s.done))
                                    on_toggle=Callback::new(move |on: bool| edit(doc, id, move |c| if let Some(s) = c.steps.get_mut(index) { s.done = on; }))
                                />
                                <Button
                                    label="Usuń krok"
                                    class="button-danger button-small"
                                    on_press=Callback::new(move |()| edit(doc, id, move |c| { if index < c.steps.len() { c.steps.remove(index); } }))
                                />
                            </div>
                        }
                    })
                    .collect_view()
            }}
            <Button
                label="+ Dodaj krok"
                class="button-quiet"
                on_press=Callback::new(move |()| edit(doc, id, |c| c.steps.push(Step { what: String::new(), owner: StepOwner::Mentee, due: String::new(), done: false })))
            />
        </fieldset>
    }
}

/// What to say, in order, large enough to glance at during the talk.
#[component]
fn Script(
    /// The mentee's feedback document.
    doc: SavedDoc<FeedbackDoc>,
    /// The conversation.
    id: u32,
    /// Back to editing.
    back: Callback<()>,
) -> impl IntoView {
    let c =
        read(doc, id, |c| Some(c.clone())).unwrap_or_else(|| Conversation::new(id, clock::today()));
    let lines = c.script();
    view! {
        <section class="script" aria-label="Skrypt rozmowy">
            <Button label="← Wróć do przygotowania" class="button-quiet" on_press=back />
            <ol class="script-lines">
                {lines
                    .into_iter()
                    .map(|line| {
                        view! {
                            <li>
                                <span class="script-step">{line.step}</span>
                                <p>{line.say}</p>
                                {(!line.list.is_empty()).then(|| view! {
                                    <ul class="script-list">
                                        {line.list.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
                                    </ul>
                                })}
                                {line.note.map(|note| view! { <p class="script-note">{note}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
