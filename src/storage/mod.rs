//! Where the app keeps things on the device.
//!
//! `keys` is the one table of storage keys; everything the app stores is
//! listed there under one prefix.

pub mod keys;
