//! „Udostępnij”: an item as a link and a QR code, with an optional passphrase. The link's data
//! sits in its fragment (see [`crate::model::share`]), so handing it over needs no server.
//!
//! The work (serialising, compressing, encrypting, drawing the code) lives in a chunk of its
//! own, fetched the first time a panel opens: no tool's page pays for it up front.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
#[cfg(any(not(target_family = "wasm"), feature = "split"))]
use leptos::wasm_split::wasm_split;

use crate::model::share::Shared;

/// Draws the panel's body; lives in the `share` chunk.
type Body = fn(Callback<(), Option<Shared>>, &'static str) -> AnyView;

#[derive(Debug, Clone, Copy)]
struct LoadFailed;

impl From<SplitLoaderError> for LoadFailed {
    fn from(_: SplitLoaderError) -> Self {
        LoadFailed
    }
}

#[cfg(any(not(target_family = "wasm"), feature = "split"))]
#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible)]
fn share_chunk() -> Result<Body, LoadFailed> {
    Ok(body::render)
}

#[cfg(all(target_family = "wasm", not(feature = "split")))]
async fn share_chunk() -> Result<Body, LoadFailed> {
    Ok(body::render)
}

/// A card with „Udostępnij mentee” that opens what to pick (the page's `children`) and the
/// panel; nothing is fetched until it is opened.
#[component]
pub fn ShareCard(
    /// The button's text and the card's heading.
    label: &'static str,
    /// What goes, from the picks: called when the link is made (and, to tell a link made
    /// before a change, whenever what it reads changes).
    item: Callback<(), Option<Shared>>,
    /// The picks: what goes, private parts marked as such.
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <section class="card share-card no-print">
            <h2>{label}</h2>
            <button
                type="button"
                class="button button-quiet"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { "Zwiń" } else { label }}
            </button>
            {move || open.get().then(|| view! {
                <div class="share-picks">{children()}</div>
                <SharePanel item waiting="Najpierw wybierz, co udostępnić." />
            })}
        </section>
    }
}

#[derive(Clone, Copy)]
enum Chunk {
    Loading,
    Ready(Body),
    Failed,
}

/// The panel, once its chunk is here: a passphrase, „Utwórz link i kod QR”, then the code, the
/// link, and the ways to pass it on.
#[component]
pub fn SharePanel(
    /// What goes; `None` while there is nothing to share yet (the panel says so). A callback
    /// rather than a signal of the item: no page pays for a reactive type of its own.
    item: Callback<(), Option<Shared>>,
    /// What to do first while there is nothing to share, in the words of the form above it
    /// („Najpierw wybierz, co udostępnić.” under picks).
    waiting: &'static str,
) -> impl IntoView {
    let chunk = RwSignal::new(Chunk::Loading);
    let fetch = move || {
        chunk.set(Chunk::Loading);
        leptos::task::spawn_local(async move {
            let next = match share_chunk().await {
                Ok(body) => Chunk::Ready(body),
                Err(LoadFailed) => Chunk::Failed,
            };
            chunk.try_set(next);
        });
    };
    fetch();
    move || match chunk.get() {
        Chunk::Ready(body) => body(item, waiting),
        Chunk::Loading => {
            view! { <p class="muted" role="status">"Wczytuję udostępnianie…"</p> }.into_any()
        }
        Chunk::Failed => view! {
            <div role="alert" data-problem="chunk">
                <p><strong>"Nie udało się wczytać udostępniania."</strong></p>
                <p>"Sprawdź połączenie z internetem i spróbuj ponownie."</p>
                <button type="button" class="button" on:click=move |_| fetch()>
                    "Spróbuj ponownie"
                </button>
            </div>
        }
        .into_any(),
    }
}

mod body {
    use leptos::prelude::*;

    use crate::browser::{download, share as browser};
    use crate::components::passphrase_field::PassphraseField;
    use crate::model::qr::Qr;
    use crate::model::share::{self, Frame, Shared};

    /// The shortest passphrase taken: a short one is guessed despite PBKDF2.
    const MIN_PASSPHRASE_CHARS: usize = 8;

    /// A link made from an item.
    #[derive(Clone, PartialEq)]
    struct Made {
        link: String,
        /// `None` when the link is too long for a phone-readable code.
        qr: Option<Qr>,
        locked: bool,
        file_name: &'static str,
        title: String,
    }

    pub fn render(item: Callback<(), Option<Shared>>, waiting: &'static str) -> AnyView {
        view! { <Body item waiting /> }.into_any()
    }

    #[component]
    fn Body(item: Callback<(), Option<Shared>>, waiting: &'static str) -> impl IntoView {
        let passphrase = RwSignal::new(String::new());
        let made = RwSignal::new(None::<Made>);
        let problem = RwSignal::new(None::<String>);
        let working = RwSignal::new(false);
        let said = RwSignal::new(None::<String>);
        // Whether there is anything to share; and a link made before a change would hand over
        // the old version, so any change to what the item reads takes it away.
        let ready = RwSignal::new(false);
        Effect::new(move |previous: Option<()>| {
            ready.set(item.run(()).is_some());
            passphrase.track();
            if previous.is_some() {
                made.set(None);
                said.set(None);
            }
        });
        let make = move |_| {
            let Some(shared) = untrack(|| item.run(())) else {
                return;
            };
            let secret = passphrase.get_untracked();
            let secret = share::passphrase(&secret).to_string();
            if !secret.is_empty() && secret.chars().count() < MIN_PASSPHRASE_CHARS {
                problem.set(Some(format!(
                    "Hasło musi mieć co najmniej {MIN_PASSPHRASE_CHARS} znaków, żeby nie dało się go zgadnąć. Możesz też utworzyć link bez hasła."
                )));
                return;
            }
            problem.set(None);
            working.set(true);
            leptos::task::spawn_local(async move {
                let body = share::compress(&shared);
                let frame = if secret.is_empty() {
                    Ok(Frame::Open(body))
                } else {
                    browser::lock(&body, &secret).await
                };
                working.try_set(false);
                match frame {
                    Ok(frame) => {
                        let link = share::link(&browser::app_address(), &share::encode(&frame));
                        made.try_set(Some(Made {
                            qr: Qr::encode(&link),
                            locked: matches!(frame, Frame::Locked { .. }),
                            file_name: shared.file_name(),
                            title: shared.title(),
                            link,
                        }));
                    }
                    Err(_) => {
                        problem.try_set(Some(
                            "Przeglądarka nie zaszyfrowała danych. Spróbuj ponownie albo utwórz link bez hasła."
                                .to_string(),
                        ));
                    }
                }
            });
        };
        // A few common words from the browser's cryptographic randomness: a passphrase for a
        // tap, easy to say aloud.
        let suggest = move |_| match browser::suggested_passphrase() {
            Some(words) => passphrase.set(words),
            None => problem.set(Some(
                "Przeglądarka nie podała liczb losowych. Wpisz hasło samodzielnie.".to_string(),
            )),
        };
        view! {
            <div class="share-panel">
                <p class="muted">
                    "Dane są udostępniane w\u{a0}samym linku, za znakiem „#”: przeglądarka nie wysyła tej części "
                    "do żadnego serwera. Link trafi tylko tam, gdzie go przekażesz."
                </p>
                <div class="field">
                    <PassphraseField
                        id="haslo-linku"
                        label="Hasło (opcjonalnie)"
                        value=passphrase
                        shown=true
                        described_by="haslo-linku-opis"
                    />
                    <p
                        id="haslo-linku-bez-hasla"
                        class="warning-note"
                        hidden=move || !share::passphrase(&passphrase.get()).is_empty()
                    >
                        "Bez hasła każdy, kto dostanie ten link albo zobaczy kod QR, przeczyta wszystko, co w nim jest, a wysłanego linku nie da się cofnąć."
                    </p>
                    <p class="row">
                        <button type="button" class="button button-quiet" on:click=suggest>
                            "Zaproponuj hasło"
                        </button>
                    </p>
                    <p id="haslo-linku-opis" class="muted">
                        "Dla linku wysyłanego komunikatorem lub e-mailem: dane zostaną zaszyfrowane "
                        "w\u{a0}przeglądarce. Hasło powiedz drugiej osobie na głos lub przez telefon, "
                        "nigdy w\u{a0}tej samej wiadomości co link."
                    </p>
                </div>
                <p class="field-error" role="alert">{move || problem.get()}</p>
                <p class="muted" hidden=move || ready.get()>{waiting}</p>
                <button
                    type="button"
                    class="button"
                    disabled=move || working.get() || !ready.get()
                    on:click=make
                >
                    {move || if working.get() { "Szyfruję…" } else { "Utwórz link i kod QR" }}
                </button>
                {move || made.get().map(|made| view! { <Handover made said /> })}
            </div>
        }
    }

    #[component]
    fn Handover(made: Made, said: RwSignal<Option<String>>) -> impl IntoView {
        let link = made.link.clone();
        let copy = {
            let link = link.clone();
            move |_| {
                let link = link.clone();
                leptos::task::spawn_local(async move {
                    let text = if browser::copy(&link).await {
                        "Skopiowano link. Wklej go w wiadomości do drugiej osoby."
                    } else {
                        "Przeglądarka nie pozwoliła skopiować linku: zaznacz go w polu powyżej i skopiuj ręcznie."
                    };
                    said.try_set(Some(text.to_string()));
                });
            }
        };
        let share_sheet = {
            let link = link.clone();
            let title = made.title.clone();
            move |_| {
                let (link, title) = (link.clone(), title.clone());
                leptos::task::spawn_local(async move {
                    if !browser::share(&title, &link).await {
                        said.try_set(Some(
                            "Nie udostępniono. Możesz skopiować link albo zapisać go jako plik."
                                .to_string(),
                        ));
                    }
                });
            }
        };
        let save_file = {
            let link = link.clone();
            let file_name = made.file_name;
            move |_| {
                let text = format!("{link}\n");
                let outcome = download::download_text(file_name, "text/plain;charset=utf-8", &text);
                said.set(Some(match outcome {
                    Ok(()) => format!(
                        "Zapisano plik „{file_name}”. Druga osoba otwiera go w tej aplikacji: Udostępnione → „Otwórz plik z linkiem”."
                    ),
                    Err(_) => "Nie udało się zapisać pliku. Skopiuj link.".to_string(),
                }));
            }
        };
        let chars = made.link.chars().count();
        view! {
            <div class="share-result">
                {match made.qr.clone() {
                    Some(qr) => {
                        let side = qr.view_size();
                        view! {
                            <figure class="qr-figure">
                                <svg
                                    class="qr"
                                    role="img"
                                    aria-label="Kod QR z linkiem"
                                    viewBox=format!("0 0 {side} {side}")
                                    shape-rendering="crispEdges"
                                >
                                    <rect width=side height=side fill="#fff"></rect>
                                    <path d=qr.svg_path() fill="#000"></path>
                                </svg>
                                <figcaption class="muted">
                                    "Druga osoba skanuje kod aparatem telefonu i otwiera link w przeglądarce."
                                </figcaption>
                            </figure>
                        }
                            .into_any()
                    }
                    None => view! {
                        <p class="warning-note" role="status">{crate::model::qr::too_long_note(chars)}</p>
                    }
                        .into_any(),
                }}
                <p class="warning-note" hidden=!made.locked>
                    <strong>"Link jest zaszyfrowany."</strong>
                    " Bez hasła nikt go nie otworzy, także Ty: zapamiętaj je i przekaż osobno."
                </p>
                <div class="field">
                    <label for="link-udostepniania">"Link"</label>
                    <textarea
                        id="link-udostepniania"
                        class="share-link"
                        rows="3"
                        readonly
                        spellcheck="false"
                        prop:value=link
                    ></textarea>
                </div>
                <div class="row">
                    <button type="button" class="button" on:click=copy>"Kopiuj link"</button>
                    {browser::can_share()
                        .then(|| view! {
                            <button type="button" class="button button-quiet" on:click=share_sheet>
                                "Udostępnij…"
                            </button>
                        })}
                    <button type="button" class="button button-quiet" on:click=save_file>
                        "Zapisz jako plik"
                    </button>
                </div>
                <p class="muted" role="status">{move || said.get()}</p>
            </div>
        }
    }
}
