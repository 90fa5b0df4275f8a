//! Chart text read on a phone: every example's report page, and a comparison and a history,
//! laid out by headless Chromium 360 and 390 CSS px wide, with the size of every piece of
//! text in the charts measured as it is drawn on screen. None may be under 11 px, and no
//! chart may reach past the screen's right edge.

mod common;

use common::browser::browser;
use common::measure::measure;
use common::{example, root, skillgap};
use serde_json::Value;

/// The smallest text a chart may draw, in CSS pixels on screen.
const MIN_PX: f64 = 11.0;

/// Every text in the charts (`#charts`, captions aside): its words, and its font size as
/// drawn, which for SVG text is the font size times the scale the SVG is drawn at. Then the
/// widest right edge of a chart, and the window's width.
const TEXTS: &str = r##"(() => {
  const texts = [];
  const charts = [...document.querySelectorAll("#charts figure > :not(figcaption)")];
  for (const chart of charts) {
    for (const t of chart.querySelectorAll("text")) {
      const m = t.getScreenCTM();
      const scale = Math.hypot(m.a, m.b);
      texts.push({ words: t.textContent.trim().slice(0, 40), svg: true,
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
        tall: t.getBoundingClientRect().height });
    }
    const walk = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || el.closest("svg")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      texts.push({ words: node.textContent.trim().slice(0, 40), svg: false,
        px: parseFloat(getComputedStyle(el).fontSize), tall: r.height });
    }
  }
  const right = Math.max(...charts.map(c => c.getBoundingClientRect().right));
  return { charts: charts.length, texts, right, inner: window.innerWidth };
})()"##;

fn output(args: &[&str]) -> String {
    let out = skillgap().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The pages: each example profile's report, a comparison and a history.
fn pages(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut profiles: Vec<_> = std::fs::read_dir(root().join("examples/profiles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    profiles.sort();
    for p in &profiles {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let html = output(&["assess", "--format", "html", "--input", p.to_str().unwrap()]);
        out.push((name, html));
    }
    // The same person a few months on, for a comparison and a history.
    let old = example("specialist-to-senior.json");
    let mut later: Value = serde_json::from_str(&common::read(&old)).unwrap();
    later["assessed_on"] = "2027-03-01".into();
    later["ratings"]["process-improvement"] = 3.into();
    later["ratings"]["communication"] = 3.into();
    let later_path = dir.join("later.json");
    std::fs::write(&later_path, later.to_string()).unwrap();
    let (old, later) = (old.to_str().unwrap(), later_path.to_str().unwrap());
    out.push((
        "comparison".into(),
        output(&["compare", "--format", "html", old, later]),
    ));
    out.push((
        "history".into(),
        output(&["history", "--format", "html", old, later]),
    ));
    out
}

#[test]
fn chart_text_is_at_least_11_px_on_a_phone() {
    let Some(b) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    for (name, html) in pages(dir.path()) {
        for width in [360, 390] {
            let m = measure(&b, &html, width, TEXTS);
            let texts = m["texts"].as_array().unwrap();
            let px = |t: &Value| t["px"].as_f64().unwrap();
            assert!(m["charts"].as_u64().unwrap() >= 1, "{name}: no chart found");
            assert!(
                texts.len() >= 10,
                "{name} at {width}: only {} texts",
                texts.len()
            );
            let small: Vec<&Value> = texts.iter().filter(|t| px(t) < MIN_PX).collect();
            assert!(
                small.is_empty(),
                "{name} at {width} px: {} of {} chart texts under {MIN_PX} px, such as {}",
                small.len(),
                texts.len(),
                serde_json::to_string(&small[..small.len().min(5)]).unwrap()
            );
            let right = m["right"].as_f64().unwrap();
            assert!(
                right <= f64::from(width) + 0.5,
                "{name} at {width} px: a chart reaches {right} px"
            );
            let least = texts.iter().map(px).fold(f64::INFINITY, f64::min);
            eprintln!(
                "{name} at {width} px: {} texts, the smallest {least:.1} px",
                texts.len()
            );
        }
    }
}
