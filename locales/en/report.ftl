# skillgap's words in English. The report's own words: the verdict, readiness, gaps, certifications, next steps (src/report/).
# Every message has its counterpart in locales/es/report.ftl (tests/catalogs.rs checks it);
# every id starts with "report-".
