<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation>Se ha producido un error: {error}

Todo lo hecho hasta su último cambio está guardado en el archivo del taller.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation>No es posible hacer una copia de seguridad</translation>
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation>El disco que contiene las copias de seguridad tiene menos de {mb} MB libres, por lo que no se puede hacer una copia de seguridad antes de esta importación. ¿Desea importar de todos modos, sin copia de seguridad? (Ctrl+Z sigue permitiendo deshacer la importación.)</translation>
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation>Copia de seguridad omitida: el disco está casi lleno. Libere espacio; sus cambios siguen guardados en el archivo del taller.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>No se pudo hacer la copia de seguridad: {reason}</translation>
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation>La carpeta de copia de seguridad «{name}» está fuera de la carpeta de copias de seguridad; no se hizo ninguna copia de seguridad.</translation>
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation>El taller no superó la comprobación de integridad; no se hizo ninguna copia de seguridad, para no sustituir las copias de seguridad en buen estado.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation>Esta copia de seguridad está dañada y no se puede restaurar.</translation>
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation>No se importó nada: el disco que contiene las copias de seguridad tiene menos de {mb} MB libres, por lo que no se pudo hacer antes una copia de seguridad. Libere espacio o añada --no-backup para importar sin copia de seguridad.</translation>
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation>no se hizo ninguna copia de seguridad antes de la importación (el disco está casi lleno).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation>al abrir</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>durante el trabajo</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>al cerrar</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>antes de una actualización del formato</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>antes de una fusión</translation>
        </message>
        <message>
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} MB</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>Restore as new file…</source>
            <translation>Restaurar como archivo nuevo…</translation>
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation>Escribir la copia de seguridad seleccionada como un nuevo archivo de taller; este taller no se modifica</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation>Copias de este taller que se hacen automáticamente al abrirlo, cada pocos minutos mientras se modifica, al cerrarlo y antes de las importaciones. Se conservan las 10 últimas y una por día durante 30 días. Al restaurar se escribe un archivo nuevo; este taller queda tal como está.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation>Todavía no hay copias de seguridad de este taller. La primera se hace poco después de abrirlo.</translation>
        </message>
        <message>
            <source>restored {when}</source>
            <translation>restaurada {when}</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>Restaurar la copia de seguridad como</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>No se puede restaurar</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation>«{name}» ya existe. Elija otro nombre de archivo: la restauración nunca sustituye un archivo.</translation>
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation>Restaurando en {path}…</translation>
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation>Restaurada como {path}</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation>La copia de seguridad se escribió en «{path}». ¿Desea abrirla ahora? (Antes se cerrará este taller, que quedará tal como está.)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>No restaurada: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation>Archivo del taller: {path} (formato {version})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>Integridad: ERROR</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integridad: correcta</translation>
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation>Validación: {n} problema(s)</translation>
        </message>
        <message>
            <source>Validation: ok</source>
            <translation>Validación: correcta</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Registros:</translation>
        </message>
        <message>
            <source>Completeness:</source>
            <translation>Completitud:</translation>
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation>no está almacenado como texto; es posible que el registro no se muestre correctamente</translation>
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation>contiene datos binarios ({n} bytes) donde se espera {what}; se lee como vacío</translation>
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation>contiene {value} donde se espera sí o no (1 o 0)</translation>
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation>contiene «{value}» donde se espera {what}; se lee como vacío</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation>es demasiado largo ({n} caracteres, máximo {max}); se muestra y se exporta recortado a {max} caracteres</translation>
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation>contiene «{value}», que no es una lista de valores; se lee como vacío</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>sí o no</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation>falta el registro del taller</translation>
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation>el archivo contiene {n} registros de taller; un taller tiene exactamente uno</translation>
        </message>
        <message>
            <source>Change journal</source>
            <translation>Diario de cambios</translation>
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation>{n} entradas están dañadas (la primera es la número {seq}); es posible que el historial de los registros afectados esté incompleto</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation>Comprobar el taller</translation>
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation>Comprobando «{name}»…</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar el informe</translation>
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation>✗ El archivo está dañado. Siga trabajando en una copia restaurada: Archivo → Copias de seguridad… → Restaurar como archivo nuevo.</translation>
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation>⚠ El archivo está en buen estado, pero {n} registro(s) requieren atención (se enumeran a continuación).</translation>
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation>✓ Correcto: el archivo está en buen estado y todos los registros son válidos.</translation>
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation>No se pudo realizar la comprobación: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation>Comprobando el taller…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation>Escriba para buscar…</translation>
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation>Sector (primero el más débil)</translation>
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation>Puntuación de coherencia (1 = incoherente, 5 = plenamente coherente)</translation>
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation>Políticas por valoración</translation>
        </message>
        <message>
            <source>Policies:</source>
            <translation>Políticas:</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>sin evaluar</translation>
        </message>
        <message>
            <source>no policy recorded</source>
            <translation>ninguna política registrada</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation>Elija los sectores que se examinarán y, a continuación, puntúe la coherencia de sus políticas con la migración.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin definir</translation>
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation>{sector}
Puntuación de coherencia: {score}
Prioridad: {priority}
Políticas: {coherent} coherentes, {partly} en parte, {incoherent} incoherentes de un total de {total}</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation>Título y país indicados</translation>
        </message>
        <message>
            <source>The title or the country is not set</source>
            <translation>No se ha indicado el título o el país</translation>
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation>Fechas y lugar indicados</translation>
        </message>
        <message>
            <source>The dates or the venue are not set</source>
            <translation>No se han indicado las fechas o el lugar</translation>
        </message>
        <message>
            <source>National development strategy named</source>
            <translation>Estrategia nacional de desarrollo indicada</translation>
        </message>
        <message>
            <source>The national development strategy is not named</source>
            <translation>No se ha indicado la estrategia nacional de desarrollo</translation>
        </message>
        <message>
            <source>Participants registered</source>
            <translation>Participantes inscritos</translation>
        </message>
        <message>
            <source>No participants are registered</source>
            <translation>No hay participantes inscritos</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Sesiones previstas</translation>
        </message>
        <message>
            <source>No sessions are planned</source>
            <translation>No hay sesiones previstas</translation>
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation>Un compromiso aprobado o en vigor</translation>
        </message>
        <message>
            <source>No commitment is adopted or in force</source>
            <translation>Ningún compromiso está aprobado o en vigor</translation>
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation>Organismo principal y punto focal designados</translation>
        </message>
        <message>
            <source>No commitment names both a lead agency and a focal point</source>
            <translation>Ningún compromiso designa a la vez un organismo principal y un punto focal</translation>
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation>Un mecanismo de coordinación registrado</translation>
        </message>
        <message>
            <source>No coordination mechanism is recorded</source>
            <translation>No se ha registrado ningún mecanismo de coordinación</translation>
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation>Los mecanismos tienen miembros</translation>
        </message>
        <message>
            <source>Some coordination mechanisms have no members</source>
            <translation>Algunos mecanismos de coordinación no tienen miembros</translation>
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation>Estado de los instrumentos internacionales examinado</translation>
        </message>
        <message>
            <source>The status of the international instruments is not reviewed (fewer than five recorded)</source>
            <translation>No se ha examinado el estado de los instrumentos internacionales (hay menos de cinco registrados)</translation>
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation>Lista de verificación de la preparación completada</translation>
        </message>
        <message>
            <source>The readiness checklist is not fully answered</source>
            <translation>La lista de verificación de la preparación no se ha completado del todo</translation>
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation>Al menos 10 partes interesadas incluidas en el mapeo</translation>
        </message>
        <message>
            <source>Fewer than 10 stakeholders are mapped</source>
            <translation>Hay menos de 10 partes interesadas incluidas en el mapeo</translation>
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation>Cada parte interesada puntuada según su influencia e interés</translation>
        </message>
        <message>
            <source>Some stakeholders are not rated for influence and interest</source>
            <translation>Algunas partes interesadas no están puntuadas según su influencia e interés</translation>
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation>Cada parte interesada tiene un mandato</translation>
        </message>
        <message>
            <source>Some stakeholders have no mandate recorded</source>
            <translation>Algunas partes interesadas no tienen un mandato registrado</translation>
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation>Relaciones entre partes interesadas registradas</translation>
        </message>
        <message>
            <source>No relations between stakeholders are recorded</source>
            <translation>No se han registrado relaciones entre partes interesadas</translation>
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation>Organizaciones de migrantes o de la diáspora incluidas</translation>
        </message>
        <message>
            <source>No migrant or diaspora organisation is included</source>
            <translation>No se ha incluido ninguna organización de migrantes o de la diáspora</translation>
        </message>
        <message>
            <source>Data sources listed</source>
            <translation>Fuentes de datos enumeradas</translation>
        </message>
        <message>
            <source>No data sources are listed</source>
            <translation>No se han enumerado fuentes de datos</translation>
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation>Cada fuente de datos tiene un titular</translation>
        </message>
        <message>
            <source>Some data sources have no owner</source>
            <translation>Algunas fuentes de datos no tienen titular</translation>
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation>Indicadores elegidos</translation>
        </message>
        <message>
            <source>No indicators are chosen</source>
            <translation>No se han elegido indicadores</translation>
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation>Cada indicador vinculado a sus fuentes de datos</translation>
        </message>
        <message>
            <source>Some indicators are matched to no data source</source>
            <translation>Algunos indicadores no están vinculados a ninguna fuente de datos</translation>
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation>Desgloses de cada fuente registrados</translation>
        </message>
        <message>
            <source>The disaggregations of some data sources are not recorded</source>
            <translation>No se han registrado los desgloses de algunas fuentes de datos</translation>
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation>Sectores elegidos para el examen</translation>
        </message>
        <message>
            <source>No sectors are chosen for review</source>
            <translation>No se han elegido sectores para el examen</translation>
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation>Cada sector evaluado con una puntuación de coherencia</translation>
        </message>
        <message>
            <source>Some sectors have no coherence score</source>
            <translation>Algunos sectores no tienen puntuación de coherencia</translation>
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation>Políticas en vigor enumeradas para cada sector</translation>
        </message>
        <message>
            <source>Some sectors have no policies listed</source>
            <translation>Algunos sectores no tienen políticas enumeradas</translation>
        </message>
        <message>
            <source>Recommendations written</source>
            <translation>Recomendaciones redactadas</translation>
        </message>
        <message>
            <source>No recommendations are written</source>
            <translation>No se han redactado recomendaciones</translation>
        </message>
        <message>
            <source>Actions recorded</source>
            <translation>Medidas registradas</translation>
        </message>
        <message>
            <source>No actions are recorded</source>
            <translation>No se han registrado medidas</translation>
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation>Cada medida tiene un responsable</translation>
        </message>
        <message>
            <source>Some actions have no responsible actor</source>
            <translation>Algunas medidas no tienen responsable</translation>
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation>Cada medida tiene un plazo y una prioridad</translation>
        </message>
        <message>
            <source>Some actions have no timeframe or no priority</source>
            <translation>Algunas medidas carecen de plazo o de prioridad</translation>
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation>Cada medida tiene un indicador</translation>
        </message>
        <message>
            <source>Some actions have no indicator</source>
            <translation>Algunas medidas no tienen indicador</translation>
        </message>
        <message>
            <source>Costs estimated</source>
            <translation>Costos estimados</translation>
        </message>
        <message>
            <source>Some actions have no cost estimate</source>
            <translation>Algunas medidas no tienen costo estimado</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation>Mejor cobertura</translation>
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation>Cobertura de cada indicador por cada fuente de datos</translation>
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation>Ninguna fuente de datos para este indicador</translation>
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation>{indicator}
Mejor cobertura: {level}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>{indicator}
{source}
Coverage: {level}</source>
            <translation>{indicator}
{source}
Cobertura: {level}</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation>Añada los indicadores cuyo seguimiento realizará el plan y registre qué fuentes de datos pueden alimentarlos.</translation>
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation>{gaps} de los {total} indicadores aún no tienen fuente de datos (marcados con un signo de advertencia).</translation>
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation>Cada uno de los {total} indicadores tiene al menos una fuente de datos.</translation>
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation>Todavía no se ha registrado ninguna cobertura.</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Fuentes de datos que no cubren ningún indicador: {names}.</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation>Mapa de calor de la cobertura</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation>Elegir la fecha en un calendario</translation>
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>Incluir datos personales</translation>
        </message>
        <message>
            <source>Names, emails and phone numbers of participants and contacts: leave this off for a report or workbook shared beyond the working group.</source>
            <translation>Nombres, correos y teléfonos de participantes y contactos: desactívelo para un informe o libro que se comparta fuera del grupo de trabajo.</translation>
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation>Marcar como «borrador para validación»</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogotipo</translation>
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation>PNG o JPEG opcional de los organizadores</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation>Exportar el informe PDF…</translation>
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation>Exportar el libro de Excel…</translation>
        </message>
        <message>
            <source>Import workbook…</source>
            <translation>Importar un libro…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Show the folder the file was written to</source>
            <translation>Mostrar la carpeta donde se escribió el archivo</translation>
        </message>
    </context>
    <context>
        <name>DeliverablesPage</name>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>El taller está abierto en modo de solo lectura</translation>
        </message>
        <message>
            <source>Report and workbook</source>
            <translation>Informe y libro</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation>El informe se redacta a partir del contenido actual del archivo del taller; señala las lagunas que encuentra.</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation>El informe se redacta a partir del contenido actual del archivo del taller; señala las lagunas que figuran a continuación.</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>completo</translation>
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation>pendiente: {items}</translation>
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation>Logotipo de los organizadores</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>Informe PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation>Esta exportación no está disponible: {reason}</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Escrito: {path}</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Error: {reason}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelado; no se escribió nada.</translation>
        </message>
        <message>
            <source>Import workbook</source>
            <translation>Importar un libro</translation>
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation>La importación no está disponible: {reason}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Import indicator values</source>
            <translation>Importar valores de indicadores</translation>
        </message>
        <message>
            <source>Tables of values (*.csv *.xlsx *.txt)</source>
            <translation>Tablas de valores (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Columns used: {columns}</source>
            <translation>Columnas utilizadas: {columns}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>Columnas omitidas: {columns}</translation>
        </message>
        <message>
            <source>Missing values (.., -, n/a) skipped: {n}</source>
            <translation>Valores faltantes (.., -, n/a) omitidos: {n}</translation>
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation>No importado: no se pudo hacer antes una copia de seguridad.</translation>
        </message>
        <message>
            <source>Backing up the workshop before the import…</source>
            <translation>Copia de seguridad del taller antes de la importación…</translation>
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation>Importado: {n} cambio(s). Ctrl+Z deshace la importación.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation>La escala debe estar entre 1 y {max}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Record details</source>
            <translation>Detalles del registro</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>Close the details (Esc)</source>
            <translation>Cerrar los detalles (Esc)</translation>
        </message>
        <message>
            <source>Close the details</source>
            <translation>Cerrar los detalles</translation>
        </message>
    </context>
    <context>
        <name>Drops</name>
        <message>
            <source>Import indicator values?</source>
            <translation>¿Importar valores de indicadores?</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop (it has no About sheet). Read it as a table of indicator values? You will see what it changes before anything is written.</source>
            <translation>«{name}» no es un libro exportado por Mainstream Desktop (no tiene hoja Acerca de). ¿Leerlo como una tabla de valores de indicadores? Verá lo que cambia antes de que se escriba nada.</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Compromiso político</translation>
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation>Mapeo institucional</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Inventario de datos</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Examen sectorial</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruso</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chino</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugués</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>Relator</translation>
        </message>
        <message>
            <source>Resource person</source>
            <translation>Especialista</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organizador</translation>
        </message>
        <message>
            <source>Cabinet or council of ministers decision</source>
            <translation>Decisión del gabinete o del consejo de ministros</translation>
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation>Decreto presidencial o ministerial</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Ley</translation>
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation>Política (libro verde o blanco, documento ministerial)</translation>
        </message>
        <message>
            <source>National development plan provision</source>
            <translation>Disposición del plan nacional de desarrollo</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>Asignación presupuestaria</translation>
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation>Declaración oficial</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Memorando de entendimiento</translation>
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation>Plan nacional de aplicación del PMM</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Internacional</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Regional</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Nacional</translation>
        </message>
        <message>
            <source>Sub-national</source>
            <translation>Subnacional</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>En preparación</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>En vigor</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Caducado</translation>
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation>Comité interministerial</translation>
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation>Mecanismo consultivo de múltiples interesados</translation>
        </message>
        <message>
            <source>Technical working group</source>
            <translation>Grupo de trabajo técnico</translation>
        </message>
        <message>
            <source>Support group</source>
            <translation>Grupo de apoyo</translation>
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation>Subcomité temático</translation>
        </message>
        <message>
            <source>Steering committee</source>
            <translation>Comité directivo</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Disuelto</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensual</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Trimestral</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Semestral</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Anual</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>Ad hoc</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Co-chair</source>
            <translation>Copresidencia</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation>Ratificación o adhesión</translation>
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation>Firma sin ratificación</translation>
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation>Respaldo (no vinculante)</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>En estudio</translation>
        </message>
        <message>
            <source>Not party</source>
            <translation>No es parte</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>No aplicable</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>En parte</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Impulsor</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Favorable</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>Escéptico</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Contrario</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Liderar</translation>
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation>Colaborar (gestionar de cerca)</translation>
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation>Consultar (mantener satisfecho)</translation>
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation>Informar (mantener informado)</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Observar</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Rinde cuentas a</translation>
        </message>
        <message>
            <source>Coordinates with</source>
            <translation>Se coordina con</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Financia a</translation>
        </message>
        <message>
            <source>Shares data with</source>
            <translation>Comparte datos con</translation>
        </message>
        <message>
            <source>Partners with</source>
            <translation>Colabora con</translation>
        </message>
        <message>
            <source>Oversees</source>
            <translation>Supervisa a</translation>
        </message>
        <message>
            <source>Advises</source>
            <translation>Asesora a</translation>
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation>Tensión o solapamiento con</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>Continua</translation>
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation>Cada 2 a 5 años</translation>
        </message>
        <message>
            <source>Every 10 years</source>
            <translation>Cada 10 años</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Única</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Irregular</translation>
        </message>
        <message>
            <source>Some regions</source>
            <translation>Algunas regiones</translation>
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation>Zona piloto o de muestra</translation>
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation>Nacionales en el extranjero</translation>
        </message>
        <message>
            <source>Open (published)</source>
            <translation>Abierto (publicado)</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>Previa solicitud</translation>
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation>Mediante acuerdo de intercambio de datos</translation>
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation>Restringido (solo uso interno)</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Aceptable</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Deficiente</translation>
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation>Indicador mundial de los ODS</translation>
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation>Indicador de progreso del PMM</translation>
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation>Indicador del plan nacional de desarrollo</translation>
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation>Indicador indirecto</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Completa</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Parcial</translation>
        </message>
        <message>
            <source>Proxy only</source>
            <translation>Solo indirecta</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prevista</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Reglamento</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Política</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Estrategia</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation>Acuerdo bilateral</translation>
        </message>
        <message>
            <source>Regional agreement</source>
            <translation>Acuerdo regional</translation>
        </message>
        <message>
            <source>Explicitly</source>
            <translation>Explícitamente</translation>
        </message>
        <message>
            <source>Implicitly</source>
            <translation>Implícitamente</translation>
        </message>
        <message>
            <source>Not addressed</source>
            <translation>No se aborda</translation>
        </message>
        <message>
            <source>Coherent</source>
            <translation>Coherente</translation>
        </message>
        <message>
            <source>Partly coherent</source>
            <translation>Parcialmente coherente</translation>
        </message>
        <message>
            <source>Incoherent</source>
            <translation>Incoherente</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Sin evaluar</translation>
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation>Corto plazo (&lt; 1 año)</translation>
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation>Mediano plazo (1–3 años)</translation>
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation>Largo plazo (&gt; 3 años)</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Migrant stocks</source>
            <translation>Stock de migrantes</translation>
        </message>
        <message>
            <source>Migration flows</source>
            <translation>Flujos migratorios</translation>
        </message>
        <message>
            <source>Return migration</source>
            <translation>Migración de retorno</translation>
        </message>
        <message>
            <source>Refugees and displacement</source>
            <translation>Refugiados y desplazamientos</translation>
        </message>
        <message>
            <source>Internal migration</source>
            <translation>Migración interna</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Remesas</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Diáspora</translation>
        </message>
        <message>
            <source>Labour migration</source>
            <translation>Migración laboral</translation>
        </message>
        <message>
            <source>Women and girls at risk</source>
            <translation>Mujeres y niñas en situación de riesgo</translation>
        </message>
        <message>
            <source>Unaccompanied or separated children</source>
            <translation>Niños no acompañados o separados</translation>
        </message>
        <message>
            <source>Victims of trafficking</source>
            <translation>Víctimas de la trata</translation>
        </message>
        <message>
            <source>Migrants in an irregular situation</source>
            <translation>Migrantes en situación irregular</translation>
        </message>
        <message>
            <source>Refugees and asylum seekers</source>
            <translation>Refugiados y solicitantes de asilo</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Apátridas</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Desplazados internos</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Personas con discapacidad</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Personas de edad</translation>
        </message>
        <message>
            <source>Migrant domestic workers</source>
            <translation>Trabajadores domésticos migrantes</translation>
        </message>
        <message>
            <source>Returnees</source>
            <translation>Retornados</translation>
        </message>
        <message>
            <source>Families left behind</source>
            <translation>Familias que permanecen en el país de origen</translation>
        </message>
        <message>
            <source>Progress review</source>
            <translation>Revisión de los progresos</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Revisión anual</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Revisión de mitad de período</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Evaluación final</translation>
        </message>
        <message>
            <source>Budget preparation round</source>
            <translation>Ronda de preparación del presupuesto</translation>
        </message>
        <message>
            <source>International reporting</source>
            <translation>Presentación de informes internacionales</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Gestionar de cerca</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Mantener satisfecho</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Mantener informado</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Country name (if not in the list)</source>
            <translation>Nombre del país (si no figura en la lista)</translation>
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation>Solo para un código de país ficticio o asignado por el usuario.</translation>
        </message>
        <message>
            <source>National development strategy</source>
            <translation>Estrategia nacional de desarrollo</translation>
        </message>
        <message>
            <source>Strategy period</source>
            <translation>Período de la estrategia</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation>Idioma de los productos</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organizadores</translation>
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation>Propósito y alcance</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>Título abreviado</translation>
        </message>
        <message>
            <source>Printed at the top of every report page.</source>
            <translation>Se imprime en la parte superior de cada página del informe.</translation>
        </message>
        <message>
            <source>Regional organisations</source>
            <translation>Organizaciones regionales</translation>
        </message>
        <message>
            <source>The regional instruments of these organisations are reviewed too.</source>
            <translation>También se examinan los instrumentos regionales de estas organizaciones.</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>Prólogo</translation>
        </message>
        <message>
            <source>Validated by</source>
            <translation>Validado por</translation>
        </message>
        <message>
            <source>The body or meeting that validated the report.</source>
            <translation>El órgano o la reunión que validó el informe.</translation>
        </message>
        <message>
            <source>Validated on</source>
            <translation>Fecha de validación</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Firmante</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Cargo del firmante</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Descargo de responsabilidad</translation>
        </message>
        <message>
            <source>Empty: the report prints the standard disclaimer.</source>
            <translation>Si se deja vacío, el informe imprime el descargo de responsabilidad estándar.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <source>Link to the budget cycle</source>
            <translation>Vínculo con el ciclo presupuestario</translation>
        </message>
        <message>
            <source>When and how the actions enter the national budget.</source>
            <translation>Cuándo y cómo se incorporan las medidas al presupuesto nacional.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation>Organización (si no es una parte interesada)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Instrumento</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Emitido por</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Organismo principal</translation>
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation>Punto focal (nombre)</translation>
        </message>
        <message>
            <source>Focal point contact</source>
            <translation>Contacto del punto focal</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandato</translation>
        </message>
        <message>
            <source>Budget allocated</source>
            <translation>Presupuesto asignado</translation>
        </message>
        <message>
            <source>Reference or link</source>
            <translation>Referencia o enlace</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation>Términos de referencia aprobados</translation>
        </message>
        <message>
            <source>Year established</source>
            <translation>Año de creación</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Frecuencia de reuniones</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Mecanismo</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation>Reservas o declaraciones</translation>
        </message>
        <message>
            <source>Implementing body</source>
            <translation>Órgano de aplicación</translation>
        </message>
        <message>
            <source>National implementation</source>
            <translation>Aplicación nacional</translation>
        </message>
        <message>
            <source>Laws, bodies and programmes that give it effect.</source>
            <translation>Leyes, órganos y programas que lo hacen efectivo.</translation>
        </message>
        <message>
            <source>Last report to the treaty body</source>
            <translation>Último informe presentado al órgano creado en virtud de tratados</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>Próximo informe previsto</translation>
        </message>
        <message>
            <source>Treaty-body and UPR recommendations accepted</source>
            <translation>Recomendaciones aceptadas de los órganos creados en virtud de tratados y del EPU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>Establecido</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Parent body</source>
            <translation>Órgano superior</translation>
        </message>
        <message>
            <source>Thematic areas</source>
            <translation>Ámbitos temáticos</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation>1 = poco poder sobre el proceso, 5 = decisivo</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation>1 = poco interés en el resultado, 5 = fundamental</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Implicación</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Persona de contacto</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>Correo electrónico de contacto</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Teléfono de contacto</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Lagunas y solapamientos</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hacia</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Intensidad</translation>
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation>1 = débil, 3 = fuerte</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Titular</translation>
        </message>
        <message>
            <source>Periodicity</source>
            <translation>Periodicidad</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation>Cobertura geográfica</translation>
        </message>
        <message>
            <source>Migration variables</source>
            <translation>Variables de migración</translation>
        </message>
        <message>
            <source>Disaggregations</source>
            <translation>Desgloses</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Lagunas</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Marco</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>SDG indicator</source>
            <translation>Indicador de los ODS</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>Objetivos del PMM</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Valor de referencia</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Año de referencia</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Año de la meta</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation>Desgloses necesarios</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Fuente de datos</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation>Desgloses disponibles</translation>
        </message>
        <message>
            <source>For a period, its last year.</source>
            <translation>Para un período, indicar su último año.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Only for a value over several years: 2015–2019.</source>
            <translation>Solo para un valor que abarca varios años: 2015–2019.</translation>
        </message>
        <message>
            <source>Disaggregated by</source>
            <translation>Desglosado por</translation>
        </message>
        <message>
            <source>Empty for the total.</source>
            <translation>Dejar vacío para el total.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>The group of the disaggregation: Female, 15–24…</source>
            <translation>El grupo del desglose: Mujer, 15–24…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Empty: the indicator's unit.</source>
            <translation>Si se deja vacío: la unidad del indicador.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Lead ministry</source>
            <translation>Ministerio principal</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation>Efectos de la migración en el sector</translation>
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation>Efectos del sector en la migración</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Coherencia de las políticas</translation>
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation>1 = las políticas se contradicen, 5 = plenamente coherentes</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendaciones</translation>
        </message>
        <message>
            <source>SDG targets</source>
            <translation>Metas de los ODS</translation>
        </message>
        <message>
            <source>Human rights</source>
            <translation>Derechos humanos</translation>
        </message>
        <message>
            <source>Non-discrimination, access to services and to justice, detention: what the group found.</source>
            <translation>No discriminación, acceso a los servicios y a la justicia, detención: lo que constató el grupo.</translation>
        </message>
        <message>
            <source>Gender effects</source>
            <translation>Efectos de género</translation>
        </message>
        <message>
            <source>How the sector's policies affect migrant women and men differently.</source>
            <translation>Cómo afectan de manera diferente las políticas del sector a las mujeres y los hombres migrantes.</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations</source>
            <translation>Grupos en situación de vulnerabilidad</translation>
        </message>
        <message>
            <source>Other sectors affected</source>
            <translation>Otros sectores afectados</translation>
        </message>
        <message>
            <source>Knock-on effects on other sectors</source>
            <translation>Efectos indirectos en otros sectores</translation>
        </message>
        <message>
            <source>Year adopted</source>
            <translation>Año de aprobación</translation>
        </message>
        <message>
            <source>Addresses migration</source>
            <translation>Aborda la migración</translation>
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation>Coherencia con los objetivos migratorios</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Raised in step</source>
            <translation>Planteada en la etapa</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Costo estimado</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <source>Amount secured</source>
            <translation>Monto asegurado</translation>
        </message>
        <message>
            <source>Of the estimated cost, in the same currency.</source>
            <translation>Del costo estimado, en la misma moneda.</translation>
        </message>
        <message>
            <source>Funding partner</source>
            <translation>Asociado financiador</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Año de inicio</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Año de finalización</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Medios de verificación</translation>
        </message>
        <message>
            <source>Monitoring frequency</source>
            <translation>Frecuencia del seguimiento</translation>
        </message>
        <message>
            <source>Monitored by</source>
            <translation>Seguimiento a cargo de</translation>
        </message>
        <message>
            <source>Expected impact</source>
            <translation>Impacto esperado</translation>
        </message>
        <message>
            <source>1 = marginal, 5 = transformative</source>
            <translation>1 = marginal, 5 = transformador</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>Viabilidad</translation>
        </message>
        <message>
            <source>1 = hard to deliver, 5 = ready to start</source>
            <translation>1 = difícil de ejecutar, 5 = puede comenzar de inmediato</translation>
        </message>
        <message>
            <source>Readiness gaps answered</source>
            <translation>Lagunas de preparación atendidas</translation>
        </message>
        <message>
            <source>Legal gaps answered</source>
            <translation>Lagunas jurídicas atendidas</translation>
        </message>
        <message>
            <source>Data gap answered</source>
            <translation>Laguna de datos atendida</translation>
        </message>
        <message>
            <source>An indicator the action gives a data source.</source>
            <translation>Indicador al que la medida proporciona una fuente de datos.</translation>
        </message>
        <message>
            <source>What is reviewed</source>
            <translation>Objeto de la revisión</translation>
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation>Todavía no hay {what} — se añaden en «{step}»</translation>
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation>«{name}» no es un archivo normal (es una carpeta, un dispositivo, una canalización o un enlace); elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation>«{name}» es el propio taller; elija otro nombre de archivo.</translation>
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation>«{name}» se ha indicado para dos exportaciones; elija un nombre distinto para cada una.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation>permiso denegado o soporte de solo lectura</translation>
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation>un error de entrada/salida (¿sigue conectada la memoria USB?)</translation>
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation>No se pudo escribir «{name}»: {reason}. No se modificó nada.</translation>
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation>«{name}» ya existe (utilice --force para sustituirlo).</translation>
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation>La carpeta «{name}» no existe.</translation>
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation>«{name}» no existe.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation>«{name}» es una carpeta, no un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation>«{name}» tiene al lado un archivo WAL («{wal}»), que los archivos de taller nunca utilizan: otro programa lo ha modificado. Mueva «{wal}» a otro lugar para abrir el archivo tal como está.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>No se puede leer «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation>«{name}» está en un soporte de solo lectura o en una carpeta en la que usted no puede escribir: se puede comprobar y exportar, pero no modificar. Cópielo en una carpeta con permiso de escritura para editarlo.</translation>
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation>Una consulta sobre el taller superó su límite ({steps} millones de pasos), muy por encima de lo que necesita cualquier taller real: es posible que el archivo haya sido manipulado o esté dañado. No se modificó nada.</translation>
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation>objeto {kind} inesperado «{object}»</translation>
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation>objeto {kind} modificado «{object}»</translation>
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation>falta el objeto {kind} «{object}»</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation>«{name}» es un archivo de taller dañado o un taller que no fue escrito por esta versión ({difference}). No se abrió.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>«{name}» está vacío: no es un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation>«{name}» no es un archivo de taller (no es una base de datos SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation>«{name}» es una base de datos de otra aplicación, no un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation>«{name}» fue escrito por una versión más reciente de Mainstream Desktop (formato de archivo {found}; esta versión lee hasta el formato {supported}). Actualice la aplicación para abrirlo.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation>«{name}» es un archivo de taller dañado (sin versión de esquema).</translation>
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation>«{name}» está en modo WAL, que los archivos de taller nunca utilizan: otro programa lo ha modificado y no se abre.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation>«{name}» es un archivo de taller dañado (tamaño de página incorrecto).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation>«{name}» no es un archivo normal (es un dispositivo, una canalización o un socket): no es un archivo de taller.</translation>
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation>«{name}» está truncado ({size} de {expected} bytes). Restáurelo a partir de una copia de seguridad.</translation>
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation>«{name}» está truncado o dañado (su tamaño no es un número entero de páginas). Restáurelo a partir de una copia de seguridad.</translation>
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation>«{name}» utiliza un formato de archivo anterior y debe abrirse una vez con permiso de escritura para actualizarlo.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation>No se puede abrir «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation>«{name}» está dañado ({reason}). Restáurelo a partir de una copia de seguridad.</translation>
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation>Otro programa está escribiendo en «{name}»; vuelva a intentarlo cuando se haya cerrado.</translation>
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation>Falta el registro del taller.</translation>
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation>Este taller está abierto en modo de solo lectura.</translation>
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation>«{name}» no se cerró correctamente (un fallo del programa o un corte de electricidad). Ábralo una vez para editarlo, en la ventana, a fin de recuperar su último estado guardado.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation>«{name}» es un archivo de taller dañado (faltan {columns} en la tabla {table}).</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation>«{name}» es un archivo de taller dañado (sin identificador de taller).</translation>
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation>«{journal}», junto a «{name}», no es el diario de este taller (pertenece a otra base de datos o está dañado); aplicarlo destruiría el taller. Mueva «{journal}» a otro lugar y vuelva a abrir el archivo.</translation>
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation>No se puede utilizar la carpeta de datos «{path}» ({reason}): no se pueden conservar copias de seguridad. Asigne a MAINSTREAM_DESKTOP_HOME una carpeta en la que pueda escribir.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation>Taller de Mainstream (*.mainstream)</translation>
        </message>
    </context>
    <context>
        <name>FocusBar</name>
        <message>
            <source>Question being discussed</source>
            <translation>Pregunta en debate</translation>
        </message>
        <message>
            <source>Previous question (Ctrl+,)</source>
            <translation>Pregunta anterior (Ctrl+,)</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Pregunta anterior</translation>
        </message>
        <message>
            <source>Next question (Ctrl+.)</source>
            <translation>Pregunta siguiente (Ctrl+.)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Pregunta siguiente</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Pregunta {n} de {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation>Copia para un grupo de trabajo</translation>
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation>Nombre del grupo de trabajo (aparece en la barra de título de la copia y al volver a fusionar las copias):</translation>
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation>Guardar la copia del grupo de trabajo como</translation>
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation>Copia para el grupo de trabajo «{group}» guardada como {path}. Vuelva a fusionarla con Archivo ▸ Fusionar archivos de grupos de trabajo…</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>No se puede guardar la copia</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation>añadido</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modificado</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restaurado</translation>
        </message>
        <message>
            <source>(the record)</source>
            <translation>(el registro)</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who (device)</source>
            <translation>Quién (dispositivo)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>Restaurar este valor</translation>
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation>Devolver al campo el valor que escribió este cambio (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <source>Restore the value before</source>
            <translation>Restaurar el valor anterior</translation>
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation>Devolver al campo el valor que tenía antes de este cambio (Ctrl+Z lo deshace)</translation>
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation>Historial: {what} «{name}»</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>No restaurado: {reason}</translation>
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation>El campo «{field}» ya tiene este valor.</translation>
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation>Campo «{field}» restaurado. Ctrl+Z en la ventana lo deshace.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation>No se importó nada: el libro contiene {n} error(es). El primero: {first}</translation>
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation>El taller se modificó después de la vista previa de la importación; vuelva a generar la vista previa.</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>No se importó nada: {reason}</translation>
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation>es obligatorio, pero la hoja no tiene esa columna</translation>
        </message>
        <message>
            <source>the workshop</source>
            <translation>el taller</translation>
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation>es una fila nueva idéntica a un registro existente ({where}); ¿se importó ya este libro?</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>fila {row}</translation>
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation>«{name}» tiene dos hojas para una misma lista, {first} y {second}; conserve solo una.</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation>«{name}» no es un libro exportado por Mainstream Desktop: no contiene ninguna de las hojas {sheets}.</translation>
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation>esta hoja no forma parte del libro del taller; se ha omitido</translation>
        </message>
        <message>
            <source>“{name}” has a sheet {sheet} whose name could mean any of the sheets {sheets}; rename it to one of them.</source>
            <translation>«{name}» tiene una hoja {sheet} cuyo nombre puede corresponder a cualquiera de las hojas {sheets}; cámbiele el nombre por uno de ellos.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation>«{name}» fue escrito por una versión más reciente de Mainstream Desktop; actualice la aplicación para importarlo.</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing</source>
            <translation>falta la hoja {sheet}</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its name</source>
            <translation>; ¿se cambió su nombre por «{other}»? Restablezca su nombre</translation>
        </message>
        <message>
            <source>sheet {sheet}: the hidden id column (column A) is missing. Without it the rows cannot be matched to the records they show and every row would be added again; use the workbook with its column A as it was exported</source>
            <translation>hoja {sheet}: falta la columna oculta de identificadores (columna A). Sin ella, las filas no pueden vincularse a los registros que muestran y todas las filas se volverían a añadir; utilice el libro con su columna A tal como se exportó</translation>
        </message>
        <message>
            <source>sheet {sheet}: the column “{column}” is missing</source>
            <translation>hoja {sheet}: falta la columna «{column}»</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its header</source>
            <translation>; ¿se cambió su encabezado por «{other}»? Restablezca su encabezado</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported: sheets or columns were renamed or deleted. Put them back as they were exported (the About sheet lists every sheet and column) and import again; nothing was imported.</source>
            <translation>«{name}» no se puede importar: se cambió el nombre de hojas o columnas, o se eliminaron. Restablézcalas tal como se exportaron (la hoja «Acerca de» enumera todas las hojas y columnas) y vuelva a importar; no se importó nada.</translation>
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation>esta columna aparece dos veces en la hoja</translation>
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation>no es una columna de esta hoja; se ha omitido</translation>
        </message>
        <message>
            <source>the cell holds more than {n} characters, more than a spreadsheet cell can</source>
            <translation>la celda contiene más de {n} caracteres, más de lo que admite una celda de hoja de cálculo</translation>
        </message>
        <message>
            <source>the cell holds the spreadsheet error {error}, not a value: correct what caused it or type the value itself</source>
            <translation>la celda contiene el error de hoja de cálculo {error}, no un valor: corrija lo que lo causó o escriba directamente el valor</translation>
        </message>
        <message>
            <source>is a formula whose result is the spreadsheet error {error}; formulas are not calculated on import, type the value instead</source>
            <translation>es una fórmula cuyo resultado es el error de hoja de cálculo {error}; las fórmulas no se calculan al importar, escriba el valor en su lugar</translation>
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation>es una fórmula sin valor guardado; las fórmulas no se calculan al importar, escriba el valor en su lugar</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation>es una fórmula; no se calculó, se utilizó su valor guardado «{value}»</translation>
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation>esta hoja admite una sola fila; elimine las demás</translation>
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation>no es un identificador de registro; deje el identificador vacío para un registro nuevo</translation>
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation>el mismo registro aparece dos veces (también en la fila {row})</translation>
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation>este registro se eliminó en el taller; borre el identificador para volver a añadirlo</translation>
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation>este identificador pertenece a un registro de otra hoja; deje el identificador vacío para un registro nuevo</translation>
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation>{n} registros de la hoja {sheet} tienen este nombre; asígneles nombres distintos</translation>
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation>ningún registro de tipo «{record}» tiene este nombre en la hoja {sheet} ni en el taller</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>columna «{column}»</translation>
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation>Importación desde «{name}»:</translation>
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{sheet}: {added} por añadir, {updated} por actualizar, {unchanged} sin cambios</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Advertencias:</translation>
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation>{n} error(es); no se importará nada hasta que se corrijan:</translation>
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation>… y {n} errores más que no se enumeran.</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>«{name}» no existe o no es un archivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>«{name}» es demasiado grande para importarlo ({mb} MB; máximo {max} MB).</translation>
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation>«{name}» es un libro .xls de formato antiguo o está protegido con contraseña. Ábralo en un programa de hoja de cálculo y guárdelo como libro de Excel (.xlsx) sin contraseña.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation>«{name}» no es un libro de Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation>«{name}» está dañado y no se puede leer ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation>«{name}» es demasiado grande para importarlo ({mb} MB descomprimido; máximo {max} MB).</translation>
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation>«{name}» contiene más de {max} textos distintos, más de los que puede necesitar un libro que respete los límites de la importación; se ha rechazado.</translation>
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation>«{name}» contiene elementos que ningún programa de hoja de cálculo genera (declaraciones de entidades XML o una tasa de compresión extrema) y se ha rechazado por ser potencialmente peligroso.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation>«{name}» es demasiado grande para importarlo.</translation>
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation>La importación necesita el paquete defusedxml, que protege contra libros peligrosos; no está instalado.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation>La hoja {sheet} de «{name}» tiene más de {max} celdas con contenido; divida el libro.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation>La hoja {sheet} de «{name}» tiene más de {max} filas; divida el libro.</translation>
        </message>
        <message>
            <source>{first}, … ({n} values; see the drop-down list)</source>
            <translation>{first}, … ({n} valores; véase la lista desplegable)</translation>
        </message>
        <message>
            <source>“{value}”: several values are separated by “; ”, not by commas (a comma may be part of a value); write “{fixed}”</source>
            <translation>«{value}»: los valores múltiples se separan con «; », no con comas (una coma puede formar parte de un valor); escriba «{fixed}»</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values: {allowed}</source>
            <translation>«{value}» no es uno de los valores permitidos: {allowed}</translation>
        </message>
        <message>
            <source>{values} are not among the allowed values: {allowed}</source>
            <translation>{values} no están entre los valores permitidos: {allowed}</translation>
        </message>
        <message>
            <source>. Did you mean “{suggestion}”?</source>
            <translation>. ¿Quiso decir «{suggestion}»?</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation>Problemas detectados (no se importa nada mientras haya alguno):</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation>Importar un libro</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadidos</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Actualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation>Se añadirán {added} registro(s) y se actualizarán {updated}. La importación es un solo paso: Deshacer la revierte por completo.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation>El libro no se puede importar hasta que se corrijan los problemas que figuran a continuación.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Power–interest grid</source>
            <translation>Matriz poder–interés</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation>Idioma desconocido «{code}»; utilice uno de los siguientes: {codes}.</translation>
        </message>
        <message>
            <source>{n} texts are not yet translated into “{code}”; they appear in English.</source>
            <translation>{n} textos aún no están traducidos a «{code}»; aparecen en inglés.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation>{user} en {host} (proceso {pid}) desde {when}</translation>
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation>La carpeta «{name}» sigue bloqueada por otro programa; vuelva a intentarlo dentro de un momento.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation>«{name}» está abierto en otra ventana: {holder}.</translation>
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation>«{name}», junto al taller, es una carpeta, no un archivo de bloqueo; elimínela y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation>Otro programa acaba de abrir «{name}»; vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation>«{name}» está abierto en una ventana: {holder}. Ciérrelo primero allí.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workshop</source>
            <translation>Abrir el taller de &amp;ejemplo</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Guardar una &amp;copia como…</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importar un libro…</translation>
        </message>
        <message>
            <source>Import indicator &amp;values…</source>
            <translation>Importar &amp;valores de indicadores…</translation>
        </message>
        <message>
            <source>Read the values of indicators from a table a statistical office published (CSV or Excel, long or wide)</source>
            <translation>Leer los valores de los indicadores de una tabla publicada por una oficina de estadística (CSV o Excel, formato largo o ancho)</translation>
        </message>
        <message>
            <source>Copy for a &amp;working group…</source>
            <translation>Copia para un &amp;grupo de trabajo…</translation>
        </message>
        <message>
            <source>Save a copy for a working group to edit on another laptop, to merge back later</source>
            <translation>Guardar una copia para que un grupo de trabajo la edite en otro equipo y volver a fusionarla después</translation>
        </message>
        <message>
            <source>&amp;Merge working-group files…</source>
            <translation>&amp;Fusionar archivos de grupos de trabajo…</translation>
        </message>
        <message>
            <source>Merge the working groups' copies into a new workshop file, deciding every conflict</source>
            <translation>Fusionar las copias de los grupos de trabajo en un nuevo archivo de taller, resolviendo cada conflicto</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>C&amp;opias de seguridad…</translation>
        </message>
        <message>
            <source>The automatic backups of this workshop; restore one as a new file</source>
            <translation>Copias de seguridad automáticas de este taller; restaure una como archivo nuevo</translation>
        </message>
        <message>
            <source>C&amp;heck workshop</source>
            <translation>Co&amp;mprobar el taller</translation>
        </message>
        <message>
            <source>Check the file's integrity and every record</source>
            <translation>Comprobar la integridad del archivo y todos los registros</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>Cerrar el &amp;taller</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Nuevo registro</translation>
        </message>
        <message>
            <source>Add a record to the register shown (Ctrl+N)</source>
            <translation>Añadir un registro a la lista mostrada (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>&amp;Eliminar registro</translation>
        </message>
        <message>
            <source>&amp;Find in the workshop…</source>
            <translation>&amp;Buscar en el taller…</translation>
        </message>
        <message>
            <source>Search every register of the workshop and go to the record</source>
            <translation>Buscar en todos los registros del taller e ir al registro</translation>
        </message>
        <message>
            <source>F&amp;ilter this table</source>
            <translation>F&amp;iltrar esta tabla</translation>
        </message>
        <message>
            <source>Record &amp;history…</source>
            <translation>&amp;Historial del registro…</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Quién modificó el registro seleccionado, cuándo y qué (Ctrl+H)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>Modo de &amp;presentación</translation>
        </message>
        <message>
            <source>Full screen, large type, for the projector (F11)</source>
            <translation>Pantalla completa y letra grande, para el proyector (F11)</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>Mostrar la &amp;orientación</translation>
        </message>
        <message>
            <source>P&amp;revious step</source>
            <translation>Etapa &amp;anterior</translation>
        </message>
        <message>
            <source>Ne&amp;xt step</source>
            <translation>Etapa &amp;siguiente</translation>
        </message>
        <message>
            <source>&amp;About Mainstream Desktop</source>
            <translation>&amp;Acerca de Mainstream Desktop</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Ir a la página {n}</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Barra principal</translation>
        </message>
        <message>
            <source>Export &amp;PDF report…</source>
            <translation>Exportar informe &amp;PDF…</translation>
        </message>
        <message>
            <source>Write the report as a PDF (options on the Deliverables page)</source>
            <translation>Escribir el informe en PDF (opciones en la página Productos)</translation>
        </message>
        <message>
            <source>Export &amp;Excel workbook…</source>
            <translation>Exportar libro &amp;Excel…</translation>
        </message>
        <message>
            <source>Write the workbook to fill in and send back</source>
            <translation>Escribir el libro para rellenar y devolver</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation>{title} — Grupo de trabajo: {group}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (solo lectura)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>Abriendo «{name}»…</translation>
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation>No se puede abrir el taller</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>No se puede leer «{name}»: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>No se puede deshacer</translation>
        </message>
        <message>
            <source>The workshop was not closed properly last time: its last saved state was recovered (the file and journal as found are kept in its backups).</source>
            <translation>El taller no se cerró correctamente la última vez: se recuperó su último estado guardado (el archivo y el diario tal como se encontraron se conservan en sus copias de seguridad).</translation>
        </message>
        <message>
            <source>Open a workshop</source>
            <translation>Abrir un taller</translation>
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation>No se puede escribir el ejemplo</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>No se puede crear el taller</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copia</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Guardar una copia como</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>No se puede guardar una copia</translation>
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation>Copia guardada como {path}</translation>
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation>Último cambio escrito en el archivo a las {time}</translation>
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation>Acerca de Mainstream Desktop</translation>
        </message>
        <message>
            <source>Portable mode: settings, backups and logs are kept in “{folder}”, beside the program.</source>
            <translation>Modo portátil: la configuración, las copias de seguridad y los registros de actividad se guardan en «{folder}», junto al programa.</translation>
        </message>
        <message>
            <source>Settings, backups and logs are kept in “{folder}”.</source>
            <translation>La configuración, las copias de seguridad y los registros de actividad se guardan en «{folder}».</translation>
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation>Mainstream Desktop {version}

Guía paso a paso a un grupo de trabajo nacional en la integración de la migración en la planificación del desarrollo. Cada cambio se escribe en el archivo del taller en el momento en que se realiza.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Idioma del sistema</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation>Indique al menos dos archivos de taller para fusionar.</translation>
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation>{n} conflicto(s); no se escribió nada. Resuélvalos en la ventana (Archivo ▸ Fusionar archivos de grupos de trabajo…) o añada --resolve newest o --resolve FILE.</translation>
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation>--resolve admite «newest» o uno de los archivos que se fusionan, no «{value}».</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>editado</translation>
        </message>
        <message>
            <source>refers to it</source>
            <translation>remite a él</translation>
        </message>
        <message>
            <source>changed differently</source>
            <translation>modificado de forma distinta</translation>
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation>editado en un archivo y eliminado en otro</translation>
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation>remite a un registro que otro archivo eliminó</translation>
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation>añadido en dos archivos con el mismo nombre</translation>
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation>al combinarse, los órganos superiores forman un ciclo</translation>
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation>«{name}» es una copia de un taller distinto de «{first}»; solo se pueden fusionar copias de un mismo taller.</translation>
        </message>
        <message>
            <source>“{name}” has a damaged change journal (entry {n}); it cannot be merged. Check it with “mainstream-desktop check”.</source>
            <translation>«{name}» tiene un diario de cambios dañado (entrada {n}); no se puede fusionar. Compruébelo con «mainstream-desktop check».</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>dispositivo {id}</translation>
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation>{n} conflicto(s) sin resolver; no se escribió nada.</translation>
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation>El taller fusionado no sería válido: {why}. No se escribió nada.</translation>
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation>El grupo de trabajo debe tener un nombre (80 caracteres como máximo).</translation>
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation>{name} [{group}]:</translation>
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation>sin cambios desde que se hicieron las copias</translation>
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation>{register}: {added} añadido(s), {changed} modificado(s), {deleted} eliminado(s)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation>Fusionar archivos de grupos de trabajo</translation>
        </message>
        <message>
            <source>Review the merge</source>
            <translation>Revisar la fusión</translation>
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation>Prevalece la más reciente en el resto</translation>
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation>Resolver cada conflicto aún pendiente conservando el cambio más reciente (un nombre añadido dos veces conserva ambos registros)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Fusionar…</translation>
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation>Escribir el taller fusionado como un archivo nuevo</translation>
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation>Archivos de los grupos de trabajo que se van a fusionar</translation>
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation>{name} — el taller abierto en esta ventana</translation>
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation>Leyendo {n} archivos…</translation>
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation>No hay conflictos: los cambios de los archivos son compatibles.</translation>
        </message>
        <message>
            <source>This workshop</source>
            <translation>Este taller</translation>
        </message>
        <message>
            <source>Step and register</source>
            <translation>Etapa y lista</translation>
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation>Ningún archivo contiene cambios desde que se hicieron las copias.</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>conservar ambos</translation>
        </message>
        <message>
            <source>{group}'s version</source>
            <translation>versión de {group}</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Modificado por</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Keep all of them (all but the oldest are renamed after their group)</source>
            <translation>Conservarlos todos (todos salvo el más antiguo se renombran añadiendo el nombre de su grupo)</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionado</translation>
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation>Guardar el taller fusionado como</translation>
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation>«{name}» es uno de los archivos que se fusionan; elija un archivo nuevo para el resultado.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation>Fusión realizada: {n} cambio(s) escrito(s) en {path}.</translation>
        </message>
        <message>
            <source>Merge written</source>
            <translation>Fusión completada</translation>
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation>El taller fusionado se escribió en «{name}». No se modificó ninguno de los archivos fusionados. ¿Desea abrir ahora el taller fusionado?</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Error: {reason}</translation>
        </message>
        <message>
            <source>{n} files</source>
            <translation>{n} archivos</translation>
        </message>
        <message>
            <source>{files}; no conflicts. Press Merge… to write the merged workshop.</source>
            <translation>{files}; no hay conflictos. Pulse Fusionar… para escribir el taller fusionado.</translation>
        </message>
        <message>
            <source>{files}; {total} conflict(s), {left} still to decide: choose a version for each, or let the newest win for the rest.</source>
            <translation>{files}; {total} conflicto(s), {left} por resolver: elija una versión para cada uno o deje que prevalezca la más reciente en el resto.</translation>
        </message>
        <message>
            <source>{files}; all {total} conflict(s) decided. Press Merge… to write the merged workshop.</source>
            <translation>{files}; todos los conflictos resueltos ({total}). Pulse Fusionar… para escribir el taller fusionado.</translation>
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation>{added} añadido(s), {changed} modificado(s), {deleted} eliminado(s)</translation>
        </message>
        <message>
            <source>Changed differently</source>
            <translation>Modificado de forma distinta</translation>
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation>Editado aquí, eliminado allí</translation>
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation>Remite a un registro eliminado</translation>
        </message>
        <message>
            <source>Added twice</source>
            <translation>Añadido dos veces</translation>
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation>Órganos superiores en ciclo</translation>
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation>{what}: los archivos cambiaron este campo a valores distintos. Conserve uno de ellos.</translation>
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation>{what} se eliminó en un archivo y se editó en otro. Elimine el registro o consérvelo con las modificaciones.</translation>
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation>{what} remite a un registro que otro archivo eliminó. Mantenga la eliminación (la referencia desaparece) o conserve el registro al que remite.</translation>
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation>Dos archivos añadieron cada uno un registro con el mismo nombre. Conserve uno (las referencias al otro pasan a este) o conserve ambos (el más reciente se renombra añadiendo el nombre de su grupo).</translation>
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation>{what}: al combinarse, cada uno de estos registros sería el órgano superior del otro. Conserve una de las versiones; el órgano superior de la otra se deja vacío.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>Registro eliminado</translation>
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation>Registro editado: conservarlo con las modificaciones</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation>«{name}» eliminado: también se elimina el registro ({what}) que remite a él</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation>«{name}» eliminado: se borra la referencia</translation>
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation>Remite a «{name}»: conservar «{name}»</translation>
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation>«{name}» añadido: conservar este</translation>
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation>Situar «{child}» bajo «{parent}»</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation>{user}
dispositivo {device}</translation>
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation>Archivos de los grupos de trabajo que se van a fusionar, copias de este mismo taller. El primero es la base; el taller fusionado se escribe como un archivo nuevo y no se modifica ninguno de estos archivos.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Añadir archivos…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation>Lo que cada archivo cambió desde que se hicieron las copias (+ añadido, ~ modificado, − eliminado)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation>Conflictos: para cada uno, elija la versión que pasará al taller fusionado</translation>
        </message>
    </context>
    <context>
        <name>MultiEditor</name>
        <message>
            <source>Filter…</source>
            <translation>Filtrar…</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>The steps of the workshop and how complete each is; Alt+1 to Alt+9 go to a step</source>
            <translation>Los pasos del taller y su grado de avance; Alt+1 a Alt+9 llevan a un paso</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>{step}: {done} of {total} checks done</source>
            <translation>{step}: {done} de {total} comprobaciones hechas</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Pendiente:</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Completo</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation>Añada las partes interesadas y los vínculos entre ellas (quién rinde cuentas a quién, quién financia a quién o quién trabaja con quién).</translation>
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation>{name}
{type}
Influencia {weight} · {links} vínculo(s)</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation>Mayor tamaño = más influencia</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Tipo de parte interesada</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshop</name>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>e.g. National consultation on migration and development</source>
            <translation>p. ej., Consulta nacional sobre migración y desarrollo</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>Fi&amp;n</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Escriba para buscar…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>taller</translation>
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation>Guardar el taller en</translation>
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation>Asigne un título al taller.</translation>
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation>Elija el país de la lista.</translation>
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation>Elija dónde guardar el archivo del taller.</translation>
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation>«{name}» ya existe; elija otro nombre de archivo.</translation>
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation>Abra o cree un taller.</translation>
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation>Esta imagen no se puede mostrar.</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Matriz poder–interés</translation>
        </message>
        <message>
            <source>Network of stakeholders</source>
            <translation>Red de partes interesadas</translation>
        </message>
        <message>
            <source>Coverage heatmap</source>
            <translation>Mapa de cobertura</translation>
        </message>
        <message>
            <source>Coherence overview</source>
            <translation>Panorama de la coherencia</translation>
        </message>
        <message>
            <source>Trends of the indicators</source>
            <translation>Tendencias de los indicadores</translation>
        </message>
        <message>
            <source>Arrow keys move between the items, Enter opens the selected one beside the chart.</source>
            <translation>Las flechas recorren los elementos; Intro abre el elegido junto al gráfico.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation>Tipo sin definir</translation>
        </message>
    </context>
    <context>
        <name>PowerInterestView</name>
        <message>
            <source>{name}
{type}
Influence {influence}, interest {interest}</source>
            <translation>{name}
{type}
Influencia {influence}, interés {interest}</translation>
        </message>
        <message>
            <source>Stakeholders in this cell</source>
            <translation>Partes interesadas de esta casilla</translation>
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation>Interés en el resultado</translation>
        </message>
        <message>
            <source>Influence over the process</source>
            <translation>Influencia sobre el proceso</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation>Puntúe la influencia y el interés de las partes interesadas (1–5): aparecerán en la matriz, donde puede arrastrarlas de una celda a otra.</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Tipo de parte interesada</translation>
        </message>
        <message>
            <source>Reading the grid</source>
            <translation>Cómo leer la matriz</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation>Este taller está abierto en modo de solo lectura; no se modificó nada.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>otro programa</translation>
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation>«{name}» se está escribiendo en este instante; vuelva a intentarlo dentro de un momento.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Taller en uso</translation>
        </message>
        <message>
            <source>You can open it read-only: you see it as it is now and can export the report and workbook, but cannot change it. To edit, close it in the other window first.</source>
            <translation>Puede abrirlo en modo de solo lectura: lo verá tal como está ahora y podrá exportar el informe y el libro, pero no modificarlo. Para editarlo, ciérrelo primero en la otra ventana.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Abrir en modo de solo lectura</translation>
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation>El taller está abierto en modo de solo lectura; no se modificó nada.</translation>
        </message>
        <message>
            <source>Read-only — held by {holder}.</source>
            <translation>Solo lectura — abierto por {holder}.</translation>
        </message>
        <message>
            <source>You see the workshop as it was when you opened it. Exports work; nothing can be changed. To edit, close it in the other window, then open it again.</source>
            <translation>Ve el taller tal como estaba cuando lo abrió. Las exportaciones funcionan; no se puede modificar nada. Para editarlo, ciérrelo en la otra ventana y vuelva a abrirlo.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation>Nuevo registro: {what}</translation>
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation>Seleccione un registro para verlo</translation>
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation>Seleccione un registro o pulse Ctrl+N para añadir uno</translation>
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation>Último cambio: {when}</translation>
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation>Añadido. Pulse Ctrl+N para añadir otro.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>No se añadió nada.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>No añadido — {reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation>Añadir el registro (Intro)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation>Descartar el nuevo registro (Esc)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation>Mecanismos de coordinación</translation>
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation>Mecanismo de coordinación</translation>
        </message>
        <message>
            <source>Mechanism members</source>
            <translation>Miembros de mecanismos</translation>
        </message>
        <message>
            <source>Mechanism member</source>
            <translation>Miembro de mecanismo</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Instrumentos internacionales</translation>
        </message>
        <message>
            <source>Instrument status</source>
            <translation>Estado de instrumento</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>Lista de verificación de la preparación</translation>
        </message>
        <message>
            <source>Readiness item</source>
            <translation>Criterio de preparación</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Parte interesada</translation>
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation>Vínculos entre partes interesadas</translation>
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation>Vínculo entre partes interesadas</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Vínculos</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Fuentes de datos</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Fuente de datos</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Cobertura de indicadores</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Indicator values</source>
            <translation>Valores de los indicadores</translation>
        </message>
        <message>
            <source>Indicator value</source>
            <translation>Valor de indicador</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Sector assessments</source>
            <translation>Evaluaciones sectoriales</translation>
        </message>
        <message>
            <source>Sector assessment</source>
            <translation>Evaluación sectorial</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Políticas</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Política</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Review calendar</source>
            <translation>Calendario de revisiones</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Revisiones</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation>Buscar ({what})…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation>Añadir: {what} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the selected record ({key}; {table_key} in the table)</source>
            <translation>Eliminar el registro seleccionado ({key}; {table_key} en la tabla)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Quién modificó el registro seleccionado, cuándo y qué (Ctrl+H)</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>El taller está abierto en modo de solo lectura</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation>Seleccione un registro para ver su historial.</translation>
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation>¿Eliminar junto con los elementos dependientes?</translation>
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation>Otros {count} registro(s) utilizan «{name}». ¿Desea eliminarlo y eliminar también esos registros o referencias? (Deshacer lo restablece todo.)</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation>«{name}» eliminado. Ctrl+Z lo restablece.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation>Tamaño de papel desconocido «{paper}» (utilice a4 o letter).</translation>
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation>Idioma del informe desconocido «{lang}».</translation>
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation>Integración de la migración en la planificación del desarrollo</translation>
        </message>
        <message>
            <source>Draft for validation</source>
            <translation>Borrador para validación</translation>
        </message>
        <message>
            <source>migration</source>
            <translation>migración</translation>
        </message>
        <message>
            <source>development planning</source>
            <translation>planificación del desarrollo</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objetivos de Desarrollo Sostenible</translation>
        </message>
        <message>
            <source>Global Compact for Migration</source>
            <translation>Pacto Mundial para la Migración Segura, Ordenada y Regular</translation>
        </message>
        <message>
            <source>Actions are ranked by priority (high, medium, low); actions of equal priority by expected impact (5 = transformative first), then by feasibility (5 = ready to start first); then by the shorter timeframe.</source>
            <translation>Las medidas se ordenan por prioridad (alta, media, baja); las de igual prioridad, por impacto esperado (primero 5 = transformador) y luego por viabilidad (primero 5 = puede comenzar de inmediato); por último, por el plazo más corto.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Panorama general</translation>
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation>Medidas prioritarias</translation>
        </message>
        <message>
            <source>Impact / feasibility</source>
            <translation>Impacto / viabilidad</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Costo estimado</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>Actions by priority and timeframe</source>
            <translation>Medidas por prioridad y plazo</translation>
        </message>
        <message>
            <source>Working groups whose work was merged</source>
            <translation>Grupos de trabajo cuyo trabajo se fusionó</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Merged on</source>
            <translation>Fusionado el</translation>
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation>Anexo {letter}. {title}</translation>
        </message>
        <message>
            <source>Reference lists used</source>
            <translation>Listas de referencia utilizadas</translation>
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation>Metas e indicadores de los ODS</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Source: United Nations, global indicator framework for the Sustainable Development Goals (A/RES/71/313 and later revisions).</source>
            <translation>Fuente: Naciones Unidas, marco de indicadores mundiales para los Objetivos de Desarrollo Sostenible (A/RES/71/313 y revisiones posteriores).</translation>
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation>Objetivos del Pacto Mundial para la Migración</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Source: Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).</source>
            <translation>Fuente: Pacto Mundial para la Migración Segura, Ordenada y Regular (A/RES/73/195).</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nombre abreviado</translation>
        </message>
        <message>
            <source>Source: the texts of the instruments, by title and year of adoption.</source>
            <translation>Fuente: textos de los instrumentos, por título y año de aprobación.</translation>
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation>Los títulos de los ODS siguen el marco de indicadores mundiales revisado en 2025 (E/CN.3/2025/6) cuando la columna Revisión indica 2025.</translation>
        </message>
        <message>
            <source>Recorded but not listed: regional instruments of an organisation the workshop's country is not recorded as a member of: {names}.</source>
            <translation>Registrados pero no incluidos en la tabla: instrumentos regionales de una organización de la que el país del taller no consta como miembro: {names}.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation>Miembros: {names}.</translation>
        </message>
        <message>
            <source>Legal and policy gap analysis</source>
            <translation>Análisis de las lagunas jurídicas y de políticas</translation>
        </message>
        <message>
            <source>The review covers the core international instruments and the regional instruments of: {regions}.</source>
            <translation>El examen abarca los instrumentos internacionales fundamentales y los instrumentos regionales de las siguientes organizaciones: {regions}.</translation>
        </message>
        <message>
            <source>The review covers the core international instruments. No regional organisation is recorded for the workshop, so no regional instrument is reviewed.</source>
            <translation>El examen abarca los instrumentos internacionales fundamentales. No se ha registrado ninguna organización regional para el taller, por lo que no se examina ningún instrumento regional.</translation>
        </message>
        <message>
            <source>Core instruments with no recorded status</source>
            <translation>Instrumentos fundamentales sin estado registrado</translation>
        </message>
        <message>
            <source>Finding: core instruments that apply with no recorded status: {n} of {total}. The group should establish whether the country is party to each.</source>
            <translation>Conclusión: instrumentos fundamentales aplicables sin estado registrado: {n} de {total}. El grupo debería determinar si el país es parte en cada uno de ellos.</translation>
        </message>
        <message>
            <source>Every core instrument that applies has a recorded status.</source>
            <translation>Todos los instrumentos fundamentales aplicables tienen un estado registrado.</translation>
        </message>
        <message>
            <source>Instruments not joined, and what answers them</source>
            <translation>Instrumentos en los que el país no es parte y respuestas previstas</translation>
        </message>
        <message>
            <source>No action or recommendation</source>
            <translation>Ninguna medida ni recomendación</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Finding: not joined, with no action and no recommendation yet: {names}.</source>
            <translation>Conclusión: instrumentos en los que el país no es parte y que aún no tienen ninguna medida ni recomendación: {names}.</translation>
        </message>
        <message>
            <source>Every instrument the country has not joined is answered by an action or a recommendation.</source>
            <translation>Cada instrumento en el que el país no es parte cuenta con una medida o una recomendación.</translation>
        </message>
        <message>
            <source>Reporting obligations</source>
            <translation>Obligaciones de presentación de informes</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situación</translation>
        </message>
        <message>
            <source>Finding: reports due before {year} and not yet submitted: {names}.</source>
            <translation>Conclusión: informes que debían presentarse antes de {year} y aún no se han presentado: {names}.</translation>
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation>✓ establecido · ◐ en parte · ✗ no establecido · ? desconocido</translation>
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation>Lagunas conocidas de las fuentes</translation>
        </message>
        <message>
            <source>Best coverage</source>
            <translation>Mejor cobertura</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Cobertura de indicadores</translation>
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation>Indicadores según la mejor cobertura que les ofrece alguna fuente de datos ({n} indicadores).</translation>
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation>Cobertura de los {rows} primeros indicadores (de un total de {all_rows}) por las {cols} fuentes de datos que más los cubren (se muestran como máximo {max_rows} × {max_cols}).</translation>
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation>Qué fuente de datos puede alimentar qué indicador.</translation>
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation>Lagunas de desglose</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation>Todos los desgloses que necesitan los indicadores están disponibles en al menos una fuente.</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation>A {n} indicadores les falta al menos uno de los desgloses que necesitan. Desgloses que faltan con más frecuencia: {list}.</translation>
        </message>
        <message>
            <source>Not available from any source</source>
            <translation>No disponible en ninguna fuente</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Matriz poder–interés</translation>
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation>Todavía no se ha puntuado la influencia y el interés de ninguna parte interesada.</translation>
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation>Número de partes interesadas en cada celda de la matriz ({n} puntuadas); la tabla anterior las enumera todas.</translation>
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation>Partes interesadas según su influencia e interés ({n} puntuadas). La forma del marcador indica el tipo de organismo.</translation>
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation>Cuadrante de implicación</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <source>Stakeholders by engagement quadrant</source>
            <translation>Partes interesadas por cuadrante de implicación</translation>
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation>Relaciones entre partes interesadas</translation>
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation>No se registró ninguna relación entre partes interesadas.</translation>
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation>{n} partes interesadas y {m} relaciones, resumidas por tipo de organismo: el tamaño y el número de los círculos indican cuántos organismos hay; el grosor y el número de las líneas, cuántas relaciones.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation>Red de {n} partes interesadas y {m} relaciones; solo se nombran las {top} con más conexiones.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation>Red de {n} partes interesadas y {m} relaciones. El tamaño del marcador indica la influencia; el estilo de línea, el tipo de relación.</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Lagunas y solapamientos</translation>
        </message>
        <message>
            <source>Tensions and overlaps between stakeholders</source>
            <translation>Tensiones y solapamientos entre partes interesadas</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Con quién</translation>
        </message>
        <message>
            <source>Areas with no public mandate</source>
            <translation>Ámbitos sin mandato público</translation>
        </message>
        <message>
            <source>Finding: no government body lists these reviewed sectors among its thematic areas.</source>
            <translation>Conclusión: ningún órgano gubernamental incluye estos sectores examinados entre sus ámbitos temáticos.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nadie</translation>
        </message>
        <message>
            <source>Covered only by</source>
            <translation>Cubierto solo por</translation>
        </message>
        <message>
            <source>Every reviewed sector is in the mandate of at least one government body.</source>
            <translation>Cada sector examinado forma parte del mandato de al menos un órgano gubernamental.</translation>
        </message>
        <message>
            <source>Possible overlaps</source>
            <translation>Posibles solapamientos</translation>
        </message>
        <message>
            <source>Finding: several government bodies of the same level claim these areas, and no coordinating link, parent body or working coordination mechanism ties each group to the others.</source>
            <translation>Conclusión: varios órganos gubernamentales del mismo nivel reivindican estos ámbitos, y ningún vínculo de coordinación, órgano superior ni mecanismo de coordinación en funcionamiento une a cada grupo con los demás.</translation>
        </message>
        <message>
            <source>Groups of bodies not linked to each other</source>
            <translation>Grupos de órganos no vinculados entre sí</translation>
        </message>
        <message>
            <source>No area is claimed by government bodies without a coordinating link between them.</source>
            <translation>Ningún ámbito es reivindicado por órganos gubernamentales sin un vínculo de coordinación entre ellos.</translation>
        </message>
        <message>
            <source>Gaps noted by the group</source>
            <translation>Lagunas señaladas por el grupo</translation>
        </message>
        <message>
            <source>Mandates</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation>Panorama de la coherencia de las políticas</translation>
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation>Puntuación de coherencia asignada a cada sector (barras) y número de políticas consideradas coherentes, parcialmente coherentes o incoherentes con los objetivos migratorios.</translation>
        </message>
        <message>
            <source>Policies reviewed: {sector}</source>
            <translation>Políticas examinadas: {sector}</translation>
        </message>
        <message>
            <source>No finding recorded yet.</source>
            <translation>Aún no se ha registrado ninguna conclusión.</translation>
        </message>
        <message>
            <source>Human rights and gender</source>
            <translation>Derechos humanos y género</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>Señalado en</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations and the sectors that raised them</source>
            <translation>Grupos en situación de vulnerabilidad y sectores que los señalaron</translation>
        </message>
        <message>
            <source>Sectors with a finding on human rights or gender: {n} of {total}.</source>
            <translation>Sectores con alguna conclusión sobre derechos humanos o género: {n} de {total}.</translation>
        </message>
        <message>
            <source>Finding: no human-rights or gender finding yet for: {sectors}.</source>
            <translation>Conclusión: aún no hay ninguna conclusión sobre derechos humanos o género para: {sectors}.</translation>
        </message>
        <message>
            <source>Knock-on effects between sectors</source>
            <translation>Efectos indirectos entre sectores</translation>
        </message>
        <message>
            <source>Sectors most often affected by the policies of others: {sectors}.</source>
            <translation>Sectores afectados con más frecuencia por las políticas de otros sectores: {sectors}.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>The workshop</source>
            <translation>El taller</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participación</translation>
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation>Participaron {n} personas de {orgs} organizaciones.</translation>
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation>Participantes por sexo y función</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation>Puntuación de coherencia (1–5)</translation>
        </message>
        <message>
            <source>Policies in force</source>
            <translation>Políticas en vigor</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>sin evaluar</translation>
        </message>
        <message>
            <source>{n} relations within</source>
            <translation>{n} relaciones internas</translation>
        </message>
        <message>
            <source>Figure {number}. {caption}</source>
            <translation>Figura {number}. {caption}</translation>
        </message>
        <message>
            <source>Table {number}. {caption}</source>
            <translation>Tabla {number}. {caption}</translation>
        </message>
        <message>
            <source>Source: workshop data, {date}.</source>
            <translation>Fuente: datos del taller, {date}.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>No se ha registrado nada.</translation>
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation>El archivo del logotipo «{name}» no existe.</translation>
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation>El logotipo «{name}» no se puede leer como imagen; utilice un archivo PNG o JPEG.</translation>
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation>El logotipo «{name}» está vacío.</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Organizado por</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>Colofón</translation>
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop {version}, from the workshop's own records. Set in Noto Sans, Noto Naskh Arabic and WenQuanYi Micro Hei.</source>
            <translation>Informe elaborado el {date} con Mainstream Desktop {version}, a partir de los registros del taller. Compuesto en Noto Sans, Noto Naskh Arabic y WenQuanYi Micro Hei.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Índice de figuras</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Índice de tablas</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Resumen ejecutivo</translation>
        </message>
        <message>
            <source>Main gaps</source>
            <translation>Principales lagunas</translation>
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation>Se han completado las comprobaciones de todas las etapas.</translation>
        </message>
        <message>
            <source>Top priorities</source>
            <translation>Prioridades principales</translation>
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation>Todavía no se ha registrado ninguna medida.</translation>
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation>El taller «{title}» ({country}) se celebró en {venue}, {dates}.</translation>
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation>En el presente informe se describe el taller «{title}» ({country}).</translation>
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation>Participó {n} persona.</translation>
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation>Participaron {n} personas.</translation>
        </message>
        <message>
            <source>{n} political commitment was recorded.</source>
            <translation>Se registró {n} compromiso político.</translation>
        </message>
        <message>
            <source>{n} political commitments were recorded.</source>
            <translation>Se registraron {n} compromisos políticos.</translation>
        </message>
        <message>
            <source>{n} of them is adopted or in force.</source>
            <translation>{n} de ellos está aprobado o en vigor.</translation>
        </message>
        <message>
            <source>{n} of them are adopted or in force.</source>
            <translation>{n} de ellos están aprobados o en vigor.</translation>
        </message>
        <message>
            <source>None of them is adopted or in force yet.</source>
            <translation>Ninguno de ellos está aún aprobado ni en vigor.</translation>
        </message>
        <message>
            <source>{n} stakeholder was mapped.</source>
            <translation>Se incluyó {n} parte interesada en el mapeo.</translation>
        </message>
        <message>
            <source>{n} stakeholders were mapped.</source>
            <translation>Se incluyeron {n} partes interesadas en el mapeo.</translation>
        </message>
        <message>
            <source>{n} of them should be managed closely (high influence and high interest).</source>
            <translation>Partes interesadas que deben gestionarse de cerca (alta influencia y alto interés): {n}.</translation>
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation>Se inventariaron {sources} fuentes de datos y {indicators} indicadores; {uncovered} indicadores aún no tienen ninguna fuente de datos que los cubra.</translation>
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation>El plan de acción contiene {n} medida (de alta prioridad: {high}), con un costo estimado de {cost}.</translation>
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation>El plan de acción contiene {n} medidas, {high} de ellas de alta prioridad, con un costo total estimado de {cost}.</translation>
        </message>
        <message>
            <source>Funding still to be found: {gaps}.</source>
            <translation>Financiación aún por encontrar: {gaps}.</translation>
        </message>
        <message>
            <source>{gap} of {cost}</source>
            <translation>{gap} de {cost}</translation>
        </message>
        <message>
            <source>{amount} in a currency not stated</source>
            <translation>{amount} en una moneda no especificada</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sectors} ({score}).</source>
            <translation>Se examinaron {n} sectores, con una coherencia media de las políticas de {mean} sobre 5; el menos coherente es {sectors} ({score}).</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent, at {score}, are {sectors}.</source>
            <translation>Se examinaron {n} sectores, con una coherencia media de las políticas de {mean} sobre 5; los menos coherentes, con {score}, son: {sectors}.</translation>
        </message>
        <message>
            <source>{step}: {gap}.</source>
            <translation>{step}: {gap}.</translation>
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation>{n} de las {total} condiciones de preparación no están establecidas.</translation>
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation>Las políticas son poco coherentes con los objetivos migratorios (puntuación de 2 o menos) en {n} sectores: {names}.</translation>
        </message>
        <message>
            <source>{n} of the {total} gaps found have no action in the plan yet.</source>
            <translation>{n} de las {total} lagunas detectadas aún no cuentan con ninguna medida en el plan.</translation>
        </message>
        <message>
            <source>Secured</source>
            <translation>Asegurado</translation>
        </message>
        <message>
            <source>Not yet funded</source>
            <translation>Aún sin financiar</translation>
        </message>
        <message>
            <source>{currency}: {secured} of {cost} secured</source>
            <translation>{currency}: {secured} asegurados de {cost}</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… y {n} más.</translation>
        </message>
        <message>
            <source>{quadrant} ({n})</source>
            <translation>{quadrant} ({n})</translation>
        </message>
        <message>
            <source>Cut-off at {cut}: scores of {high} to 5 count as high.</source>
            <translation>Umbral en {cut}: las puntuaciones de {high} a 5 se consideran altas.</translation>
        </message>
        <message>
            <source>Markers in one cell share its score; they are spread apart only to stay readable.</source>
            <translation>Los marcadores de una misma celda comparten su puntuación; solo se separan para que sigan siendo legibles.</translation>
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation>Gobierno y organismos públicos</translation>
        </message>
        <message>
            <source>International partners</source>
            <translation>Asociados internacionales</translation>
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation>Sociedad civil, migrantes y comunidades</translation>
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation>Sector privado y mundo académico</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>The migration situation</source>
            <translation>La situación migratoria</translation>
        </message>
        <message>
            <source>What the figures gathered by the working group say about migration in {country}: the latest value of each indicator, how it has changed, how it breaks down, and what is still missing.</source>
            <translation>Lo que dicen las cifras reunidas por el grupo de trabajo sobre la migración en {country}: el último valor de cada indicador, cómo ha evolucionado, cómo se desglosa y lo que aún falta.</translation>
        </message>
        <message>
            <source>{with_values} of {indicators} indicators have recorded values ({values} values in all); {trends} have values in at least {years} years.</source>
            <translation>{with_values} de {indicators} indicadores tienen valores registrados ({values} valores en total); {trends} tienen valores en al menos {years} años.</translation>
        </message>
        <message>
            <source>Topic not recorded</source>
            <translation>Tema no registrado</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Cifras clave</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Último valor</translation>
        </message>
        <message>
            <source>Key figures: {topic}</source>
            <translation>Cifras clave: {topic}</translation>
        </message>
        <message>
            <source>No indicator value has been recorded yet.</source>
            <translation>Todavía no se ha registrado ningún valor de indicador.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>No indicator has values in {years} or more years yet.</source>
            <translation>Ningún indicador tiene todavía valores en {years} años o más.</translation>
        </message>
        <message>
            <source>Recorded totals of the indicators with values in at least {years} years. Each scale starts at zero; a dot marks each year with a value, the filled dot the latest.</source>
            <translation>Totales registrados de los indicadores con valores en al menos {years} años. Cada escala empieza en cero; un punto marca cada año con un valor, y el punto relleno, el más reciente.</translation>
        </message>
        <message>
            <source>(part {n} of {all})</source>
            <translation>(parte {n} de {all})</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Desgloses</translation>
        </message>
        <message>
            <source>{group}: {value}</source>
            <translation>{group}: {value}</translation>
        </message>
        <message>
            <source>No disaggregated value has been recorded yet.</source>
            <translation>Todavía no se ha registrado ningún valor desglosado.</translation>
        </message>
        <message>
            <source>The latest values of each disaggregation recorded, by indicator.</source>
            <translation>Últimos valores de cada desglose registrado, por indicador.</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Lo que falta</translation>
        </message>
        <message>
            <source>Indicators with no value</source>
            <translation>Indicadores sin valores</translation>
        </message>
        <message>
            <source>{n} indicators have no recorded value.</source>
            <translation>{n} indicadores no tienen ningún valor registrado.</translation>
        </message>
        <message>
            <source>Every indicator has at least one value.</source>
            <translation>Todos los indicadores tienen al menos un valor.</translation>
        </message>
        <message>
            <source>Disaggregations asked for but not recorded</source>
            <translation>Desgloses solicitados pero no registrados</translation>
        </message>
        <message>
            <source>{n} indicators with values lack a disaggregation they ask for.</source>
            <translation>A {n} indicadores con valores les falta un desglose que solicitan.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>No registrados</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators ask for has values.</source>
            <translation>Todos los desgloses que solicitan los indicadores tienen valores.</translation>
        </message>
        <message>
            <source>Values older than five years</source>
            <translation>Valores de más de cinco años</translation>
        </message>
        <message>
            <source>The workshop has no date, so the age of the values is not judged.</source>
            <translation>El taller no tiene fecha, por lo que no se evalúa la antigüedad de los valores.</translation>
        </message>
        <message>
            <source>Every indicator with values has one from {year} or later.</source>
            <translation>Todos los indicadores con valores tienen alguno de {year} o posterior.</translation>
        </message>
        <message>
            <source>Judged against the year of the workshop ({year}): the latest value of these indicators is from {limit} or earlier.</source>
            <translation>Con respecto al año del taller ({year}): el último valor de estos indicadores es de {limit} o anterior.</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Último año</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>{n} más</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Fuentes de datos que no cubren ningún indicador: {names}.</translation>
        </message>
        <message>
            <source>Currency not stated</source>
            <translation>Moneda no especificada</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Financiación</translation>
        </message>
        <message>
            <source>Secured and unfunded cost by sector. Each currency has its own scale; amounts in different currencies are never added.</source>
            <translation>Costo asegurado y sin financiar por sector. Cada moneda tiene su propia escala; los montos en monedas distintas nunca se suman.</translation>
        </message>
        <message>
            <source>The plan is costed in several currencies. Amounts in different currencies are not added together: each has its own total.</source>
            <translation>El costo del plan se expresa en varias monedas. Los montos en monedas distintas no se suman: cada moneda tiene su propio total.</translation>
        </message>
        <message>
            <source>In {currency}: the actions cost {cost}; {secured} ({share}) is secured, and {gap} remains to be found.</source>
            <translation>En {currency}: las medidas cuestan {cost}; se han asegurado {secured} ({share}) y quedan {gap} por encontrar.</translation>
        </message>
        <message>
            <source>{n} action has a cost of {cost} with no currency stated; it is counted apart.</source>
            <translation>{n} medida tiene un costo de {cost} sin moneda especificada; se contabiliza aparte.</translation>
        </message>
        <message>
            <source>{n} actions have costs of {cost} in total with no currency stated; they are counted apart.</source>
            <translation>{n} medidas tienen un costo total de {cost} sin moneda especificada; se contabilizan aparte.</translation>
        </message>
        <message>
            <source>{n} dropped action is not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n} medida descartada no se tiene en cuenta en ningún monto, tabla ni gráfico de esta sección: {titles}.</translation>
        </message>
        <message>
            <source>{n} dropped actions are not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n} medidas descartadas no se tienen en cuenta en ningún monto, tabla ni gráfico de esta sección: {titles}.</translation>
        </message>
        <message>
            <source>{n} action has no cost estimate yet.</source>
            <translation>{n} medida aún no tiene costo estimado.</translation>
        </message>
        <message>
            <source>{n} actions have no cost estimate yet.</source>
            <translation>{n} medidas aún no tienen costo estimado.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>Déficit de financiación</translation>
        </message>
        <message>
            <source>Share secured</source>
            <translation>Proporción asegurada</translation>
        </message>
        <message>
            <source>Estimated cost and funding by currency</source>
            <translation>Costo estimado y financiación por moneda</translation>
        </message>
        <message>
            <source>Cost by sector</source>
            <translation>Costo por sector</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>Sin sector</translation>
        </message>
        <message>
            <source>Cost by year</source>
            <translation>Costo por año</translation>
        </message>
        <message>
            <source>Each action's cost is spread evenly over its years, from its start year to its end year, both included.</source>
            <translation>El costo de cada medida se reparte por igual entre sus años, desde el año de inicio hasta el año de finalización, ambos incluidos.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>{n} costed action has no start or end year and is not in this table: {titles}.</source>
            <translation>{n} medida con costo estimado no tiene año de inicio o de finalización y no figura en esta tabla: {titles}.</translation>
        </message>
        <message>
            <source>{n} costed actions have no start or end year and are not in this table: {titles}.</source>
            <translation>{n} medidas con costo estimado no tienen año de inicio o de finalización y no figuran en esta tabla: {titles}.</translation>
        </message>
        <message>
            <source>Partner commitments</source>
            <translation>Compromisos de los asociados</translation>
        </message>
        <message>
            <source>No funding partner named</source>
            <translation>Ningún asociado financiador indicado</translation>
        </message>
        <message>
            <source>Bodies it funds (“Funds” relations)</source>
            <translation>Órganos que financia (relaciones «Financia a»)</translation>
        </message>
        <message>
            <source>Amounts are added up per currency only. The bodies a partner funds come from the relations recorded in the institutional mapping.</source>
            <translation>Los montos solo se suman por moneda. Los órganos que financia cada asociado proceden de las relaciones registradas en el mapeo institucional.</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Jurídica</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Coherencia de las políticas</translation>
        </message>
        <message>
            <source>Coherence score 2 or less</source>
            <translation>Puntuación de coherencia de 2 o menos</translation>
        </message>
        <message>
            <source>A policy judged incoherent</source>
            <translation>Una política considerada incoherente</translation>
        </message>
        <message>
            <source>Monitoring and evaluation framework</source>
            <translation>Marco de seguimiento y evaluación</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Valor de referencia → meta</translation>
        </message>
        <message>
            <source>Gaps and the actions that answer them</source>
            <translation>Lagunas y medidas que las atienden</translation>
        </message>
        <message>
            <source>No readiness, legal, data or coherence gap was recorded.</source>
            <translation>No se registró ninguna laguna de preparación, jurídica, de datos ni de coherencia.</translation>
        </message>
        <message>
            <source>The workshop found {n} gaps: readiness conditions not in place, instruments not ratified, indicators no data source covers, and sectors whose policies are weakly coherent with migration goals. {m} of them have no action in the plan yet.</source>
            <translation>El taller detectó {n} lagunas: condiciones de preparación no establecidas, instrumentos no ratificados, indicadores que ninguna fuente de datos cubre y sectores cuyas políticas son poco coherentes con los objetivos migratorios. {m} de ellas aún no cuentan con ninguna medida en el plan.</translation>
        </message>
        <message>
            <source>An action answers a gap when it names the readiness condition, the instrument or the indicator, or, for coherence, belongs to the same sector. Actions are numbered as in the prioritised list.</source>
            <translation>Una medida atiende una laguna cuando menciona la condición de preparación, el instrumento o el indicador de que se trate o, en el caso de la coherencia, cuando pertenece al mismo sector. Las medidas se numeran como en la lista de medidas prioritarias.</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>Ninguna medida</translation>
        </message>
        <message>
            <source>Kind of gap</source>
            <translation>Tipo de laguna</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Laguna</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Conclusión</translation>
        </message>
        <message>
            <source>Actions (#)</source>
            <translation>Medidas (núm.)</translation>
        </message>
        <message>
            <source>Gaps with no action</source>
            <translation>Lagunas sin medidas</translation>
        </message>
        <message>
            <source>Every gap found has at least one action.</source>
            <translation>Todas las lagunas detectadas cuentan con al menos una medida.</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Objetivo de Desarrollo Sostenible</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>PMM</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Pacto Mundial para la Migración Segura, Ordenada y Regular</translation>
        </message>
        <message>
            <source>ODA</source>
            <translation>AOD</translation>
        </message>
        <message>
            <source>Official development assistance</source>
            <translation>Asistencia oficial para el desarrollo</translation>
        </message>
        <message>
            <source>UPR</source>
            <translation>EPU</translation>
        </message>
        <message>
            <source>Universal Periodic Review</source>
            <translation>Examen periódico universal</translation>
        </message>
        <message>
            <source>ILO</source>
            <translation>OIT</translation>
        </message>
        <message>
            <source>International Labour Organization</source>
            <translation>Organización Internacional del Trabajo</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>OIM</translation>
        </message>
        <message>
            <source>International Organization for Migration</source>
            <translation>Organización Internacional para las Migraciones</translation>
        </message>
        <message>
            <source>UNDP</source>
            <translation>PNUD</translation>
        </message>
        <message>
            <source>United Nations Development Programme</source>
            <translation>Programa de las Naciones Unidas para el Desarrollo</translation>
        </message>
        <message>
            <source>The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the organisers or their partners concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries. The findings, interpretations and conclusions expressed are those of the working group that prepared the report and do not necessarily reflect the views of the organisations that supported the consultation. Mention of an organisation, a firm or a commercial product does not imply its endorsement.</source>
            <translation>Las denominaciones empleadas en este informe y la forma en que aparecen presentados los datos que contiene no implican, de parte de los organizadores o de sus asociados, juicio alguno sobre la condición jurídica de países, territorios, ciudades o zonas, o de sus autoridades, ni respecto de la delimitación de sus fronteras o límites. Las constataciones, interpretaciones y conclusiones expresadas son las del grupo de trabajo que preparó el informe y no reflejan necesariamente las opiniones de las organizaciones que apoyaron la consulta. La mención de una organización, una empresa o un producto comercial no implica su respaldo.</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprobación</translation>
        </message>
        <message>
            <source>This report was validated by {body} on {date}.</source>
            <translation>El presente informe fue validado por {body} el {date}.</translation>
        </message>
        <message>
            <source>This report was validated by {body}.</source>
            <translation>El presente informe fue validado por {body}.</translation>
        </message>
        <message>
            <source>This report was validated on {date}.</source>
            <translation>El presente informe fue validado el {date}.</translation>
        </message>
        <message>
            <source>This report has not been validated yet.</source>
            <translation>El presente informe aún no ha sido validado.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Acronyms and abbreviations</source>
            <translation>Siglas y abreviaturas</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Sigla</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>The review calendar ties the plan to the budget through these budget preparation rounds: {rounds}.</source>
            <translation>El calendario de revisiones vincula el plan al presupuesto mediante estas rondas de preparación del presupuesto: {rounds}.</translation>
        </message>
        <message>
            <source>No budget preparation round is recorded in the review calendar.</source>
            <translation>No hay ninguna ronda de preparación del presupuesto registrada en el calendario de revisiones.</translation>
        </message>
        <message>
            <source>The first actions of the plan are due to start in {year} ({n} of them); the latest start year recorded is {last}.</source>
            <translation>Las primeras medidas del plan deben comenzar en {year} ({n} de ellas); el último año de inicio registrado es {last}.</translation>
        </message>
        <message>
            <source>The review calendar holds {n} dates, from “{first}” on {first_date} to “{last}” on {last_date}.</source>
            <translation>El calendario de revisiones contiene {n} fechas, desde «{first}», el {first_date}, hasta «{last}», el {last_date}.</translation>
        </message>
        <message>
            <source>Note {mark} ({column}):</source>
            <translation>Nota {mark} ({column}):</translation>
        </message>
        <message>
            <source>… (continued in note {mark} under the table)</source>
            <translation>… (continúa en la nota {mark} debajo de la tabla)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in the workshop</source>
            <translation>Buscar en el taller</translation>
        </message>
        <message>
            <source>Find a stakeholder, source, policy, action…</source>
            <translation>Buscar una parte interesada, fuente, política, medida…</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Registros encontrados</translation>
        </message>
        <message>
            <source>Type part of a name or of any text.</source>
            <translation>Escriba parte de un nombre o de cualquier texto.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>No se encontró nada.</translation>
        </message>
        <message>
            <source>The first {n} records found; type more to narrow them.</source>
            <translation>Los primeros {n} registros encontrados; escriba más para acotar.</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>Registros encontrados: {n}.</translation>
        </message>
    </context>
    <context>
        <name>SectorsPage</name>
        <message>
            <source>Coherence overview</source>
            <translation>Panorama de la coherencia</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coordinación</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>Instrumentos</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Partes interesadas</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Vínculos</translation>
        </message>
        <message>
            <source>DataSources</source>
            <translation>Fuentes de datos</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Políticas</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Revisiones</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Guidance</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation>Mostrar u ocultar el propósito y las preguntas orientativas (F1)</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Preguntas orientativas</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Pendiente:</translation>
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation>{done} de {total} comprobaciones realizadas</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation>Productos</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation>Un archivo de taller contiene un solo registro de taller.</translation>
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation>El identificador {id} ya lo utiliza otro registro.</translation>
        </message>
        <message>
            <source>A recorded change names “{table}.{field}”, which is not part of a workshop; nothing was changed.</source>
            <translation>Un cambio registrado menciona «{table}.{field}», que no forma parte de un taller; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>A recorded deletion has no date; nothing was changed.</source>
            <translation>Una eliminación registrada no tiene fecha; no se ha modificado nada.</translation>
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation>{register} {id}: no existe o se ha eliminado.</translation>
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation>El registro del taller no se puede eliminar.</translation>
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation>El taller se modificó después de esta vista previa; vuelva a generar la vista previa.</translation>
        </message>
        <message>
            <source>The changes would leave a record referring to one that does not exist; nothing was written.</source>
            <translation>Los cambios dejarían un registro que remite a otro inexistente; no se ha escrito nada.</translation>
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation>{register} «{name}»: lo utilizan {count} registro(s) ({names}); elimínelos primero o elimine junto con los elementos dependientes.</translation>
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation>{register} {id}: no está eliminado.</translation>
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation>No se puede deshacer: el registro ya no existe.</translation>
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation>ahora otros registros hacen referencia a él</translation>
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation>Ahora no se puede deshacer ni rehacer: {why}</translation>
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation>{register}: no existe el campo «{field}».</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>Out of date</source>
            <translation>Desactualizado</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Escriba para buscar…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>&amp;Indicador:</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>&amp;Desglose:</translation>
        </message>
        <message>
            <source>Trend chart</source>
            <translation>Gráfico de tendencia</translation>
        </message>
        <message>
            <source>No values recorded yet.</source>
            <translation>Todavía no hay valores registrados.</translation>
        </message>
        <message>
            <source>Add them in the Values register or import a statistical table — File ▸ Import indicator values…</source>
            <translation>Añádalos en la lista Valores o importe una tabla estadística — Archivo ▸ Importar valores de indicadores…</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{dimension}: {group}</source>
            <translation>{dimension}: {group}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>Unit: {unit}    Source: {sources}</source>
            <translation>Unidad: {unit}    Fuente: {sources}</translation>
        </message>
        <message>
            <source>{title}: {count} values from {first} to {last}. Left and right arrow keys move from year to year, Enter opens the value.</source>
            <translation>{title}: {count} valores de {first} a {last}. Las flechas izquierda y derecha pasan de un año a otro; Intro abre el valor.</translation>
        </message>
        <message>
            <source>Round dots: values of the last {n} years before the workshop ({year}); grey squares in the shaded years: older, out of date.</source>
            <translation>Puntos redondos: valores de los últimos {n} años anteriores al taller ({year}); cuadrados grises en los años sombreados: valores más antiguos, desactualizados.</translation>
        </message>
        <message>
            <source>The workshop has no dates yet: values cannot be judged out of date.</source>
            <translation>El taller aún no tiene fechas: no se puede determinar si los valores están desactualizados.</translation>
        </message>
        <message>
            <source>{when}: {value}</source>
            <translation>{when}: {value}</translation>
        </message>
        <message>
            <source>(out of date: more than {n} years before the workshop)</source>
            <translation>(desactualizado: más de {n} años antes del taller)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation>Adición: {what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Modificación: {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Eliminación: {what}</translation>
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation>Desplazamiento de una parte interesada en la matriz</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation>remite a un registro de tipo «{target}» que no existe o se ha eliminado</translation>
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation>haría que el registro fuera su propio antecesor</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>otro registro ya tiene el mismo valor en: {fields}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation>«{value}» no es uno de los valores permitidos</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>contiene caracteres de control</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation>es demasiado largo ({n} caracteres, máximo {max})</translation>
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation>«{value}» no es una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation>debe ser un número entero (valor recibido: {value})</translation>
        </message>
        <message>
            <source>is not a record id</source>
            <translation>no es un identificador de registro</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation>debe ser un número (valor recibido: «{value}»)</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>debe ser un número finito</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation>debe estar entre {lo} y {hi} (valor recibido: {value})</translation>
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation>debe ser como mínimo {lo} (valor recibido: {value})</translation>
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation>debe ser como máximo {hi} (valor recibido: {value})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation>debe ser sí o no (valor recibido: «{value}»)</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation>debe ser una fecha con el formato AAAA-MM-DD (valor recibido: «{value}»)</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>es anterior a la fecha de inicio</translation>
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation>debe ser una hora con el formato HH:MM</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>es anterior a la hora de inicio</translation>
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation>una parte interesada no puede vincularse consigo misma</translation>
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation>es anterior al año de referencia</translation>
        </message>
        <message>
            <source>is before the start year</source>
            <translation>es anterior al año de inicio</translation>
        </message>
        <message>
            <source>is less than the amount already secured</source>
            <translation>es inferior al monto ya asegurado</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>column {column}</source>
            <translation>columna {column}</translation>
        </message>
        <message>
            <source>Values from “{name}” ({shape} table):</source>
            <translation>Valores de «{name}» (tabla en formato {shape}):</translation>
        </message>
        <message>
            <source>wide</source>
            <translation>ancho</translation>
        </message>
        <message>
            <source>long</source>
            <translation>largo</translation>
        </message>
        <message>
            <source>columns used: {columns}</source>
            <translation>columnas utilizadas: {columns}</translation>
        </message>
        <message>
            <source>columns ignored: {columns}</source>
            <translation>columnas omitidas: {columns}</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {unchanged} unchanged, {missing} missing (.., -, n/a) skipped</source>
            <translation>{added} por añadir, {updated} por actualizar, {unchanged} sin cambios, {missing} faltantes (.., -, n/a) omitidos</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>nota: {text}</translation>
        </message>
        <message>
            <source>{first}…{last}: one year each</source>
            <translation>{first}…{last}: un año por columna</translation>
        </message>
        <message>
            <source>a second column for the same thing; keep one</source>
            <translation>una segunda columna para el mismo dato; conserve solo una</translation>
        </message>
        <message>
            <source>no column names the indicator (a header such as Indicator or Code)</source>
            <translation>ninguna columna indica el indicador (un encabezado como Indicador o Código)</translation>
        </message>
        <message>
            <source>no column holds the values (a header such as Value), and no header is a year (2015, 2016…)</source>
            <translation>ninguna columna contiene los valores (un encabezado como Valor) y ningún encabezado es un año (2015, 2016…)</translation>
        </message>
        <message>
            <source>no column gives the year (a header such as Year or Period)</source>
            <translation>ninguna columna indica el año (un encabezado como Año o Período)</translation>
        </message>
        <message>
            <source>is a formula without a saved value or a spreadsheet error; formulas are not calculated, type the value instead</source>
            <translation>es una fórmula sin valor guardado o un error de hoja de cálculo; las fórmulas no se calculan, escriba el valor en su lugar</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value was used</source>
            <translation>es una fórmula; no se calculó, se utilizó su valor guardado</translation>
        </message>
        <message>
            <source>no indicator given</source>
            <translation>no se indica ningún indicador</translation>
        </message>
        <message>
            <source>{n} indicators of the workshop answer to this; give the code</source>
            <translation>{n} indicadores del taller corresponden a este valor; indique el código</translation>
        </message>
        <message>
            <source>no indicator of the workshop has this code or name; add it to the indicators first</source>
            <translation>ningún indicador del taller tiene este código o nombre; añádalo primero a los indicadores</translation>
        </message>
        <message>
            <source>not a disaggregation of the list (sex, age, migratory status, geographic location…)</source>
            <translation>no es un desglose de la lista (sexo, edad, estatus migratorio, ubicación geográfica…)</translation>
        </message>
        <message>
            <source>the row is disaggregated by {a} and by {b} at once; a value has one disaggregation: import such a cross-table one dimension at a time</source>
            <translation>la fila está desglosada a la vez por {a} y por {b}; un valor tiene un solo desglose: importe una tabla cruzada de este tipo de dimensión en dimensión</translation>
        </message>
        <message>
            <source>no data source of the workshop has this name; add it to the data sources, or empty the cell</source>
            <translation>ninguna fuente de datos del taller tiene este nombre; añádala a las fuentes de datos o vacíe la celda</translation>
        </message>
        <message>
            <source>several data sources have this name</source>
            <translation>varias fuentes de datos tienen este nombre</translation>
        </message>
        <message>
            <source>is not a year (1900–2100) or a period such as 2015-2019</source>
            <translation>no es un año (1900–2100) ni un período como 2015-2019</translation>
        </message>
        <message>
            <source>no year given</source>
            <translation>no se indica ningún año</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>no es un número</translation>
        </message>
        <message>
            <source>looks like a formula; a value must be a number</source>
            <translation>parece una fórmula; un valor debe ser un número</translation>
        </message>
        <message>
            <source>has a percent sign but the unit says “{unit}”</source>
            <translation>tiene un signo de porcentaje, pero la unidad indica «{unit}»</translation>
        </message>
        <message>
            <source>the same value (indicator, year and disaggregation) is also in row {row}</source>
            <translation>el mismo valor (indicador, año y desglose) figura también en la fila {row}</translation>
        </message>
        <message>
            <source>“{name}” is empty: it has no header row.</source>
            <translation>«{name}» está vacío: no tiene fila de encabezado.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>«{name}» es demasiado grande para importarlo ({mb} MB; máximo {max} MB).</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>«{name}» no existe o no es un archivo.</translation>
        </message>
        <message>
            <source>--sheet is for an Excel workbook; “{name}” is a CSV file.</source>
            <translation>--sheet es para un libro de Excel; «{name}» es un archivo CSV.</translation>
        </message>
        <message>
            <source>“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).</source>
            <translation>«{name}» no es ni un archivo CSV (.csv) ni un libro de Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is not a text table (CSV); it looks like a binary file.</source>
            <translation>«{name}» no es una tabla de texto (CSV); parece un archivo binario.</translation>
        </message>
        <message>
            <source>“{name}” has {n} columns; a table of values has at most {max}.</source>
            <translation>«{name}» tiene {n} columnas; una tabla de valores tiene como máximo {max}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as a CSV table: {reason}</source>
            <translation>«{name}» no se puede leer como tabla CSV: {reason}</translation>
        </message>
        <message>
            <source>“{name}” has more than {max} rows; split the table.</source>
            <translation>«{name}» tiene más de {max} filas; divida la tabla.</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>«{name}» no tiene ninguna hoja «{sheet}»; sus hojas son: {sheets}.</translation>
        </message>
        <message>
            <source>could be {a} or {b}: no other number of the file shows which separator is the decimal one; write {a} or {b}</source>
            <translation>podría ser {a} o {b}: ningún otro número del archivo indica cuál es el separador decimal; escriba {a} o {b}</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Mainstream Desktop</source>
            <translation>Mainstream Desktop</translation>
        </message>
        <message>
            <source>Mainstream migration into development planning, one step at a time. Every change is saved the moment you make it.</source>
            <translation>Integre la migración en la planificación del desarrollo, etapa por etapa. Cada cambio se guarda en el momento en que lo hace.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nuevo taller…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Abrir un taller…</translation>
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation>Abrir el taller de ejemplo</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Talleres recientes</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation>un valor de la lista desplegable</translation>
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation>uno o varios valores de la lista desplegable, separados por «; »</translation>
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation>el nombre de un registro de la hoja {sheet}</translation>
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation>un número entero de {lo} a {hi}</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>un número de {lo} a {hi}</translation>
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation>un número entero, como mínimo {lo}</translation>
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation>un número, como mínimo {lo}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un número entero</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un número</translation>
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation>un año (AAAA)</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>una fecha (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>sí o no</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>una dirección de correo electrónico</translation>
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation>texto, como máximo {n} caracteres</translation>
        </message>
        <message>
            <source>Left empty in this export; existing values are kept.</source>
            <translation>Columna vacía en esta exportación; se conservan los valores existentes.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Obligatorio.</translation>
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation>Cada hoja es una lista del taller: una fila por registro. La primera fila contiene los encabezados de columna; no cambie el nombre de las hojas ni de sus encabezados, ni los mueva ni los elimine.</translation>
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation>Para añadir un registro, rellene una nueva fila al final de su hoja. Para modificar un registro, edite su fila. Las columnas con encabezado naranja son obligatorias: rellénelas en todas las filas.</translation>
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation>La columna A de cada hoja de lista está oculta: contiene el identificador del registro. Déjela tal como está; está vacía en las filas nuevas. Eliminar una fila aquí no elimina el registro al importar el libro.</translation>
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation>Cuando una celda remite a otra lista (un titular, un ministerio principal, un sector), escriba o elija el nombre del registro exactamente como figura en la hoja de esa lista. A un registro añadido en este libro se le puede hacer referencia por su nombre de la misma manera.</translation>
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation>Cuando una celda admite varios valores, sepárelos con punto y coma («; »). Elija los valores de las listas desplegables; las fechas se escriben AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation>Las fórmulas no se leen: escriba valores, no fórmulas.</translation>
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation>Cuando se devuelve el libro, el facilitador lo importa en el archivo del taller. La importación muestra primero lo que se va a añadir y modificar, y enumera cada problema por hoja, fila y columna; no se modifica nada hasta que se hayan corregido todos los problemas.</translation>
        </message>
        <message>
            <source>This copy leaves out personal data: the columns for names, positions and contact details of people (grey headers) are empty. Fill them in for new rows only; an empty cell there leaves what the workshop holds as it is.</source>
            <translation>Esta copia excluye los datos personales: las columnas de nombres, cargos y datos de contacto de las personas (encabezados grises) están vacías. Rellénelas solo para las filas nuevas; una celda vacía en esas columnas deja sin cambios lo que contiene el taller.</translation>
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation>Libro de Mainstream Desktop</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Fecha de exportación</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluidos</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>excluidos</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>Cómo rellenar este libro</translation>
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation>Hojas y columnas</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <source>What to enter</source>
            <translation>Qué introducir</translation>
        </message>
        <message>
            <source>Left empty in this export (no personal data); existing values are kept. Fill it in for new rows.</source>
            <translation>Columna vacía en esta exportación (sin datos personales); se conservan los valores existentes. Rellénela para las filas nuevas.</translation>
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation>Varios valores: sepárelos con «; ». Pulse Aceptar para conservar lo que ha escrito.</translation>
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation>No se encuentra en la hoja {sheet}. Consérvelo solo si es el nombre exacto de un registro de esa hoja.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation>El disco está lleno. Libere espacio (o elija otro disco) y vuelva a intentarlo; no se escribió nada.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>No se puede escribir «{path}»: {reason}.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>No se pudo escribir el archivo: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Tamaño real</translation>
        </message>
        <message>
            <source>Pre&amp;vious question</source>
            <translation>Pregunta an&amp;terior</translation>
        </message>
        <message>
            <source>Next &amp;question</source>
            <translation>Pregunta &amp;siguiente</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation>Empleo y mercados laborales</translation>
        </message>
        <message>
            <source>Education and skills development</source>
            <translation>Educación y desarrollo de competencias</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation>Agricultura, seguridad alimentaria y desarrollo rural</translation>
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation>Desarrollo urbano, vivienda y servicios locales</translation>
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation>Protección social y seguridad social</translation>
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation>Finanzas, remesas e inclusión financiera</translation>
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation>Desarrollo del sector privado, inversión y comercio</translation>
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation>Participación de la diáspora</translation>
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation>Medio ambiente, cambio climático y reducción del riesgo de desastres</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Igualdad de género</translation>
        </message>
        <message>
            <source>Children and youth</source>
            <translation>Infancia y juventud</translation>
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation>Gobernanza, estado de derecho y derechos humanos</translation>
        </message>
        <message>
            <source>Security and border management</source>
            <translation>Seguridad y gestión de fronteras</translation>
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation>Órgano gubernamental principal / punto focal nacional</translation>
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation>Ministerios y organismos sectoriales</translation>
        </message>
        <message>
            <source>National statistical system</source>
            <translation>Sistema estadístico nacional</translation>
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation>Banco central y autoridades reguladoras financieras</translation>
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation>Autoridades locales y regionales</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>Parlamento</translation>
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation>Instituciones nacionales de derechos humanos</translation>
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation>Migrantes, diáspora y sus organizaciones</translation>
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation>Sociedad civil y organizaciones confesionales</translation>
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation>Sindicatos / organizaciones de trabajadores</translation>
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation>Empleadores, sector privado y sector de la contratación</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>Mundo académico e investigación</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medios de comunicación</translation>
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation>Sistema de las Naciones Unidas y organizaciones internacionales</translation>
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation>Asociados para el desarrollo y donantes</translation>
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation>Organismos regionales e interestatales</translation>
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation>Comunidades de origen, tránsito y destino</translation>
        </message>
        <message>
            <source>Population and housing census</source>
            <translation>Censo de población y vivienda</translation>
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation>Encuesta de población activa (con módulo de migración)</translation>
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation>Encuesta de ingresos y gastos de los hogares o de condiciones de vida</translation>
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation>Encuesta de Demografía y Salud / Encuesta de Indicadores Múltiples por Conglomerados</translation>
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation>Encuesta especializada sobre migración, remesas o costo de la migración</translation>
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation>Registro de población / registro de extranjeros</translation>
        </message>
        <message>
            <source>Residence permit records</source>
            <translation>Registros de permisos de residencia</translation>
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation>Registros de permisos de trabajo y de inscripción de trabajadores que emigran</translation>
        </message>
        <message>
            <source>Visa records</source>
            <translation>Registros de visados</translation>
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation>Registros de cruces de frontera (entradas/salidas)</translation>
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation>Registro de solicitantes de asilo y refugiados</translation>
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation>Registros consulares de nacionales en el extranjero</translation>
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation>Registro civil y estadísticas vitales</translation>
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation>Estadísticas de remesas de la balanza de pagos</translation>
        </message>
        <message>
            <source>Remittance price data</source>
            <translation>Datos sobre el costo de las remesas</translation>
        </message>
        <message>
            <source>Education management information system</source>
            <translation>Sistema de información para la gestión de la educación</translation>
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation>Registros del personal sanitario</translation>
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation>Registros administrativos de seguridad social y tributarios</translation>
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation>Datos de casos de trata de personas y tráfico ilícito de migrantes</translation>
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation>Muertes y desapariciones durante la migración</translation>
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation>Seguimiento de los desplazamientos</translation>
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation>Inventarios de políticas migratorias</translation>
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation>Datos no tradicionales (datos de telefonía móvil, en línea y de redes sociales)</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <translation>País de nacimiento</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation>País de nacionalidad</translation>
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation>Adquisición de la nacionalidad</translation>
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation>Año o período de llegada</translation>
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation>Lugar de nacimiento (dentro del país)</translation>
        </message>
        <message>
            <source>Duration of residence</source>
            <translation>Duración de la residencia</translation>
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation>Lugar o país de residencia anterior</translation>
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation>Lugar de residencia hace 1 año</translation>
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation>Lugar de residencia hace 5 años</translation>
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation>Ha residido alguna vez en el extranjero</translation>
        </message>
        <message>
            <source>Reason for migration</source>
            <translation>Motivo de la migración</translation>
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation>Miembros del hogar que viven actualmente en el extranjero</translation>
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation>Miembros del hogar que han vivido alguna vez en el extranjero</translation>
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation>Migración de retorno (retornados y tiempo en el extranjero)</translation>
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation>Intención de migrar</translation>
        </message>
        <message>
            <source>Remittances received</source>
            <translation>Remesas recibidas</translation>
        </message>
        <message>
            <source>Remittances sent</source>
            <translation>Remesas enviadas</translation>
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation>Costos de contratación pagados por los trabajadores migrantes</translation>
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation>País de nacimiento de los padres</translation>
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation>Situación jurídica / tipo de permiso</translation>
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation>Condición de solicitante de asilo o de refugiado</translation>
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation>Motivo del viaje o de la estancia</translation>
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation>País de destino (emigrantes y trabajadores que emigran)</translation>
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation>País de residencia (nacionales en el extranjero)</translation>
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation>País de formación o de obtención de la cualificación</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <source>Migratory status</source>
            <translation>Estatus migratorio</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Nacionalidad</translation>
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation>País de residencia anterior</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Discapacidad</translation>
        </message>
        <message>
            <source>Geographic location</source>
            <translation>Ubicación geográfica</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Raza</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>Origen étnico</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Nivel educativo</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation>El Gobierno ha adoptado, a un alto nivel, una decisión formal de integrar la migración en la planificación del desarrollo.</translation>
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation>Se ha elegido un órgano principal con un mandato claro (por ejemplo, un órgano de planificación o la oficina del jefe de Gobierno) y se ha designado dentro del Gobierno un punto focal nacional para dirigir y coordinar el trabajo.</translation>
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation>Se ha identificado a un facilitador experto para apoyar al punto focal.</translation>
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation>Existe un pequeño grupo de apoyo (Gobierno, equipo de las Naciones Unidas en el país y, posiblemente, sociedad civil) para prestar asesoramiento técnico.</translation>
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation>Existe un mecanismo de coordinación interministerial con términos de referencia escritos que establecen su composición, su mandato y sus funciones.</translation>
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation>Se ha creado un mecanismo consultivo de múltiples interesados para que los migrantes, la diáspora, la sociedad civil, el sector privado, los sindicatos y el mundo académico sean consultados periódicamente.</translation>
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation>Se ha informado desde el principio a los agentes gubernamentales y no gubernamentales y se los ha sensibilizado sobre lo que implica la integración de la migración y lo que pueden ganar con ella.</translation>
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation>Los fondos para el trabajo de integración de la migración están asignados en el presupuesto nacional o garantizados por otros medios.</translation>
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation>El trabajo está vinculado al plan nacional de desarrollo y a su calendario, o a una estrategia independiente que sirve a los objetivos del plan.</translation>
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation>La oficina nacional de estadística participa y el Gobierno se ha comprometido a mejorar y actualizar los datos sobre migración.</translation>
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation>Los gobiernos locales y regionales participan para que las políticas sean coherentes entre los distintos niveles de gobierno.</translation>
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation>El Gobierno ha elaborado, o ha decidido elaborar, un plan nacional voluntario de aplicación del Pacto Mundial para la Migración, con exámenes inclusivos periódicos.</translation>
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation>¿Qué debe producir este taller y quién utilizará los resultados?</translation>
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation>¿Estamos incorporando la migración a un nuevo plan nacional de desarrollo que se está redactando, o estamos preparando una estrategia separada de migración y desarrollo que sirva al plan existente?</translation>
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation>¿Qué tipos de movimiento son más importantes para el país (emigración, inmigración, retorno, tránsito, movimientos internos) y cuáles abarcará este ejercicio?</translation>
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation>¿Quién está hoy en la sala y qué ministerios, niveles de gobierno o grupos no gubernamentales faltan?</translation>
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation>¿En qué trabajos anteriores podemos basarnos, como un perfil migratorio, un informe nacional sobre desarrollo humano o un informe nacional sobre los ODS?</translation>
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation>¿Qué otros procesos de planificación o relacionados con los ODS se están desarrollando al mismo tiempo, y cómo se vinculará este trabajo con ellos?</translation>
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation>¿Qué debemos acordar antes de irnos hoy y quién llevará adelante los próximos pasos?</translation>
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation>¿Ha decidido formalmente el Gobierno integrar la migración en la planificación del desarrollo, y a qué nivel se tomó esa decisión?</translation>
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation>¿Qué órgano tiene el mandato de dirigir la integración de la migración y ha designado un punto focal?</translation>
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation>¿Existe un grupo interministerial que coordine el trabajo y tiene términos de referencia escritos?</translation>
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation>¿Cómo se consultará periódicamente a los migrantes, la diáspora, la sociedad civil, los empleadores, los sindicatos y los investigadores?</translation>
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation>¿Hay dinero en el presupuesto para este trabajo y, si no lo hay, de dónde podría provenir?</translation>
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation>¿Cómo se vinculará el trabajo al plan nacional de desarrollo y a su calendario?</translation>
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation>¿Participa la oficina nacional de estadística y se ha comprometido el Gobierno a mejorar los datos sobre migración?</translation>
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation>¿Cómo participan los gobiernos locales y regionales?</translation>
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation>¿Qué ministerios, organismos y otras entidades tienen un mandato o programas relacionados con la migración?</translation>
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation>¿Qué espera cada parte interesada de la política migratoria y es probable que apoye este trabajo o se oponga a él?</translation>
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation>¿Cómo afectarían a cada grupo los cambios en la política migratoria?</translation>
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation>¿Qué opiniones tienen más peso y cómo podemos obtener el apoyo de quienes las sostienen?</translation>
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation>¿Pueden los migrantes, los miembros de la diáspora, las mujeres y otros grupos directamente afectados expresarse por sí mismos en este proceso?</translation>
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation>¿Dónde se solapan los mandatos o dejan lagunas, y quién debería coordinar?</translation>
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation>¿Qué leyes, políticas y planes afectan ya a la migración, y alguno de ellos apunta en direcciones opuestas?</translation>
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation>¿Qué fuentes contienen ya datos sobre migración: el censo, las encuestas, los registros administrativos, los registros fronterizos, los permisos, las estadísticas de remesas?</translation>
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation>¿Quién es el titular de cada fuente, con qué frecuencia se actualiza y podemos acceder a ella?</translation>
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation>¿Registran las fuentes el país de nacimiento, el país de nacionalidad y el año de llegada?</translation>
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation>¿Pueden desglosarse los datos por sexo, edad y estatus migratorio, y por otras características pertinentes en este contexto?</translation>
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation>¿Qué sabemos de los nacionales que viven en el extranjero y de las personas que han retornado?</translation>
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation>¿Cuáles de nuestros indicadores prioritarios de los ODS y del PMM podemos medir hoy, y dónde están las lagunas?</translation>
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation>¿Podríamos colmar las lagunas añadiendo preguntas a las encuestas previstas o al próximo censo, o utilizando indicadores indirectos?</translation>
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation>¿Cómo compartirán datos los organismos entre sí protegiendo al mismo tiempo la información personal?</translation>
        </message>
        <message>
            <source>How many people have left the country, arrived, returned or moved within it, and how have these stocks and flows changed over the last ten years?</source>
            <translation>¿Cuántas personas han salido del país, han llegado a él, han regresado o se han desplazado dentro de él, y cómo han evolucionado estos stocks y flujos en los últimos diez años?</translation>
        </message>
        <message>
            <source>How much do remittances bring in, as a share of GDP, and how much does it cost to send them? Which corridors are the most expensive?</source>
            <translation>¿Cuánto aportan las remesas, como porcentaje del PIB, y cuánto cuesta enviarlas? ¿Qué corredores son los más caros?</translation>
        </message>
        <message>
            <source>What do the figures say about the goals of the national development plan, and which goal has no figure to track it?</source>
            <translation>¿Qué dicen las cifras sobre los objetivos del plan nacional de desarrollo y qué objetivo no tiene ninguna cifra para su seguimiento?</translation>
        </message>
        <message>
            <source>Which figures are more than five years old or not broken down by sex, age and region, and who could update them before the plan is adopted?</source>
            <translation>¿Qué cifras tienen más de cinco años o no están desglosadas por sexo, edad y región, y quién podría actualizarlas antes de que se apruebe el plan?</translation>
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation>¿Cómo afecta la migración a los objetivos de este sector y cómo afectan las políticas del sector a la migración?</translation>
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation>¿Dónde aporta la migración beneficios a este sector, como competencias, trabajadores o remesas, y dónde genera presiones o riesgos?</translation>
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation>¿Llegan los servicios y programas del sector a los migrantes, los retornados y las familias que se quedan en el país de origen?</translation>
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation>¿Menciona la migración la estrategia o el plan sectorial actual y, en caso afirmativo, de qué manera?</translation>
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation>¿Qué efectos indirectos podría tener en otros ámbitos un cambio en este sector, por ejemplo una reforma agraria que empuje a la población a trasladarse a las ciudades?</translation>
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation>¿A qué metas de los ODS y objetivos del PMM contribuye este sector?</translation>
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation>¿Quién de este sector debería participar en el seguimiento?</translation>
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation>¿Qué cuestiones de nuestro examen deberían ser las principales prioridades, y por qué?</translation>
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation>¿Qué medida concreta responderá a cada prioridad?</translation>
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation>¿Qué órgano es responsable de cada medida y quién le prestará apoyo?</translation>
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation>¿Para cuándo debería completarse cada medida?</translation>
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation>¿Cuánto costará cada medida y de dónde saldrá el dinero?</translation>
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation>¿Qué indicador mostrará si la medida ha funcionado y quién informará al respecto?</translation>
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation>¿Cómo se incorporará el plan de acción al plan nacional de desarrollo y al ciclo presupuestario?</translation>
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation>¿Cuándo y cómo examinaremos los progresos y ajustaremos el plan?</translation>
        </message>
        <message>
            <source>Non-discrimination: do the sector's laws, rules or practices treat migrants differently by nationality, migration status, sex or age, and is the difference justified?</source>
            <translation>No discriminación: ¿las leyes, normas o prácticas del sector dan un trato diferente a los migrantes según su nacionalidad, estatus migratorio, sexo o edad, y está justificada esa diferencia?</translation>
        </message>
        <message>
            <source>Access to services and justice: can migrants, including those in an irregular situation, use the sector's services and complain or seek a remedy without fear of being reported to immigration authorities?</source>
            <translation>Acceso a los servicios y a la justicia: ¿pueden los migrantes, incluidos los que están en situación irregular, utilizar los servicios del sector y presentar quejas o interponer recursos sin temor a ser denunciados ante las autoridades de inmigración?</translation>
        </message>
        <message>
            <source>Detention: does the sector's policy lead to anyone being detained for migration reasons, for how long and with what review, and which alternatives to detention exist, above all for children and families?</source>
            <translation>Detención: ¿la política del sector da lugar a que se detenga a personas por motivos migratorios, durante cuánto tiempo y con qué revisión, y qué alternativas a la detención existen, sobre todo para los niños y las familias?</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations: which groups does the sector miss or put at risk, such as women at risk, unaccompanied children, victims of trafficking, stateless persons, migrant domestic workers or families left behind?</source>
            <translation>Grupos en situación de vulnerabilidad: ¿qué grupos desatiende o pone en riesgo el sector, como las mujeres en situación de riesgo, los niños no acompañados, las víctimas de la trata, los apátridas, los trabajadores domésticos migrantes o las familias que permanecen en el país de origen?</translation>
        </message>
        <message>
            <source>Gender: how do the sector's policies affect migrant women and men, girls and boys differently, and were women's organisations consulted?</source>
            <translation>Género: ¿de qué manera afectan las políticas del sector de forma diferente a las mujeres y los hombres, las niñas y los niños migrantes, y se consultó a las organizaciones de mujeres?</translation>
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation>Preparación del taller</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Compromiso político</translation>
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation>Mapeo de las instituciones y las partes interesadas</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Inventario de datos</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Examen sectorial</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation>Acordar por qué el país integra la migración, qué abarcará el ejercicio y a quién hay que implicar. Decidir si la migración se incorpora a un nuevo plan nacional de desarrollo o a una estrategia independiente vinculada a él, y enumerar los estudios existentes en los que basarse.</translation>
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation>Comprobar que el respaldo político y la estructura de apoyo están establecidos antes de que comience el trabajo técnico. Esto supone una decisión de alto nivel, un órgano principal con un punto focal, mecanismos de coordinación y de consulta, un presupuesto y un vínculo claro con el plan nacional.</translation>
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation>Hacer un mapeo de los órganos gubernamentales y otros agentes cuyos mandatos, intereses o programas guardan relación con la migración. Registrar su función, su influencia y su posible postura para que el grupo pueda planificar cómo implicar a cada uno de ellos y dónde se necesita coordinación.</translation>
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation>Enumerar las fuentes de datos que pueden describir la migración y sus efectos, quién es su titular y qué recogen. Compararlas con los indicadores que el país ha priorizado para detectar lagunas, desgloses insuficientes y formas prácticas de subsanarlos.</translation>
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation>Examinar cada sector del desarrollo para ver cómo afecta la migración a sus objetivos y cómo afectan sus políticas a la migración, incluidos los efectos indirectos entre sectores. El resultado es un panorama, sector por sector, de los vínculos, las lagunas y las oportunidades para el plan.</translation>
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation>Convertir las conclusiones en una lista breve de prioridades y medidas concretas. A cada medida se le asigna un órgano responsable, un plazo, una estimación de costos y un indicador, para poder hacer un seguimiento de los progresos e informar sobre ellos.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation>Minimizar factores adversos</translation>
        </message>
        <message>
            <source>Information provision</source>
            <translation>Suministro de información</translation>
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation>Identidad jurídica y documentación</translation>
        </message>
        <message>
            <source>Regular pathways</source>
            <translation>Vías de migración regular</translation>
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation>Contratación y trabajo decente</translation>
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation>Reducir vulnerabilidades</translation>
        </message>
        <message>
            <source>Save lives</source>
            <translation>Salvar vidas</translation>
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation>Combatir el tráfico ilícito de migrantes</translation>
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation>Erradicar la trata de personas</translation>
        </message>
        <message>
            <source>Manage borders</source>
            <translation>Gestionar las fronteras</translation>
        </message>
        <message>
            <source>Screening and referral</source>
            <translation>Verificación de antecedentes y derivación</translation>
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation>Alternativas a la detención</translation>
        </message>
        <message>
            <source>Consular protection</source>
            <translation>Protección consular</translation>
        </message>
        <message>
            <source>Access to basic services</source>
            <translation>Acceso a los servicios básicos</translation>
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation>Inclusión y cohesión social</translation>
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation>Eliminar la discriminación</translation>
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation>Desarrollo y reconocimiento de aptitudes</translation>
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation>Contribución de migrantes y diásporas</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Remesas</translation>
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation>Retorno y reintegración dignos</translation>
        </message>
        <message>
            <source>Social protection</source>
            <translation>Protección social</translation>
        </message>
        <message>
            <source>International cooperation</source>
            <translation>Cooperación internacional</translation>
        </message>
        <message>
            <source>Collect and utilize accurate and disaggregated data as a basis for evidence-based policies</source>
            <translation>Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica</translation>
        </message>
        <message>
            <source>Minimize the adverse drivers and structural factors that compel people to leave their country of origin</source>
            <translation>Minimizar los factores adversos y estructurales que obligan a las personas a abandonar su país de origen</translation>
        </message>
        <message>
            <source>Provide accurate and timely information at all stages of migration</source>
            <translation>Proporcionar información exacta y oportuna en todas las etapas de la migración</translation>
        </message>
        <message>
            <source>Ensure that all migrants have proof of legal identity and adequate documentation</source>
            <translation>Velar por que todos los migrantes tengan pruebas de su identidad jurídica y documentación adecuada</translation>
        </message>
        <message>
            <source>Enhance availability and flexibility of pathways for regular migration</source>
            <translation>Aumentar la disponibilidad y flexibilidad de las vías de migración regular</translation>
        </message>
        <message>
            <source>Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work</source>
            <translation>Facilitar la contratación equitativa y ética y salvaguardar las condiciones que garantizan el trabajo decente</translation>
        </message>
        <message>
            <source>Address and reduce vulnerabilities in migration</source>
            <translation>Abordar y reducir las vulnerabilidades en la migración</translation>
        </message>
        <message>
            <source>Save lives and establish coordinated international efforts on missing migrants</source>
            <translation>Salvar vidas y emprender iniciativas internacionales coordinadas sobre los migrantes desaparecidos</translation>
        </message>
        <message>
            <source>Strengthen the transnational response to smuggling of migrants</source>
            <translation>Reforzar la respuesta transnacional al tráfico ilícito de migrantes</translation>
        </message>
        <message>
            <source>Prevent, combat and eradicate trafficking in persons in the context of international migration</source>
            <translation>Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional</translation>
        </message>
        <message>
            <source>Manage borders in an integrated, secure and coordinated manner</source>
            <translation>Gestionar las fronteras de manera integrada, segura y coordinada</translation>
        </message>
        <message>
            <source>Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral</source>
            <translation>Aumentar la certidumbre y previsibilidad de los procedimientos migratorios para la adecuada verificación de antecedentes, evaluación y derivación</translation>
        </message>
        <message>
            <source>Use migration detention only as a measure of last resort and work towards alternatives</source>
            <translation>Utilizar la detención de migrantes solo como último recurso y buscar otras alternativas</translation>
        </message>
        <message>
            <source>Enhance consular protection, assistance and cooperation throughout the migration cycle</source>
            <translation>Mejorar la protección, asistencia y cooperación consulares a lo largo de todo el ciclo migratorio</translation>
        </message>
        <message>
            <source>Provide access to basic services for migrants</source>
            <translation>Proporcionar a los migrantes acceso a los servicios básicos</translation>
        </message>
        <message>
            <source>Empower migrants and societies to realize full inclusion and social cohesion</source>
            <translation>Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social</translation>
        </message>
        <message>
            <source>Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration</source>
            <translation>Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración</translation>
        </message>
        <message>
            <source>Invest in skills development and facilitate mutual recognition of skills, qualifications and competences</source>
            <translation>Invertir en el desarrollo de aptitudes y facilitar el reconocimiento mutuo de aptitudes, cualificaciones y competencias</translation>
        </message>
        <message>
            <source>Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries</source>
            <translation>Crear las condiciones necesarias para que los migrantes y las diásporas puedan contribuir plenamente al desarrollo sostenible en todos los países</translation>
        </message>
        <message>
            <source>Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants</source>
            <translation>Promover transferencias de remesas más rápidas, seguras y económicas y fomentar la inclusión financiera de los migrantes</translation>
        </message>
        <message>
            <source>Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration</source>
            <translation>Colaborar para facilitar el regreso y la readmisión en condiciones de seguridad y dignidad, así como la reintegración sostenible</translation>
        </message>
        <message>
            <source>Establish mechanisms for the portability of social security entitlements and earned benefits</source>
            <translation>Establecer mecanismos para la portabilidad de la seguridad social y las prestaciones adquiridas</translation>
        </message>
        <message>
            <source>Strengthen international cooperation and global partnerships for safe, orderly and regular migration</source>
            <translation>Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular</translation>
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation>Implementar a nivel nacional sistemas y medidas apropiados de protección social para todos, incluidos niveles mínimos, y, de aquí a 2030, lograr una amplia cobertura de las personas pobres y vulnerables</translation>
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation>Proporción de la población cubierta por sistemas o niveles mínimos de protección social, desglosada por sexo, distinguiendo entre los niños, los desempleados, los ancianos, las personas con discapacidad, las mujeres embarazadas, los recién nacidos, las víctimas de accidentes de trabajo, los pobres y los vulnerables</translation>
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation>De aquí a 2030, fomentar la resiliencia de los pobres y las personas que se encuentran en situaciones de vulnerabilidad y reducir su exposición y vulnerabilidad a los fenómenos extremos relacionados con el clima y otras perturbaciones y desastres económicos, sociales y ambientales</translation>
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation>Número de personas muertas, desaparecidas y afectadas directamente atribuido a desastres por cada 100.000 habitantes</translation>
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation>Pérdidas económicas directas atribuidas a los desastres en relación con el producto interno bruto (PIB) mundial</translation>
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Número de países que adoptan y aplican estrategias nacionales de reducción del riesgo de desastres en consonancia con el Marco de Sendái para la Reducción del Riesgo de Desastres 2015-2030</translation>
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation>Proporción de gobiernos locales que adoptan y aplican estrategias locales de reducción del riesgo de desastres en consonancia con las estrategias nacionales de reducción del riesgo de desastres</translation>
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation>Lograr la cobertura sanitaria universal, incluida la protección contra los riesgos financieros, el acceso a servicios de salud esenciales de calidad y el acceso a medicamentos y vacunas inocuos, eficaces, asequibles y de calidad para todos</translation>
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation>Cobertura de los servicios de salud esenciales</translation>
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation>Proporción de la población con grandes gastos sanitarios por hogar como porcentaje del total de gastos o ingresos de los hogares</translation>
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation>Aumentar considerablemente la financiación de la salud y la contratación, el perfeccionamiento, la capacitación y la retención del personal sanitario en los países en desarrollo, especialmente en los países menos adelantados y los pequeños Estados insulares en desarrollo</translation>
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation>Densidad y distribución del personal sanitario</translation>
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation>De aquí a 2030, aumentar considerablemente el número de jóvenes y adultos que tienen las competencias necesarias, en particular técnicas y profesionales, para acceder al empleo, el trabajo decente y el emprendimiento</translation>
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation>Proporción de jóvenes y adultos con conocimientos de tecnología de la información y las comunicaciones (TIC), desglosada por tipo de conocimiento técnico</translation>
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation>De aquí a 2020, aumentar considerablemente a nivel mundial el número de becas disponibles para los países en desarrollo, en particular los países menos adelantados, los pequeños Estados insulares en desarrollo y los países africanos, a fin de que sus estudiantes puedan matricularse en programas de enseñanza superior, incluidos programas de formación profesional y programas técnicos, científicos, de ingeniería y de tecnología de la información y las comunicaciones, de países desarrollados y otros países en desarrollo</translation>
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation>Volumen de la asistencia oficial para el desarrollo destinada a becas</translation>
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation>Eliminar todas las formas de violencia contra todas las mujeres y las niñas en los ámbitos público y privado, incluidas la trata y la explotación sexual y otros tipos de explotación</translation>
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation>Proporción de mujeres y niñas a partir de 15 años de edad que han sufrido violencia física, sexual o psicológica a manos de su actual o anterior pareja en los últimos 12 meses, desglosada por forma de violencia y edad</translation>
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation>Proporción de mujeres y niñas a partir de 15 años de edad que han sufrido violencia sexual a manos de personas que no eran su pareja en los últimos 12 meses, desglosada por edad y lugar del hecho</translation>
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation>Reconocer y valorar los cuidados y el trabajo doméstico no remunerados mediante servicios públicos, infraestructuras y políticas de protección social, y promoviendo la responsabilidad compartida en el hogar y la familia, según proceda en cada país</translation>
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation>Proporción de tiempo dedicado a quehaceres domésticos y cuidados no remunerados, desglosada por sexo, edad y ubicación</translation>
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation>De aquí a 2030, lograr el empleo pleno y productivo y el trabajo decente para todas las mujeres y los hombres, incluidos los jóvenes y las personas con discapacidad, así como la igualdad de remuneración por trabajo de igual valor</translation>
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation>Ingreso medio por hora de las personas empleadas, desglosado por sexo, edad, ocupación y personas con discapacidad</translation>
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation>Tasa de desempleo, desglosada por sexo, edad y personas con discapacidad</translation>
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation>Adoptar medidas inmediatas y eficaces para erradicar el trabajo forzoso, poner fin a las formas contemporáneas de esclavitud y la trata de personas y asegurar la prohibición y eliminación de las peores formas de trabajo infantil, incluidos el reclutamiento y la utilización de niños soldados, y, de aquí a 2025, poner fin al trabajo infantil en todas sus formas</translation>
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation>Proporción y número de niños de entre 5 y 17 años que realizan trabajo infantil, desglosados por sexo y edad</translation>
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation>Proteger los derechos laborales y promover un entorno de trabajo seguro y sin riesgos para todos los trabajadores, incluidos los trabajadores migrantes, en particular las mujeres migrantes y las personas con empleos precarios</translation>
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation>Lesiones ocupacionales mortales y no mortales por cada 100.000 trabajadores, desglosadas por sexo y estatus migratorio</translation>
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation>Nivel de cumplimiento nacional de los derechos laborales (libertad de asociación y negociación colectiva) con arreglo a las fuentes textuales de la Organización Internacional del Trabajo (OIT) y la legislación interna, desglosado por sexo y estatus migratorio</translation>
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation>Fortalecer la capacidad de las instituciones financieras nacionales para fomentar y ampliar el acceso a los servicios bancarios, financieros y de seguros para todos</translation>
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation>a) Número de sucursales de bancos comerciales por cada 100.000 adultos y b) número de cajeros automáticos por cada 100.000 adultos</translation>
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation>Proporción de adultos (a partir de 15 años de edad) que tienen una cuenta en un banco u otra institución financiera o un proveedor de servicios de dinero móvil</translation>
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation>De aquí a 2030, potenciar y promover la inclusión social, económica y política de todas las personas, independientemente de su edad, sexo, discapacidad, raza, etnia, origen, religión o situación económica u otra condición</translation>
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation>Proporción de personas que viven por debajo del 50% de la mediana de los ingresos, desglosada por sexo, edad y personas con discapacidad</translation>
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation>Garantizar la igualdad de oportunidades y reducir la desigualdad de resultados, incluso eliminando las leyes, políticas y prácticas discriminatorias y promoviendo legislaciones, políticas y medidas adecuadas a ese respecto</translation>
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation>Proporción de la población que declara haberse sentido personalmente discriminada o acosada en los últimos 12 meses por motivos de discriminación prohibidos por el derecho internacional de los derechos humanos</translation>
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation>Facilitar la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas, incluso mediante la aplicación de políticas migratorias planificadas y bien gestionadas</translation>
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation>Costo de la contratación sufragado por el empleado en proporción a los ingresos mensuales percibidos en el país de destino</translation>
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation>Proporción de países con políticas migratorias que facilitan la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas</translation>
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation>Número de personas que murieron o desaparecieron en el proceso de migración hacia un destino internacional</translation>
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation>Proporción de la población integrada por refugiados, desglosada por país de origen</translation>
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation>De aquí a 2030, reducir a menos del 3% los costos de transacción de las remesas de los migrantes y eliminar los corredores de remesas con un costo superior al 5%</translation>
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation>Costo de las remesas en proporción a las sumas remitidas</translation>
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation>De aquí a 2030, asegurar el acceso de todas las personas a viviendas y servicios básicos adecuados, seguros y asequibles y mejorar los barrios marginales</translation>
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation>Proporción de la población urbana que vive en barrios marginales, asentamientos informales o viviendas inadecuadas</translation>
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation>Fortalecer la resiliencia y la capacidad de adaptación a los riesgos relacionados con el clima y los desastres naturales en todos los países</translation>
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation>Poner fin al maltrato, la explotación, la trata y todas las formas de violencia y tortura contra los niños</translation>
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation>Proporción de niños de entre 1 y 17 años que han sufrido algún castigo físico o agresión psicológica a manos de sus cuidadores en el último mes</translation>
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation>Número de víctimas de la trata de personas por cada 100.000 habitantes, desglosado por sexo, edad y tipo de explotación</translation>
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation>Proporción de mujeres y hombres jóvenes de entre 18 y 29 años que sufrieron violencia sexual antes de cumplir los 18 años</translation>
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation>De aquí a 2030, proporcionar acceso a una identidad jurídica para todos, en particular mediante el registro de nacimientos</translation>
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation>Proporción de niños menores de 5 años cuyo nacimiento se ha registrado ante una autoridad civil, desglosada por edad</translation>
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation>Promover y aplicar leyes y políticas no discriminatorias en favor del desarrollo sostenible</translation>
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation>Movilizar recursos financieros adicionales de múltiples fuentes para los países en desarrollo</translation>
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation>Recursos financieros adicionales movilizados para los países en desarrollo desde múltiples fuentes</translation>
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation>Volumen de remesas (en dólares de los Estados Unidos) en proporción al PIB total</translation>
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation>Mejorar la Alianza Mundial para el Desarrollo Sostenible, complementada por alianzas entre múltiples interesados que movilicen e intercambien conocimientos, especialización, tecnología y recursos financieros, a fin de apoyar el logro de los Objetivos de Desarrollo Sostenible en todos los países, particularmente los países en desarrollo</translation>
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation>Número de países que informan de sus progresos en los marcos de múltiples interesados para el seguimiento de la eficacia de las actividades de desarrollo que apoyan el logro de los Objetivos de Desarrollo Sostenible</translation>
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation>Fomentar y promover la constitución de alianzas eficaces en las esferas pública, público-privada y de la sociedad civil, aprovechando la experiencia y las estrategias de obtención de recursos de las alianzas</translation>
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation>Suma en dólares de los Estados Unidos prometida a las alianzas público-privadas centradas en la infraestructura</translation>
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation>De aquí a 2020, mejorar el apoyo a la creación de capacidad prestado a los países en desarrollo, incluidos los países menos adelantados y los pequeños Estados insulares en desarrollo, para aumentar significativamente la disponibilidad de datos oportunos, fiables y de gran calidad desglosados por ingresos, sexo, edad, raza, origen étnico, estatus migratorio, discapacidad, ubicación geográfica y otras características pertinentes en los contextos nacionales</translation>
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation>Indicadores de capacidad estadística</translation>
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation>Número de países cuya legislación nacional sobre estadísticas cumple los Principios Fundamentales de las Estadísticas Oficiales</translation>
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation>Número de países que cuentan con un plan estadístico nacional plenamente financiado y en proceso de aplicación, desglosado por fuente de financiación</translation>
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation>De aquí a 2030, aprovechar las iniciativas existentes para elaborar indicadores que permitan medir los progresos en materia de desarrollo sostenible y complementen el producto interno bruto, y apoyar la creación de capacidad estadística en los países en desarrollo</translation>
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation>Valor en dólares de todos los recursos proporcionados para fortalecer la capacidad estadística de los países en desarrollo</translation>
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation>Proporción de países que a) han realizado al menos un censo de población y vivienda en los últimos diez años; y b) han registrado el 100% de los nacimientos y el 80% de las defunciones</translation>
        </message>
        <message>
            <source>Universal Declaration of Human Rights</source>
            <translation>Declaración Universal de Derechos Humanos</translation>
        </message>
        <message>
            <source>International Convention on the Elimination of All Forms of Racial Discrimination</source>
            <translation>Convención Internacional sobre la Eliminación de todas las Formas de Discriminación Racial</translation>
        </message>
        <message>
            <source>International Covenant on Civil and Political Rights</source>
            <translation>Pacto Internacional de Derechos Civiles y Políticos</translation>
        </message>
        <message>
            <source>International Covenant on Economic, Social and Cultural Rights</source>
            <translation>Pacto Internacional de Derechos Económicos, Sociales y Culturales</translation>
        </message>
        <message>
            <source>Convention on the Elimination of All Forms of Discrimination against Women</source>
            <translation>Convención sobre la eliminación de todas las formas de discriminación contra la mujer</translation>
        </message>
        <message>
            <source>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</source>
            <translation>Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes</translation>
        </message>
        <message>
            <source>Convention on the Rights of the Child</source>
            <translation>Convención sobre los Derechos del Niño</translation>
        </message>
        <message>
            <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
            <translation>Protocolo facultativo de la Convención sobre los Derechos del Niño relativo a la venta de niños, la prostitución infantil y la utilización de niños en la pornografía</translation>
        </message>
        <message>
            <source>International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families</source>
            <translation>Convención Internacional sobre la protección de los derechos de todos los trabajadores migratorios y de sus familiares</translation>
        </message>
        <message>
            <source>Convention on the Rights of Persons with Disabilities</source>
            <translation>Convención sobre los derechos de las personas con discapacidad</translation>
        </message>
        <message>
            <source>International Convention for the Protection of All Persons from Enforced Disappearance</source>
            <translation>Convención Internacional para la protección de todas las personas contra las desapariciones forzadas</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Refugees</source>
            <translation>Convención sobre el Estatuto de los Refugiados</translation>
        </message>
        <message>
            <source>Protocol relating to the Status of Refugees</source>
            <translation>Protocolo sobre el Estatuto de los Refugiados</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Stateless Persons</source>
            <translation>Convención sobre el Estatuto de los Apátridas</translation>
        </message>
        <message>
            <source>Convention on the Reduction of Statelessness</source>
            <translation>Convención para reducir los casos de apatridia</translation>
        </message>
        <message>
            <source>Vienna Convention on Consular Relations</source>
            <translation>Convención de Viena sobre Relaciones Consulares</translation>
        </message>
        <message>
            <source>United Nations Convention against Transnational Organized Crime</source>
            <translation>Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional</translation>
        </message>
        <message>
            <source>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional</translation>
        </message>
        <message>
            <source>Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional</translation>
        </message>
        <message>
            <source>Forced Labour Convention, 1930 (No. 29)</source>
            <translation>Convenio sobre el trabajo forzoso, 1930 (núm. 29)</translation>
        </message>
        <message>
            <source>Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)</source>
            <translation>Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948 (núm. 87)</translation>
        </message>
        <message>
            <source>Right to Organise and Collective Bargaining Convention, 1949 (No. 98)</source>
            <translation>Convenio sobre el derecho de sindicación y de negociación colectiva, 1949 (núm. 98)</translation>
        </message>
        <message>
            <source>Equal Remuneration Convention, 1951 (No. 100)</source>
            <translation>Convenio sobre igualdad de remuneración, 1951 (núm. 100)</translation>
        </message>
        <message>
            <source>Protocol of 2014 to the Forced Labour Convention, 1930</source>
            <translation>Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930</translation>
        </message>
        <message>
            <source>Migration for Employment Convention (Revised), 1949 (No. 97)</source>
            <translation>Convenio sobre los trabajadores migrantes (revisado), 1949 (núm. 97)</translation>
        </message>
        <message>
            <source>Social Security (Minimum Standards) Convention, 1952 (No. 102)</source>
            <translation>Convenio sobre la seguridad social (norma mínima), 1952 (núm. 102)</translation>
        </message>
        <message>
            <source>Abolition of Forced Labour Convention, 1957 (No. 105)</source>
            <translation>Convenio sobre la abolición del trabajo forzoso, 1957 (núm. 105)</translation>
        </message>
        <message>
            <source>Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</source>
            <translation>Convenio sobre la discriminación (empleo y ocupación), 1958 (núm. 111)</translation>
        </message>
        <message>
            <source>Equality of Treatment (Social Security) Convention, 1962 (No. 118)</source>
            <translation>Convenio sobre la igualdad de trato (seguridad social), 1962 (núm. 118)</translation>
        </message>
        <message>
            <source>Minimum Age Convention, 1973 (No. 138)</source>
            <translation>Convenio sobre la edad mínima, 1973 (núm. 138)</translation>
        </message>
        <message>
            <source>Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)</source>
            <translation>Convenio sobre los trabajadores migrantes (disposiciones complementarias), 1975 (núm. 143)</translation>
        </message>
        <message>
            <source>Occupational Safety and Health Convention, 1981 (No. 155)</source>
            <translation>Convenio sobre seguridad y salud de los trabajadores, 1981 (núm. 155)</translation>
        </message>
        <message>
            <source>Maintenance of Social Security Rights Convention, 1982 (No. 157)</source>
            <translation>Convenio sobre la conservación de los derechos en materia de seguridad social, 1982 (núm. 157)</translation>
        </message>
        <message>
            <source>Private Employment Agencies Convention, 1997 (No. 181)</source>
            <translation>Convenio sobre las agencias de empleo privadas, 1997 (núm. 181)</translation>
        </message>
        <message>
            <source>Worst Forms of Child Labour Convention, 1999 (No. 182)</source>
            <translation>Convenio sobre las peores formas de trabajo infantil, 1999 (núm. 182)</translation>
        </message>
        <message>
            <source>Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)</source>
            <translation>Convenio sobre el marco promocional para la seguridad y salud en el trabajo, 2006 (núm. 187)</translation>
        </message>
        <message>
            <source>Work in Fishing Convention, 2007 (No. 188)</source>
            <translation>Convenio sobre el trabajo en la pesca, 2007 (núm. 188)</translation>
        </message>
        <message>
            <source>Maritime Labour Convention, 2006</source>
            <translation>Convenio sobre el trabajo marítimo, 2006</translation>
        </message>
        <message>
            <source>Domestic Workers Convention, 2011 (No. 189)</source>
            <translation>Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189)</translation>
        </message>
        <message>
            <source>Violence and Harassment Convention, 2019 (No. 190)</source>
            <translation>Convenio sobre la violencia y el acoso, 2019 (núm. 190)</translation>
        </message>
        <message>
            <source>African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa</source>
            <translation>Convención de la Unión Africana para la Protección y la Asistencia de los Desplazados Internos en África</translation>
        </message>
        <message>
            <source>OAU Convention Governing the Specific Aspects of Refugee Problems in Africa</source>
            <translation>Convención de la OUA por la que se regulan los aspectos específicos de problemas de los refugiados en África</translation>
        </message>
        <message>
            <source>Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment</source>
            <translation>Protocolo al Tratado por el que se establece la Comunidad Económica Africana relativo a la libre circulación de personas, el derecho de residencia y el derecho de establecimiento</translation>
        </message>
        <message>
            <source>Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment</source>
            <translation>Protocolo A/P.1/5/79 relativo a la libre circulación de personas, el derecho de residencia y de establecimiento</translation>
        </message>
        <message>
            <source>European Convention on the Legal Status of Migrant Workers</source>
            <translation>Convenio Europeo relativo al Estatuto Jurídico del Trabajador Migrante</translation>
        </message>
        <message>
            <source>ASEAN Convention Against Trafficking in Persons, Especially Women and Children</source>
            <translation>Convención de la ASEAN contra la Trata de Personas, Especialmente Mujeres y Niños</translation>
        </message>
        <message>
            <source>Guiding Principles on Internal Displacement</source>
            <translation>Principios Rectores de los Desplazamientos Internos</translation>
        </message>
        <message>
            <source>ILO Multilateral Framework on Labour Migration</source>
            <translation>Marco multilateral de la OIT para las migraciones laborales</translation>
        </message>
        <message>
            <source>Transforming our world: the 2030 Agenda for Sustainable Development</source>
            <translation>Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible</translation>
        </message>
        <message>
            <source>Addis Ababa Action Agenda of the Third International Conference on Financing for Development</source>
            <translation>Agenda de Acción de Addis Abeba de la Tercera Conferencia Internacional sobre la Financiación para el Desarrollo</translation>
        </message>
        <message>
            <source>Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Marco de Sendái para la Reducción del Riesgo de Desastres 2015-2030</translation>
        </message>
        <message>
            <source>New York Declaration for Refugees and Migrants</source>
            <translation>Declaración de Nueva York para los Refugiados y los Migrantes</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Pacto Mundial para la Migración Segura, Ordenada y Regular</translation>
        </message>
        <message>
            <source>Global Compact on Refugees</source>
            <translation>Pacto Mundial sobre los Refugiados</translation>
        </message>
        <message>
            <source>African Union</source>
            <translation>Unión Africana</translation>
        </message>
        <message>
            <source>Economic Community of West African States (ECOWAS)</source>
            <translation>Comunidad Económica de los Estados de África Occidental (CEDEAO)</translation>
        </message>
        <message>
            <source>Council of Europe</source>
            <translation>Consejo de Europa</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations (ASEAN)</source>
            <translation>Asociación de Naciones de Asia Sudoriental (ASEAN)</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations</source>
            <translation>Asociación de Naciones de Asia Sudoriental</translation>
        </message>
        <message>
            <source>Balance of payments</source>
            <translation>Balanza de pagos</translation>
        </message>
        <message>
            <source>Committee on the Elimination of Racial Discrimination</source>
            <translation>Comité para la Eliminación de la Discriminación Racial</translation>
        </message>
        <message>
            <source>United Nations Department of Economic and Social Affairs</source>
            <translation>Departamento de Asuntos Económicos y Sociales de las Naciones Unidas</translation>
        </message>
        <message>
            <source>Disaster risk reduction</source>
            <translation>Reducción del riesgo de desastres</translation>
        </message>
        <message>
            <source>Economic Community of West African States</source>
            <translation>Comunidad Económica de los Estados de África Occidental</translation>
        </message>
        <message>
            <source>European Treaty Series (Council of Europe)</source>
            <translation>Serie de Tratados Europeos (Consejo de Europa)</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>Unión Europea</translation>
        </message>
        <message>
            <source>Gross domestic product</source>
            <translation>Producto interno bruto</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>Recursos humanos</translation>
        </message>
        <message>
            <source>International Court of Justice</source>
            <translation>Corte Internacional de Justicia</translation>
        </message>
        <message>
            <source>Information and communications technology</source>
            <translation>Tecnología de la información y las comunicaciones</translation>
        </message>
        <message>
            <source>Labour force survey</source>
            <translation>Encuesta de población activa</translation>
        </message>
        <message>
            <source>Multiple Indicator Cluster Survey</source>
            <translation>Encuesta de Indicadores Múltiples por Conglomerados</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <translation>Organización no gubernamental</translation>
        </message>
        <message>
            <source>Organization of African Unity, now the African Union</source>
            <translation>Organización de la Unidad Africana, hoy Unión Africana</translation>
        </message>
        <message>
            <source>Technical and vocational education and training</source>
            <translation>Educación y formación técnica y profesional</translation>
        </message>
        <message>
            <source>United Nations</source>
            <translation>Naciones Unidas</translation>
        </message>
        <message>
            <source>Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)</source>
            <translation>Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (Agencia de la ONU para los Refugiados)</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <source>World Health Organization</source>
            <translation>Organización Mundial de la Salud</translation>
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation>PMM {number}: {label}</translation>
        </message>
    </context>
</TS>