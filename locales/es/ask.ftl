# Las palabras de skillgap en español. El cuestionario en la terminal y las preguntas de todas las interfaces (src/questionnaire/, src/commands/assess/interactive.rs, src/prompt/).
# Cada mensaje tiene su equivalente en locales/en/ask.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "ask-".
