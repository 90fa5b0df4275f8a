//! Exit codes, in one place. The README documents them.

use crate::input::ReadError;
use crate::profile::ProfileError;
use crate::rubric::RubricError;

/// The run did what was asked.
pub const SUCCESS: u8 = 0;
/// A file could not be read or written (missing, no permission, disk full).
pub const IO_FAILURE: u8 = 1;
/// The input or the command line is invalid; the message says what to change.
pub const INVALID: u8 = 2;
/// The person interrupted the questionnaire (Ctrl-C).
pub const INTERRUPTED: u8 = 130;

/// A mistake on the command line that clap cannot see, such as an unknown level id.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The exit code for an error: invalid input or usage is 2, anything else 1.
pub fn code_for(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if cause.is::<ProfileError>()
            || cause.is::<RubricError>()
            || cause.is::<UsageError>()
            || cause.is::<crate::progress::ReportError>()
            || cause.is::<crate::profile::ReviewError>()
        {
            return INVALID;
        }
        if let Some(sheet) = cause.downcast_ref::<crate::sheet::SheetError>() {
            use crate::sheet::{SheetError, grid::GridError};
            return match sheet {
                SheetError::Grid(GridError::Io(read)) if !read.is_invalid_input() => IO_FAILURE,
                _ => INVALID,
            };
        }
        if let Some(read) = cause.downcast_ref::<ReadError>() {
            return if read.is_invalid_input() {
                INVALID
            } else {
                IO_FAILURE
            };
        }
    }
    IO_FAILURE
}

/// True when the error is a closed pipe on output, as with `skillgap ... | head -1`: the
/// reader has what it wanted, which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
