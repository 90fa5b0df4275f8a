# Las palabras de skillgap en español (neutro latinoamericano). Cada mensaje tiene su
# equivalente en locales/en/web.ftl (tests/catalogs.rs lo comprueba).

## El cuestionario web (skillgap serve)

web-back = ← Atrás
web-next = Siguiente
web-resume = Sus respuestas se guardan después de cada página. Para volver más tarde, guarde este enlace:
web-start-title = ¿Qué tan cerca está del siguiente nivel?
web-start-intro = Califique lo que hace hoy en cada habilidad de { $rubric }. Cada opción describe lo que de verdad hace una persona en ese punto: elija la que más se parezca a usted hoy. Después verá qué nivel ha alcanzado, qué le falta para el siguiente y qué hacer primero.
web-start-time = Toma unos 15 minutos para { $skills } habilidades, o unos 5 con la versión rápida. Sus respuestas se guardan después de cada página.
web-start-ladder = ¿Qué carrera?
web-start-ladder-size = { $skills } habilidades, { $levels } niveles
web-start-how-many = ¿Cuántas preguntas?
web-start-every = Todas las habilidades
web-start-every-hint = El panorama completo.
web-start-quick = Rápida
web-start-quick-hint = Solo las habilidades que deciden su nivel objetivo y las más importantes; las demás quedan fuera del puntaje.
web-start-button = Comenzar
web-about-title = Sobre usted
web-about-name = Su nombre
web-about-name-hint = Como lo conoce su supervisor o su coach; da nombre a sus respuestas guardadas.
web-about-target = ¿A qué nivel quiere llegar?
web-about-group = Su línea, turno o equipo (opcional)
web-about-group-hint = Por ejemplo "Línea 2 / noche": el reporte del equipo cuenta quién cubre cada habilidad ahí.
web-about-years = ¿Cuántos años ha trabajado en producción?
web-about-years-hint = 0 si aún ninguno; 1,5 para un año y medio.
web-about-certs = ¿Cuáles de estas ya tiene?
web-about-certs-hint = Marque cada una; las fechas son opcionales (una vencida no cuenta).
web-about-earned = Obtenida el
web-about-expires = Vence el
web-skill-progress = Habilidad { $number } de { $total }
web-skill-pick = Elija la que más se parezca a usted hoy. Desde { $from }, un cuadro debajo de las opciones pregunta qué lo demuestra.
web-evidence-label = ¿Qué ha hecho que lo demuestre? (opcional)
web-evidence-hint = Un trabajo, una tarea, un certificado: algo que su supervisor pueda comprobar.
web-review-title = Sus respuestas
web-review-confirm = Confirmar y ver el reporte
web-review-change = Cambiar
web-downloads-keep = Guarde sus resultados:
web-downloads-profile = Sus respuestas (profile.json)
web-downloads-page = Esta página
web-start-page = Inicio
web-start-language = Idioma
web-start-bad-ladder = Elija una de las carreras de la lista.
web-start-failed-title = No se puede comenzar
web-start-failed = El servidor no pudo crear un enlace privado. Intente de nuevo.
web-about-education-hint = Puede omitirla: algunas certificaciones piden más experiencia a quien no tiene un título.
web-skill-place = { $group } { $number } de { $total }
web-review-intro = Revíselas, cambie las que quiera y luego vea su reporte. { $mark } marca una calificación con evidencia.
web-review-name = Nombre
web-review-group = Línea, turno o equipo
web-review-target = Nivel objetivo
web-review-years = Años en producción
web-review-education = Estudios
web-review-certs = Certificaciones
web-review-change-name = Cambiar el nombre
web-review-change-group = Cambiar la línea, turno o equipo
web-review-change-target = Cambiar el nivel objetivo
web-review-change-years = Cambiar los años en producción
web-review-change-education = Cambiar los estudios
web-review-change-certs = Cambiar las certificaciones
web-review-change-skill = Cambiar { $skill }
web-review-target-unsure = no está seguro (skillgap le sugerirá uno)
web-review-not-given = sin respuesta
web-review-none = ninguna
web-downloads = Descargas
web-downloads-stays = Esta página queda en { $link }.
web-downloads-saved = Sus respuestas quedan guardadas en este servidor como { $file }: el reporte del equipo de su supervisor las incluye. Guarde el archivo del perfil para compararlo con su próxima evaluación.

## Problemas de un formulario, cada uno con el nombre de su campo

web-problem-name = Su nombre: escriba el nombre con el que lo conoce su supervisor o su coach.
web-problem-name-long = Su nombre: como máximo { $max } caracteres.
web-problem-group-long = Su línea, turno o equipo: tiene { $count } caracteres; un grupo nombra una línea, un turno, una celda o una planta en { $max } caracteres como máximo, por ejemplo "Línea 2 / noche".
web-problem-target-unknown = Nivel objetivo: elija uno de los niveles de la lista.
web-problem-target = Nivel objetivo: elija un nivel, o "no estoy seguro".
web-problem-years = Años en producción: escriba un número de años de 0 a { $max }, por ejemplo 3 o 1,5.
web-problem-education-unknown = Estudios: elija una de las respuestas de la lista.
web-problem-education = Estudios: elija una respuesta, u omita la pregunta.
web-problem-certs = Certificaciones: marque solo las de la lista.
web-problem-earned-not-a-day = { $cert }, obtenida el: "{ $day }" no es una fecha; escriba el día como AAAA-MM-DD, por ejemplo 2027-05-01.
web-problem-expires-not-a-day = { $cert }, vence el: "{ $day }" no es una fecha; escriba el día como AAAA-MM-DD, por ejemplo 2027-05-01.
web-problem-expires-before = { $cert }, vence el: { $expires } no es después del día en que la obtuvo ({ $earned }); revise las dos fechas.
web-problem-rating = Elija la descripción que más se parezca a lo que hace hoy.
web-problem-rating-range = Elija una de las calificaciones de 0 a { $max }.
web-problem-evidence-long = Qué lo demuestra: como máximo { $max } caracteres.

## Páginas que dicen qué salió mal

web-go-start = Ir al inicio
web-not-found-title = Esta página no existe
web-not-found = Esta dirección no es una página del cuestionario. Revise el enlace, o comience desde la primera página.
web-too-much-title = Demasiado texto
web-too-much = El formulario envió más de 64 KB. Acorte la respuesta más larga y envíelo de nuevo.
web-send-failed-title = No se puede enviar la página
web-send-failed = No se pudo preparar la página para enviarla. Vuelva a cargarla.
web-expired-title = Este formulario venció
web-expired = El formulario no vino de esta página (o las cookies están bloqueadas). Regrese, vuelva a cargar la página y envíelo de nuevo.
web-save-failed-title = No se pudo guardar su respuesta
web-save-failed = El servidor no pudo escribirla ({ $why }). Avise a la persona que lo administra; luego envíe la página de nuevo.
web-session-missing-title = No se encontró el cuestionario
web-session-missing = No hay respuestas guardadas para este enlace. Revise que el enlace esté completo, o comience de nuevo.
web-session-unusable = Las respuestas guardadas para este enlace no se pueden usar: { $why }. Comience de nuevo desde la primera página.
web-session-not-offered-title = Este cuestionario no se ofrece aquí
web-session-not-offered = Estas respuestas son de la rúbrica "{ $rubric }", que este servidor no ofrece ahora. Pida a la persona que lo administra que lo inicie con esa rúbrica.
web-finish-failed-title = No se pudieron guardar sus respuestas
web-finish-failed = El servidor no pudo escribir su perfil ({ $why }). Sus respuestas se conservan: avise a la persona que administra esta página y luego confirme de nuevo.
web-report-missing-title = No se encontró el reporte
web-report-missing = No hay un cuestionario terminado para este enlace. Revise que el enlace esté completo.
web-profile-missing-title = No se encontró el perfil
web-profile-missing = Las respuestas se guardaron como { $file }, que ya no está en la carpeta. Pregunte a la persona que administra esta página.

## El código de acceso

web-code-title = Escriba el código de acceso
web-code-intro = La persona que preparó esta página tiene el código. Se escribe una sola vez en este dispositivo.
web-code-label = Código de acceso
web-code-wrong = Ese no es el código de acceso. Confírmelo con la persona que preparó esta página.
web-continue = Continuar

## Las páginas del supervisor

web-admin-title = Páginas del supervisor
web-admin-intro = El reporte del equipo y las evaluaciones piden el código del supervisor, que aparece donde se inició skillgap serve.
web-admin-code = Código del supervisor
web-admin-code-wrong = Ese no es el código del supervisor.
web-member-gone = ya no está en la carpeta
web-member-other-rubric = se escribió para la rúbrica "{ $rubric }", que no se ofrece aquí
web-team-link = Reporte del equipo
web-team-none-title = Todavía no hay cuestionarios terminados
web-team-none = El reporte del equipo aparece aquí cuando las personas hayan terminado el cuestionario.
web-team-failed-title = No se puede mostrar el equipo
web-team-finished = { $count ->
    [one] 1 perfil terminado:
   *[other] { $count } perfiles terminados:
}
web-team-pick = . Elija un nombre para evaluar a esa persona a ciegas.
web-team-other-rubric = { $file }: se escribió para otra rúbrica
web-team-left-out = No incluido: { $why }
web-profiles-title = Perfiles y evaluaciones
web-profiles-page = Perfiles
web-profiles-intro = Elija a una persona para evaluarla a ciegas: sus propias calificaciones se muestran solo después de guardar su evaluación.
web-profiles-none = Todavía no hay cuestionarios terminados.
web-profiles-reviews = { $count ->
    [one] 1 evaluación
   *[other] { $count } evaluaciones
}
web-profile-not-reviewable = Este perfil no se puede evaluar: { $why }. Elija uno de la lista de perfiles.
web-review-link = Evaluar
web-review-page = Evaluación
web-review-heading = Evaluar a { $person }
web-review-this-person = esta persona
web-review-form-intro = Califique lo que ha visto hacer a esta persona, con las mismas descripciones con las que ella se calificó. Sus propias calificaciones se muestran después de guardar.
web-review-role = Su función
web-role-supervisor = supervisor
web-role-trainer = capacitador
web-role-assessor = auditor
web-role-peer = compañero
web-review-note = Lo que ha visto (opcional)
web-review-save = Guardar la evaluación
web-review-problem-name = Su nombre: escríbalo (como máximo 100 caracteres).
web-review-problem-role = Su función: elija una.
web-review-problem-note = { $skill }: la nota tiene más de { $max } caracteres.
web-review-problem-missing = Califique cada habilidad, o indique que no tuvo oportunidad de observarla: { $skills }.
web-review-failed-title = No se pudo guardar la evaluación
web-review-failed = El servidor no pudo escribirla ({ $why }). Envíe el formulario de nuevo.
web-review-saved = Evaluación guardada
web-review-saved-as = Guardada como { $file }. Los reportes de la persona y el reporte del equipo ahora usan las calificaciones confirmadas.
web-review-another = Evaluar a otra persona

## Lo que skillgap serve escribe donde se inició

web-serve-open = Abra { $url } en un navegador.
web-serve-moved = (el puerto { $port } estaba ocupado, así que skillgap eligió uno libre)
web-serve-lan = Desde teléfonos y tabletas en esta red: { $url }
web-serve-code = Código de acceso (se escribe una vez en cada dispositivo): { $code }
web-serve-admin = Páginas del supervisor: { $url } (código { $code })
web-serve-saved = Los perfiles terminados se guardan en { $dir }. Presione Ctrl-C para detener.
web-serve-plain = Esto es HTTP simple: úselo en una red de confianza (vea el README para TLS).
web-serve-stopped = detenido; cada respuesta está guardada en { $dir }
web-serve-no-browser = no se pudo abrir un navegador ({ $opener }); abra { $url } usted mismo
web-serve-port-taken = no se puede escuchar en { $addr }: otro programa usa ese puerto; indique otro con --bind, o quite --bind y skillgap elige uno libre
web-serve-cannot-listen = no se puede escuchar en { $addr }: { $why }; use una dirección de esta computadora, como 127.0.0.1 o 0.0.0.0
