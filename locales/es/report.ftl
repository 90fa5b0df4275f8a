# Las palabras de skillgap en español. Las palabras del informe: el veredicto, la preparación, las brechas, las certificaciones, los próximos pasos (src/report/).
# Cada mensaje tiene su equivalente en locales/en/report.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "report-".

## El veredicto (src/report/verdict.rs): las líneas con que empieza cada reporte

report-and = { $first } y { $last }
report-verdict-ready-needed = { $ready } de preparación; se requiere { $needed }
report-verdict-not-yet = Todavía no alcanza { $level }: { $ready }.
report-verdict-not-yet-gaps = Todavía no alcanza { $level }: { $count ->
        [one] le falta 1 habilidad
       *[other] le faltan { $count } habilidades
    } por aprender ({ $ready }).
report-verdict-none = Todavía no ha alcanzado ningún nivel.
report-verdict-none-first = Todavía no ha alcanzado ningún nivel: { $level } es el primero.
report-verdict-reached = Ha alcanzado el nivel { $level }{ $details }.
report-verdict-top = el más alto de la escalera
report-verdict-usually = normalmente con { $years } de experiencia
report-verdict-apply-yes = ¿Puede solicitar empleo como { $level }? Sí: piden { $asks }, que usted tiene, y { $training }.
report-verdict-apply-education-first = ¿Puede solicitar empleo como { $level }? Piden { $asks }, que usted todavía no tiene: obténgalo primero; { $training }.
report-verdict-apply-education-unknown = ¿Puede solicitar empleo como { $level }? Sí, si tiene { $asks }; { $training }.
report-verdict-entry-level = nivel inicial
report-verdict-entry-none = ningún diploma
report-verdict-entry-secondary = un diploma de preparatoria o equivalente (como el GED)
report-verdict-next-clear = Siguiente nivel: { $level }, { $ready } de preparación.
report-verdict-next-enough = Siguiente nivel: { $level }: { $ready } de preparación, suficiente (se requiere { $needed }), pero primero debe cumplir { $count ->
        [one] 1 habilidad
       *[other] { $count } habilidades
    }.
report-verdict-next-short = Siguiente nivel: { $level }: { $ready } de preparación (se requiere { $needed }); { $count ->
        [one] le falta 1 habilidad
       *[other] le faltan { $count } habilidades
    } para llegar.
report-verdict-reviewed = Evaluación de { $reviewers } ({ $verified } de { $total } habilidades confirmadas){ $own }; { $talk }.
report-verdict-own = según su autoevaluación: { $level }
report-verdict-own-none = ningún nivel todavía
report-verdict-talk = { $count ->
        [0] ninguna diferencia grande que conversar
        [one] 1 habilidad para conversar
       *[other] { $count } habilidades para conversar
    }
report-verdict-first = Haga primero: { $items }.
report-verdict-first-item = { $skill } ({ $standing })
report-verdict-not-asked = todavía no se preguntó: califíquela
report-verdict-rated-needs = calificación { $rating }, requiere { $required }
report-verdict-unrated-needs = sin calificar, requiere { $required }
report-verdict-start = Empiece por: { $action }

## Las cifras en palabras (src/report/wording.rs), las mismas en cada formato

report-title = Reporte de brechas de habilidades
report-title-named = Reporte de brechas de habilidades: { $name }
report-not-rated = sin calificar
report-not-asked = no se preguntó
report-gap-not-asked = { $skill }: no se preguntó, requiere { $required } (una habilidad clave de este nivel: califíquela para saber si la cumple)
report-gap = { $skill }: { $rating }, requiere { $required } (brecha de { $gap }{ $why })
report-gap-defining = una habilidad clave de este nivel: debe cumplirla
report-gap-blocks = bloquea este nivel
report-reach-rule = se cumple con { $readiness } de preparación, sin ninguna brecha de { $gap } o más y con todas las habilidades clave cumplidas; se alcanza cada nivel hasta el más alto que se cumple
report-step-toward = hacia { $rating }: { $action }
report-kind-certification = certificación
report-kind-certificate = programa de certificado
report-kind-card = tarjeta de capacitación (no es una certificación)
report-cert-issuer = La otorga: { $issuer } ({ $kind })
report-cert-closes = Cierra brechas en: { $skills }
report-cert-preparation = Tiempo de preparación: { $time }
report-cert-cost = Costo: { $cost }
report-cert-prerequisites = Requisitos previos: { $prerequisites }
report-cert-step-toward = Primer paso hacia: { $credential }, que se basa en esta
report-cert-renewal = Renovación: la que usted tenía venció el { $day }
report-cert-not-eligible = Todavía no puede presentarla: { $why }
report-cert-other-levels = Nota: normalmente se obtiene en otros niveles, no en { $level }
report-cost-estimate = { $cost } (estimación)
report-education-ways-in = Formas de entrar por medio de estudios
report-education-toward = Estudios hacia { $level }
report-no-certs-needed = No se necesita ninguna: ninguna certificación cubre una brecha pendiente.
report-no-certs-asked = No se pidieron (--max-certs 0).
report-credentials = Certificaciones que tiene
report-credentials-as-of = Certificaciones que tiene, al { $day }
report-credential-future = { $credential }: obtenida el { $earned }, una fecha posterior a la del reporte ({ $day }): todavía no cuenta como vigente; revise la fecha
report-credential-today = hoy
report-credential-expired = { $credential }: vencida el { $day }; ya no cuenta como vigente
report-credential-expiring = { $credential }: por vencer el { $day } ({ $count ->
        [one] queda 1 día
       *[other] quedan { $count } días
    }); renuévela
report-credential-valid = { $credential }: vigente; vence el { $day }
report-credential-held = { $credential }: vigente
report-median = { $amount } de salario mediano
report-salary-target = { $pay } como { $level } (nivel objetivo)
report-salary-no-target = la fuente no da un salario para { $level } (nivel objetivo)
report-salary-both = { $pay } como { $level } (el nivel más alto alcanzado); { $target }.
report-salary-only-target = { $target }.
report-provisional = provisional: { $count ->
        [one] 1 habilidad no se preguntó
       *[other] { $count } habilidades no se preguntaron
    }
report-line-rubric = Rúbrica: { $rubric }, versión { $version }
report-line-target = Nivel objetivo: { $level }{ $years }, { $chosen }
report-line-best = Nivel más alto alcanzado: { $level }
report-line-best-provisional = Nivel más alto alcanzado: { $level } ({ $note })
report-line-best-none = Nivel más alto alcanzado: ninguno todavía
report-line-assessed = Fecha de la evaluación: { $day }
report-line-date-unknown = fecha desconocida
report-line-experience = Experiencia: { $years } años
report-line-own-too = Nivel más alto según su autoevaluación: también { $level }
report-line-own-differs = Nivel más alto con las calificaciones { $basis }: { $scored }; según su autoevaluación: { $own }
report-line-none-yet = ninguno todavía
report-line-scored-on = Puntaje calculado con: { $basis } (--ratings { $flag })
report-chosen-profile = indicado en el perfil
report-chosen-option = elegido con --level
report-chosen-suggested = sugerido: el nivel que sigue al más alto alcanzado
report-chosen-questionnaire = elegido en el cuestionario
report-basis-self = su autoevaluación (las evaluaciones se muestran pero no se usan)
report-basis-reviewed = la calificación de los evaluadores donde la hay; si no, la suya
report-basis-lower = la más baja entre su calificación y la de los evaluadores donde existen las dos
report-basis-name-self = propias
report-basis-name-reviewed = de la evaluación
report-basis-name-lower = más bajas
report-since = Desde { $when }: { $changes }
report-since-nothing = Desde { $when }: ninguna calificación cambió
report-since-unknown = su última evaluación (fecha desconocida)
report-since-now-reached = ahora alcanzado
report-since-no-longer = ya no alcanzado
report-review-by = { $reviewer } ({ $role }), { $day }
report-review-stale = antigua: de hace más de 12 meses
report-review-line = { $verified } de { $total } habilidades confirmadas por { $reviewers }
report-role-supervisor = supervisor
report-role-trainer = capacitador
report-role-peer = compañero
report-role-assessor = auditor
report-review-legend = Autoevaluación / Evaluación: su propia calificación y la de { $reviewers } (la mediana cuando varios califican una habilidad; - cuando nadie la calificó). (+1) o (-1): cuánto está la suya por encima o por debajo de la de ellos; ⚑ { $talk } o más de diferencia: converse sobre esto. Puntaje calculado con { $basis }.
report-short = { $ready } de preparación: { $points } puntos por debajo del { $needed } requerido
report-brief-note = Este es el reporte corto. Ejecute el mismo comando sin --brief para ver los detalles, cada habilidad, las certificaciones y el plan completo, o agregue -o reporte.html para tener una página que pueda guardar.
report-your-reviewer = su evaluador
report-your-reviewers = sus evaluadores
report-disagree-heading = Donde usted y { $reviewers } no coinciden
report-strength = { $skill } (calificación { $rating }, requiere { $required })
report-disagreement = { $skill }: usted { $own }, { $reviewers } { $review } ({ $gap }): converse sobre esto
report-no-disagreement = Ninguna habilidad tiene { $talk } o más de diferencia entre su calificación y la de { $reviewers }.
report-education-none = ningún diploma
report-education-secondary = un diploma de preparatoria
report-education-associate = un título técnico superior
report-education-bachelor = una licenciatura
report-education-master = una maestría
report-since-on = el { $day }

## La construcción del reporte (src/report/build.rs): avisos y requisitos

report-warning-stale-review = la evaluación de { $reviewer } ({ $role }) del { $day } tiene más de 12 meses al { $today }; todavía se usa, pero una evaluación nueva diría dónde está usted hoy
report-years-band = { $min }-{ $max } años
report-years-open = { $min }+ años
report-years-one = 1 año
report-years = { $years } años
report-route-no-degree = sin título
report-route-with = con { $education }
report-eligibility-gives = el perfil indica { $years }
report-eligibility-gives-none = el perfil no indica ninguna
report-eligibility-education = pide al menos { $education }; el perfil indica { $given }
report-eligibility-none = ninguno
report-eligibility-route = pide { $years } de experiencia laboral { $route } ({ $others }); { $gives }
report-eligibility-stricter = el perfil no indica sus estudios, así que se usa la regla más estricta (agregue "education" al perfil)
report-eligibility-years = pide { $years } de experiencia laboral; { $gives }

## Las palabras propias del reporte en su glosario (src/report/glossary.rs)

report-glossary-source = cómo skillgap califica un perfil (README: How the report is scored)
report-glossary-priority-formula = prioridad = importancia × brecha
report-glossary-readiness = preparación
report-glossary-readiness-means = Cuánto de lo que pide un nivel ya tiene usted, como porcentaje: cada habilidad cuenta hasta la calificación que el nivel requiere, y las habilidades más importantes cuentan más. Un nivel se cumple con { $readiness } o más, cuando ninguna brecha es de { $gap } o más y se cumplen todas las habilidades clave.
report-glossary-gap = brecha
report-glossary-gap-means = Cuántos puntos está su calificación por debajo de la que requiere un nivel (0 cuando la cumple). Una brecha de { $gap } o más en una sola habilidad bloquea ese nivel, sea cual sea la preparación.
report-glossary-priority = prioridad
report-glossary-priority-means = Qué tan urgente es trabajar en una habilidad: su importancia (de 1 a 5) por su brecha en el nivel objetivo. Entre más alto el número, antes hay que trabajar en ella.
report-glossary-defining = habilidad clave
report-glossary-defining-also = habilidades clave
report-glossary-defining-means = Una de las pocas habilidades que hacen de un nivel un trabajo distinto al del nivel anterior. Un nivel se cumple solo cuando se cumplen todas sus habilidades clave, sea cual sea la preparación.

## Avisos sobre un perfil (src/gap_report.rs, src/checks.rs, src/commands/assess)

report-warning-not-rated = { $count ->
        [one] 1 habilidad no tiene calificación y cuenta como 0: { $skills } (califíquela, o use --strict para rechazar habilidades sin calificar)
       *[other] { $count } habilidades no tienen calificación y cuentan como 0: { $skills } (califíquelas, o use --strict para rechazar habilidades sin calificar)
    }
report-warning-not-asked = { $count ->
        [one] 1 habilidad no se preguntó (el perfil la deja fuera): { $skills }. Queda fuera de la preparación y de la regla de brechas, así que los niveles que decide son provisionales; para confirmarlos, califíquela (skillgap assess --update ARCHIVO hace esa pregunta)
       *[other] { $count } habilidades no se preguntaron (el perfil las deja fuera): { $skills }. Quedan fuera de la preparación y de la regla de brechas, así que los niveles que deciden son provisionales; para confirmarlos, califíquelas (skillgap assess --update ARCHIVO hace esas preguntas)
    }
report-warning-set-aside = la evaluación de { $reviewer } ({ $role }) del { $day } se deja de lado: cada evaluador cuenta una sola vez, y { $counted }
report-warning-given-again = la misma evaluación se entregó otra vez (cuenta la última entregada)
report-warning-counted = cuenta su evaluación del { $day }
report-warning-later = cuenta una posterior
report-warning-flat = { $count } de { $rated } calificaciones son { $value } ({ $label }); puede que los resultados no sean confiables. Revise otra vez: ¿cada frase que eligió describe lo que usted hace?
report-warning-years = { $level } normalmente requiere { $band } de experiencia, y usted tiene { $years }; planee el tiempo que toma, o apunte primero a un nivel anterior.
report-warning-no-evidence = { $count } habilidades tienen calificación de 3 o más sin evidencia ({ $skills }); agregar lo que ha hecho hace que el reporte convenza más a un empleador.
report-warning-no-certs = no se pidieron certificaciones (--max-certs 0), así que el reporte no recomienda ninguna
