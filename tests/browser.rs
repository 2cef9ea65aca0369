//! Browser tests (wasm-bindgen-test in headless Chromium): storage faults against the real
//! localStorage, and the shell mounted as a component.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

use niezbednik::model::contract::Contract;
use niezbednik::model::mentees::Roster;
use niezbednik::store::codec::encode;
use niezbednik::store::documents::{MenteeDoc, ROSTER_KEY};
use niezbednik::store::local::{LocalBackend, classify};
use niezbednik::store::{Backend, BackendError, Problem, QUARANTINE_PREFIX, SaveOutcome, Store};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
const originalSetItem = Storage.prototype.setItem;
let originalDescriptor = null;
export function fail_writes_with(name) {
  Storage.prototype.setItem = function () {
    throw new DOMException('zapis odrzucony w teście', name);
  };
}
export function block_local_storage() {
  originalDescriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')
    ?? Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('dostęp zablokowany w teście', 'SecurityError'); },
  });
}
export function restore_storage() {
  Storage.prototype.setItem = originalSetItem;
  if (originalDescriptor) {
    Object.defineProperty(window, 'localStorage', originalDescriptor);
    originalDescriptor = null;
  }
  window.localStorage.clear();
}
export function allow_writes() { Storage.prototype.setItem = originalSetItem; }
export function raw_get(key) { return window.localStorage.getItem(key); }
export function raw_set(key, value) { originalSetItem.call(window.localStorage, key, value); }
export function quota_error(name) { return new DOMException('pełno', name); }
export function next_tick() { return new Promise((resolve) => setTimeout(resolve, 20)); }
export function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
export function type_into(selector, text) {
  const field = document.querySelector(selector);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
export function choose(selector, value) {
  const field = document.querySelector(selector);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
export function field_value(selector) { return document.querySelector(selector)?.value ?? null; }
export function hide_page() { document.dispatchEvent(new Event('visibilitychange', { bubbles: true })); }
export function announce_change(key, newValue) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}
"#)]
extern "C" {
    fn fail_writes_with(name: &str);
    fn block_local_storage();
    fn restore_storage();
    fn allow_writes();
    fn raw_get(key: &str) -> Option<String>;
    fn raw_set(key: &str, value: &str);
    fn quota_error(name: &str) -> JsValue;
    fn next_tick() -> js_sys::Promise;
    fn sleep(ms: u32) -> js_sys::Promise;
    fn type_into(selector: &str, text: &str);
    fn choose(selector: &str, value: &str);
    fn field_value(selector: &str) -> Option<String>;
    fn hide_page();
    fn announce_change(key: &str, new_value: &str);
}

async fn tick() {
    let _ = wasm_bindgen_futures::JsFuture::from(next_tick()).await;
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn roster_with(name: &str) -> Roster {
    let mut roster = Roster::first_run(today());
    roster.add(name, today()).unwrap();
    roster
}

#[wasm_bindgen_test]
fn quota_errors_of_chromium_and_firefox_are_recognised() {
    assert_eq!(
        classify(quota_error("QuotaExceededError")),
        BackendError::QuotaExceeded
    );
    assert_eq!(
        classify(quota_error("NS_ERROR_DOM_QUOTA_REACHED")),
        BackendError::QuotaExceeded
    );
    assert!(matches!(
        classify(quota_error("SecurityError")),
        BackendError::Unavailable(_)
    ));
    assert!(matches!(
        classify(JsValue::from_str("coś innego")),
        BackendError::Failed(_)
    ));
}

#[wasm_bindgen_test]
fn a_full_storage_keeps_the_old_value_and_holds_the_new_one() {
    restore_storage();
    let mut store = Store::new(LocalBackend::open());
    let before = roster_with("Ola");
    assert_eq!(store.save(ROSTER_KEY, &before), SaveOutcome::Saved);

    fail_writes_with("QuotaExceededError");
    let after = roster_with("Ela");
    assert_eq!(store.save(ROSTER_KEY, &after), SaveOutcome::Held);
    assert_eq!(
        store.problems(),
        [Problem::NotSaving {
            reason: BackendError::QuotaExceeded
        }]
    );
    assert_eq!(
        raw_get(ROSTER_KEY),
        Some(encode(&before)),
        "nothing half-written"
    );

    restore_storage();
    assert!(store.retry_pending());
    assert_eq!(raw_get(ROSTER_KEY), Some(encode(&after)));
    assert!(store.is_saving());
    restore_storage();
}

#[wasm_bindgen_test]
fn firefox_quota_error_is_handled_the_same_way() {
    restore_storage();
    fail_writes_with("NS_ERROR_DOM_QUOTA_REACHED");
    let mut store = Store::new(LocalBackend::open());
    assert_eq!(
        store.save(ROSTER_KEY, &roster_with("Ola")),
        SaveOutcome::Held
    );
    assert!(!store.is_saving());
    assert_eq!(raw_get(ROSTER_KEY), None);
    restore_storage();
}

#[wasm_bindgen_test]
fn blocked_storage_is_reported_instead_of_panicking() {
    restore_storage();
    block_local_storage();
    let opened = LocalBackend::open();
    restore_storage();
    assert!(matches!(opened, Err(BackendError::Unavailable(_))));
}

#[wasm_bindgen_test]
fn an_unparsable_value_moves_to_quarantine_in_local_storage() {
    restore_storage();
    raw_set(ROSTER_KEY, "{\"schema\":1,\"data\":{\"ment");
    let mut store = Store::new(LocalBackend::open());
    assert!(store.load::<Roster>(ROSTER_KEY, "test").is_none());
    let quarantine_key = format!("{QUARANTINE_PREFIX}{ROSTER_KEY}/test");
    assert_eq!(
        raw_get(&quarantine_key).as_deref(),
        Some("{\"schema\":1,\"data\":{\"ment")
    );
    assert_eq!(raw_get(ROSTER_KEY), None);
    let backend = LocalBackend::open().unwrap();
    assert!(backend.keys().unwrap().contains(&quarantine_key));
    restore_storage();
}

#[wasm_bindgen_test]
fn a_newer_schema_in_local_storage_is_never_overwritten() {
    restore_storage();
    let newer = r#"{"schema":42,"data":{"x":1}}"#;
    raw_set(ROSTER_KEY, newer);
    let mut store = Store::new(LocalBackend::open());
    assert!(store.load::<Roster>(ROSTER_KEY, "t").is_none());
    assert_eq!(
        store.save(ROSTER_KEY, &roster_with("Ola")),
        SaveOutcome::Protected
    );
    assert_eq!(raw_get(ROSTER_KEY).as_deref(), Some(newer));
    restore_storage();
}

/// The whole app mounted into a fresh element; dropping it unmounts the app, removes the
/// element and clears storage for the next test.
struct MountedApp {
    root: web_sys::HtmlElement,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl MountedApp {
    async fn mount() -> MountedApp {
        // The test runner's page may carry its own hash; start on the start page.
        window().location().set_hash("#/").unwrap();
        let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&root).unwrap();
        let handle = leptos::mount::mount_to(root.clone(), || niezbednik::App().into_any());
        tick().await;
        MountedApp {
            root,
            handle: Some(handle),
        }
    }

    fn text(&self, selector: &str) -> Option<String> {
        self.root
            .query_selector(selector)
            .unwrap()
            .and_then(|el| el.text_content())
    }

    fn mentee_options(&self) -> Vec<String> {
        let options = self
            .root
            .query_selector_all("#aktywny-mentee option")
            .unwrap();
        (0..options.length())
            .filter_map(|i| options.item(i).and_then(|o| o.text_content()))
            .collect()
    }
}

impl Drop for MountedApp {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.root.remove();
        restore_storage();
    }
}

#[wasm_bindgen_test]
async fn shell_renders_heading_navigation_and_the_default_mentee() {
    restore_storage();
    let app = MountedApp::mount().await;
    assert_eq!(app.text("h1").as_deref(), Some("Niezbędnik mentora"));
    assert_eq!(
        app.root
            .query_selector_all("nav .nav-link")
            .unwrap()
            .length(),
        7
    );
    assert_eq!(app.mentee_options(), ["Osoba mentorowana"]);
    assert!(
        raw_get(ROSTER_KEY).is_some(),
        "the first run is saved at once"
    );
    assert!(app.text("[data-problem]").is_none());
}

#[wasm_bindgen_test]
async fn shell_shows_a_persistent_banner_when_nothing_can_be_saved() {
    restore_storage();
    fail_writes_with("QuotaExceededError");
    let app = MountedApp::mount().await;
    let banner = app.text("[data-problem=not-saving]").expect("banner");
    assert!(banner.contains("Dane nie są zapisywane"), "{banner}");
    // The app keeps working in memory.
    assert_eq!(app.mentee_options(), ["Osoba mentorowana"]);
}

#[wasm_bindgen_test]
async fn shell_reports_quarantine_and_starts_with_defaults() {
    restore_storage();
    raw_set(ROSTER_KEY, "to nie jest JSON");
    let app = MountedApp::mount().await;
    let banner = app.text("[data-problem=quarantined]").expect("banner");
    assert!(banner.contains("Pobierz odłożone dane"), "{banner}");
    assert_eq!(app.mentee_options(), ["Osoba mentorowana"]);
}

#[wasm_bindgen_test]
async fn shell_takes_another_tabs_roster() {
    restore_storage();
    let app = MountedApp::mount().await;
    another_tab_saves_zofia().await;
    assert_eq!(
        app.mentee_options(),
        ["Osoba mentorowana", "Zofia z drugiej karty"]
    );
}

/// Another tab saves a list of mentees with Zofia (and tells this one); gives the stored text.
async fn another_tab_saves_zofia() -> String {
    let raw = encode(&roster_with("Zofia z drugiej karty"));
    raw_set(ROSTER_KEY, &raw);
    announce_change(ROSTER_KEY, &raw);
    tick().await;
    raw
}

#[wasm_bindgen_test]
async fn shell_keeps_this_tabs_unsaved_change_when_another_tab_saves_first() {
    restore_storage();
    // No room here: the first run's list of mentees waits in memory.
    fail_writes_with("QuotaExceededError");
    let app = MountedApp::mount().await;
    let raw = another_tab_saves_zofia().await;
    assert_eq!(
        app.mentee_options(),
        ["Osoba mentorowana", "Zofia z drugiej karty"]
    );
    let banner = app.text("[data-problem=superseded]").expect("banner");
    assert!(
        banner.contains("Inna karta zapisała nowszą wersję: lista mentee"),
        "{banner}"
    );
    assert!(banner.contains("Pobierz moje zmiany"), "{banner}");
    // Room again, and saving is retried: this tab's version still does not overwrite theirs.
    allow_writes();
    assert!(
        app.text("[data-problem=not-saving]").is_none(),
        "nothing waits to be saved"
    );
    // Leaving the page flushes whatever still waits.
    window()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(raw_get(ROSTER_KEY).as_deref(), Some(raw.as_str()));
}

/// Two mentees saved, the first active, and the app open on `#/kontrakt`: the roster and the
/// active mentee's contract key.
async fn contract_of_two_mentees() -> (MountedApp, Roster, String) {
    restore_storage();
    let mut roster = roster_with("Zofia");
    let first = roster.mentees()[0].id.clone();
    roster.switch_to(&first).unwrap();
    raw_set(ROSTER_KEY, &encode(&roster));
    let app = MountedApp::mount().await;
    window().location().set_hash("#/kontrakt").unwrap();
    tick().await;
    let key = MenteeDoc::Contract.key(&first);
    (app, roster, key)
}

fn stored_mentor(key: &str) -> Option<String> {
    let raw = raw_get(key)?;
    let value: serde_json::Value = serde_json::from_str(&raw).ok()?;
    value["data"]["mentor"].as_str().map(str::to_string)
}

#[wasm_bindgen_test]
async fn a_keystroke_is_written_a_moment_later_not_during_the_keystroke() {
    let (app, _, key) = contract_of_two_mentees().await;
    type_into("#k-mentor", "Jan");
    assert_ne!(
        stored_mentor(&key).as_deref(),
        Some("Jan"),
        "not on the keystroke"
    );
    let _ = wasm_bindgen_futures::JsFuture::from(sleep(700)).await;
    assert_eq!(stored_mentor(&key).as_deref(), Some("Jan"));
    drop(app);
}

#[wasm_bindgen_test]
async fn a_change_waiting_to_be_written_is_written_when_the_page_is_hidden() {
    let (app, _, key) = contract_of_two_mentees().await;
    type_into("#k-mentor", "Jan");
    hide_page();
    assert_eq!(stored_mentor(&key).as_deref(), Some("Jan"));
    type_into("#k-mentor", "Jan K");
    window()
        .dispatch_event(&web_sys::Event::new("pagehide").unwrap())
        .unwrap();
    assert_eq!(stored_mentor(&key).as_deref(), Some("Jan K"));
    drop(app);
}

#[wasm_bindgen_test]
async fn a_change_waiting_to_be_written_survives_a_quick_mentee_switch_and_back() {
    let (app, roster, key) = contract_of_two_mentees().await;
    type_into("#k-mentor", "Jan");
    choose("#aktywny-mentee", &roster.mentees()[1].id.0);
    tick().await;
    assert_ne!(
        field_value("#k-mentor").as_deref(),
        Some("Jan"),
        "the other mentee's contract"
    );
    choose("#aktywny-mentee", &roster.mentees()[0].id.0);
    tick().await;
    assert_eq!(field_value("#k-mentor").as_deref(), Some("Jan"));
    assert_eq!(stored_mentor(&key).as_deref(), Some("Jan"));
    drop(app);
}

#[wasm_bindgen_test]
async fn another_tabs_contract_wins_over_a_change_not_yet_written_which_stays_downloadable() {
    let (app, _, key) = contract_of_two_mentees().await;
    type_into("#k-mentor", "Jan z tej karty");
    let theirs = encode(&Contract {
        mentor: "Ewa z drugiej karty".into(),
        ..Contract::default()
    });
    raw_set(&key, &theirs);
    announce_change(&key, &theirs);
    tick().await;
    assert_eq!(
        field_value("#k-mentor").as_deref(),
        Some("Ewa z drugiej karty")
    );
    let banner = app.text("[data-problem=superseded]").expect("banner");
    assert!(banner.contains("Pobierz moje zmiany"), "{banner}");
    // Nothing written later puts this tab's text over theirs.
    let _ = wasm_bindgen_futures::JsFuture::from(sleep(700)).await;
    hide_page();
    assert_eq!(raw_get(&key).as_deref(), Some(theirs.as_str()));
    drop(app);
}

#[wasm_bindgen(inline_js = r#"
let captured = null;
const originalClick = HTMLAnchorElement.prototype.click;
export function capture_downloads() {
  captured = null;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) captured = { name: this.download, href: this.href };
    else originalClick.call(this);
  };
}
export function release_downloads() { HTMLAnchorElement.prototype.click = originalClick; }
export function downloaded_name() { return captured ? captured.name : null; }
export function downloaded_text() {
  return captured ? fetch(captured.href).then((r) => r.text()) : Promise.resolve(null);
}
"#)]
extern "C" {
    fn capture_downloads();
    fn release_downloads();
    fn downloaded_name() -> Option<String>;
    fn downloaded_text() -> js_sys::Promise;
}

/// The meeting's items into the calendar: no file to offer (and why) until an open item has a
/// due day; then the button downloads the items as all-day events with the reminder given.
#[wasm_bindgen_test]
async fn action_items_go_to_the_calendar_once_one_has_a_due_day() {
    use niezbednik::components::calendar_button::ActionItemsCalendar;
    use niezbednik::model::agenda::Agenda;
    use niezbednik::model::ics::Reminder;
    use niezbednik::model::journal::{ActionOwner, Journal};
    use niezbednik::model::mentees::MenteeId;

    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
    let mut journal = Journal::default();
    let id = journal.log_meeting(day(1), "Spotkanie regularne", &Agenda::from_seed());
    journal
        .add_action(id, "Przemyśleć cele", ActionOwner::Mentee, None)
        .unwrap();
    let meeting = RwSignal::new(journal.get(id).unwrap().clone());
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ActionItemsCalendar
                meeting=meeting
                mentee=MenteeId("m2".into())
                mentee_name="Anna Kowalska".to_string()
                reminder=Reminder::TwoDaysBefore
            />
        }
        .into_any()
    });
    tick().await;
    let button: web_sys::HtmlButtonElement = root
        .query_selector("button")
        .unwrap()
        .expect("button")
        .unchecked_into();
    let reason: web_sys::HtmlElement = root
        .query_selector("p")
        .unwrap()
        .expect("reason")
        .unchecked_into();
    assert_eq!(
        button.text_content().as_deref(),
        Some("Dodaj zadania do kalendarza (.ics)")
    );
    assert!(button.disabled(), "no item has a due day");
    assert!(!reason.hidden());
    assert!(reason.text_content().unwrap().contains("z\u{a0}terminem"));

    journal
        .add_action(id, "Wysłać artykuł", ActionOwner::Mentor, Some(day(8)))
        .unwrap();
    meeting.set(journal.get(id).unwrap().clone());
    tick().await;
    assert!(!button.disabled());
    assert!(reason.hidden());
    capture_downloads();
    button.click();
    let text = wasm_bindgen_futures::JsFuture::from(downloaded_text())
        .await
        .unwrap()
        .as_string();
    let name = downloaded_name();
    release_downloads();
    assert_eq!(
        name.as_deref(),
        Some("zadania-2026-12-01-Anna-Kowalska.ics")
    );
    let text = text.expect("a file");
    assert!(text.contains("\r\nSUMMARY:Zadanie z mentoringu: Wysłać artykuł\r\n"));
    assert!(text.contains("\r\nDTSTART;VALUE=DATE:20261208\r\n"));
    assert!(text.contains("\r\nTRIGGER:-P2D\r\n"));
    assert!(!text.contains("Przemyśleć"));
    drop(handle);
    root.remove();
}

/// A component mounted alone into a fresh element, removed when dropped.
struct Mounted {
    root: web_sys::HtmlElement,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Mounted {
    async fn new<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> Mounted {
        let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&root).unwrap();
        let handle = leptos::mount::mount_to(root.clone(), move || view().into_view().into_any());
        tick().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .and_then(|el| el.text_content())
            .unwrap_or_default()
    }

    fn click(&self, selector: &str) {
        let el: web_sys::HtmlElement = self
            .root
            .query_selector(selector)
            .unwrap()
            .expect(selector)
            .unchecked_into();
        el.click();
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.root.remove();
    }
}

#[wasm_bindgen_test]
async fn progress_out_of_range_keeps_the_typed_text_with_the_message_and_emits_nothing() {
    use niezbednik::components::progress_scale::ProgressScale;
    let recorded = RwSignal::new(Vec::<(u8, String)>::new());
    let value = RwSignal::new(None::<u8>);
    let note = RwSignal::new(String::new());
    let on_record = Callback::new(move |(v, n): (u8, String)| {
        recorded.update(|r| r.push((v, n.clone())));
        value.set(Some(v));
        note.set(n);
    });
    let app = Mounted::new(move || {
        view! { <ProgressScale id="p1" goal="Prowadzić spotkania zespołu" value note on_record /> }
    })
    .await;
    assert_eq!(app.text("legend"), "Prowadzić spotkania zespołu");
    // A note typed before the value waits for it.
    choose("#p1-notatka", "pierwsza prezentacja");
    choose("#p1-wartosc", "11");
    tick().await;
    assert_eq!(field_value("#p1-wartosc").as_deref(), Some("11"));
    assert_eq!(
        app.text("#p1-wartosc-blad"),
        "„11” to nie ocena postępu. Wpisz liczbę całkowitą od 0\u{a0}do 10."
    );
    assert!(recorded.get_untracked().is_empty());
    assert_eq!(
        field_value("#p1-notatka").as_deref(),
        Some("pierwsza prezentacja")
    );
    choose("#p1-wartosc", " 6 ");
    tick().await;
    assert_eq!(
        recorded.get_untracked(),
        [(6, "pierwsza prezentacja".to_string())]
    );
    assert_eq!(app.text("#p1-wartosc-blad"), "");
    assert_eq!(field_value("#p1-wartosc").as_deref(), Some("6"));
    assert!(app.text(".progress-now").contains("6/10"));
    choose("#p1-notatka", "i druga");
    tick().await;
    assert_eq!(recorded.get_untracked()[1], (6, "i druga".to_string()));
    drop(app);
}

#[wasm_bindgen_test]
async fn a_new_action_due_before_the_meeting_is_refused_at_the_field_and_nothing_typed_goes() {
    use niezbednik::components::new_action_form::NewActionForm;
    use niezbednik::model::journal::ActionOwner;
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    let added = RwSignal::new(Vec::<(String, ActionOwner, Option<chrono::NaiveDate>)>::new());
    let on_add = Callback::new(move |item| added.update(|a| a.push(item)));
    let app = Mounted::new(move || {
        view! { <NewActionForm id="z" meeting_day=day on_add /> }
    })
    .await;
    // Nothing to do: refused at the „what” field.
    app.click("button[type=submit]");
    tick().await;
    assert_eq!(app.text("#z-co-blad"), "Wpisz, co jest do zrobienia.");
    type_into("#z-co", "Plan rozmowy z przełożonym");
    choose("#z-kto", "mentor");
    type_into("#z-termin", "2026-12-01");
    app.click("button[type=submit]");
    tick().await;
    assert_eq!(
        app.text("#z-termin-blad"),
        "Termin 1\u{a0}grudnia 2026 jest przed spotkaniem (15\u{a0}grudnia 2026). Wybierz dzień spotkania lub późniejszy."
    );
    assert_eq!(app.text("#z-co-blad"), "");
    assert!(added.get_untracked().is_empty());
    assert_eq!(
        field_value("#z-co").as_deref(),
        Some("Plan rozmowy z przełożonym")
    );
    assert_eq!(field_value("#z-termin").as_deref(), Some("2026-12-01"));
    assert_eq!(field_value("#z-kto").as_deref(), Some("mentor"));
    type_into("#z-termin", "2026-12-29");
    app.click("button[type=submit]");
    tick().await;
    assert_eq!(
        added.get_untracked(),
        [(
            "Plan rozmowy z przełożonym".to_string(),
            ActionOwner::Mentor,
            chrono::NaiveDate::from_ymd_opt(2026, 12, 29)
        )]
    );
    assert_eq!(field_value("#z-co").as_deref(), Some(""));
    assert_eq!(field_value("#z-termin").as_deref(), Some(""));
    assert_eq!(field_value("#z-kto").as_deref(), Some("mentee"));
    assert_eq!(app.text("#z-termin-blad"), "");
    drop(app);
}

// --- A shared link's passphrase: WebCrypto in the browser, as the app calls it ---------------

mod sharing {
    use super::*;
    use niezbednik::browser::share::{lock, unlock};
    use niezbednik::model::share::{self, Frame, ShareError};

    fn a_contract() -> share::Shared {
        let contract = Contract {
            mentor: "Jan Mentor".into(),
            mentee: "Anna Kowalska".into(),
            ..Contract::default()
        };
        share::contract(&contract, share::ContractPick::default())
    }

    #[wasm_bindgen_test]
    async fn a_locked_link_opens_with_its_passphrase_and_carries_no_plain_text() {
        let shared = a_contract();
        let frame = lock(&share::compress(&shared), "zielona herbata 7")
            .await
            .unwrap();
        let data = share::encode(&frame);
        let Ok(Err(locked)) = share::read(&data) else {
            panic!("a locked link reads as locked");
        };
        let body = unlock(&locked, "zielona herbata 7").await.unwrap();
        assert_eq!(share::open(&body).unwrap(), shared);
        // Two links of the same item differ (fresh salt and IV each time).
        let again = share::encode(
            &lock(&share::compress(&shared), "zielona herbata 7")
                .await
                .unwrap(),
        );
        assert_ne!(again, data);
    }

    #[wasm_bindgen_test]
    async fn a_wrong_passphrase_or_a_changed_byte_is_refused() {
        let frame = lock(&share::compress(&a_contract()), "zielona herbata 7")
            .await
            .unwrap();
        assert_eq!(
            unlock(&frame, "czarna kawa 7").await,
            Err(ShareError::WrongPassphrase)
        );
        let Frame::Locked {
            format,
            salt,
            iv,
            mut sealed,
        } = frame
        else {
            unreachable!()
        };
        sealed[3] ^= 1;
        let tampered = Frame::Locked {
            format,
            salt,
            iv,
            sealed,
        };
        assert_eq!(
            unlock(&tampered, "zielona herbata 7").await,
            Err(ShareError::WrongPassphrase)
        );
    }

    /// Issue 23, item 22: the header is authenticated: the same link passed off as format 1
    /// (no additional data) does not open, even with the right passphrase.
    #[wasm_bindgen_test]
    async fn a_changed_header_is_refused_like_a_changed_body() {
        let frame = lock(&share::compress(&a_contract()), "zielona herbata 7")
            .await
            .unwrap();
        let Frame::Locked {
            format,
            salt,
            iv,
            sealed,
        } = frame.clone()
        else {
            unreachable!()
        };
        assert_eq!(format, share::FORMAT_AUTHENTICATED);
        assert!(unlock(&frame, "zielona herbata 7").await.is_ok());
        let downgraded = Frame::Locked {
            format: share::FORMAT,
            salt,
            iv,
            sealed,
        };
        assert_eq!(
            unlock(&downgraded, "zielona herbata 7").await,
            Err(ShareError::WrongPassphrase)
        );
    }

    /// Issue 23, item 18: a phone keyboard's trailing space, or „ż” typed as „z” and a combining
    /// dot, opens what the mentor locked.
    #[wasm_bindgen_test]
    async fn a_passphrase_reads_the_same_trimmed_and_in_nfc() {
        let shared = a_contract();
        let frame = lock(&share::compress(&shared), "żółta herbata")
            .await
            .unwrap();
        for typed in [
            "żółta herbata ",
            "  żółta herbata\n",
            "z\u{307}o\u{301}łta herbata",
        ] {
            let body = unlock(&frame, typed).await.unwrap();
            assert_eq!(share::open(&body).unwrap(), shared);
        }
    }
}
