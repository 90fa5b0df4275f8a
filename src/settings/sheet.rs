//! The settings of reading a spreadsheet (shared by `assess`, `team` and `import`), and of
//! `import`.

use std::path::PathBuf;

use super::expand_home;
use crate::catalog::RubricChoice;
use crate::exit::UsageError;
use crate::sheet::SheetOptions;

/// How a spreadsheet is read, from the options `assess`, `team` and `import` share; a
/// `--map-file` is read here, once.
pub fn sheet_options(args: crate::cli::SheetArgs) -> anyhow::Result<SheetOptions> {
    use crate::cli::LayoutArg;
    use crate::sheet::layout::Layout;
    let mut maps = Vec::new();
    if let Some(path) = &args.map_file {
        let (text, origin) = crate::input::read_text(path)?;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            maps.push(map_pair(line).map_err(|e| UsageError(format!("{origin}:{}: {e}", i + 1)))?);
        }
    }
    for m in &args.map {
        maps.push(map_pair(m).map_err(|e| UsageError(format!("--map: {e}")))?);
    }
    Ok(SheetOptions {
        format: args
            .input_format
            .as_deref()
            .and_then(crate::sheet::InputFormat::named),
        layout: args.layout.map(|l| match l {
            LayoutArg::Rows => Layout::Rows,
            LayoutArg::Columns => Layout::Columns,
            LayoutArg::Long => Layout::Long,
        }),
        maps,
        scale: args.scale,
        sheet: args.sheet,
    })
}

/// `HEADING=WHAT`, split at the last "=" (a heading may hold one).
fn map_pair(text: &str) -> Result<(String, String), String> {
    match text.rsplit_once('=') {
        Some((h, w)) if !h.trim().is_empty() && !w.trim().is_empty() => {
            Ok((h.trim().to_string(), w.trim().to_string()))
        }
        _ => Err(format!(
            "\"{}\" is not HEADING=WHAT, such as \"QC=quality-control\"",
            crate::text::terminal_safe(text)
        )),
    }
}

/// Everything `skillgap import` needs.
#[derive(Debug, Clone)]
pub struct ImportSettings {
    /// The spreadsheet, `-` for standard input.
    pub input: PathBuf,
    /// The JSON Lines file to write; standard output when `None`.
    pub output: Option<PathBuf>,
    /// Replace `output` if it exists.
    pub force: bool,
    /// The rubric given; `None` for the default one.
    pub rubric: Option<RubricChoice>,
    /// Only say how the spreadsheet would be read.
    pub check: bool,
    /// How the spreadsheet is read.
    pub sheet: SheetOptions,
}

impl ImportSettings {
    /// Checks and converts the arguments of `skillgap import`.
    pub fn from_args(args: crate::cli::ImportArgs) -> anyhow::Result<Self> {
        Ok(ImportSettings {
            input: args.input,
            output: args.output.as_deref().map(expand_home),
            force: args.force,
            rubric: args.rubric,
            check: args.check,
            sheet: sheet_options(args.sheet)?,
        })
    }
}
