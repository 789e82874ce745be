//! PURE: the handbook's rules. No browser, no clock: "today" is an argument.

pub mod age;
pub mod backup;
pub mod record;
pub mod sample;
pub mod units;
pub mod validate;
