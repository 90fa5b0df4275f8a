//! A profile file exactly as written ([`ProfileDoc`]): what a person writes, or what the
//! questionnaire saves, parsed strictly. Ratings and evidence are kept as written, in order
//! and with any repeated key, so that validation can refuse a skill rated twice instead of
//! silently keeping one of the two.

use std::borrow::Cow;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::ProfileError;
use super::review::{REVIEW_FIELDS, ReviewDoc};
use crate::input::{Origin, SyntaxError};
use crate::suggest::did_you_mean;

/// A profile file exactly as written.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Profile")]
pub struct ProfileDoc<'a> {
    /// Optional JSON Schema reference, for editors.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Id of the rubric the ratings are for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<String>,
    /// The person's name, shown in the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The team the person works in: a line, a shift, a cell or a site (any text, such as
    /// "Line 2 / nights"); `skillgap team --by-group` reports coverage per group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Id of the level the person aims at.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        borrow,
        deserialize_with = "borrowed_opt"
    )]
    pub target_level: Option<Cow<'a, str>>,
    /// Years of experience in production.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years_experience: Option<f64>,
    /// The highest education completed: `none`, `secondary` (a high-school diploma or
    /// GED), `associate`, `bachelor` or `master`. Some credentials' experience rules depend
    /// on it; when it is left out, the stricter rule applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education: Option<crate::rubric::Education>,
    /// Rating per skill id; `null` means not rated.
    #[serde(borrow)]
    pub ratings: RatingsDoc<'a>,
    /// Certifications already held: ids, or objects with the days they were earned and
    /// expire.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<CertEntry>,
    /// What the person has done that shows a rating, per skill id.
    #[serde(default, skip_serializing_if = "Evidence::is_empty")]
    pub evidence: Evidence,
    /// Reviews of the person by a supervisor, trainer, assessor or peer, each as a review
    /// file holds it (`skillgap schema review`).
    #[serde(default, skip_serializing_if = "Vec::is_empty", borrow)]
    pub reviews: Vec<ReviewDoc<'a>>,
}

/// A certification as a profile lists it: its id alone (`"osha-10"`), or an object with
/// the days it was earned and expires (`{"id": "pmi-pmp", "earned": "2024-05-01"}`). Days
/// are kept as text here and read in validation, so a mistake is reported with its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertEntry {
    /// The id alone.
    Id(String),
    /// The id with its days.
    Dated(DatedCert),
}

/// A certification with its days, as written.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatedCert {
    /// Id of the certification.
    pub id: String,
    /// The day it was earned, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earned: Option<String>,
    /// The first day it is no longer valid, YYYY-MM-DD; when left out, the rubric's
    /// `valid_years` after `earned`, else it does not expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

impl CertEntry {
    /// The certification's id.
    pub fn id(&self) -> &str {
        match self {
            CertEntry::Id(id) => id,
            CertEntry::Dated(d) => &d.id,
        }
    }
}

impl From<&str> for CertEntry {
    fn from(id: &str) -> Self {
        CertEntry::Id(id.to_string())
    }
}

impl Serialize for CertEntry {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CertEntry::Id(id) => serializer.serialize_str(id),
            CertEntry::Dated(d) => d.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CertEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> Visitor<'de> for EntryVisitor {
            type Value = CertEntry;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a certification id, or an object like {\"id\": \"pmi-pmp\", \"earned\": \"2024-05-01\", \"expires\": \"2027-05-01\"}")
            }
            fn visit_str<E>(self, v: &str) -> Result<CertEntry, E> {
                Ok(CertEntry::Id(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<CertEntry, A::Error> {
                DatedCert::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(CertEntry::Dated)
            }
        }
        deserializer.deserialize_any(EntryVisitor)
    }
}

impl schemars::JsonSchema for CertEntry {
    fn schema_name() -> Cow<'static, str> {
        "CertEntry".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let dated = generator.subschema_for::<DatedCert>();
        schemars::json_schema!({
            "description": "A certification held: its id, or an object with its id and the days it was earned and expires.",
            "anyOf": [{ "type": "string" }, dated]
        })
    }
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
                f.write_str("an object mapping skill ids to text, like {\"quality-control\": \"runs the SPC charts for line 2\"}")
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

/// An optional string that borrows from the input when it has no escapes.
fn borrowed_opt<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Cow<'a, str>>, D::Error> {
    Ok(Option::<Key<'a>>::deserialize(deserializer)?.map(|k| k.0))
}

/// A map key that borrows from the input when it has no escapes.
struct Key<'a>(Cow<'a, str>);

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
    fn read_numbers_exactly(&mut self, text: &'a str) {
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
                f.write_str("an object mapping skill ids to ratings, like {\"quality-control\": 2}")
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

impl<'a> ProfileDoc<'a> {
    /// Parses a profile file's text.
    pub fn from_json(text: &'a str, origin: &Origin) -> Result<ProfileDoc<'a>, ProfileError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        crate::input::expect_object(text, origin, "a profile").map_err(ProfileError::Syntax)?;
        let mut doc: ProfileDoc = serde_json::from_str(text).map_err(|e| {
            let mut err = SyntaxError::from_serde(origin, &e);
            add_field_suggestion(&mut err);
            ProfileError::Syntax(err)
        })?;
        // Whole numbers are read exactly by serde; the rare fraction is read again as text.
        doc.ratings.read_numbers_exactly(text);
        Ok(doc)
    }
}

const PROFILE_FIELDS: [&str; 11] = [
    "$schema",
    "rubric",
    "name",
    "group",
    "target_level",
    "years_experience",
    "education",
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
    if rest.contains("`earned`") {
        // Inside a certification object, not the profile itself.
        let fields = ["id", "earned", "expires"];
        err.message = format!(
            "unknown field \"{}\"{}; a certification has only the fields {}",
            field,
            did_you_mean(&field, fields),
            fields.join(", ")
        );
        return;
    }
    let (what, fields): (&str, &[&str]) = if rest.contains("`reviewer`") {
        ("a review", &REVIEW_FIELDS)
    } else {
        ("a profile", &PROFILE_FIELDS)
    };
    let hint = did_you_mean(&field, fields.iter().copied());
    err.message = format!(
        "unknown field \"{}\"{hint}; {what} has only the fields {}",
        field,
        fields.join(", ")
    );
}
