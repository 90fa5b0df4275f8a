//! A profile file exactly as written ([`ProfileDoc`]): what a person writes, or what the
//! questionnaire saves, parsed strictly. Ratings and evidence are kept as written, in order
//! and with any repeated key, so that validation can refuse a skill rated twice instead of
//! silently keeping one of the two.

use std::borrow::Cow;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::fields::{Evidence, Key, ProfileError, RatingsDoc, add_field_suggestion};
use super::review::ReviewDoc;
use crate::input::{Origin, SyntaxError};

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
    /// The language the person answered in (`en` or `es`): a re-assessment or a review of
    /// them asks in it, unless `--lang` says otherwise. Reports are scored the same in any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::i18n::Lang>,
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
    /// The day of the assessment, YYYY-MM-DD: the questionnaire writes it; older files
    /// without it still read, and reports say "date unknown".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date", "pattern" = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub assessed_on: Option<String>,
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

/// An optional string that borrows from the input when it has no escapes.
fn borrowed_opt<'de: 'a, 'a, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Cow<'a, str>>, D::Error> {
    Ok(Option::<Key<'a>>::deserialize(deserializer)?.map(|k| k.0))
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
