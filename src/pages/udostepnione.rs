//! What came by a shared link: the mentor's contract, meeting or next steps on the mentee's
//! phone („Od mentora”), a mentee's reflection on the mentor's, and the items kept from such
//! links („Od moich mentorów”).

use leptos::prelude::*;

#[component]
pub fn UdostepnionePage() -> impl IntoView {
    view! { <h1>"Udostępnione"</h1> }
}
