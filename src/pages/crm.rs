//! `#/crm`: the article on CRM strategy, typeset for reading on a phone, and its tools: the
//! six pillars rated with a radar chart, the KPI calculator (its logic in
//! [`crate::model::crm::kpi`]), and a one-page report.

use leptos::prelude::*;

use crate::browser::clock;
use crate::components::controls::{Button, Checkbox, TextArea};
use crate::content::crm::{self, Block, PILLARS};
use crate::model::crm::kpi::{KPIS, Kpi, Tone};
use crate::model::crm::{Assessment, CrmDoc, points_attr, radar_points};
use crate::model::date;
use crate::model::typography::typeset;
use crate::state::{AppState, SavedDoc};

/// The tools' headings, also listed in the table of contents.
const ASSESSMENT_HEADING: &str = "Oceń sześć filarów w swojej organizacji";
const KPI_HEADING: &str = "Kalkulator wskaźników (KPI)";

#[component]
pub fn CrmPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let doc = state.mentee_doc::<CrmDoc>();
    view! {
        <article class="article no-print">
            <h1>{typeset(crm::TITLE)}</h1>
            <p class="byline">{crm::BYLINE}</p>
            <nav class="toc" aria-label="Spis treści artykułu">
                <h2>"Spis treści"</h2>
                <ol>
                    {crm::SECTIONS
                        .iter()
                        .map(|section| {
                            let id = section.id;
                            view! {
                                <li>
                                    <a
                                        href=format!("#{id}")
                                        on:click=move |ev| {
                                            // The hash holds the route; scroll without touching it.
                                            ev.prevent_default();
                                            if let Some(target) = document().get_element_by_id(id) {
                                                target.scroll_into_view();
                                            }
                                        }
                                    >
                                        {typeset(section.heading)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                    {[("ocena", ASSESSMENT_HEADING), ("kpi", KPI_HEADING)]
                        .into_iter()
                        .map(|(id, label)| {
                            view! {
                                <li class="toc-tool">
                                    <a
                                        href=format!("#{id}")
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            if let Some(target) = document().get_element_by_id(id) {
                                                target.scroll_into_view();
                                            }
                                        }
                                    >
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
            {crm::INTRO.iter().map(|paragraph| view! { <p>{typeset(paragraph)}</p> }).collect_view()}
            {crm::SECTIONS
                .iter()
                .map(|section| {
                    view! {
                        <section id=section.id class="article-section">
                            <h2>{typeset(section.heading)}</h2>
                            {section.blocks.iter().map(render_block).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <footer class="card author">
                <h2>"O autorce"</h2>
                <p><strong>{crm::AUTHOR.name}</strong></p>
                {crm::AUTHOR.bio.iter().map(|paragraph| view! { <p>{typeset(paragraph)}</p> }).collect_view()}
            </footer>
        </article>
        <SelfAssessment doc />
        <KpiCalculator doc />
        <Report doc />
    }
}

fn render_block(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{typeset(text)}</p> }.into_any(),
        Block::List(items) => view! {
            <ul class="lead-list">
                {items
                    .iter()
                    .map(|item| view! { <li><strong>{typeset(item.lead)} ": "</strong>{typeset(item.text)}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::PillarTable => view! {
            <table class="pillars">
                <thead>
                    <tr>
                        <th scope="col">{typeset(crm::PILLAR_TABLE_HEADERS[0])}</th>
                        <th scope="col">{typeset(crm::PILLAR_TABLE_HEADERS[1])}</th>
                    </tr>
                </thead>
                <tbody>
                    {crm::PILLARS
                        .iter()
                        .map(|pillar| {
                            view! {
                                <tr>
                                    <th scope="row">{typeset(&format!("{}. {}", pillar.number, pillar.name))}</th>
                                    <td>{typeset(pillar.description)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}

/// The draft assessment (a fresh one when there is none yet).
fn draft(doc: SavedDoc<CrmDoc>) -> Assessment {
    doc.value
        .with(|d| d.draft.clone())
        .unwrap_or_else(|| Assessment::new(clock::today()))
}

fn edit_draft(doc: SavedDoc<CrmDoc>, change: impl FnOnce(&mut Assessment)) {
    doc.update(|d| d.edit_draft(clock::today(), change));
}

#[component]
fn SelfAssessment(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
) -> impl IntoView {
    let overlay = RwSignal::new(true);
    // The outcome of saving, and whether it is a confirmation (green) or a refusal (red).
    let saved_note = RwSignal::new(None::<(bool, String)>);
    view! {
        <section class="card assessment no-print" aria-labelledby="ocena">
            <h2 id="ocena">{ASSESSMENT_HEADING}</h2>
            <p class="muted">"1 – ledwo zaczynamy, 5 – robimy to dobrze i mierzymy efekty."</p>
            <ol class="pillar-ratings">
                {PILLARS
                    .iter()
                    .enumerate()
                    .map(|(index, pillar)| {
                        view! {
                            <li class="pillar-rating">
                                <h3>{typeset(&format!("{}. {}", pillar.number, pillar.name))}</h3>
                                <details class="explain">
                                    <summary>"Co obejmuje ten filar?"</summary>
                                    <p>{typeset(pillar.description)}</p>
                                </details>
                                <div class="rating" role="group" aria-label=format!("Ocena filaru {}", pillar.number)>
                                    {(1..=5u8)
                                        .map(|value| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="rating-button"
                                                    aria-pressed=move || (draft(doc).rating(index) == value).to_string()
                                                    aria-label=format!("Filar {}: {value} z 5", pillar.number)
                                                    on:click=move |_| edit_draft(doc, |a| {
                                                        if let Some(r) = a.ratings.get_mut(index) {
                                                            *r = value;
                                                        }
                                                    })
                                                >
                                                    {value}
                                                </button>
                                            }
                                        })
                                        .collect_view()}
                                </div>
                                <TextArea
                                    id=format!("crm-notatka-{index}")
                                    label="Notatka"
                                    live=true
                                    value=Signal::derive(move || draft(doc).notes.get(index).cloned().unwrap_or_default())
                                    on_commit=Callback::new(move |text: String| edit_draft(doc, move |a| {
                                        if let Some(n) = a.notes.get_mut(index) {
                                            *n = text;
                                        }
                                    }))
                                />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <Checkbox
                label="Pokaż na wykresie poprzednią zapisaną samoocenę"
                checked=Signal::derive(move || overlay.get())
                on_toggle=Callback::new(move |on: bool| overlay.set(on))
            />
            <Radar doc overlay=Signal::derive(move || overlay.get()) />
            <Weakest doc />
            <div class="row">
                <Button
                    label="Zapisz samoocenę z\u{a0}dzisiejszą datą"
                    on_press=Callback::new(move |()| {
                        let (ok, note) = match doc.update(|d| d.save_draft(clock::today())) {
                            Ok(false) => (true, "Zapisano. Poprzednie samooceny zostają w\u{a0}historii."),
                            Ok(true) => (true, "Zaktualizowano dzisiejszą samoocenę w\u{a0}historii."),
                            Err(message) => (false, message),
                        };
                        saved_note.set(Some((ok, note.to_string())));
                    })
                />
            </div>
            <p
                class=move || if saved_note.with(|n| n.as_ref().is_some_and(|(ok, _)| *ok)) { "status-ok" } else { "field-error" }
                role="status"
                data-testid="ocena-zapis"
            >
                {move || saved_note.get().map(|(_, note)| note)}
            </p>
            <History doc />
        </section>
    }
}

/// The radar chart, with a text equivalent for screen readers.
#[component]
fn Radar(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
    /// Whether to draw the previous saved assessment too.
    overlay: Signal<bool>,
) -> impl IntoView {
    const CENTRE: (i32, i32) = (160, 150);
    const RADIUS: i32 = 110;
    let rings = (1..=5u8)
        .map(|level| {
            let points = radar_points(&[level; 6], CENTRE, RADIUS);
            view! { <polygon class="radar-ring" points=points_attr(&points) /> }
        })
        .collect_view();
    let axes = radar_points(&[5; 6], CENTRE, RADIUS)
        .into_iter()
        .map(|(x, y)| view! { <line class="radar-axis" x1=CENTRE.0.to_string() y1=CENTRE.1.to_string() x2=x.to_string() y2=y.to_string() /> })
        .collect_view();
    let labels = radar_points(&[5; 6], CENTRE, RADIUS + 22)
        .into_iter()
        .enumerate()
        .map(|(i, (x, y))| view! { <text class="radar-label" x=x.to_string() y=(y + 5).to_string()>{(i + 1).to_string()}</text> })
        .collect_view();
    let current = move || points_attr(&radar_points(&draft(doc).ratings, CENTRE, RADIUS));
    // A dot on every rated pillar: a score on a grid ring must still look rated.
    let markers = move || {
        let ratings = draft(doc).ratings;
        radar_points(&ratings, CENTRE, RADIUS)
            .into_iter()
            .zip(ratings)
            .filter(|(_, rating)| *rating > 0)
            .map(|((x, y), _)| view! { <circle class="radar-marker" cx=x.to_string() cy=y.to_string() r="6" /> })
            .collect_view()
    };
    let previous = move || {
        overlay
            .get()
            .then(|| {
                doc.value.with(|d| {
                    d.history.first().map(|a| {
                        (
                            a.date,
                            points_attr(&radar_points(&a.ratings, CENTRE, RADIUS)),
                        )
                    })
                })
            })
            .flatten()
    };
    let description = move || {
        let a = draft(doc);
        PILLARS
            .iter()
            .enumerate()
            .map(|(i, p)| match a.rating(i) {
                0 => format!("{}: bez oceny", p.name),
                r => format!("{}: {r} z 5", p.name),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    view! {
        <figure class="radar">
            <svg viewBox="0 0 320 300" role="img" aria-label=move || format!("Wykres radarowy sześciu filarów. {}", description())>
                {rings}
                {axes}
                {move || previous().map(|(_, points)| view! { <polygon class="radar-previous" points=points /> })}
                <polygon class="radar-current" points=current />
                {markers}
                {labels}
            </svg>
            <figcaption>
                <ol class="radar-legend">
                    {PILLARS.iter().map(|p| view! { <li>{typeset(p.name)}</li> }).collect_view()}
                </ol>
                {move || previous().map(|(day, _)| view! {
                    <p class="muted">{format!("Linia przerywana: samoocena z\u{a0}{}.", date::long(day))}</p>
                })}
            </figcaption>
        </figure>
    }
}

#[component]
fn Weakest(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
) -> impl IntoView {
    move || {
        let weakest = draft(doc).weakest();
        (!weakest.is_empty()).then(|| {
            view! {
                <div class="weakest">
                    <h3>{Assessment::weakest_heading(weakest.len())}</h3>
                    <ul>
                        {weakest
                            .into_iter()
                            .map(|i| view! { <li><strong>{typeset(&format!("{}. {}: ", PILLARS[i].number, PILLARS[i].name))}</strong>{typeset(PILLARS[i].description)}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

#[component]
fn History(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
) -> impl IntoView {
    move || {
        let history = doc.value.with(|d| d.history.clone());
        (!history.is_empty()).then(|| {
            view! {
                <h3>"Zapisane samooceny"</h3>
                <ul class="assessment-history">
                    {history
                        .into_iter()
                        .map(|a| {
                            let ratings: Vec<String> = (0..PILLARS.len()).map(|i| a.rating(i).to_string()).collect();
                            let average = a.average_text().unwrap_or_default();
                            view! { <li>{format!("{}: {} (średnio {average})", date::long(a.date), ratings.join(" · "))}</li> }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}

#[component]
fn KpiCalculator(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
) -> impl IntoView {
    view! {
        <section class="card kpis no-print" aria-labelledby="kpi">
            <h2 id="kpi">{KPI_HEADING}</h2>
            <p class="muted">"Wskaźniki z artykułu. Liczby wpisuj tak, jak w arkuszu: 12\u{a0}500 albo 1\u{a0}250,50."</p>
            {KPIS
                .iter()
                .map(|kpi| {
                    // One shape for every state, only its text and class change: cheaper in wasm
                    // than a view per state.
                    let result = move || {
                        let (tone, text) = doc.value.with(|d| d.evaluate(kpi).result_line());
                        let class = match tone {
                            Tone::Value => "kpi-value",
                            Tone::Waiting => "muted",
                            Tone::Problem => "field-error",
                        };
                        (class, text)
                    };
                    view! {
                        <div class="kpi" data-kpi=kpi.key>
                            <h3>{kpi.title}</h3>
                            <p class="formula">{format!("Wzór: {}", kpi.formula)}</p>
                            {(0..kpi.inputs.len()).map(|i| kpi_field(doc, kpi, i)).collect_view()}
                            <p class="kpi-result" aria-live="polite">
                                <span class=move || result().0>{move || result().1}</span>
                            </p>
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// One KPI input: marked when it is at fault, with its message tied to it, and for „12.500”
/// the question whether that is 12 500 or 12,5, answered by rewriting the field.
fn kpi_field(doc: SavedDoc<CrmDoc>, kpi: &'static Kpi, index: usize) -> impl IntoView {
    let input = &kpi.inputs[index];
    let id = format!("kpi-{}-{index}", kpi.key);
    let message_id = format!("{id}-blad");
    // Read afresh on each use: a handful of fields, cheaper than a memo in wasm.
    let problem = move || {
        doc.value
            .with(|d| d.evaluate(kpi).problem(index).map(ToString::to_string))
    };
    // The two readings of an ambiguous number, if the field holds one.
    let readings = move || {
        doc.value.with(|d| {
            d.evaluate(kpi)
                .readings(index)
                .map(|(a, b)| (a.to_string(), b.to_string()))
        })
    };
    let write = move |text: String| doc.update(move |d| d.set_kpi_text(kpi, index, text));
    let choose = move |thousands: bool| {
        if let Some((a, b)) = readings() {
            write(if thousands { a } else { b });
        }
    };
    view! {
        <div class="field kpi-field">
            <label for=id.clone()>{input.label()}</label>
            <input
                id=id
                type="text"
                inputmode=input.kind.inputmode()
                autocomplete="off"
                aria-invalid=move || problem().is_some().then_some("true")
                aria-describedby=message_id.clone()
                prop:value=move || doc.value.with(|d| d.kpi_text(kpi, index).to_string())
                on:input=move |ev| write(event_target_value(&ev))
            />
            <div id=message_id aria-live="polite">
                <p class=move || if readings().is_some() { "field-question" } else { "field-error" }>
                    {problem}
                </p>
                <div class="row" hidden=move || readings().is_none()>
                    <button type="button" class="button button-quiet button-small" on:click=move |_| choose(true)>
                        {move || readings().map(|r| r.0)}
                    </button>
                    <button type="button" class="button button-quiet button-small" on:click=move |_| choose(false)>
                        {move || readings().map(|r| r.1)}
                    </button>
                </div>
            </div>
        </div>
    }
}

/// A one-page report of the assessment and the KPIs, printed alone.
#[component]
fn Report(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
) -> impl IntoView {
    let print = move || crate::browser::print::print_with("printing-report", None);
    view! {
        <section class="card no-print">
            <Button label="Drukuj raport (1 strona)" class="button-quiet" on_press=Callback::new(move |()| print()) />
        </section>
        <section class="crm-report" aria-label="Raport do wydruku">
            <h2>"Strategia CRM: samoocena filarów i\u{a0}wskaźniki"</h2>
            {move || {
                let a = draft(doc);
                view! {
                    <p>{format!("Ocena z {}", date::long(a.date))}</p>
                    <table class="summary-table">
                        <tbody>
                            {PILLARS
                                .iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    let note = a.notes.get(i).cloned().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <th scope="row">{typeset(&format!("{}. {}", p.number, p.name))}</th>
                                            <td>{match a.rating(i) { 0 => "—".to_string(), r => format!("{r} / 5") }}</td>
                                            <td>{note}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
            }}
            <Radar doc overlay=Signal::derive(|| false) />
            <ul class="report-kpis">
                {move || {
                    doc.value
                        .with(CrmDoc::kpi_results)
                        .into_iter()
                        .map(|(title, result)| view! { <li><strong>{format!("{title}: ")}</strong>{result}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
