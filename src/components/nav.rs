//! Main navigation: a thumb-reachable tab bar at the bottom on phones, a side column on wide screens.

use leptos::prelude::*;

use crate::CurrentRoute;
use crate::route::Route;
use crate::state::audience::Layout;

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
            let items = Route::navigation().collect();
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
                        let path = route.page().map_or("", |page| page.icon);
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
