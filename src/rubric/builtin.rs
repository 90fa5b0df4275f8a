//! The built-in rubrics as build.rs leaves them: each file's JSON values in a compact form
//! (described in `build.rs`), which serde reads into a [`RubricDoc`] as it would read the
//! file's text, without scanning the text at every start of skillgap.

use serde::de::value::{BorrowedStrDeserializer, Error};
use serde::de::{DeserializeSeed, Error as _, MapAccess, SeqAccess, Visitor};
use serde::forward_to_deserialize_any;

use super::doc::RubricDoc;

include!(concat!(env!("OUT_DIR"), "/builtin_rubrics.rs"));

/// The built-in rubric with this id, as its file reads, or `None` for an id that names none.
pub(super) fn doc(id: &str) -> Option<Result<RubricDoc, Error>> {
    let (values, strings) = compact(id)?;
    let mut reader = Reader { values, strings };
    Some(
        serde::Deserialize::deserialize(&mut reader).and_then(|doc| {
            if reader.values.is_empty() {
                Ok(doc)
            } else {
                Err(Error::custom("bytes left after the rubric"))
            }
        }),
    )
}

// The tags of the values (the same in build.rs).
const NULL: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const U64: u8 = 3;
const I64: u8 = 4;
const F64: u8 = 5;
const STR: u8 = 6;
const ARR: u8 = 7;
const OBJ: u8 = 8;

/// Reads values from the front of the compact form.
struct Reader {
    /// The values still to read.
    values: &'static [u8],
    /// Every string, which the values refer to.
    strings: &'static str,
}

impl Reader {
    fn take(&mut self, n: usize) -> Result<&'static [u8], Error> {
        if self.values.len() < n {
            return Err(Error::custom("the values end too early"));
        }
        let (taken, rest) = self.values.split_at(n);
        self.values = rest;
        Ok(taken)
    }

    fn byte(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }

    fn eight(&mut self) -> Result<[u8; 8], Error> {
        Ok(self.take(8)?.try_into().expect("8 bytes"))
    }

    fn len(&mut self) -> Result<usize, Error> {
        let bytes: [u8; 4] = self.take(4)?.try_into().expect("4 bytes");
        Ok(u32::from_le_bytes(bytes) as usize)
    }

    fn str(&mut self) -> Result<&'static str, Error> {
        let start = self.len()?;
        let len = self.len()?;
        self.strings
            .get(start..start + len)
            .ok_or_else(|| Error::custom("a string outside the strings"))
    }

    fn peek(&self) -> Option<u8> {
        self.values.first().copied()
    }
}

/// Reads values as serde_json reads the same JSON text: numbers as `u64` when whole and not
/// negative, else `i64`, else `f64`; `null` as a missing option; a string as a unit variant.
impl<'de> serde::Deserializer<'de> for &mut Reader {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.byte()? {
            NULL => visitor.visit_unit(),
            FALSE => visitor.visit_bool(false),
            TRUE => visitor.visit_bool(true),
            U64 => visitor.visit_u64(u64::from_le_bytes(self.eight()?)),
            I64 => visitor.visit_i64(i64::from_le_bytes(self.eight()?)),
            F64 => visitor.visit_f64(f64::from_bits(u64::from_le_bytes(self.eight()?))),
            STR => visitor.visit_str(self.str()?),
            ARR => {
                let left = self.len()?;
                let mut items = Items { reader: self, left };
                let value = visitor.visit_seq(&mut items)?;
                items.end()?;
                Ok(value)
            }
            OBJ => {
                let left = self.len()?;
                let mut items = Items { reader: self, left };
                let value = visitor.visit_map(&mut items)?;
                items.end()?;
                Ok(value)
            }
            tag => Err(Error::custom(format!("unknown tag {tag}"))),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek() == Some(NULL) {
            self.byte()?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if self.peek() == Some(STR) {
            self.byte()?;
            let variant = BorrowedStrDeserializer::<Error>::new(self.str()?);
            serde::Deserializer::deserialize_enum(variant, name, variants, visitor)
        } else {
            self.deserialize_any(visitor)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// The items of an array, or the entries of an object, still to read.
struct Items<'r> {
    reader: &'r mut Reader,
    left: usize,
}

impl Items<'_> {
    /// Every item must have been read.
    fn end(&self) -> Result<(), Error> {
        match self.left {
            0 => Ok(()),
            n => Err(Error::invalid_length(n, &"fewer items")),
        }
    }
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}

impl<'de> MapAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let key = self.reader.str()?;
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.reader)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.left)
    }
}
