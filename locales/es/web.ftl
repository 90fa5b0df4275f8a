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
