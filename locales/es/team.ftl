# Las palabras de skillgap en español. Los resúmenes del equipo (src/team/, src/commands/team.rs, src/export/html/team*).
# Cada mensaje tiene su equivalente en locales/en/team.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "team-".

## El encabezado del resumen y los conteos

team-title = Resumen del equipo: { $rubric }
team-as-of = al { $day }
team-counts-scored = { $count ->
    [one] { $n } persona con puntaje
   *[other] { $n } personas con puntaje
}
team-counts-rejected = { $count ->
    [one] { $n } registro rechazado (vea los mensajes de arriba; no está en estas cifras)
   *[other] { $n } registros rechazados (vea los mensajes de arriba; no están en estas cifras)
}
team-counts-none-rejected = ningún registro rechazado
team-counts-reviewed = { $count ->
    [one] { $n } con evaluación
   *[other] { $n } con evaluación
}
team-review-legend = Con evaluación: personas cuyas evaluaciones califican la habilidad ({ $reviewed } de { $scored } personas tienen una evaluación). Autoevaluación − evaluación: el promedio de la calificación propia menos la del evaluador, entre las personas que tienen ambas; por encima de 0, las personas se califican más alto que sus evaluadores.

## El plan de capacitación

team-estimate = (estimado)
team-cert-helps = { $count ->
    [one] Ayuda a { $n } persona (prioridad del equipo { $priority })
   *[other] Ayuda a { $n } personas (prioridad del equipo { $priority })
}
team-cert-closes = Cierra brechas del equipo en: { $skills }
team-cert-cost = Costo: { $each } por persona; USD { $total } para todas las personas a las que ayuda
team-cert-cost-estimate = Costo: { $each } por persona; USD { $total } para todas las personas a las que ayuda (estimado)
team-cert-step = Primer paso hacia: { $name }, que se basa en esta

## Cobertura

team-no-group = (sin grupo)
team-whole-team = Todo el equipo
team-verdict-covered = { $who }: todas las habilidades cubiertas
team-verdict-nobody = nadie trabaja por su cuenta en { $skill }
team-verdict-single = { $skill } tiene una sola persona independiente: { $person }
team-verdict-low = { $count ->
    [one] { $skill } está por debajo del mínimo ({ $independent } independientes, { $trainers } capacitador)
   *[other] { $skill } está por debajo del mínimo ({ $independent } independientes, { $trainers } capacitadores)
}
team-verdict-one = { $who }: { $main } ({ $critical ->
    [yes] habilidad crítica
   *[no] habilidad
})
team-verdict-more = { $who }: { $main } ({ $critical ->
    [yes] habilidad crítica
   *[no] habilidad
}); { $count ->
    [one] { $more } habilidad más sin cubrir
   *[other] { $more } habilidades más sin cubrir
}
team-verdict-more-critical = { $who }: { $main } ({ $critical ->
    [yes] habilidad crítica
   *[no] habilidad
}); { $count ->
    [one] { $more } habilidad más sin cubrir, { $critical_more } de ellas crítica
   *[other] { $more } habilidades más sin cubrir, { $critical_more } { $critical_count ->
        [one] de ellas crítica
       *[other] de ellas críticas
    }
}
team-status-none = nadie
team-status-single = una persona
team-status-low = baja
team-status-ok = cubierta
team-status-single-person = una persona: { $person }
team-yes = sí
team-coverage-rule = { $count ->
    [one] Una persona trabaja por su cuenta en una habilidad desde la calificación { $independent } y puede enseñarla desde { $trainer }; una habilidad está cubierta con al menos { $min_independent } personas independientes y { $min_trainers } capacitador. Primero las habilidades críticas, las peores primero: nadie (ninguna persona independiente), una persona (un solo punto de falla), baja (por debajo del mínimo), cubierta.
   *[other] Una persona trabaja por su cuenta en una habilidad desde la calificación { $independent } y puede enseñarla desde { $trainer }; una habilidad está cubierta con al menos { $min_independent } personas independientes y { $min_trainers } capacitadores. Primero las habilidades críticas, las peores primero: nadie (ninguna persona independiente), una persona (un solo punto de falla), baja (por debajo del mínimo), cubierta.
}
team-coverage-heading = Cobertura: quién puede hacer cada trabajo
team-groups-heading = Cobertura por grupo
team-groups-intro = { $count ->
    [one] { $n } grupo; una línea por grupo y después cada habilidad sin cubrir, las peores primero.
   *[other] { $n } grupos, los peores primero; una línea por grupo y después cada habilidad sin cubrir, las peores primero.
}
team-group-line = { $count ->
    [one] { $verdict } ({ $n } persona)
   *[other] { $verdict } ({ $n } personas)
}
team-groups-all-covered = Cada grupo cubre todas las habilidades.
team-more-uncovered = { $count ->
    [one] … y { $n } habilidad más sin cubrir; --format json las muestra todas.
   *[other] … y { $n } habilidades más sin cubrir; --format json las muestra todas.
}
team-more-pairs = { $count ->
    [one] … y { $n } pareja más; --format json las muestra todas.
   *[other] … y { $n } parejas más; --format json las muestra todas.
}
team-more-unpaired = { $count ->
    [one] … y { $n } aprendiz más sin capacitador; --format json los muestra todos.
   *[other] … y { $n } aprendices más sin capacitador; --format json los muestra todos.
}

## Columnas

team-col-skill = Habilidad
team-col-critical = Crítica
team-col-independent = Independientes
team-col-trainers = Capacitadores
team-col-status = Estado
team-col-group = Grupo
team-col-credential = Certificación
team-col-valid = Vigentes
team-col-expiring = Por vencer
team-col-expired = Vencidas
team-col-learner = Aprendiz
team-col-trainer = Capacitador
team-col-trainer-group = Grupo del capacitador
team-col-gap = Brecha
team-col-priority = Prioridad
team-col-why = Motivo
team-col-member = Persona
team-col-best-level = Mejor nivel
team-col-target = Nivel objetivo

## Certificaciones

team-certificates-heading = Certificaciones
team-certificates-rule = { $count ->
    [one] Al { $day }: por vencer quiere decir que vence dentro de { $days } día; una certificación vencida ya no cuenta.
   *[other] Al { $day }: por vencer quiere decir que vence dentro de { $days } días; una certificación vencida ya no cuenta.
}
team-today = hoy
team-certificates-future = Con fecha de obtención posterior al { $day }, así que todavía no cuentan (revise la fecha): { $list }.
team-expiring-none = Ninguna certificación con fecha de vencimiento vence después de este día.
team-expiring-soonest = Las que vencen primero:
team-expiry = { $count ->
    [one] { $name }, el { $day } ({ $days } día): { $member }
   *[other] { $name }, el { $day } ({ $days } días): { $member }
}
team-expiry-group = { $count ->
    [one] { $name }, el { $day } ({ $days } día): { $member }, { $group }
   *[other] { $name }, el { $day } ({ $days } días): { $member }, { $group }
}

## Quién capacita a quién

team-pairs-heading = Quién capacita a quién
team-pairs-rule = A cada persona que no alcanza su nivel objetivo se le asigna un capacitador de la habilidad en su grupo, o si no, en cualquier grupo; cada capacitador toma como máximo { $load_count ->
    [one] { $load } aprendiz
   *[other] { $load } aprendices
}; lo más urgente primero. { $pairs_count ->
    [one] { $pairs } pareja
   *[other] { $pairs } parejas
}; { $unpaired_count ->
    [one] { $unpaired } necesidad
   *[other] { $unpaired } necesidades
} sin capacitador (una persona con una brecha en una habilidad que ningún capacitador pudo tomar).
team-unpaired-heading = Aprendices sin capacitador
team-reason-no-trainer = nadie en el equipo puede enseñarla
team-reason-trainers-full = todos sus capacitadores están llenos

## La matriz de habilidades

team-matrix-heading = Matriz de habilidades
team-matrix-title = { $count ->
    [one] Matriz de habilidades: { $n } persona
   *[other] Matriz de habilidades: { $n } personas
}
team-matrix-legend = Cada celda es la calificación usada (0 si no tiene calificación); * marca una calificación por debajo de lo que requiere el nivel objetivo de la persona.
team-matrix-columns = Las columnas son los ids de las habilidades: { $list }.
team-matrix-none-yet = ninguno todavía
team-matrix-too-large = La matriz no se muestra: { $n } personas, más que --matrix-limit { $limit }. Guárdela en un archivo CSV (-o matrix.csv), que no tiene límite, o aumente --matrix-limit.

## Las tablas del resumen (terminal, Markdown, HTML)

team-skills-heading = Habilidades, las más urgentes para el equipo primero
team-col-short = Con brecha
team-col-short-percent = % con brecha
team-col-mean-gap = Brecha promedio
team-col-team-priority = Prioridad del equipo
team-col-reviewed = Con evaluación
team-col-self-review = Autoevaluación − evaluación
team-ladder-heading = La escalera de niveles
team-col-level = Nivel
team-col-reached = Alcanzado
team-col-best-of = Mejor nivel de
team-col-aiming = Con este objetivo
team-no-level = Sin ningún nivel alcanzado todavía: { $n }
team-training-heading = Plan de capacitación
team-nothing-to-fund = Nada que financiar: ninguna certificación cubre una brecha del equipo.
team-nothing-to-fund-line = nada que financiar: ninguna certificación cubre una brecha del equipo

## La página del equipo (HTML)

team-kicker = Resumen del equipo
team-at-a-glance = De un vistazo
team-figures = Cifras:
team-critical-mark = ◆ marca una habilidad crítica.
team-heat-whole-team = Todo el equipo ({ $n })
team-heat-legend = parte de las personas con brecha:
team-heat-title = Parte de las personas con brecha en cada habilidad
team-heat-desc = { $count ->
    [one] Mapa de calor de { $n } habilidad: la parte de las personas cuya calificación está por debajo de lo que requiere su nivel objetivo, más oscuro cuanto más; las habilidades críticas llevan un rombo. Las cifras están en la tabla Habilidades, las más urgentes para el equipo primero.
   *[other] Mapa de calor de { $n } habilidades, las más urgentes para el equipo primero: la parte de las personas cuya calificación está por debajo de lo que requiere su nivel objetivo, más oscuro cuanto más; las habilidades críticas llevan un rombo. Las cifras están en la tabla Habilidades, las más urgentes para el equipo primero.
}
team-bars-none = Sin ningún nivel alcanzado todavía
team-bars-title = Mejor nivel alcanzado, personas por nivel
team-bars-desc = Gráfico de barras de cuántas personas tienen cada nivel como su mejor nivel alcanzado, y cuántas no han alcanzado ninguno. Las cifras están en la tabla La escalera de niveles.
team-coverage-in-heatmap = Los conteos y el estado de cada habilidad para todo el equipo están en el mapa de calor de arriba.
team-footer = Hecho con skillgap con la rúbrica { $rubric }, versión { $version }.
team-footer-offline = Esta página no necesita red ni scripts; imprímala para tenerla en papel o como PDF.
team-matrix-footer = Hecho con skillgap. Esta página no necesita red ni scripts.
team-heat-low-trainers = { $count ->
    [0] baja: sin capacitador
    [one] baja: { $n } capacitador
   *[other] baja: { $n } capacitadores
}
team-heat-low-on-own = baja: { $n } por su cuenta
team-heat-critical-tag = ◆ crítica
team-describe-none = ninguna persona independiente
team-describe-single = una sola persona (un solo punto de falla)
team-describe-low = por debajo del mínimo
team-describe-ok = cubierta
team-heat-title-worst = Cobertura de cada habilidad: todo el equipo y los { $shown } grupos peor cubiertos de { $n }, los peores primero
team-heat-title-groups = Cobertura de cada habilidad: todo el equipo y cada grupo, los peores primero
team-heat-short = Con brecha
team-heat-of-target = frente al objetivo
team-heat-on-own = Equipo: por su cuenta
team-heat-trainers = Equipo: capacitadores
team-heat-members = { $count ->
    [one] { $n } persona
   *[other] { $n } personas
}
team-heat-rule = { $count ->
    [one] Por su cuenta: personas con calificación { $independent } o más, que trabajan en la habilidad por su cuenta; capacitadores: con calificación { $trainer } o más. Cubierta requiere { $min_independent } personas por su cuenta y { $min_trainers } capacitador.
   *[other] Por su cuenta: personas con calificación { $independent } o más, que trabajan en la habilidad por su cuenta; capacitadores: con calificación { $trainer } o más. Cubierta requiere { $min_independent } personas por su cuenta y { $min_trainers } capacitadores.
}
team-heat-legend-line = ◆ marca una habilidad crítica. Con brecha frente al objetivo: la parte de las personas cuya calificación está por debajo de lo que requiere su nivel objetivo.
team-heat-groups-are-in = Los conteos de cada grupo están en
team-full-list-run = La lista completa, aprendiz por aprendiz: ejecute el mismo comando con
team-full-list-under = en
team-or = o
team-and = y
team-full-list-sheet = hoja Pairs
team-full-list-in = La lista completa, aprendiz por aprendiz, está en
team-full-list-print = Lista completa: el JSON o el libro de Excel del equipo (no se imprime).
team-pairs-learners-col = Aprendices: habilidad, brecha
team-pairs-learners = Aprendices
team-pairs-gap = brecha { $gap }
team-pairs-more = { $count ->
    [one] … y { $n } pareja más.
   *[other] … y { $n } parejas más.
}
team-unpaired-col-without = Sin capacitador
team-unpaired-col-places = Lugares
team-unpaired-col-paired = Con capacitador
team-unpaired-intro = { $needs_count ->
    [one] { $needs } necesidad
   *[other] { $needs } necesidades
} de { $learners_count ->
    [one] { $learners } persona
   *[other] { $learners } personas
}, en { $skills_count ->
    [one] { $skills } habilidad
   *[other] { $skills } habilidades
}, no tienen capacitador.
team-unpaired-some-nobody = En { $skills_count ->
    [one] { $skills } habilidad
   *[other] { $skills } habilidades
} nadie en el equipo puede enseñarla; en las demás cada capacitador ya tiene { $load_count ->
    [one] { $load } aprendiz
   *[other] { $load } aprendices
}.
team-unpaired-all-full = En cada una, cada capacitador ya tiene { $load_count ->
    [one] { $load } aprendiz
   *[other] { $load } aprendices
}
team-unpaired-why-none = nadie en el equipo puede enseñarla
team-unpaired-why-full = capacitadores llenos
team-unpaired-line-needs = { $n } sin capacitador;
team-unpaired-line-full = { $count ->
    [one] { $trainers } capacitador
   *[other] { $trainers } capacitadores
} ({ $places } lugares), { $paired } con capacitador en ella; capacitadores llenos.
team-unpaired-legend = Capacitadores: personas que pueden enseñar la habilidad. Lugares: capacitadores × { $load }, los aprendices que pueden tomar, compartidos entre todas las habilidades que pueden enseñar. Con capacitador: aprendices a los que se asignó un capacitador en la habilidad (vea Quién capacita a quién). Nadie en el equipo: { $none }; capacitadores llenos: { $full }.

## El aviso al inicio de la página del equipo

team-callout-label = Lo que necesita atención
team-callout-all-covered = Ninguna habilidad crítica depende de una sola persona, y alguien trabaja por su cuenta en cada habilidad.
team-callout-all-covered-groups = Ninguna habilidad crítica depende de una sola persona, y alguien trabaja por su cuenta en cada habilidad en cada grupo.
team-callout-coverage = Cobertura
team-callout-more = y { $n } más: vea
team-callout-only-team = la única persona en el equipo
team-callout-only-in = la única persona en { $group }
team-callout-only-group = la única persona en el grupo
team-callout-singles = { $count ->
    [one] { $n } habilidad crítica depende de una sola persona:
   *[other] { $n } habilidades críticas dependen de una sola persona:
}
team-callout-and-more = y { $n } más
team-callout-nobody = { $count ->
    [one] { $n } habilidad no tiene a nadie que trabaje en ella por su cuenta:
   *[other] { $n } habilidades no tienen a nadie que trabaje en ellas por su cuenta:
}
team-callout-critical = (crítica)
team-callout-whole-team = todo el equipo
team-callout-none-short = Nadie tiene brechas frente a su nivel objetivo en ninguna habilidad.
team-callout-urgent = Capacitación más urgente:
team-callout-short = ({ $percent } con brecha)
team-callout-pairs = { $count ->
    [one] { $n } pareja de capacitador y aprendiz
   *[other] { $n } parejas de capacitador y aprendiz
}
team-callout-needs = { $count ->
    [one] { $n } necesidad
   *[other] { $n } necesidades
}
team-callout-without = sin capacitador
