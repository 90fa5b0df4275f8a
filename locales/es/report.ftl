# Las palabras de skillgap en español. Las palabras del informe: el veredicto, la preparación, las brechas, las certificaciones, los próximos pasos (src/report/).
# Cada mensaje tiene su equivalente en locales/en/report.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "report-".
