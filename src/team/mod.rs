//! Teams: scoring every member of a team from one stream, and what the team needs.
//!
//! [`source`] finds the records (a JSON Lines file, standard input or a folder of profiles);
//! `chunks` cuts them into chunks and [`pipeline`] parses and scores those on several
//! threads in flat memory; [`tally`] folds each member into fixed-size sums and makes the
//! [`TeamSummary`] (laid out in `summary`), with [`coverage`] (per skill, per group) and
//! [`expiry`] (credentials); [`member`] is one member's row for the member CSV and the
//! [`matrix`]; [`pairs`] plans who trains whom. No printing and no writing: `skillgap team`
//! does that.

mod chunks;
pub mod coverage;
pub mod expiry;
pub mod matrix;
pub mod member;
pub mod pairs;
pub mod pipeline;
pub mod sections;
pub mod source;
pub(crate) mod summary;
pub mod tally;

pub use member::MemberRow;
pub use pipeline::tally_lines;
pub use summary::{TeamCert, TeamLevel, TeamSkill, TeamSummary};
pub use tally::{TEAM_SCHEMA_VERSION, TallyOptions, TeamTally};
