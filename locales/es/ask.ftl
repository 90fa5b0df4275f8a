# Las palabras de skillgap en español (neutro latinoamericano). El cuestionario en la terminal y las preguntas que hace cada interfaz (src/questionnaire/, src/commands/assess/interactive.rs, src/prompt/).
# Cada mensaje tiene su equivalente en locales/en/ask.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza con "ask-".

## Antes de la primera pregunta

ask-intro = Califique cada habilidad eligiendo la frase que describe lo que hace hoy.
ask-intro-keys = Las flechas o un número mueven, Enter elige, Esc regresa; Ctrl-C detiene (sus respuestas se guardan).
ask-what-answers = sus respuestas
ask-replace-when-done = { $path } ya existe. ¿Quiere reemplazarlo con { $what } al terminar?
ask-stopped-before-first = Se detuvo antes de la primera pregunta; no se guardó nada.
ask-left-as-is = { $path } se dejó como estaba; indique otro archivo con { $flag }, o agregue --force para reemplazarlo

## Respuestas sin terminar

ask-no-draft = No hay respuestas guardadas para continuar; empieza un cuestionario nuevo.
ask-draft-set-aside = No se pudieron usar sus respuestas guardadas: { $reason }. Se guardaron en { $path } para que las revise. Empieza un cuestionario nuevo.
ask-other-draft = Tiene respuestas sin terminar de otro cuestionario
ask-other-draft-discard = Descartarlas y empezar desde { $path }
ask-other-draft-keep = Detenerse aquí y conservarlas (`skillgap assess --resume` las continúa)
ask-other-draft-kept = Detenido. Sus respuestas anteriores se conservan; no se cambió nada.
ask-draft-found = Tiene respuestas sin terminar de un cuestionario anterior
ask-draft-resume = Continuar donde se quedó
ask-draft-discard = Descartarlas y empezar de nuevo
ask-cannot-delete-draft = no se pueden borrar las respuestas guardadas en { $path }
ask-update-unreadable = las respuestas guardadas actualizan { $path }, que debe seguir siendo un perfil válido y legible; restáurelo o corríjalo, o vuelva a empezar `skillgap assess` y descarte las respuestas guardadas
ask-pick-draft = Tiene varios cuestionarios sin terminar. ¿Cuál quiere continuar?
ask-pick-draft-stopped = Detenido. Sus respuestas guardadas no cambiaron.
ask-draft-progress = { $answered } de { $asked } habilidades respondidas
ask-draft-other-version = guardado para otra versión de la rúbrica
ask-draft-no-name = sin nombre

## Las preguntas

ask-target-question = ¿A qué nivel quiere llegar?
ask-target-unsure = No estoy seguro: sugiérame uno
ask-target-level = { $level } ({ $years })
ask-target-level-paid = { $level } ({ $years }, { $pay })
ask-years-band = { $min } a { $max } años
ask-years-open = { $min } años o más
ask-median-pay = salario mediano { $currency } { $amount }
ask-years-question = ¿Cuántos años ha trabajado en producción? (0 si aún ninguno)
ask-years-invalid = escriba un número de años de 0 a { $max }, como 3 o { $example }
ask-education-question = ¿Cuál es el nivel de estudios más alto que ha terminado?
ask-education-why = algunas certificaciones piden más experiencia a quien no tiene un título
ask-education-skip = Saltar esta pregunta
ask-education-none = Todavía sin diploma
ask-education-secondary = Preparatoria o bachillerato terminado (o un equivalente, como el GED)
ask-education-associate = Carrera técnica o certificado técnico (1 a 2 años)
ask-education-bachelor = Licenciatura (4 años)
ask-education-master = Maestría o más
ask-certs-question = ¿Cuáles de estas ya tiene? (Espacio para marcar, Enter al terminar)
ask-group-technical = Habilidades técnicas
ask-group-soft = Habilidades interpersonales
ask-group-leadership = Habilidades de liderazgo
ask-skill-heading = { $group } · { $position } de { $total } · { $skill }
ask-rating-question = ¿Cuál describe lo que hace hoy?
ask-back = ← volver a la pregunta anterior
ask-back-to-review = ← volver a la revisión, sin cambios
ask-evidence-new = ¿Qué ha hecho que lo demuestre? (opcional, Enter para saltar)
ask-evidence-again = ¿Qué ha hecho que lo demuestre? (Enter conserva, escriba - para borrar)
ask-resumed-at-evidence = { $skill } · usted eligió { $rating }

## La revisión de las respuestas

ask-review-intro = Sus respuestas. Elija una para cambiarla, o confirme. { $mark } marca una calificación con evidencia.
ask-note = Nota: { $note }
ask-quick-unrated = --quick no preguntó por { $count } de { $total } habilidades, así que quedan fuera del puntaje y los niveles que dependen de ellas son provisionales: { $skills }. Ejecute skillgap assess sin --quick para calificarlas.
ask-quick-kept = --quick no preguntó por { $count } de { $total } habilidades; sus calificaciones se conservan del perfil que se actualiza: { $skills }.
ask-confirm = Confirmar y ver el reporte
ask-review-target = Nivel objetivo: { $level }
ask-review-target-unsure = no estoy seguro (skillgap sugerirá uno)
ask-review-years = Años en producción: { $years }
ask-review-education = Estudios: { $education }
ask-review-education-none = sin responder
ask-review-certs = Certificaciones: { $certs }
ask-none = ninguna
ask-not-answered = sin responder
ask-review-question = Confirme, o elija una respuesta para cambiarla

## Las teclas (las listas y preguntas de la terminal)

ask-more-above = ↑ { $count } más
ask-more-below = ↓ { $count } más
ask-keys-ticks = ↑↓ mueven · Espacio marca · Enter al terminar · Esc regresa
ask-keys-numbered = ↑↓ o un número · Enter elige · Esc regresa
ask-keys-named = ↑↓ o escriba un nombre · Enter elige · Esc regresa
ask-keys-yes-default = (S/n)
ask-keys-no-default = (s/N)
ask-yes = sí
ask-no = no

## Detenerse, y lo que se guarda

ask-stopped-saved = Detenido. Sus respuestas hasta ahora están guardadas en { $path }.
ask-stopped-continue = Ejecute `{ $command }` para continuar donde se quedó.
ask-stopped-nothing = Se detuvo antes de responder alguna pregunta; no se guardó nada.
ask-stopped-no-state = Detenido. No se pudieron conservar sus respuestas: no se encontró una carpeta de estado (defina HOME o XDG_STATE_HOME).
ask-save-failed = no se pueden guardar sus respuestas sobre la marcha: { $error }
ask-save-failed-stopped = Detenido. Sus respuestas no se pudieron guardar sobre la marcha (vea el aviso de arriba); vuelva a empezar con `skillgap assess`.
ask-save-failed-stopped-short = Detenido. Sus respuestas no se pudieron guardar sobre la marcha (vea el aviso de arriba).
ask-terminal-failed = la terminal dejó de funcionar durante el cuestionario ({ $error }); aún no había respuestas
ask-terminal-failed-kept = la terminal dejó de funcionar durante el cuestionario ({ $error }); sus respuestas hasta ahora se conservan, ejecute `{ $command }` para continuar

## Después del reporte

ask-save-updated = ¿Guardar las respuestas actualizadas en { $path }?
ask-save-profile = ¿Guardar sus respuestas como perfil, para volver a usarlas o compararlas después?
ask-file-name = Nombre del archivo
ask-file-name-empty = escriba un nombre de archivo
ask-file-is-folder = { $path } es una carpeta; indique un nombre de archivo, como { $example }
ask-folder-missing = la carpeta { $path } no existe; créela primero, o elija otro lugar
ask-replace = { $path } ya existe. ¿Reemplazarlo?
ask-not-saved-stopped = Detenido. El reporte de arriba está completo; sus respuestas no se guardaron como perfil.
ask-kept-previous = La versión anterior se conservó como { $path }.
ask-saved = Sus respuestas se guardaron en { $path }. La próxima vez, `skillgap assess --update { $update }` empieza desde ellas.
ask-save-page = ¿Guardar este reporte como página web (HTML), para leerlo en su teléfono o imprimirlo?
ask-page-stopped = Detenido. El reporte de arriba está completo; no se guardó ninguna página web.
ask-page-failed = no se puede generar el reporte como página web
ask-page-saved = El reporte se guardó como página web: { $path }
