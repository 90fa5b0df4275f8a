//! The small phrases a report's sentences are made of, in the reader's language: days,
//! amounts, years, a reviewer's role, the basis of the scoring, an education. English keeps
//! the forms its reports always had (ISO days, "USD 42,000"), so that they read the same.

use crate::credentials::Date;
use crate::i18n::{self, Lang};
use crate::profile::{Basis, Role};
use crate::rubric::{Cost, Education, Salary, Years};
use crate::tr;

/// The years of experience a level usually comes with: "2-4 years", "15+ years".
pub fn years_band(lang: Lang, years: Years) -> String {
    let min = years.min.to_string();
    match years.max {
        Some(max) => tr!(lang, "report-years-band", min = min, max = max.to_string()),
        None => tr!(lang, "report-years-open", min = min),
    }
}

/// A day as `lang` writes it; English reports keep the ISO form they always had.
pub fn day_text(lang: Lang, day: Date) -> String {
    match lang {
        Lang::En => day.to_string(),
        _ => i18n::day(lang, day),
    }
}

/// A day the report holds as YYYY-MM-DD, as `lang` writes it (as given if it is no day).
pub(super) fn iso_day_text(lang: Lang, day: &str) -> String {
    match Date::parse(day) {
        Some(d) if lang != Lang::En => i18n::day(lang, d),
        _ => day.to_string(),
    }
}

/// A number as given (years of experience: "3", "2.5"), with `lang`'s decimal mark.
pub(super) fn plain_number(lang: Lang, value: f64) -> String {
    let text = value.to_string();
    match lang {
        Lang::En => text,
        _ => {
            let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
            i18n::number(lang, value, decimals)
        }
    }
}

/// "USD 100-300 (estimate)", in `lang`'s way with amounts.
pub(super) fn cost_text(lang: Lang, cost: &Cost) -> String {
    if lang == Lang::En {
        return cost.to_string();
    }
    let mut text = i18n::usd(lang, cost.min_usd);
    if cost.max_usd != cost.min_usd {
        text.push_str(&format!(
            "-{}",
            i18n::number(lang, f64::from(cost.max_usd), 0)
        ));
    }
    if cost.estimate {
        text = tr!(lang, "report-cost-estimate", cost = text);
    }
    text
}

/// "USD 42,000 median", in `lang`'s way with amounts.
pub(super) fn median_text(lang: Lang, pay: &Salary) -> String {
    if lang == Lang::En {
        return pay.median_text();
    }
    let amount = format!(
        "{} {}",
        pay.currency,
        i18n::number(lang, f64::from(pay.median), 0)
    );
    tr!(lang, "report-median", amount = amount)
}

/// What the basis means, in a sentence's words.
pub(super) fn basis_text(lang: Lang, basis: Basis) -> String {
    match basis {
        Basis::Own => tr!(lang, "report-basis-self"),
        Basis::Reviewed => tr!(lang, "report-basis-reviewed"),
        Basis::Lower => tr!(lang, "report-basis-lower"),
    }
}

/// The basis as a word before "ratings": "reviewed".
pub(super) fn basis_name(lang: Lang, basis: Basis) -> String {
    match basis {
        Basis::Own => tr!(lang, "report-basis-name-self"),
        Basis::Reviewed => tr!(lang, "report-basis-name-reviewed"),
        Basis::Lower => tr!(lang, "report-basis-name-lower"),
    }
}

/// A reviewer's role in words: "supervisor".
pub fn role_name(lang: Lang, role: Role) -> String {
    match role {
        Role::Supervisor => tr!(lang, "report-role-supervisor"),
        Role::Trainer => tr!(lang, "report-role-trainer"),
        Role::Peer => tr!(lang, "report-role-peer"),
        Role::Assessor => tr!(lang, "report-role-assessor"),
    }
}

/// An education inside a sentence: "a four-year degree".
pub(super) fn education_phrase(lang: Lang, e: Education) -> String {
    match e {
        Education::None => tr!(lang, "report-education-none"),
        Education::Secondary => tr!(lang, "report-education-secondary"),
        Education::Associate => tr!(lang, "report-education-associate"),
        Education::Bachelor => tr!(lang, "report-education-bachelor"),
        Education::Master => tr!(lang, "report-education-master"),
    }
}

/// "1 year", "3 years", "2.5 years".
pub fn years_text(lang: Lang, y: f64) -> String {
    if y == 1.0 {
        tr!(lang, "report-years-one")
    } else {
        tr!(lang, "report-years", years = plain_number(lang, y))
    }
}
