//! Consultation lines. For now only the national lines every family in Japan
//! can call; the municipality's own channels come from its configuration file.

pub mod card;
pub mod config;
mod config_read;
pub mod holidays;
pub mod hours;
pub mod index;
pub mod links;
pub mod national;
pub mod validate;
