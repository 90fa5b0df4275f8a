//! The commands: each takes its settings (see [`crate::settings`]), reads its input, calls
//! the core and writes the result through [`crate::export`].

pub mod assess;
pub mod compare;
pub mod review;
pub mod reviews;
pub mod rubrics;
pub mod schema;
pub mod shell;
pub mod team;
pub mod template;
