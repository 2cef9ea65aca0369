//! UI pieces shared by several pages.

pub mod mentee_switcher;
pub mod nav;
pub mod storage_banner;
