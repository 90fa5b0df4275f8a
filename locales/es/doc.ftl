# Las palabras de skillgap en español. Cómo se presenta el informe en cada formato: títulos, columnas, etiquetas (src/export/).
# Cada mensaje tiene su equivalente en locales/en/doc.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "doc-".
