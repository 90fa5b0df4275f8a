//! serde_json's messages ("invalid type: integer `5`, expected a string") in the language of
//! errors. serde_json writes only English, and its messages say where a file is wrong, so
//! they are kept whole and put in other words here, when they are shown: skillgap reads
//! them first (for "did you mean", and to choose a hint) in serde_json's own words.
//!
//! What no rule here knows is shown as serde_json wrote it, never dropped.

use crate::i18n::Lang;
use crate::tr;

/// `message`, a serde_json message, in `lang`; as it is in English.
pub fn in_lang(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    whole(lang, message)
        .or_else(|| with_values(lang, message))
        .unwrap_or_else(|| message.to_string())
}

/// Messages that are a fixed sentence, or start with one.
fn whole(lang: Lang, message: &str) -> Option<String> {
    let text = match message {
        m if m.starts_with("EOF while parsing") => tr!(lang, "error-json-eof"),
        "trailing characters" => tr!(lang, "error-json-trailing-characters"),
        "trailing comma" => tr!(lang, "error-json-trailing-comma"),
        "expected value" => tr!(lang, "error-json-expected-value"),
        "key must be a string" => tr!(lang, "error-json-key-string"),
        "invalid number" => tr!(lang, "error-json-invalid-number"),
        "number out of range" => tr!(lang, "error-json-number-range"),
        "invalid escape" => tr!(lang, "error-json-invalid-escape"),
        "recursion limit exceeded" => tr!(lang, "error-json-too-deep"),
        m if m.starts_with("control character") => tr!(lang, "error-json-control-character"),
        _ => return None,
    };
    Some(text)
}

/// Messages that quote the file: a value, a field, what was expected.
fn with_values(lang: Lang, message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(tr!(
            lang,
            "error-json-invalid-type",
            found = thing(lang, found),
            expected = thing(lang, expected)
        ));
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        return Some(tr!(
            lang,
            "error-json-invalid-value",
            found = thing(lang, found),
            expected = thing(lang, expected)
        ));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, choices) = rest.split_once(", expected ")?;
        return Some(tr!(
            lang,
            "error-json-unknown-variant",
            value = value,
            choices = choices_in(lang, choices)
        ));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, choices) = rest.split_once(", expected ")?;
        return Some(tr!(
            lang,
            "error-json-unknown-field",
            field = field,
            choices = choices_in(lang, choices)
        ));
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return Some(tr!(lang, "error-json-missing-field", field = field));
    }
    if let Some(field) = message.strip_prefix("duplicate field ") {
        return Some(tr!(lang, "error-json-duplicate-field", field = field));
    }
    if let Some(what) = message.strip_prefix("expected ") {
        return Some(tr!(
            lang,
            "error-json-expected",
            what = choices_in(lang, what)
        ));
    }
    None
}

/// "one of `a`, `b`" or "`a` or `b`" in `lang`.
fn choices_in(lang: Lang, choices: &str) -> String {
    let choices = match choices.strip_prefix("one of ") {
        Some(list) => tr!(lang, "error-json-one-of", choices = list),
        None => choices.to_string(),
    };
    choices.replace("` or `", &tr!(lang, "error-json-or"))
}

/// A value as serde_json names it ("integer `5`", "a sequence", skillgap's "a profile (a
/// JSON object with \"ratings\")") in `lang`; what no rule knows stays as it is.
fn thing(lang: Lang, text: &str) -> String {
    let with_value = [
        ("integer ", tr!(lang, "error-json-integer")),
        ("floating point ", tr!(lang, "error-json-float")),
        ("boolean ", tr!(lang, "error-json-boolean")),
        ("string ", tr!(lang, "error-json-string")),
    ];
    for (english, words) in &with_value {
        if let Some(value) = text.strip_prefix(english) {
            return format!("{words} {value}");
        }
    }
    match text {
        "null" | "unit value" => "null".to_string(),
        "map" | "a map" => tr!(lang, "error-json-map"),
        "sequence" | "a sequence" => tr!(lang, "error-json-sequence"),
        "a string" | "a borrowed string" => tr!(lang, "error-json-a-string"),
        "a boolean" => tr!(lang, "error-json-a-boolean"),
        "a number" => tr!(lang, "error-json-a-number"),
        "a whole number" => tr!(lang, "error-json-a-whole-number"),
        "a whole number from 0 to 255" => tr!(lang, "error-json-a-small-number"),
        "a profile (a JSON object with \"ratings\")" => tr!(lang, "error-json-a-profile"),
        "a rubric (a JSON object)" => tr!(lang, "error-json-a-rubric"),
        "a skill (a JSON object)" => tr!(lang, "error-json-a-skill"),
        "a level (a JSON object)" => tr!(lang, "error-json-a-level"),
        "a certification (a JSON object)" => tr!(lang, "error-json-a-certification"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_put_in_spanish_and_stay_as_they_are_in_english() {
        let message = "invalid type: integer `5`, expected a string";
        assert_eq!(in_lang(Lang::En, message), message);
        let es = in_lang(Lang::Es, message);
        assert!(es.contains("número entero `5`"), "{es}");
        assert!(es.contains("un texto"), "{es}");
        assert!(!es.contains("invalid type"), "{es}");
        let es = in_lang(Lang::Es, "expected `,` or `}`");
        assert_eq!(es, "se esperaba `,` o `}`");
        let es = in_lang(Lang::Es, "unknown variant `hard`, expected one of `a`, `b`");
        assert!(
            es.contains("`hard`") && es.contains("uno de `a`, `b`"),
            "{es}"
        );
        assert_eq!(in_lang(Lang::Es, "something new"), "something new");
    }
}
