//! The running meeting: the current block large, the controls, the whole meeting at a glance.

use leptos::prelude::*;

use crate::browser::{clock, signals};
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::controls::{Button, Checkbox, TextArea};
use crate::model::agenda::{SignalSettings, is_contract_block};
use crate::model::timer::{
    BlockState, Phase, RunStatus, Segment, clock_text, elapsed_text, minutes_text,
};
use crate::model::typography::typeset;
use crate::route::Route;
use crate::state::agenda::AgendaState;

/// The ring's circumference (2π × 540) in the SVG's tenfold units: whole numbers only, since
/// formatting floats would add ~10 KiB of wasm.
const RING: i64 = 3393;

#[component]
pub fn Runner() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let status = move || tool.status.get();
    let with_status =
        move |f: fn(&RunStatus) -> String| status().map(|s| f(&s)).unwrap_or_default();
    let phase = move || status().map(|s| s.phase).unwrap_or(Phase::OnTime);
    // The status changes twice a second; the block on screen only on a tap. Through a memo,
    // the block's title, points and links are not redrawn on every tick.
    let current = move || tool.current.get();
    let block = move || {
        tool.doc.value.with(|doc| {
            doc.run
                .as_ref()
                .and_then(|run| run.blocks.get(current()).cloned())
        })
    };
    let block_count = move || {
        tool.doc
            .value
            .with(|doc| doc.run.as_ref().map_or(0, |r| r.blocks.len()))
    };
    let running = move || tool.running.get();
    let flashing = move || {
        let on = tool.prefs.value.with(|p| p.signals.flash);
        on && tool.fired.with(|fired| {
            fired
                .as_ref()
                .is_some_and(|f| tool.now.get() - f.at < 2_000)
        })
    };
    let announcement = move || {
        let on = tool.prefs.value.with(|p| p.signals.announce);
        if on {
            tool.fired
                .with(|fired| fired.as_ref().map(|f| f.message.clone()))
        } else {
            None
        }
    };
    let ring_offset = move || {
        status()
            .map(|s| RING - RING * s.remaining.clamp(0, s.block_budget) / s.block_budget.max(1))
            .unwrap_or(0)
            .to_string()
    };
    let asking = RwSignal::new(None::<Ending>);

    view! {
            <section
                class="timer no-print"
                class:is-warning=move || phase() == Phase::Warning
                class:is-overtime=move || phase() == Phase::Overtime
                class:is-paused=move || !running()
                class:is-flashing=flashing
                aria-label="Trwające spotkanie"
            >
                <p class="timer-position">
                    {move || format!("Blok {} z {}", current() + 1, block_count())}
                    {move || (!running()).then_some(" · pauza")}
                </p>
                <h2 class="timer-title">{move || block().map(|b| typeset(&b.title)).unwrap_or_default()}</h2>
                <div class="timer-clock">
                    <svg viewBox="0 0 1200 1200" aria-hidden="true" focusable="false">
                        <circle class="ring-track" cx="600" cy="600" r="540" />
                        <circle
                            class="ring-left"
                            cx="600"
                            cy="600"
                            r="540"
                            stroke-dasharray=RING.to_string()
                            stroke-dashoffset=ring_offset
                            transform="rotate(-90 600 600)"
                        />
                    </svg>
                    <div class="timer-readout">
                        <span class="timer-time" role="timer" aria-label="Czas bloku">
                            {move || with_status(|s| clock_text(s.remaining))}
                        </span>
                        <span class="timer-phase">
                            {move || phase().label(running())}
                        </span>
                    </div>
                </div>
                // Mid-talk controls come straight after the clock, so a phone shows them on the
                // first screen; the block's points and links follow.
                <div class="timer-controls">
                    <div class="row timer-main">
                        {move || {
                            if running() {
                                view! {
    <Button label="‖ Pauza" class="button-big" on_press=Callback::new(move |()| tool.act(|run, now| run.pause(now))) />
                                }
                                    .into_any()
                            } else {
                                view! {
    <Button
                                        label="▶ Wznów"
                                        class="button-big"
                                        on_press=Callback::new(move |()| {
                                            signals::unlock_audio();
                                            tool.act(|run, now| run.resume(now));
                                        })
                                    />
                                }
                                    .into_any()
                            }
                        }}
    <Button label="Następny ▶" class="button-big button-quiet" on_press=Callback::new(move |()| tool.act(|run, now| run.next(now))) />
                    </div>
                    <div class="row">
    <Button label="+1 min" class="button-quiet" on_press=Callback::new(move |()| tool.act(|run, now| run.add_minutes(now, 1))) />
    <Button label="+5 min" class="button-quiet" on_press=Callback::new(move |()| tool.act(|run, now| run.add_minutes(now, 5))) />
    // Last, away from „Następny ▶” right above: a slip of the thumb must not move back.
    <Button label="◀ Poprzedni" class="button-quiet" on_press=Callback::new(move |()| tool.go_back()) />
                    </div>
                </div>
                <p class="timer-notice" role="status">{move || tool.notice.get()}</p>
                <ul class="points timer-points">
                    {move || {
                        block()
                            .map(|b| b.points)
                            .unwrap_or_default()
                            .into_iter()
                            .map(|point| view! { <li>{typeset(&point)}</li> })
                            .collect_view()
                    }}
                </ul>
                <BlockLinks index=Signal::derive(current) title=Signal::derive(move || block().map(|b| b.title).unwrap_or_default()) />
                <p class="row timer-skip">
    <Button label="Pomiń blok" class="button-quiet" on_press=Callback::new(move |()| tool.act(|run, now| run.skip_current(now))) />
                </p>
                <p class="visually-hidden" aria-live="assertive">{announcement}</p>
                <p class="timer-flash" aria-hidden="true">{move || flashing().then(|| announcement().unwrap_or_default())}</p>
            </section>
            <super::during::BlockTools />
            <MeetingOverview />
            <BlockNotes index=Signal::derive(current) />
            <section class="card no-print" aria-label="Zakończenie">
                <div class="row">
                    <Button
                        label="✓ Zakończ spotkanie i zapisz podsumowanie"
                        on_press=Callback::new(move |()| asking.set(Some(Ending::Finish)))
                    />
                    <Button label="Przerwij bez zapisu" class="button-danger" on_press=Callback::new(move |()| asking.set(Some(Ending::Discard))) />
                </div>
                {move || {
                    let no = Callback::new(move |()| asking.set(None));
                    asking
                        .get()
                        .map(|ending| match ending {
                            Ending::Finish => {
                                view! {
                                    <ConfirmDialog
                                        name="Zakończyć spotkanie?"
                                        question="Zakończyć spotkanie? Timer się zatrzyma, a podsumowanie z czasem i notatkami bloków, ocenami postępu i nowymi zadaniami trafi do dziennika."
                                        class="confirm-calm"
                                        yes="Tak, zakończ"
                                        yes_class=""
                                        no="Jeszcze nie"
                                        on_yes=Callback::new(move |()| tool.finish())
                                        on_no=no
                                    />
                                }
                            }
                            Ending::Discard => {
                                view! {
                                    <ConfirmDialog
                                        name="Przerwać bez zapisu?"
                                        question="Przerwać to spotkanie bez zapisu? Czas, notatki z bloków, oceny postępu i nowe zadania przepadną."
                                        class=""
                                        yes="Tak, przerwij"
                                        yes_class="button-danger"
                                        no="Nie, zostaw"
                                        on_yes=Callback::new(move |()| tool.discard_run())
                                        on_no=no
                                    />
                                }
                            }
                        })
                }}
            </section>
            <TimerSettings />
        }
}

/// The two ways a meeting ends, each asked about first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// „Zakończ spotkanie”: into the log.
    Finish,
    /// „Przerwij bez zapisu”: thrown away.
    Discard,
}

/// Shortcuts from a block to the tool it needs: the first block draws questions, the
/// contract block opens the contract.
#[component]
fn BlockLinks(
    /// Index of the running block.
    index: Signal<usize>,
    /// Its title.
    title: Signal<String>,
) -> impl IntoView {
    move || {
        let mut links = Vec::new();
        if index.get() == 0 {
            links.push((Route::Pytania, "Otwórz pytania otwarcia"));
        }
        if is_contract_block(&title.get()) {
            links.push((Route::Kontrakt, "Otwórz kontrakt"));
        }
        (!links.is_empty()).then(|| {
            view! {
                <p class="block-links">
                    {links
                        .into_iter()
                        .map(|(route, label)| view! { <a class="button button-quiet" href=route.to_hash()>{label} " →"</a> })
                        .collect_view()}
                </p>
            }
        })
    }
}

/// The whole meeting: elapsed of planned, each block as a segment, and the projected end.
#[component]
fn MeetingOverview() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let segments = move || {
        let Some(status) = tool.status.get() else {
            return Vec::new();
        };
        let run = tool.doc.value.with(|doc| doc.run.clone());
        run.map(|run| run.at(tool.now.get()).segments(status.current, 1000))
            .unwrap_or_default()
    };
    view! {
        <section class="card overview no-print" aria-labelledby="przebieg">
            <h2 id="przebieg">"Całe spotkanie"</h2>
            <p class="overview-line">
                {move || {
                    tool.status
                        .get()
                        .map(|s| {
                            format!(
                                "Minęło {} z {} · koniec ok. {}",
                                elapsed_text(s.elapsed),
                                elapsed_text(s.planned),
                                clock::local_time(s.projected_end),
                            )
                        })
                }}
            </p>
            <svg class="segments" viewBox="0 0 1000 24" preserveAspectRatio="none" role="img" aria-label="Bloki spotkania: zrobione, trwający i następne">
                {move || {
                    segments()
                        .into_iter()
                        .map(|Segment { x, width, filled, state }| {
                            view! {
                                <rect class=format!("segment segment-{}", state.class()) x=x.to_string() y="0" width=(width - 4).max(1).to_string() height="24" rx="4" />
                                <rect class="segment-fill" x=x.to_string() y="0" width=filled.to_string() height="24" rx="4" />
                            }
                        })
                        .collect_view()
                }}
            </svg>
            <ol class="overview-blocks">
                {move || {
                    // On a tap, not on every tick: the block on screen, not the status.
                    let current = tool.current.get();
                    let blocks = tool.doc.value.with(|doc| doc.run.as_ref().map(|r| r.blocks.clone()).unwrap_or_default());
                    let states = BlockState::all(&blocks, current);
                    blocks
                        .into_iter()
                        .zip(states)
                        .enumerate()
                        .map(|(index, (block, state))| {
                            let state = state.label();
                            let upcoming = index > current;
                            view! {
                                <li class:is-current=index == current class:is-skipped=block.skipped>
                                    <span>{typeset(&format!("{}. {} · {} · {}", index + 1, block.title, minutes_text(block.budget()), state))}</span>
                                    {upcoming
                                        .then(|| {
                                            view! {
                                                <Button
                                                    label=if block.skipped { "Przywróć" } else { "Pomiń" }
                                                    class="button-quiet button-small"
                                                    aria_label=format!(
                                                        "{} blok {}",
                                                        if block.skipped { "Przywróć" } else { "Pomiń" },
                                                        index + 1,
                                                    )
                                                    on_press=Callback::new(move |()| tool.act(|run, now| run.toggle_skip(now, index)))
                                                />
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}

/// Notes typed during the running block; saved with the meeting's summary.
#[component]
fn BlockNotes(
    /// Index of the running block.
    index: Signal<usize>,
) -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let note = move || {
        tool.doc.value.with(|doc| {
            doc.run
                .as_ref()
                .and_then(|run| run.blocks.get(index.get()).map(|b| b.note.clone()))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card no-print">
            <TextArea
                id="notatka-bloku"
                label="Notatki do tego bloku"
                live=true
                value=Signal::derive(note)
                on_commit=Callback::new(move |text: String| {
                    let index = index.get_untracked();
                    tool.doc.update(|doc| {
                        if let Some(run) = doc.run.as_mut() {
                            run.set_note(index, &text);
                        }
                    });
                })
            />
        </section>
    }
}

/// Auto-advance and which signals mark a block's end.
#[component]
fn TimerSettings() -> impl IntoView {
    let tool = expect_context::<AgendaState>();
    let auto = move || {
        tool.doc
            .value
            .with(|doc| doc.run.as_ref().is_some_and(|r| r.auto_advance))
    };
    let toggle = move |label: &'static str,
                       get: fn(&SignalSettings) -> bool,
                       set: fn(&mut SignalSettings, bool)| {
        view! {
            <Checkbox
                label=label
                checked=Signal::derive(move || tool.prefs.value.with(|p| get(&p.signals)))
                on_toggle=Callback::new(move |on: bool| tool.prefs.update(|p| set(&mut p.signals, on)))
            />
        }
    };
    view! {
        <details class="card settings no-print">
            <summary>"Ustawienia timera"</summary>
            <Checkbox
                label="Przechodź do następnego bloku, gdy skończy się czas"
                checked=Signal::derive(auto)
                on_toggle=Callback::new(move |on: bool| {
                    tool.prefs.update(|p| p.auto_advance = on);
                    tool.act(|run, now| run.set_auto_advance(now, on));
                })
            />
            <p class="muted">
                "Bez tego blok po swoim czasie liczy czas ponad plan, a\u{a0}do następnego przechodzi się przyciskiem „Następny ▶”."
            </p>
            <fieldset>
                <legend>"Sygnał końca bloku"</legend>
                {toggle("Dźwięk", |s| s.sound, |s, on| s.sound = on)}
                {toggle("Wibracja", |s| s.vibration, |s, on| s.vibration = on)}
                {toggle("Błysk ekranu", |s| s.flash, |s, on| s.flash = on)}
                {toggle("Komunikat dla czytnika ekranu", |s| s.announce, |s, on| s.announce = on)}
            </fieldset>
            <p class="muted">
                {if signals::wake_lock_supported() {
                    "Ekran nie wygaśnie, dopóki timer działa."
                } else {
                    "Ta przeglądarka nie pozwala utrzymać włączonego ekranu – ustaw dłuższy czas blokady w telefonie."
                }}
            </p>
        </details>
    }
}
