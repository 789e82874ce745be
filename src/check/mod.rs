//! PURE: the development check. The question bank is data (`assessments/`);
//! this module loads and checks it, picks the band that is due, orders the
//! questions and scores the answers by the rules in the data. "Today" is
//! always an argument.

pub mod bank;
mod bank_check;
pub mod files;
pub mod questions;
pub mod record;
pub mod schedule;
pub mod scoring;
pub mod words;
