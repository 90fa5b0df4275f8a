//! The options of `skillgap serve`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::catalog::RubricChoice;

/// Options of `skillgap serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Offer only this rubric (an id or the path of a rubric file); without it, people choose
    /// among every rubric skillgap knows.
    #[arg(long, value_name = "ID|FILE", value_parser = RubricChoice::parse)]
    pub rubric: Option<RubricChoice>,

    /// Where finished profiles (NAME-DATE.json), answers under way (.drafts/) and reviews
    /// (reviews/) are kept.
    #[arg(long, value_name = "FOLDER", default_value = ".")]
    pub dir: PathBuf,

    /// The address and port to listen on. Anything but loopback (127.0.0.1, ::1) is reachable
    /// from other devices and needs an access code.
    #[arg(long, value_name = "ADDR:PORT")]
    pub bind: Option<SocketAddr>,

    /// Open the page in the default browser once the server is ready.
    #[arg(long)]
    pub open: bool,

    /// The access code people type once per device (default: none on loopback, a new
    /// eight-digit code otherwise, printed at start).
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,

    /// The code of the supervisor's pages (/team, /review); a new one is printed at start
    /// when none is given.
    #[arg(long, value_name = "CODE")]
    pub admin_code: Option<String>,

    /// Offer the quick questionnaire first: only the skills that define the target level and
    /// the most important ones (people can still choose every skill).
    #[arg(long)]
    pub quick: bool,

    /// Recommend at most N certifications.
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub max_certs: usize,

    /// A certificate that expires within N days is "expiring".
    #[arg(long, value_name = "N", default_value_t = 90)]
    pub expiring_days: u32,
}
