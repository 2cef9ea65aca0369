//! Shaping the agenda before the meeting: titles, minutes, points, order; templates.

use leptos::prelude::*;

use crate::components::controls::{Button, TextArea, TextField};
use crate::content::agenda_templates;
use crate::model::agenda::AgendaPrefs;
use crate::model::agenda::drafts::{Drafts, Field};
use crate::model::agenda::{Agenda, AgendaError};
use crate::state::agenda::AgendaState;

/// A change to the agenda's blocks; `Err` carries the message for the user.
type BlocksEdit = Box<dyn FnOnce(&mut Agenda, &mut Drafts) -> Result<(), AgendaError>>;

#[component]
pub fn Editor() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let error = RwSignal::new(None::<String>);
    // Text a field refused stays in that field, with its message, until it is fixed.
    let drafts = RwSignal::new(Drafts::default());
    // Another mentee's agenda: the drafts belonged to the previous one.
    Effect::new(move |previous: Option<String>| {
        let key = tool.doc.key();
        if previous.is_some_and(|previous| previous != key) {
            drafts.update(Drafts::clear);
        }
        key
    });
    let commit = move |field: Field, text: String| {
        let mut agenda = tool.doc.value.with_untracked(|doc| doc.agenda.clone());
        let outcome = agenda.set_field(field, &text);
        let mut refused = drafts.get_untracked();
        let taken = refused.commit(field, text, outcome).is_some();
        drafts.set(refused);
        if taken {
            tool.doc.update(|doc| doc.agenda = agenda);
        }
    };
    let draft_text = move |field: Field| drafts.with(|d| d.text(field));
    let draft_error = move |field: Field| Signal::derive(move || drafts.with(|d| d.message(field)));
    // Adds, moves or removes blocks; a refused change leaves the agenda as it was and says why.
    let edit = move |change: BlocksEdit| {
        let mut agenda = tool.doc.value.with_untracked(|doc| doc.agenda.clone());
        let mut moved = drafts.get_untracked();
        match change(&mut agenda, &mut moved) {
            Ok(()) => {
                error.set(None);
                drafts.set(moved);
                tool.doc.update(|doc| doc.agenda = agenda);
            }
            Err(message) => error.set(Some(message.to_string())),
        }
    };
    let totals = move || {
        tool.doc.value.with(|doc| {
            (
                doc.agenda.total_minutes(),
                doc.agenda.meeting_minutes,
                doc.agenda.overflow_minutes(),
            )
        })
    };
    let blocks = move || tool.doc.value.with(|doc| doc.agenda.blocks.clone());

    view! {
        <details class="card editor no-print">
            <summary class="editor-summary">"Zmień agendę: tytuły, minuty, punkty, kolejność, szablony"</summary>
            <p class="summary-line">
                {move || {
                    let (total, meeting, _) = totals();
                    format!("Razem {total} min z {meeting} min spotkania")
                }}
            </p>
            {move || {
                totals()
                    .2
                    .map(|over| {
                        view! {
                            <p class="warning-note" role="status">
                                {format!("⚠ Bloki trwają o {over} min dłużej, niż ma trwać spotkanie.")}
                            </p>
                        }
                    })
            }}
            <TextField
                id="dlugosc-spotkania"
                label="Długość spotkania (min)"
                numeric=true
                class="field-short"
                value=Signal::derive(move || {
                    draft_text(Field::MeetingMinutes).unwrap_or_else(|| totals().1.to_string())
                })
                error=draft_error(Field::MeetingMinutes)
                on_commit=Callback::new(move |text: String| commit(Field::MeetingMinutes, text))
            />
            <p class="field-error" role="alert">{move || error.get()}</p>
            <ol class="edit-blocks">
                {move || {
                    let blocks = blocks();
                    let count = blocks.len();
                    blocks
                        .into_iter()
                        .enumerate()
                        .map(|(index, block)| {
                            let n = index + 1;
                            let title = block.title.clone();
                            let minutes = block.minutes.to_string();
                            let points = block.points.join("\n");
                            view! {
                                <li class="edit-block">
                                    <TextField
                                        id=format!("blok-{n}-tytul")
                                        label=format!("Blok {n}: tytuł")
                                        value=Signal::derive(move || {
                                            draft_text(Field::Title(index)).unwrap_or_else(|| title.clone())
                                        })
                                        error=draft_error(Field::Title(index))
                                        on_commit=Callback::new(move |text: String| commit(Field::Title(index), text))
                                    />
                                    <TextField
                                        id=format!("blok-{n}-minuty")
                                        label="Minuty"
                                        numeric=true
                                        class="field-short"
                                        value=Signal::derive(move || {
                                            draft_text(Field::Minutes(index)).unwrap_or_else(|| minutes.clone())
                                        })
                                        error=draft_error(Field::Minutes(index))
                                        on_commit=Callback::new(move |text: String| commit(Field::Minutes(index), text))
                                    />
                                    <TextArea
                                        id=format!("blok-{n}-punkty")
                                        label="Punkty (każdy w osobnym wierszu)"
                                        value=Signal::derive(move || {
                                            draft_text(Field::Points(index)).unwrap_or_else(|| points.clone())
                                        })
                                        on_commit=Callback::new(move |text: String| commit(Field::Points(index), text))
                                    />
                                    <div class="row">
                                        <Button
                                            label="↑ Wyżej"
                                            class="button-quiet"
                                            aria_label=format!("Przesuń blok {n} wyżej")
                                            disabled=index == 0
                                            on_press=Callback::new(move |()| {
                                                edit(Box::new(move |a, d| {
                                                    if a.move_block(index, true) {
                                                        d.block_moved(index, true);
                                                    }
                                                    Ok(())
                                                }))
                                            })
                                        />
                                        <Button
                                            label="↓ Niżej"
                                            class="button-quiet"
                                            aria_label=format!("Przesuń blok {n} niżej")
                                            disabled=index + 1 == count
                                            on_press=Callback::new(move |()| {
                                                edit(Box::new(move |a, d| {
                                                    if a.move_block(index, false) {
                                                        d.block_moved(index, false);
                                                    }
                                                    Ok(())
                                                }))
                                            })
                                        />
                                        <Button
                                            label="Usuń"
                                            class="button-danger"
                                            aria_label=format!("Usuń blok {n}")
                                            on_press=Callback::new(move |()| {
                                                edit(Box::new(move |a, d| {
                                                    a.remove_block(index)?;
                                                    d.block_removed(index);
                                                    Ok(())
                                                }))
                                            })
                                        />
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <div class="row">
                <Button label="+ Dodaj blok" on_press=Callback::new(move |()| edit(Box::new(|a, _| { a.add_block(); Ok(()) }))) />
                <Button
                    label="Przywróć agendę z materiałów"
                    class="button-quiet"
                    on_press=Callback::new(move |()| edit(Box::new(|a, d| {
                        *a = Agenda::from_seed();
                        d.clear();
                        Ok(())
                    })))
                />
            </div>
            <Templates drafts />
        </details>
    }
}

/// Agendas saved for reuse with any mentee.
#[component]
fn Templates(
    /// The editor's refused edits, which no longer apply once a template replaces the agenda.
    drafts: RwSignal<Drafts>,
) -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let agenda = tool.doc.value.with_untracked(|doc| doc.agenda.clone());
        let typed = name.get_untracked();
        if let Err(refused) = tool
            .prefs
            .update(|prefs| prefs.save_template(&typed, agenda))
        {
            error.set(Some(refused.message()));
            return;
        }
        name.set(String::new());
        error.set(None);
    };
    let use_agenda = move |agenda: Agenda| {
        drafts.update(Drafts::clear);
        tool.doc.update(|doc| doc.agenda = agenda);
    };
    view! {
        <h3>"Szablony agend"</h3>
        <p class="muted">
            "Agenda pierwszego spotkania pochodzi z materiałów. Na kolejne spotkania aplikacja proponuje własne szablony."
        </p>
        <ul class="app-templates">
            {agenda_templates::ALL
                .iter()
                .map(|template| {
                    view! {
                        <li class="row">
                            <span class="template-name">
                                {format!("{} ({} min) ", template.name, template.total_minutes())}
                                <span class="chip">{agenda_templates::MARK}</span>
                            </span>
                            <Button
                                label="Użyj"
                                class="button-quiet"
                                aria_label=format!("Użyj szablonu „{}”", template.name)
                                on_press=Callback::new(move |()| use_agenda(Agenda::from_app_template(template)))
                            />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <form class="inline-form" on:submit=save>
            <label for="nazwa-szablonu">"Zapisz tę agendę jako szablon"</label>
            <div class="row">
                <input
                    id="nazwa-szablonu"
                    type="text"
                    placeholder="np. Spotkanie kontrolne"
                    maxlength=AgendaPrefs::MAX_TEMPLATE_NAME_CHARS
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" class="button">"Zapisz szablon"</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
        <ul class="templates">
            {move || {
                tool.prefs
                    .value
                    .with(|prefs| prefs.templates.clone())
                    .into_iter()
                    .map(|template| {
                        let label = format!("{} ({} min)", template.name, template.agenda.total_minutes());
                        let name = template.name.clone();
                        let agenda = template.agenda.clone();
                        view! {
                            <li class="row">
                                <span class="template-name">{label}</span>
                                <Button
                                    label="Użyj"
                                    class="button-quiet"
                                    aria_label=format!("Użyj szablonu „{}”", template.name)
                                    on_press=Callback::new(move |()| use_agenda(agenda.clone()))
                                />
                                <Button
                                    label="Usuń szablon"
                                    class="button-danger"
                                    on_press=Callback::new(move |()| {
                                        let name = name.clone();
                                        tool.prefs.update(|prefs| prefs.templates.retain(|t| t.name != name));
                                    })
                                />
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
