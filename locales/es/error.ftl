# Las palabras de skillgap en español. Errores y avisos: qué está mal, dónde y qué hacer.
# Cada mensaje tiene su equivalente en locales/en/error.ftl (tests/catalogs.rs lo comprueba);
# cada id empieza por "error-".

## Dónde está el error y qué hacer

error-hint = sugerencia: { $hint }
error-did-you-mean = (¿quiso decir "{ $id }"?)

## Leer un archivo

error-read-io = no se puede leer { $origin }: { $reason }; revise el nombre del archivo y que tenga permiso para leerlo
error-read-directory = { $origin } es una carpeta; indique la ruta de un archivo JSON
error-read-too-large = { $origin } pesa más de { $mib } MiB, mucho más de lo que necesita un perfil o una rúbrica; revise que sea el archivo correcto
error-read-not-utf8 = { $origin } no es texto UTF-8 (byte no válido en la posición { $offset }; no se leen UTF-16 ni otras codificaciones); guárdelo como JSON en UTF-8
error-io-not-found = el archivo no existe
error-io-permission-denied = no tiene permiso
error-io-disk-full = no queda espacio en el disco
error-io-is-directory = es una carpeta

## JSON que no se puede leer

error-document-profile = un perfil
error-document-review = una evaluación
error-document-rubric = una rúbrica
error-json-not-object = { $what } debe ser un objeto JSON ({"{"} ... {"}"}), pero esto es { $found }
error-json-empty = está vacío o solo tiene espacios, y se esperaba { $what }
error-json-found-array = una lista
error-json-found-string = un texto
error-json-found-number = un número
error-json-found-bool = true o false
error-json-found-null = null
error-json-found-not-json = algo que no es JSON: empieza con "{ $start }"
error-json-object-hint = vea el formato en el README y ejemplos en examples/
error-json-empty-hint = escriba un objeto JSON; vea el formato en el README y ejemplos en examples/
error-json-eof-hint = el texto termina antes de tiempo: revise que cada {"{"} y cada [ estén cerrados y que el archivo se haya guardado completo
error-json-syntax-hint = corrija el JSON en ese lugar; casi siempre falta una coma, unas comillas o un corchete
error-json-data-hint = corrija el valor en ese lugar; el README describe cada campo
error-json-io-hint = revise que se pueda leer la entrada
error-json-number-hint = escriba ahí un número común, como 3
error-json-duplicate-key = clave repetida "{ $key }": un objeto la nombra dos veces y uno de los dos valores se perdería; deje solo una

## Las palabras de serde_json

error-json-eof = el JSON está incompleto
error-json-trailing-characters = hay más texto después del final del JSON
error-json-trailing-comma = sobra una coma antes del cierre
error-json-expected-value = se esperaba un valor
error-json-key-string = cada clave debe ser un texto entre comillas
error-json-invalid-number = número no válido
error-json-number-range = número fuera de rango
error-json-invalid-escape = secuencia de escape no válida
error-json-too-deep = hay demasiados niveles uno dentro de otro
error-json-control-character = hay un carácter de control dentro de un texto
error-json-invalid-type = tipo de valor equivocado: hay { $found } y se esperaba { $expected }
error-json-invalid-value = valor no válido: hay { $found } y se esperaba { $expected }
error-json-unknown-variant = valor desconocido { $value }; se esperaba { $choices }
error-json-unknown-field = campo desconocido { $field }; se esperaba { $choices }
error-json-missing-field = falta el campo { $field }
error-json-duplicate-field = el campo { $field } aparece dos veces
error-json-expected = se esperaba { $what }
error-json-one-of = uno de { $choices }
error-json-or = ` o `
error-json-integer = el número entero
error-json-float = el número decimal
error-json-boolean = el valor
error-json-string = el texto
error-json-map = un objeto
error-json-sequence = una lista
error-json-a-string = un texto
error-json-a-boolean = true o false
error-json-a-number = un número
error-json-a-whole-number = un número entero
error-json-a-small-number = un número entero de 0 a 255
error-json-a-profile = un perfil (un objeto JSON con "ratings")
error-json-a-rubric = una rúbrica (un objeto JSON)
error-json-a-skill = una habilidad (un objeto JSON)
error-json-a-level = un nivel (un objeto JSON)
error-json-a-certification = una certificación (un objeto JSON)

## Los problemas de un perfil

error-profile-syntax = perfil { $error }
error-profile-problems = el perfil { $origin } tiene { $count ->
        [one] 1 problema:
       *[other] { $count } problemas:
    }
error-expected-ratings = un objeto que da a cada id de habilidad su calificación, como {"{"}"quality-control": 2{"}"}
error-expected-evidence = un objeto que da a cada id de habilidad un texto, como {"{"}"quality-control": "lleva los gráficos SPC de la línea 2"{"}"}
error-field-unknown-certification = campo desconocido "{ $field }"{ $suggestion }; una certificación solo tiene los campos { $fields }
error-field-unknown-profile = campo desconocido "{ $field }"{ $suggestion }; un perfil solo tiene los campos { $fields }
error-field-unknown-review = campo desconocido "{ $field }"{ $suggestion }; una evaluación solo tiene los campos { $fields }
error-rating-unknown-skill = no es una habilidad de la rúbrica { $rubric }{ $suggestion }; `skillgap rubric show { $rubric }` muestra los ids de las habilidades
error-rating-twice = aparece más de una vez en ratings; deje una sola calificación por habilidad
error-null-not-rated = no tiene calificación
error-null-not-observed = no se observó
error-rating-allowed = use un número entero de 0 ({ $low }) a { $max } ({ $high }), o null si { $null_means }
error-rating-off-scale = { $value } no está en la escala de calificación; { $allowed }
error-rating-text = es el texto "{ $text }", no un número; { $allowed } (sin comillas)
error-rating-bool = es { $value }, no un número; { $allowed }
error-rating-not-number = no es un número; { $allowed }
error-profile-other-rubric = el perfil es de la rúbrica "{ $named }", pero la rúbrica en uso es "{ $used }"; use --rubric { $named } (un id o la ruta de su archivo), o corrija el campo
error-years-range = es { $years }, pero debe ser un número de 0 a { $max }
error-review-other-person = es "{ $person }", pero el perfil es de "{ $name }"; una evaluación va en el perfil de la persona que nombra
error-certification-unknown = "{ $id }" no es una certificación de la rúbrica { $rubric }{ $suggestion }; `skillgap rubric show { $rubric }` las muestra
error-evidence-twice = aparece más de una vez en evidence; ponga toda la evidencia en un solo texto
error-evidence-unknown-skill = no es una habilidad de la rúbrica { $rubric }{ $suggestion }
error-date-invalid = "{ $text }" no es una fecha; escriba el día como AAAA-MM-DD, por ejemplo 2027-05-01
error-certification-expires-before = es { $expires }, que no es posterior al día en que se obtuvo ({ $earned }); revise las dos fechas
error-certification-expires-too-late = es { $earned }: válida por { $years } años, vencería el { $expires }, después del último año que skillgap lee (2200); revise el año
error-group-too-long = tiene { $chars } caracteres; un grupo nombra una línea, un turno, una celda o una planta en { $max } caracteres como máximo, por ejemplo "Línea 2 / noche"
error-strict-unrated = --strict requiere todas las habilidades con calificación, pero { $count ->
        [one] 1 no la tiene
       *[other] { $count } no la tienen
    }: { $skills }

## Rúbricas, la línea de comandos y los archivos de salida

error-rubric-unknown-id = no hay ninguna rúbrica con el id "{ $id }"{ $suggestion }; las rúbricas son: { $known } (`skillgap rubrics` las muestra), o indique la ruta de un archivo de rúbrica con --rubric
error-rubric-dir-not-folder = --rubric-dir { $dir } no es una carpeta; indique una carpeta que contenga archivos de rúbrica
error-assess-no-terminal = no se indicó ningún perfil y esta no es una terminal interactiva (la entrada estándar y la salida de errores deben serlo), así que skillgap no puede hacer las preguntas; use --input ARCHIVO con un perfil (JSON), o --input - para leerlo de la entrada estándar. `skillgap template -o yo.json` crea un perfil para llenar
error-output-overwrites-input = { $output } reemplazaría el archivo { $input }, que skillgap está leyendo; elija otro lugar para la salida
error-output-overwrites-folder = { $output } reemplazaría un archivo de la carpeta { $input }, que skillgap está leyendo; elija otro lugar para la salida
error-output-twice = { $output } aparece dos veces como salida; indique cada archivo una sola vez
error-output-no-folder = no se puede escribir { $output }: la carpeta { $folder } no existe; créela primero o elija otro lugar
error-output-directory = { $output } es una carpeta; indique el nombre de un archivo donde escribir
error-cannot-write = no se puede escribir { $output }
error-level-unknown = "{ $id }" no es un nivel de la rúbrica { $rubric }{ $suggestion }; los niveles son: { $levels }

## Opciones que no van juntas

error-stdin-twice = la entrada estándar (-) no puede ser a la vez el perfil y la rúbrica; indique la rúbrica con un id o un archivo, o el perfil como archivo
error-as-of-invalid = --as-of: "{ $text }" no es un día; escríbalo como AAAA-MM-DD, por ejemplo 2026-11-27
error-template-format-mismatch = --format { $format } no coincide con la terminación .{ $ending } del nombre del archivo; cambie uno de los dos
error-template-review-json = una plantilla de evaluación es JSON; --review no puede escribir { $format }
error-review-person-empty = --person: indique el nombre de la persona que evalúa
error-serve-code = { $flag }: un código de 4 a 64 caracteres que las personas puedan escribir, por ejemplo 4821 7730
error-serve-codes-same = --code y --admin-code son iguales; el código del supervisor debe ser distinto del que escriben todos
error-team-two-matrix-csv = indique como máximo un archivo .csv de matriz con -o
error-team-two-csv = indique como máximo un archivo .csv con -o
error-show-unknown-skill = --skill: "{ $id }" no es una habilidad de la rúbrica { $rubric }{ $suggestion }
error-cannot-write-stdout = no se puede escribir en la salida estándar: { $reason }
