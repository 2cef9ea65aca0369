//! One file per screen, named as its route.

pub mod agenda;
pub mod crm;
pub mod dane;
pub mod feedback;
pub mod kontrakt;
pub mod not_found;
pub mod pytania;
pub mod start;

use leptos::prelude::*;

use crate::route::Route;

/// The page for a route.
pub fn render(route: Route) -> AnyView {
    match route {
        Route::Start => view! { <start::StartPage /> }.into_any(),
        Route::Agenda => view! { <agenda::AgendaPage /> }.into_any(),
        Route::Pytania => view! { <pytania::PytaniaPage /> }.into_any(),
        Route::Kontrakt => view! { <kontrakt::KontraktPage /> }.into_any(),
        Route::Feedback { .. } => view! { <feedback::FeedbackPage /> }.into_any(),
        Route::Crm => view! { <crm::CrmPage /> }.into_any(),
        Route::Dane => view! { <dane::DanePage /> }.into_any(),
        Route::NotFound(path) => view! { <not_found::NotFoundPage path /> }.into_any(),
    }
}
