//! A translation of a rubric made for tests: every text of the rubric marked "[es]".

/// A translation of `rubric` (a rubric file's JSON) with every text marked, as a translator
/// would write it: only text, keyed by the rubric's ids.
pub fn marked(rubric: &serde_json::Value) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    let mark = |v: &Value| json!(format!("[es] {}", v.as_str().unwrap()));
    let by_id = |list: &Value, f: &dyn Fn(&Value) -> Value| -> Value {
        let mut m = Map::new();
        for item in list.as_array().unwrap() {
            m.insert(item["id"].as_str().unwrap().to_string(), f(item));
        }
        Value::Object(m)
    };
    let texts = |item: &Value, fields: &[&str]| -> Value {
        let mut m = Map::new();
        for f in fields {
            if let Some(v) = item
                .get(*f)
                .filter(|v| v.as_str().is_some_and(|s| !s.is_empty()))
            {
                m.insert((*f).to_string(), mark(v));
            }
        }
        Value::Object(m)
    };
    let mut scale = Map::new();
    for p in rubric["scale"].as_array().unwrap() {
        scale.insert(p["value"].to_string(), mark(&p["label"]));
    }
    let mut glossary = Map::new();
    for g in rubric["glossary"].as_array().unwrap() {
        glossary.insert(
            g["term"].as_str().unwrap().to_string(),
            json!({"term": mark(&g["term"]), "explanation": mark(&g["explanation"])}),
        );
    }
    json!({
        "rubric": rubric["id"], "rubric_version": rubric["version"], "lang": "es",
        "title": mark(&rubric["title"]),
        "scale": scale,
        "levels": by_id(&rubric["levels"], &|l| {
            let mut t = texts(l, &["title", "summary"]);
            if let Some(training) = l.get("entry").map(|e| &e["training"]) {
                t["entry_training"] = mark(training);
            }
            t
        }),
        "skills": by_id(&rubric["skills"], &|s| {
            let mut t = texts(s, &["name", "description"]);
            t["anchors"] = Value::Array(s["anchors"].as_array().unwrap().iter().map(mark).collect());
            let mut steps = Map::new();
            for (k, list) in s["next_steps"].as_object().unwrap() {
                steps.insert(k.clone(), Value::Array(list.as_array().unwrap().iter().map(mark).collect()));
            }
            t["next_steps"] = Value::Object(steps);
            t
        }),
        "certifications": by_id(&rubric["certifications"], &|c| texts(c, &["name", "issuer", "preparation", "prerequisites"])),
        "education_paths": by_id(&rubric["education_paths"], &|p| texts(p, &["name", "duration", "note"])),
        "glossary": glossary,
    })
}
