# Las palabras de skillgap en español. La evaluación a ciegas de un supervisor o capacitador (src/commands/review.rs, src/questionnaire/review.rs).
# Cada mensaje tiene su equivalente en locales/en/review.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "review-".
