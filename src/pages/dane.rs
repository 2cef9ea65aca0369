//! `#/dane`: the mentor's mentees (add, rename, switch, delete) and the state of saved data.

use leptos::prelude::*;

use crate::browser::{download, storage_status};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::controls::{Button, TextField};
use crate::model::mentees::{Mentee, MenteeId, Roster};
use crate::model::text;
use crate::route::Route;
use crate::state::AppState;
use crate::state::audience::Layout;
use crate::state::backup::{BackupState, ImportPlan};

#[component]
pub fn DanePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let backup = BackupState::new(state);
    // The mentee's layout has no mentees to manage: what was kept, its backup, and its removal.
    let mentee = use_context::<Layout>().is_some_and(|layout| layout.is_mentee_untracked());
    // Closed mentees' documents are packed here, after the page is shown: room for anything
    // waiting to be written, and the figures below follow.
    let packed = RwSignal::new(0u64);
    set_timeout(
        move || packed.set(state.pack_others()),
        std::time::Duration::from_millis(0),
    );
    view! {
        <h1>"Dane i ustawienia"</h1>
        <p class="lead">{if mentee { Route::Dane.mentee_first_screen() } else { Route::Dane.first_screen() }.map(|screen| screen.lead)}</p>
        {(!mentee).then(|| view! {
        <section class="card" aria-labelledby="mentee-naglowek">
            <h2 id="mentee-naglowek">"Twoi mentee"</h2>
            <p class="muted">
                "Każde narzędzie zapisuje notatki dla aktywnej osoby. Wystarczy imię albo pseudonim."
            </p>
            <AddMentee />
            <ul class="mentee-list">
                // Re-rendered whole on each roster change (a handful of rows): a keyed <For>
                // would add its diffing machinery to the bundle for no visible gain.
                {move || {
                    state
                        .roster
                        .with(|roster| {
                            roster
                                .mentees()
                                .iter()
                                .map(|mentee| view! { <MenteeRow mentee=mentee.clone() /> })
                                .collect_view()
                        })
                }}
            </ul>
        </section>
        })}
        <BackupSection backup mentee />
        <StorageStatus backup packed />
        <DeleteAll backup mentee />
    }
}

#[component]
fn AddMentee() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.add_mentee(&name.get_untracked()) {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
            }
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    view! {
        <form class="inline-form" on:submit=submit novalidate>
            <label for="nowy-mentee">"Nowy mentee"</label>
            <div class="row">
                <input
                    id="nowy-mentee"
                    type="text"
                    autocomplete="off"
                    maxlength=Roster::MAX_NAME_CHARS.to_string()
                    placeholder="np. Anna K."
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby="nowy-mentee-blad"
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit" class="button">"Dodaj"</button>
            </div>
            <p id="nowy-mentee-blad" class="field-error" aria-live="polite">
                {move || error.get()}
            </p>
        </form>
    }
}

/// What a mentee's row shows: the name with its actions, the rename form, or the delete question.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RowMode {
    Idle,
    Renaming,
    ConfirmingDelete,
}

#[component]
fn MenteeRow(
    /// The mentee this row shows.
    mentee: Mentee,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(mentee.id.clone());
    let name = StoredValue::new(mentee.name.clone());
    let mode = RwSignal::new(RowMode::Idle);
    let draft = RwSignal::new(mentee.name.clone());
    let error = RwSignal::new(None::<String>);
    let is_active = Memo::new(move |_| {
        state
            .roster
            .with(|roster| id.with_value(|id| roster.active_id() == id))
    });
    let input_id = format!("nazwa-{}", mentee.id);
    let error_id = format!("nazwa-blad-{}", mentee.id);

    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = id.with_value(|id| {
            state.change_roster(|roster| roster.rename(id, &draft.get_untracked()))
        });
        match outcome {
            Ok(()) => {
                error.set(None);
                mode.set(RowMode::Idle);
            }
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    let activate = move |_| {
        let _ = id.with_value(|id| state.change_roster(|roster| roster.switch_to(id)));
    };
    let remove = move |()| {
        if let Err(problem) = id.with_value(|id: &MenteeId| state.remove_mentee(id)) {
            error.set(Some(problem.to_string()));
        }
    };
    let cancel = move || {
        mode.set(RowMode::Idle);
        error.set(None);
    };
    let input_for_label = input_id.clone();
    let described_by = error_id.clone();

    let body = move || {
        match mode.get() {
        RowMode::Idle => view! {
            <span class="mentee-name">{name.get_value()}</span>
            {move || {
                if is_active.get() {
                    view! { <span class="badge">"aktywna osoba"</span> }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button-quiet" on:click=activate>
                            "Ustaw jako aktywną osobę"
                        </button>
                    }
                    .into_any()
                }
            }}
            <button type="button" class="button button-quiet" on:click=move |_| mode.set(RowMode::Renaming)>
                "Zmień nazwę"
            </button>
            <button type="button" class="button button-danger" on:click=move |_| mode.set(RowMode::ConfirmingDelete)>
                "Usuń"
            </button>
        }
        .into_any(),
        RowMode::Renaming => view! {
            <form class="inline-form" on:submit=rename>
                <label for=input_for_label.clone()>"Nowa nazwa"</label>
                <div class="row">
                    <input
                        id=input_id.clone()
                        type="text"
                        maxlength=Roster::MAX_NAME_CHARS.to_string()
                        aria-describedby=described_by.clone()
                        prop:value=draft
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">"Zapisz"</button>
                    <button type="button" class="button button-quiet" on:click=move |_| cancel()>"Anuluj"</button>
                </div>
            </form>
        }
        .into_any(),
        RowMode::ConfirmingDelete => view! {
            <span class="mentee-name">{name.get_value()}</span>
            <ConfirmDialog
                name="Potwierdź usunięcie"
                question=format!(
                    "Usunąć „{}” i wszystkie notatki zapisane dla tej osoby? Tego nie da się cofnąć.",
                    name.get_value(),
                )
                yes="Tak, usuń"
                yes_class="button-danger"
                no="Nie, zostaw"
                on_yes=Callback::new(remove)
                on_no=Callback::new(move |()| cancel())
            />
        }
        .into_any(),
    }
    };

    view! {
        <li class="mentee-row" class:is-active=is_active>
            {body}
            <p id=error_id class="field-error" aria-live="polite">{move || error.get()}</p>
        </li>
    }
}

/// Export to a JSON file; import with a check and a preview before anything is written.
#[component]
fn BackupSection(
    /// Export and import.
    backup: BackupState,
    /// The mentee's layout: one export, of everything.
    mentee: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = RwSignal::new(None::<ImportPlan>);
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(None::<String>);
    let export = move |mentee: Option<MenteeId>| {
        let (name, json) = backup.export(mentee.as_ref());
        match download::download_text(&name, "application/json", &json) {
            Ok(()) => {
                message.set(None);
                saved.set(Some(format!("Zapisano plik {name}.")));
            }
            Err(_) => {
                saved.set(None);
                message.set(Some("Przeglądarka nie pozwoliła pobrać pliku.".to_string()));
            }
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        // A file picked by mistake (a film) is not read into memory at all.
        if let Err(error) = backup.check_file_size(file.size()) {
            plan.set(None);
            message.set(Some(error));
            return;
        }
        leptos::task::spawn_local(async move {
            let Some(text) = storage_status::read_file(file).await else {
                message.set(Some("Nie udało się odczytać pliku.".to_string()));
                return;
            };
            match backup.preview_import(&text) {
                Ok(preview) => {
                    message.set(None);
                    plan.set(Some(preview));
                }
                Err(error) => {
                    plan.set(None);
                    message.set(Some(error));
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="kopia">
            <h2 id="kopia">"Kopia zapasowa"</h2>
            <p class="muted">"Plik JSON z datą w nazwie. Zostaje na Twoim urządzeniu – przenieś go, gdzie chcesz."</p>
            <div class="row">
                <Button label="Eksportuj wszystko" on_press=Callback::new(move |()| export(None)) />
                {(!mentee).then(|| view! {
                <Button
                    label="Eksportuj tylko aktywną osobę"
                    class="button-quiet"
                    on_press=Callback::new(move |()| export(Some(state.roster.with_untracked(|r| r.active_id().clone()))))
                />
                })}
            </div>
            <div class="field">
                <label for="import-pliku">"Importuj z pliku kopii"</label>
                <input id="import-pliku" type="file" accept=".json,application/json" on:change=on_file />
            </div>
            <BeforeImport backup />
            <p class="status-ok" role="status" data-testid="kopia-zapisana">{move || saved.get()}</p>
            <p class="field-error" role="status" data-testid="kopia-komunikat">{move || message.get()}</p>
            {move || {
                plan.get()
                    .map(|preview| {
                        let replace_all = preview.replace_all;
                        let replaced = preview.replaced.join(", ");
                        let added = preview.added.join(", ");
                        view! {
                            <ConfirmDialog
                                name="Podgląd importu"
                                question="Co zrobi import:"
                                strong=true
                                class="import-preview"
                                yes="Importuj"
                                no="Anuluj"
                                on_yes=Callback::new(move |()| {
                                    if let Some(p) = plan.get_untracked() {
                                        match backup.apply_import(&p) {
                                            Ok(()) => {
                                                let _ = window().location().reload();
                                            }
                                            Err((error, before)) => {
                                                plan.set(None);
                                                message.set(Some(error));
                                                // The data before the import, which this tab
                                                // could not hold: downloaded now.
                                                if let Some(json) = before {
                                                    let name = format!("niezbednik-przed-importem-{}.json", crate::browser::clock::today().format("%Y%m%d"));
                                                    let _ = download::download_text(&name, "application/json", &json);
                                                    // Imported all the same: the page starts
                                                    // again from it, or what it shows now
                                                    // would be saved over the import.
                                                    let _ = window().location().reload();
                                                }
                                            }
                                        }
                                    }
                                })
                                on_no=Callback::new(move |()| plan.set(None))
                            >
                                <ul>
                                    {replace_all.then(|| view! { <li>"Zastąpi wszystkie obecne dane danymi z pliku."</li> })}
                                    {(!replaced.is_empty()).then(|| view! { <li>{format!("Zastąpi: {replaced}")}</li> })}
                                    {(!added.is_empty()).then(|| view! { <li>{format!("Doda: {added}")}</li> })}
                                    <li>"Obecne dane zostaną w tej karcie do jej zamknięcia: po imporcie możesz je pobrać jako plik."</li>
                                    {backup.before_import().is_some().then(|| view! {
                                        <li>"Dane sprzed poprzedniego importu, trzymane w tej karcie, zostaną zastąpione: pobierz je najpierw, jeśli ich potrzebujesz."</li>
                                    })}
                                </ul>
                            </ConfirmDialog>
                        }
                    })
            }}
        </section>
    }
}

/// The data as it was before the import this tab made, held in the tab to download.
#[component]
fn BeforeImport(
    /// Where it is held.
    backup: BackupState,
) -> impl IntoView {
    let held = RwSignal::new(backup.before_import());
    move || {
        held.get().map(|(name, json)| {
            let size = crate::model::text::stored_size(crate::store::units(&json));
            let download_name = name.clone();
            view! {
                <div class="confirm" role="status" data-testid="przed-importem">
                    <p>
                        <strong>"Zaimportowano. "</strong>
                        {format!("Dane sprzed importu ({size}) są w tej karcie do jej zamknięcia, nie w pamięci przeglądarki. Pobierz je, jeśli chcesz móc do nich wrócić.")}
                    </p>
                    <div class="row">
                        <Button
                            label="Pobierz dane sprzed importu"
                            on_press=Callback::new(move |()| {
                                let _ = download::download_text(&download_name, "application/json", &json);
                            })
                        />
                        <Button
                            label="Nie są potrzebne"
                            class="button-quiet"
                            on_press=Callback::new(move |()| {
                                backup.forget_before_import();
                                held.set(None);
                            })
                        />
                    </div>
                </div>
            }
        })
    }
}

/// Space used against the real limit, persistence, the last backup, old safety copies, and
/// what Safari does to unvisited sites.
#[component]
fn StorageStatus(
    /// The data's size and the last export.
    backup: BackupState,
    /// Units freed by packing closed mentees' documents (set once the page is shown).
    packed: RwSignal<u64>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let usage_estimate = RwSignal::new(None::<(f64, f64)>);
    let persisted = RwSignal::new(None::<bool>);
    leptos::task::spawn_local(async move {
        usage_estimate.set(storage_status::estimate().await);
        persisted.set(storage_status::persisted().await);
    });
    let saving = move || state.is_saving();
    // Re-counted after what this page writes: the roster (a mentee removed with their notes),
    // the backup log of an export, packing, a removed copy.
    let copies_changed = RwSignal::new(0u32);
    let usage = Memo::new(move |_| {
        state.roster.track();
        let _ = backup.last_export();
        packed.track();
        copies_changed.track();
        backup.usage()
    });
    let copies = Memo::new(move |_| {
        copies_changed.track();
        backup.safety_copies()
    });
    view! {
        <section class="card" aria-labelledby="zapis-naglowek">
            <h2 id="zapis-naglowek">"Zapis w przeglądarce"</h2>
            {move || crate::components::storage_warning::storage_warning(usage.get(), false)}
            <p data-testid="storage-status">
                {move || {
                    if saving() {
                        "✓ Zmiany zapisują się na bieżąco w\u{a0}pamięci tej przeglądarki."
                    } else {
                        "⚠ Zmiany nie są teraz zapisywane: to, co wpisujesz, czeka na ekranie i zapisze się samo, gdy tylko przeglądarka pozwoli (powód w komunikacie u góry strony)."
                    }
                }}
            </p>
            <p data-testid="dane-rozmiar">
                {move || {
                    let usage = usage.get();
                    let others = usage.all - usage.ours;
                    format!(
                        "Dane aplikacji zajmują {} miejsca, które przeglądarka daje tej stronie na zapis.{}",
                        text::storage_share(usage.ours, crate::store::LIMIT_UNITS),
                        if others * 100 >= crate::store::LIMIT_UNITS {
                            format!(" Inne dane pod tym adresem zajmują {}.", text::stored_size(others))
                        } else {
                            String::new()
                        }
                    )
                }}
            </p>
            {move || {
                let copies = copies.get();
                (!copies.is_empty()).then(|| view! {
                    <div class="safety-copies" data-testid="stare-kopie">
                        <p>
                            "Kopie danych sprzed importu, które zostawiły wcześniejsze wersje aplikacji. Same znikną po 14 dniach od importu; możesz je pobrać albo usunąć od razu:"
                        </p>
                        <ul>
                            {copies.into_iter().map(|copy| {
                                let key = StoredValue::new(copy.key.clone());
                                let when = copy.made.map(|day| format!("z {}", crate::model::date::long(day))).unwrap_or_else(|| "z nieznanego dnia".to_string());
                                view! {
                                    <li>
                                        {format!("Kopia sprzed importu {when} ({})", text::stored_size(copy.units))}
                                        <div class="row">
                                            <Button
                                                label="Pobierz"
                                                class="button-quiet"
                                                on_press=Callback::new(move |()| {
                                                    if let Some(text) = key.with_value(|key| backup.safety_copy_text(key)) {
                                                        let name = format!("niezbednik-kopia-sprzed-importu-{}.json", key.with_value(|key| key.rsplit('/').next().unwrap_or("kopia").to_string()));
                                                        let _ = download::download_text(&name, "application/json", &text);
                                                    }
                                                })
                                            />
                                            <Button
                                                label="Usuń"
                                                class="button-danger"
                                                on_press=Callback::new(move |()| {
                                                    key.with_value(|key| backup.remove_safety_copy(key));
                                                    copies_changed.update(|n| *n += 1);
                                                })
                                            />
                                        </div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <p class="muted" data-testid="dane-szacunek">
                {move || match usage_estimate.get() {
                    Some((used, quota)) => format!(
                        "Kopia aplikacji do pracy offline i\u{a0}jej pliki zajmują ok. {} (szacunek przeglądarki, bez danych zapisanych w\u{a0}aplikacji).",
                        text::usage_of(used as u64, quota as u64),
                    ),
                    None => "Ta przeglądarka nie podaje, ile miejsca zajmuje strona razem z kopią offline.".to_string(),
                }}
            </p>
            <p>
                {move || match persisted.get() {
                    Some(true) => "✓ Przechowywanie trwałe: przeglądarka nie usunie danych sama.",
                    Some(false) => "Przechowywanie nie jest trwałe: przy braku miejsca przeglądarka może usunąć dane.",
                    None => "Ta przeglądarka nie mówi, czy przechowywanie jest trwałe.",
                }}
            </p>
            {move || {
                (persisted.get() == Some(false))
                    .then(|| {
                        view! {
                            <Button
                                label="Poproś o trwałe przechowywanie"
                                class="button-quiet"
                                on_press=Callback::new(move |()| {
                                    leptos::task::spawn_local(async move {
                                        let granted = storage_status::persist().await;
                                        persisted.set(Some(granted == Some(true)));
                                    });
                                })
                            />
                        }
                    })
            }}
            {move || backup.reminder().map(|text| view! { <p class="warning-note" role="status">{text}</p> })}
            <p class="muted">
                "Safari na iPhonie i Macu może usunąć dane strony po 7 dniach bez odwiedzin. Aby tego uniknąć, dodaj aplikację do ekranu początkowego („Udostępnij” → „Do ekranu początkowego”) i rób kopie zapasowe."
            </p>
        </section>
    }
}

/// Deleting everything needs the word typed.
#[component]
fn DeleteAll(
    /// Deletes everything.
    backup: BackupState,
    /// The mentee's layout: what is deleted is said in their terms.
    mentee: bool,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    view! {
        <section class="card" aria-labelledby="usun-wszystko">
            <h2 id="usun-wszystko">"Usuń wszystkie dane"</h2>
            <p class="muted">{if mentee {
                "Usuwa z tej przeglądarki wszystko, co zapisano z linków od mentorów, odhaczone zadania i szkice refleksji. Najpierw zrób kopię."
            } else {
                "Usuwa z tej przeglądarki wszystkich mentee i wszystko, co zapisały narzędzia. Najpierw zrób kopię."
            }}</p>
            <TextField
                id="potwierdz-usuniecie"
                label="Wpisz USUŃ, aby potwierdzić"
                live=true
                value=Signal::derive(move || typed.get())
                error=Signal::derive(move || error.get())
                on_commit=Callback::new(move |text: String| typed.set(text))
            />
            <Button
                label="Usuń wszystkie dane"
                class="button-danger"
                on_press=Callback::new(move |()| {
                    if typed.get_untracked().trim() == "USUŃ" {
                        backup.delete_all();
                        let _ = window().location().reload();
                    } else {
                        error.set(Some("Wpisz dokładnie: USUŃ".to_string()));
                    }
                })
            />
        </section>
    }
}
