//! The message catalogs (`locales/LANG/skillgap.ftl`): every message in one language is in
//! the other, with the same values (`{ $name }`), and every message the code asks for is in
//! the catalogs.

mod common;

use std::collections::{BTreeMap, BTreeSet};

/// The messages of a catalog: id → the values it uses.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let is_id = line
            .split_once(" =")
            .filter(|(id, _)| {
                !id.is_empty()
                    && id.starts_with(|c: char| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .map(|(id, _)| id.to_string());
        if let Some(id) = is_id {
            assert!(
                out.insert(id.clone(), BTreeSet::new()).is_none(),
                "{id} twice"
            );
            current = Some(id);
        } else if !line.starts_with(' ') {
            current = None;
        }
        if let Some(id) = &current {
            let values = out.get_mut(id).unwrap();
            for part in line.split("{ $").skip(1) {
                values.insert(part.split(' ').next().unwrap().to_string());
            }
        }
    }
    out
}

fn catalog(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages(&common::read(
        &common::root().join(format!("locales/{lang}/skillgap.ftl")),
    ))
}

#[test]
fn every_message_is_in_every_catalog_with_the_same_values() {
    let en = catalog("en");
    let es = catalog("es");
    assert!(en.len() > 20, "the English catalog: {} messages", en.len());
    let only_en: Vec<&String> = en.keys().filter(|k| !es.contains_key(*k)).collect();
    let only_es: Vec<&String> = es.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in Spanish: {only_en:?}");
    assert!(only_es.is_empty(), "missing in English: {only_es:?}");
    for (id, values) in &en {
        assert_eq!(values, &es[id], "{id}: the values the two languages use");
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_the_catalogs() {
    let en = catalog("en");
    let mut asked = BTreeSet::new();
    let mut stack = vec![common::root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                // Message ids are namespaced by where they are shown ("web-..."): every
                // string literal that starts so names a message.
                let text = common::read(&path);
                for part in text.split("\"web-").skip(1) {
                    let id = part.split('"').next().unwrap();
                    if id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        asked.insert(format!("web-{id}"));
                    }
                }
            }
        }
    }
    assert!(asked.len() > 20, "{asked:?}");
    let missing: Vec<&String> = asked.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "asked for and not in the catalogs: {missing:?}"
    );
    let unused: Vec<&String> = en.keys().filter(|id| !asked.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "in the catalogs and never asked for: {unused:?}"
    );
}
