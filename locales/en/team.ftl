# skillgap's words in English. The team's summaries (src/team/, src/commands/team.rs, src/export/html/team*).
# Every message has its counterpart in locales/es/team.ftl (tests/catalogs.rs checks it);
# every id starts with "team-".
