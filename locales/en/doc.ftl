# skillgap's words in English. How the report is laid out in each format: headings, table columns, labels (src/export/).
# Every message has its counterpart in locales/es/doc.ftl (tests/catalogs.rs checks it);
# every id starts with "doc-".
