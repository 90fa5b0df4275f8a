//! Rubrics: the skills of a career ladder, the scale they are rated on, what each level
//! requires, and the certifications and next steps that close gaps.
//!
//! A rubric is a JSON document (see `rubrics/production-specialist.json`, which is also
//! compiled into the binary). Loading parses it strictly (unknown fields are errors, so a
//! typo in a hand-written rubric is caught) and then validates it as a whole, listing every
//! problem at once with its JSON path, so a rubric author can fix them all in one pass.

mod builtin;
mod coverage;
mod doc;
mod education;
mod glossary;
mod problems;
mod rules;
mod texts;
pub mod translation;
mod validate;

pub use coverage::{CRITICAL_IMPORTANCE, CoverageDoc, CoverageRules};
pub use education::{Education, EducationRoute, Eligibility, Entry};
pub use glossary::GlossaryEntry;
pub(crate) use problems::ProblemList;
pub use problems::{Problem, RubricError};
pub use rules::{MAX_DEFINING, MIN_DEFINING};

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use crate::input::{Origin, SyntaxError};
use crate::suggest::did_you_mean;
use doc::RubricDoc;

/// The rubric shipped with skillgap and used when `--rubric` is not given.
pub const BUILTIN_PRODUCTION_SPECIALIST: &str =
    include_str!("../../rubrics/production-specialist.json");

/// The media production track, also built in.
pub const BUILTIN_MEDIA_PRODUCTION_SPECIALIST: &str =
    include_str!("../../rubrics/media-production-specialist.json");

/// The JSON Schema of a rubric file.
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(RubricDoc)
}

/// Identity of a rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RubricInfo {
    /// Rubric id.
    pub id: String,
    /// Rubric title.
    pub title: String,
    /// Rubric version.
    pub version: u32,
}

impl RubricInfo {
    /// The identity of `rubric`, as documents record it.
    pub fn of(rubric: &Rubric) -> RubricInfo {
        RubricInfo {
            id: rubric.id.clone(),
            title: rubric.title.clone(),
            version: rubric.version,
        }
    }
}

/// A point on the rating scale, such as `2 Working`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScalePoint {
    /// The number a person gives (0 is always the lowest point).
    pub value: u8,
    /// The short name of the point, such as "Working".
    pub label: String,
}

/// When a level counts as reached.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    /// Minimum readiness (0-100) for a level to count as reached.
    pub ready_readiness: f64,
    /// A gap this large in any one skill blocks a level whatever the readiness.
    pub blocking_gap: u8,
}

/// The years of experience a level usually comes with.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Years {
    /// Lower end of the band.
    pub min: u32,
    /// Upper end of the band; `null` for an open band such as "15+".
    pub max: Option<u32>,
}

impl fmt::Display for Years {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.max {
            Some(max) => write!(f, "{}-{} years", self.min, max),
            None => write!(f, "{}+ years", self.min),
        }
    }
}

/// Pay at a level, as the source gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    /// ISO currency code, such as "USD".
    pub currency: String,
    /// Median yearly pay.
    pub median: u32,
    /// Average yearly pay.
    pub average: u32,
    /// Where the figures come from, when the level's own `source` says more than that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// One rung of the career ladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Stable identifier, such as "senior".
    pub id: String,
    /// Job title, such as "Senior Production Specialist".
    pub title: String,
    /// Usual years of experience.
    pub years: Years,
    /// What a person at this level does.
    pub summary: String,
    /// The few skills (ids) that make this level a different job from the one below: each
    /// rises here, each is named in the level's `source` beside the line that says so, and
    /// every one must be met for the level to be met. The first level has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub defining_skills: Vec<String>,
    /// Pay at this level, where the source gives it.
    #[serde(default)]
    pub salary: Option<Salary>,
    /// What employers ask of a newcomer, where the source says (the first level's entry
    /// requirements).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Entry>,
    /// Where in the source material this level comes from.
    pub source: String,
}

/// Whether a skill is technical, soft or about leading people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// A technical skill, such as Inventory Management.
    Technical,
    /// A soft skill, such as Communication.
    Soft,
    /// Leading and developing people, and planning beyond one's own work, such as Training
    /// and Mentoring.
    Leadership,
}

impl Category {
    /// The category as a lowercase word.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Technical => "technical",
            Category::Soft => "soft",
            Category::Leadership => "leadership",
        }
    }
}

/// A skill of the rubric, validated, with its requirements indexed by level.
#[derive(Debug, Clone, PartialEq)]
pub struct Skill {
    /// Stable kebab-case identifier, such as "quality-control".
    pub id: String,
    /// Name as the source gives it.
    pub name: String,
    /// Technical or soft.
    pub category: Category,
    /// One line on what the skill is.
    pub description: String,
    /// Weight of the skill in readiness and priority, 1 to 5.
    pub importance: u8,
    /// Whether the team's coverage of the skill is critical: the rubric's `critical`, else
    /// an importance of [`CRITICAL_IMPORTANCE`] or more.
    pub critical: bool,
    /// One observable description per scale point.
    pub anchors: Vec<String>,
    /// Requirement at each level, in ladder order.
    pub required: Vec<u8>,
    /// Concrete actions that raise the skill: entry `r - 1` leads from rating `r - 1` to `r`.
    pub next_steps: Vec<Vec<String>>,
    /// Where in the source material this skill comes from.
    pub source: String,
}

/// A cost range in US dollars.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// Lower end in USD.
    pub min_usd: u32,
    /// Upper end in USD.
    pub max_usd: u32,
    /// True when the range is an estimate rather than a published fee.
    pub estimate: bool,
}

impl Salary {
    /// "USD 42,000 median".
    pub fn median_text(&self) -> String {
        format!("{} {} median", self.currency, thousands(self.median))
    }
}

impl fmt::Display for Cost {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.min_usd == self.max_usd {
            write!(f, "USD {}", thousands(self.min_usd))?;
        } else {
            write!(
                f,
                "USD {}-{}",
                thousands(self.min_usd),
                thousands(self.max_usd)
            )?;
        }
        if self.estimate {
            f.write_str(" (estimate)")?;
        }
        Ok(())
    }
}

/// Formats 12345 as "12,345".
pub fn thousands(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What kind of credential a certification entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CredentialKind {
    /// An exam-based certification.
    Certification,
    /// A certificate of completed training or a program.
    Certificate,
    /// A training card (such as OSHA outreach cards), which is not a certification.
    Card,
}

/// A credential that builds some of the rubric's skills.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    /// Stable identifier, such as "lss-green".
    pub id: String,
    /// Full name.
    pub name: String,
    /// Who awards it.
    pub issuer: String,
    /// Certification, certificate or training card.
    pub kind: CredentialKind,
    /// The skills it builds (ids), each with the rating its body of knowledge builds it to.
    pub skills: BTreeMap<String, u8>,
    /// Ids of the levels it suits.
    pub levels: Vec<String>,
    /// Typical preparation time.
    pub preparation: String,
    /// Typical cost.
    pub cost: Cost,
    /// What is needed before one can sit for it.
    pub prerequisites: String,
    /// Years of work experience its published rules ask for before one may sit for it, on the
    /// easiest route (0 when none); a person with fewer is told they are not yet eligible.
    /// With `education_routes`, the fewest years of any route.
    #[serde(default)]
    pub requires_years: f64,
    /// The credential (id) this one builds on: it is never recommended before that one,
    /// unless the person holds it or already rates above everything it builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builds_on: Option<String>,
    /// The years of experience asked for by the person's highest education, where the
    /// published rule depends on it; a route is open to anyone with at least its education.
    /// A person whose education is not known is held to the route that asks the most.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub education_routes: Vec<EducationRoute>,
    /// Years the credential stays valid after it is earned, when it must be renewed; a
    /// profile's `earned` day then gives its `expires` day. Left out when it does not
    /// expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_years: Option<u32>,
    /// Where the facts come from.
    pub source: String,
}

/// A route of formal education, with its cost and duration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EducationPath {
    /// Stable identifier.
    pub id: String,
    /// Name of the path.
    pub name: String,
    /// Typical cost.
    pub cost: Cost,
    /// Typical duration.
    pub duration: String,
    /// One sentence on who it suits.
    pub note: String,
    /// The levels (ids) it leads toward: a report shows the route when the person's next
    /// level or target is one of them, and every route when no level is reached yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    /// Where the facts come from.
    pub source: String,
}

/// FNV-1a: ids are short strings looked up millions of times when scoring a team, where the
/// default hasher's resistance to crafted collisions buys nothing (the ids come from the
/// rubric, and a few dozen of them at most).
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type IdMap = HashMap<String, usize, BuildHasherDefault<IdHasher>>;

/// A validated rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct Rubric {
    /// Stable identifier, such as "production-specialist".
    pub id: String,
    /// Human title.
    pub title: String,
    /// Version of the rubric's content.
    pub version: u32,
    /// Where the rubric comes from.
    pub source: String,
    /// The rating scale, from 0 upward.
    pub scale: Vec<ScalePoint>,
    /// When a level counts as reached.
    pub thresholds: Thresholds,
    /// When a team covers a skill.
    pub coverage: CoverageRules,
    /// The ladder, lowest level first.
    pub levels: Vec<Level>,
    /// The skills, technical first as the rubric lists them.
    pub skills: Vec<Skill>,
    /// Certifications that build the skills.
    pub certifications: Vec<Certification>,
    /// Formal education routes.
    pub education_paths: Vec<EducationPath>,
    /// The jargon the rubric's texts use, explained.
    pub glossary: Vec<GlossaryEntry>,
    /// Where the rubric was read from.
    pub origin: Origin,
    skill_index: IdMap,
    level_index: IdMap,
    cert_index: IdMap,
    /// Skill indexes each certification builds, in rubric order.
    cert_skills: Vec<Vec<usize>>,
    /// The rating each certification builds each of those skills to, in the same order.
    cert_builds: Vec<Vec<u8>>,
    /// Per level, what it requires of every skill, laid out for scoring.
    rows: Vec<LevelRow>,
    /// Every skill's importance, in rubric order.
    importance: Vec<u8>,
    /// Skill indexes in the alphabetical order of their ids, and each skill's place in it.
    by_id: Vec<usize>,
    by_id_place: Vec<usize>,
    /// Translations read from files beside a rubric file (`RUBRIC.LL.json`); a built-in
    /// rubric's are compiled in ([`BUILTIN_TRANSLATIONS`]) and read when asked for.
    pub(crate) translations: Vec<translation::Translation>,
}

/// Where the previous id was found, to guess the next one: ratings usually list skills in
/// the rubric's order or in alphabetical order (as JSON tools write objects), so the next id
/// is most often the one after the last, which costs one comparison instead of a hash.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdHint {
    next_in_rubric: usize,
    next_by_id: usize,
}

/// What one level requires of every skill, in rubric order: what scoring reads for every
/// level of every member of a team, laid out so that it reads each skill once, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRow {
    /// The rating required of each skill (0 when the level does not require it).
    pub required: Vec<u8>,
    /// Whether each skill is one of the level's defining skills, which must all be met.
    pub defining: Vec<bool>,
    /// Σ importance × requirement: what full readiness weighs.
    pub weight: u32,
}

impl Rubric {
    /// The rubric compiled into skillgap.
    pub fn builtin() -> Rubric {
        Rubric::from_builtin("production-specialist")
            .expect("production-specialist is a built-in rubric")
    }

    /// The rubric compiled into skillgap with this id (one of [`crate::catalog::BUILTINS`]),
    /// or `None` when no built-in rubric has it.
    ///
    /// Every start of skillgap loads one, so it is built with as little work as can be: its
    /// file was read into a compact form of its values when skillgap was built (see
    /// `build.rs`), and it is not validated again. [`Rubric::from_json`] reads the text,
    /// scans it for repeated keys and checks the rubric as a whole, which for the built-in
    /// rubrics the tests do (`tests/ladder.rs`, and `rubric::tests`, which also checks that
    /// both ways build the same rubric). Rubric files always go through
    /// [`Rubric::from_json`].
    ///
    /// # Panics
    ///
    /// When the built-in rubric is not even a rubric document: the binary was built from a
    /// broken tree, and there is nothing a user could do about it.
    pub fn from_builtin(id: &str) -> Option<Rubric> {
        let doc =
            builtin::doc(id)?.unwrap_or_else(|e| panic!("built-in rubric {id} is invalid: {e}"));
        Some(validate::from_trusted_doc(
            doc,
            Origin::Builtin(id.to_string()),
        ))
    }

    /// Parses and validates a rubric from JSON text.
    pub fn from_json(text: &str, origin: Origin) -> Result<Rubric, RubricError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        crate::input::expect_object(text, &origin, "a rubric").map_err(RubricError::Syntax)?;
        crate::input::reject_duplicate_keys(text, &origin).map_err(RubricError::Syntax)?;
        let doc: RubricDoc = serde_json::from_str(text)
            .map_err(|e| RubricError::Syntax(SyntaxError::from_serde(&origin, &e)))?;
        validate::from_doc(doc, origin)
    }

    /// The highest rating on the scale.
    pub fn max_rating(&self) -> u8 {
        // Validation guarantees at least two points and values equal to their position.
        (self.scale.len() - 1) as u8
    }

    /// The label of a scale point, such as "Working" for 2.
    pub fn scale_label(&self, value: u8) -> &str {
        self.scale
            .get(usize::from(value))
            .map_or("?", |p| p.label.as_str())
    }

    /// Index of the skill with this id.
    pub fn skill_index(&self, id: &str) -> Option<usize> {
        self.skill_index.get(id).copied()
    }

    /// Index of the skill with this id, trying the skills after the previous one first.
    pub fn skill_index_hinted(&self, id: &str, hint: &mut IdHint) -> Option<usize> {
        let found = self
            .likely_skills(*hint)
            .find(|&s| self.skills[s].id == id)
            .or_else(|| self.skill_index(id))?;
        *hint = self.hint_after(found);
        Some(found)
    }

    /// The skills the id after `hint` most likely names: the next in rubric order, then the
    /// next in alphabetical order.
    pub fn likely_skills(&self, hint: IdHint) -> impl Iterator<Item = usize> + '_ {
        let in_rubric = Some(hint.next_in_rubric).filter(|&s| s < self.skills.len());
        [in_rubric, self.by_id.get(hint.next_by_id).copied()]
            .into_iter()
            .flatten()
    }

    /// The hint after finding `skill`.
    pub fn hint_after(&self, skill: usize) -> IdHint {
        IdHint {
            next_in_rubric: skill + 1,
            next_by_id: self.by_id_place[skill] + 1,
        }
    }

    /// Index of the level with this id.
    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.level_index.get(id).copied()
    }

    /// Index of the certification with this id.
    pub fn cert_index(&self, id: &str) -> Option<usize> {
        self.cert_index.get(id).copied()
    }

    /// What level `level` requires of every skill.
    pub fn level_row(&self, level: usize) -> &LevelRow {
        &self.rows[level]
    }

    /// Every skill's importance, in rubric order.
    pub fn importances(&self) -> &[u8] {
        &self.importance
    }

    /// The defining skills of a level (see [`Level::defining_skills`]), in rubric order.
    pub fn defining_skills(&self, level: usize) -> Vec<usize> {
        (0..self.skills.len())
            .filter(|&s| self.rows[level].defining[s])
            .collect()
    }

    /// Indexes of the skills certification `cert` builds.
    pub fn cert_skills(&self, cert: usize) -> &[usize] {
        &self.cert_skills[cert]
    }

    /// The rating certification `cert` builds each of its skills to, in the order of
    /// [`Rubric::cert_skills`].
    pub fn cert_builds(&self, cert: usize) -> &[u8] {
        &self.cert_builds[cert]
    }

    /// Finds a level by id, or explains which ids exist.
    pub fn find_level(&self, id: &str) -> Result<usize, String> {
        self.level_index(id).ok_or_else(|| {
            crate::tr!(
                crate::i18n::process_lang(),
                "error-level-unknown",
                id = crate::text::terminal_safe(id).into_owned(),
                rubric = self.id.as_str(),
                suggestion = did_you_mean(id, self.levels.iter().map(|l| l.id.as_str())),
                levels = self
                    .levels
                    .iter()
                    .map(|l| l.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    }
}

#[cfg(test)]
mod tests;
