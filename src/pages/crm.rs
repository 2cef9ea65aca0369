//! `#/crm`: the article on CRM strategy, typeset for reading on a phone.

use leptos::prelude::*;

use crate::browser::clock;
use crate::components::controls::{Button, Checkbox, TextArea, TextField};
use crate::content::crm::{self, Block, PILLARS};
use crate::model::crm::{
    Assessment, CrmDoc, KpiError, adoption, average_deal, cac, clv, conversion, csat,
    format_number, nps, nps_from_scores, parse_number, points_attr, radar_points, retention_churn,
    sales_cycle, sales_per_rep,
};
use crate::model::date;
use crate::state::{AppState, SavedDoc};
use crate::store::documents::{CRM_TOOL, mentee_key};

#[component]
pub fn CrmPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let doc = state.saved_doc::<CrmDoc>(|roster| mentee_key(roster.active_id(), CRM_TOOL));
    view! {
        <article class="article no-print">
            <h1>{crm::TITLE}</h1>
            <p class="byline">{format!("Autorka: {} · materiały EITT", crm::AUTHOR.name)}</p>
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
                                        {section.heading}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                    {[("ocena", "Oceń sześć filarów w swojej organizacji"), ("kpi", "Kalkulator wskaźników (KPI)")]
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
            {crm::INTRO.iter().map(|paragraph| view! { <p>{*paragraph}</p> }).collect_view()}
            {crm::SECTIONS
                .iter()
                .map(|section| {
                    view! {
                        <section id=section.id class="article-section">
                            <h2>{section.heading}</h2>
                            {section.blocks.iter().map(render_block).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
            <footer class="card author">
                <h2>"O autorce"</h2>
                <p><strong>{crm::AUTHOR.name}</strong></p>
                {crm::AUTHOR.bio.iter().map(|paragraph| view! { <p>{*paragraph}</p> }).collect_view()}
            </footer>
        </article>
        <SelfAssessment doc />
        <KpiCalculator doc />
        <Report doc />
    }
}

fn render_block(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{*text}</p> }.into_any(),
        Block::List(items) => view! {
            <ul class="lead-list">
                {items
                    .iter()
                    .map(|item| view! { <li><strong>{item.lead} ": "</strong>{item.text}</li> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::PillarTable => view! {
            <table class="pillars">
                <thead>
                    <tr>
                        <th scope="col">{crm::PILLAR_TABLE_HEADERS[0]}</th>
                        <th scope="col">{crm::PILLAR_TABLE_HEADERS[1]}</th>
                    </tr>
                </thead>
                <tbody>
                    {crm::PILLARS
                        .iter()
                        .map(|pillar| {
                            view! {
                                <tr>
                                    <th scope="row">{format!("{}. {}", pillar.number, pillar.name)}</th>
                                    <td>{pillar.description}</td>
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
            <h2 id="ocena">"Oceń sześć filarów w swojej organizacji"</h2>
            <p class="muted">"1 — ledwo zaczynamy, 5 — robimy to dobrze i mierzymy efekty."</p>
            <ol class="pillar-ratings">
                {PILLARS
                    .iter()
                    .enumerate()
                    .map(|(index, pillar)| {
                        view! {
                            <li class="pillar-rating">
                                <h3>{format!("{}. {}", pillar.number, pillar.name)}</h3>
                                <details class="explain">
                                    <summary>"Co obejmuje ten filar?"</summary>
                                    <p>{pillar.description}</p>
                                </details>
                                <div class="rating" role="group" aria-label=format!("Ocena filaru {}", pillar.number)>
                                    {(1..=5u8)
                                        .map(|value| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="rating-button"
                                                    aria-pressed=move || (draft(doc).rating(index) == value).to_string()
                                                    aria-label=format!("Filar {}: {value} z 5", pillar.number)
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
                label="Pokaż na wykresie poprzednią zapisaną ocenę"
                checked=Signal::derive(move || overlay.get())
                on_toggle=Callback::new(move |on: bool| overlay.set(on))
            />
            <Radar doc overlay=Signal::derive(move || overlay.get()) />
            <Weakest doc />
            <div class="row">
                <Button
                    label="Zapisz ocenę z dzisiejszą datą"
                    on_press=Callback::new(move |()| {
                        let (ok, note) = match doc.update(|d| d.save_draft(clock::today())) {
                            Ok(false) => (true, "Zapisano. Poprzednie oceny zostają w historii."),
                            Ok(true) => (true, "Zaktualizowano dzisiejszą ocenę w historii."),
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
                r => format!("{}: {r} z 5", p.name),
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
                    {PILLARS.iter().map(|p| view! { <li>{p.name}</li> }).collect_view()}
                </ol>
                {move || previous().map(|(day, _)| view! {
                    <p class="muted">{format!("Linia przerywana: ocena z {}.", date::long(day))}</p>
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
                    <h3>"Najsłabsze filary: co rozważyć według artykułu"</h3>
                    <ul>
                        {weakest
                            .into_iter()
                            .map(|i| view! { <li><strong>{format!("{}. {}: ", PILLARS[i].number, PILLARS[i].name)}</strong>{PILLARS[i].description}</li> })
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
                <h3>"Zapisane oceny"</h3>
                <ul class="assessment-history">
                    {history
                        .into_iter()
                        .map(|a| {
                            let ratings: Vec<String> = (0..PILLARS.len()).map(|i| a.rating(i).to_string()).collect();
                            let average = a.average_tenths().map(|t| format!("{},{}", t / 10, t % 10)).unwrap_or_default();
                            view! { <li>{format!("{}: {} (średnio {average})", date::to_iso(a.date), ratings.join(" · "))}</li> }
                        })
                        .collect_view()}
                </ul>
            }
        })
    }
}

/// Reads input `i` as a number (named `field` in messages); reads input `i` as typed.
type NumberInput<'a> = &'a dyn Fn(usize, &'static str) -> Result<f64, KpiError>;
type RawInput<'a> = &'a dyn Fn(usize) -> String;
/// Computes a KPI's result text from its inputs.
type KpiCompute = fn(NumberInput, RawInput) -> Result<String, KpiError>;

/// One KPI of the article: its inputs, formula and result.
struct Kpi {
    key: &'static str,
    title: &'static str,
    formula: &'static str,
    inputs: &'static [(&'static str, &'static str)],
    compute: KpiCompute,
}

const KPIS: &[Kpi] = &[
    Kpi {
        key: "cac",
        title: "Koszt pozyskania klienta (CAC)",
        formula: "koszty pozyskania ÷ liczba nowych klientów",
        inputs: &[
            ("Koszty pozyskania (zł)", "zł"),
            ("Liczba nowych klientów", ""),
        ],
        compute: |n, _| {
            Ok(format!(
                "{} zł na klienta",
                format_number(
                    cac(n(0, "Koszty pozyskania")?, n(1, "Liczba nowych klientów")?)?,
                    2
                )?
            ))
        },
    },
    Kpi {
        key: "konwersja",
        title: "Konwersja leadów na klientów",
        formula: "klienci z leadów ÷ leady × 100%",
        inputs: &[("Liczba leadów", ""), ("Klienci z tych leadów", "")],
        compute: |n, _| {
            Ok(format!(
                "{}%",
                format_number(
                    conversion(n(0, "Liczba leadów")?, n(1, "Klienci z tych leadów")?)?,
                    1
                )?
            ))
        },
    },
    Kpi {
        key: "cykl",
        title: "Czas cyklu sprzedaży",
        formula: "suma dni od pierwszego kontaktu do zamknięcia ÷ liczba transakcji",
        inputs: &[
            ("Suma dni wszystkich transakcji", "dni"),
            ("Liczba zamkniętych transakcji", ""),
        ],
        compute: |n, _| {
            Ok(format!(
                "{} dni średnio",
                format_number(
                    sales_cycle(n(0, "Suma dni")?, n(1, "Liczba zamkniętych transakcji")?)?,
                    1
                )?
            ))
        },
    },
    Kpi {
        key: "retencja",
        title: "Retencja i rezygnacje (churn) w okresie",
        formula: "retencja = (klienci na końcu − nowi) ÷ klienci na początku × 100%; churn = 100% − retencja",
        inputs: &[
            ("Klienci na początku okresu", ""),
            ("Klienci na końcu okresu", ""),
            ("Nowi klienci w okresie", ""),
        ],
        compute: |n, _| {
            let (retention, churn) = retention_churn(
                n(0, "Klienci na początku")?,
                n(1, "Klienci na końcu")?,
                n(2, "Nowi klienci")?,
            )?;
            Ok(format!(
                "retencja {}% · churn {}%",
                format_number(retention, 1)?,
                format_number(churn, 1)?
            ))
        },
    },
    Kpi {
        key: "clv",
        title: "Wartość życiowa klienta (CLV)",
        formula: "średnia wartość zamówienia × zakupy w roku × lata współpracy (× marża %, jeśli podana)",
        inputs: &[
            ("Średnia wartość zamówienia (zł)", "zł"),
            ("Zakupy w roku", ""),
            ("Lata współpracy", "lat"),
            ("Marża % (opcjonalnie)", "%"),
        ],
        compute: |n, raw| {
            let margin = if raw(3).trim().is_empty() {
                None
            } else {
                Some(n(3, "Marża")?)
            };
            Ok(format!(
                "{} zł",
                format_number(
                    clv(
                        n(0, "Średnia wartość zamówienia")?,
                        n(1, "Zakupy w roku")?,
                        n(2, "Lata współpracy")?,
                        margin
                    )?,
                    2
                )?
            ))
        },
    },
    Kpi {
        key: "nps",
        title: "NPS (Net Promoter Score)",
        formula: "% promotorów (9–10) − % krytyków (0–6)",
        inputs: &[
            ("Promotorzy (9–10)", ""),
            ("Neutralni (7–8)", ""),
            ("Krytycy (0–6)", ""),
        ],
        compute: |n, _| {
            Ok(format!(
                "NPS {}",
                format_number(
                    nps(n(0, "Promotorzy")?, n(1, "Neutralni")?, n(2, "Krytycy")?)?,
                    0
                )?
            ))
        },
    },
    Kpi {
        key: "nps-oceny",
        title: "NPS z pojedynczych ocen 0–10",
        formula: "jak wyżej, z listy ocen",
        inputs: &[("Oceny, oddzielone spacją lub przecinkiem", "")],
        compute: |_, raw| {
            let (score, count) = nps_from_scores(&raw(0))?;
            Ok(format!(
                "NPS {} z {}",
                format_number(score, 0)?,
                crate::model::text::count_noun(count, "oceny", "ocen", "ocen")
            ))
        },
    },
    Kpi {
        key: "csat",
        title: "CSAT (zadowolenie klientów)",
        formula: "odpowiedzi „zadowolony” ÷ wszystkie odpowiedzi × 100%",
        inputs: &[
            ("Zadowoleni (np. 4–5 w skali 1–5)", ""),
            ("Wszystkie odpowiedzi", ""),
        ],
        compute: |n, _| {
            Ok(format!(
                "{}%",
                format_number(csat(n(0, "Zadowoleni")?, n(1, "Wszystkie odpowiedzi")?)?, 1)?
            ))
        },
    },
    Kpi {
        key: "transakcja",
        title: "Średnia wartość transakcji",
        formula: "przychód ze sprzedaży ÷ liczba transakcji",
        inputs: &[("Przychód (zł)", "zł"), ("Liczba transakcji", "")],
        compute: |n, _| {
            Ok(format!(
                "{} zł",
                format_number(
                    average_deal(n(0, "Przychód")?, n(1, "Liczba transakcji")?)?,
                    2
                )?
            ))
        },
    },
    Kpi {
        key: "handlowiec",
        title: "Sprzedaż na handlowca",
        formula: "przychód ze sprzedaży ÷ liczba handlowców",
        inputs: &[("Przychód (zł)", "zł"), ("Liczba handlowców", "")],
        compute: |n, _| {
            Ok(format!(
                "{} zł na osobę",
                format_number(
                    sales_per_rep(n(0, "Przychód")?, n(1, "Liczba handlowców")?)?,
                    2
                )?
            ))
        },
    },
    Kpi {
        key: "adopcja",
        title: "Adopcja systemu CRM",
        formula: "aktywni użytkownicy ÷ licencje × 100%",
        inputs: &[("Aktywni użytkownicy", ""), ("Liczba licencji", "")],
        compute: |n, _| {
            Ok(format!(
                "{}%",
                format_number(
                    adoption(n(0, "Aktywni użytkownicy")?, n(1, "Liczba licencji")?)?,
                    1
                )?
            ))
        },
    },
];

/// The KPI's result from what was typed; `None` while nothing is typed yet.
fn kpi_result(doc: &CrmDoc, kpi: &Kpi) -> Option<Result<String, KpiError>> {
    let raw = |i: usize| {
        doc.kpi_inputs
            .get(&format!("{}-{i}", kpi.key))
            .cloned()
            .unwrap_or_default()
    };
    if (0..kpi.inputs.len()).all(|i| raw(i).trim().is_empty()) {
        return None;
    }
    let number = |i: usize, field: &'static str| parse_number(&raw(i), field);
    Some((kpi.compute)(&number, &raw))
}

#[component]
fn KpiCalculator(
    /// The mentee's CRM document.
    doc: SavedDoc<CrmDoc>,
) -> impl IntoView {
    view! {
        <section class="card kpis no-print" aria-labelledby="kpi">
            <h2 id="kpi">"Kalkulator wskaźników (KPI)"</h2>
            <p class="muted">"Wskaźniki z artykułu. Liczby wpisuj tak, jak w arkuszu: 1 250 albo 12,5."</p>
            {KPIS
                .iter()
                .map(|kpi| {
                    view! {
                        <div class="kpi" data-kpi=kpi.key>
                            <h3>{kpi.title}</h3>
                            <p class="formula">{format!("Wzór: {}", kpi.formula)}</p>
                            {kpi.inputs
                                .iter()
                                .enumerate()
                                .map(|(i, (label, _unit))| {
                                    let key = format!("{}-{i}", kpi.key);
                                    let value_key = key.clone();
                                    view! {
                                        <TextField
                                            id=format!("kpi-{key}")
                                            label=*label
                                            live=true
                                            value=Signal::derive(move || doc.value.with(|d| d.kpi_inputs.get(&value_key).cloned().unwrap_or_default()))
                                            on_commit=Callback::new(move |text: String| {
                                                let key = key.clone();
                                                doc.update(move |d| {
                                                    d.kpi_inputs.insert(key, text);
                                                });
                                            })
                                        />
                                    }
                                })
                                .collect_view()}
                            <p class="kpi-result" aria-live="polite">
                                {move || match doc.value.with(|d| kpi_result(d, kpi)) {
                                    None => view! { <span class="muted">"Wpisz dane, a wynik pojawi się tutaj."</span> }.into_any(),
                                    Some(Ok(result)) => view! { <strong>{format!("= {result}")}</strong> }.into_any(),
                                    Some(Err(error)) => view! { <span class="field-error">{error.to_string()}</span> }.into_any(),
                                }}
                            </p>
                        </div>
                    }
                })
                .collect_view()}
        </section>
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
            <Button label="Drukuj raport (1 strona)" class="button-quiet" on_press=Callback::new(move |()| print()) />
        </section>
        <section class="crm-report" aria-label="Raport do wydruku">
            <h2>"Strategia CRM: ocena filarów i wskaźniki"</h2>
            {move || {
                let a = draft(doc);
                view! {
                    <p>{format!("Ocena z {}", date::to_iso(a.date))}</p>
                    <table class="summary-table">
                        <tbody>
                            {PILLARS
                                .iter()
                                .enumerate()
                                .map(|(i, p)| {
                                    let note = a.notes.get(i).cloned().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <th scope="row">{format!("{}. {}", p.number, p.name)}</th>
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
                    KPIS.iter()
                        .filter_map(|kpi| doc.value.with(|d| kpi_result(d, kpi)).and_then(Result::ok).map(|r| (kpi.title, r)))
                        .map(|(title, result)| view! { <li><strong>{format!("{title}: ")}</strong>{result}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
