//! Writing documents: every format, and every destination, in one place.
//!
//! A document ([`Report`], [`TeamSummary`], [`Comparison`]) holds everything any format
//! shows, already ordered and labelled; an exporter only lays it out. Each format is one file
//! in this folder whose type implements [`Exporter`] (it must render every document), and
//! one line in the list below. [`Output`] takes a document and its destinations (standard
//! output, or each `-o` file) and writes it the same way for every command, in the manner of
//! hyperfine's `ExportManager`. The team's member CSV is an exporter of its own kind
//! ([`csv::MemberCsv`]): it streams one row per member as they are scored.

pub mod csv;
mod svg;
mod words;

use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::exit::UsageError;
use crate::i18n::Lang;
use crate::output;
use crate::progress::Comparison;
use crate::progress::history::History;
use crate::report::Report;
use crate::team::TeamSummary;
use crate::text::terminal_safe;
use crate::tr;

pub use table::terminal_width;
/// The Matrix sheet's header (a contract with the reader) and the matrix template.
pub use xlsx::{matrix as workbook_matrix, template as matrix_template};

/// Lays out one kind of document in one format.
pub trait Renderer<T: ?Sized> {
    /// Writes the whole document.
    fn render(&self, doc: &T, out: &mut dyn io::Write) -> io::Result<()>;
}

/// A format: renders every kind of document.
pub trait Exporter:
    Renderer<Report> + Renderer<TeamSummary> + Renderer<Comparison> + Renderer<History>
{
    /// How `--format` names it, what it is for, and the file extensions that choose it.
    const SPEC: FormatSpec;
    /// The exporter, for standard output or a file as `look` says.
    fn new(look: Look) -> Self;
}

/// What a format is called and which files it suits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatSpec {
    /// Its name for `--format`.
    pub name: &'static str,
    /// One line for `--help`, without a final full stop (as clap writes them).
    pub help: &'static str,
    /// File extensions (lower case, without the dot) that choose it for `-o`.
    pub extensions: &'static [&'static str],
}

/// How the output will be seen: only the table uses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    /// Colour (a terminal, and `NO_COLOR` not set).
    pub color: bool,
    /// Width to fit; `None` for no limit (files, pipes).
    pub width: Option<u16>,
    /// A short report (`--brief`): the terminal's only.
    pub brief: bool,
}

/// Declares the formats: their files, the [`Format`] list and the dispatch to each exporter.
macro_rules! formats {
    ($($(#[$doc:meta])* $variant:ident => $module:ident::$exporter:ident,)*) => {
        $(mod $module;)*
        $(pub use $module::$exporter;)*

        /// An output format.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Format {
            $($(#[$doc])* $variant,)*
        }

        impl Format {
            /// Every format, in the order `--format` lists them.
            pub const ALL: &[Format] = &[$(Format::$variant),*];

            /// Its name, help and extensions.
            pub fn spec(self) -> FormatSpec {
                match self {
                    $(Format::$variant => <$exporter as Exporter>::SPEC,)*
                }
            }
        }

        /// A document every format can render.
        pub trait Document {
            /// The exporter of `format` for this kind of document.
            fn exporter(format: Format, look: Look) -> Box<dyn Renderer<Self>>;
        }

        impl<T> Document for T
        where
            $($exporter: Renderer<T>,)*
        {
            fn exporter(format: Format, look: Look) -> Box<dyn Renderer<T>> {
                match format {
                    $(Format::$variant => Box::new(<$exporter as Exporter>::new(look)),)*
                }
            }
        }
    };
}

// The formats. To add one, write its file beside this one and add its line here.
formats! {
    /// Tables for a terminal.
    Table => table::TableRenderer,
    /// The document as JSON.
    Json => json::JsonRenderer,
    /// A Markdown document.
    Markdown => markdown::MarkdownRenderer,
    /// A self-contained HTML page with charts.
    Html => html::HtmlRenderer,
    /// An Excel workbook.
    Xlsx => xlsx::XlsxRenderer,
}

impl Format {
    /// Whether documents in it are read by programs as much as people, and so always in
    /// English: JSON (ids, numbers and days that compare whoever wrote them) and workbooks
    /// (whose Matrix sheet skillgap and spreadsheets read back by its headings).
    pub fn is_language_neutral(self) -> bool {
        matches!(self, Format::Json | Format::Xlsx)
    }

    /// The format a file name implies, from its extension.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.spec().extensions.contains(&ext.as_str()))
    }

    /// Whether the format is binary, so it is not written to a terminal.
    pub fn is_binary(self) -> bool {
        self == Format::Xlsx
    }

    /// Refuses a binary format on standard output when that is a terminal, where it would
    /// only garble the screen.
    pub fn check_stdout(self) -> Result<(), UsageError> {
        if self.is_binary() && io::stdout().is_terminal() {
            return Err(UsageError(format!(
                "an .{} workbook is binary; write it to a file with -o FILE.{}",
                self.spec().name,
                self.spec().name
            )));
        }
        Ok(())
    }

    /// The format `--format` calls `name`.
    pub fn named(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.spec().name == name)
    }

    /// The format each `-o` file is written in: from its extension, else `format`.
    pub fn for_file(path: &Path, format: Option<Format>) -> anyhow::Result<Format> {
        match (Format::from_extension(path), format) {
            (Some(f), _) | (None, Some(f)) => Ok(f),
            (None, None) => Err(UsageError(format!(
                "cannot tell which format to write {} in; end the file name with .json, .md, .html, .xlsx or .txt, or add --format",
                terminal_safe(&path.display().to_string())
            ))
            .into()),
        }
    }
}

/// The renderer for a format. `color` and `width` only affect the table.
pub fn renderer<T: Document>(
    format: Format,
    color: bool,
    width: Option<u16>,
) -> Box<dyn Renderer<T>> {
    T::exporter(
        format,
        Look {
            color,
            width,
            brief: false,
        },
    )
}

/// Renders into memory, so a file can be written whole or not at all.
pub fn render_to_vec<T: ?Sized>(renderer: &dyn Renderer<T>, doc: &T) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    renderer.render(doc, &mut buf)?;
    Ok(buf)
}

/// Whether to colour terminal output: `Some` when `--color` said so, `None` for "auto"
/// (a terminal, and `NO_COLOR` unset or empty).
pub fn use_color(choice: Option<bool>) -> bool {
    choice.unwrap_or_else(|| {
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
    })
}

/// Where a document goes: standard output when no file is given, else every `-o` file, each
/// in its format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Format on standard output.
    pub stdout: Format,
    /// Whether standard output is coloured.
    pub color: bool,
    /// The files and their formats.
    pub files: Vec<(PathBuf, Format)>,
    /// A short terminal report (`--brief`).
    pub brief: bool,
    /// Whether a terminal report longer than the screen goes through a pager.
    pub paged: bool,
    /// The reader's language: of every format but the language-neutral ones (JSON and
    /// workbooks, [`Format::is_language_neutral`]), which are always written in English.
    pub lang: Lang,
}

impl Output {
    /// From `--format`, the `-o` files and the colour choice: each file in the format its
    /// extension names, else `--format`; standard output in `--format`, else a table.
    pub fn new(format: Option<Format>, files: Vec<PathBuf>, color: bool) -> anyhow::Result<Output> {
        let files: Vec<(PathBuf, Format)> = files
            .into_iter()
            .map(|path| Format::for_file(&path, format).map(|f| (path, f)))
            .collect::<anyhow::Result<_>>()?;
        let stdout = format.unwrap_or(Format::Table);
        if files.is_empty() {
            // Before any work, rather than after a questionnaire or a long team.
            stdout.check_stdout()?;
        }
        Ok(Output {
            stdout,
            color,
            files,
            brief: false,
            paged: false,
            lang: Lang::En,
        })
    }

    /// With `lang` the language of every document but the language-neutral ones.
    pub fn lang(mut self, lang: Lang) -> Output {
        self.lang = lang;
        self
    }

    /// With `brief`, the terminal report is the short one; `--brief` with a format that has
    /// no short form (JSON, HTML, workbooks are always whole) is refused.
    pub fn brief(mut self, brief: bool) -> Result<Output, UsageError> {
        if brief && self.formats().any(|f| f != Format::Table) {
            return Err(UsageError(
                "--brief shortens the terminal report only; JSON, Markdown, HTML and workbooks are always whole: leave out --brief, or --format and -o".into(),
            ));
        }
        self.brief = brief;
        Ok(self)
    }

    /// With `paged`, a terminal report longer than the screen is shown through a pager.
    pub fn paged(mut self, paged: bool) -> Output {
        self.paged = paged;
        self
    }

    /// The formats written: each file's, or standard output's when there is no file.
    pub fn formats(&self) -> impl Iterator<Item = Format> + '_ {
        let stdout = self.files.is_empty().then_some(self.stdout);
        stdout.into_iter().chain(self.files.iter().map(|(_, f)| *f))
    }

    /// The files, to check before any work that none overwrites an input.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.iter().map(|(p, _)| p.clone()).collect()
    }

    /// Writes the document `build` makes in a language: for each destination in its
    /// language (the reader's, or English for the language-neutral formats); each language's
    /// document is built once. See [`Output::write`].
    pub fn write_in<T: Document>(
        &self,
        build: impl Fn(Lang) -> T,
        noun: &str,
    ) -> anyhow::Result<()> {
        let language_of = |f: Format| {
            if f.is_language_neutral() {
                Lang::En
            } else {
                self.lang
            }
        };
        let mut built: Vec<(Lang, T)> = Vec::new();
        for lang in self.formats().map(language_of) {
            if !built.iter().any(|(l, _)| *l == lang) {
                built.push((lang, build(lang)));
            }
        }
        let doc_in = |f: Format| {
            let lang = language_of(f);
            &built
                .iter()
                .find(|(l, _)| *l == lang)
                .expect("built above")
                .1
        };
        self.write_each(doc_in, noun)
    }

    /// Writes `doc` (a `noun`, for messages): to standard output when no file is given, else
    /// to every file, each replaced whole. Every file is rendered before any is written, so a
    /// failure to render writes none of them.
    pub fn write<T: Document>(&self, doc: &T, noun: &str) -> anyhow::Result<()> {
        self.write_each(|_| doc, noun)
    }

    fn write_each<'a, T: Document + 'a>(
        &self,
        doc_in: impl Fn(Format) -> &'a T,
        noun: &str,
    ) -> anyhow::Result<()> {
        if self.files.is_empty() {
            self.stdout.check_stdout()?;
            let look = Look {
                color: self.color,
                // Only the table fits a width: the terminal is asked only for it.
                width: (self.stdout == Format::Table)
                    .then(terminal_width)
                    .flatten(),
                brief: self.brief,
            };
            if self.paged && self.stdout == Format::Table && io::stdout().is_terminal() {
                let bytes = render_to_vec(&*T::exporter(self.stdout, look), doc_in(self.stdout))
                    .with_context(|| format!("cannot render the {noun}"))?;
                return crate::pager::show(&bytes)
                    .with_context(|| format!("cannot write the {noun} to standard output"));
            }
            // Streamed, not rendered into memory first: a team's JSON with --pairs can run
            // to gigabytes.
            let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            return T::exporter(self.stdout, look)
                .render(doc_in(self.stdout), &mut out)
                .and_then(|()| io::Write::flush(&mut out))
                .with_context(|| format!("cannot write the {noun} to standard output"));
        }
        let mut rendered = Vec::with_capacity(self.files.len());
        for (path, format) in &self.files {
            let bytes = render_to_vec(&*T::exporter(*format, Look::default()), doc_in(*format))
                .with_context(|| format!("cannot render the {noun}"))?;
            rendered.push((path, bytes));
        }
        for (path, bytes) in rendered {
            output::write_atomic(path, &bytes)?;
            // By its full path: the person can find it whatever folder they are in later.
            let full = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            let path = terminal_safe(&full.display().to_string()).into_owned();
            eprintln!("skillgap: {}", tr!(self.lang, "doc-wrote", path = path));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::sample_report;

    #[test]
    fn json_report_round_trips() {
        let rep = sample_report("Sam \u{1b}[2J");
        let text = String::from_utf8(render_to_vec(&JsonRenderer, &rep).unwrap()).unwrap();
        let back: Report = serde_json::from_str(&text).unwrap();
        assert_eq!(back, rep);
        assert_eq!(back.name.as_deref(), Some("Sam \u{1b}[2J"));
    }

    #[test]
    fn format_follows_extension() {
        assert_eq!(
            Format::from_extension(Path::new("a.JSON")),
            Some(Format::Json)
        );
        assert_eq!(
            Format::from_extension(Path::new("a.md")),
            Some(Format::Markdown)
        );
        assert_eq!(
            Format::from_extension(Path::new("a.txt")),
            Some(Format::Table)
        );
        assert_eq!(
            Format::from_extension(Path::new("a.html")),
            Some(Format::Html)
        );
        assert_eq!(
            Format::from_extension(Path::new("a.HTM")),
            Some(Format::Html)
        );
        assert_eq!(Format::from_extension(Path::new("a")), None);
    }

    #[test]
    fn every_format_has_a_unique_name_and_extensions() {
        for (i, a) in Format::ALL.iter().enumerate() {
            assert_eq!(Format::named(a.spec().name), Some(*a));
            for b in &Format::ALL[i + 1..] {
                let (a, b) = (a.spec(), b.spec());
                assert!(a.extensions.iter().all(|e| !b.extensions.contains(e)));
            }
        }
    }
}
