# Las palabras de skillgap en español. `skillgap --help`: qué hace cada comando y cada opción.
# Cada mensaje tiene su equivalente en locales/en/cli.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "cli-".
