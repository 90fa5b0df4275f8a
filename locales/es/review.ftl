# Las palabras de skillgap en español. La evaluación a ciegas de un supervisor o capacitador (src/commands/review.rs, src/questionnaire/review.rs).
# Cada mensaje tiene su equivalente en locales/en/review.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "review-".

## Antes de la primera pregunta

review-intro = Califique cada habilidad con la frase que describe lo que la persona hace hoy, según lo que usted ha visto; elija "{ $not_observed }" donde no lo haya visto. La autoevaluación de la persona se muestra solo después de su última respuesta.
review-what-review = su evaluación
review-no-draft = No hay una evaluación sin terminar para continuar; empieza una nueva.
review-draft-set-aside = No se pudo usar su evaluación sin terminar: { $reason }. Se guardó en { $path } para que la revise. Empieza una evaluación nueva.
review-draft-found = Tiene una evaluación sin terminar
review-draft-found-of = Tiene una evaluación sin terminar de { $person }
review-draft-discard = Descartarla y empezar de nuevo
review-cannot-delete-draft = no se puede borrar la evaluación sin terminar en { $path }
review-pick-draft = Tiene varias evaluaciones sin terminar. ¿Cuál quiere continuar?
review-pick-draft-stopped = Detenido. Sus evaluaciones sin terminar no cambiaron.
review-draft-progress = { $answered } de { $total } habilidades respondidas
review-draft-no-name = todavía sin nombre

## Las preguntas

review-person-question = ¿A quién evalúa? (su nombre, como aparece en su perfil)
review-reviewer-question = Su nombre
review-name-empty = escriba un nombre
review-role-question = ¿En qué función hace esta evaluación?
review-role-supervisor = Supervisor
review-role-trainer = Capacitador
review-role-assessor = Auditor (un auditor o examinador)
review-role-peer = Compañero (un colega del mismo nivel)
review-the-person = la persona
review-rating-question = ¿Cuál describe lo que { $person } hace hoy?
review-not-observed = No tuve oportunidad de observarlo
review-back-to-list = ← volver a la lista, sin cambios
review-note-new = ¿Qué ha visto hacer a { $person } que lo demuestre? (opcional, Enter para saltar)
review-note-again = ¿Qué ha visto hacer a { $person } que lo demuestre? (Enter conserva, escriba - para borrar)
review-resumed-at-note = { $skill } · usted eligió { $answer }

## La lista de respuestas, y después

review-list-intro = Su evaluación. Elija una respuesta para cambiarla, o confirme. { $mark } marca una calificación con una nota.
review-confirm = Confirmar y guardar la evaluación
review-list-person = Persona evaluada: { $person }
review-list-reviewer = Evaluador: { $reviewer }
review-list-role = Función: { $role }
review-role-name = { $role ->
        [trainer] capacitador
        [assessor] auditor
        [peer] compañero
       *[other] supervisor
    }
review-not-observed-short = no observado
review-not-answered = sin responder
review-list-question = Confirme, o elija una respuesta para cambiarla
review-comparison-heading = Su evaluación junto a la autoevaluación de { $person } (⚑ 2 o más de diferencia: conversen sobre esto):
review-yours = usted
review-theirs = autoevaluación
review-save-as = Guardar la evaluación como
review-file-is-folder = { $path } es una carpeta; indique un nombre de archivo
review-not-saved-stopped = Detenido. Su evaluación no se guardó; `skillgap review --resume` la continúa.
review-terminal-failed = la terminal dejó de funcionar durante la evaluación ({ $error })
review-profile-placeholder = PERFIL
review-saved = La evaluación se guardó en { $path }. Úsela con: skillgap assess --input { $profile } --review { $path }
review-valid = { $file } es una evaluación válida de { $person }: { $rated } de { $total } habilidades calificadas por { $reviewer } ({ $role }), { $date }
