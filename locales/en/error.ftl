# skillgap's words in English. Errors and warnings: what is wrong, where, and what to do.
# Every message has its counterpart in locales/es/error.ftl (tests/catalogs.rs checks it);
# every id starts with "error-".
