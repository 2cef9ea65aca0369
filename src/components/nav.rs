//! Main navigation: a thumb-reachable tab bar at the bottom on phones, a side column on wide screens.

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::route::Route;
use crate::state::audience::Layout;

/// One icon per route, drawn with CSS masks is overkill; short SVG paths stay crisp and tiny.
fn icon(route: &Route) -> &'static str {
    match route {
        Route::Start => "M3 11 12 3l9 8v10h-6v-6H9v6H3z",
        Route::Agenda => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm1 4v5l4 2-1 2-5-3V7z",
        Route::Pytania => {
            "M4 4h16v12H8l-4 4zm7 9h2v-2h-2zm1-7a3 3 0 0 0-3 3h2a1 1 0 1 1 1 1h-1v2h2v-.2A3 3 0 0 0 12 6z"
        }
        Route::Kontrakt => "M6 2h9l5 5v15H6zm8 1v5h5M9 12h8v2H9zm0 4h8v2H9z",
        Route::Feedback { .. } => "M4 4h16v11H9l-5 5zm4 4v2h8V8zm0 3v2h5v-2z",
        Route::Crm => "M4 20V10h3v10zm6 0V4h3v16zm6 0v-7h3v7z",
        Route::Dane => {
            "M12 3C7 3 4 4.5 4 6.5v11C4 19.5 7 21 12 21s8-1.5 8-3.5v-11C20 4.5 17 3 12 3Zm0 2c4 0 6 1 6 1.5S16 8 12 8 6 7 6 6.5 8 5 12 5Z"
        }
        // The mentee's bar: what the mentors sent (an envelope).
        Route::Udostepnione { .. } => "M3 5h18v14H3zm2 2v.5l7 5 7-5V7zm0 3v7h14v-7l-7 5z",
        // Not in the bar: opened from the start page.
        Route::Przebieg { .. } | Route::NotFound(_) => "",
    }
}

/// The mentee's navigation: their home (tasks, next meeting, reflection), what the mentors
/// sent, and their data. On a phone the home stays in the bar (see style.css).
const MENTEE_NAV: [(Route, &str); 3] = [
    (Route::Start, "Mój mentoring"),
    (Route::Udostepnione { saved: None }, "Od mentorów"),
    (Route::Dane, "Dane"),
];

#[component]
pub fn Nav() -> impl IntoView {
    let layout = expect_context::<Layout>();
    move || {
        if layout.is_mentee() {
            view! { <NavList label="Moje sprawy" items=MENTEE_NAV.to_vec() mentee=true /> }
        } else {
            let items = Route::ALL
                .into_iter()
                .map(|r| (r.clone(), r.nav_label()))
                .collect();
            view! { <NavList label="Narzędzia" items mentee=false /> }
        }
    }
}

#[component]
fn NavList(label: &'static str, items: Vec<(Route, &'static str)>, mentee: bool) -> impl IntoView {
    let CurrentRoute(current) = expect_context::<CurrentRoute>();
    view! {
        <nav class=if mentee { "nav nav-mentee" } else { "nav" } aria-label=label>
            <ul>
                {items
                    .into_iter()
                    .map(|(route, label)| {
                        let href = route.to_hash();
                        let path = icon(&route);
                        // On a phone the brand in the top bar is the way home; see style.css.
                        let class = (route == Route::Start && !mentee).then_some("nav-start");
                        let is_current = move || current.with(|c| c.screen() == route);
                        view! {
                            <li class=class>
                                <a
                                    href=href
                                    class="nav-link"
                                    aria-current=move || is_current().then_some("page")
                                >
                                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                        <path d=path />
                                    </svg>
                                    <span>{label}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
