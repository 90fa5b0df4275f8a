//! The server's secrets: the key that signs its tokens, the session tokens, and the codes.
//!
//! One random key per `--dir`, kept in `.drafts/.key` (0600), so that links, form tokens and
//! the access cookie survive a restart of the server. Every other secret is derived from it
//! with HMAC-SHA-256 and compared in constant time (`Mac::verify_slice`): a form's CSRF token
//! is the MAC of its session, the access cookie the MAC of the access code.

use std::path::Path;

use hmac::{KeyInit, Mac};

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// Length of a session token in hex digits (128 random bits).
pub const TOKEN_LEN: usize = 32;

/// The server's signing key.
#[derive(Clone)]
pub struct Key([u8; 32]);

impl Key {
    /// The key kept in `file`, or a new one written there (0600) when there is none.
    pub fn load_or_create(file: &Path) -> anyhow::Result<Key> {
        match std::fs::read(file) {
            Ok(bytes) if bytes.len() == 32 => {
                let mut key = [0; 32];
                key.copy_from_slice(&bytes);
                return Ok(Key(key));
            }
            Ok(_) => anyhow::bail!(
                "{} is not a key skillgap wrote (it should hold 32 bytes); delete it to start with a new one (open links and codes then stop working)",
                file.display()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => anyhow::bail!("cannot read {}: {e}", file.display()),
        }
        let key = Key::random()?;
        crate::draft::write_private_bytes(file, &key.0)?;
        Ok(key)
    }

    /// A key that lives as long as the process (tests).
    pub fn random() -> anyhow::Result<Key> {
        let mut key = [0; 32];
        getrandom::fill(&mut key)
            .map_err(|e| anyhow::anyhow!("cannot read random bytes from the system: {e}"))?;
        Ok(Key(key))
    }

    fn mac(&self, purpose: &str, value: &str) -> HmacSha256 {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        mac
    }

    /// The token for `value` used for `purpose`, in hex.
    pub fn sign(&self, purpose: &str, value: &str) -> String {
        hex(&self.mac(purpose, value).finalize().into_bytes())
    }

    /// Whether `token` is the token for `value` used for `purpose`, compared in constant time.
    pub fn verify(&self, purpose: &str, value: &str, token: &str) -> bool {
        let Some(bytes) = unhex(token) else {
            return false;
        };
        self.mac(purpose, value).verify_slice(&bytes).is_ok()
    }

    /// Whether two codes are the same, compared in constant time (through their MACs, so that
    /// neither their lengths nor a common beginning show in the time taken).
    pub fn same_code(&self, given: &str, code: &str) -> bool {
        self.verify("code", given, &self.sign("code", code))
    }
}

/// A new session token: 128 random bits in hex.
pub fn new_token() -> anyhow::Result<String> {
    let mut bytes = [0; TOKEN_LEN / 2];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("cannot read random bytes from the system: {e}"))?;
    Ok(hex(&bytes))
}

/// A code people can type: eight digits, read from the system's random source.
pub fn new_code() -> anyhow::Result<String> {
    let n = getrandom::u64()
        .map_err(|e| anyhow::anyhow!("cannot read random bytes from the system: {e}"))?;
    Ok(format!("{:08}", n % 100_000_000))
}

/// Whether `text` has the form of a session token (so that it can name a file).
pub fn is_token(text: &str) -> bool {
    text.len() == TOKEN_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_only_for_their_purpose_and_value() {
        let key = Key::random().unwrap();
        let t = key.sign("csrf", "abc");
        assert!(key.verify("csrf", "abc", &t));
        assert!(!key.verify("csrf", "abd", &t));
        assert!(!key.verify("admin", "abc", &t));
        assert!(!key.verify("csrf", "abc", &t[..t.len() - 2]));
        assert!(!key.verify("csrf", "abc", "zz"));
        assert!(!Key::random().unwrap().verify("csrf", "abc", &t));
        assert!(key.same_code("12345678", "12345678"));
        assert!(!key.same_code("1234567", "12345678"));
    }

    #[test]
    fn session_tokens_are_hex_and_distinct() {
        let a = new_token().unwrap();
        assert!(is_token(&a));
        assert_ne!(a, new_token().unwrap());
        assert!(!is_token("../../etc/passwd"));
        assert!(!is_token(&a.to_uppercase()));
        assert_eq!(new_code().unwrap().len(), 8);
    }

    #[test]
    fn the_key_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".drafts/.key");
        let a = Key::load_or_create(&file).unwrap();
        let b = Key::load_or_create(&file).unwrap();
        assert_eq!(a.sign("x", "y"), b.sign("x", "y"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
