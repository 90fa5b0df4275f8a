# skillgap's words in English. The blind review by a supervisor or trainer (src/commands/review.rs, src/questionnaire/review.rs).
# Every message has its counterpart in locales/es/review.ftl (tests/catalogs.rs checks it);
# every id starts with "review-".
