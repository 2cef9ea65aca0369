//! One file per screen, named as its route.
//!
//! Each tool's page is a chunk of its own in the release build (a wasm split point, see
//! `scripts/split-wasm.mjs`), fetched the first time its route opens; the start page and the
//! not-found page stay in the shell. A chunk that cannot be fetched shows a message with a retry
//! button in place of the page, and the rest of the app keeps working.

pub mod agenda;
pub mod crm;
pub mod dane;
pub mod feedback;
pub mod kontrakt;
pub mod moje;
pub mod not_found;
pub mod przebieg;
pub mod pytania;
pub mod start;
pub mod udostepnione;

use std::cell::Cell;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
#[cfg(any(not(target_family = "wasm"), feature = "split"))]
use leptos::wasm_split::wasm_split;

use crate::route::{MENTEE_HOME_SCREEN, PAGES, Page, Route, SHARED_LINK_SCREEN};
use crate::state::audience::Layout;

/// The page for a route.
pub fn render(route: Route) -> AnyView {
    // Only a route reached by navigation moves the focus once its chunk arrives; the first
    // one leaves it where the browser put it, as the shell does.
    let first = FIRST_RENDER.with(|first| first.replace(false));
    let tool = match route {
        // The mentee's layout has a home of its own, in the chunk that reads shared items.
        Route::Start if use_context::<Layout>().is_some_and(|l| l.is_mentee()) => {
            Screen::MenteeHome
        }
        Route::Start => return view! { <start::StartPage /> }.into_any(),
        Route::NotFound(path) => return view! { <not_found::NotFoundPage path /> }.into_any(),
        tool => Screen::Page(tool.page().expect("a known route is in the table")),
    };
    lazy_page(tool, !first)
}

thread_local! {
    static FIRST_RENDER: Cell<bool> = const { Cell::new(true) };
    /// The pages whose chunk has arrived, so a second visit draws at once: one a row of
    /// [`PAGES`], and the mentee's home last.
    static LOADED: [Cell<Option<Renderer>>; PAGES.len() + 1] =
        const { [const { Cell::new(None) }; PAGES.len() + 1] };
}

/// Draws a tool's page; lives in the tool's chunk.
type Renderer = fn() -> AnyView;

/// What a split point gives: its chunk's name (as [`crate::route::Page::chunk`] names it, which
/// a test checks) and the page's renderer.
type Split = (&'static str, Renderer);

/// A tool's chunk could not be fetched or started (offline before it was cached, a new
/// deploy in between, a flaky network). Not cached: the next attempt starts afresh.
#[derive(Debug, Clone, Copy)]
pub struct ChunkFailed;

impl From<SplitLoaderError> for ChunkFailed {
    fn from(_: SplitLoaderError) -> Self {
        ChunkFailed
    }
}

// The split points: each function and everything only it reaches goes to the chunk named
// first. `fallible` makes a failed load an `Err` instead of a panic, which would abort the
// whole module. Natively the split function is called directly, so `cargo test` compiles and
// runs it; a wasm build that is not split (wasm-bindgen-test, clippy) has nothing to resolve
// the chunks' imports, so it gets a plain async function (the `split` feature is on only in
// scripts/split-wasm.mjs).
macro_rules! split_point {
    ($chunk:ident, $name:ident, $page:expr) => {
        #[cfg(any(not(target_family = "wasm"), feature = "split"))]
        #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<Split, ChunkFailed> {
            Ok((stringify!($chunk), $page))
        }

        #[cfg(all(target_family = "wasm", not(feature = "split")))]
        async fn $name() -> Result<Split, ChunkFailed> {
            Ok((stringify!($chunk), $page))
        }
    };
}

split_point!(agenda, agenda_chunk, || view! { <agenda::AgendaPage /> }
    .into_any());
split_point!(pytania, pytania_chunk, || {
    view! { <pytania::PytaniaPage /> }.into_any()
});
split_point!(kontrakt, kontrakt_chunk, || {
    view! { <kontrakt::KontraktPage /> }.into_any()
});
split_point!(feedback, feedback_chunk, || {
    view! { <feedback::FeedbackPage /> }.into_any()
});
split_point!(crm, crm_chunk, || view! { <crm::CrmPage /> }.into_any());
split_point!(dane, dane_chunk, || view! { <dane::DanePage /> }.into_any());
split_point!(przebieg, przebieg_chunk, || {
    view! { <przebieg::PrzebiegPage /> }.into_any()
});
// The mentee's home reads the same kept items as the page of shared links, and the mentee
// opens it right after a link: one chunk for both (a split point of its own also added a
// share of chunks that pushed wasm-split's data segment over its length, so the whole of the
// app's static data went to the shell; see scripts/split-wasm.mjs).
split_point!(udostepnione, udostepnione_chunk, || {
    let crate::CurrentRoute(route) = expect_context::<crate::CurrentRoute>();
    if route.with_untracked(|route| *route == Route::Start) {
        view! { <moje::MojePage /> }.into_any()
    } else {
        view! { <udostepnione::UdostepnionePage /> }.into_any()
    }
});
// The start page's follow-ups read every mentee's feedback: that reading code (a third of the
// feedback document's serde) stays out of the shell, fetched only when feedback is saved.
split_point!(follow_ups, follow_ups_chunk, || {
    view! { <start::DueFollowUps /> }.into_any()
});

thread_local! {
    static FOLLOW_UPS: Cell<Option<Renderer>> = const { Cell::new(None) };
}

/// The start page's feedback follow-ups, from their own chunk: nothing while it loads (the
/// card comes below the active mentee, so nothing above it moves), a message with
/// „Spróbuj ponownie” when it cannot be fetched.
pub fn follow_ups() -> AnyView {
    if let Some(render) = FOLLOW_UPS.with(Cell::get) {
        return render();
    }
    let chunk = RwSignal::new(Chunk::Loading);
    let fetch = move || {
        chunk.set(Chunk::Loading);
        leptos::task::spawn_local(async move {
            let next = match follow_ups_chunk().await {
                Ok((_, render)) => {
                    FOLLOW_UPS.with(|loaded| loaded.set(Some(render)));
                    Chunk::Ready(render)
                }
                Err(ChunkFailed) => Chunk::Failed,
            };
            chunk.try_set(next);
        });
    };
    fetch();
    (move || match chunk.get() {
        Chunk::Ready(render) => render(),
        Chunk::Loading => ().into_any(),
        Chunk::Failed => view! {
            <section class="card due" role="alert" data-problem="chunk">
                <p><strong>"Nie udało się wczytać terminów sprawdzenia efektów feedbacku."</strong></p>
                <p>"Sprawdź połączenie z internetem i spróbuj ponownie."</p>
                <button type="button" class="button" on:click=move |_| fetch()>
                    "Spróbuj ponownie"
                </button>
            </section>
        }
        .into_any(),
    })
    .into_any()
}

/// A page that lives in a chunk of its own: a row of [`PAGES`] with a chunk, or the mentee's
/// home (`#/` in the mentee's layout), which comes with the shared page's chunk.
#[derive(Debug, Clone, Copy)]
enum Screen {
    Page(&'static Page),
    MenteeHome,
}

impl Screen {
    fn route(self) -> Route {
        match self {
            Screen::Page(page) => page.route.clone(),
            Screen::MenteeHome => Route::Start,
        }
    }

    fn title(self) -> &'static str {
        match self {
            Screen::Page(page) => page.title,
            Screen::MenteeHome => MENTEE_HOME_SCREEN.heading,
        }
    }

    /// Its slot in `LOADED`.
    fn slot(self) -> usize {
        match self {
            Screen::Page(page) => PAGES
                .iter()
                .position(|row| std::ptr::eq(row, page))
                .unwrap_or(PAGES.len()),
            Screen::MenteeHome => PAGES.len(),
        }
    }

    fn loaded(self) -> Option<Renderer> {
        LOADED.with(|loaded| loaded[self.slot()].get())
    }

    async fn load(self) -> Result<Renderer, ChunkFailed> {
        let (_, renderer) = match self {
            Screen::Page(page) => split_point(&page.route).await,
            Screen::MenteeHome => udostepnione_chunk().await,
        }?;
        LOADED.with(|loaded| loaded[self.slot()].set(Some(renderer)));
        Ok(renderer)
    }
}

/// The split point that holds a route's page. The split points cannot come from the table
/// ([`PAGES`]): `#[wasm_split]` needs each one's chunk as an identifier and its page as code,
/// so they are written out above, and this match is exhaustive over [`Route`], so a new route
/// must say here where its page lives; a test checks each against its row's `chunk`.
async fn split_point(route: &Route) -> Result<Split, ChunkFailed> {
    match route {
        Route::Agenda => agenda_chunk().await,
        Route::Pytania => pytania_chunk().await,
        Route::Kontrakt => kontrakt_chunk().await,
        Route::Feedback { .. } => feedback_chunk().await,
        Route::Crm => crm_chunk().await,
        Route::Dane => dane_chunk().await,
        Route::Przebieg { .. } => przebieg_chunk().await,
        Route::Udostepnione { .. } => udostepnione_chunk().await,
        // In the shell: no chunk to fetch.
        Route::Start | Route::NotFound(_) => Err(ChunkFailed),
    }
}

#[derive(Clone, Copy)]
enum Chunk {
    Loading,
    Ready(Renderer),
    Failed,
}

/// The tool's page at once when its chunk is here; otherwise a loading note in its place until
/// it arrives, or a message with „Spróbuj ponownie” when it cannot be fetched.
fn lazy_page(tool: Screen, focus_when_ready: bool) -> AnyView {
    if let Some(render) = tool.loaded() {
        return render();
    }
    let chunk = RwSignal::new(Chunk::Loading);
    // A download that stalls (neither arrives nor fails) is said to take long after 20 s, as
    // the static shell says of the app's own: a retry then reloads the page, because the
    // loader keeps waiting on the stalled request.
    let slow = RwSignal::new(false);
    set_timeout(
        move || {
            slow.try_set(true);
        },
        std::time::Duration::from_secs(20),
    );
    let fetch = move || {
        chunk.set(Chunk::Loading);
        leptos::task::spawn_local(async move {
            let next = match tool.load().await {
                Ok(render) => Chunk::Ready(render),
                Err(ChunkFailed) => Chunk::Failed,
            };
            // The mentor may have moved on to another route meanwhile.
            if chunk.try_set(next).is_none() && focus_when_ready {
                request_animation_frame(focus_heading);
            }
        });
    };
    fetch();
    let title = tool.title();
    // The route's first screen, as the static shell painted it before the wasm.
    let screen = match tool {
        Screen::Page(page)
            if matches!(page.route, Route::Udostepnione { .. })
                && crate::browser::share::pending() =>
        {
            Some(SHARED_LINK_SCREEN)
        }
        // The mentee's own first screens, as the static shell paints them for that layout.
        _ if use_context::<Layout>().is_some_and(|l| l.is_mentee_untracked()) => {
            tool.route().mentee_first_screen()
        }
        _ => tool.route().first_screen(),
    };
    (move || match chunk.get() {
        Chunk::Ready(render) => render(),
        Chunk::Loading => view! {
            <div class="tool-loading">
            {screen.map(|screen| view! {
                <h1>{screen.heading}</h1>
                <p class=screen.lead_class()>{screen.lead}</p>
            })}
            <div class="chunk-state" role="status">
                <p class="chunk-loading">"Wczytuję narzędzie „" {title} "”…"</p>
                {move || slow.get().then(|| view! {
                    <p>
                        <strong>"Wczytywanie trwa dłużej niż zwykle."</strong>
                        " Sprawdź połączenie z internetem i spróbuj ponownie."
                    </p>
                    <button type="button" class="button button-quiet" on:click=|_| { let _ = window().location().reload(); }>
                        "Spróbuj ponownie"
                    </button>
                })}
            </div>
            </div>
        }
        .into_any(),
        Chunk::Failed => view! {
            <div class="chunk-state" role="alert" data-problem="chunk">
                <p><strong>"Nie udało się wczytać narzędzia „" {title} "”."</strong></p>
                <p>
                    "Sprawdź połączenie z internetem i spróbuj ponownie. Pozostałe części "
                    "aplikacji działają, a zapisane dane są bezpieczne."
                </p>
                <button type="button" class="button" on:click=move |_| fetch()>
                    "Spróbuj ponownie"
                </button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}

/// Moves the focus to the page's heading, as the shell does when the route changes, for a
/// page that arrived after the route had changed.
fn focus_heading() {
    use wasm_bindgen::JsCast;
    let Ok(Some(heading)) = document().query_selector("main h1") else {
        return;
    };
    let _ = heading.set_attribute("tabindex", "-1");
    if let Some(heading) = heading.dyn_ref::<web_sys::HtmlElement>() {
        let _ = heading.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::future::Future;
    use std::task::{Context, Poll, Waker};

    /// Natively a split point is a direct call, ready on the first poll.
    fn ready<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        match future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("a split point waited natively"),
        }
    }

    #[test]
    fn every_tool_route_is_a_split_point_that_loads_and_is_remembered() {
        assert_eq!(Screen::MenteeHome.route(), Route::Start);
        assert!(ready(Screen::MenteeHome.load()).is_ok());
        assert!(Screen::MenteeHome.loaded().is_some());
        for page in &PAGES {
            let Some(chunk) = page.chunk else {
                assert!(ready(split_point(&page.route)).is_err(), "{page:?}");
                continue;
            };
            let (name, _) = ready(split_point(&page.route)).expect(chunk);
            assert_eq!(name, chunk, "the split point is the one the table names");
            let tool = Screen::Page(page);
            assert_eq!(tool.route(), page.route);
            assert!(tool.loaded().is_none());
            assert!(ready(tool.load()).is_ok(), "{tool:?}");
            assert!(
                tool.loaded().is_some(),
                "{tool:?} is kept for the next visit"
            );
        }
        let (name, _) = ready(follow_ups_chunk()).expect("follow-ups");
        assert!(crate::route::LATER_CHUNKS.contains(&name));
    }
}
