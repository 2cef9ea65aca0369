//! A link's passphrase as both sides type it: the same field for the mentor choosing it and
//! the mentee opening the link, so the two read it alike (no capital letter, correction or
//! spelling a phone keyboard adds; text large enough that iOS does not zoom; shown or hidden
//! on a tap).

use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

/// The passphrase field with „Pokaż”/„Ukryj”.
#[component]
pub fn PassphraseField(
    /// The input's id (the label points at it).
    id: &'static str,
    /// The label's text.
    label: &'static str,
    /// What is typed.
    value: RwSignal<String>,
    /// Shown as typed at first (the mentor choosing one) rather than hidden (the mentee
    /// typing it where others may see the screen).
    #[prop(optional)]
    shown: bool,
    /// The id of the text that describes the field, if any.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let visible = RwSignal::new(shown);
    let input = view! {
        <input
            id=id
            type=move || if visible.get() { "text" } else { "password" }
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-describedby=described_by
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
    // Safari's own attribute, which the view macro has no name for.
    .add_any_attr(custom_attribute("autocorrect", "off"));
    view! {
        <label for=id>{label}</label>
        <div class="passphrase-input">
            {input}
            <button
                type="button"
                class="button button-quiet"
                aria-controls=id
                aria-pressed=move || if visible.get() { "true" } else { "false" }
                on:click=move |_| visible.update(|v| *v = !*v)
            >
                "Pokaż hasło"
            </button>
        </div>
    }
}
