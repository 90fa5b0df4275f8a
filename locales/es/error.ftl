# Las palabras de skillgap en español. Errores y avisos: qué está mal, dónde y qué hacer.
# Cada mensaje tiene su equivalente en locales/en/error.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "error-".
