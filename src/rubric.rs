//! Rubrics: the skills of a career ladder, the scale they are rated on, what each level
//! requires, and the certifications and next steps that close gaps.
//!
//! A rubric is a JSON document (see `rubrics/production-specialist.json`, which is also
//! compiled into the binary). Loading parses it strictly (unknown fields are errors, so a
//! typo in a hand-written rubric is caught) and then validates it as a whole, listing every
//! problem at once with its JSON path, so a rubric author can fix them all in one pass.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use crate::input::{Origin, SyntaxError};
use crate::suggest::did_you_mean;

/// The rubric shipped with skillgap and used when `--rubric` is not given.
pub const BUILTIN_PRODUCTION_SPECIALIST: &str =
    include_str!("../rubrics/production-specialist.json");

/// The media production track, also built in.
pub const BUILTIN_MEDIA_PRODUCTION_SPECIALIST: &str =
    include_str!("../rubrics/media-production-specialist.json");

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
    /// Pay at this level, where the source gives it.
    #[serde(default)]
    pub salary: Option<Salary>,
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

/// A skill as written in a rubric file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct SkillDoc {
    id: String,
    name: String,
    category: Category,
    description: String,
    importance: u8,
    anchors: Vec<String>,
    required: BTreeMap<String, u8>,
    /// Per rating a step leads to ("1" up to the top of the scale), what to do to get there.
    #[serde(deserialize_with = "steps_by_rating")]
    #[schemars(with = "BTreeMap<String, Vec<String>>")]
    next_steps: BTreeMap<String, Vec<String>>,
    source: String,
}

/// Reads `next_steps`, explaining the change when a rubric still gives one plain list.
fn steps_by_rating<'de, D>(d: D) -> Result<BTreeMap<String, Vec<String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Steps;
    impl<'de> serde::de::Visitor<'de> for Steps {
        type Value = BTreeMap<String, Vec<String>>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object from each rating (\"1\", \"2\", ...) to a list of steps")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
            Err(serde::de::Error::custom(
                "next_steps is a list, but since rubric format 2 it maps each rating to the steps \
                 that lead to it, such as {\"1\": [\"...\"], \"2\": [\"...\"]}",
            ))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    d.deserialize_any(Steps)
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
    /// Years of work experience its published rules ask for before one may sit for it (0 when
    /// none); a person with fewer is told they are not yet eligible.
    #[serde(default)]
    pub requires_years: f64,
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
    /// Where the facts come from.
    pub source: String,
}

/// A rubric file exactly as written.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Rubric")]
struct RubricDoc {
    /// Optional JSON Schema reference, for editors.
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    id: String,
    title: String,
    version: u32,
    source: String,
    scale: Vec<ScalePoint>,
    thresholds: Thresholds,
    levels: Vec<Level>,
    skills: Vec<SkillDoc>,
    #[serde(default)]
    certifications: Vec<Certification>,
    #[serde(default)]
    education_paths: Vec<EducationPath>,
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
#[derive(Debug, Clone)]
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
    /// The ladder, lowest level first.
    pub levels: Vec<Level>,
    /// The skills, technical first as the rubric lists them.
    pub skills: Vec<Skill>,
    /// Certifications that build the skills.
    pub certifications: Vec<Certification>,
    /// Formal education routes.
    pub education_paths: Vec<EducationPath>,
    /// Where the rubric was read from.
    pub origin: Origin,
    skill_index: IdMap,
    level_index: IdMap,
    cert_index: IdMap,
    /// Skill indexes each certification builds, in rubric order.
    cert_skills: Vec<Vec<usize>>,
    /// The rating each certification builds each of those skills to, in the same order.
    cert_builds: Vec<Vec<u8>>,
    /// Per level, the skills it requires.
    needs: Vec<Vec<Need>>,
    /// Skill indexes in the alphabetical order of their ids, and each skill's place in it.
    by_id: Vec<usize>,
    by_id_place: Vec<usize>,
}

/// Where the previous id was found, to guess the next one: ratings usually list skills in
/// the rubric's order or in alphabetical order (as JSON tools write objects), so the next id
/// is most often the one after the last, which costs one comparison instead of a hash.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdHint {
    next_in_rubric: usize,
    next_by_id: usize,
}

/// One skill a level requires, with what scoring needs of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    /// Skill index.
    pub skill: usize,
    /// Requirement at the level (more than 0).
    pub required: u8,
    /// The skill's importance.
    pub importance: u8,
    /// Whether the requirement is higher than at the level below (a step-up skill).
    pub step_up: bool,
}

/// One problem found while validating a rubric or profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, such as `skills[3].anchors`.
    pub path: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote ids and text from files: a line break in them must not start a
        // line of its own.
        let message = crate::text::terminal_safe(&self.message);
        if self.path.is_empty() {
            f.write_str(&message)
        } else {
            write!(f, "{}: {message}", crate::text::terminal_safe(&self.path))
        }
    }
}

/// Writes a list of problems, one per line, indented under a heading.
pub(crate) fn write_problems(f: &mut fmt::Formatter<'_>, problems: &[Problem]) -> fmt::Result {
    for p in problems {
        write!(f, "\n  - {p}")?;
    }
    Ok(())
}

/// Why a rubric could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RubricError {
    /// The text is not valid JSON, or a value has the wrong type.
    #[error("rubric {0}")]
    Syntax(SyntaxError),
    /// The JSON is well formed but the rubric does not hold together.
    #[error("rubric {origin} has {} problem{}:{}", problems.len(), if problems.len() == 1 { "" } else { "s" }, ProblemList(problems))]
    Invalid {
        /// Where the rubric came from.
        origin: Origin,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// Displays a list of problems; used inside error messages.
pub(crate) struct ProblemList<'a>(pub &'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_problems(f, self.0)
    }
}

/// The two rules that keep a ladder meaningful: a requirement never falls from one level to
/// the next (the ladder is cumulative), and every level after the first asks more than the one
/// below in at least one skill (its step-up skills). Without the second, a person who meets
/// the lower level would be told they had reached the higher one as well.
fn ladder_problems(levels: &[Level], docs: &[SkillDoc], skills: &[Skill], out: &mut Vec<Problem>) {
    for (i, skill) in skills.iter().enumerate() {
        for l in 1..levels.len() {
            let (below, here) = (skill.required[l - 1], skill.required[l]);
            if here < below {
                out.push(Problem {
                    path: format!("skills[{i}].required.{}", levels[l].id),
                    message: format!(
                        "is {here}, below the {below} that \"{}\" requires at \"{}\"; requirements may not fall from one level to the next (the ladder is cumulative)",
                        docs[i].name, levels[l - 1].id
                    ),
                });
            }
        }
    }
    for l in 1..levels.len() {
        if skills.iter().all(|s| s.required[l] <= s.required[l - 1]) {
            out.push(Problem {
                path: format!("levels[{l}]"),
                message: format!(
                    "\"{}\" requires nothing more than \"{}\", so the two levels cannot be told apart; raise the requirement of at least one skill at \"{}\"",
                    levels[l].id,
                    levels[l - 1].id,
                    levels[l].id
                ),
            });
        }
    }
}

impl Rubric {
    /// The rubric compiled into skillgap.
    pub fn builtin() -> Rubric {
        // The built-in rubric is checked by a unit test, so failing here means the binary
        // was built from a broken tree; there is nothing a user could do about it.
        Rubric::from_json(
            BUILTIN_PRODUCTION_SPECIALIST,
            Origin::Builtin("production-specialist".into()),
        )
        .unwrap_or_else(|e| panic!("the built-in rubric is invalid: {e}"))
    }

    /// Parses and validates a rubric from JSON text.
    pub fn from_json(text: &str, origin: Origin) -> Result<Rubric, RubricError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        crate::input::expect_object(text, &origin, "a rubric").map_err(RubricError::Syntax)?;
        crate::input::reject_duplicate_keys(text, &origin).map_err(RubricError::Syntax)?;
        let doc: RubricDoc = serde_json::from_str(text)
            .map_err(|e| RubricError::Syntax(SyntaxError::from_serde(&origin, &e)))?;
        Rubric::from_doc(doc, origin)
    }

    fn from_doc(doc: RubricDoc, origin: Origin) -> Result<Rubric, RubricError> {
        let mut problems = Vec::new();
        let mut push = |path: String, message: String| problems.push(Problem { path, message });

        if doc.id.trim().is_empty() {
            push(
                "id".into(),
                "is empty; give the rubric a short id such as \"my-ladder\"".into(),
            );
        }
        if doc.scale.len() < 2 {
            push(
                "scale".into(),
                "needs at least two points (for example 0 None to 4 Expert)".into(),
            );
        }
        for (i, point) in doc.scale.iter().enumerate() {
            if usize::from(point.value) != i {
                push(
                    format!("scale[{i}].value"),
                    format!(
                        "is {} but should be {i}: scale points count up from 0 in steps of 1",
                        point.value
                    ),
                );
            }
        }
        let max_rating = doc.scale.len().saturating_sub(1);
        let t = doc.thresholds;
        if !(t.ready_readiness.is_finite() && (0.0..=100.0).contains(&t.ready_readiness)) {
            push(
                "thresholds.ready_readiness".into(),
                format!("is {} but must be between 0 and 100", t.ready_readiness),
            );
        }
        if t.blocking_gap == 0 {
            push(
                "thresholds.blocking_gap".into(),
                "is 0, which would block every level; use 1 or more".into(),
            );
        }

        if doc.levels.is_empty() {
            push(
                "levels".into(),
                "is empty; a rubric needs at least one level on its ladder".into(),
            );
        }
        let mut level_index = IdMap::default();
        for (i, level) in doc.levels.iter().enumerate() {
            if level.id.trim().is_empty() {
                push(format!("levels[{i}].id"), "is empty".into());
            } else if level_index.insert(level.id.clone(), i).is_some() {
                push(
                    format!("levels[{i}].id"),
                    format!(
                        "\"{}\" is used by an earlier level; ids must be unique",
                        level.id
                    ),
                );
            }
            if let Some(max) = level.years.max
                && max < level.years.min
            {
                push(
                    format!("levels[{i}].years"),
                    format!("max ({max}) is below min ({})", level.years.min),
                );
            }
        }
        let level_ids: Vec<&str> = doc.levels.iter().map(|l| l.id.as_str()).collect();

        if doc.skills.is_empty() {
            push(
                "skills".into(),
                "is empty; a rubric needs at least one skill".into(),
            );
        }
        let mut skill_index = IdMap::default();
        let mut skills = Vec::with_capacity(doc.skills.len());
        for (i, s) in doc.skills.iter().enumerate() {
            let at = |field: &str| format!("skills[{i}].{field}");
            if s.id.trim().is_empty() {
                push(at("id"), "is empty".into());
            } else if skill_index.insert(s.id.clone(), i).is_some() {
                push(
                    at("id"),
                    format!(
                        "\"{}\" is used by an earlier skill; ids must be unique",
                        s.id
                    ),
                );
            }
            if !(1..=5).contains(&s.importance) {
                push(
                    at("importance"),
                    format!("is {} but must be from 1 to 5", s.importance),
                );
            }
            if s.anchors.len() != doc.scale.len() {
                push(
                    at("anchors"),
                    format!(
                        "has {} description{} but the scale has {} points; write one for each point from 0 to {max_rating}",
                        s.anchors.len(),
                        if s.anchors.len() == 1 { "" } else { "s" },
                        doc.scale.len()
                    ),
                );
            }
            for (a, anchor) in s.anchors.iter().enumerate() {
                if anchor.trim().is_empty() {
                    push(at(&format!("anchors[{a}]")), "is empty".into());
                }
            }
            let mut required = vec![0u8; doc.levels.len()];
            for (level_id, &value) in &s.required {
                match level_index.get(level_id) {
                    Some(&l) => {
                        required[l] = value;
                        if usize::from(value) > max_rating {
                            push(
                                at(&format!("required.{level_id}")),
                                format!("is {value} but the scale only goes up to {max_rating}"),
                            );
                        }
                    }
                    None => push(
                        at(&format!("required.{level_id}")),
                        format!(
                            "names a level that is not on the ladder{}",
                            did_you_mean(level_id, level_ids.iter().copied())
                        ),
                    ),
                }
            }
            for level in &doc.levels {
                if !s.required.contains_key(&level.id) {
                    push(
                        at("required"),
                        format!(
                            "has no requirement for level \"{}\"; give one (0 if the level does not need the skill)",
                            level.id
                        ),
                    );
                }
            }
            let mut next_steps = vec![Vec::new(); max_rating];
            for (key, steps) in &s.next_steps {
                match key.parse::<usize>() {
                    // Empty steps are reported by `check_texts_and_ids`.
                    Ok(r) if (1..=max_rating).contains(&r) && key == &r.to_string() => {
                        next_steps[r - 1] = steps.clone();
                    }
                    _ => push(
                        at(&format!("next_steps.{key}")),
                        format!(
                            "is not a rating a step can lead to; use \"1\" up to \"{max_rating}\""
                        ),
                    ),
                }
            }
            for (r, steps) in next_steps.iter().enumerate() {
                if steps.is_empty() {
                    push(
                        at("next_steps"),
                        format!(
                            "gives no step toward rating {}; list at least one action under \"{}\"",
                            r + 1,
                            r + 1
                        ),
                    );
                }
            }
            skills.push(Skill {
                id: s.id.clone(),
                name: s.name.clone(),
                category: s.category,
                description: s.description.clone(),
                importance: s.importance,
                anchors: s.anchors.clone(),
                required,
                next_steps,
                source: s.source.clone(),
            });
        }
        let skill_ids: Vec<&str> = doc.skills.iter().map(|s| s.id.as_str()).collect();

        let mut cert_index = IdMap::default();
        let mut cert_skills = Vec::with_capacity(doc.certifications.len());
        let mut cert_builds = Vec::with_capacity(doc.certifications.len());
        for (i, c) in doc.certifications.iter().enumerate() {
            if c.id.trim().is_empty() {
                push(format!("certifications[{i}].id"), "is empty".into());
            } else if cert_index.insert(c.id.clone(), i).is_some() {
                push(
                    format!("certifications[{i}].id"),
                    format!(
                        "\"{}\" is used by an earlier certification; ids must be unique",
                        c.id
                    ),
                );
            }
            let mut builds = Vec::with_capacity(c.skills.len());
            for (skill, &to) in &c.skills {
                match skill_index.get(skill) {
                    Some(&s) => builds.push((s, to)),
                    None => push(
                        format!("certifications[{i}].skills.{skill}"),
                        format!(
                            "\"{skill}\" is not a skill of this rubric{}",
                            did_you_mean(skill, skill_ids.iter().copied())
                        ),
                    ),
                }
                if to == 0 || usize::from(to) > max_rating {
                    push(
                        format!("certifications[{i}].skills.{skill}"),
                        format!(
                            "is {to}, but it must be the rating the credential builds the skill to, from 1 to {max_rating}"
                        ),
                    );
                }
            }
            if !(c.requires_years.is_finite() && c.requires_years >= 0.0) {
                push(
                    format!("certifications[{i}].requires_years"),
                    format!(
                        "is {} but must be the years of experience needed, 0 or more",
                        c.requires_years
                    ),
                );
            }
            builds.sort_unstable();
            cert_skills.push(builds.iter().map(|b| b.0).collect::<Vec<_>>());
            cert_builds.push(builds.iter().map(|b| b.1).collect::<Vec<_>>());
            for (k, level) in c.levels.iter().enumerate() {
                if !level_index.contains_key(level) {
                    push(
                        format!("certifications[{i}].levels[{k}]"),
                        format!(
                            "\"{level}\" is not a level of this rubric{}",
                            did_you_mean(level, level_ids.iter().copied())
                        ),
                    );
                }
            }
            if c.cost.max_usd < c.cost.min_usd {
                push(
                    format!("certifications[{i}].cost"),
                    "max_usd is below min_usd".into(),
                );
            }
        }

        check_texts_and_ids(&doc, &mut problems);
        if problems.is_empty() {
            ladder_problems(&doc.levels, &doc.skills, &skills, &mut problems);
        }
        if !problems.is_empty() {
            return Err(RubricError::Invalid { origin, problems });
        }
        let needs = (0..doc.levels.len())
            .map(|l| {
                skills
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.required[l] > 0)
                    .map(|(i, s)| Need {
                        skill: i,
                        required: s.required[l],
                        importance: s.importance,
                        step_up: l > 0 && s.required[l] > s.required[l - 1],
                    })
                    .collect()
            })
            .collect();
        let mut by_id: Vec<usize> = (0..skills.len()).collect();
        by_id.sort_by(|&a, &b| skills[a].id.cmp(&skills[b].id));
        let mut by_id_place = vec![0; skills.len()];
        for (place, &s) in by_id.iter().enumerate() {
            by_id_place[s] = place;
        }
        Ok(Rubric {
            id: doc.id,
            title: doc.title,
            version: doc.version,
            source: doc.source,
            scale: doc.scale,
            thresholds: doc.thresholds,
            levels: doc.levels,
            skills,
            certifications: doc.certifications,
            education_paths: doc.education_paths,
            origin,
            skill_index,
            level_index,
            cert_index,
            cert_skills,
            cert_builds,
            needs,
            by_id,
            by_id_place,
        })
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
        let guess_in_rubric = self.skills.get(hint.next_in_rubric).filter(|s| s.id == id);
        let found = match guess_in_rubric {
            Some(_) => Some(hint.next_in_rubric),
            None => match self.by_id.get(hint.next_by_id) {
                Some(&s) if self.skills[s].id == id => Some(s),
                _ => self.skill_index(id),
            },
        }?;
        hint.next_in_rubric = found + 1;
        hint.next_by_id = self.by_id_place[found] + 1;
        Some(found)
    }

    /// Index of the level with this id.
    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.level_index.get(id).copied()
    }

    /// Index of the certification with this id.
    pub fn cert_index(&self, id: &str) -> Option<usize> {
        self.cert_index.get(id).copied()
    }

    /// The skills level `level` requires.
    pub fn needs(&self, level: usize) -> &[Need] {
        &self.needs[level]
    }

    /// The step-up skills of a level: those whose requirement there is higher than at the
    /// level below, in rubric order. The first level has none. They are what tells a level
    /// apart from the one below it.
    pub fn step_up_skills(&self, level: usize) -> Vec<usize> {
        if level == 0 {
            return Vec::new();
        }
        (0..self.skills.len())
            .filter(|&s| self.skills[s].required[level] > self.skills[s].required[level - 1])
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

    /// Whether a person with `years` of experience (unknown counts as none) meets the
    /// experience rule of certification `cert`.
    pub fn cert_eligible(&self, cert: usize, years: Option<f64>) -> bool {
        years.unwrap_or(0.0) >= self.certifications[cert].requires_years
    }

    /// Finds a level by id, or explains which ids exist.
    pub fn find_level(&self, id: &str) -> Result<usize, String> {
        self.level_index(id).ok_or_else(|| {
            format!(
                "\"{}\" is not a level of rubric {}{}; the levels are: {}",
                crate::text::terminal_safe(id),
                self.id,
                did_you_mean(id, self.levels.iter().map(|l| l.id.as_str())),
                self.levels
                    .iter()
                    .map(|l| l.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    }
}

/// Checks the rubric's texts and ids: an empty name, title, label or next step would show
/// as a blank in every report, and an id with `/`, white space or control characters could
/// never be typed on a command line or found again by id. Also refuses a blocking gap no gap
/// can reach, and a certification that builds no skill.
fn check_texts_and_ids(doc: &RubricDoc, problems: &mut Vec<Problem>) {
    let mut push = |path: String, message: String| problems.push(Problem { path, message });
    let mut id = |path: String, id: &str| {
        if id.trim().is_empty() {
            return; // reported as empty already
        }
        let bad = id.chars().find(|&c| {
            c == '/' || c == '\\' || c.is_whitespace() || crate::text::is_hidden_or_control(c)
        });
        if let Some(c) = bad {
            let what = match c {
                '/' | '\\' => "a slash".to_string(),
                c if c.is_whitespace() && !c.is_control() => "white space".to_string(),
                c => format!("the invisible character \\u{{{:x}}}", c as u32),
            };
            push(
                path,
                format!(
                    "\"{}\" contains {what}; an id may hold only letters, digits, - and _ (no /, white space or control characters), or it could never be given on a command line or found again",
                    crate::text::terminal_safe(id)
                ),
            );
        }
    };
    id("id".into(), &doc.id);
    for (i, level) in doc.levels.iter().enumerate() {
        id(format!("levels[{i}].id"), &level.id);
    }
    for (i, skill) in doc.skills.iter().enumerate() {
        id(format!("skills[{i}].id"), &skill.id);
    }
    for (i, cert) in doc.certifications.iter().enumerate() {
        id(format!("certifications[{i}].id"), &cert.id);
    }
    for (i, path) in doc.education_paths.iter().enumerate() {
        id(format!("education_paths[{i}].id"), &path.id);
    }

    let mut empty = |path: String, text: &str| {
        if text.trim().is_empty() {
            problems.push(Problem {
                path,
                message: "is empty; write the text that reports show here".into(),
            });
        }
    };
    for (i, point) in doc.scale.iter().enumerate() {
        empty(format!("scale[{i}].label"), &point.label);
    }
    for (i, level) in doc.levels.iter().enumerate() {
        empty(format!("levels[{i}].title"), &level.title);
    }
    for (i, skill) in doc.skills.iter().enumerate() {
        empty(format!("skills[{i}].name"), &skill.name);
        // Read through JSON so that the check holds whatever shape next_steps has.
        let steps = serde_json::to_value(&skill.next_steps).unwrap_or_default();
        let mut texts = Vec::new();
        collect_strings(&steps, "", &mut texts);
        if texts.is_empty() {
            empty(format!("skills[{i}].next_steps"), "");
        }
        for (at, text) in texts {
            empty(format!("skills[{i}].next_steps{at}"), &text);
        }
    }

    let max_rating = doc.scale.len().saturating_sub(1);
    let blocking = usize::from(doc.thresholds.blocking_gap);
    if doc.scale.len() >= 2 && blocking > max_rating {
        problems.push(Problem {
            path: "thresholds.blocking_gap".into(),
            message: format!(
                "is {blocking} but the scale only goes up to {max_rating}, so no gap could ever be that large; use 1 to {max_rating}"
            ),
        });
    }
    for (i, cert) in doc.certifications.iter().enumerate() {
        if cert.skills.is_empty() {
            problems.push(Problem {
                path: format!("certifications[{i}].skills"),
                message: "is empty; a certification must build at least one skill of the rubric, or it can never be recommended".into(),
            });
        }
    }
}

/// Every string inside a JSON value, with its path below it (`[0]`, `.3[1]`).
fn collect_strings(value: &serde_json::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((at.to_string(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_strings(item, &format!("{at}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                collect_strings(item, &format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "id": "mini", "title": "Mini", "version": 1, "source": "test",
            "scale": [{"value":0,"label":"None"},{"value":1,"label":"Basic"},{"value":2,"label":"Working"}],
            "thresholds": {"ready_readiness": 85, "blocking_gap": 2},
            "levels": [
                {"id":"a","title":"A","years":{"min":0,"max":2},"summary":"s","salary":{"currency":"USD","median":1,"average":1},"source":"t"},
                {"id":"b","title":"B","years":{"min":2,"max":null},"summary":"s","salary":{"currency":"USD","median":2,"average":2},"source":"t"}
            ],
            "skills": [
                {"id":"x","name":"X","category":"technical","description":"d","importance":3,
                 "anchors":["0","1","2"],"required":{"a":1,"b":2},"next_steps":{"1":["n1"],"2":["n2"]},"source":"t"}
            ],
            "certifications": [
                {"id":"c","name":"C","issuer":"I","kind":"certification","skills":{"x":2},"levels":["a"],
                 "preparation":"p","cost":{"min_usd":1,"max_usd":2,"estimate":true},"prerequisites":"None.","source":"t"}
            ]
        })
    }

    fn load(v: &serde_json::Value) -> Result<Rubric, RubricError> {
        Rubric::from_json(&v.to_string(), Origin::Path("mini.json".into()))
    }

    fn problems(v: &serde_json::Value) -> Vec<Problem> {
        match load(v) {
            Err(RubricError::Invalid { problems, .. }) => problems,
            other => panic!("expected validation problems, got {other:?}"),
        }
    }

    #[test]
    fn builtin_rubric_is_valid_and_complete() {
        let r = Rubric::builtin();
        assert_eq!(r.version, 2);
        let count = |c: Category| r.skills.iter().filter(|s| s.category == c).count();
        // The guide's 12 technical and 8 soft skills, and the leadership its Career Path
        // describes.
        assert_eq!(count(Category::Technical), 12);
        assert_eq!(count(Category::Soft), 8);
        assert!(count(Category::Leadership) >= 3);
        assert_eq!(r.levels.len(), 6);
        assert_eq!(r.max_rating(), 4);
        for s in &r.skills {
            assert_eq!(s.anchors.len(), 5, "{}", s.id);
            assert_eq!(s.next_steps.len(), 4, "{}: steps toward 1 to 4", s.id);
            assert!(
                s.next_steps.iter().all(|steps| !steps.is_empty()),
                "{}",
                s.id
            );
            assert!(
                s.required.windows(2).all(|w| w[0] <= w[1]),
                "requirements of {} fall along the ladder",
                s.id
            );
        }
        let medians: Vec<u32> = r
            .levels
            .iter()
            .map(|l| l.salary.as_ref().unwrap().median)
            .collect();
        assert_eq!(medians, [42_000, 55_000, 68_000, 80_000, 90_000, 108_000]);
        let averages: Vec<u32> = r
            .levels
            .iter()
            .map(|l| l.salary.as_ref().unwrap().average)
            .collect();
        assert_eq!(averages, [45_000, 58_000, 72_000, 85_000, 95_000, 115_000]);
    }

    #[test]
    fn minimal_rubric_loads_with_requirements_in_ladder_order() {
        let r = load(&minimal()).unwrap();
        assert_eq!(r.skills[0].required, vec![1, 2]);
        assert_eq!(r.cert_skills(0), &[0]);
        assert_eq!(r.levels[1].years.to_string(), "2+ years");
    }

    #[test]
    fn every_problem_is_listed_with_its_path() {
        let mut v = minimal();
        v["skills"][0]["anchors"] = serde_json::json!(["only one"]);
        v["skills"][0]["required"] = serde_json::json!({"a": 3});
        v["certifications"][0]["skills"] = serde_json::json!({"y": 1});
        let p = problems(&v);
        let paths: Vec<&str> = p.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "skills[0].anchors",
                "skills[0].required.a",
                "skills[0].required",
                "certifications[0].skills.y"
            ]
        );
        assert!(p[2].message.contains("\"b\""));
    }

    #[test]
    fn duplicate_ids_and_unknown_levels_are_problems() {
        let mut v = minimal();
        let skill = v["skills"][0].clone();
        v["skills"].as_array_mut().unwrap().push(skill);
        v["skills"][0]["required"]["bb"] = serde_json::json!(1);
        let p = problems(&v);
        assert!(p.iter().any(|p| p.path == "skills[1].id"));
        let unknown = p
            .iter()
            .find(|p| p.path == "skills[0].required.bb")
            .unwrap();
        assert!(unknown.message.contains("did you mean \"b\""), "{unknown}");
    }

    #[test]
    fn empty_ladder_is_a_problem() {
        let mut v = minimal();
        v["levels"] = serde_json::json!([]);
        v["skills"][0]["required"] = serde_json::json!({});
        v["certifications"][0]["levels"] = serde_json::json!([]);
        let p = problems(&v);
        assert_eq!(p[0].path, "levels");
    }

    #[test]
    fn unknown_field_is_a_syntax_error_with_position() {
        let mut v = minimal();
        v["titel"] = serde_json::json!("typo");
        let err = load(&v).unwrap_err().to_string();
        assert!(err.contains("unknown field `titel`"), "{err}");
        assert!(err.contains("mini.json:1:"), "{err}");
    }

    #[test]
    fn hinted_lookup_finds_ids_in_any_order() {
        let r = Rubric::builtin();
        let mut orders: Vec<Vec<usize>> = vec![(0..r.skills.len()).collect()];
        let mut alphabetical: Vec<usize> = (0..r.skills.len()).collect();
        alphabetical.sort_by(|&a, &b| r.skills[a].id.cmp(&r.skills[b].id));
        orders.push(alphabetical);
        orders.push((0..r.skills.len()).rev().collect());
        orders.push(
            (0..r.skills.len())
                .map(|i| (i * 7) % r.skills.len())
                .collect(),
        );
        for order in orders {
            let mut hint = IdHint::default();
            for s in order {
                assert_eq!(r.skill_index_hinted(&r.skills[s].id, &mut hint), Some(s));
            }
        }
        let mut hint = IdHint::default();
        assert_eq!(r.skill_index_hinted("welding", &mut hint), None);
        assert_eq!(r.skill_index_hinted(&r.skills[0].id, &mut hint), Some(0));
    }

    #[test]
    fn costs_format_with_estimate_marker() {
        let c = Cost {
            min_usd: 1500,
            max_usd: 12000,
            estimate: true,
        };
        assert_eq!(c.to_string(), "USD 1,500-12,000 (estimate)");
        assert_eq!(thousands(108_000u32), "108,000");
        assert_eq!(thousands(999u32), "999");
    }
}
