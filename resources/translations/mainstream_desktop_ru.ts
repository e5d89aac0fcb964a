<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation>Произошла ошибка: {error}

Все данные вплоть до вашего последнего изменения сохранены в файле семинара.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation>Резервное копирование невозможно</translation>
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation>На диске с резервными копиями свободно менее {mb} МБ, поэтому перед этим импортом невозможно создать резервную копию. Выполнить импорт без резервной копии? (Импорт по-прежнему можно будет отменить сочетанием клавиш Ctrl+Z.)</translation>
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation>Резервная копия не создана: диск почти заполнен. Освободите место на диске; ваши изменения по-прежнему сохранены в файле семинара.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Не удалось создать резервную копию: {reason}</translation>
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation>Папка резервной копии «{name}» находится за пределами папки резервных копий; резервная копия не создана.</translation>
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation>Семинар не прошел проверку целостности; резервная копия не создана, чтобы не заменить исправные резервные копии.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation>Эта резервная копия повреждена, и ее невозможно восстановить.</translation>
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation>Ничего не импортировано: на диске с резервными копиями свободно менее {mb} МБ, поэтому предварительно создать резервную копию не удалось. Освободите место на диске или добавьте параметр --no-backup, чтобы выполнить импорт без резервной копии.</translation>
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation>перед импортом резервная копия не создана (диск почти заполнен).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation>при открытии</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>во время работы</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>при закрытии</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>перед обновлением формата</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>перед импортом</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>перед слиянием</translation>
        </message>
        <message>
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} МБ</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <source>Restore as new file…</source>
            <translation>Восстановить как новый файл…</translation>
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation>Записать выбранную резервную копию в новый файл семинара; текущий семинар не изменяется</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation>Копии этого семинара, которые создаются автоматически при его открытии, каждые несколько минут во время внесения изменений, при закрытии и перед импортом. Хранятся последние 10 копий, а также по одной копии за день в течение 30 дней. При восстановлении создается новый файл; этот семинар остается без изменений.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation>Резервных копий этого семинара пока нет. Первая копия создается вскоре после его открытия.</translation>
        </message>
        <message>
            <source>restored {when}</source>
            <translation>восстановлено {when}</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>Восстановить резервную копию как</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Восстановление невозможно</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation>Файл «{name}» уже существует. Выберите новое имя файла: при восстановлении существующие файлы никогда не заменяются.</translation>
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation>Восстановление в файл {path}…</translation>
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation>Восстановлено в файл {path}</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Резервная копия восстановлена</translation>
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation>Резервная копия записана в файл «{path}». Открыть его сейчас? (Текущий семинар будет закрыт и останется без изменений.)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Не восстановлено: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation>Файл семинара: {path} (формат {version})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>Целостность: НАРУШЕНА</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Целостность: в порядке</translation>
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation>Проверка данных: найдено проблем — {n}</translation>
        </message>
        <message>
            <source>Validation: ok</source>
            <translation>Проверка данных: в порядке</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Записи:</translation>
        </message>
        <message>
            <source>Completeness:</source>
            <translation>Полнота:</translation>
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation>хранится не в текстовом виде; запись может отображаться неправильно</translation>
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation>содержит двоичные данные (байт: {n}), тогда как ожидается {what}; значение считается пустым</translation>
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation>содержит {value}, тогда как ожидается «да» или «нет» (1 или 0)</translation>
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation>содержит «{value}», тогда как ожидается {what}; значение считается пустым</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation>слишком длинное значение (символов: {n}, допустимо не более {max}); при отображении и экспорте оно обрезается до максимальной длины ({max})</translation>
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation>содержит «{value}», что не является списком значений; значение считается пустым</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>целое число</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>«да» или «нет»</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation>запись о семинаре отсутствует</translation>
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation>записей о семинаре в файле: {n}, тогда как у семинара должна быть ровно одна такая запись</translation>
        </message>
        <message>
            <source>Change journal</source>
            <translation>Журнал изменений</translation>
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation>поврежденных элементов журнала: {n} (первый — № {seq}); история изменений соответствующих записей может быть неполной</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation>Проверка семинара</translation>
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation>Проверка файла «{name}»…</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Копировать отчет</translation>
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation>✗ Файл поврежден. Продолжайте работу в восстановленной копии: Файл → Резервные копии… → Восстановить как новый файл.</translation>
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation>⚠ Файл исправен, но некоторые записи требуют внимания (количество: {n}; см. ниже).</translation>
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation>✓ Все в порядке: файл исправен, все записи корректны.</translation>
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation>Не удалось выполнить проверку: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation>Проверка семинара…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation>Введите текст для поиска…</translation>
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation>Сектор (сначала наименее согласованные)</translation>
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation>Оценка согласованности (1 — несогласованная политика, 5 — полностью согласованная)</translation>
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation>Программные документы по результатам оценки</translation>
        </message>
        <message>
            <source>Policies:</source>
            <translation>Программные документы:</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>не оценено</translation>
        </message>
        <message>
            <source>no policy recorded</source>
            <translation>программные документы не внесены</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Пока нечего показать.</translation>
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation>Выберите секторы для обзора, затем оцените, насколько их политика согласована с целями в области миграции.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>не задано</translation>
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation>{sector}
Оценка согласованности: {score}
Приоритет: {priority}
Программные документы (всего {total}): согласованных — {coherent}, частично согласованных — {partly}, несогласованных — {incoherent}</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation>Указаны название и страна</translation>
        </message>
        <message>
            <source>The title or the country is not set</source>
            <translation>Не указаны название или страна</translation>
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation>Указаны даты и место проведения</translation>
        </message>
        <message>
            <source>The dates or the venue are not set</source>
            <translation>Не указаны даты или место проведения</translation>
        </message>
        <message>
            <source>National development strategy named</source>
            <translation>Указана национальная стратегия развития</translation>
        </message>
        <message>
            <source>The national development strategy is not named</source>
            <translation>Не указана национальная стратегия развития</translation>
        </message>
        <message>
            <source>Participants registered</source>
            <translation>Зарегистрированы участники</translation>
        </message>
        <message>
            <source>No participants are registered</source>
            <translation>Участники не зарегистрированы</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Запланированы заседания</translation>
        </message>
        <message>
            <source>No sessions are planned</source>
            <translation>Заседания не запланированы</translation>
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation>Принято или действует хотя бы одно обязательство</translation>
        </message>
        <message>
            <source>No commitment is adopted or in force</source>
            <translation>Ни одно обязательство не принято и не действует</translation>
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation>Назначены ведущее ведомство и координатор</translation>
        </message>
        <message>
            <source>No commitment names both a lead agency and a focal point</source>
            <translation>Ни в одном обязательстве не указаны одновременно ведущее ведомство и координатор</translation>
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation>Внесен хотя бы один координационный механизм</translation>
        </message>
        <message>
            <source>No coordination mechanism is recorded</source>
            <translation>Не внесен ни один координационный механизм</translation>
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation>Определен состав механизмов</translation>
        </message>
        <message>
            <source>Some coordination mechanisms have no members</source>
            <translation>Для некоторых координационных механизмов не определен состав</translation>
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation>Проанализирован статус международных документов</translation>
        </message>
        <message>
            <source>The status of the international instruments is not reviewed (fewer than five recorded)</source>
            <translation>Статус международных документов не проанализирован (внесено менее пяти)</translation>
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation>Заполнен контрольный список готовности</translation>
        </message>
        <message>
            <source>The readiness checklist is not fully answered</source>
            <translation>Контрольный список готовности заполнен не полностью</translation>
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation>Выявлено не менее 10 заинтересованных сторон</translation>
        </message>
        <message>
            <source>Fewer than 10 stakeholders are mapped</source>
            <translation>Выявлено менее 10 заинтересованных сторон</translation>
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation>Влияние и интерес оценены для каждой заинтересованной стороны</translation>
        </message>
        <message>
            <source>Some stakeholders are not rated for influence and interest</source>
            <translation>Для некоторых заинтересованных сторон не оценены влияние и интерес</translation>
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation>Для каждой заинтересованной стороны указан мандат</translation>
        </message>
        <message>
            <source>Some stakeholders have no mandate recorded</source>
            <translation>Для некоторых заинтересованных сторон не указан мандат</translation>
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation>Внесены связи между заинтересованными сторонами</translation>
        </message>
        <message>
            <source>No relations between stakeholders are recorded</source>
            <translation>Связи между заинтересованными сторонами не внесены</translation>
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation>Включены мигранты или организации диаспоры</translation>
        </message>
        <message>
            <source>No migrant or diaspora organisation is included</source>
            <translation>Не включена ни одна организация мигрантов или диаспоры</translation>
        </message>
        <message>
            <source>Data sources listed</source>
            <translation>Перечислены источники данных</translation>
        </message>
        <message>
            <source>No data sources are listed</source>
            <translation>Источники данных не перечислены</translation>
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation>Для каждого источника данных указан владелец</translation>
        </message>
        <message>
            <source>Some data sources have no owner</source>
            <translation>Для некоторых источников данных не указан владелец</translation>
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation>Выбраны показатели</translation>
        </message>
        <message>
            <source>No indicators are chosen</source>
            <translation>Показатели не выбраны</translation>
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation>Каждый показатель сопоставлен с источниками данных</translation>
        </message>
        <message>
            <source>Some indicators are matched to no data source</source>
            <translation>Некоторые показатели не сопоставлены ни с одним источником данных</translation>
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation>Указана дезагрегация по каждому источнику</translation>
        </message>
        <message>
            <source>The disaggregations of some data sources are not recorded</source>
            <translation>Для некоторых источников данных не указана дезагрегация</translation>
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation>Выбраны секторы для обзора</translation>
        </message>
        <message>
            <source>No sectors are chosen for review</source>
            <translation>Секторы для обзора не выбраны</translation>
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation>Для каждого сектора выставлена оценка согласованности</translation>
        </message>
        <message>
            <source>Some sectors have no coherence score</source>
            <translation>Для некоторых секторов не выставлена оценка согласованности</translation>
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation>Для каждого сектора перечислены действующие программные документы</translation>
        </message>
        <message>
            <source>Some sectors have no policies listed</source>
            <translation>Для некоторых секторов не перечислены программные документы</translation>
        </message>
        <message>
            <source>Recommendations written</source>
            <translation>Сформулированы рекомендации</translation>
        </message>
        <message>
            <source>No recommendations are written</source>
            <translation>Рекомендации не сформулированы</translation>
        </message>
        <message>
            <source>Actions recorded</source>
            <translation>Внесены мероприятия</translation>
        </message>
        <message>
            <source>No actions are recorded</source>
            <translation>Мероприятия не внесены</translation>
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation>Для каждого мероприятия назначен ответственный</translation>
        </message>
        <message>
            <source>Some actions have no responsible actor</source>
            <translation>Для некоторых мероприятий не назначен ответственный</translation>
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation>Для каждого мероприятия указаны сроки и приоритет</translation>
        </message>
        <message>
            <source>Some actions have no timeframe or no priority</source>
            <translation>Для некоторых мероприятий не указаны сроки или приоритет</translation>
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation>Для каждого мероприятия указан показатель</translation>
        </message>
        <message>
            <source>Some actions have no indicator</source>
            <translation>Для некоторых мероприятий не указан показатель</translation>
        </message>
        <message>
            <source>Costs estimated</source>
            <translation>Оценены затраты</translation>
        </message>
        <message>
            <source>Some actions have no cost estimate</source>
            <translation>Для некоторых мероприятий не оценены затраты</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation>Наилучший охват</translation>
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation>Охват каждого показателя каждым источником данных</translation>
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation>Для этого показателя нет источника данных</translation>
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation>{indicator}
Наилучший охват: {level}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>{indicator}
{source}
Coverage: {level}</source>
            <translation>{indicator}
{source}
Охват: {level}</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Пока нечего показать.</translation>
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation>Добавьте показатели, которые будут отслеживаться в рамках плана, и укажите, какие источники данных могут их обеспечить.</translation>
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation>Показатели без источника данных: {gaps} из {total} (отмечены предупреждающим знаком).</translation>
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation>Все показатели (всего: {total}) имеют хотя бы один источник данных.</translation>
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation>Данные об охвате пока не внесены.</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Источники данных, не охватывающие ни одного показателя: {names}.</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation>Тепловая карта охвата</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Динамика</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Формат бумаги</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>Включить персональные данные</translation>
        </message>
        <message>
            <source>Names, emails and phone numbers of participants and contacts: leave this off for a report or workbook shared beyond the working group.</source>
            <translation>Имена, адреса электронной почты и телефоны участников и контактных лиц: отключите для отчета или книги, передаваемых за пределы рабочей группы.</translation>
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation>Пометить как «проект для утверждения»</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>&amp;Логотип</translation>
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation>Необязательно: логотип организаторов в формате PNG или JPEG</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation>Экспорт отчета в PDF…</translation>
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation>Экспорт книги Excel…</translation>
        </message>
        <message>
            <source>Import workbook…</source>
            <translation>Импорт книги Excel…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Открыть папку</translation>
        </message>
        <message>
            <source>Show the folder the file was written to</source>
            <translation>Показать папку, в которую записан файл</translation>
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
            <translation>Letter</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>Семинар открыт только для чтения</translation>
        </message>
        <message>
            <source>Report and workbook</source>
            <translation>Отчет и книга Excel</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation>Отчет составляется на основе текущего содержимого файла семинара; в нем указываются выявленные пробелы.</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation>Отчет составляется на основе текущего содержимого файла семинара; в нем будут указаны пробелы, перечисленные ниже.</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>готово</translation>
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation>осталось сделать: {items}</translation>
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation>Логотип организаторов</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Изображения (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>Отчет PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation>Этот вид экспорта недоступен: {reason}</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Сохранение файла {name}…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Ошибка: {reason}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Отменено; ничего не сохранено.</translation>
        </message>
        <message>
            <source>Import workbook</source>
            <translation>Импорт книги Excel</translation>
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation>Импорт недоступен: {reason}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Чтение файла {name}…</translation>
        </message>
        <message>
            <source>Import indicator values</source>
            <translation>Импорт значений показателей</translation>
        </message>
        <message>
            <source>Tables of values (*.csv *.xlsx *.txt)</source>
            <translation>Таблицы значений (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Columns used: {columns}</source>
            <translation>Использованные столбцы: {columns}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>Игнорируемые столбцы: {columns}</translation>
        </message>
        <message>
            <source>Missing values (.., -, n/a) skipped: {n}</source>
            <translation>Пропущено отсутствующих значений (.., -, n/a): {n}</translation>
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation>Не импортировано: не удалось предварительно создать резервную копию.</translation>
        </message>
        <message>
            <source>Backing up the workshop before the import…</source>
            <translation>Резервное копирование семинара перед импортом…</translation>
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation>Импортировано изменений: {n}. Импорт можно отменить сочетанием клавиш Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation>Значение шкалы должно быть от 1 до {max}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Record details</source>
            <translation>Сведения о записи</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Сведения</translation>
        </message>
        <message>
            <source>Close the details (Esc)</source>
            <translation>Закрыть сведения (Esc)</translation>
        </message>
        <message>
            <source>Close the details</source>
            <translation>Закрыть сведения</translation>
        </message>
    </context>
    <context>
        <name>Drops</name>
        <message>
            <source>Import indicator values?</source>
            <translation>Импортировать значения показателей?</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop (it has no About sheet). Read it as a table of indicator values? You will see what it changes before anything is written.</source>
            <translation>«{name}» — не книга, экспортированная Mainstream Desktop (в ней нет листа «О книге»). Прочитать ее как таблицу значений показателей? Вы увидите изменения до того, как что-либо будет записано.</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Политическая приверженность</translation>
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation>Институциональное картирование</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Инвентаризация данных</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Секторальный обзор</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>План действий</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Испанский</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Арабский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Китайский</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Португальский</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другой</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Не указан</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Фасилитатор</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>Докладчик</translation>
        </message>
        <message>
            <source>Resource person</source>
            <translation>Приглашенный эксперт</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Наблюдатель</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>Cabinet or council of ministers decision</source>
            <translation>Решение кабинета или совета министров</translation>
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation>Указ президента или приказ министерства</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Закон</translation>
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation>Политика (зеленая/белая книга, документ министерства)</translation>
        </message>
        <message>
            <source>National development plan provision</source>
            <translation>Положение национального плана развития</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>Бюджетные ассигнования</translation>
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation>Официальное заявление или декларация</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Меморандум о взаимопонимании</translation>
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation>Национальный план осуществления ГДМ</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Международный</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Региональный</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Национальный</translation>
        </message>
        <message>
            <source>Sub-national</source>
            <translation>Субнациональный</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>Местный</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Предложено</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>В стадии подготовки</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Принято</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Утратило силу</translation>
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation>Межминистерский комитет</translation>
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation>Консультативный механизм с участием многих заинтересованных сторон</translation>
        </message>
        <message>
            <source>Technical working group</source>
            <translation>Техническая рабочая группа</translation>
        </message>
        <message>
            <source>Support group</source>
            <translation>Группа поддержки</translation>
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation>Тематический подкомитет</translation>
        </message>
        <message>
            <source>Steering committee</source>
            <translation>Руководящий комитет</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Действует</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Не действует</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Распущен</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Еженедельно</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Ежемесячно</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Ежеквартально</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>Два раза в год</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Ежегодно</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>По мере необходимости</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Председатель</translation>
        </message>
        <message>
            <source>Co-chair</source>
            <translation>Сопредседатель</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Секретариат</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член</translation>
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation>Ратификация или присоединение</translation>
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation>Подписание без ратификации</translation>
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation>Одобрение (необязательный документ)</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>На рассмотрении</translation>
        </message>
        <message>
            <source>Not party</source>
            <translation>Не участвует</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Неприменимо</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Частично</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Активный сторонник</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Сторонник</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Нейтральная позиция</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>Скептическая позиция</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Противник</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Ведущая роль</translation>
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation>Партнерство (тесно взаимодействовать)</translation>
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation>Консультирование (поддерживать удовлетворенность)</translation>
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation>Информирование (держать в курсе)</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Наблюдение</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Подотчетен</translation>
        </message>
        <message>
            <source>Coordinates with</source>
            <translation>Координирует работу с</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Финансирует</translation>
        </message>
        <message>
            <source>Shares data with</source>
            <translation>Обменивается данными с</translation>
        </message>
        <message>
            <source>Partners with</source>
            <translation>Сотрудничает с</translation>
        </message>
        <message>
            <source>Oversees</source>
            <translation>Осуществляет надзор за</translation>
        </message>
        <message>
            <source>Advises</source>
            <translation>Консультирует</translation>
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation>Противоречия или дублирование с</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>Непрерывно</translation>
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation>Каждые 2–5 лет</translation>
        </message>
        <message>
            <source>Every 10 years</source>
            <translation>Каждые 10 лет</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Однократно</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Нерегулярно</translation>
        </message>
        <message>
            <source>Some regions</source>
            <translation>Отдельные регионы</translation>
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation>Пилотная или выборочная территория</translation>
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation>Граждане за рубежом</translation>
        </message>
        <message>
            <source>Open (published)</source>
            <translation>Открытый (опубликованные данные)</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>По запросу</translation>
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation>По соглашению об обмене данными</translation>
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation>Ограниченный (только для внутреннего пользования)</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Хорошее</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Удовлетворительное</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Низкое</translation>
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation>Глобальный показатель ЦУР</translation>
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation>Показатель прогресса ГДМ</translation>
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation>Показатель национального плана развития</translation>
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation>Косвенный показатель</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Полный</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Частичный</translation>
        </message>
        <message>
            <source>Proxy only</source>
            <translation>Только косвенный</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланирован</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Отсутствует</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Средний</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Нормативный акт</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Политика</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Стратегия</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation>Двустороннее соглашение</translation>
        </message>
        <message>
            <source>Regional agreement</source>
            <translation>Региональное соглашение</translation>
        </message>
        <message>
            <source>Explicitly</source>
            <translation>Явно</translation>
        </message>
        <message>
            <source>Implicitly</source>
            <translation>Неявно</translation>
        </message>
        <message>
            <source>Not addressed</source>
            <translation>Не затрагивает</translation>
        </message>
        <message>
            <source>Coherent</source>
            <translation>Согласован</translation>
        </message>
        <message>
            <source>Partly coherent</source>
            <translation>Частично согласован</translation>
        </message>
        <message>
            <source>Incoherent</source>
            <translation>Не согласован</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Не оценен</translation>
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation>Краткосрочный (&lt; 1 года)</translation>
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation>Среднесрочный (1–3 года)</translation>
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation>Долгосрочный (&gt; 3 лет)</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Согласовано</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Отменено</translation>
        </message>
        <message>
            <source>Migrant stocks</source>
            <translation>Численность мигрантов</translation>
        </message>
        <message>
            <source>Migration flows</source>
            <translation>Миграционные потоки</translation>
        </message>
        <message>
            <source>Return migration</source>
            <translation>Возвратная миграция</translation>
        </message>
        <message>
            <source>Refugees and displacement</source>
            <translation>Беженцы и перемещение населения</translation>
        </message>
        <message>
            <source>Internal migration</source>
            <translation>Внутренняя миграция</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Денежные переводы</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Диаспора</translation>
        </message>
        <message>
            <source>Labour migration</source>
            <translation>Трудовая миграция</translation>
        </message>
        <message>
            <source>Women and girls at risk</source>
            <translation>Женщины и девочки, подвергающиеся риску</translation>
        </message>
        <message>
            <source>Unaccompanied or separated children</source>
            <translation>Несопровождаемые или разлученные дети</translation>
        </message>
        <message>
            <source>Victims of trafficking</source>
            <translation>Жертвы торговли людьми</translation>
        </message>
        <message>
            <source>Migrants in an irregular situation</source>
            <translation>Мигранты, находящиеся в неурегулированном положении</translation>
        </message>
        <message>
            <source>Refugees and asylum seekers</source>
            <translation>Беженцы и просители убежища</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Лица без гражданства</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Внутренне перемещенные лица</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Инвалиды</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Пожилые люди</translation>
        </message>
        <message>
            <source>Migrant domestic workers</source>
            <translation>Домашние работники-мигранты</translation>
        </message>
        <message>
            <source>Returnees</source>
            <translation>Вернувшиеся мигранты</translation>
        </message>
        <message>
            <source>Families left behind</source>
            <translation>Семьи, оставшиеся на родине</translation>
        </message>
        <message>
            <source>Progress review</source>
            <translation>Обзор достигнутого прогресса</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Ежегодный обзор</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Среднесрочный обзор</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Итоговая оценка</translation>
        </message>
        <message>
            <source>Budget preparation round</source>
            <translation>Этап подготовки бюджета</translation>
        </message>
        <message>
            <source>International reporting</source>
            <translation>Международная отчетность</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Тесно взаимодействовать</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Поддерживать удовлетворенность</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Держать в курсе</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Country name (if not in the list)</source>
            <translation>Название страны (если ее нет в списке)</translation>
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation>Только для вымышленного кода страны или кода, присвоенного пользователем.</translation>
        </message>
        <message>
            <source>National development strategy</source>
            <translation>Национальная стратегия развития</translation>
        </message>
        <message>
            <source>Strategy period</source>
            <translation>Период действия стратегии</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation>Язык итоговых материалов</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Организаторы</translation>
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation>Цель и рамки</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>Краткое название</translation>
        </message>
        <message>
            <source>Printed at the top of every report page.</source>
            <translation>Печатается в верхней части каждой страницы отчета.</translation>
        </message>
        <message>
            <source>Regional organisations</source>
            <translation>Региональные организации</translation>
        </message>
        <message>
            <source>The regional instruments of these organisations are reviewed too.</source>
            <translation>Региональные документы этих организаций также рассматриваются.</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>Предисловие</translation>
        </message>
        <message>
            <source>Validated by</source>
            <translation>Кем утвержден</translation>
        </message>
        <message>
            <source>The body or meeting that validated the report.</source>
            <translation>Орган или совещание, утвердившие отчет.</translation>
        </message>
        <message>
            <source>Validated on</source>
            <translation>Дата утверждения</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Подписант</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Должность подписанта</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Оговорка об ограничении ответственности</translation>
        </message>
        <message>
            <source>Empty: the report prints the standard disclaimer.</source>
            <translation>Если поле не заполнено, в отчете печатается стандартная оговорка об ограничении ответственности.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Дальнейшие шаги</translation>
        </message>
        <message>
            <source>Link to the budget cycle</source>
            <translation>Связь с бюджетным циклом</translation>
        </message>
        <message>
            <source>When and how the actions enter the national budget.</source>
            <translation>Когда и каким образом мероприятия включаются в национальный бюджет.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя / название</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation>Организация (если не является заинтересованной стороной)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Рабочая группа</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Этап</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>ЧЧ:ММ</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Фасилитатор</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Кем издан</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Ведущее ведомство</translation>
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation>Координатор (ФИО)</translation>
        </message>
        <message>
            <source>Focal point contact</source>
            <translation>Контакты координатора</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Мандат</translation>
        </message>
        <message>
            <source>Budget allocated</source>
            <translation>Выделенный бюджет</translation>
        </message>
        <message>
            <source>Reference or link</source>
            <translation>Ссылка или реквизиты</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Председатель</translation>
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation>Круг ведения утвержден</translation>
        </message>
        <message>
            <source>Year established</source>
            <translation>Год создания</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Периодичность заседаний</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Механизм</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Представитель</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation>Оговорки или заявления</translation>
        </message>
        <message>
            <source>Implementing body</source>
            <translation>Орган-исполнитель</translation>
        </message>
        <message>
            <source>National implementation</source>
            <translation>Осуществление на национальном уровне</translation>
        </message>
        <message>
            <source>Laws, bodies and programmes that give it effect.</source>
            <translation>Законы, органы и программы, обеспечивающие его осуществление.</translation>
        </message>
        <message>
            <source>Last report to the treaty body</source>
            <translation>Последний доклад, представленный договорному органу</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>Срок представления следующего доклада</translation>
        </message>
        <message>
            <source>Treaty-body and UPR recommendations accepted</source>
            <translation>Принятые рекомендации договорных органов и УПО</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Подтверждающие сведения</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Аббревиатура</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Parent body</source>
            <translation>Вышестоящий орган</translation>
        </message>
        <message>
            <source>Thematic areas</source>
            <translation>Тематические области</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Влияние</translation>
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation>1 — незначительное влияние на процесс, 5 — решающее</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Интерес</translation>
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation>1 — незначительная заинтересованность в результатах, 5 — ключевая</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Взаимодействие</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Контактное лицо</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>Эл. почта контактного лица</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Телефон контактного лица</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Пробелы и дублирование</translation>
        </message>
        <message>
            <source>From</source>
            <translation>От кого</translation>
        </message>
        <message>
            <source>To</source>
            <translation>К кому</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Сила связи</translation>
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation>1 — слабая, 3 — сильная</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <source>Periodicity</source>
            <translation>Периодичность</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Последний год данных</translation>
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation>Географический охват</translation>
        </message>
        <message>
            <source>Migration variables</source>
            <translation>Миграционные переменные</translation>
        </message>
        <message>
            <source>Disaggregations</source>
            <translation>Дезагрегация</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Доступ</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Пробелы</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Система показателей</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>SDG indicator</source>
            <translation>Показатель ЦУР</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>Цели ГДМ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Базовое значение</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Базовый год</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Целевое значение</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Целевой год</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation>Требуемая дезагрегация</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Источник данных</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation>Доступная дезагрегация</translation>
        </message>
        <message>
            <source>For a period, its last year.</source>
            <translation>Для периода указывается его последний год.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Only for a value over several years: 2015–2019.</source>
            <translation>Только для значения за несколько лет: 2015–2019.</translation>
        </message>
        <message>
            <source>Disaggregated by</source>
            <translation>Признак дезагрегации</translation>
        </message>
        <message>
            <source>Empty for the total.</source>
            <translation>Не заполняется для итогового значения.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>The group of the disaggregation: Female, 15–24…</source>
            <translation>Группа в рамках дезагрегации: женщины, 15–24…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Empty: the indicator's unit.</source>
            <translation>Если не заполнено — единица измерения показателя.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Сектор</translation>
        </message>
        <message>
            <source>Lead ministry</source>
            <translation>Ведущее министерство</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation>Влияние миграции на сектор</translation>
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation>Влияние сектора на миграцию</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Согласованность политики</translation>
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation>1 — меры политики противоречат друг другу, 5 — полностью согласованы</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>SDG targets</source>
            <translation>Задачи ЦУР</translation>
        </message>
        <message>
            <source>Human rights</source>
            <translation>Права человека</translation>
        </message>
        <message>
            <source>Non-discrimination, access to services and to justice, detention: what the group found.</source>
            <translation>Недискриминация, доступ к услугам и правосудию, содержание под стражей: выводы группы.</translation>
        </message>
        <message>
            <source>Gender effects</source>
            <translation>Гендерные последствия</translation>
        </message>
        <message>
            <source>How the sector's policies affect migrant women and men differently.</source>
            <translation>Как политика сектора по-разному сказывается на женщинах и мужчинах из числа мигрантов.</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations</source>
            <translation>Группы, находящиеся в уязвимом положении</translation>
        </message>
        <message>
            <source>Other sectors affected</source>
            <translation>Другие затрагиваемые секторы</translation>
        </message>
        <message>
            <source>Knock-on effects on other sectors</source>
            <translation>Косвенное влияние на другие секторы</translation>
        </message>
        <message>
            <source>Year adopted</source>
            <translation>Год принятия</translation>
        </message>
        <message>
            <source>Addresses migration</source>
            <translation>Затрагивает миграцию</translation>
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation>Согласованность с целями в области миграции</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Raised in step</source>
            <translation>Выявлено на этапе</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Сметная стоимость</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Источник финансирования</translation>
        </message>
        <message>
            <source>Amount secured</source>
            <translation>Обеспеченная сумма</translation>
        </message>
        <message>
            <source>Of the estimated cost, in the same currency.</source>
            <translation>Часть сметной стоимости, в той же валюте.</translation>
        </message>
        <message>
            <source>Funding partner</source>
            <translation>Партнер по финансированию</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Год начала</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Год окончания</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Средства проверки</translation>
        </message>
        <message>
            <source>Monitoring frequency</source>
            <translation>Периодичность мониторинга</translation>
        </message>
        <message>
            <source>Monitored by</source>
            <translation>Кем осуществляется мониторинг</translation>
        </message>
        <message>
            <source>Expected impact</source>
            <translation>Ожидаемое воздействие</translation>
        </message>
        <message>
            <source>1 = marginal, 5 = transformative</source>
            <translation>1 — незначительное, 5 — преобразующее</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>Осуществимость</translation>
        </message>
        <message>
            <source>1 = hard to deliver, 5 = ready to start</source>
            <translation>1 — трудно реализовать, 5 — можно начинать</translation>
        </message>
        <message>
            <source>Readiness gaps answered</source>
            <translation>Устраняемые пробелы в готовности</translation>
        </message>
        <message>
            <source>Legal gaps answered</source>
            <translation>Устраняемые правовые пробелы</translation>
        </message>
        <message>
            <source>Data gap answered</source>
            <translation>Устраняемый пробел в данных</translation>
        </message>
        <message>
            <source>An indicator the action gives a data source.</source>
            <translation>Показатель, для которого мероприятие обеспечивает источник данных.</translation>
        </message>
        <message>
            <source>What is reviewed</source>
            <translation>Предмет обзора</translation>
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation>Пока нет записей ({what}) — добавьте их на этапе «{step}»</translation>
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation>«{name}» — не обычный файл (папка, устройство, канал или ссылка); выберите другое имя файла.</translation>
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation>«{name}» — это сам файл семинара; выберите другое имя файла.</translation>
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation>Имя «{name}» указано для двух экспортируемых файлов; выберите для каждого свое имя.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation>доступ запрещен или носитель доступен только для чтения</translation>
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation>ошибка ввода-вывода (подключен ли USB-накопитель?)</translation>
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation>Не удалось сохранить файл «{name}»: {reason}. Ничего не изменено.</translation>
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation>Файл «{name}» уже существует (чтобы заменить его, используйте параметр --force).</translation>
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation>Папка «{name}» не существует.</translation>
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation>«{name}» не существует.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation>«{name}» — это папка, а не файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation>Рядом с файлом «{name}» находится файл WAL («{wal}»), который файлы семинаров никогда не используют: файл был изменен другой программой. Переместите «{wal}» в другое место, чтобы открыть файл в его текущем состоянии.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>Не удается прочитать «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation>Файл «{name}» находится на носителе только для чтения или в папке, в которую у вас нет права записи: его можно проверить и экспортировать, но нельзя изменить. Чтобы редактировать файл, скопируйте его в папку, доступную для записи.</translation>
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation>Запрос к файлу семинара превысил допустимый предел ({steps} млн шагов), что намного больше, чем требуется любому реальному семинару: файл, возможно, создан злонамеренно или поврежден. Ничего не изменено.</translation>
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation>непредвиденный объект {kind} «{object}»</translation>
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation>измененный объект {kind} «{object}»</translation>
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation>отсутствует объект {kind} «{object}»</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation>«{name}» — поврежденный файл семинара или файл семинара, созданный не этой версией программы ({difference}). Файл не открыт.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>Файл «{name}» пуст: это не файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation>«{name}» не является файлом семинара (это не база данных SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation>«{name}» — база данных другого приложения, а не файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation>Файл «{name}» создан более новой версией Mainstream Desktop (формат файла {found}; эта версия поддерживает форматы до {supported}). Чтобы открыть его, обновите приложение.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation>«{name}» — поврежденный файл семинара (нет версии схемы).</translation>
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation>Файл «{name}» находится в режиме WAL, который файлы семинаров никогда не используют: он был изменен другой программой и не открыт.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation>«{name}» — поврежденный файл семинара (неверный размер страницы).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation>«{name}» — не обычный файл (устройство, канал или сокет): это не файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation>Файл «{name}» усечен ({size} из {expected} байт). Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation>Файл «{name}» усечен или поврежден (его размер не кратен размеру страницы). Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation>Файл «{name}» имеет устаревший формат; чтобы обновить формат, файл нужно один раз открыть для редактирования.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation>Не удается открыть «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation>Файл «{name}» поврежден ({reason}). Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation>В файл «{name}» сейчас записывает данные другая программа; повторите попытку после ее закрытия.</translation>
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation>Запись о семинаре отсутствует.</translation>
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation>Этот семинар открыт только для чтения.</translation>
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation>Файл «{name}» не был закрыт надлежащим образом (сбой программы или отключение питания). Откройте его один раз для редактирования в окне программы, чтобы восстановить последнее сохраненное состояние.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation>«{name}» — поврежденный файл семинара (в таблице {table} нет столбцов {columns}).</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation>«{name}» — поврежденный файл семинара (нет идентификатора семинара).</translation>
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation>Файл «{journal}» рядом с «{name}» не является журналом этого семинара (он относится к другой базе данных или поврежден); его воспроизведение уничтожило бы семинар. Переместите «{journal}» в другое место, затем снова откройте файл.</translation>
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation>Папку данных «{path}» невозможно использовать ({reason}): резервные копии не могут сохраняться. Укажите в переменной MAINSTREAM_DESKTOP_HOME папку, доступную для записи.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation>Семинар Mainstream (*.mainstream)</translation>
        </message>
    </context>
    <context>
        <name>FocusBar</name>
        <message>
            <source>Question being discussed</source>
            <translation>Обсуждаемый вопрос</translation>
        </message>
        <message>
            <source>Previous question (Ctrl+,)</source>
            <translation>Предыдущий вопрос (Ctrl+,)</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Предыдущий вопрос</translation>
        </message>
        <message>
            <source>Next question (Ctrl+.)</source>
            <translation>Следующий вопрос (Ctrl+.)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Следующий вопрос</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Вопрос {n} из {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation>Копия для рабочей группы</translation>
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation>Название рабочей группы (оно отображается в заголовке окна копии и при обратном слиянии копий):</translation>
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation>Сохранить копию для рабочей группы как</translation>
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation>Копия для рабочей группы «{group}» сохранена: {path}. Обратное слияние выполняется командой Файл ▸ Слияние файлов рабочих групп…</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>Не удается сохранить копию</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>восстановлено</translation>
        </message>
        <message>
            <source>(the record)</source>
            <translation>(запись целиком)</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>неизвестный пользователь</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>История изменений</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who (device)</source>
            <translation>Кто (устройство)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Было</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Стало</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>Восстановить это значение</translation>
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation>Вернуть в поле значение, записанное этим изменением (отменяется сочетанием клавиш Ctrl+Z)</translation>
        </message>
        <message>
            <source>Restore the value before</source>
            <translation>Восстановить прежнее значение</translation>
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation>Вернуть в поле значение, которое было до этого изменения (отменяется сочетанием клавиш Ctrl+Z)</translation>
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation>История изменений: {what} «{name}»</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Не восстановлено: {reason}</translation>
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation>В поле «{field}» уже указано это значение.</translation>
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation>Значение поля «{field}» восстановлено. Отменить восстановление можно сочетанием клавиш Ctrl+Z в главном окне.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation>Ничего не импортировано: ошибок в книге — {n}. Первая: {first}</translation>
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation>Семинар изменился после предварительного просмотра импорта; выполните предварительный просмотр еще раз.</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Ничего не импортировано: {reason}</translation>
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation>обязательный столбец, но на листе такого столбца нет</translation>
        </message>
        <message>
            <source>the workshop</source>
            <translation>семинар</translation>
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation>новая строка, идентичная уже имеющейся записи ({where}); возможно, эта книга уже импортировалась?</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>строка {row}</translation>
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation>В файле «{name}» два листа для одного реестра: {first} и {second}; оставьте один из них.</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation>«{name}» — не книга, экспортированная из Mainstream Desktop: в ней нет ни одного из листов {sheets}.</translation>
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation>этот лист не входит в книгу семинара; пропущен</translation>
        </message>
        <message>
            <source>“{name}” has a sheet {sheet} whose name could mean any of the sheets {sheets}; rename it to one of them.</source>
            <translation>В «{name}» есть лист {sheet}, название которого может означать любой из листов {sheets}; переименуйте его в один из них.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation>Файл «{name}» создан более новой версией Mainstream Desktop; чтобы импортировать его, обновите приложение.</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing</source>
            <translation>отсутствует лист {sheet}</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its name</source>
            <translation>; возможно, он переименован в «{other}»? Верните ему прежнее название</translation>
        </message>
        <message>
            <source>sheet {sheet}: the hidden id column (column A) is missing. Without it the rows cannot be matched to the records they show and every row would be added again; use the workbook with its column A as it was exported</source>
            <translation>лист {sheet}: отсутствует скрытый столбец идентификаторов (столбец A). Без него строки невозможно сопоставить с записями, которые они отображают, и каждая строка была бы добавлена заново; используйте книгу со столбцом A в том виде, в каком она была экспортирована</translation>
        </message>
        <message>
            <source>sheet {sheet}: the column “{column}” is missing</source>
            <translation>лист {sheet}: отсутствует столбец «{column}»</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its header</source>
            <translation>; возможно, он переименован в «{other}»? Верните ему прежний заголовок</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported: sheets or columns were renamed or deleted. Put them back as they were exported (the About sheet lists every sheet and column) and import again; nothing was imported.</source>
            <translation>Файл «{name}» невозможно импортировать: листы или столбцы были переименованы или удалены. Восстановите их в том виде, в каком они были экспортированы (на листе «О книге» перечислены все листы и столбцы), и повторите импорт; ничего не импортировано.</translation>
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation>этот столбец встречается на листе дважды</translation>
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation>не является столбцом этого листа; пропущен</translation>
        </message>
        <message>
            <source>the cell holds more than {n} characters, more than a spreadsheet cell can</source>
            <translation>ячейка содержит более {n} символов — больше, чем допускает ячейка электронной таблицы</translation>
        </message>
        <message>
            <source>the cell holds the spreadsheet error {error}, not a value: correct what caused it or type the value itself</source>
            <translation>ячейка содержит ошибку электронной таблицы {error}, а не значение: устраните причину ошибки или введите само значение</translation>
        </message>
        <message>
            <source>is a formula whose result is the spreadsheet error {error}; formulas are not calculated on import, type the value instead</source>
            <translation>формула, результатом которой является ошибка электронной таблицы {error}; при импорте формулы не вычисляются, введите вместо нее значение</translation>
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation>формула без сохраненного значения; при импорте формулы не вычисляются, введите вместо нее значение</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation>формула; она не вычислялась, использовано ее сохраненное значение «{value}»</translation>
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation>этот лист должен содержать одну строку; удалите остальные</translation>
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation>не является идентификатором записи; для новой записи оставьте идентификатор пустым</translation>
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation>одна и та же запись встречается дважды (также в строке {row})</translation>
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation>эта запись удалена в семинаре; чтобы добавить ее снова, очистите идентификатор</translation>
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation>этот идентификатор принадлежит записи на другом листе; для новой записи оставьте идентификатор пустым</translation>
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation>на листе {sheet} это имя носят несколько записей ({n}); сделайте имена разными</translation>
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation>нет записи ({record}) с таким именем ни на листе {sheet}, ни в семинаре</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>столбец «{column}»</translation>
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation>Импорт из файла «{name}»:</translation>
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{sheet}: добавить — {added}, обновить — {updated}, без изменений — {unchanged}</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Предупреждения:</translation>
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation>Ошибок: {n}; пока они не исправлены, ничего не будет импортировано:</translation>
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation>… и еще ошибок, не показанных в списке: {n}.</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>«{name}» не существует или не является файлом.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>Файл «{name}» слишком велик для импорта ({mb} МБ; допустимо не более {max} МБ).</translation>
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation>«{name}» — книга старого формата .xls или книга, защищенная паролем. Откройте ее в программе электронных таблиц и сохраните как книгу Excel (.xlsx) без пароля.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation>«{name}» не является книгой Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation>Файл «{name}» поврежден, и его невозможно прочитать ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation>Файл «{name}» слишком велик для импорта ({mb} МБ в распакованном виде; допустимо не более {max} МБ).</translation>
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation>Файл «{name}» содержит более {max} различных текстовых значений — больше, чем может понадобиться книге в пределах ограничений импорта; файл отклонен.</translation>
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation>Файл «{name}» содержит конструкции, которые не создает ни одна программа электронных таблиц (объявления сущностей XML или экстремальная степень сжатия), и отклонен как потенциально опасный.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation>Файл «{name}» слишком велик для импорта.</translation>
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation>Для импорта необходим пакет defusedxml, защищающий от вредоносных книг; он не установлен.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation>Лист {sheet} в файле «{name}» содержит более {max} заполненных ячеек; разделите книгу на несколько.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation>Лист {sheet} в файле «{name}» содержит более {max} строк; разделите книгу на несколько.</translation>
        </message>
        <message>
            <source>{first}, … ({n} values; see the drop-down list)</source>
            <translation>{first}, … (всего значений: {n}; см. раскрывающийся список)</translation>
        </message>
        <message>
            <source>“{value}”: several values are separated by “; ”, not by commas (a comma may be part of a value); write “{fixed}”</source>
            <translation>«{value}»: несколько значений разделяются знаком «; », а не запятыми (запятая может входить в само значение); введите «{fixed}»</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values: {allowed}</source>
            <translation>«{value}» не входит в число допустимых значений: {allowed}</translation>
        </message>
        <message>
            <source>{values} are not among the allowed values: {allowed}</source>
            <translation>{values} не входят в число допустимых значений: {allowed}</translation>
        </message>
        <message>
            <source>. Did you mean “{suggestion}”?</source>
            <translation>. Возможно, вы имели в виду «{suggestion}»?</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation>Обнаружены проблемы (пока они не устранены, ничего не импортируется):</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation>Импорт книги Excel</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлено</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Без изменений</translation>
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation>Будет добавлено записей: {added}, обновлено: {updated}. Импорт выполняется как одно действие: команда «Отменить» отменяет его целиком.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation>Книгу невозможно импортировать, пока не устранены указанные ниже проблемы.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Power–interest grid</source>
            <translation>Матрица «влияние — интерес»</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Сеть связей</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation>Неизвестный язык «{code}»; используйте один из следующих: {codes}.</translation>
        </message>
        <message>
            <source>{n} texts are not yet translated into “{code}”; they appear in English.</source>
            <translation>Непереведенных текстов для «{code}»: {n}; они отображаются на английском языке.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation>{user} на {host} (процесс {pid}) с {when}</translation>
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation>Папка «{name}» по-прежнему заблокирована другой программой; повторите попытку через некоторое время.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation>Файл «{name}» открыт в другом окне: {holder}.</translation>
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation>«{name}» рядом с файлом семинара — это папка, а не файл блокировки; удалите ее и повторите попытку.</translation>
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation>Файл «{name}» только что открыт другой программой; повторите попытку.</translation>
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation>Файл «{name}» открыт в окне: {holder}. Сначала закройте его там.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>Новый се&amp;минар…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workshop</source>
            <translation>Открыть &amp;пример семинара</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Сохранить &amp;копию как…</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Импорт книги Excel…</translation>
        </message>
        <message>
            <source>Import indicator &amp;values…</source>
            <translation>Импорт зна&amp;чений показателей…</translation>
        </message>
        <message>
            <source>Read the values of indicators from a table a statistical office published (CSV or Excel, long or wide)</source>
            <translation>Загрузить значения показателей из таблицы, опубликованной статистическим управлением (CSV или Excel, длинный или широкий формат)</translation>
        </message>
        <message>
            <source>Copy for a &amp;working group…</source>
            <translation>Копия для рабочей &amp;группы…</translation>
        </message>
        <message>
            <source>Save a copy for a working group to edit on another laptop, to merge back later</source>
            <translation>Сохранить копию для рабочей группы, чтобы редактировать ее на другом ноутбуке, а затем выполнить обратное слияние</translation>
        </message>
        <message>
            <source>&amp;Merge working-group files…</source>
            <translation>&amp;Слияние файлов рабочих групп…</translation>
        </message>
        <message>
            <source>Merge the working groups' copies into a new workshop file, deciding every conflict</source>
            <translation>Объединить копии рабочих групп в новый файл семинара, разрешив все конфликты</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Резервные копии…</translation>
        </message>
        <message>
            <source>The automatic backups of this workshop; restore one as a new file</source>
            <translation>Автоматические резервные копии этого семинара; любую из них можно восстановить как новый файл</translation>
        </message>
        <message>
            <source>C&amp;heck workshop</source>
            <translation>Пров&amp;ерить семинар</translation>
        </message>
        <message>
            <source>Check the file's integrity and every record</source>
            <translation>Проверить целостность файла и все записи</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>&amp;Закрыть семинар</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Новая запись</translation>
        </message>
        <message>
            <source>Add a record to the register shown (Ctrl+N)</source>
            <translation>Добавить запись в отображаемый реестр (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>&amp;Удалить запись</translation>
        </message>
        <message>
            <source>&amp;Find in the workshop…</source>
            <translation>&amp;Найти в семинаре…</translation>
        </message>
        <message>
            <source>Search every register of the workshop and go to the record</source>
            <translation>Искать во всех реестрах семинара и перейти к записи</translation>
        </message>
        <message>
            <source>F&amp;ilter this table</source>
            <translation>Ф&amp;ильтр этой таблицы</translation>
        </message>
        <message>
            <source>Record &amp;history…</source>
            <translation>&amp;История записи…</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Кто, когда и что изменил в выбранной записи (Ctrl+H)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Режим презентации</translation>
        </message>
        <message>
            <source>Full screen, large type, for the projector (F11)</source>
            <translation>Полноэкранный режим с крупным шрифтом для проектора (F11)</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>Показать &amp;методические указания</translation>
        </message>
        <message>
            <source>P&amp;revious step</source>
            <translation>&amp;Предыдущий этап</translation>
        </message>
        <message>
            <source>Ne&amp;xt step</source>
            <translation>&amp;Следующий этап</translation>
        </message>
        <message>
            <source>&amp;About Mainstream Desktop</source>
            <translation>&amp;О программе Mainstream Desktop</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Перейти на страницу {n}</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Недавние семинары</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <source>Export &amp;PDF report…</source>
            <translation>Экспорт отчета &amp;PDF…</translation>
        </message>
        <message>
            <source>Write the report as a PDF (options on the Deliverables page)</source>
            <translation>Записать отчет в PDF (параметры на странице «Итоговые материалы»)</translation>
        </message>
        <message>
            <source>Export &amp;Excel workbook…</source>
            <translation>Экспорт книги &amp;Excel…</translation>
        </message>
        <message>
            <source>Write the workbook to fill in and send back</source>
            <translation>Записать книгу для заполнения и возврата</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation>{title} — рабочая группа: {group}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (только для чтения)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Только для чтения</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Все изменения сохранены</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Начальная страница</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>Открытие «{name}»…</translation>
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation>Не удается открыть семинар</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>Не удается прочитать «{name}»: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Отмена невозможна</translation>
        </message>
        <message>
            <source>The workshop was not closed properly last time: its last saved state was recovered (the file and journal as found are kept in its backups).</source>
            <translation>В прошлый раз семинар не был закрыт правильно: восстановлено его последнее сохранённое состояние (файл и журнал в найденном виде сохранены в его резервных копиях).</translation>
        </message>
        <message>
            <source>Open a workshop</source>
            <translation>Открыть семинар</translation>
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation>Не удается сохранить пример семинара</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>Не удается создать семинар</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>копия</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Сохранить копию как</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>Не удается сохранить копию</translation>
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation>Копия сохранена: {path}</translation>
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation>Последнее изменение записано в файл в {time}</translation>
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation>О программе Mainstream Desktop</translation>
        </message>
        <message>
            <source>Portable mode: settings, backups and logs are kept in “{folder}”, beside the program.</source>
            <translation>Переносной режим: настройки, резервные копии и журналы хранятся в папке «{folder}» рядом с программой.</translation>
        </message>
        <message>
            <source>Settings, backups and logs are kept in “{folder}”.</source>
            <translation>Настройки, резервные копии и журналы хранятся в папке «{folder}».</translation>
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation>Mainstream Desktop {version}

Помогает национальной рабочей группе шаг за шагом обеспечить учет миграции в планировании развития. Каждое изменение записывается в файл семинара сразу же после его внесения.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Язык системы</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation>Укажите не менее двух файлов семинара для слияния.</translation>
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation>Конфликтов: {n}; ничего не записано. Разрешите их в окне программы (Файл ▸ Слияние файлов рабочих групп…) или добавьте параметр --resolve newest либо --resolve FILE.</translation>
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation>Параметр --resolve принимает значение «newest» или имя одного из объединяемых файлов, но не «{value}».</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>refers to it</source>
            <translation>ссылается на эту запись</translation>
        </message>
        <message>
            <source>changed differently</source>
            <translation>изменено по-разному</translation>
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation>изменено в одном файле, удалено в другом</translation>
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation>ссылается на запись, удаленную в другом файле</translation>
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation>добавлено в двух файлах с одинаковым названием</translation>
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation>после объединения возникает циклическая подчиненность</translation>
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation>«{name}» и «{first}» — копии разных семинаров; объединять можно только копии одного и того же семинара.</translation>
        </message>
        <message>
            <source>“{name}” has a damaged change journal (entry {n}); it cannot be merged. Check it with “mainstream-desktop check”.</source>
            <translation>Журнал изменений в «{name}» поврежден (запись {n}); слияние невозможно. Проверьте файл командой «mainstream-desktop check».</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>устройство {id}</translation>
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation>Не разрешено конфликтов: {n}; ничего не записано.</translation>
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation>Объединенный семинар был бы некорректен: {why}. Ничего не записано.</translation>
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation>Укажите название рабочей группы (не более 80 символов).</translation>
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation>{name} [{group}]:</translation>
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation>нет изменений с момента создания копий</translation>
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation>{register}: добавлено — {added}, изменено — {changed}, удалено — {deleted}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation>Слияние файлов рабочих групп</translation>
        </message>
        <message>
            <source>Review the merge</source>
            <translation>Просмотр слияния</translation>
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation>Остальные — по последнему изменению</translation>
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation>Разрешить все оставшиеся конфликты в пользу последнего изменения (если одно название добавлено дважды, сохраняются обе записи)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Выполнить слияние…</translation>
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation>Записать объединенный семинар в новый файл</translation>
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation>Файлы рабочих групп для слияния</translation>
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation>{name} — семинар, открытый в этом окне</translation>
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation>Чтение файлов ({n})…</translation>
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation>Конфликтов нет: изменения в файлах совместимы.</translation>
        </message>
        <message>
            <source>This workshop</source>
            <translation>Этот семинар</translation>
        </message>
        <message>
            <source>Step and register</source>
            <translation>Этап и реестр</translation>
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation>С момента создания копий ни в одном файле ничего не изменено.</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>оставить обе записи</translation>
        </message>
        <message>
            <source>{group}'s version</source>
            <translation>версия группы «{group}»</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Кем изменено</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Keep all of them (all but the oldest are renamed after their group)</source>
            <translation>Оставить все записи (все, кроме самой ранней, переименовываются по названию своей группы)</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>объединенный</translation>
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation>Сохранить объединенный семинар как</translation>
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation>«{name}» — один из объединяемых файлов; выберите для результата новый файл.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Сохранение файла {name}…</translation>
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation>Слияние выполнено: в файл {path} записано изменений: {n}.</translation>
        </message>
        <message>
            <source>Merge written</source>
            <translation>Слияние выполнено</translation>
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation>Объединенный семинар записан в файл «{name}». Ни один из объединяемых файлов не изменен. Открыть объединенный семинар сейчас?</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Ошибка: {reason}</translation>
        </message>
        <message>
            <source>{n} files</source>
            <translation>Файлов: {n}</translation>
        </message>
        <message>
            <source>{files}; no conflicts. Press Merge… to write the merged workshop.</source>
            <translation>{files}; конфликтов нет. Нажмите «Выполнить слияние…», чтобы записать объединенный семинар.</translation>
        </message>
        <message>
            <source>{files}; {total} conflict(s), {left} still to decide: choose a version for each, or let the newest win for the rest.</source>
            <translation>{files}; конфликтов: {total}, не разрешено: {left}. Выберите версию для каждого конфликта или примите для остальных последние изменения.</translation>
        </message>
        <message>
            <source>{files}; all {total} conflict(s) decided. Press Merge… to write the merged workshop.</source>
            <translation>{files}; все конфликты разрешены ({total}). Нажмите «Выполнить слияние…», чтобы записать объединенный семинар.</translation>
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation>добавлено — {added}, изменено — {changed}, удалено — {deleted}</translation>
        </message>
        <message>
            <source>Changed differently</source>
            <translation>Изменено по-разному</translation>
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation>Изменено в одном, удалено в другом</translation>
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation>Ссылка на удаленную запись</translation>
        </message>
        <message>
            <source>Added twice</source>
            <translation>Добавлено дважды</translation>
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation>Циклическая подчиненность</translation>
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation>{what}: в файлах этому полю присвоены разные значения. Оставьте одно из них.</translation>
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation>{what}: запись удалена в одном файле и изменена в другом. Удалите ее или оставьте вместе с изменениями.</translation>
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation>{what}: ссылка на запись, удаленную в другом файле. Подтвердите удаление (ссылка будет удалена) или оставьте запись, на которую указывает ссылка.</translation>
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation>В двух файлах добавлено по записи с одинаковым названием. Оставьте одну из них (ссылки на другую будут перенесены на нее) или обе (более поздняя будет переименована по названию своей группы).</translation>
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation>{what}: после объединения эти записи стали бы вышестоящими друг для друга. Оставьте один из вариантов; у другой записи ссылка на вышестоящую запись будет очищена.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(пусто)</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>Запись удалена</translation>
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation>Запись изменена: оставить ее с изменениями</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation>Удалена запись «{name}»: ссылающаяся на нее запись ({what}) также удаляется</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation>Удалена запись «{name}»: ссылка на нее очищается</translation>
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation>Ссылается на «{name}»: оставить «{name}»</translation>
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation>Добавлена запись «{name}»: оставить эту</translation>
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation>«{parent}» — вышестоящая запись для «{child}»</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>неизвестный пользователь</translation>
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation>{user}
устройство {device}</translation>
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation>Файлы рабочих групп для слияния — копии одного и того же семинара. Первый файл служит основой; объединенный семинар записывается в новый файл, а сами эти файлы не изменяются.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation>Изменения в каждом файле с момента создания копий (+ добавлено, ~ изменено, − удалено)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Реестр</translation>
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation>Конфликты: для каждого выберите версию, которая войдет в объединенный семинар</translation>
        </message>
    </context>
    <context>
        <name>MultiEditor</name>
        <message>
            <source>Filter…</source>
            <translation>Фильтр…</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Steps</source>
            <translation>Этапы</translation>
        </message>
        <message>
            <source>The steps of the workshop and how complete each is; Alt+1 to Alt+9 go to a step</source>
            <translation>Этапы семинара и степень их завершенности; Alt+1–Alt+9 — переход к этапу</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>{step}: {done} of {total} checks done</source>
            <translation>{step}: выполнено проверок — {done} из {total}</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Осталось сделать:</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Завершено</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Пока нечего показать.</translation>
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation>Добавьте заинтересованные стороны и связи между ними (кто кому подотчетен, кто кого финансирует, кто с кем сотрудничает).</translation>
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation>{name}
{type}
Влияние: {weight} · Связей: {links}</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation>Больше — сильнее влияние</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Тип заинтересованной стороны</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshop</name>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>e.g. National consultation on migration and development</source>
            <translation>например, Национальные консультации по вопросам миграции и развития</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Страна</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>Н&amp;ачало</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>&amp;Окончание</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Новый семинар</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Введите текст для поиска…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>семинар</translation>
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation>Сохранить файл семинара</translation>
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation>Укажите название семинара.</translation>
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation>Выберите страну из списка.</translation>
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation>Выберите, где сохранить файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation>Файл «{name}» уже существует; выберите другое имя файла.</translation>
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Пока нечего показать.</translation>
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation>Откройте или создайте семинар.</translation>
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation>Это изображение невозможно отобразить.</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Матрица «влияние — интерес»</translation>
        </message>
        <message>
            <source>Network of stakeholders</source>
            <translation>Сеть заинтересованных сторон</translation>
        </message>
        <message>
            <source>Coverage heatmap</source>
            <translation>Карта охвата</translation>
        </message>
        <message>
            <source>Coherence overview</source>
            <translation>Обзор согласованности</translation>
        </message>
        <message>
            <source>Trends of the indicators</source>
            <translation>Динамика показателей</translation>
        </message>
        <message>
            <source>Arrow keys move between the items, Enter opens the selected one beside the chart.</source>
            <translation>Клавиши со стрелками перемещают между элементами, Enter открывает выбранный рядом с диаграммой.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation>Тип не указан</translation>
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
Влияние: {influence}, интерес: {interest}</translation>
        </message>
        <message>
            <source>Stakeholders in this cell</source>
            <translation>Заинтересованные стороны в этой ячейке</translation>
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation>Интерес к результатам</translation>
        </message>
        <message>
            <source>Influence over the process</source>
            <translation>Влияние на процесс</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Пока нечего показать.</translation>
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation>Оцените влияние и интерес заинтересованных сторон (1–5), и они появятся в матрице, где их можно перетаскивать между ячейками.</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Тип заинтересованной стороны</translation>
        </message>
        <message>
            <source>Reading the grid</source>
            <translation>Как читать матрицу</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation>Этот семинар открыт только для чтения; ничего не изменено.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>другая программа</translation>
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation>В файл «{name}» прямо сейчас записываются данные; повторите попытку через некоторое время.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Семинар уже используется</translation>
        </message>
        <message>
            <source>You can open it read-only: you see it as it is now and can export the report and workbook, but cannot change it. To edit, close it in the other window first.</source>
            <translation>Его можно открыть только для чтения: вы увидите семинар в текущем состоянии и сможете экспортировать отчет и книгу Excel, но не сможете его изменить. Чтобы редактировать семинар, сначала закройте его в другом окне.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation>Семинар открыт только для чтения; ничего не изменено.</translation>
        </message>
        <message>
            <source>Read-only — held by {holder}.</source>
            <translation>Только для чтения — файл занят: {holder}.</translation>
        </message>
        <message>
            <source>You see the workshop as it was when you opened it. Exports work; nothing can be changed. To edit, close it in the other window, then open it again.</source>
            <translation>Семинар показан в том состоянии, в каком он был на момент открытия. Экспорт доступен; изменения вносить нельзя. Чтобы редактировать семинар, закройте его в другом окне, а затем откройте снова.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation>Новая запись: {what}</translation>
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation>Выберите запись для просмотра</translation>
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation>Выберите запись или нажмите Ctrl+N, чтобы добавить новую</translation>
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation>Последнее изменение: {when}</translation>
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation>Добавлено. Нажмите Ctrl+N, чтобы добавить еще одну запись.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>Ничего не добавлено.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>Не добавлено — {reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation>Добавить запись (Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation>Отменить создание записи (Esc)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Участник</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Заседания</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Заседание</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Обязательство</translation>
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation>Координационные механизмы</translation>
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation>Координационный механизм</translation>
        </message>
        <message>
            <source>Mechanism members</source>
            <translation>Члены механизмов</translation>
        </message>
        <message>
            <source>Mechanism member</source>
            <translation>Член механизма</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Члены</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Международные документы</translation>
        </message>
        <message>
            <source>Instrument status</source>
            <translation>Статус документа</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>Контрольный список готовности</translation>
        </message>
        <message>
            <source>Readiness item</source>
            <translation>Пункт списка готовности</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Заинтересованные стороны</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Заинтересованная сторона</translation>
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation>Связи между заинтересованными сторонами</translation>
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation>Связь между заинтересованными сторонами</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Связи</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Источники данных</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Источник данных</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Охват показателей</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Indicator values</source>
            <translation>Значения показателей</translation>
        </message>
        <message>
            <source>Indicator value</source>
            <translation>Значение показателя</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Значения</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Секторы</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Сектор</translation>
        </message>
        <message>
            <source>Sector assessments</source>
            <translation>Оценки секторов</translation>
        </message>
        <message>
            <source>Sector assessment</source>
            <translation>Оценка сектора</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Программные документы</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Программный документ</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Мероприятие</translation>
        </message>
        <message>
            <source>Review calendar</source>
            <translation>График обзоров</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Обзоры</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation>Поиск: {what}…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation>Добавить: {what} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the selected record ({key}; {table_key} in the table)</source>
            <translation>Удалить выбранную запись ({key}; {table_key} в таблице)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Кто, когда и что изменил в выбранной записи (Ctrl+H)</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>Семинар открыт только для чтения</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} из {total}</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>История…</translation>
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation>Выберите запись, чтобы просмотреть историю ее изменений.</translation>
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation>Удалить вместе со связанными записями?</translation>
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation>Запись «{name}» используется в других записях (количество: {count}). Удалить ее, а также эти записи или ссылки на нее? (Команда «Отменить» вернет все обратно.)</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Удаление невозможно</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation>Запись «{name}» удалена. Чтобы вернуть ее, нажмите Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation>Неизвестный формат бумаги «{paper}» (используйте a4 или letter).</translation>
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation>Неизвестный язык отчета «{lang}».</translation>
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation>Учет миграции в планировании развития</translation>
        </message>
        <message>
            <source>Draft for validation</source>
            <translation>Проект для утверждения</translation>
        </message>
        <message>
            <source>migration</source>
            <translation>миграция</translation>
        </message>
        <message>
            <source>development planning</source>
            <translation>планирование развития</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>цели в области устойчивого развития</translation>
        </message>
        <message>
            <source>Global Compact for Migration</source>
            <translation>Глобальный договор о безопасной, упорядоченной и легальной миграции</translation>
        </message>
        <message>
            <source>Actions are ranked by priority (high, medium, low); actions of equal priority by expected impact (5 = transformative first), then by feasibility (5 = ready to start first); then by the shorter timeframe.</source>
            <translation>Мероприятия упорядочены по приоритету (высокий, средний, низкий); мероприятия с одинаковым приоритетом — по ожидаемому воздействию (сначала 5 — преобразующее), затем по осуществимости (сначала 5 — можно начинать); далее — по более коротким срокам.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation>Приоритетные мероприятия</translation>
        </message>
        <message>
            <source>Impact / feasibility</source>
            <translation>Воздействие / осуществимость</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Сметная стоимость</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>Actions by priority and timeframe</source>
            <translation>Мероприятия по приоритетам и срокам</translation>
        </message>
        <message>
            <source>Working groups whose work was merged</source>
            <translation>Рабочие группы, результаты которых объединены</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Рабочая группа</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Merged on</source>
            <translation>Дата слияния</translation>
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation>Приложение {letter}. {title}</translation>
        </message>
        <message>
            <source>Reference lists used</source>
            <translation>Использованные справочные списки</translation>
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation>Задачи и показатели ЦУР</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Редакция</translation>
        </message>
        <message>
            <source>Source: United Nations, global indicator framework for the Sustainable Development Goals (A/RES/71/313 and later revisions).</source>
            <translation>Источник: Организация Объединенных Наций, глобальная система показателей для целей в области устойчивого развития (A/RES/71/313 и последующие редакции).</translation>
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation>Цели Глобального договора о миграции</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Цель</translation>
        </message>
        <message>
            <source>Source: Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).</source>
            <translation>Источник: Глобальный договор о безопасной, упорядоченной и легальной миграции (A/RES/73/195).</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Краткое название</translation>
        </message>
        <message>
            <source>Source: the texts of the instruments, by title and year of adoption.</source>
            <translation>Источник: тексты документов с указанием названия и года принятия.</translation>
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation>Там, где в столбце «Редакция» указан 2025 год, формулировки ЦУР приводятся по глобальной системе показателей в редакции 2025 года (E/CN.3/2025/6).</translation>
        </message>
        <message>
            <source>Recorded but not listed: regional instruments of an organisation the workshop's country is not recorded as a member of: {names}.</source>
            <translation>Внесены, но не приведены в таблице: региональные документы организаций, членство страны семинара в которых не указано: {names}.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Члены</translation>
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation>Члены: {names}.</translation>
        </message>
        <message>
            <source>Legal and policy gap analysis</source>
            <translation>Анализ пробелов в законодательстве и политике</translation>
        </message>
        <message>
            <source>The review covers the core international instruments and the regional instruments of: {regions}.</source>
            <translation>Обзор охватывает основные международные документы, а также региональные документы следующих организаций: {regions}.</translation>
        </message>
        <message>
            <source>The review covers the core international instruments. No regional organisation is recorded for the workshop, so no regional instrument is reviewed.</source>
            <translation>Обзор охватывает основные международные документы. Для семинара не указано ни одной региональной организации, поэтому региональные документы не рассматриваются.</translation>
        </message>
        <message>
            <source>Core instruments with no recorded status</source>
            <translation>Основные документы, статус которых не указан</translation>
        </message>
        <message>
            <source>Finding: core instruments that apply with no recorded status: {n} of {total}. The group should establish whether the country is party to each.</source>
            <translation>Вывод: применимые основные документы, статус которых не указан: {n} из {total}. Группе следует установить, является ли страна участником каждого из них.</translation>
        </message>
        <message>
            <source>Every core instrument that applies has a recorded status.</source>
            <translation>Для каждого применимого основного документа указан статус.</translation>
        </message>
        <message>
            <source>Instruments not joined, and what answers them</source>
            <translation>Документы, участником которых страна не является, и меры реагирования</translation>
        </message>
        <message>
            <source>No action or recommendation</source>
            <translation>Нет мероприятий или рекомендаций</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Меры реагирования</translation>
        </message>
        <message>
            <source>Finding: not joined, with no action and no recommendation yet: {names}.</source>
            <translation>Вывод: документы, участником которых страна не является и по которым пока нет ни мероприятий, ни рекомендаций: {names}.</translation>
        </message>
        <message>
            <source>Every instrument the country has not joined is answered by an action or a recommendation.</source>
            <translation>По каждому документу, участником которого страна не является, предусмотрено мероприятие или рекомендация.</translation>
        </message>
        <message>
            <source>Reporting obligations</source>
            <translation>Обязательства по представлению докладов</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Finding: reports due before {year} and not yet submitted: {names}.</source>
            <translation>Вывод: доклады, срок представления которых наступил до {year} года, но которые еще не представлены: {names}.</translation>
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation>✓ выполнено · ◐ частично · ✗ не выполнено · ? неизвестно</translation>
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation>Известные пробелы в источниках</translation>
        </message>
        <message>
            <source>Best coverage</source>
            <translation>Наилучший охват</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Охват показателей</translation>
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation>Показатели по наилучшему охвату, который обеспечивает какой-либо источник данных (показателей: {n}).</translation>
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation>Охват показателей (первые {rows} из {all_rows}) источниками данных, которые охватывают их наиболее полно (источников: {cols}; показано не более {max_rows} × {max_cols}).</translation>
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation>Какой источник данных может обеспечить какой показатель.</translation>
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation>Пробелы в дезагрегации</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation>Все виды дезагрегации, необходимые для показателей, доступны хотя бы в одном источнике.</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation>Показателей, для которых недоступен хотя бы один необходимый вид дезагрегации: {n}. Чаще всего отсутствуют: {list}.</translation>
        </message>
        <message>
            <source>Not available from any source</source>
            <translation>Недоступно ни в одном источнике</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Матрица «влияние — интерес»</translation>
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation>Влияние и интерес пока не оценены ни для одной заинтересованной стороны.</translation>
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation>Число заинтересованных сторон в каждой ячейке матрицы (оценено: {n}); все они перечислены в таблице выше.</translation>
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation>Заинтересованные стороны по влиянию и интересу (оценено: {n}). Форма маркера обозначает вид органа.</translation>
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation>Квадрант взаимодействия</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Заинтересованные стороны</translation>
        </message>
        <message>
            <source>Stakeholders by engagement quadrant</source>
            <translation>Заинтересованные стороны по квадрантам взаимодействия</translation>
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation>Связи между заинтересованными сторонами</translation>
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation>Связи между заинтересованными сторонами не внесены.</translation>
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation>Заинтересованные стороны ({n}) и связи ({m}) в обобщенном виде по видам органов: размер круга и число в нем показывают количество органов, толщина линии и число на ней — количество связей.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation>Сеть заинтересованных сторон ({n}) и связей ({m}); названы только наиболее связанные стороны ({top}).</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation>Сеть заинтересованных сторон ({n}) и связей ({m}). Размер маркера отражает влияние, стиль линии — вид связи.</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Пробелы и дублирование</translation>
        </message>
        <message>
            <source>Tensions and overlaps between stakeholders</source>
            <translation>Противоречия и дублирование между заинтересованными сторонами</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>С кем</translation>
        </message>
        <message>
            <source>Areas with no public mandate</source>
            <translation>Области, не входящие в мандат государственных органов</translation>
        </message>
        <message>
            <source>Finding: no government body lists these reviewed sectors among its thematic areas.</source>
            <translation>Вывод: ни один государственный орган не указывает эти рассмотренные секторы в числе своих тематических областей.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Никто</translation>
        </message>
        <message>
            <source>Covered only by</source>
            <translation>Охватывается только</translation>
        </message>
        <message>
            <source>Every reviewed sector is in the mandate of at least one government body.</source>
            <translation>Каждый рассмотренный сектор входит в мандат хотя бы одного государственного органа.</translation>
        </message>
        <message>
            <source>Possible overlaps</source>
            <translation>Возможное дублирование</translation>
        </message>
        <message>
            <source>Finding: several government bodies of the same level claim these areas, and no coordinating link, parent body or working coordination mechanism ties each group to the others.</source>
            <translation>Вывод: на эти области претендуют несколько государственных органов одного уровня, и ни координационная связь, ни вышестоящий орган, ни действующий координационный механизм не связывают каждую группу с остальными.</translation>
        </message>
        <message>
            <source>Groups of bodies not linked to each other</source>
            <translation>Группы органов, не связанных между собой</translation>
        </message>
        <message>
            <source>No area is claimed by government bodies without a coordinating link between them.</source>
            <translation>Нет областей, на которые претендовали бы государственные органы, не связанные между собой координационной связью.</translation>
        </message>
        <message>
            <source>Gaps noted by the group</source>
            <translation>Пробелы, отмеченные группой</translation>
        </message>
        <message>
            <source>Mandates</source>
            <translation>Мандаты</translation>
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation>Обзор согласованности политики</translation>
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation>Оценка согласованности по каждому сектору (столбцы) и число программных документов, признанных согласованными, частично согласованными или несогласованными с целями в области миграции.</translation>
        </message>
        <message>
            <source>Policies reviewed: {sector}</source>
            <translation>Рассмотренные программные документы: {sector}</translation>
        </message>
        <message>
            <source>No finding recorded yet.</source>
            <translation>Выводы пока не внесены.</translation>
        </message>
        <message>
            <source>Human rights and gender</source>
            <translation>Права человека и гендерные аспекты</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>Упоминается в секторах</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations and the sectors that raised them</source>
            <translation>Группы, находящиеся в уязвимом положении, и секторы, указавшие на них</translation>
        </message>
        <message>
            <source>Sectors with a finding on human rights or gender: {n} of {total}.</source>
            <translation>Секторы, по которым сделан вывод в отношении прав человека или гендерных аспектов: {n} из {total}.</translation>
        </message>
        <message>
            <source>Finding: no human-rights or gender finding yet for: {sectors}.</source>
            <translation>Вывод: пока нет выводов в отношении прав человека или гендерных аспектов по следующим секторам: {sectors}.</translation>
        </message>
        <message>
            <source>Knock-on effects between sectors</source>
            <translation>Косвенное влияние секторов друг на друга</translation>
        </message>
        <message>
            <source>Sectors most often affected by the policies of others: {sectors}.</source>
            <translation>Секторы, чаще всего испытывающие влияние политики других секторов: {sectors}.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>с {start} по {end}</translation>
        </message>
        <message>
            <source>The workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Участие</translation>
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation>Число участников: {n}; число представленных организаций: {orgs}.</translation>
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation>Участники по полу и роли</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Число</translation>
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation>Оценка согласованности (1–5)</translation>
        </message>
        <message>
            <source>Policies in force</source>
            <translation>Действующие программные документы</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>не оценено</translation>
        </message>
        <message>
            <source>{n} relations within</source>
            <translation>связей внутри группы: {n}</translation>
        </message>
        <message>
            <source>Figure {number}. {caption}</source>
            <translation>Рисунок {number}. {caption}</translation>
        </message>
        <message>
            <source>Table {number}. {caption}</source>
            <translation>Таблица {number}. {caption}</translation>
        </message>
        <message>
            <source>Source: workshop data, {date}.</source>
            <translation>Источник: данные семинара, {date}.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Записи отсутствуют.</translation>
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation>Файл логотипа «{name}» не существует.</translation>
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation>Файл логотипа «{name}» невозможно прочитать как изображение; используйте файл PNG или JPEG.</translation>
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation>Файл логотипа «{name}» пуст.</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Организаторы</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>Выходные сведения</translation>
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop {version}, from the workshop's own records. Set in Noto Sans, Noto Naskh Arabic and WenQuanYi Micro Hei.</source>
            <translation>Отчет подготовлен {date} с помощью Mainstream Desktop {version} на основе данных семинара. Шрифты: Noto Sans, Noto Naskh Arabic и WenQuanYi Micro Hei.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Список рисунков</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Список таблиц</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Страница {page} из {total}</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Резюме</translation>
        </message>
        <message>
            <source>Main gaps</source>
            <translation>Основные пробелы</translation>
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation>Проверки по всем этапам выполнены.</translation>
        </message>
        <message>
            <source>Top priorities</source>
            <translation>Главные приоритеты</translation>
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation>Мероприятия пока не внесены.</translation>
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation>Семинар «{title}» ({country}) состоялся {dates}; место проведения: {venue}.</translation>
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation>В настоящем отчете представлены результаты семинара «{title}» ({country}).</translation>
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation>Число участников: {n}.</translation>
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation>Число участников: {n}.</translation>
        </message>
        <message>
            <source>{n} political commitment was recorded.</source>
            <translation>Зарегистрировано политических обязательств: {n}.</translation>
        </message>
        <message>
            <source>{n} political commitments were recorded.</source>
            <translation>Зарегистрировано политических обязательств: {n}.</translation>
        </message>
        <message>
            <source>{n} of them is adopted or in force.</source>
            <translation>Из них принято или действует: {n}.</translation>
        </message>
        <message>
            <source>{n} of them are adopted or in force.</source>
            <translation>Из них принято или действует: {n}.</translation>
        </message>
        <message>
            <source>None of them is adopted or in force yet.</source>
            <translation>Ни одно из них пока не принято и не действует.</translation>
        </message>
        <message>
            <source>{n} stakeholder was mapped.</source>
            <translation>Выявлено заинтересованных сторон: {n}.</translation>
        </message>
        <message>
            <source>{n} stakeholders were mapped.</source>
            <translation>Выявлено заинтересованных сторон: {n}.</translation>
        </message>
        <message>
            <source>{n} of them should be managed closely (high influence and high interest).</source>
            <translation>Из них требуют тесного взаимодействия (высокое влияние и высокий интерес): {n}.</translation>
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation>В ходе инвентаризации учтено источников данных: {sources}, показателей: {indicators}; показателей, пока не охваченных ни одним источником данных: {uncovered}.</translation>
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation>План действий включает мероприятий: {n}, из них высокоприоритетных: {high}; сметная стоимость: {cost}.</translation>
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation>План действий включает мероприятий: {n}, из них высокоприоритетных: {high}; общая сметная стоимость: {cost}.</translation>
        </message>
        <message>
            <source>Funding still to be found: {gaps}.</source>
            <translation>Финансирование, которое еще предстоит найти: {gaps}.</translation>
        </message>
        <message>
            <source>{gap} of {cost}</source>
            <translation>{gap} из {cost}</translation>
        </message>
        <message>
            <source>{amount} in a currency not stated</source>
            <translation>{amount} в неуказанной валюте</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sectors} ({score}).</source>
            <translation>Рассмотрено секторов: {n}; средняя согласованность политики — {mean} из 5; наименее согласованный сектор — {sectors} ({score}).</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent, at {score}, are {sectors}.</source>
            <translation>Рассмотрено секторов: {n}; средняя согласованность политики — {mean} из 5; наименее согласованные сектора (оценка {score}): {sectors}.</translation>
        </message>
        <message>
            <source>{step}: {gap}.</source>
            <translation>{step}: {gap}.</translation>
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation>Не выполнено условий готовности: {n} из {total}.</translation>
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation>Политика слабо согласована с целями в области миграции (оценка 2 или ниже) в ряде секторов ({n}): {names}.</translation>
        </message>
        <message>
            <source>{n} of the {total} gaps found have no action in the plan yet.</source>
            <translation>Выявленные пробелы, по которым в плане пока не предусмотрено мероприятий: {n} из {total}.</translation>
        </message>
        <message>
            <source>Secured</source>
            <translation>Обеспечено</translation>
        </message>
        <message>
            <source>Not yet funded</source>
            <translation>Пока не профинансировано</translation>
        </message>
        <message>
            <source>{currency}: {secured} of {cost} secured</source>
            <translation>{currency}: обеспечено {secured} из {cost}</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… и еще {n}.</translation>
        </message>
        <message>
            <source>{quadrant} ({n})</source>
            <translation>{quadrant} ({n})</translation>
        </message>
        <message>
            <source>Cut-off at {cut}: scores of {high} to 5 count as high.</source>
            <translation>Пороговое значение — {cut}: оценки от {high} до 5 считаются высокими.</translation>
        </message>
        <message>
            <source>Markers in one cell share its score; they are spread apart only to stay readable.</source>
            <translation>Маркеры в одной ячейке имеют одинаковую оценку; они разнесены только для удобства чтения.</translation>
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation>Правительство и государственные органы</translation>
        </message>
        <message>
            <source>International partners</source>
            <translation>Международные партнеры</translation>
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation>Гражданское общество, мигранты и общины</translation>
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation>Частный сектор и научные круги</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Прочие</translation>
        </message>
        <message>
            <source>The migration situation</source>
            <translation>Миграционная ситуация</translation>
        </message>
        <message>
            <source>What the figures gathered by the working group say about migration in {country}: the latest value of each indicator, how it has changed, how it breaks down, and what is still missing.</source>
            <translation>Что говорят собранные рабочей группой данные о миграции в стране {country}: последнее значение каждого показателя, его динамика, дезагрегация и данные, которых пока не хватает.</translation>
        </message>
        <message>
            <source>{with_values} of {indicators} indicators have recorded values ({values} values in all); {trends} have values in at least {years} years.</source>
            <translation>Показатели, для которых внесены значения: {with_values} из {indicators} (всего значений: {values}); из них со значениями не менее чем по {years} годам: {trends}.</translation>
        </message>
        <message>
            <source>Topic not recorded</source>
            <translation>Тема не указана</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Основные данные</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Последнее значение</translation>
        </message>
        <message>
            <source>Key figures: {topic}</source>
            <translation>Основные данные: {topic}</translation>
        </message>
        <message>
            <source>No indicator value has been recorded yet.</source>
            <translation>Значения показателей пока не внесены.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Динамика</translation>
        </message>
        <message>
            <source>No indicator has values in {years} or more years yet.</source>
            <translation>Пока нет показателей со значениями по {years} и более годам.</translation>
        </message>
        <message>
            <source>Recorded totals of the indicators with values in at least {years} years. Each scale starts at zero; a dot marks each year with a value, the filled dot the latest.</source>
            <translation>Внесенные итоговые значения показателей, имеющих значения не менее чем по {years} годам. Каждая шкала начинается с нуля; точкой отмечен каждый год, за который есть значение, закрашенной точкой — последний.</translation>
        </message>
        <message>
            <source>(part {n} of {all})</source>
            <translation>(часть {n} из {all})</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Дезагрегированные данные</translation>
        </message>
        <message>
            <source>{group}: {value}</source>
            <translation>{group}: {value}</translation>
        </message>
        <message>
            <source>No disaggregated value has been recorded yet.</source>
            <translation>Дезагрегированные значения пока не внесены.</translation>
        </message>
        <message>
            <source>The latest values of each disaggregation recorded, by indicator.</source>
            <translation>Последние значения по каждому внесенному виду дезагрегации в разбивке по показателям.</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Значения</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Чего не хватает</translation>
        </message>
        <message>
            <source>Indicators with no value</source>
            <translation>Показатели без значений</translation>
        </message>
        <message>
            <source>{n} indicators have no recorded value.</source>
            <translation>Показатели без внесенных значений: {n}.</translation>
        </message>
        <message>
            <source>Every indicator has at least one value.</source>
            <translation>Для каждого показателя внесено хотя бы одно значение.</translation>
        </message>
        <message>
            <source>Disaggregations asked for but not recorded</source>
            <translation>Требуемая, но не внесенная дезагрегация</translation>
        </message>
        <message>
            <source>{n} indicators with values lack a disaggregation they ask for.</source>
            <translation>Показатели со значениями, для которых отсутствует требуемая дезагрегация: {n}.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Не внесено</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators ask for has values.</source>
            <translation>Для каждого вида дезагрегации, требуемого показателями, внесены значения.</translation>
        </message>
        <message>
            <source>Values older than five years</source>
            <translation>Значения старше пяти лет</translation>
        </message>
        <message>
            <source>The workshop has no date, so the age of the values is not judged.</source>
            <translation>Дата семинара не указана, поэтому давность значений не оценивается.</translation>
        </message>
        <message>
            <source>Every indicator with values has one from {year} or later.</source>
            <translation>Для каждого показателя со значениями есть значение за {year} год или более поздний период.</translation>
        </message>
        <message>
            <source>Judged against the year of the workshop ({year}): the latest value of these indicators is from {limit} or earlier.</source>
            <translation>По отношению к году проведения семинара ({year}): последнее значение этих показателей относится к {limit} году или более раннему периоду.</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Последний год данных</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>еще {n}</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Источники данных, не охватывающие ни одного показателя: {names}.</translation>
        </message>
        <message>
            <source>Currency not stated</source>
            <translation>Валюта не указана</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Финансирование</translation>
        </message>
        <message>
            <source>Secured and unfunded cost by sector. Each currency has its own scale; amounts in different currencies are never added.</source>
            <translation>Обеспеченная и необеспеченная части стоимости по секторам. Для каждой валюты используется своя шкала; суммы в разных валютах никогда не складываются.</translation>
        </message>
        <message>
            <source>The plan is costed in several currencies. Amounts in different currencies are not added together: each has its own total.</source>
            <translation>Стоимость плана рассчитана в нескольких валютах. Суммы в разных валютах не складываются: для каждой валюты приводится отдельный итог.</translation>
        </message>
        <message>
            <source>In {currency}: the actions cost {cost}; {secured} ({share}) is secured, and {gap} remains to be found.</source>
            <translation>В валюте {currency}: стоимость мероприятий — {cost}; обеспечено {secured} ({share}), еще предстоит найти {gap}.</translation>
        </message>
        <message>
            <source>{n} action has a cost of {cost} with no currency stated; it is counted apart.</source>
            <translation>{n} мероприятие имеет стоимость {cost} без указания валюты; оно учитывается отдельно.</translation>
        </message>
        <message>
            <source>{n} actions have costs of {cost} in total with no currency stated; they are counted apart.</source>
            <translation>Мероприятия, стоимость которых указана без валюты: {n}, на общую сумму {cost}; они учитываются отдельно.</translation>
        </message>
        <message>
            <source>{n} dropped action is not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>Отмененные мероприятия ({n}) не учитываются ни в одной сумме, таблице или диаграмме этого раздела: {titles}.</translation>
        </message>
        <message>
            <source>{n} dropped actions are not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>Отмененные мероприятия ({n}) не учитываются ни в одной сумме, таблице или диаграмме этого раздела: {titles}.</translation>
        </message>
        <message>
            <source>{n} action has no cost estimate yet.</source>
            <translation>Для {n} мероприятия пока не оценены затраты.</translation>
        </message>
        <message>
            <source>{n} actions have no cost estimate yet.</source>
            <translation>Мероприятия, для которых пока не оценены затраты: {n}.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>Дефицит финансирования</translation>
        </message>
        <message>
            <source>Share secured</source>
            <translation>Обеспеченная доля</translation>
        </message>
        <message>
            <source>Estimated cost and funding by currency</source>
            <translation>Сметная стоимость и финансирование в разбивке по валютам</translation>
        </message>
        <message>
            <source>Cost by sector</source>
            <translation>Стоимость по секторам</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>Без сектора</translation>
        </message>
        <message>
            <source>Cost by year</source>
            <translation>Стоимость по годам</translation>
        </message>
        <message>
            <source>Each action's cost is spread evenly over its years, from its start year to its end year, both included.</source>
            <translation>Стоимость каждого мероприятия распределяется равномерно по годам его реализации — с года начала по год окончания включительно.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>{n} costed action has no start or end year and is not in this table: {titles}.</source>
            <translation>{n} мероприятие с указанной стоимостью не имеет года начала или окончания и не включено в эту таблицу: {titles}.</translation>
        </message>
        <message>
            <source>{n} costed actions have no start or end year and are not in this table: {titles}.</source>
            <translation>Мероприятия с указанной стоимостью, у которых нет года начала или окончания, не включены в эту таблицу ({n}): {titles}.</translation>
        </message>
        <message>
            <source>Partner commitments</source>
            <translation>Обязательства партнеров</translation>
        </message>
        <message>
            <source>No funding partner named</source>
            <translation>Партнер по финансированию не указан</translation>
        </message>
        <message>
            <source>Bodies it funds (“Funds” relations)</source>
            <translation>Органы, финансируемые партнером (связи «Финансирует»)</translation>
        </message>
        <message>
            <source>Amounts are added up per currency only. The bodies a partner funds come from the relations recorded in the institutional mapping.</source>
            <translation>Суммы складываются только в пределах одной валюты. Органы, финансируемые партнером, определяются по связям, внесенным в ходе институционального картирования.</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Готовность</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Правовая база</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Согласованность политики</translation>
        </message>
        <message>
            <source>Coherence score 2 or less</source>
            <translation>Оценка согласованности 2 или ниже</translation>
        </message>
        <message>
            <source>A policy judged incoherent</source>
            <translation>Программный документ, признанный несогласованным</translation>
        </message>
        <message>
            <source>Monitoring and evaluation framework</source>
            <translation>Система мониторинга и оценки</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Базовое значение → целевое значение</translation>
        </message>
        <message>
            <source>Gaps and the actions that answer them</source>
            <translation>Пробелы и мероприятия по их устранению</translation>
        </message>
        <message>
            <source>No readiness, legal, data or coherence gap was recorded.</source>
            <translation>Пробелы в готовности, правовой базе, данных или согласованности политики не зафиксированы.</translation>
        </message>
        <message>
            <source>The workshop found {n} gaps: readiness conditions not in place, instruments not ratified, indicators no data source covers, and sectors whose policies are weakly coherent with migration goals. {m} of them have no action in the plan yet.</source>
            <translation>В ходе семинара выявлено пробелов: {n}. Это невыполненные условия готовности, нератифицированные документы, показатели, не охваченные ни одним источником данных, и секторы, политика которых слабо согласована с целями в области миграции. Пробелы, по которым в плане пока не предусмотрено мероприятий: {m}.</translation>
        </message>
        <message>
            <source>An action answers a gap when it names the readiness condition, the instrument or the indicator, or, for coherence, belongs to the same sector. Actions are numbered as in the prioritised list.</source>
            <translation>Мероприятие считается направленным на устранение пробела, если в нем указаны соответствующее условие готовности, документ или показатель, а в случае согласованности политики — если оно относится к тому же сектору. Мероприятия пронумерованы так же, как в перечне приоритетных мероприятий.</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>Нет мероприятий</translation>
        </message>
        <message>
            <source>Kind of gap</source>
            <translation>Вид пробела</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Пробел</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <source>Actions (#)</source>
            <translation>Мероприятия (№)</translation>
        </message>
        <message>
            <source>Gaps with no action</source>
            <translation>Пробелы без мероприятий</translation>
        </message>
        <message>
            <source>Every gap found has at least one action.</source>
            <translation>По каждому выявленному пробелу предусмотрено хотя бы одно мероприятие.</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Цель в области устойчивого развития</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>ГДМ</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Глобальный договор о безопасной, упорядоченной и легальной миграции</translation>
        </message>
        <message>
            <source>ODA</source>
            <translation>ОПР</translation>
        </message>
        <message>
            <source>Official development assistance</source>
            <translation>Официальная помощь в целях развития</translation>
        </message>
        <message>
            <source>UPR</source>
            <translation>УПО</translation>
        </message>
        <message>
            <source>Universal Periodic Review</source>
            <translation>Универсальный периодический обзор</translation>
        </message>
        <message>
            <source>ILO</source>
            <translation>МОТ</translation>
        </message>
        <message>
            <source>International Labour Organization</source>
            <translation>Международная организация труда</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>МОМ</translation>
        </message>
        <message>
            <source>International Organization for Migration</source>
            <translation>Международная организация по миграции</translation>
        </message>
        <message>
            <source>UNDP</source>
            <translation>ПРООН</translation>
        </message>
        <message>
            <source>United Nations Development Programme</source>
            <translation>Программа развития Организации Объединенных Наций</translation>
        </message>
        <message>
            <source>The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the organisers or their partners concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries. The findings, interpretations and conclusions expressed are those of the working group that prepared the report and do not necessarily reflect the views of the organisations that supported the consultation. Mention of an organisation, a firm or a commercial product does not imply its endorsement.</source>
            <translation>Употребляемые обозначения и изложение материала в настоящем отчете не означают выражения со стороны организаторов или их партнеров какого бы то ни было мнения относительно правового статуса той или иной страны, территории, города или района или их властей или относительно делимитации их границ. Изложенные выводы, толкования и заключения принадлежат рабочей группе, подготовившей отчет, и не обязательно отражают мнения организаций, поддержавших проведение консультаций. Упоминание той или иной организации, фирмы или коммерческого продукта не означает их одобрения.</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <source>This report was validated by {body} on {date}.</source>
            <translation>Настоящий отчет утвержден {date}. Утвердивший орган: {body}.</translation>
        </message>
        <message>
            <source>This report was validated by {body}.</source>
            <translation>Настоящий отчет утвержден. Утвердивший орган: {body}.</translation>
        </message>
        <message>
            <source>This report was validated on {date}.</source>
            <translation>Настоящий отчет утвержден {date}.</translation>
        </message>
        <message>
            <source>This report has not been validated yet.</source>
            <translation>Настоящий отчет еще не утвержден.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Acronyms and abbreviations</source>
            <translation>Аббревиатуры и сокращения</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>Аббревиатура</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Расшифровка</translation>
        </message>
        <message>
            <source>The review calendar ties the plan to the budget through these budget preparation rounds: {rounds}.</source>
            <translation>График обзоров связывает план с бюджетом через следующие этапы подготовки бюджета: {rounds}.</translation>
        </message>
        <message>
            <source>No budget preparation round is recorded in the review calendar.</source>
            <translation>В графике обзоров не указано ни одного этапа подготовки бюджета.</translation>
        </message>
        <message>
            <source>The first actions of the plan are due to start in {year} ({n} of them); the latest start year recorded is {last}.</source>
            <translation>Первые мероприятия плана должны начаться в {year} году (число таких мероприятий: {n}); самый поздний из указанных годов начала — {last}.</translation>
        </message>
        <message>
            <source>The review calendar holds {n} dates, from “{first}” on {first_date} to “{last}” on {last_date}.</source>
            <translation>В графике обзоров указано дат: {n} — от «{first}» ({first_date}) до «{last}» ({last_date}).</translation>
        </message>
        <message>
            <source>Note {mark} ({column}):</source>
            <translation>Примечание {mark} ({column}):</translation>
        </message>
        <message>
            <source>… (continued in note {mark} under the table)</source>
            <translation>… (продолжение см. в примечании {mark} под таблицей)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in the workshop</source>
            <translation>Найти в семинаре</translation>
        </message>
        <message>
            <source>Find a stakeholder, source, policy, action…</source>
            <translation>Найти заинтересованную сторону, источник, политику, мероприятие…</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Найденные записи</translation>
        </message>
        <message>
            <source>Type part of a name or of any text.</source>
            <translation>Введите часть названия или любого текста.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Ничего не найдено.</translation>
        </message>
        <message>
            <source>The first {n} records found; type more to narrow them.</source>
            <translation>Первые найденные записи: {n}; уточните запрос.</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>Найдено записей: {n}.</translation>
        </message>
    </context>
    <context>
        <name>SectorsPage</name>
        <message>
            <source>Coherence overview</source>
            <translation>Обзор согласованности</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Заседания</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Обязательства</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Координация</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Члены</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Готовность</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Заинтересованные стороны</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Связи</translation>
        </message>
        <message>
            <source>DataSources</source>
            <translation>Источники данных</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатели</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Значения</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Секторы</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Оценки</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Программные документы</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Мероприятия</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Обзоры</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О книге</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Guidance</source>
            <translation>Методические указания</translation>
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation>Показать или скрыть цель и ключевые вопросы (F1)</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Ключевые вопросы</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Осталось сделать:</translation>
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation>Выполнено проверок: {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation>Итоговые материалы</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation>Файл семинара содержит одну запись о семинаре.</translation>
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation>Идентификатор {id} уже используется другой записью.</translation>
        </message>
        <message>
            <source>A recorded change names “{table}.{field}”, which is not part of a workshop; nothing was changed.</source>
            <translation>Записанное изменение относится к «{table}.{field}», что не является частью семинара; ничего не изменено.</translation>
        </message>
        <message>
            <source>A recorded deletion has no date; nothing was changed.</source>
            <translation>У записанного удаления нет даты; ничего не изменено.</translation>
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation>{register} № {id}: запись не существует или была удалена.</translation>
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation>Запись о семинаре невозможно удалить.</translation>
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation>Семинар изменился после предварительного просмотра; выполните предварительный просмотр еще раз.</translation>
        </message>
        <message>
            <source>The changes would leave a record referring to one that does not exist; nothing was written.</source>
            <translation>После этих изменений осталась бы запись со ссылкой на несуществующую запись; ничего не записано.</translation>
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation>{register} «{name}»: запись используется в других записях ({count}: {names}); сначала удалите их или выполните удаление вместе со связанными записями.</translation>
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation>{register} № {id}: запись не удалена.</translation>
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation>Отмена невозможна: запись больше не существует.</translation>
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation>на нее теперь ссылаются другие записи</translation>
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation>Сейчас невозможно отменить или повторить это действие: {why}</translation>
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation>В реестре «{register}» нет поля «{field}».</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>Out of date</source>
            <translation>Устаревшие</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Введите текст для поиска…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>&amp;Показатель:</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Разбивка</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>&amp;Разбивка:</translation>
        </message>
        <message>
            <source>Trend chart</source>
            <translation>График динамики</translation>
        </message>
        <message>
            <source>No values recorded yet.</source>
            <translation>Значения пока не внесены.</translation>
        </message>
        <message>
            <source>Add them in the Values register or import a statistical table — File ▸ Import indicator values…</source>
            <translation>Добавьте их в реестр «Значения» или импортируйте статистическую таблицу — Файл ▸ Импорт значений показателей…</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Итого</translation>
        </message>
        <message>
            <source>{dimension}: {group}</source>
            <translation>{dimension}: {group}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>не указано</translation>
        </message>
        <message>
            <source>Unit: {unit}    Source: {sources}</source>
            <translation>Единица измерения: {unit}    Источник: {sources}</translation>
        </message>
        <message>
            <source>{title}: {count} values from {first} to {last}. Left and right arrow keys move from year to year, Enter opens the value.</source>
            <translation>{title}: значений — {count}, с {first} по {last} год. Клавиши со стрелками влево и вправо перемещают от года к году, Enter открывает значение.</translation>
        </message>
        <message>
            <source>Round dots: values of the last {n} years before the workshop ({year}); grey squares in the shaded years: older, out of date.</source>
            <translation>Круглые точки: значения за последние {n} лет до семинара ({year}); серые квадраты на затененных годах: более старые, устаревшие значения.</translation>
        </message>
        <message>
            <source>The workshop has no dates yet: values cannot be judged out of date.</source>
            <translation>Даты семинара пока не указаны: невозможно определить, устарели ли значения.</translation>
        </message>
        <message>
            <source>{when}: {value}</source>
            <translation>{when}: {value}</translation>
        </message>
        <message>
            <source>(out of date: more than {n} years before the workshop)</source>
            <translation>(устаревшее: более чем за {n} лет до семинара)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation>Добавление: {what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Изменение: {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Удаление: {what}</translation>
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation>Перемещение заинтересованной стороны в матрице</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation>обязательное поле</translation>
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation>ссылается на несуществующую или удаленную запись ({target})</translation>
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation>запись стала бы собственным предком</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>у другой записи уже такие же значения полей: {fields}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation>«{value}» не входит в число допустимых значений</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>содержит управляющие символы</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation>слишком длинное значение (символов: {n}, допустимо не более {max})</translation>
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation>«{value}» не является адресом электронной почты</translation>
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation>требуется целое число (получено: {value})</translation>
        </message>
        <message>
            <source>is not a record id</source>
            <translation>не является идентификатором записи</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>требуется число</translation>
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation>требуется число (получено: «{value}»)</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>требуется конечное число</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation>значение должно быть от {lo} до {hi} (получено: {value})</translation>
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation>значение должно быть не меньше {lo} (получено: {value})</translation>
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation>значение должно быть не больше {hi} (получено: {value})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation>требуется «да» или «нет» (получено: «{value}»)</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation>требуется дата в формате ГГГГ-ММ-ДД (получено: «{value}»)</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>раньше даты начала</translation>
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation>требуется время в формате ЧЧ:ММ</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>раньше времени начала</translation>
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation>заинтересованная сторона не может быть связана сама с собой</translation>
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation>раньше базового года</translation>
        </message>
        <message>
            <source>is before the start year</source>
            <translation>раньше года начала</translation>
        </message>
        <message>
            <source>is less than the amount already secured</source>
            <translation>меньше уже обеспеченной суммы</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>column {column}</source>
            <translation>столбец {column}</translation>
        </message>
        <message>
            <source>Values from “{name}” ({shape} table):</source>
            <translation>Значения из файла «{name}» (формат таблицы: {shape}):</translation>
        </message>
        <message>
            <source>wide</source>
            <translation>широкий</translation>
        </message>
        <message>
            <source>long</source>
            <translation>длинный</translation>
        </message>
        <message>
            <source>columns used: {columns}</source>
            <translation>использованные столбцы: {columns}</translation>
        </message>
        <message>
            <source>columns ignored: {columns}</source>
            <translation>игнорируемые столбцы: {columns}</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {unchanged} unchanged, {missing} missing (.., -, n/a) skipped</source>
            <translation>добавить — {added}, обновить — {updated}, без изменений — {unchanged}, пропущено отсутствующих (.., -, n/a) — {missing}</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>примечание: {text}</translation>
        </message>
        <message>
            <source>{first}…{last}: one year each</source>
            <translation>{first}…{last}: по одному году в каждом столбце</translation>
        </message>
        <message>
            <source>a second column for the same thing; keep one</source>
            <translation>второй столбец с тем же содержимым; оставьте один</translation>
        </message>
        <message>
            <source>no column names the indicator (a header such as Indicator or Code)</source>
            <translation>нет столбца с названием показателя (заголовок вроде «Показатель» или «Код»)</translation>
        </message>
        <message>
            <source>no column holds the values (a header such as Value), and no header is a year (2015, 2016…)</source>
            <translation>нет столбца со значениями (заголовок вроде «Значение»), и ни один заголовок не является годом (2015, 2016…)</translation>
        </message>
        <message>
            <source>no column gives the year (a header such as Year or Period)</source>
            <translation>нет столбца с годом (заголовок вроде «Год» или «Период»)</translation>
        </message>
        <message>
            <source>is a formula without a saved value or a spreadsheet error; formulas are not calculated, type the value instead</source>
            <translation>формула без сохраненного значения или ошибка электронной таблицы; формулы не вычисляются, введите вместо нее значение</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value was used</source>
            <translation>формула; она не вычислялась, использовано ее сохраненное значение</translation>
        </message>
        <message>
            <source>no indicator given</source>
            <translation>показатель не указан</translation>
        </message>
        <message>
            <source>{n} indicators of the workshop answer to this; give the code</source>
            <translation>этому соответствуют несколько показателей семинара ({n}); укажите код</translation>
        </message>
        <message>
            <source>no indicator of the workshop has this code or name; add it to the indicators first</source>
            <translation>ни один показатель семинара не имеет такого кода или названия; сначала добавьте его в показатели</translation>
        </message>
        <message>
            <source>not a disaggregation of the list (sex, age, migratory status, geographic location…)</source>
            <translation>не является видом дезагрегации из списка (пол, возраст, миграционный статус, географическое местонахождение…)</translation>
        </message>
        <message>
            <source>the row is disaggregated by {a} and by {b} at once; a value has one disaggregation: import such a cross-table one dimension at a time</source>
            <translation>строка дезагрегирована одновременно по признакам {a} и {b}; у значения может быть только один вид дезагрегации: импортируйте такую перекрестную таблицу по одному измерению за раз</translation>
        </message>
        <message>
            <source>no data source of the workshop has this name; add it to the data sources, or empty the cell</source>
            <translation>ни один источник данных семинара не имеет такого названия; добавьте его в источники данных или очистите ячейку</translation>
        </message>
        <message>
            <source>several data sources have this name</source>
            <translation>такое название имеют несколько источников данных</translation>
        </message>
        <message>
            <source>is not a year (1900–2100) or a period such as 2015-2019</source>
            <translation>не является годом (1900–2100) или периодом вида 2015-2019</translation>
        </message>
        <message>
            <source>no year given</source>
            <translation>год не указан</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>не является числом</translation>
        </message>
        <message>
            <source>looks like a formula; a value must be a number</source>
            <translation>похоже на формулу; значение должно быть числом</translation>
        </message>
        <message>
            <source>has a percent sign but the unit says “{unit}”</source>
            <translation>содержит знак процента, но в качестве единицы измерения указано «{unit}»</translation>
        </message>
        <message>
            <source>the same value (indicator, year and disaggregation) is also in row {row}</source>
            <translation>такое же значение (показатель, год и дезагрегация) есть также в строке {row}</translation>
        </message>
        <message>
            <source>“{name}” is empty: it has no header row.</source>
            <translation>Файл «{name}» пуст: в нем нет строки заголовков.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>Файл «{name}» слишком велик для импорта ({mb} МБ; допустимо не более {max} МБ).</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>«{name}» не существует или не является файлом.</translation>
        </message>
        <message>
            <source>--sheet is for an Excel workbook; “{name}” is a CSV file.</source>
            <translation>Параметр --sheet предназначен для книги Excel, а «{name}» — файл CSV.</translation>
        </message>
        <message>
            <source>“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).</source>
            <translation>«{name}» не является ни файлом CSV (.csv), ни книгой Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is not a text table (CSV); it looks like a binary file.</source>
            <translation>«{name}» не является текстовой таблицей (CSV); похоже, это двоичный файл.</translation>
        </message>
        <message>
            <source>“{name}” has {n} columns; a table of values has at most {max}.</source>
            <translation>В файле «{name}» столбцов: {n}; в таблице значений допускается не более {max}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as a CSV table: {reason}</source>
            <translation>Файл «{name}» невозможно прочитать как таблицу CSV: {reason}</translation>
        </message>
        <message>
            <source>“{name}” has more than {max} rows; split the table.</source>
            <translation>Файл «{name}» содержит более {max} строк; разделите таблицу на несколько.</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>В файле «{name}» нет листа «{sheet}»; имеющиеся листы: {sheets}.</translation>
        </message>
        <message>
            <source>could be {a} or {b}: no other number of the file shows which separator is the decimal one; write {a} or {b}</source>
            <translation>может означать {a} или {b}: ни одно другое число в файле не показывает, какой разделитель является десятичным; введите {a} или {b}</translation>
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
            <translation>Учет миграции в планировании развития — шаг за шагом. Каждое изменение сохраняется сразу после его внесения.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Новый семинар…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Открыть семинар…</translation>
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation>Открыть пример семинара</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Недавние семинары</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation>одно значение из раскрывающегося списка</translation>
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation>одно или несколько значений из раскрывающегося списка, разделенных знаком «; »</translation>
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation>имя записи на листе {sheet}</translation>
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation>целое число от {lo} до {hi}</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>число от {lo} до {hi}</translation>
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation>целое число не меньше {lo}</translation>
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation>число не меньше {lo}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>целое число</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation>год (ГГГГ)</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>дата (ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>«да» или «нет»</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>адрес электронной почты</translation>
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation>текст (не более {n} симв.)</translation>
        </message>
        <message>
            <source>Left empty in this export; existing values are kept.</source>
            <translation>При этом экспорте оставлено пустым; имеющиеся значения сохраняются.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Обязательно.</translation>
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation>Каждый лист соответствует одному реестру семинара: одна строка — одна запись. Первая строка содержит заголовки столбцов; не переименовывайте, не перемещайте и не удаляйте листы и их заголовки.</translation>
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation>Чтобы добавить запись, заполните новую строку внизу соответствующего листа. Чтобы изменить запись, отредактируйте ее строку. Столбцы с оранжевым заголовком обязательны: заполните их в каждой строке.</translation>
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation>Столбец A на каждом листе реестра скрыт: в нем хранится идентификатор записи. Не изменяйте его; для новых строк он остается пустым. Удаление строки в этой книге не приводит к удалению записи при импорте книги.</translation>
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation>Если ячейка ссылается на другой реестр (владельца, ведущее министерство, сектор), введите или выберите имя записи точно так, как оно указано на листе этого реестра. На запись, добавленную в этой книге, можно сослаться по ее имени таким же образом.</translation>
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation>Если в ячейке несколько значений, разделяйте их точкой с запятой («; »). Выбирайте значения из раскрывающихся списков; даты вводятся в формате ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation>Формулы не считываются: вводите значения, а не формулы.</translation>
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation>Когда заполненная книга будет возвращена, фасилитатор импортирует ее в файл семинара. При импорте сначала показывается, что будет добавлено и изменено, и перечисляются все проблемы с указанием листа, строки и столбца; пока все проблемы не устранены, ничего не изменяется.</translation>
        </message>
        <message>
            <source>This copy leaves out personal data: the columns for names, positions and contact details of people (grey headers) are empty. Fill them in for new rows only; an empty cell there leaves what the workshop holds as it is.</source>
            <translation>В этой копии персональные данные исключены: столбцы с именами, должностями и контактными данными людей (серые заголовки) пусты. Заполняйте их только для новых строк; пустая ячейка в этих столбцах оставляет данные семинара без изменений.</translation>
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation>Книга Mainstream Desktop</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Дата экспорта</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Персональные данные</translation>
        </message>
        <message>
            <source>included</source>
            <translation>включены</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>исключены</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>Как заполнять эту книгу</translation>
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation>Листы и столбцы</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Лист</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Обязательно</translation>
        </message>
        <message>
            <source>What to enter</source>
            <translation>Что вводить</translation>
        </message>
        <message>
            <source>Left empty in this export (no personal data); existing values are kept. Fill it in for new rows.</source>
            <translation>При этом экспорте оставлено пустым (без персональных данных); имеющиеся значения сохраняются. Заполняйте для новых строк.</translation>
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation>Несколько значений разделяйте знаком «; ». Нажмите «ОК», чтобы сохранить введенное.</translation>
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation>Не найдено на листе {sheet}. Оставьте это значение, только если оно точно совпадает с именем записи на этом листе.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation>Диск заполнен. Освободите место (или выберите другой диск) и повторите попытку; ничего не сохранено.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>Не удается сохранить файл «{path}»: {reason}.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>Не удалось сохранить файл: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Фактический размер</translation>
        </message>
        <message>
            <source>Pre&amp;vious question</source>
            <translation>П&amp;редыдущий вопрос</translation>
        </message>
        <message>
            <source>Next &amp;question</source>
            <translation>Следующий &amp;вопрос</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation>Занятость и рынки труда</translation>
        </message>
        <message>
            <source>Education and skills development</source>
            <translation>Образование и развитие навыков</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Здравоохранение</translation>
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation>Сельское хозяйство, продовольственная безопасность и развитие сельских районов</translation>
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation>Городское развитие, жилье и местные услуги</translation>
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation>Социальная защита и социальное обеспечение</translation>
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation>Финансы, денежные переводы и финансовая доступность</translation>
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation>Развитие частного сектора, инвестиции и торговля</translation>
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation>Взаимодействие с диаспорой</translation>
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation>Окружающая среда, изменение климата и снижение риска бедствий</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Гендерное равенство</translation>
        </message>
        <message>
            <source>Children and youth</source>
            <translation>Дети и молодежь</translation>
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation>Государственное управление, верховенство права и права человека</translation>
        </message>
        <message>
            <source>Security and border management</source>
            <translation>Безопасность и управление границами</translation>
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation>Ведущий государственный орган / национальный координатор</translation>
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation>Отраслевые министерства и ведомства</translation>
        </message>
        <message>
            <source>National statistical system</source>
            <translation>Национальная статистическая система</translation>
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation>Центральный банк и органы финансового регулирования</translation>
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation>Местные и региональные органы власти</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>Парламент</translation>
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation>Национальные учреждения по правам человека</translation>
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation>Мигранты, диаспора и их организации</translation>
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation>Гражданское общество и религиозные организации</translation>
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation>Профсоюзы / организации трудящихся</translation>
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation>Работодатели, частный сектор и кадровые агентства</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>Научные и исследовательские круги</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Средства массовой информации</translation>
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation>Система ООН и международные организации</translation>
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation>Партнеры по развитию и доноры</translation>
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation>Региональные и межгосударственные органы</translation>
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation>Общины в странах происхождения, транзита и назначения</translation>
        </message>
        <message>
            <source>Population and housing census</source>
            <translation>Перепись населения и жилищного фонда</translation>
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation>Обследование рабочей силы (с модулем по миграции)</translation>
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation>Обследование доходов/расходов домохозяйств или уровня жизни</translation>
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation>Медико-демографическое обследование / Многоиндикаторное кластерное обследование</translation>
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation>Специализированное обследование по миграции, денежным переводам или затратам на миграцию</translation>
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation>Регистр населения / регистр иностранных граждан</translation>
        </message>
        <message>
            <source>Residence permit records</source>
            <translation>Данные о видах на жительство</translation>
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation>Данные о разрешениях на работу и о регистрации выезжающих трудящихся</translation>
        </message>
        <message>
            <source>Visa records</source>
            <translation>Данные о визах</translation>
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation>Данные о пересечении границы (въезд/выезд)</translation>
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation>Регистрация просителей убежища и беженцев</translation>
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation>Консульский учет граждан за рубежом</translation>
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation>Регистрация актов гражданского состояния и статистика естественного движения населения</translation>
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation>Статистика денежных переводов в платежном балансе</translation>
        </message>
        <message>
            <source>Remittance price data</source>
            <translation>Данные о стоимости денежных переводов</translation>
        </message>
        <message>
            <source>Education management information system</source>
            <translation>Информационная система управления образованием</translation>
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation>Регистры медицинских кадров</translation>
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation>Административные данные органов социального обеспечения и налоговых органов</translation>
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation>Данные о делах, связанных с торговлей людьми и незаконным ввозом мигрантов</translation>
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation>Гибель и исчезновение людей в процессе миграции</translation>
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation>Отслеживание перемещения населения</translation>
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation>Базы данных о миграционной политике</translation>
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation>Нетрадиционные данные (данные мобильной связи, интернета и социальных сетей)</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <translation>Страна рождения</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation>Страна гражданства</translation>
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation>Приобретение гражданства</translation>
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation>Год или период прибытия</translation>
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation>Место рождения (в пределах страны)</translation>
        </message>
        <message>
            <source>Duration of residence</source>
            <translation>Продолжительность проживания</translation>
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation>Место или страна предыдущего проживания</translation>
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation>Место проживания год назад</translation>
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation>Место проживания 5 лет назад</translation>
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation>Опыт проживания за рубежом</translation>
        </message>
        <message>
            <source>Reason for migration</source>
            <translation>Причина миграции</translation>
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation>Члены домохозяйства, проживающие в настоящее время за рубежом</translation>
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation>Члены домохозяйства, когда-либо проживавшие за рубежом</translation>
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation>Возвратная миграция (вернувшиеся мигранты и время пребывания за рубежом)</translation>
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation>Намерение мигрировать</translation>
        </message>
        <message>
            <source>Remittances received</source>
            <translation>Полученные денежные переводы</translation>
        </message>
        <message>
            <source>Remittances sent</source>
            <translation>Отправленные денежные переводы</translation>
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation>Расходы на трудоустройство, оплаченные трудящимися-мигрантами</translation>
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation>Страна рождения родителей</translation>
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation>Правовой статус / вид разрешения</translation>
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation>Статус просителя убежища или беженца</translation>
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation>Цель поездки или пребывания</translation>
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation>Страна назначения (для эмигрантов и выезжающих трудящихся)</translation>
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation>Страна проживания (граждане за рубежом)</translation>
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation>Страна получения образования или квалификации</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Возраст</translation>
        </message>
        <message>
            <source>Migratory status</source>
            <translation>Миграционный статус</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation>Страна предыдущего проживания</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Доход</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Инвалидность</translation>
        </message>
        <message>
            <source>Geographic location</source>
            <translation>Географическое местонахождение</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Раса</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>Этническая принадлежность</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Образование</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Род занятий</translation>
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation>На высоком уровне правительства принято официальное решение об учете миграции в планировании развития.</translation>
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation>Выбран ведущий орган с четким мандатом (например, орган по планированию или аппарат главы правительства), и в правительстве назначен национальный координатор для руководства работой и ее координации.</translation>
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation>Определен опытный фасилитатор для поддержки координатора.</translation>
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation>Создана небольшая группа поддержки (правительство, страновая группа ООН, возможно, гражданское общество) для технического консультирования.</translation>
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation>Существует межминистерский координационный механизм с утвержденным в письменной форме кругом ведения, определяющим его состав, мандат и функции.</translation>
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation>Создан консультативный механизм с участием многих заинтересованных сторон, обеспечивающий регулярные консультации с мигрантами, диаспорой, гражданским обществом, частным сектором, профсоюзами и научными кругами.</translation>
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation>Государственные и негосударственные субъекты заблаговременно проинформированы о том, что подразумевает учет миграции и какую пользу он может им принести.</translation>
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation>Средства на работу по учету миграции выделены в национальном бюджете или обеспечены иным образом.</translation>
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation>Работа увязана с национальным планом развития и графиком его подготовки либо с отдельной стратегией, служащей целям этого плана.</translation>
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation>К работе привлечено национальное статистическое управление, а правительство взяло на себя обязательство совершенствовать и обновлять данные о миграции.</translation>
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation>К работе привлечены местные и региональные органы власти, чтобы обеспечить согласованность политики на всех уровнях управления.</translation>
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation>Правительство подготовило или приняло решение подготовить добровольный национальный план осуществления Глобального договора о миграции с проведением регулярных инклюзивных обзоров.</translation>
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation>Каких результатов мы ожидаем от этого семинара и кто будет их использовать?</translation>
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation>Включаем ли мы миграцию в новый национальный план развития, который сейчас разрабатывается, или готовим отдельную стратегию в области миграции и развития, служащую целям действующего плана?</translation>
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation>Какие виды перемещения наиболее важны для страны (эмиграция, иммиграция, возвращение, транзит, внутренняя миграция) и какие из них будут охвачены этой работой?</translation>
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation>Кто сегодня присутствует и представителей каких министерств, уровней управления или негосударственных групп не хватает?</translation>
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation>На какую проделанную ранее работу мы можем опереться, например миграционный профиль, национальный доклад о человеческом развитии или национальный доклад по ЦУР?</translation>
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation>Какие другие процессы планирования или процессы, связанные с ЦУР, идут параллельно и как эта работа будет с ними увязана?</translation>
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation>О чем нам нужно договориться до окончания сегодняшней встречи и кто будет отвечать за дальнейшие шаги?</translation>
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation>Приняло ли правительство официальное решение об учете миграции в планировании развития и на каком уровне было принято это решение?</translation>
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation>Какой орган уполномочен руководить работой по учету миграции и назначил ли он координатора?</translation>
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation>Существует ли межминистерская группа для координации работы и утвержден ли для нее круг ведения в письменной форме?</translation>
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation>Как будут проводиться регулярные консультации с мигрантами, диаспорой, гражданским обществом, работодателями, профсоюзами и исследователями?</translation>
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation>Предусмотрены ли в бюджете средства на эту работу, и если нет, откуда их можно получить?</translation>
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation>Как эта работа будет увязана с национальным планом развития и графиком его подготовки?</translation>
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation>Участвует ли в работе национальное статистическое управление и взяло ли правительство на себя обязательство совершенствовать данные о миграции?</translation>
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation>Каким образом в работе участвуют местные и региональные органы власти?</translation>
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation>У каких министерств, ведомств и других органов есть мандат или программы, затрагивающие миграцию?</translation>
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation>Чего каждая заинтересованная сторона ожидает от миграционной политики и будет ли она, скорее всего, поддерживать эту работу или противодействовать ей?</translation>
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation>Как изменения миграционной политики отразятся на каждой группе?</translation>
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation>Чье мнение имеет наибольший вес и как заручиться поддержкой этих сторон?</translation>
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation>Могут ли мигранты, представители диаспоры, женщины и другие непосредственно затрагиваемые группы сами выражать свою позицию в этом процессе?</translation>
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation>Где мандаты дублируют друг друга или оставляют пробелы и кто должен обеспечивать координацию?</translation>
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation>Какие законы, стратегии и планы уже влияют на миграцию и нет ли среди них противоречащих друг другу?</translation>
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation>В каких источниках уже есть данные о миграции: перепись, обследования, административные регистры, данные пограничного контроля, разрешения, статистика денежных переводов?</translation>
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation>Кому принадлежит каждый источник, как часто он обновляется и можем ли мы получить к нему доступ?</translation>
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation>Фиксируются ли в источниках страна рождения, страна гражданства и год прибытия?</translation>
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation>Можно ли дезагрегировать данные по полу, возрасту и миграционному статусу, а также по другим характеристикам, важным в нашем контексте?</translation>
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation>Что мы знаем о гражданах, проживающих за рубежом, и о вернувшихся на родину?</translation>
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation>Какие из наших приоритетных показателей ЦУР и ГДМ мы можем измерить уже сегодня и где имеются пробелы?</translation>
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation>Можно ли восполнить пробелы, добавив вопросы в запланированные обследования или в следующую перепись либо используя косвенные показатели?</translation>
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation>Как ведомства будут обмениваться данными друг с другом, обеспечивая защиту персональной информации?</translation>
        </message>
        <message>
            <source>How many people have left the country, arrived, returned or moved within it, and how have these stocks and flows changed over the last ten years?</source>
            <translation>Сколько людей покинули страну, прибыли в нее, вернулись или переехали внутри страны и как изменились численность мигрантов и миграционные потоки за последние десять лет?</translation>
        </message>
        <message>
            <source>How much do remittances bring in, as a share of GDP, and how much does it cost to send them? Which corridors are the most expensive?</source>
            <translation>Каков объем поступающих денежных переводов в процентах от ВВП и сколько стоит их отправка? Какие коридоры самые дорогие?</translation>
        </message>
        <message>
            <source>What do the figures say about the goals of the national development plan, and which goal has no figure to track it?</source>
            <translation>Что говорят данные о достижении целей национального плана развития и для какой цели нет данных, позволяющих отслеживать ее выполнение?</translation>
        </message>
        <message>
            <source>Which figures are more than five years old or not broken down by sex, age and region, and who could update them before the plan is adopted?</source>
            <translation>Какие данные устарели более чем на пять лет или не дезагрегированы по полу, возрасту и региону и кто мог бы обновить их до принятия плана?</translation>
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation>Как миграция влияет на цели этого сектора и как политика сектора влияет на миграцию?</translation>
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation>В чем миграция приносит пользу этому сектору (например, навыки, рабочая сила или денежные переводы) и где она создает нагрузку или риски?</translation>
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation>Охватывают ли услуги и программы сектора мигрантов, вернувшихся мигрантов и оставшихся на родине членов их семей?</translation>
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation>Упоминается ли миграция в действующей стратегии или плане сектора, и если да, то каким образом?</translation>
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation>Какие косвенные последствия может иметь изменение в этом секторе для других сфер, например аграрная реформа, побуждающая людей переезжать в города?</translation>
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation>В достижение каких задач ЦУР и целей ГДМ вносит вклад этот сектор?</translation>
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation>Кто из представителей этого сектора должен участвовать в последующей работе?</translation>
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation>Какие вопросы, выявленные в ходе обзора, должны стать главными приоритетами и почему?</translation>
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation>Какие конкретные мероприятия помогут решить каждую приоритетную задачу?</translation>
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation>Какой орган отвечает за каждое мероприятие и кто будет оказывать ему поддержку?</translation>
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation>В какие сроки должно быть выполнено каждое мероприятие?</translation>
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation>Сколько будет стоить каждое мероприятие и из каких источников оно будет финансироваться?</translation>
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation>Какой показатель покажет, дало ли мероприятие результат, и кто будет о нем отчитываться?</translation>
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation>Как план действий будет включен в национальный план развития и бюджетный цикл?</translation>
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation>Когда и как мы будем анализировать ход работы и корректировать план?</translation>
        </message>
        <message>
            <source>Non-discrimination: do the sector's laws, rules or practices treat migrants differently by nationality, migration status, sex or age, and is the difference justified?</source>
            <translation>Недискриминация: предусматривают ли законы, правила или практика сектора различное обращение с мигрантами в зависимости от гражданства, миграционного статуса, пола или возраста и обосновано ли такое различие?</translation>
        </message>
        <message>
            <source>Access to services and justice: can migrants, including those in an irregular situation, use the sector's services and complain or seek a remedy without fear of being reported to immigration authorities?</source>
            <translation>Доступ к услугам и правосудию: могут ли мигранты, в том числе находящиеся в неурегулированном положении, пользоваться услугами сектора, подавать жалобы и добиваться средств правовой защиты, не опасаясь, что о них сообщат в иммиграционные органы?</translation>
        </message>
        <message>
            <source>Detention: does the sector's policy lead to anyone being detained for migration reasons, for how long and with what review, and which alternatives to detention exist, above all for children and families?</source>
            <translation>Задержание: приводит ли политика сектора к задержанию людей по причинам, связанным с миграцией, на какой срок и с каким порядком пересмотра, и какие существуют альтернативы задержанию, прежде всего для детей и семей?</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations: which groups does the sector miss or put at risk, such as women at risk, unaccompanied children, victims of trafficking, stateless persons, migrant domestic workers or families left behind?</source>
            <translation>Группы, находящиеся в уязвимом положении: какие группы не охватываются сектором или подвергаются риску из-за его политики, например женщины из групп риска, несопровождаемые дети, жертвы торговли людьми, лица без гражданства, домашние работники-мигранты или семьи, оставшиеся на родине?</translation>
        </message>
        <message>
            <source>Gender: how do the sector's policies affect migrant women and men, girls and boys differently, and were women's organisations consulted?</source>
            <translation>Гендерные аспекты: как по-разному влияет политика сектора на женщин и мужчин, девочек и мальчиков из числа мигрантов и проводились ли консультации с женскими организациями?</translation>
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation>Подготовка семинара</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Политическая приверженность</translation>
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation>Картирование институтов и заинтересованных сторон</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Инвентаризация данных</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Секторальный обзор</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>План действий</translation>
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation>Определить, почему страна обеспечивает учет миграции в планировании развития, что будет охвачено этой работой и кого необходимо привлечь. Решить, будет ли миграция включена в новый национальный план развития или в увязанную с ним отдельную стратегию, и составить перечень имеющихся исследований, на которые можно опереться.</translation>
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation>Убедиться, что политическая поддержка и вспомогательная структура созданы до начала технической работы. Для этого необходимы решение высокого уровня, ведущий орган с координатором, механизмы координации и консультаций, бюджет и четкая связь с национальным планом.</translation>
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation>Выявить государственные органы и других субъектов, чьи мандаты, интересы или программы затрагивают миграцию. Зафиксировать их роль, влияние и вероятную позицию, чтобы группа могла спланировать, как привлечь каждого из них и где необходима координация.</translation>
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation>Составить перечень источников данных, позволяющих описать миграцию и ее последствия, с указанием их владельцев и содержащихся в них сведений. Сопоставить их с приоритетными для страны показателями, чтобы выявить пробелы, недостаточную дезагрегацию и практические способы их устранения.</translation>
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation>Проанализировать каждый сектор развития: как миграция влияет на его цели и как его политика влияет на миграцию, включая косвенные последствия для других секторов. Результатом станет картина связей, пробелов и возможностей для плана в разбивке по секторам.</translation>
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation>Преобразовать выводы в краткий перечень приоритетов и конкретных мероприятий. Для каждого мероприятия определяются ответственный орган, сроки, смета затрат и показатель, чтобы можно было отслеживать ход работы и отчитываться о нем.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation>Минимизация неблагоприятных факторов</translation>
        </message>
        <message>
            <source>Information provision</source>
            <translation>Предоставление информации</translation>
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation>Подтверждение личности и документы</translation>
        </message>
        <message>
            <source>Regular pathways</source>
            <translation>Пути легальной миграции</translation>
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation>Наем и достойная работа</translation>
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation>Уменьшение уязвимости</translation>
        </message>
        <message>
            <source>Save lives</source>
            <translation>Спасение жизней</translation>
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation>Борьба с незаконным ввозом мигрантов</translation>
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation>Искоренение торговли людьми</translation>
        </message>
        <message>
            <source>Manage borders</source>
            <translation>Управление границами</translation>
        </message>
        <message>
            <source>Screening and referral</source>
            <translation>Проверка и перенаправление</translation>
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation>Альтернативы задержанию</translation>
        </message>
        <message>
            <source>Consular protection</source>
            <translation>Консульская защита</translation>
        </message>
        <message>
            <source>Access to basic services</source>
            <translation>Доступ к базовым услугам</translation>
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation>Интеграция и социальная сплоченность</translation>
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation>Ликвидация дискриминации</translation>
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation>Развитие и признание навыков</translation>
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation>Вклад мигрантов и диаспор</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Денежные переводы</translation>
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation>Достойное возвращение и реинтеграция</translation>
        </message>
        <message>
            <source>Social protection</source>
            <translation>Социальная защита</translation>
        </message>
        <message>
            <source>International cooperation</source>
            <translation>Международное сотрудничество</translation>
        </message>
        <message>
            <source>Collect and utilize accurate and disaggregated data as a basis for evidence-based policies</source>
            <translation>Сбор и использование точных и дезагрегированных данных в качестве основы для выработки эмпирически обоснованной политики</translation>
        </message>
        <message>
            <source>Minimize the adverse drivers and structural factors that compel people to leave their country of origin</source>
            <translation>Сведение к минимуму неблагоприятного воздействия различных сил и структурных факторов, которые заставляют людей покидать страну своего происхождения</translation>
        </message>
        <message>
            <source>Provide accurate and timely information at all stages of migration</source>
            <translation>Предоставление точной и своевременной информации на всех этапах миграции</translation>
        </message>
        <message>
            <source>Ensure that all migrants have proof of legal identity and adequate documentation</source>
            <translation>Обеспечение наличия у всех мигрантов документов, удостоверяющих их законную личность, и надлежащих документов</translation>
        </message>
        <message>
            <source>Enhance availability and flexibility of pathways for regular migration</source>
            <translation>Повышение доступности и гибкости путей легальной миграции</translation>
        </message>
        <message>
            <source>Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work</source>
            <translation>Содействие справедливому и этичному найму и гарантирование условий, обеспечивающих достойный труд</translation>
        </message>
        <message>
            <source>Address and reduce vulnerabilities in migration</source>
            <translation>Устранение и уменьшение факторов уязвимости в процессе миграции</translation>
        </message>
        <message>
            <source>Save lives and establish coordinated international efforts on missing migrants</source>
            <translation>Спасение жизней и организация скоординированных международных усилий в отношении пропавших без вести мигрантов</translation>
        </message>
        <message>
            <source>Strengthen the transnational response to smuggling of migrants</source>
            <translation>Усиление транснациональных мер противодействия незаконному ввозу мигрантов</translation>
        </message>
        <message>
            <source>Prevent, combat and eradicate trafficking in persons in the context of international migration</source>
            <translation>Предупреждение и пресечение торговли людьми и борьба с ней в контексте международной миграции</translation>
        </message>
        <message>
            <source>Manage borders in an integrated, secure and coordinated manner</source>
            <translation>Комплексное, безопасное и скоординированное управление границами</translation>
        </message>
        <message>
            <source>Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral</source>
            <translation>Повышение определенности и предсказуемости миграционных процедур в целях надлежащей проверки, оценки и направления</translation>
        </message>
        <message>
            <source>Use migration detention only as a measure of last resort and work towards alternatives</source>
            <translation>Использование задержания мигрантов исключительно в качестве крайней меры и поиск альтернатив</translation>
        </message>
        <message>
            <source>Enhance consular protection, assistance and cooperation throughout the migration cycle</source>
            <translation>Повышение эффективности консульской защиты, помощи и сотрудничества на протяжении всего миграционного цикла</translation>
        </message>
        <message>
            <source>Provide access to basic services for migrants</source>
            <translation>Обеспечение доступа мигрантов к базовым услугам</translation>
        </message>
        <message>
            <source>Empower migrants and societies to realize full inclusion and social cohesion</source>
            <translation>Расширение прав и возможностей мигрантов и общества в целях обеспечения полной интеграции и социальной сплоченности</translation>
        </message>
        <message>
            <source>Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration</source>
            <translation>Искоренение всех форм дискриминации и поощрение основанного на фактах общественного дискурса в целях формирования восприятия миграции</translation>
        </message>
        <message>
            <source>Invest in skills development and facilitate mutual recognition of skills, qualifications and competences</source>
            <translation>Инвестирование в развитие навыков и содействие взаимному признанию навыков, квалификаций и компетенций</translation>
        </message>
        <message>
            <source>Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries</source>
            <translation>Создание условий, позволяющих мигрантам и диаспорам в полной мере содействовать устойчивому развитию во всех странах</translation>
        </message>
        <message>
            <source>Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants</source>
            <translation>Содействие более быстрому, безопасному и дешевому переводу денежных средств и поощрение финансовой интеграции мигрантов</translation>
        </message>
        <message>
            <source>Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration</source>
            <translation>Сотрудничество в содействии безопасному и достойному возвращению и реадмиссии, а также устойчивой реинтеграции</translation>
        </message>
        <message>
            <source>Establish mechanisms for the portability of social security entitlements and earned benefits</source>
            <translation>Создание механизмов переноса прав на социальное обеспечение и заработанных пособий</translation>
        </message>
        <message>
            <source>Strengthen international cooperation and global partnerships for safe, orderly and regular migration</source>
            <translation>Укрепление международного сотрудничества и глобальных партнерств в интересах безопасной, упорядоченной и легальной миграции</translation>
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation>Внедрить на национальном уровне надлежащие системы и меры социальной защиты для всех, включая установление минимальных уровней, и к 2030 году достичь существенного охвата бедных и уязвимых слоев населения</translation>
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation>Доля населения, охватываемого минимальным уровнем/системами социальной защиты, в разбивке по полу, с выделением детей, безработных, пожилых, инвалидов, беременных, новорожденных, лиц, получивших трудовое увечье, и бедных и уязвимых</translation>
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation>К 2030 году повысить жизнестойкость малоимущих и лиц, находящихся в уязвимом положении, и уменьшить их незащищенность и уязвимость перед вызванными изменением климата экстремальными явлениями и другими экономическими, социальными и экологическими потрясениями и бедствиями</translation>
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation>Число погибших, пропавших без вести и пострадавших непосредственно в результате бедствий на 100 000 человек</translation>
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation>Прямые экономические потери от бедствий в процентном отношении к мировому валовому внутреннему продукту (ВВП)</translation>
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Число стран, принявших и осуществляющих национальные стратегии снижения риска бедствий в соответствии с Сендайской рамочной программой по снижению риска бедствий на 2015–2030 годы</translation>
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation>Доля местных органов власти, принявших и осуществляющих местные стратегии снижения риска бедствий в соответствии с национальными стратегиями снижения риска бедствий</translation>
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation>Обеспечить всеобщий охват услугами здравоохранения, в том числе защиту от финансовых рисков, доступ к качественным основным медико-санитарным услугам и доступ к безопасным, эффективным, качественным и недорогим основным лекарственным средствам и вакцинам для всех</translation>
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation>Охват основными медико-санитарными услугами</translation>
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation>Доля населения с большим удельным весом семейных расходов на медицинскую помощь в общем объеме расходов или доходов домохозяйств</translation>
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation>Существенно увеличить финансирование здравоохранения и набор, развитие, профессиональную подготовку и удержание медицинских кадров в развивающихся странах, особенно в наименее развитых странах и малых островных развивающихся государствах</translation>
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation>Число медицинских работников на душу населения и их распределение</translation>
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation>К 2030 году существенно увеличить число молодых и взрослых людей, обладающих востребованными навыками, в том числе профессионально-техническими навыками, для трудоустройства, получения достойной работы и занятий предпринимательской деятельностью</translation>
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation>Доля молодых и взрослых людей, обладающих навыками в области информационно-коммуникационных технологий, в разбивке по видам навыков</translation>
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation>К 2020 году значительно увеличить во всем мире количество стипендий, предоставляемых развивающимся странам, особенно наименее развитым странам, малым островным развивающимся государствам и африканским странам, для получения высшего образования, включая профессионально-техническое образование и обучение по вопросам информационно-коммуникационных технологий, технические, инженерные и научные программы, в развитых странах и других развивающихся странах</translation>
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation>Объем официальной помощи в целях развития, направляемой на выплату стипендий</translation>
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation>Ликвидировать все формы насилия в отношении всех женщин и девочек в публичной и частной сферах, включая торговлю людьми и сексуальную и иные формы эксплуатации</translation>
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation>Доля когда-либо имевших партнера женщин и девочек в возрасте 15 лет и старше, подвергавшихся физическому, сексуальному или психологическому насилию со стороны нынешнего или бывшего интимного партнера в последние 12 месяцев, в разбивке по формам насилия и возрасту</translation>
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation>Доля женщин и девочек в возрасте 15 лет и старше, подвергавшихся сексуальному насилию со стороны кого-либо, кроме интимных партнеров, в последние 12 месяцев, в разбивке по возрасту и месту происшествия</translation>
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation>Признавать и ценить неоплачиваемый труд по уходу и работу по ведению домашнего хозяйства, предоставляя коммунальные услуги, инфраструктуру и системы социальной защиты и поощряя принцип общей ответственности в ведении хозяйства и в семье, с учетом национальных условий</translation>
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation>Доля времени, затрачиваемого на неоплачиваемый труд по уходу и работу по дому, в разбивке по полу, возрасту и месту проживания</translation>
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation>К 2030 году обеспечить полную и производительную занятость и достойную работу для всех женщин и мужчин, в том числе молодых людей и инвалидов, и равную оплату за труд равной ценности</translation>
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation>Средний почасовой заработок наемных работников в разбивке по полу, возрасту, роду занятий и признаку инвалидности</translation>
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation>Уровень безработицы в разбивке по полу, возрасту и признаку инвалидности</translation>
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation>Принять срочные и эффективные меры для того, чтобы искоренить принудительный труд, покончить с современным рабством и торговлей людьми и обеспечить запрет и ликвидацию наихудших форм детского труда, включая вербовку и использование детей-солдат, а к 2025 году покончить с детским трудом во всех его формах</translation>
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation>Доля и число детей в возрасте от 5 до 17 лет, занятых детским трудом, в разбивке по полу и возрасту</translation>
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation>Защищать трудовые права и содействовать обеспечению надежных и безопасных условий работы для всех трудящихся, включая трудящихся-мигрантов, особенно женщин-мигрантов, и лиц, не имеющих стабильной занятости</translation>
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation>Производственный травматизм со смертельным и несмертельным исходом на 100 000 работников в разбивке по полу и миграционному статусу</translation>
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation>Уровень соблюдения государством трудовых прав (свободы объединений и заключения коллективных трудовых договоров) на основе документальных источников Международной организации труда (МОТ) и национального законодательства в разбивке по полу и миграционному статусу</translation>
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation>Укреплять способность национальных финансовых учреждений поощрять и расширять доступ к банковским, страховым и финансовым услугам для всех</translation>
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation>Число a) филиалов коммерческих банков на 100 000 взрослых и b) банкоматов на 100 000 взрослых</translation>
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation>Доля взрослых (15 лет и старше), имеющих счет в банке или ином финансовом учреждении или пользующихся услугами операторов мобильных финансовых услуг</translation>
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation>К 2030 году поддержать законодательным путем и поощрять активное участие всех людей в социальной, экономической и политической жизни независимо от их возраста, пола, инвалидности, расы, этнической принадлежности, происхождения, религии и экономического или иного статуса</translation>
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation>Доля людей с доходом ниже 50 процентов медианного дохода в разбивке по полу, возрасту и признаку инвалидности</translation>
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation>Обеспечить равенство возможностей и уменьшить неравенство результатов, в том числе путем отмены дискриминационных законов, политики и практики и содействия принятию соответствующего законодательства, политики и мер в этом направлении</translation>
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation>Доля лиц, сообщивших о том, что в последние 12 месяцев они лично подвергались дискриминации или преследованиям на основаниях, дискриминация по которым запрещена в соответствии с международными стандартами в области прав человека</translation>
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation>Содействовать упорядоченной, безопасной, законной и ответственной миграции и мобильности людей, в том числе с помощью проведения спланированной и хорошо продуманной миграционной политики</translation>
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation>Затраты работника на трудоустройство в процентах от его месячного дохода в стране назначения</translation>
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation>Доля стран, проводящих миграционную политику, способствующую упорядоченной, безопасной, законной и ответственной миграции и мобильности людей</translation>
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation>Количество людей, погибших или исчезнувших в процессе миграции в направлении международного назначения</translation>
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation>Доля беженцев от общей численности населения в разбивке по стране происхождения</translation>
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation>К 2030 году сократить операционные затраты, связанные с переводом мигрантами денежных средств, до менее 3 процентов от суммы перевода и ликвидировать каналы денежных переводов, у которых эти затраты превышают 5 процентов</translation>
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation>Стоимость перевода в процентном отношении к переводимой сумме</translation>
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation>К 2030 году обеспечить всеобщий доступ к достаточному, безопасному и недорогому жилью и основным услугам и благоустроить трущобы</translation>
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation>Доля городского населения, проживающего в трущобах, неформальных поселениях или в неудовлетворительных жилищных условиях</translation>
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation>Повысить сопротивляемость и способность адаптироваться к опасным климатическим явлениям и стихийным бедствиям во всех странах</translation>
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation>Положить конец надругательствам, эксплуатации, торговле и всем формам насилия и пыток в отношении детей</translation>
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation>Доля детей в возрасте от 1 до 17 лет, которые в течение последнего месяца подвергались любому физическому наказанию и/или психологической агрессии со стороны лиц, осуществляющих уход за ними</translation>
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation>Число жертв торговли людьми на 100 000 человек в разбивке по полу, возрасту и форме эксплуатации</translation>
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation>Доля молодых женщин и мужчин в возрасте от 18 до 29 лет, подвергшихся сексуальному насилию до достижения ими 18-летнего возраста</translation>
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation>К 2030 году обеспечить наличие у всех людей законных удостоверений личности, включая свидетельства о рождении</translation>
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation>Доля детей в возрасте до пяти лет, рождение которых было зарегистрировано в гражданских органах, в разбивке по возрасту</translation>
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation>Поощрять и проводить в жизнь недискриминационные законы и политику в интересах устойчивого развития</translation>
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation>Мобилизовать дополнительные финансовые ресурсы из самых разных источников для развивающихся стран</translation>
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation>Мобилизация дополнительных финансовых ресурсов из самых разных источников для развивающихся стран</translation>
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation>Доля денежных переводов (в долларах США) в совокупном ВВП</translation>
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation>Укреплять Глобальное партнерство в интересах устойчивого развития, дополняемое партнерствами с участием многих заинтересованных сторон, которые мобилизуют и распространяют знания, опыт, технологии и финансовые ресурсы, с тем чтобы поддерживать достижение целей в области устойчивого развития во всех странах, особенно в развивающихся странах</translation>
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation>Число стран, сообщающих о прогрессе в деле применения механизмов контроля за эффективностью развития с участием многих заинтересованных сторон, которые служат подспорьем в достижении целей устойчивого развития</translation>
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation>Стимулировать и поощрять эффективное партнерство между государственными организациями, между государственным и частным секторами и между организациями гражданского общества, опираясь на опыт и стратегии использования ресурсов партнеров</translation>
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation>Сумма (в долларах США), выделяемая на государственно-частные партнерства в области инфраструктуры</translation>
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation>К 2020 году усилить поддержку в целях наращивания потенциала развивающихся стран, в том числе наименее развитых стран и малых островных развивающихся государств, с тем чтобы значительно повысить доступность высококачественных, актуальных и достоверных данных, дезагрегированных по уровню доходов, гендерной принадлежности, возрасту, расе, национальности, миграционному статусу, инвалидности, географическому местонахождению и другим характеристикам, значимым с учетом национальных условий</translation>
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation>Показатели статистического потенциала</translation>
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation>Число стран, имеющих национальное статистическое законодательство, соответствующее Основополагающим принципам официальной статистики</translation>
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation>Число стран, имеющих полностью обеспеченный финансовыми ресурсами и осуществляющийся национальный статистический план, в разбивке по источникам финансирования</translation>
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation>К 2030 году, опираясь на нынешние инициативы, разработать, в дополнение к показателю валового внутреннего продукта, и другие показатели измерения прогресса в деле обеспечения устойчивого развития и содействовать наращиванию потенциала развивающихся стран в области статистики</translation>
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation>Стоимость всех ресурсов, выделенных на наращивание потенциала развивающихся стран в области статистики (в долларах США)</translation>
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation>Доля стран, которые a) провели хотя бы одну перепись населения и жилищного фонда в течение последних 10 лет; и b) достигли цели регистрации рождений в 100 процентах случаев и регистрации смерти в 80 процентах случаев</translation>
        </message>
        <message>
            <source>Universal Declaration of Human Rights</source>
            <translation>Всеобщая декларация прав человека</translation>
        </message>
        <message>
            <source>International Convention on the Elimination of All Forms of Racial Discrimination</source>
            <translation>Международная конвенция о ликвидации всех форм расовой дискриминации</translation>
        </message>
        <message>
            <source>International Covenant on Civil and Political Rights</source>
            <translation>Международный пакт о гражданских и политических правах</translation>
        </message>
        <message>
            <source>International Covenant on Economic, Social and Cultural Rights</source>
            <translation>Международный пакт об экономических, социальных и культурных правах</translation>
        </message>
        <message>
            <source>Convention on the Elimination of All Forms of Discrimination against Women</source>
            <translation>Конвенция о ликвидации всех форм дискриминации в отношении женщин</translation>
        </message>
        <message>
            <source>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</source>
            <translation>Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания</translation>
        </message>
        <message>
            <source>Convention on the Rights of the Child</source>
            <translation>Конвенция о правах ребенка</translation>
        </message>
        <message>
            <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
            <translation>Факультативный протокол к Конвенции о правах ребенка, касающийся торговли детьми, детской проституции и детской порнографии</translation>
        </message>
        <message>
            <source>International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families</source>
            <translation>Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей</translation>
        </message>
        <message>
            <source>Convention on the Rights of Persons with Disabilities</source>
            <translation>Конвенция о правах инвалидов</translation>
        </message>
        <message>
            <source>International Convention for the Protection of All Persons from Enforced Disappearance</source>
            <translation>Международная конвенция для защиты всех лиц от насильственных исчезновений</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Refugees</source>
            <translation>Конвенция о статусе беженцев</translation>
        </message>
        <message>
            <source>Protocol relating to the Status of Refugees</source>
            <translation>Протокол, касающийся статуса беженцев</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Stateless Persons</source>
            <translation>Конвенция о статусе апатридов</translation>
        </message>
        <message>
            <source>Convention on the Reduction of Statelessness</source>
            <translation>Конвенция о сокращении безгражданства</translation>
        </message>
        <message>
            <source>Vienna Convention on Consular Relations</source>
            <translation>Венская конвенция о консульских сношениях</translation>
        </message>
        <message>
            <source>United Nations Convention against Transnational Organized Crime</source>
            <translation>Конвенция Организации Объединенных Наций против транснациональной организованной преступности</translation>
        </message>
        <message>
            <source>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Протокол о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности</translation>
        </message>
        <message>
            <source>Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Протокол против незаконного ввоза мигрантов по суше, морю и воздуху, дополняющий Конвенцию Организации Объединенных Наций против транснациональной организованной преступности</translation>
        </message>
        <message>
            <source>Forced Labour Convention, 1930 (No. 29)</source>
            <translation>Конвенция 1930 года о принудительном труде (№ 29)</translation>
        </message>
        <message>
            <source>Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)</source>
            <translation>Конвенция 1948 года о свободе ассоциации и защите права на организацию (№ 87)</translation>
        </message>
        <message>
            <source>Right to Organise and Collective Bargaining Convention, 1949 (No. 98)</source>
            <translation>Конвенция 1949 года о применении принципов права на организацию и на ведение коллективных переговоров (№ 98)</translation>
        </message>
        <message>
            <source>Equal Remuneration Convention, 1951 (No. 100)</source>
            <translation>Конвенция 1951 года о равном вознаграждении (№ 100)</translation>
        </message>
        <message>
            <source>Protocol of 2014 to the Forced Labour Convention, 1930</source>
            <translation>Протокол 2014 года к Конвенции 1930 года о принудительном труде</translation>
        </message>
        <message>
            <source>Migration for Employment Convention (Revised), 1949 (No. 97)</source>
            <translation>Конвенция 1949 года о трудящихся-мигрантах (пересмотренная) (№ 97)</translation>
        </message>
        <message>
            <source>Social Security (Minimum Standards) Convention, 1952 (No. 102)</source>
            <translation>Конвенция 1952 года о минимальных нормах социального обеспечения (№ 102)</translation>
        </message>
        <message>
            <source>Abolition of Forced Labour Convention, 1957 (No. 105)</source>
            <translation>Конвенция 1957 года об упразднении принудительного труда (№ 105)</translation>
        </message>
        <message>
            <source>Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</source>
            <translation>Конвенция 1958 года о дискриминации в области труда и занятий (№ 111)</translation>
        </message>
        <message>
            <source>Equality of Treatment (Social Security) Convention, 1962 (No. 118)</source>
            <translation>Конвенция 1962 года о равноправии в области социального обеспечения (№ 118)</translation>
        </message>
        <message>
            <source>Minimum Age Convention, 1973 (No. 138)</source>
            <translation>Конвенция 1973 года о минимальном возрасте для приема на работу (№ 138)</translation>
        </message>
        <message>
            <source>Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)</source>
            <translation>Конвенция 1975 года о трудящихся-мигрантах (дополнительные положения) (№ 143)</translation>
        </message>
        <message>
            <source>Occupational Safety and Health Convention, 1981 (No. 155)</source>
            <translation>Конвенция 1981 года о безопасности и гигиене труда (№ 155)</translation>
        </message>
        <message>
            <source>Maintenance of Social Security Rights Convention, 1982 (No. 157)</source>
            <translation>Конвенция 1982 года о сохранении прав в области социального обеспечения (№ 157)</translation>
        </message>
        <message>
            <source>Private Employment Agencies Convention, 1997 (No. 181)</source>
            <translation>Конвенция 1997 года о частных агентствах занятости (№ 181)</translation>
        </message>
        <message>
            <source>Worst Forms of Child Labour Convention, 1999 (No. 182)</source>
            <translation>Конвенция 1999 года о наихудших формах детского труда (№ 182)</translation>
        </message>
        <message>
            <source>Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)</source>
            <translation>Конвенция 2006 года об основах, содействующих безопасности и гигиене труда (№ 187)</translation>
        </message>
        <message>
            <source>Work in Fishing Convention, 2007 (No. 188)</source>
            <translation>Конвенция 2007 года о труде в рыболовном секторе (№ 188)</translation>
        </message>
        <message>
            <source>Maritime Labour Convention, 2006</source>
            <translation>Конвенция 2006 года о труде в морском судоходстве</translation>
        </message>
        <message>
            <source>Domestic Workers Convention, 2011 (No. 189)</source>
            <translation>Конвенция 2011 года о достойном труде домашних работников (№ 189)</translation>
        </message>
        <message>
            <source>Violence and Harassment Convention, 2019 (No. 190)</source>
            <translation>Конвенция 2019 года о насилии и домогательствах (№ 190)</translation>
        </message>
        <message>
            <source>African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa</source>
            <translation>Конвенция Африканского союза о защите и помощи внутренне перемещенным лицам в Африке</translation>
        </message>
        <message>
            <source>OAU Convention Governing the Specific Aspects of Refugee Problems in Africa</source>
            <translation>Конвенция ОАЕ, регулирующая конкретные аспекты проблем беженцев в Африке</translation>
        </message>
        <message>
            <source>Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment</source>
            <translation>Протокол к Договору о создании Африканского экономического сообщества, касающийся свободного передвижения лиц, права на проживание и права на учреждение</translation>
        </message>
        <message>
            <source>Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment</source>
            <translation>Протокол A/P.1/5/79 о свободном передвижении лиц, праве на проживание и праве на учреждение</translation>
        </message>
        <message>
            <source>European Convention on the Legal Status of Migrant Workers</source>
            <translation>Европейская конвенция о правовом статусе трудящихся-мигрантов</translation>
        </message>
        <message>
            <source>ASEAN Convention Against Trafficking in Persons, Especially Women and Children</source>
            <translation>Конвенция АСЕАН против торговли людьми, особенно женщинами и детьми</translation>
        </message>
        <message>
            <source>Guiding Principles on Internal Displacement</source>
            <translation>Руководящие принципы по вопросу о перемещении лиц внутри страны</translation>
        </message>
        <message>
            <source>ILO Multilateral Framework on Labour Migration</source>
            <translation>Многосторонние рамки МОТ в области трудовой миграции</translation>
        </message>
        <message>
            <source>Transforming our world: the 2030 Agenda for Sustainable Development</source>
            <translation>Преобразование нашего мира: Повестка дня в области устойчивого развития на период до 2030 года</translation>
        </message>
        <message>
            <source>Addis Ababa Action Agenda of the Third International Conference on Financing for Development</source>
            <translation>Аддис-Абебская программа действий третьей Международной конференции по финансированию развития</translation>
        </message>
        <message>
            <source>Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Сендайская рамочная программа по снижению риска бедствий на 2015–2030 годы</translation>
        </message>
        <message>
            <source>New York Declaration for Refugees and Migrants</source>
            <translation>Нью-Йоркская декларация о беженцах и мигрантах</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Глобальный договор о безопасной, упорядоченной и легальной миграции</translation>
        </message>
        <message>
            <source>Global Compact on Refugees</source>
            <translation>Глобальный договор о беженцах</translation>
        </message>
        <message>
            <source>African Union</source>
            <translation>Африканский союз</translation>
        </message>
        <message>
            <source>Economic Community of West African States (ECOWAS)</source>
            <translation>Экономическое сообщество западноафриканских государств (ЭКОВАС)</translation>
        </message>
        <message>
            <source>Council of Europe</source>
            <translation>Совет Европы</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations (ASEAN)</source>
            <translation>Ассоциация государств Юго-Восточной Азии (АСЕАН)</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations</source>
            <translation>Ассоциация государств Юго-Восточной Азии</translation>
        </message>
        <message>
            <source>Balance of payments</source>
            <translation>Платежный баланс</translation>
        </message>
        <message>
            <source>Committee on the Elimination of Racial Discrimination</source>
            <translation>Комитет по ликвидации расовой дискриминации</translation>
        </message>
        <message>
            <source>United Nations Department of Economic and Social Affairs</source>
            <translation>Департамент по экономическим и социальным вопросам Организации Объединенных Наций</translation>
        </message>
        <message>
            <source>Disaster risk reduction</source>
            <translation>Снижение риска бедствий</translation>
        </message>
        <message>
            <source>Economic Community of West African States</source>
            <translation>Экономическое сообщество западноафриканских государств</translation>
        </message>
        <message>
            <source>European Treaty Series (Council of Europe)</source>
            <translation>Серия европейских договоров (Совет Европы)</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>Европейский союз</translation>
        </message>
        <message>
            <source>Gross domestic product</source>
            <translation>Валовой внутренний продукт</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>Людские ресурсы</translation>
        </message>
        <message>
            <source>International Court of Justice</source>
            <translation>Международный Суд</translation>
        </message>
        <message>
            <source>Information and communications technology</source>
            <translation>Информационно-коммуникационные технологии</translation>
        </message>
        <message>
            <source>Labour force survey</source>
            <translation>Обследование рабочей силы</translation>
        </message>
        <message>
            <source>Multiple Indicator Cluster Survey</source>
            <translation>Многоиндикаторное кластерное обследование</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <translation>Неправительственная организация</translation>
        </message>
        <message>
            <source>Organization of African Unity, now the African Union</source>
            <translation>Организация африканского единства, ныне Африканский союз</translation>
        </message>
        <message>
            <source>Technical and vocational education and training</source>
            <translation>Техническое и профессиональное образование и подготовка</translation>
        </message>
        <message>
            <source>United Nations</source>
            <translation>Организация Объединенных Наций</translation>
        </message>
        <message>
            <source>Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)</source>
            <translation>Управление Верховного комиссара Организации Объединенных Наций по делам беженцев (Агентство ООН по делам беженцев)</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>Соединенные Штаты</translation>
        </message>
        <message>
            <source>World Health Organization</source>
            <translation>Всемирная организация здравоохранения</translation>
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation>ГДМ {number}: {label}</translation>
        </message>
    </context>
</TS>