//! Teams: scoring every member of a team from one stream, and what the team needs.
//!
//! [`source`] finds the records (a JSON Lines file, standard input or a folder of profiles);
//! [`pipeline`] parses and scores them on several threads in flat memory; [`tally`] folds
//! each member into fixed-size sums and makes the [`TeamSummary`]; [`member`] is one member's
//! row for the member CSV. No printing and no writing: `skillgap team` does that.

pub mod member;
pub mod pipeline;
pub mod source;
pub mod tally;

pub use member::MemberRow;
pub use pipeline::tally_lines;
pub use tally::{TEAM_SCHEMA_VERSION, TeamCert, TeamLevel, TeamSkill, TeamSummary, TeamTally};
