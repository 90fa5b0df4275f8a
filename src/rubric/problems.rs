//! Problems found in a rubric or a profile, each with its JSON path, and the error that lists
//! them.

use std::fmt;

use crate::input::{Origin, SyntaxError};

/// One problem found while validating a rubric or profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, such as `skills[3].anchors`.
    pub path: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote ids and text from files: a line break in them must not start a
        // line of its own.
        let message = crate::text::terminal_safe(&self.message);
        if self.path.is_empty() {
            f.write_str(&message)
        } else {
            write!(f, "{}: {message}", crate::text::terminal_safe(&self.path))
        }
    }
}

/// Writes a list of problems, one per line, indented under a heading.
pub(crate) fn write_problems(f: &mut fmt::Formatter<'_>, problems: &[Problem]) -> fmt::Result {
    for p in problems {
        write!(f, "\n  - {p}")?;
    }
    Ok(())
}

/// Why a rubric could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RubricError {
    /// The text is not valid JSON, or a value has the wrong type.
    #[error("rubric {0}")]
    Syntax(SyntaxError),
    /// The JSON is well formed but the rubric does not hold together.
    #[error("rubric {origin} has {} problem{}:{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, ProblemList(problems))]
    Invalid {
        /// Where the rubric came from.
        origin: Origin,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// Displays a list of problems; used inside error messages.
pub(crate) struct ProblemList<'a>(pub &'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_problems(f, self.0)
    }
}
