//! A question before something that cannot be undone or that ends something: the one
//! confirmation box of the app (`role="alertdialog"`), in place, under what asked for it.

use leptos::prelude::*;

/// „Are you sure?” in place: the question, what follows it (`children`, e.g. what an import
/// would do), the button that goes ahead and the one that stays. On opening, the focus moves to
/// the button that goes ahead, so a keyboard or screen-reader user lands in the question;
/// Escape answers as the button that stays does.
#[component]
pub fn ConfirmDialog(
    /// The question, with what the answer does.
    #[prop(into)]
    question: String,
    /// The dialog's accessible name. Without it the question names the dialog
    /// (`aria-labelledby`).
    #[prop(optional, into)]
    name: Option<String>,
    /// The question's element id, for `aria-labelledby` when the question names the dialog;
    /// unique on the page.
    #[prop(optional, into)]
    question_id: Option<String>,
    /// The question in bold, as the heading of the box.
    #[prop(optional)]
    strong: bool,
    /// Extra classes on the box: `confirm-calm` when nothing is lost, `import-preview`.
    #[prop(optional)]
    class: &'static str,
    /// The label of the button that goes ahead.
    #[prop(into)]
    yes: String,
    /// Extra class on that button (`button-danger` when it deletes).
    #[prop(optional)]
    yes_class: &'static str,
    /// The label of the button that stays.
    #[prop(into)]
    no: String,
    /// Goes ahead.
    on_yes: Callback<()>,
    /// Closes the question, changing nothing (also on Escape).
    on_no: Callback<()>,
    /// What follows the question: details of what going ahead does.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let yes_button = NodeRef::<leptos::html::Button>::new();
    yes_button.on_load(|button| {
        let _ = button.focus();
    });
    let labelled_by = name.is_none().then(|| question_id.clone()).flatten();
    let question = if strong {
        view! { <p id=question_id><strong>{question}</strong></p> }.into_any()
    } else {
        view! { <p id=question_id>{question}</p> }.into_any()
    };
    view! {
        <div
            class=format!("confirm {class}")
            role="alertdialog"
            aria-label=name
            aria-labelledby=labelled_by
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_no.run(());
                }
            }
        >
            {question}
            {children.map(|children| children())}
            <div class="row">
                <button
                    type="button"
                    class=format!("button {yes_class}")
                    node_ref=yes_button
                    on:click=move |_| on_yes.run(())
                >
                    {yes}
                </button>
                <button type="button" class="button button-quiet" on:click=move |_| on_no.run(())>
                    {no}
                </button>
            </div>
        </div>
    }
}
