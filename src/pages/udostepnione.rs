//! What came by a shared link: the mentor's contract, meeting or next steps on the mentee's
//! phone („Przesyła: …”), a mentee's reflection on the mentor's, and the items kept from such
//! links („Od moich mentorów”).
//!
//! A link's data is untrusted: it goes through [`share::data_of`] and [`share::read`] (or the
//! passphrase's [`share_browser::unlock`] and [`share::open`]), is shown as text only, and
//! nothing is written to storage until the user presses „Zapisz u mnie” or „Dołącz do
//! spotkania” (and the tasks a reflection reports done change the mentor's list only when
//! the mentor marks them, on the meeting's record).

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::browser::share as share_browser;
use crate::browser::{clock, download, storage_status};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::contract_document::ContractDocumentView;
use crate::components::controls::Button;
use crate::components::passphrase_field::PassphraseField;
use crate::components::reflection_card::{ReflectionAnswers, ReportedDays, ReportedList};
use crate::components::share_panel::SharePanel;
use crate::model::contract::{Blanks, Contract};
use crate::model::date;
use crate::model::ics;
use crate::model::journal::Reflection;
use crate::model::journal::{MeetingId, ReportedTask, open_count};
use crate::model::mentees::MenteeId;
use crate::model::received::ReceivedDoc;
use crate::model::received::{self, Draft, versions};
use crate::model::share::{self, Frame, Shared, SharedItem, SharedMeeting};
use crate::route::Route;
use crate::state::audience::Layout;
use crate::state::programme::Programme;
use crate::state::received::attach_reflection;
use crate::state::{AppState, SavedDoc};

/// What the page shows: a link's item, a link waiting for its passphrase, or neither.
#[derive(Debug, Clone, PartialEq)]
enum Opened {
    Item(Shared),
    Locked(Frame),
}

/// Reads a pasted link, a file's text or the address bar's data: an item, a locked frame, or
/// the message to show.
fn open_text(text: &str) -> Result<Opened, String> {
    let data = share::data_of(text).map_err(|e| e.to_string())?;
    match share::read(&data).map_err(|e| e.to_string())? {
        Ok(item) => Ok(Opened::Item(item)),
        Err(frame) => Ok(Opened::Locked(frame)),
    }
}

#[component]
pub fn UdostepnionePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    // One signal for the kept items on the whole page: every part changes the same copy.
    let received = state.received();
    provide_context(received);
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let saved = match route.get_untracked() {
        Route::Udostepnione { saved } => saved,
        _ => None,
    };
    let saved_item = Memo::new(move |_| {
        received
            .value
            .with(|doc| saved.and_then(|id| doc.get(id).map(|r| r.item.clone())))
    });
    let opened = RwSignal::new(None::<Opened>);
    let error = RwSignal::new(None::<String>);
    let mentee = use_context::<Layout>().is_some_and(|layout| layout.is_mentee_untracked());
    if let Some(data) = share_browser::take_pending() {
        match open_text(&data) {
            Ok(found) => opened.set(Some(found)),
            Err(message) => error.set(Some(message)),
        }
    }
    let show = move |outcome: Result<Opened, String>| match outcome {
        Ok(found) => {
            error.set(None);
            opened.set(Some(found));
        }
        Err(message) => error.set(Some(message)),
    };
    move || {
        if let Some(found) = opened.get() {
            return match found {
                Opened::Locked(frame) => view! {
                    <h1>"Udostępnione"</h1>
                    <Unlock frame opened />
                }
                .into_any(),
                Opened::Item(Shared::Reflection(reflection)) => {
                    // The link's reflection becomes the journal's here, at the boundary.
                    let reflection = Reflection::from(reflection);
                    view! { <ReflectionReceived reflection /> }.into_any()
                }
                Opened::Item(item) => view! { <FromMentor item kept=None /> }.into_any(),
            };
        }
        if let Some(id) = saved {
            return match saved_item.get() {
                Some(item) => view! {
                    <p class="no-print"><a href=Route::Udostepnione { saved: None }.to_hash()>"← Udostępnione"</a></p>
                    <FromMentor item kept=Some(id) />
                }
                .into_any(),
                None => view! {
                    <h1>"Nie ma takiej pozycji"</h1>
                    <p>"Tej pozycji nie ma w „Od moich mentorów” (mogła zostać usunięta)."</p>
                    <p><a class="button" href=Route::Udostepnione { saved: None }.to_hash()>"Udostępnione"</a></p>
                }
                .into_any(),
            };
        }
        view! {
            <h1>"Udostępnione"</h1>
            <p class="lead">
                {let here = Route::Udostepnione { saved: None };
                    if mentee { here.mentee_first_screen() } else { here.first_screen() }.map(|screen| screen.lead)}
            </p>
            {move || error.get().map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
            // The mentee comes here for what was kept; the mentor, to open a reflection.
            {if mentee {
                view! { <KeptList /> <PasteForm on_open=Callback::new(show) /> }.into_any()
            } else {
                view! { <PasteForm on_open=Callback::new(show) /> <KeptList /> }.into_any()
            }}
        }
        .into_any()
    }
}

/// A link pasted or read from a file.
#[component]
fn PasteForm(
    /// What the text opened to, or the message.
    on_open: Callback<Result<Opened, String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if let Err(error) = share::check_file_size(file.size()) {
            on_open.run(Err(error.to_string()));
            return;
        }
        leptos::task::spawn_local(async move {
            match storage_status::read_file(file).await {
                Some(contents) => on_open.run(open_text(&contents)),
                None => on_open.run(Err("Nie udało się odczytać pliku.".to_string())),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="wklej-naglowek">
            <h2 id="wklej-naglowek">"Otwórz link"</h2>
            <div class="field">
                <label for="wklej-link">"Wklej link od mentora lub mentee"</label>
                <textarea
                    id="wklej-link"
                    rows="3"
                    autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </div>
            <p class="row">
                <Button label="Otwórz" on_press=Callback::new(move |()| on_open.run(open_text(&text.get_untracked()))) />
            </p>
            <div class="field">
                <label for="plik-z-linkiem">"Otwórz plik z linkiem"</label>
                <input id="plik-z-linkiem" type="file" accept=".txt,text/plain" on:change=on_file />
            </div>
        </section>
    }
}

/// A locked link: the passphrase said aloud opens it.
#[component]
fn Unlock(frame: Frame, opened: RwSignal<Option<Opened>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A mentor (with mentees of their own) opens a mentee's reflection; anyone else, a
    // mentor's item. The kind is inside the encrypted data, so the label can only guess.
    let label = if state
        .roster
        .with_untracked(|r| r.mentees().iter().any(|m| !m.is_stand_in()))
    {
        "Hasło"
    } else {
        "Hasło od mentora"
    };
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let frame = StoredValue::new(frame);
    let try_open = move || {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        let typed = passphrase.get_untracked();
        let frame = frame.get_value();
        leptos::task::spawn_local(async move {
            let outcome = match share_browser::unlock(&frame, &typed).await {
                Ok(body) => share::open(&body),
                Err(e) => Err(e),
            };
            working.try_set(false);
            match outcome {
                Ok(item) => {
                    opened.try_set(Some(Opened::Item(item)));
                }
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="haslo-naglowek">
            <h2 id="haslo-naglowek">"Link z hasłem"</h2>
            <p>"Ten link jest zabezpieczony hasłem. Hasło nie jest częścią linku: osoba, która go wysłała, powiedziała je na głos albo przekazała inną drogą."</p>
            <form on:submit=move |ev| {
                ev.prevent_default();
                try_open();
            }>
                <div class="field">
                    <PassphraseField id="haslo" label value=passphrase />
                </div>
                <p class="row">
                    <button type="submit" class="button" disabled=move || working.get()>"Otwórz"</button>
                </p>
            </form>
            {move || working.get().then(|| view! { <p class="muted" role="status">"Otwieram…"</p> })}
            {move || error.get().map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
        </section>
    }
}

/// A mentor's item, read-only. Its first screen says who sent it (as the link claims), what
/// it is, whether it is kept on this phone (and that nothing is until „Zapisz u mnie”), with
/// the actions: keep it (or put a newer version in place of the kept one), the calendar, print.
/// On a meeting, the reflection to send back. `kept` is its id in „Od moich mentorów” when it
/// was opened from there.
#[component]
fn FromMentor(item: Shared, kept: Option<u32>) -> impl IntoView {
    let received = expect_context::<SavedDoc<ReceivedDoc>>();
    let heading = received::sender_heading(item.sender());
    let title = item.title();
    let print_label = item.print_label();
    // Already kept (the same link opened again): the reflection's draft goes with it.
    let kept = RwSignal::new(kept.or_else(|| received.value.with_untracked(|doc| doc.find(&item))));
    let status = RwSignal::new(None::<String>);
    let item = StoredValue::new(item);
    // A version of it kept before (the mentor sent it again with changes), while this one is not.
    let earlier = Memo::new(move |_| {
        if kept.get().is_some() {
            return None;
        }
        received.value.with(|doc| {
            item.with_value(|item| {
                let id = doc.earlier_version(item)?;
                let old = doc.get(id)?;
                Some((id, old.saved, versions::changes(&old.item, item)))
            })
        })
    });
    let save = move |()| match received.update(|doc| doc.add(item.get_value(), clock::today())) {
        Ok(id) => {
            received.flush();
            kept.set(Some(id));
            status.set(Some("Zapisano w „Od moich mentorów”.".to_string()));
        }
        Err(full) => status.set(Some(full.to_string())),
    };
    let replace = move |id: u32| {
        received.update(|doc| doc.replace(id, item.get_value(), clock::today()));
        received.flush();
        kept.set(Some(id));
        status.set(Some(
            "Zapisano nową wersję w „Od moich mentorów” w miejscu poprzedniej.".to_string(),
        ));
    };
    let print = move |()| crate::browser::print::print_with("printing-received", None);
    let body = item.with_value(|item| match item {
        Shared::Contract(c) => view! { <ContractView contract=(**c).clone() /> }.into_any(),
        Shared::Meeting(m) => view! { <MeetingView meeting=m.clone() /> }.into_any(),
        Shared::Steps(s) => view! {
            <p class="muted">{format!("Rozmowa {}", date::long(s.date))}</p>
            <h2>"Kolejne kroki"</h2>
            <Items items=s.steps.clone() empty="Bez kroków." />
            {(!s.support.is_empty()).then(|| view! {
                <h2>"Proponowane wsparcie"</h2>
                <p class="prewrap">{s.support.clone()}</p>
            })}
            {s.follow_up.map(|d| view! { <p><strong>"Sprawdzenie efektów: "</strong>{date::long(d)}</p> })}
        }
        .into_any(),
        Shared::Reflection(_) => ().into_any(),
    });
    let contract = item.with_value(|item| match item {
        Shared::Contract(c) if c.has_meetings() => Some((**c).clone()),
        _ => None,
    });
    let meeting = item.with_value(|item| match item {
        Shared::Meeting(m) => Some(m.clone()),
        _ => None,
    });
    view! {
        <article class="received-item">
            <div class="received-head">
                <h1>{heading}</h1>
                <p class="received-what"><strong>{title}</strong></p>
                <p class="received-kept no-print" data-kept=move || if kept.get().is_some() { "tak" } else { "nie" }>
                    {move || match (kept.get(), earlier.get()) {
                        (Some(id), _) => {
                            let saved = received.value.with(|doc| doc.get(id).map(|r| r.saved));
                            match saved {
                                Some(day) => format!("Zapisane u Ciebie w „Od moich mentorów” ({}).", date::long(day)),
                                None => "Zapisane u Ciebie w „Od moich mentorów”.".to_string(),
                            }
                        }
                        (None, Some((_, day, changed))) => {
                            let what = if changed.is_empty() { String::new() } else { format!(" Różni się: {}.", changed.join(", ")) };
                            format!("U Ciebie jest zapisana inna wersja tej pozycji (z {}).{what} Nic się nie zmieni, dopóki nie wybierzesz „Zastąp zapisaną wersję”.", date::long(day))
                        }
                        (None, None) => "Nic z tego nie zostaje na tym telefonie, dopóki nie wybierzesz „Zapisz u mnie”.".to_string(),
                    }}
                </p>
                <div class="row no-print">
                    {move || match (kept.get(), earlier.get()) {
                        (Some(_), _) => ().into_any(),
                        (None, Some((id, _, _))) => view! {
                            <Button label="Zastąp zapisaną wersję" on_press=Callback::new(move |()| replace(id)) />
                        }
                        .into_any(),
                        (None, None) => view! { <Button label="Zapisz u mnie" on_press=Callback::new(save) /> }.into_any(),
                    }}
                    {contract.map(|c| view! { <CalendarDownload contract=c /> })}
                    <Button label=print_label class="button-quiet" on_press=Callback::new(print) />
                </div>
                <p class="status-ok no-print" role="status">{move || status.get()}</p>
            </div>
            {body}
        </article>
        {meeting.map(|m| view! { <ReflectionForm meeting=m kept /> })}
    }
}

/// „Dodaj spotkania do kalendarza (.ics)” for a shared contract: one series for every
/// download, named after the mentor ([`received::mentee_calendar`]).
#[component]
fn CalendarDownload(contract: Contract) -> impl IntoView {
    let contract = StoredValue::new(contract);
    let download = move |()| {
        contract.with_value(|c| {
            if let Some(text) = received::mentee_calendar(c, &clock::utc_stamp()) {
                let name = ics::file_name("spotkania", &c.mentor);
                let _ = download::download_text(&name, "text/calendar;charset=utf-8", &text);
            }
        });
    };
    view! {
        <Button label="Dodaj spotkania do kalendarza (.ics)" class="button-quiet" on_press=Callback::new(download) />
    }
}

/// A shared contract: the same document as the mentor's printed one ([`Contract::document`]),
/// with nothing to fill in by hand.
#[component]
fn ContractView(contract: Contract) -> impl IntoView {
    let document = contract.document(Blanks::Left);
    view! { <ContractDocumentView document label="Treść kontraktu" /> }
}

/// A shared meeting, as text.
#[component]
fn MeetingView(meeting: SharedMeeting) -> impl IntoView {
    let m = meeting;
    view! {
        <p class="muted">{format!("{} · {}", date::long(m.date), m.agenda)}</p>
        {(!m.message.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="wiadomosc-naglowek">
                <h2 id="wiadomosc-naglowek">"Wiadomość"</h2>
                <p class="prewrap">{m.message.clone()}</p>
            </section>
        })}
        {(!m.notes.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="notatki-naglowek">
                <h2 id="notatki-naglowek">"Notatki"</h2>
                {m.notes.iter().map(|n| view! {
                    <h3>{n.title.clone()}</h3>
                    <p class="prewrap">{n.note.clone()}</p>
                }).collect_view()}
            </section>
        })}
        <section class="card" aria-labelledby="zadania-naglowek">
            <h2 id="zadania-naglowek">"Zadania"</h2>
            <Items items=m.items.clone() empty="Bez zadań." />
            {(!m.earlier.is_empty()).then(|| {
                let today = clock::today();
                view! {
                    <h3>"Nadal otwarte z wcześniejszych spotkań"</h3>
                    <ul class="received-items">
                        {m.earlier.iter().map(|e| view! {
                            <li>
                                <span aria-hidden="true">"☐ "</span>
                                <span class="prewrap">{e.what.clone()}</span>
                                <span class="muted">{format!(" ({})", e.meta_text(today))}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }
            })}
        </section>
        {(!m.progress.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="postep-naglowek">
                <h2 id="postep-naglowek">"Postęp celów"</h2>
                <ul>
                    {m.progress.iter().map(|p| view! {
                        <li>
                            {p.goal.clone()}": "<strong>{format!("{}/10", p.value)}</strong>
                            {if p.note.is_empty() { String::new() } else { format!(" – {}", p.note) }}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

/// Action items or steps: what, who, by when, done.
#[component]
fn Items(items: Vec<SharedItem>, empty: &'static str) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! {
        <ul class="received-items">
            {items.into_iter().map(|i| {
                let due = i.due.map(|d| format!(", do {}", date::long(d))).unwrap_or_default();
                let meta = format!(" ({}{due}){}", i.owner_label(), if i.done { "\u{a0}– zrobione" } else { "" });
                view! {
                    <li>
                        <span aria-hidden="true">{if i.done { "☑ " } else { "☐ " }}</span>
                        <span class="prewrap">{i.what}</span>
                        <span class="muted">{meta}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// „Twoja refleksja po spotkaniu”: the mentee's answers, checked by the model, become a link
/// for the mentor. Kept with the saved meeting as a draft; in memory only until then.
#[component]
fn ReflectionForm(meeting: SharedMeeting, kept: RwSignal<Option<u32>>) -> impl IntoView {
    let received = expect_context::<SavedDoc<ReceivedDoc>>();
    let start = kept
        .get_untracked()
        .and_then(|id| {
            received
                .value
                .with_untracked(|doc| doc.get(id).map(|r| r.draft()))
        })
        .unwrap_or_default();
    let draft = RwSignal::new(start);
    let change = move |edit: &dyn Fn(&mut Draft)| {
        draft.update(|d| edit(d));
        if let Some(id) = kept.get_untracked() {
            let current = draft.get_untracked();
            received.update(|doc| doc.set_draft(id, &current));
        }
    };
    let mentor = meeting.mentor.clone();
    let meeting = StoredValue::new(meeting);
    // The tasks of this mentor's meetings ticked on this phone go with it (kept items only).
    let done = Memo::new(move |_| match kept.get() {
        Some(_) => received.value.with(|doc| doc.reported_done(&mentor)),
        None => Vec::new(),
    });
    let checked = Memo::new(move |_| {
        draft.with(|d| {
            let with_done = Draft {
                done: done.get(),
                ..d.clone()
            };
            meeting.with_value(|m| with_done.reflection(m))
        })
    });
    let touched = RwSignal::new(false);
    let item = Callback::new(move |()| checked.get().ok());
    view! {
        <section class="card no-print" aria-labelledby="refleksja-naglowek">
            <h2 id="refleksja-naglowek">"Twoja refleksja po spotkaniu"</h2>
            <p class="muted">{meeting.with_value(|m| match m.mentor.trim() {
                "" => "Odpowiedz krótko, a potem wyślij link albo pokaż kod QR: refleksja trafi do notatki z tego spotkania.".to_string(),
                name => format!("Odpowiedz krótko, a potem wyślij link albo pokaż kod QR. {name} zobaczy to przy notatce z tego spotkania."),
            })}</p>
            <div class="field">
                <label for="refleksja-zabieram">"Co zabieram ze spotkania"</label>
                <textarea
                    id="refleksja-zabieram"
                    rows="3"
                    prop:value=move || draft.with(|d| d.takeaway.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        change(&|d: &mut Draft| d.takeaway = text.clone());
                    }
                    on:change=move |_| touched.set(true)
                ></textarea>
            </div>
            <div class="field">
                <label for="refleksja-zrobie">"Co zrobię do następnego spotkania"</label>
                <textarea
                    id="refleksja-zrobie"
                    rows="3"
                    prop:value=move || draft.with(|d| d.next.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        change(&|d: &mut Draft| d.next = text.clone());
                    }
                    on:change=move |_| touched.set(true)
                ></textarea>
            </div>
            <fieldset class="usefulness">
                <legend>"Jak przydatne było spotkanie?"</legend>
                <div class="usefulness-row">
                    {Reflection::SCALE.map(|n| {
                        let id = format!("przydatnosc-{n}");
                        let word = match n {
                            1 => Some("mało"),
                            5 => Some("bardzo"),
                            _ => None,
                        };
                        view! {
                            <span class="usefulness-option">
                                <input
                                    type="radio"
                                    name="przydatnosc"
                                    id=id.clone()
                                    value=n.to_string()
                                    prop:checked=move || draft.with(|d| d.usefulness == Some(n))
                                    on:change=move |_| {
                                        touched.set(true);
                                        change(&|d: &mut Draft| d.usefulness = Some(n));
                                    }
                                />
                                <label for=id>{n.to_string()}</label>
                                {word.map(|w| view! { <span class="muted usefulness-word">{w}</span> })}
                            </span>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <p class="field-error" role="status">
                {move || if touched.get() { checked.get().err().map(|e| e.to_string()) } else { None }}
            </p>
            {move || {
                let list = done.get();
                (!list.is_empty()).then(|| view! {
                    <div class="reported">
                        <p>"Z refleksją pójdą też zadania odhaczone przez Ciebie jako zrobione:"</p>
                        <ul>
                            {list.into_iter().map(|d| view! {
                                <li><span class="prewrap">{d.what}</span><span class="muted">{format!(" (zrobione {})", date::long(d.on))}</span></li>
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <SharePanel item waiting="Najpierw odpowiedz na pytania i\u{a0}oceń spotkanie: wtedy powstanie link." />
        </section>
    }
}

/// A mentee's reflection, on the mentor's phone: shown, with the tasks it reports done as
/// the mentor's list has them, then attached to its meeting (whose record offers marking
/// those tasks).
#[component]
fn ReflectionReceived(reflection: Reflection) -> impl IntoView {
    let state = expect_context::<AppState>();
    let programme = Programme::new(state);
    let r = reflection.clone();
    let reflection = StoredValue::new(reflection);
    // The meeting the link names, if this phone has it (that mentee, that meeting, that day),
    // and the reported tasks as that mentee's journal has them.
    let mut reported = None::<Vec<ReportedTask>>;
    let found: Option<(MenteeId, String, MeetingId, chrono::NaiveDate)> = {
        let r = reflection.get_value();
        let mentee = state
            .roster
            .with_untracked(|roster| roster.get(&r.origin.mentee).map(|m| m.name.clone()));
        mentee.and_then(|name| {
            let journal = state.journal_of(&r.origin.mentee);
            let id = received::meeting_of(&r, &journal)?;
            reported = Some(journal.reported_tasks(id, &r.done));
            Some((r.origin.mentee.clone(), name, id, r.meeting_date))
        })
    };
    let reported_section = (!r.done.is_empty()).then(|| {
        let (note, list) = match reported {
            Some(tasks) => (
                if open_count(&tasks) > 0 {
                    "Osoba mentee odhaczyła je na swoim telefonie. Na Twojej liście zadań nic się samo nie zmieni: po dołączeniu refleksji oznaczysz je jako zrobione jednym przyciskiem w notatce ze spotkania."
                } else {
                    "Osoba mentee odhaczyła je na swoim telefonie. Na Twojej liście zadań nie ma wśród nich nic do oznaczenia."
                },
                view! { <ReportedList tasks /> }.into_any(),
            ),
            None => (
                "Osoba mentee odhaczyła je na swoim telefonie. Po dołączeniu refleksji do spotkania zobaczysz w notatce z niego, które z nich są na Twojej liście zadań, i oznaczysz je jako zrobione jednym przyciskiem.",
                view! { <ReportedDays done=r.done.clone() /> }.into_any(),
            ),
        };
        view! {
            <section class="card reported-done" aria-labelledby="zgloszone-naglowek">
                <h2 id="zgloszone-naglowek">"Zadania zgłoszone jako zrobione"</h2>
                <p class="muted">{note}</p>
                {list}
            </section>
        }
    });
    let error = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(None::<(MenteeId, MeetingId)>);
    let attach_now = move |mentee: MenteeId, meeting: MeetingId| match attach_reflection(
        state,
        programme,
        &mentee,
        meeting,
        reflection.get_value(),
    ) {
        Ok(()) => {
            let _ = window().location().set_hash(
                &Route::Przebieg {
                    meeting: Some(meeting.0),
                }
                .to_hash(),
            );
        }
        Err(e) => error.set(Some(e.to_string())),
    };
    let attach = move |mentee: MenteeId, meeting: MeetingId| {
        let has_one = state
            .journal_of(&mentee)
            .get(meeting)
            .is_some_and(|m| m.reflection.is_some());
        if has_one {
            confirm.set(Some((mentee, meeting)));
        } else {
            attach_now(mentee, meeting);
        }
    };
    view! {
        <h1>"Refleksja od mentee"</h1>
        <p class="lead">{r.byline()}</p>
        <section class="card" aria-labelledby="odpowiedzi-naglowek">
            <h2 id="odpowiedzi-naglowek">"Odpowiedzi"</h2>
            <ReflectionAnswers reflection=r />
        </section>
        {reported_section}
        <section class="card" aria-labelledby="dolacz-naglowek">
            <h2 id="dolacz-naglowek">"Dołącz do spotkania"</h2>
            {match found {
                Some((mentee, name, meeting, day)) => view! {
                    <p>"Refleksja trafi do notatki z tego spotkania, w przebiegu mentoringu."</p>
                    <Button
                        label=format!("Dołącz do spotkania {} ({name})", date::long(day))
                        on_press=Callback::new(move |()| attach(mentee.clone(), meeting))
                    />
                }
                .into_any(),
                None => view! { <PickMeeting on_pick=Callback::new(move |(mentee, meeting)| attach(mentee, meeting)) /> }.into_any(),
            }}
            {move || confirm.get().map(|(mentee, meeting)| view! {
                <ConfirmDialog
                    question="Zastąpić poprzednią refleksję?"
                    question_id="zastapic"
                    strong=true
                    yes="Tak, zastąp"
                    no="Nie, zostaw"
                    on_yes=Callback::new(move |()| {
                        confirm.set(None);
                        attach_now(mentee.clone(), meeting);
                    })
                    on_no=Callback::new(move |()| confirm.set(None))
                />
            })}
            {move || error.get().map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
        </section>
    }
}

/// No meeting on this phone matches the link: the mentor picks the mentee and the meeting.
#[component]
fn PickMeeting(
    /// The mentee and meeting picked.
    on_pick: Callback<(MenteeId, MeetingId)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mentees: Vec<(MenteeId, String)> = state.roster.with_untracked(|roster| {
        roster
            .mentees()
            .iter()
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect()
    });
    let mentee = RwSignal::new(mentees.first().map(|(id, _)| id.clone()));
    // That mentee's meetings, newest first as the journal keeps them.
    let meetings = Memo::new(move |_| {
        mentee
            .get()
            .map(|id| {
                state
                    .journal_of(&id)
                    .meetings()
                    .iter()
                    .map(|m| {
                        (
                            m.id,
                            format!("{} · {}", date::long(m.date), m.agenda_label()),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let meeting = RwSignal::new(None::<MeetingId>);
    Effect::new(move |_| meeting.set(meetings.with(|list| list.first().map(|(id, _)| *id))));
    view! {
        <p>"Na tym telefonie nie ma spotkania, którego dotyczy ta refleksja (mogło zostać przeniesione na inny dzień albo zapisane u innej osoby). Wybierz mentee i spotkanie."</p>
        <div class="field">
            <label for="refleksja-mentee">"Mentee"</label>
            <select id="refleksja-mentee" on:change=move |ev| mentee.set(Some(MenteeId(event_target_value(&ev))))>
                {mentees.into_iter().map(|(id, name)| {
                    let selected = mentee.get_untracked().as_ref() == Some(&id);
                    view! { <option value=id.0.clone() selected=selected>{name}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="refleksja-spotkanie">"Spotkanie"</label>
            <select
                id="refleksja-spotkanie"
                on:change=move |ev| meeting.set(event_target_value(&ev).parse().ok().map(MeetingId))
            >
                {move || meetings.get().into_iter().map(|(id, label)| view! {
                    <option value=id.0.to_string() prop:selected=move || meeting.get() == Some(id)>{label}</option>
                }).collect_view()}
            </select>
        </div>
        {move || meetings.with(Vec::is_empty).then(|| view! {
            <p class="muted">"Ta osoba nie ma jeszcze zapisanych spotkań."</p>
        })}
        <Button
            label="Dołącz do spotkania"
            disabled=Signal::derive(move || meeting.get().is_none() || mentee.get().is_none())
            on_press=Callback::new(move |()| {
                if let (Some(who), Some(which)) = (mentee.get_untracked(), meeting.get_untracked()) {
                    on_pick.run((who, which));
                }
            })
        />
    }
}

/// „Od moich mentorów”: what was kept, each to open or remove.
#[component]
fn KeptList() -> impl IntoView {
    let received = expect_context::<SavedDoc<ReceivedDoc>>();
    let confirm = RwSignal::new(None::<u32>);
    view! {
        <section class="card" aria-labelledby="od-mentorow-naglowek">
            <h2 id="od-mentorow-naglowek">"Od moich mentorów"</h2>
            {move || {
                let items: Vec<(u32, String, String)> = received.value.with(|doc| {
                    doc.items
                        .iter()
                        .map(|r| (r.id, r.item.title(), r.list_note()))
                        .collect()
                });
                if items.is_empty() {
                    return view! {
                        <p class="muted">"Tu pojawi się to, co zapiszesz z linków od mentora: kontrakt, spotkania z zadaniami i kolejne kroki. Otwórz link i wybierz „Zapisz u mnie”."</p>
                    }
                    .into_any();
                }
                view! {
                    <ul class="kept-list">
                        {items.into_iter().map(|(id, title, note)| {
                            view! {
                                <li class="kept-item">
                                    <a href=Route::Udostepnione { saved: Some(id) }.to_hash()>{title.clone()}</a>
                                    <span class="muted">{format!(" {note}")}</span>
                                    <button
                                        type="button"
                                        class="button button-quiet"
                                        aria-label=format!("Usuń: {title}")
                                        on:click=move |_| confirm.set(Some(id))
                                    >
                                        "Usuń"
                                    </button>
                                    {move || (confirm.get() == Some(id)).then(|| view! {
                                        <ConfirmDialog
                                            question="Usunąć tę pozycję z „Od moich mentorów”? Tego nie da się cofnąć."
                                            question_id=format!("usun-{id}")
                                            strong=true
                                            yes="Tak, usuń"
                                            yes_class="button-danger"
                                            no="Nie, zostaw"
                                            on_yes=Callback::new(move |()| {
                                                confirm.set(None);
                                                received.update(|doc| doc.remove(id));
                                                received.flush();
                                            })
                                            on_no=Callback::new(move |()| confirm.set(None))
                                        />
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
