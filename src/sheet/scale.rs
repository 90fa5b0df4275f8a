//! The scale a skills matrix is scored on, and how each cell becomes a rating of the
//! rubric's scale (0 to its top, 4 for the built-in rubrics).
//!
//! - a range as wide as the rubric's (`0-4`, the default, or `1-5`): shifted;
//! - ILUO (`iluo`): the letters I, L, U, O and the quarter-circle marks ◔ ◑ ◕ ● are 1 to 4,
//!   and the empty circle ○ is 0;
//! - a declared mapping (`1=0,2=2,3=4` or `none=0,basic=1,...`) for anything else.
//!
//! A blank cell, "-", "n/a" or "not rated" is not rated, on every scale. A value that fits
//! no point of the scale is refused with what the scale accepts.

use std::fmt;

/// How a matrix's cells are scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scale {
    /// Whole numbers from `low`; `low` is 0 on the rubric's scale.
    Range {
        /// The lowest value.
        low: i64,
        /// The highest value.
        high: i64,
    },
    /// ILUO letters and quarter-circle marks.
    Iluo,
    /// Each value (folded to lower case) and the rating it stands for.
    Map(Vec<(String, u8)>),
}

impl Default for Scale {
    fn default() -> Self {
        Scale::Range { low: 0, high: 4 }
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scale::Range { low, high } => write!(f, "{low}–{high}"),
            Scale::Iluo => f.write_str("ILUO (I=1, L=2, U=3, O=4)"),
            Scale::Map(pairs) => {
                let parts: Vec<String> = pairs.iter().map(|(v, r)| format!("{v}={r}")).collect();
                write!(f, "{}", parts.join(", "))
            }
        }
    }
}

/// What a cell holds, on the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// A rating of the rubric's scale.
    Rated(u8),
    /// Not rated (blank, "-", "n/a").
    NotRated,
    /// Not asked ("not asked", as skillgap's workbook writes a skill a profile leaves out):
    /// left out of the profile.
    NotAsked,
}

/// Words and marks that mean "not rated" on every scale (folded to lower case).
const NOT_RATED: &[&str] = &[
    "",
    "-",
    "–",
    "—",
    "n/a",
    "na",
    "n.a.",
    "not rated",
    "not assessed",
    "?",
];

/// The quarter-circle marks of an ILUO chart, and the empty circle.
const CIRCLES: &[(char, u8)] = &[
    ('○', 0),
    ('◯', 0),
    ('◔', 1),
    ('◑', 2),
    ('◕', 3),
    ('●', 4),
    ('⬤', 4),
];

impl Scale {
    /// Reads `--scale`: `0-4`, `1-5` (any range as wide as the rubric's), `iluo`, or a
    /// mapping `VALUE=RATING,...`. `top` is the rubric's highest rating.
    pub fn parse(text: &str, top: u8) -> Result<Scale, String> {
        let t = text.trim();
        if t.eq_ignore_ascii_case("iluo") {
            return Ok(Scale::Iluo);
        }
        if t.contains('=') {
            let mut pairs = Vec::new();
            for part in t.split(',').filter(|p| !p.trim().is_empty()) {
                let Some((value, rating)) = part.split_once('=') else {
                    return Err(format!(
                        "\"{}\" is not VALUE=RATING; write the mapping as 1=0,2=1,3=2",
                        part.trim()
                    ));
                };
                let rating: u8 = rating
                    .trim()
                    .parse()
                    .ok()
                    .filter(|r| *r <= top)
                    .ok_or_else(|| {
                        format!(
                            "\"{}\" in --scale must map to a rating from 0 to {top}",
                            part.trim()
                        )
                    })?;
                let value = value.trim().to_lowercase();
                if value.is_empty() {
                    return Err(format!(
                        "\"{}\" maps nothing; write VALUE=RATING",
                        part.trim()
                    ));
                }
                if pairs.iter().any(|(v, _)| *v == value) {
                    return Err(format!("--scale maps \"{value}\" twice"));
                }
                pairs.push((value, rating));
            }
            if pairs.is_empty() {
                return Err("--scale holds no VALUE=RATING pairs".into());
            }
            return Ok(Scale::Map(pairs));
        }
        let range = t.split_once(['-', '–']).and_then(|(a, b)| {
            Some((a.trim().parse::<i64>().ok()?, b.trim().parse::<i64>().ok()?))
        });
        match range {
            Some((low, high)) if high - low == i64::from(top) => Ok(Scale::Range { low, high }),
            Some((low, high)) if high > low => Err(format!(
                "a {low}–{high} scale has {} points and the rubric's has {}; say how each maps onto 0–{top}, such as --scale {}",
                high - low + 1,
                u16::from(top) + 1,
                example_map(low, high, top)
            )),
            _ => Err(format!(
                "--scale takes a range as wide as the rubric's (0-{top} or 1-{}), iluo, or a mapping such as 1=0,2=2,3={top}",
                u16::from(top) + 1
            )),
        }
    }

    /// The rating a cell's text stands for; `Err` says what the scale accepts.
    pub fn read(&self, text: &str, top: u8) -> Result<Value, String> {
        // "2*" is how skillgap's own matrix marks a rating below the target: the rating is 2.
        let folded = text.trim().trim_end_matches('*').trim_end().to_lowercase();
        if NOT_RATED.contains(&folded.as_str()) {
            return Ok(Value::NotRated);
        }
        if folded == "not asked" {
            return Ok(Value::NotAsked);
        }
        match self {
            Scale::Range { low, high } => {
                let Some(n) = whole_number(&folded) else {
                    return Err(self.expected(top, &folded));
                };
                if n < *low || n > *high {
                    return Err(self.expected(top, &folded));
                }
                Ok(Value::Rated((n - low) as u8))
            }
            Scale::Iluo => {
                let mut chars = folded.chars();
                let (Some(c), None) = (chars.next(), chars.next()) else {
                    return Err(self.expected(top, &folded));
                };
                let letter = match c {
                    'i' => Some(1),
                    'l' => Some(2),
                    'u' => Some(3),
                    'o' => Some(4),
                    _ => CIRCLES.iter().find(|(m, _)| *m == c).map(|(_, r)| *r),
                };
                letter
                    .map(Value::Rated)
                    .ok_or_else(|| self.expected(top, &folded))
            }
            Scale::Map(pairs) => pairs
                .iter()
                .find(|(v, _)| *v == folded)
                .map(|(_, r)| Value::Rated(*r))
                .ok_or_else(|| self.expected(top, &folded)),
        }
    }

    /// What the scale accepts, with a hint when the value looks like another scale.
    fn expected(&self, top: u8, found: &str) -> String {
        let accepts = match self {
            Scale::Range { low, high } => format!("a whole number from {low} to {high}"),
            Scale::Iluo => "I, L, U or O (or ◔ ◑ ◕ ●, ○ for none)".to_string(),
            Scale::Map(pairs) => {
                let values: Vec<&str> = pairs.iter().map(|(v, _)| v.as_str()).collect();
                format!("one of {}", values.join(", "))
            }
        };
        let hint = match self {
            Scale::Range { .. } if is_iluo_mark(found) => {
                "; it looks like an ILUO mark: add --scale iluo".to_string()
            }
            Scale::Range { low, high } if whole_number(found).is_some_and(|n| n == high + 1) => {
                format!(
                    "; if the matrix is scored {}–{}, add --scale {}-{}",
                    low + 1,
                    high + 1,
                    low + 1,
                    high + 1
                )
            }
            Scale::Range { low: 0, .. }
                if whole_number(found).is_some_and(|n| n > i64::from(top)) =>
            {
                "; if the matrix uses another scale, add --scale with a mapping such as 1=0,2=1,3=2"
                    .to_string()
            }
            _ => String::new(),
        };
        format!("expected {accepts}, or blank, \"-\" or \"n/a\" for not rated{hint}")
    }
}

/// A whole number written as text: "3", "3.0" (as a workbook stores numbers).
fn whole_number(text: &str) -> Option<i64> {
    if let Ok(n) = text.parse::<i64>() {
        return Some(n);
    }
    let f: f64 = text.parse().ok()?;
    (f.fract() == 0.0 && f.abs() < 1e9).then_some(f as i64)
}

/// True for a letter or mark of the ILUO scale.
fn is_iluo_mark(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if "iluo".contains(c) || CIRCLES.iter().any(|(m, _)| *m == c))
}

/// A mapping from `low..=high` onto `0..=top`, spread evenly, to show in a message.
fn example_map(low: i64, high: i64, top: u8) -> String {
    let span = (high - low).max(1) as f64;
    (low..=high.min(low + 20))
        .map(|v| {
            let r = ((v - low) as f64 * f64::from(top) / span).round() as u8;
            format!("{v}={r}")
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_shift_onto_the_rubric_scale() {
        let s = Scale::parse("1-5", 4).unwrap();
        assert_eq!(s.read("1", 4), Ok(Value::Rated(0)));
        assert_eq!(s.read("5", 4), Ok(Value::Rated(4)));
        assert_eq!(s.read("5.0", 4), Ok(Value::Rated(4)));
        assert!(s.read("0", 4).is_err());
        assert!(s.read("6", 4).is_err());
        assert!(s.read("2.5", 4).is_err());
        let d = Scale::default();
        assert_eq!(d.read("4", 4), Ok(Value::Rated(4)));
        assert_eq!(d.read("2*", 4), Ok(Value::Rated(2)));
        assert_eq!(d.read(" n/A ", 4), Ok(Value::NotRated));
        assert_eq!(d.read("-", 4), Ok(Value::NotRated));
        assert_eq!(d.read("", 4), Ok(Value::NotRated));
    }

    #[test]
    fn a_range_of_another_width_asks_for_a_mapping() {
        let e = Scale::parse("1-3", 4).unwrap_err();
        assert!(e.contains("--scale 1=0,2=2,3=4"), "{e}");
        assert!(Scale::parse("4-0", 4).is_err());
        assert!(Scale::parse("x", 4).is_err());
    }

    #[test]
    fn iluo_letters_and_circles() {
        let s = Scale::Iluo;
        assert_eq!(s.read("I", 4), Ok(Value::Rated(1)));
        assert_eq!(s.read("l", 4), Ok(Value::Rated(2)));
        assert_eq!(s.read("U", 4), Ok(Value::Rated(3)));
        assert_eq!(s.read("O", 4), Ok(Value::Rated(4)));
        assert_eq!(s.read("◔", 4), Ok(Value::Rated(1)));
        assert_eq!(s.read("◑", 4), Ok(Value::Rated(2)));
        assert_eq!(s.read("◕", 4), Ok(Value::Rated(3)));
        assert_eq!(s.read("●", 4), Ok(Value::Rated(4)));
        assert_eq!(s.read("○", 4), Ok(Value::Rated(0)));
        assert!(s.read("3", 4).is_err());
        assert!(s.read("IL", 4).is_err());
    }

    #[test]
    fn messages_point_to_the_scale_that_fits() {
        let d = Scale::default();
        assert!(d.read("L", 4).unwrap_err().contains("--scale iluo"));
        assert!(d.read("5", 4).unwrap_err().contains("--scale 1-5"));
        assert!(
            d.read("great", 4)
                .unwrap_err()
                .contains("whole number from 0 to 4")
        );
    }

    #[test]
    fn mappings_are_declared() {
        let s = Scale::parse("None=0, Basic=1, Good=3", 4).unwrap();
        assert_eq!(s.read("basic", 4), Ok(Value::Rated(1)));
        assert_eq!(s.read("GOOD", 4), Ok(Value::Rated(3)));
        assert!(
            s.read("fair", 4)
                .unwrap_err()
                .contains("one of none, basic, good")
        );
        assert!(Scale::parse("a=5", 4).is_err());
        assert!(Scale::parse("a=1,a=2", 4).is_err());
    }
}
