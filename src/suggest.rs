//! "Did you mean" suggestions for ids that are almost right.

use crate::text::terminal_safe;

/// The candidate closest to `input`, if one is close enough to be a likely typo. A
/// candidate whose name matches ignoring case and punctuation also counts, so a skill
/// written by its full name points to its id.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = fold(input);
    let mut best: Option<(f64, &'a str)> = None;
    for c in candidates {
        if fold(c) == folded {
            return Some(c);
        }
        let score = strsim::jaro_winkler(&input.to_lowercase(), &c.to_lowercase());
        if score >= 0.85 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// `"; did you mean \"x\"?"`, or nothing when no candidate is close.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match closest(input, candidates) {
        // The leading space keeps the message's own words apart from it.
        Some(c) => format!(
            " {}",
            crate::tr!(
                crate::i18n::process_lang(),
                "error-did-you-mean",
                id = terminal_safe(c).into_owned()
            )
        ),
        None => String::new(),
    }
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_are_suggested_and_strangers_are_not() {
        let ids = ["quality-control", "inventory-management", "communication"];
        assert_eq!(closest("quality-contrl", ids), Some("quality-control"));
        assert_eq!(closest("Quality Control", ids), Some("quality-control"));
        assert_eq!(closest("comunication", ids), Some("communication"));
        assert_eq!(closest("welding", ids), None);
        assert_eq!(did_you_mean("welding", ids), "");
        assert_eq!(
            did_you_mean("inventory", ids),
            " (did you mean \"inventory-management\"?)"
        );
    }
}
