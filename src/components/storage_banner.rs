//! Persistent notices about saved data: not saving, a value set aside, a newer version's data.
//! The words come from `state`; this only lays them out and wires their buttons.

use leptos::prelude::*;

use crate::browser::download::download_text;
use crate::state::AppState;
use crate::state::notices::{NoticeAction, NoticeKind, StorageNotice};

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="banners" role="status" aria-live="polite">
            {move || {
                state
                    .notices()
                    .into_iter()
                    .map(|notice| banner(state, notice))
                    .collect_view()
            }}
        </div>
    }
}

fn banner(state: AppState, notice: StorageNotice) -> AnyView {
    let StorageNotice {
        kind,
        headline,
        body,
        button,
        action,
        dismiss,
        details,
    } = notice;
    let class = match kind {
        NoticeKind::NotSaving => "banner banner-alert",
        _ => "banner banner-warning",
    };
    let act = move |_| match &action {
        NoticeAction::Retry => state.retry_saving(),
        NoticeAction::Download {
            file_name,
            mime,
            text,
        } => {
            let _ = download_text(file_name, mime, text);
        }
        NoticeAction::Reload => {
            let _ = window().location().reload();
        }
    };
    let main_button = view! {
        <button type="button" class="button" on:click=act>
            {button}
        </button>
    };
    // The keys and the parser's words, for whoever helps: folded away, never in the text.
    let details = (!details.is_empty()).then(|| {
        view! {
            <details class="banner-details">
                <summary>"Szczegóły"</summary>
                {details.into_iter().map(|line| view! { <p class="technical">{line}</p> }).collect_view()}
            </details>
        }
    });
    let text = view! {
        <p>
            <strong>{headline}</strong>
            {body}
        </p>
        {details}
    };
    match dismiss {
        // "Not saving" stays until saving works again: its button sits under the text.
        None => view! { <div class=class data-problem=kind.name()>{text} {main_button}</div> }.into_any(),
        Some(id) => view! {
            <div class=class data-problem=kind.name()>
                {text}
                <div class="banner-actions">
                    {main_button}
                    <button type="button" class="button button-quiet" on:click=move |_| state.dismiss(&id)>
                        "Rozumiem"
                    </button>
                </div>
            </div>
        }
        .into_any(),
    }
}
