//! The smaller commands: rubric listing and checking, templates, schemas, comparisons, and
//! shell integration. `assess` and `team` have modules of their own.

pub mod compare;
pub mod rubrics;
pub mod schema;
pub mod shell;
pub mod template;
