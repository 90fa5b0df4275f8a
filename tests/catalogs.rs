//! The message catalogs (`locales/LANG/NAME.ftl`): every message in one language is in the
//! other, in the file of the same name, with the same values (`{ $name }`); every id starts
//! with its file's name; and every message the code asks for is in the catalogs.

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

/// The names of a language's catalog files.
fn files(lang: &str) -> BTreeSet<String> {
    std::fs::read_dir(common::root().join("locales").join(lang))
        .unwrap()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().unwrap();
            name.strip_suffix(".ftl").map(str::to_string)
        })
        .collect()
}

/// Every message of a language, from all its files.
fn catalog(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for name in files(lang) {
        let file = common::root().join(format!("locales/{lang}/{name}.ftl"));
        for (id, values) in messages(&common::read(&file)) {
            assert!(
                id.starts_with(&format!("{name}-")),
                "{}: {id} does not start with \"{name}-\"",
                file.display()
            );
            assert!(all.insert(id.clone(), values).is_none(), "{id} twice");
        }
    }
    all
}

#[test]
fn every_message_is_in_every_catalog_with_the_same_values() {
    assert_eq!(
        files("en"),
        files("es"),
        "the catalog files of each language"
    );
    let listed: BTreeSet<String> = skillgap::i18n::CATALOG_FILES
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(files("en"), listed, "the files skillgap compiles in");
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
    let names = files("en");
    let mut asked = BTreeSet::new();
    let mut stack = vec![common::root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                // Message ids are namespaced by their file ("web-...", "report-..."):
                // every string literal that starts so names a message.
                let text = common::read(&path);
                for name in &names {
                    for part in text.split(&format!("\"{name}-")).skip(1) {
                        let id = part.split('"').next().unwrap();
                        if !id.is_empty()
                            && id
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        {
                            asked.insert(format!("{name}-{id}"));
                        }
                    }
                }
            }
        }
    }
    // A rubric's ids ("team-leadership") are written in the code too, and are not messages.
    for (id, _) in skillgap::catalog::BUILTINS {
        let rubric = skillgap::rubric::Rubric::from_builtin(id).unwrap();
        for skill in &rubric.skills {
            asked.remove(&skill.id);
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
