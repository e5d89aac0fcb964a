<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>Erro inesperado</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation>Ocorreu um erro: {error}

Tudo até a sua última alteração está salvo no arquivo da oficina.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation>Não é possível fazer cópia de segurança</translation>
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation>O disco que contém as cópias de segurança tem menos de {mb} MB livres; por isso, não é possível fazer uma cópia de segurança antes desta importação. Importar mesmo assim, sem cópia de segurança? (Ctrl+Z ainda desfaz a importação.)</translation>
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation>Cópia de segurança não realizada: o disco está quase cheio. Libere espaço; suas alterações continuam salvas no arquivo da oficina.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>Falha na cópia de segurança: {reason}</translation>
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation>A pasta de cópia de segurança “{name}” está fora da pasta de cópias de segurança; nenhuma cópia de segurança foi feita.</translation>
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation>A oficina não passou na verificação de integridade; nenhuma cópia de segurança foi feita, para não substituir as cópias de segurança íntegras.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation>Esta cópia de segurança está danificada e não pode ser restaurada.</translation>
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation>Nada foi importado: o disco que contém as cópias de segurança tem menos de {mb} MB livres, por isso não foi possível fazer antes uma cópia de segurança. Libere espaço ou adicione --no-backup para importar sem cópia de segurança.</translation>
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation>nenhuma cópia de segurança foi feita antes da importação (o disco está quase cheio).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation>ao abrir</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>durante o trabalho</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>ao fechar</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>antes de uma atualização de formato</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de uma importação</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>antes de uma fusão</translation>
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
            <translation>Restaurar como novo arquivo…</translation>
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation>Gravar a cópia de segurança selecionada como um novo arquivo de oficina; esta oficina não é alterada</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Cópias de segurança</translation>
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation>Cópias desta oficina feitas automaticamente quando ela é aberta, a cada poucos minutos enquanto é alterada, quando é fechada e antes de importações. São mantidas as últimas 10 e uma por dia durante 30 dias. A restauração grava um novo arquivo; esta oficina permanece como está.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Feita em</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation>Ainda não há cópias de segurança desta oficina. A primeira é feita pouco depois de a oficina ser aberta.</translation>
        </message>
        <message>
            <source>restored {when}</source>
            <translation>restaurada {when}</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>Restaurar a cópia de segurança como</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Não é possível restaurar</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation>“{name}” já existe. Escolha um novo nome de arquivo: a restauração nunca substitui um arquivo.</translation>
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation>Restaurando em {path}…</translation>
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation>Restaurada como {path}</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Cópia de segurança restaurada</translation>
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation>A cópia de segurança foi gravada em “{path}”. Abri-la agora? (Esta oficina será fechada antes; ela permanece como está.)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Não restaurada: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation>Arquivo da oficina: {path} (formato {version})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>Integridade: FALHOU</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>Integridade: ok</translation>
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation>Validação: {n} problema(s)</translation>
        </message>
        <message>
            <source>Validation: ok</source>
            <translation>Validação: ok</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Registros:</translation>
        </message>
        <message>
            <source>Completeness:</source>
            <translation>Completude:</translation>
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation>não está armazenado como texto; o registro pode não ser exibido corretamente</translation>
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation>contém dados binários ({n} bytes) onde se espera {what}; é lido como vazio</translation>
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation>contém {value} onde se espera sim ou não (1 ou 0)</translation>
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation>contém “{value}” onde se espera {what}; é lido como vazio</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation>é longo demais ({n} caracteres, no máximo {max}); é exibido e exportado cortado em {max}</translation>
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation>contém “{value}”, que não é uma lista de valores; é lido como vazio</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>um número inteiro</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>sim ou não</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texto</translation>
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation>o registro da oficina está ausente</translation>
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation>o arquivo contém {n} registros de oficina; uma oficina tem exatamente um</translation>
        </message>
        <message>
            <source>Change journal</source>
            <translation>Diário de alterações</translation>
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation>{n} entradas estão danificadas (a primeira é a de número {seq}); o histórico dos registros afetados pode estar incompleto</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation>Verificar oficina</translation>
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation>Verificando “{name}”…</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copiar relatório</translation>
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation>✗ O arquivo está danificado. Continue trabalhando em uma cópia restaurada: Arquivo → Cópias de segurança… → Restaurar como novo arquivo.</translation>
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation>⚠ O arquivo está íntegro, mas {n} registro(s) precisa(m) de atenção (listados abaixo).</translation>
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation>✓ OK: o arquivo está íntegro e todos os registros são válidos.</translation>
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation>Não foi possível executar a verificação: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation>Verificando a oficina…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation>Digite para pesquisar…</translation>
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation>Setor (mais fraco primeiro)</translation>
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation>Pontuação de coerência (1 = incoerente, 5 = totalmente coerente)</translation>
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation>Políticas por avaliação</translation>
        </message>
        <message>
            <source>Policies:</source>
            <translation>Políticas:</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>não avaliado</translation>
        </message>
        <message>
            <source>no policy recorded</source>
            <translation>nenhuma política registrada</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Ainda não há nada para mostrar.</translation>
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation>Escolha os setores a analisar e, em seguida, atribua uma pontuação à coerência das políticas desses setores com a migração.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>não definida</translation>
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation>{sector}
Pontuação de coerência: {score}
Prioridade: {priority}
Políticas: {coherent} coerentes, {partly} parcialmente coerentes, {incoherent} incoerentes, de {total}</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation>Título e país definidos</translation>
        </message>
        <message>
            <source>The title or the country is not set</source>
            <translation>O título ou o país não foi definido</translation>
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation>Datas e local definidos</translation>
        </message>
        <message>
            <source>The dates or the venue are not set</source>
            <translation>As datas ou o local não foram definidos</translation>
        </message>
        <message>
            <source>National development strategy named</source>
            <translation>Estratégia nacional de desenvolvimento indicada</translation>
        </message>
        <message>
            <source>The national development strategy is not named</source>
            <translation>A estratégia nacional de desenvolvimento não foi indicada</translation>
        </message>
        <message>
            <source>Participants registered</source>
            <translation>Participantes inscritos</translation>
        </message>
        <message>
            <source>No participants are registered</source>
            <translation>Nenhum participante está inscrito</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>Sessões planejadas</translation>
        </message>
        <message>
            <source>No sessions are planned</source>
            <translation>Nenhuma sessão está planejada</translation>
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation>Um compromisso adotado ou em vigor</translation>
        </message>
        <message>
            <source>No commitment is adopted or in force</source>
            <translation>Nenhum compromisso está adotado ou em vigor</translation>
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation>Órgão líder e ponto focal indicados</translation>
        </message>
        <message>
            <source>No commitment names both a lead agency and a focal point</source>
            <translation>Nenhum compromisso indica ao mesmo tempo um órgão líder e um ponto focal</translation>
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation>Um mecanismo de coordenação registrado</translation>
        </message>
        <message>
            <source>No coordination mechanism is recorded</source>
            <translation>Nenhum mecanismo de coordenação foi registrado</translation>
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation>Os mecanismos têm membros</translation>
        </message>
        <message>
            <source>Some coordination mechanisms have no members</source>
            <translation>Alguns mecanismos de coordenação não têm membros</translation>
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation>Situação dos instrumentos internacionais examinada</translation>
        </message>
        <message>
            <source>The status of the international instruments is not reviewed (fewer than five recorded)</source>
            <translation>A situação dos instrumentos internacionais não foi examinada (menos de cinco registrados)</translation>
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation>Lista de verificação de preparação respondida</translation>
        </message>
        <message>
            <source>The readiness checklist is not fully answered</source>
            <translation>A lista de verificação de preparação não foi totalmente respondida</translation>
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation>Pelo menos 10 partes interessadas mapeadas</translation>
        </message>
        <message>
            <source>Fewer than 10 stakeholders are mapped</source>
            <translation>Menos de 10 partes interessadas foram mapeadas</translation>
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation>Todas as partes interessadas avaliadas quanto a influência e interesse</translation>
        </message>
        <message>
            <source>Some stakeholders are not rated for influence and interest</source>
            <translation>Algumas partes interessadas não foram avaliadas quanto a influência e interesse</translation>
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation>Todas as partes interessadas têm um mandato</translation>
        </message>
        <message>
            <source>Some stakeholders have no mandate recorded</source>
            <translation>Algumas partes interessadas não têm mandato registrado</translation>
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation>Relações entre partes interessadas registradas</translation>
        </message>
        <message>
            <source>No relations between stakeholders are recorded</source>
            <translation>Nenhuma relação entre partes interessadas foi registrada</translation>
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation>Organizações de migrantes ou da diáspora incluídas</translation>
        </message>
        <message>
            <source>No migrant or diaspora organisation is included</source>
            <translation>Nenhuma organização de migrantes ou da diáspora foi incluída</translation>
        </message>
        <message>
            <source>Data sources listed</source>
            <translation>Fontes de dados listadas</translation>
        </message>
        <message>
            <source>No data sources are listed</source>
            <translation>Nenhuma fonte de dados foi listada</translation>
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation>Todas as fontes de dados têm um detentor</translation>
        </message>
        <message>
            <source>Some data sources have no owner</source>
            <translation>Algumas fontes de dados não têm detentor</translation>
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation>Indicadores escolhidos</translation>
        </message>
        <message>
            <source>No indicators are chosen</source>
            <translation>Nenhum indicador foi escolhido</translation>
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation>Todos os indicadores associados às suas fontes de dados</translation>
        </message>
        <message>
            <source>Some indicators are matched to no data source</source>
            <translation>Alguns indicadores não estão associados a nenhuma fonte de dados</translation>
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation>Desagregações de cada fonte registradas</translation>
        </message>
        <message>
            <source>The disaggregations of some data sources are not recorded</source>
            <translation>As desagregações de algumas fontes de dados não foram registradas</translation>
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation>Setores escolhidos para análise</translation>
        </message>
        <message>
            <source>No sectors are chosen for review</source>
            <translation>Nenhum setor foi escolhido para análise</translation>
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation>Todos os setores avaliados com uma pontuação de coerência</translation>
        </message>
        <message>
            <source>Some sectors have no coherence score</source>
            <translation>Alguns setores não têm pontuação de coerência</translation>
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation>Políticas em vigor listadas para todos os setores</translation>
        </message>
        <message>
            <source>Some sectors have no policies listed</source>
            <translation>Alguns setores não têm políticas listadas</translation>
        </message>
        <message>
            <source>Recommendations written</source>
            <translation>Recomendações redigidas</translation>
        </message>
        <message>
            <source>No recommendations are written</source>
            <translation>Nenhuma recomendação foi redigida</translation>
        </message>
        <message>
            <source>Actions recorded</source>
            <translation>Ações registradas</translation>
        </message>
        <message>
            <source>No actions are recorded</source>
            <translation>Nenhuma ação foi registrada</translation>
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation>Todas as ações têm um ator responsável</translation>
        </message>
        <message>
            <source>Some actions have no responsible actor</source>
            <translation>Algumas ações não têm ator responsável</translation>
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation>Todas as ações têm prazo e prioridade</translation>
        </message>
        <message>
            <source>Some actions have no timeframe or no priority</source>
            <translation>Algumas ações não têm prazo ou prioridade</translation>
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation>Todas as ações têm um indicador</translation>
        </message>
        <message>
            <source>Some actions have no indicator</source>
            <translation>Algumas ações não têm indicador</translation>
        </message>
        <message>
            <source>Costs estimated</source>
            <translation>Custos estimados</translation>
        </message>
        <message>
            <source>Some actions have no cost estimate</source>
            <translation>Algumas ações não têm estimativa de custo</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation>Melhor cobertura</translation>
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation>Cobertura de cada indicador por cada fonte de dados</translation>
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation>Nenhuma fonte de dados para este indicador</translation>
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation>{indicator}
Melhor cobertura: {level}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>não registrada</translation>
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
            <translation>Ainda não há nada para mostrar.</translation>
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation>Adicione os indicadores que o plano vai acompanhar e registre quais fontes de dados podem alimentá-los.</translation>
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation>{gaps} de {total} indicadores ainda não têm fonte de dados (marcados com um sinal de alerta).</translation>
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation>Cada um dos {total} indicadores tem pelo menos uma fonte de dados.</translation>
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation>Ainda não foi registrada nenhuma cobertura.</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Fontes de dados que não cobrem nenhum indicador: {names}.</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation>Mapa de calor da cobertura</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendências</translation>
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
            <translation>Escolher a data em um calendário</translation>
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation>Opções</translation>
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
            <translation>Incluir dados pessoais</translation>
        </message>
        <message>
            <source>Names, emails and phone numbers of participants and contacts: leave this off for a report or workbook shared beyond the working group.</source>
            <translation>Nomes, e-mails e telefones dos participantes e contatos: desmarque para um relatório ou pasta de trabalho compartilhado fora do grupo de trabalho.</translation>
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation>Marcar como “versão preliminar para validação”</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>L&amp;ogotipo</translation>
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation>PNG ou JPEG opcional dos organizadores</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation>Exportar relatório PDF…</translation>
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation>Exportar pasta de trabalho Excel…</translation>
        </message>
        <message>
            <source>Import workbook…</source>
            <translation>Importar pasta de trabalho…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir pasta</translation>
        </message>
        <message>
            <source>Show the folder the file was written to</source>
            <translation>Mostrar a pasta em que o arquivo foi gravado</translation>
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
            <translation>A oficina está aberta em modo somente leitura</translation>
        </message>
        <message>
            <source>Report and workbook</source>
            <translation>Relatório e pasta de trabalho</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation>O relatório é elaborado a partir do conteúdo atual do arquivo da oficina; ele indica as lacunas que encontrar.</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation>O relatório é elaborado a partir do conteúdo atual do arquivo da oficina; ele indica as lacunas listadas abaixo.</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>completo</translation>
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation>ainda por fazer: {items}</translation>
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation>Logotipo dos organizadores</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Imagens (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>Relatório PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Pasta de trabalho Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation>Esta exportação não está disponível: {reason}</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Gravando {name}…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Gravado: {path}</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Falha: {reason}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelado; nada foi gravado.</translation>
        </message>
        <message>
            <source>Import workbook</source>
            <translation>Importar pasta de trabalho</translation>
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation>A importação não está disponível: {reason}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Lendo {name}…</translation>
        </message>
        <message>
            <source>Import indicator values</source>
            <translation>Importar valores dos indicadores</translation>
        </message>
        <message>
            <source>Tables of values (*.csv *.xlsx *.txt)</source>
            <translation>Tabelas de valores (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Columns used: {columns}</source>
            <translation>Colunas usadas: {columns}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>Colunas ignoradas: {columns}</translation>
        </message>
        <message>
            <source>Missing values (.., -, n/a) skipped: {n}</source>
            <translation>Valores ausentes (.., -, n/a) ignorados: {n}</translation>
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation>Não importado: não foi possível fazer antes uma cópia de segurança.</translation>
        </message>
        <message>
            <source>Backing up the workshop before the import…</source>
            <translation>Fazendo backup da oficina antes da importação…</translation>
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation>Importado: {n} alteração(ões). Ctrl+Z desfaz a importação.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation>A escala deve estar entre 1 e {max}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Record details</source>
            <translation>Detalhes do registro</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalhes</translation>
        </message>
        <message>
            <source>Close the details (Esc)</source>
            <translation>Fechar os detalhes (Esc)</translation>
        </message>
        <message>
            <source>Close the details</source>
            <translation>Fechar os detalhes</translation>
        </message>
    </context>
    <context>
        <name>Drops</name>
        <message>
            <source>Import indicator values?</source>
            <translation>Importar valores de indicadores?</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop (it has no About sheet). Read it as a table of indicator values? You will see what it changes before anything is written.</source>
            <translation>“{name}” não é uma pasta de trabalho exportada pelo Mainstream Desktop (não tem a planilha Sobre). Lê-la como uma tabela de valores de indicadores? Você verá o que ela muda antes que qualquer coisa seja gravada.</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Compromisso político</translation>
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation>Mapeamento institucional</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Inventário de dados</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Análise setorial</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglês</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francês</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espanhol</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Árabe</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russo</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinês</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Português</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Feminino</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Masculino</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Não informado</translation>
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
            <translation>Especialista convidado</translation>
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
            <translation>Decisão do gabinete ou do conselho de ministros</translation>
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation>Decreto presidencial ou ministerial</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Lei</translation>
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation>Política (livro verde/branco, documento ministerial)</translation>
        </message>
        <message>
            <source>National development plan provision</source>
            <translation>Disposição do plano nacional de desenvolvimento</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>Dotação orçamentária</translation>
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation>Comunicado ou declaração oficial</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Memorando de entendimento</translation>
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation>Plano nacional de implementação do PGM</translation>
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
            <translation>Proposto</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>Em preparação</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adotado</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>Em vigor</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Expirado</translation>
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation>Comitê interministerial</translation>
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation>Mecanismo de consulta com múltiplas partes interessadas</translation>
        </message>
        <message>
            <source>Technical working group</source>
            <translation>Grupo de trabalho técnico</translation>
        </message>
        <message>
            <source>Support group</source>
            <translation>Grupo de apoio</translation>
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation>Subcomitê temático</translation>
        </message>
        <message>
            <source>Steering committee</source>
            <translation>Comitê diretor</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Ativo</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Inativo</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Dissolvido</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Semanal</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Mensal</translation>
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
            <translation>Presidente</translation>
        </message>
        <message>
            <source>Co-chair</source>
            <translation>Copresidente</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretaria</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation>Ratificado ou com adesão</translation>
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation>Assinado, não ratificado</translation>
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation>Endossado (não vinculante)</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>Em consideração</translation>
        </message>
        <message>
            <source>Not party</source>
            <translation>Não é parte</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Não se aplica</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Desconhecido</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Parcialmente</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>Promotora</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Favorável</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutra</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>Cética</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Contrária</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Liderança</translation>
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation>Parceria (gerir de perto)</translation>
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation>Consulta (manter satisfeito)</translation>
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation>Informação (manter informado)</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Monitoramento</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Presta contas a</translation>
        </message>
        <message>
            <source>Coordinates with</source>
            <translation>Coordena com</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Financia</translation>
        </message>
        <message>
            <source>Shares data with</source>
            <translation>Compartilha dados com</translation>
        </message>
        <message>
            <source>Partners with</source>
            <translation>É parceiro de</translation>
        </message>
        <message>
            <source>Oversees</source>
            <translation>Supervisiona</translation>
        </message>
        <message>
            <source>Advises</source>
            <translation>Assessora</translation>
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation>Tensão ou sobreposição com</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>Contínua</translation>
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation>A cada 2–5 anos</translation>
        </message>
        <message>
            <source>Every 10 years</source>
            <translation>A cada 10 anos</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Pontual</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>Irregular</translation>
        </message>
        <message>
            <source>Some regions</source>
            <translation>Algumas regiões</translation>
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation>Área piloto ou amostral</translation>
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation>Nacionais no exterior</translation>
        </message>
        <message>
            <source>Open (published)</source>
            <translation>Aberto (publicado)</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>Mediante solicitação</translation>
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation>Mediante acordo de compartilhamento de dados</translation>
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation>Restrito (somente uso interno)</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Boa</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Razoável</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Fraca</translation>
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation>Indicador global dos ODS</translation>
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation>Indicador de progresso do PGM</translation>
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation>Indicador do plano nacional de desenvolvimento</translation>
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation>Indicador aproximado</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Parcial</translation>
        </message>
        <message>
            <source>Proxy only</source>
            <translation>Apenas aproximada</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planejada</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Nenhuma</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Média</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Baixa</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Regulamento</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Política</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>Estratégia</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plano</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation>Acordo bilateral</translation>
        </message>
        <message>
            <source>Regional agreement</source>
            <translation>Acordo regional</translation>
        </message>
        <message>
            <source>Explicitly</source>
            <translation>Explicitamente</translation>
        </message>
        <message>
            <source>Implicitly</source>
            <translation>Implicitamente</translation>
        </message>
        <message>
            <source>Not addressed</source>
            <translation>Não abordada</translation>
        </message>
        <message>
            <source>Coherent</source>
            <translation>Coerente</translation>
        </message>
        <message>
            <source>Partly coherent</source>
            <translation>Parcialmente coerente</translation>
        </message>
        <message>
            <source>Incoherent</source>
            <translation>Incoerente</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Não avaliada</translation>
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation>Curto prazo (&lt; 1 ano)</translation>
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation>Médio prazo (1–3 anos)</translation>
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation>Longo prazo (&gt; 3 anos)</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordada</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Em andamento</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Concluída</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonada</translation>
        </message>
        <message>
            <source>Migrant stocks</source>
            <translation>Estoque de migrantes</translation>
        </message>
        <message>
            <source>Migration flows</source>
            <translation>Fluxos migratórios</translation>
        </message>
        <message>
            <source>Return migration</source>
            <translation>Migração de retorno</translation>
        </message>
        <message>
            <source>Refugees and displacement</source>
            <translation>Refugiados e deslocamentos</translation>
        </message>
        <message>
            <source>Internal migration</source>
            <translation>Migração interna</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Remessas</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>Diáspora</translation>
        </message>
        <message>
            <source>Labour migration</source>
            <translation>Migração laboral</translation>
        </message>
        <message>
            <source>Women and girls at risk</source>
            <translation>Mulheres e meninas em situação de risco</translation>
        </message>
        <message>
            <source>Unaccompanied or separated children</source>
            <translation>Crianças desacompanhadas ou separadas</translation>
        </message>
        <message>
            <source>Victims of trafficking</source>
            <translation>Vítimas de tráfico de pessoas</translation>
        </message>
        <message>
            <source>Migrants in an irregular situation</source>
            <translation>Migrantes em situação irregular</translation>
        </message>
        <message>
            <source>Refugees and asylum seekers</source>
            <translation>Refugiados e solicitantes de asilo</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>Apátridas</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>Pessoas deslocadas internamente</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>Pessoas com deficiência</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>Pessoas idosas</translation>
        </message>
        <message>
            <source>Migrant domestic workers</source>
            <translation>Trabalhadores domésticos migrantes</translation>
        </message>
        <message>
            <source>Returnees</source>
            <translation>Retornados</translation>
        </message>
        <message>
            <source>Families left behind</source>
            <translation>Famílias que permanecem no país de origem</translation>
        </message>
        <message>
            <source>Progress review</source>
            <translation>Revisão do progresso</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Revisão anual</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>Revisão intercalar</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>Avaliação final</translation>
        </message>
        <message>
            <source>Budget preparation round</source>
            <translation>Rodada de elaboração do orçamento</translation>
        </message>
        <message>
            <source>International reporting</source>
            <translation>Relatórios internacionais</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>Gerir de perto</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Manter satisfeito</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Manter informado</translation>
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
            <translation>Nome do país (se não estiver na lista)</translation>
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation>Somente para um código de país fictício ou atribuído pelo usuário.</translation>
        </message>
        <message>
            <source>National development strategy</source>
            <translation>Estratégia nacional de desenvolvimento</translation>
        </message>
        <message>
            <source>Strategy period</source>
            <translation>Período da estratégia</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Local</translation>
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation>Idioma dos produtos</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organizadores</translation>
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation>Objetivo e âmbito</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>Título abreviado</translation>
        </message>
        <message>
            <source>Printed at the top of every report page.</source>
            <translation>Impresso no topo de cada página do relatório.</translation>
        </message>
        <message>
            <source>Regional organisations</source>
            <translation>Organizações regionais</translation>
        </message>
        <message>
            <source>The regional instruments of these organisations are reviewed too.</source>
            <translation>Os instrumentos regionais dessas organizações também são analisados.</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>Prefácio</translation>
        </message>
        <message>
            <source>Validated by</source>
            <translation>Validado por</translation>
        </message>
        <message>
            <source>The body or meeting that validated the report.</source>
            <translation>O órgão ou a reunião que validou o relatório.</translation>
        </message>
        <message>
            <source>Validated on</source>
            <translation>Data de validação</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>Signatário</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>Cargo do signatário</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>Isenção de responsabilidade</translation>
        </message>
        <message>
            <source>Empty: the report prints the standard disclaimer.</source>
            <translation>Se ficar em branco, o relatório imprime a isenção de responsabilidade padrão.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos passos</translation>
        </message>
        <message>
            <source>Link to the budget cycle</source>
            <translation>Vínculo com o ciclo orçamentário</translation>
        </message>
        <message>
            <source>When and how the actions enter the national budget.</source>
            <translation>Quando e como as ações são incorporadas ao orçamento nacional.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organização</translation>
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation>Organização (se não for parte interessada)</translation>
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
            <translation>Função</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Início</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Término</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Instrumento</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Emitido por</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>Órgão líder</translation>
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation>Ponto focal (nome)</translation>
        </message>
        <message>
            <source>Focal point contact</source>
            <translation>Contato do ponto focal</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandato</translation>
        </message>
        <message>
            <source>Budget allocated</source>
            <translation>Orçamento alocado</translation>
        </message>
        <message>
            <source>Reference or link</source>
            <translation>Referência ou link</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidência</translation>
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation>Termos de referência adotados</translation>
        </message>
        <message>
            <source>Year established</source>
            <translation>Ano de criação</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>Frequência</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>Mecanismo</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membro</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Representante</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation>Reservas ou declarações</translation>
        </message>
        <message>
            <source>Implementing body</source>
            <translation>Órgão de execução</translation>
        </message>
        <message>
            <source>National implementation</source>
            <translation>Implementação nacional</translation>
        </message>
        <message>
            <source>Laws, bodies and programmes that give it effect.</source>
            <translation>Leis, órgãos e programas que lhe dão efeito.</translation>
        </message>
        <message>
            <source>Last report to the treaty body</source>
            <translation>Último relatório apresentado ao órgão de tratado</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>Próximo relatório previsto</translation>
        </message>
        <message>
            <source>Treaty-body and UPR recommendations accepted</source>
            <translation>Recomendações aceitas dos órgãos de tratado e da RPU</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>Cumprido</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidências</translation>
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
            <translation>Órgão superior</translation>
        </message>
        <message>
            <source>Thematic areas</source>
            <translation>Áreas temáticas</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influência</translation>
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation>1 = pouco poder sobre o processo, 5 = decisivo</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Interesse</translation>
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation>1 = pouco interesse no resultado, 5 = central</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Posição</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>Envolvimento</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Pessoa de contato</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>E-mail de contato</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Telefone de contato</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Lacunas e sobreposições</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relação</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Intensidade</translation>
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation>1 = fraca, 3 = forte</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Detentor</translation>
        </message>
        <message>
            <source>Periodicity</source>
            <translation>Periodicidade</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Ano mais recente</translation>
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation>Cobertura geográfica</translation>
        </message>
        <message>
            <source>Migration variables</source>
            <translation>Variáveis de migração</translation>
        </message>
        <message>
            <source>Disaggregations</source>
            <translation>Desagregações</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualidade</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Lacunas</translation>
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
            <translation>Indicador dos ODS</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>Objetivos do PGM</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>Ano da linha de base</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>Ano da meta</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsável</translation>
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation>Desagregações necessárias</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Fonte de dados</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation>Desagregações disponíveis</translation>
        </message>
        <message>
            <source>For a period, its last year.</source>
            <translation>Para um período, informe o último ano.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Only for a value over several years: 2015–2019.</source>
            <translation>Somente para um valor referente a vários anos: 2015–2019.</translation>
        </message>
        <message>
            <source>Disaggregated by</source>
            <translation>Desagregado por</translation>
        </message>
        <message>
            <source>Empty for the total.</source>
            <translation>Deixe em branco para o total.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>The group of the disaggregation: Female, 15–24…</source>
            <translation>O grupo da desagregação: Feminino, 15–24…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Empty: the indicator's unit.</source>
            <translation>Se ficar em branco: a unidade do indicador.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fonte</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Lead ministry</source>
            <translation>Ministério líder</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation>Como a migração afeta o setor</translation>
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation>Como o setor afeta a migração</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Coerência das políticas</translation>
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation>1 = as políticas se contradizem, 5 = totalmente coerentes</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recomendações</translation>
        </message>
        <message>
            <source>SDG targets</source>
            <translation>Metas dos ODS</translation>
        </message>
        <message>
            <source>Human rights</source>
            <translation>Direitos humanos</translation>
        </message>
        <message>
            <source>Non-discrimination, access to services and to justice, detention: what the group found.</source>
            <translation>Não discriminação, acesso a serviços e à justiça, detenção: o que o grupo constatou.</translation>
        </message>
        <message>
            <source>Gender effects</source>
            <translation>Efeitos de gênero</translation>
        </message>
        <message>
            <source>How the sector's policies affect migrant women and men differently.</source>
            <translation>Como as políticas do setor afetam de forma diferente mulheres e homens migrantes.</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations</source>
            <translation>Grupos em situação de vulnerabilidade</translation>
        </message>
        <message>
            <source>Other sectors affected</source>
            <translation>Outros setores afetados</translation>
        </message>
        <message>
            <source>Knock-on effects on other sectors</source>
            <translation>Efeitos indiretos em outros setores</translation>
        </message>
        <message>
            <source>Year adopted</source>
            <translation>Ano de adoção</translation>
        </message>
        <message>
            <source>Addresses migration</source>
            <translation>Aborda a migração</translation>
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation>Coerência com os objetivos de migração</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>Raised in step</source>
            <translation>Levantado na etapa</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Parceiros</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Prazo</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Custo estimado</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <source>Amount secured</source>
            <translation>Valor garantido</translation>
        </message>
        <message>
            <source>Of the estimated cost, in the same currency.</source>
            <translation>Do custo estimado, na mesma moeda.</translation>
        </message>
        <message>
            <source>Funding partner</source>
            <translation>Parceiro financiador</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>Ano de início</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>Ano de término</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>Meios de verificação</translation>
        </message>
        <message>
            <source>Monitoring frequency</source>
            <translation>Frequência do monitoramento</translation>
        </message>
        <message>
            <source>Monitored by</source>
            <translation>Monitorado por</translation>
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
            <translation>Viabilidade</translation>
        </message>
        <message>
            <source>1 = hard to deliver, 5 = ready to start</source>
            <translation>1 = difícil de executar, 5 = pode começar de imediato</translation>
        </message>
        <message>
            <source>Readiness gaps answered</source>
            <translation>Lacunas de preparação atendidas</translation>
        </message>
        <message>
            <source>Legal gaps answered</source>
            <translation>Lacunas jurídicas atendidas</translation>
        </message>
        <message>
            <source>Data gap answered</source>
            <translation>Lacuna de dados atendida</translation>
        </message>
        <message>
            <source>An indicator the action gives a data source.</source>
            <translation>Indicador para o qual a ação fornece uma fonte de dados.</translation>
        </message>
        <message>
            <source>What is reviewed</source>
            <translation>Objeto da revisão</translation>
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation>Ainda não há {what} — adicione registros em “{step}”</translation>
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation>“{name}” não é um arquivo comum (é uma pasta, um dispositivo, um pipe ou um link); escolha outro nome de arquivo.</translation>
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation>“{name}” é a própria oficina; escolha outro nome de arquivo.</translation>
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation>“{name}” foi indicado para duas exportações; escolha um nome diferente para cada uma.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>o disco está cheio</translation>
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation>permissão negada ou mídia somente leitura</translation>
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation>um erro de entrada/saída (o pen drive ainda está conectado?)</translation>
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation>Não foi possível gravar “{name}”: {reason}. Nada foi alterado.</translation>
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation>“{name}” já existe (use --force para substituí-lo).</translation>
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation>A pasta “{name}” não existe.</translation>
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation>“{name}” não existe.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation>“{name}” é uma pasta, não um arquivo de oficina.</translation>
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation>“{name}” tem ao lado um arquivo WAL (“{wal}”), que os arquivos de oficina nunca usam: ele foi alterado por outro programa. Retire “{wal}” desse local para abrir o arquivo como está.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>Não é possível ler “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation>“{name}” está em uma mídia somente leitura ou em uma pasta na qual você não pode gravar: pode ser verificado e exportado, mas não alterado. Copie-o para uma pasta com permissão de gravação para editá-lo.</translation>
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation>Uma consulta na oficina ultrapassou o limite ({steps} milhões de passos), muito mais do que qualquer oficina real exige: o arquivo pode ter sido forjado ou estar danificado. Nada foi alterado.</translation>
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation>objeto {kind} inesperado “{object}”</translation>
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation>objeto {kind} alterado “{object}”</translation>
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation>objeto {kind} ausente “{object}”</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation>“{name}” é um arquivo de oficina danificado ou não é uma oficina gravada por esta versão ({difference}). Não foi aberto.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>“{name}” está vazio: não é um arquivo de oficina.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation>“{name}” não é um arquivo de oficina (não é um banco de dados SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation>“{name}” é um banco de dados de outro aplicativo, não um arquivo de oficina.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation>“{name}” foi gravado por uma versão mais recente do Mainstream Desktop (formato de arquivo {found}; esta versão lê até o {supported}). Atualize o aplicativo para abri-lo.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation>“{name}” é um arquivo de oficina danificado (sem versão de esquema).</translation>
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation>“{name}” está no modo WAL, que os arquivos de oficina nunca usam: foi alterado por outro programa e não será aberto.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation>“{name}” é um arquivo de oficina danificado (tamanho de página inválido).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation>“{name}” não é um arquivo regular (é um dispositivo, um pipe ou um socket): não é um arquivo de oficina.</translation>
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation>“{name}” está truncado ({size} de {expected} bytes). Restaure-o a partir de uma cópia de segurança.</translation>
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation>“{name}” está truncado ou danificado (seu tamanho não corresponde a um número inteiro de páginas). Restaure-o a partir de uma cópia de segurança.</translation>
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation>“{name}” usa um formato de arquivo mais antigo e precisa ser aberto uma vez para gravação, para ser atualizado.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation>Não é possível abrir “{name}”: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation>“{name}” está danificado ({reason}). Restaure-o a partir de uma cópia de segurança.</translation>
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation>“{name}” está sendo gravado por outro programa; tente novamente quando ele for fechado.</translation>
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation>O registro da oficina está ausente.</translation>
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation>Esta oficina está aberta em modo somente leitura.</translation>
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation>“{name}” não foi fechado corretamente (falha do programa ou queda de energia). Abra-o uma vez para edição, na janela, para recuperar o último estado salvo.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation>“{name}” é um arquivo de oficina danificado (a tabela {table} não tem {columns}).</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation>“{name}” é um arquivo de oficina danificado (sem identificador da oficina).</translation>
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation>“{journal}”, ao lado de “{name}”, não é o diário desta oficina (pertence a outro banco de dados ou está danificado); reproduzi-lo destruiria a oficina. Retire “{journal}” desse local e abra o arquivo novamente.</translation>
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation>A pasta de dados “{path}” não pode ser usada ({reason}): não é possível manter cópias de segurança. Defina MAINSTREAM_DESKTOP_HOME com uma pasta na qual você possa gravar.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation>Oficina Mainstream (*.mainstream)</translation>
        </message>
    </context>
    <context>
        <name>FocusBar</name>
        <message>
            <source>Question being discussed</source>
            <translation>Pergunta em discussão</translation>
        </message>
        <message>
            <source>Previous question (Ctrl+,)</source>
            <translation>Pergunta anterior (Ctrl+,)</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>Pergunta anterior</translation>
        </message>
        <message>
            <source>Next question (Ctrl+.)</source>
            <translation>Próxima pergunta (Ctrl+.)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Próxima pergunta</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>Pergunta {n} de {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation>Cópia para um grupo de trabalho</translation>
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation>Nome do grupo de trabalho (aparece na barra de título da cópia e na fusão das cópias):</translation>
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation>Salvar a cópia do grupo de trabalho como</translation>
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation>Cópia para o grupo de trabalho “{group}” salva como {path}. Para reincorporá-la, use Arquivo ▸ Fundir arquivos dos grupos de trabalho…</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>Não é possível salvar a cópia</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation>adicionado</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>alterado</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>excluído</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>restaurado</translation>
        </message>
        <message>
            <source>(the record)</source>
            <translation>(o registro)</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguém</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Who (device)</source>
            <translation>Quem (dispositivo)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>O quê</translation>
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
            <translation>Depois</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>Restaurar este valor</translation>
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation>Repor no campo o valor gravado por esta alteração (Ctrl+Z desfaz a restauração)</translation>
        </message>
        <message>
            <source>Restore the value before</source>
            <translation>Restaurar o valor anterior</translation>
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation>Repor no campo o valor que ele tinha antes desta alteração (Ctrl+Z desfaz a restauração)</translation>
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation>Histórico de {what} “{name}”</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>Não restaurado: {reason}</translation>
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation>O campo “{field}” já tem este valor.</translation>
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation>Valor do campo “{field}” restaurado. Ctrl+Z na janela desfaz a restauração.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation>Nada foi importado: a pasta de trabalho tem {n} erro(s). Primeiro: {first}</translation>
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation>A oficina foi alterada desde a pré-visualização da importação; pré-visualize-a novamente.</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>Nada foi importado: {reason}</translation>
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation>é obrigatória, mas a planilha não tem essa coluna</translation>
        </message>
        <message>
            <source>the workshop</source>
            <translation>a oficina</translation>
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation>é uma nova linha idêntica a um registro já existente em {where}; esta pasta de trabalho já foi importada antes?</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>linha {row}</translation>
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation>“{name}” tem duas planilhas para uma mesma lista, {first} e {second}; mantenha apenas uma.</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation>“{name}” não é uma pasta de trabalho exportada pelo Mainstream Desktop: não contém nenhuma das planilhas {sheets}.</translation>
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation>esta planilha não faz parte da pasta de trabalho da oficina; ignorada</translation>
        </message>
        <message>
            <source>“{name}” has a sheet {sheet} whose name could mean any of the sheets {sheets}; rename it to one of them.</source>
            <translation>“{name}” tem uma planilha {sheet} cujo nome pode indicar qualquer uma das planilhas {sheets}; renomeie-a com um desses nomes.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation>“{name}” foi gravada por uma versão mais recente do Mainstream Desktop; atualize o aplicativo para importá-la.</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing</source>
            <translation>falta a planilha {sheet}</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its name</source>
            <translation>; ela foi renomeada como “{other}”? Devolva-lhe o nome original</translation>
        </message>
        <message>
            <source>sheet {sheet}: the hidden id column (column A) is missing. Without it the rows cannot be matched to the records they show and every row would be added again; use the workbook with its column A as it was exported</source>
            <translation>planilha {sheet}: falta a coluna oculta de identificadores (coluna A). Sem ela, as linhas não podem ser associadas aos registros que mostram e todas as linhas seriam adicionadas novamente; use a pasta de trabalho com a coluna A tal como foi exportada</translation>
        </message>
        <message>
            <source>sheet {sheet}: the column “{column}” is missing</source>
            <translation>planilha {sheet}: falta a coluna “{column}”</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its header</source>
            <translation>; ela foi renomeada como “{other}”? Devolva-lhe o cabeçalho original</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported: sheets or columns were renamed or deleted. Put them back as they were exported (the About sheet lists every sheet and column) and import again; nothing was imported.</source>
            <translation>Não é possível importar “{name}”: planilhas ou colunas foram renomeadas ou excluídas. Restaure-as tal como foram exportadas (a planilha Sobre lista todas as planilhas e colunas) e importe novamente; nada foi importado.</translation>
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation>esta coluna aparece duas vezes na planilha</translation>
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation>não é uma coluna desta planilha; ignorada</translation>
        </message>
        <message>
            <source>the cell holds more than {n} characters, more than a spreadsheet cell can</source>
            <translation>a célula contém mais de {n} caracteres, mais do que uma célula de planilha comporta</translation>
        </message>
        <message>
            <source>the cell holds the spreadsheet error {error}, not a value: correct what caused it or type the value itself</source>
            <translation>a célula contém o erro de planilha {error}, e não um valor: corrija a causa do erro ou digite o próprio valor</translation>
        </message>
        <message>
            <source>is a formula whose result is the spreadsheet error {error}; formulas are not calculated on import, type the value instead</source>
            <translation>é uma fórmula cujo resultado é o erro de planilha {error}; as fórmulas não são calculadas na importação: digite o valor em vez da fórmula</translation>
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation>é uma fórmula sem valor salvo; as fórmulas não são calculadas na importação: digite o valor em vez da fórmula</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation>é uma fórmula; ela não foi calculada, foi usado o seu valor salvo “{value}”</translation>
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation>esta planilha comporta uma única linha; remova as demais</translation>
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation>não é um identificador de registro; deixe o identificador vazio para um novo registro</translation>
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation>o mesmo registro aparece duas vezes (também na linha {row})</translation>
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation>este registro foi excluído na oficina; apague o identificador para adicioná-lo novamente</translation>
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation>este identificador pertence a um registro de outra planilha; deixe o identificador vazio para um novo registro</translation>
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation>{n} registros da planilha {sheet} têm este nome; torne os nomes diferentes</translation>
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation>não há {record} com este nome na planilha {sheet} nem na oficina</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>coluna “{column}”</translation>
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation>Importação de “{name}”:</translation>
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{sheet}: {added} a adicionar, {updated} a atualizar, {unchanged} sem alteração</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Avisos:</translation>
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation>{n} erro(s); nada será importado até que sejam corrigidos:</translation>
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation>… e mais {n} erros não listados.</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>“{name}” não existe ou não é um arquivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>“{name}” é grande demais para importar ({mb} MB; no máximo {max} MB).</translation>
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation>“{name}” é uma pasta de trabalho .xls de formato antigo ou está protegida por senha. Abra-a em um programa de planilhas e salve-a como pasta de trabalho do Excel (.xlsx) sem senha.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation>“{name}” não é uma pasta de trabalho do Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation>“{name}” está danificado e não pode ser lido ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation>“{name}” é grande demais para importar ({mb} MB descompactado; no máximo {max} MB).</translation>
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation>“{name}” contém mais de {max} textos diferentes, mais do que uma pasta de trabalho dentro dos limites da importação poderia precisar; foi recusado.</translation>
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation>“{name}” contém estruturas que nenhum programa de planilhas grava (declarações de entidades XML ou uma taxa de compressão extrema) e foi recusado por ser potencialmente nocivo.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation>“{name}” é grande demais para importar.</translation>
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation>A importação requer o pacote defusedxml, que protege contra pastas de trabalho nocivas; ele não está instalado.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation>A planilha {sheet} de “{name}” tem mais de {max} células preenchidas; divida a pasta de trabalho.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation>A planilha {sheet} de “{name}” tem mais de {max} linhas; divida a pasta de trabalho.</translation>
        </message>
        <message>
            <source>{first}, … ({n} values; see the drop-down list)</source>
            <translation>{first}, … ({n} valores; veja a lista suspensa)</translation>
        </message>
        <message>
            <source>“{value}”: several values are separated by “; ”, not by commas (a comma may be part of a value); write “{fixed}”</source>
            <translation>“{value}”: vários valores são separados por “; ”, e não por vírgulas (uma vírgula pode fazer parte de um valor); escreva “{fixed}”</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values: {allowed}</source>
            <translation>“{value}” não é um dos valores permitidos: {allowed}</translation>
        </message>
        <message>
            <source>{values} are not among the allowed values: {allowed}</source>
            <translation>{values} não estão entre os valores permitidos: {allowed}</translation>
        </message>
        <message>
            <source>. Did you mean “{suggestion}”?</source>
            <translation>. Você quis dizer “{suggestion}”?</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation>Problemas encontrados (nada é importado enquanto houver algum):</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation>Importar pasta de trabalho</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Adicionados</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atualizados</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sem alteração</translation>
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation>Serão adicionados {added} registro(s) e atualizados {updated}. A importação é uma única operação: Desfazer a reverte por completo.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation>A pasta de trabalho não pode ser importada até que os problemas abaixo sejam corrigidos.</translation>
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
            <translation>Matriz poder–interesse</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Rede</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation>Idioma desconhecido “{code}”; use um destes: {codes}.</translation>
        </message>
        <message>
            <source>{n} texts are not yet translated into “{code}”; they appear in English.</source>
            <translation>{n} textos ainda não foram traduzidos para “{code}”; eles aparecem em inglês.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation>{user} em {host} (processo {pid}) desde {when}</translation>
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation>A pasta “{name}” continua bloqueada por outro programa; tente novamente em instantes.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation>“{name}” está aberto em outra janela: {holder}.</translation>
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation>“{name}”, ao lado da oficina, é uma pasta, não um registro de bloqueio; remova-a e tente novamente.</translation>
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation>“{name}” acabou de ser aberto por outro programa; tente novamente.</translation>
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation>“{name}” está aberto em uma janela: {holder}. Feche-o lá primeiro.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nova oficina…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workshop</source>
            <translation>Abrir a oficina de &amp;exemplo</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Salvar uma &amp;cópia como…</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importar pasta de trabalho…</translation>
        </message>
        <message>
            <source>Import indicator &amp;values…</source>
            <translation>Importar va&amp;lores dos indicadores…</translation>
        </message>
        <message>
            <source>Read the values of indicators from a table a statistical office published (CSV or Excel, long or wide)</source>
            <translation>Ler os valores dos indicadores de uma tabela publicada por um instituto de estatística (CSV ou Excel, em formato longo ou largo)</translation>
        </message>
        <message>
            <source>Copy for a &amp;working group…</source>
            <translation>Cópia para um &amp;grupo de trabalho…</translation>
        </message>
        <message>
            <source>Save a copy for a working group to edit on another laptop, to merge back later</source>
            <translation>Salvar uma cópia para um grupo de trabalho editar em outro notebook, para fusão posterior</translation>
        </message>
        <message>
            <source>&amp;Merge working-group files…</source>
            <translation>&amp;Fundir arquivos dos grupos de trabalho…</translation>
        </message>
        <message>
            <source>Merge the working groups' copies into a new workshop file, deciding every conflict</source>
            <translation>Fundir as cópias dos grupos de trabalho em um novo arquivo de oficina, resolvendo cada conflito</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>Có&amp;pias de segurança…</translation>
        </message>
        <message>
            <source>The automatic backups of this workshop; restore one as a new file</source>
            <translation>As cópias de segurança automáticas desta oficina; restaure uma delas como novo arquivo</translation>
        </message>
        <message>
            <source>C&amp;heck workshop</source>
            <translation>&amp;Verificar oficina</translation>
        </message>
        <message>
            <source>Check the file's integrity and every record</source>
            <translation>Verificar a integridade do arquivo e todos os registros</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>Fec&amp;har oficina</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Novo registro</translation>
        </message>
        <message>
            <source>Add a record to the register shown (Ctrl+N)</source>
            <translation>Adicionar um registro à lista exibida (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>E&amp;xcluir registro</translation>
        </message>
        <message>
            <source>&amp;Find in the workshop…</source>
            <translation>&amp;Localizar na oficina…</translation>
        </message>
        <message>
            <source>Search every register of the workshop and go to the record</source>
            <translation>Pesquisar todos os registros da oficina e ir ao registro</translation>
        </message>
        <message>
            <source>F&amp;ilter this table</source>
            <translation>F&amp;iltrar esta tabela</translation>
        </message>
        <message>
            <source>Record &amp;history…</source>
            <translation>&amp;Histórico do registro…</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Quem alterou o registro selecionado, quando e o quê (Ctrl+H)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Modo de apresentação</translation>
        </message>
        <message>
            <source>Full screen, large type, for the projector (F11)</source>
            <translation>Tela cheia, letras grandes, para o projetor (F11)</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>Mostrar &amp;orientação</translation>
        </message>
        <message>
            <source>P&amp;revious step</source>
            <translation>Etapa a&amp;nterior</translation>
        </message>
        <message>
            <source>Ne&amp;xt step</source>
            <translation>&amp;Próxima etapa</translation>
        </message>
        <message>
            <source>&amp;About Mainstream Desktop</source>
            <translation>&amp;Sobre o Mainstream Desktop</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Desfazer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refazer</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>Ir para a página {n}</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recentes</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>Export &amp;PDF report…</source>
            <translation>Exportar relatório &amp;PDF…</translation>
        </message>
        <message>
            <source>Write the report as a PDF (options on the Deliverables page)</source>
            <translation>Gravar o relatório em PDF (opções na página Produtos)</translation>
        </message>
        <message>
            <source>Export &amp;Excel workbook…</source>
            <translation>Exportar pasta de trabalho &amp;Excel…</translation>
        </message>
        <message>
            <source>Write the workbook to fill in and send back</source>
            <translation>Gravar a pasta de trabalho para preencher e devolver</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atalhos de &amp;teclado</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation>{title} — Grupo de trabalho: {group}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (somente leitura)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Somente leitura</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Todas as alterações salvas</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Boas-vindas</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>Abrindo “{name}”…</translation>
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation>Não é possível abrir a oficina</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>Não é possível ler “{name}”: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Não é possível desfazer</translation>
        </message>
        <message>
            <source>The workshop was not closed properly last time: its last saved state was recovered (the file and journal as found are kept in its backups).</source>
            <translation>A oficina não foi fechada corretamente da última vez: seu último estado salvo foi recuperado (o arquivo e o diário, como foram encontrados, estão guardados nos seus backups).</translation>
        </message>
        <message>
            <source>Open a workshop</source>
            <translation>Abrir uma oficina</translation>
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation>Não é possível gravar o exemplo</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>Não é possível criar a oficina</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>cópia</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Salvar uma cópia como</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>Não é possível salvar uma cópia</translation>
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation>Cópia salva como {path}</translation>
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation>Última alteração gravada no arquivo às {time}</translation>
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation>Sobre o Mainstream Desktop</translation>
        </message>
        <message>
            <source>Portable mode: settings, backups and logs are kept in “{folder}”, beside the program.</source>
            <translation>Modo portátil: as configurações, as cópias de segurança e os logs são mantidos em “{folder}”, ao lado do programa.</translation>
        </message>
        <message>
            <source>Settings, backups and logs are kept in “{folder}”.</source>
            <translation>As configurações, as cópias de segurança e os logs são mantidos em “{folder}”.</translation>
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation>Mainstream Desktop {version}

Orienta um grupo de trabalho nacional na integração da migração no planejamento do desenvolvimento. Cada alteração é gravada no arquivo da oficina no momento em que é feita.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Idioma do sistema</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation>Indique pelo menos dois arquivos de oficina para fundir.</translation>
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation>{n} conflito(s); nada foi gravado. Resolva-os na janela (Arquivo ▸ Fundir arquivos dos grupos de trabalho…) ou adicione --resolve newest ou --resolve FILE.</translation>
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation>--resolve aceita “newest” ou um dos arquivos que estão sendo fundidos, não “{value}”.</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>excluído</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>editado</translation>
        </message>
        <message>
            <source>refers to it</source>
            <translation>faz referência a ele</translation>
        </message>
        <message>
            <source>changed differently</source>
            <translation>alterado de formas diferentes</translation>
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation>editado em um arquivo, excluído em outro</translation>
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation>faz referência a um registro que outro arquivo excluiu</translation>
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation>adicionado em dois arquivos com o mesmo nome</translation>
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation>os órgãos superiores formam um ciclo depois de combinados</translation>
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation>“{name}” é cópia de uma oficina diferente de “{first}”; só é possível fundir cópias de uma mesma oficina.</translation>
        </message>
        <message>
            <source>“{name}” has a damaged change journal (entry {n}); it cannot be merged. Check it with “mainstream-desktop check”.</source>
            <translation>“{name}” tem um diário de alterações danificado (entrada {n}); não pode ser fundido. Verifique-o com “mainstream-desktop check”.</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>dispositivo {id}</translation>
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation>{n} conflito(s) não resolvido(s); nada foi gravado.</translation>
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation>A oficina fundida não seria válida: {why}. Nada foi gravado.</translation>
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation>O grupo de trabalho precisa de um nome (no máximo 80 caracteres).</translation>
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation>{name} [{group}]:</translation>
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation>nenhuma alteração desde que as cópias foram feitas</translation>
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation>{register}: {added} adicionado(s), {changed} alterado(s), {deleted} excluído(s)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation>Fundir arquivos dos grupos de trabalho</translation>
        </message>
        <message>
            <source>Review the merge</source>
            <translation>Revisar a fusão</translation>
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation>Mais recente prevalece nos demais</translation>
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation>Resolver todos os conflitos ainda em aberto mantendo a alteração mais recente (um nome adicionado duas vezes mantém os dois registros)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Fundir…</translation>
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation>Gravar a oficina fundida como um novo arquivo</translation>
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation>Arquivos dos grupos de trabalho a fundir</translation>
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation>{name} — a oficina aberta nesta janela</translation>
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation>Lendo {n} arquivos…</translation>
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation>Nenhum conflito: as alterações dos arquivos são compatíveis.</translation>
        </message>
        <message>
            <source>This workshop</source>
            <translation>Esta oficina</translation>
        </message>
        <message>
            <source>Step and register</source>
            <translation>Etapa e lista</translation>
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation>Nenhum arquivo foi alterado desde que as cópias foram feitas.</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>manter ambos</translation>
        </message>
        <message>
            <source>{group}'s version</source>
            <translation>Versão de {group}</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Alterado por</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <source>Keep all of them (all but the oldest are renamed after their group)</source>
            <translation>Manter todos (todos, exceto o mais antigo, são renomeados com o nome do respectivo grupo)</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fundida</translation>
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation>Salvar a oficina fundida como</translation>
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation>“{name}” é um dos arquivos que estão sendo fundidos; escolha um novo arquivo para o resultado.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Gravando {name}…</translation>
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation>Fusão concluída: {n} alteração(ões) gravada(s) em {path}.</translation>
        </message>
        <message>
            <source>Merge written</source>
            <translation>Fusão gravada</translation>
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation>A oficina fundida foi gravada em “{name}”. Nenhum dos arquivos fundidos foi alterado. Abrir a oficina fundida agora?</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>Falha: {reason}</translation>
        </message>
        <message>
            <source>{n} files</source>
            <translation>{n} arquivos</translation>
        </message>
        <message>
            <source>{files}; no conflicts. Press Merge… to write the merged workshop.</source>
            <translation>{files}; nenhum conflito. Pressione Fundir… para gravar a oficina fundida.</translation>
        </message>
        <message>
            <source>{files}; {total} conflict(s), {left} still to decide: choose a version for each, or let the newest win for the rest.</source>
            <translation>{files}; {total} conflito(s), {left} ainda por resolver: escolha uma versão para cada um ou deixe a mais recente prevalecer nos demais.</translation>
        </message>
        <message>
            <source>{files}; all {total} conflict(s) decided. Press Merge… to write the merged workshop.</source>
            <translation>{files}; todos os {total} conflito(s) resolvido(s). Pressione Fundir… para gravar a oficina fundida.</translation>
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation>{added} adicionado(s), {changed} alterado(s), {deleted} excluído(s)</translation>
        </message>
        <message>
            <source>Changed differently</source>
            <translation>Alterado de formas diferentes</translation>
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation>Editado aqui, excluído lá</translation>
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation>Referência a registro excluído</translation>
        </message>
        <message>
            <source>Added twice</source>
            <translation>Adicionado duas vezes</translation>
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation>Órgãos superiores em ciclo</translation>
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation>{what}: os arquivos alteraram este campo para valores diferentes. Mantenha um deles.</translation>
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation>{what}: o registro foi excluído em um arquivo e editado em outro. Exclua-o ou mantenha-o com as edições.</translation>
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation>{what}: faz referência a um registro que outro arquivo excluiu. Deixe a exclusão prevalecer (a referência é removida) ou mantenha o registro referenciado.</translation>
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation>Dois arquivos adicionaram, cada um, um registro com o mesmo nome. Mantenha um deles (as referências ao outro passam para ele) ou mantenha ambos (o mais recente é renomeado com o nome do respectivo grupo).</translation>
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation>{what}: depois de combinados, cada um destes registros seria o órgão superior do outro. Mantenha um dos lados; o órgão superior do outro é apagado.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vazio)</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>Excluiu o registro</translation>
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation>Editou o registro: mantê-lo, com as edições</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation>Excluiu “{name}”: o registro ({what}) que faz referência a esse item também é excluído</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation>Excluiu “{name}”: a referência a esse item é apagada</translation>
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation>Faz referência a “{name}”: manter “{name}”</translation>
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation>Adicionou “{name}”: manter este</translation>
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation>Colocar “{child}” sob “{parent}”</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguém</translation>
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation>{user}
dispositivo {device}</translation>
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation>Os arquivos dos grupos de trabalho a fundir, cópias desta mesma oficina. O primeiro é a base; a oficina fundida é gravada como um novo arquivo, e nenhum destes arquivos é alterado.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Adicionar arquivos…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation>O que cada arquivo alterou desde que as cópias foram feitas (+ adicionado, ~ alterado, − excluído)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation>Conflitos: para cada um, escolha a versão que vai para a oficina fundida</translation>
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
            <translation>Etapas</translation>
        </message>
        <message>
            <source>The steps of the workshop and how complete each is; Alt+1 to Alt+9 go to a step</source>
            <translation>As etapas da oficina e o grau de conclusão de cada uma; Alt+1 a Alt+9 levam a uma etapa</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>{step}: {done} of {total} checks done</source>
            <translation>{step}: {done} de {total} verificações feitas</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Ainda por fazer:</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Concluído</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Ainda não há nada para mostrar.</translation>
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation>Adicione as partes interessadas e os vínculos entre elas (quem presta contas a quem, quem financia quem ou trabalha com quem).</translation>
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation>{name}
{type}
Influência {weight} · {links} vínculo(s)</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relação</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamanho</translation>
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation>Maior = mais influência</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Tipo de parte interessada</translation>
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
            <translation>p. ex., Consulta nacional sobre migração e desenvolvimento</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;País</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;Início</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>Té&amp;rmino</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nova oficina</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Digite para pesquisar…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>oficina</translation>
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation>Salvar a oficina em</translation>
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation>Dê um título à oficina.</translation>
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation>Escolha o país na lista.</translation>
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation>Escolha onde salvar o arquivo da oficina.</translation>
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation>“{name}” já existe; escolha outro nome de arquivo.</translation>
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Ainda não há nada para mostrar.</translation>
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation>Abra ou crie uma oficina.</translation>
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation>Não é possível exibir esta imagem.</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Matriz poder–interesse</translation>
        </message>
        <message>
            <source>Network of stakeholders</source>
            <translation>Rede de partes interessadas</translation>
        </message>
        <message>
            <source>Coverage heatmap</source>
            <translation>Mapa de cobertura</translation>
        </message>
        <message>
            <source>Coherence overview</source>
            <translation>Panorama da coerência</translation>
        </message>
        <message>
            <source>Trends of the indicators</source>
            <translation>Tendências dos indicadores</translation>
        </message>
        <message>
            <source>Arrow keys move between the items, Enter opens the selected one beside the chart.</source>
            <translation>As setas percorrem os itens; Enter abre o selecionado ao lado do gráfico.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation>Tipo não definido</translation>
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
Influência {influence}, interesse {interest}</translation>
        </message>
        <message>
            <source>Stakeholders in this cell</source>
            <translation>Partes interessadas nesta célula</translation>
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation>Interesse no resultado</translation>
        </message>
        <message>
            <source>Influence over the process</source>
            <translation>Influência sobre o processo</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Ainda não há nada para mostrar.</translation>
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation>Avalie a influência e o interesse das partes interessadas (1–5) para que apareçam na matriz, onde você pode arrastá-las entre as células.</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>Tipo de parte interessada</translation>
        </message>
        <message>
            <source>Reading the grid</source>
            <translation>Como ler a matriz</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation>Esta oficina está aberta em modo somente leitura; nada foi alterado.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>outro programa</translation>
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation>“{name}” está sendo gravado neste momento; tente novamente em instantes.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Oficina em uso</translation>
        </message>
        <message>
            <source>You can open it read-only: you see it as it is now and can export the report and workbook, but cannot change it. To edit, close it in the other window first.</source>
            <translation>Você pode abri-la em modo somente leitura: verá a oficina como está agora e poderá exportar o relatório e a pasta de trabalho, mas não poderá alterá-la. Para editá-la, feche-a primeiro na outra janela.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Abrir em modo somente leitura</translation>
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation>A oficina está aberta em modo somente leitura; nada foi alterado.</translation>
        </message>
        <message>
            <source>Read-only — held by {holder}.</source>
            <translation>Somente leitura — em uso por {holder}.</translation>
        </message>
        <message>
            <source>You see the workshop as it was when you opened it. Exports work; nothing can be changed. To edit, close it in the other window, then open it again.</source>
            <translation>Você vê a oficina como estava quando a abriu. As exportações funcionam; nada pode ser alterado. Para editá-la, feche-a na outra janela e abra-a novamente.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation>Novo registro: {what}</translation>
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation>Selecione um registro para visualizá-lo</translation>
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation>Selecione um registro ou pressione Ctrl+N para adicionar um</translation>
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation>Última alteração: {when}</translation>
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation>Adicionado. Pressione Ctrl+N para adicionar outro.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>Nada foi adicionado.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>Não adicionado — {reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation>Adicionar o registro (Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation>Descartar o novo registro (Esc)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation>Oficina</translation>
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
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sessão</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromissos</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromisso</translation>
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation>Mecanismos de coordenação</translation>
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation>Mecanismo de coordenação</translation>
        </message>
        <message>
            <source>Mechanism members</source>
            <translation>Membros dos mecanismos</translation>
        </message>
        <message>
            <source>Mechanism member</source>
            <translation>Membro de mecanismo</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>Instrumentos internacionais</translation>
        </message>
        <message>
            <source>Instrument status</source>
            <translation>Situação de instrumento</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>Lista de verificação de preparação</translation>
        </message>
        <message>
            <source>Readiness item</source>
            <translation>Item de preparação</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Partes interessadas</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>Parte interessada</translation>
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation>Vínculos entre partes interessadas</translation>
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation>Vínculo entre partes interessadas</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Vínculos</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Fontes de dados</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>Fonte de dados</translation>
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
            <translation>Cobertura dos indicadores</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Cobertura</translation>
        </message>
        <message>
            <source>Indicator values</source>
            <translation>Valores dos indicadores</translation>
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
            <translation>Setores</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Sector assessments</source>
            <translation>Avaliações setoriais</translation>
        </message>
        <message>
            <source>Sector assessment</source>
            <translation>Avaliação setorial</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Avaliações</translation>
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
            <translation>Ações</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <source>Review calendar</source>
            <translation>Calendário de revisões</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Revisões</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation>Pesquisar {what}…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Novo</translation>
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation>Adicionar {what} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Delete the selected record ({key}; {table_key} in the table)</source>
            <translation>Excluir o registro selecionado ({key}; {table_key} na tabela)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>Quem alterou o registro selecionado, quando e o quê (Ctrl+H)</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>A oficina está aberta em modo somente leitura</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Histórico…</translation>
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation>Selecione um registro para ver o histórico.</translation>
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation>Excluir com os dependentes?</translation>
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation>“{name}” é usado por {count} outro(s) registro(s). Excluí-lo e remover também esses registros ou referências? (Desfazer restaura tudo.)</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>Não é possível excluir</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation>Excluído: “{name}”. Ctrl+Z desfaz a exclusão.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation>Tamanho de papel desconhecido “{paper}” (use a4 ou letter).</translation>
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation>Idioma de relatório desconhecido “{lang}”.</translation>
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation>Integração da migração no planejamento do desenvolvimento</translation>
        </message>
        <message>
            <source>Draft for validation</source>
            <translation>Versão preliminar para validação</translation>
        </message>
        <message>
            <source>migration</source>
            <translation>migração</translation>
        </message>
        <message>
            <source>development planning</source>
            <translation>planejamento do desenvolvimento</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objetivos de Desenvolvimento Sustentável</translation>
        </message>
        <message>
            <source>Global Compact for Migration</source>
            <translation>Pacto Global para a Migração Segura, Ordenada e Regular</translation>
        </message>
        <message>
            <source>Actions are ranked by priority (high, medium, low); actions of equal priority by expected impact (5 = transformative first), then by feasibility (5 = ready to start first); then by the shorter timeframe.</source>
            <translation>As ações são ordenadas por prioridade (alta, média, baixa); as de mesma prioridade, pelo impacto esperado (primeiro 5 = transformador) e, depois, pela viabilidade (primeiro 5 = pode começar de imediato); por fim, pelo prazo mais curto.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Visão geral</translation>
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation>Ações priorizadas</translation>
        </message>
        <message>
            <source>Impact / feasibility</source>
            <translation>Impacto / viabilidade</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>Custo estimado</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Não definido</translation>
        </message>
        <message>
            <source>Actions by priority and timeframe</source>
            <translation>Ações por prioridade e prazo</translation>
        </message>
        <message>
            <source>Working groups whose work was merged</source>
            <translation>Grupos de trabalho cujo trabalho foi fundido</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Grupo de trabalho</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Merged on</source>
            <translation>Fundido em</translation>
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation>Anexo {letter}. {title}</translation>
        </message>
        <message>
            <source>Reference lists used</source>
            <translation>Listas de referência utilizadas</translation>
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation>Metas e indicadores dos ODS</translation>
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
            <translation>Revisão</translation>
        </message>
        <message>
            <source>Source: United Nations, global indicator framework for the Sustainable Development Goals (A/RES/71/313 and later revisions).</source>
            <translation>Fonte: Nações Unidas, quadro global de indicadores para os Objetivos de Desenvolvimento Sustentável (A/RES/71/313 e revisões posteriores).</translation>
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation>Objetivos do Pacto Global para Migração</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Source: Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).</source>
            <translation>Fonte: Pacto Global para uma Migração Segura, Ordenada e Regular (A/RES/73/195).</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nome abreviado</translation>
        </message>
        <message>
            <source>Source: the texts of the instruments, by title and year of adoption.</source>
            <translation>Fonte: textos dos instrumentos, por título e ano de adoção.</translation>
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation>Os títulos dos ODS seguem o quadro global de indicadores revisado em 2025 (E/CN.3/2025/6) quando a coluna de revisão indica 2025.</translation>
        </message>
        <message>
            <source>Recorded but not listed: regional instruments of an organisation the workshop's country is not recorded as a member of: {names}.</source>
            <translation>Registrados, mas não incluídos na tabela: instrumentos regionais de uma organização da qual o país da oficina não consta como membro: {names}.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation>Membros: {names}.</translation>
        </message>
        <message>
            <source>Legal and policy gap analysis</source>
            <translation>Análise de lacunas jurídicas e de políticas</translation>
        </message>
        <message>
            <source>The review covers the core international instruments and the regional instruments of: {regions}.</source>
            <translation>A análise abrange os principais instrumentos internacionais e os instrumentos regionais de: {regions}.</translation>
        </message>
        <message>
            <source>The review covers the core international instruments. No regional organisation is recorded for the workshop, so no regional instrument is reviewed.</source>
            <translation>A análise abrange os principais instrumentos internacionais. Nenhuma organização regional foi registrada para a oficina; por isso, nenhum instrumento regional é analisado.</translation>
        </message>
        <message>
            <source>Core instruments with no recorded status</source>
            <translation>Principais instrumentos sem situação registrada</translation>
        </message>
        <message>
            <source>Finding: core instruments that apply with no recorded status: {n} of {total}. The group should establish whether the country is party to each.</source>
            <translation>Constatação: principais instrumentos aplicáveis sem situação registrada: {n} de {total}. O grupo deve verificar se o país é parte em cada um deles.</translation>
        </message>
        <message>
            <source>Every core instrument that applies has a recorded status.</source>
            <translation>Todos os principais instrumentos aplicáveis têm situação registrada.</translation>
        </message>
        <message>
            <source>Instruments not joined, and what answers them</source>
            <translation>Instrumentos dos quais o país não é parte e o que lhes dá resposta</translation>
        </message>
        <message>
            <source>No action or recommendation</source>
            <translation>Nenhuma ação ou recomendação</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Atendido por</translation>
        </message>
        <message>
            <source>Finding: not joined, with no action and no recommendation yet: {names}.</source>
            <translation>Constatação: instrumentos dos quais o país não é parte, ainda sem nenhuma ação nem recomendação: {names}.</translation>
        </message>
        <message>
            <source>Every instrument the country has not joined is answered by an action or a recommendation.</source>
            <translation>Todos os instrumentos dos quais o país não é parte são atendidos por uma ação ou uma recomendação.</translation>
        </message>
        <message>
            <source>Reporting obligations</source>
            <translation>Obrigações de apresentação de relatórios</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Em atraso</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Finding: reports due before {year} and not yet submitted: {names}.</source>
            <translation>Constatação: relatórios devidos antes de {year} e ainda não apresentados: {names}.</translation>
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation>✓ cumprido · ◐ parcialmente · ✗ não cumprido · ? desconhecido</translation>
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation>Lacunas conhecidas nas fontes</translation>
        </message>
        <message>
            <source>Best coverage</source>
            <translation>Melhor cobertura</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>Cobertura dos indicadores</translation>
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation>Indicadores segundo a melhor cobertura fornecida por alguma fonte de dados ({n} indicadores).</translation>
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation>Cobertura dos primeiros {rows} de {all_rows} indicadores pelas {cols} fontes de dados que mais os cobrem (no máximo {max_rows} × {max_cols} exibidos).</translation>
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation>Qual fonte de dados pode alimentar qual indicador.</translation>
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation>Lacunas de desagregação</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation>Todas as desagregações de que os indicadores precisam estão disponíveis em pelo menos uma fonte.</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation>{n} indicadores carecem de pelo menos uma desagregação necessária. As que mais faltam: {list}.</translation>
        </message>
        <message>
            <source>Not available from any source</source>
            <translation>Não disponível em nenhuma fonte</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>Matriz poder–interesse</translation>
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation>Nenhuma parte interessada foi avaliada ainda quanto a influência e interesse.</translation>
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation>Número de partes interessadas em cada célula da matriz ({n} avaliadas); a tabela acima indica todas elas.</translation>
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation>Partes interessadas por influência e interesse ({n} avaliadas). A forma do marcador indica o tipo de órgão.</translation>
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation>Quadrante de envolvimento</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Partes interessadas</translation>
        </message>
        <message>
            <source>Stakeholders by engagement quadrant</source>
            <translation>Partes interessadas por quadrante de envolvimento</translation>
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation>Relações entre partes interessadas</translation>
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation>Não foram registradas relações entre partes interessadas.</translation>
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation>{n} partes interessadas e {m} relações, resumidas por tipo de órgão: o tamanho e o número de cada círculo indicam quantos órgãos; a espessura e o número de cada linha, quantas relações.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation>Rede de {n} partes interessadas e {m} relações; apenas as {top} mais conectadas são nomeadas.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation>Rede de {n} partes interessadas e {m} relações. O tamanho do marcador indica a influência; o estilo da linha, o tipo de relação.</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>Lacunas e sobreposições</translation>
        </message>
        <message>
            <source>Tensions and overlaps between stakeholders</source>
            <translation>Tensões e sobreposições entre partes interessadas</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Com quem</translation>
        </message>
        <message>
            <source>Areas with no public mandate</source>
            <translation>Áreas sem mandato público</translation>
        </message>
        <message>
            <source>Finding: no government body lists these reviewed sectors among its thematic areas.</source>
            <translation>Constatação: nenhum órgão governamental inclui estes setores analisados entre as suas áreas temáticas.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Ninguém</translation>
        </message>
        <message>
            <source>Covered only by</source>
            <translation>Coberto apenas por</translation>
        </message>
        <message>
            <source>Every reviewed sector is in the mandate of at least one government body.</source>
            <translation>Todos os setores analisados estão no mandato de pelo menos um órgão governamental.</translation>
        </message>
        <message>
            <source>Possible overlaps</source>
            <translation>Possíveis sobreposições</translation>
        </message>
        <message>
            <source>Finding: several government bodies of the same level claim these areas, and no coordinating link, parent body or working coordination mechanism ties each group to the others.</source>
            <translation>Constatação: vários órgãos governamentais do mesmo nível reivindicam estas áreas, e nenhum vínculo de coordenação, órgão superior ou mecanismo de coordenação em funcionamento liga cada grupo aos demais.</translation>
        </message>
        <message>
            <source>Groups of bodies not linked to each other</source>
            <translation>Grupos de órgãos não vinculados entre si</translation>
        </message>
        <message>
            <source>No area is claimed by government bodies without a coordinating link between them.</source>
            <translation>Nenhuma área é reivindicada por órgãos governamentais sem vínculo de coordenação entre eles.</translation>
        </message>
        <message>
            <source>Gaps noted by the group</source>
            <translation>Lacunas apontadas pelo grupo</translation>
        </message>
        <message>
            <source>Mandates</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation>Panorama da coerência das políticas</translation>
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation>Pontuação de coerência atribuída a cada setor (barras) e número de políticas consideradas coerentes, parcialmente coerentes ou incoerentes com os objetivos de migração.</translation>
        </message>
        <message>
            <source>Policies reviewed: {sector}</source>
            <translation>Políticas analisadas: {sector}</translation>
        </message>
        <message>
            <source>No finding recorded yet.</source>
            <translation>Nenhuma constatação registrada ainda.</translation>
        </message>
        <message>
            <source>Human rights and gender</source>
            <translation>Direitos humanos e gênero</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>Mencionado em</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations and the sectors that raised them</source>
            <translation>Grupos em situação de vulnerabilidade e setores que os mencionaram</translation>
        </message>
        <message>
            <source>Sectors with a finding on human rights or gender: {n} of {total}.</source>
            <translation>Setores com constatação sobre direitos humanos ou gênero: {n} de {total}.</translation>
        </message>
        <message>
            <source>Finding: no human-rights or gender finding yet for: {sectors}.</source>
            <translation>Constatação: ainda não há constatação sobre direitos humanos ou gênero para: {sectors}.</translation>
        </message>
        <message>
            <source>Knock-on effects between sectors</source>
            <translation>Efeitos indiretos entre setores</translation>
        </message>
        <message>
            <source>Sectors most often affected by the policies of others: {sectors}.</source>
            <translation>Setores mais frequentemente afetados pelas políticas de outros setores: {sectors}.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <source>The workshop</source>
            <translation>A oficina</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Horário</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>Participação</translation>
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation>Participaram {n} participantes de {orgs} organizações.</translation>
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation>Participantes por sexo e função</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation>Pontuação de coerência (1–5)</translation>
        </message>
        <message>
            <source>Policies in force</source>
            <translation>Políticas em vigor</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>não avaliado</translation>
        </message>
        <message>
            <source>{n} relations within</source>
            <translation>{n} relações internas</translation>
        </message>
        <message>
            <source>Figure {number}. {caption}</source>
            <translation>Figura {number}. {caption}</translation>
        </message>
        <message>
            <source>Table {number}. {caption}</source>
            <translation>Tabela {number}. {caption}</translation>
        </message>
        <message>
            <source>Source: workshop data, {date}.</source>
            <translation>Fonte: dados da oficina, {date}.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Nada registrado.</translation>
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation>O arquivo do logotipo “{name}” não existe.</translation>
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation>O logotipo “{name}” não pode ser lido como imagem; use um arquivo PNG ou JPEG.</translation>
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation>O logotipo “{name}” está vazio.</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Organizado por</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>Colofão</translation>
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop {version}, from the workshop's own records. Set in Noto Sans, Noto Naskh Arabic and WenQuanYi Micro Hei.</source>
            <translation>Relatório produzido em {date} com o Mainstream Desktop {version}, a partir dos registros da oficina. Composto em Noto Sans, Noto Naskh Arabic e WenQuanYi Micro Hei.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sumário</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Lista de figuras</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Lista de tabelas</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>Resumo executivo</translation>
        </message>
        <message>
            <source>Main gaps</source>
            <translation>Principais lacunas</translation>
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation>As verificações de todas as etapas estão concluídas.</translation>
        </message>
        <message>
            <source>Top priorities</source>
            <translation>Prioridades principais</translation>
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation>Ainda não foi registrada nenhuma ação.</translation>
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation>A oficina “{title}” ({country}) foi realizada em {venue}, {dates}.</translation>
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation>Este relatório apresenta a oficina “{title}” ({country}).</translation>
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation>Participou {n} participante.</translation>
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation>Participaram {n} participantes.</translation>
        </message>
        <message>
            <source>{n} political commitment was recorded.</source>
            <translation>Foi registrado {n} compromisso político.</translation>
        </message>
        <message>
            <source>{n} political commitments were recorded.</source>
            <translation>Foram registrados {n} compromissos políticos.</translation>
        </message>
        <message>
            <source>{n} of them is adopted or in force.</source>
            <translation>{n} deles está adotado ou em vigor.</translation>
        </message>
        <message>
            <source>{n} of them are adopted or in force.</source>
            <translation>{n} deles estão adotados ou em vigor.</translation>
        </message>
        <message>
            <source>None of them is adopted or in force yet.</source>
            <translation>Nenhum deles está adotado ou em vigor ainda.</translation>
        </message>
        <message>
            <source>{n} stakeholder was mapped.</source>
            <translation>Foi mapeada {n} parte interessada.</translation>
        </message>
        <message>
            <source>{n} stakeholders were mapped.</source>
            <translation>Foram mapeadas {n} partes interessadas.</translation>
        </message>
        <message>
            <source>{n} of them should be managed closely (high influence and high interest).</source>
            <translation>Partes interessadas que devem ser geridas de perto (alta influência e alto interesse): {n}.</translation>
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation>Foram inventariadas {sources} fontes de dados e {indicators} indicadores; {uncovered} indicadores ainda não têm nenhuma fonte de dados que os cubra.</translation>
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation>O plano de ação contém {n} ação, {high} de alta prioridade, com custo estimado de {cost}.</translation>
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation>O plano de ação contém {n} ações, {high} de alta prioridade, com custo total estimado de {cost}.</translation>
        </message>
        <message>
            <source>Funding still to be found: {gaps}.</source>
            <translation>Financiamento ainda a obter: {gaps}.</translation>
        </message>
        <message>
            <source>{gap} of {cost}</source>
            <translation>{gap} de {cost}</translation>
        </message>
        <message>
            <source>{amount} in a currency not stated</source>
            <translation>{amount} em moeda não especificada</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sectors} ({score}).</source>
            <translation>Foram examinados {n} setores, com uma coerência média das políticas de {mean} em 5; o menos coerente é {sectors} ({score}).</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent, at {score}, are {sectors}.</source>
            <translation>Foram examinados {n} setores, com uma coerência média das políticas de {mean} em 5; os menos coerentes, com {score}, são: {sectors}.</translation>
        </message>
        <message>
            <source>{step}: {gap}.</source>
            <translation>{step}: {gap}.</translation>
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation>{n} das {total} condições de preparação não estão cumpridas.</translation>
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation>As políticas são pouco coerentes com os objetivos de migração (pontuação igual ou inferior a 2) em {n} setores: {names}.</translation>
        </message>
        <message>
            <source>{n} of the {total} gaps found have no action in the plan yet.</source>
            <translation>{n} das {total} lacunas identificadas ainda não têm nenhuma ação no plano.</translation>
        </message>
        <message>
            <source>Secured</source>
            <translation>Garantido</translation>
        </message>
        <message>
            <source>Not yet funded</source>
            <translation>Ainda não financiado</translation>
        </message>
        <message>
            <source>{currency}: {secured} of {cost} secured</source>
            <translation>{currency}: {secured} de {cost} garantidos</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… e mais {n}.</translation>
        </message>
        <message>
            <source>{quadrant} ({n})</source>
            <translation>{quadrant} ({n})</translation>
        </message>
        <message>
            <source>Cut-off at {cut}: scores of {high} to 5 count as high.</source>
            <translation>Ponto de corte em {cut}: pontuações de {high} a 5 são consideradas altas.</translation>
        </message>
        <message>
            <source>Markers in one cell share its score; they are spread apart only to stay readable.</source>
            <translation>Os marcadores de uma mesma célula têm a mesma pontuação; estão afastados uns dos outros apenas para permanecerem legíveis.</translation>
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation>Governo e órgãos públicos</translation>
        </message>
        <message>
            <source>International partners</source>
            <translation>Parceiros internacionais</translation>
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation>Sociedade civil, migrantes e comunidades</translation>
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation>Setor privado e academia</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Outros</translation>
        </message>
        <message>
            <source>The migration situation</source>
            <translation>A situação migratória</translation>
        </message>
        <message>
            <source>What the figures gathered by the working group say about migration in {country}: the latest value of each indicator, how it has changed, how it breaks down, and what is still missing.</source>
            <translation>O que os dados reunidos pelo grupo de trabalho dizem sobre a migração em {country}: o valor mais recente de cada indicador, como evoluiu, como se desagrega e o que ainda falta.</translation>
        </message>
        <message>
            <source>{with_values} of {indicators} indicators have recorded values ({values} values in all); {trends} have values in at least {years} years.</source>
            <translation>{with_values} de {indicators} indicadores têm valores registrados ({values} valores no total); {trends} têm valores em pelo menos {years} anos.</translation>
        </message>
        <message>
            <source>Topic not recorded</source>
            <translation>Tema não registrado</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Dados principais</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>Valor mais recente</translation>
        </message>
        <message>
            <source>Key figures: {topic}</source>
            <translation>Dados principais: {topic}</translation>
        </message>
        <message>
            <source>No indicator value has been recorded yet.</source>
            <translation>Ainda não foi registrado nenhum valor de indicador.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tendências</translation>
        </message>
        <message>
            <source>No indicator has values in {years} or more years yet.</source>
            <translation>Ainda nenhum indicador tem valores em {years} ou mais anos.</translation>
        </message>
        <message>
            <source>Recorded totals of the indicators with values in at least {years} years. Each scale starts at zero; a dot marks each year with a value, the filled dot the latest.</source>
            <translation>Totais registrados dos indicadores com valores em pelo menos {years} anos. Cada escala começa em zero; um ponto marca cada ano com valor, e o ponto preenchido, o mais recente.</translation>
        </message>
        <message>
            <source>(part {n} of {all})</source>
            <translation>(parte {n} de {all})</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>Desagregações</translation>
        </message>
        <message>
            <source>{group}: {value}</source>
            <translation>{group}: {value}</translation>
        </message>
        <message>
            <source>No disaggregated value has been recorded yet.</source>
            <translation>Ainda não foi registrado nenhum valor desagregado.</translation>
        </message>
        <message>
            <source>The latest values of each disaggregation recorded, by indicator.</source>
            <translation>Valores mais recentes de cada desagregação registrada, por indicador.</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>O que falta</translation>
        </message>
        <message>
            <source>Indicators with no value</source>
            <translation>Indicadores sem valor</translation>
        </message>
        <message>
            <source>{n} indicators have no recorded value.</source>
            <translation>{n} indicadores não têm valor registrado.</translation>
        </message>
        <message>
            <source>Every indicator has at least one value.</source>
            <translation>Todos os indicadores têm pelo menos um valor.</translation>
        </message>
        <message>
            <source>Disaggregations asked for but not recorded</source>
            <translation>Desagregações solicitadas, mas não registradas</translation>
        </message>
        <message>
            <source>{n} indicators with values lack a disaggregation they ask for.</source>
            <translation>{n} indicadores com valores carecem de uma desagregação que solicitam.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Não registradas</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators ask for has values.</source>
            <translation>Todas as desagregações solicitadas pelos indicadores têm valores.</translation>
        </message>
        <message>
            <source>Values older than five years</source>
            <translation>Valores com mais de cinco anos</translation>
        </message>
        <message>
            <source>The workshop has no date, so the age of the values is not judged.</source>
            <translation>A oficina não tem data; por isso, a antiguidade dos valores não é avaliada.</translation>
        </message>
        <message>
            <source>Every indicator with values has one from {year} or later.</source>
            <translation>Todos os indicadores com valores têm pelo menos um de {year} ou posterior.</translation>
        </message>
        <message>
            <source>Judged against the year of the workshop ({year}): the latest value of these indicators is from {limit} or earlier.</source>
            <translation>Tomando como referência o ano da oficina ({year}): o valor mais recente destes indicadores é de {limit} ou anterior.</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>Ano mais recente</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>mais {n}</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>Fontes de dados que não cobrem nenhum indicador: {names}.</translation>
        </message>
        <message>
            <source>Currency not stated</source>
            <translation>Moeda não especificada</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <source>Secured and unfunded cost by sector. Each currency has its own scale; amounts in different currencies are never added.</source>
            <translation>Custo garantido e não financiado por setor. Cada moeda tem sua própria escala; valores em moedas diferentes nunca são somados.</translation>
        </message>
        <message>
            <source>The plan is costed in several currencies. Amounts in different currencies are not added together: each has its own total.</source>
            <translation>O plano tem custos em várias moedas. Valores em moedas diferentes não são somados: cada moeda tem seu próprio total.</translation>
        </message>
        <message>
            <source>In {currency}: the actions cost {cost}; {secured} ({share}) is secured, and {gap} remains to be found.</source>
            <translation>Em {currency}: as ações custam {cost}; o valor garantido é de {secured} ({share}) e ainda falta obter {gap}.</translation>
        </message>
        <message>
            <source>{n} action has a cost of {cost} with no currency stated; it is counted apart.</source>
            <translation>{n} ação tem custo de {cost} sem moeda especificada; ela é contabilizada à parte.</translation>
        </message>
        <message>
            <source>{n} actions have costs of {cost} in total with no currency stated; they are counted apart.</source>
            <translation>{n} ações têm custos que somam {cost} sem moeda especificada; elas são contabilizadas à parte.</translation>
        </message>
        <message>
            <source>{n} dropped action is not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n} ação abandonada não é contabilizada em nenhum valor, tabela ou gráfico desta seção: {titles}.</translation>
        </message>
        <message>
            <source>{n} dropped actions are not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n} ações abandonadas não são contabilizadas em nenhum valor, tabela ou gráfico desta seção: {titles}.</translation>
        </message>
        <message>
            <source>{n} action has no cost estimate yet.</source>
            <translation>{n} ação ainda não tem estimativa de custo.</translation>
        </message>
        <message>
            <source>{n} actions have no cost estimate yet.</source>
            <translation>{n} ações ainda não têm estimativa de custo.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>Lacuna de financiamento</translation>
        </message>
        <message>
            <source>Share secured</source>
            <translation>Parcela garantida</translation>
        </message>
        <message>
            <source>Estimated cost and funding by currency</source>
            <translation>Custo estimado e financiamento por moeda</translation>
        </message>
        <message>
            <source>Cost by sector</source>
            <translation>Custo por setor</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>Sem setor</translation>
        </message>
        <message>
            <source>Cost by year</source>
            <translation>Custo por ano</translation>
        </message>
        <message>
            <source>Each action's cost is spread evenly over its years, from its start year to its end year, both included.</source>
            <translation>O custo de cada ação é distribuído igualmente entre os seus anos, do ano de início ao ano de término, ambos incluídos.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <source>{n} costed action has no start or end year and is not in this table: {titles}.</source>
            <translation>{n} ação com custo estimado não tem ano de início ou de término e não consta desta tabela: {titles}.</translation>
        </message>
        <message>
            <source>{n} costed actions have no start or end year and are not in this table: {titles}.</source>
            <translation>{n} ações com custo estimado não têm ano de início ou de término e não constam desta tabela: {titles}.</translation>
        </message>
        <message>
            <source>Partner commitments</source>
            <translation>Compromissos dos parceiros</translation>
        </message>
        <message>
            <source>No funding partner named</source>
            <translation>Nenhum parceiro financiador indicado</translation>
        </message>
        <message>
            <source>Bodies it funds (“Funds” relations)</source>
            <translation>Órgãos que financia (relações “Financia”)</translation>
        </message>
        <message>
            <source>Amounts are added up per currency only. The bodies a partner funds come from the relations recorded in the institutional mapping.</source>
            <translation>Os valores são somados apenas por moeda. Os órgãos que um parceiro financia provêm das relações registradas no mapeamento institucional.</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparação</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Jurídica</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Dados</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>Coerência das políticas</translation>
        </message>
        <message>
            <source>Coherence score 2 or less</source>
            <translation>Pontuação de coerência igual ou inferior a 2</translation>
        </message>
        <message>
            <source>A policy judged incoherent</source>
            <translation>Uma política considerada incoerente</translation>
        </message>
        <message>
            <source>Monitoring and evaluation framework</source>
            <translation>Quadro de monitoramento e avaliação</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>Linha de base → meta</translation>
        </message>
        <message>
            <source>Gaps and the actions that answer them</source>
            <translation>Lacunas e as ações que as atendem</translation>
        </message>
        <message>
            <source>No readiness, legal, data or coherence gap was recorded.</source>
            <translation>Não foi registrada nenhuma lacuna de preparação, jurídica, de dados ou de coerência.</translation>
        </message>
        <message>
            <source>The workshop found {n} gaps: readiness conditions not in place, instruments not ratified, indicators no data source covers, and sectors whose policies are weakly coherent with migration goals. {m} of them have no action in the plan yet.</source>
            <translation>A oficina identificou {n} lacunas: condições de preparação não cumpridas, instrumentos não ratificados, indicadores que nenhuma fonte de dados cobre e setores cujas políticas são pouco coerentes com os objetivos de migração. {m} delas ainda não têm nenhuma ação no plano.</translation>
        </message>
        <message>
            <source>An action answers a gap when it names the readiness condition, the instrument or the indicator, or, for coherence, belongs to the same sector. Actions are numbered as in the prioritised list.</source>
            <translation>Uma ação atende a uma lacuna quando indica a condição de preparação, o instrumento ou o indicador ou, no caso da coerência, pertence ao mesmo setor. As ações são numeradas como na lista priorizada.</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>Nenhuma ação</translation>
        </message>
        <message>
            <source>Kind of gap</source>
            <translation>Tipo de lacuna</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Lacuna</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constatação</translation>
        </message>
        <message>
            <source>Actions (#)</source>
            <translation>Ações (nº)</translation>
        </message>
        <message>
            <source>Gaps with no action</source>
            <translation>Lacunas sem nenhuma ação</translation>
        </message>
        <message>
            <source>Every gap found has at least one action.</source>
            <translation>Todas as lacunas identificadas têm pelo menos uma ação.</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODS</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>Objetivo de Desenvolvimento Sustentável</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>PGM</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Pacto Global para uma Migração Segura, Ordenada e Regular</translation>
        </message>
        <message>
            <source>ODA</source>
            <translation>AOD</translation>
        </message>
        <message>
            <source>Official development assistance</source>
            <translation>Assistência oficial ao desenvolvimento</translation>
        </message>
        <message>
            <source>UPR</source>
            <translation>RPU</translation>
        </message>
        <message>
            <source>Universal Periodic Review</source>
            <translation>Revisão Periódica Universal</translation>
        </message>
        <message>
            <source>ILO</source>
            <translation>OIT</translation>
        </message>
        <message>
            <source>International Labour Organization</source>
            <translation>Organização Internacional do Trabalho</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>OIM</translation>
        </message>
        <message>
            <source>International Organization for Migration</source>
            <translation>Organização Internacional para as Migrações</translation>
        </message>
        <message>
            <source>UNDP</source>
            <translation>PNUD</translation>
        </message>
        <message>
            <source>United Nations Development Programme</source>
            <translation>Programa das Nações Unidas para o Desenvolvimento</translation>
        </message>
        <message>
            <source>The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the organisers or their partners concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries. The findings, interpretations and conclusions expressed are those of the working group that prepared the report and do not necessarily reflect the views of the organisations that supported the consultation. Mention of an organisation, a firm or a commercial product does not imply its endorsement.</source>
            <translation>As designações empregadas e a apresentação do material neste relatório não implicam a expressão de qualquer opinião por parte dos organizadores ou de seus parceiros a respeito da condição jurídica de qualquer país, território, cidade ou área, ou de suas autoridades, ou a respeito da delimitação de suas fronteiras ou limites. As constatações, interpretações e conclusões expressas são as do grupo de trabalho que elaborou o relatório e não refletem necessariamente as opiniões das organizações que apoiaram a consulta. A menção de uma organização, de uma empresa ou de um produto comercial não implica o seu endosso.</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprovação</translation>
        </message>
        <message>
            <source>This report was validated by {body} on {date}.</source>
            <translation>Este relatório foi validado por {body} em {date}.</translation>
        </message>
        <message>
            <source>This report was validated by {body}.</source>
            <translation>Este relatório foi validado por {body}.</translation>
        </message>
        <message>
            <source>This report was validated on {date}.</source>
            <translation>Este relatório foi validado em {date}.</translation>
        </message>
        <message>
            <source>This report has not been validated yet.</source>
            <translation>Este relatório ainda não foi validado.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Assinatura</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Acronyms and abbreviations</source>
            <translation>Siglas e abreviaturas</translation>
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
            <translation>O calendário de revisões vincula o plano ao orçamento por meio destas rodadas de elaboração do orçamento: {rounds}.</translation>
        </message>
        <message>
            <source>No budget preparation round is recorded in the review calendar.</source>
            <translation>Nenhuma rodada de elaboração do orçamento está registrada no calendário de revisões.</translation>
        </message>
        <message>
            <source>The first actions of the plan are due to start in {year} ({n} of them); the latest start year recorded is {last}.</source>
            <translation>As primeiras ações do plano estão previstas para começar em {year} ({n} delas); o último ano de início registrado é {last}.</translation>
        </message>
        <message>
            <source>The review calendar holds {n} dates, from “{first}” on {first_date} to “{last}” on {last_date}.</source>
            <translation>O calendário de revisões contém {n} datas, de “{first}” em {first_date} a “{last}” em {last_date}.</translation>
        </message>
        <message>
            <source>Note {mark} ({column}):</source>
            <translation>Nota {mark} ({column}):</translation>
        </message>
        <message>
            <source>… (continued in note {mark} under the table)</source>
            <translation>… (continua na nota {mark} abaixo da tabela)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in the workshop</source>
            <translation>Localizar na oficina</translation>
        </message>
        <message>
            <source>Find a stakeholder, source, policy, action…</source>
            <translation>Localizar uma parte interessada, fonte, política, ação…</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Registros encontrados</translation>
        </message>
        <message>
            <source>Type part of a name or of any text.</source>
            <translation>Digite parte de um nome ou de qualquer texto.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nada encontrado.</translation>
        </message>
        <message>
            <source>The first {n} records found; type more to narrow them.</source>
            <translation>Os primeiros {n} registros encontrados; digite mais para restringir.</translation>
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
            <translation>Panorama da coerência</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>Workshop</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessões</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromissos</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>Coordenação</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membros</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>Instrumentos</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Preparação</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Partes interessadas</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Vínculos</translation>
        </message>
        <message>
            <source>DataSources</source>
            <translation>Fontes de dados</translation>
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
            <translation>Setores</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Avaliações</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Políticas</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Revisões</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
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
            <translation>Orientação</translation>
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation>Mostrar ou ocultar o objetivo e as perguntas orientadoras (F1)</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>Perguntas orientadoras</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>Ainda por fazer:</translation>
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation>{done} de {total} verificações concluídas</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation>Produtos</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation>Um arquivo de oficina contém um único registro de oficina.</translation>
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation>O identificador {id} já é usado por outro registro.</translation>
        </message>
        <message>
            <source>A recorded change names “{table}.{field}”, which is not part of a workshop; nothing was changed.</source>
            <translation>Uma alteração registrada refere-se a “{table}.{field}”, que não faz parte de uma oficina; nada foi alterado.</translation>
        </message>
        <message>
            <source>A recorded deletion has no date; nothing was changed.</source>
            <translation>Uma exclusão registrada não tem data; nada foi alterado.</translation>
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation>{register} {id}: registro inexistente ou excluído.</translation>
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation>O registro da oficina não pode ser excluído.</translation>
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation>A oficina foi alterada desde esta pré-visualização; pré-visualize novamente.</translation>
        </message>
        <message>
            <source>The changes would leave a record referring to one that does not exist; nothing was written.</source>
            <translation>As alterações deixariam um registro que faz referência a outro inexistente; nada foi gravado.</translation>
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation>{register} “{name}”: {count} registro(s) depende(m) deste item ({names}); exclua-os primeiro ou exclua com os dependentes.</translation>
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation>{register} {id}: o registro não está excluído.</translation>
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation>Não é possível desfazer: o registro não existe mais.</translation>
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation>outros registros agora fazem referência a ele</translation>
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation>Isto não pode ser desfeito nem refeito agora: {why}</translation>
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation>{register} não tem o campo “{field}”.</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>Out of date</source>
            <translation>Desatualizado</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Digite para pesquisar…</translation>
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
            <translation>Desagregação</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>&amp;Desagregação:</translation>
        </message>
        <message>
            <source>Trend chart</source>
            <translation>Gráfico de tendência</translation>
        </message>
        <message>
            <source>No values recorded yet.</source>
            <translation>Ainda não há valores registrados.</translation>
        </message>
        <message>
            <source>Add them in the Values register or import a statistical table — File ▸ Import indicator values…</source>
            <translation>Adicione-os na lista Valores ou importe uma tabela estatística — Arquivo ▸ Importar valores dos indicadores…</translation>
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
            <translation>não registrada</translation>
        </message>
        <message>
            <source>Unit: {unit}    Source: {sources}</source>
            <translation>Unidade: {unit}    Fonte: {sources}</translation>
        </message>
        <message>
            <source>{title}: {count} values from {first} to {last}. Left and right arrow keys move from year to year, Enter opens the value.</source>
            <translation>{title}: {count} valores de {first} a {last}. As setas para a esquerda e para a direita passam de um ano para outro; Enter abre o valor.</translation>
        </message>
        <message>
            <source>Round dots: values of the last {n} years before the workshop ({year}); grey squares in the shaded years: older, out of date.</source>
            <translation>Pontos redondos: valores dos últimos {n} anos antes da oficina ({year}); quadrados cinza nos anos sombreados: valores mais antigos, desatualizados.</translation>
        </message>
        <message>
            <source>The workshop has no dates yet: values cannot be judged out of date.</source>
            <translation>A oficina ainda não tem datas: não é possível determinar se os valores estão desatualizados.</translation>
        </message>
        <message>
            <source>{when}: {value}</source>
            <translation>{when}: {value}</translation>
        </message>
        <message>
            <source>(out of date: more than {n} years before the workshop)</source>
            <translation>(desatualizado: mais de {n} anos antes da oficina)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation>Adição de {what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>Alteração de {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Exclusão de {what}</translation>
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation>Movimentação de parte interessada na matriz</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation>é obrigatório</translation>
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation>faz referência a um registro de {target} que não existe ou foi excluído</translation>
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation>tornaria o registro ancestral de si mesmo</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>outro registro já tem os mesmos valores em {fields}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation>“{value}” não é um dos valores permitidos</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>contém caracteres de controle</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation>é longo demais ({n} caracteres, no máximo {max})</translation>
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation>“{value}” não é um endereço de e-mail</translation>
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation>deve ser um número inteiro (recebido: {value})</translation>
        </message>
        <message>
            <source>is not a record id</source>
            <translation>não é um identificador de registro</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>deve ser um número</translation>
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation>deve ser um número (recebido: “{value}”)</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>deve ser um número finito</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation>deve estar entre {lo} e {hi} (recebido: {value})</translation>
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation>deve ser no mínimo {lo} (recebido: {value})</translation>
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation>deve ser no máximo {hi} (recebido: {value})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation>deve ser sim ou não (recebido: “{value}”)</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation>deve ser uma data no formato AAAA-MM-DD (recebido: “{value}”)</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>é anterior à data de início</translation>
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation>deve ser um horário no formato HH:MM</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>é anterior ao horário de início</translation>
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation>uma parte interessada não pode ser vinculada a si mesma</translation>
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation>é anterior ao ano da linha de base</translation>
        </message>
        <message>
            <source>is before the start year</source>
            <translation>é anterior ao ano de início</translation>
        </message>
        <message>
            <source>is less than the amount already secured</source>
            <translation>é inferior ao valor já garantido</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>column {column}</source>
            <translation>coluna {column}</translation>
        </message>
        <message>
            <source>Values from “{name}” ({shape} table):</source>
            <translation>Valores de “{name}” (tabela em formato {shape}):</translation>
        </message>
        <message>
            <source>wide</source>
            <translation>largo</translation>
        </message>
        <message>
            <source>long</source>
            <translation>longo</translation>
        </message>
        <message>
            <source>columns used: {columns}</source>
            <translation>colunas usadas: {columns}</translation>
        </message>
        <message>
            <source>columns ignored: {columns}</source>
            <translation>colunas ignoradas: {columns}</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {unchanged} unchanged, {missing} missing (.., -, n/a) skipped</source>
            <translation>{added} a adicionar, {updated} a atualizar, {unchanged} sem alteração, {missing} ausentes (.., -, n/a) ignorados</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>observação: {text}</translation>
        </message>
        <message>
            <source>{first}…{last}: one year each</source>
            <translation>{first}…{last}: um ano cada</translation>
        </message>
        <message>
            <source>a second column for the same thing; keep one</source>
            <translation>uma segunda coluna para o mesmo dado; mantenha apenas uma</translation>
        </message>
        <message>
            <source>no column names the indicator (a header such as Indicator or Code)</source>
            <translation>nenhuma coluna indica o indicador (um cabeçalho como Indicador ou Código)</translation>
        </message>
        <message>
            <source>no column holds the values (a header such as Value), and no header is a year (2015, 2016…)</source>
            <translation>nenhuma coluna contém os valores (um cabeçalho como Valor), e nenhum cabeçalho é um ano (2015, 2016…)</translation>
        </message>
        <message>
            <source>no column gives the year (a header such as Year or Period)</source>
            <translation>nenhuma coluna informa o ano (um cabeçalho como Ano ou Período)</translation>
        </message>
        <message>
            <source>is a formula without a saved value or a spreadsheet error; formulas are not calculated, type the value instead</source>
            <translation>é uma fórmula sem valor salvo ou com erro de planilha; as fórmulas não são calculadas: digite o valor em vez da fórmula</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value was used</source>
            <translation>é uma fórmula; ela não foi calculada, foi usado o seu valor salvo</translation>
        </message>
        <message>
            <source>no indicator given</source>
            <translation>nenhum indicador informado</translation>
        </message>
        <message>
            <source>{n} indicators of the workshop answer to this; give the code</source>
            <translation>{n} indicadores da oficina correspondem a isto; informe o código</translation>
        </message>
        <message>
            <source>no indicator of the workshop has this code or name; add it to the indicators first</source>
            <translation>nenhum indicador da oficina tem este código ou nome; adicione-o primeiro aos indicadores</translation>
        </message>
        <message>
            <source>not a disaggregation of the list (sex, age, migratory status, geographic location…)</source>
            <translation>não é uma desagregação da lista (sexo, idade, status migratório, localização geográfica…)</translation>
        </message>
        <message>
            <source>the row is disaggregated by {a} and by {b} at once; a value has one disaggregation: import such a cross-table one dimension at a time</source>
            <translation>a linha está desagregada por {a} e por {b} ao mesmo tempo; um valor tem uma única desagregação: importe essa tabela cruzada uma dimensão de cada vez</translation>
        </message>
        <message>
            <source>no data source of the workshop has this name; add it to the data sources, or empty the cell</source>
            <translation>nenhuma fonte de dados da oficina tem este nome; adicione-a às fontes de dados ou esvazie a célula</translation>
        </message>
        <message>
            <source>several data sources have this name</source>
            <translation>várias fontes de dados têm este nome</translation>
        </message>
        <message>
            <source>is not a year (1900–2100) or a period such as 2015-2019</source>
            <translation>não é um ano (1900–2100) nem um período como 2015-2019</translation>
        </message>
        <message>
            <source>no year given</source>
            <translation>nenhum ano informado</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>não é um número</translation>
        </message>
        <message>
            <source>looks like a formula; a value must be a number</source>
            <translation>parece uma fórmula; um valor deve ser um número</translation>
        </message>
        <message>
            <source>has a percent sign but the unit says “{unit}”</source>
            <translation>tem um sinal de porcentagem, mas a unidade indica “{unit}”</translation>
        </message>
        <message>
            <source>the same value (indicator, year and disaggregation) is also in row {row}</source>
            <translation>o mesmo valor (indicador, ano e desagregação) também está na linha {row}</translation>
        </message>
        <message>
            <source>“{name}” is empty: it has no header row.</source>
            <translation>“{name}” está vazio: não tem linha de cabeçalho.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>“{name}” é grande demais para importar ({mb} MB; no máximo {max} MB).</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>“{name}” não existe ou não é um arquivo.</translation>
        </message>
        <message>
            <source>--sheet is for an Excel workbook; “{name}” is a CSV file.</source>
            <translation>--sheet é para uma pasta de trabalho Excel; “{name}” é um arquivo CSV.</translation>
        </message>
        <message>
            <source>“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).</source>
            <translation>“{name}” não é um arquivo CSV (.csv) nem uma pasta de trabalho Excel (.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is not a text table (CSV); it looks like a binary file.</source>
            <translation>“{name}” não é uma tabela de texto (CSV); parece ser um arquivo binário.</translation>
        </message>
        <message>
            <source>“{name}” has {n} columns; a table of values has at most {max}.</source>
            <translation>“{name}” tem {n} colunas; uma tabela de valores tem no máximo {max}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as a CSV table: {reason}</source>
            <translation>Não é possível ler “{name}” como tabela CSV: {reason}</translation>
        </message>
        <message>
            <source>“{name}” has more than {max} rows; split the table.</source>
            <translation>“{name}” tem mais de {max} linhas; divida a tabela.</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>“{name}” não tem a planilha “{sheet}”; suas planilhas são: {sheets}.</translation>
        </message>
        <message>
            <source>could be {a} or {b}: no other number of the file shows which separator is the decimal one; write {a} or {b}</source>
            <translation>pode ser {a} ou {b}: nenhum outro número do arquivo mostra qual separador é o decimal; escreva {a} ou {b}</translation>
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
            <translation>Integre a migração no planejamento do desenvolvimento, uma etapa de cada vez. Cada alteração é salva no momento em que é feita.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nova oficina…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Abrir uma oficina…</translation>
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation>Abrir a oficina de exemplo</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Oficinas recentes</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation>um valor da lista suspensa</translation>
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation>um ou mais valores da lista suspensa, separados por “; ”</translation>
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation>o nome de um registro da planilha {sheet}</translation>
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation>um número inteiro de {lo} a {hi}</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>um número de {lo} a {hi}</translation>
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation>um número inteiro, no mínimo {lo}</translation>
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation>um número, no mínimo {lo}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>um número inteiro</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>um número</translation>
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation>um ano (AAAA)</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>uma data (AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>sim ou não</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>um endereço de e-mail</translation>
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation>texto, no máximo {n} caracteres</translation>
        </message>
        <message>
            <source>Left empty in this export; existing values are kept.</source>
            <translation>Deixada em branco nesta exportação; os valores existentes são mantidos.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Obrigatório.</translation>
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation>Cada planilha é uma lista da oficina: uma linha por registro. A primeira linha contém os cabeçalhos das colunas; não renomeie, mova nem exclua as planilhas nem os cabeçalhos.</translation>
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation>Para adicionar um registro, preencha uma nova linha no final da planilha correspondente. Para alterar um registro, edite a linha dele. As colunas com cabeçalho laranja são obrigatórias: preencha-as em todas as linhas.</translation>
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation>A coluna A de cada planilha de lista está oculta: ela contém o identificador do registro. Não a altere; ela fica vazia nas novas linhas. Excluir uma linha aqui não exclui o registro quando a pasta de trabalho é importada.</translation>
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation>Quando uma célula faz referência a outra lista (um detentor, um ministério líder, um setor), digite ou escolha o nome do registro exatamente como aparece na planilha dessa lista. Um registro adicionado nesta pasta de trabalho pode ser referenciado pelo nome da mesma forma.</translation>
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation>Quando uma célula aceita vários valores, separe-os com ponto e vírgula (“; ”). Escolha os valores nas listas suspensas; as datas são escritas no formato AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation>As fórmulas não são lidas: digite valores, não fórmulas.</translation>
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation>Quando a pasta de trabalho é devolvida, o facilitador a importa no arquivo da oficina. A importação mostra primeiro o que será adicionado e alterado e lista cada problema por planilha, linha e coluna; nada é alterado até que todos os problemas sejam corrigidos.</translation>
        </message>
        <message>
            <source>This copy leaves out personal data: the columns for names, positions and contact details of people (grey headers) are empty. Fill them in for new rows only; an empty cell there leaves what the workshop holds as it is.</source>
            <translation>Esta cópia omite os dados pessoais: as colunas de nomes, cargos e dados de contato das pessoas (cabeçalhos cinza) estão vazias. Preencha-as somente nas novas linhas; uma célula vazia nessas colunas mantém inalterado o que consta da oficina.</translation>
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation>Pasta de trabalho do Mainstream Desktop</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exportado em</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <source>included</source>
            <translation>incluídos</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>omitidos</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>Como preencher esta pasta de trabalho</translation>
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation>Planilhas e colunas</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Planilha</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Coluna</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Obrigatória</translation>
        </message>
        <message>
            <source>What to enter</source>
            <translation>O que inserir</translation>
        </message>
        <message>
            <source>Left empty in this export (no personal data); existing values are kept. Fill it in for new rows.</source>
            <translation>Deixada em branco nesta exportação (sem dados pessoais); os valores existentes são mantidos. Preencha-a nas novas linhas.</translation>
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation>Vários valores: separe-os com “; ”. Pressione OK para manter o que você digitou.</translation>
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation>Não encontrado na planilha {sheet}. Mantenha-o somente se for o nome exato de um registro dessa planilha.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation>O disco está cheio. Libere espaço (ou escolha outro disco) e tente novamente; nada foi gravado.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>Não é possível gravar “{path}”: {reason}.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>Não foi possível gravar o arquivo: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Reduzir</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Tamanho real</translation>
        </message>
        <message>
            <source>Pre&amp;vious question</source>
            <translation>Pergunta an&amp;terior</translation>
        </message>
        <message>
            <source>Next &amp;question</source>
            <translation>Próxima &amp;pergunta</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation>Emprego e mercados de trabalho</translation>
        </message>
        <message>
            <source>Education and skills development</source>
            <translation>Educação e desenvolvimento de competências</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Saúde</translation>
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation>Agricultura, segurança alimentar e desenvolvimento rural</translation>
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation>Desenvolvimento urbano, habitação e serviços locais</translation>
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation>Proteção social e seguridade social</translation>
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation>Finanças, remessas e inclusão financeira</translation>
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation>Desenvolvimento do setor privado, investimento e comércio</translation>
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation>Envolvimento da diáspora</translation>
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation>Meio ambiente, mudança do clima e redução do risco de desastres</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>Igualdade de gênero</translation>
        </message>
        <message>
            <source>Children and youth</source>
            <translation>Crianças e jovens</translation>
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation>Governança, Estado de direito e direitos humanos</translation>
        </message>
        <message>
            <source>Security and border management</source>
            <translation>Segurança e gestão de fronteiras</translation>
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation>Órgão governamental líder / ponto focal nacional</translation>
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation>Ministérios e órgãos setoriais</translation>
        </message>
        <message>
            <source>National statistical system</source>
            <translation>Sistema estatístico nacional</translation>
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation>Banco central e reguladores financeiros</translation>
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation>Autoridades locais e regionais</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>Parlamento</translation>
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation>Instituições nacionais de direitos humanos</translation>
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation>Migrantes, diáspora e suas organizações</translation>
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation>Sociedade civil e organizações religiosas</translation>
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation>Sindicatos / organizações de trabalhadores</translation>
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation>Empregadores, setor privado e setor de recrutamento</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>Academia e pesquisa</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Meios de comunicação</translation>
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation>Sistema das Nações Unidas e organizações internacionais</translation>
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation>Parceiros de desenvolvimento e doadores</translation>
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation>Órgãos regionais e interestatais</translation>
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation>Comunidades de origem, trânsito e destino</translation>
        </message>
        <message>
            <source>Population and housing census</source>
            <translation>Censo de população e habitação</translation>
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation>Pesquisa sobre a força de trabalho (com módulo de migração)</translation>
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation>Pesquisa de renda/despesas domiciliares ou de condições de vida</translation>
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation>Pesquisa de Demografia e Saúde (DHS) / Pesquisa de Indicadores Múltiplos por Conglomerados (MICS)</translation>
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation>Pesquisa especializada sobre migração, remessas ou custos da migração</translation>
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation>Registro de população / registro de estrangeiros</translation>
        </message>
        <message>
            <source>Residence permit records</source>
            <translation>Registros de autorizações de residência</translation>
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation>Registros de autorizações de trabalho e de trabalhadores que emigram</translation>
        </message>
        <message>
            <source>Visa records</source>
            <translation>Registros de vistos</translation>
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation>Registros de passagem de fronteira (entrada/saída)</translation>
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation>Registro de solicitantes de asilo e refugiados</translation>
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation>Registros consulares de nacionais no exterior</translation>
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation>Registro civil e estatísticas vitais</translation>
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation>Estatísticas de remessas do balanço de pagamentos</translation>
        </message>
        <message>
            <source>Remittance price data</source>
            <translation>Dados sobre preços de remessas</translation>
        </message>
        <message>
            <source>Education management information system</source>
            <translation>Sistema de informação para a gestão da educação</translation>
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation>Registros de profissionais de saúde</translation>
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation>Registros administrativos de seguridade social e fiscais</translation>
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation>Dados sobre casos de tráfico de pessoas e de contrabando de migrantes</translation>
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation>Mortes e desaparecimentos durante a migração</translation>
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation>Monitoramento de deslocamentos</translation>
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation>Inventários de políticas migratórias</translation>
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation>Dados não tradicionais (telefonia móvel, dados on-line e de redes sociais)</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <translation>País de nascimento</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation>País de cidadania</translation>
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation>Aquisição de cidadania</translation>
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation>Ano ou período de chegada</translation>
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation>Local de nascimento (no país)</translation>
        </message>
        <message>
            <source>Duration of residence</source>
            <translation>Tempo de residência</translation>
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation>Local ou país de residência anterior</translation>
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation>Local de residência há 1 ano</translation>
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation>Local de residência há 5 anos</translation>
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation>Já residiu no exterior</translation>
        </message>
        <message>
            <source>Reason for migration</source>
            <translation>Motivo da migração</translation>
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation>Membros do domicílio que vivem atualmente no exterior</translation>
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation>Membros do domicílio que já viveram no exterior</translation>
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation>Migração de retorno (retornados e tempo no exterior)</translation>
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation>Intenção de migrar</translation>
        </message>
        <message>
            <source>Remittances received</source>
            <translation>Remessas recebidas</translation>
        </message>
        <message>
            <source>Remittances sent</source>
            <translation>Remessas enviadas</translation>
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation>Custos de recrutamento pagos por trabalhadores migrantes</translation>
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation>País de nascimento dos pais</translation>
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation>Situação legal / tipo de autorização</translation>
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation>Condição de solicitante de asilo ou de refugiado</translation>
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation>Motivo da viagem ou da estada</translation>
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation>País de destino (de emigrantes e trabalhadores que emigram)</translation>
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation>País de residência (nacionais no exterior)</translation>
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation>País de formação ou de qualificação</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Idade</translation>
        </message>
        <message>
            <source>Migratory status</source>
            <translation>Status migratório</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Cidadania</translation>
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation>País de residência anterior</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Renda</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Deficiência</translation>
        </message>
        <message>
            <source>Geographic location</source>
            <translation>Localização geográfica</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Raça</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>Etnia</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Escolaridade</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupação</translation>
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation>Foi tomada, em alto nível do governo, uma decisão formal de integrar a migração no planejamento do desenvolvimento.</translation>
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation>Foi escolhido um órgão líder com mandato claro (por exemplo, um órgão de planejamento ou o gabinete do chefe de governo) e foi designado, dentro do governo, um ponto focal nacional para liderar e coordenar o trabalho.</translation>
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation>Foi identificado um facilitador especializado para apoiar o ponto focal.</translation>
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation>Existe um pequeno grupo de apoio (governo, Equipe das Nações Unidas no País e, eventualmente, sociedade civil) para prestar assessoria técnica.</translation>
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation>Existe um mecanismo de coordenação interministerial com termos de referência escritos que definem sua composição, seu mandato e suas funções.</translation>
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation>Foi criado um mecanismo de consulta com múltiplas partes interessadas para que migrantes, diáspora, sociedade civil, setor privado, sindicatos e academia sejam consultados regularmente.</translation>
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation>Os atores governamentais e não governamentais foram informados desde o início e sensibilizados sobre o que a integração da migração envolve e o que têm a ganhar com ela.</translation>
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation>Os recursos para o trabalho de integração estão alocados no orçamento nacional ou garantidos de outra forma.</translation>
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation>O trabalho está vinculado ao plano nacional de desenvolvimento e ao seu calendário, ou a uma estratégia autônoma que sirva aos objetivos do plano.</translation>
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation>O instituto nacional de estatística está envolvido e o governo se comprometeu a melhorar e atualizar os dados sobre migração.</translation>
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation>Os governos locais e regionais estão envolvidos, para que as políticas sejam coerentes entre os níveis de governo.</translation>
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation>O governo elaborou, ou decidiu elaborar, um plano nacional voluntário de implementação do Pacto Global para Migração, com revisões inclusivas periódicas.</translation>
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation>O que esta oficina deve produzir e quem vai utilizar os resultados?</translation>
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation>Estamos incorporando a migração em um novo plano nacional de desenvolvimento que está sendo elaborado agora, ou preparando uma estratégia separada de migração e desenvolvimento que sirva ao plano existente?</translation>
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation>Quais tipos de movimento são mais importantes para o país (emigração, imigração, retorno, trânsito, migração interna) e quais serão abrangidos por este exercício?</translation>
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation>Quem está presente hoje e quais ministérios, níveis de governo ou grupos não governamentais estão ausentes?</translation>
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation>Em que trabalhos anteriores podemos nos basear, como um perfil migratório, um relatório nacional de desenvolvimento humano ou um relatório nacional sobre os ODS?</translation>
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation>Quais outros processos de planejamento ou relativos aos ODS estão em curso ao mesmo tempo, e como este trabalho se articulará com eles?</translation>
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation>O que precisamos acordar antes de sair hoje e quem levará adiante as próximas etapas?</translation>
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation>O governo decidiu formalmente integrar a migração no planejamento do desenvolvimento e em que nível essa decisão foi tomada?</translation>
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation>Qual órgão tem o mandato para liderar a integração da migração e ele designou um ponto focal?</translation>
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation>Existe um grupo interministerial para coordenar o trabalho e ele tem termos de referência escritos?</translation>
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation>Como os migrantes, a diáspora, a sociedade civil, os empregadores, os sindicatos e os pesquisadores serão consultados regularmente?</translation>
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation>Há recursos no orçamento para este trabalho e, se não houver, de onde poderiam vir?</translation>
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation>Como o trabalho será vinculado ao plano nacional de desenvolvimento e ao seu calendário?</translation>
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation>O instituto nacional de estatística está envolvido e o governo se comprometeu a melhorar os dados sobre migração?</translation>
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation>Como os governos locais e regionais estão participando?</translation>
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation>Quais ministérios, órgãos e outras entidades têm mandato ou programas relacionados com a migração?</translation>
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation>O que cada parte interessada espera da política migratória, e é provável que apoie este trabalho ou se oponha a ele?</translation>
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation>Como mudanças na política migratória afetariam cada grupo?</translation>
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation>Quem tem mais peso nas decisões e como podemos obter o seu apoio?</translation>
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation>Os migrantes, os membros da diáspora, as mulheres e outros grupos diretamente afetados podem falar por si mesmos neste processo?</translation>
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation>Onde os mandatos se sobrepõem ou deixam lacunas, e quem deveria coordenar?</translation>
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation>Quais leis, políticas e planos já afetam a migração, e algum deles aponta em direções diferentes?</translation>
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation>Quais fontes já contêm dados sobre migração: o censo, pesquisas, registros administrativos, registros de fronteira, autorizações, estatísticas de remessas?</translation>
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation>Quem é o detentor de cada fonte, com que frequência ela é atualizada e podemos ter acesso a ela?</translation>
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation>As fontes registram o país de nascimento, o país de cidadania e o ano de chegada?</translation>
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation>Os dados podem ser desagregados por sexo, idade e status migratório, e por outras características relevantes no contexto do país?</translation>
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation>O que sabemos sobre os cidadãos que vivem no exterior e sobre as pessoas que retornaram?</translation>
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation>Quais dos nossos indicadores prioritários dos ODS e do PGM podemos medir hoje e onde estão as lacunas?</translation>
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation>Poderíamos preencher as lacunas incluindo perguntas em pesquisas planejadas ou no próximo censo, ou utilizando indicadores aproximados?</translation>
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation>Como os órgãos compartilharão dados entre si, protegendo ao mesmo tempo as informações pessoais?</translation>
        </message>
        <message>
            <source>How many people have left the country, arrived, returned or moved within it, and how have these stocks and flows changed over the last ten years?</source>
            <translation>Quantas pessoas deixaram o país, chegaram, retornaram ou se deslocaram dentro dele, e como esses estoques e fluxos mudaram nos últimos dez anos?</translation>
        </message>
        <message>
            <source>How much do remittances bring in, as a share of GDP, and how much does it cost to send them? Which corridors are the most expensive?</source>
            <translation>Quanto as remessas representam, como proporção do PIB, e quanto custa enviá-las? Quais corredores são os mais caros?</translation>
        </message>
        <message>
            <source>What do the figures say about the goals of the national development plan, and which goal has no figure to track it?</source>
            <translation>O que os dados dizem sobre os objetivos do plano nacional de desenvolvimento, e qual objetivo não tem nenhum dado para acompanhá-lo?</translation>
        </message>
        <message>
            <source>Which figures are more than five years old or not broken down by sex, age and region, and who could update them before the plan is adopted?</source>
            <translation>Quais dados têm mais de cinco anos ou não estão desagregados por sexo, idade e região, e quem poderia atualizá-los antes da adoção do plano?</translation>
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation>Como a migração afeta os objetivos deste setor e como as políticas do setor afetam a migração?</translation>
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation>Em que aspectos a migração traz benefícios para este setor, como competências, trabalhadores ou remessas, e em que aspectos gera pressões ou riscos?</translation>
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation>Os serviços e programas do setor chegam aos migrantes, aos retornados e às famílias que ficaram no país de origem?</translation>
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation>A estratégia ou o plano setorial atual menciona a migração? Em caso afirmativo, de que forma?</translation>
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation>Que efeitos indiretos uma mudança neste setor poderia ter em outros, por exemplo, uma reforma agrícola que leve as pessoas a se mudarem para as cidades?</translation>
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation>Para quais metas dos ODS e objetivos do PGM este setor contribui?</translation>
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation>Quem deste setor deve participar do acompanhamento?</translation>
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation>Quais questões da nossa análise devem ser as principais prioridades, e por quê?</translation>
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation>Que ação concreta responderá a cada prioridade?</translation>
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation>Qual órgão é responsável por cada ação e quem vai apoiá-lo?</translation>
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation>Até quando cada ação deve ser concluída?</translation>
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation>Quanto custará cada ação e de onde virão os recursos?</translation>
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation>Qual indicador mostrará se a ação funcionou e quem vai prestar informações sobre ele?</translation>
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation>Como o plano de ação será incorporado ao plano nacional de desenvolvimento e ao ciclo orçamentário?</translation>
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation>Quando e como vamos examinar o progresso e ajustar o plano?</translation>
        </message>
        <message>
            <source>Non-discrimination: do the sector's laws, rules or practices treat migrants differently by nationality, migration status, sex or age, and is the difference justified?</source>
            <translation>Não discriminação: as leis, normas ou práticas do setor tratam os migrantes de forma diferente segundo a nacionalidade, o status migratório, o sexo ou a idade, e essa diferença é justificada?</translation>
        </message>
        <message>
            <source>Access to services and justice: can migrants, including those in an irregular situation, use the sector's services and complain or seek a remedy without fear of being reported to immigration authorities?</source>
            <translation>Acesso a serviços e à justiça: os migrantes, incluindo os que estão em situação irregular, podem utilizar os serviços do setor e apresentar queixa ou buscar reparação sem medo de serem denunciados às autoridades de imigração?</translation>
        </message>
        <message>
            <source>Detention: does the sector's policy lead to anyone being detained for migration reasons, for how long and with what review, and which alternatives to detention exist, above all for children and families?</source>
            <translation>Detenção: a política do setor leva à detenção de alguém por motivos migratórios, por quanto tempo e com que revisão, e que alternativas à detenção existem, sobretudo para crianças e famílias?</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations: which groups does the sector miss or put at risk, such as women at risk, unaccompanied children, victims of trafficking, stateless persons, migrant domestic workers or families left behind?</source>
            <translation>Grupos em situação de vulnerabilidade: quais grupos o setor deixa de atender ou põe em risco, como mulheres em situação de risco, crianças desacompanhadas, vítimas de tráfico de pessoas, apátridas, trabalhadores domésticos migrantes ou famílias que permanecem no país de origem?</translation>
        </message>
        <message>
            <source>Gender: how do the sector's policies affect migrant women and men, girls and boys differently, and were women's organisations consulted?</source>
            <translation>Gênero: como as políticas do setor afetam de forma diferente mulheres e homens, meninas e meninos migrantes, e as organizações de mulheres foram consultadas?</translation>
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation>Preparação da oficina</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>Compromisso político</translation>
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation>Mapeamento institucional e das partes interessadas</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>Inventário de dados</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>Análise setorial</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plano de ação</translation>
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation>Acordar por que o país está integrando a migração, o que o exercício abrangerá e quem precisa ser envolvido. Decidir se a migração será incorporada a um novo plano nacional de desenvolvimento ou a uma estratégia autônoma vinculada a ele, e listar os estudos existentes que servirão de base.</translation>
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation>Verificar se o respaldo político e a estrutura de apoio estão estabelecidos antes do início do trabalho técnico. Isso significa uma decisão de alto nível, um órgão líder com um ponto focal, mecanismos de coordenação e de consulta, um orçamento e um vínculo claro com o plano nacional.</translation>
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation>Mapear os órgãos governamentais e outros atores cujos mandatos, interesses ou programas se relacionam com a migração. Registrar a função, a influência e a provável posição de cada um, para que o grupo possa planejar como envolvê-los e onde é necessária coordenação.</translation>
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation>Listar as fontes de dados que podem descrever a migração e seus efeitos, quem as detém e o que captam. Compará-las com os indicadores priorizados pelo país para identificar lacunas, desagregação insuficiente e formas práticas de superá-las.</translation>
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation>Examinar cada setor de desenvolvimento para ver como a migração afeta seus objetivos e como suas políticas afetam a migração, incluindo os efeitos indiretos entre setores. O resultado é um panorama, setor por setor, dos vínculos, lacunas e oportunidades para o plano.</translation>
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation>Transformar as conclusões em uma lista curta de prioridades e ações concretas. Cada ação recebe um órgão responsável, um prazo, uma estimativa de custo e um indicador, para que o progresso possa ser monitorado e relatado.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Dados</translation>
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation>Minimizar fatores adversos</translation>
        </message>
        <message>
            <source>Information provision</source>
            <translation>Prestação de informações</translation>
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation>Identidade legal e documentação</translation>
        </message>
        <message>
            <source>Regular pathways</source>
            <translation>Vias regulares</translation>
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation>Recrutamento e trabalho decente</translation>
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation>Reduzir vulnerabilidades</translation>
        </message>
        <message>
            <source>Save lives</source>
            <translation>Salvar vidas</translation>
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation>Combater o contrabando de migrantes</translation>
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation>Erradicar o tráfico de pessoas</translation>
        </message>
        <message>
            <source>Manage borders</source>
            <translation>Gerir fronteiras</translation>
        </message>
        <message>
            <source>Screening and referral</source>
            <translation>Triagem e encaminhamento</translation>
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation>Alternativas à detenção</translation>
        </message>
        <message>
            <source>Consular protection</source>
            <translation>Proteção consular</translation>
        </message>
        <message>
            <source>Access to basic services</source>
            <translation>Acesso a serviços básicos</translation>
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation>Inclusão e coesão social</translation>
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation>Eliminar a discriminação</translation>
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation>Desenvolvimento e reconhecimento de competências</translation>
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation>Contribuições de migrantes e da diáspora</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>Remessas</translation>
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation>Retorno digno e reintegração</translation>
        </message>
        <message>
            <source>Social protection</source>
            <translation>Proteção social</translation>
        </message>
        <message>
            <source>International cooperation</source>
            <translation>Cooperação internacional</translation>
        </message>
        <message>
            <source>Collect and utilize accurate and disaggregated data as a basis for evidence-based policies</source>
            <translation>Coletar e utilizar dados precisos e desagregados como base para políticas baseadas em evidências</translation>
        </message>
        <message>
            <source>Minimize the adverse drivers and structural factors that compel people to leave their country of origin</source>
            <translation>Minimizar os fatores adversos e estruturais que obrigam as pessoas a deixar seu país de origem</translation>
        </message>
        <message>
            <source>Provide accurate and timely information at all stages of migration</source>
            <translation>Fornecer informações precisas e oportunas em todas as etapas da migração</translation>
        </message>
        <message>
            <source>Ensure that all migrants have proof of legal identity and adequate documentation</source>
            <translation>Garantir que todos os migrantes tenham prova de identidade legal e documentação adequada</translation>
        </message>
        <message>
            <source>Enhance availability and flexibility of pathways for regular migration</source>
            <translation>Aumentar a disponibilidade e a flexibilidade das vias para a migração regular</translation>
        </message>
        <message>
            <source>Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work</source>
            <translation>Facilitar o recrutamento justo e ético e salvaguardar condições que garantam um trabalho decente</translation>
        </message>
        <message>
            <source>Address and reduce vulnerabilities in migration</source>
            <translation>Abordar e reduzir as vulnerabilidades na migração</translation>
        </message>
        <message>
            <source>Save lives and establish coordinated international efforts on missing migrants</source>
            <translation>Salvar vidas e estabelecer esforços internacionais coordenados sobre migrantes desaparecidos</translation>
        </message>
        <message>
            <source>Strengthen the transnational response to smuggling of migrants</source>
            <translation>Fortalecer a resposta transnacional ao contrabando de migrantes</translation>
        </message>
        <message>
            <source>Prevent, combat and eradicate trafficking in persons in the context of international migration</source>
            <translation>Prevenir, combater e erradicar o tráfico de pessoas no contexto da migração internacional</translation>
        </message>
        <message>
            <source>Manage borders in an integrated, secure and coordinated manner</source>
            <translation>Gerenciar as fronteiras de maneira integrada, segura e coordenada</translation>
        </message>
        <message>
            <source>Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral</source>
            <translation>Reforçar a segurança jurídica e previsibilidade nos procedimentos de migração para triagem, processamento e encaminhamento apropriados</translation>
        </message>
        <message>
            <source>Use migration detention only as a measure of last resort and work towards alternatives</source>
            <translation>Utilizar a detenção de migrantes apenas como medida de último recurso e buscar alternativas</translation>
        </message>
        <message>
            <source>Enhance consular protection, assistance and cooperation throughout the migration cycle</source>
            <translation>Fortalecer a proteção, a assistência e a cooperação consulares ao longo de todo o ciclo migratório</translation>
        </message>
        <message>
            <source>Provide access to basic services for migrants</source>
            <translation>Fornecer acesso a serviços básicos para migrantes</translation>
        </message>
        <message>
            <source>Empower migrants and societies to realize full inclusion and social cohesion</source>
            <translation>Empoderar os migrantes e as sociedades para a plena inclusão e coesão social</translation>
        </message>
        <message>
            <source>Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration</source>
            <translation>Eliminar todas as formas de discriminação e promover uma narrativa pública baseada em evidências para formar percepções sobre a migração</translation>
        </message>
        <message>
            <source>Invest in skills development and facilitate mutual recognition of skills, qualifications and competences</source>
            <translation>Investir no desenvolvimento de competências e facilitar o reconhecimento mútuo de habilidades, qualificações e competências</translation>
        </message>
        <message>
            <source>Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries</source>
            <translation>Criar condições para os migrantes e as diásporas contribuírem plenamente para o desenvolvimento sustentável em todos os países</translation>
        </message>
        <message>
            <source>Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants</source>
            <translation>Promover transferências de remessas mais rápidas, seguras e baratas e fomentar a inclusão financeira dos migrantes</translation>
        </message>
        <message>
            <source>Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration</source>
            <translation>Cooperar para facilitar o retorno e a readmissão seguros e dignos, bem como a reintegração sustentável</translation>
        </message>
        <message>
            <source>Establish mechanisms for the portability of social security entitlements and earned benefits</source>
            <translation>Estabelecer mecanismos para a portabilidade dos direitos de seguridade social e dos benefícios adquiridos</translation>
        </message>
        <message>
            <source>Strengthen international cooperation and global partnerships for safe, orderly and regular migration</source>
            <translation>Fortalecer a cooperação internacional e as parcerias globais para uma migração segura, ordenada e regular</translation>
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation>Implementar, em nível nacional, medidas e sistemas de proteção social adequados, para todos, incluindo pisos, e até 2030 atingir a cobertura substancial dos pobres e vulneráveis</translation>
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation>Proporção da população abrangida por pisos/sistemas de proteção social, por sexo, distinguindo crianças, desempregados, idosos, pessoas com deficiência, mulheres grávidas, recém-nascidos, vítimas de acidentes de trabalho, pobres e vulneráveis</translation>
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation>Até 2030, construir a resiliência dos pobres e daqueles em situação de vulnerabilidade, e reduzir a exposição e vulnerabilidade destes a eventos extremos relacionados com o clima e outros choques e desastres econômicos, sociais e ambientais</translation>
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation>Número de mortes, pessoas desaparecidas e pessoas diretamente afetadas atribuído a desastres por 100 mil habitantes</translation>
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation>Perdas econômicas diretas atribuídas a desastres em relação ao produto interno bruto (PIB) global</translation>
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Número de países que adotam e implementam estratégias nacionais de redução do risco de desastres em conformidade com o Marco de Sendai para a Redução do Risco de Desastres 2015–2030</translation>
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation>Proporção de governos locais que adotam e implementam estratégias locais de redução do risco de desastres em conformidade com as estratégias nacionais de redução do risco de desastres</translation>
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation>Atingir a cobertura universal de saúde, incluindo a proteção do risco financeiro, o acesso a serviços de saúde essenciais de qualidade e o acesso a medicamentos e vacinas essenciais seguros, eficazes, de qualidade e a preços acessíveis para todos</translation>
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation>Cobertura de serviços essenciais de saúde</translation>
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation>Proporção da população com grandes gastos domiciliares em saúde em relação ao total de despesas ou da renda do domicílio</translation>
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation>Aumentar substancialmente o financiamento da saúde e o recrutamento, desenvolvimento e formação, e retenção do pessoal de saúde nos países em desenvolvimento, especialmente nos países menos desenvolvidos e nos pequenos Estados insulares em desenvolvimento</translation>
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation>Densidade e distribuição dos profissionais de saúde</translation>
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation>Até 2030, aumentar substancialmente o número de jovens e adultos que tenham habilidades relevantes, inclusive competências técnicas e profissionais, para emprego, trabalho decente e empreendedorismo</translation>
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation>Proporção de jovens e adultos com habilidades em tecnologias de informação e comunicação (TIC), por tipo de habilidade</translation>
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation>Até 2020, substancialmente ampliar globalmente o número de bolsas de estudo para os países em desenvolvimento, em particular os países menos desenvolvidos, pequenos Estados insulares em desenvolvimento e os países africanos, para o ensino superior, incluindo programas de formação profissional, de tecnologia da informação e da comunicação, técnicos, de engenharia e programas científicos em países desenvolvidos e outros países em desenvolvimento</translation>
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation>Volume dos fluxos de assistência oficial ao desenvolvimento destinados a bolsas de estudo</translation>
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation>Eliminar todas as formas de violência contra todas as mulheres e meninas nas esferas públicas e privadas, incluindo o tráfico e exploração sexual e de outros tipos</translation>
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation>Proporção de mulheres e meninas de 15 anos ou mais que já tiveram parceiro íntimo e que sofreram violência física, sexual ou psicológica por parte de um parceiro íntimo atual ou anterior nos últimos 12 meses, por forma de violência e por idade</translation>
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation>Proporção de mulheres e meninas de 15 anos ou mais que sofreram violência sexual por parte de pessoas que não eram seus parceiros íntimos nos últimos 12 meses, por idade e local de ocorrência</translation>
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation>Reconhecer e valorizar o trabalho de assistência e doméstico não remunerado, por meio da disponibilização de serviços públicos, infraestrutura e políticas de proteção social, bem como a promoção da responsabilidade compartilhada dentro do lar e da família, conforme os contextos nacionais</translation>
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation>Proporção do tempo gasto em trabalho doméstico e de cuidado não remunerado, por sexo, idade e localização</translation>
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation>Até 2030, alcançar o emprego pleno e produtivo e trabalho decente para todas as mulheres e homens, inclusive para os jovens e as pessoas com deficiência, e remuneração igual para trabalho de igual valor</translation>
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation>Remuneração média por hora dos empregados, por sexo, idade, ocupação e pessoas com deficiência</translation>
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation>Taxa de desemprego, por sexo, idade e pessoas com deficiência</translation>
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation>Tomar medidas imediatas e eficazes para erradicar o trabalho forçado, acabar com a escravidão moderna e o tráfico de pessoas, e assegurar a proibição e eliminação das piores formas de trabalho infantil, incluindo recrutamento e utilização de crianças-soldado, e até 2025 acabar com o trabalho infantil em todas as suas formas</translation>
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation>Proporção e número de crianças de 5 a 17 anos envolvidas em trabalho infantil, por sexo e idade</translation>
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation>Proteger os direitos trabalhistas e promover ambientes de trabalho seguros e protegidos para todos os trabalhadores, incluindo os trabalhadores migrantes, em particular as mulheres migrantes, e pessoas em empregos precários</translation>
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation>Lesões ocupacionais fatais e não fatais por 100 mil trabalhadores, por sexo e status migratório</translation>
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation>Nível de cumprimento nacional dos direitos trabalhistas (liberdade de associação e negociação coletiva) com base em fontes textuais da Organização Internacional do Trabalho (OIT) e na legislação nacional, por sexo e status migratório</translation>
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation>Fortalecer a capacidade das instituições financeiras nacionais para incentivar a expansão do acesso aos serviços bancários, de seguros e financeiros para todos</translation>
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation>(a) Número de agências bancárias comerciais por 100 mil adultos e (b) número de caixas eletrônicos por 100 mil adultos</translation>
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation>Proporção de adultos (15 anos ou mais) com conta em banco ou em outra instituição financeira ou em um provedor de serviços de dinheiro móvel</translation>
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation>Até 2030, empoderar e promover a inclusão social, econômica e política de todos, independentemente da idade, gênero, deficiência, raça, etnia, origem, religião, condição econômica ou outra</translation>
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation>Proporção de pessoas vivendo abaixo de 50% da renda mediana, por sexo, idade e pessoas com deficiência</translation>
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation>Garantir a igualdade de oportunidades e reduzir as desigualdades de resultados, inclusive por meio da eliminação de leis, políticas e práticas discriminatórias e da promoção de legislação, políticas e ações adequadas a este respeito</translation>
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation>Proporção da população que declara ter se sentido pessoalmente discriminada ou assediada nos últimos 12 meses por um motivo de discriminação proibido pelo direito internacional dos direitos humanos</translation>
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation>Facilitar a migração e a mobilidade ordenada, segura, regular e responsável das pessoas, inclusive por meio da implementação de políticas de migração planejadas e bem geridas</translation>
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation>Custo de recrutamento suportado pelo empregado como proporção da renda mensal auferida no país de destino</translation>
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation>Proporção de países com políticas migratórias que facilitam a migração e a mobilidade ordenada, segura, regular e responsável das pessoas</translation>
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation>Número de pessoas que morreram ou desapareceram no processo de migração em direção a um destino internacional</translation>
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation>Proporção da população composta por refugiados, por país de origem</translation>
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation>Até 2030, reduzir para menos de 3% os custos de transação de remessas dos migrantes e eliminar os corredores de remessas com custos superiores a 5%</translation>
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation>Custo das remessas como proporção do montante remetido</translation>
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation>Até 2030, garantir o acesso de todos à habitação segura, adequada e a preço acessível, e aos serviços básicos e urbanizar as favelas</translation>
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation>Proporção da população urbana que vive em favelas, assentamentos informais ou moradias inadequadas</translation>
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation>Reforçar a resiliência e a capacidade de adaptação a riscos relacionados ao clima e às catástrofes naturais em todos os países</translation>
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation>Acabar com abuso, exploração, tráfico e todas as formas de violência e tortura contra crianças</translation>
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation>Proporção de crianças de 1 a 17 anos que sofreram qualquer castigo físico e/ou agressão psicológica por parte de cuidadores no último mês</translation>
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation>Número de vítimas de tráfico de pessoas por 100 mil habitantes, por sexo, idade e forma de exploração</translation>
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation>Proporção de mulheres e homens jovens de 18 a 29 anos que sofreram violência sexual até os 18 anos</translation>
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation>Até 2030, fornecer identidade legal para todos, incluindo o registro de nascimento</translation>
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation>Proporção de crianças menores de 5 anos cujos nascimentos foram registrados em uma autoridade civil, por idade</translation>
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation>Promover e fazer cumprir leis e políticas não discriminatórias para o desenvolvimento sustentável</translation>
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation>Mobilizar recursos financeiros adicionais para os países em desenvolvimento a partir de múltiplas fontes</translation>
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation>Recursos financeiros adicionais mobilizados para os países em desenvolvimento a partir de múltiplas fontes</translation>
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation>Volume de remessas (em dólares dos Estados Unidos) como proporção do PIB total</translation>
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation>Reforçar a parceria global para o desenvolvimento sustentável, complementada por parcerias multissetoriais que mobilizem e compartilhem conhecimento, expertise, tecnologia e recursos financeiros, para apoiar a realização dos objetivos do desenvolvimento sustentável em todos os países, particularmente nos países em desenvolvimento</translation>
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation>Número de países que informam progressos em marcos de monitoramento da eficácia do desenvolvimento com múltiplas partes interessadas que apoiam a realização dos objetivos de desenvolvimento sustentável</translation>
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation>Incentivar e promover parcerias públicas, público-privadas e com a sociedade civil eficazes, a partir da experiência das estratégias de mobilização de recursos dessas parcerias</translation>
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation>Montante, em dólares dos Estados Unidos, comprometido com parcerias público-privadas para infraestrutura</translation>
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation>Até 2020, reforçar o apoio à capacitação para os países em desenvolvimento, inclusive para os países menos desenvolvidos e pequenos Estados insulares em desenvolvimento, para aumentar significativamente a disponibilidade de dados de alta qualidade, atuais e confiáveis, desagregados por renda, gênero, idade, raça, etnia, status migratório, deficiência, localização geográfica e outras características relevantes em contextos nacionais</translation>
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation>Indicadores de capacidade estatística</translation>
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation>Número de países que possuem legislação estatística nacional em conformidade com os Princípios Fundamentais das Estatísticas Oficiais</translation>
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation>Número de países com um plano estatístico nacional totalmente financiado e em implementação, por fonte de financiamento</translation>
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation>Até 2030, valer-se de iniciativas existentes para desenvolver medidas do progresso do desenvolvimento sustentável que complementem o produto interno bruto [PIB] e apoiem a capacitação estatística nos países em desenvolvimento</translation>
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation>Valor em dólares de todos os recursos disponibilizados para fortalecer a capacidade estatística nos países em desenvolvimento</translation>
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation>Proporção de países que (a) realizaram pelo menos um censo demográfico e habitacional nos últimos 10 anos; e (b) alcançaram 100% de registro de nascimentos e 80% de registro de óbitos</translation>
        </message>
        <message>
            <source>Universal Declaration of Human Rights</source>
            <translation>Declaração Universal dos Direitos Humanos</translation>
        </message>
        <message>
            <source>International Convention on the Elimination of All Forms of Racial Discrimination</source>
            <translation>Convenção Internacional sobre a Eliminação de Todas as Formas de Discriminação Racial</translation>
        </message>
        <message>
            <source>International Covenant on Civil and Political Rights</source>
            <translation>Pacto Internacional sobre Direitos Civis e Políticos</translation>
        </message>
        <message>
            <source>International Covenant on Economic, Social and Cultural Rights</source>
            <translation>Pacto Internacional sobre Direitos Econômicos, Sociais e Culturais</translation>
        </message>
        <message>
            <source>Convention on the Elimination of All Forms of Discrimination against Women</source>
            <translation>Convenção sobre a Eliminação de Todas as Formas de Discriminação contra a Mulher</translation>
        </message>
        <message>
            <source>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</source>
            <translation>Convenção contra a Tortura e Outros Tratamentos ou Penas Cruéis, Desumanos ou Degradantes</translation>
        </message>
        <message>
            <source>Convention on the Rights of the Child</source>
            <translation>Convenção sobre os Direitos da Criança</translation>
        </message>
        <message>
            <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
            <translation>Protocolo Facultativo à Convenção sobre os Direitos da Criança Referente à Venda de Crianças, à Prostituição Infantil e à Pornografia Infantil</translation>
        </message>
        <message>
            <source>International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families</source>
            <translation>Convenção Internacional sobre a Proteção dos Direitos de Todos os Trabalhadores Migrantes e dos Membros das Suas Famílias</translation>
        </message>
        <message>
            <source>Convention on the Rights of Persons with Disabilities</source>
            <translation>Convenção sobre os Direitos das Pessoas com Deficiência</translation>
        </message>
        <message>
            <source>International Convention for the Protection of All Persons from Enforced Disappearance</source>
            <translation>Convenção Internacional para a Proteção de Todas as Pessoas contra o Desaparecimento Forçado</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Refugees</source>
            <translation>Convenção relativa ao Estatuto dos Refugiados</translation>
        </message>
        <message>
            <source>Protocol relating to the Status of Refugees</source>
            <translation>Protocolo sobre o Estatuto dos Refugiados</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Stateless Persons</source>
            <translation>Convenção sobre o Estatuto dos Apátridas</translation>
        </message>
        <message>
            <source>Convention on the Reduction of Statelessness</source>
            <translation>Convenção para a Redução dos Casos de Apatridia</translation>
        </message>
        <message>
            <source>Vienna Convention on Consular Relations</source>
            <translation>Convenção de Viena sobre Relações Consulares</translation>
        </message>
        <message>
            <source>United Nations Convention against Transnational Organized Crime</source>
            <translation>Convenção das Nações Unidas contra o Crime Organizado Transnacional</translation>
        </message>
        <message>
            <source>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Protocolo Adicional à Convenção das Nações Unidas contra o Crime Organizado Transnacional Relativo à Prevenção, Repressão e Punição do Tráfico de Pessoas, em Especial Mulheres e Crianças</translation>
        </message>
        <message>
            <source>Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>Protocolo Adicional à Convenção das Nações Unidas contra o Crime Organizado Transnacional, Relativo ao Combate ao Tráfico de Migrantes por Via Terrestre, Marítima e Aérea</translation>
        </message>
        <message>
            <source>Forced Labour Convention, 1930 (No. 29)</source>
            <translation>Convenção sobre o Trabalho Forçado, 1930 (n.º 29)</translation>
        </message>
        <message>
            <source>Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)</source>
            <translation>Convenção sobre a Liberdade Sindical e a Proteção do Direito de Sindicalização, 1948 (n.º 87)</translation>
        </message>
        <message>
            <source>Right to Organise and Collective Bargaining Convention, 1949 (No. 98)</source>
            <translation>Convenção sobre o Direito de Sindicalização e de Negociação Coletiva, 1949 (n.º 98)</translation>
        </message>
        <message>
            <source>Equal Remuneration Convention, 1951 (No. 100)</source>
            <translation>Convenção sobre a Igualdade de Remuneração, 1951 (n.º 100)</translation>
        </message>
        <message>
            <source>Protocol of 2014 to the Forced Labour Convention, 1930</source>
            <translation>Protocolo de 2014 relativo à Convenção sobre o Trabalho Forçado, 1930</translation>
        </message>
        <message>
            <source>Migration for Employment Convention (Revised), 1949 (No. 97)</source>
            <translation>Convenção sobre os Trabalhadores Migrantes (Revista), 1949 (n.º 97)</translation>
        </message>
        <message>
            <source>Social Security (Minimum Standards) Convention, 1952 (No. 102)</source>
            <translation>Convenção sobre a Seguridade Social (Normas Mínimas), 1952 (n.º 102)</translation>
        </message>
        <message>
            <source>Abolition of Forced Labour Convention, 1957 (No. 105)</source>
            <translation>Convenção sobre a Abolição do Trabalho Forçado, 1957 (n.º 105)</translation>
        </message>
        <message>
            <source>Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</source>
            <translation>Convenção sobre a Discriminação (Emprego e Ocupação), 1958 (n.º 111)</translation>
        </message>
        <message>
            <source>Equality of Treatment (Social Security) Convention, 1962 (No. 118)</source>
            <translation>Convenção sobre a Igualdade de Tratamento (Seguridade Social), 1962 (n.º 118)</translation>
        </message>
        <message>
            <source>Minimum Age Convention, 1973 (No. 138)</source>
            <translation>Convenção sobre a Idade Mínima, 1973 (n.º 138)</translation>
        </message>
        <message>
            <source>Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)</source>
            <translation>Convenção sobre os Trabalhadores Migrantes (Disposições Complementares), 1975 (n.º 143)</translation>
        </message>
        <message>
            <source>Occupational Safety and Health Convention, 1981 (No. 155)</source>
            <translation>Convenção sobre Segurança e Saúde dos Trabalhadores, 1981 (n.º 155)</translation>
        </message>
        <message>
            <source>Maintenance of Social Security Rights Convention, 1982 (No. 157)</source>
            <translation>Convenção sobre a Preservação dos Direitos em Matéria de Seguridade Social, 1982 (n.º 157)</translation>
        </message>
        <message>
            <source>Private Employment Agencies Convention, 1997 (No. 181)</source>
            <translation>Convenção sobre as Agências de Emprego Privadas, 1997 (n.º 181)</translation>
        </message>
        <message>
            <source>Worst Forms of Child Labour Convention, 1999 (No. 182)</source>
            <translation>Convenção sobre as Piores Formas de Trabalho Infantil, 1999 (n.º 182)</translation>
        </message>
        <message>
            <source>Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)</source>
            <translation>Convenção sobre o Marco Promocional para a Segurança e Saúde no Trabalho, 2006 (n.º 187)</translation>
        </message>
        <message>
            <source>Work in Fishing Convention, 2007 (No. 188)</source>
            <translation>Convenção sobre o Trabalho na Pesca, 2007 (n.º 188)</translation>
        </message>
        <message>
            <source>Maritime Labour Convention, 2006</source>
            <translation>Convenção sobre Trabalho Marítimo, 2006</translation>
        </message>
        <message>
            <source>Domestic Workers Convention, 2011 (No. 189)</source>
            <translation>Convenção sobre o Trabalho Decente para as Trabalhadoras e os Trabalhadores Domésticos, 2011 (n.º 189)</translation>
        </message>
        <message>
            <source>Violence and Harassment Convention, 2019 (No. 190)</source>
            <translation>Convenção sobre Violência e Assédio, 2019 (n.º 190)</translation>
        </message>
        <message>
            <source>African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa</source>
            <translation>Convenção da União Africana para a Proteção e Assistência às Pessoas Deslocadas Internamente em África</translation>
        </message>
        <message>
            <source>OAU Convention Governing the Specific Aspects of Refugee Problems in Africa</source>
            <translation>Convenção da OUA que Rege os Aspectos Específicos dos Problemas dos Refugiados em África</translation>
        </message>
        <message>
            <source>Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment</source>
            <translation>Protocolo ao Tratado que Estabelece a Comunidade Econômica Africana Relativo à Livre Circulação de Pessoas, ao Direito de Residência e ao Direito de Estabelecimento</translation>
        </message>
        <message>
            <source>Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment</source>
            <translation>Protocolo A/P.1/5/79 Relativo à Livre Circulação de Pessoas, ao Direito de Residência e de Estabelecimento</translation>
        </message>
        <message>
            <source>European Convention on the Legal Status of Migrant Workers</source>
            <translation>Convenção Europeia Relativa ao Estatuto Jurídico do Trabalhador Migrante</translation>
        </message>
        <message>
            <source>ASEAN Convention Against Trafficking in Persons, Especially Women and Children</source>
            <translation>Convenção da ASEAN contra o Tráfico de Pessoas, Especialmente Mulheres e Crianças</translation>
        </message>
        <message>
            <source>Guiding Principles on Internal Displacement</source>
            <translation>Princípios Orientadores relativos aos Deslocados Internos</translation>
        </message>
        <message>
            <source>ILO Multilateral Framework on Labour Migration</source>
            <translation>Quadro Multilateral da OIT para as Migrações Laborais</translation>
        </message>
        <message>
            <source>Transforming our world: the 2030 Agenda for Sustainable Development</source>
            <translation>Transformando Nosso Mundo: A Agenda 2030 para o Desenvolvimento Sustentável</translation>
        </message>
        <message>
            <source>Addis Ababa Action Agenda of the Third International Conference on Financing for Development</source>
            <translation>Agenda de Ação de Adis Abeba da Terceira Conferência Internacional sobre Financiamento para o Desenvolvimento</translation>
        </message>
        <message>
            <source>Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>Marco de Sendai para a Redução do Risco de Desastres 2015–2030</translation>
        </message>
        <message>
            <source>New York Declaration for Refugees and Migrants</source>
            <translation>Declaração de Nova York para Refugiados e Migrantes</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>Pacto Global para uma Migração Segura, Ordenada e Regular</translation>
        </message>
        <message>
            <source>Global Compact on Refugees</source>
            <translation>Pacto Global sobre Refugiados</translation>
        </message>
        <message>
            <source>African Union</source>
            <translation>União Africana</translation>
        </message>
        <message>
            <source>Economic Community of West African States (ECOWAS)</source>
            <translation>Comunidade Econômica dos Estados da África Ocidental (CEDEAO)</translation>
        </message>
        <message>
            <source>Council of Europe</source>
            <translation>Conselho da Europa</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations (ASEAN)</source>
            <translation>Associação de Nações do Sudeste Asiático (ASEAN)</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations</source>
            <translation>Associação de Nações do Sudeste Asiático</translation>
        </message>
        <message>
            <source>Balance of payments</source>
            <translation>Balanço de pagamentos</translation>
        </message>
        <message>
            <source>Committee on the Elimination of Racial Discrimination</source>
            <translation>Comitê para a Eliminação da Discriminação Racial</translation>
        </message>
        <message>
            <source>United Nations Department of Economic and Social Affairs</source>
            <translation>Departamento de Assuntos Econômicos e Sociais das Nações Unidas</translation>
        </message>
        <message>
            <source>Disaster risk reduction</source>
            <translation>Redução do risco de desastres</translation>
        </message>
        <message>
            <source>Economic Community of West African States</source>
            <translation>Comunidade Econômica dos Estados da África Ocidental</translation>
        </message>
        <message>
            <source>European Treaty Series (Council of Europe)</source>
            <translation>Série de Tratados Europeus (Conselho da Europa)</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>União Europeia</translation>
        </message>
        <message>
            <source>Gross domestic product</source>
            <translation>Produto interno bruto</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>Recursos humanos</translation>
        </message>
        <message>
            <source>International Court of Justice</source>
            <translation>Corte Internacional de Justiça</translation>
        </message>
        <message>
            <source>Information and communications technology</source>
            <translation>Tecnologias da informação e comunicação</translation>
        </message>
        <message>
            <source>Labour force survey</source>
            <translation>Pesquisa sobre a força de trabalho</translation>
        </message>
        <message>
            <source>Multiple Indicator Cluster Survey</source>
            <translation>Pesquisa de Indicadores Múltiplos por Conglomerados</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <translation>Organização não governamental</translation>
        </message>
        <message>
            <source>Organization of African Unity, now the African Union</source>
            <translation>Organização da Unidade Africana, hoje União Africana</translation>
        </message>
        <message>
            <source>Technical and vocational education and training</source>
            <translation>Educação e formação técnica e profissional</translation>
        </message>
        <message>
            <source>United Nations</source>
            <translation>Nações Unidas</translation>
        </message>
        <message>
            <source>Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)</source>
            <translation>Alto Comissariado das Nações Unidas para Refugiados (Agência da ONU para Refugiados)</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <source>World Health Organization</source>
            <translation>Organização Mundial da Saúde</translation>
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation>PGM {number}: {label}</translation>
        </message>
    </context>
</TS>