//! The small words every format of a report lays out beside its figures, in the report's
//! language: a skill's category, yes and no, a reviewer's role, pay and costs, a readiness
//! threshold, and lists of names. Each format's headings and columns are in its own file;
//! these are the ones the terminal, Markdown and HTML reports share, so they read the same
//! in all three.

use crate::i18n::{self, Lang};
use crate::profile::review::Role;
use crate::report::Report;
use crate::rubric::{Category, Cost, Salary};
use crate::tr;

/// A skill's category: "technical", or with `short` the four letters a narrow table has
/// room for ("tech").
pub(super) fn category(lang: Lang, c: Category, short: bool) -> String {
    match (c, short) {
        (Category::Technical, false) => tr!(lang, "doc-category-technical"),
        (Category::Soft, false) => tr!(lang, "doc-category-soft"),
        (Category::Leadership, false) => tr!(lang, "doc-category-leadership"),
        (Category::Technical, true) => tr!(lang, "doc-category-technical-short"),
        (Category::Soft, true) => tr!(lang, "doc-category-soft-short"),
        (Category::Leadership, true) => tr!(lang, "doc-category-leadership-short"),
    }
}

/// "yes" or "no".
pub(super) fn yes_no(lang: Lang, b: bool) -> String {
    if b {
        tr!(lang, "doc-yes")
    } else {
        tr!(lang, "doc-no")
    }
}

/// A reviewer's role: "supervisor", "trainer" ...
pub(super) fn role(lang: Lang, r: Role) -> String {
    match r {
        Role::Supervisor => tr!(lang, "doc-role-supervisor"),
        Role::Trainer => tr!(lang, "doc-role-trainer"),
        Role::Peer => tr!(lang, "doc-role-peer"),
        Role::Assessor => tr!(lang, "doc-role-assessor"),
    }
}

/// A level's median pay for a table cell, "USD 42,000" ("USD 42.000" in Spanish), or a dash
/// where the rubric gives no figure.
pub(super) fn pay(lang: Lang, salary: &Option<Salary>) -> String {
    match salary {
        Some(_) if lang == Lang::En => Report::median_cell(salary),
        Some(pay) => format!(
            "{} {}",
            pay.currency,
            i18n::number(lang, f64::from(pay.median), 0)
        ),
        None => "-".to_string(),
    }
}

/// A cost range: "USD 200-2,500 (estimate)", amounts as `lang` writes them.
pub(super) fn cost(lang: Lang, c: &Cost) -> String {
    let mut text = i18n::usd(lang, c.min_usd);
    if c.max_usd != c.min_usd {
        text.push('-');
        text.push_str(&i18n::number(lang, f64::from(c.max_usd), 0));
    }
    if c.estimate {
        text = tr!(lang, "doc-cost-estimate", cost = text);
    }
    text
}

/// A readiness as a table shows it, one decimal: "84.9%", "84,9 %".
pub(super) fn percent(lang: Lang, value: f64) -> String {
    i18n::percent(lang, value)
}

/// A threshold of readiness, without a needless ".0": "85%", "85 %", "82.5%".
pub(super) fn threshold(lang: Lang, value: f64) -> String {
    let rounded = crate::figures::round_to(value, 1);
    let decimals = if rounded == rounded.trunc() { 0 } else { 1 };
    match lang {
        Lang::En => format!("{}%", i18n::number(lang, rounded, decimals)),
        Lang::Es => format!("{}\u{a0}%", i18n::number(lang, rounded, decimals)),
    }
}

/// The names of a list, "A, B and C", at most `max` of them and then "and 2 more".
pub(super) fn names(lang: Lang, list: &[&str], max: usize) -> String {
    let shown: Vec<&str> = list.iter().take(max).copied().collect();
    let rest = list.len() - shown.len();
    match (shown.as_slice(), rest) {
        ([], _) => String::new(),
        ([one], 0) => one.to_string(),
        (many, 0) => tr!(
            lang,
            "doc-and",
            first = many[..many.len() - 1].join(", "),
            last = many[many.len() - 1]
        ),
        (many, rest) => tr!(lang, "doc-and-more", first = many.join(", "), count = rest),
    }
}

/// A sentence as the middle of a line: its first letter in lower case and no full stop, as
/// the terminal report's indented notes read ("  no gaps at the target level").
pub(super) fn as_note(sentence: impl AsRef<str>) -> String {
    let sentence = sentence.as_ref().trim_end_matches('.');
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) => format!("{}{}", first.to_lowercase(), chars.as_str()),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_each_language_writes_them() {
        let pay_of = |median| {
            Some(Salary {
                currency: "USD".into(),
                median,
                average: median,
                source: None,
            })
        };
        assert_eq!(pay(Lang::En, &pay_of(108_000)), "USD 108,000");
        assert_eq!(pay(Lang::Es, &pay_of(108_000)), "USD 108.000");
        assert_eq!(pay(Lang::Es, &None), "-");
        let range = Cost {
            min_usd: 200,
            max_usd: 2_500,
            estimate: true,
        };
        assert_eq!(cost(Lang::En, &range), range.to_string());
        assert_eq!(cost(Lang::Es, &range), "USD 200-2.500 (estimación)");
        assert_eq!(threshold(Lang::En, 85.0), "85%");
        assert_eq!(threshold(Lang::En, 82.5), "82.5%");
        assert_eq!(threshold(Lang::Es, 82.5), "82,5\u{a0}%");
        assert_eq!(percent(Lang::Es, 84.94), "84,9\u{a0}%");
    }

    #[test]
    fn lists_of_names_join_in_each_language() {
        assert_eq!(names(Lang::En, &["A", "B", "C"], 3), "A, B and C");
        assert_eq!(names(Lang::Es, &["A", "B", "C"], 3), "A, B y C");
        assert_eq!(names(Lang::Es, &["A", "B", "C", "D"], 2), "A, B y 2 más");
        assert_eq!(names(Lang::En, &["A"], 3), "A");
        assert_eq!(
            as_note("No hay brechas en el nivel objetivo."),
            "no hay brechas en el nivel objetivo"
        );
        assert_eq!(category(Lang::En, Category::Leadership, true), "lead");
        assert_eq!(category(Lang::Es, Category::Soft, false), "interpersonal");
    }
}
