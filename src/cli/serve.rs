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
    #[arg(long, value_name = "ADDR:PORT", value_parser = parse_bind)]
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

/// An address and port: `127.0.0.1:7878`, `0.0.0.0:7878`, `[::1]:7878`, `localhost:7878`, or
/// a port alone (on loopback).
fn parse_bind(text: &str) -> Result<SocketAddr, String> {
    let text = text.trim();
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(addr);
    }
    let port = text
        .strip_prefix("localhost:")
        .or_else(|| text.strip_prefix(':'))
        .unwrap_or(text);
    port.parse::<u16>()
        .map(|p| SocketAddr::from(([127, 0, 0, 1], p)))
        .map_err(|_| {
            "give an address and a port, such as 127.0.0.1:7878 (this computer only) or 0.0.0.0:7878 (every network it is on)".to_string()
        })
}

#[cfg(test)]
mod tests {
    use super::parse_bind;

    #[test]
    fn addresses_are_read_as_people_write_them() {
        assert_eq!(parse_bind("0.0.0.0:80").unwrap().to_string(), "0.0.0.0:80");
        assert_eq!(
            parse_bind("localhost:7878").unwrap().to_string(),
            "127.0.0.1:7878"
        );
        assert_eq!(parse_bind("8080").unwrap().to_string(), "127.0.0.1:8080");
        assert_eq!(parse_bind("[::1]:9").unwrap().to_string(), "[::1]:9");
        assert!(parse_bind("example.com:80").is_err());
        assert!(parse_bind("127.0.0.1:99999").is_err());
    }
}
