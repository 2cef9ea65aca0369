//! Shaping the agenda before the meeting: titles, minutes, points, order; templates.

use leptos::prelude::*;

use crate::components::controls::{Button, TextArea, TextField};
use crate::model::agenda::{Agenda, AgendaTemplate};
use crate::state::agenda::AgendaTool;

/// One change to the agenda; `Err` carries the message for the user.
type AgendaEdit = Box<dyn FnOnce(&mut Agenda) -> Result<(), String>>;

#[component]
pub fn Editor() -> impl IntoView {
    let tool = expect_context::<AgendaTool>();
    let error = RwSignal::new(None::<String>);
    // Applies an edit; a refused one leaves the agenda as it was and says why.
    let edit = move |change: AgendaEdit| {
        let mut agenda = tool.doc.value.with_untracked(|doc| doc.agenda.clone());
        match change(&mut agenda) {
            Ok(()) => {
                error.set(None);
                tool.doc.update(|doc| doc.agenda = agenda);
            }
            Err(message) => error.set(Some(message)),
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
                    format!("Razem {total} min z {meeting} min spotkania")
                }}
            </p>
            {move || {
                totals()
                    .2
                    .map(|over| {
                        view! {
                            <p class="warning-note" role="status">
                                {format!("⚠ Bloki trwają o {over} min dłużej, niż ma trwać spotkanie.")}
                            </p>
                        }
                    })
            }}
            <TextField
                id="dlugosc-spotkania"
                label="Długość spotkania (min)"
                numeric=true
                class="field-short"
                value=Signal::derive(move || totals().1.to_string())
                on_commit=Callback::new(move |text: String| {
                    edit(Box::new(move |a| a.set_meeting_minutes(&text).map_err(|e| e.to_string())))
                })
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
                                        value=Signal::derive(move || title.clone())
                                        on_commit=Callback::new(move |text: String| {
                                            edit(Box::new(move |a| a.set_title(index, &text).map_err(|e| e.to_string())))
                                        })
                                    />
                                    <TextField
                                        id=format!("blok-{n}-minuty")
                                        label="Minuty"
                                        numeric=true
                                        class="field-short"
                                        value=Signal::derive(move || minutes.clone())
                                        on_commit=Callback::new(move |text: String| {
                                            edit(Box::new(move |a| a.set_minutes(index, &text).map_err(|e| e.to_string())))
                                        })
                                    />
                                    <TextArea
                                        id=format!("blok-{n}-punkty")
                                        label="Punkty (każdy w osobnym wierszu)"
                                        value=Signal::derive(move || points.clone())
                                        on_commit=Callback::new(move |text: String| {
                                            edit(Box::new(move |a| a.set_points(index, &text).map_err(|e| e.to_string())))
                                        })
                                    />
                                    <div class="row">
                                        <Button
                                            label="↑ Wyżej"
                                            class="button-quiet"
                                            aria_label=format!("Przesuń blok {n} wyżej")
                                            disabled=index == 0
                                            on_press=Callback::new(move |()| edit(Box::new(move |a| { a.move_block(index, true); Ok(()) })))
                                        />
                                        <Button
                                            label="↓ Niżej"
                                            class="button-quiet"
                                            aria_label=format!("Przesuń blok {n} niżej")
                                            disabled=index + 1 == count
                                            on_press=Callback::new(move |()| edit(Box::new(move |a| { a.move_block(index, false); Ok(()) })))
                                        />
                                        <Button
                                            label="Usuń"
                                            class="button-danger"
                                            aria_label=format!("Usuń blok {n}")
                                            on_press=Callback::new(move |()| {
                                                edit(Box::new(move |a| a.remove_block(index).map(|_| ()).map_err(|e| e.to_string())))
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
                <Button label="+ Dodaj blok" on_press=Callback::new(move |()| edit(Box::new(|a| { a.add_block(); Ok(()) }))) />
                <Button
                    label="Przywróć agendę z materiałów"
                    class="button-quiet"
                    on_press=Callback::new(move |()| edit(Box::new(|a| { *a = Agenda::from_seed(); Ok(()) })))
                />
            </div>
            <Templates />
        </details>
    }
}

/// Agendas saved for reuse with any mentee.
#[component]
fn Templates() -> impl IntoView {
    let tool = expect_context::<AgendaTool>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let trimmed = name.get_untracked().trim().to_string();
        if trimmed.is_empty() {
            error.set(Some(
                "Nazwij szablon, np. „Spotkanie kontrolne”.".to_string(),
            ));
            return;
        }
        let agenda = tool.doc.value.with_untracked(|doc| doc.agenda.clone());
        tool.prefs.update(|prefs| {
            prefs.templates.retain(|t| t.name != trimmed);
            prefs.templates.push(AgendaTemplate {
                name: trimmed,
                agenda,
            });
        });
        name.set(String::new());
        error.set(None);
    };
    view! {
        <h3>"Szablony agend"</h3>
        <form class="inline-form" on:submit=save>
            <label for="nazwa-szablonu">"Zapisz tę agendę jako szablon"</label>
            <div class="row">
                <input
                    id="nazwa-szablonu"
                    type="text"
                    placeholder="np. Spotkanie kontrolne"
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
                        let label = format!("{} ({} min)", template.name, template.agenda.total_minutes());
                        let name = template.name.clone();
                        let agenda = template.agenda.clone();
                        view! {
                            <li class="row">
                                <span class="template-name">{label}</span>
                                <Button
                                    label="Użyj"
                                    class="button-quiet"
                                    on_press=Callback::new(move |()| {
                                        let agenda = agenda.clone();
                                        tool.doc.update(|doc| doc.agenda = agenda);
                                    })
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
