//! `skillgap serve`'s options as settings: the address and codes checked once.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use crate::catalog::RubricChoice;
use crate::cli::ServeArgs;
use crate::exit::UsageError;

/// What `skillgap serve` runs with.
#[derive(Debug)]
pub struct ServeSettings {
    /// The one rubric offered, if given.
    pub rubric: Option<RubricChoice>,
    /// Where profiles, drafts and reviews are kept.
    pub dir: PathBuf,
    /// The address to listen on.
    pub bind: SocketAddr,
    /// Whether `--bind` named it (then a taken port is an error, not a reason to move).
    pub bind_given: bool,
    /// Open the page in the default browser.
    pub open: bool,
    /// The access code, when one was given.
    pub code: Option<String>,
    /// The supervisor's code, when one was given.
    pub admin_code: Option<String>,
    /// Offer the quick questionnaire first.
    pub quick: bool,
    /// Certifications recommended at most.
    pub max_certs: usize,
    /// Days before expiry a credential counts as expiring.
    pub expiring_days: u32,
    /// The language of the first page (`--lang`, the environment) when the browser asks
    /// for none skillgap speaks; each person may choose another.
    pub lang: crate::i18n::Lang,
}

impl ServeSettings {
    /// Checks the codes and takes the default address.
    pub fn from_args(
        args: ServeArgs,
        lang: crate::i18n::LangChoice,
    ) -> Result<ServeSettings, UsageError> {
        for (flag, code) in [("--code", &args.code), ("--admin-code", &args.admin_code)] {
            if let Some(code) = code
                && (code.trim().len() < 4 || code.len() > 64 || code.chars().any(char::is_control))
            {
                return Err(UsageError(crate::tr!(
                    crate::i18n::process_lang(),
                    "error-serve-code",
                    flag = flag
                )));
            }
        }
        if let (Some(a), Some(b)) = (&args.code, &args.admin_code)
            && a.trim() == b.trim()
        {
            return Err(UsageError(crate::tr!(
                crate::i18n::process_lang(),
                "error-serve-codes-same"
            )));
        }
        Ok(ServeSettings {
            rubric: args.rubric,
            dir: args.dir,
            bind_given: args.bind.is_some(),
            bind: args.bind.unwrap_or(SocketAddr::new(
                IpAddr::V4(Ipv4Addr::LOCALHOST),
                crate::web::DEFAULT_PORT,
            )),
            open: args.open,
            code: args.code.map(|c| c.trim().to_string()),
            admin_code: args.admin_code.map(|c| c.trim().to_string()),
            quick: args.quick,
            max_certs: args.max_certs,
            expiring_days: args.expiring_days,
            lang: lang.lang(),
        })
    }
}
