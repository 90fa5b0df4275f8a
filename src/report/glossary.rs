//! The words a report explains: the glossary terms its texts use, each once.
//!
//! A term is found in a text as a whole word or phrase: the characters on either side of it
//! are not letters or digits, so "Lean" is not found in "clean" nor "MES" in "times"; a
//! regular plural ("SOPs", "root causes") counts. A form written in lowercase is found in
//! any case ("kaizen" finds "Kaizen"), a form with a capital letter only as written, so an
//! acronym or a name is not found in the ordinary word spelt the same ("Lean" does not find
//! "lean on", "IT" not "it"). Where the forms of two entries overlap in a text, the longer
//! one is meant ("ISO 9001" rather than "ISO").
//!
//! Besides the rubric's glossary, a report explains its own words (readiness, gap, priority,
//! defining skill) with the rubric's thresholds: every report shows them. A rubric's glossary
//! may word them itself; its entry is then the one used.
//!
//! The entries come out in alphabetical order of their terms (case aside): the list stands
//! at the end of a report, where a reader looks a word up, and every format lists the same
//! terms in the same order whatever order it shows its sections in.

use super::verdict::share;
use super::{Report, ThresholdInfo};
use crate::i18n::Lang;
use crate::rubric::GlossaryEntry;
use crate::tr;

/// The entries of `glossary` whose term, or one of its other forms, occurs in any of
/// `texts`, each once, in alphabetical order of their terms.
pub fn used<'a>(
    glossary: &[GlossaryEntry],
    texts: impl IntoIterator<Item = &'a str>,
) -> Vec<GlossaryEntry> {
    let mut found = vec![false; glossary.len()];
    let mut matches: Vec<(usize, usize, usize)> = Vec::new();
    // Most forms occur in no text: a plain substring search (of the text lowercased char by
    // char, as `occurrences` compares, for a form found in any case) rules them out before
    // the word-by-word scan.
    let lower = |t: &str| t.chars().flat_map(char::to_lowercase).collect::<String>();
    let forms: Vec<(usize, &str, Option<String>)> = glossary
        .iter()
        .enumerate()
        .flat_map(|(e, entry)| entry.forms().map(move |f| (e, f)))
        .map(|(e, f)| {
            let any_case = !f.chars().any(char::is_uppercase);
            (e, f, any_case.then(|| lower(f.trim())))
        })
        .collect();
    for text in texts {
        matches.clear();
        let text_lower = lower(text);
        for (e, form, form_lower) in &forms {
            let may_occur = match form_lower {
                Some(l) => text_lower.contains(l.as_str()),
                None => text.contains(form.trim()),
            };
            if may_occur {
                matches.extend(occurrences(form, text).map(|(start, end)| (start, end, *e)));
            }
        }
        for &(start, end, e) in &matches {
            // A match inside a longer match of another entry belongs to that entry.
            let inside_longer = matches
                .iter()
                .any(|&(s, t, other)| other != e && s <= start && end <= t && t - s > end - start);
            if !inside_longer {
                found[e] = true;
            }
        }
    }
    let mut entries: Vec<GlossaryEntry> = glossary
        .iter()
        .zip(found)
        .filter(|(_, f)| *f)
        .map(|(entry, _)| entry.clone())
        .collect();
    entries.sort_by_cached_key(|entry| (entry.term.to_lowercase(), entry.term.clone()));
    entries
}

/// Where `form` occurs in `text` as a whole word or phrase (with a plural "s"), as byte
/// ranges. A form with a capital letter is matched as written, one without in any case.
fn occurrences<'t>(form: &str, text: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
    let form: Vec<char> = form.trim().chars().collect();
    let any_case = !form.iter().any(|c| c.is_uppercase());
    let same =
        move |a: char, b: char| a == b || (any_case && a.to_lowercase().eq(b.to_lowercase()));
    // Whole words: only where the form begins or ends with a letter or digit does the
    // character beside it matter ("R&D" and "lockout/tagout" have them inside).
    let word_start = form.first().is_some_and(|c| c.is_alphanumeric());
    let word_end = form.last().is_some_and(|c| c.is_alphanumeric());
    let usable = form.iter().any(|c| c.is_alphanumeric());
    let mut before: Option<char> = None;
    text.char_indices().filter_map(move |(start, first)| {
        let after_word = before.is_some_and(char::is_alphanumeric);
        before = Some(first);
        if !usable || (word_start && after_word) || !same(first, form[0]) {
            return None;
        }
        let mut rest = text[start..].chars();
        let mut end = start;
        for &f in &form {
            let c = rest.next().filter(|&c| same(c, f))?;
            end += c.len_utf8();
        }
        match rest.next() {
            Some(c) if word_end && c.is_alphanumeric() => {
                // A plural: "SOPs", "root causes"; not "Leaner" nor "MESSAGE".
                let plural = c == 's' && !rest.next().is_some_and(char::is_alphanumeric);
                plural.then_some((start, end + 1))
            }
            _ => Some((start, end)),
        }
    })
}

/// The report's own words, which every report shows, explained with its thresholds, in
/// `lang`.
pub fn report_words(t: &ThresholdInfo, lang: Lang) -> Vec<GlossaryEntry> {
    let source = tr!(lang, "report-glossary-source");
    let entry = |term: String, also: String, explanation: String| GlossaryEntry {
        term,
        also: also
            .split(", ")
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        explanation,
        source: source.clone(),
    };
    vec![
        entry(
            tr!(lang, "report-glossary-readiness"),
            String::new(),
            tr!(
                lang,
                "report-glossary-readiness-means",
                readiness = share(lang, t.ready_readiness),
                gap = t.blocking_gap
            ),
        ),
        entry(
            tr!(lang, "report-glossary-gap"),
            String::new(),
            tr!(lang, "report-glossary-gap-means", gap = t.blocking_gap),
        ),
        entry(
            tr!(lang, "report-glossary-priority"),
            String::new(),
            tr!(lang, "report-glossary-priority-means"),
        ),
        entry(
            tr!(lang, "report-glossary-defining"),
            tr!(lang, "report-glossary-defining-also"),
            tr!(lang, "report-glossary-defining-means"),
        ),
    ]
}

/// The glossary of a report: the entries of the rubric's glossary and of the report's own
/// words (where the rubric does not word them itself) that the report's texts use.
pub(super) fn of_report(report: &Report, rubric_glossary: &[GlossaryEntry]) -> Vec<GlossaryEntry> {
    let defined = |term: &str| {
        rubric_glossary
            .iter()
            .flat_map(GlossaryEntry::forms)
            .any(|form| form.trim().eq_ignore_ascii_case(term))
    };
    let mut glossary = rubric_glossary.to_vec();
    glossary.extend(
        report_words(&report.thresholds, report.lang)
            .into_iter()
            .filter(|own| !defined(&own.term)),
    );
    // Words every format shows around the texts below: the priority formula, and the rule
    // for a level (readiness, gap, defining skill).
    let shown = [
        tr!(report.lang, "report-glossary-priority-formula"),
        report.reach_rule(),
    ];
    used(
        &glossary,
        shown.iter().map(String::as_str).chain(texts(report)),
    )
}

/// Every text from the rubric and the profile that a report shows.
fn texts(r: &Report) -> impl Iterator<Item = &str> {
    let levels = r.levels.iter().map(|l| l.title.as_str());
    let skills = r
        .skills
        .iter()
        .flat_map(|s| [Some(s.name.as_str()), s.evidence.as_deref()])
        .flatten();
    let notes = r
        .disagreements
        .iter()
        .flat_map(|d| d.notes.iter().map(|n| n.note.as_str()));
    let certs = r.certifications.iter().flat_map(|c| {
        [&c.name, &c.issuer, &c.preparation, &c.prerequisites]
            .into_iter()
            .map(String::as_str)
            .chain(c.eligibility.as_deref())
            .chain(c.step_toward.as_ref().map(|s| s.name.as_str()))
    });
    let steps = r
        .next_steps
        .iter()
        .flat_map(|s| s.actions.iter().map(String::as_str));
    let education = r
        .education_paths
        .iter()
        .flat_map(|e| [e.name.as_str(), e.duration.as_str(), e.note.as_str()]);
    let held = r.credentials.iter().map(|c| c.name.as_str());
    [r.target_title.as_str(), r.salary.source.as_str()]
        .into_iter()
        .chain(r.summary.lines.iter().map(String::as_str))
        .chain(levels)
        .chain(skills)
        .chain(notes)
        .chain(certs)
        .chain(steps)
        .chain(education)
        .chain(held)
        .chain(r.warnings.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(term: &str, also: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            term: term.into(),
            also: also.iter().map(|a| a.to_string()).collect(),
            explanation: format!("about {term}"),
            source: "test".into(),
        }
    }

    fn terms(glossary: &[GlossaryEntry], texts: &[&str]) -> Vec<String> {
        used(glossary, texts.iter().copied())
            .into_iter()
            .map(|e| e.term)
            .collect()
    }

    #[test]
    fn terms_are_found_as_whole_words_only() {
        let g = [entry("Lean", &[]), entry("MES", &[]), entry("5S", &[])];
        assert!(terms(&g, &["Keep the area clean and lean on others"]).is_empty());
        assert!(terms(&g, &["Record times in the system; 15S is a part number"]).is_empty());
        assert_eq!(terms(&g, &["Apply Lean."]), ["Lean"]);
        assert_eq!(terms(&g, &["log it in the MES, then"]), ["MES"]);
        assert_eq!(terms(&g, &["a 5S event"]), ["5S"]);
        assert_eq!(terms(&g, &["(5S)"]), ["5S"]);
        assert_eq!(terms(&g, &["MES-based"]), ["MES"], "a hyphen ends a word");
        assert!(terms(&g, &["Leaner", "MESSAGE", "5Sx"]).is_empty());
    }

    #[test]
    fn lowercase_forms_match_any_case_and_capitalised_forms_only_as_written() {
        let g = [
            entry("kaizen", &[]),
            entry("IT", &[]),
            entry("Lean", &["lean manufacturing"]),
        ];
        assert_eq!(terms(&g, &["Kaizen events"]), ["kaizen"]);
        assert_eq!(terms(&g, &["KAIZEN"]), ["kaizen"]);
        assert!(terms(&g, &["it is done", "It works", "lean on it"]).is_empty());
        assert_eq!(terms(&g, &["ask IT for access"]), ["IT"]);
        assert_eq!(terms(&g, &["Lean Manufacturing basics"]), ["Lean"]);
        assert_eq!(terms(&g, &["a lean manufacturing course"]), ["Lean"]);
    }

    #[test]
    fn other_forms_and_plurals_find_their_entry_once() {
        let g = [
            entry("SPC", &["statistical process control"]),
            entry("bill of materials", &["bills of materials"]),
            entry("root cause", &[]),
            entry("SOP", &[]),
        ];
        let found = used(
            &g,
            [
                "Statistical process control charts",
                "SPC software",
                "bills of materials",
                "find the root causes",
                "revise the SOPs",
            ],
        );
        let names: Vec<&str> = found.iter().map(|e| e.term.as_str()).collect();
        assert_eq!(
            names,
            ["bill of materials", "root cause", "SOP", "SPC"],
            "each entry once, alphabetically"
        );
        assert_eq!(found[3].explanation, "about SPC");
        assert!(terms(&g, &["root causeway", "SOPS"]).is_empty());
    }

    #[test]
    fn the_longer_of_two_overlapping_terms_is_meant() {
        let g = [
            entry("ISO", &[]),
            entry("ISO 9001", &[]),
            entry("Six Sigma", &[]),
            entry("Lean", &[]),
        ];
        assert_eq!(terms(&g, &["an ISO 9001 audit"]), ["ISO 9001"]);
        assert_eq!(terms(&g, &["set ISO 400"]), ["ISO"]);
        // Two entries side by side are both meant.
        assert_eq!(terms(&g, &["Lean Six Sigma"]), ["Lean", "Six Sigma"]);
    }

    #[test]
    fn phrases_with_inner_punctuation_and_text_around_them_match() {
        let g = [
            entry("lockout/tagout", &[]),
            entry("poka-yoke", &[]),
            entry("R&D", &[]),
        ];
        assert_eq!(
            terms(
                &g,
                &["including lockout/tagout where trained", "Poka-yoke, R&D."]
            ),
            ["lockout/tagout", "poka-yoke", "R&D"]
        );
        assert!(terms(&g, &["lockout", "tagout", "R&Dx", "poka yoke"]).is_empty());
        // Text in other scripts around a term, and a term at the very end.
        assert_eq!(terms(&g, &["é R&D"]), ["R&D"]);
    }

    #[test]
    fn the_reports_own_words_use_its_thresholds() {
        let words = report_words(
            &ThresholdInfo {
                ready_readiness: 80.0,
                blocking_gap: 3,
            },
            Lang::En,
        );
        let readiness = &words[0];
        assert!(readiness.explanation.contains("80% or more"));
        assert!(readiness.explanation.contains("3 or more"));
        assert_eq!(
            terms(&words, &["Skills (priority = importance × gap)"]),
            ["gap", "priority"]
        );
        assert_eq!(terms(&words, &["two step-up skills"]), ["defining skill"]);
    }
}
