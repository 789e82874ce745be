//! すくすく手帳 (Sukusuku Handbook): an offline-first digital child handbook.
//!
//! The crate is split so that every rule can be tested natively:
//! - Everything but `ui` and `pwa` is pure ([`check`], [`data_file`], [`domain`], [`growth`], [`i18n`], [`json`],
//!   [`municipality`], [`schedule`], [`sections`], [`sorting`], [`storage`]): no `web-sys`, no Leptos,
//!   nothing that reads the clock or the browser. They compile and test with a
//!   plain `cargo test`.
//! - `ui` and `pwa` are the thin browser layer, compiled only for `wasm32`
//!   (their dependencies are declared for that target alone, so a pure module
//!   cannot reach them by accident).

pub mod check;
/// PURE: reads JSON (data files, the stored record, backups, municipality files) into the app's types, strictly, without serde's derived readers.
pub mod data_file;
pub mod domain;
/// PURE: WHO growth centiles and growth-chart geometry (no browser, no clock).
pub mod growth;
pub mod i18n;
/// PURE: JSON text into a `serde_json::Value`, with syntax errors as a place and a kind.
pub mod json;
pub mod municipality;
pub mod qr;
/// PURE: immunisation schedule, checkups and .ics export, from data; "today" is an argument.
pub mod schedule;
pub mod sections;
pub mod share;
pub mod sorting;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod ui;
