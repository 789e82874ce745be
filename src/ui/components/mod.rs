mod city_notices;
mod confirm;
mod demo;
mod field;
mod header;
mod nav;
mod page;
mod pwa_notices;
mod storage_alert;

pub use city_notices::{ConfigErrorPanel, EmbeddedNotice};
pub use confirm::DeleteButton;
pub use demo::{provide_presentation, DemoBanner};
pub use field::DataForm;
pub use header::AppHeader;
pub use nav::BottomNav;
pub use page::PageFrame;
pub use pwa_notices::PwaNotices;
pub use storage_alert::StorageAlert;
