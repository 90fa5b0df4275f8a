//! `--help` in the language of errors and help ([`crate::i18n::process_lang`]): every about,
//! help and example text of the command tree comes from the `cli` catalog
//! (`locales/LANG/cli.ftl`), English as well, so the words people read live in one place.
//! The doc comments of the clap structures stay as they are, for readers of the code; a test
//! checks that the English catalog says the same, so the two cannot drift apart.
//!
//! What clap writes itself ("Usage:", "Options:", the help and version flags) is put in the
//! reader's language here too; "[default: …]", "[possible values: …]", the help of each
//! possible value and the `help` subcommand stay clap's (English).

use clap::{Arg, ArgAction, Command};

use crate::i18n::Lang;
use crate::tr;

/// The language `--lang X` or `--lang=X` asks for in a command line (without the program's
/// name), before any `--`; `None` when it names none skillgap speaks (clap then says so).
pub fn lang_in_args(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Option<crate::i18n::Lang> {
    let mut args = args.into_iter();
    let mut found = None;
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            let value = args.next();
            found = value
                .as_ref()
                .and_then(|v| v.to_str())
                .and_then(crate::i18n::Lang::from_code)
                .or(found);
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            found = crate::i18n::Lang::from_code(value).or(found);
        }
    }
    found
}

/// Which text of a command or an argument a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A command's one-line summary.
    About,
    /// A command's whole description (`--help`).
    LongAbout,
    /// The examples after a command's options.
    AfterHelp,
    /// An argument's one-line help.
    Help,
    /// An argument's whole help (`--help`).
    LongHelp,
}

/// Every text of the command tree: (command path, argument id or "", which text, message
/// id). Ids are written out whole, so that `tests/catalogs.rs` finds each one.
pub const TEXTS: &[(&str, &str, Part, &str)] = &[
    ("", "", Part::About, "cli-about"),
    ("", "", Part::LongAbout, "cli-long-about"),
    ("", "rubric_dir", Part::Help, "cli-rubric-dir"),
    ("", "lang", Part::Help, "cli-lang"),
    ("assess", "", Part::About, "cli-assess-about"),
    ("assess", "", Part::LongAbout, "cli-assess-long-about"),
    ("assess", "", Part::AfterHelp, "cli-assess-examples"),
    ("assess", "input", Part::Help, "cli-assess-input"),
    ("assess", "person", Part::Help, "cli-assess-person"),
    ("assess", "rubric", Part::Help, "cli-assess-rubric"),
    ("assess", "level", Part::Help, "cli-assess-level"),
    ("assess", "format", Part::Help, "cli-assess-format"),
    ("assess", "output", Part::Help, "cli-assess-output"),
    ("assess", "brief", Part::Help, "cli-assess-brief"),
    ("assess", "no_pager", Part::Help, "cli-assess-no-pager"),
    ("assess", "strict", Part::Help, "cli-assess-strict"),
    ("assess", "resume", Part::Help, "cli-assess-resume"),
    ("assess", "quick", Part::Help, "cli-assess-quick"),
    ("assess", "update", Part::Help, "cli-assess-update"),
    ("assess", "no_history", Part::Help, "cli-assess-no-history"),
    (
        "assess",
        "save_profile",
        Part::Help,
        "cli-assess-save-profile",
    ),
    ("assess", "force", Part::Help, "cli-assess-force"),
    ("assess", "max_certs", Part::Help, "cli-common-max-certs"),
    (
        "assess",
        "expiring_days",
        Part::Help,
        "cli-common-expiring-days",
    ),
    ("assess", "color", Part::Help, "cli-assess-color"),
    ("assess", "reviews", Part::Help, "cli-common-reviews"),
    ("assess", "ratings", Part::Help, "cli-common-ratings"),
    ("assess", "as_of", Part::Help, "cli-common-as-of"),
    (
        "assess",
        "input_format",
        Part::Help,
        "cli-common-input-format",
    ),
    ("assess", "layout", Part::Help, "cli-common-layout"),
    ("assess", "map", Part::Help, "cli-common-map"),
    ("assess", "map_file", Part::Help, "cli-common-map-file"),
    ("assess", "scale", Part::Help, "cli-common-scale"),
    ("assess", "sheet", Part::Help, "cli-common-sheet"),
    ("team", "", Part::About, "cli-team-about"),
    ("team", "", Part::LongAbout, "cli-team-long-about"),
    ("team", "", Part::AfterHelp, "cli-team-examples"),
    ("team", "input", Part::Help, "cli-team-input"),
    ("team", "check", Part::Help, "cli-team-check"),
    ("team", "rubric", Part::Help, "cli-team-rubric"),
    ("team", "format", Part::Help, "cli-team-format"),
    ("team", "output", Part::Help, "cli-team-output"),
    ("team", "strict", Part::Help, "cli-team-strict"),
    (
        "team",
        "fail_on_rejected",
        Part::Help,
        "cli-team-fail-on-rejected",
    ),
    ("team", "title", Part::Help, "cli-team-title"),
    ("team", "site", Part::Help, "cli-team-site"),
    ("team", "max_certs", Part::Help, "cli-team-max-certs"),
    ("team", "by_group", Part::Help, "cli-team-by-group"),
    ("team", "max_groups", Part::Help, "cli-team-max-groups"),
    (
        "team",
        "min_independent",
        Part::Help,
        "cli-team-min-independent",
    ),
    ("team", "min_trainers", Part::Help, "cli-team-min-trainers"),
    ("team", "pairs", Part::Help, "cli-team-pairs"),
    ("team", "trainer_load", Part::Help, "cli-team-trainer-load"),
    ("team", "matrix", Part::Help, "cli-team-matrix"),
    ("team", "matrix_limit", Part::Help, "cli-team-matrix-limit"),
    (
        "team",
        "expiring_days",
        Part::Help,
        "cli-common-expiring-days",
    ),
    ("team", "threads", Part::Help, "cli-team-threads"),
    ("team", "color", Part::Help, "cli-team-color"),
    ("team", "reviews", Part::Help, "cli-common-reviews"),
    ("team", "ratings", Part::Help, "cli-common-ratings"),
    ("team", "as_of", Part::Help, "cli-common-as-of"),
    (
        "team",
        "input_format",
        Part::Help,
        "cli-common-input-format",
    ),
    ("team", "layout", Part::Help, "cli-common-layout"),
    ("team", "map", Part::Help, "cli-common-map"),
    ("team", "map_file", Part::Help, "cli-common-map-file"),
    ("team", "scale", Part::Help, "cli-common-scale"),
    ("team", "sheet", Part::Help, "cli-common-sheet"),
    ("import", "", Part::About, "cli-import-about"),
    ("import", "", Part::LongAbout, "cli-import-long-about"),
    ("import", "", Part::AfterHelp, "cli-import-examples"),
    ("import", "input", Part::Help, "cli-import-input"),
    ("import", "output", Part::Help, "cli-import-output"),
    ("import", "force", Part::Help, "cli-import-force"),
    ("import", "rubric", Part::Help, "cli-import-rubric"),
    ("import", "check", Part::Help, "cli-import-check"),
    (
        "import",
        "input_format",
        Part::Help,
        "cli-common-input-format",
    ),
    ("import", "layout", Part::Help, "cli-common-layout"),
    ("import", "map", Part::Help, "cli-common-map"),
    ("import", "map_file", Part::Help, "cli-common-map-file"),
    ("import", "scale", Part::Help, "cli-common-scale"),
    ("import", "sheet", Part::Help, "cli-common-sheet"),
    ("review", "", Part::About, "cli-review-about"),
    ("review", "", Part::LongAbout, "cli-review-long-about"),
    ("review", "", Part::AfterHelp, "cli-review-examples"),
    ("review", "profile", Part::Help, "cli-review-profile"),
    ("review", "person", Part::Help, "cli-review-person"),
    ("review", "rubric", Part::Help, "cli-review-rubric"),
    (
        "review",
        "save_review",
        Part::Help,
        "cli-review-save-review",
    ),
    ("review", "force", Part::Help, "cli-review-force"),
    ("review", "resume", Part::Help, "cli-review-resume"),
    ("review", "input", Part::Help, "cli-review-input"),
    ("review", "date", Part::Help, "cli-review-date"),
    ("template", "", Part::About, "cli-template-about"),
    ("template", "", Part::AfterHelp, "cli-template-examples"),
    ("template", "rubric", Part::Help, "cli-template-rubric"),
    ("template", "level", Part::Help, "cli-template-level"),
    ("template", "output", Part::Help, "cli-template-output"),
    ("template", "format", Part::Help, "cli-template-format"),
    ("template", "force", Part::Help, "cli-template-force"),
    ("template", "review", Part::Help, "cli-template-review"),
    ("template", "person", Part::Help, "cli-template-person"),
    ("serve", "", Part::About, "cli-serve-about"),
    ("serve", "", Part::LongAbout, "cli-serve-long-about"),
    ("serve", "", Part::AfterHelp, "cli-serve-examples"),
    ("serve", "rubric", Part::Help, "cli-serve-rubric"),
    ("serve", "dir", Part::Help, "cli-serve-dir"),
    ("serve", "bind", Part::Help, "cli-serve-bind"),
    ("serve", "open", Part::Help, "cli-serve-open"),
    ("serve", "code", Part::Help, "cli-serve-code"),
    ("serve", "admin_code", Part::Help, "cli-serve-admin-code"),
    ("serve", "quick", Part::Help, "cli-serve-quick"),
    ("serve", "max_certs", Part::Help, "cli-common-max-certs"),
    (
        "serve",
        "expiring_days",
        Part::Help,
        "cli-serve-expiring-days",
    ),
    ("compare", "", Part::About, "cli-compare-about"),
    ("compare", "", Part::AfterHelp, "cli-compare-examples"),
    ("compare", "old", Part::Help, "cli-compare-old"),
    ("compare", "new", Part::Help, "cli-compare-new"),
    ("compare", "rubric", Part::Help, "cli-common-rubric"),
    ("compare", "level", Part::Help, "cli-compare-level"),
    ("compare", "format", Part::Help, "cli-common-format"),
    ("compare", "output", Part::Help, "cli-common-output"),
    ("compare", "color", Part::Help, "cli-common-color"),
    ("compare", "reviews", Part::Help, "cli-common-reviews"),
    ("compare", "ratings", Part::Help, "cli-common-ratings"),
    ("compare", "as_of", Part::Help, "cli-common-as-of"),
    ("history", "", Part::About, "cli-history-about"),
    ("history", "", Part::LongAbout, "cli-history-long-about"),
    ("history", "", Part::AfterHelp, "cli-history-examples"),
    ("history", "files", Part::Help, "cli-history-files"),
    ("history", "rubric", Part::Help, "cli-common-rubric"),
    ("history", "level", Part::Help, "cli-history-level"),
    ("history", "format", Part::Help, "cli-common-format"),
    ("history", "output", Part::Help, "cli-common-output"),
    ("history", "color", Part::Help, "cli-common-color"),
    ("schema", "", Part::About, "cli-schema-about"),
    ("schema", "", Part::AfterHelp, "cli-schema-examples"),
    ("schema", "kind", Part::Help, "cli-schema-kind"),
    ("rubrics", "", Part::About, "cli-rubrics-about"),
    ("rubrics", "", Part::AfterHelp, "cli-rubrics-examples"),
    ("rubric", "", Part::About, "cli-rubric-about"),
    ("rubric check", "", Part::About, "cli-rubric-check-about"),
    (
        "rubric check",
        "",
        Part::LongAbout,
        "cli-rubric-check-long-about",
    ),
    (
        "rubric check",
        "",
        Part::AfterHelp,
        "cli-rubric-check-examples",
    ),
    ("rubric check", "file", Part::Help, "cli-rubric-check-file"),
    ("rubric show", "", Part::About, "cli-rubric-show-about"),
    (
        "rubric show",
        "",
        Part::AfterHelp,
        "cli-rubric-show-examples",
    ),
    (
        "rubric show",
        "rubric",
        Part::Help,
        "cli-rubric-show-rubric",
    ),
    ("rubric show", "skill", Part::Help, "cli-rubric-show-skill"),
    ("completions", "", Part::About, "cli-completions-about"),
    (
        "completions",
        "",
        Part::AfterHelp,
        "cli-completions-examples",
    ),
    ("completions", "shell", Part::Help, "cli-completions-shell"),
    ("man", "", Part::About, "cli-man-about"),
    ("man", "", Part::AfterHelp, "cli-man-examples"),
];

/// The command tree with every text in `lang`, and clap's own words too when `lang` is not
/// English.
pub fn localized(mut cmd: Command, lang: Lang) -> Command {
    for &(path, arg, part, id) in TEXTS {
        let text = text(lang, id, part);
        let path: Vec<&str> = path.split(' ').filter(|p| !p.is_empty()).collect();
        cmd = at(cmd, &path, &mut |c| match part {
            Part::About => c.about(text.clone()),
            Part::LongAbout => c.long_about(text.clone()),
            Part::AfterHelp => c.after_help(text.clone()),
            // `mut_args`, not `mut_arg`, which moves the argument last (and a positional
            // with it, changing which value it takes).
            Part::Help => c.mut_args(|a| {
                if a.get_id() == arg {
                    a.help(text.clone())
                } else {
                    a
                }
            }),
            Part::LongHelp => c.mut_args(|a| {
                if a.get_id() == arg {
                    a.long_help(text.clone())
                } else {
                    a
                }
            }),
        });
    }
    if lang == Lang::En {
        return cmd;
    }
    let cmd = clap_words(cmd, lang).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(tr!(lang, "cli-flag-version"))
            .help_heading(tr!(lang, "cli-heading-options"))
            .display_order(LAST),
    );
    // The help flag is each command's own, as clap's is.
    fn with_help_flag(cmd: Command, lang: Lang) -> Command {
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        let mut cmd = cmd.disable_help_flag(true).arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(tr!(lang, "cli-flag-help"))
                .help_heading(tr!(lang, "cli-heading-options"))
                .display_order(LAST),
        );
        for name in names {
            cmd = cmd.mut_subcommand(name, |s| with_help_flag(s, lang));
        }
        cmd
    }
    with_help_flag(cmd, lang)
}

/// Where clap puts its own flags: after skillgap's options.
const LAST: usize = 10_000;

/// The names of values, as the help shows them (`--input <FILE>`), with their message.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("ADDR:PORT", "cli-value-address"),
    ("CODE", "cli-value-code"),
    ("DATE", "cli-value-date"),
    ("DIR", "cli-value-dir"),
    ("FILE", "cli-value-file"),
    ("FILE|DIR", "cli-value-file-or-dir"),
    ("FOLDER", "cli-value-folder"),
    ("FORMAT", "cli-value-format"),
    ("HEADING=WHAT", "cli-value-heading"),
    ("ID|FILE", "cli-value-id-or-file"),
    ("LANG", "cli-value-lang"),
    ("LAYOUT", "cli-value-layout"),
    ("LEVEL", "cli-value-level"),
    ("NAME", "cli-value-name"),
    ("SCALE", "cli-value-scale"),
    ("TEXT", "cli-value-text"),
    ("OLD", "cli-value-old"),
    ("NEW", "cli-value-new"),
    ("KIND", "cli-value-kind"),
    ("RUBRIC", "cli-value-rubric"),
    ("RATINGS", "cli-value-ratings"),
];

/// A value's name in `lang`; as it is when it is not one of [`VALUE_NAMES`] (N, ID).
fn value_name(lang: Lang, name: &str) -> String {
    VALUE_NAMES.iter().find(|(n, _)| *n == name).map_or_else(
        || name.to_string(),
        |(_, id)| crate::i18n::tr(lang, id, &[]),
    )
}

/// Message `id` in `lang`; the lines of an example (those that start with "skillgap ")
/// indented as clap shows them, which the catalogs leave out (Fluent drops indentation).
fn text(lang: Lang, id: &str, part: Part) -> String {
    let text = crate::i18n::tr(lang, id, &[]);
    if part != Part::AfterHelp {
        return text;
    }
    text.lines()
        .map(|l| {
            if l.starts_with("skillgap ") {
                format!("  {l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Applies `f` to the command at `path` below `cmd`.
fn at(cmd: Command, path: &[&str], f: &mut dyn FnMut(Command) -> Command) -> Command {
    match path.split_first() {
        None => f(cmd),
        Some((first, rest)) => cmd.mut_subcommand(*first, |c| at(c, rest, f)),
    }
}

/// clap's own words ("Usage:", "Options:", "Commands:") in `lang`, in `cmd` and every
/// command below it.
fn clap_words(cmd: Command, lang: Lang) -> Command {
    let options = tr!(lang, "cli-heading-options");
    let arguments = tr!(lang, "cli-heading-arguments");
    let sheets = tr!(lang, "cli-heading-sheets");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!(lang, "cli-heading-usage")
    );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(tr!(lang, "cli-heading-commands"))
        .subcommand_value_name(tr!(lang, "cli-command-value"));
    let mut positionals = 0;
    cmd = cmd.mut_args(|a| {
        // Without a name of its own, a value is named after its field, upper-cased.
        let names: Vec<String> = match a.get_value_names() {
            Some(names) => names.iter().map(|n| value_name(lang, n)).collect(),
            None if a.is_positional() || a.get_action().takes_values() => {
                vec![value_name(lang, &a.get_id().as_str().to_uppercase())]
            }
            None => Vec::new(),
        };
        let heading = if a.is_positional() {
            arguments.clone()
        } else if a.get_help_heading().is_some() {
            // The only heading skillgap's options have is the spreadsheets' one.
            sheets.clone()
        } else {
            options.clone()
        };
        let mut a = a.help_heading(heading);
        if a.is_positional() {
            // Under a heading of their own, arguments are listed by name unless told.
            positionals += 1;
            a = a.display_order(positionals);
        }
        if names.is_empty() {
            a
        } else {
            a.value_names(names)
        }
    });
    for name in names {
        cmd = cmd.mut_subcommand(name, |s| clap_words(s, lang));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_found_in_the_command_line() {
        let lang = |args: &[&str]| lang_in_args(args.iter().map(std::ffi::OsString::from));
        use crate::i18n::Lang;
        assert_eq!(lang(&["--lang", "es", "assess"]), Some(Lang::Es));
        assert_eq!(lang(&["assess", "--lang=es_MX", "-i", "x"]), Some(Lang::Es));
        assert_eq!(
            lang(&["--lang", "es", "assess", "--lang", "en"]),
            Some(Lang::En)
        );
        assert_eq!(lang(&["assess", "--", "--lang", "es"]), None);
        assert_eq!(lang(&["--lang", "fr"]), None);
        assert_eq!(lang(&["assess", "--lang"]), None);
    }
}
