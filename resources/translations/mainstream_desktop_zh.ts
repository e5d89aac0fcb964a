<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation>出现问题：{error}

截至您最后一次更改的所有内容均已保存在研讨会文件中。</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation>无法备份</translation>
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation>存放备份的磁盘可用空间不足{mb} MB，因此本次导入前无法进行备份。仍要在不备份的情况下导入吗？（仍可按Ctrl+Z撤销导入。）</translation>
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation>已跳过备份：磁盘空间即将用尽。请释放一些空间；您的更改仍保存在研讨会文件中。</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>备份失败：{reason}</translation>
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation>备份文件夹“{name}”不在备份目录内；未进行备份。</translation>
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation>研讨会未通过完整性检查；为避免覆盖完好的备份，未进行备份。</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation>此备份已损坏，无法恢复。</translation>
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation>未导入任何内容：存放备份的磁盘可用空间不足{mb} MB，因此无法先进行备份。请释放一些空间，或添加 --no-backup 选项在不备份的情况下导入。</translation>
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation>导入前未进行备份（磁盘空间即将用尽）。</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation>打开时</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>工作期间</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>关闭时</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>格式更新前</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>合并前</translation>
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
            <translation>恢复为新文件…</translation>
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation>将所选备份写入一个新的研讨会文件；本研讨会不会改变</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation>本研讨会的副本会自动生成：打开时、内容有更改时每隔几分钟、关闭时以及导入前。系统保留最近10份副本，并在30天内每天保留一份。恢复操作会写入一个新文件；本研讨会保持原样。</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation>本研讨会尚无备份。打开后不久即会生成第一份备份。</translation>
        </message>
        <message>
            <source>restored {when}</source>
            <translation>已于{when}恢复</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>将备份恢复为</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation>“{name}”已存在。请另选一个文件名：恢复操作从不覆盖现有文件。</translation>
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation>正在恢复到{path}…</translation>
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation>已恢复为{path}</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>备份已恢复</translation>
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation>备份已写入“{path}”。现在打开吗？（将先关闭本研讨会；本研讨会保持原样。）</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>未恢复：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation>研讨会文件：{path}（格式{version}）</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>完整性：未通过</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>完整性：正常</translation>
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation>校验：{n}个问题</translation>
        </message>
        <message>
            <source>Validation: ok</source>
            <translation>校验：正常</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>记录：</translation>
        </message>
        <message>
            <source>Completeness:</source>
            <translation>完整程度：</translation>
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation>未以文本形式存储；该记录可能无法正确显示</translation>
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation>应为{what}，但存有二进制数据（{n}字节）；按空值读取</translation>
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation>应为是或否（1或0），但存有{value}</translation>
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation>应为{what}，但存有“{value}”；按空值读取</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation>过长（{n}个字符，最多{max}个）；显示和导出时截断为{max}个字符</translation>
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation>存有“{value}”，这不是值列表；按空值读取</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>是或否</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation>缺少研讨会记录</translation>
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation>该文件含有{n}条研讨会记录；一个研讨会只能有一条</translation>
        </message>
        <message>
            <source>Change journal</source>
            <translation>更改日志</translation>
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation>{n}个条目已损坏（第一个为第{seq}号）；相关记录的历史可能不完整</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation>检查研讨会</translation>
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation>正在检查“{name}”…</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>复制报告</translation>
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation>✗ 文件已损坏。请在恢复的副本中继续工作：文件 → 备份… → 恢复为新文件。</translation>
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation>⚠ 文件完好，但有{n}条记录需要处理（见下文）。</translation>
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation>✓ 正常：文件完好，所有记录均有效。</translation>
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation>无法运行检查：{reason}</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation>正在检查研讨会…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation>输入以搜索…</translation>
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation>部门（最弱的在前）</translation>
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation>一致性评分（1 = 不一致，5 = 完全一致）</translation>
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation>按评估结论分列的政策</translation>
        </message>
        <message>
            <source>Policies:</source>
            <translation>政策：</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>no policy recorded</source>
            <translation>未记录政策</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>暂无可显示的内容。</translation>
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation>请选择要审查的部门，然后为其政策与移民问题的一致程度评分。</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设定</translation>
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation>{sector}
一致性评分：{score}
优先级：{priority}
政策：共{total}项，其中一致{coherent}项，部分一致{partly}项，不一致{incoherent}项</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation>已设定标题和国家</translation>
        </message>
        <message>
            <source>The title or the country is not set</source>
            <translation>未设定标题或国家</translation>
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation>已设定日期和地点</translation>
        </message>
        <message>
            <source>The dates or the venue are not set</source>
            <translation>未设定日期或地点</translation>
        </message>
        <message>
            <source>National development strategy named</source>
            <translation>已指明国家发展战略</translation>
        </message>
        <message>
            <source>The national development strategy is not named</source>
            <translation>未指明国家发展战略</translation>
        </message>
        <message>
            <source>Participants registered</source>
            <translation>已登记参会者</translation>
        </message>
        <message>
            <source>No participants are registered</source>
            <translation>未登记任何参会者</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>已安排议程环节</translation>
        </message>
        <message>
            <source>No sessions are planned</source>
            <translation>未安排任何议程环节</translation>
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation>有一项承诺已通过或已生效</translation>
        </message>
        <message>
            <source>No commitment is adopted or in force</source>
            <translation>没有任何承诺已通过或已生效</translation>
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation>已指定牵头机构和协调人</translation>
        </message>
        <message>
            <source>No commitment names both a lead agency and a focal point</source>
            <translation>没有任何承诺同时指定了牵头机构和协调人</translation>
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation>已记录一个协调机制</translation>
        </message>
        <message>
            <source>No coordination mechanism is recorded</source>
            <translation>未记录任何协调机制</translation>
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation>各机制均有成员</translation>
        </message>
        <message>
            <source>Some coordination mechanisms have no members</source>
            <translation>部分协调机制没有成员</translation>
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation>已审查国际文书的状况</translation>
        </message>
        <message>
            <source>The status of the international instruments is not reviewed (fewer than five recorded)</source>
            <translation>未审查国际文书的状况（记录少于五项）</translation>
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation>已填写准备情况核对清单</translation>
        </message>
        <message>
            <source>The readiness checklist is not fully answered</source>
            <translation>准备情况核对清单未填写完整</translation>
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation>已梳理至少10个利益攸关方</translation>
        </message>
        <message>
            <source>Fewer than 10 stakeholders are mapped</source>
            <translation>已梳理的利益攸关方少于10个</translation>
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation>已为每个利益攸关方评定影响力和利益程度</translation>
        </message>
        <message>
            <source>Some stakeholders are not rated for influence and interest</source>
            <translation>部分利益攸关方未评定影响力和利益程度</translation>
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation>每个利益攸关方均有职责授权</translation>
        </message>
        <message>
            <source>Some stakeholders have no mandate recorded</source>
            <translation>部分利益攸关方未记录职责授权</translation>
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation>已记录利益攸关方之间的关系</translation>
        </message>
        <message>
            <source>No relations between stakeholders are recorded</source>
            <translation>未记录利益攸关方之间的关系</translation>
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation>已纳入移民或侨民组织</translation>
        </message>
        <message>
            <source>No migrant or diaspora organisation is included</source>
            <translation>未纳入任何移民或侨民组织</translation>
        </message>
        <message>
            <source>Data sources listed</source>
            <translation>已列出数据来源</translation>
        </message>
        <message>
            <source>No data sources are listed</source>
            <translation>未列出任何数据来源</translation>
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation>每个数据来源均有所有者</translation>
        </message>
        <message>
            <source>Some data sources have no owner</source>
            <translation>部分数据来源没有所有者</translation>
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation>已选定指标</translation>
        </message>
        <message>
            <source>No indicators are chosen</source>
            <translation>未选定任何指标</translation>
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation>每项指标均已对应其数据来源</translation>
        </message>
        <message>
            <source>Some indicators are matched to no data source</source>
            <translation>部分指标未对应任何数据来源</translation>
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation>已记录每个来源的分类项</translation>
        </message>
        <message>
            <source>The disaggregations of some data sources are not recorded</source>
            <translation>部分数据来源未记录分类项</translation>
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation>已选定要审查的部门</translation>
        </message>
        <message>
            <source>No sectors are chosen for review</source>
            <translation>未选定任何要审查的部门</translation>
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation>每个部门均已评定一致性评分</translation>
        </message>
        <message>
            <source>Some sectors have no coherence score</source>
            <translation>部分部门没有一致性评分</translation>
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation>已列出每个部门的现行政策</translation>
        </message>
        <message>
            <source>Some sectors have no policies listed</source>
            <translation>部分部门未列出政策</translation>
        </message>
        <message>
            <source>Recommendations written</source>
            <translation>已撰写建议</translation>
        </message>
        <message>
            <source>No recommendations are written</source>
            <translation>未撰写任何建议</translation>
        </message>
        <message>
            <source>Actions recorded</source>
            <translation>已记录行动</translation>
        </message>
        <message>
            <source>No actions are recorded</source>
            <translation>未记录任何行动</translation>
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation>每项行动均有负责方</translation>
        </message>
        <message>
            <source>Some actions have no responsible actor</source>
            <translation>部分行动没有负责方</translation>
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation>每项行动均有时限和优先级</translation>
        </message>
        <message>
            <source>Some actions have no timeframe or no priority</source>
            <translation>部分行动没有时限或优先级</translation>
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation>每项行动均有指标</translation>
        </message>
        <message>
            <source>Some actions have no indicator</source>
            <translation>部分行动没有指标</translation>
        </message>
        <message>
            <source>Costs estimated</source>
            <translation>已估算费用</translation>
        </message>
        <message>
            <source>Some actions have no cost estimate</source>
            <translation>部分行动未估算费用</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation>最佳覆盖</translation>
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation>各数据来源对各项指标的覆盖情况</translation>
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation>此指标没有数据来源</translation>
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation>{indicator}
最佳覆盖：{level}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>{indicator}
{source}
Coverage: {level}</source>
            <translation>{indicator}
{source}
覆盖：{level}</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>暂无可显示的内容。</translation>
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation>请添加计划将跟踪的指标，并记录哪些数据来源可为其提供数据。</translation>
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation>{total}项指标中有{gaps}项尚无数据来源（以警告标志标出）。</translation>
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation>全部{total}项指标均至少有一个数据来源。</translation>
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation>尚未记录任何覆盖情况。</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>未覆盖任何指标的数据来源：{names}。</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation>覆盖热图</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Pick the date from a calendar</source>
            <translation>从日历中选择日期</translation>
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>纸张(&amp;P)</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>包括个人数据</translation>
        </message>
        <message>
            <source>Names, emails and phone numbers of participants and contacts: leave this off for a report or workbook shared beyond the working group.</source>
            <translation>参与者和联系人的姓名、电子邮件和电话号码：如报告或工作簿要在工作组以外分享，请取消勾选。</translation>
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation>标记为“待审定草稿”</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>标志(&amp;O)</translation>
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation>可选：主办方的PNG或JPEG标志图片</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation>导出PDF报告…</translation>
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation>导出Excel工作簿…</translation>
        </message>
        <message>
            <source>Import workbook…</source>
            <translation>导入工作簿…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Show the folder the file was written to</source>
            <translation>显示写入文件的文件夹</translation>
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
            <translation>研讨会以只读方式打开</translation>
        </message>
        <message>
            <source>Report and workbook</source>
            <translation>报告和工作簿</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation>报告根据研讨会文件的当前内容生成；报告会指出发现的缺口。</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation>报告根据研讨会文件的当前内容生成；报告会指出下列缺口。</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation>尚待完成：{items}</translation>
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation>主办方标志</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>PDF报告 (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation>无法进行此导出：{reason}</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>正在写入{name}…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>已写入：{path}</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>失败：{reason}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>已取消；未写入任何内容。</translation>
        </message>
        <message>
            <source>Import workbook</source>
            <translation>导入工作簿</translation>
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation>无法导入：{reason}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>正在读取{name}…</translation>
        </message>
        <message>
            <source>Import indicator values</source>
            <translation>导入指标值</translation>
        </message>
        <message>
            <source>Tables of values (*.csv *.xlsx *.txt)</source>
            <translation>数值表 (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Columns used: {columns}</source>
            <translation>使用的列：{columns}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>忽略的列：{columns}</translation>
        </message>
        <message>
            <source>Missing values (.., -, n/a) skipped: {n}</source>
            <translation>跳过的缺失值（.., -, n/a）：{n}</translation>
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation>未导入：无法先进行备份。</translation>
        </message>
        <message>
            <source>Backing up the workshop before the import…</source>
            <translation>正在导入前备份研讨会…</translation>
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation>已导入：{n}处更改。按Ctrl+Z可撤销导入。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation>量表值必须介于1和{max}之间。</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Record details</source>
            <translation>记录详情</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Close the details (Esc)</source>
            <translation>关闭详情（Esc）</translation>
        </message>
        <message>
            <source>Close the details</source>
            <translation>关闭详情</translation>
        </message>
    </context>
    <context>
        <name>Drops</name>
        <message>
            <source>Import indicator values?</source>
            <translation>导入指标值？</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop (it has no About sheet). Read it as a table of indicator values? You will see what it changes before anything is written.</source>
            <translation>“{name}”不是 Mainstream Desktop 导出的工作簿（没有“说明”工作表）。是否将其作为指标值表读取？在写入任何内容之前，您会看到它将更改什么。</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>政治承诺</translation>
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation>机构梳理</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>数据清查</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>部门审查</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>French</source>
            <translation>法文</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>西班牙文</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>阿拉伯文</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>俄文</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>葡萄牙文</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>参会者</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>报告员</translation>
        </message>
        <message>
            <source>Resource person</source>
            <translation>资源人员</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>观察员</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>Cabinet or council of ministers decision</source>
            <translation>内阁或部长会议决定</translation>
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation>总统令或部长令</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>法律</translation>
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation>政策（绿皮书/白皮书、部委文件）</translation>
        </message>
        <message>
            <source>National development plan provision</source>
            <translation>国家发展计划条款</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>预算拨款</translation>
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation>正式声明或宣言</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>谅解备忘录</translation>
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation>《移民问题全球契约》国家执行计划</translation>
        </message>
        <message>
            <source>International</source>
            <translation>国际</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>National</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Sub-national</source>
            <translation>国家以下</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>地方</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>已提议</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>编制中</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>已生效</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>已失效</translation>
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation>部际委员会</translation>
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation>多利益攸关方协商机制</translation>
        </message>
        <message>
            <source>Technical working group</source>
            <translation>技术工作组</translation>
        </message>
        <message>
            <source>Support group</source>
            <translation>支持小组</translation>
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation>专题小组委员会</translation>
        </message>
        <message>
            <source>Steering committee</source>
            <translation>指导委员会</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>休眠</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>已解散</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>每年两次</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>临时</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主席</translation>
        </message>
        <message>
            <source>Co-chair</source>
            <translation>共同主席</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>秘书处</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation>已批准或加入</translation>
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation>已签署，未批准</translation>
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation>已认可（不具约束力）</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>正在考虑</translation>
        </message>
        <message>
            <source>Not party</source>
            <translation>非缔约方</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>积极倡导者</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>中立</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>持怀疑态度</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>反对</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>牵头</translation>
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation>伙伴（密切管理）</translation>
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation>协商（使其满意）</translation>
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation>告知（随时通报）</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>监测</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>向其报告</translation>
        </message>
        <message>
            <source>Coordinates with</source>
            <translation>与其协调</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>资助</translation>
        </message>
        <message>
            <source>Shares data with</source>
            <translation>与其共享数据</translation>
        </message>
        <message>
            <source>Partners with</source>
            <translation>与其合作</translation>
        </message>
        <message>
            <source>Oversees</source>
            <translation>监督</translation>
        </message>
        <message>
            <source>Advises</source>
            <translation>向其提供咨询</translation>
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation>与其存在矛盾或重叠</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>持续</translation>
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation>每2–5年</translation>
        </message>
        <message>
            <source>Every 10 years</source>
            <translation>每10年</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>一次性</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>不定期</translation>
        </message>
        <message>
            <source>Some regions</source>
            <translation>部分地区</translation>
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation>试点或抽样地区</translation>
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation>海外国民</translation>
        </message>
        <message>
            <source>Open (published)</source>
            <translation>公开（已发布）</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>应要求提供</translation>
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation>依据数据共享协议</translation>
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation>受限（仅供内部使用）</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>较差</translation>
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation>可持续发展目标全球指标</translation>
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation>《移民问题全球契约》进展指标</translation>
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation>国家发展计划指标</translation>
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation>替代指标</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>完全</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>Proxy only</source>
            <translation>仅替代指标</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>法规</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>战略</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation>双边协定</translation>
        </message>
        <message>
            <source>Regional agreement</source>
            <translation>区域协定</translation>
        </message>
        <message>
            <source>Explicitly</source>
            <translation>明确涉及</translation>
        </message>
        <message>
            <source>Implicitly</source>
            <translation>隐含涉及</translation>
        </message>
        <message>
            <source>Not addressed</source>
            <translation>未涉及</translation>
        </message>
        <message>
            <source>Coherent</source>
            <translation>一致</translation>
        </message>
        <message>
            <source>Partly coherent</source>
            <translation>部分一致</translation>
        </message>
        <message>
            <source>Incoherent</source>
            <translation>不一致</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation>短期（&lt; 1年）</translation>
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation>中期（1–3年）</translation>
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation>长期（&gt; 3年）</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>已商定</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <source>Migrant stocks</source>
            <translation>移民存量</translation>
        </message>
        <message>
            <source>Migration flows</source>
            <translation>移民流量</translation>
        </message>
        <message>
            <source>Return migration</source>
            <translation>回返移民</translation>
        </message>
        <message>
            <source>Refugees and displacement</source>
            <translation>难民和流离失所</translation>
        </message>
        <message>
            <source>Internal migration</source>
            <translation>国内移民</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>汇款</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>侨民</translation>
        </message>
        <message>
            <source>Labour migration</source>
            <translation>劳务移民</translation>
        </message>
        <message>
            <source>Women and girls at risk</source>
            <translation>面临风险的妇女和女童</translation>
        </message>
        <message>
            <source>Unaccompanied or separated children</source>
            <translation>无人陪伴或失散儿童</translation>
        </message>
        <message>
            <source>Victims of trafficking</source>
            <translation>人口贩运受害者</translation>
        </message>
        <message>
            <source>Migrants in an irregular situation</source>
            <translation>处于非正常状况的移民</translation>
        </message>
        <message>
            <source>Refugees and asylum seekers</source>
            <translation>难民和寻求庇护者</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>无国籍人</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>境内流离失所者</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>残疾人</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>老年人</translation>
        </message>
        <message>
            <source>Migrant domestic workers</source>
            <translation>移民家庭工人</translation>
        </message>
        <message>
            <source>Returnees</source>
            <translation>回返者</translation>
        </message>
        <message>
            <source>Families left behind</source>
            <translation>留守家庭</translation>
        </message>
        <message>
            <source>Progress review</source>
            <translation>进展审查</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>年度审查</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>中期审查</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>最终评价</translation>
        </message>
        <message>
            <source>Budget preparation round</source>
            <translation>预算编制期</translation>
        </message>
        <message>
            <source>International reporting</source>
            <translation>国际报告</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>密切管理</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>使其满意</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>随时通报</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Country name (if not in the list)</source>
            <translation>国家名称（如不在列表中）</translation>
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation>仅适用于虚构的或用户指定的国家代码。</translation>
        </message>
        <message>
            <source>National development strategy</source>
            <translation>国家发展战略</translation>
        </message>
        <message>
            <source>Strategy period</source>
            <translation>战略期限</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation>成果文件语言</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation>目的和范围</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Printed at the top of every report page.</source>
            <translation>印在报告每一页的顶部。</translation>
        </message>
        <message>
            <source>Regional organisations</source>
            <translation>区域组织</translation>
        </message>
        <message>
            <source>The regional instruments of these organisations are reviewed too.</source>
            <translation>这些组织的区域文书也将予以审查。</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>前言</translation>
        </message>
        <message>
            <source>Validated by</source>
            <translation>审定方</translation>
        </message>
        <message>
            <source>The body or meeting that validated the report.</source>
            <translation>审定报告的机构或会议。</translation>
        </message>
        <message>
            <source>Validated on</source>
            <translation>审定日期</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>签署人</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>签署人职务</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>免责声明</translation>
        </message>
        <message>
            <source>Empty: the report prints the standard disclaimer.</source>
            <translation>留空则报告使用标准免责声明。</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>后续步骤</translation>
        </message>
        <message>
            <source>Link to the budget cycle</source>
            <translation>与预算周期的衔接</translation>
        </message>
        <message>
            <source>When and how the actions enter the national budget.</source>
            <translation>各项行动何时以及如何纳入国家预算。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation>组织（如非利益攸关方）</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>发布方</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>牵头机构</translation>
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation>协调人（姓名）</translation>
        </message>
        <message>
            <source>Focal point contact</source>
            <translation>协调人联系方式</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>职责授权</translation>
        </message>
        <message>
            <source>Budget allocated</source>
            <translation>已拨预算</translation>
        </message>
        <message>
            <source>Reference or link</source>
            <translation>参考文献或链接</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主席</translation>
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation>已通过职权范围</translation>
        </message>
        <message>
            <source>Year established</source>
            <translation>成立年份</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>会议频率</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>机制</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation>保留或声明</translation>
        </message>
        <message>
            <source>Implementing body</source>
            <translation>执行机构</translation>
        </message>
        <message>
            <source>National implementation</source>
            <translation>国内执行情况</translation>
        </message>
        <message>
            <source>Laws, bodies and programmes that give it effect.</source>
            <translation>使其生效的法律、机构和方案。</translation>
        </message>
        <message>
            <source>Last report to the treaty body</source>
            <translation>上次向条约机构提交报告</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>下次报告应交时间</translation>
        </message>
        <message>
            <source>Treaty-body and UPR recommendations accepted</source>
            <translation>已接受的条约机构和普遍定期审议建议</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>已落实</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>缩写</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Parent body</source>
            <translation>上级机构</translation>
        </message>
        <message>
            <source>Thematic areas</source>
            <translation>专题领域</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>影响力</translation>
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation>1 = 对进程几乎没有影响力，5 = 具有决定性影响力</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>利益程度</translation>
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation>1 = 与结果几乎没有利害关系，5 = 利害攸关</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>立场</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>参与方式</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>联系人电子邮件</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系人电话</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>缺口和重叠</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始方</translation>
        </message>
        <message>
            <source>To</source>
            <translation>对象方</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>强度</translation>
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation>1 = 弱，3 = 强</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>所有者</translation>
        </message>
        <message>
            <source>Periodicity</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>最近年份</translation>
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation>地理覆盖范围</translation>
        </message>
        <message>
            <source>Migration variables</source>
            <translation>移民变量</translation>
        </message>
        <message>
            <source>Disaggregations</source>
            <translation>分类项</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>获取方式</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>缺口</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>框架</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>SDG indicator</source>
            <translation>可持续发展目标指标</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>《移民问题全球契约》目标</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基线值</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>基线年份</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>目标年份</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责方</translation>
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation>所需分类项</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖程度</translation>
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation>现有分类项</translation>
        </message>
        <message>
            <source>For a period, its last year.</source>
            <translation>如为时期数据，填写其最后一年。</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>Only for a value over several years: 2015–2019.</source>
            <translation>仅适用于跨多年的数值：2015–2019。</translation>
        </message>
        <message>
            <source>Disaggregated by</source>
            <translation>分类依据</translation>
        </message>
        <message>
            <source>Empty for the total.</source>
            <translation>总计值留空。</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>组别</translation>
        </message>
        <message>
            <source>The group of the disaggregation: Female, 15–24…</source>
            <translation>分类中的组别：女、15–24…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Empty: the indicator's unit.</source>
            <translation>留空则采用指标的单位。</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Lead ministry</source>
            <translation>牵头部委</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation>移民如何影响该部门</translation>
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation>该部门如何影响移民</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>政策一致性</translation>
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation>1 = 政策相互抵触，5 = 完全一致</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>SDG targets</source>
            <translation>可持续发展目标具体目标</translation>
        </message>
        <message>
            <source>Human rights</source>
            <translation>人权</translation>
        </message>
        <message>
            <source>Non-discrimination, access to services and to justice, detention: what the group found.</source>
            <translation>不歧视、获得服务和诉诸司法、拘留：工作组的调查结果。</translation>
        </message>
        <message>
            <source>Gender effects</source>
            <translation>性别影响</translation>
        </message>
        <message>
            <source>How the sector's policies affect migrant women and men differently.</source>
            <translation>该部门的政策对男女移民有何不同影响。</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations</source>
            <translation>处境脆弱群体</translation>
        </message>
        <message>
            <source>Other sectors affected</source>
            <translation>受影响的其他部门</translation>
        </message>
        <message>
            <source>Knock-on effects on other sectors</source>
            <translation>对其他部门的连带影响</translation>
        </message>
        <message>
            <source>Year adopted</source>
            <translation>通过年份</translation>
        </message>
        <message>
            <source>Addresses migration</source>
            <translation>涉及移民问题</translation>
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation>与移民目标的一致性</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Raised in step</source>
            <translation>提出该问题的步骤</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>伙伴</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>估计费用</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>资金来源</translation>
        </message>
        <message>
            <source>Amount secured</source>
            <translation>已落实金额</translation>
        </message>
        <message>
            <source>Of the estimated cost, in the same currency.</source>
            <translation>估计费用中已落实的部分，以同一货币计。</translation>
        </message>
        <message>
            <source>Funding partner</source>
            <translation>资助伙伴</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>开始年份</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>结束年份</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>核查手段</translation>
        </message>
        <message>
            <source>Monitoring frequency</source>
            <translation>监测频率</translation>
        </message>
        <message>
            <source>Monitored by</source>
            <translation>监测方</translation>
        </message>
        <message>
            <source>Expected impact</source>
            <translation>预期影响</translation>
        </message>
        <message>
            <source>1 = marginal, 5 = transformative</source>
            <translation>1 = 影响甚微，5 = 具有变革性</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>可行性</translation>
        </message>
        <message>
            <source>1 = hard to deliver, 5 = ready to start</source>
            <translation>1 = 难以实施，5 = 可随时启动</translation>
        </message>
        <message>
            <source>Readiness gaps answered</source>
            <translation>所弥补的准备情况缺口</translation>
        </message>
        <message>
            <source>Legal gaps answered</source>
            <translation>所弥补的法律缺口</translation>
        </message>
        <message>
            <source>Data gap answered</source>
            <translation>所弥补的数据缺口</translation>
        </message>
        <message>
            <source>An indicator the action gives a data source.</source>
            <translation>该行动为其提供数据来源的指标。</translation>
        </message>
        <message>
            <source>What is reviewed</source>
            <translation>审查内容</translation>
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation>尚无{what}——请在“{step}”中添加</translation>
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation>“{name}”不是普通文件（而是文件夹、设备、管道或链接）；请另选一个文件名。</translation>
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation>“{name}”就是研讨会文件本身；请另选一个文件名。</translation>
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation>“{name}”被指定给了两项导出；请为每项导出分别指定不同的名称。</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation>权限被拒绝或介质为只读</translation>
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation>输入/输出错误（U盘是否仍插在电脑上？）</translation>
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation>无法写入“{name}”：{reason}。未做任何更改。</translation>
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation>“{name}”已存在（使用 --force 可替换该文件）。</translation>
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation>文件夹“{name}”不存在。</translation>
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation>“{name}”不存在。</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation>“{name}”是文件夹，不是研讨会文件。</translation>
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation>“{name}”旁边有一个WAL文件（“{wal}”），而研讨会文件从不使用这种文件：说明它已被其他程序更改。请将“{wal}”移走，即可按原样打开该文件。</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>无法读取“{name}”：{reason}。</translation>
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation>“{name}”位于只读介质上或您无写入权限的文件夹中：可以检查和导出，但不能更改。如需编辑，请将其复制到可写入的文件夹。</translation>
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation>对研讨会的一次查询超出了限值（{steps}百万步），远远超过任何实际研讨会所需：该文件可能是人为构造的或已损坏。未做任何更改。</translation>
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation>意外的{kind}“{object}”</translation>
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation>已更改的{kind}“{object}”</translation>
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation>缺失的{kind}“{object}”</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation>“{name}”是已损坏的研讨会文件，或不是由本版本写入的研讨会文件（{difference}）。未打开该文件。</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>“{name}”为空：不是研讨会文件。</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation>“{name}”不是研讨会文件（不是SQLite数据库）。</translation>
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation>“{name}”是其他应用程序的数据库，不是研讨会文件。</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation>“{name}”由更新版本的Mainstream Desktop写入（文件格式{found}；本版本最高可读取{supported}）。请更新应用程序后再打开。</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation>“{name}”是已损坏的研讨会文件（无架构版本）。</translation>
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation>“{name}”处于WAL模式，而研讨会文件从不使用该模式：它已被其他程序更改，因此未打开。</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation>“{name}”是已损坏的研讨会文件（页面大小错误）。</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation>“{name}”不是常规文件（而是设备、管道或套接字）：不是研讨会文件。</translation>
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation>“{name}”已被截断（{size}字节，应为{expected}字节）。请从备份中恢复。</translation>
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation>“{name}”已被截断或损坏（其大小不是整数个页面）。请从备份中恢复。</translation>
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation>“{name}”使用旧的文件格式，必须以可写方式打开一次才能完成更新。</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation>无法打开“{name}”：{reason}。</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation>“{name}”已损坏（{reason}）。请从备份中恢复。</translation>
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation>“{name}”正在被其他程序写入；请在其关闭后重试。</translation>
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation>缺少研讨会记录。</translation>
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation>本研讨会以只读方式打开。</translation>
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation>“{name}”未正常关闭（程序崩溃或断电）。请在窗口中以编辑方式打开一次，以恢复其最后保存的状态。</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation>“{name}”是已损坏的研讨会文件（表{table}缺少{columns}）。</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation>“{name}”是已损坏的研讨会文件（无研讨会标识符）。</translation>
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation>“{name}”旁边的“{journal}”不是本研讨会的日志（它属于其他数据库或已损坏）；回放该日志会毁坏研讨会。请将“{journal}”移走，然后重新打开该文件。</translation>
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation>无法使用数据文件夹“{path}”（{reason}）：无法保存备份。请将 MAINSTREAM_DESKTOP_HOME 设置为您可写入的文件夹。</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation>Mainstream研讨会 (*.mainstream)</translation>
        </message>
    </context>
    <context>
        <name>FocusBar</name>
        <message>
            <source>Question being discussed</source>
            <translation>正在讨论的问题</translation>
        </message>
        <message>
            <source>Previous question (Ctrl+,)</source>
            <translation>上一个问题（Ctrl+,）</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>上一个问题</translation>
        </message>
        <message>
            <source>Next question (Ctrl+.)</source>
            <translation>下一个问题（Ctrl+.）</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>下一个问题</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>第{n}个问题，共{total}个</translation>
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation>为工作组制作副本</translation>
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation>工作组名称（将显示在副本的标题栏中，并在合并副本时显示）：</translation>
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation>工作组副本另存为</translation>
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation>工作组“{group}”的副本已另存为{path}。如需合并回来，请使用：文件 ▸ 合并工作组文件…</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>无法保存副本</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation>已添加</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>已更改</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>(the record)</source>
            <translation>（记录本身）</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>未知用户</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who (device)</source>
            <translation>操作者（设备）</translation>
        </message>
        <message>
            <source>What</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>更改前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>更改后</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>恢复此值</translation>
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation>将字段恢复为此次更改写入的值（按Ctrl+Z可撤销）</translation>
        </message>
        <message>
            <source>Restore the value before</source>
            <translation>恢复更改前的值</translation>
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation>将字段恢复为此次更改之前的值（按Ctrl+Z可撤销）</translation>
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation>{what}“{name}”的历史记录</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>未恢复：{reason}</translation>
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation>{field}已是此值。</translation>
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation>{field}已恢复。在窗口中按Ctrl+Z可撤销。</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation>未导入任何内容：工作簿有{n}个错误。第一个错误：{first}</translation>
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation>自预览导入以来研讨会已有更改；请重新预览。</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>未导入任何内容：{reason}</translation>
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation>为必填项，但工作表中没有该列</translation>
        </message>
        <message>
            <source>the workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation>是与{where}中已有记录完全相同的新行；此工作簿是否已导入过？</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>第{row}行</translation>
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation>“{name}”中同一登记册有两个工作表：{first}和{second}；请只保留一个。</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation>“{name}”不是由Mainstream Desktop导出的工作簿：其中没有以下任何工作表：{sheets}。</translation>
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation>此工作表不属于研讨会工作簿；已忽略</translation>
        </message>
        <message>
            <source>“{name}” has a sheet {sheet} whose name could mean any of the sheets {sheets}; rename it to one of them.</source>
            <translation>“{name}”中的工作表 {sheet} 的名称可能指 {sheets} 中的任何一个；请将其重命名为其中之一。</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation>“{name}”由更新版本的Mainstream Desktop写入；请更新应用程序后再导入。</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing</source>
            <translation>缺少工作表{sheet}</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its name</source>
            <translation>；是否已被重命名为“{other}”？请恢复其原名称</translation>
        </message>
        <message>
            <source>sheet {sheet}: the hidden id column (column A) is missing. Without it the rows cannot be matched to the records they show and every row would be added again; use the workbook with its column A as it was exported</source>
            <translation>工作表{sheet}：缺少隐藏的标识符列（A列）。没有该列，各行就无法与其所显示的记录对应，每一行都会被重新添加；请使用保留导出时原样A列的工作簿</translation>
        </message>
        <message>
            <source>sheet {sheet}: the column “{column}” is missing</source>
            <translation>工作表{sheet}：缺少“{column}”列</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its header</source>
            <translation>；是否已被重命名为“{other}”？请恢复其原标题</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported: sheets or columns were renamed or deleted. Put them back as they were exported (the About sheet lists every sheet and column) and import again; nothing was imported.</source>
            <translation>无法导入“{name}”：有工作表或列被重命名或删除。请将其恢复为导出时的原样（“说明”工作表列出了所有工作表和列），然后重新导入；未导入任何内容。</translation>
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation>此列在工作表中出现了两次</translation>
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation>不是此工作表的列；已忽略</translation>
        </message>
        <message>
            <source>the cell holds more than {n} characters, more than a spreadsheet cell can</source>
            <translation>单元格内容超过{n}个字符，超出了电子表格单元格的容量</translation>
        </message>
        <message>
            <source>the cell holds the spreadsheet error {error}, not a value: correct what caused it or type the value itself</source>
            <translation>单元格中是电子表格错误{error}，而不是数值：请纠正导致该错误的原因，或直接输入数值</translation>
        </message>
        <message>
            <source>is a formula whose result is the spreadsheet error {error}; formulas are not calculated on import, type the value instead</source>
            <translation>是计算结果为电子表格错误{error}的公式；导入时不计算公式，请直接输入数值</translation>
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation>是未保存计算值的公式；导入时不计算公式，请直接输入数值</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation>是公式；未进行计算，已使用其保存的值“{value}”</translation>
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation>此工作表只能有一行；请删除其他行</translation>
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation>不是记录标识符；新记录的标识符请留空</translation>
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation>同一条记录出现了两次（另见第{row}行）</translation>
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation>此记录已在研讨会中删除；如需重新添加，请清除其标识符</translation>
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation>此标识符属于另一工作表上的记录；新记录的标识符请留空</translation>
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation>工作表{sheet}上有{n}条记录使用此名称；请使用不同的名称</translation>
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation>工作表{sheet}上或研讨会中没有使用此名称的{record}</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>“{column}”列</translation>
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation>从“{name}”导入：</translation>
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{sheet}：添加{added}条，更新{updated}条，{unchanged}条不变</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation>{n}个错误；这些错误修正之前不会导入任何内容：</translation>
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation>…另有{n}个错误未列出。</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>“{name}”不存在或不是文件。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>“{name}”过大，无法导入（{mb} MB；最大{max} MB）。</translation>
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation>“{name}”是旧式.xls工作簿或受密码保护。请在电子表格程序中打开，并另存为不带密码的Excel工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation>“{name}”不是Excel工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation>“{name}”已损坏，无法读取（{reason}）。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation>“{name}”过大，无法导入（解压后{mb} MB；最大{max} MB）。</translation>
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation>“{name}”含有超过{max}个不同的文本，超出了符合导入限值的工作簿所能需要的数量；已拒绝导入。</translation>
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation>“{name}”含有任何电子表格程序都不会写入的结构（XML实体声明或极高的压缩比），可能有害，已拒绝导入。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation>“{name}”过大，无法导入。</translation>
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation>导入需要 defusedxml 软件包（用于防范有害工作簿），但该软件包未安装。</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation>“{name}”的工作表{sheet}中已填写的单元格超过{max}个；请拆分工作簿。</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation>“{name}”的工作表{sheet}超过{max}行；请拆分工作簿。</translation>
        </message>
        <message>
            <source>{first}, … ({n} values; see the drop-down list)</source>
            <translation>{first}, …（共{n}个值；请查看下拉列表）</translation>
        </message>
        <message>
            <source>“{value}”: several values are separated by “; ”, not by commas (a comma may be part of a value); write “{fixed}”</source>
            <translation>“{value}”：多个值应以“; ”分隔，而不是以逗号分隔（逗号可能是值的一部分）；请写成“{fixed}”</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values: {allowed}</source>
            <translation>“{value}”不是允许的值：{allowed}</translation>
        </message>
        <message>
            <source>{values} are not among the allowed values: {allowed}</source>
            <translation>{values}不是允许的值：{allowed}</translation>
        </message>
        <message>
            <source>. Did you mean “{suggestion}”?</source>
            <translation>。您是否指的是“{suggestion}”？</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation>发现问题（存在问题时不会导入任何内容）：</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation>导入工作簿</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation>将添加{added}条记录，更新{updated}条记录。导入为一步操作：撤销可将其还原。</translation>
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation>以下问题修正之前，无法导入该工作簿。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Power–interest grid</source>
            <translation>权力—利益矩阵</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>关系网络</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation>未知语言“{code}”；请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <source>{n} texts are not yet translated into “{code}”; they appear in English.</source>
            <translation>尚有 {n} 条文本未译为“{code}”，将以英文显示。</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation>{host}上的{user}（进程{pid}），自{when}起</translation>
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation>文件夹“{name}”一直被其他程序锁定；请稍后重试。</translation>
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation>“{name}”已在另一个窗口中打开：{holder}。</translation>
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation>研讨会旁边的“{name}”是文件夹，而不是锁定记录；请将其删除后重试。</translation>
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation>“{name}”刚刚被其他程序打开；请重试。</translation>
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation>“{name}”已在一个窗口中打开：{holder}。请先在该窗口中将其关闭。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>新建研讨会(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workshop</source>
            <translation>打开示例研讨会(&amp;S)</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>副本另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>导入工作簿(&amp;I)…</translation>
        </message>
        <message>
            <source>Import indicator &amp;values…</source>
            <translation>导入指标值(&amp;V)…</translation>
        </message>
        <message>
            <source>Read the values of indicators from a table a statistical office published (CSV or Excel, long or wide)</source>
            <translation>从统计机构发布的表格中读取指标值（CSV或Excel，长表或宽表）</translation>
        </message>
        <message>
            <source>Copy for a &amp;working group…</source>
            <translation>为工作组制作副本(&amp;W)…</translation>
        </message>
        <message>
            <source>Save a copy for a working group to edit on another laptop, to merge back later</source>
            <translation>保存一份副本，供工作组在另一台笔记本电脑上编辑，之后再合并回来</translation>
        </message>
        <message>
            <source>&amp;Merge working-group files…</source>
            <translation>合并工作组文件(&amp;M)…</translation>
        </message>
        <message>
            <source>Merge the working groups' copies into a new workshop file, deciding every conflict</source>
            <translation>将各工作组的副本合并为一个新的研讨会文件，并逐一处理每个冲突</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>The automatic backups of this workshop; restore one as a new file</source>
            <translation>本研讨会的自动备份；可将其中一份恢复为新文件</translation>
        </message>
        <message>
            <source>C&amp;heck workshop</source>
            <translation>检查研讨会(&amp;H)</translation>
        </message>
        <message>
            <source>Check the file's integrity and every record</source>
            <translation>检查文件的完整性和每条记录</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>关闭研讨会(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>新建记录(&amp;N)</translation>
        </message>
        <message>
            <source>Add a record to the register shown (Ctrl+N)</source>
            <translation>向当前显示的登记册添加一条记录（Ctrl+N）</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>删除记录(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Find in the workshop…</source>
            <translation>在讲习班中查找(&amp;F)…</translation>
        </message>
        <message>
            <source>Search every register of the workshop and go to the record</source>
            <translation>搜索讲习班的所有登记册并转到该记录</translation>
        </message>
        <message>
            <source>F&amp;ilter this table</source>
            <translation>筛选此表(&amp;I)</translation>
        </message>
        <message>
            <source>Record &amp;history…</source>
            <translation>记录历史(&amp;H)…</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>谁在何时对所选记录做了哪些更改（Ctrl+H）</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Full screen, large type, for the projector (F11)</source>
            <translation>全屏、大字体，适用于投影仪（F11）</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>显示指导(&amp;G)</translation>
        </message>
        <message>
            <source>P&amp;revious step</source>
            <translation>上一步骤(&amp;R)</translation>
        </message>
        <message>
            <source>Ne&amp;xt step</source>
            <translation>下一步骤(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;About Mainstream Desktop</source>
            <translation>关于Mainstream Desktop(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>转到第{n}页</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Export &amp;PDF report…</source>
            <translation>导出 PDF 报告(&amp;P)…</translation>
        </message>
        <message>
            <source>Write the report as a PDF (options on the Deliverables page)</source>
            <translation>将报告写成 PDF（选项见“成果文件”页）</translation>
        </message>
        <message>
            <source>Export &amp;Excel workbook…</source>
            <translation>导出 Excel 工作簿(&amp;E)…</translation>
        </message>
        <message>
            <source>Write the workbook to fill in and send back</source>
            <translation>写出供填写并交回的工作簿</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation>{title}——工作组：{group}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title}（只读）</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>所有更改均已保存</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>正在打开“{name}”…</translation>
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation>无法打开研讨会</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>无法读取“{name}”：{reason}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>无法撤销</translation>
        </message>
        <message>
            <source>The workshop was not closed properly last time: its last saved state was recovered (the file and journal as found are kept in its backups).</source>
            <translation>研讨会上次未正常关闭：已恢复其最后保存的状态（找到时的文件和日志保存在其备份中）。</translation>
        </message>
        <message>
            <source>Open a workshop</source>
            <translation>打开研讨会</translation>
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation>无法写入示例</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>无法创建研讨会</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>副本</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>副本另存为</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>无法保存副本</translation>
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation>副本已另存为{path}</translation>
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation>最后一次更改已于{time}写入文件</translation>
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation>关于Mainstream Desktop</translation>
        </message>
        <message>
            <source>Portable mode: settings, backups and logs are kept in “{folder}”, beside the program.</source>
            <translation>便携模式：设置、备份和日志保存在程序旁边的“{folder}”中。</translation>
        </message>
        <message>
            <source>Settings, backups and logs are kept in “{folder}”.</source>
            <translation>设置、备份和日志保存在“{folder}”中。</translation>
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation>Mainstream Desktop {version}

引导国家工作组逐步将移民问题纳入发展规划主流。每项更改一经作出即写入研讨会文件。</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>系统默认</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation>请至少指定两个要合并的研讨会文件。</translation>
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation>{n}个冲突；未写入任何内容。请在窗口中处理这些冲突（文件 ▸ 合并工作组文件…），或添加 --resolve newest 或 --resolve FILE 选项。</translation>
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation>--resolve 的取值应为“newest”或待合并的文件之一，而不是“{value}”。</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>已编辑</translation>
        </message>
        <message>
            <source>refers to it</source>
            <translation>引用了它</translation>
        </message>
        <message>
            <source>changed differently</source>
            <translation>更改不一致</translation>
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation>在一个文件中被编辑，在另一个文件中被删除</translation>
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation>引用了另一个文件已删除的记录</translation>
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation>在两个文件中以相同名称添加</translation>
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation>合并后上级关系形成循环</translation>
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation>“{name}”与“{first}”不是同一研讨会的副本；只能合并同一研讨会的副本。</translation>
        </message>
        <message>
            <source>“{name}” has a damaged change journal (entry {n}); it cannot be merged. Check it with “mainstream-desktop check”.</source>
            <translation>“{name}”的变更日志已损坏（第 {n} 条）；无法合并。请用“mainstream-desktop check”检查。</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>设备{id}</translation>
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation>{n}个冲突尚未处理；未写入任何内容。</translation>
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation>合并后的研讨会将无效：{why}。未写入任何内容。</translation>
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation>请为工作组指定名称（最多80个字符）。</translation>
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation>{name}（{group}）：</translation>
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation>自制作副本以来无任何更改</translation>
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation>{register}：添加{added}条，更改{changed}条，删除{deleted}条</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation>合并工作组文件</translation>
        </message>
        <message>
            <source>Review the merge</source>
            <translation>审阅合并内容</translation>
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation>其余采用最新版本</translation>
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation>保留最新的更改，以处理所有尚未处理的冲突（重复添加的同名记录两条均保留）</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation>将合并后的研讨会写入一个新文件</translation>
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation>要合并的工作组文件</translation>
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation>{name}——本窗口中打开的研讨会</translation>
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation>正在读取{n}个文件…</translation>
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation>无冲突：各文件的更改相互兼容。</translation>
        </message>
        <message>
            <source>This workshop</source>
            <translation>本研讨会</translation>
        </message>
        <message>
            <source>Step and register</source>
            <translation>步骤和登记册</translation>
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation>自制作副本以来，所有文件均未做任何更改。</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>两者都保留</translation>
        </message>
        <message>
            <source>{group}'s version</source>
            <translation>{group}的版本</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>更改者</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Keep all of them (all but the oldest are renamed after their group)</source>
            <translation>全部保留（除最早的一条外，其余均按其工作组重命名）</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>合并版</translation>
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation>合并后的研讨会另存为</translation>
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation>“{name}”是待合并的文件之一；请为合并结果另选一个新文件。</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>正在写入{name}…</translation>
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation>已合并：{n}处更改已写入{path}。</translation>
        </message>
        <message>
            <source>Merge written</source>
            <translation>合并结果已写入</translation>
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation>合并后的研讨会已写入“{name}”。所有被合并的文件均未改变。现在打开合并后的研讨会吗？</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>失败：{reason}</translation>
        </message>
        <message>
            <source>{n} files</source>
            <translation>{n}个文件</translation>
        </message>
        <message>
            <source>{files}; no conflicts. Press Merge… to write the merged workshop.</source>
            <translation>{files}；无冲突。请按“合并…”写入合并后的研讨会。</translation>
        </message>
        <message>
            <source>{files}; {total} conflict(s), {left} still to decide: choose a version for each, or let the newest win for the rest.</source>
            <translation>{files}；{total}个冲突，{left}个待处理：请为每个冲突选择一个版本，或让其余冲突采用最新版本。</translation>
        </message>
        <message>
            <source>{files}; all {total} conflict(s) decided. Press Merge… to write the merged workshop.</source>
            <translation>{files}；全部{total}个冲突均已处理。请按“合并…”写入合并后的研讨会。</translation>
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation>添加{added}条，更改{changed}条，删除{deleted}条</translation>
        </message>
        <message>
            <source>Changed differently</source>
            <translation>更改不一致</translation>
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation>一处编辑，另一处删除</translation>
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation>引用已删除的记录</translation>
        </message>
        <message>
            <source>Added twice</source>
            <translation>重复添加</translation>
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation>上级关系循环</translation>
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation>{what}：各文件将此字段更改为不同的值。请保留其中一个。</translation>
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation>{what}在一个文件中被删除，在另一个文件中被编辑。请删除该记录，或保留该记录及其编辑内容。</translation>
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation>{what}引用了另一个文件已删除的记录。请确认删除（该引用随之清除），或保留被引用的记录。</translation>
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation>两个文件各自添加了一条同名记录。请保留其中一条（另一条的引用将转至该记录），或两条都保留（较晚添加的一条将按其工作组重命名）。</translation>
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation>{what}：合并后，这些记录将互为上级。请保留其中一方；另一方的上级将被清除。</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>删除了该记录</translation>
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation>编辑了该记录：保留该记录及其编辑内容</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation>删除了“{name}”：引用它的{what}也将一并删除</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation>删除了“{name}”：对它的引用将被清除</translation>
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation>引用了“{name}”：保留“{name}”</translation>
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation>添加了“{name}”：保留这一条</translation>
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation>将“{child}”置于“{parent}”之下</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>未知用户</translation>
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation>{user}
设备{device}</translation>
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation>要合并的各工作组文件，均为同一研讨会的副本。第一个文件为基准；合并后的研讨会将写入一个新文件，这些文件均不会改变。</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation>自制作副本以来各文件的更改（+ 添加，~ 更改，− 删除）</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记册</translation>
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation>冲突：请为每个冲突选择要纳入合并后研讨会的版本</translation>
        </message>
    </context>
    <context>
        <name>MultiEditor</name>
        <message>
            <source>Filter…</source>
            <translation>筛选…</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>The steps of the workshop and how complete each is; Alt+1 to Alt+9 go to a step</source>
            <translation>讲习班的各个步骤及其完成程度；Alt+1 至 Alt+9 可跳转到某一步骤</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>{step}: {done} of {total} checks done</source>
            <translation>{step}：已完成{done}项检查，共{total}项</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>尚待完成：</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>已完成</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>暂无可显示的内容。</translation>
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation>请添加利益攸关方及其相互之间的联系（谁向谁报告、谁资助谁或谁与谁合作）。</translation>
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation>{name}
{type}
影响力{weight} · {links}个联系</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation>越大 = 影响力越大</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>利益攸关方类型</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshop</name>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. National consultation on migration and development</source>
            <translation>例如：移民与发展问题全国协商会</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>国家(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>结束(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>新建研讨会</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>输入以搜索…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation>研讨会文件保存位置</translation>
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation>请为研讨会指定标题。</translation>
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation>请从列表中选择国家。</translation>
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation>请选择研讨会文件的保存位置。</translation>
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation>“{name}”已存在；请另选一个文件名。</translation>
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>暂无可显示的内容。</translation>
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation>请打开或创建研讨会。</translation>
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation>无法显示此图片。</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>权力—利益矩阵</translation>
        </message>
        <message>
            <source>Network of stakeholders</source>
            <translation>利益攸关方网络</translation>
        </message>
        <message>
            <source>Coverage heatmap</source>
            <translation>覆盖热图</translation>
        </message>
        <message>
            <source>Coherence overview</source>
            <translation>一致性概览</translation>
        </message>
        <message>
            <source>Trends of the indicators</source>
            <translation>指标趋势</translation>
        </message>
        <message>
            <source>Arrow keys move between the items, Enter opens the selected one beside the chart.</source>
            <translation>方向键在各项之间移动，Enter 在图表旁打开所选项。</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation>未设定类型</translation>
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
影响力{influence}，利益程度{interest}</translation>
        </message>
        <message>
            <source>Stakeholders in this cell</source>
            <translation>此格中的利益攸关方</translation>
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation>对结果的利益程度</translation>
        </message>
        <message>
            <source>Influence over the process</source>
            <translation>对进程的影响力</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>暂无可显示的内容。</translation>
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation>为利益攸关方的影响力和利益程度评分（1–5）后，它们即会显示在矩阵中，您可以在各单元格之间拖动它们。</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>利益攸关方类型</translation>
        </message>
        <message>
            <source>Reading the grid</source>
            <translation>如何解读矩阵</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation>本研讨会以只读方式打开；未做任何更改。</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>其他程序</translation>
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation>“{name}”此刻正在写入；请稍后重试。</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>研讨会正在使用中</translation>
        </message>
        <message>
            <source>You can open it read-only: you see it as it is now and can export the report and workbook, but cannot change it. To edit, close it in the other window first.</source>
            <translation>您可以以只读方式打开：您将看到它当前的状态，并可导出报告和工作簿，但不能做任何更改。如需编辑，请先在另一个窗口中将其关闭。</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation>研讨会以只读方式打开；未做任何更改。</translation>
        </message>
        <message>
            <source>Read-only — held by {holder}.</source>
            <translation>只读——占用方：{holder}。</translation>
        </message>
        <message>
            <source>You see the workshop as it was when you opened it. Exports work; nothing can be changed. To edit, close it in the other window, then open it again.</source>
            <translation>您看到的是打开时的研讨会状态。可以导出；不能做任何更改。如需编辑，请在另一个窗口中将其关闭，然后重新打开。</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation>新建：{what}</translation>
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation>选择一条记录以查看</translation>
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation>选择一条记录，或按Ctrl+N添加记录</translation>
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation>最后更改时间：{when}</translation>
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation>已添加。按Ctrl+N可再添加一条。</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>未添加任何内容。</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>未添加——{reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation>添加记录（Enter）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation>放弃新记录（Esc）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参会者</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>参会者</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>议程环节</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>议程环节</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation>协调机制</translation>
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation>协调机制</translation>
        </message>
        <message>
            <source>Mechanism members</source>
            <translation>机制成员</translation>
        </message>
        <message>
            <source>Mechanism member</source>
            <translation>机制成员</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>国际文书</translation>
        </message>
        <message>
            <source>Instrument status</source>
            <translation>文书状况</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>准备情况核对清单</translation>
        </message>
        <message>
            <source>Readiness item</source>
            <translation>准备情况条目</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>利益攸关方</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>利益攸关方</translation>
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation>利益攸关方联系</translation>
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation>利益攸关方联系</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>联系</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>指标覆盖情况</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖情况</translation>
        </message>
        <message>
            <source>Indicator values</source>
            <translation>指标值</translation>
        </message>
        <message>
            <source>Indicator value</source>
            <translation>指标值</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>指标值</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Sector assessments</source>
            <translation>部门评估</translation>
        </message>
        <message>
            <source>Sector assessment</source>
            <translation>部门评估</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Review calendar</source>
            <translation>审查日程</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审查</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>审查</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation>搜索{what}…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation>添加{what}（Ctrl+N）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the selected record ({key}; {table_key} in the table)</source>
            <translation>删除所选记录（{key}；在表中为 {table_key}）</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>谁在何时对所选记录做了哪些更改（Ctrl+H）</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>研讨会以只读方式打开</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown}/{total}</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>历史记录…</translation>
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation>请选择一条记录以查看其历史记录。</translation>
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation>连同关联记录一起删除？</translation>
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation>“{name}”被另外{count}条记录使用。是否删除它，并同时删除这些记录或引用？（撤销可全部还原。）</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>无法删除</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation>已删除“{name}”。按Ctrl+Z可还原。</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation>未知纸张尺寸“{paper}”（请使用 a4 或 letter）。</translation>
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation>未知报告语言“{lang}”。</translation>
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation>将移民问题纳入发展规划主流</translation>
        </message>
        <message>
            <source>Draft for validation</source>
            <translation>待审定草稿</translation>
        </message>
        <message>
            <source>migration</source>
            <translation>移民</translation>
        </message>
        <message>
            <source>development planning</source>
            <translation>发展规划</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>Global Compact for Migration</source>
            <translation>安全、有序和正常移民全球契约</translation>
        </message>
        <message>
            <source>Actions are ranked by priority (high, medium, low); actions of equal priority by expected impact (5 = transformative first), then by feasibility (5 = ready to start first); then by the shorter timeframe.</source>
            <translation>行动按优先级（高、中、低）排序；优先级相同的，按预期影响排序（5 = 具有变革性，排在最前），再按可行性排序（5 = 可随时启动，排在最前）；最后按时限排序，时限较短者在前。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation>优先行动</translation>
        </message>
        <message>
            <source>Impact / feasibility</source>
            <translation>影响/可行性</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>估计费用</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未设定</translation>
        </message>
        <message>
            <source>Actions by priority and timeframe</source>
            <translation>按优先级和时限分列的行动</translation>
        </message>
        <message>
            <source>Working groups whose work was merged</source>
            <translation>工作成果已合并的工作组</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>工作组</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Merged on</source>
            <translation>合并日期</translation>
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation>附件{letter}：{title}</translation>
        </message>
        <message>
            <source>Reference lists used</source>
            <translation>所用参考列表</translation>
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation>可持续发展目标具体目标和指标</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>修订版</translation>
        </message>
        <message>
            <source>Source: United Nations, global indicator framework for the Sustainable Development Goals (A/RES/71/313 and later revisions).</source>
            <translation>资料来源：联合国，可持续发展目标全球指标框架（A/RES/71/313号决议及其后的修订）。</translation>
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation>《移民问题全球契约》目标</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Source: Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).</source>
            <translation>资料来源：《安全、有序和正常移民全球契约》（A/RES/73/195号决议）。</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Source: the texts of the instruments, by title and year of adoption.</source>
            <translation>资料来源：各项文书的文本，按名称和通过年份列出。</translation>
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation>修订版一栏标明2025的，其可持续发展目标标题采用2025年修订的全球指标框架（E/CN.3/2025/6）。</translation>
        </message>
        <message>
            <source>Recorded but not listed: regional instruments of an organisation the workshop's country is not recorded as a member of: {names}.</source>
            <translation>已记录但未列出：研讨会所在国未被记录为其成员的组织的区域文书：{names}。</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation>成员：{names}。</translation>
        </message>
        <message>
            <source>Legal and policy gap analysis</source>
            <translation>法律和政策缺口分析</translation>
        </message>
        <message>
            <source>The review covers the core international instruments and the regional instruments of: {regions}.</source>
            <translation>审查涵盖核心国际文书以及以下组织的区域文书：{regions}。</translation>
        </message>
        <message>
            <source>The review covers the core international instruments. No regional organisation is recorded for the workshop, so no regional instrument is reviewed.</source>
            <translation>审查涵盖核心国际文书。研讨会未记录任何区域组织，因此不审查区域文书。</translation>
        </message>
        <message>
            <source>Core instruments with no recorded status</source>
            <translation>未记录状况的核心文书</translation>
        </message>
        <message>
            <source>Finding: core instruments that apply with no recorded status: {n} of {total}. The group should establish whether the country is party to each.</source>
            <translation>审查结果：适用但未记录状况的核心文书：{total}项中有{n}项。工作组应查明该国是否为每项文书的缔约方。</translation>
        </message>
        <message>
            <source>Every core instrument that applies has a recorded status.</source>
            <translation>每项适用的核心文书均已记录状况。</translation>
        </message>
        <message>
            <source>Instruments not joined, and what answers them</source>
            <translation>尚未加入的文书及应对措施</translation>
        </message>
        <message>
            <source>No action or recommendation</source>
            <translation>无行动或建议</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>应对措施</translation>
        </message>
        <message>
            <source>Finding: not joined, with no action and no recommendation yet: {names}.</source>
            <translation>审查结果：尚未加入且尚无任何行动或建议的文书：{names}。</translation>
        </message>
        <message>
            <source>Every instrument the country has not joined is answered by an action or a recommendation.</source>
            <translation>该国尚未加入的每项文书均有相应的行动或建议。</translation>
        </message>
        <message>
            <source>Reporting obligations</source>
            <translation>报告义务</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>状况</translation>
        </message>
        <message>
            <source>Finding: reports due before {year} and not yet submitted: {names}.</source>
            <translation>审查结果：应于{year}年之前提交但尚未提交的报告：{names}。</translation>
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation>✓ 已落实 · ◐ 部分落实 · ✗ 未落实 · ? 未知</translation>
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation>已知的数据来源缺口</translation>
        </message>
        <message>
            <source>Best coverage</source>
            <translation>最佳覆盖</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>指标覆盖情况</translation>
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation>按任一数据来源所能提供的最佳覆盖程度列出的指标（共{n}项指标）。</translation>
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation>覆盖最多的{cols}个数据来源对{all_rows}项指标中前{rows}项的覆盖情况（最多显示{max_rows} × {max_cols}）。</translation>
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation>哪个数据来源可为哪项指标提供数据。</translation>
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation>分类缺口</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation>指标所需的每个分类项均至少可从一个来源获得。</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name}（{n}）</translation>
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation>{n}项指标至少缺少一个所需的分类项。最常缺少的是：{list}。</translation>
        </message>
        <message>
            <source>Not available from any source</source>
            <translation>任何来源均无法提供</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>权力—利益矩阵</translation>
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation>尚未为任何利益攸关方评定影响力和利益程度。</translation>
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation>矩阵每个单元格中的利益攸关方数量（已评定{n}个）；上表列出了全部名称。</translation>
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation>按影响力和利益程度分列的利益攸关方（已评定{n}个）。标记形状表示机构类别。</translation>
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation>参与方式象限</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>利益攸关方</translation>
        </message>
        <message>
            <source>Stakeholders by engagement quadrant</source>
            <translation>按参与方式象限分列的利益攸关方</translation>
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation>利益攸关方之间的关系</translation>
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation>未记录利益攸关方之间的关系。</translation>
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation>{n}个利益攸关方和{m}个关系，按机构类别汇总：圆圈大小和数字表示机构数量，线条粗细和数字表示关系数量。</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation>{n}个利益攸关方和{m}个关系组成的网络；仅标出联系最多的{top}个。</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation>{n}个利益攸关方和{m}个关系组成的网络。标记大小表示影响力；线条样式表示关系类别。</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>缺口和重叠</translation>
        </message>
        <message>
            <source>Tensions and overlaps between stakeholders</source>
            <translation>利益攸关方之间的矛盾和重叠</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>一方</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>另一方</translation>
        </message>
        <message>
            <source>Areas with no public mandate</source>
            <translation>无公共职责授权的领域</translation>
        </message>
        <message>
            <source>Finding: no government body lists these reviewed sectors among its thematic areas.</source>
            <translation>审查结果：没有任何政府机构将下列已审查部门列为其专题领域。</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Covered only by</source>
            <translation>仅由以下各方涵盖</translation>
        </message>
        <message>
            <source>Every reviewed sector is in the mandate of at least one government body.</source>
            <translation>每个已审查部门均属于至少一个政府机构的职责授权范围。</translation>
        </message>
        <message>
            <source>Possible overlaps</source>
            <translation>可能的重叠</translation>
        </message>
        <message>
            <source>Finding: several government bodies of the same level claim these areas, and no coordinating link, parent body or working coordination mechanism ties each group to the others.</source>
            <translation>审查结果：同一层级的多个政府机构均主张对下列领域负责，而各组机构之间没有任何协调关系、上级机构或运作中的协调机制相连。</translation>
        </message>
        <message>
            <source>Groups of bodies not linked to each other</source>
            <translation>互不关联的机构组</translation>
        </message>
        <message>
            <source>No area is claimed by government bodies without a coordinating link between them.</source>
            <translation>没有任何领域由彼此之间缺乏协调关系的多个政府机构共同主张负责。</translation>
        </message>
        <message>
            <source>Gaps noted by the group</source>
            <translation>工作组指出的缺口</translation>
        </message>
        <message>
            <source>Mandates</source>
            <translation>职责授权</translation>
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation>政策一致性概览</translation>
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation>为各部门评定的一致性评分（条形），以及被判定为与移民目标一致、部分一致或不一致的政策数量。</translation>
        </message>
        <message>
            <source>Policies reviewed: {sector}</source>
            <translation>已审查的政策：{sector}</translation>
        </message>
        <message>
            <source>No finding recorded yet.</source>
            <translation>尚未记录任何审查结果。</translation>
        </message>
        <message>
            <source>Human rights and gender</source>
            <translation>人权与性别</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>提及的部门</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations and the sectors that raised them</source>
            <translation>处境脆弱群体及提出这些群体的部门</translation>
        </message>
        <message>
            <source>Sectors with a finding on human rights or gender: {n} of {total}.</source>
            <translation>有人权或性别方面审查结果的部门：{total}个中有{n}个。</translation>
        </message>
        <message>
            <source>Finding: no human-rights or gender finding yet for: {sectors}.</source>
            <translation>审查结果：以下部门尚无人权或性别方面的审查结果：{sectors}。</translation>
        </message>
        <message>
            <source>Knock-on effects between sectors</source>
            <translation>部门之间的连带影响</translation>
        </message>
        <message>
            <source>Sectors most often affected by the policies of others: {sectors}.</source>
            <translation>最常受其他部门政策影响的部门：{sectors}。</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start}至{end}</translation>
        </message>
        <message>
            <source>The workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>议程</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>参与情况</translation>
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation>来自{orgs}个组织的{n}名参会者参加了研讨会。</translation>
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation>按性别和角色分列的参会者</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation>一致性评分（1–5）</translation>
        </message>
        <message>
            <source>Policies in force</source>
            <translation>现行政策</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <source>{n} relations within</source>
            <translation>内部关系{n}个</translation>
        </message>
        <message>
            <source>Figure {number}. {caption}</source>
            <translation>图{number}　{caption}</translation>
        </message>
        <message>
            <source>Table {number}. {caption}</source>
            <translation>表{number}　{caption}</translation>
        </message>
        <message>
            <source>Source: workshop data, {date}.</source>
            <translation>资料来源：研讨会数据，{date}。</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>未记录。</translation>
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation>标志文件“{name}”不存在。</translation>
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation>无法将标志“{name}”作为图片读取；请使用PNG或JPEG文件。</translation>
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation>标志“{name}”为空。</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>主办方</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>版本说明</translation>
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop {version}, from the workshop's own records. Set in Noto Sans, Noto Naskh Arabic and WenQuanYi Micro Hei.</source>
            <translation>本报告于{date}使用 Mainstream Desktop {version}根据讲习班记录生成。字体：Noto Sans、Noto Naskh Arabic 和 WenQuanYi Micro Hei。</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>插图目录</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>表格目录</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>第{page}页，共{total}页</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>内容提要</translation>
        </message>
        <message>
            <source>Main gaps</source>
            <translation>主要缺口</translation>
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation>各步骤的检查项均已完成。</translation>
        </message>
        <message>
            <source>Top priorities</source>
            <translation>最优先事项</translation>
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation>尚未记录任何行动。</translation>
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation>面向{country}的研讨会“{title}”于{dates}在{venue}举行。</translation>
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation>本报告介绍面向{country}的研讨会“{title}”。</translation>
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation>{n}名参会者参加了研讨会。</translation>
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation>{n}名参会者参加了研讨会。</translation>
        </message>
        <message>
            <source>{n} political commitment was recorded.</source>
            <translation>记录了{n}项政治承诺。</translation>
        </message>
        <message>
            <source>{n} political commitments were recorded.</source>
            <translation>记录了{n}项政治承诺。</translation>
        </message>
        <message>
            <source>{n} of them is adopted or in force.</source>
            <translation>其中{n}项已通过或已生效。</translation>
        </message>
        <message>
            <source>{n} of them are adopted or in force.</source>
            <translation>其中{n}项已通过或已生效。</translation>
        </message>
        <message>
            <source>None of them is adopted or in force yet.</source>
            <translation>其中尚无任何一项已通过或已生效。</translation>
        </message>
        <message>
            <source>{n} stakeholder was mapped.</source>
            <translation>已梳理{n}个利益攸关方。</translation>
        </message>
        <message>
            <source>{n} stakeholders were mapped.</source>
            <translation>已梳理{n}个利益攸关方。</translation>
        </message>
        <message>
            <source>{n} of them should be managed closely (high influence and high interest).</source>
            <translation>其中{n}个应予密切管理（影响力高且利益程度高）。</translation>
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation>清查了{sources}个数据来源和{indicators}项指标；其中{uncovered}项指标尚无覆盖它们的数据来源。</translation>
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation>行动计划包含{n}项行动，其中{high}项为高优先级，估计费用为{cost}。</translation>
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation>行动计划包含{n}项行动，其中{high}项为高优先级，估计总费用为{cost}。</translation>
        </message>
        <message>
            <source>Funding still to be found: {gaps}.</source>
            <translation>尚待筹措的资金：{gaps}。</translation>
        </message>
        <message>
            <source>{gap} of {cost}</source>
            <translation>{gap}（总额{cost}）</translation>
        </message>
        <message>
            <source>{amount} in a currency not stated</source>
            <translation>{amount}（未注明货币）</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sectors} ({score}).</source>
            <translation>共审查了{n}个部门，政策一致性平均为{mean}分（满分5分）；一致性最低的是{sectors}（{score}）。</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent, at {score}, are {sectors}.</source>
            <translation>共审查了{n}个部门，政策一致性平均为{mean}分（满分5分）；一致性最低（{score}分）的是{sectors}。</translation>
        </message>
        <message>
            <source>{step}: {gap}.</source>
            <translation>{step}：{gap}。</translation>
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation>{total}项准备条件中有{n}项尚未落实。</translation>
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation>在{n}个部门中，政策与移民目标的一致性较弱（评分为2或以下）：{names}。</translation>
        </message>
        <message>
            <source>{n} of the {total} gaps found have no action in the plan yet.</source>
            <translation>在发现的{total}个缺口中，有{n}个在计划中尚无任何行动。</translation>
        </message>
        <message>
            <source>Secured</source>
            <translation>已落实</translation>
        </message>
        <message>
            <source>Not yet funded</source>
            <translation>尚未获得资金</translation>
        </message>
        <message>
            <source>{currency}: {secured} of {cost} secured</source>
            <translation>{currency}：{cost}中已落实{secured}</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>…另有{n}项。</translation>
        </message>
        <message>
            <source>{quadrant} ({n})</source>
            <translation>{quadrant}（{n}）</translation>
        </message>
        <message>
            <source>Cut-off at {cut}: scores of {high} to 5 count as high.</source>
            <translation>分界值为{cut}：{high}至5分视为高。</translation>
        </message>
        <message>
            <source>Markers in one cell share its score; they are spread apart only to stay readable.</source>
            <translation>同一单元格中的标记评分相同；将其分开摆放只是为了便于辨认。</translation>
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation>政府和公共机构</translation>
        </message>
        <message>
            <source>International partners</source>
            <translation>国际伙伴</translation>
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation>民间社会、移民和社区</translation>
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation>私营部门和学术界</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>The migration situation</source>
            <translation>移民状况</translation>
        </message>
        <message>
            <source>What the figures gathered by the working group say about migration in {country}: the latest value of each indicator, how it has changed, how it breaks down, and what is still missing.</source>
            <translation>工作组收集的数据反映了{country}移民的哪些情况：每项指标的最新数值、其变化情况、分类情况以及仍缺少的数据。</translation>
        </message>
        <message>
            <source>{with_values} of {indicators} indicators have recorded values ({values} values in all); {trends} have values in at least {years} years.</source>
            <translation>{indicators}项指标中有{with_values}项已记录数值（共{values}个数值）；其中{trends}项至少有{years}个年份的数值。</translation>
        </message>
        <message>
            <source>Topic not recorded</source>
            <translation>未记录主题</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>主要数据</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>最新数值</translation>
        </message>
        <message>
            <source>Key figures: {topic}</source>
            <translation>主要数据：{topic}</translation>
        </message>
        <message>
            <source>No indicator value has been recorded yet.</source>
            <translation>尚未记录任何指标值。</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
        <message>
            <source>No indicator has values in {years} or more years yet.</source>
            <translation>尚无任何指标有{years}个或更多年份的数值。</translation>
        </message>
        <message>
            <source>Recorded totals of the indicators with values in at least {years} years. Each scale starts at zero; a dot marks each year with a value, the filled dot the latest.</source>
            <translation>至少有{years}个年份数值的指标的已记录总计值。每个刻度均从零开始；每个有数值的年份以一个圆点标出，实心圆点表示最新年份。</translation>
        </message>
        <message>
            <source>(part {n} of {all})</source>
            <translation>（第{n}部分，共{all}部分）</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>分类数据</translation>
        </message>
        <message>
            <source>{group}: {value}</source>
            <translation>{group}：{value}</translation>
        </message>
        <message>
            <source>No disaggregated value has been recorded yet.</source>
            <translation>尚未记录任何分类数值。</translation>
        </message>
        <message>
            <source>The latest values of each disaggregation recorded, by indicator.</source>
            <translation>按指标列出的已记录各分类项的最新数值。</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>缺少的数据</translation>
        </message>
        <message>
            <source>Indicators with no value</source>
            <translation>无数值的指标</translation>
        </message>
        <message>
            <source>{n} indicators have no recorded value.</source>
            <translation>{n}项指标没有已记录的数值。</translation>
        </message>
        <message>
            <source>Every indicator has at least one value.</source>
            <translation>每项指标均至少有一个数值。</translation>
        </message>
        <message>
            <source>Disaggregations asked for but not recorded</source>
            <translation>所需但未记录的分类项</translation>
        </message>
        <message>
            <source>{n} indicators with values lack a disaggregation they ask for.</source>
            <translation>{n}项有数值的指标缺少其所需的分类项。</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators ask for has values.</source>
            <translation>指标所需的每个分类项均有数值。</translation>
        </message>
        <message>
            <source>Values older than five years</source>
            <translation>超过五年的数值</translation>
        </message>
        <message>
            <source>The workshop has no date, so the age of the values is not judged.</source>
            <translation>研讨会没有日期，因此不评估数值的时效。</translation>
        </message>
        <message>
            <source>Every indicator with values has one from {year} or later.</source>
            <translation>每项有数值的指标均有{year}年或之后的数值。</translation>
        </message>
        <message>
            <source>Judged against the year of the workshop ({year}): the latest value of these indicators is from {limit} or earlier.</source>
            <translation>以研讨会年份（{year}年）为准：下列指标的最新数值为{limit}年或更早的数值。</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>最新年份</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>另有{n}个</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>未覆盖任何指标的数据来源：{names}。</translation>
        </message>
        <message>
            <source>Currency not stated</source>
            <translation>未注明货币</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>资金筹措</translation>
        </message>
        <message>
            <source>Secured and unfunded cost by sector. Each currency has its own scale; amounts in different currencies are never added.</source>
            <translation>按部门分列的已落实费用和尚未获得资金的费用。每种货币使用各自的刻度；不同货币的金额从不相加。</translation>
        </message>
        <message>
            <source>The plan is costed in several currencies. Amounts in different currencies are not added together: each has its own total.</source>
            <translation>本计划的费用以多种货币计算。不同货币的金额不相加：每种货币各有其合计。</translation>
        </message>
        <message>
            <source>In {currency}: the actions cost {cost}; {secured} ({share}) is secured, and {gap} remains to be found.</source>
            <translation>以{currency}计：各项行动的费用为{cost}；已落实{secured}（{share}），尚有{gap}有待筹措。</translation>
        </message>
        <message>
            <source>{n} action has a cost of {cost} with no currency stated; it is counted apart.</source>
            <translation>{n}项行动的费用为{cost}，但未注明货币；该费用单独计算。</translation>
        </message>
        <message>
            <source>{n} actions have costs of {cost} in total with no currency stated; they are counted apart.</source>
            <translation>{n}项行动的费用合计为{cost}，但未注明货币；这些费用单独计算。</translation>
        </message>
        <message>
            <source>{n} dropped action is not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n}项已放弃的行动未计入本节的任何金额、表格或图表：{titles}。</translation>
        </message>
        <message>
            <source>{n} dropped actions are not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>{n}项已放弃的行动未计入本节的任何金额、表格或图表：{titles}。</translation>
        </message>
        <message>
            <source>{n} action has no cost estimate yet.</source>
            <translation>{n}项行动尚无费用估算。</translation>
        </message>
        <message>
            <source>{n} actions have no cost estimate yet.</source>
            <translation>{n}项行动尚无费用估算。</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>资金缺口</translation>
        </message>
        <message>
            <source>Share secured</source>
            <translation>已落实比例</translation>
        </message>
        <message>
            <source>Estimated cost and funding by currency</source>
            <translation>按货币分列的估计费用和资金</translation>
        </message>
        <message>
            <source>Cost by sector</source>
            <translation>按部门分列的费用</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>无部门</translation>
        </message>
        <message>
            <source>Cost by year</source>
            <translation>按年份分列的费用</translation>
        </message>
        <message>
            <source>Each action's cost is spread evenly over its years, from its start year to its end year, both included.</source>
            <translation>每项行动的费用在其实施年份之间平均分摊，从开始年份至结束年份，首尾两年均计算在内。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>{n} costed action has no start or end year and is not in this table: {titles}.</source>
            <translation>{n}项已估算费用的行动没有开始年份或结束年份，未列入本表：{titles}。</translation>
        </message>
        <message>
            <source>{n} costed actions have no start or end year and are not in this table: {titles}.</source>
            <translation>{n}项已估算费用的行动没有开始年份或结束年份，未列入本表：{titles}。</translation>
        </message>
        <message>
            <source>Partner commitments</source>
            <translation>伙伴承诺</translation>
        </message>
        <message>
            <source>No funding partner named</source>
            <translation>未指明资助伙伴</translation>
        </message>
        <message>
            <source>Bodies it funds (“Funds” relations)</source>
            <translation>其资助的机构（“资助”关系）</translation>
        </message>
        <message>
            <source>Amounts are added up per currency only. The bodies a partner funds come from the relations recorded in the institutional mapping.</source>
            <translation>金额仅按货币分别加总。伙伴所资助的机构取自机构梳理中记录的关系。</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>准备情况</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>法律</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>政策一致性</translation>
        </message>
        <message>
            <source>Coherence score 2 or less</source>
            <translation>一致性评分为2或以下</translation>
        </message>
        <message>
            <source>A policy judged incoherent</source>
            <translation>有一项政策被判定为不一致</translation>
        </message>
        <message>
            <source>Monitoring and evaluation framework</source>
            <translation>监测和评价框架</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>基线值 → 目标值</translation>
        </message>
        <message>
            <source>Gaps and the actions that answer them</source>
            <translation>缺口及应对行动</translation>
        </message>
        <message>
            <source>No readiness, legal, data or coherence gap was recorded.</source>
            <translation>未记录任何准备情况、法律、数据或一致性方面的缺口。</translation>
        </message>
        <message>
            <source>The workshop found {n} gaps: readiness conditions not in place, instruments not ratified, indicators no data source covers, and sectors whose policies are weakly coherent with migration goals. {m} of them have no action in the plan yet.</source>
            <translation>研讨会发现了{n}个缺口：尚未落实的准备条件、尚未批准的文书、没有任何数据来源覆盖的指标，以及政策与移民目标一致性较弱的部门。其中{m}个缺口在计划中尚无任何行动。</translation>
        </message>
        <message>
            <source>An action answers a gap when it names the readiness condition, the instrument or the indicator, or, for coherence, belongs to the same sector. Actions are numbered as in the prioritised list.</source>
            <translation>如果一项行动指明了相应的准备条件、文书或指标，或者（就一致性而言）属于同一部门，即视为该行动应对了该缺口。行动编号与优先行动列表中的编号一致。</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>无行动</translation>
        </message>
        <message>
            <source>Kind of gap</source>
            <translation>缺口类别</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>缺口</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>审查结果</translation>
        </message>
        <message>
            <source>Actions (#)</source>
            <translation>行动（编号）</translation>
        </message>
        <message>
            <source>Gaps with no action</source>
            <translation>无任何行动的缺口</translation>
        </message>
        <message>
            <source>Every gap found has at least one action.</source>
            <translation>发现的每个缺口均至少有一项行动。</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>SDG</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>可持续发展目标</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>GCM</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>《安全、有序和正常移民全球契约》</translation>
        </message>
        <message>
            <source>ODA</source>
            <translation>ODA</translation>
        </message>
        <message>
            <source>Official development assistance</source>
            <translation>官方发展援助</translation>
        </message>
        <message>
            <source>UPR</source>
            <translation>UPR</translation>
        </message>
        <message>
            <source>Universal Periodic Review</source>
            <translation>普遍定期审议</translation>
        </message>
        <message>
            <source>ILO</source>
            <translation>ILO</translation>
        </message>
        <message>
            <source>International Labour Organization</source>
            <translation>国际劳工组织</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>IOM</translation>
        </message>
        <message>
            <source>International Organization for Migration</source>
            <translation>国际移民组织</translation>
        </message>
        <message>
            <source>UNDP</source>
            <translation>UNDP</translation>
        </message>
        <message>
            <source>United Nations Development Programme</source>
            <translation>联合国开发计划署</translation>
        </message>
        <message>
            <source>The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the organisers or their partners concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries. The findings, interpretations and conclusions expressed are those of the working group that prepared the report and do not necessarily reflect the views of the organisations that supported the consultation. Mention of an organisation, a firm or a commercial product does not imply its endorsement.</source>
            <translation>本报告所采用的名称及其材料的编写方式，并不意味着主办方或其伙伴对任何国家、领土、城市或地区或其当局的法律地位，或对其边界或界线的划分，表示任何意见。本报告所表述的审查结果、解释和结论系编写本报告的工作组的观点，不一定反映支持本次磋商的各组织的观点。提及某一组织、公司或商业产品并不意味着对其表示认可。</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>This report was validated by {body} on {date}.</source>
            <translation>本报告已由{body}于{date}审定。</translation>
        </message>
        <message>
            <source>This report was validated by {body}.</source>
            <translation>本报告已由{body}审定。</translation>
        </message>
        <message>
            <source>This report was validated on {date}.</source>
            <translation>本报告已于{date}审定。</translation>
        </message>
        <message>
            <source>This report has not been validated yet.</source>
            <translation>本报告尚未审定。</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Acronyms and abbreviations</source>
            <translation>缩略语</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>缩写</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>全称</translation>
        </message>
        <message>
            <source>The review calendar ties the plan to the budget through these budget preparation rounds: {rounds}.</source>
            <translation>审查日程通过以下预算编制期将计划与预算相衔接：{rounds}。</translation>
        </message>
        <message>
            <source>No budget preparation round is recorded in the review calendar.</source>
            <translation>审查日程中未记录任何预算编制期。</translation>
        </message>
        <message>
            <source>The first actions of the plan are due to start in {year} ({n} of them); the latest start year recorded is {last}.</source>
            <translation>计划中最早的行动定于{year}年开始（共{n}项）；记录的最晚开始年份为{last}年。</translation>
        </message>
        <message>
            <source>The review calendar holds {n} dates, from “{first}” on {first_date} to “{last}” on {last_date}.</source>
            <translation>审查日程共有{n}个日期，从{first_date}的“{first}”到{last_date}的“{last}”。</translation>
        </message>
        <message>
            <source>Note {mark} ({column}):</source>
            <translation>注{mark}（{column}）：</translation>
        </message>
        <message>
            <source>… (continued in note {mark} under the table)</source>
            <translation>…（续见表下注{mark}）</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in the workshop</source>
            <translation>在讲习班中查找</translation>
        </message>
        <message>
            <source>Find a stakeholder, source, policy, action…</source>
            <translation>查找利益攸关方、来源、政策、行动…</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>找到的记录</translation>
        </message>
        <message>
            <source>Type part of a name or of any text.</source>
            <translation>请输入名称或任何文字的一部分。</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>未找到任何内容。</translation>
        </message>
        <message>
            <source>The first {n} records found; type more to narrow them.</source>
            <translation>找到的前{n}条记录；请输入更多内容以缩小范围。</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>找到{n}条记录。</translation>
        </message>
    </context>
    <context>
        <name>SectorsPage</name>
        <message>
            <source>Coherence overview</source>
            <translation>一致性概览</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>Workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参会者</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>议程环节</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>协调机制</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>准备情况</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>利益攸关方</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>联系</translation>
        </message>
        <message>
            <source>DataSources</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖情况</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>指标值</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>评估</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>政策</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>审查</translation>
        </message>
        <message>
            <source>About</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Guidance</source>
            <translation>指导</translation>
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation>显示或隐藏目的和指导性问题（F1）</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>指导性问题</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>尚待完成：</translation>
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation>已完成{done}/{total}项检查</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation>成果文件</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation>一个研讨会文件只含一条研讨会记录。</translation>
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation>标识符{id}已被另一条记录使用。</translation>
        </message>
        <message>
            <source>A recorded change names “{table}.{field}”, which is not part of a workshop; nothing was changed.</source>
            <translation>一条已记录的变更涉及“{table}.{field}”，它不属于研讨会；未作任何更改。</translation>
        </message>
        <message>
            <source>A recorded deletion has no date; nothing was changed.</source>
            <translation>一条已记录的删除没有日期；未作任何更改。</translation>
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation>{register}{id}不存在或已被删除。</translation>
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation>研讨会记录不能删除。</translation>
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation>自预览以来研讨会已有更改；请重新预览。</translation>
        </message>
        <message>
            <source>The changes would leave a record referring to one that does not exist; nothing was written.</source>
            <translation>这些更改会使某条记录引用不存在的记录；未写入任何内容。</translation>
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation>{register}“{name}”被{count}条记录使用（{names}）；请先删除这些记录，或连同关联记录一起删除。</translation>
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation>{register}{id}未被删除。</translation>
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation>无法撤销：该记录已不存在。</translation>
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation>其他记录现在引用了它</translation>
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation>此操作现在无法撤销或重做：{why}</translation>
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation>{register}没有“{field}”字段。</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>Out of date</source>
            <translation>已过时</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>输入以搜索…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>指标(&amp;I)：</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>分类(&amp;B)：</translation>
        </message>
        <message>
            <source>Trend chart</source>
            <translation>趋势图</translation>
        </message>
        <message>
            <source>No values recorded yet.</source>
            <translation>尚未记录任何数值。</translation>
        </message>
        <message>
            <source>Add them in the Values register or import a statistical table — File ▸ Import indicator values…</source>
            <translation>请在“指标值”登记册中添加，或导入统计表——文件 ▸ 导入指标值…</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>{dimension}: {group}</source>
            <translation>{dimension}：{group}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>Unit: {unit}    Source: {sources}</source>
            <translation>单位：{unit}    来源：{sources}</translation>
        </message>
        <message>
            <source>{title}: {count} values from {first} to {last}. Left and right arrow keys move from year to year, Enter opens the value.</source>
            <translation>{title}：{first}年至{last}年共{count}个数值。左右方向键在各年份之间移动，Enter 打开该数值。</translation>
        </message>
        <message>
            <source>Round dots: values of the last {n} years before the workshop ({year}); grey squares in the shaded years: older, out of date.</source>
            <translation>圆点：研讨会（{year}年）之前最近{n}年的数值；阴影年份中的灰色方块：较早、已过时的数值。</translation>
        </message>
        <message>
            <source>The workshop has no dates yet: values cannot be judged out of date.</source>
            <translation>研讨会尚无日期：无法判断数值是否已过时。</translation>
        </message>
        <message>
            <source>{when}: {value}</source>
            <translation>{when}：{value}</translation>
        </message>
        <message>
            <source>(out of date: more than {n} years before the workshop)</source>
            <translation>（已过时：早于研讨会{n}年以上）</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation>添加{what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>更改{what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>删除{what}</translation>
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation>在矩阵中移动利益攸关方</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation>引用的{target}不存在或已被删除</translation>
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation>会使该记录成为其自身的上级</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>另一条记录已有相同的{fields}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation>“{value}”不是允许的值</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>含有控制字符</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation>过长（{n}个字符，最多{max}个）</translation>
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation>“{value}”不是电子邮件地址</translation>
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation>必须是整数（实际为{value}）</translation>
        </message>
        <message>
            <source>is not a record id</source>
            <translation>不是记录标识符</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>必须是数字</translation>
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation>必须是数字（实际为“{value}”）</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>必须是有限数值</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation>必须介于{lo}和{hi}之间（实际为{value}）</translation>
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation>必须至少为{lo}（实际为{value}）</translation>
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation>必须至多为{hi}（实际为{value}）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation>必须为是或否（实际为“{value}”）</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation>必须是YYYY-MM-DD格式的日期（实际为“{value}”）</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>早于开始日期</translation>
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation>必须是HH:MM格式的时间</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>早于开始时间</translation>
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation>利益攸关方不能与其自身建立联系</translation>
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation>早于基线年份</translation>
        </message>
        <message>
            <source>is before the start year</source>
            <translation>早于开始年份</translation>
        </message>
        <message>
            <source>is less than the amount already secured</source>
            <translation>低于已落实金额</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>column {column}</source>
            <translation>{column}列</translation>
        </message>
        <message>
            <source>Values from “{name}” ({shape} table):</source>
            <translation>来自“{name}”的数值（{shape}）：</translation>
        </message>
        <message>
            <source>wide</source>
            <translation>宽表</translation>
        </message>
        <message>
            <source>long</source>
            <translation>长表</translation>
        </message>
        <message>
            <source>columns used: {columns}</source>
            <translation>使用的列：{columns}</translation>
        </message>
        <message>
            <source>columns ignored: {columns}</source>
            <translation>忽略的列：{columns}</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {unchanged} unchanged, {missing} missing (.., -, n/a) skipped</source>
            <translation>添加{added}条，更新{updated}条，{unchanged}条不变，跳过{missing}个缺失值（.., -, n/a）</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>注：{text}</translation>
        </message>
        <message>
            <source>{first}…{last}: one year each</source>
            <translation>{first}…{last}：每列一个年份</translation>
        </message>
        <message>
            <source>a second column for the same thing; keep one</source>
            <translation>同一内容的第二列；请只保留一列</translation>
        </message>
        <message>
            <source>no column names the indicator (a header such as Indicator or Code)</source>
            <translation>没有列标明指标（例如标题为“指标”或“代码”的列）</translation>
        </message>
        <message>
            <source>no column holds the values (a header such as Value), and no header is a year (2015, 2016…)</source>
            <translation>没有列存放数值（例如标题为“数值”的列），也没有任何标题是年份（2015、2016…）</translation>
        </message>
        <message>
            <source>no column gives the year (a header such as Year or Period)</source>
            <translation>没有列给出年份（例如标题为“年份”或“时期”的列）</translation>
        </message>
        <message>
            <source>is a formula without a saved value or a spreadsheet error; formulas are not calculated, type the value instead</source>
            <translation>是未保存计算值的公式或电子表格错误；不计算公式，请直接输入数值</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value was used</source>
            <translation>是公式；未进行计算，已使用其保存的值</translation>
        </message>
        <message>
            <source>no indicator given</source>
            <translation>未给出指标</translation>
        </message>
        <message>
            <source>{n} indicators of the workshop answer to this; give the code</source>
            <translation>研讨会中有{n}项指标与此对应；请给出代码</translation>
        </message>
        <message>
            <source>no indicator of the workshop has this code or name; add it to the indicators first</source>
            <translation>研讨会中没有任何指标使用此代码或名称；请先将其添加到指标中</translation>
        </message>
        <message>
            <source>not a disaggregation of the list (sex, age, migratory status, geographic location…)</source>
            <translation>不是列表中的分类项（性别、年龄、移民身份、地理位置…）</translation>
        </message>
        <message>
            <source>the row is disaggregated by {a} and by {b} at once; a value has one disaggregation: import such a cross-table one dimension at a time</source>
            <translation>该行同时按{a}和{b}分类；一个数值只能有一个分类项：请逐个维度导入此类交叉表</translation>
        </message>
        <message>
            <source>no data source of the workshop has this name; add it to the data sources, or empty the cell</source>
            <translation>研讨会中没有任何数据来源使用此名称；请将其添加到数据来源中，或清空该单元格</translation>
        </message>
        <message>
            <source>several data sources have this name</source>
            <translation>多个数据来源使用此名称</translation>
        </message>
        <message>
            <source>is not a year (1900–2100) or a period such as 2015-2019</source>
            <translation>不是年份（1900–2100），也不是2015-2019这样的时期</translation>
        </message>
        <message>
            <source>no year given</source>
            <translation>未给出年份</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <source>looks like a formula; a value must be a number</source>
            <translation>看起来是公式；数值必须是数字</translation>
        </message>
        <message>
            <source>has a percent sign but the unit says “{unit}”</source>
            <translation>带有百分号，但单位为“{unit}”</translation>
        </message>
        <message>
            <source>the same value (indicator, year and disaggregation) is also in row {row}</source>
            <translation>同一数值（指标、年份和分类项相同）也出现在第{row}行</translation>
        </message>
        <message>
            <source>“{name}” is empty: it has no header row.</source>
            <translation>“{name}”为空：没有标题行。</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>“{name}”过大，无法导入（{mb} MB；最大{max} MB）。</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>“{name}”不存在或不是文件。</translation>
        </message>
        <message>
            <source>--sheet is for an Excel workbook; “{name}” is a CSV file.</source>
            <translation>--sheet 仅适用于Excel工作簿；“{name}”是CSV文件。</translation>
        </message>
        <message>
            <source>“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).</source>
            <translation>“{name}”既不是CSV文件（.csv），也不是Excel工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>“{name}” is not a text table (CSV); it looks like a binary file.</source>
            <translation>“{name}”不是文本表格（CSV）；看起来是二进制文件。</translation>
        </message>
        <message>
            <source>“{name}” has {n} columns; a table of values has at most {max}.</source>
            <translation>“{name}”有{n}列；数值表最多只能有{max}列。</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as a CSV table: {reason}</source>
            <translation>无法将“{name}”作为CSV表格读取：{reason}</translation>
        </message>
        <message>
            <source>“{name}” has more than {max} rows; split the table.</source>
            <translation>“{name}”超过{max}行；请拆分表格。</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>“{name}”中没有工作表“{sheet}”；其工作表为：{sheets}。</translation>
        </message>
        <message>
            <source>could be {a} or {b}: no other number of the file shows which separator is the decimal one; write {a} or {b}</source>
            <translation>可能是{a}或{b}：文件中没有其他数字能表明哪个分隔符是小数点；请写成{a}或{b}</translation>
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
            <translation>循序渐进地将移民问题纳入发展规划主流。每项更改一经作出即自动保存。</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>新建研讨会…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>打开研讨会…</translation>
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation>打开示例研讨会</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>最近的研讨会</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation>从下拉列表中选择一个值</translation>
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation>从下拉列表中选择一个或多个值，以“; ”分隔</translation>
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation>工作表{sheet}上某条记录的名称</translation>
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation>{lo}至{hi}之间的整数</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>{lo}至{hi}之间的数字</translation>
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation>整数，至少为{lo}</translation>
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation>数字，至少为{lo}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation>年份（YYYY）</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>是或否</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>电子邮件地址</translation>
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation>文本，最多{n}个字符</translation>
        </message>
        <message>
            <source>Left empty in this export; existing values are kept.</source>
            <translation>此导出中留空；现有值保持不变。</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>必填。</translation>
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation>每个工作表对应研讨会的一个登记册：每条记录占一行。第一行为列标题；请勿重命名、移动或删除工作表及其标题。</translation>
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation>如需添加记录，请在相应工作表底部填写新的一行。如需更改记录，请编辑该记录所在的行。标题为橙色的列为必填列：每一行都必须填写。</translation>
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation>每个登记册工作表的A列均为隐藏列：其中存放记录的标识符。请保持原样；新行的该列为空。在此删除某一行，导入工作簿时并不会删除该记录。</translation>
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation>如果单元格引用另一个登记册（如所有者、牵头部委、部门），请输入或选择该记录的名称，须与其在该登记册工作表上的名称完全一致。在本工作簿中新增的记录也可以用同样方式按名称引用。</translation>
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation>如果单元格可填多个值，请用分号（“; ”）分隔。请从下拉列表中选择值；日期格式为YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation>不读取公式：请输入数值，而不是公式。</translation>
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation>工作簿交回后，由主持人将其导入研讨会文件。导入时会先显示将添加和更改的内容，并按工作表、行和列列出每个问题；在所有问题修正之前，不会做任何更改。</translation>
        </message>
        <message>
            <source>This copy leaves out personal data: the columns for names, positions and contact details of people (grey headers) are empty. Fill them in for new rows only; an empty cell there leaves what the workshop holds as it is.</source>
            <translation>本副本不包括个人数据：人员姓名、职务和联系方式各列（灰色标题）为空。仅在新行中填写这些列；这些列中的空单元格会使研讨会中的现有内容保持不变。</translation>
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation>Mainstream Desktop工作簿</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>研讨会</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出时间</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>个人数据</translation>
        </message>
        <message>
            <source>included</source>
            <translation>已包括</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>未包括</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>如何填写本工作簿</translation>
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation>工作表和列</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>What to enter</source>
            <translation>填写内容</translation>
        </message>
        <message>
            <source>Left empty in this export (no personal data); existing values are kept. Fill it in for new rows.</source>
            <translation>此导出中留空（不含个人数据）；现有值保持不变。新行请填写此列。</translation>
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation>多个值：请用“; ”分隔。按“确定”保留您输入的内容。</translation>
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation>在工作表{sheet}上未找到。只有当它与该工作表上某条记录的名称完全一致时才保留。</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation>磁盘已满。请释放一些空间（或选择其他磁盘）后重试；未写入任何内容。</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>无法写入“{path}”：{reason}。</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>无法写入文件：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>Zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <source>Pre&amp;vious question</source>
            <translation>上一个问题(&amp;V)</translation>
        </message>
        <message>
            <source>Next &amp;question</source>
            <translation>下一个问题(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation>就业和劳动力市场</translation>
        </message>
        <message>
            <source>Education and skills development</source>
            <translation>教育和技能发展</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>卫生</translation>
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation>农业、粮食安全和农村发展</translation>
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation>城市发展、住房和地方服务</translation>
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation>社会保护和社会保障</translation>
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation>金融、汇款和普惠金融</translation>
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation>私营部门发展、投资和贸易</translation>
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation>侨民参与</translation>
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation>环境、气候变化和减少灾害风险</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>性别平等</translation>
        </message>
        <message>
            <source>Children and youth</source>
            <translation>儿童和青年</translation>
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation>治理、法治和人权</translation>
        </message>
        <message>
            <source>Security and border management</source>
            <translation>安全和边境管理</translation>
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation>牵头政府机构/国家协调人</translation>
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation>各职能部委和机构</translation>
        </message>
        <message>
            <source>National statistical system</source>
            <translation>国家统计系统</translation>
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation>中央银行和金融监管机构</translation>
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation>地方和区域当局</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>议会</translation>
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation>国家人权机构</translation>
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation>移民、侨民及其组织</translation>
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation>民间社会和宗教组织</translation>
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation>工会/工人组织</translation>
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation>雇主、私营部门和招聘行业</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>学术界和研究机构</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation>联合国系统和国际组织</translation>
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation>发展伙伴和捐助方</translation>
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation>区域和国家间机构</translation>
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation>原籍、过境和目的地社区</translation>
        </message>
        <message>
            <source>Population and housing census</source>
            <translation>人口和住房普查</translation>
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation>劳动力调查（含移民模块）</translation>
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation>住户收入/支出调查或生活水平调查</translation>
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation>人口与健康调查/多指标类集调查</translation>
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation>移民、汇款或移民成本专项调查</translation>
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation>人口登记/外国人登记</translation>
        </message>
        <message>
            <source>Residence permit records</source>
            <translation>居留许可记录</translation>
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation>工作许可和出国务工人员登记记录</translation>
        </message>
        <message>
            <source>Visa records</source>
            <translation>签证记录</translation>
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation>出入境记录</translation>
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation>庇护和难民登记</translation>
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation>驻外使领馆的海外国民登记</translation>
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation>民事登记和人口动态统计</translation>
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation>国际收支汇款统计</translation>
        </message>
        <message>
            <source>Remittance price data</source>
            <translation>汇款价格数据</translation>
        </message>
        <message>
            <source>Education management information system</source>
            <translation>教育管理信息系统</translation>
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation>卫生人力登记</translation>
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation>社会保障和税务行政记录</translation>
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation>贩运人口和偷运移民案件数据</translation>
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation>移民途中死亡和失踪</translation>
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation>流离失所跟踪</translation>
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation>移民政策清单</translation>
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation>非传统数据（移动电话、网络和社交媒体数据）</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <translation>出生国</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation>国籍国</translation>
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation>取得国籍</translation>
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation>抵达年份或时期</translation>
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation>出生地（国内）</translation>
        </message>
        <message>
            <source>Duration of residence</source>
            <translation>居住时长</translation>
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation>上一居住地或居住国</translation>
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation>1年前居住地</translation>
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation>5年前居住地</translation>
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation>曾在国外居住</translation>
        </message>
        <message>
            <source>Reason for migration</source>
            <translation>移民原因</translation>
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation>目前在国外居住的住户成员</translation>
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation>曾在国外居住的住户成员</translation>
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation>回返移民（回返者及在国外时间）</translation>
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation>移民意向</translation>
        </message>
        <message>
            <source>Remittances received</source>
            <translation>收到的汇款</translation>
        </message>
        <message>
            <source>Remittances sent</source>
            <translation>汇出的汇款</translation>
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation>移民工人支付的招聘费用</translation>
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation>父母出生国</translation>
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation>法律身份/许可类型</translation>
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation>庇护或难民身份</translation>
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation>旅行或逗留目的</translation>
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation>目的地国（针对移出者和出国务工人员）</translation>
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation>居住国（针对海外国民）</translation>
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation>培训或资格取得国</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Migratory status</source>
            <translation>移民身份</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>国籍</translation>
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation>上一居住国</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>收入</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>残疾情况</translation>
        </message>
        <message>
            <source>Geographic location</source>
            <translation>地理位置</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>种族</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>族裔</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>教育</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>职业</translation>
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation>政府高层已作出将移民问题纳入发展规划主流的正式决定。</translation>
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation>已选定一个职责授权明确的牵头机构（例如规划机构或政府首脑办公室），并已在政府内部指定一名国家协调人，负责领导和协调这项工作。</translation>
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation>已物色到一名专家主持人，为协调人提供支持。</translation>
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation>已设立一个小型支持小组（政府、联合国国家工作队，可能还包括民间社会），提供技术咨询。</translation>
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation>已有部际协调机制，并有书面职权范围，规定其组成、职责授权和职能。</translation>
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation>已建立多利益攸关方协商机制，定期征求移民、侨民、民间社会、私营部门、工会和学术界的意见。</translation>
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation>已及早向政府和非政府行为体通报情况，使其了解纳入主流工作涉及哪些内容以及他们能从中获得什么。</translation>
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation>已在国家预算中为纳入主流工作拨款，或已通过其他方式落实资金。</translation>
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation>这项工作与国家发展计划及其时间表挂钩，或与服务于该计划目标的单独战略挂钩。</translation>
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation>国家统计局已参与其中，政府已承诺改进和更新移民数据。</translation>
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation>地方和区域政府已参与其中，以确保各级政府的政策协调一致。</translation>
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation>政府已制定或决定制定《移民问题全球契约》自愿性国家执行计划，并定期开展包容性审查。</translation>
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation>本次研讨会应产出哪些成果？谁将使用这些成果？</translation>
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation>我们是要将移民问题纳入正在起草的新国家发展计划，还是要制定一项服务于现行计划的单独移民与发展战略？</translation>
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation>哪些类型的人口流动对本国最为重要（移出、移入、回返、过境、国内流动），本次工作将涵盖哪些类型？</translation>
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation>今天有哪些人与会？哪些部委、哪些层级的政府或哪些非政府团体没有到场？</translation>
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation>我们可以借鉴哪些已有工作，例如移民概况、国家人类发展报告或国家可持续发展目标报告？</translation>
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation>还有哪些规划或可持续发展目标进程在同时进行？这项工作将如何与之衔接？</translation>
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation>今天结束前我们必须就哪些事项达成一致？由谁推进后续步骤？</translation>
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation>政府是否已正式决定将移民问题纳入发展规划主流？该决定是在哪一级作出的？</translation>
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation>哪个机构有权牵头纳入主流工作？该机构是否已指定协调人？</translation>
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation>是否有部际小组协调这项工作？该小组是否有书面职权范围？</translation>
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation>将如何定期征求移民、侨民、民间社会、雇主、工会和研究人员的意见？</translation>
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation>预算中是否有用于这项工作的资金？如果没有，资金可从何处来？</translation>
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation>这项工作将如何与国家发展计划及其时间安排挂钩？</translation>
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation>国家统计局是否已参与？政府是否已承诺改进移民数据？</translation>
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation>地方和区域政府以何种方式参与？</translation>
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation>哪些部委、机构和其他单位的职责授权或方案涉及移民问题？</translation>
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation>每个利益攸关方希望从移民政策中得到什么？它可能支持还是反对这项工作？</translation>
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation>移民政策的变化会对各个群体产生什么影响？</translation>
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation>谁的意见最有分量？如何争取他们的支持？</translation>
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation>移民、侨民、妇女和其他直接受影响的群体能否在这一进程中为自己发声？</translation>
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation>哪些职责授权相互重叠或存在缺口？应由谁负责协调？</translation>
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation>哪些法律、政策和计划已对移民产生影响？其中是否有方向相互矛盾的？</translation>
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation>哪些来源已掌握移民数据：人口普查、调查、行政登记、边境记录、许可证、汇款统计？</translation>
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation>每个来源归谁所有？多久更新一次？我们能否获取？</translation>
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation>这些来源是否记录出生国、国籍国和抵达年份？</translation>
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation>数据能否按性别、年龄和移民身份以及本国关注的其他特征分类？</translation>
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation>我们对居住在国外的本国公民和已回返人员了解多少？</translation>
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation>在我们的优先可持续发展目标指标和《移民问题全球契约》指标中，哪些目前能够衡量？缺口在哪里？</translation>
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation>能否通过在计划中的调查或下一次人口普查中增加问题，或使用替代指标来弥补缺口？</translation>
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation>各机构之间将如何共享数据，同时保护个人信息？</translation>
        </message>
        <message>
            <source>How many people have left the country, arrived, returned or moved within it, and how have these stocks and flows changed over the last ten years?</source>
            <translation>有多少人离开本国、来到本国、回返或在国内迁移？过去十年中这些存量和流量发生了怎样的变化？</translation>
        </message>
        <message>
            <source>How much do remittances bring in, as a share of GDP, and how much does it cost to send them? Which corridors are the most expensive?</source>
            <translation>汇款带来多少收入、占国内生产总值的比例是多少？汇款成本是多少？哪些汇款走廊成本最高？</translation>
        </message>
        <message>
            <source>What do the figures say about the goals of the national development plan, and which goal has no figure to track it?</source>
            <translation>这些数据对国家发展计划的各项目标说明了什么？哪项目标没有可供跟踪的数据？</translation>
        </message>
        <message>
            <source>Which figures are more than five years old or not broken down by sex, age and region, and who could update them before the plan is adopted?</source>
            <translation>哪些数据已超过五年，或未按性别、年龄和地区分类？在计划通过之前，谁可以更新这些数据？</translation>
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation>移民如何影响该部门的目标？该部门的政策又如何影响移民？</translation>
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation>移民在哪些方面给该部门带来益处（如技能、劳动力或汇款），又在哪些方面造成压力或风险？</translation>
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation>该部门的服务和方案是否惠及移民、回返者和留守家庭？</translation>
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation>现行的部门战略或计划是否提及移民？如果提及，是如何提及的？</translation>
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation>该部门的某项变化可能对其他领域产生哪些连锁效应（例如，农业改革促使人们迁往城市）？</translation>
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation>该部门有助于实现哪些可持续发展目标具体目标和《移民问题全球契约》目标？</translation>
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation>该部门应由谁参与后续工作？</translation>
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation>我们审查中发现的哪些问题应列为最优先事项？为什么？</translation>
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation>针对每个优先事项将采取什么具体行动？</translation>
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation>每项行动由哪个机构负责？由谁提供支持？</translation>
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation>每项行动应在何时之前完成？</translation>
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation>每项行动的费用是多少？资金从何而来？</translation>
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation>哪项指标可以表明行动是否奏效？由谁负责报告？</translation>
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation>如何将行动计划写入国家发展计划和预算周期？</translation>
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation>何时以及如何审查进展并调整计划？</translation>
        </message>
        <message>
            <source>Non-discrimination: do the sector's laws, rules or practices treat migrants differently by nationality, migration status, sex or age, and is the difference justified?</source>
            <translation>不歧视：该部门的法律、规则或做法是否因国籍、移民身份、性别或年龄而区别对待移民？这种区别对待是否有正当理由？</translation>
        </message>
        <message>
            <source>Access to services and justice: can migrants, including those in an irregular situation, use the sector's services and complain or seek a remedy without fear of being reported to immigration authorities?</source>
            <translation>获得服务和诉诸司法：移民（包括处于非正常状况的移民）能否使用该部门的服务、提出申诉或寻求补救，而不必担心被举报给移民当局？</translation>
        </message>
        <message>
            <source>Detention: does the sector's policy lead to anyone being detained for migration reasons, for how long and with what review, and which alternatives to detention exist, above all for children and families?</source>
            <translation>拘留：该部门的政策是否导致有人因移民原因被拘留？拘留多长时间、有何审查？有哪些拘留替代办法，特别是针对儿童和家庭的替代办法？</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations: which groups does the sector miss or put at risk, such as women at risk, unaccompanied children, victims of trafficking, stateless persons, migrant domestic workers or families left behind?</source>
            <translation>处境脆弱群体：该部门忽视了哪些群体或使哪些群体面临风险，例如面临风险的妇女、无人陪伴儿童、人口贩运受害者、无国籍人、移民家庭工人或留守家庭？</translation>
        </message>
        <message>
            <source>Gender: how do the sector's policies affect migrant women and men, girls and boys differently, and were women's organisations consulted?</source>
            <translation>性别：该部门的政策对移民妇女和男子、女童和男童有何不同影响？是否征求了妇女组织的意见？</translation>
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation>研讨会筹备</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>政治承诺</translation>
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation>机构和利益攸关方梳理</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>数据清查</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>部门审查</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>行动计划</translation>
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation>就本国为何将移民问题纳入主流、本次工作涵盖哪些内容以及需要哪些方面参与达成一致。决定将移民问题纳入新的国家发展计划，还是纳入与之挂钩的单独战略，并列出可资借鉴的现有研究。</translation>
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation>在技术工作开始前，核实政治支持和支持架构是否到位。这包括高层决定、设有协调人的牵头机构、协调和协商机制、预算以及与国家计划的明确联系。</translation>
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation>梳理其职责授权、利益或方案涉及移民问题的政府机构和其他行为体。记录它们的角色、影响力和可能的立场，以便工作组规划如何让每一方参与，以及哪些方面需要协调。</translation>
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation>列出能够反映移民及其影响的数据来源、其所有者以及所涵盖的内容。将其与本国确定的优先指标进行比较，找出缺口、分类不足之处以及弥补这些缺口的可行办法。</translation>
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation>逐一审查各发展部门，了解移民如何影响其目标、其政策又如何影响移民，包括部门之间的连锁效应。结果是逐个部门呈现的联系、缺口和机会，供制定计划之用。</translation>
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation>将审查结果转化为一份简短的优先事项清单和具体行动。每项行动都明确负责机构、时限、费用估算和指标，以便监测和报告进展。</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation>最大限度减少不利驱动因素</translation>
        </message>
        <message>
            <source>Information provision</source>
            <translation>提供信息</translation>
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation>法律身份和证件</translation>
        </message>
        <message>
            <source>Regular pathways</source>
            <translation>正常移民途径</translation>
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation>招聘和体面工作</translation>
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation>减少脆弱性</translation>
        </message>
        <message>
            <source>Save lives</source>
            <translation>拯救生命</translation>
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation>打击偷运移民</translation>
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation>消除贩运人口</translation>
        </message>
        <message>
            <source>Manage borders</source>
            <translation>管理边界</translation>
        </message>
        <message>
            <source>Screening and referral</source>
            <translation>甄别和转介</translation>
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation>拘留的替代办法</translation>
        </message>
        <message>
            <source>Consular protection</source>
            <translation>领事保护</translation>
        </message>
        <message>
            <source>Access to basic services</source>
            <translation>获得基本服务</translation>
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation>包容和社会凝聚力</translation>
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation>消除歧视</translation>
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation>技能发展和认可</translation>
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation>移民和侨民的贡献</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>汇款</translation>
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation>有尊严的返回和重新融入</translation>
        </message>
        <message>
            <source>Social protection</source>
            <translation>社会保障</translation>
        </message>
        <message>
            <source>International cooperation</source>
            <translation>国际合作</translation>
        </message>
        <message>
            <source>Collect and utilize accurate and disaggregated data as a basis for evidence-based policies</source>
            <translation>收集和利用准确的分类数据，作为循证政策的基础</translation>
        </message>
        <message>
            <source>Minimize the adverse drivers and structural factors that compel people to leave their country of origin</source>
            <translation>最大限度地减少迫使人们离开原籍国的不利驱动因素和结构性因素</translation>
        </message>
        <message>
            <source>Provide accurate and timely information at all stages of migration</source>
            <translation>在移民所有阶段提供准确和及时的信息</translation>
        </message>
        <message>
            <source>Ensure that all migrants have proof of legal identity and adequate documentation</source>
            <translation>确保所有移民都有合法身份证明和适当证件</translation>
        </message>
        <message>
            <source>Enhance availability and flexibility of pathways for regular migration</source>
            <translation>提高正常移民途径的可用性和灵活性</translation>
        </message>
        <message>
            <source>Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work</source>
            <translation>促进公平和合乎道德的招聘，保障确保体面工作的条件</translation>
        </message>
        <message>
            <source>Address and reduce vulnerabilities in migration</source>
            <translation>应对和减少移民过程中的脆弱性</translation>
        </message>
        <message>
            <source>Save lives and establish coordinated international efforts on missing migrants</source>
            <translation>拯救生命，就失踪移民问题开展协调一致的国际努力</translation>
        </message>
        <message>
            <source>Strengthen the transnational response to smuggling of migrants</source>
            <translation>加强对偷运移民行为的跨国应对</translation>
        </message>
        <message>
            <source>Prevent, combat and eradicate trafficking in persons in the context of international migration</source>
            <translation>在国际移民背景下预防、打击和根除贩运人口行为</translation>
        </message>
        <message>
            <source>Manage borders in an integrated, secure and coordinated manner</source>
            <translation>以综合、安全和协调的方式管理边界</translation>
        </message>
        <message>
            <source>Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral</source>
            <translation>加强移民程序的确定性和可预测性，以进行适当的甄别、评估和转介</translation>
        </message>
        <message>
            <source>Use migration detention only as a measure of last resort and work towards alternatives</source>
            <translation>仅将移民拘留作为最后手段，并努力寻求替代办法</translation>
        </message>
        <message>
            <source>Enhance consular protection, assistance and cooperation throughout the migration cycle</source>
            <translation>在整个移民周期加强领事保护、援助与合作</translation>
        </message>
        <message>
            <source>Provide access to basic services for migrants</source>
            <translation>为移民提供获得基本服务的机会</translation>
        </message>
        <message>
            <source>Empower migrants and societies to realize full inclusion and social cohesion</source>
            <translation>增强移民和社会的权能，以实现充分包容和社会凝聚力</translation>
        </message>
        <message>
            <source>Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration</source>
            <translation>消除一切形式的歧视，推动循证公共言论，以塑造对移民问题的看法</translation>
        </message>
        <message>
            <source>Invest in skills development and facilitate mutual recognition of skills, qualifications and competences</source>
            <translation>投资于技能开发，促进技能、资格和能力的相互承认</translation>
        </message>
        <message>
            <source>Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries</source>
            <translation>为移民和侨民充分促进所有国家的可持续发展创造条件</translation>
        </message>
        <message>
            <source>Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants</source>
            <translation>推动更快、更安全和更便宜的汇款，促进移民的金融普惠</translation>
        </message>
        <message>
            <source>Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration</source>
            <translation>合作推动安全而有尊严的返回和重新接纳以及可持续的重新融入</translation>
        </message>
        <message>
            <source>Establish mechanisms for the portability of social security entitlements and earned benefits</source>
            <translation>建立社会保障权利和既得福利的可携带机制</translation>
        </message>
        <message>
            <source>Strengthen international cooperation and global partnerships for safe, orderly and regular migration</source>
            <translation>加强国际合作和全球伙伴关系，促进安全、有序和正常移民</translation>
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation>执行适合本国国情的全民社会保障制度和措施，包括最低标准，到2030年在较大程度上覆盖穷人和弱势群体</translation>
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation>社会保护最低标准/系统覆盖的人口比例，按性别分列并区分儿童、失业者、老年人、残疾人、孕妇、新生儿、工伤受害者、穷人和弱势群体</translation>
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation>到2030年，增强穷人和弱势群体的抵御灾害能力，降低其遭受极端天气事件和其他经济、社会、环境冲击和灾害的概率和易受影响程度</translation>
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation>每10万人当中因灾害死亡、失踪和直接受影响的人数</translation>
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation>灾害造成的直接经济损失与全球国内生产总值相比</translation>
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>依照《2015-2030年仙台减少灾害风险框架》通过和执行国家减少灾害风险战略的国家数目</translation>
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation>依照国家减少灾害风险战略通过和执行地方减少灾害风险战略的地方政府比例</translation>
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation>实现全民健康保障，包括提供金融风险保护，人人享有优质的基本保健服务，人人获得安全、有效、优质和负担得起的基本药品和疫苗</translation>
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation>基本保健服务的覆盖面</translation>
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation>家庭医疗支出占家庭总支出或总收入比例较大的人口比例</translation>
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation>大幅加强发展中国家，尤其是最不发达国家和小岛屿发展中国家的卫生筹资，增加其卫生工作者的招聘、培养、培训和留用</translation>
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation>卫生工作者密度和分布</translation>
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation>到2030年，大幅增加掌握就业、体面工作和创业所需相关技能，包括技术性和职业性技能的青年和成年人数</translation>
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation>掌握信息和通信技术技能的青年和成年人比例，按技能类型分列</translation>
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation>到2020年，在全球范围内大幅增加发达国家和部分发展中国家为发展中国家，特别是最不发达国家、小岛屿发展中国家和非洲国家提供的高等教育奖学金数量，包括职业培训和信息通信技术、技术、工程、科学项目的奖学金</translation>
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation>用于奖学金的官方发展援助数额</translation>
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation>消除公共和私营部门针对妇女和女童一切形式的暴力行为，包括贩卖、性剥削及其他形式的剥削</translation>
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation>15岁以上曾有过伴侣的妇女和女童在过去12个月中遭受现任或前任亲密伴侣身体、性或心理暴力的比例，按暴力形式和年龄分列</translation>
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation>15岁以上妇女和女童在过去12个月中遭受非亲密伴侣性暴力的比例，按年龄和发生地分列</translation>
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation>认可和尊重无偿护理和家务，各国可视本国情况提供公共服务、基础设施和社会保护政策，在家庭内部提倡责任共担</translation>
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation>用于无偿家务和护理工作的时间比例，按性别、年龄和地点分列</translation>
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation>到2030年，所有男女，包括青年和残疾人实现充分和生产性就业，有体面工作，并做到同工同酬</translation>
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation>雇员平均每小时收入，按性别、年龄、职业和残疾人分列</translation>
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation>失业率，按性别、年龄和残疾人分列</translation>
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation>立即采取有效措施，根除强制劳动、现代奴隶制和贩卖人口，确保禁止和消除最恶劣形式的童工，包括招募和利用童兵，到2025年终止一切形式的童工</translation>
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation>从事童工的5至17岁儿童比例和人数，按性别和年龄分列</translation>
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation>保护劳工权利，推动为所有工人，包括移民工人，特别是女性移民和没有稳定工作的人创造安全和有保障的工作环境</translation>
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation>每10万名工人中致命和非致命职业伤害数，按性别和移民身份分列</translation>
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation>根据国际劳工组织（劳工组织）文本来源和国家立法，国家遵守劳工权利（结社自由和集体谈判）的程度，按性别和移民身份分列</translation>
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation>加强国内金融机构的能力，鼓励并扩大全民获得银行、保险和金融服务的机会</translation>
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation>(a)每10万成年人拥有的商业银行分行数量和(b)每10万成年人拥有的自动提款机数量</translation>
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation>在银行或其他金融机构拥有账户或使用移动货币服务的成年人（15岁以上）比例</translation>
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation>到2030年，增强所有人的权能，促进他们融入社会、经济和政治生活，而不论其年龄、性别、残疾与否、种族、族裔、出身、宗教信仰、经济地位或其他任何区别</translation>
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation>收入低于收入中位数50%的人口比例，按性别、年龄和残疾人分列</translation>
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation>确保机会均等，减少结果不平等现象，包括取消歧视性的法律、政策和做法，推动与上述努力相关的适当立法、政策和行动</translation>
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation>报告在过去12个月中基于国际人权法禁止的歧视理由而亲自感受到歧视或骚扰的人口比例</translation>
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation>促进有序、安全、正常和负责的移民和人口流动，包括执行合理规划和管理完善的移民政策</translation>
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation>雇员承担的招聘费用占在目的地国月收入的比例</translation>
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation>具有促进有序、安全、正常和负责的移民和人口流动的移民政策的国家比例</translation>
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation>在向国际目的地移民过程中死亡或失踪的人数</translation>
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation>难民人口比例，按原籍国分列</translation>
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation>到2030年，将移民汇款手续费减至3%以下，取消费用高于5%的侨汇渠道</translation>
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation>汇款费用占汇款额的比例</translation>
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation>到2030年，确保人人获得适当、安全和负担得起的住房和基本服务，并改造贫民窟</translation>
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation>居住在贫民窟、非正规住区或住房不足的城市人口比例</translation>
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation>加强各国抵御和适应气候相关的灾害和自然灾害的能力</translation>
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation>制止对儿童进行虐待、剥削、贩卖以及一切形式的暴力和酷刑</translation>
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation>过去一个月中受到照料者任何体罚和/或心理侵犯的1至17岁儿童比例</translation>
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation>每10万人中人口贩运受害者人数，按性别、年龄和剥削形式分列</translation>
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation>18岁前遭受过性暴力的18至29岁青年女性和男性比例</translation>
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation>到2030年，为所有人提供法律身份，包括出生登记</translation>
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation>已在民政部门进行出生登记的5岁以下儿童比例，按年龄分列</translation>
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation>推动和实施非歧视性法律和政策以促进可持续发展</translation>
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation>从多渠道筹集额外财政资源用于发展中国家</translation>
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation>从多种来源为发展中国家调集的额外财政资源</translation>
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation>汇款额（按美元计算）占国内生产总值总额的比例</translation>
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation>加强全球可持续发展伙伴关系，以多利益攸关方伙伴关系作为补充，调动和分享知识、专长、技术和财政资源，以支持所有国家，尤其是发展中国家实现可持续发展目标</translation>
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation>报告在支持实现可持续发展目标的多利益攸关方发展有效性监测框架方面取得进展的国家数目</translation>
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation>借鉴伙伴关系的经验和筹资战略，鼓励和推动建立有效的公共、公私和民间社会伙伴关系</translation>
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation>承诺用于基础设施公私伙伴关系的美元数额</translation>
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation>到2020年，加强向发展中国家，包括最不发达国家和小岛屿发展中国家提供的能力建设支助，大幅增加获得按收入、性别、年龄、种族、民族、移徙情况、残疾情况、地理位置和各国国情有关的其他特征分类的高质量、及时和可靠的数据</translation>
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation>统计能力指标</translation>
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation>具有符合《官方统计基本原则》的国家统计立法的国家数目</translation>
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation>具有得到充分资助并正在实施的国家统计计划的国家数目，按供资来源分列</translation>
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation>到2030年，借鉴现有各项倡议，制定衡量可持续发展进展的计量方法，作为对国内生产总值的补充，协助发展中国家加强统计能力建设</translation>
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation>为加强发展中国家统计能力提供的所有资源的美元价值</translation>
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation>在下列方面的国家比例：(a)在过去10年中至少进行了一次人口和住房普查；(b)实现了100%的出生登记和80%的死亡登记</translation>
        </message>
        <message>
            <source>Universal Declaration of Human Rights</source>
            <translation>世界人权宣言</translation>
        </message>
        <message>
            <source>International Convention on the Elimination of All Forms of Racial Discrimination</source>
            <translation>消除一切形式种族歧视国际公约</translation>
        </message>
        <message>
            <source>International Covenant on Civil and Political Rights</source>
            <translation>公民权利和政治权利国际公约</translation>
        </message>
        <message>
            <source>International Covenant on Economic, Social and Cultural Rights</source>
            <translation>经济、社会及文化权利国际公约</translation>
        </message>
        <message>
            <source>Convention on the Elimination of All Forms of Discrimination against Women</source>
            <translation>消除对妇女一切形式歧视公约</translation>
        </message>
        <message>
            <source>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</source>
            <translation>禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约</translation>
        </message>
        <message>
            <source>Convention on the Rights of the Child</source>
            <translation>儿童权利公约</translation>
        </message>
        <message>
            <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
            <translation>儿童权利公约关于买卖儿童、儿童卖淫和儿童色情制品问题的任择议定书</translation>
        </message>
        <message>
            <source>International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families</source>
            <translation>保护所有移徙工人及其家庭成员权利国际公约</translation>
        </message>
        <message>
            <source>Convention on the Rights of Persons with Disabilities</source>
            <translation>残疾人权利公约</translation>
        </message>
        <message>
            <source>International Convention for the Protection of All Persons from Enforced Disappearance</source>
            <translation>保护所有人免遭强迫失踪国际公约</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Refugees</source>
            <translation>关于难民地位的公约</translation>
        </message>
        <message>
            <source>Protocol relating to the Status of Refugees</source>
            <translation>关于难民地位的议定书</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Stateless Persons</source>
            <translation>关于无国籍人地位的公约</translation>
        </message>
        <message>
            <source>Convention on the Reduction of Statelessness</source>
            <translation>减少无国籍状态公约</translation>
        </message>
        <message>
            <source>Vienna Convention on Consular Relations</source>
            <translation>维也纳领事关系公约</translation>
        </message>
        <message>
            <source>United Nations Convention against Transnational Organized Crime</source>
            <translation>联合国打击跨国有组织犯罪公约</translation>
        </message>
        <message>
            <source>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书</translation>
        </message>
        <message>
            <source>Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>联合国打击跨国有组织犯罪公约关于打击陆、海、空偷运移民的补充议定书</translation>
        </message>
        <message>
            <source>Forced Labour Convention, 1930 (No. 29)</source>
            <translation>1930年强迫劳动公约（第29号）</translation>
        </message>
        <message>
            <source>Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)</source>
            <translation>1948年结社自由和保护组织权利公约（第87号）</translation>
        </message>
        <message>
            <source>Right to Organise and Collective Bargaining Convention, 1949 (No. 98)</source>
            <translation>1949年组织权利和集体谈判权利公约（第98号）</translation>
        </message>
        <message>
            <source>Equal Remuneration Convention, 1951 (No. 100)</source>
            <translation>1951年同酬公约（第100号）</translation>
        </message>
        <message>
            <source>Protocol of 2014 to the Forced Labour Convention, 1930</source>
            <translation>1930年强迫劳动公约的2014年议定书</translation>
        </message>
        <message>
            <source>Migration for Employment Convention (Revised), 1949 (No. 97)</source>
            <translation>1949年移民就业公约（修订本）（第97号）</translation>
        </message>
        <message>
            <source>Social Security (Minimum Standards) Convention, 1952 (No. 102)</source>
            <translation>1952年社会保障（最低标准）公约（第102号）</translation>
        </message>
        <message>
            <source>Abolition of Forced Labour Convention, 1957 (No. 105)</source>
            <translation>1957年废除强迫劳动公约（第105号）</translation>
        </message>
        <message>
            <source>Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</source>
            <translation>1958年（就业和职业）歧视公约（第111号）</translation>
        </message>
        <message>
            <source>Equality of Treatment (Social Security) Convention, 1962 (No. 118)</source>
            <translation>1962年（社会保障）同等待遇公约（第118号）</translation>
        </message>
        <message>
            <source>Minimum Age Convention, 1973 (No. 138)</source>
            <translation>1973年最低年龄公约（第138号）</translation>
        </message>
        <message>
            <source>Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)</source>
            <translation>1975年移民工人（补充规定）公约（第143号）</translation>
        </message>
        <message>
            <source>Occupational Safety and Health Convention, 1981 (No. 155)</source>
            <translation>1981年职业安全和卫生公约（第155号）</translation>
        </message>
        <message>
            <source>Maintenance of Social Security Rights Convention, 1982 (No. 157)</source>
            <translation>1982年维护社会保障权利公约（第157号）</translation>
        </message>
        <message>
            <source>Private Employment Agencies Convention, 1997 (No. 181)</source>
            <translation>1997年私营就业机构公约（第181号）</translation>
        </message>
        <message>
            <source>Worst Forms of Child Labour Convention, 1999 (No. 182)</source>
            <translation>1999年最恶劣形式的童工劳动公约（第182号）</translation>
        </message>
        <message>
            <source>Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)</source>
            <translation>2006年促进职业安全与卫生框架公约（第187号）</translation>
        </message>
        <message>
            <source>Work in Fishing Convention, 2007 (No. 188)</source>
            <translation>2007年渔业工作公约（第188号）</translation>
        </message>
        <message>
            <source>Maritime Labour Convention, 2006</source>
            <translation>2006年海事劳工公约</translation>
        </message>
        <message>
            <source>Domestic Workers Convention, 2011 (No. 189)</source>
            <translation>2011年家庭工人公约（第189号）</translation>
        </message>
        <message>
            <source>Violence and Harassment Convention, 2019 (No. 190)</source>
            <translation>2019年暴力和骚扰公约（第190号）</translation>
        </message>
        <message>
            <source>African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa</source>
            <translation>非洲联盟保护和援助非洲境内流离失所者公约</translation>
        </message>
        <message>
            <source>OAU Convention Governing the Specific Aspects of Refugee Problems in Africa</source>
            <translation>非洲统一组织关于非洲难民问题某些特定方面的公约</translation>
        </message>
        <message>
            <source>Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment</source>
            <translation>建立非洲经济共同体条约关于人员自由流动、居留权和开业权的议定书</translation>
        </message>
        <message>
            <source>Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment</source>
            <translation>关于人员自由流动、居留和开业的第A/P.1/5/79号议定书</translation>
        </message>
        <message>
            <source>European Convention on the Legal Status of Migrant Workers</source>
            <translation>欧洲移徙工人法律地位公约</translation>
        </message>
        <message>
            <source>ASEAN Convention Against Trafficking in Persons, Especially Women and Children</source>
            <translation>东盟打击贩运人口特别是妇女和儿童公约</translation>
        </message>
        <message>
            <source>Guiding Principles on Internal Displacement</source>
            <translation>关于境内流离失所问题的指导原则</translation>
        </message>
        <message>
            <source>ILO Multilateral Framework on Labour Migration</source>
            <translation>国际劳工组织劳务移民多边框架</translation>
        </message>
        <message>
            <source>Transforming our world: the 2030 Agenda for Sustainable Development</source>
            <translation>变革我们的世界：2030年可持续发展议程</translation>
        </message>
        <message>
            <source>Addis Ababa Action Agenda of the Third International Conference on Financing for Development</source>
            <translation>第三次发展筹资问题国际会议亚的斯亚贝巴行动议程</translation>
        </message>
        <message>
            <source>Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>2015-2030年仙台减少灾害风险框架</translation>
        </message>
        <message>
            <source>New York Declaration for Refugees and Migrants</source>
            <translation>关于难民和移民的纽约宣言</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>安全、有序和正常移民全球契约</translation>
        </message>
        <message>
            <source>Global Compact on Refugees</source>
            <translation>难民问题全球契约</translation>
        </message>
        <message>
            <source>African Union</source>
            <translation>非洲联盟</translation>
        </message>
        <message>
            <source>Economic Community of West African States (ECOWAS)</source>
            <translation>西非国家经济共同体（西非经共体）</translation>
        </message>
        <message>
            <source>Council of Europe</source>
            <translation>欧洲委员会</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations (ASEAN)</source>
            <translation>东南亚国家联盟（东盟）</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations</source>
            <translation>东南亚国家联盟</translation>
        </message>
        <message>
            <source>Balance of payments</source>
            <translation>国际收支</translation>
        </message>
        <message>
            <source>Committee on the Elimination of Racial Discrimination</source>
            <translation>消除种族歧视委员会</translation>
        </message>
        <message>
            <source>United Nations Department of Economic and Social Affairs</source>
            <translation>联合国经济和社会事务部</translation>
        </message>
        <message>
            <source>Disaster risk reduction</source>
            <translation>减少灾害风险</translation>
        </message>
        <message>
            <source>Economic Community of West African States</source>
            <translation>西非国家经济共同体</translation>
        </message>
        <message>
            <source>European Treaty Series (Council of Europe)</source>
            <translation>欧洲条约汇编（欧洲委员会）</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>欧洲联盟</translation>
        </message>
        <message>
            <source>Gross domestic product</source>
            <translation>国内生产总值</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>人力资源</translation>
        </message>
        <message>
            <source>International Court of Justice</source>
            <translation>国际法院</translation>
        </message>
        <message>
            <source>Information and communications technology</source>
            <translation>信息和通信技术</translation>
        </message>
        <message>
            <source>Labour force survey</source>
            <translation>劳动力调查</translation>
        </message>
        <message>
            <source>Multiple Indicator Cluster Survey</source>
            <translation>多指标类集调查</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <translation>非政府组织</translation>
        </message>
        <message>
            <source>Organization of African Unity, now the African Union</source>
            <translation>非洲统一组织，现为非洲联盟</translation>
        </message>
        <message>
            <source>Technical and vocational education and training</source>
            <translation>技术和职业教育与培训</translation>
        </message>
        <message>
            <source>United Nations</source>
            <translation>联合国</translation>
        </message>
        <message>
            <source>Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)</source>
            <translation>联合国难民事务高级专员办事处（联合国难民署）</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>美国</translation>
        </message>
        <message>
            <source>World Health Organization</source>
            <translation>世界卫生组织</translation>
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation>《移民问题全球契约》目标{number}：{label}</translation>
        </message>
    </context>
</TS>