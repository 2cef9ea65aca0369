//! Small form controls shared by the tools, so every tool's buttons and fields look, label
//! and behave the same. They take plain values and [`Callback`]s.

use leptos::prelude::*;

use crate::model::form::Choice;

/// A button.
#[component]
pub fn Button(
    /// The visible text.
    #[prop(into)]
    label: String,
    /// Extra classes after `button` (`button-quiet`, `button-danger`, `button-big`).
    #[prop(optional)]
    class: &'static str,
    /// A fuller name for screen readers, when the label is short ("↑").
    #[prop(optional, into)]
    aria_label: Option<String>,
    /// Greyed out and inert while true.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// What a press does.
    on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=format!("button {class}")
            aria-label=aria_label
            disabled=move || disabled.get()
            on:click=move |_| on_press.run(())
        >
            {label}
        </button>
    }
}

/// A labelled one-line field; reports its text when the user leaves it, or on every
/// keystroke when `live`.
#[component]
pub fn TextField(
    /// Element id, also used to tie the label and the error.
    #[prop(into)]
    id: String,
    /// The label above the field.
    #[prop(into)]
    label: String,
    /// The value shown.
    #[prop(into)]
    value: Signal<String>,
    /// Digits keyboard on phones.
    #[prop(optional)]
    numeric: bool,
    /// `type` of the input: `text` unless given (`date`, `time`).
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// Report every keystroke (saved as you type).
    #[prop(optional)]
    live: bool,
    /// A hint shown inside the empty field.
    #[prop(optional)]
    placeholder: Option<&'static str>,
    /// Extra class on the wrapper (`field-short`).
    #[prop(optional)]
    class: &'static str,
    /// A message shown under the field while it needs attention.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// Called with the text.
    on_commit: Callback<String>,
) -> impl IntoView {
    let error_id = format!("{id}-blad");
    let described_by = error_id.clone();
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type=input_type.unwrap_or("text")
                inputmode=numeric.then_some("numeric")
                placeholder=placeholder
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| {
                    if live {
                        on_commit.run(event_target_value(&ev))
                    }
                }
                on:change=move |ev| {
                    if !live {
                        on_commit.run(event_target_value(&ev))
                    }
                }
            />
            <p id=error_id class="field-error" aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

/// A labelled multi-line text field; `live` reports every keystroke, otherwise on leaving.
#[component]
pub fn TextArea(
    /// Element id, also used to tie the label.
    #[prop(into)]
    id: String,
    /// The label above the field.
    #[prop(into)]
    label: String,
    /// The value shown.
    #[prop(into)]
    value: Signal<String>,
    /// Report on every input (notes that must survive a crash) instead of on change.
    #[prop(optional)]
    live: bool,
    /// A hint shown inside the empty field.
    #[prop(optional)]
    placeholder: Option<&'static str>,
    /// Called with the text.
    on_commit: Callback<String>,
) -> impl IntoView {
    let report = move |ev: leptos::ev::Event| on_commit.run(event_target_value(&ev));
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                rows="3"
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=move |ev| {
                    if live {
                        report(ev)
                    }
                }
                on:change=move |ev| {
                    if !live {
                        report(ev)
                    }
                }
            ></textarea>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn Checkbox(
    /// The text beside the box.
    #[prop(into)]
    label: String,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_toggle: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}

/// A labelled picker of one [`Choice`]: its options carry the choices' fixed values, and a
/// value the model does not know changes nothing. A function over a shared view rather than a
/// generic component: a signal and a callback per choice type would cost kilobytes of wasm.
pub fn choice_select<C: Choice + Send + Sync>(
    id: impl Into<String>,
    label: &'static str,
    class: &'static str,
    selected: impl Fn() -> C + Send + Sync + 'static,
    on_choose: impl Fn(C) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Picker
            id=id.into()
            label
            class
            options=C::ALL.iter().map(|c| (c.value(), c.label())).collect()
            selected=Signal::derive(move || selected().value().to_string())
            on_value=Callback::new(move |value: String| {
                if let Some(choice) = C::parse(&value) {
                    on_choose(choice);
                }
            })
        />
    }
}

/// A labelled `<select>`; see [`choice_select`].
#[component]
fn Picker(
    /// Element id, also used to tie the label.
    id: String,
    /// The label above the picker.
    label: &'static str,
    /// Extra class on the wrapper (`field-short`).
    class: &'static str,
    /// Each option's value and text.
    options: Vec<(&'static str, &'static str)>,
    /// The value of the option shown.
    selected: Signal<String>,
    /// Called with the value picked.
    on_value: Callback<String>,
) -> impl IntoView {
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_value.run(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        view! { <option value=value prop:selected=move || selected.with(|s| s == value)>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
