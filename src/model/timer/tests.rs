use super::*;
use crate::model::agenda::Agenda;
use proptest::prelude::*;

const T0: Millis = 1_795_000_000_000;

fn seed_run(auto_advance: bool) -> MeetingRun {
    MeetingRun::start(&Agenda::from_seed().blocks, T0, auto_advance)
}

fn min(m: i64) -> Millis {
    m * MINUTE
}

#[test]
fn a_fresh_run_counts_down_the_first_block() {
    let run = seed_run(true);
    let status = run.status(T0 + min(5));
    assert_eq!(status.current, 0);
    assert_eq!(status.remaining, min(10));
    assert_eq!(status.block_budget, min(15));
    assert_eq!(status.elapsed, min(5));
    assert_eq!(status.planned, min(70));
    assert_eq!(status.projected_end, T0 + min(70));
    assert_eq!(status.phase, Phase::OnTime);
    assert_eq!(clock_text(status.remaining), "10:00");
}

#[test]
fn warning_at_20_percent_left_then_overtime() {
    let run = seed_run(false);
    assert_eq!(run.status(T0 + min(11) + 59_000).phase, Phase::OnTime);
    assert_eq!(run.status(T0 + min(12)).phase, Phase::Warning);
    assert_eq!(run.status(T0 + min(15)).phase, Phase::Warning);
    let late = run.status(T0 + min(17) + 15_000);
    assert_eq!(late.phase, Phase::Overtime);
    assert_eq!(late.remaining, -(min(2) + 15_000));
    assert_eq!(clock_text(late.remaining), "+02:15");
    // The overrun moves the projected end.
    assert_eq!(late.projected_end, T0 + min(72) + 15_000);
}

#[test]
fn auto_advance_hands_over_at_the_exact_millisecond() {
    let run = seed_run(true);
    let before = run.status(T0 + min(15) - 1);
    assert_eq!(before.current, 0);
    assert_eq!(before.remaining, 1);
    let at = run.status(T0 + min(15));
    assert_eq!(at.current, 1);
    assert_eq!(at.remaining, min(10));
    // Observed late (the tab slept through two blocks): still exact.
    let late = run.at(T0 + min(26) + 1_000);
    assert_eq!(late.current, 2);
    assert_eq!(late.blocks[0].spent, min(15));
    assert_eq!(late.blocks[1].spent, min(10));
    assert_eq!(late.blocks[2].spent, min(1) + 1_000);
}

#[test]
fn the_last_block_runs_into_overtime() {
    let run = seed_run(true);
    let status = run.status(T0 + min(73));
    assert_eq!(status.current, 4);
    assert_eq!(status.remaining, -min(3));
    assert_eq!(status.phase, Phase::Overtime);
    assert_eq!(status.projected_end, T0 + min(73));
}

#[test]
fn pausing_consumes_no_time() {
    let mut run = seed_run(true);
    run.pause(T0 + min(5));
    let paused = run.status(T0 + min(50));
    assert_eq!(paused.current, 0);
    assert_eq!(paused.remaining, min(10));
    assert!(!paused.running);
    // While paused the end moves later with the clock.
    assert_eq!(paused.projected_end, T0 + min(50) + min(65));
    run.resume(T0 + min(50));
    assert_eq!(run.status(T0 + min(51)).remaining, min(9));
}

#[test]
fn added_minutes_extend_the_block_and_the_projection() {
    let mut run = seed_run(true);
    run.add_minutes(T0 + min(14), 1);
    run.add_minutes(T0 + min(14), 5);
    let status = run.status(T0 + min(14));
    assert_eq!(status.block_budget, min(21));
    assert_eq!(status.remaining, min(7));
    assert_eq!(status.planned, min(76));
    assert_eq!(status.projected_end, T0 + min(76));
    assert_eq!(run.status(T0 + min(21)).current, 1);
}

#[test]
fn next_previous_and_skip() {
    let mut run = seed_run(true);
    run.next(T0 + min(3));
    assert_eq!(run.current, 1);
    assert_eq!(run.blocks[0].spent, min(3));
    run.previous(T0 + min(4));
    assert_eq!(run.current, 0);
    assert_eq!(run.status(T0 + min(4)).block_elapsed, min(3));
    run.skip_current(T0 + min(5));
    assert!(run.blocks[0].skipped);
    assert_eq!(run.current, 1);
    // A skipped block is passed over going back, and leaves the plan.
    run.previous(T0 + min(5));
    assert_eq!(run.current, 1);
    assert_eq!(run.status(T0 + min(5)).planned, min(55));
    // Upcoming blocks can be skipped and restored; auto-advance passes over skipped ones.
    run.toggle_skip(T0 + min(5), 2);
    let status = run.status(T0 + min(15));
    assert_eq!(status.current, 3);
    run.toggle_skip(T0 + min(15), 2);
    assert!(run.blocks[2].skipped, "a past block cannot be brought back");
    run.toggle_skip(T0 + min(15), 4);
    assert!(run.blocks[4].skipped);
    run.toggle_skip(T0 + min(15), 4);
    assert!(
        !run.blocks[4].skipped,
        "an upcoming block can be brought back"
    );
    run.next(T0 + min(16));
    assert_eq!(run.current, 4);
    run.next(T0 + min(17));
    assert_eq!(run.current, 4, "next on the last block stays there");
}

#[test]
fn by_default_a_block_runs_into_overtime_and_going_back_works() {
    let mut run = seed_run(false);
    let late = run.status(T0 + min(17));
    assert_eq!(late.current, 0, "no silent move while the mentor talks");
    assert_eq!(clock_text(late.remaining), "+02:00");
    run.next(T0 + min(17));
    run.previous(T0 + min(20));
    assert_eq!(run.current, 0);
    assert_eq!(run.blocks[0].spent, min(17));
    assert_eq!(
        run.blocks[1].spent,
        min(3),
        "block 2's own time stays with it"
    );
    assert_eq!(run.status(T0 + min(21)).remaining, -min(3));
}

#[test]
fn going_back_right_after_a_hand_over_takes_its_time_back() {
    let mut run = seed_run(true);
    assert_eq!(run.status(T0 + min(17)).current, 1);
    let returned = run.previous(T0 + min(17));
    assert_eq!(returned, Some(min(2)));
    assert_eq!(
        run.current, 0,
        "going back works after an automatic hand-over"
    );
    assert_eq!(run.blocks[0].spent, min(17));
    assert_eq!(run.blocks[1].spent, 0);
    // The block returned to goes on in overtime; it is not handed over again.
    let later = run.status(T0 + min(25));
    assert_eq!(later.current, 0);
    assert_eq!(later.remaining, -min(10));
    run.next(T0 + min(25));
    assert_eq!(run.status(T0 + min(27)).remaining, min(8));
}

#[test]
fn time_stays_where_it_was_spent_once_the_mentor_acted_after_a_hand_over() {
    let mut run = seed_run(true);
    run.add_minutes(T0 + min(16), 1);
    assert_eq!(run.previous(T0 + min(17)), None);
    assert_eq!(run.current, 0);
    assert_eq!(run.blocks[0].spent, min(15));
    assert_eq!(run.blocks[1].spent, min(2));
    // A pause in between is an action too.
    let mut run = seed_run(true);
    run.pause(T0 + min(16));
    run.resume(T0 + min(30));
    assert_eq!(run.previous(T0 + min(31)), None);
    assert_eq!(run.blocks[1].spent, min(2));
}

#[test]
fn a_block_returned_to_is_never_handed_over_again() {
    let mut run = seed_run(true);
    run.next(T0 + min(3));
    run.previous(T0 + min(4));
    assert!(run.blocks[0].held);
    let status = run.status(T0 + min(40));
    assert_eq!(status.current, 0);
    assert_eq!(status.remaining, -(min(40) - min(1) - min(15)));
    // Moving on by hand still works, and the next block hands over as usual.
    run.next(T0 + min(40));
    assert_eq!(run.status(T0 + min(50)).current, 2);
}

#[test]
fn resuming_is_an_action_whether_or_not_the_clock_was_looked_at() {
    // Block 1 hands over at 15 min; a tap on „Wznów” (a second tab, a double tap) at 16 min.
    let mut run = seed_run(true);
    let mut watched = run.clone();
    watched.settle(T0 + min(16));
    run.resume(T0 + min(16));
    watched.resume(T0 + min(16));
    assert_eq!(run.at(T0 + min(16)), watched.at(T0 + min(16)));
    // After an action the time since the hand-over stays where it was spent, in both.
    assert_eq!(run.previous(T0 + min(17)), None);
    assert_eq!(watched.previous(T0 + min(17)), None);
    assert_eq!(run, watched);
    assert_eq!(run.blocks[1].spent, min(2));
}

#[test]
fn a_block_entered_in_overtime_is_not_handed_over_at_once() {
    let mut run = seed_run(false);
    run.next(T0 + min(1));
    run.previous(T0 + min(13));
    run.set_auto_advance(T0 + min(13), true);
    run.next(T0 + min(14));
    assert_eq!(run.current, 1);
    let status = run.status(T0 + min(15));
    assert_eq!(
        status.current, 1,
        "already over its time: it stays until the mentor moves on"
    );
    assert_eq!(status.remaining, -min(3));
}

#[test]
fn runs_saved_before_holding_and_hand_over_records_still_load() {
    let mut json = serde_json::to_value(seed_run(true)).unwrap();
    let object = json.as_object_mut().unwrap();
    object.remove("last_hand_over");
    for block in object["blocks"].as_array_mut().unwrap() {
        block.as_object_mut().unwrap().remove("held");
    }
    let back: MeetingRun = serde_json::from_value(json).unwrap();
    assert_eq!(back, seed_run(true));
}

#[test]
fn a_block_runs_over_only_by_what_the_summary_shows() {
    let mut run = seed_run(false);
    run.add_minutes(T0, 5);
    run.next(T0 + min(20) + 2_000);
    assert!(
        !run.blocks[0].ran_over(),
        "20 min of 15 + 5, two seconds late"
    );
    run.previous(T0 + min(20) + 2_000);
    run.next(T0 + min(20) + 31_000);
    assert!(run.blocks[0].ran_over(), "21 min of 20");
}

#[test]
fn finish_freezes_the_clock() {
    let mut run = seed_run(true);
    run.finish(T0 + min(68));
    let later = run.status(T0 + min(200));
    assert!(later.finished);
    assert!(!later.running);
    assert_eq!(later.elapsed, min(68));
    assert_eq!(later.projected_end, T0 + min(68));
    run.resume(T0 + min(201));
    assert!(!run.is_running(), "a finished meeting does not resume");
}

#[test]
fn a_clock_set_back_never_unspends_time() {
    let mut run = seed_run(true);
    run.settle(T0 + min(5));
    run.settle(T0 + min(2));
    assert_eq!(run.blocks[0].spent, min(5));
}

#[test]
fn survives_serialisation_mid_block() {
    let mut run = seed_run(true);
    run.add_minutes(T0 + min(2), 5);
    run.set_note(0, "Lubi góry");
    let json = serde_json::to_string(&run).unwrap();
    let back: MeetingRun = serde_json::from_str(&json).unwrap();
    assert_eq!(back.status(T0 + min(7)), run.status(T0 + min(7)));
    assert_eq!(back.blocks[0].note, "Lubi góry");
}

#[test]
fn clock_text_rounds_towards_the_block_edges() {
    assert_eq!(clock_text(min(15)), "15:00");
    assert_eq!(clock_text(min(15) - 1), "15:00");
    assert_eq!(clock_text(1), "00:01");
    assert_eq!(clock_text(0), "00:00");
    assert_eq!(clock_text(-1), "+00:00");
    assert_eq!(clock_text(-61_000), "+01:01");
    assert_eq!(clock_text(min(75)), "75:00");
    assert_eq!(elapsed_text(min(5) + 999), "05:00");
    assert_eq!(elapsed_text(min(70)), "70:00");
    assert_eq!(minutes_text(min(12) + 29_000), "12\u{a0}min");
    assert_eq!(minutes_text(min(12) + 30_000), "13\u{a0}min");
}

/// A user action at some time offset.
#[derive(Debug, Clone)]
enum Action {
    Wait(Millis),
    Pause,
    Resume,
    Next,
    Previous,
    Skip,
    ToggleSkip(usize),
    Add(u32),
    AutoAdvance(bool),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (0..min(20)).prop_map(Action::Wait),
        1 => Just(Action::Pause),
        1 => Just(Action::Resume),
        1 => Just(Action::Next),
        1 => Just(Action::Previous),
        1 => Just(Action::Skip),
        1 => (0usize..6).prop_map(Action::ToggleSkip),
        1 => prop_oneof![Just(1u32), Just(5u32)].prop_map(Action::Add),
        1 => any::<bool>().prop_map(Action::AutoAdvance),
    ]
}

proptest! {
    /// Over any sequence of actions: time is conserved (what the blocks spent is exactly the
    /// running time between the actions), the current block's elapsed + remaining is its
    /// planned + added time, pauses add nothing, and observing the clock changes nothing: a
    /// copy brought up to date at every step (as the screen does on each tick with `at`) ends
    /// where the run that was only acted on ends.
    #[test]
    fn time_is_conserved_over_random_event_sequences(
        auto in any::<bool>(),
        actions in proptest::collection::vec(action(), 0..40),
    ) {
        let mut run = MeetingRun::start(&Agenda::from_seed().blocks, T0, auto);
        let mut watched = run.clone();
        let mut now = T0;
        let mut running_time: Millis = 0;
        for action in actions {
            let was_running = run.is_running();
            let before = run.at(now);
            match action {
                Action::Wait(ms) => {
                    now += ms;
                    if was_running { running_time += ms; }
                    let after = run.at(now);
                    if !before.auto_advance || before.blocks[before.current].held {
                        prop_assert_eq!(after.current, before.current, "only auto-advance moves on, never from a block returned to");
                    }
                }
                Action::Pause => run.pause(now),
                Action::Resume => run.resume(now),
                Action::Next => run.next(now),
                Action::Previous => {
                    let returned = run.previous(now);
                    // Going back always works: to the previous block not skipped, if any.
                    let expected = before.previous_from(before.current).unwrap_or(before.current);
                    prop_assert_eq!(run.current, expected);
                    // Time moves back only right after a hand-over, and only what was spent since.
                    match (returned, before.last_hand_over) {
                        (Some(moved), Some(hand_over)) => {
                            prop_assert_eq!(hand_over.to, before.current);
                            prop_assert_eq!(hand_over.from, expected);
                            prop_assert_eq!(moved, now - hand_over.at);
                        }
                        (Some(_), None) => prop_assert!(false, "time moved without a hand-over"),
                        _ => {}
                    }
                }
                Action::Skip => run.skip_current(now),
                Action::ToggleSkip(i) => run.toggle_skip(now, i),
                Action::Add(m) => run.add_minutes(now, m),
                Action::AutoAdvance(on) => run.set_auto_advance(now, on),
            }
            // The same action on the watched copy, which is then brought up to date.
            match action {
                Action::Wait(_) => {}
                Action::Pause => watched.pause(now),
                Action::Resume => watched.resume(now),
                Action::Next => watched.next(now),
                Action::Previous => { watched.previous(now); }
                Action::Skip => watched.skip_current(now),
                Action::ToggleSkip(i) => watched.toggle_skip(now, i),
                Action::Add(m) => watched.add_minutes(now, m),
                Action::AutoAdvance(on) => watched.set_auto_advance(now, on),
            }
            watched.settle(now);
            let observed_once = run.status(now);
            prop_assert_eq!(&watched.status(now), &observed_once, "observing must not change state");
            prop_assert_eq!(&watched, &run.at(now), "observing must not change state");
            let settled = run.at(now);
            let spent: Millis = settled.blocks.iter().map(|b| b.spent).sum();
            prop_assert_eq!(spent, running_time);
            prop_assert_eq!(observed_once.elapsed, running_time);
            let block = &settled.blocks[settled.current];
            prop_assert_eq!(observed_once.block_elapsed + observed_once.remaining, block.planned + block.added);
            prop_assert!(!block.skipped, "the current block is never a skipped one");
            prop_assert!(observed_once.projected_end >= now);
            prop_assert!(settled.blocks.iter().all(|b| b.spent >= 0));
        }
    }

    /// Settling in many small steps gives the same run as settling once.
    #[test]
    fn settling_in_steps_equals_settling_once(
        auto in any::<bool>(),
        steps in proptest::collection::vec(0..min(30), 1..20),
    ) {
        let once_run = MeetingRun::start(&Agenda::from_seed().blocks, T0, auto);
        let mut stepped = once_run.clone();
        let mut now = T0;
        for step in steps {
            now += step;
            stepped.settle(now);
        }
        prop_assert_eq!(stepped, once_run.at(now));
    }
}

#[test]
fn past_the_blocks_time_the_words_fit_a_minute_over() {
    for running in [true, false] {
        let label = Phase::Overtime.label(running);
        assert!(label.contains("czas przekroczony"), "{label}");
        assert!(!label.contains("nadgodzin"), "{label}");
    }
    assert_eq!(Phase::OnTime.label(true), "zostało");
    assert_eq!(Phase::Warning.label(false), "‖ pauza");
}
