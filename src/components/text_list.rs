//! A list of short texts to add to, edit and remove from (development areas, success
//! indicators, concrete examples). Rows re-render only when the number of items changes,
//! so typing keeps its focus.

use leptos::prelude::*;

use super::controls::{Button, TextField};

#[component]
pub fn TextList(
    /// Prefix of each field's id (`k-obszar` gives `k-obszar-0`, `k-obszar-1`…).
    id_prefix: &'static str,
    /// The list's heading.
    legend: &'static str,
    /// Label of one item, numbered from 1 („Obszar 2”).
    item_label: &'static str,
    /// The add button's text.
    add_label: &'static str,
    /// How many items there are.
    #[prop(into)]
    len: Signal<usize>,
    /// The text of item `i`.
    item: Callback<usize, String>,
    /// Item `i` was edited.
    on_edit: Callback<(usize, String)>,
    /// Item `i` is to go.
    on_remove: Callback<usize>,
    /// A new empty item at the end.
    on_add: Callback<()>,
    /// The most characters an item takes (typing stops there, with a counter).
    #[prop(optional)]
    maxlength: Option<usize>,
    /// The message under item `i`, while its typed text is refused.
    #[prop(optional)]
    error: Option<Callback<usize, Option<String>>>,
) -> impl IntoView {
    let count = Memo::new(move |_| len.get());
    view! {
        <fieldset class="list-editor">
            <legend>{legend}</legend>
            {move || {
                (0..count.get())
                    .map(|index| {
                        view! {
                            <div class="list-item">
                                <TextField
                                    id=format!("{id_prefix}-{index}")
                                    label=format!("{item_label} {}", index + 1)
                                    live=true
                                    maxlength=maxlength
                                    error=Signal::derive(move || error.and_then(|e| e.run(index)))
                                    value=Memo::new(move |_| item.run(index))
                                    on_commit=Callback::new(move |text: String| on_edit.run((index, text)))
                                />
                                <Button
                                    label="Usuń"
                                    class="button-danger button-small"
                                    aria_label=format!("Usuń: {item_label} {}", index + 1)
                                    on_press=Callback::new(move |()| on_remove.run(index))
                                />
                            </div>
                        }
                    })
                    .collect_view()
            }}
            <Button label=add_label class="button-quiet" on_press=on_add />
        </fieldset>
    }
}
