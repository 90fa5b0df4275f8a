//! What each heading of a skills matrix is: a skill of the rubric (by id, by name, or by the
//! name written another way: case, spaces, punctuation, "&" for "and", a note in brackets),
//! a fact about the person (name, group, target level, years, education, day assessed), a
//! certification held (its day earned, or its expiry), or something skillgap does not read.
//! A heading that is close to a skill but not one is never taken for it: it is reported with
//! the skill it may mean, and `--map HEADING=skill-id` says what it is.

use crate::rubric::Rubric;

/// What a column (or, with people in columns, a row) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The person's name.
    Name,
    /// First name, to join with the last.
    FirstName,
    /// Last name.
    LastName,
    /// Part of their group (a line, a shift, a team): several are joined with " / ".
    Group,
    /// The level they aim at.
    Target,
    /// Years of experience.
    Years,
    /// Highest education completed.
    Education,
    /// The day of the assessment.
    Assessed,
    /// A skill, by index.
    Skill(usize),
    /// A certification held: the day it was earned, or a mark such as "yes".
    Cert(usize),
    /// The day a certification expires.
    CertExpires(usize),
    /// A column skillgap writes and does not read back (best level, readiness).
    Derived,
    /// In a long table, the column that names each line's skill.
    SkillNames,
    /// In a long table, the column that gives each line's rating.
    Ratings,
    /// Nothing skillgap knows; `near` is a skill it may be.
    Unknown {
        /// The closest skill, when one is close.
        near: Option<usize>,
    },
    /// No heading.
    Blank,
}

/// A heading folded for matching: lower case, "&" and "+" as "and", letters and digits only.
pub fn fold(text: &str) -> String {
    text.replace(['&', '+'], " and ")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The ways a heading or a name may be written, folded: whole, without its note in
/// brackets ("Enterprise Resource Planning"), and a short note alone ("ERP", "CPIM").
pub fn keys(text: &str) -> Vec<String> {
    let mut keys = vec![fold(text)];
    if let Some(open) = text.find(['(', '[']) {
        let close = text[open..]
            .find([')', ']'])
            .map_or(text.len(), |c| open + c);
        let outside = format!("{} {}", &text[..open], text.get(close + 1..).unwrap_or(""));
        keys.push(fold(&outside));
        let inside = fold(&text[open + 1..close]);
        if (2..=6).contains(&inside.len()) {
            keys.push(inside);
        }
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// True when two texts share a way of being written.
fn same(a: &[String], b: &[String]) -> bool {
    a.iter().any(|k| b.contains(k))
}

/// Headings of the person's facts, folded.
const NAMES: &[&str] = &[
    "name",
    "fullname",
    "person",
    "employee",
    "employeename",
    "operator",
    "operatorname",
    "worker",
    "member",
    "teammember",
    "staff",
    "associate",
    "who",
    "trainee",
];
const FIRST: &[&str] = &["firstname", "givenname", "forename"];
const LAST: &[&str] = &["lastname", "surname", "familyname"];
const GROUPS: &[&str] = &[
    "group",
    "shift",
    "line",
    "team",
    "cell",
    "area",
    "department",
    "dept",
    "site",
    "crew",
    "workcenter",
    "workcentre",
    "plant",
    "productionline",
    "unit",
];
const TARGETS: &[&str] = &[
    "target",
    "targetlevel",
    "targetrole",
    "goal",
    "goallevel",
    "aim",
    "nextlevel",
    "targetposition",
    "aimingfor",
];
const YEARS: &[&str] = &[
    "years",
    "yearsexperience",
    "yearsofexperience",
    "experience",
    "experienceyears",
    "yrs",
    "yearsinproduction",
    "yearsonthefloor",
];
const EDUCATION: &[&str] = &[
    "education",
    "highesteducation",
    "educationlevel",
    "schooling",
    "degree",
];
const ASSESSED: &[&str] = &[
    "assessedon",
    "assessed",
    "assessmentdate",
    "dateassessed",
    "date",
    "ratedon",
    "lastassessed",
];
const DERIVED: &[&str] = &["bestlevel", "levelreached", "readiness", "readinesspercent"];
const EXPIRES: &[&str] = &[
    "expires",
    "expiry",
    "expiration",
    "expirydate",
    "expirationdate",
    "validuntil",
    "renewby",
];

/// What headings are, for one rubric and one set of `--map` pairs, remembered: a sheet
/// repeats its headings (a long table names each skill once per person), and the first 30
/// lines of every sheet are looked at to find the table.
pub struct Headings<'a> {
    /// The rubric.
    pub rubric: &'a Rubric,
    /// The `--map` pairs.
    pub maps: &'a [(String, String)],
    /// Per skill, the ways it may be written (its id and name, folded).
    skills: Vec<Vec<String>>,
    /// Per skill, its name and id folded, to find the one a heading may mean.
    near: Vec<(String, String)>,
    /// Per certification, the ways it may be written.
    certs: Vec<Vec<String>>,
    cache: std::cell::RefCell<std::collections::HashMap<String, Role>>,
}

/// The most headings remembered.
const REMEMBERED: usize = 10_000;

impl<'a> Headings<'a> {
    /// Headings of `rubric`, with the `--map` pairs.
    pub fn new(rubric: &'a Rubric, maps: &'a [(String, String)]) -> Headings<'a> {
        let ways = |id: &str, name: &str| {
            let mut k = keys(name);
            k.push(fold(id));
            k
        };
        Headings {
            rubric,
            maps,
            skills: rubric.skills.iter().map(|s| ways(&s.id, &s.name)).collect(),
            near: rubric
                .skills
                .iter()
                .map(|s| (fold(&s.name), fold(&s.id)))
                .collect(),
            certs: rubric
                .certifications
                .iter()
                .map(|c| ways(&c.id, &c.name))
                .collect(),
            cache: Default::default(),
        }
    }

    /// What the heading `text` is.
    pub fn role(&self, text: &str) -> Role {
        if let Some(r) = self.cache.borrow().get(text) {
            return *r;
        }
        let r = self.find(text);
        let mut cache = self.cache.borrow_mut();
        if cache.len() < REMEMBERED {
            cache.insert(text.to_string(), r);
        }
        r
    }

    /// What the heading `text` is, worked out.
    fn find(&self, text: &str) -> Role {
        let (rubric, maps) = (self.rubric, self.maps);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Role::Blank;
        }
        if let Some((_, to)) = maps
            .iter()
            .find(|(h, _)| fold(h) == fold(trimmed) && !fold(h).is_empty())
            && let Some(role) = mapped(to, rubric)
        {
            return role;
        }
        let f = fold(trimmed);
        let heading = keys(trimmed);
        if let Some(i) = self.skills.iter().position(|k| same(&heading, k)) {
            return Role::Skill(i);
        }
        for (list, role) in [
            (NAMES, Role::Name),
            (FIRST, Role::FirstName),
            (LAST, Role::LastName),
            (GROUPS, Role::Group),
            (TARGETS, Role::Target),
            (YEARS, Role::Years),
            (EDUCATION, Role::Education),
            (ASSESSED, Role::Assessed),
            (DERIVED, Role::Derived),
        ] {
            if list.contains(&f.as_str()) {
                return role;
            }
        }
        if let Some(role) = self.cert_role(trimmed) {
            return role;
        }
        let near = self
            .near
            .iter()
            .enumerate()
            .map(|(i, (name, id))| {
                let score = strsim::jaro_winkler(&f, name).max(strsim::jaro_winkler(&f, id));
                (i, score)
            })
            .filter(|(_, s)| *s >= 0.88)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i);
        Role::Unknown { near }
    }

    /// A certification's column: its id or name (whole, without the note in brackets, or the
    /// short name in brackets), or either followed by a word for its expiry.
    fn cert_role(&self, text: &str) -> Option<Role> {
        let find = |heading: &[String]| self.certs.iter().position(|k| same(heading, k));
        let f = fold(text);
        for word in EXPIRES {
            if let Some(stem) = f.strip_suffix(word)
                && let Some(i) = find(&[stem.to_string()])
            {
                return Some(Role::CertExpires(i));
            }
        }
        let bare = text.trim_end();
        for word in [
            "expires",
            "expiry",
            "expiration",
            "expiry date",
            "expiration date",
            "valid until",
            "renew by",
        ] {
            let cut = bare.len().saturating_sub(word.len());
            if cut > 0
                && bare
                    .get(cut..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(word))
                && let Some(i) = find(&keys(&bare[..cut]))
            {
                return Some(Role::CertExpires(i));
            }
        }
        // Looked for after the expiry: "X (CPIM) expires" shares "CPIM" with X.
        find(&keys(text)).map(Role::Cert).or_else(|| {
            // The end of a name, as people shorten it: "Green Belt" for "Lean Six Sigma
            // Green Belt"; only when one certification's name ends so.
            let f = fold(text);
            let ends: Vec<usize> = (0..self.certs.len())
                .filter(|&i| f.len() >= 8 && self.certs[i].iter().any(|k| k.ends_with(&f)))
                .collect();
            (ends.len() == 1).then(|| Role::Cert(ends[0]))
        })
    }
}

/// What the heading `text` is, given the rubric and the `--map` pairs (heading as written,
/// skill id).
pub fn role(text: &str, rubric: &Rubric, maps: &[(String, String)]) -> Role {
    Headings::new(rubric, maps).find(text)
}

/// What `--map HEADING=WHAT` makes a heading: a skill or certification id, or one of
/// `name`, `group`, `target`, `years`, `education`, `assessed_on` and `ignore`.
pub fn mapped(to: &str, rubric: &Rubric) -> Option<Role> {
    if let Some(i) = rubric.skill_index(to) {
        return Some(Role::Skill(i));
    }
    if let Some(i) = rubric.cert_index(to) {
        return Some(Role::Cert(i));
    }
    Some(match to {
        "name" => Role::Name,
        "group" => Role::Group,
        "target" | "target_level" => Role::Target,
        "years" | "years_experience" => Role::Years,
        "education" => Role::Education,
        "assessed_on" => Role::Assessed,
        "ignore" => Role::Derived,
        _ => return None,
    })
}

/// What `--map` may name besides skill and certification ids.
pub const MAP_WORDS: &[&str] = &[
    "name",
    "group",
    "target",
    "years",
    "education",
    "assessed_on",
    "ignore",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> Rubric {
        Rubric::builtin()
    }

    #[test]
    fn skills_match_by_id_name_and_spelling() {
        let rubric = r();
        let qc = rubric.skill_index("quality-control").unwrap();
        for h in [
            "quality-control",
            "Quality Control",
            "QUALITY  CONTROL",
            "Quality control (QC)",
            "quality_control",
        ] {
            assert_eq!(role(h, &rubric, &[]), Role::Skill(qc), "{h}");
        }
        let ts = rubric.skill_index("troubleshooting-maintenance").unwrap();
        let name = rubric.skills[ts].name.clone();
        assert_eq!(
            role(&name.replace(" and ", " & "), &rubric, &[]),
            Role::Skill(ts)
        );
    }

    #[test]
    fn a_near_miss_is_not_taken_for_a_skill() {
        let rubric = r();
        let qc = rubric.skill_index("quality-control").unwrap();
        assert_eq!(
            role("Qualty Contrl", &rubric, &[]),
            Role::Unknown { near: Some(qc) }
        );
        assert_eq!(
            role("Employee ID", &rubric, &[]),
            Role::Unknown { near: None }
        );
        let maps = vec![("Qualty Contrl".to_string(), "quality-control".to_string())];
        assert_eq!(role("qualty contrl", &rubric, &maps), Role::Skill(qc));
    }

    #[test]
    fn facts_about_the_person_are_recognised() {
        let rubric = r();
        assert_eq!(role("Employee Name", &rubric, &[]), Role::Name);
        assert_eq!(role("Shift", &rubric, &[]), Role::Group);
        assert_eq!(role("Target level", &rubric, &[]), Role::Target);
        assert_eq!(role("Years of experience", &rubric, &[]), Role::Years);
        assert_eq!(role("Best level", &rubric, &[]), Role::Derived);
        assert_eq!(role("", &rubric, &[]), Role::Blank);
    }

    #[test]
    fn certifications_and_their_expiry() {
        let rubric = r();
        let c = rubric.cert_index("osha-10").unwrap();
        let name = rubric.certifications[c].name.clone();
        assert_eq!(role(&name, &rubric, &[]), Role::Cert(c));
        assert_eq!(role("osha-10", &rubric, &[]), Role::Cert(c));
        assert_eq!(
            role(&format!("{name} expires"), &rubric, &[]),
            Role::CertExpires(c)
        );
        let cpim = rubric.cert_index("ascm-cpim").unwrap();
        let name = rubric.certifications[cpim].name.clone();
        assert_eq!(role(&name, &rubric, &[]), Role::Cert(cpim));
        assert_eq!(role("CPIM", &rubric, &[]), Role::Cert(cpim));
        let green = rubric.cert_index("lss-green").unwrap();
        assert_eq!(role("Green Belt", &rubric, &[]), Role::Cert(green));
        // "Belt" ends three names: not taken for any.
        assert!(!matches!(role("Belt", &rubric, &[]), Role::Cert(_)));
        assert_eq!(
            role(&format!("{name} expires"), &rubric, &[]),
            Role::CertExpires(cpim)
        );
    }
}
