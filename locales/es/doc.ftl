# Las palabras de skillgap en español. Cómo se presenta el informe en cada formato: títulos, columnas, etiquetas (src/export/).
# Cada mensaje tiene su equivalente en locales/en/doc.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "doc-".

## Todos los formatos: títulos y las palabras alrededor de las cifras

doc-report-kind = Reporte de brechas de habilidades
doc-warning = advertencia:
doc-warnings-heading = Advertencias
doc-skills-heading = Habilidades frente a { $level }
doc-skills-intro = Lo más urgente primero. Escala: { $scale }. Prioridad = importancia × brecha.
doc-strengths = Fortalezas:
doc-levels-heading = Preparación por nivel
doc-reach-rule = Un nivel { $rule }.
doc-next-heading = Qué le falta para { $level }
doc-salary-heading = Salario de referencia
doc-source = Fuente: { $source }.
doc-certs-heading = Certificaciones que cierran las brechas más importantes
doc-steps-heading = Próximos pasos, en orden
doc-steps-none = No hay brechas en el nivel objetivo.
doc-step = hoy { $rating }, requiere { $required } (prioridad { $priority })
doc-your-evidence = Su evidencia:
doc-glossary-heading = Palabras usadas en este reporte
doc-cost-estimate = { $cost } (estimación)
doc-yes = sí
doc-no = no
doc-and = { $first } y { $last }
doc-and-more = { $first } y { $count } más

## Columnas de las tablas

doc-col-skill = Habilidad
doc-col-type = Tipo
doc-col-category = Categoría
doc-col-rating = Calificación
doc-col-rating-short = Calif.
doc-col-self = Autoevaluación
doc-col-self-short = Auto
doc-col-review = Evaluación
doc-col-review-short = Eval.
doc-col-required = Requerido
doc-col-needs = Req.
doc-col-gap = Brecha
doc-col-priority = Prioridad
doc-col-priority-short = Prio.
doc-col-evidence = Evidencia
doc-col-level = Nivel
doc-col-years = Años
doc-col-readiness = Preparación
doc-col-ready = Prep.
doc-col-bar = 0 % a 100 %
doc-col-reached = Alcanzado
doc-col-pay = Salario mediano
doc-col-pay-short = Salario
doc-col-path = Ruta
doc-col-cost = Costo
doc-col-duration = Duración
doc-col-note = Nota

## Categorías de habilidades (las cortas caben en la tabla de una terminal angosta)

doc-category-technical = técnica
doc-category-soft = interpersonal
doc-category-leadership = liderazgo
doc-category-technical-short = téc.
doc-category-soft-short = int.
doc-category-leadership-short = lid.

## El papel de quien evalúa

doc-role-supervisor = supervisor
doc-role-trainer = capacitador
doc-role-peer = compañero
doc-role-assessor = auditor

## El reporte en la terminal

doc-table-skills-heading = Habilidades frente a { $level }, lo más urgente primero (prioridad = importancia × brecha)
doc-table-evidence-note = * con evidencia (aparece bajo la habilidad en los próximos pasos)
doc-table-levels-heading = Preparación por nivel ({ $rule })
doc-table-salary = Salario:
doc-table-source = (fuente: { $source })

## La página HTML

doc-html-answer = La respuesta
doc-html-measured-against = Comparado con
doc-html-next-link = Qué le falta para el siguiente nivel
doc-html-glance = De un vistazo
doc-html-figures = Cifras:
doc-html-dots-caption = Las filas se agrupan por categoría, con la brecha más grande primero. Escala: { $scale }.
doc-html-skills-key = ✓ sin brecha · ⚠ una brecha de { $gap } o más bloquea un nivel
doc-html-skills-key-not-asked = - no se preguntó: queda fuera del puntaje
doc-html-card-required = → requiere:
doc-html-footer = Hecho por skillgap con la rúbrica { $rubric }, versión { $version }. Esta página no necesita red ni scripts; imprímala para guardarla en papel o como PDF.

## Las gráficas de la página HTML

doc-chart-ladder = Preparación para cada nivel de la carrera
doc-chart-best = más alto
doc-chart-target = objetivo
doc-chart-reached = alcanzado
doc-chart-not-reached = no alcanzado
doc-chart-threshold = con { $threshold } se cumple un nivel
doc-chart-dots = Cada habilidad: su calificación y lo que requiere { $level }
doc-chart-technical = Habilidades técnicas
doc-chart-soft = Habilidades interpersonales
doc-chart-leadership = Liderazgo
doc-chart-your-rating = su calificación
doc-chart-your-own-rating = su autoevaluación
doc-chart-reviewers-rating = la calificación de sus evaluadores
doc-chart-required-at = requerido en { $level }
doc-chart-gap = brecha
doc-chart-gap-blocks = brecha de { $gap } o más: bloquea un nivel
doc-chart-not-asked = no se preguntó
doc-chart-rated = calificación { $rating }
doc-chart-you = usted { $rating }
doc-chart-you-not-rated = usted: sin calificar
doc-chart-not-rated = sin calificar
doc-chart-review = evaluación { $rating }
doc-chart-review-not-observed = evaluación: no observada
doc-chart-needs = requiere { $required }
doc-chart-gap-of = brecha { $gap }
doc-chart-unrated-counts = (sin calificar cuenta como 0)
doc-short = { $lead }: { $reasons }.
doc-short-under = No alcanzado
doc-short-over = Con { $threshold } o más, pero no alcanzado
doc-short-points = le faltan { $points } puntos para { $threshold }
doc-short-blocking = una brecha de { $gap } o más en { $skills }
doc-short-blocking-many = una brecha de { $gap } o más en { $count } habilidades
doc-short-not-asked-one = no se preguntó su habilidad clave { $skill }: califíquela para saberlo
doc-short-not-asked = no se preguntaron sus habilidades clave { $skills }: califíquelas para saberlo
doc-short-defining-one = su habilidad clave { $skill } no llega a lo requerido
doc-short-defining = sus habilidades clave { $skills } no llegan a lo requerido
doc-short-defining-count = { $count } de sus habilidades clave no llegan a lo requerido
doc-short-defining-unknown = una de sus habilidades clave ({ $skills }) no llega a lo requerido
doc-short-nothing-asked = no se preguntó nada de lo que requiere

## Las gráficas de la comparación (antes y ahora)

doc-chart-then = antes
doc-chart-now = ahora
doc-chart-rise = subida
doc-chart-fall = bajada
doc-chart-skills = Habilidades
doc-chart-then-and-now = Cada habilidad, antes y ahora
doc-chart-then-value = antes { $rating }
doc-chart-now-value = ahora { $rating }
doc-chart-then-bar = antes (barra delgada)
doc-chart-now-reached = ahora, alcanzado
doc-wrote = se guardó { $path }
