mod header;
mod nav;
mod page;
mod pwa_notices;

pub use header::AppHeader;
pub use nav::BottomNav;
pub use page::PageFrame;
pub use pwa_notices::PwaNotices;
