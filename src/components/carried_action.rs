//! An action item from an earlier meeting, with a box to tick it: in the running meeting's
//! first block, on a meeting's record and on the programme page.

use leptos::prelude::*;

use crate::components::controls::Checkbox;
use crate::model::journal::CarriedAction;

#[component]
pub fn CarriedActionItem(
    /// The item, with where it comes from and whether it is overdue.
    item: CarriedAction,
    /// Called with the new state of the tick.
    on_tick: Callback<bool>,
) -> impl IntoView {
    let meta = item.meta_text();
    view! {
        <li class="carried-item" class:is-overdue=item.overdue class:is-done=item.item.done.is_some()>
            <Checkbox label=item.item.what checked=item.item.done.is_some() on_toggle=on_tick />
            <p class="carried-meta">
                {item.overdue.then(|| view! { <span class="chip chip-due">"po terminie"</span> " " })}
                {meta}
            </p>
        </li>
    }
}
