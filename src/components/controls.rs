//! Small form controls shared by the tools, so every tool's buttons and fields look, label
//! and behave the same. They take plain values and [`Callback`]s.

use leptos::prelude::*;

use crate::model::form::{Choice, length_counter};
use crate::state::AppState;

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
    /// The most characters the field takes: typing stops there, and a counter („12/200”)
    /// shows how many are used.
    #[prop(default = None, into)]
    maxlength: Option<usize>,
    /// Called with the text.
    on_commit: Callback<String>,
) -> impl IntoView {
    let error_id = format!("{id}-blad");
    let counter_id = format!("{id}-licznik");
    let described_by = match maxlength {
        Some(_) => format!("{error_id} {counter_id}"),
        None => error_id.clone(),
    };
    let field = NodeRef::<leptos::html::Input>::new();
    let counter = length_count(maxlength, value, move || {
        field.get().filter(|el| is_focused(el)).map(|el| el.value())
    });
    let (typed, unsaved) = unsaved_note(id.clone());
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone()>{label}</label>
            <input
                id=id
                node_ref=field
                type=input_type.unwrap_or("text")
                inputmode=numeric.then_some("numeric")
                placeholder=placeholder
                maxlength=maxlength
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| {
                    counter.typed(&event_target_value(&ev));
                    typed();
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
            {counter.view(counter_id)}
            <p id=error_id class="field-error" aria-live="polite">
                {move || error.get()}
            </p>
            {unsaved}
        </div>
    }
}

/// The counter of a field with a length limit: what the field holds, as typed (the saved
/// value may be trimmed, or be the earlier one while the typed text is refused).
#[derive(Clone, Copy)]
struct LengthCount {
    max: Option<usize>,
    text: RwSignal<String>,
}

impl LengthCount {
    fn typed(self, text: &str) {
        if self.max.is_some() {
            self.text.set(text.to_string());
        }
    }

    fn view(self, id: String) -> impl IntoView {
        self.max.map(|max| {
            view! { <p id=id class="field-counter">{move || self.text.with(|t| length_counter(t, max))}</p> }
        })
    }
}

/// Whether the user is in this field: then it holds what they typed, which the value (saved,
/// trimmed, or the earlier one while the typed text is refused) may not.
fn is_focused(element: &web_sys::Element) -> bool {
    document()
        .active_element()
        .is_some_and(|active| &active == element)
}

/// Follows a limited field: set from its value when that changes (from the element itself
/// while the user is in it), and on each keystroke.
fn length_count(
    max: Option<usize>,
    value: Signal<String>,
    element_text: impl Fn() -> Option<String> + 'static,
) -> LengthCount {
    let text = RwSignal::new(String::new());
    if max.is_some() {
        Effect::new(move |_| {
            let saved = value.get();
            text.set(element_text().unwrap_or(saved));
        });
    }
    LengthCount { max, text }
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
    /// The most characters the field takes: typing stops there, and a counter („123/500”)
    /// shows how many are used.
    #[prop(default = None, into)]
    maxlength: Option<usize>,
    /// Called with the text.
    on_commit: Callback<String>,
) -> impl IntoView {
    let report = move |ev: leptos::ev::Event| on_commit.run(event_target_value(&ev));
    let counter_id = format!("{id}-licznik");
    let field = NodeRef::<leptos::html::Textarea>::new();
    let counter = length_count(maxlength, value, move || {
        field.get().filter(|el| is_focused(el)).map(|el| el.value())
    });
    let (typed, unsaved) = unsaved_note(id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea
                id=id
                node_ref=field
                rows="3"
                placeholder=placeholder
                maxlength=maxlength
                aria-describedby=maxlength.map(|_| counter_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| {
                    counter.typed(&event_target_value(&ev));
                    typed();
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
            {counter.view(counter_id)}
            {unsaved}
        </div>
    }
}

/// What a field says under itself while what is typed in it cannot be saved (see
/// [`AppState::unsaved_here`]): the text stays in the field, and the line says so where the
/// user is looking, not only at the top of the page. Gives what to call on each keystroke
/// and the line.
pub fn unsaved_note(id: String) -> (impl Fn() + Copy, impl IntoView) {
    let state = use_context::<AppState>();
    let id = StoredValue::new(id);
    let typed = move || {
        if let Some(state) = state {
            id.with_value(|id| state.typed_in(id));
        }
    };
    let line = move || {
        let text = id.with_value(|id| state?.unsaved_here(id))?;
        Some(view! {
            <p class="field-unsaved" role="alert" data-testid="niezapisane-tu">
                {text} " " <a href="#/dane">"Przejdź do danych"</a>
            </p>
        })
    };
    (typed, line)
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
