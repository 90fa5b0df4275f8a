# skillgap's words in English. `skillgap --help`: what each command and option does.
# Every message has its counterpart in locales/es/cli.ftl (tests/catalogs.rs checks it);
# every id starts with "cli-".
