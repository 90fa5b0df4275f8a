//! Profiles: a person's self-ratings, target level, experience and certifications.
//!
//! A profile file ([`ProfileDoc`]) is what a person writes, or what the questionnaire saves.
//! It is parsed strictly and then validated against a rubric into a [`Profile`], whose
//! ratings are indexed by the rubric's skill order so that scoring never looks anything up
//! by name. Validation lists every problem at once, each with its JSON path, and refuses
//! anything that could silently lose an answer (such as a skill rated twice).

use std::borrow::Cow;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::input::{Origin, SyntaxError};
use crate::rubric::{Problem, ProblemList, Rubric};
use crate::suggest::did_you_mean;
use crate::text::terminal_safe;

/// The most years of experience a profile may claim.
pub const MAX_YEARS: f64 = 60.0;

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
    /// Rating per skill id; `null` means not rated.
    #[serde(borrow)]
    pub ratings: Ratings<'a>,
    /// Ids of certifications already held.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<String>,
    /// What the person has done that shows a rating, per skill id.
    #[serde(default, skip_serializing_if = "Evidence::is_empty")]
    pub evidence: Evidence,
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
pub struct Ratings<'a>(pub Vec<(Cow<'a, str>, RatingValue<'a>)>);

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

impl schemars::JsonSchema for Ratings<'_> {
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

impl Serialize for Ratings<'_> {
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

impl<'a> Ratings<'a> {
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

impl<'de: 'a, 'a> Deserialize<'de> for Ratings<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RatingsVisitor;
        impl<'de> Visitor<'de> for RatingsVisitor {
            type Value = Ratings<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object mapping skill ids to ratings, like {\"quality-control\": 2}")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ratings<'de>, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(24));
                while let Some((Key(k), v)) = map.next_entry::<Key<'de>, RatingValue<'de>>()? {
                    entries.push((k, v));
                }
                Ok(Ratings(entries))
            }
        }
        deserializer.deserialize_map(RatingsVisitor)
    }
}

/// A profile validated against a rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The person's name, exactly as given.
    pub name: Option<String>,
    /// Index of the level the person aims at, if they named one.
    pub target: Option<usize>,
    /// Years of experience, if given.
    pub years_experience: Option<f64>,
    /// Rating per skill, in rubric order; `None` when not rated.
    pub ratings: Vec<Option<u8>>,
    /// Indexes of certifications held, ascending.
    pub certifications: Vec<usize>,
    /// Evidence per skill, in rubric order.
    pub evidence: Vec<Option<String>>,
}

impl Profile {
    /// An empty profile for a rubric: nothing rated, nothing held.
    pub fn empty(rubric: &Rubric) -> Profile {
        Profile {
            name: None,
            target: None,
            years_experience: None,
            ratings: vec![None; rubric.skills.len()],
            certifications: Vec::new(),
            evidence: vec![None; rubric.skills.len()],
        }
    }

    /// Indexes of the skills that were not rated.
    pub fn not_rated(&self) -> Vec<usize> {
        (0..self.ratings.len())
            .filter(|&i| self.ratings[i].is_none())
            .collect()
    }

    /// Turns the profile back into a file that [`ProfileDoc::validate`] accepts unchanged.
    pub fn to_doc(&self, rubric: &Rubric) -> ProfileDoc<'static> {
        ProfileDoc {
            schema: None,
            rubric: Some(rubric.id.clone()),
            name: self.name.clone(),
            target_level: self.target.map(|t| Cow::Owned(rubric.levels[t].id.clone())),
            years_experience: self.years_experience,
            ratings: Ratings(
                rubric
                    .skills
                    .iter()
                    .zip(&self.ratings)
                    .map(|(s, r)| {
                        (
                            Cow::Owned(s.id.clone()),
                            r.map_or(RatingValue::Null, |r| RatingValue::Whole(u64::from(r))),
                        )
                    })
                    .collect(),
            ),
            certifications: self
                .certifications
                .iter()
                .map(|&c| rubric.certifications[c].id.clone())
                .collect(),
            evidence: Evidence(
                rubric
                    .skills
                    .iter()
                    .zip(&self.evidence)
                    .filter_map(|(s, e)| e.as_ref().map(|e| (s.id.clone(), e.clone())))
                    .collect(),
            ),
        }
    }
}

/// Why a profile could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// The text is not valid JSON, or a value has the wrong type.
    #[error("profile {0}")]
    Syntax(SyntaxError),
    /// The JSON is well formed but does not fit the rubric.
    #[error("profile {origin} has {} problem{}:{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, ProblemList(problems))]
    Invalid {
        /// Where the profile came from.
        origin: Origin,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// Options that change how strictly a profile is checked.
#[derive(Debug, Clone, Copy, Default)]
pub struct Strictness {
    /// Refuse profiles that leave a skill unrated.
    pub require_all_rated: bool,
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

    /// Checks the profile against a rubric, listing every problem found.
    pub fn validate(
        &self,
        rubric: &Rubric,
        origin: &Origin,
        strictness: Strictness,
    ) -> Result<Profile, ProfileError> {
        let mut profile = self.check(rubric, origin, strictness)?;
        profile.name = self.name.clone();
        Ok(profile)
    }

    /// Like [`ProfileDoc::validate`], moving the name out instead of copying it.
    pub fn into_profile(
        self,
        rubric: &Rubric,
        origin: &Origin,
        strictness: Strictness,
    ) -> Result<Profile, ProfileError> {
        let mut profile = self.check(rubric, origin, strictness)?;
        profile.name = self.name;
        Ok(profile)
    }

    /// Everything but the name.
    fn check(
        &self,
        rubric: &Rubric,
        origin: &Origin,
        strictness: Strictness,
    ) -> Result<Profile, ProfileError> {
        let mut problems = Vec::new();
        let mut profile = Profile::empty(rubric);

        if let Some(id) = &self.rubric
            && id != &rubric.id
        {
            problems.push(Problem {
                    path: "rubric".into(),
                    message: format!(
                        "the profile is for rubric \"{}\" but the rubric in use is \"{}\"; pass --rubric {} (an id, or the path of its file), or correct the field",
                        terminal_safe(id),
                        rubric.id,
                        terminal_safe(id)
                    ),
                });
        }

        if let Some(level) = &self.target_level {
            match rubric.find_level(level) {
                Ok(l) => profile.target = Some(l),
                Err(msg) => problems.push(Problem {
                    path: "target_level".into(),
                    message: msg,
                }),
            }
        }

        if let Some(years) = self.years_experience {
            if years.is_finite() && (0.0..=MAX_YEARS).contains(&years) {
                // -0 is 0: "-0 years" would puzzle anyone.
                profile.years_experience = Some(years + 0.0);
            } else {
                problems.push(Problem {
                    path: "years_experience".into(),
                    message: format!("is {years} but must be a number from 0 to {MAX_YEARS}"),
                });
            }
        }

        let skill_ids = || rubric.skills.iter().map(|s| s.id.as_str());
        let mut seen = vec![false; rubric.skills.len()];
        let mut hint = crate::rubric::IdHint::default();
        for (id, value) in &self.ratings.0 {
            // The path is only built for a problem: this loop runs for every rating of every
            // member of a team.
            let path = || key_path("ratings", id);
            let Some(skill) = rubric.skill_index_hinted(id, &mut hint) else {
                problems.push(Problem {
                    path: path(),
                    message: format!(
                        "is not a skill of rubric {}{}; `skillgap rubric show {}` lists the skill ids",
                        rubric.id,
                        did_you_mean(id, skill_ids()),
                        rubric.id
                    ),
                });
                continue;
            };
            if std::mem::replace(&mut seen[skill], true) {
                problems.push(Problem {
                    path: path(),
                    message: "appears more than once in ratings; keep only one rating per skill"
                        .into(),
                });
                continue;
            }
            match rating_value(value, rubric) {
                Ok(r) => profile.ratings[skill] = r,
                Err(message) => problems.push(Problem {
                    path: path(),
                    message,
                }),
            }
        }

        if strictness.require_all_rated {
            let missing = profile.not_rated();
            if !missing.is_empty() {
                problems.push(Problem {
                    path: "ratings".into(),
                    message: format!(
                        "--strict needs every skill rated, but {} {} not: {}",
                        missing.len(),
                        if missing.len() == 1 { "is" } else { "are" },
                        missing
                            .iter()
                            .map(|&i| rubric.skills[i].id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            }
        }

        let cert_ids = || rubric.certifications.iter().map(|c| c.id.as_str());
        for (i, id) in self.certifications.iter().enumerate() {
            match rubric.cert_index(id) {
                Some(c) => profile.certifications.push(c),
                None => problems.push(Problem {
                    path: format!("certifications[{i}]"),
                    message: format!(
                        "\"{}\" is not a certification of rubric {}{}; `skillgap rubric show {}` lists them",
                        terminal_safe(id),
                        rubric.id,
                        did_you_mean(id, cert_ids()),
                        rubric.id
                    ),
                }),
            }
        }
        profile.certifications.sort_unstable();
        profile.certifications.dedup();

        let mut seen = if self.evidence.is_empty() {
            Vec::new()
        } else {
            vec![false; rubric.skills.len()]
        };
        for (id, text) in &self.evidence.0 {
            match rubric.skill_index(id) {
                Some(s) if std::mem::replace(&mut seen[s], true) => problems.push(Problem {
                    path: key_path("evidence", id),
                    message: "appears more than once in evidence; put all of it in one text".into(),
                }),
                Some(s) => {
                    if !text.trim().is_empty() {
                        profile.evidence[s] = Some(text.clone());
                    }
                }
                None => problems.push(Problem {
                    path: key_path("evidence", id),
                    message: format!(
                        "is not a skill of rubric {}{}",
                        rubric.id,
                        did_you_mean(id, skill_ids())
                    ),
                }),
            }
        }

        if problems.is_empty() {
            Ok(profile)
        } else {
            Err(ProfileError::Invalid {
                origin: origin.clone(),
                problems,
            })
        }
    }
}

/// Reads and validates a profile in one step.
pub fn parse(
    text: &str,
    origin: &Origin,
    rubric: &Rubric,
    strictness: Strictness,
) -> Result<Profile, ProfileError> {
    ProfileDoc::from_json(text, origin)?.into_profile(rubric, origin, strictness)
}

/// Reads one rating: a whole number on the scale, or `null` for not rated.
fn rating_value(value: &RatingValue<'_>, rubric: &Rubric) -> Result<Option<u8>, String> {
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
    let allowed = format!(
        "use a whole number from 0 ({}) to {max} ({}), or null if not rated",
        rubric.scale_label(0),
        rubric.scale_label(max)
    );
    Err(match value {
        RatingValue::Whole(n) => format!("{n} is not on the rating scale; {allowed}"),
        RatingValue::Negative(n) => format!("{n} is not on the rating scale; {allowed}"),
        RatingValue::Fraction(f) => {
            format!("{} is not on the rating scale; {allowed}", terminal_safe(f))
        }
        RatingValue::Float(f) => format!("{f:?} is not on the rating scale; {allowed}"),
        RatingValue::Text(s) => format!(
            "is the text \"{}\", not a number; {allowed} (without quotes)",
            terminal_safe(s)
        ),
        RatingValue::Bool(b) => format!("is {b}, not a number; {allowed}"),
        RatingValue::Null | RatingValue::Compound => format!("is not a number; {allowed}"),
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

const PROFILE_FIELDS: [&str; 8] = [
    "$schema",
    "rubric",
    "name",
    "target_level",
    "years_experience",
    "ratings",
    "certifications",
    "evidence",
];

/// serde reports an unknown field with the whole list of expected ones; a single likely
/// correction is more useful to someone who typed `raitings`.
fn add_field_suggestion(err: &mut SyntaxError) {
    let Some(rest) = err.message.strip_prefix("unknown field `") else {
        return;
    };
    let Some(end) = rest.find('`') else { return };
    let field = rest[..end].to_string();
    let hint = did_you_mean(&field, PROFILE_FIELDS);
    err.message = format!(
        "unknown field \"{}\"{hint}; a profile has only the fields {}",
        field,
        PROFILE_FIELDS.join(", ")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rubric() -> Rubric {
        Rubric::builtin()
    }

    fn check(json: &str) -> Result<Profile, ProfileError> {
        parse(
            json,
            &Origin::Path("p.json".into()),
            &rubric(),
            Strictness::default(),
        )
    }

    fn problems(json: &str) -> Vec<Problem> {
        match check(json) {
            Err(ProfileError::Invalid { problems, .. }) => problems,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn valid_profile_is_indexed_by_rubric_order() {
        let p = check(
            r#"{"name":"Sam","target_level":"senior","years_experience":3,
                "ratings":{"quality-control":3,"budget-management":1,"communication":null},
                "certifications":["osha-10"],
                "evidence":{"quality-control":"first-article inspections"}}"#,
        )
        .unwrap();
        let r = rubric();
        let qc = r.skill_index("quality-control").unwrap();
        assert_eq!(p.ratings[qc], Some(3));
        assert_eq!(p.ratings[r.skill_index("communication").unwrap()], None);
        assert_eq!(p.target, r.level_index("senior"));
        assert_eq!(p.certifications, vec![r.cert_index("osha-10").unwrap()]);
        assert_eq!(p.evidence[qc].as_deref(), Some("first-article inspections"));
        assert_eq!(p.not_rated().len(), r.skills.len() - 2);
    }

    #[test]
    fn bad_ratings_are_all_reported_with_paths() {
        let p = problems(
            r#"{"ratings":{"quality-control":5,"communication":-1,"initiative":2.5,
                "adaptability":"3","collaboration":true,"quality-contrl":2}}"#,
        );
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "ratings.quality-control",
                "ratings.communication",
                "ratings.initiative",
                "ratings.adaptability",
                "ratings.collaboration",
                "ratings.quality-contrl"
            ]
        );
        assert!(p[0].message.contains("from 0 (None) to 4 (Expert)"));
        assert!(p[3].message.contains("without quotes"));
        assert!(p[5].message.contains("did you mean \"quality-control\""));
    }

    #[test]
    fn evidence_given_twice_is_refused() {
        let p = problems(r#"{"ratings":{},"evidence":{"initiative":"a","initiative":"b"}}"#);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "evidence.initiative");
    }

    #[test]
    fn a_skill_rated_twice_is_refused() {
        let p = problems(r#"{"ratings":{"initiative":1,"initiative":3}}"#);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "ratings.initiative");
    }

    #[test]
    fn unknown_level_certification_and_rubric_are_reported() {
        let p = problems(
            r#"{"rubric":"other","target_level":"senor","ratings":{},"certifications":["osha10"]}"#,
        );
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["rubric", "target_level", "certifications[0]"]);
        assert!(p[1].message.contains("did you mean \"senior\""));
        assert!(p[2].message.contains("did you mean \"osha-10\""));
    }

    #[test]
    fn misspelt_field_gets_a_suggestion_and_position() {
        let err = check("{\n  \"raitings\": {}\n}").unwrap_err().to_string();
        assert!(err.contains("p.json:2:"), "{err}");
        assert!(err.contains("did you mean \"ratings\""), "{err}");
    }

    #[test]
    fn strict_requires_every_skill() {
        let err = parse(
            r#"{"ratings":{"initiative":1}}"#,
            &Origin::Stdin,
            &rubric(),
            Strictness {
                require_all_rated: true,
            },
        )
        .unwrap_err()
        .to_string();
        let missing = rubric().skills.len() - 1;
        assert!(err.contains(&format!(
            "--strict needs every skill rated, but {missing} are not"
        )));
    }

    #[test]
    fn profile_round_trips_through_its_file_form() {
        let r = rubric();
        let p = check(
            r#"{"name":"Ana","target_level":"lead","ratings":{"initiative":4},
                "certifications":["lss-green"],"evidence":{"initiative":"ran a kaizen"}}"#,
        )
        .unwrap();
        let text = serde_json::to_string(&p.to_doc(&r)).unwrap();
        assert_eq!(check(&text).unwrap(), p);
    }

    #[test]
    fn odd_keys_are_quoted_in_paths() {
        assert_eq!(key_path("ratings", "a b"), "ratings[\"a b\"]");
        assert_eq!(key_path("ratings", "x\u{1b}"), "ratings[\"x\\u001b\"]");
    }
}
