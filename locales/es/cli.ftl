# Las palabras de skillgap en español. `skillgap --help`: qué hace cada comando y cada opción.
# Cada mensaje tiene su equivalente en locales/en/cli.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "cli-".

## skillgap

cli-about = Mida qué tan lejos está de cada nivel de la carrera de Especialista de Producción y qué hacer después
cli-long-about =
    Mida qué tan lejos está de cada nivel de la carrera de Especialista de Producción y qué hacer después.

    skillgap le pide calificar cada habilidad técnica e interpersonal en una escala donde cada punto describe lo que de verdad hace una persona en ese punto. Compara sus calificaciones con la rúbrica e imprime un reporte de brechas: dónde está cada habilidad frente a su nivel objetivo, qué tan preparado está para cada nivel, qué certificaciones cierran las brechas más importantes y los próximos pasos en orden.
cli-rubric-dir = Busca también rúbricas (por id) en CARPETA; se puede repetir. SKILLGAP_RUBRIC_PATH agrega más carpetas, separadas por ":"
cli-lang = El idioma de las preguntas y los reportes: en (English) o es (español). Por omisión: el idioma del perfil, si no LC_ALL, LC_MESSAGES o LANG, si no inglés

## skillgap assess

cli-assess-about = Califique sus habilidades (o lea las calificaciones de un archivo) e imprima un reporte de brechas
cli-assess-long-about =
    Califique sus habilidades (o lea las calificaciones de un archivo) e imprima un reporte de brechas.

    Sin --input, hace las preguntas en la terminal. Con --input, lee un perfil (JSON) de un archivo, o de la entrada estándar si el archivo es "-".
cli-assess-examples =
    Ejemplos:
    skillgap assess                                   responder las preguntas en la terminal
    skillgap assess --resume                          seguir un cuestionario interrumpido
    skillgap assess --update yo.json                  volver a evaluarse, a partir de sus últimas respuestas
    skillgap assess --input yo.json                   calificar un archivo de perfil
    skillgap assess --input yo.json --level lead      medir contra otro nivel
    skillgap assess --input yo.json -o reporte.md -o reporte.json
cli-assess-input = Lee el perfil de ARCHIVO en vez de hacer preguntas ("-" lee la entrada estándar): un perfil (JSON), o una hoja de cálculo (.csv, .xlsx, .ods) con una persona, o con varias y --person
cli-assess-person = Con una hoja de cálculo de varias personas: la persona a evaluar, por su nombre
cli-assess-rubric = Califica contra esta rúbrica: un id (vea `skillgap rubrics`) o la ruta de un archivo de rúbrica. Por omisión: la rúbrica que nombra el perfil, si no la rúbrica de Especialista de Producción
cli-assess-level = Mide las brechas contra NIVEL (por ejemplo "senior"), sin importar lo que diga el perfil
cli-assess-format = Formato del reporte en la terminal, y de los archivos -o cuya extensión no lo indica
cli-assess-output = Escribe el reporte en ARCHIVO en vez de la terminal; la extensión elige el formato (.json, .md, .html, .txt). Se puede dar más de una vez
cli-assess-brief = Un reporte corto en la terminal: el resultado y lo que falta para el siguiente nivel
cli-assess-no-pager = Imprime el reporte directo en la terminal, aunque sea más largo que la pantalla (normalmente se muestra con $PAGER, si no con `less -R -X`)
cli-assess-strict = Rechaza un perfil que deje alguna habilidad sin calificación (normalmente es un aviso y cuenta como 0)
cli-assess-resume = Sigue el cuestionario que dejó sin terminar
cli-assess-quick = Un cuestionario más corto: pregunta solo por las habilidades que suben en su nivel objetivo y las críticas (importancia 4 o más); las demás cuentan como sin calificación
cli-assess-update = Vuelve a evaluar a partir de un perfil guardado: cada pregunta empieza en su respuesta, empezando por la revisión, y el perfil se actualiza (después de preguntar) al terminar
cli-assess-no-history = Con --update: no guarda la versión anterior de ARCHIVO (normalmente se guarda como ARCHIVO.history/FECHA.json, FECHA el día de su evaluación, para `skillgap history` y `skillgap compare ARCHIVO`)
cli-assess-save-profile = Guarda sus respuestas del cuestionario en ARCHIVO como un perfil que --input puede leer
cli-assess-force = Reemplaza el archivo de --save-profile si ya existe, sin preguntar
cli-assess-color = Cuándo usar colores en el reporte de la terminal (con "auto" se respeta NO_COLOR)

## skillgap team

cli-team-about = Evalúe a todo un equipo a partir de una serie de perfiles y planee su capacitación
cli-team-long-about =
    Evalúe a todo un equipo a partir de una serie de perfiles y planee su capacitación.

    Lee un archivo JSON Lines (un perfil por línea), una carpeta de archivos de perfil o la entrada estándar ("-"). Cada integrante se califica contra su propio nivel objetivo.
cli-team-examples =
    Ejemplos:
    skillgap team --input equipo.jsonl
    skillgap team --input perfiles/ -o integrantes.csv
    skillgap team --input equipo.jsonl --format json > resumen.json
    skillgap team --input equipo.jsonl --by-group --pairs
    skillgap team --input equipo.jsonl -o matrix.csv -o matrix.md
    skillgap team --input matriz-de-habilidades.xlsx --check
    skillgap team --input matriz-de-habilidades.xlsx --by-group
cli-team-input = Los perfiles: un archivo JSON Lines, una carpeta de archivos .json, una matriz de habilidades (.csv, .tsv, .xlsx, .xlsm, .xls, .ods), o "-" para la entrada estándar
cli-team-check = Dice cómo se leería una hoja de cálculo (personas, grupos, columnas, escala) y cada problema, sin escribir nada
cli-team-rubric = Califica contra esta rúbrica: un id (vea `skillgap rubrics`) o la ruta de un archivo de rúbrica
cli-team-format = Formato del resumen en la terminal, y de los archivos -o cuya extensión no lo indica
cli-team-output = Escribe en ARCHIVO: un archivo .csv recibe una fila por integrante; .json, .md, .html o .txt el resumen. Se puede dar más de una vez
cli-team-strict = Se detiene en el primer registro no válido (sale con 2) en vez de rechazarlo y seguir
cli-team-fail-on-rejected = Sale con 2 después del resumen si se rechazó algún registro
cli-team-title = El título del resumen (HTML, Markdown, terminal, libro de Excel), por ejemplo "Línea 2 — junta de turno"; por omisión "Team summary: " y el título de la rúbrica
cli-team-site = La planta donde trabaja el equipo, que se muestra bajo el título con el día de las cifras, por ejemplo "Planta 3, Monterrey"
cli-team-max-certs = Pone como máximo N certificaciones en el plan de capacitación
cli-team-by-group = Reporta también la cobertura por grupo (el "group" de los perfiles: una línea, un turno, una celda o una planta)
cli-team-max-groups = Se detiene con un error si la entrada nombra más de N grupos
cli-team-min-independent = Personas que trabajan por su cuenta que necesita una habilidad para estar cubierta (por omisión: lo que diga la rúbrica, normalmente 2)
cli-team-min-trainers = Capacitadores que necesita una habilidad para estar cubierta (por omisión: lo que diga la rúbrica, normalmente 1)
cli-team-pairs = Asigna a cada integrante que no llega a su objetivo un capacitador de la habilidad ("quién capacita a quién"). La memoria crece con los integrantes a los que les falta o que pueden capacitar
cli-team-trainer-load = Con --pairs, cuántas personas como máximo capacita un capacitador en total
cli-team-matrix = Muestra la matriz de habilidades (una fila por integrante, una columna por habilidad) con el resumen. Los archivos cuyo nombre termina en "matrix" (-o matrix.csv, -o linea2-matrix.md) reciben solo la matriz
cli-team-matrix-limit = Cuántos integrantes como máximo muestra la matriz en la terminal, en Markdown, HTML o JSON (el CSV no tiene límite)
cli-team-threads = Califica con N hilos, de 1 a 256 (por omisión: uno por procesador)
cli-team-color = Cuándo usar colores en el resumen de la terminal (con "auto" se respeta NO_COLOR)

## skillgap import

cli-import-about = Lea una matriz de habilidades guardada en una hoja de cálculo (CSV, TSV, xlsx, ods) y escriba a sus personas como perfiles, una línea JSON cada una
cli-import-long-about =
    Lea una matriz de habilidades guardada en una hoja de cálculo (CSV, TSV, xlsx, ods) y escriba a sus personas como perfiles, una línea JSON cada una.

    Personas en filas con una columna por habilidad (la matriz de siempre), personas en columnas, o una fila por persona y habilidad; las habilidades se buscan en la rúbrica por nombre o id. `team` y `assess` leen hojas de cálculo directamente; este comando guarda los perfiles en un archivo.
cli-import-examples =
    Ejemplos:
    skillgap import matriz-de-habilidades.xlsx --check      lo que se leería, y cada problema
    skillgap import matriz-de-habilidades.xlsx -o equipo.jsonl
    skillgap import matriz.csv --scale 1-5 --map "QC=quality-control" -o equipo.jsonl
    skillgap import tabla-iluo.ods --scale iluo --sheet "Línea 2" -o linea2.jsonl
cli-import-input = La hoja de cálculo: .csv, .tsv, .xlsx, .xlsm, .xls, .xlsb u .ods ("-" lee la entrada estándar; diga qué contiene con --input-format)
cli-import-output = Escribe los perfiles en ARCHIVO como JSON Lines (un perfil por línea) en vez de la salida estándar
cli-import-force = Reemplaza el archivo -o si ya existe
cli-import-rubric = Lee a las personas como perfiles de esta rúbrica: un id o la ruta de un archivo de rúbrica
cli-import-check = Dice qué se leería (personas, grupos, columnas, escala) y cada problema, sin escribir nada

## skillgap review

cli-review-about = Evalúe a alguien: califique las habilidades de una persona como su supervisor, capacitador, evaluador o compañero, en la misma escala que su autoevaluación, y guarde la evaluación
cli-review-long-about =
    Evalúe a alguien: califique las habilidades de una persona como su supervisor, capacitador, evaluador o compañero, en la misma escala que su autoevaluación, y guarde la evaluación.

    Hace las preguntas en la terminal. Las calificaciones propias de la persona se muestran solo después de su última respuesta. Con --input, revisa en cambio un archivo de evaluación llenado a mano.
cli-review-examples =
    Ejemplos:
    skillgap review --profile sam.json --save-review sam-evaluacion.json
    skillgap review --person "Sam Rivera"            calificar sin el perfil de la persona
    skillgap review --resume                          seguir una evaluación interrumpida
    skillgap review --input sam-evaluacion.json       revisar una evaluación llenada a mano
    Después: skillgap assess --input sam.json --review sam-evaluacion.json
cli-review-profile = El perfil de la persona que evalúa: de ahí salen su nombre y su rúbrica, y sus propias calificaciones se muestran junto a las suyas después de su última respuesta
cli-review-person = El nombre de la persona que evalúa, cuando no tiene su perfil
cli-review-rubric = La rúbrica: un id o la ruta de un archivo de rúbrica. Por omisión: la del perfil, si no la rúbrica de Especialista de Producción
cli-review-save-review = Guarda la evaluación en ARCHIVO (si no, se pregunta después de la última pregunta)
cli-review-force = Reemplaza el archivo de --save-review si ya existe, sin preguntar
cli-review-resume = Sigue la evaluación que dejó sin terminar
cli-review-input = Revisa un archivo de evaluación llenado a mano ("-" lee la entrada estándar), en vez de preguntar
cli-review-date = El día de la evaluación (AAAA-MM-DD). Por omisión: hoy

## skillgap template

cli-template-about = Escriba un perfil para llenar: todas las habilidades, todas las calificaciones vacías (null)
cli-template-examples =
    Ejemplos:
    skillgap template -o yo.json                      un perfil para la rúbrica por omisión
    skillgap template --level senior -o yo.json       con la meta de Especialista de Producción Senior
    skillgap template --rubric media-production-specialist > yo.json
    skillgap template --review --person "Sam Rivera" -o sam-evaluacion.json
    skillgap template -o equipo.xlsx                  la matriz de habilidades de un equipo para llenar
    Después llene las calificaciones (0 a 4) y ejecute: skillgap assess --input yo.json
cli-template-rubric = La rúbrica cuyas habilidades se listan: un id o la ruta de un archivo de rúbrica
cli-template-level = Llena el nivel objetivo (por ejemplo "senior")
cli-template-output = Escribe la plantilla en ARCHIVO en vez de la salida estándar; .csv o .xlsx elige ese formato
cli-template-format = Un perfil en JSON (por omisión), o la matriz de habilidades de un equipo, una fila por persona, en CSV o en un libro de Excel con el significado de cada calificación en una segunda hoja
cli-template-force = Reemplaza ARCHIVO si ya existe (normalmente se rechaza, para no perder un perfil ya llenado)
cli-template-review = Escribe en cambio una evaluación para llenar (vea `skillgap review`): todas las habilidades, todas las calificaciones en null ("no tuvo oportunidad de observar")
cli-template-person = Con --review: la persona evaluada, como la nombra su perfil

## skillgap serve

cli-serve-about = Ofrezca el cuestionario como página web, para quienes responden en un teléfono, una tableta en la línea o esta computadora
cli-serve-long-about =
    Ofrezca el cuestionario como página web, para quienes responden en un teléfono, una tableta en la línea o esta computadora.

    Sirve HTTP simple en 127.0.0.1:7878 por omisión (otro puerto libre si ese está ocupado). Los perfiles terminados se escriben en --dir como NOMBRE-FECHA.json; el reporte del equipo y las evaluaciones a ciegas están en /team, protegidos por el código del supervisor. Cualquier dirección que no sea la local necesita un código de acceso, que se escribe una vez en cada dispositivo. Está pensado para una red local de confianza: para llegar desde cualquier otro lugar, póngalo detrás de un proxy inverso con TLS (vea el README).
cli-serve-examples =
    Ejemplos:
    skillgap serve --open                             responder en esta computadora
    skillgap serve --dir respuestas/ --bind 0.0.0.0:7878 teléfonos en la red de la planta
    skillgap serve --rubric media-production-specialist --quick
    Después: skillgap team --input respuestas/
cli-serve-rubric = Ofrece solo esta rúbrica (un id o la ruta de un archivo de rúbrica); sin ella, las personas eligen entre todas las rúbricas que skillgap conoce
cli-serve-dir = Dónde se guardan los perfiles terminados (NOMBRE-FECHA.json), las respuestas en curso (.drafts/) y las evaluaciones (reviews/)
cli-serve-bind = La dirección y el puerto donde escucha. Todo lo que no sea la dirección local (127.0.0.1, ::1) se alcanza desde otros dispositivos y necesita un código de acceso
cli-serve-open = Abre la página en el navegador predeterminado cuando el servidor esté listo
cli-serve-code = El código de acceso que las personas escriben una vez en cada dispositivo (por omisión: ninguno en la dirección local, si no un código nuevo de ocho dígitos, que se imprime al iniciar)
cli-serve-admin-code = El código de las páginas del supervisor (/team, /review); si no se indica, se imprime uno nuevo al iniciar
cli-serve-quick = Ofrece primero el cuestionario rápido: solo las habilidades clave del nivel objetivo y las más importantes (las personas aún pueden elegir todas las habilidades)
cli-serve-expiring-days = Un certificado que vence dentro de N días está "por vencer"

## skillgap compare

cli-compare-about = Compare dos perfiles o reportes JSON de la misma persona, como los del trimestre pasado y los de hoy: calificaciones, preparación, brechas cerradas y abiertas
cli-compare-examples =
    Ejemplos:
    skillgap compare primavera.json otono.json
    skillgap compare reporte-anterior.json perfil-nuevo.json --format markdown -o avance.md
cli-compare-old = El perfil o reporte JSON anterior; solo, un perfil guardado con `assess --update`, que se compara con su última copia (ARCHIVO.history/)
cli-compare-new = El perfil o reporte JSON posterior
cli-compare-level = Mide las brechas contra NIVEL; por omisión: el objetivo del archivo posterior

## skillgap history

cli-history-about = Muestre las evaluaciones de una persona a lo largo del tiempo: el día de cada una, el mejor nivel, la preparación y las calificaciones que cambiaron
cli-history-long-about =
    Muestre las evaluaciones de una persona a lo largo del tiempo: el día de cada una, el mejor nivel, la preparación y las calificaciones que cambiaron.

    Con un perfil, ese perfil y las versiones anteriores que `assess --update` guardó junto a él (ARCHIVO.history/); con varios archivos (perfiles o reportes JSON), esos, del más antiguo al más reciente.
cli-history-examples =
    Ejemplos:
    skillgap history sam.json
    skillgap history sam.json -o sam-historial.html
    skillgap history primavera.json verano.json otono.json --format markdown
cli-history-files = Un perfil actualizado con `assess --update`, o varios perfiles o reportes JSON de una persona, del más antiguo al más reciente
cli-history-level = Mide cada evaluación contra NIVEL; por omisión: el objetivo de la más reciente

## skillgap schema

cli-schema-about = Imprima el JSON Schema de un perfil, un reporte, un resumen de equipo o una rúbrica, para editores y validadores
cli-schema-examples =
    Ejemplos:
    skillgap schema profile > profile.schema.json
    skillgap schema report
cli-schema-kind = Qué documento

## skillgap rubrics

cli-rubrics-about = Liste las rúbricas que skillgap conoce: las incluidas, y las de --rubric-dir o SKILLGAP_RUBRIC_PATH
cli-rubrics-examples =
    Ejemplos:
    skillgap rubrics
    skillgap rubrics --rubric-dir ~/capacitacion/rubricas

## skillgap rubric

cli-rubric-about = Trabaje con rúbricas (las habilidades, los niveles y los requisitos contra los que skillgap califica)

## skillgap rubric check

cli-rubric-check-about = Revise un archivo de rúbrica y liste todos sus problemas de una vez
cli-rubric-check-long-about =
    Revise un archivo de rúbrica y liste todos sus problemas de una vez.

    Sale con 0 si la rúbrica es válida y con 2 si no lo es, para usarlo en scripts.
cli-rubric-check-examples =
    Ejemplo:
    skillgap rubric check mi-rubrica.json
cli-rubric-check-file = El archivo de rúbrica (JSON); "-" lee la entrada estándar

## skillgap rubric show

cli-rubric-show-about = Muestre una rúbrica: su escalera, sus habilidades con los requisitos de cada nivel y, con --skill, las cinco descripciones de la escala de una habilidad y sus próximos pasos
cli-rubric-show-examples =
    Ejemplos:
    skillgap rubric show production-specialist
    skillgap rubric show production-specialist --skill quality-control
    skillgap rubric show ./mi-rubrica.json
cli-rubric-show-rubric = La rúbrica: un id (vea `skillgap rubrics`) o la ruta de un archivo de rúbrica
cli-rubric-show-skill = Muestra esta habilidad completa

## skillgap completions

cli-completions-about = Imprima un script de autocompletado para la terminal
cli-completions-examples =
    Ejemplos:
    skillgap completions bash > ~/.local/share/bash-completion/completions/skillgap
    skillgap completions zsh > ~/.zfunc/_skillgap
    skillgap completions fish > ~/.config/fish/completions/skillgap.fish
cli-completions-shell = La terminal (shell)

## skillgap man

cli-man-about = Imprima la página del manual (roff), para `man`
cli-man-examples =
    Ejemplo:
    skillgap man > ~/.local/share/man/man1/skillgap.1 && man skillgap

## Opciones de varios comandos

cli-common-max-certs = Recomienda como máximo N certificaciones
cli-common-expiring-days = Un certificado que vence dentro de N días de --as-of está "por vencer"
cli-common-reviews = Una evaluación de la persona hecha por un supervisor, capacitador, evaluador o compañero (JSON, vea `skillgap schema review`), o una carpeta de ellas; se puede dar más de una vez. Las evaluaciones se asignan a las personas por el nombre que dan en "person"
cli-common-ratings = Sobre qué calificación se califica cada habilidad: la de la evaluación si alguna evaluación califica la habilidad, si no la suya ("reviewed"); solo la suya, con las evaluaciones a la vista pero sin usarlas ("self"); o la menor de las dos ("lower")
cli-common-as-of = Juzga evaluaciones y certificados a la fecha FECHA (AAAA-MM-DD; por omisión: hoy, UTC). Una evaluación de más de 12 meses antes se marca como antigua; un certificado está vencido desde su día "expires"
cli-common-input-format = Qué contiene la entrada cuando su nombre no lo dice (entrada estándar u otra extensión): json (un perfil, o JSON Lines), csv, tsv, xlsx, ods
cli-common-layout = En qué sentido va la tabla: rows (una fila por persona, la matriz de habilidades de siempre), columns (una columna por persona) o long (una fila por persona y habilidad). Por omisión: se deduce de los encabezados, y se dice
cli-common-map = Lee la columna con el encabezado ENCABEZADO como QUÉ: un id de habilidad, un id de certificación, o name, group, target, years, education, assessed_on o ignore. Se puede dar más de una vez
cli-common-map-file = Un archivo de pares --map, un ENCABEZADO=QUÉ por línea (las líneas que empiezan con # son notas)
cli-common-scale = La escala de las calificaciones: 0-4 (por omisión), 1-5 (o cualquier rango de cinco puntos), iluo (I=1, L=2, U=3, O=4, y ◔ ◑ ◕ ● ○), o una equivalencia como "none=0,basic=1,good=3,expert=4". Vacío, "-" y "n/a" son sin calificación
cli-common-sheet = La hoja del libro de Excel que se lee (por omisión: la primera hoja con encabezados de habilidades)
cli-common-rubric = Califica contra esta rúbrica: un id o la ruta de un archivo de rúbrica. Por omisión: la rúbrica que nombran los archivos
cli-common-format = Formato en la terminal, y de los archivos -o cuya extensión no lo indica
cli-common-output = Lo escribe en ARCHIVO (.json, .md, .html, .txt) en vez de la terminal; se puede dar más de una vez
cli-common-color = Cuándo usar colores en la salida de la terminal (con "auto" se respeta NO_COLOR)

## Lo que clap escribe por su cuenta

cli-heading-usage = Uso:
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-heading-commands = Comandos
cli-heading-sheets = Hojas de cálculo (.csv, .tsv, .xlsx, .xlsm, .xls, .ods)
cli-command-value = COMANDO
cli-flag-help = Muestra la ayuda (más detalle con '--help')
cli-flag-version = Muestra la versión
cli-value-address = DIRECCIÓN:PUERTO
cli-value-code = CÓDIGO
cli-value-date = FECHA
cli-value-dir = CARPETA
cli-value-file = ARCHIVO
cli-value-file-or-dir = ARCHIVO|CARPETA
cli-value-folder = CARPETA
cli-value-format = FORMATO
cli-value-heading = ENCABEZADO=QUÉ
cli-value-id-or-file = ID|ARCHIVO
cli-value-lang = IDIOMA
cli-value-layout = DISPOSICIÓN
cli-value-level = NIVEL
cli-value-name = NOMBRE
cli-value-scale = ESCALA
cli-value-text = TEXTO
cli-value-old = ANTERIOR
cli-value-new = POSTERIOR
cli-value-kind = TIPO
cli-value-rubric = RÚBRICA
cli-value-ratings = CALIFICACIONES
