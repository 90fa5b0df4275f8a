# Las palabras de skillgap en español. El progreso: `skillgap compare` y `skillgap history`
# (src/progress/, src/export/*/compare.rs, history.rs, progress.rs).
# Cada mensaje tiene su equivalente en locales/en/progress.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "progress-".

## Listas y calificaciones

progress-and = { $list } y { $last }
progress-and-more = { $list } y { $more } más
progress-none = ninguna
progress-none-yet = ninguno todavía
progress-not-rated = sin calificar
progress-rated-needs = calificación { $rating }, requiere { $required }
progress-not-rated-needs = sin calificar, requiere { $required }
progress-named-with = { $name } ({ $detail })
progress-change = { $name }: { $from } → { $to }

## La respuesta

progress-still-none = Todavía no ha alcanzado ningún nivel.
progress-still = Sigue en { $title }.
progress-now-first = Ahora está en { $title }; antes no había alcanzado ningún nivel.
progress-now-up = Subió a { $title }; antes estaba en { $was }.
progress-now-down = Bajó a { $title }; antes estaba en { $was }.
progress-none-now = Ahora no alcanza ningún nivel; antes estaba en { $was }.
progress-readiness-same = Preparación para { $title }: sin cambio, { $now }
progress-readiness = Preparación para { $title }: de { $then } a { $now }
progress-status-reached = { $figures }; nivel alcanzado.
progress-status-short = { $figures }; le falta llegar al { $ready } que se requiere.
progress-status-held = { $figures }; supera el { $ready } que se requiere, pero lo frenan { $skills }.
progress-status-unasked = { $figures }; supera el { $ready } que se requiere, pero no se preguntaron todas las habilidades que exige.
progress-certs-gained = Certificaciones obtenidas: { $names }.
progress-closed = Cerró { $count ->
        [one] 1 brecha
       *[other] { $count } brechas
    } para { $target }: { $names }.
progress-opened = { $count ->
        [one] Brecha nueva
       *[other] Brechas nuevas
    }: { $names }.
progress-level-skills = { $title }: { $skills }
progress-now-blocking = Ahora frenan el nivel { $parts }.

## La comparación

progress-title = Progreso: { $name }
progress-title-unnamed = Progreso
progress-then = Antes
progress-now = Ahora
progress-file-date = { $day } (fecha del archivo)
progress-date-unknown = fecha desconocida
progress-from-stdin = de la entrada estándar
progress-from-file = de { $file }
progress-date-line = { $label }: { $day }, { $source }
progress-rubric = Rúbrica: { $title }, versión { $version }
progress-measured = Medido contra: { $title }
progress-rubric-changed = La rúbrica cambió (versión { $from } → versión { $to }): solo se comparan las { $compared } habilidades que tienen las dos versiones
progress-rubric-changed-left-out = La rúbrica cambió (versión { $from } → versión { $to }): solo se comparan las { $compared } habilidades que tienen las dos versiones; quedan fuera, y cuentan como sin calificar en ambos lados: { $skills }
progress-kind-own = autoevaluaciones
progress-kind-reviewed = calificaciones evaluadas ({ $count } habilidades calificadas en una evaluación)
progress-kind-lower = la menor entre autoevaluación y evaluación ({ $count } habilidades calificadas en una evaluación)
progress-basis-note = Las calificaciones comparadas no son del mismo tipo: antes { $then }, ahora { $now }; parte de un cambio puede ser la opinión de los evaluadores y no un progreso (para comparar autoevaluaciones en ambos lados, compare los perfiles con --ratings self)
progress-gaps-closed = Brechas cerradas: { $names }
progress-gaps-opened = Brechas abiertas: { $names }
progress-certs-gained-line = Certificaciones obtenidas: { $names }

## El historial

progress-history-title = Evaluaciones de { $name }
progress-history-title-unnamed = Evaluaciones
progress-history-count = { $count ->
        [one] 1 evaluación, de la más antigua a la más reciente
       *[other] { $count } evaluaciones, de la más antigua a la más reciente
    }
progress-best-level = Mejor nivel: { $title }.
progress-one-assessment = Una evaluación, { $day }.
progress-assessments-span = { $count } evaluaciones, del { $first } al { $last }.
progress-no-change-since = Ninguna calificación cambió desde el { $day }.
progress-since = Desde el { $day }: { $changes }.

## Tablas y páginas

progress-col-skill = Habilidad
progress-col-then = Antes
progress-col-now = Ahora
progress-col-change = Cambio
progress-col-required = Requerido
progress-col-gap-then = Brecha antes
progress-col-gap-now = Brecha ahora
progress-col-level = Nivel
progress-col-readiness-then = Preparación antes
progress-col-readiness-now = Preparación ahora
progress-col-reached-then = Alcanzado antes
progress-col-reached-now = Alcanzado ahora
progress-yes = sí
progress-no = no
progress-col-assessed-on = Evaluado el
progress-col-best-level = Mejor nivel
progress-col-target-readiness = Preparación para { $title }
progress-col-readiness = Preparación
progress-col-ratings-changed = Calificaciones que cambiaron
progress-readiness-per-level = Preparación por nivel
progress-skills = Habilidades
progress-assessments = Evaluaciones
progress-chart-then-now = Preparación por nivel, antes y ahora
progress-kicker = Reporte de progreso
progress-what-changed = Qué cambió
progress-at-a-glance = De un vistazo
progress-dots-caption = Medido contra { $target }. Cifras:
progress-ladder-caption = La línea punteada marca el { $ready } de preparación con el que se alcanza un nivel; una brecha de { $gap } o más, o una habilidad clave que no llega, todavía frena un nivel. Cifras:
progress-footer = Hecho por skillgap con la rúbrica { $rubric }, versión { $version }. Esta página no necesita red ni scripts; imprímala para guardarla en papel o como PDF.
progress-chart-over-time = Preparación por nivel a lo largo del tiempo
progress-chart-over-time-text = Gráfica de líneas de la preparación por nivel en cada una de las { $count } evaluaciones, la más antigua a la izquierda, con el { $ready } que alcanza un nivel como línea punteada. Las cifras están en la tabla Preparación por nivel.
progress-history-kicker = Evaluaciones a lo largo del tiempo
progress-figures = Cifras:
progress-measured-against = La preparación se mide contra { $target }.
progress-past-the-line = En la evaluación más reciente, { $count ->
        [one] { $levels } supera
       *[other] { $levels } superan
    } la línea del { $ready } pero no se alcanza: a un nivel lo frena una brecha lo bastante grande o una habilidad clave que no llega; el reporte de esa evaluación dice cuál.
progress-chart-dashed = punteada: con { $ready } se alcanza un nivel
