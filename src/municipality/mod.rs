//! Consultation lines. For now only the national lines every family in Japan
//! can call; the municipality's own channels come from its configuration file.

pub mod national;
