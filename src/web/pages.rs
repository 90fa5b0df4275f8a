//! The web questionnaire's pages, written with `maud` (every value escaped): plain HTML forms
//! that work without JavaScript, one question group per page, large choices for a thumb on a
//! phone, visible focus, and a stylesheet and script small enough to be allowed by hash.
//!
//! The words of the questions come from [`crate::questionnaire::flow`], as in the terminal.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::{Lang, tr};
use crate::text::terminal_safe_lines;

/// A word of the web questionnaire in `lang`, from the catalog.
pub fn w(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

// Messages with values are asked for with `crate::tr!(lang, "web-...", name = value)`.

/// Stands for an element (a link, a file name in code) inside a sentence of the catalog:
/// the message is asked for with it as the value, then split around it, so that each
/// language puts the element where its sentence needs it. No message holds this character.
pub const SLOT: &str = "\u{1}";

/// A page made elsewhere (a report, the team report) marked as written in `lang`
/// (`<html lang="...">`), so that browsers and screen readers read it in that language.
pub fn in_lang(page: &str, lang: Lang) -> String {
    const OPEN: &str = "<html lang=\"";
    let Some(i) = page.find(OPEN).map(|i| i + OPEN.len()) else {
        return page.to_string();
    };
    match page[i..].find('"') {
        Some(j) => format!("{}{}{}", &page[..i], lang.code(), &page[i + j..]),
        None => page.to_string(),
    }
}

/// Text from a file or a form, made safe to show; maud escapes it for HTML afterwards.
pub fn t(s: &str) -> String {
    terminal_safe_lines(s)
}

/// The stylesheet of every questionnaire page: one column, at least 16 px text, choices at
/// least 44 px tall, colours of at least 4.5:1 contrast, a focus ring that shows.
pub const CSS: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1b1f24;
  font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif; }
main { max-width: 680px; margin: 0 auto; padding: 16px 16px 40px; }
h1 { font-size: 26px; line-height: 1.25; margin: 8px 0 8px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 24px 0 8px; }
p, li, dd, label { overflow-wrap: anywhere; }
.kicker { color: #4a525c; font-size: 15px; margin: 0; }
nav.languages { display: flex; gap: 4px; justify-content: flex-end; flex-wrap: wrap; margin: -8px 0 0; }
nav.languages a, nav.languages span { display: inline-block; padding: 10px 12px; min-height: 44px; font-weight: 600; }
nav.languages span { color: #1b1f24; border-bottom: 3px solid #0b5cad; }
.progress { color: #4a525c; font-size: 15px; margin: 0 0 4px; }
progress { width: 100%; height: 10px; accent-color: #0b5cad; }
fieldset { border: 0; margin: 20px 0; padding: 0; min-width: 0; }
legend { font-weight: 700; font-size: 19px; margin-bottom: 8px; padding: 0; }
.choice { display: flex; gap: 12px; align-items: flex-start; border: 2px solid #c9d0d8;
  border-radius: 8px; padding: 12px; margin: 0 0 8px; min-height: 44px; cursor: pointer; background: #fff; }
.choice:has(input:checked) { border-color: #0b5cad; background: #eef5fc; }
.choice input { width: 22px; height: 22px; margin: 2px 0 0; flex: none; accent-color: #0b5cad; }
.choice b { display: block; }
input[type=text], input[type=date], textarea { width: 100%; font: inherit; padding: 10px;
  border: 2px solid #6b7480; border-radius: 6px; background: #fff; color: #1b1f24; }
textarea { min-height: 110px; }
label.field { display: block; font-weight: 700; margin: 14px 0 6px; }
.hint { color: #4a525c; font-size: 15px; margin: 2px 0 8px; }
.dates { display: none; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); gap: 8px;
  margin: -4px 0 12px 0; padding: 8px 12px 10px; border: 2px solid #0b5cad; border-top: 0;
  border-radius: 0 0 8px 8px; background: #eef5fc; }
.dates label { font-size: 15px; min-width: 0; }
.dates input { min-width: 0; }
label.choice:has(input:checked) + .dates { display: grid; }
@supports not selector(:has(*)) { .dates { display: grid; } }
.evidence { display: none; }
form:has(input.ev:checked) .evidence { display: block; }
@supports not selector(:has(*)) { .evidence { display: block; } }
.buttons { display: flex; gap: 12px; align-items: center; justify-content: space-between;
  margin: 24px 0; flex-wrap: wrap; }
button, .button { font: inherit; font-weight: 700; border-radius: 8px; padding: 12px 22px;
  min-height: 48px; border: 2px solid #0b5cad; background: #0b5cad; color: #fff; cursor: pointer;
  text-decoration: none; display: inline-block; }
a.back { color: #0b5cad; font-weight: 700; padding: 12px 4px; }
a.change { display: inline-block; padding: 10px 12px; margin: -6px 0; font-weight: 600; }
a { color: #0b5cad; }
:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.problem { border-left: 5px solid #b3261e; background: #fdf0ef; padding: 10px 14px; margin: 12px 0; }
.problem p { margin: 0; }
.note { border-left: 5px solid #8a6d00; background: #fdf8e6; padding: 10px 14px; margin: 12px 0; }
.resume { color: #4a525c; font-size: 15px; border-top: 1px solid #d5dae1; margin-top: 32px; padding-top: 12px; }
.resume a { overflow-wrap: anywhere; }
table.answers { width: 100%; border-collapse: collapse; }
table.answers th, table.answers td { text-align: left; vertical-align: top; padding: 8px 4px;
  border-bottom: 1px solid #d5dae1; }
table.answers th { font-weight: 600; width: 45%; }
ul.plain { padding-left: 20px; }
@media print { .buttons, .resume { display: none; } }
"#;

/// The script: digits 0 to 9 choose that rating on a skill's page (outside text fields).
/// Nothing depends on it.
pub const SCRIPT: &str = "document.addEventListener('keydown',function(e){var t=e.target;if(e.ctrlKey||e.metaKey||e.altKey||(t&&t.matches&&t.matches('textarea,input:not([type=radio]):not([type=checkbox])')))return;var r=document.getElementById('rating-'+e.key);if(r){r.checked=true;r.focus();}});";

/// A whole page in `lang`: `title`, the content, and the link to come back to the session,
/// if any.
pub fn layout(lang: Lang, title: &str, body: Markup, resume: Option<&str>, script: bool) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (t(title)) " · skillgap" }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    (body)
                    @if let Some(url) = resume {
                        p.resume {
                            (w(lang, "web-resume")) " "
                            a #resume href=(url) { (url) }
                        }
                    }
                }
                @if script {
                    script { (PreEscaped(SCRIPT)) }
                }
            }
        }
    }
}

/// The problems of a form, shown above it.
pub fn problems(list: &[String]) -> Markup {
    html! {
        @if !list.is_empty() {
            div.problem role="alert" {
                @for p in list {
                    p { (t(p)) }
                }
            }
        }
    }
}

/// A page in `lang` that only says something: an error, a finished step.
pub fn message(lang: Lang, title: &str, text: &str, link: Option<(&str, &str)>) -> Markup {
    layout(
        lang,
        title,
        html! {
            h1 { (t(title)) }
            p { (t(text)) }
            @if let Some((href, label)) = link {
                p { a.button href=(href) { (label) } }
            }
        },
        None,
        false,
    )
}

/// A radio choice with its label, large enough for a thumb.
pub fn radio(name: &str, value: &str, id: &str, checked: bool, label: Markup) -> Markup {
    html! {
        label.choice for=(id) {
            input type="radio" name=(name) value=(value) id=(id) checked[checked];
            span { (label) }
        }
    }
}

/// The hidden CSRF field of a form.
pub fn csrf(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}
