# skillgap's words in English. The questionnaire in the terminal and the questions every front end asks (src/questionnaire/, src/commands/assess/interactive.rs, src/prompt/).
# Every message has its counterpart in locales/es/ask.ftl (tests/catalogs.rs checks it);
# every id starts with "ask-".
