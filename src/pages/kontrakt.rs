//! `#/kontrakt`: the mentoring contract, filled in together during block 4 of the first
//! meeting, saved as you type, printed as an A4 document, its meetings exported to a calendar.

use leptos::prelude::*;

use crate::browser::{clock, download};
use crate::components::contract_document::ContractDocumentView;
use crate::components::controls::{Button, Checkbox, TextArea, TextField, choice_select};
use crate::components::share_panel::ShareCard;
use crate::components::text_list::TextList;
use crate::content::contract as template;
use crate::model::contract::{
    Blanks, Contract, ContractField, DateField, FieldProblem, FormField, Frequency,
    FrequencyChoice, MeetingForm, NumberField, Status, acceptance_refusal, new_calendar_uid,
};
use crate::model::date;
use crate::model::form::Refused;
use crate::model::goals::{GoalKind, Goals};
use crate::model::ics::{self, Reminder};
use crate::model::share;
use crate::model::share::{MAX_NAME_CHARS, MAX_TEXT_CHARS};
use crate::model::typography::typeset;
use crate::state::{AppState, SavedDoc};

#[component]
pub fn KontraktPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let doc = state.mentee_doc::<Contract>();
    // An empty mentee field starts from the active mentee's name (still editable). Once, as the
    // page opens: the document and its key are in step then.
    if let Some(name) = untrack(|| state.active_mentee_name())
        && doc.value.with_untracked(|c| c.mentee.trim().is_empty())
    {
        doc.update(|c| c.prefill_mentee(&name));
    }
    // Required fields are flagged only after an attempt to accept; format errors at once.
    let show_required = RwSignal::new(false);
    // A keystroke changes one field: the contract is checked once (not once per field), and
    // only a field whose value or message changed is touched on screen.
    let problems = Memo::new(move |_| doc.value.with(Contract::problems));
    // Text a field refused (a number out of range, a goal cleared) stays in it with its
    // message until fixed: other edits redraw the form from the saved contract and must not
    // put the old value back, and acceptance waits while there is any (it would accept the
    // saved value, not the one on screen). Lengths never get here: fields stop at their limit.
    let drafts = RwSignal::new(Refused::<FormField>::default());
    Effect::new(move |previous: Option<String>| {
        let key = doc.key();
        if previous.is_some_and(|previous| previous != key) {
            drafts.update(Refused::clear);
        }
        key
    });
    let main_goal = FormField::Goal(GoalKind::Main, 0);
    let main_saved = Memo::new(move |_| doc.value.with(|c| c.goals.main_text().to_string()));
    let problem = move |field: ContractField| {
        Signal::derive(move || {
            if field.blocks_acceptance() && !show_required.get() {
                return None;
            }
            problems.with(|problems| {
                problems
                    .iter()
                    .find(|p: &&FieldProblem| p.field == field)
                    .map(|p| p.message.clone())
            })
        })
    };
    let text =
        move |get: fn(&Contract) -> &String| -> Signal<String> { field_memo(doc, get).into() };
    let set = move |apply: fn(&mut Contract, String)| {
        Callback::new(move |value: String| edit(doc, move |c| apply(c, value)))
    };

    view! {
        // On paper the document carries its own title.
        <h1 class="no-print">"Kontrakt mentoringowy"</h1>
        <p class="lead no-print">{typeset(template::INTRO)}</p>
        <StatusPanel doc show_required drafts />
        <form class="contract-form no-print" on:submit=|ev| ev.prevent_default()>
            <section class="card">
                <h2>"Strony"</h2>
                <TextField id="k-mentor" maxlength=MAX_NAME_CHARS label="Mentor (imię i nazwisko)" live=true value=text(|c| &c.mentor) error=problem(ContractField::Mentor) on_commit=set(|c, v| c.mentor = v) />
                <TextField id="k-mentee" maxlength=MAX_NAME_CHARS label="Mentee (imię i nazwisko)" live=true value=text(|c| &c.mentee) error=problem(ContractField::Mentee) on_commit=set(|c, v| c.mentee = v) />
                <TextField id="k-organizacja" maxlength=MAX_NAME_CHARS label="Organizacja (opcjonalnie)" live=true value=text(|c| &c.organisation) on_commit=set(|c, v| c.organisation = v) />
                <TextField id="k-data-zawarcia" label="Data zawarcia" input_type="date" value=shown(doc, DateField::AgreedOn) error=problem(ContractField::AgreedOn) on_commit=set_typed(doc, DateField::AgreedOn) />
            </section>
            <section class="card">
                <h2>{typeset(&format!("1. {}", template::SECTIONS[0].title))}</h2>
                <TextArea
                    id="k-cel"
                    label="Główny cel współpracy"
                    live=true
                    maxlength=Goals::MAX_CHARS
                    placeholder="np. rozwój kompetencji liderskich, przygotowanie do nowej roli"
                    value=Memo::new(move |_| drafts.with(|d| d.text(main_goal)).unwrap_or_else(|| main_saved.get()))
                    on_commit=Callback::new(move |text: String| {
                        // A cleared goal keeps its saved wording (and history); the field keeps
                        // what was typed, with the reason.
                        let mut outcome = Ok(());
                        edit(doc, |c| outcome = c.goals.set_main(&text, clock::today()).map(|_| ()));
                        drafts.update(|d| { d.commit(main_goal, text, outcome); });
                    })
                />
                <p id="k-cel-blad" class="field-error">{move || drafts.with(|d| d.message(main_goal)).or_else(|| problem(ContractField::MainGoal).get())}</p>
                {contract_list(doc, drafts, GoalKind::Area, "k-obszar", "Kluczowe obszary do rozwoju", "Obszar", "+ Dodaj obszar")}
                {contract_list(
                    doc,
                    drafts,
                    GoalKind::Indicator,
                    "k-wskaznik",
                    "Mierzalne wskaźniki sukcesu: po czym poznamy, że cel został osiągnięty?",
                    "Wskaźnik",
                    "+ Dodaj wskaźnik",
                )}
            </section>
            <section class="card">
                <h2>{typeset(&format!("2. {}", template::SECTIONS[1].title))}</h2>
                <Rules doc />
            </section>
            <section class="card">
                <h2>{typeset(&format!("3. {}", template::SECTIONS[2].title))}</h2>
                <Logistics doc drafts problem />
            </section>
        </form>
        <ShareContract doc />
        <ContractDocument doc />
    }
}

/// „Udostępnij mentee”: the contract to the mentee's phone, the parts the mentor picks.
#[component]
fn ShareContract(
    /// The mentee's contract.
    doc: SavedDoc<Contract>,
) -> impl IntoView {
    let goals = RwSignal::new(true);
    let rules = RwSignal::new(true);
    let item = Callback::new(move |()| {
        let pick = share::ContractPick {
            goals: goals.get(),
            rules: rules.get(),
        };
        Some(doc.value.with(|c| share::contract(c, pick)))
    });
    let tick = |flag: RwSignal<bool>| Callback::new(move |on: bool| flag.set(on));
    view! {
        <ShareCard label="Udostępnij mentee" item>
            <fieldset class="share-pick">
                <legend>"Co udostępnić"</legend>
                <p class="muted">"Strony i\u{a0}logistyka spotkań (z\u{a0}terminami do kalendarza mentee) są udostępniane zawsze. Kontrakt nie ma notatek prywatnych."</p>
                <Checkbox label="Cele i\u{a0}wskaźniki" checked=goals on_toggle=tick(goals) />
                <Checkbox label="Zasady współpracy" checked=rules on_toggle=tick(rules) />
            </fieldset>
        </ShareCard>
    }
}

/// One of the contract's values, followed on its own: a change elsewhere in the contract does
/// not reach what shows it.
fn field_memo<T: Clone + PartialEq + Send + Sync + 'static>(
    doc: SavedDoc<Contract>,
    get: fn(&Contract) -> &T,
) -> Memo<T> {
    Memo::new(move |_| doc.value.with(|c| get(c).clone()))
}

/// A date or time field's text as shown: the value, or the text it refused.
fn shown(doc: SavedDoc<Contract>, field: DateField) -> Memo<String> {
    Memo::new(move |_| doc.value.with(|c| c.shown(field)))
}

/// Sets a date or time field from its text; text that is not one stays in the field, and
/// its message comes from [`Contract::problems`].
fn set_typed(doc: SavedDoc<Contract>, field: DateField) -> Callback<String> {
    Callback::new(move |text: String| {
        edit(doc, move |c| {
            let _ = c.set_typed(field, &text);
        })
    })
}

/// Applies a change; on an accepted contract the model records the amendment date.
fn edit(doc: SavedDoc<Contract>, change: impl FnOnce(&mut Contract)) {
    doc.update(|contract| contract.edit(clock::today(), change));
}

#[component]
fn StatusPanel(
    /// The mentee's contract.
    doc: SavedDoc<Contract>,
    /// Set when acceptance was refused, to flag the missing fields.
    show_required: RwSignal<bool>,
    /// The text the form shows and the contract refused: acceptance waits for it.
    drafts: RwSignal<Refused<FormField>>,
) -> impl IntoView {
    let refusal = RwSignal::new(None::<String>);
    let status_lines = move || doc.value.with(Contract::status_lines);
    let refused = move |problems: Vec<FieldProblem>| {
        show_required.set(true);
        refusal.set(Some(acceptance_refusal(&problems)));
    };
    let accepted = move || {
        show_required.set(false);
        refusal.set(None);
    };
    let accept = move |()| match drafts
        .with_untracked(|d| doc.update(|c| c.accept_shown(clock::today(), d)))
    {
        Ok(()) => accepted(),
        Err(problems) => refused(problems),
    };
    let accept_changes = move |()| match drafts
        .with_untracked(|d| doc.update(|c| c.accept_changes_shown(clock::today(), d)))
    {
        Ok(()) => accepted(),
        Err(problems) => refused(problems),
    };
    let ics_error = RwSignal::new(None::<String>);
    let export = move |()| {
        // The UID is made on the first download and saved with the contract, so every later
        // file updates the same series in the calendar.
        let new_uid = || {
            let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
            new_calendar_uid(&clock::stamp(), random)
        };
        let file = doc.update(|c| {
            c.export_calendar(new_uid, &clock::utc_stamp())
                .map(|ics| (ics, ics::file_name("spotkania", &c.mentee)))
        });
        match file {
            Some((ics, name)) => {
                ics_error.set(None);
                let _ = download::download_text(&name, "text/calendar;charset=utf-8", &ics);
            }
            None => ics_error.set(Some(
                "Najpierw wybierz datę i godzinę pierwszego spotkania oraz długość programu."
                    .to_string(),
            )),
        }
    };
    view! {
        <section class="card status-panel no-print" aria-live="polite">
            <div class="summary-line contract-status">
                {move || status_lines().into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
            <div class="row">
                {move || {
                    doc.value
                        .with(|c| matches!(c.status, Status::Draft))
                        .then(|| view! { <Button label="Zaakceptuj kontrakt" on_press=Callback::new(accept) /> })
                }}
                {move || {
                    doc.value
                        .with(|c| c.pending_changes().is_some())
                        .then(|| view! { <Button label="Zaakceptuj zmiany" on_press=Callback::new(accept_changes) /> })
                }}
                <Button
                    label="Drukuj kontrakt"
                    class="button-quiet"
                    on_press=Callback::new(move |()| {
                        // The preview follows the saved contract: save, let it redraw, print.
                        doc.flush();
                        set_timeout(move || { let _ = window().print(); }, std::time::Duration::ZERO);
                    })
                />
                <Button label="Dodaj spotkania do kalendarza (.ics)" class="button-quiet" on_press=Callback::new(export) />
            </div>
            <p class="field-error" role="alert">{move || refusal.get()}</p>
            <p class="field-error" role="alert">{move || ics_error.get()}</p>
        </section>
    }
}

/// One of the contract's lists (areas, indicators) as a [`TextList`].
fn contract_list(
    doc: SavedDoc<Contract>,
    drafts: RwSignal<Refused<FormField>>,
    kind: GoalKind,
    id_prefix: &'static str,
    legend: &'static str,
    item_label: &'static str,
    add_label: &'static str,
) -> impl IntoView {
    view! {
        <TextList
            id_prefix
            legend
            item_label
            add_label
            maxlength=Goals::MAX_CHARS
            len=Signal::derive(move || doc.value.with(|c| c.goals.of_kind(kind).len()))
            item=Callback::new(move |i: usize| {
                drafts.with(|d| d.text(FormField::Goal(kind, i))).unwrap_or_else(|| {
                    doc.value.with(|c| c.goals.of_kind(kind).get(i).map(|g| g.text.clone()).unwrap_or_default())
                })
            })
            error=Callback::new(move |i: usize| drafts.with(|d| d.message(FormField::Goal(kind, i))))
            // A cleared row keeps its saved wording until retyped, and shows the reason; a
            // removed goal stays in the history with its progress.
            on_edit=Callback::new(move |(i, text): (usize, String)| {
                let mut outcome = Ok(());
                edit(doc, |c| outcome = c.goals.reword_nth(kind, i, &text, clock::today()));
                drafts.update(|d| { d.commit(FormField::Goal(kind, i), text, outcome); });
            })
            on_remove=Callback::new(move |i: usize| {
                edit(doc, move |c| {
                    let _ = c.goals.remove_nth(kind, i, clock::today());
                });
                // The rows below move up one, their refused text with them.
                drafts.update(|d| d.remap(|field| match field {
                    FormField::Goal(k, j) if k == kind && j == i => None,
                    FormField::Goal(k, j) if k == kind && j > i => Some(FormField::Goal(k, j - 1)),
                    other => Some(other),
                }));
            })
            on_add=Callback::new(move |()| edit(doc, move |c| {
                let _ = c.goals.add(kind, "", clock::today());
            }))
        />
    }
}

#[component]
fn Rules(
    /// The mentee's contract.
    doc: SavedDoc<Contract>,
) -> impl IntoView {
    let len = Memo::new(move |_| doc.value.with(|c| c.rules.len()));
    view! {
        {move || {
            (0..len.get())
                .map(|index| {
                    let rule = move || doc.value.with(|c| c.rules.get(index).cloned());
                    let seeded = index < template::SECTIONS[1].items.len();
                    view! {
                        <div class="rule">
                            {if seeded {
                                view! { <h3>{move || rule().map(|r| typeset(&r.title)).unwrap_or_default()}</h3> }.into_any()
                            } else {
                                view! {
                                    <TextField
                                        id=format!("k-zasada-{index}-nazwa")
                                        label="Nazwa zasady"
                                        live=true
                                        maxlength=MAX_NAME_CHARS
                                        value=Signal::derive(move || rule().map(|r| r.title).unwrap_or_default())
                                        on_commit=Callback::new(move |text: String| edit(doc, move |c| if let Some(r) = c.rules.get_mut(index) { r.title = text; }))
                                    />
                                }
                                    .into_any()
                            }}
                            <TextArea
                                id=format!("k-zasada-{index}")
                                label="Treść"
                                live=true
                                maxlength=MAX_TEXT_CHARS
                                value=Signal::derive(move || rule().map(|r| r.text).unwrap_or_default())
                                on_commit=Callback::new(move |text: String| edit(doc, move |c| if let Some(r) = c.rules.get_mut(index) { r.text = text; }))
                            />
                            <Checkbox
                                label="Uzgodnione przez obie strony"
                                checked=Signal::derive(move || rule().is_some_and(|r| r.agreed))
                                on_toggle=Callback::new(move |on: bool| edit(doc, move |c| if let Some(r) = c.rules.get_mut(index) { r.agreed = on; }))
                            />
                            {(!seeded)
                                .then(|| {
                                    view! {
                                        <Button
                                            label="Usuń zasadę"
                                            class="button-danger button-small"
                                            on_press=Callback::new(move |()| edit(doc, move |c| { if index < c.rules.len() { c.rules.remove(index); } }))
                                        />
                                    }
                                })}
                        </div>
                    }
                })
                .collect_view()
        }}
        <Button
            label="+ Dodaj zasadę"
            class="button-quiet"
            on_press=Callback::new(move |()| {
                edit(doc, |c| c.rules.push(crate::model::contract::Rule { title: "Nowa zasada".into(), text: String::new(), agreed: false }))
            })
        />
    }
}

#[component]
fn Logistics(
    /// The mentee's contract.
    doc: SavedDoc<Contract>,
    /// Text a number field refused stays in it, with its message, until it is fixed.
    drafts: RwSignal<Refused<FormField>>,
    /// The message for a field, if it needs attention.
    problem: impl Fn(ContractField) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let number = move |field: NumberField| {
        let saved = Memo::new(move |_| doc.value.with(|c| field.get(c).to_string()));
        Signal::derive(move || {
            drafts
                .with(|d| d.text(FormField::Number(field)))
                .unwrap_or_else(|| saved.get())
        })
    };
    let set_number = move |field: NumberField| {
        Callback::new(move |text: String| {
            let mut contract = doc.value.get_untracked();
            let outcome = field.set(&mut contract, &text);
            let mut refused = drafts.get_untracked();
            let taken = refused
                .commit(FormField::Number(field), text, outcome)
                .is_some();
            drafts.set(refused);
            if taken {
                edit(doc, move |c| *c = contract);
            }
        })
    };
    let error_for = move |field: NumberField| {
        Signal::derive(move || drafts.with(|d| d.message(FormField::Number(field))))
    };
    // Memos of types the app has anyway (text, yes/no): each new type of memo costs code.
    let frequency = move || doc.value.with(|c| c.frequency);
    let every_days = Memo::new(move |_| matches!(frequency(), Frequency::EveryDays(_)));
    let summary = Memo::new(move |_| {
        doc.value
            .with(|c| {
                match (c.end_date(), c.meeting_dates().len()) {
            (Some(end), count) => format!(
                "Koniec programu: {} · {}",
                date::long(end),
                crate::model::text::count_noun(count, "spotkanie", "spotkania", "spotkań")
            ),
            (None, _) => {
                "Wybierz datę pierwszego spotkania, a policzymy koniec programu i liczbę spotkań."
                    .to_string()
            }
        }
            })
    });
    view! {
        {choice_select(
            "k-czestotliwosc",
            "Częstotliwość spotkań",
            "",
            move || frequency().choice(),
            move |choice: FrequencyChoice| {
                drafts.update(|d| d.forget(FormField::Number(NumberField::EveryDays)));
                edit(doc, move |c| c.frequency = choice.frequency());
            },
        )}
        {move || {
            every_days
                .get()
                .then(|| {
                    view! {
                        <TextField
                            id="k-co-ile-dni"
                            label="Co ile dni"
                            numeric=true
                            class="field-short"
                            value=number(NumberField::EveryDays)
                            error=error_for(NumberField::EveryDays)
                            on_commit=set_number(NumberField::EveryDays)
                        />
                    }
                })
        }}
        <TextField id="k-czas" label="Czas trwania spotkania (min; w materiałach 60–90)" numeric=true class="field-short" value=number(NumberField::DurationMinutes) error=error_for(NumberField::DurationMinutes) on_commit=set_number(NumberField::DurationMinutes) />
        {choice_select(
            "k-forma",
            "Forma spotkań",
            "",
            move || doc.value.with(|c| c.form),
            move |form: MeetingForm| edit(doc, move |c| c.form = form),
        )}
        <TextField id="k-odwolanie" label="Odwołanie spotkania z\u{a0}wyprzedzeniem (godziny)" numeric=true class="field-short" value=number(NumberField::CancelHours) error=error_for(NumberField::CancelHours) on_commit=set_number(NumberField::CancelHours) />
        <TextField id="k-miesiace" label="Czas trwania programu (miesiące)" numeric=true class="field-short" value=number(NumberField::Months) error=error_for(NumberField::Months) on_commit=set_number(NumberField::Months) />
        <TextField id="k-start" label="Data pierwszego spotkania (dziś, jeśli to właśnie ono)" input_type="date" value=shown(doc, DateField::StartDate) error=problem(ContractField::StartDate) on_commit=set_typed(doc, DateField::StartDate) />
        <div class="row field-after">
            <Button
                label="Dziś"
                class="button-quiet button-small"
                aria_label="Pierwsze spotkanie dziś"
                on_press=Callback::new(move |()| set_typed(doc, DateField::StartDate).run(date::to_iso(clock::today())))
            />
            <span class="muted">"Od tej daty liczymy kolejne spotkania i koniec programu."</span>
        </div>
        <TextField id="k-godzina" label="Godzina spotkań" input_type="time" value=shown(doc, DateField::StartTime) error=problem(ContractField::StartTime) on_commit=set_typed(doc, DateField::StartTime) />
        <p class="summary-line" data-testid="kontrakt-wyliczenia">{summary}</p>
        {choice_select(
            "k-przypomnienie",
            "Przypomnienie w kalendarzu",
            "",
            move || doc.value.with(|c| c.reminder),
            move |reminder: Reminder| edit(doc, move |c| c.reminder = reminder),
        )}
        <p class="muted field-after">
            "Dla pliku .ics ze spotkaniami i zadaniami. To nie warunek kontraktu: zmiana nie wymaga ponownej akceptacji."
        </p>
    }
}

/// The contract as a document: a preview on screen, the only thing on paper. It is redrawn
/// when the contract is saved (within [`crate::state::SAVE_DELAY`] of the last keystroke),
/// not on every keystroke: redrawing the whole document took most of a keystroke's time.
#[component]
fn ContractDocument(
    /// The mentee's contract.
    doc: SavedDoc<Contract>,
) -> impl IntoView {
    let document = Signal::derive(move || {
        doc.track_settled();
        doc.value.with_untracked(|c| c.document(Blanks::Dotted))
    });
    view! { <ContractDocumentView document label="Podgląd dokumentu" titled=true /> }
}
