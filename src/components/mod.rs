//! UI pieces shared by several pages.

pub mod calendar_button;
pub mod carried_action;
pub mod confirm_dialog;
pub mod contract_document;
pub mod controls;
pub mod mentee_switcher;
pub mod nav;
pub mod new_action_form;
pub mod passphrase_field;
pub mod progress_scale;
pub mod reflection_card;
pub mod share_panel;
pub mod storage_banner;
pub mod storage_warning;
pub mod text_list;
pub mod timer_pill;
pub mod update_banner;
