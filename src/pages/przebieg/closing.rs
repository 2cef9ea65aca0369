//! Closing the programme: the mentor's words, the closing day, the summary (goals at the start
//! against the end, meetings held against planned) printable on A4, and reopening.

use leptos::prelude::*;

use crate::browser::clock;
use crate::components::controls::{Button, TextArea, TextField};
use crate::model::date;
use crate::model::journal::parse_day;
use crate::model::programme::closing_summary;
use crate::state::programme::Programme;

#[component]
pub fn Closing() -> impl IntoView {
    let programme = expect_context::<Programme>();
    let closed = Memo::new(move |_| programme.closing.value.with(|p| p.closed_on));
    let takeaways = Memo::new(move |_| programme.closing.value.with(|p| p.takeaways.clone()));
    let day = RwSignal::new(date::to_iso(clock::today()));
    let day_error = RwSignal::new(None::<String>);
    let close = move |()| {
        let on = match parse_day(&day.get_untracked()) {
            Ok(on) => on,
            Err(error) => {
                day_error.set(Some(error.to_string()));
                return;
            }
        };
        let words = takeaways.get_untracked();
        match programme.close(on, &words) {
            Ok(()) => day_error.set(None),
            Err(error) => day_error.set(Some(error.to_string())),
        }
    };
    let print = move |()| {
        programme.closing.flush();
        crate::browser::print::print_with("printing-closing", None);
    };
    view! {
        <section class="card no-print" aria-labelledby="zamkniecie-naglowek">
            <h2 id="zamkniecie-naglowek">"Zamknięcie mentoringu"</h2>
            {move || match closed.get() {
                Some(on) => view! {
                    <p class="status-ok">{format!("Mentoring zamknięty {}. Mentee jest w archiwum.", date::long(on))}</p>
                }.into_any(),
                None => view! {
                    <p class="muted">"Na ostatnim spotkaniu: zapisz, co mentee zabiera ze sobą, i zamknij program. Mentee trafi do archiwum – nic nie zostanie usunięte, a mentoring można otworzyć ponownie."</p>
                }.into_any(),
            }}
            <TextArea
                id="zamkniecie-wnioski"
                label="Co mentee zabiera ze sobą (Twoimi słowami)"
                live=true
                value=takeaways
                on_commit=Callback::new(move |text: String| programme.closing.update(|p| p.set_takeaways(&text)))
            />
            {move || match closed.get() {
                None => view! {
                    <TextField
                        id="zamkniecie-data"
                        label="Dzień zamknięcia"
                        input_type="date"
                        value=day
                        error=day_error
                        on_commit=Callback::new(move |text: String| day.set(text))
                    />
                    <div class="row">
                        <Button label="Zamknij mentoring" on_press=Callback::new(close) />
                        <Button label="Drukuj podsumowanie" class="button-quiet" on_press=Callback::new(print) />
                    </div>
                }.into_any(),
                Some(_) => view! {
                    <div class="row">
                        <Button label="Drukuj podsumowanie" on_press=Callback::new(print) />
                        <Button label="Otwórz mentoring ponownie" class="button-quiet" on_press=Callback::new(move |()| programme.reopen()) />
                    </div>
                }.into_any(),
            }}
        </section>
        <ClosingSheet />
    }
}

/// The closing summary as a document: on screen below the form, alone on paper.
#[component]
fn ClosingSheet() -> impl IntoView {
    let programme = expect_context::<Programme>();
    move || {
        let contract = programme.contract.value.get();
        let doc = programme.closing.value.get();
        let summary = programme.journal(|j| closing_summary(&contract, j, &doc, clock::today()));
        let actions = summary.actions_line();
        let who = programme.parties();
        view! {
            <article class="closing-doc contract-doc" aria-labelledby="podsumowanie-tytul">
                <h2 id="podsumowanie-tytul" class="doc-title">"Podsumowanie mentoringu"</h2>
                <p>
                    {(!who.mentor.is_empty()).then(|| format!("Mentor: {}. ", who.mentor))}
                    {(!who.mentee.is_empty()).then(|| format!("Mentee: {}.", who.mentee))}
                </p>
                <p>{summary.state_line()}" "{summary.period_line()}</p>
                <p id="podsumowanie-spotkania">{summary.meetings_line()}</p>
                <h3>"Cele: na początku i na końcu"</h3>
                {if summary.goals.is_empty() {
                    view! { <p>"Kontrakt nie ma wpisanych celów."</p> }.into_any()
                } else {
                    view! {
                        <table class="summary-table">
                            <thead><tr><th>"Cel na początku"</th><th>"Brzmienie na końcu"</th><th>"Postęp (0–10)"</th></tr></thead>
                            <tbody>
                                {summary.goals.into_iter().map(|g| {
                                    let kind = g.kind.label();
                                    let end = match g.dropped {
                                        Some(on) => format!("usunięty z kontraktu {}", date::long(on)),
                                        None if g.text_at_end != g.text_at_start => g.text_at_end.clone(),
                                        None => "bez zmian".to_string(),
                                    };
                                    view! {
                                        <tr>
                                            <td>{format!("{kind}: {}", g.text_at_start)}</td>
                                            <td>{end}</td>
                                            <td>{g.progress_text()}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
                <p>{actions}</p>
                <h3>"Co mentee zabiera ze sobą"</h3>
                <p class="takeaways">{if summary.takeaways.is_empty() { "—".to_string() } else { summary.takeaways }}</p>
                <div class="signatures">
                    <div class="signature"><p class="signature-line"></p><p>"Mentor"</p></div>
                    <div class="signature"><p class="signature-line"></p><p>"Mentee"</p></div>
                </div>
            </article>
        }
    }
}
