//! PURE: the handbook's rules. No browser, no clock: "today" is an argument.

pub mod age;
pub mod backup;
pub mod backup_place;
pub mod forms;
pub mod prenatal;
pub mod record;
pub mod record_read;
pub mod record_write;
pub mod sample;
pub mod schedule_forms;
pub mod timestamp;
pub mod summary;
pub mod units;
pub mod validate;
