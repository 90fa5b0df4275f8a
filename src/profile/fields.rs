//! What profile and review files share, below both in the module order: the `ratings` and
//! `evidence` (or `notes`) objects as written, how they are read against a rubric, the JSON
//! paths of their keys, the field names that "did you mean" offers, and the error a profile
//! file gives.

use std::borrow::Cow;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::input::{Origin, SyntaxError};
use crate::rubric::{Problem, ProblemList, Rubric};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe;

/// Why a profile could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The text is not valid JSON, or a value has the wrong type.
    #[error("{}", crate::tr!(crate::i18n::process_lang(), "error-profile-syntax", error = .0.to_string()))]
    Syntax(SyntaxError),
    /// The JSON is well formed but does not fit the rubric.
    #[error("{}{}", crate::tr!(crate::i18n::process_lang(), "error-profile-problems", origin = origin.to_string(), count = problems.len()), ProblemList(problems))]
    Invalid {
        /// Where the profile came from.
        origin: Origin,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// The `evidence` object, kept as written (in order, with any repeated key), so that a skill
/// given evidence twice is refused rather than one text silently dropped.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Evidence(pub Vec<(String, String)>);

impl Evidence {
    /// True when no evidence is given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EvidenceVisitor;
        impl<'de> Visitor<'de> for EvidenceVisitor {
            type Value = Evidence;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!(
                    crate::i18n::process_lang(),
                    "error-expected-evidence"
                ))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Evidence, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, String>()? {
                    entries.push(entry);
                }
                Ok(Evidence(entries))
            }
        }
        deserializer.deserialize_map(EvidenceVisitor)
    }
}

impl schemars::JsonSchema for Evidence {
    fn schema_name() -> Cow<'static, str> {
        "Evidence".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "What the person has done that shows a rating, per skill id.",
            "type": "object",
            "additionalProperties": { "type": "string" }
        })
    }
}

/// The `ratings` object, kept as written: in order and with any repeated key, so that
/// validation can refuse a skill rated twice instead of silently keeping the last value. Keys
/// borrow from the input where they can, which keeps scoring a large team cheap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RatingsDoc<'a>(pub Vec<(Cow<'a, str>, RatingValue<'a>)>);

/// A rating as written, before it is checked against the scale.
#[derive(Debug, Clone, PartialEq)]
pub enum RatingValue<'a> {
    /// `null`: not rated.
    Null,
    /// A whole number of zero or more.
    Whole(u64),
    /// A negative whole number.
    Negative(i64),
    /// A number that is not whole (or is beyond any scale), as written.
    Fraction(Cow<'a, str>),
    /// A number with a fraction or an exponent, before its text is read exactly (see
    /// [`ProfileDoc::from_json`]).
    Float(f64),
    /// A string, such as `"3"`.
    Text(Cow<'a, str>),
    /// `true` or `false`.
    Bool(bool),
    /// An array or an object.
    Compound,
}

impl schemars::JsonSchema for RatingsDoc<'_> {
    fn schema_name() -> Cow<'static, str> {
        "Ratings".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Rating per skill id: a whole number on the rubric's scale (0 None to 4 Expert in the built-in rubrics), or null for not rated. A skill left out counts as not rated.",
            "type": "object",
            "additionalProperties": {
                "type": ["integer", "null"],
                "minimum": 0
            }
        })
    }
}

impl Serialize for RatingsDoc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Serialize for RatingValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RatingValue::Null | RatingValue::Compound => serializer.serialize_unit(),
            RatingValue::Whole(n) => serializer.serialize_u64(*n),
            RatingValue::Negative(n) => serializer.serialize_i64(*n),
            RatingValue::Fraction(f) => serializer.serialize_f64(f.parse().unwrap_or(f64::NAN)),
            RatingValue::Float(f) => serializer.serialize_f64(*f),
            RatingValue::Text(t) => serializer.serialize_str(t),
            RatingValue::Bool(b) => serializer.serialize_bool(*b),
        }
    }
}

/// A map key that borrows from the input when it has no escapes.
pub(super) struct Key<'a>(pub(super) Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Key<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a skill id")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RatingValue<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = RatingValue<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a rating")
            }
            fn visit_unit<E>(self) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Null)
            }
            fn visit_none<E>(self) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Null)
            }
            fn visit_u64<E>(self, v: u64) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Whole(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<RatingValue<'de>, E> {
                Ok(if v >= 0 {
                    RatingValue::Whole(v as u64)
                } else {
                    RatingValue::Negative(v)
                })
            }
            fn visit_f64<E>(self, v: f64) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Float(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Bool(v))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<RatingValue<'de>, E> {
                Ok(RatingValue::Text(Cow::Owned(v.to_string())))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<RatingValue<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(RatingValue::Compound)
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RatingValue<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(RatingValue::Compound)
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// The ratings of a profile as raw JSON text, in order: read again only when a rating is a
/// number with a fraction or an exponent, whose floating-point value cannot tell
/// 3.9999999999999999 from 4.
#[derive(Deserialize)]
struct RawRatingsDoc<'a> {
    #[serde(borrow)]
    ratings: RawRatings<'a>,
}

struct RawRatings<'a>(Vec<&'a serde_json::value::RawValue>);

impl<'de: 'a, 'a> Deserialize<'de> for RawRatings<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = RawRatings<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of ratings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRatings<'de>, A::Error> {
                let mut values = Vec::new();
                while let Some((IgnoredAny, v)) = map.next_entry()? {
                    values.push(v);
                }
                Ok(RawRatings(values))
            }
        }
        deserializer.deserialize_map(RawVisitor)
    }
}

impl<'a> RatingsDoc<'a> {
    /// Replaces every rating read as a floating-point number by what its text says exactly.
    pub(super) fn read_numbers_exactly(&mut self, text: &'a str) {
        if !self
            .0
            .iter()
            .any(|(_, v)| matches!(v, RatingValue::Float(_)))
        {
            return;
        }
        let Ok(raw) = serde_json::from_str::<RawRatingsDoc<'a>>(text) else {
            return;
        };
        for ((_, value), raw) in self.0.iter_mut().zip(raw.ratings.0) {
            if let RatingValue::Float(_) = value {
                *value = number(raw.get());
            }
        }
    }
}

/// A JSON number as a rating: whole only when its text is exactly a whole number (`3`,
/// `3.0`, `30e-1`); `-0` is 0.
fn number(text: &str) -> RatingValue<'_> {
    // The common case, a few digits, costs one pass.
    if !text.is_empty() && text.len() < 20 && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().map_or(
            RatingValue::Fraction(Cow::Borrowed(text)),
            RatingValue::Whole,
        );
    }
    let not_whole = RatingValue::Fraction(Cow::Borrowed(text));
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, "0"),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = format!("{int}{frac}");
    let significant = digits.trim_start_matches('0');
    if significant.is_empty() {
        return RatingValue::Whole(0);
    }
    let Ok(exponent) = exponent.trim_start_matches('+').parse::<i64>() else {
        // An exponent beyond i64: far too large, or far too small to be whole.
        return not_whole;
    };
    let trimmed = significant.trim_end_matches('0');
    let scale = exponent - frac.len() as i64 + (significant.len() - trimmed.len()) as i64;
    if scale < 0 || trimmed.len() as i64 + scale > 19 {
        return not_whole;
    }
    let Some(value) = trimmed
        .parse::<u64>()
        .ok()
        .and_then(|v| v.checked_mul(10u64.checked_pow(scale as u32)?))
    else {
        return not_whole;
    };
    match (negative, i64::try_from(value)) {
        (false, _) => RatingValue::Whole(value),
        (true, Ok(v)) => RatingValue::Negative(-v),
        (true, Err(_)) => not_whole,
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RatingsDoc<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RatingsVisitor;
        impl<'de> Visitor<'de> for RatingsVisitor {
            type Value = RatingsDoc<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!(
                    crate::i18n::process_lang(),
                    "error-expected-ratings"
                ))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RatingsDoc<'de>, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(24));
                while let Some((Key(k), v)) = map.next_entry::<Key<'de>, RatingValue<'de>>()? {
                    entries.push((k, v));
                }
                Ok(RatingsDoc(entries))
            }
        }
        deserializer.deserialize_map(RatingsVisitor)
    }
}

/// The fields of a review, for "did you mean".
pub const REVIEW_FIELDS: [&str; 8] = [
    "$schema", "rubric", "person", "reviewer", "role", "date", "ratings", "notes",
];

const PROFILE_FIELDS: [&str; 12] = [
    "$schema",
    "rubric",
    "name",
    "group",
    "target_level",
    "years_experience",
    "education",
    "assessed_on",
    "ratings",
    "certifications",
    "evidence",
    "reviews",
];

/// serde reports an unknown field with the whole list of expected ones; a single likely
/// correction is more useful to someone who typed `raitings`. The list serde gives tells a
/// profile's fields from a review's (in a review file, or in a profile's `reviews`).
pub(super) fn add_field_suggestion(err: &mut SyntaxError) {
    let Some(rest) = err.message.strip_prefix("unknown field `") else {
        return;
    };
    let Some(end) = rest.find('`') else { return };
    let field = rest[..end].to_string();
    let lang = crate::i18n::process_lang();
    if rest.contains("`earned`") {
        // Inside a certification object, not the profile itself.
        let fields = ["id", "earned", "expires"];
        err.message = crate::tr!(
            lang,
            "error-field-unknown-certification",
            field = field.as_str(),
            suggestion = did_you_mean(&field, fields),
            fields = fields.join(", ")
        );
        return;
    }
    let fields: &[&str] = if rest.contains("`reviewer`") {
        &REVIEW_FIELDS
    } else {
        &PROFILE_FIELDS
    };
    let suggestion = did_you_mean(&field, fields.iter().copied());
    let fields_list = fields.join(", ");
    err.message = if rest.contains("`reviewer`") {
        crate::tr!(
            lang,
            "error-field-unknown-review",
            field = field.as_str(),
            suggestion = suggestion,
            fields = fields_list
        )
    } else {
        crate::tr!(
            lang,
            "error-field-unknown-profile",
            field = field.as_str(),
            suggestion = suggestion,
            fields = fields_list
        )
    };
}

/// Reads a `ratings` object (of a profile, or of a review) into `out`, in rubric order:
/// every key a known skill, rated once, on the scale. `null_means` says what `null` stands
/// for, in the messages ("not rated"; for a reviewer, "not observed").
pub(crate) fn read_ratings(
    ratings: &RatingsDoc<'_>,
    rubric: &Rubric,
    parent: &str,
    null_means: &str,
    out: &mut [Option<u8>],
    problems: &mut Vec<Problem>,
) {
    let skill_ids = || rubric.skills.iter().map(|s| s.id.as_str());
    let mut seen = vec![false; rubric.skills.len()];
    let mut hint = crate::rubric::IdHint::default();
    for (id, value) in &ratings.0 {
        // The path is only built for a problem: this loop runs for every rating of every
        // member of a team.
        let path = || key_path(parent, id);
        let Some(skill) = rubric.skill_index_hinted(id, &mut hint) else {
            problems.push(Problem {
                path: path(),
                message: crate::tr!(
                    crate::i18n::process_lang(),
                    "error-rating-unknown-skill",
                    rubric = rubric.id.as_str(),
                    suggestion = did_you_mean(id, skill_ids())
                ),
            });
            continue;
        };
        if std::mem::replace(&mut seen[skill], true) {
            problems.push(Problem {
                path: path(),
                message: crate::tr!(crate::i18n::process_lang(), "error-rating-twice"),
            });
            continue;
        }
        match rating_value(value, rubric, null_means) {
            Ok(r) => out[skill] = r,
            Err(message) => problems.push(Problem {
                path: path(),
                message,
            }),
        }
    }
}

/// Reads one rating: a whole number on the scale, or `null` for not rated.
fn rating_value(
    value: &RatingValue<'_>,
    rubric: &Rubric,
    null_means: &str,
) -> Result<Option<u8>, String> {
    let max = rubric.max_rating();
    if let RatingValue::Whole(v) = value
        && *v <= u64::from(max)
    {
        return Ok(Some(*v as u8));
    }
    if let RatingValue::Null = value {
        return Ok(None);
    }
    // A profile parsed without ProfileDoc::from_json keeps floating-point values: a whole
    // one on the scale is accepted, as spreadsheets write 3 as 3.0.
    if let RatingValue::Float(f) = value
        && f.fract() == 0.0
        && (0.0..=f64::from(max)).contains(f)
    {
        return Ok(Some(*f as u8));
    }
    let lang = crate::i18n::process_lang();
    // Callers say what null means in English ("not rated", "not observed").
    let null_means = match null_means {
        "not rated" => crate::tr!(lang, "error-null-not-rated"),
        "not observed" => crate::tr!(lang, "error-null-not-observed"),
        other => other.to_string(),
    };
    // The scale's words in the reader's language, from the rubric's translation when it has
    // one (read only here, when a rating is wrong).
    let translation = (lang != crate::i18n::Lang::En)
        .then(|| rubric.translation(lang))
        .flatten();
    let label = |value: u8| {
        translation
            .as_ref()
            .and_then(|t| t.scale.get(&value.to_string()).cloned())
            .unwrap_or_else(|| rubric.scale_label(value).to_string())
    };
    let allowed = crate::tr!(
        lang,
        "error-rating-allowed",
        low = label(0),
        max = max.to_string(),
        high = label(max),
        null_means = null_means
    );
    let off_scale = |value: String| {
        crate::tr!(
            lang,
            "error-rating-off-scale",
            value = value,
            allowed = allowed.as_str()
        )
    };
    Err(match value {
        RatingValue::Whole(n) => off_scale(n.to_string()),
        RatingValue::Negative(n) => off_scale(n.to_string()),
        RatingValue::Fraction(f) => off_scale(terminal_safe(f).into_owned()),
        RatingValue::Float(f) => off_scale(format!("{f:?}")),
        RatingValue::Text(s) => crate::tr!(
            lang,
            "error-rating-text",
            text = terminal_safe(s).into_owned(),
            allowed = allowed.as_str()
        ),
        RatingValue::Bool(b) => crate::tr!(
            lang,
            "error-rating-bool",
            value = b.to_string(),
            allowed = allowed.as_str()
        ),
        RatingValue::Null | RatingValue::Compound => {
            crate::tr!(lang, "error-rating-not-number", allowed = allowed.as_str())
        }
    })
}

/// `parent.key` for plain keys, `parent["key"]` for keys with other characters.
pub fn key_path(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain {
        format!("{parent}.{key}")
    } else {
        format!(
            "{parent}[{}]",
            terminal_safe(&serde_json::to_string(key).unwrap_or_default())
        )
    }
}
