//! What the fuzz targets share.

use skillgap::rubric::Rubric;

/// The built-in rubric, read once: reading it for every input would be most of the work.
pub fn rubric() -> &'static Rubric {
    static RUBRIC: std::sync::OnceLock<Rubric> = std::sync::OnceLock::new();
    RUBRIC.get_or_init(Rubric::builtin)
}
