mod check;
pub(crate) mod consult;
mod home;
mod not_found;
mod record;
mod settings;
mod settings_data;
mod share;

pub use check::Check;
pub use consult::Consult;
pub use home::Home;
pub use not_found::NotFound;
pub use record::Record;
pub use settings::Settings;
