# Las palabras de skillgap en español. Los resúmenes del equipo (src/team/, src/commands/team.rs, src/export/html/team*).
# Cada mensaje tiene su equivalente en locales/en/team.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "team-".
