//! A quick reader for the plainest profiles: the bulk of the records `skillgap team` reads.
//!
//! A team's JSON Lines are mostly machine-written records of a few fields: a name, maybe a
//! group, a target, certifications with the days they were earned, and one whole-number
//! rating per skill. Parsing them through [`ProfileDoc`](super::ProfileDoc) and validating
//! the result costs far more than scoring them. [`read_plain`] reads such a record straight
//! into a [`Profile`], reusing its buffers, and gives up at the first thing it does not
//! handle: an escape in a string, a field it does not know, a rating that is not a single
//! digit on the scale, a mistake of any kind. The full reader then reads that record and
//! explains any mistake, so the quick reader only ever decides faster what the full one
//! decides: a record it accepts gives exactly the profile the full reader gives (a property
//! test and a fuzz target check it). The rules it shares with the full reader (groups,
//! certificate days) are the same functions.

use super::{Basis, Profile, validate};
use crate::rubric::{Education, IdHint, Rubric};

/// The most skills a rubric may have for its profiles to be read quickly: one bit each in a
/// mask of the skills seen.
const MAX_SKILLS: usize = 64;

/// Reads `text` into `profile` when it is a valid profile of the plainest kind, replacing
/// everything `profile` held; returns false otherwise (leaving `profile` holding anything),
/// and the record must be read with [`super::parse`].
///
/// The plainest kind: one JSON object, with no escape sequence in any string, of the fields
/// `$schema`, `rubric`, `name`, `group`, `target_level`, `years_experience` (a whole
/// number), `education`, `assessed_on`, `ratings` (single digits or `null`) and `certifications` (ids, or an id with its
/// days), each at most once.
pub fn read_plain(text: &str, rubric: &Rubric, profile: &mut Profile) -> bool {
    if rubric.skills.len() > MAX_SKILLS {
        return false;
    }
    reset(profile, rubric);
    let mut json = Cursor { text, at: 0 };
    read_fields(&mut json, rubric, profile).is_some() && json.at_end()
}

/// Makes `profile` empty, as [`Profile::empty`] does, keeping the buffers of its name and
/// ratings.
fn reset(profile: &mut Profile, rubric: &Rubric) {
    let skills = rubric.skills.len();
    profile.ratings.clear();
    profile.ratings.resize(skills, None);
    profile.not_asked.clear();
    if profile.evidence.len() != skills || profile.evidence.iter().any(Option::is_some) {
        profile.evidence = vec![None; skills];
    }
    profile.group = None;
    profile.target = None;
    profile.years_experience = None;
    profile.education = None;
    profile.assessed_on = None;
    profile.certifications.clear();
    profile.credentials.clear();
    profile.reviews.clear();
    profile.review_ratings.clear();
    profile.set_aside.clear();
    profile.basis = Basis::default();
}

/// The top-level object, field by field. `None` when the record is not of the plainest
/// kind.
fn read_fields(json: &mut Cursor<'_>, rubric: &Rubric, profile: &mut Profile) -> Option<()> {
    json.expect(b'{')?;
    let mut seen = 0u16;
    let mut name = None;
    loop {
        let field = json.string()?;
        json.expect(b':')?;
        let bit = match field {
            "$schema" => {
                json.string()?;
                1
            }
            "rubric" => {
                (json.string()? == rubric.id).then_some(())?;
                2
            }
            "name" => {
                name = Some(json.string()?);
                4
            }
            "group" => {
                let group = validate::group_value(json.string()?).ok()?;
                profile.group = group.map(str::to_owned);
                8
            }
            "target_level" => {
                profile.target = Some(rubric.level_index(json.string()?)?);
                16
            }
            "years_experience" => {
                let years = f64::from(json.whole()?);
                (years <= super::MAX_YEARS).then_some(())?;
                profile.years_experience = Some(years);
                32
            }
            "ratings" => {
                let seen = read_ratings(json, rubric, &mut profile.ratings)?;
                // A skill left out of the ratings altogether was not asked.
                let all = u64::MAX >> (64 - rubric.skills.len().max(1));
                if seen & all != all {
                    profile
                        .not_asked
                        .extend((0..rubric.skills.len()).map(|s| seen & (1 << s) == 0));
                }
                64
            }
            "certifications" => {
                read_certifications(json, rubric, profile)?;
                128
            }
            "education" => {
                profile.education = Some(Education::from_id(json.string()?)?);
                256
            }
            "assessed_on" => {
                profile.assessed_on = Some(crate::date::Date::parse(json.string()?)?);
                512
            }
            _ => return None,
        };
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        if !json.next_in(b'}')? {
            break;
        }
    }
    // `ratings` is the one field a profile must have.
    (seen & 64 != 0).then_some(())?;
    let mut kept = profile.name.take().unwrap_or_default();
    profile.name = name.map(|n| {
        kept.clear();
        kept.push_str(n);
        kept
    });
    Some(())
}

/// The `ratings` object: known skills, once each, rated with a digit on the scale or `null`.
/// Returns the skills it holds, as a bit set.
fn read_ratings(json: &mut Cursor<'_>, rubric: &Rubric, out: &mut [Option<u8>]) -> Option<u64> {
    json.expect(b'{')?;
    if json.peek_is(b'}') {
        json.at += 1;
        return Some(0);
    }
    let max = rubric.max_rating();
    let mut seen = 0u64;
    let mut hint = IdHint::default();
    loop {
        // Records list the skills in some order, most often the rubric's: the key is first
        // compared with the ids it most likely is, in place.
        let skill = match rubric
            .likely_skills(hint)
            .find(|&s| json.key(&rubric.skills[s].id))
        {
            Some(s) => s,
            None => rubric.skill_index(json.string()?)?,
        };
        hint = rubric.hint_after(skill);
        if seen & (1 << skill) != 0 {
            return None;
        }
        seen |= 1 << skill;
        json.expect(b':')?;
        out[skill] = match json.digit_or_null()? {
            Some(d) if d <= max => Some(d),
            Some(_) => return None,
            None => None,
        };
        if !json.next_in(b'}')? {
            return Some(seen);
        }
    }
}

/// The `certifications` array: known ids, alone or with the days they were earned and
/// expire, kept as the full reader keeps them.
fn read_certifications(
    json: &mut Cursor<'_>,
    rubric: &Rubric,
    profile: &mut Profile,
) -> Option<()> {
    json.expect(b'[')?;
    if json.peek_is(b']') {
        json.at += 1;
        return Some(());
    }
    loop {
        let (id, earned, expires) = if json.peek_is(b'{') {
            read_dated(json)?
        } else {
            (json.string()?, None, None)
        };
        let cert = rubric.cert_index(id)?;
        let mut wrong = false;
        let credential =
            validate::dated_credential(rubric, cert, earned, expires, &mut |_, _| wrong = true);
        if wrong {
            return None;
        }
        profile.certifications.push(cert);
        profile.credentials.push(credential);
        if !json.next_in(b']')? {
            break;
        }
    }
    validate::settle_certifications(profile);
    Some(())
}

/// A certification with its days: `{"id": …, "earned": …, "expires": …}`, the id required,
/// each field at most once.
fn read_dated<'a>(json: &mut Cursor<'a>) -> Option<(&'a str, Option<&'a str>, Option<&'a str>)> {
    json.expect(b'{')?;
    let (mut id, mut earned, mut expires) = (None, None, None);
    loop {
        let field = match json.string()? {
            "id" => &mut id,
            "earned" => &mut earned,
            "expires" => &mut expires,
            _ => return None,
        };
        json.expect(b':')?;
        if field.replace(json.string()?).is_some() {
            return None;
        }
        if !json.next_in(b'}')? {
            return Some((id?, earned, expires));
        }
    }
}

/// A place in a record's text.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    /// Skips JSON white space (the four characters JSON allows between tokens).
    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// True when the next token starts with `byte`.
    fn peek_is(&mut self, byte: u8) -> bool {
        self.skip_space();
        self.text.as_bytes().get(self.at) == Some(&byte)
    }

    /// Takes the token `byte`.
    fn expect(&mut self, byte: u8) -> Option<()> {
        self.peek_is(byte).then(|| self.at += 1)
    }

    /// After a value in an object or array: true for a comma (another member follows),
    /// false for `close`.
    fn next_in(&mut self, close: u8) -> Option<bool> {
        self.skip_space();
        let next = *self.text.as_bytes().get(self.at)?;
        self.at += 1;
        match next {
            b',' => Some(true),
            b if b == close => Some(false),
            _ => None,
        }
    }

    /// A string without escapes or control characters, as it stands in the text.
    fn string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let rest = &self.text.as_bytes()[start..];
        let len = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        (rest[len] == b'"').then_some(())?;
        self.at = start + len + 1;
        // Both ends are ASCII quotes: the slice is whole characters.
        self.text.get(start..start + len)
    }

    /// Takes the string `id` when it comes next, written without escapes: a rubric's ids
    /// hold no quotation mark, backslash or control character (the rubric's validation
    /// refuses them), so the text between the quotes is the id itself.
    fn key(&mut self, id: &str) -> bool {
        self.skip_space();
        let rest = &self.text.as_bytes()[self.at..];
        let matched = rest.len() > id.len() + 1
            && rest[0] == b'"'
            && rest[id.len() + 1] == b'"'
            && &rest[1..=id.len()] == id.as_bytes();
        if matched {
            self.at += id.len() + 2;
        }
        matched
    }

    /// A single digit, or `null` (as `None`).
    fn digit_or_null(&mut self) -> Option<Option<u8>> {
        self.skip_space();
        let bytes = self.text.as_bytes();
        match bytes.get(self.at)? {
            d @ b'0'..=b'9' => {
                self.at += 1;
                // "12", "1.5" and "1e0" go to the full reader.
                (!matches!(bytes.get(self.at), Some(b'0'..=b'9' | b'.' | b'e' | b'E')))
                    .then_some(Some(d - b'0'))
            }
            b'n' if bytes[self.at..].starts_with(b"null") => {
                self.at += 4;
                Some(None)
            }
            _ => None,
        }
    }

    /// A whole number of at most three digits, written as JSON writes it (no leading zero).
    fn whole(&mut self) -> Option<u16> {
        self.skip_space();
        let bytes = &self.text.as_bytes()[self.at..];
        let len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        let number = &bytes[..len];
        let plain = matches!(len, 1..=3) && (len == 1 || number[0] != b'0');
        let follows_number = matches!(bytes.get(len), Some(b'.' | b'e' | b'E'));
        if !plain || follows_number {
            return None;
        }
        self.at += len;
        Some(
            number
                .iter()
                .fold(0u16, |n, d| n * 10 + u16::from(d - b'0')),
        )
    }

    /// True when only white space is left.
    fn at_end(&mut self) -> bool {
        self.skip_space();
        self.at == self.text.len()
    }
}
