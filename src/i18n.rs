//! User-facing words in the reader's language: the message catalogs (`locales/LANG/*.ftl`,
//! Project Fluent, one set per language, compiled into the binary), the language a reader
//! wants, and numbers, amounts and days written as that language writes them.
//!
//! One lookup function, [`tr`], as coreutils does: a message missing from a catalog is a
//! test failure (`tests/catalogs.rs` compares the catalogs' keys), never a blank on screen.
//! JSON, CSV and schemas stay language-neutral: only words for people come from here.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::credentials::Date;

/// A language skillgap speaks; files write it as its code ("en", "es").
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Spanish (neutral Latin American).
    Es,
}

/// The catalogs, by language: one file per part of skillgap (`web`, `report`, `doc`, `ask`,
/// `team`, `review`, `error`, `cli`, `progress`), each message id starting with its file's name.
macro_rules! catalogs {
    ($($name:literal),* $(,)?) => {
        /// The names of the catalog files, the same in every language.
        pub const CATALOG_FILES: &[&str] = &[$($name),*];
        /// The catalogs' texts, by language.
        pub const CATALOGS: [(Lang, &[&str]); 2] = [
            (Lang::En, &[$(include_str!(concat!("../locales/en/", $name, ".ftl"))),*]),
            (Lang::Es, &[$(include_str!(concat!("../locales/es/", $name, ".ftl"))),*]),
        ];
    };
}

catalogs!(
    "web", "report", "doc", "ask", "team", "review", "error", "cli", "progress"
);

/// Message `id` in `lang` with named values: `tr!(lang, "web-skill-progress", number = 7,
/// total = 23)`. Ids are written out whole, so `tests/catalogs.rs` finds every one the code
/// asks for.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::tr(
            $lang,
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),*],
        )
    };
}

impl Lang {
    /// Every language, in the order the choice lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Its code, as `--lang` and files write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language of a code or locale name ("es", "es_MX.UTF-8", "es-419", "en-US").
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language the environment asks for, as `LC_ALL`, `LC_MESSAGES` and `LANG` say (the
    /// first one set wins, as for every program); English when none names one skillgap speaks.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| get(v).filter(|s| !s.is_empty()))
            .map(|s| Lang::from_code(&s))
            .next()
            .flatten()
            .unwrap_or_default()
    }

    /// The language a browser asks for (`Accept-Language: es-MX,es;q=0.9,en;q=0.8`): the one
    /// skillgap speaks with the highest weight; English when it names none.
    pub fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let Some(lang) = pieces.next().and_then(|c| Lang::from_code(c.trim())) else {
                continue;
            };
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").map(str::to_string))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
                best = Some((q, lang));
            }
        }
        best.map_or(Lang::En, |(_, l)| l)
    }
}

/// The language asked for: `--lang` when given, else the environment's; a file with a
/// language of its own (a profile's `lang`) comes between the two ([`LangChoice::with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LangChoice {
    /// `--lang`, when given.
    pub given: Option<Lang>,
    /// What `LC_ALL`, `LC_MESSAGES` and `LANG` say.
    pub env: Lang,
}

impl LangChoice {
    /// From `--lang` and this process's environment.
    pub fn new(given: Option<Lang>) -> LangChoice {
        LangChoice {
            given,
            env: Lang::from_env(|k| std::env::var(k).ok()),
        }
    }

    /// The language to use when nothing else says.
    pub fn lang(self) -> Lang {
        self.given.unwrap_or(self.env)
    }

    /// The language to use for a person whose profile says `own` (re-assessed or reviewed in
    /// the language they answered in), unless `--lang` says otherwise.
    pub fn with(self, own: Option<Lang>) -> Lang {
        self.given.or(own).unwrap_or(self.env)
    }
}

fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGS.map(|(lang, texts)| {
            let id = lang.code().parse().expect("a language code parses");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No invisible isolation marks: terminals and files show them as garbage.
            bundle.set_use_isolating(false);
            for (text, name) in texts.iter().zip(CATALOG_FILES) {
                let resource = FluentResource::try_new((*text).to_string())
                    .unwrap_or_else(|(_, e)| panic!("locales/{}/{name}.ftl: {e:?}", lang.code()));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("locales/{}/{name}.ftl: {e:?}", lang.code()));
            }
            bundle
        })
    })
}

/// Message `id` in `lang`, with `args` (name, value) filled in; the English message when the
/// language lacks it, and the id itself when no catalog has it (the catalog tests catch
/// both).
pub fn tr(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    for bundle in [&bundles()[index], &bundles()[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut fluent_args = FluentArgs::new();
            for (k, v) in args {
                fluent_args.set(*k, v.clone());
            }
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// A number with `decimals` digits after the point, grouped in thousands, as `lang` writes
/// it: "55,000.5" in English, "55.000,5" in Spanish.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Es => ('.', ','),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(point);
        out.push_str(fraction);
    }
    if value < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

/// A percentage with one decimal: "85.2%" in English, "85,2 %" in Spanish.
pub fn percent(lang: Lang, value: f64) -> String {
    match lang {
        Lang::En => format!("{}%", number(lang, value, 1)),
        Lang::Es => format!("{}\u{a0}%", number(lang, value, 1)),
    }
}

/// An amount of US dollars: "USD 55,000" in English, "USD 55.000" in Spanish.
pub fn usd(lang: Lang, amount: u32) -> String {
    format!("USD {}", number(lang, f64::from(amount), 0))
}

/// A day as people read it: "June 1, 2026" in English, "1 de junio de 2026" in Spanish.
pub fn day(lang: Lang, date: Date) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    let iso = date.to_string();
    let mut parts = iso.split('-').map(|p| p.parse::<usize>().unwrap_or(0));
    let (y, m, d) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(1),
        parts.next().unwrap_or(1),
    );
    let m = m.clamp(1, 12) - 1;
    match lang {
        Lang::En => format!("{} {d}, {y}", EN[m]),
        Lang::Es => format!("{d} de {} de {y}", ES[m]),
    }
}

/// The language of errors, warnings and `--help`, one for the whole process (as coreutils
/// does): errors are made deep in parsers and validators that do not know their reader.
/// 0 is English, 1 Spanish; English until [`set_process_lang`] is called.
static PROCESS_LANG: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Sets the language of errors, warnings and `--help` (once, before the command line is read).
pub fn set_process_lang(lang: Lang) {
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    PROCESS_LANG.store(index as u8, std::sync::atomic::Ordering::Relaxed);
}

/// The language of errors, warnings and `--help`.
pub fn process_lang() -> Lang {
    let index = PROCESS_LANG.load(std::sync::atomic::Ordering::Relaxed);
    Lang::ALL
        .get(usize::from(index))
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_codes_the_environment_and_browsers() {
        assert_eq!(Lang::from_code("es_MX.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_code("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_code("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr_FR"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "es_US.UTF-8")])), Lang::Es);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "es_MX")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "es")])),
            Lang::Es
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_accept_language("es-MX,es;q=0.9,en;q=0.8"),
            Lang::Es
        );
        assert_eq!(
            Lang::from_accept_language("en-US,en;q=0.9,es;q=0.8"),
            Lang::En
        );
        assert_eq!(Lang::from_accept_language("fr-FR, es;q=0.5"), Lang::Es);
        assert_eq!(Lang::from_accept_language("es;q=0, en;q=0.1"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
    }

    #[test]
    fn numbers_amounts_and_days_are_written_as_each_language_writes_them() {
        assert_eq!(percent(Lang::En, 85.2), "85.2%");
        assert_eq!(percent(Lang::Es, 85.2), "85,2\u{a0}%");
        assert_eq!(usd(Lang::En, 55_000), "USD 55,000");
        assert_eq!(usd(Lang::Es, 55_000), "USD 55.000");
        assert_eq!(usd(Lang::Es, 108_000), "USD 108.000");
        assert_eq!(usd(Lang::Es, 1_234_567), "USD 1.234.567");
        assert_eq!(usd(Lang::Es, 999), "USD 999");
        assert_eq!(number(Lang::Es, 1.5, 1), "1,5");
        assert_eq!(number(Lang::En, -7.25, 2), "-7.25");
        assert_eq!(number(Lang::En, -0.01, 1), "0.0");
        let d = Date::parse("2026-06-01").unwrap();
        assert_eq!(day(Lang::En, d), "June 1, 2026");
        assert_eq!(day(Lang::Es, d), "1 de junio de 2026");
        assert_eq!(
            day(Lang::Es, Date::parse("2027-12-31").unwrap()),
            "31 de diciembre de 2027"
        );
    }

    #[test]
    fn messages_come_from_the_reader_s_catalog_with_their_values() {
        let en = tr(
            Lang::En,
            "web-skill-progress",
            &[("number", 7.into()), ("total", 23.into())],
        );
        let es = tr(
            Lang::Es,
            "web-skill-progress",
            &[("number", 7.into()), ("total", 23.into())],
        );
        assert_eq!(en, "Skill 7 of 23");
        assert_eq!(
            crate::tr!(Lang::Es, "web-skill-progress", number = 7, total = 23),
            es
        );
        assert_eq!(es, "Habilidad 7 de 23");
        assert_eq!(tr(Lang::Es, "no-such-message", &[]), "no-such-message");
    }
}
