<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <source>Unexpected error</source>
            <translation>خطأ غير متوقع</translation>
        </message>
        <message>
            <source>Something went wrong: {error}

Everything up to your last change is saved in the workshop file.</source>
            <translation>حدث خطأ: {error}

كل ما أجريته حتى آخر تغيير محفوظ في ملف حلقة العمل.</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>No backup possible</source>
            <translation>يتعذر النسخ الاحتياطي</translation>
        </message>
        <message>
            <source>The disk holding the backups has less than {mb} MB free, so no backup can be taken before this import. Import anyway, without a backup? (Ctrl+Z still takes the import back.)</source>
            <translation>تقل المساحة الحرة على القرص الذي يحتوي على النسخ الاحتياطية عن {mb} ميغابايت، لذا لا يمكن أخذ نسخة احتياطية قبل هذا الاستيراد. هل تريد الاستيراد على أي حال دون نسخة احتياطية؟ (لا يزال Ctrl+Z يتراجع عن الاستيراد.)</translation>
        </message>
        <message>
            <source>Backup skipped: the disk is almost full. Free some space; your changes are still saved in the workshop file.</source>
            <translation>تم تخطي النسخ الاحتياطي: القرص ممتلئ تقريبًا. أفرغ بعض المساحة؛ لا تزال تغييراتك محفوظة في ملف حلقة العمل.</translation>
        </message>
        <message>
            <source>Backup failed: {reason}</source>
            <translation>فشل النسخ الاحتياطي: {reason}</translation>
        </message>
        <message>
            <source>The backup folder “{name}” is outside the backups folder; no backup was taken.</source>
            <translation>مجلد النسخة الاحتياطية «{name}» يقع خارج مجلد النسخ الاحتياطية؛ لم تُؤخذ أي نسخة احتياطية.</translation>
        </message>
        <message>
            <source>The workshop failed its integrity check; no backup was taken so good backups are not replaced.</source>
            <translation>لم يجتز ملف حلقة العمل فحص السلامة؛ لم تُؤخذ نسخة احتياطية حتى لا تُستبدل النسخ الاحتياطية السليمة.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored.</source>
            <translation>هذه النسخة الاحتياطية تالفة ولا يمكن استعادتها.</translation>
        </message>
        <message>
            <source>Nothing was imported: the disk holding the backups has less than {mb} MB free, so no backup could be taken first. Free some space, or add --no-backup to import without one.</source>
            <translation>لم يُستورد أي شيء: تقل المساحة الحرة على القرص الذي يحتوي على النسخ الاحتياطية عن {mb} ميغابايت، لذا تعذر أخذ نسخة احتياطية أولًا. أفرغ بعض المساحة، أو أضف ‎--no-backup للاستيراد دون نسخة احتياطية.</translation>
        </message>
        <message>
            <source>no backup was taken before the import (the disk is almost full).</source>
            <translation>لم تُؤخذ نسخة احتياطية قبل الاستيراد (القرص ممتلئ تقريبًا).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>when opened</source>
            <translation>عند الفتح</translation>
        </message>
        <message>
            <source>while working</source>
            <translation>أثناء العمل</translation>
        </message>
        <message>
            <source>when closed</source>
            <translation>عند الإغلاق</translation>
        </message>
        <message>
            <source>before a format update</source>
            <translation>قبل تحديث التنسيق</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>قبل الاستيراد</translation>
        </message>
        <message>
            <source>before a merge</source>
            <translation>قبل الدمج</translation>
        </message>
        <message>
            <source>{n:.1f} MB</source>
            <translation>{n:.1f} ميغابايت</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} كيلوبايت</translation>
        </message>
        <message>
            <source>Restore as new file…</source>
            <translation>استعادة كملف جديد…</translation>
        </message>
        <message>
            <source>Write the selected backup as a new workshop file; this workshop is not changed</source>
            <translation>كتابة النسخة الاحتياطية المحددة كملف حلقة عمل جديد؛ لا تتغير حلقة العمل هذه</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Copies of this workshop taken automatically when it is opened, every few minutes while it changes, when it is closed, and before imports. The last 10 are kept, and one a day for 30 days. Restoring writes a new file; this workshop stays as it is.</source>
            <translation>نسخ من حلقة العمل هذه تُؤخذ تلقائيًا عند فتحها، وكل بضع دقائق أثناء تغييرها، وعند إغلاقها، وقبل عمليات الاستيراد. يُحتفظ بآخر 10 نسخ، وبنسخة واحدة يوميًا لمدة 30 يومًا. تكتب الاستعادة ملفًا جديدًا؛ وتبقى حلقة العمل هذه كما هي.</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>وقت النسخ</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>No backups of this workshop yet. The first is taken shortly after it is opened.</source>
            <translation>لا توجد نسخ احتياطية لحلقة العمل هذه بعد. تُؤخذ النسخة الأولى بعد فتحها بوقت قصير.</translation>
        </message>
        <message>
            <source>restored {when}</source>
            <translation>مستعادة {when}</translation>
        </message>
        <message>
            <source>Restore the backup as</source>
            <translation>استعادة النسخة الاحتياطية باسم</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>تتعذر الاستعادة</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose a new file name: restoring never replaces a file.</source>
            <translation>«{name}» موجود بالفعل. اختر اسم ملف جديدًا: الاستعادة لا تستبدل أي ملف أبدًا.</translation>
        </message>
        <message>
            <source>Restoring to {path}…</source>
            <translation>جارٍ الاستعادة إلى {path}…</translation>
        </message>
        <message>
            <source>Restored as {path}</source>
            <translation>تمت الاستعادة باسم {path}</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>تمت استعادة النسخة الاحتياطية</translation>
        </message>
        <message>
            <source>The backup was written to “{path}”. Open it now? (This workshop is closed first; it stays as it is.)</source>
            <translation>كُتبت النسخة الاحتياطية في «{path}». هل تريد فتحها الآن؟ (تُغلق حلقة العمل هذه أولًا؛ وتبقى كما هي.)</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>لم تتم الاستعادة: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Workshop file: {path} (format {version})</source>
            <translation>ملف حلقة العمل: {path} (التنسيق {version})</translation>
        </message>
        <message>
            <source>Integrity: FAILED</source>
            <translation>السلامة: فشل الفحص</translation>
        </message>
        <message>
            <source>Integrity: ok</source>
            <translation>السلامة: سليم</translation>
        </message>
        <message>
            <source>Validation: {n} problem(s)</source>
            <translation>التحقق: عدد المشكلات {n}</translation>
        </message>
        <message>
            <source>Validation: ok</source>
            <translation>التحقق: سليم</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>السجلات:</translation>
        </message>
        <message>
            <source>Completeness:</source>
            <translation>الاكتمال:</translation>
        </message>
        <message>
            <source>is not stored as text; the record may not be shown correctly</source>
            <translation>غير مخزَّن بصيغة نصية؛ قد لا يُعرض السجل بشكل صحيح</translation>
        </message>
        <message>
            <source>holds binary data ({n} bytes) where {what} is expected; it is read as empty</source>
            <translation>يحتوي على بيانات ثنائية ({n} بايت) بينما المتوقع {what}؛ وتُقرأ القيمة على أنها فارغة</translation>
        </message>
        <message>
            <source>holds {value} where yes or no (1 or 0) is expected</source>
            <translation>يحتوي على {value} بينما المتوقع نعم أو لا (1 أو 0)</translation>
        </message>
        <message>
            <source>holds “{value}” where {what} is expected; it is read as empty</source>
            <translation>يحتوي على «{value}» بينما المتوقع {what}؛ وتُقرأ القيمة على أنها فارغة</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max}); it is shown and exported cut to {max}</source>
            <translation>طويل جدًا ({n} حرفًا، والحد الأقصى {max})؛ يُعرض ويُصدَّر مقتطعًا إلى {max} حرفًا</translation>
        </message>
        <message>
            <source>holds “{value}”, which is not a list of values; it is read as empty</source>
            <translation>يحتوي على «{value}»، وهي ليست قائمة قيم؛ وتُقرأ القيمة على أنها فارغة</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>عدد صحيح</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>نعم أو لا</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>text</source>
            <translation>نص</translation>
        </message>
        <message>
            <source>the workshop record is missing</source>
            <translation>سجل حلقة العمل مفقود</translation>
        </message>
        <message>
            <source>the file holds {n} workshop records; a workshop has exactly one</source>
            <translation>يحتوي الملف على {n} من سجلات حلقة العمل؛ بينما يجب أن يكون لحلقة العمل سجل واحد بالضبط</translation>
        </message>
        <message>
            <source>Change journal</source>
            <translation>يومية التغييرات</translation>
        </message>
        <message>
            <source>{n} entries are damaged (the first is number {seq}); the history of the records concerned may be incomplete</source>
            <translation>القيود التالفة عددها {n} (أولها القيد رقم {seq})؛ قد تكون محفوظات التغييرات للسجلات المعنية غير مكتملة</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Check workshop</source>
            <translation>فحص حلقة العمل</translation>
        </message>
        <message>
            <source>Checking “{name}”…</source>
            <translation>جارٍ فحص «{name}»…</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>نسخ التقرير</translation>
        </message>
        <message>
            <source>✗ The file is damaged. Keep working in a restored copy: File → Backups… → Restore as new file.</source>
            <translation>✗ الملف تالف. تابع العمل في نسخة مستعادة: ملف ← النسخ الاحتياطية… ← استعادة كملف جديد.</translation>
        </message>
        <message>
            <source>⚠ The file is sound, but {n} record(s) need attention (listed below).</source>
            <translation>⚠ الملف سليم، لكن عدد السجلات التي تحتاج إلى مراجعة {n} (مدرجة أدناه).</translation>
        </message>
        <message>
            <source>✓ OK: the file is sound and every record is valid.</source>
            <translation>✓ سليم: الملف سليم وجميع السجلات صحيحة.</translation>
        </message>
        <message>
            <source>The check could not be run: {reason}</source>
            <translation>تعذّر إجراء الفحص: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CheckReport</name>
        <message>
            <source>Checking the workshop…</source>
            <translation>جارٍ فحص حلقة العمل…</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Type to search…</source>
            <translation>اكتب للبحث…</translation>
        </message>
    </context>
    <context>
        <name>CoherenceOverview</name>
        <message>
            <source>Sector (weakest first)</source>
            <translation>القطاع (الأضعف أولًا)</translation>
        </message>
        <message>
            <source>Coherence score (1 = incoherent, 5 = fully coherent)</source>
            <translation>درجة الاتساق (1 = غير متسق، 5 = متسق تمامًا)</translation>
        </message>
        <message>
            <source>Policies by verdict</source>
            <translation>السياسات حسب التقييم</translation>
        </message>
        <message>
            <source>Policies:</source>
            <translation>السياسات:</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>no policy recorded</source>
            <translation>لم تُسجَّل أي سياسة</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>لا يوجد ما يُعرض بعد.</translation>
        </message>
        <message>
            <source>Choose the sectors to review, then score how coherent their policies are with migration.</source>
            <translation>اختر القطاعات المراد استعراضها، ثم قيّم مدى اتساق سياساتها مع الهجرة.</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>{sector}
Coherence score: {score}
Priority: {priority}
Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent of {total}</source>
            <translation>{sector}
درجة الاتساق: {score}
الأولوية: {priority}
السياسات: {coherent} متسقة، و{partly} متسقة جزئيًا، و{incoherent} غير متسقة من أصل {total}</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Title and country set</source>
            <translation>تحديد العنوان والبلد</translation>
        </message>
        <message>
            <source>The title or the country is not set</source>
            <translation>لم يُحدَّد العنوان أو البلد</translation>
        </message>
        <message>
            <source>Dates and venue set</source>
            <translation>تحديد التواريخ والمكان</translation>
        </message>
        <message>
            <source>The dates or the venue are not set</source>
            <translation>لم تُحدَّد التواريخ أو المكان</translation>
        </message>
        <message>
            <source>National development strategy named</source>
            <translation>تسمية استراتيجية التنمية الوطنية</translation>
        </message>
        <message>
            <source>The national development strategy is not named</source>
            <translation>لم تُسمَّ استراتيجية التنمية الوطنية</translation>
        </message>
        <message>
            <source>Participants registered</source>
            <translation>تسجيل المشاركين</translation>
        </message>
        <message>
            <source>No participants are registered</source>
            <translation>لم يُسجَّل أي مشارك</translation>
        </message>
        <message>
            <source>Sessions planned</source>
            <translation>تخطيط الجلسات</translation>
        </message>
        <message>
            <source>No sessions are planned</source>
            <translation>لم تُخطَّط أي جلسة</translation>
        </message>
        <message>
            <source>A commitment adopted or in force</source>
            <translation>اعتماد التزام أو وجود التزام نافذ</translation>
        </message>
        <message>
            <source>No commitment is adopted or in force</source>
            <translation>لم يُعتمد أي التزام ولا يوجد أي التزام نافذ</translation>
        </message>
        <message>
            <source>Lead agency and focal point named</source>
            <translation>تسمية الجهة الرائدة وجهة التنسيق</translation>
        </message>
        <message>
            <source>No commitment names both a lead agency and a focal point</source>
            <translation>لا يسمّي أي التزام الجهة الرائدة وجهة التنسيق معًا</translation>
        </message>
        <message>
            <source>A coordination mechanism recorded</source>
            <translation>تسجيل آلية تنسيق</translation>
        </message>
        <message>
            <source>No coordination mechanism is recorded</source>
            <translation>لم تُسجَّل أي آلية تنسيق</translation>
        </message>
        <message>
            <source>Mechanisms have members</source>
            <translation>للآليات أعضاء</translation>
        </message>
        <message>
            <source>Some coordination mechanisms have no members</source>
            <translation>ليس لبعض آليات التنسيق أعضاء</translation>
        </message>
        <message>
            <source>Status of international instruments reviewed</source>
            <translation>استعراض وضع الصكوك الدولية</translation>
        </message>
        <message>
            <source>The status of the international instruments is not reviewed (fewer than five recorded)</source>
            <translation>لم يُستعرض وضع الصكوك الدولية (سُجِّل أقل من خمسة صكوك)</translation>
        </message>
        <message>
            <source>Readiness checklist answered</source>
            <translation>الإجابة عن قائمة التحقق من الجاهزية</translation>
        </message>
        <message>
            <source>The readiness checklist is not fully answered</source>
            <translation>لم تُستكمل الإجابة عن قائمة التحقق من الجاهزية</translation>
        </message>
        <message>
            <source>At least 10 stakeholders mapped</source>
            <translation>تحديد 10 من أصحاب المصلحة على الأقل</translation>
        </message>
        <message>
            <source>Fewer than 10 stakeholders are mapped</source>
            <translation>حُدِّد أقل من 10 من أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Every stakeholder rated for influence and interest</source>
            <translation>تقييم نفوذ واهتمام كل صاحب مصلحة</translation>
        </message>
        <message>
            <source>Some stakeholders are not rated for influence and interest</source>
            <translation>لم يُقيَّم نفوذ واهتمام بعض أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Every stakeholder has a mandate</source>
            <translation>لكل صاحب مصلحة ولاية</translation>
        </message>
        <message>
            <source>Some stakeholders have no mandate recorded</source>
            <translation>لم تُسجَّل ولاية لبعض أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Relations between stakeholders recorded</source>
            <translation>تسجيل العلاقات بين أصحاب المصلحة</translation>
        </message>
        <message>
            <source>No relations between stakeholders are recorded</source>
            <translation>لم تُسجَّل أي علاقات بين أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Migrants or diaspora organisations included</source>
            <translation>إشراك منظمات المهاجرين أو المغتربين</translation>
        </message>
        <message>
            <source>No migrant or diaspora organisation is included</source>
            <translation>لم تُشرَك أي منظمة للمهاجرين أو المغتربين</translation>
        </message>
        <message>
            <source>Data sources listed</source>
            <translation>إدراج مصادر البيانات</translation>
        </message>
        <message>
            <source>No data sources are listed</source>
            <translation>لم يُدرَج أي مصدر بيانات</translation>
        </message>
        <message>
            <source>Every data source has an owner</source>
            <translation>لكل مصدر بيانات جهة مالكة</translation>
        </message>
        <message>
            <source>Some data sources have no owner</source>
            <translation>ليس لبعض مصادر البيانات جهة مالكة</translation>
        </message>
        <message>
            <source>Indicators chosen</source>
            <translation>اختيار المؤشرات</translation>
        </message>
        <message>
            <source>No indicators are chosen</source>
            <translation>لم يُختَر أي مؤشر</translation>
        </message>
        <message>
            <source>Every indicator matched to its data sources</source>
            <translation>ربط كل مؤشر بمصادر بياناته</translation>
        </message>
        <message>
            <source>Some indicators are matched to no data source</source>
            <translation>بعض المؤشرات غير مربوطة بأي مصدر بيانات</translation>
        </message>
        <message>
            <source>Disaggregations of each source recorded</source>
            <translation>تسجيل أوجه تصنيف كل مصدر</translation>
        </message>
        <message>
            <source>The disaggregations of some data sources are not recorded</source>
            <translation>لم تُسجَّل أوجه التصنيف لبعض مصادر البيانات</translation>
        </message>
        <message>
            <source>Sectors chosen for review</source>
            <translation>اختيار القطاعات للاستعراض</translation>
        </message>
        <message>
            <source>No sectors are chosen for review</source>
            <translation>لم يُختَر أي قطاع للاستعراض</translation>
        </message>
        <message>
            <source>Every sector assessed with a coherence score</source>
            <translation>تقييم كل قطاع بدرجة اتساق</translation>
        </message>
        <message>
            <source>Some sectors have no coherence score</source>
            <translation>ليس لبعض القطاعات درجة اتساق</translation>
        </message>
        <message>
            <source>Policies in force listed for every sector</source>
            <translation>إدراج السياسات النافذة لكل قطاع</translation>
        </message>
        <message>
            <source>Some sectors have no policies listed</source>
            <translation>لم تُدرَج سياسات لبعض القطاعات</translation>
        </message>
        <message>
            <source>Recommendations written</source>
            <translation>صياغة التوصيات</translation>
        </message>
        <message>
            <source>No recommendations are written</source>
            <translation>لم تُصَغ أي توصيات</translation>
        </message>
        <message>
            <source>Actions recorded</source>
            <translation>تسجيل الإجراءات</translation>
        </message>
        <message>
            <source>No actions are recorded</source>
            <translation>لم يُسجَّل أي إجراء</translation>
        </message>
        <message>
            <source>Every action has a responsible actor</source>
            <translation>لكل إجراء جهة مسؤولة</translation>
        </message>
        <message>
            <source>Some actions have no responsible actor</source>
            <translation>ليس لبعض الإجراءات جهة مسؤولة</translation>
        </message>
        <message>
            <source>Every action has a timeframe and priority</source>
            <translation>لكل إجراء إطار زمني وأولوية</translation>
        </message>
        <message>
            <source>Some actions have no timeframe or no priority</source>
            <translation>ليس لبعض الإجراءات إطار زمني أو أولوية</translation>
        </message>
        <message>
            <source>Every action has an indicator</source>
            <translation>لكل إجراء مؤشر</translation>
        </message>
        <message>
            <source>Some actions have no indicator</source>
            <translation>ليس لبعض الإجراءات مؤشر</translation>
        </message>
        <message>
            <source>Costs estimated</source>
            <translation>تقدير التكاليف</translation>
        </message>
        <message>
            <source>Some actions have no cost estimate</source>
            <translation>ليس لبعض الإجراءات تكلفة تقديرية</translation>
        </message>
    </context>
    <context>
        <name>CoverageHeatmap</name>
        <message>
            <source>Best coverage</source>
            <translation>أفضل تغطية</translation>
        </message>
        <message>
            <source>Coverage of each indicator by each data source</source>
            <translation>تغطية كل مؤشر من كل مصدر بيانات</translation>
        </message>
        <message>
            <source>No data source for this indicator</source>
            <translation>لا يوجد مصدر بيانات لهذا المؤشر</translation>
        </message>
        <message>
            <source>{indicator}
Best coverage: {level}</source>
            <translation>{indicator}
أفضل تغطية: {level}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>غير مسجل</translation>
        </message>
        <message>
            <source>{indicator}
{source}
Coverage: {level}</source>
            <translation>{indicator}
{source}
التغطية: {level}</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>لا يوجد ما يُعرض بعد.</translation>
        </message>
        <message>
            <source>Add the indicators the plan will track and record which data sources can feed them.</source>
            <translation>أضف المؤشرات التي ستتابعها الخطة وسجّل مصادر البيانات التي يمكن أن تغذيها.</translation>
        </message>
        <message>
            <source>{gaps} of {total} indicators have no data source yet (marked with a warning sign).</source>
            <translation>{gaps} من أصل {total} مؤشرًا ليس لها مصدر بيانات بعد (مميزة بعلامة تحذير).</translation>
        </message>
        <message>
            <source>Every one of the {total} indicators has at least one data source.</source>
            <translation>لكل مؤشر من المؤشرات البالغ عددها {total} مصدر بيانات واحد على الأقل.</translation>
        </message>
        <message>
            <source>No coverage has been recorded yet.</source>
            <translation>لم تُسجَّل أي تغطية بعد.</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>مصادر البيانات التي لا تغطي أي مؤشر: {names}.</translation>
        </message>
    </context>
    <context>
        <name>DataPage</name>
        <message>
            <source>Coverage heatmap</source>
            <translation>خريطة حرارية للتغطية</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>الاتجاهات</translation>
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
            <translation>اختر التاريخ من التقويم</translation>
        </message>
    </context>
    <context>
        <name>Deliverables</name>
        <message>
            <source>Options</source>
            <translation>الخيارات</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>ال&amp;ورق</translation>
        </message>
        <message>
            <source>Include personal data</source>
            <translation>تضمين البيانات الشخصية</translation>
        </message>
        <message>
            <source>Names, emails and phone numbers of participants and contacts: leave this off for a report or workbook shared beyond the working group.</source>
            <translation>أسماء المشاركين وجهات الاتصال وعناوين بريدهم وأرقام هواتفهم: ألغِ التحديد لتقرير أو مصنف يُتداول خارج الفريق العامل.</translation>
        </message>
        <message>
            <source>Mark as “draft for validation”</source>
            <translation>وسم بعبارة «مسودة للمصادقة»</translation>
        </message>
        <message>
            <source>L&amp;ogo</source>
            <translation>ال&amp;شعار</translation>
        </message>
        <message>
            <source>Optional PNG or JPEG of the organisers</source>
            <translation>صورة اختيارية بتنسيق PNG أو JPEG للجهات المنظمة</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Export PDF report…</source>
            <translation>تصدير تقرير PDF…</translation>
        </message>
        <message>
            <source>Export Excel workbook…</source>
            <translation>تصدير مصنف Excel…</translation>
        </message>
        <message>
            <source>Import workbook…</source>
            <translation>استيراد مصنف…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
        </message>
        <message>
            <source>Show the folder the file was written to</source>
            <translation>عرض المجلد الذي كُتب فيه الملف</translation>
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
            <translation>حلقة العمل مفتوحة للقراءة فقط</translation>
        </message>
        <message>
            <source>Report and workbook</source>
            <translation>التقرير والمصنف</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps it finds.</source>
            <translation>يُعدّ التقرير مما يتضمنه ملف حلقة العمل الآن؛ ويذكر الثغرات التي يجدها.</translation>
        </message>
        <message>
            <source>The report is written from what is in the workshop file now; it names the gaps below.</source>
            <translation>يُعدّ التقرير مما يتضمنه ملف حلقة العمل الآن؛ ويذكر الثغرات الواردة أدناه.</translation>
        </message>
        <message>
            <source>complete</source>
            <translation>مكتمل</translation>
        </message>
        <message>
            <source>still to do: {items}</source>
            <translation>ما زال مطلوبًا: {items}</translation>
        </message>
        <message>
            <source>Organisers' logo</source>
            <translation>شعار الجهات المنظمة</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>PDF report (*.pdf)</source>
            <translation>تقرير PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>This export is not available: {reason}</source>
            <translation>هذا التصدير غير متاح: {reason}</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>جارٍ كتابة {name}…</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>تمت الكتابة: {path}</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>فشل: {reason}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>أُلغي؛ لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>Import workbook</source>
            <translation>استيراد مصنف</translation>
        </message>
        <message>
            <source>Importing is not available: {reason}</source>
            <translation>الاستيراد غير متاح: {reason}</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>جارٍ قراءة {name}…</translation>
        </message>
        <message>
            <source>Import indicator values</source>
            <translation>استيراد قيم المؤشرات</translation>
        </message>
        <message>
            <source>Tables of values (*.csv *.xlsx *.txt)</source>
            <translation>جداول القيم (*.csv *.xlsx *.txt)</translation>
        </message>
        <message>
            <source>Columns used: {columns}</source>
            <translation>الأعمدة المستخدمة: {columns}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>الأعمدة التي تم تجاهلها: {columns}</translation>
        </message>
        <message>
            <source>Missing values (.., -, n/a) skipped: {n}</source>
            <translation>القيم الناقصة (.., -, n/a) التي تم تخطيها: {n}</translation>
        </message>
        <message>
            <source>Not imported: no backup could be taken first.</source>
            <translation>لم يتم الاستيراد: تعذر أخذ نسخة احتياطية أولًا.</translation>
        </message>
        <message>
            <source>Backing up the workshop before the import…</source>
            <translation>جارٍ حفظ نسخة احتياطية من حلقة العمل قبل الاستيراد…</translation>
        </message>
        <message>
            <source>Imported: {n} change(s). Ctrl+Z takes the import back.</source>
            <translation>تم الاستيراد: عدد التغييرات {n}. يتراجع Ctrl+Z عن الاستيراد.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The scale must be between 1 and {max}.</source>
            <translation>يجب أن يكون المقياس بين 1 و{max}.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Record details</source>
            <translation>تفاصيل السجل</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Close the details (Esc)</source>
            <translation>إغلاق التفاصيل (Esc)</translation>
        </message>
        <message>
            <source>Close the details</source>
            <translation>إغلاق التفاصيل</translation>
        </message>
    </context>
    <context>
        <name>Drops</name>
        <message>
            <source>Import indicator values?</source>
            <translation>استيراد قيم المؤشرات؟</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop (it has no About sheet). Read it as a table of indicator values? You will see what it changes before anything is written.</source>
            <translation>«{name}» ليس مصنفاً صدّره Mainstream Desktop (ليست فيه ورقة «حول»). هل يُقرأ جدولاً لقيم المؤشرات؟ سترى ما سيغيّره قبل كتابة أي شيء.</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <source>Workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>الالتزام السياسي</translation>
        </message>
        <message>
            <source>Institutional mapping</source>
            <translation>رسم الخريطة المؤسسية</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>جرد البيانات</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>الاستعراض القطاعي</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>خطة العمل</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>الإسبانية</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>الصينية</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>البرتغالية</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>أنثى</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ذكر</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير مذكور</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ميسّر</translation>
        </message>
        <message>
            <source>Rapporteur</source>
            <translation>مقرر</translation>
        </message>
        <message>
            <source>Resource person</source>
            <translation>خبير مرجعي</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>مراقب</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>منظِّم</translation>
        </message>
        <message>
            <source>Cabinet or council of ministers decision</source>
            <translation>قرار مجلس الوزراء</translation>
        </message>
        <message>
            <source>Presidential or ministerial decree</source>
            <translation>مرسوم رئاسي أو قرار وزاري</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>قانون</translation>
        </message>
        <message>
            <source>Policy (green/white paper, ministry paper)</source>
            <translation>سياسة (كتاب أخضر/أبيض، ورقة وزارية)</translation>
        </message>
        <message>
            <source>National development plan provision</source>
            <translation>حكم في خطة التنمية الوطنية</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>مخصصات في الميزانية</translation>
        </message>
        <message>
            <source>Official statement or declaration</source>
            <translation>بيان أو إعلان رسمي</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>مذكرة تفاهم</translation>
        </message>
        <message>
            <source>GCM national implementation plan</source>
            <translation>خطة التنفيذ الوطنية للاتفاق العالمي</translation>
        </message>
        <message>
            <source>International</source>
            <translation>دولي</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>إقليمي</translation>
        </message>
        <message>
            <source>National</source>
            <translation>وطني</translation>
        </message>
        <message>
            <source>Sub-national</source>
            <translation>دون وطني</translation>
        </message>
        <message>
            <source>Local</source>
            <translation>محلي</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>مقترح</translation>
        </message>
        <message>
            <source>In preparation</source>
            <translation>قيد الإعداد</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>معتمد</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>نافذ</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>منتهي الصلاحية</translation>
        </message>
        <message>
            <source>Inter-ministerial committee</source>
            <translation>لجنة مشتركة بين الوزارات</translation>
        </message>
        <message>
            <source>Multi-stakeholder consultative mechanism</source>
            <translation>آلية تشاورية متعددة أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Technical working group</source>
            <translation>فريق عامل تقني</translation>
        </message>
        <message>
            <source>Support group</source>
            <translation>فريق دعم</translation>
        </message>
        <message>
            <source>Thematic sub-committee</source>
            <translation>لجنة فرعية مواضيعية</translation>
        </message>
        <message>
            <source>Steering committee</source>
            <translation>لجنة توجيهية</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>نشطة</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>خاملة</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>منحلة</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>أسبوعيًا</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>شهريًا</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>فصليًا</translation>
        </message>
        <message>
            <source>Twice a year</source>
            <translation>مرتين في السنة</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>سنويًا</translation>
        </message>
        <message>
            <source>Ad hoc</source>
            <translation>حسب الحاجة</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>Co-chair</source>
            <translation>الرئيس المشارك</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>الأمانة</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>عضو</translation>
        </message>
        <message>
            <source>Ratified or acceded</source>
            <translation>مصدَّق عليه أو منضم إليه</translation>
        </message>
        <message>
            <source>Signed, not ratified</source>
            <translation>موقَّع عليه، غير مصدَّق عليه</translation>
        </message>
        <message>
            <source>Endorsed (non-binding)</source>
            <translation>مؤيَّد (غير ملزم)</translation>
        </message>
        <message>
            <source>Under consideration</source>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>Not party</source>
            <translation>ليس طرفًا</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>لا ينطبق</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>جزئيًا</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>مناصر</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>داعم</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>محايد</translation>
        </message>
        <message>
            <source>Sceptical</source>
            <translation>متشكك</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>معارض</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>جهة رائدة</translation>
        </message>
        <message>
            <source>Partner (manage closely)</source>
            <translation>شريك (إدارة عن كثب)</translation>
        </message>
        <message>
            <source>Consult (keep satisfied)</source>
            <translation>تشاور (الحفاظ على الرضا)</translation>
        </message>
        <message>
            <source>Inform (keep informed)</source>
            <translation>إعلام (إبقاء على اطلاع)</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>رصد</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>يرفع تقاريره إلى</translation>
        </message>
        <message>
            <source>Coordinates with</source>
            <translation>ينسق مع</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>يموّل</translation>
        </message>
        <message>
            <source>Shares data with</source>
            <translation>يتبادل البيانات مع</translation>
        </message>
        <message>
            <source>Partners with</source>
            <translation>يتشارك مع</translation>
        </message>
        <message>
            <source>Oversees</source>
            <translation>يشرف على</translation>
        </message>
        <message>
            <source>Advises</source>
            <translation>يقدم المشورة إلى</translation>
        </message>
        <message>
            <source>Tension or overlap with</source>
            <translation>توتر أو تداخل مع</translation>
        </message>
        <message>
            <source>Continuous</source>
            <translation>مستمر</translation>
        </message>
        <message>
            <source>Every 2–5 years</source>
            <translation>كل 2–5 سنوات</translation>
        </message>
        <message>
            <source>Every 10 years</source>
            <translation>كل 10 سنوات</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>لمرة واحدة</translation>
        </message>
        <message>
            <source>Irregular</source>
            <translation>غير منتظم</translation>
        </message>
        <message>
            <source>Some regions</source>
            <translation>بعض المناطق</translation>
        </message>
        <message>
            <source>Pilot or sample area</source>
            <translation>منطقة تجريبية أو منطقة عينة</translation>
        </message>
        <message>
            <source>Nationals abroad</source>
            <translation>المواطنون في الخارج</translation>
        </message>
        <message>
            <source>Open (published)</source>
            <translation>مفتوح (منشور)</translation>
        </message>
        <message>
            <source>On request</source>
            <translation>عند الطلب</translation>
        </message>
        <message>
            <source>Under data-sharing agreement</source>
            <translation>بموجب اتفاق لتبادل البيانات</translation>
        </message>
        <message>
            <source>Restricted (internal only)</source>
            <translation>مقيَّد (للاستخدام الداخلي فقط)</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>مقبولة</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <source>SDG global indicator</source>
            <translation>مؤشر عالمي لأهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>GCM progress indicator</source>
            <translation>مؤشر التقدم في الاتفاق العالمي</translation>
        </message>
        <message>
            <source>National development plan indicator</source>
            <translation>مؤشر خطة التنمية الوطنية</translation>
        </message>
        <message>
            <source>Proxy indicator</source>
            <translation>مؤشر بديل</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>كاملة</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>جزئية</translation>
        </message>
        <message>
            <source>Proxy only</source>
            <translation>بديلة فقط</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>مخطط لها</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا توجد</translation>
        </message>
        <message>
            <source>High</source>
            <translation>عالية</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>منخفضة</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>لائحة</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>سياسة</translation>
        </message>
        <message>
            <source>Strategy</source>
            <translation>استراتيجية</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>خطة</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>برنامج</translation>
        </message>
        <message>
            <source>Bilateral agreement</source>
            <translation>اتفاق ثنائي</translation>
        </message>
        <message>
            <source>Regional agreement</source>
            <translation>اتفاق إقليمي</translation>
        </message>
        <message>
            <source>Explicitly</source>
            <translation>صراحةً</translation>
        </message>
        <message>
            <source>Implicitly</source>
            <translation>ضمنيًا</translation>
        </message>
        <message>
            <source>Not addressed</source>
            <translation>لا تتناولها</translation>
        </message>
        <message>
            <source>Coherent</source>
            <translation>متسقة</translation>
        </message>
        <message>
            <source>Partly coherent</source>
            <translation>متسقة جزئيًا</translation>
        </message>
        <message>
            <source>Incoherent</source>
            <translation>غير متسقة</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم تُقيَّم</translation>
        </message>
        <message>
            <source>Short term (&lt; 1 year)</source>
            <translation>الأجل القصير (&lt; سنة واحدة)</translation>
        </message>
        <message>
            <source>Medium term (1–3 years)</source>
            <translation>الأجل المتوسط (1–3 سنوات)</translation>
        </message>
        <message>
            <source>Long term (&gt; 3 years)</source>
            <translation>الأجل الطويل (&gt; 3 سنوات)</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>متفق عليه</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>Migrant stocks</source>
            <translation>أعداد المهاجرين</translation>
        </message>
        <message>
            <source>Migration flows</source>
            <translation>تدفقات الهجرة</translation>
        </message>
        <message>
            <source>Return migration</source>
            <translation>الهجرة العائدة</translation>
        </message>
        <message>
            <source>Refugees and displacement</source>
            <translation>اللاجئون والنزوح</translation>
        </message>
        <message>
            <source>Internal migration</source>
            <translation>الهجرة الداخلية</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>التحويلات المالية</translation>
        </message>
        <message>
            <source>Diaspora</source>
            <translation>المغتربون</translation>
        </message>
        <message>
            <source>Labour migration</source>
            <translation>هجرة اليد العاملة</translation>
        </message>
        <message>
            <source>Women and girls at risk</source>
            <translation>النساء والفتيات المعرضات للخطر</translation>
        </message>
        <message>
            <source>Unaccompanied or separated children</source>
            <translation>الأطفال غير المصحوبين أو المنفصلون عن ذويهم</translation>
        </message>
        <message>
            <source>Victims of trafficking</source>
            <translation>ضحايا الاتجار بالأشخاص</translation>
        </message>
        <message>
            <source>Migrants in an irregular situation</source>
            <translation>المهاجرون الذين هم في وضع غير نظامي</translation>
        </message>
        <message>
            <source>Refugees and asylum seekers</source>
            <translation>اللاجئون وطالبو اللجوء</translation>
        </message>
        <message>
            <source>Stateless persons</source>
            <translation>عديمو الجنسية</translation>
        </message>
        <message>
            <source>Internally displaced persons</source>
            <translation>المشردون داخليًا</translation>
        </message>
        <message>
            <source>Persons with disabilities</source>
            <translation>الأشخاص ذوو الإعاقة</translation>
        </message>
        <message>
            <source>Older persons</source>
            <translation>المسنون</translation>
        </message>
        <message>
            <source>Migrant domestic workers</source>
            <translation>العمال المنزليون المهاجرون</translation>
        </message>
        <message>
            <source>Returnees</source>
            <translation>العائدون</translation>
        </message>
        <message>
            <source>Families left behind</source>
            <translation>الأسر الباقية في البلد الأصلي</translation>
        </message>
        <message>
            <source>Progress review</source>
            <translation>استعراض التقدم المحرز</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>الاستعراض السنوي</translation>
        </message>
        <message>
            <source>Mid-term review</source>
            <translation>استعراض منتصف المدة</translation>
        </message>
        <message>
            <source>Final evaluation</source>
            <translation>التقييم النهائي</translation>
        </message>
        <message>
            <source>Budget preparation round</source>
            <translation>جولة إعداد الميزانية</translation>
        </message>
        <message>
            <source>International reporting</source>
            <translation>تقديم التقارير على الصعيد الدولي</translation>
        </message>
        <message>
            <source>Manage closely</source>
            <translation>الإدارة عن كثب</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>الإبقاء على الرضا</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>الإبقاء على اطلاع</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Country name (if not in the list)</source>
            <translation>اسم البلد (إن لم يكن في القائمة)</translation>
        </message>
        <message>
            <source>Only for a fictional or user-assigned country code.</source>
            <translation>فقط لرمز بلد وهمي أو يحدده المستخدم.</translation>
        </message>
        <message>
            <source>National development strategy</source>
            <translation>استراتيجية التنمية الوطنية</translation>
        </message>
        <message>
            <source>Strategy period</source>
            <translation>فترة الاستراتيجية</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Language of the deliverables</source>
            <translation>لغة المخرجات</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>الجهات المنظمة</translation>
        </message>
        <message>
            <source>Purpose and scope</source>
            <translation>الغرض والنطاق</translation>
        </message>
        <message>
            <source>Short title</source>
            <translation>العنوان المختصر</translation>
        </message>
        <message>
            <source>Printed at the top of every report page.</source>
            <translation>يُطبع في أعلى كل صفحة من صفحات التقرير.</translation>
        </message>
        <message>
            <source>Regional organisations</source>
            <translation>المنظمات الإقليمية</translation>
        </message>
        <message>
            <source>The regional instruments of these organisations are reviewed too.</source>
            <translation>تُستعرض أيضًا الصكوك الإقليمية لهذه المنظمات.</translation>
        </message>
        <message>
            <source>Foreword</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Validated by</source>
            <translation>الجهة المصادِقة</translation>
        </message>
        <message>
            <source>The body or meeting that validated the report.</source>
            <translation>الهيئة أو الاجتماع الذي صادق على التقرير.</translation>
        </message>
        <message>
            <source>Validated on</source>
            <translation>تاريخ المصادقة</translation>
        </message>
        <message>
            <source>Signatory</source>
            <translation>الموقِّع</translation>
        </message>
        <message>
            <source>Signatory's position</source>
            <translation>منصب الموقِّع</translation>
        </message>
        <message>
            <source>Disclaimer</source>
            <translation>إخلاء المسؤولية</translation>
        </message>
        <message>
            <source>Empty: the report prints the standard disclaimer.</source>
            <translation>إذا تُرك فارغًا، يطبع التقرير إخلاء المسؤولية القياسي.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>الخطوات التالية</translation>
        </message>
        <message>
            <source>Link to the budget cycle</source>
            <translation>الصلة بدورة الميزانية</translation>
        </message>
        <message>
            <source>When and how the actions enter the national budget.</source>
            <translation>متى وكيف تُدرج الإجراءات في الميزانية الوطنية.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Organisation (if not a stakeholder)</source>
            <translation>المنظمة (إن لم تكن من أصحاب المصلحة)</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>المنصب</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>الفريق العامل</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>المرحلة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسّر</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>الصك</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>الجهة المُصدِرة</translation>
        </message>
        <message>
            <source>Lead agency</source>
            <translation>الجهة الرائدة</translation>
        </message>
        <message>
            <source>Focal point (name)</source>
            <translation>جهة التنسيق (الاسم)</translation>
        </message>
        <message>
            <source>Focal point contact</source>
            <translation>بيانات الاتصال بجهة التنسيق</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>الولاية</translation>
        </message>
        <message>
            <source>Budget allocated</source>
            <translation>الميزانية المخصصة</translation>
        </message>
        <message>
            <source>Reference or link</source>
            <translation>المرجع أو الرابط</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>الرئيس</translation>
        </message>
        <message>
            <source>Terms of reference adopted</source>
            <translation>اعتماد الاختصاصات</translation>
        </message>
        <message>
            <source>Year established</source>
            <translation>سنة الإنشاء</translation>
        </message>
        <message>
            <source>Meets</source>
            <translation>دورية الاجتماعات</translation>
        </message>
        <message>
            <source>Mechanism</source>
            <translation>الآلية</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>الممثل</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Reservations or declarations</source>
            <translation>التحفظات أو الإعلانات</translation>
        </message>
        <message>
            <source>Implementing body</source>
            <translation>الجهة المنفذة</translation>
        </message>
        <message>
            <source>National implementation</source>
            <translation>التنفيذ على الصعيد الوطني</translation>
        </message>
        <message>
            <source>Laws, bodies and programmes that give it effect.</source>
            <translation>القوانين والهيئات والبرامج التي تُنفِّذه.</translation>
        </message>
        <message>
            <source>Last report to the treaty body</source>
            <translation>آخر تقرير مقدَّم إلى هيئة المعاهدة</translation>
        </message>
        <message>
            <source>Next report due</source>
            <translation>موعد تقديم التقرير التالي</translation>
        </message>
        <message>
            <source>Treaty-body and UPR recommendations accepted</source>
            <translation>التوصيات المقبولة الصادرة عن هيئات المعاهدات والاستعراض الدوري الشامل</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>In place</source>
            <translation>قائم</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>Parent body</source>
            <translation>الجهة الأم</translation>
        </message>
        <message>
            <source>Thematic areas</source>
            <translation>المجالات المواضيعية</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>النفوذ</translation>
        </message>
        <message>
            <source>1 = little power over the process, 5 = decisive</source>
            <translation>1 = سلطة محدودة على العملية، 5 = حاسم</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>الاهتمام</translation>
        </message>
        <message>
            <source>1 = little stake in the outcome, 5 = central</source>
            <translation>1 = مصلحة محدودة في النتيجة، 5 = محوري</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Engagement</source>
            <translation>نهج الإشراك</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>الشخص المسؤول عن الاتصال</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>البريد الإلكتروني للاتصال</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>هاتف الاتصال</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>الثغرات وأوجه التداخل</translation>
        </message>
        <message>
            <source>From</source>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>القوة</translation>
        </message>
        <message>
            <source>1 = weak, 3 = strong</source>
            <translation>1 = ضعيفة، 3 = قوية</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>الجهة المالكة</translation>
        </message>
        <message>
            <source>Periodicity</source>
            <translation>الدورية</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>أحدث سنة</translation>
        </message>
        <message>
            <source>Geographic coverage</source>
            <translation>التغطية الجغرافية</translation>
        </message>
        <message>
            <source>Migration variables</source>
            <translation>متغيرات الهجرة</translation>
        </message>
        <message>
            <source>Disaggregations</source>
            <translation>أوجه التصنيف</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>إمكانية الوصول</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>الجودة</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>الثغرات</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>الإطار</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>SDG indicator</source>
            <translation>مؤشر أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>GCM objectives</source>
            <translation>أهداف الاتفاق العالمي</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>خط الأساس</translation>
        </message>
        <message>
            <source>Baseline year</source>
            <translation>سنة خط الأساس</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>القيمة المستهدفة</translation>
        </message>
        <message>
            <source>Target year</source>
            <translation>السنة المستهدفة</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>الجهة المسؤولة</translation>
        </message>
        <message>
            <source>Disaggregations needed</source>
            <translation>أوجه التصنيف المطلوبة</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>مصدر البيانات</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>التغطية</translation>
        </message>
        <message>
            <source>Disaggregations available</source>
            <translation>أوجه التصنيف المتاحة</translation>
        </message>
        <message>
            <source>For a period, its last year.</source>
            <translation>إذا كانت القيمة لفترة، فالسنة الأخيرة منها.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Only for a value over several years: 2015–2019.</source>
            <translation>فقط لقيمة تغطي عدة سنوات: 2015–2019.</translation>
        </message>
        <message>
            <source>Disaggregated by</source>
            <translation>مصنَّف حسب</translation>
        </message>
        <message>
            <source>Empty for the total.</source>
            <translation>يُترك فارغًا للمجموع.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <source>The group of the disaggregation: Female, 15–24…</source>
            <translation>الفئة ضمن التصنيف: أنثى، 15–24…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Empty: the indicator's unit.</source>
            <translation>إذا تُرك فارغًا: وحدة المؤشر.</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <source>Lead ministry</source>
            <translation>الوزارة الرائدة</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>How migration affects the sector</source>
            <translation>كيف تؤثر الهجرة في القطاع</translation>
        </message>
        <message>
            <source>How the sector affects migration</source>
            <translation>كيف يؤثر القطاع في الهجرة</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>اتساق السياسات</translation>
        </message>
        <message>
            <source>1 = policies work against each other, 5 = fully coherent</source>
            <translation>1 = السياسات متعارضة، 5 = متسقة تمامًا</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>SDG targets</source>
            <translation>غايات أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Human rights</source>
            <translation>حقوق الإنسان</translation>
        </message>
        <message>
            <source>Non-discrimination, access to services and to justice, detention: what the group found.</source>
            <translation>عدم التمييز، والوصول إلى الخدمات وإلى العدالة، والاحتجاز: ما توصّل إليه الفريق.</translation>
        </message>
        <message>
            <source>Gender effects</source>
            <translation>الآثار الجنسانية</translation>
        </message>
        <message>
            <source>How the sector's policies affect migrant women and men differently.</source>
            <translation>كيف تؤثر سياسات القطاع في المهاجرات والمهاجرين بشكل مختلف.</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations</source>
            <translation>الفئات التي تعيش أوضاعًا هشة</translation>
        </message>
        <message>
            <source>Other sectors affected</source>
            <translation>القطاعات الأخرى المتأثرة</translation>
        </message>
        <message>
            <source>Knock-on effects on other sectors</source>
            <translation>الآثار غير المباشرة على القطاعات الأخرى</translation>
        </message>
        <message>
            <source>Year adopted</source>
            <translation>سنة الاعتماد</translation>
        </message>
        <message>
            <source>Addresses migration</source>
            <translation>تتناول الهجرة</translation>
        </message>
        <message>
            <source>Coherence with migration goals</source>
            <translation>الاتساق مع أهداف الهجرة</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Raised in step</source>
            <translation>أُثير في المرحلة</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>الإطار الزمني</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>التكلفة التقديرية</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>مصدر التمويل</translation>
        </message>
        <message>
            <source>Amount secured</source>
            <translation>المبلغ المؤمَّن</translation>
        </message>
        <message>
            <source>Of the estimated cost, in the same currency.</source>
            <translation>من التكلفة التقديرية، بالعملة نفسها.</translation>
        </message>
        <message>
            <source>Funding partner</source>
            <translation>الشريك المموِّل</translation>
        </message>
        <message>
            <source>Start year</source>
            <translation>سنة البدء</translation>
        </message>
        <message>
            <source>End year</source>
            <translation>سنة الانتهاء</translation>
        </message>
        <message>
            <source>Means of verification</source>
            <translation>وسائل التحقق</translation>
        </message>
        <message>
            <source>Monitoring frequency</source>
            <translation>وتيرة الرصد</translation>
        </message>
        <message>
            <source>Monitored by</source>
            <translation>الجهة المسؤولة عن الرصد</translation>
        </message>
        <message>
            <source>Expected impact</source>
            <translation>الأثر المتوقع</translation>
        </message>
        <message>
            <source>1 = marginal, 5 = transformative</source>
            <translation>1 = هامشي، 5 = تحويلي</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>الجدوى</translation>
        </message>
        <message>
            <source>1 = hard to deliver, 5 = ready to start</source>
            <translation>1 = يصعب تنفيذه، 5 = جاهز للبدء</translation>
        </message>
        <message>
            <source>Readiness gaps answered</source>
            <translation>ثغرات الجاهزية التي يعالجها الإجراء</translation>
        </message>
        <message>
            <source>Legal gaps answered</source>
            <translation>الثغرات القانونية التي يعالجها الإجراء</translation>
        </message>
        <message>
            <source>Data gap answered</source>
            <translation>ثغرة البيانات التي يعالجها الإجراء</translation>
        </message>
        <message>
            <source>An indicator the action gives a data source.</source>
            <translation>مؤشر يوفّر له الإجراء مصدرًا للبيانات.</translation>
        </message>
        <message>
            <source>What is reviewed</source>
            <translation>موضوع الاستعراض</translation>
        </message>
        <message>
            <source>No {what} yet — add them in {step}</source>
            <translation>لا توجد {what} بعد — أضفها في «{step}»</translation>
        </message>
    </context>
    <context>
        <name>File</name>
        <message>
            <source>“{name}” is not an ordinary file (a folder, a device, a pipe or a link); choose another file name.</source>
            <translation>«{name}» ليس ملفًا عاديًا (بل هو مجلد أو جهاز أو أنبوب أو رابط)؛ اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <source>“{name}” is the workshop itself; choose another file name.</source>
            <translation>«{name}» هو ملف حلقة العمل نفسه؛ اختر اسم ملف آخر.</translation>
        </message>
        <message>
            <source>“{name}” is given for two exports; choose a different name for each.</source>
            <translation>«{name}» مُحدَّد لتصديرين؛ اختر اسمًا مختلفًا لكل منهما.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>القرص ممتلئ</translation>
        </message>
        <message>
            <source>permission denied or read-only medium</source>
            <translation>تم رفض الإذن أو الوسيط للقراءة فقط</translation>
        </message>
        <message>
            <source>an input/output error (is the USB stick still plugged in?)</source>
            <translation>خطأ في الإدخال/الإخراج (هل ما زالت ذاكرة USB موصولة؟)</translation>
        </message>
        <message>
            <source>Could not write “{name}”: {reason}. Nothing was changed.</source>
            <translation>تعذّرت كتابة «{name}»: {reason}. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>“{name}” already exists (use --force to replace it).</source>
            <translation>«{name}» موجود بالفعل (استخدم ‎--force لاستبداله).</translation>
        </message>
        <message>
            <source>The folder “{name}” does not exist.</source>
            <translation>المجلد «{name}» غير موجود.</translation>
        </message>
        <message>
            <source>“{name}” does not exist.</source>
            <translation>«{name}» غير موجود.</translation>
        </message>
        <message>
            <source>“{name}” is a folder, not a workshop file.</source>
            <translation>«{name}» مجلد، وليس ملف حلقة عمل.</translation>
        </message>
        <message>
            <source>“{name}” has a WAL file beside it (“{wal}”), which workshop files never use: it was changed by another program. Move “{wal}” away to open the file as it is.</source>
            <translation>يوجد بجانب «{name}» ملف WAL ‏(«{wal}»)، مع أن ملفات حلقات العمل لا تستخدم هذا النوع من الملفات أبدًا: لقد غيّر برنامج آخر «{name}». انقل «{wal}» إلى مكان آخر لفتح الملف كما هو.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}.</source>
            <translation>تتعذر قراءة «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is on a read-only medium or in a folder you cannot write to: it can be checked and exported but not changed. Copy it to a writable folder to edit it.</source>
            <translation>«{name}» موجود على وسيط للقراءة فقط أو في مجلد لا يمكنك الكتابة فيه: يمكن فحصه وتصديره ولكن لا يمكن تغييره. انسخه إلى مجلد قابل للكتابة لتحريره.</translation>
        </message>
        <message>
            <source>A query on the workshop ran past its limit ({steps} million steps), far more than any real workshop needs: the file may be crafted or damaged. Nothing was changed.</source>
            <translation>تجاوز استعلام على حلقة العمل حده الأقصى ({steps} مليون خطوة)، وهو أكثر بكثير مما تحتاجه أي حلقة عمل حقيقية: ربما يكون الملف متلاعبًا به أو تالفًا. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>unexpected {kind} “{object}”</source>
            <translation>كائن غير متوقع من النوع {kind}: «{object}»</translation>
        </message>
        <message>
            <source>changed {kind} “{object}”</source>
            <translation>كائن مُغيَّر من النوع {kind}: «{object}»</translation>
        </message>
        <message>
            <source>missing {kind} “{object}”</source>
            <translation>كائن مفقود من النوع {kind}: «{object}»</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file, or not a workshop this version wrote ({difference}). It was not opened.</source>
            <translation>«{name}» ملف حلقة عمل تالف، أو ليس حلقة عمل كتبها هذا الإصدار ({difference}). لم يُفتح الملف.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>«{name}» فارغ: ليس ملف حلقة عمل.</translation>
        </message>
        <message>
            <source>“{name}” is not a workshop file (it is not an SQLite database).</source>
            <translation>«{name}» ليس ملف حلقة عمل (ليس قاعدة بيانات SQLite).</translation>
        </message>
        <message>
            <source>“{name}” is a database of another application, not a workshop file.</source>
            <translation>«{name}» قاعدة بيانات لتطبيق آخر، وليس ملف حلقة عمل.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop (file format {found}; this version reads up to {supported}). Update the application to open it.</source>
            <translation>كُتب «{name}» بإصدار أحدث من Mainstream Desktop (تنسيق الملف {found}؛ يقرأ هذا الإصدار حتى التنسيق {supported}). حدّث التطبيق لفتحه.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no schema version).</source>
            <translation>«{name}» ملف حلقة عمل تالف (لا يوجد إصدار للمخطط).</translation>
        </message>
        <message>
            <source>“{name}” is in WAL mode, which workshop files never use: it was changed by another program and is not opened.</source>
            <translation>«{name}» في وضع WAL، وهو وضع لا تستخدمه ملفات حلقات العمل أبدًا: لقد غيّره برنامج آخر، ولذلك لم يُفتح.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (bad page size).</source>
            <translation>«{name}» ملف حلقة عمل تالف (حجم صفحة غير صالح).</translation>
        </message>
        <message>
            <source>“{name}” is not a regular file (a device, a pipe or a socket): it is not a workshop file.</source>
            <translation>«{name}» ليس ملفًا عاديًا (بل هو جهاز أو أنبوب أو مقبس): ليس ملف حلقة عمل.</translation>
        </message>
        <message>
            <source>“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.</source>
            <translation>«{name}» مبتور ({size} من أصل {expected} بايت). استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <source>“{name}” is truncated or damaged (its size is not a whole number of pages). Restore it from a backup.</source>
            <translation>«{name}» مبتور أو تالف (حجمه ليس عددًا صحيحًا من الصفحات). استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <source>“{name}” uses an older file format and must be opened for writing once to update it.</source>
            <translation>يستخدم «{name}» تنسيق ملف أقدم ويجب فتحه للكتابة مرة واحدة لتحديثه.</translation>
        </message>
        <message>
            <source>“{name}” cannot be opened: {reason}.</source>
            <translation>يتعذر فتح «{name}»: {reason}.</translation>
        </message>
        <message>
            <source>“{name}” is damaged ({reason}). Restore it from a backup.</source>
            <translation>«{name}» تالف ({reason}). استعده من نسخة احتياطية.</translation>
        </message>
        <message>
            <source>“{name}” is being written by another program; try again when it is closed.</source>
            <translation>يكتب برنامج آخر في «{name}» حاليًا؛ حاول مرة أخرى بعد إغلاقه.</translation>
        </message>
        <message>
            <source>The workshop record is missing.</source>
            <translation>سجل حلقة العمل مفقود.</translation>
        </message>
        <message>
            <source>This workshop is open read-only.</source>
            <translation>حلقة العمل هذه مفتوحة للقراءة فقط.</translation>
        </message>
        <message>
            <source>“{name}” was not closed properly (a crash or a power cut). Open it for editing once, in the window, to recover its last saved state.</source>
            <translation>لم يُغلق «{name}» بشكل صحيح (تعطل أو انقطاع الكهرباء). افتحه للتحرير مرة واحدة في النافذة لاستعادة آخر حالة محفوظة.</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (table {table} lacks {columns}).</source>
            <translation>«{name}» ملف حلقة عمل تالف (الجدول {table} يفتقر إلى {columns}).</translation>
        </message>
        <message>
            <source>“{name}” is a damaged workshop file (no workshop id).</source>
            <translation>«{name}» ملف حلقة عمل تالف (لا يوجد معرّف لحلقة العمل).</translation>
        </message>
        <message>
            <source>“{journal}” beside “{name}” is not this workshop's journal (it belongs to another database or is damaged); playing it back would destroy the workshop. Move “{journal}” away, then open the file again.</source>
            <translation>«{journal}» الموجود بجانب «{name}» ليس ملف اليومية الخاص بحلقة العمل هذه (فهو ينتمي إلى قاعدة بيانات أخرى أو تالف)؛ وتطبيقه سيدمّر حلقة العمل. انقل «{journal}» إلى مكان آخر، ثم افتح الملف مرة أخرى.</translation>
        </message>
        <message>
            <source>The data folder “{path}” cannot be used ({reason}): backups cannot be kept. Set MAINSTREAM_DESKTOP_HOME to a folder you can write.</source>
            <translation>لا يمكن استخدام مجلد البيانات «{path}» ({reason}): لا يمكن الاحتفاظ بالنسخ الاحتياطية. اضبط MAINSTREAM_DESKTOP_HOME على مجلد يمكنك الكتابة فيه.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>Mainstream workshop (*.mainstream)</source>
            <translation>حلقة عمل Mainstream (*.mainstream)</translation>
        </message>
    </context>
    <context>
        <name>FocusBar</name>
        <message>
            <source>Question being discussed</source>
            <translation>السؤال قيد المناقشة</translation>
        </message>
        <message>
            <source>Previous question (Ctrl+,)</source>
            <translation>السؤال السابق (Ctrl+,)</translation>
        </message>
        <message>
            <source>Previous question</source>
            <translation>السؤال السابق</translation>
        </message>
        <message>
            <source>Next question (Ctrl+.)</source>
            <translation>السؤال التالي (Ctrl+.)</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>السؤال التالي</translation>
        </message>
        <message>
            <source>Question {n} of {total}</source>
            <translation>السؤال {n} من {total}</translation>
        </message>
    </context>
    <context>
        <name>GroupFiles</name>
        <message>
            <source>Copy for a working group</source>
            <translation>نسخة لفريق عامل</translation>
        </message>
        <message>
            <source>The working group's name (it shows in the copy's title bar and when the copies are merged back):</source>
            <translation>اسم الفريق العامل (يظهر في شريط عنوان النسخة وعند دمج النسخ من جديد):</translation>
        </message>
        <message>
            <source>Save the working group's copy as</source>
            <translation>حفظ نسخة الفريق العامل باسم</translation>
        </message>
        <message>
            <source>Copy for the working group “{group}” saved as {path}. Merge it back with File ▸ Merge working-group files…</source>
            <translation>حُفظت نسخة الفريق العامل «{group}» باسم {path}. ادمجها من جديد عبر ملف ◂ دمج ملفات الأفرقة العاملة…</translation>
        </message>
        <message>
            <source>Cannot save the copy</source>
            <translation>يتعذر حفظ النسخة</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>added</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>تغيير</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>(the record)</source>
            <translation>(السجل)</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>محفوظات التغييرات</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Who (device)</source>
            <translation>المستخدم (الجهاز)</translation>
        </message>
        <message>
            <source>What</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>قبل</translation>
        </message>
        <message>
            <source>After</source>
            <translation>بعد</translation>
        </message>
        <message>
            <source>Restore this value</source>
            <translation>استعادة هذه القيمة</translation>
        </message>
        <message>
            <source>Set the field back to the value this change wrote (Ctrl+Z undoes it)</source>
            <translation>إعادة الحقل إلى القيمة التي كتبها هذا التغيير (يتراجع Ctrl+Z عن ذلك)</translation>
        </message>
        <message>
            <source>Restore the value before</source>
            <translation>استعادة القيمة السابقة</translation>
        </message>
        <message>
            <source>Set the field back to the value it had before this change (Ctrl+Z undoes it)</source>
            <translation>إعادة الحقل إلى القيمة التي كانت له قبل هذا التغيير (يتراجع Ctrl+Z عن ذلك)</translation>
        </message>
        <message>
            <source>History of {what} “{name}”</source>
            <translation>محفوظات التغييرات: {what} «{name}»</translation>
        </message>
        <message>
            <source>Not restored: {reason}</source>
            <translation>لم تتم الاستعادة: {reason}</translation>
        </message>
        <message>
            <source>{field} already has this value.</source>
            <translation>الحقل «{field}» يحمل هذه القيمة بالفعل.</translation>
        </message>
        <message>
            <source>{field} restored. Ctrl+Z in the window undoes it.</source>
            <translation>استُعيدت قيمة الحقل «{field}». يتراجع Ctrl+Z في النافذة عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Nothing was imported: the workbook has {n} error(s). First: {first}</source>
            <translation>لم يُستورد أي شيء: في المصنف أخطاء عددها {n}. أولها: {first}</translation>
        </message>
        <message>
            <source>The workshop changed since the import was previewed; preview it again.</source>
            <translation>تغيّرت حلقة العمل منذ معاينة الاستيراد؛ عاين الاستيراد مرة أخرى.</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>لم يُستورد أي شيء: {reason}</translation>
        </message>
        <message>
            <source>is required, but the sheet has no such column</source>
            <translation>مطلوب، لكن الورقة لا تحتوي على هذا العمود</translation>
        </message>
        <message>
            <source>the workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>is a new row identical to a record already in {where}; was this workbook imported before?</source>
            <translation>صف جديد مطابق لسجل موجود بالفعل في {where}؛ هل سبق استيراد هذا المصنف؟</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>الصف {row}</translation>
        </message>
        <message>
            <source>“{name}” has two sheets for one register, {first} and {second}; keep one.</source>
            <translation>يحتوي «{name}» على ورقتين لقائمة واحدة، هما {first} و{second}؛ احتفظ بإحداهما فقط.</translation>
        </message>
        <message>
            <source>“{name}” is not a workbook exported by Mainstream Desktop: it has none of the sheets {sheets}.</source>
            <translation>«{name}» ليس مصنفًا صدّره Mainstream Desktop: لا يحتوي على أي من الأوراق {sheets}.</translation>
        </message>
        <message>
            <source>this sheet is not part of the workshop workbook; ignored</source>
            <translation>هذه الورقة ليست جزءًا من مصنف حلقة العمل؛ تم تجاهلها</translation>
        </message>
        <message>
            <source>“{name}” has a sheet {sheet} whose name could mean any of the sheets {sheets}; rename it to one of them.</source>
            <translation>يحتوي «{name}» على ورقة {sheet} قد يدل اسمها على أي من الأوراق {sheets}؛ أعد تسميتها باسم إحداها.</translation>
        </message>
        <message>
            <source>“{name}” was written by a newer version of Mainstream Desktop; update the application to import it.</source>
            <translation>كُتب «{name}» بإصدار أحدث من Mainstream Desktop؛ حدّث التطبيق لاستيراده.</translation>
        </message>
        <message>
            <source>the sheet {sheet} is missing</source>
            <translation>الورقة {sheet} مفقودة</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its name</source>
            <translation>; هل أُعيدت تسميتها إلى «{other}»؟ أعِد إليها اسمها الأصلي</translation>
        </message>
        <message>
            <source>sheet {sheet}: the hidden id column (column A) is missing. Without it the rows cannot be matched to the records they show and every row would be added again; use the workbook with its column A as it was exported</source>
            <translation>الورقة {sheet}: عمود المعرّفات المخفي (العمود A) مفقود. ومن دونه لا يمكن مطابقة الصفوف مع السجلات التي تعرضها، وسيُضاف كل صف من جديد؛ استخدم المصنف بعموده A كما صُدِّر</translation>
        </message>
        <message>
            <source>sheet {sheet}: the column “{column}” is missing</source>
            <translation>الورقة {sheet}: العمود «{column}» مفقود</translation>
        </message>
        <message>
            <source>; was it renamed “{other}”? Give it back its header</source>
            <translation>; هل أُعيدت تسميته إلى «{other}»؟ أعِد إليه عنوانه الأصلي</translation>
        </message>
        <message>
            <source>“{name}” cannot be imported: sheets or columns were renamed or deleted. Put them back as they were exported (the About sheet lists every sheet and column) and import again; nothing was imported.</source>
            <translation>يتعذر استيراد «{name}»: أُعيدت تسمية أوراق أو أعمدة أو حُذفت. أعِدها كما كانت عند التصدير (تسرد الورقة «حول» جميع الأوراق والأعمدة) ثم أعِد الاستيراد؛ لم يُستورد أي شيء.</translation>
        </message>
        <message>
            <source>this column appears twice in the sheet</source>
            <translation>يظهر هذا العمود مرتين في الورقة</translation>
        </message>
        <message>
            <source>not a column of this sheet; ignored</source>
            <translation>ليس عمودًا في هذه الورقة؛ تم تجاهله</translation>
        </message>
        <message>
            <source>the cell holds more than {n} characters, more than a spreadsheet cell can</source>
            <translation>تحتوي الخلية على أكثر من {n} حرف، وهو أكثر مما تستوعبه خلية جدول البيانات</translation>
        </message>
        <message>
            <source>the cell holds the spreadsheet error {error}, not a value: correct what caused it or type the value itself</source>
            <translation>تحتوي الخلية على خطأ جدول البيانات {error}، لا على قيمة: صحّح سبب الخطأ أو اكتب القيمة نفسها</translation>
        </message>
        <message>
            <source>is a formula whose result is the spreadsheet error {error}; formulas are not calculated on import, type the value instead</source>
            <translation>صيغة نتيجتها خطأ جدول البيانات {error}؛ لا تُحسب الصيغ عند الاستيراد، فاكتب القيمة بدلًا منها</translation>
        </message>
        <message>
            <source>is a formula without a saved value; formulas are not calculated on import, type the value instead</source>
            <translation>صيغة بلا قيمة محفوظة؛ لا تُحسب الصيغ عند الاستيراد، فاكتب القيمة بدلًا منها</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value “{value}” was used</source>
            <translation>صيغة؛ لم تُحسب، واستُخدمت قيمتها المحفوظة «{value}»</translation>
        </message>
        <message>
            <source>this sheet holds one row; remove the others</source>
            <translation>تحتوي هذه الورقة على صف واحد؛ احذف الصفوف الأخرى</translation>
        </message>
        <message>
            <source>is not a record id; leave the id empty for a new record</source>
            <translation>ليس معرّف سجل؛ اترك المعرّف فارغًا للسجل الجديد</translation>
        </message>
        <message>
            <source>the same record appears twice (also in row {row})</source>
            <translation>يظهر السجل نفسه مرتين (أيضًا في الصف {row})</translation>
        </message>
        <message>
            <source>this record was deleted in the workshop; clear the id to add it again</source>
            <translation>حُذف هذا السجل في حلقة العمل؛ امسح المعرّف لإضافته مرة أخرى</translation>
        </message>
        <message>
            <source>this id belongs to a record on another sheet; leave the id empty for a new record</source>
            <translation>ينتمي هذا المعرّف إلى سجل في ورقة أخرى؛ اترك المعرّف فارغًا لسجل جديد</translation>
        </message>
        <message>
            <source>{n} records on sheet {sheet} have this name; make the names different</source>
            <translation>يحمل {n} من السجلات في الورقة {sheet} هذا الاسم؛ اجعل الأسماء مختلفة</translation>
        </message>
        <message>
            <source>no {record} has this name on sheet {sheet} or in the workshop</source>
            <translation>لا يوجد {record} بهذا الاسم في الورقة {sheet} أو في حلقة العمل</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>العمود «{column}»</translation>
        </message>
        <message>
            <source>Import from “{name}”:</source>
            <translation>الاستيراد من «{name}»:</translation>
        </message>
        <message>
            <source>{sheet}: {added} to add, {updated} to update, {unchanged} unchanged</source>
            <translation>{sheet}: {added} للإضافة، و{updated} للتحديث، و{unchanged} دون تغيير</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>تحذيرات:</translation>
        </message>
        <message>
            <source>{n} error(s); nothing will be imported until they are fixed:</source>
            <translation>عدد الأخطاء {n}؛ لن يُستورد أي شيء حتى يتم إصلاحها:</translation>
        </message>
        <message>
            <source>… and {n} more errors not listed.</source>
            <translation>… و{n} أخطاء أخرى غير مدرجة.</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>«{name}» غير موجود أو ليس ملفًا.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>«{name}» أكبر من أن يُستورد ({mb} ميغابايت؛ الحد الأقصى {max} ميغابايت).</translation>
        </message>
        <message>
            <source>“{name}” is an old-style .xls workbook or is protected by a password. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) without a password.</source>
            <translation>«{name}» مصنف قديم بتنسيق ‎.xls أو محمي بكلمة مرور. افتحه في برنامج جداول بيانات واحفظه كمصنف Excel ‏(‎.xlsx) دون كلمة مرور.</translation>
        </message>
        <message>
            <source>“{name}” is not an Excel workbook (.xlsx).</source>
            <translation>«{name}» ليس مصنف Excel ‏(‎.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is damaged and cannot be read ({reason}).</source>
            <translation>«{name}» تالف ولا يمكن قراءته ({reason}).</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB unpacked; at most {max} MB).</source>
            <translation>«{name}» أكبر من أن يُستورد ({mb} ميغابايت بعد فك الضغط؛ الحد الأقصى {max} ميغابايت).</translation>
        </message>
        <message>
            <source>“{name}” holds more than {max} different texts, more than a workbook within the import's limits can need; it was refused.</source>
            <translation>يحتوي «{name}» على أكثر من {max} نص مختلف، وهو أكثر مما قد يحتاجه مصنف ضمن حدود الاستيراد؛ ولذلك رُفض.</translation>
        </message>
        <message>
            <source>“{name}” contains constructs that no spreadsheet program writes (XML entity declarations or an extreme compression ratio) and was refused as potentially harmful.</source>
            <translation>يحتوي «{name}» على بنى لا يكتبها أي برنامج جداول بيانات (تعريفات كيانات XML أو نسبة ضغط مفرطة)، ورُفض لاحتمال أن يكون ضارًا.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import.</source>
            <translation>«{name}» أكبر من أن يُستورد.</translation>
        </message>
        <message>
            <source>Importing needs the defusedxml package, which protects against harmful workbooks; it is not installed.</source>
            <translation>يتطلب الاستيراد الحزمة defusedxml التي تحمي من المصنفات الضارة؛ وهي غير مثبتة.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} filled cells; split the workbook.</source>
            <translation>تحتوي الورقة {sheet} في «{name}» على أكثر من {max} خلية مملوءة؛ قسّم المصنف.</translation>
        </message>
        <message>
            <source>Sheet {sheet} of “{name}” has more than {max} rows; split the workbook.</source>
            <translation>تحتوي الورقة {sheet} في «{name}» على أكثر من {max} صف؛ قسّم المصنف.</translation>
        </message>
        <message>
            <source>{first}, … ({n} values; see the drop-down list)</source>
            <translation>{first}، … ({n} من القيم؛ انظر القائمة المنسدلة)</translation>
        </message>
        <message>
            <source>“{value}”: several values are separated by “; ”, not by commas (a comma may be part of a value); write “{fixed}”</source>
            <translation>«{value}»: تُفصل القيم المتعددة بـ «; » لا بالفواصل (فقد تكون الفاصلة جزءًا من القيمة)؛ اكتب «{fixed}»</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values: {allowed}</source>
            <translation>«{value}» ليس من القيم المسموح بها: {allowed}</translation>
        </message>
        <message>
            <source>{values} are not among the allowed values: {allowed}</source>
            <translation>{values} ليست من القيم المسموح بها: {allowed}</translation>
        </message>
        <message>
            <source>. Did you mean “{suggestion}”?</source>
            <translation>. هل تقصد «{suggestion}»؟</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>Problems found (nothing is imported while there are any):</source>
            <translation>المشكلات المكتشفة (لا يُستورد أي شيء ما دامت موجودة):</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import workbook</source>
            <translation>استيراد مصنف</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>الورقة</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>مضاف</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>محدَّث</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>دون تغيير</translation>
        </message>
        <message>
            <source>{added} record(s) will be added and {updated} updated. The import is one step: Undo takes it back.</source>
            <translation>ستُضاف سجلات عددها {added} ويُحدَّث {updated}. الاستيراد خطوة واحدة: يتراجع «تراجع» عنه بالكامل.</translation>
        </message>
        <message>
            <source>The workbook cannot be imported until the problems below are fixed.</source>
            <translation>لا يمكن استيراد المصنف حتى تُصلح المشكلات الواردة أدناه.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Power–interest grid</source>
            <translation>مصفوفة النفوذ والاهتمام</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Unknown language “{code}”; use one of: {codes}.</source>
            <translation>لغة غير معروفة «{code}»؛ استخدم إحدى اللغات التالية: {codes}.</translation>
        </message>
        <message>
            <source>{n} texts are not yet translated into “{code}”; they appear in English.</source>
            <translation>{n} من النصوص لم تُترجم بعد إلى «{code}»؛ وهي تظهر بالإنكليزية.</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>{user} on {host} (process {pid}) since {when}</source>
            <translation>{user} على {host} (العملية {pid}) منذ {when}</translation>
        </message>
        <message>
            <source>The folder “{name}” stays locked by another program; try again in a moment.</source>
            <translation>لا يزال المجلد «{name}» مقفلًا من قِبل برنامج آخر؛ حاول مرة أخرى بعد قليل.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window: {holder}.</source>
            <translation>«{name}» مفتوح في نافذة أخرى: {holder}.</translation>
        </message>
        <message>
            <source>“{name}” beside the workshop is a folder, not a lock record; remove it and try again.</source>
            <translation>«{name}» الموجود بجانب حلقة العمل مجلد، وليس ملف قفل؛ احذفه وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” was opened by another program just now; try again.</source>
            <translation>فتح برنامج آخر «{name}» للتو؛ حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” is open in a window: {holder}. Close it there first.</source>
            <translation>«{name}» مفتوح في نافذة: {holder}. أغلقه هناك أولًا.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>حلقة عمل &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>Open the &amp;sample workshop</source>
            <translation>فتح حلقة العمل ال&amp;نموذجية</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>حفظ نسخة &amp;باسم…</translation>
        </message>
        <message>
            <source>&amp;Import workbook…</source>
            <translation>ا&amp;ستيراد مصنف…</translation>
        </message>
        <message>
            <source>Import indicator &amp;values…</source>
            <translation>استيراد &amp;قيم المؤشرات…</translation>
        </message>
        <message>
            <source>Read the values of indicators from a table a statistical office published (CSV or Excel, long or wide)</source>
            <translation>قراءة قيم المؤشرات من جدول نشره مكتب إحصاء (CSV أو Excel، بتنسيق طويل أو عريض)</translation>
        </message>
        <message>
            <source>Copy for a &amp;working group…</source>
            <translation>نسخة لفريق &amp;عامل…</translation>
        </message>
        <message>
            <source>Save a copy for a working group to edit on another laptop, to merge back later</source>
            <translation>حفظ نسخة يحرّرها فريق عامل على حاسوب محمول آخر، لدمجها لاحقًا</translation>
        </message>
        <message>
            <source>&amp;Merge working-group files…</source>
            <translation>&amp;دمج ملفات الأفرقة العاملة…</translation>
        </message>
        <message>
            <source>Merge the working groups' copies into a new workshop file, deciding every conflict</source>
            <translation>دمج نسخ الأفرقة العاملة في ملف حلقة عمل جديد، مع البتّ في كل تعارض</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>النسخ ال&amp;احتياطية…</translation>
        </message>
        <message>
            <source>The automatic backups of this workshop; restore one as a new file</source>
            <translation>النسخ الاحتياطية التلقائية لحلقة العمل هذه؛ واستعادة إحداها كملف جديد</translation>
        </message>
        <message>
            <source>C&amp;heck workshop</source>
            <translation>ف&amp;حص حلقة العمل</translation>
        </message>
        <message>
            <source>Check the file's integrity and every record</source>
            <translation>فحص سلامة الملف وجميع السجلات</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>إ&amp;غلاق حلقة العمل</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>سجل &amp;جديد</translation>
        </message>
        <message>
            <source>Add a record to the register shown (Ctrl+N)</source>
            <translation>إضافة سجل إلى القائمة المعروضة (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Delete record</source>
            <translation>&amp;حذف السجل</translation>
        </message>
        <message>
            <source>&amp;Find in the workshop…</source>
            <translation>ال&amp;بحث في حلقة العمل…</translation>
        </message>
        <message>
            <source>Search every register of the workshop and go to the record</source>
            <translation>البحث في جميع سجلات حلقة العمل والانتقال إلى السجل</translation>
        </message>
        <message>
            <source>F&amp;ilter this table</source>
            <translation>&amp;تصفية هذا الجدول</translation>
        </message>
        <message>
            <source>Record &amp;history…</source>
            <translation>&amp;محفوظات تغييرات السجل…</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>من غيّر السجل المحدد، ومتى، وماذا غيّر (Ctrl+H)</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;وضع العرض التقديمي</translation>
        </message>
        <message>
            <source>Full screen, large type, for the projector (F11)</source>
            <translation>ملء الشاشة بخط كبير، لجهاز العرض (F11)</translation>
        </message>
        <message>
            <source>Show &amp;guidance</source>
            <translation>إظهار الإ&amp;رشادات</translation>
        </message>
        <message>
            <source>P&amp;revious step</source>
            <translation>المرحلة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>Ne&amp;xt step</source>
            <translation>المرحلة ال&amp;تالية</translation>
        </message>
        <message>
            <source>&amp;About Mainstream Desktop</source>
            <translation>&amp;حول Mainstream Desktop</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>Go to page {n}</source>
            <translation>الانتقال إلى الصفحة {n}</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>فتح الملفات ال&amp;أخيرة</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Export &amp;PDF report…</source>
            <translation>تصدير تقرير &amp;PDF…</translation>
        </message>
        <message>
            <source>Write the report as a PDF (options on the Deliverables page)</source>
            <translation>كتابة التقرير بصيغة PDF (الخيارات في صفحة المخرجات)</translation>
        </message>
        <message>
            <source>Export &amp;Excel workbook…</source>
            <translation>تصدير مصنف &amp;Excel…</translation>
        </message>
        <message>
            <source>Write the workbook to fill in and send back</source>
            <translation>كتابة المصنف لملئه وإعادته</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(لا يوجد)</translation>
        </message>
        <message>
            <source>{title} — Working group: {group}</source>
            <translation>{title} — الفريق العامل: {group}</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (للقراءة فقط)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>للقراءة فقط</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>تم حفظ جميع التغييرات</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>مرحبًا</translation>
        </message>
        <message>
            <source>Opening “{name}”…</source>
            <translation>جارٍ فتح «{name}»…</translation>
        </message>
        <message>
            <source>Cannot open the workshop</source>
            <translation>يتعذر فتح حلقة العمل</translation>
        </message>
        <message>
            <source>“{name}” cannot be read: {reason}</source>
            <translation>تتعذر قراءة «{name}»: {reason}</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>يتعذر التراجع</translation>
        </message>
        <message>
            <source>The workshop was not closed properly last time: its last saved state was recovered (the file and journal as found are kept in its backups).</source>
            <translation>لم تُغلق حلقة العمل بشكل صحيح في المرة السابقة: استُعيدت آخر حالة محفوظة لها (يُحتفظ بالملف والسجل كما وُجدا ضمن نسخها الاحتياطية).</translation>
        </message>
        <message>
            <source>Open a workshop</source>
            <translation>فتح حلقة عمل</translation>
        </message>
        <message>
            <source>Cannot write the sample</source>
            <translation>تتعذر كتابة النموذج</translation>
        </message>
        <message>
            <source>Cannot create the workshop</source>
            <translation>يتعذر إنشاء حلقة العمل</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>نسخة</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>حفظ نسخة باسم</translation>
        </message>
        <message>
            <source>Cannot save a copy</source>
            <translation>يتعذر حفظ نسخة</translation>
        </message>
        <message>
            <source>Copy saved as {path}</source>
            <translation>حُفظت النسخة باسم {path}</translation>
        </message>
        <message>
            <source>Last change written to the file at {time}</source>
            <translation>كُتب آخر تغيير في الملف الساعة {time}</translation>
        </message>
        <message>
            <source>About Mainstream Desktop</source>
            <translation>حول Mainstream Desktop</translation>
        </message>
        <message>
            <source>Portable mode: settings, backups and logs are kept in “{folder}”, beside the program.</source>
            <translation>الوضع المحمول: تُحفظ الإعدادات والنسخ الاحتياطية وملفات السجل في «{folder}»، بجانب البرنامج.</translation>
        </message>
        <message>
            <source>Settings, backups and logs are kept in “{folder}”.</source>
            <translation>تُحفظ الإعدادات والنسخ الاحتياطية وملفات السجل في «{folder}».</translation>
        </message>
        <message>
            <source>Mainstream Desktop {version}

Walks a national working group through mainstreaming migration into development planning. Every change is written to the workshop file the moment it is made.</source>
            <translation>Mainstream Desktop {version}

يرشد فريقًا عاملًا وطنيًا خطوة بخطوة في تعميم مراعاة الهجرة في تخطيط التنمية. يُكتب كل تغيير في ملف حلقة العمل لحظة إجرائه.</translation>
        </message>
    </context>
    <context>
        <name>Menu</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;اللغة</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>لغة النظام</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Name at least two workshop files to merge.</source>
            <translation>حدِّد ملفَّي حلقة عمل على الأقل لدمجهما.</translation>
        </message>
        <message>
            <source>{n} conflict(s); nothing was written. Decide them in the window (File ▸ Merge working-group files…) or add --resolve newest or --resolve FILE.</source>
            <translation>عدد التعارضات: {n}؛ لم يُكتب أي شيء. احسمها في النافذة (ملف ◂ دمج ملفات الأفرقة العاملة…) أو أضف ‎--resolve newest أو ‎--resolve FILE.</translation>
        </message>
        <message>
            <source>--resolve takes “newest” or one of the files being merged, not “{value}”.</source>
            <translation>يقبل الخيار ‎--resolve القيمة «newest» أو أحد الملفات الجاري دمجها، وليس «{value}».</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>معدَّل</translation>
        </message>
        <message>
            <source>refers to it</source>
            <translation>يشير إليه</translation>
        </message>
        <message>
            <source>changed differently</source>
            <translation>غُيِّر بشكل مختلف</translation>
        </message>
        <message>
            <source>edited in one file, deleted in another</source>
            <translation>عُدِّل في ملف وحُذف في ملف آخر</translation>
        </message>
        <message>
            <source>refers to a record another file deleted</source>
            <translation>يشير إلى سجل حذفه ملف آخر</translation>
        </message>
        <message>
            <source>added in two files with the same name</source>
            <translation>أُضيف في ملفين بالاسم نفسه</translation>
        </message>
        <message>
            <source>parents form a cycle once combined</source>
            <translation>تُشكّل الأصول دائرة مغلقة عند الجمع بين الملفات</translation>
        </message>
        <message>
            <source>“{name}” is a copy of another workshop than “{first}”; only copies of one workshop can be merged.</source>
            <translation>«{name}» نسخة من حلقة عمل غير التي نُسخ منها «{first}»؛ لا يمكن الدمج إلا بين نسخ حلقة العمل نفسها.</translation>
        </message>
        <message>
            <source>“{name}” has a damaged change journal (entry {n}); it cannot be merged. Check it with “mainstream-desktop check”.</source>
            <translation>سجل التغييرات في «{name}» تالف (الإدخال {n})؛ لا يمكن دمجه. افحصه باستخدام «mainstream-desktop check».</translation>
        </message>
        <message>
            <source>device {id}</source>
            <translation>الجهاز {id}</translation>
        </message>
        <message>
            <source>{n} conflict(s) are not decided; nothing was written.</source>
            <translation>لم يُبتّ في تعارضات عددها {n}؛ لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>The merged workshop would not be valid: {why}. Nothing was written.</source>
            <translation>لن تكون حلقة العمل المدمجة صالحة: {why}. لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>A working group needs a name (at most 80 characters).</source>
            <translation>يجب أن يكون للفريق العامل اسم (80 حرفًا كحد أقصى).</translation>
        </message>
        <message>
            <source>{name} [{group}]:</source>
            <translation>{name} [{group}]:</translation>
        </message>
        <message>
            <source>no changes since the copies parted</source>
            <translation>لا توجد تغييرات منذ إنشاء النسخ</translation>
        </message>
        <message>
            <source>{register}: {added} added, {changed} changed, {deleted} deleted</source>
            <translation>{register}: الإضافات {added}، والتغييرات {changed}، وعمليات الحذف {deleted}</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge working-group files</source>
            <translation>دمج ملفات الأفرقة العاملة</translation>
        </message>
        <message>
            <source>Review the merge</source>
            <translation>مراجعة الدمج</translation>
        </message>
        <message>
            <source>Newest wins for the rest</source>
            <translation>اعتماد الأحدث لما تبقى</translation>
        </message>
        <message>
            <source>Decide every conflict still open by keeping the latest change (a name added twice keeps both records)</source>
            <translation>البتّ في كل تعارض لم يُحسم بعد بالإبقاء على أحدث تغيير (عند إضافة اسم مرتين يُحتفظ بالسجلين كليهما)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>دمج…</translation>
        </message>
        <message>
            <source>Write the merged workshop as a new file</source>
            <translation>كتابة حلقة العمل المدمجة كملف جديد</translation>
        </message>
        <message>
            <source>Working groups' files to merge</source>
            <translation>ملفات الأفرقة العاملة المراد دمجها</translation>
        </message>
        <message>
            <source>{name} — the workshop open in this window</source>
            <translation>{name} — حلقة العمل المفتوحة في هذه النافذة</translation>
        </message>
        <message>
            <source>Reading {n} files…</source>
            <translation>جارٍ قراءة الملفات ({n})…</translation>
        </message>
        <message>
            <source>No conflicts: the files' changes fit together.</source>
            <translation>لا توجد تعارضات: تغييرات الملفات متوافقة.</translation>
        </message>
        <message>
            <source>This workshop</source>
            <translation>حلقة العمل هذه</translation>
        </message>
        <message>
            <source>Step and register</source>
            <translation>المرحلة والقائمة</translation>
        </message>
        <message>
            <source>No file changed anything since the copies were made.</source>
            <translation>لم يغيّر أي ملف شيئًا منذ إنشاء النسخ.</translation>
        </message>
        <message>
            <source>keep both</source>
            <translation>الإبقاء على كليهما</translation>
        </message>
        <message>
            <source>{group}'s version</source>
            <translation>نسخة {group}</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>الإبقاء</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>النسخة</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>صاحب التغيير</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Keep all of them (all but the oldest are renamed after their group)</source>
            <translation>الإبقاء عليها جميعًا (يُعاد تسمية كلٍّ منها باسم فريقه، باستثناء الأقدم)</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>مدمجة</translation>
        </message>
        <message>
            <source>Save the merged workshop as</source>
            <translation>حفظ حلقة العمل المدمجة باسم</translation>
        </message>
        <message>
            <source>“{name}” is one of the files being merged; choose a new file for the result.</source>
            <translation>«{name}» من الملفات الجاري دمجها؛ اختر ملفًا جديدًا للنتيجة.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>جارٍ كتابة {name}…</translation>
        </message>
        <message>
            <source>Merged: {n} change(s) written to {path}.</source>
            <translation>تم الدمج: كُتبت تغييرات عددها {n} في {path}.</translation>
        </message>
        <message>
            <source>Merge written</source>
            <translation>تمت كتابة نتيجة الدمج</translation>
        </message>
        <message>
            <source>The merged workshop was written to “{name}”. None of the merged files was changed. Open the merged workshop now?</source>
            <translation>كُتبت حلقة العمل المدمجة في «{name}». لم يتغير أي من الملفات المدمجة. هل تريد فتح حلقة العمل المدمجة الآن؟</translation>
        </message>
        <message>
            <source>Failed: {reason}</source>
            <translation>فشل: {reason}</translation>
        </message>
        <message>
            <source>{n} files</source>
            <translation>عدد الملفات: {n}</translation>
        </message>
        <message>
            <source>{files}; no conflicts. Press Merge… to write the merged workshop.</source>
            <translation>{files}؛ لا توجد تعارضات. اضغط «دمج…» لكتابة حلقة العمل المدمجة.</translation>
        </message>
        <message>
            <source>{files}; {total} conflict(s), {left} still to decide: choose a version for each, or let the newest win for the rest.</source>
            <translation>{files}؛ عدد التعارضات {total}، ولم يُبتّ بعد في {left} منها: اختر نسخة لكل منها، أو اعتمد الأحدث لما تبقى.</translation>
        </message>
        <message>
            <source>{files}; all {total} conflict(s) decided. Press Merge… to write the merged workshop.</source>
            <translation>{files}؛ تم البتّ في جميع التعارضات ({total}). اضغط «دمج…» لكتابة حلقة العمل المدمجة.</translation>
        </message>
    </context>
    <context>
        <name>MergeReview</name>
        <message>
            <source>{added} added, {changed} changed, {deleted} deleted</source>
            <translation>الإضافات {added}، والتغييرات {changed}، وعمليات الحذف {deleted}</translation>
        </message>
        <message>
            <source>Changed differently</source>
            <translation>تغييرات مختلفة</translation>
        </message>
        <message>
            <source>Edited here, deleted there</source>
            <translation>عُدِّل هنا وحُذف هناك</translation>
        </message>
        <message>
            <source>Refers to a deleted record</source>
            <translation>يشير إلى سجل محذوف</translation>
        </message>
        <message>
            <source>Added twice</source>
            <translation>أُضيف مرتين</translation>
        </message>
        <message>
            <source>Parents in a circle</source>
            <translation>أصول في دائرة مغلقة</translation>
        </message>
        <message>
            <source>{what}: the files changed this field to different values. Keep one of them.</source>
            <translation>{what}: غيّرت الملفات هذا الحقل إلى قيم مختلفة. أبقِ على إحداها.</translation>
        </message>
        <message>
            <source>{what} was deleted in one file and edited in another. Delete it, or keep it with the edits.</source>
            <translation>{what}: حُذف السجل في ملف وعُدِّل في ملف آخر. احذفه، أو أبقِ عليه مع التعديلات.</translation>
        </message>
        <message>
            <source>{what} refers to a record another file deleted. Let the deletion stand (the reference goes), or keep the record it refers to.</source>
            <translation>{what}: يشير إلى سجل حذفه ملف آخر. أبقِ على الحذف (فتُزال الإحالة)، أو أبقِ على السجل المُشار إليه.</translation>
        </message>
        <message>
            <source>Two files each added a record with the same name. Keep one (the other's references move to it), or keep both (the later one is renamed after its group).</source>
            <translation>أضاف كلٌّ من ملفين سجلًا بالاسم نفسه. أبقِ على أحدهما (فتنتقل إليه إحالات الآخر)، أو أبقِ على كليهما (فيُعاد تسمية الأحدث باسم فريقه).</translation>
        </message>
        <message>
            <source>{what}: once combined, these records would each be the other's parent. Keep one side; the other's parent is cleared.</source>
            <translation>{what}: عند الجمع بين الملفات، سيصبح كلٌّ من هذين السجلين أصلًا للآخر. أبقِ على أحد الطرفين؛ ويُمسح أصل الطرف الآخر.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>حُذف السجل</translation>
        </message>
        <message>
            <source>Edited the record: keep it, with the edits</source>
            <translation>عُدِّل السجل: الإبقاء عليه مع التعديلات</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the {what} referring to it is deleted too</source>
            <translation>حُذف «{name}»: ويُحذف أيضًا السجل ({what}) الذي يشير إليه</translation>
        </message>
        <message>
            <source>Deleted “{name}”: the reference to it is cleared</source>
            <translation>حُذف «{name}»: وتُمسح الإحالة إليه</translation>
        </message>
        <message>
            <source>Refers to “{name}”: keep “{name}”</source>
            <translation>يشير إلى «{name}»: الإبقاء على «{name}»</translation>
        </message>
        <message>
            <source>Added “{name}”: keep this one</source>
            <translation>أُضيف «{name}»: الإبقاء على هذا السجل</translation>
        </message>
        <message>
            <source>Put “{child}” under “{parent}”</source>
            <translation>وضع «{child}» تحت «{parent}»</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>شخص ما</translation>
        </message>
        <message>
            <source>{user}
device {device}</source>
            <translation>{user}
الجهاز {device}</translation>
        </message>
        <message>
            <source>The working groups' files to merge, copies of this one workshop. The first is the base; the merged workshop is written as a new file, and none of these files is changed.</source>
            <translation>ملفات الأفرقة العاملة المراد دمجها، وهي نسخ من حلقة العمل هذه نفسها. الملف الأول هو الأساس؛ وتُكتب حلقة العمل المدمجة كملف جديد، ولا يتغير أي من هذه الملفات.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>إضافة ملفات…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>What each file changed since the copies were made (+ added, ~ changed, − deleted)</source>
            <translation>ما غيّره كل ملف منذ إنشاء النسخ (+ مضاف، ~ مُغيَّر، − محذوف)</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <source>Conflicts: for each, choose the version that goes into the merged workshop</source>
            <translation>التعارضات: اختر لكل منها النسخة التي تدخل في حلقة العمل المدمجة</translation>
        </message>
    </context>
    <context>
        <name>MultiEditor</name>
        <message>
            <source>Filter…</source>
            <translation>تصفية…</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Steps</source>
            <translation>الخطوات</translation>
        </message>
        <message>
            <source>The steps of the workshop and how complete each is; Alt+1 to Alt+9 go to a step</source>
            <translation>خطوات حلقة العمل ومدى اكتمال كل منها؛ يؤدي Alt+1 إلى Alt+9 إلى خطوة</translation>
        </message>
        <message>
            <source>Alt+{n}</source>
            <translation>Alt+{n}</translation>
        </message>
        <message>
            <source>{step}: {done} of {total} checks done</source>
            <translation>{step}: أُنجز {done} من {total} من عمليات التحقق</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>ما زال مطلوبًا:</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>مكتمل</translation>
        </message>
    </context>
    <context>
        <name>NetworkView</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>لا يوجد ما يُعرض بعد.</translation>
        </message>
        <message>
            <source>Add stakeholders and the links between them (who reports to, funds or works with whom).</source>
            <translation>أضف أصحاب المصلحة والروابط بينهم (من يرفع تقاريره إلى من، ومن يموّل من أو يعمل معه).</translation>
        </message>
        <message>
            <source>{name}
{type}
Influence {weight} · {links} link(s)</source>
            <translation>{name}
{type}
النفوذ {weight} · الروابط: {links}</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>العلاقة</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>الحجم</translation>
        </message>
        <message>
            <source>Larger = more influence</source>
            <translation>أكبر = نفوذ أكبر</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>فئة صاحب المصلحة</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshop</name>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;العنوان</translation>
        </message>
        <message>
            <source>e.g. National consultation on migration and development</source>
            <translation>مثال: المشاورة الوطنية بشأن الهجرة والتنمية</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>ال&amp;بلد</translation>
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation>&amp;تبدأ في</translation>
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation>ت&amp;نتهي في</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>حلقة عمل جديدة</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>اكتب للبحث…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>إنشاء</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>حلقة عمل</translation>
        </message>
        <message>
            <source>Keep the workshop in</source>
            <translation>حفظ حلقة العمل في</translation>
        </message>
        <message>
            <source>Give the workshop a title.</source>
            <translation>أعطِ حلقة العمل عنوانًا.</translation>
        </message>
        <message>
            <source>Choose the country from the list.</source>
            <translation>اختر البلد من القائمة.</translation>
        </message>
        <message>
            <source>Choose where to keep the workshop file.</source>
            <translation>اختر مكان حفظ ملف حلقة العمل.</translation>
        </message>
        <message>
            <source>“{name}” already exists; choose another file name.</source>
            <translation>«{name}» موجود بالفعل؛ اختر اسم ملف آخر.</translation>
        </message>
    </context>
    <context>
        <name>PictureFrame</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>لا يوجد ما يُعرض بعد.</translation>
        </message>
        <message>
            <source>Open or create a workshop.</source>
            <translation>افتح حلقة عمل أو أنشئ واحدة.</translation>
        </message>
    </context>
    <context>
        <name>PictureHost</name>
        <message>
            <source>This picture cannot be shown.</source>
            <translation>يتعذر عرض هذه الصورة.</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>مصفوفة النفوذ والاهتمام</translation>
        </message>
        <message>
            <source>Network of stakeholders</source>
            <translation>شبكة أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Coverage heatmap</source>
            <translation>خريطة التغطية</translation>
        </message>
        <message>
            <source>Coherence overview</source>
            <translation>نظرة عامة على الاتساق</translation>
        </message>
        <message>
            <source>Trends of the indicators</source>
            <translation>اتجاهات المؤشرات</translation>
        </message>
        <message>
            <source>Arrow keys move between the items, Enter opens the selected one beside the chart.</source>
            <translation>تنقّل مفاتيح الأسهم بين العناصر، ويفتح Enter العنصر المحدد بجانب الرسم.</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>Type not set</source>
            <translation>الفئة غير محددة</translation>
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
النفوذ {influence}، الاهتمام {interest}</translation>
        </message>
        <message>
            <source>Stakeholders in this cell</source>
            <translation>أصحاب المصلحة في هذه الخانة</translation>
        </message>
        <message>
            <source>Interest in the outcome</source>
            <translation>الاهتمام بالنتيجة</translation>
        </message>
        <message>
            <source>Influence over the process</source>
            <translation>النفوذ على العملية</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>لا يوجد ما يُعرض بعد.</translation>
        </message>
        <message>
            <source>Rate the stakeholders' influence and interest (1–5) and they appear on the grid, where you can drag them between cells.</source>
            <translation>قيّم نفوذ أصحاب المصلحة واهتمامهم (1–5) فيظهرون في المصفوفة، حيث يمكنك سحبهم بين الخلايا.</translation>
        </message>
        <message>
            <source>Stakeholder type</source>
            <translation>فئة صاحب المصلحة</translation>
        </message>
        <message>
            <source>Reading the grid</source>
            <translation>كيفية قراءة المصفوفة</translation>
        </message>
    </context>
    <context>
        <name>ReadOnly</name>
        <message>
            <source>This workshop is open read-only; nothing was changed.</source>
            <translation>حلقة العمل هذه مفتوحة للقراءة فقط؛ لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>برنامج آخر</translation>
        </message>
        <message>
            <source>“{name}” is being written just now; try again in a moment.</source>
            <translation>تجري الكتابة في «{name}» الآن؛ حاول مرة أخرى بعد لحظة.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>حلقة العمل قيد الاستخدام</translation>
        </message>
        <message>
            <source>You can open it read-only: you see it as it is now and can export the report and workbook, but cannot change it. To edit, close it in the other window first.</source>
            <translation>يمكنك فتحها للقراءة فقط: ستراها كما هي الآن ويمكنك تصدير التقرير والمصنف، لكن لا يمكنك تغييرها. للتحرير، أغلقها في النافذة الأخرى أولًا.</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>فتح للقراءة فقط</translation>
        </message>
        <message>
            <source>The workshop is open read-only; nothing was changed.</source>
            <translation>حلقة العمل مفتوحة للقراءة فقط؛ لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>Read-only — held by {holder}.</source>
            <translation>للقراءة فقط — مقفلة من قِبل {holder}.</translation>
        </message>
        <message>
            <source>You see the workshop as it was when you opened it. Exports work; nothing can be changed. To edit, close it in the other window, then open it again.</source>
            <translation>ترى حلقة العمل كما كانت عند فتحها. التصدير متاح؛ ولا يمكن تغيير أي شيء. للتحرير، أغلقها في النافذة الأخرى، ثم افتحها مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>New: {what}</source>
            <translation>جديد: {what}</translation>
        </message>
        <message>
            <source>Select a record to see it</source>
            <translation>اختر سجلًا لعرضه</translation>
        </message>
        <message>
            <source>Select a record, or press Ctrl+N to add one</source>
            <translation>اختر سجلًا، أو اضغط Ctrl+N لإضافة سجل</translation>
        </message>
        <message>
            <source>Last changed {when}</source>
            <translation>آخر تغيير {when}</translation>
        </message>
        <message>
            <source>Added. Press Ctrl+N to add another.</source>
            <translation>تمت الإضافة. اضغط Ctrl+N لإضافة سجل آخر.</translation>
        </message>
        <message>
            <source>Nothing was added.</source>
            <translation>لم يُضف أي شيء.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>لم تتم الإضافة — {reason}</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add the record (Enter)</source>
            <translation>إضافة السجل (Enter)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Discard the new record (Esc)</source>
            <translation>تجاهل السجل الجديد (Esc)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>جلسة</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>الالتزامات</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>التزام</translation>
        </message>
        <message>
            <source>Coordination mechanisms</source>
            <translation>آليات التنسيق</translation>
        </message>
        <message>
            <source>Coordination mechanism</source>
            <translation>آلية تنسيق</translation>
        </message>
        <message>
            <source>Mechanism members</source>
            <translation>أعضاء الآليات</translation>
        </message>
        <message>
            <source>Mechanism member</source>
            <translation>عضو آلية</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>International instruments</source>
            <translation>الصكوك الدولية</translation>
        </message>
        <message>
            <source>Instrument status</source>
            <translation>وضع صك</translation>
        </message>
        <message>
            <source>Readiness checklist</source>
            <translation>قائمة التحقق من الجاهزية</translation>
        </message>
        <message>
            <source>Readiness item</source>
            <translation>بند جاهزية</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Stakeholder</source>
            <translation>صاحب مصلحة</translation>
        </message>
        <message>
            <source>Stakeholder links</source>
            <translation>الروابط بين أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Stakeholder link</source>
            <translation>رابط بين أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>مصادر البيانات</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>مصدر بيانات</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>مؤشر</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>تغطية المؤشرات</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>تغطية</translation>
        </message>
        <message>
            <source>Indicator values</source>
            <translation>قيم المؤشرات</translation>
        </message>
        <message>
            <source>Indicator value</source>
            <translation>قيمة مؤشر</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>القيم</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>القطاعات</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>قطاع</translation>
        </message>
        <message>
            <source>Sector assessments</source>
            <translation>تقييمات القطاعات</translation>
        </message>
        <message>
            <source>Sector assessment</source>
            <translation>تقييم قطاع</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>السياسات</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>سياسة</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>إجراء</translation>
        </message>
        <message>
            <source>Review calendar</source>
            <translation>جدول الاستعراضات</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>استعراض</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>الاستعراضات</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search {what}…</source>
            <translation>بحث: {what}…</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>Add a {what} (Ctrl+N)</source>
            <translation>إضافة {what} (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the selected record ({key}; {table_key} in the table)</source>
            <translation>حذف السجل المحدد ({key}؛ {table_key} في الجدول)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>محفوظات التغييرات</translation>
        </message>
        <message>
            <source>Who changed the selected record, when, and what (Ctrl+H)</source>
            <translation>من غيّر السجل المحدد، ومتى، وماذا غيّر (Ctrl+H)</translation>
        </message>
        <message>
            <source>The workshop is open read-only</source>
            <translation>حلقة العمل مفتوحة للقراءة فقط</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} من {total}</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>محفوظات التغييرات…</translation>
        </message>
        <message>
            <source>Select a record to see its history.</source>
            <translation>اختر سجلًا لعرض محفوظات تغييراته.</translation>
        </message>
        <message>
            <source>Delete with dependents?</source>
            <translation>هل تريد الحذف مع السجلات التابعة؟</translation>
        </message>
        <message>
            <source>“{name}” is used by {count} other record(s). Delete it and remove those records or references too? (Undo brings everything back.)</source>
            <translation>يستخدم «{name}» عددٌ من السجلات الأخرى قدره {count}. هل تريد حذفه وإزالة تلك السجلات أو الإحالات أيضًا؟ (يعيد «تراجع» كل شيء.)</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>يتعذر الحذف</translation>
        </message>
        <message>
            <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
            <translation>حُذف «{name}». يعيده Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Unknown paper size “{paper}” (use a4 or letter).</source>
            <translation>حجم ورق غير معروف «{paper}» (استخدم a4 أو letter).</translation>
        </message>
        <message>
            <source>Unknown report language “{lang}”.</source>
            <translation>لغة تقرير غير معروفة «{lang}».</translation>
        </message>
        <message>
            <source>Mainstreaming migration into development planning</source>
            <translation>تعميم مراعاة الهجرة في تخطيط التنمية</translation>
        </message>
        <message>
            <source>Draft for validation</source>
            <translation>مسودة للمصادقة</translation>
        </message>
        <message>
            <source>migration</source>
            <translation>الهجرة</translation>
        </message>
        <message>
            <source>development planning</source>
            <translation>التخطيط الإنمائي</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Global Compact for Migration</source>
            <translation>الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</translation>
        </message>
        <message>
            <source>Actions are ranked by priority (high, medium, low); actions of equal priority by expected impact (5 = transformative first), then by feasibility (5 = ready to start first); then by the shorter timeframe.</source>
            <translation>رُتّبت الإجراءات حسب الأولوية (عالية، متوسطة، منخفضة)؛ ورُتّبت الإجراءات المتساوية في الأولوية حسب الأثر المتوقع (5 = تحويلي أولًا)، ثم حسب الجدوى (5 = جاهز للبدء أولًا)؛ ثم حسب الإطار الزمني الأقصر.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>Prioritised actions</source>
            <translation>الإجراءات ذات الأولوية</translation>
        </message>
        <message>
            <source>Impact / feasibility</source>
            <translation>الأثر / الجدوى</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Estimated cost</source>
            <translation>التكلفة التقديرية</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Actions by priority and timeframe</source>
            <translation>الإجراءات حسب الأولوية والإطار الزمني</translation>
        </message>
        <message>
            <source>Working groups whose work was merged</source>
            <translation>الأفرقة العاملة التي دُمج عملها</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>الفريق العامل</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Merged on</source>
            <translation>تاريخ الدمج</translation>
        </message>
        <message>
            <source>Annex {letter}. {title}</source>
            <translation>المرفق {letter}. {title}</translation>
        </message>
        <message>
            <source>Reference lists used</source>
            <translation>القوائم المرجعية المستخدمة</translation>
        </message>
        <message>
            <source>SDG targets and indicators</source>
            <translation>غايات ومؤشرات أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>التنقيح</translation>
        </message>
        <message>
            <source>Source: United Nations, global indicator framework for the Sustainable Development Goals (A/RES/71/313 and later revisions).</source>
            <translation>المصدر: الأمم المتحدة، إطار المؤشرات العالمي لأهداف التنمية المستدامة (A/RES/71/313 والتنقيحات اللاحقة).</translation>
        </message>
        <message>
            <source>Objectives of the Global Compact for Migration</source>
            <translation>أهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Source: Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195).</source>
            <translation>المصدر: الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية (A/RES/73/195).</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>الاسم المختصر</translation>
        </message>
        <message>
            <source>Source: the texts of the instruments, by title and year of adoption.</source>
            <translation>المصدر: نصوص الصكوك، حسب العنوان وسنة الاعتماد.</translation>
        </message>
        <message>
            <source>SDG titles follow the global indicator framework as revised in 2025 (E/CN.3/2025/6) where the revision column says 2025.</source>
            <translation>تتبع عناوين أهداف التنمية المستدامة إطار المؤشرات العالمي بصيغته المنقحة في عام 2025 (E/CN.3/2025/6) حيثما يشير عمود التنقيح إلى 2025.</translation>
        </message>
        <message>
            <source>Recorded but not listed: regional instruments of an organisation the workshop's country is not recorded as a member of: {names}.</source>
            <translation>صكوك مسجَّلة غير مدرجة: صكوك إقليمية لمنظمات لم يُسجَّل بلد حلقة العمل عضوًا فيها: {names}.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Members: {names}.</source>
            <translation>الأعضاء: {names}.</translation>
        </message>
        <message>
            <source>Legal and policy gap analysis</source>
            <translation>تحليل الثغرات القانونية والسياساتية</translation>
        </message>
        <message>
            <source>The review covers the core international instruments and the regional instruments of: {regions}.</source>
            <translation>يشمل الاستعراض الصكوك الدولية الأساسية والصكوك الإقليمية الخاصة بما يلي: {regions}.</translation>
        </message>
        <message>
            <source>The review covers the core international instruments. No regional organisation is recorded for the workshop, so no regional instrument is reviewed.</source>
            <translation>يشمل الاستعراض الصكوك الدولية الأساسية. ولم تُسجَّل أي منظمة إقليمية لحلقة العمل، ولذلك لا يُستعرض أي صك إقليمي.</translation>
        </message>
        <message>
            <source>Core instruments with no recorded status</source>
            <translation>الصكوك الأساسية التي لم يُسجَّل وضعها</translation>
        </message>
        <message>
            <source>Finding: core instruments that apply with no recorded status: {n} of {total}. The group should establish whether the country is party to each.</source>
            <translation>الاستنتاج: الصكوك الأساسية المنطبقة التي لم يُسجَّل وضعها: {n} من أصل {total}. وينبغي للفريق أن يتحقق مما إذا كان البلد طرفًا في كل منها.</translation>
        </message>
        <message>
            <source>Every core instrument that applies has a recorded status.</source>
            <translation>سُجِّل وضع كل صك أساسي منطبق.</translation>
        </message>
        <message>
            <source>Instruments not joined, and what answers them</source>
            <translation>الصكوك التي ليس البلد طرفًا فيها وما يعالجها</translation>
        </message>
        <message>
            <source>No action or recommendation</source>
            <translation>لا يوجد إجراء أو توصية</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>يُعالَج من خلال</translation>
        </message>
        <message>
            <source>Finding: not joined, with no action and no recommendation yet: {names}.</source>
            <translation>الاستنتاج: صكوك ليس البلد طرفًا فيها ولا يوجد بشأنها بعد أي إجراء أو توصية: {names}.</translation>
        </message>
        <message>
            <source>Every instrument the country has not joined is answered by an action or a recommendation.</source>
            <translation>كل صك ليس البلد طرفًا فيه يعالجه إجراء أو توصية.</translation>
        </message>
        <message>
            <source>Reporting obligations</source>
            <translation>التزامات تقديم التقارير</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Finding: reports due before {year} and not yet submitted: {names}.</source>
            <translation>الاستنتاج: تقارير كان موعد تقديمها قبل عام {year} ولم تُقدَّم بعد: {names}.</translation>
        </message>
        <message>
            <source>✓ in place · ◐ partly · ✗ not in place · ? unknown</source>
            <translation>✓ قائم · ◐ قائم جزئيًا · ✗ غير قائم · ? غير معروف</translation>
        </message>
        <message>
            <source>Known gaps in the sources</source>
            <translation>الثغرات المعروفة في المصادر</translation>
        </message>
        <message>
            <source>Best coverage</source>
            <translation>أفضل تغطية</translation>
        </message>
        <message>
            <source>Indicator coverage</source>
            <translation>تغطية المؤشرات</translation>
        </message>
        <message>
            <source>Indicators by the best coverage any data source gives them ({n} indicators).</source>
            <translation>المؤشرات حسب أفضل تغطية يوفرها لها أي مصدر بيانات (عدد المؤشرات: {n}).</translation>
        </message>
        <message>
            <source>Coverage of the first {rows} of {all_rows} indicators by the {cols} data sources that cover them most (at most {max_rows} × {max_cols} shown).</source>
            <translation>تغطية أول {rows} من أصل {all_rows} مؤشرًا من مصادر البيانات الـ {cols} الأكثر تغطية لها (يُعرض {max_rows} × {max_cols} كحد أقصى).</translation>
        </message>
        <message>
            <source>Which data source can feed which indicator.</source>
            <translation>أي مصدر بيانات يمكن أن يغذي أي مؤشر.</translation>
        </message>
        <message>
            <source>Disaggregation gaps</source>
            <translation>ثغرات التصنيف</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators need is available from at least one source.</source>
            <translation>جميع أوجه التصنيف التي تحتاجها المؤشرات متاحة من مصدر واحد على الأقل.</translation>
        </message>
        <message>
            <source>{name} ({n})</source>
            <translation>{name} ({n})</translation>
        </message>
        <message>
            <source>{n} indicators lack at least one disaggregation they need. Most often missing: {list}.</source>
            <translation>تفتقر مؤشرات عددها {n} إلى وجه تصنيف واحد على الأقل تحتاجه. الأكثر نقصًا: {list}.</translation>
        </message>
        <message>
            <source>Not available from any source</source>
            <translation>غير متاح من أي مصدر</translation>
        </message>
        <message>
            <source>Power–interest grid</source>
            <translation>مصفوفة النفوذ والاهتمام</translation>
        </message>
        <message>
            <source>No stakeholder has been rated for influence and interest yet.</source>
            <translation>لم يُقيَّم نفوذ واهتمام أي صاحب مصلحة بعد.</translation>
        </message>
        <message>
            <source>Number of stakeholders in each cell of the grid ({n} rated); the table above names them all.</source>
            <translation>عدد أصحاب المصلحة في كل خلية من المصفوفة (عدد المقيَّمين: {n})؛ ويذكرهم الجدول أعلاه جميعًا.</translation>
        </message>
        <message>
            <source>Stakeholders by influence and interest ({n} rated). Marker shape shows the kind of body.</source>
            <translation>أصحاب المصلحة حسب النفوذ والاهتمام (عدد المقيَّمين: {n}). يبيّن شكل العلامة نوع الجهة.</translation>
        </message>
        <message>
            <source>Engagement quadrant</source>
            <translation>ربع الإشراك</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Stakeholders by engagement quadrant</source>
            <translation>أصحاب المصلحة حسب ربع الإشراك</translation>
        </message>
        <message>
            <source>Relations between stakeholders</source>
            <translation>العلاقات بين أصحاب المصلحة</translation>
        </message>
        <message>
            <source>No relations between stakeholders were recorded.</source>
            <translation>لم تُسجَّل أي علاقات بين أصحاب المصلحة.</translation>
        </message>
        <message>
            <source>{n} stakeholders and {m} relations, summarised by kind of body: circle size and number show how many bodies, line weight and number how many relations.</source>
            <translation>{n} من أصحاب المصلحة و{m} من العلاقات، ملخصة حسب نوع الجهة: يبيّن حجم الدائرة والرقم عدد الجهات، ويبيّن سُمك الخط والرقم عدد العلاقات.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations; only the {top} most connected are named.</source>
            <translation>شبكة من {n} من أصحاب المصلحة و{m} من العلاقات؛ لا تُذكر إلا أسماء الـ {top} الأكثر ارتباطًا.</translation>
        </message>
        <message>
            <source>Network of {n} stakeholders and {m} relations. Marker size shows influence; line style shows the kind of relation.</source>
            <translation>شبكة من {n} من أصحاب المصلحة و{m} من العلاقات. يبيّن حجم العلامة النفوذ؛ ويبيّن نمط الخط نوع العلاقة.</translation>
        </message>
        <message>
            <source>Gaps and overlaps</source>
            <translation>الثغرات وأوجه التداخل</translation>
        </message>
        <message>
            <source>Tensions and overlaps between stakeholders</source>
            <translation>التوترات وأوجه التداخل بين أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>مَن</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>مع مَن</translation>
        </message>
        <message>
            <source>Areas with no public mandate</source>
            <translation>مجالات لا تدخل في ولاية أي جهة عامة</translation>
        </message>
        <message>
            <source>Finding: no government body lists these reviewed sectors among its thematic areas.</source>
            <translation>الاستنتاج: لا تُدرج أي جهة حكومية هذه القطاعات المستعرَضة ضمن مجالاتها المواضيعية.</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>لا أحد</translation>
        </message>
        <message>
            <source>Covered only by</source>
            <translation>لا يغطيه سوى</translation>
        </message>
        <message>
            <source>Every reviewed sector is in the mandate of at least one government body.</source>
            <translation>يدخل كل قطاع مستعرَض في ولاية جهة حكومية واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Possible overlaps</source>
            <translation>أوجه التداخل المحتملة</translation>
        </message>
        <message>
            <source>Finding: several government bodies of the same level claim these areas, and no coordinating link, parent body or working coordination mechanism ties each group to the others.</source>
            <translation>الاستنتاج: تطالب عدة جهات حكومية من المستوى نفسه بهذه المجالات، ولا تربط كل مجموعة منها بالمجموعات الأخرى أي صلة تنسيق أو جهة أم أو آلية تنسيق عاملة.</translation>
        </message>
        <message>
            <source>Groups of bodies not linked to each other</source>
            <translation>مجموعات جهات غير مرتبطة ببعضها</translation>
        </message>
        <message>
            <source>No area is claimed by government bodies without a coordinating link between them.</source>
            <translation>لا يوجد مجال تطالب به جهات حكومية لا تربط بينها صلة تنسيق.</translation>
        </message>
        <message>
            <source>Gaps noted by the group</source>
            <translation>الثغرات التي لاحظها الفريق</translation>
        </message>
        <message>
            <source>Mandates</source>
            <translation>الولايات</translation>
        </message>
        <message>
            <source>Policy coherence overview</source>
            <translation>نظرة عامة على اتساق السياسات</translation>
        </message>
        <message>
            <source>Coherence score assessed for each sector (bars) and the number of policies judged coherent, partly coherent or incoherent with migration goals.</source>
            <translation>درجة الاتساق المقيَّمة لكل قطاع (الأعمدة) وعدد السياسات التي قُيّمت بأنها متسقة أو متسقة جزئيًا أو غير متسقة مع أهداف الهجرة.</translation>
        </message>
        <message>
            <source>Policies reviewed: {sector}</source>
            <translation>السياسات المستعرَضة: {sector}</translation>
        </message>
        <message>
            <source>No finding recorded yet.</source>
            <translation>لم يُسجَّل أي استنتاج بعد.</translation>
        </message>
        <message>
            <source>Human rights and gender</source>
            <translation>حقوق الإنسان والمسائل الجنسانية</translation>
        </message>
        <message>
            <source>Raised in</source>
            <translation>أُثيرت في</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations and the sectors that raised them</source>
            <translation>الفئات التي تعيش أوضاعًا هشة والقطاعات التي أثارتها</translation>
        </message>
        <message>
            <source>Sectors with a finding on human rights or gender: {n} of {total}.</source>
            <translation>القطاعات التي لها استنتاج بشأن حقوق الإنسان أو المسائل الجنسانية: {n} من أصل {total}.</translation>
        </message>
        <message>
            <source>Finding: no human-rights or gender finding yet for: {sectors}.</source>
            <translation>الاستنتاج: لا يوجد بعد استنتاج بشأن حقوق الإنسان أو المسائل الجنسانية في: {sectors}.</translation>
        </message>
        <message>
            <source>Knock-on effects between sectors</source>
            <translation>الآثار غير المباشرة بين القطاعات</translation>
        </message>
        <message>
            <source>Sectors most often affected by the policies of others: {sectors}.</source>
            <translation>القطاعات الأكثر تأثرًا بسياسات القطاعات الأخرى: {sectors}.</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
        <message>
            <source>The workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>البرنامج</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <source>{n} participants from {orgs} organisations took part.</source>
            <translation>شارك {n} مشاركًا من {orgs} منظمة.</translation>
        </message>
        <message>
            <source>Participants by sex and role</source>
            <translation>المشاركون حسب الجنس والدور</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>العدد</translation>
        </message>
        <message>
            <source>Coherence score (1–5)</source>
            <translation>درجة الاتساق (1–5)</translation>
        </message>
        <message>
            <source>Policies in force</source>
            <translation>السياسات النافذة</translation>
        </message>
        <message>
            <source>not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>{n} relations within</source>
            <translation>{n} علاقات داخلية</translation>
        </message>
        <message>
            <source>Figure {number}. {caption}</source>
            <translation>الشكل {number}. {caption}</translation>
        </message>
        <message>
            <source>Table {number}. {caption}</source>
            <translation>الجدول {number}. {caption}</translation>
        </message>
        <message>
            <source>Source: workshop data, {date}.</source>
            <translation>المصدر: بيانات حلقة العمل، {date}.</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>لم يُسجَّل شيء.</translation>
        </message>
        <message>
            <source>The logo file “{name}” does not exist.</source>
            <translation>ملف الشعار «{name}» غير موجود.</translation>
        </message>
        <message>
            <source>The logo “{name}” cannot be read as an image; use a PNG or JPEG file.</source>
            <translation>تتعذر قراءة الشعار «{name}» كصورة؛ استخدم ملف PNG أو JPEG.</translation>
        </message>
        <message>
            <source>The logo “{name}” is empty.</source>
            <translation>الشعار «{name}» فارغ.</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>من تنظيم</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>بيانات الإصدار</translation>
        </message>
        <message>
            <source>Report produced on {date} with Mainstream Desktop {version}, from the workshop's own records. Set in Noto Sans, Noto Naskh Arabic and WenQuanYi Micro Hei.</source>
            <translation>أُعدّ هذا التقرير في {date} باستخدام Mainstream Desktop {version}، انطلاقاً من سجلات حلقة العمل. الخطوط المستخدمة: Noto Sans وNoto Naskh Arabic وWenQuanYi Micro Hei.</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>قائمة الأشكال</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>قائمة الجداول</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>الصفحة {page} من {total}</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>الملخص التنفيذي</translation>
        </message>
        <message>
            <source>Main gaps</source>
            <translation>الثغرات الرئيسية</translation>
        </message>
        <message>
            <source>The checks of every step are complete.</source>
            <translation>اكتملت عمليات التحقق في جميع المراحل.</translation>
        </message>
        <message>
            <source>Top priorities</source>
            <translation>الأولويات القصوى</translation>
        </message>
        <message>
            <source>No actions have been recorded yet.</source>
            <translation>لم تُسجَّل أي إجراءات بعد.</translation>
        </message>
        <message>
            <source>The workshop “{title}” for {country} took place in {venue}, {dates}.</source>
            <translation>عُقدت حلقة العمل «{title}» الخاصة بـ {country} في {venue}، {dates}.</translation>
        </message>
        <message>
            <source>This report presents the workshop “{title}” for {country}.</source>
            <translation>يعرض هذا التقرير حلقة العمل «{title}» الخاصة بـ {country}.</translation>
        </message>
        <message>
            <source>{n} participant took part.</source>
            <translation>شارك في حلقة العمل مشارك واحد ({n}).</translation>
        </message>
        <message>
            <source>{n} participants took part.</source>
            <translation>عدد المشاركين في حلقة العمل: {n}.</translation>
        </message>
        <message>
            <source>{n} political commitment was recorded.</source>
            <translation>سُجِّل التزام سياسي واحد ({n}).</translation>
        </message>
        <message>
            <source>{n} political commitments were recorded.</source>
            <translation>عدد الالتزامات السياسية المسجَّلة: {n}.</translation>
        </message>
        <message>
            <source>{n} of them is adopted or in force.</source>
            <translation>منها التزام واحد ({n}) معتمد أو نافذ.</translation>
        </message>
        <message>
            <source>{n} of them are adopted or in force.</source>
            <translation>عدد ما اعتُمد منها أو أصبح نافذًا: {n}.</translation>
        </message>
        <message>
            <source>None of them is adopted or in force yet.</source>
            <translation>لم يُعتمد أي منها بعد، ولا يوجد أي منها نافذ.</translation>
        </message>
        <message>
            <source>{n} stakeholder was mapped.</source>
            <translation>حُدِّد صاحب مصلحة واحد ({n}).</translation>
        </message>
        <message>
            <source>{n} stakeholders were mapped.</source>
            <translation>عدد أصحاب المصلحة الذين جرى تحديدهم: {n}.</translation>
        </message>
        <message>
            <source>{n} of them should be managed closely (high influence and high interest).</source>
            <translation>عدد من ينبغي إدارتهم عن كثب منهم (نفوذ عالٍ واهتمام عالٍ): {n}.</translation>
        </message>
        <message>
            <source>{sources} data sources and {indicators} indicators were inventoried; {uncovered} indicators have no data source that covers them yet.</source>
            <translation>جرى جرد {sources} من مصادر البيانات و{indicators} من المؤشرات؛ ولا يوجد بعد مصدر بيانات يغطي {uncovered} من المؤشرات.</translation>
        </message>
        <message>
            <source>The action plan holds {n} action, {high} of high priority, with an estimated cost of {cost}.</source>
            <translation>تتضمن خطة العمل إجراءً واحدًا ({n})، ذو أولوية عالية: {high}، بتكلفة تقديرية قدرها {cost}.</translation>
        </message>
        <message>
            <source>The action plan holds {n} actions, {high} of high priority, with an estimated total cost of {cost}.</source>
            <translation>عدد إجراءات خطة العمل: {n}، منها {high} ذات أولوية عالية، بتكلفة إجمالية تقديرية قدرها {cost}.</translation>
        </message>
        <message>
            <source>Funding still to be found: {gaps}.</source>
            <translation>التمويل الذي لا يزال يتعين إيجاده: {gaps}.</translation>
        </message>
        <message>
            <source>{gap} of {cost}</source>
            <translation>{gap} من أصل {cost}</translation>
        </message>
        <message>
            <source>{amount} in a currency not stated</source>
            <translation>{amount} بعملة غير محددة</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent is {sectors} ({score}).</source>
            <translation>استُعرض {n} من القطاعات، بمتوسط اتساق للسياسات قدره {mean} من 5؛ وأقلها اتساقاً {sectors} ({score}).</translation>
        </message>
        <message>
            <source>{n} sectors were reviewed, with an average policy coherence of {mean} out of 5; the least coherent, at {score}, are {sectors}.</source>
            <translation>استُعرض {n} من القطاعات، بمتوسط اتساق للسياسات قدره {mean} من 5؛ وأقلها اتساقاً، بدرجة {score}، هي: {sectors}.</translation>
        </message>
        <message>
            <source>{step}: {gap}.</source>
            <translation>{step}: {gap}.</translation>
        </message>
        <message>
            <source>{n} of the {total} readiness conditions are not in place.</source>
            <translation>{n} من أصل {total} من شروط الجاهزية غير قائمة.</translation>
        </message>
        <message>
            <source>Policies are weakly coherent with migration goals (score 2 or less) in {n} sectors: {names}.</source>
            <translation>اتساق السياسات مع أهداف الهجرة ضعيف (درجة 2 أو أقل) في {n} من القطاعات: {names}.</translation>
        </message>
        <message>
            <source>{n} of the {total} gaps found have no action in the plan yet.</source>
            <translation>{n} من أصل {total} من الثغرات المحدَّدة لا يقابلها بعد أي إجراء في الخطة.</translation>
        </message>
        <message>
            <source>Secured</source>
            <translation>مؤمَّن</translation>
        </message>
        <message>
            <source>Not yet funded</source>
            <translation>غير ممول بعد</translation>
        </message>
        <message>
            <source>{currency}: {secured} of {cost} secured</source>
            <translation>{currency}: المؤمَّن {secured} من أصل {cost}</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… و{n} غيرها.</translation>
        </message>
        <message>
            <source>{quadrant} ({n})</source>
            <translation>{quadrant} ({n})</translation>
        </message>
        <message>
            <source>Cut-off at {cut}: scores of {high} to 5 count as high.</source>
            <translation>الحد الفاصل عند {cut}: تُعدّ الدرجات من {high} إلى 5 عالية.</translation>
        </message>
        <message>
            <source>Markers in one cell share its score; they are spread apart only to stay readable.</source>
            <translation>للعلامات في الخلية الواحدة الدرجة نفسها؛ ولم تُباعَد إلا لتبقى مقروءة.</translation>
        </message>
        <message>
            <source>Government and public bodies</source>
            <translation>الحكومة والهيئات العامة</translation>
        </message>
        <message>
            <source>International partners</source>
            <translation>الشركاء الدوليون</translation>
        </message>
        <message>
            <source>Civil society, migrants and communities</source>
            <translation>المجتمع المدني والمهاجرون والمجتمعات المحلية</translation>
        </message>
        <message>
            <source>Private sector and academia</source>
            <translation>القطاع الخاص والأوساط الأكاديمية</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>The migration situation</source>
            <translation>وضع الهجرة</translation>
        </message>
        <message>
            <source>What the figures gathered by the working group say about migration in {country}: the latest value of each indicator, how it has changed, how it breaks down, and what is still missing.</source>
            <translation>ما تقوله الأرقام التي جمعها الفريق العامل عن الهجرة في {country}: أحدث قيمة لكل مؤشر، وكيف تغيّرت، وكيف تتوزع، وما لا يزال ناقصًا.</translation>
        </message>
        <message>
            <source>{with_values} of {indicators} indicators have recorded values ({values} values in all); {trends} have values in at least {years} years.</source>
            <translation>{with_values} من أصل {indicators} مؤشرًا لها قيم مسجَّلة (مجموع القيم: {values})؛ ولـ {trends} منها قيم في {years} سنوات على الأقل.</translation>
        </message>
        <message>
            <source>Topic not recorded</source>
            <translation>الموضوع غير مسجَّل</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>الأرقام الرئيسية</translation>
        </message>
        <message>
            <source>Latest value</source>
            <translation>أحدث قيمة</translation>
        </message>
        <message>
            <source>Key figures: {topic}</source>
            <translation>الأرقام الرئيسية: {topic}</translation>
        </message>
        <message>
            <source>No indicator value has been recorded yet.</source>
            <translation>لم تُسجَّل أي قيم للمؤشرات بعد.</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>الاتجاهات</translation>
        </message>
        <message>
            <source>No indicator has values in {years} or more years yet.</source>
            <translation>لا يوجد بعد مؤشر له قيم في {years} سنوات أو أكثر.</translation>
        </message>
        <message>
            <source>Recorded totals of the indicators with values in at least {years} years. Each scale starts at zero; a dot marks each year with a value, the filled dot the latest.</source>
            <translation>المجاميع المسجَّلة للمؤشرات التي لها قيم في {years} سنوات على الأقل. يبدأ كل مقياس من الصفر؛ وتشير نقطة إلى كل سنة لها قيمة، والنقطة المصمتة إلى أحدثها.</translation>
        </message>
        <message>
            <source>(part {n} of {all})</source>
            <translation>(الجزء {n} من {all})</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>البيانات المصنَّفة</translation>
        </message>
        <message>
            <source>{group}: {value}</source>
            <translation>{group}: {value}</translation>
        </message>
        <message>
            <source>No disaggregated value has been recorded yet.</source>
            <translation>لم تُسجَّل أي قيم مصنَّفة بعد.</translation>
        </message>
        <message>
            <source>The latest values of each disaggregation recorded, by indicator.</source>
            <translation>أحدث قيم كل وجه تصنيف مسجَّل، حسب المؤشر.</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>القيم</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>ما ينقص</translation>
        </message>
        <message>
            <source>Indicators with no value</source>
            <translation>مؤشرات بلا قيم</translation>
        </message>
        <message>
            <source>{n} indicators have no recorded value.</source>
            <translation>عدد المؤشرات التي ليس لها قيم مسجَّلة: {n}.</translation>
        </message>
        <message>
            <source>Every indicator has at least one value.</source>
            <translation>لكل مؤشر قيمة واحدة على الأقل.</translation>
        </message>
        <message>
            <source>Disaggregations asked for but not recorded</source>
            <translation>أوجه التصنيف المطلوبة غير المسجَّلة</translation>
        </message>
        <message>
            <source>{n} indicators with values lack a disaggregation they ask for.</source>
            <translation>عدد المؤشرات ذات القيم التي ينقصها وجه تصنيف مطلوب: {n}.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>Every disaggregation the indicators ask for has values.</source>
            <translation>لكل وجه تصنيف تطلبه المؤشرات قيم مسجَّلة.</translation>
        </message>
        <message>
            <source>Values older than five years</source>
            <translation>قيم يزيد عمرها على خمس سنوات</translation>
        </message>
        <message>
            <source>The workshop has no date, so the age of the values is not judged.</source>
            <translation>لم يُحدَّد تاريخ لحلقة العمل، ولذلك لا يُقيَّم قِدَم القيم.</translation>
        </message>
        <message>
            <source>Every indicator with values has one from {year} or later.</source>
            <translation>لكل مؤشر ذي قيم قيمةٌ من عام {year} أو بعده.</translation>
        </message>
        <message>
            <source>Judged against the year of the workshop ({year}): the latest value of these indicators is from {limit} or earlier.</source>
            <translation>بالمقارنة مع سنة حلقة العمل ({year}): تعود أحدث قيمة لهذه المؤشرات إلى عام {limit} أو قبله.</translation>
        </message>
        <message>
            <source>Latest year</source>
            <translation>أحدث سنة</translation>
        </message>
        <message>
            <source>{n} more</source>
            <translation>{n} أخرى</translation>
        </message>
        <message>
            <source>Data sources that cover no indicator: {names}.</source>
            <translation>مصادر البيانات التي لا تغطي أي مؤشر: {names}.</translation>
        </message>
        <message>
            <source>Currency not stated</source>
            <translation>عملة غير محددة</translation>
        </message>
        <message>
            <source>Financing</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <source>Secured and unfunded cost by sector. Each currency has its own scale; amounts in different currencies are never added.</source>
            <translation>التكلفة المؤمَّنة وغير الممولة حسب القطاع. لكل عملة مقياسها الخاص؛ ولا تُجمع أبدًا المبالغ المقوَّمة بعملات مختلفة.</translation>
        </message>
        <message>
            <source>The plan is costed in several currencies. Amounts in different currencies are not added together: each has its own total.</source>
            <translation>حُسبت تكاليف الخطة بعدة عملات. ولا تُجمع المبالغ المقوَّمة بعملات مختلفة معًا: فلكل عملة مجموعها الخاص.</translation>
        </message>
        <message>
            <source>In {currency}: the actions cost {cost}; {secured} ({share}) is secured, and {gap} remains to be found.</source>
            <translation>بعملة {currency}: تبلغ تكلفة الإجراءات {cost}؛ والمؤمَّن منها {secured} ({share})، ولا يزال يتعين إيجاد {gap}.</translation>
        </message>
        <message>
            <source>{n} action has a cost of {cost} with no currency stated; it is counted apart.</source>
            <translation>لإجراء واحد ({n}) تكلفة قدرها {cost} دون تحديد العملة؛ ويُحسب على حدة.</translation>
        </message>
        <message>
            <source>{n} actions have costs of {cost} in total with no currency stated; they are counted apart.</source>
            <translation>لإجراءات عددها {n} تكاليف مجموعها {cost} دون تحديد العملة؛ وتُحسب على حدة.</translation>
        </message>
        <message>
            <source>{n} dropped action is not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>لا يُحتسب الإجراء الملغى ({n}) في أي مبلغ أو جدول أو رسم بياني في هذا القسم: {titles}.</translation>
        </message>
        <message>
            <source>{n} dropped actions are not counted in any amount, table or chart of this section: {titles}.</source>
            <translation>لا تُحتسب الإجراءات الملغاة ({n}) في أي مبلغ أو جدول أو رسم بياني في هذا القسم: {titles}.</translation>
        </message>
        <message>
            <source>{n} action has no cost estimate yet.</source>
            <translation>لم تُقدَّر بعد تكلفة إجراء واحد ({n}).</translation>
        </message>
        <message>
            <source>{n} actions have no cost estimate yet.</source>
            <translation>عدد الإجراءات التي لم تُقدَّر تكلفتها بعد: {n}.</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>العملة</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>Funding gap</source>
            <translation>فجوة التمويل</translation>
        </message>
        <message>
            <source>Share secured</source>
            <translation>النسبة المؤمَّنة</translation>
        </message>
        <message>
            <source>Estimated cost and funding by currency</source>
            <translation>التكلفة التقديرية والتمويل حسب العملة</translation>
        </message>
        <message>
            <source>Cost by sector</source>
            <translation>التكلفة حسب القطاع</translation>
        </message>
        <message>
            <source>No sector</source>
            <translation>دون قطاع</translation>
        </message>
        <message>
            <source>Cost by year</source>
            <translation>التكلفة حسب السنة</translation>
        </message>
        <message>
            <source>Each action's cost is spread evenly over its years, from its start year to its end year, both included.</source>
            <translation>تُوزَّع تكلفة كل إجراء بالتساوي على سنواته، من سنة البدء إلى سنة الانتهاء، شاملةً السنتين كلتيهما.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>{n} costed action has no start or end year and is not in this table: {titles}.</source>
            <translation>إجراء واحد ({n}) مقدَّر التكلفة ليس له سنة بدء أو سنة انتهاء، ولذلك لا يرد في هذا الجدول: {titles}.</translation>
        </message>
        <message>
            <source>{n} costed actions have no start or end year and are not in this table: {titles}.</source>
            <translation>إجراءات مقدَّرة التكلفة عددها {n} ليس لها سنة بدء أو سنة انتهاء، ولذلك لا ترد في هذا الجدول: {titles}.</translation>
        </message>
        <message>
            <source>Partner commitments</source>
            <translation>التزامات الشركاء</translation>
        </message>
        <message>
            <source>No funding partner named</source>
            <translation>لم يُحدَّد شريك مموِّل</translation>
        </message>
        <message>
            <source>Bodies it funds (“Funds” relations)</source>
            <translation>الجهات التي يموّلها الشريك (علاقات «يموّل»)</translation>
        </message>
        <message>
            <source>Amounts are added up per currency only. The bodies a partner funds come from the relations recorded in the institutional mapping.</source>
            <translation>لا تُجمع المبالغ إلا لكل عملة على حدة. وتُستمد الجهات التي يموّلها الشريك من العلاقات المسجَّلة في رسم الخريطة المؤسسية.</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>الجاهزية</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>الإطار القانوني</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>البيانات</translation>
        </message>
        <message>
            <source>Policy coherence</source>
            <translation>اتساق السياسات</translation>
        </message>
        <message>
            <source>Coherence score 2 or less</source>
            <translation>درجة اتساق 2 أو أقل</translation>
        </message>
        <message>
            <source>A policy judged incoherent</source>
            <translation>سياسة قُيّمت بأنها غير متسقة</translation>
        </message>
        <message>
            <source>Monitoring and evaluation framework</source>
            <translation>إطار الرصد والتقييم</translation>
        </message>
        <message>
            <source>Baseline → target</source>
            <translation>خط الأساس ← القيمة المستهدفة</translation>
        </message>
        <message>
            <source>Gaps and the actions that answer them</source>
            <translation>الثغرات والإجراءات التي تعالجها</translation>
        </message>
        <message>
            <source>No readiness, legal, data or coherence gap was recorded.</source>
            <translation>لم تُسجَّل أي ثغرة في الجاهزية أو الإطار القانوني أو البيانات أو اتساق السياسات.</translation>
        </message>
        <message>
            <source>The workshop found {n} gaps: readiness conditions not in place, instruments not ratified, indicators no data source covers, and sectors whose policies are weakly coherent with migration goals. {m} of them have no action in the plan yet.</source>
            <translation>حدّدت حلقة العمل {n} من الثغرات: شروط جاهزية غير قائمة، وصكوك غير مصدَّق عليها، ومؤشرات لا يغطيها أي مصدر بيانات، وقطاعات اتساق سياساتها مع أهداف الهجرة ضعيف. ولا يقابل {m} منها بعد أي إجراء في الخطة.</translation>
        </message>
        <message>
            <source>An action answers a gap when it names the readiness condition, the instrument or the indicator, or, for coherence, belongs to the same sector. Actions are numbered as in the prioritised list.</source>
            <translation>يعالج الإجراءُ ثغرةً عندما يذكر شرط الجاهزية أو الصك أو المؤشر المعني، أو، في حالة الاتساق، عندما ينتمي إلى القطاع نفسه. وتُرقَّم الإجراءات كما في قائمة الإجراءات ذات الأولوية.</translation>
        </message>
        <message>
            <source>No action</source>
            <translation>لا يوجد إجراء</translation>
        </message>
        <message>
            <source>Kind of gap</source>
            <translation>نوع الثغرة</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>الثغرة</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>الاستنتاج</translation>
        </message>
        <message>
            <source>Actions (#)</source>
            <translation>الإجراءات (#)</translation>
        </message>
        <message>
            <source>Gaps with no action</source>
            <translation>ثغرات لا يقابلها أي إجراء</translation>
        </message>
        <message>
            <source>Every gap found has at least one action.</source>
            <translation>لكل ثغرة محدَّدة إجراء واحد على الأقل.</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>SDG</translation>
        </message>
        <message>
            <source>Sustainable Development Goal</source>
            <translation>هدف التنمية المستدامة</translation>
        </message>
        <message>
            <source>GCM</source>
            <translation>GCM</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</translation>
        </message>
        <message>
            <source>ODA</source>
            <translation>ODA</translation>
        </message>
        <message>
            <source>Official development assistance</source>
            <translation>المساعدة الإنمائية الرسمية</translation>
        </message>
        <message>
            <source>UPR</source>
            <translation>UPR</translation>
        </message>
        <message>
            <source>Universal Periodic Review</source>
            <translation>الاستعراض الدوري الشامل</translation>
        </message>
        <message>
            <source>ILO</source>
            <translation>ILO</translation>
        </message>
        <message>
            <source>International Labour Organization</source>
            <translation>منظمة العمل الدولية</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>IOM</translation>
        </message>
        <message>
            <source>International Organization for Migration</source>
            <translation>المنظمة الدولية للهجرة</translation>
        </message>
        <message>
            <source>UNDP</source>
            <translation>UNDP</translation>
        </message>
        <message>
            <source>United Nations Development Programme</source>
            <translation>برنامج الأمم المتحدة الإنمائي</translation>
        </message>
        <message>
            <source>The designations employed and the presentation of material in this report do not imply the expression of any opinion whatsoever on the part of the organisers or their partners concerning the legal status of any country, territory, city or area or of its authorities, or concerning the delimitation of its frontiers or boundaries. The findings, interpretations and conclusions expressed are those of the working group that prepared the report and do not necessarily reflect the views of the organisations that supported the consultation. Mention of an organisation, a firm or a commercial product does not imply its endorsement.</source>
            <translation>لا تنطوي التسميات المستخدمة في هذا التقرير، ولا طريقة عرض المادة التي يتضمنها، على الإعراب عن أي رأي كان من جانب الجهات المنظمة أو شركائها بشأن المركز القانوني لأي بلد أو إقليم أو مدينة أو منطقة أو لسلطات أي منها، أو بشأن تعيين حدودها أو تخومها. والنتائج والتفسيرات والاستنتاجات الواردة فيه هي نتائج الفريق العامل الذي أعدّ التقرير وتفسيراته واستنتاجاته، ولا تعبّر بالضرورة عن آراء المنظمات التي دعمت المشاورة. ولا يعني ذكر أي منظمة أو شركة أو منتج تجاري تأييده.</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>المصادقة</translation>
        </message>
        <message>
            <source>This report was validated by {body} on {date}.</source>
            <translation>صُودق على هذا التقرير من قِبل {body} في {date}.</translation>
        </message>
        <message>
            <source>This report was validated by {body}.</source>
            <translation>صُودق على هذا التقرير من قِبل {body}.</translation>
        </message>
        <message>
            <source>This report was validated on {date}.</source>
            <translation>صُودق على هذا التقرير في {date}.</translation>
        </message>
        <message>
            <source>This report has not been validated yet.</source>
            <translation>لم يُصادَق على هذا التقرير بعد.</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>المنصب</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Acronyms and abbreviations</source>
            <translation>الاختصارات والمختصرات</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>المعنى</translation>
        </message>
        <message>
            <source>The review calendar ties the plan to the budget through these budget preparation rounds: {rounds}.</source>
            <translation>يربط جدول الاستعراضات الخطة بالميزانية من خلال جولات إعداد الميزانية التالية: {rounds}.</translation>
        </message>
        <message>
            <source>No budget preparation round is recorded in the review calendar.</source>
            <translation>لم تُسجَّل أي جولة لإعداد الميزانية في جدول الاستعراضات.</translation>
        </message>
        <message>
            <source>The first actions of the plan are due to start in {year} ({n} of them); the latest start year recorded is {last}.</source>
            <translation>من المقرر أن تبدأ أولى إجراءات الخطة في عام {year} (وعددها {n})؛ وآخر سنة بدء مسجَّلة هي {last}.</translation>
        </message>
        <message>
            <source>The review calendar holds {n} dates, from “{first}” on {first_date} to “{last}” on {last_date}.</source>
            <translation>يتضمن جدول الاستعراضات {n} من المواعيد، من «{first}» في {first_date} إلى «{last}» في {last_date}.</translation>
        </message>
        <message>
            <source>Note {mark} ({column}):</source>
            <translation>الملاحظة {mark} ({column}):</translation>
        </message>
        <message>
            <source>… (continued in note {mark} under the table)</source>
            <translation>… (يتبع في الملاحظة {mark} أسفل الجدول)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find in the workshop</source>
            <translation>البحث في حلقة العمل</translation>
        </message>
        <message>
            <source>Find a stakeholder, source, policy, action…</source>
            <translation>ابحث عن صاحب مصلحة أو مصدر أو سياسة أو إجراء…</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>السجلات التي عُثر عليها</translation>
        </message>
        <message>
            <source>Type part of a name or of any text.</source>
            <translation>اكتب جزءاً من اسم أو من أي نص.</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>لم يُعثر على شيء.</translation>
        </message>
        <message>
            <source>The first {n} records found; type more to narrow them.</source>
            <translation>أول {n} من السجلات التي عُثر عليها؛ اكتب المزيد لتضييق البحث.</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>عدد السجلات التي عُثر عليها: {n}.</translation>
        </message>
    </context>
    <context>
        <name>SectorsPage</name>
        <message>
            <source>Coherence overview</source>
            <translation>نظرة عامة على الاتساق</translation>
        </message>
    </context>
    <context>
        <name>Sheet</name>
        <message>
            <source>Workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>الالتزامات</translation>
        </message>
        <message>
            <source>Coordination</source>
            <translation>التنسيق</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Instruments</source>
            <translation>الصكوك</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>الجاهزية</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>أصحاب المصلحة</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>الروابط</translation>
        </message>
        <message>
            <source>DataSources</source>
            <translation>مصادر البيانات</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>التغطية</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>القيم</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>القطاعات</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>السياسات</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>الاستعراضات</translation>
        </message>
        <message>
            <source>About</source>
            <translation>حول</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Guidance</source>
            <translation>إرشادات</translation>
        </message>
        <message>
            <source>Show or hide the purpose and guiding questions (F1)</source>
            <translation>إظهار الغرض والأسئلة الإرشادية أو إخفاؤها (F1)</translation>
        </message>
        <message>
            <source>Guiding questions</source>
            <translation>الأسئلة الإرشادية</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>ما زال مطلوبًا:</translation>
        </message>
        <message>
            <source>{done} of {total} checks done</source>
            <translation>أُنجز {done} من أصل {total} من عمليات التحقق</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Deliverables</source>
            <translation>المخرجات</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>A workshop file holds one workshop record.</source>
            <translation>يحتوي ملف حلقة العمل على سجل واحد لحلقة العمل.</translation>
        </message>
        <message>
            <source>The id {id} is already used by another record.</source>
            <translation>المعرّف {id} مستخدم بالفعل لسجل آخر.</translation>
        </message>
        <message>
            <source>A recorded change names “{table}.{field}”, which is not part of a workshop; nothing was changed.</source>
            <translation>يشير تغيير مسجَّل إلى «{table}.{field}» وهو ليس جزءًا من حلقة العمل؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <source>A recorded deletion has no date; nothing was changed.</source>
            <translation>حذفٌ مسجَّل بلا تاريخ؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <source>{register} {id} does not exist or was deleted.</source>
            <translation>السجل ({register}) {id} غير موجود أو محذوف.</translation>
        </message>
        <message>
            <source>The workshop record cannot be deleted.</source>
            <translation>لا يمكن حذف سجل حلقة العمل.</translation>
        </message>
        <message>
            <source>The workshop changed since this was previewed; preview it again.</source>
            <translation>تغيّرت حلقة العمل منذ هذه المعاينة؛ أعد المعاينة.</translation>
        </message>
        <message>
            <source>The changes would leave a record referring to one that does not exist; nothing was written.</source>
            <translation>ستترك هذه التغييرات سجلًا يحيل إلى سجل غير موجود؛ لم يُكتب شيء.</translation>
        </message>
        <message>
            <source>{register} “{name}” is used by {count} record(s) ({names}); delete them first or delete with dependents.</source>
            <translation>السجل ({register}) «{name}» مستخدم في سجلات عددها {count} ({names})؛ احذفها أولًا أو احذف مع السجلات التابعة.</translation>
        </message>
        <message>
            <source>{register} {id} is not deleted.</source>
            <translation>السجل ({register}) {id} غير محذوف.</translation>
        </message>
        <message>
            <source>Cannot undo: the record is gone.</source>
            <translation>يتعذر التراجع: السجل لم يعد موجودًا.</translation>
        </message>
        <message>
            <source>other records now refer to it</source>
            <translation>تشير إليه الآن سجلات أخرى</translation>
        </message>
        <message>
            <source>This cannot be undone or redone now: {why}</source>
            <translation>لا يمكن التراجع أو الإعادة الآن: {why}</translation>
        </message>
        <message>
            <source>{register} has no field “{field}”.</source>
            <translation>لا يحتوي السجل ({register}) على الحقل «{field}».</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>Out of date</source>
            <translation>متقادمة</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>اكتب للبحث…</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>&amp;Indicator:</source>
            <translation>&amp;المؤشر:</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <source>&amp;Breakdown:</source>
            <translation>ال&amp;تصنيف:</translation>
        </message>
        <message>
            <source>Trend chart</source>
            <translation>الرسم البياني للاتجاه</translation>
        </message>
        <message>
            <source>No values recorded yet.</source>
            <translation>لم تُسجَّل أي قيم بعد.</translation>
        </message>
        <message>
            <source>Add them in the Values register or import a statistical table — File ▸ Import indicator values…</source>
            <translation>أضفها في قائمة «القيم» أو استورد جدولًا إحصائيًا — ملف ◂ استيراد قيم المؤشرات…</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>{dimension}: {group}</source>
            <translation>{dimension}: {group}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>غير مسجل</translation>
        </message>
        <message>
            <source>Unit: {unit}    Source: {sources}</source>
            <translation>الوحدة: {unit}    المصدر: {sources}</translation>
        </message>
        <message>
            <source>{title}: {count} values from {first} to {last}. Left and right arrow keys move from year to year, Enter opens the value.</source>
            <translation>{title}: عدد القيم {count}، من {first} إلى {last}. تنقّل مفاتيح السهمين الأيمن والأيسر من سنة إلى أخرى، ويفتح Enter القيمة.</translation>
        </message>
        <message>
            <source>Round dots: values of the last {n} years before the workshop ({year}); grey squares in the shaded years: older, out of date.</source>
            <translation>النقاط المستديرة: قيم آخر {n} سنوات قبل حلقة العمل ({year})؛ المربعات الرمادية في السنوات المظلَّلة: قيم أقدم، متقادمة.</translation>
        </message>
        <message>
            <source>The workshop has no dates yet: values cannot be judged out of date.</source>
            <translation>لم تُحدَّد بعد تواريخ حلقة العمل: لا يمكن الحكم على تقادم القيم.</translation>
        </message>
        <message>
            <source>{when}: {value}</source>
            <translation>{when}: {value}</translation>
        </message>
        <message>
            <source>(out of date: more than {n} years before the workshop)</source>
            <translation>(متقادمة: تسبق حلقة العمل بأكثر من {n} سنوات)</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>Add {what}</source>
            <translation>إضافة {what}</translation>
        </message>
        <message>
            <source>Change {what}</source>
            <translation>تغيير {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>حذف {what}</translation>
        </message>
        <message>
            <source>Move stakeholder in the grid</source>
            <translation>نقل صاحب مصلحة في المصفوفة</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>is required</source>
            <translation>مطلوب</translation>
        </message>
        <message>
            <source>refers to a {target} that does not exist or was deleted</source>
            <translation>يشير إلى {target} غير موجود أو محذوف</translation>
        </message>
        <message>
            <source>would make the record its own ancestor</source>
            <translation>سيجعل السجل أصلًا لنفسه</translation>
        </message>
        <message>
            <source>another record already has the same {fields}</source>
            <translation>لسجل آخر بالفعل القيمة نفسها في {fields}</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed values</source>
            <translation>«{value}» ليست من القيم المسموح بها</translation>
        </message>
        <message>
            <source>contains control characters</source>
            <translation>يحتوي على أحرف تحكم</translation>
        </message>
        <message>
            <source>is too long ({n} characters, at most {max})</source>
            <translation>طويل جدًا ({n} حرفًا، والحد الأقصى {max})</translation>
        </message>
        <message>
            <source>“{value}” is not an email address</source>
            <translation>«{value}» ليس عنوان بريد إلكتروني</translation>
        </message>
        <message>
            <source>must be a whole number (got {value})</source>
            <translation>يجب أن يكون عددًا صحيحًا (القيمة المدخلة {value})</translation>
        </message>
        <message>
            <source>is not a record id</source>
            <translation>ليس معرّف سجل</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>يجب أن يكون رقمًا</translation>
        </message>
        <message>
            <source>must be a number (got “{value}”)</source>
            <translation>يجب أن يكون رقمًا (القيمة المدخلة «{value}»)</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>يجب أن يكون رقمًا محدودًا</translation>
        </message>
        <message>
            <source>must be between {lo} and {hi} (got {value})</source>
            <translation>يجب أن يكون بين {lo} و{hi} (القيمة المدخلة {value})</translation>
        </message>
        <message>
            <source>must be at least {lo} (got {value})</source>
            <translation>يجب ألا يقل عن {lo} (القيمة المدخلة {value})</translation>
        </message>
        <message>
            <source>must be at most {hi} (got {value})</source>
            <translation>يجب ألا يزيد على {hi} (القيمة المدخلة {value})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>must be yes or no (got “{value}”)</source>
            <translation>يجب أن يكون نعم أو لا (القيمة المدخلة «{value}»)</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD (got “{value}”)</source>
            <translation>يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD (القيمة المدخلة «{value}»)</translation>
        </message>
        <message>
            <source>is before the start date</source>
            <translation>يسبق تاريخ البدء</translation>
        </message>
        <message>
            <source>must be a time as HH:MM</source>
            <translation>يجب أن يكون وقتًا بالصيغة HH:MM</translation>
        </message>
        <message>
            <source>is before the start time</source>
            <translation>يسبق وقت البدء</translation>
        </message>
        <message>
            <source>a stakeholder cannot be linked to itself</source>
            <translation>لا يمكن ربط صاحب مصلحة بنفسه</translation>
        </message>
        <message>
            <source>is before the baseline year</source>
            <translation>يسبق سنة الأساس</translation>
        </message>
        <message>
            <source>is before the start year</source>
            <translation>يسبق سنة البدء</translation>
        </message>
        <message>
            <source>is less than the amount already secured</source>
            <translation>أقل من المبلغ المؤمَّن بالفعل</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>column {column}</source>
            <translation>العمود {column}</translation>
        </message>
        <message>
            <source>Values from “{name}” ({shape} table):</source>
            <translation>القيم من «{name}» (جدول {shape}):</translation>
        </message>
        <message>
            <source>wide</source>
            <translation>عريض</translation>
        </message>
        <message>
            <source>long</source>
            <translation>طويل</translation>
        </message>
        <message>
            <source>columns used: {columns}</source>
            <translation>الأعمدة المستخدمة: {columns}</translation>
        </message>
        <message>
            <source>columns ignored: {columns}</source>
            <translation>الأعمدة التي تم تجاهلها: {columns}</translation>
        </message>
        <message>
            <source>{added} to add, {updated} to update, {unchanged} unchanged, {missing} missing (.., -, n/a) skipped</source>
            <translation>{added} للإضافة، و{updated} للتحديث، و{unchanged} دون تغيير، و{missing} من القيم الناقصة (.., -, n/a) تم تخطيها</translation>
        </message>
        <message>
            <source>note: {text}</source>
            <translation>ملاحظة: {text}</translation>
        </message>
        <message>
            <source>{first}…{last}: one year each</source>
            <translation>{first}…{last}: سنة واحدة لكل عمود</translation>
        </message>
        <message>
            <source>a second column for the same thing; keep one</source>
            <translation>عمود ثانٍ للشيء نفسه؛ أبقِ على واحد منهما</translation>
        </message>
        <message>
            <source>no column names the indicator (a header such as Indicator or Code)</source>
            <translation>لا يوجد عمود يحدد المؤشر (عنوان مثل «المؤشر» أو «الرمز»)</translation>
        </message>
        <message>
            <source>no column holds the values (a header such as Value), and no header is a year (2015, 2016…)</source>
            <translation>لا يوجد عمود يحتوي على القيم (عنوان مثل «القيمة»)، ولا يوجد عنوان هو سنة (2015، 2016…)</translation>
        </message>
        <message>
            <source>no column gives the year (a header such as Year or Period)</source>
            <translation>لا يوجد عمود يحدد السنة (عنوان مثل «السنة» أو «الفترة»)</translation>
        </message>
        <message>
            <source>is a formula without a saved value or a spreadsheet error; formulas are not calculated, type the value instead</source>
            <translation>صيغة بلا قيمة محفوظة أو خطأ جدول بيانات؛ لا تُحسب الصيغ، فاكتب القيمة بدلًا منها</translation>
        </message>
        <message>
            <source>is a formula; it was not calculated, its saved value was used</source>
            <translation>صيغة؛ لم تُحسب، واستُخدمت قيمتها المحفوظة</translation>
        </message>
        <message>
            <source>no indicator given</source>
            <translation>لم يُحدَّد مؤشر</translation>
        </message>
        <message>
            <source>{n} indicators of the workshop answer to this; give the code</source>
            <translation>يطابق هذا {n} من مؤشرات حلقة العمل؛ حدّد الرمز</translation>
        </message>
        <message>
            <source>no indicator of the workshop has this code or name; add it to the indicators first</source>
            <translation>لا يوجد في حلقة العمل مؤشر بهذا الرمز أو الاسم؛ أضفه إلى المؤشرات أولًا</translation>
        </message>
        <message>
            <source>not a disaggregation of the list (sex, age, migratory status, geographic location…)</source>
            <translation>ليس وجه تصنيف من القائمة (الجنس، العمر، الوضع من حيث الهجرة، الموقع الجغرافي…)</translation>
        </message>
        <message>
            <source>the row is disaggregated by {a} and by {b} at once; a value has one disaggregation: import such a cross-table one dimension at a time</source>
            <translation>الصف مصنَّف حسب {a} وحسب {b} في آن واحد؛ وللقيمة وجه تصنيف واحد فقط: استورد هذا الجدول المتقاطع بُعدًا واحدًا في كل مرة</translation>
        </message>
        <message>
            <source>no data source of the workshop has this name; add it to the data sources, or empty the cell</source>
            <translation>لا يوجد في حلقة العمل مصدر بيانات بهذا الاسم؛ أضفه إلى مصادر البيانات، أو أفرغ الخلية</translation>
        </message>
        <message>
            <source>several data sources have this name</source>
            <translation>تحمل عدة مصادر بيانات هذا الاسم</translation>
        </message>
        <message>
            <source>is not a year (1900–2100) or a period such as 2015-2019</source>
            <translation>ليس سنة (1900–2100) ولا فترة مثل 2015-2019</translation>
        </message>
        <message>
            <source>no year given</source>
            <translation>لم تُحدَّد سنة</translation>
        </message>
        <message>
            <source>is not a number</source>
            <translation>ليس رقمًا</translation>
        </message>
        <message>
            <source>looks like a formula; a value must be a number</source>
            <translation>يبدو أنه صيغة؛ يجب أن تكون القيمة رقمًا</translation>
        </message>
        <message>
            <source>has a percent sign but the unit says “{unit}”</source>
            <translation>يحتوي على علامة النسبة المئوية، لكن الوحدة المذكورة هي «{unit}»</translation>
        </message>
        <message>
            <source>the same value (indicator, year and disaggregation) is also in row {row}</source>
            <translation>القيمة نفسها (المؤشر والسنة والتصنيف) موجودة أيضًا في الصف {row}</translation>
        </message>
        <message>
            <source>“{name}” is empty: it has no header row.</source>
            <translation>«{name}» فارغ: لا يحتوي على صف عناوين.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({mb} MB; at most {max} MB).</source>
            <translation>«{name}» أكبر من أن يُستورد ({mb} ميغابايت؛ الحد الأقصى {max} ميغابايت).</translation>
        </message>
        <message>
            <source>“{name}” does not exist or is not a file.</source>
            <translation>«{name}» غير موجود أو ليس ملفًا.</translation>
        </message>
        <message>
            <source>--sheet is for an Excel workbook; “{name}” is a CSV file.</source>
            <translation>الخيار ‎--sheet مخصص لمصنف Excel؛ أما «{name}» فهو ملف CSV.</translation>
        </message>
        <message>
            <source>“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).</source>
            <translation>«{name}» ليس ملف CSV ‏(‎.csv) ولا مصنف Excel ‏(‎.xlsx).</translation>
        </message>
        <message>
            <source>“{name}” is not a text table (CSV); it looks like a binary file.</source>
            <translation>«{name}» ليس جدولًا نصيًا (CSV)؛ ويبدو أنه ملف ثنائي.</translation>
        </message>
        <message>
            <source>“{name}” has {n} columns; a table of values has at most {max}.</source>
            <translation>عدد أعمدة «{name}» هو {n}؛ والحد الأقصى لجدول القيم {max}.</translation>
        </message>
        <message>
            <source>“{name}” cannot be read as a CSV table: {reason}</source>
            <translation>تتعذر قراءة «{name}» كجدول CSV: {reason}</translation>
        </message>
        <message>
            <source>“{name}” has more than {max} rows; split the table.</source>
            <translation>يحتوي «{name}» على أكثر من {max} صف؛ قسّم الجدول.</translation>
        </message>
        <message>
            <source>“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.</source>
            <translation>لا يحتوي «{name}» على ورقة باسم «{sheet}»؛ أوراقه هي: {sheets}.</translation>
        </message>
        <message>
            <source>could be {a} or {b}: no other number of the file shows which separator is the decimal one; write {a} or {b}</source>
            <translation>قد يكون {a} أو {b}: لا يوجد رقم آخر في الملف يبيّن أي الفاصلين هو الفاصل العشري؛ اكتب {a} أو {b}</translation>
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
            <translation>تعميم مراعاة الهجرة في تخطيط التنمية، خطوة بخطوة. يُحفظ كل تغيير لحظة إجرائه.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>حلقة عمل جديدة…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>فتح حلقة عمل…</translation>
        </message>
        <message>
            <source>Open the sample workshop</source>
            <translation>فتح حلقة العمل النموذجية</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>حلقات العمل الأخيرة</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>one value from the drop-down list</source>
            <translation>قيمة واحدة من القائمة المنسدلة</translation>
        </message>
        <message>
            <source>one or more values from the drop-down list, separated by “; ”</source>
            <translation>قيمة واحدة أو أكثر من القائمة المنسدلة، مفصولة بـ «; »</translation>
        </message>
        <message>
            <source>the name of a record on sheet {sheet}</source>
            <translation>اسم سجل في الورقة {sheet}</translation>
        </message>
        <message>
            <source>a whole number from {lo} to {hi}</source>
            <translation>عدد صحيح من {lo} إلى {hi}</translation>
        </message>
        <message>
            <source>a number from {lo} to {hi}</source>
            <translation>رقم من {lo} إلى {hi}</translation>
        </message>
        <message>
            <source>a whole number, at least {lo}</source>
            <translation>عدد صحيح، لا يقل عن {lo}</translation>
        </message>
        <message>
            <source>a number, at least {lo}</source>
            <translation>رقم، لا يقل عن {lo}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>عدد صحيح</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>a year (YYYY)</source>
            <translation>سنة (YYYY)</translation>
        </message>
        <message>
            <source>a date (YYYY-MM-DD)</source>
            <translation>تاريخ (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>yes or no</source>
            <translation>نعم أو لا</translation>
        </message>
        <message>
            <source>an email address</source>
            <translation>عنوان بريد إلكتروني</translation>
        </message>
        <message>
            <source>text, at most {n} characters</source>
            <translation>نص، لا يزيد على {n} حرفًا</translation>
        </message>
        <message>
            <source>Left empty in this export; existing values are kept.</source>
            <translation>تُرك فارغًا في هذا التصدير؛ ويُحتفظ بالقيم الموجودة.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>مطلوب.</translation>
        </message>
        <message>
            <source>Each sheet is one register of the workshop: one row per record. The first row holds the column headers; do not rename, move or delete the sheets or their headers.</source>
            <translation>كل ورقة قائمة من قوائم حلقة العمل: صف واحد لكل سجل. يحتوي الصف الأول على عناوين الأعمدة؛ لا تُعِد تسمية الأوراق أو عناوينها ولا تنقلها ولا تحذفها.</translation>
        </message>
        <message>
            <source>To add a record, fill in a new row at the bottom of its sheet. To change a record, edit its row. Columns with an orange header are required: fill them in on every row.</source>
            <translation>لإضافة سجل، املأ صفًا جديدًا في أسفل ورقته. لتغيير سجل، عدّل صفه. الأعمدة ذات العناوين البرتقالية مطلوبة: املأها في كل صف.</translation>
        </message>
        <message>
            <source>Column A of every register sheet is hidden: it holds the record's identifier. Leave it as it is; it is empty for new rows. Deleting a row here does not delete the record when the workbook is imported.</source>
            <translation>العمود A في كل ورقة قائمة مخفي: يحتوي على معرّف السجل. اتركه كما هو؛ فهو فارغ في الصفوف الجديدة. حذف صف هنا لا يحذف السجل عند استيراد المصنف.</translation>
        </message>
        <message>
            <source>Where a cell refers to another register (an owner, a lead ministry, a sector), type or choose the record's name exactly as it appears on that register's sheet. A record added in this workbook can be referred to by its name in the same way.</source>
            <translation>حيثما تشير خلية إلى قائمة أخرى (جهة مالكة، أو وزارة رائدة، أو قطاع)، اكتب اسم السجل أو اختره تمامًا كما يظهر في ورقة تلك القائمة. ويمكن الإشارة بالطريقة نفسها باسمه إلى أي سجل أُضيف في هذا المصنف.</translation>
        </message>
        <message>
            <source>Where a cell takes several values, separate them with a semicolon (“; ”). Choose values from the drop-down lists; dates are written YYYY-MM-DD.</source>
            <translation>حيثما تقبل خلية عدة قيم، افصل بينها بفاصلة منقوطة لاتينية («; »). اختر القيم من القوائم المنسدلة؛ وتُكتب التواريخ بالصيغة YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Formulas are not read: type values, not formulas.</source>
            <translation>لا تُقرأ الصيغ: اكتب القيم، لا الصيغ.</translation>
        </message>
        <message>
            <source>When the workbook comes back, the facilitator imports it into the workshop file. The import first shows what it will add and change and lists every problem by sheet, row and column; nothing is changed until every problem is fixed.</source>
            <translation>عند إعادة المصنف، يستورده الميسّر إلى ملف حلقة العمل. يعرض الاستيراد أولًا ما سيضيفه ويغيّره ويسرد كل مشكلة حسب الورقة والصف والعمود؛ ولا يتغير أي شيء حتى تُصلح جميع المشكلات.</translation>
        </message>
        <message>
            <source>This copy leaves out personal data: the columns for names, positions and contact details of people (grey headers) are empty. Fill them in for new rows only; an empty cell there leaves what the workshop holds as it is.</source>
            <translation>تستبعد هذه النسخة البيانات الشخصية: أعمدة أسماء الأشخاص ومناصبهم وبيانات الاتصال بهم (ذات العناوين الرمادية) فارغة. املأها للصفوف الجديدة فقط؛ فالخلية الفارغة فيها تُبقي ما تحتويه حلقة العمل كما هو.</translation>
        </message>
        <message>
            <source>Mainstream Desktop workbook</source>
            <translation>مصنف Mainstream Desktop</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>تاريخ التصدير</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>البيانات الشخصية</translation>
        </message>
        <message>
            <source>included</source>
            <translation>مضمَّنة</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>مستبعدة</translation>
        </message>
        <message>
            <source>How to fill in this workbook</source>
            <translation>كيفية ملء هذا المصنف</translation>
        </message>
        <message>
            <source>Sheets and columns</source>
            <translation>الأوراق والأعمدة</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>الورقة</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>العمود</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>مطلوب</translation>
        </message>
        <message>
            <source>What to enter</source>
            <translation>ما يجب إدخاله</translation>
        </message>
        <message>
            <source>Left empty in this export (no personal data); existing values are kept. Fill it in for new rows.</source>
            <translation>تُرك فارغًا في هذا التصدير (دون بيانات شخصية)؛ ويُحتفظ بالقيم الموجودة. املأه للصفوف الجديدة.</translation>
        </message>
        <message>
            <source>Several values: separate them with “; ”. Press OK to keep what you typed.</source>
            <translation>عدة قيم: افصل بينها بـ «; ». اضغط «موافق» للإبقاء على ما كتبته.</translation>
        </message>
        <message>
            <source>Not found on sheet {sheet}. Keep it only if it is the exact name of a record there.</source>
            <translation>غير موجود في الورقة {sheet}. أبقِ عليه فقط إذا كان الاسم المطابق لسجل هناك.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The disk is full. Free some space (or choose another disk) and try again; nothing was written.</source>
            <translation>القرص ممتلئ. أفرغ بعض المساحة (أو اختر قرصًا آخر) وحاول مرة أخرى؛ لم يُكتب أي شيء.</translation>
        </message>
        <message>
            <source>Cannot write “{path}”: {reason}.</source>
            <translation>تتعذر كتابة «{path}»: {reason}.</translation>
        </message>
        <message>
            <source>The file could not be written: {reason}.</source>
            <translation>تعذّرت كتابة الملف: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>Zoom</name>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;تكبير</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>الحجم ال&amp;فعلي</translation>
        </message>
        <message>
            <source>Pre&amp;vious question</source>
            <translation>السؤال ال&amp;سابق</translation>
        </message>
        <message>
            <source>Next &amp;question</source>
            <translation>السؤال ال&amp;تالي</translation>
        </message>
    </context>
    <context>
        <name>Reference</name>
        <message>
            <source>Employment and labour markets</source>
            <translation>العمالة وأسواق العمل</translation>
        </message>
        <message>
            <source>Education and skills development</source>
            <translation>التعليم وتنمية المهارات</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>الصحة</translation>
        </message>
        <message>
            <source>Agriculture, food security and rural development</source>
            <translation>الزراعة والأمن الغذائي والتنمية الريفية</translation>
        </message>
        <message>
            <source>Urban development, housing and local services</source>
            <translation>التنمية الحضرية والإسكان والخدمات المحلية</translation>
        </message>
        <message>
            <source>Social protection and social security</source>
            <translation>الحماية الاجتماعية والضمان الاجتماعي</translation>
        </message>
        <message>
            <source>Finance, remittances and financial inclusion</source>
            <translation>التمويل والتحويلات المالية والشمول المالي</translation>
        </message>
        <message>
            <source>Private sector development, investment and trade</source>
            <translation>تنمية القطاع الخاص والاستثمار والتجارة</translation>
        </message>
        <message>
            <source>Diaspora engagement</source>
            <translation>إشراك المغتربين</translation>
        </message>
        <message>
            <source>Environment, climate change and disaster risk reduction</source>
            <translation>البيئة وتغير المناخ والحد من مخاطر الكوارث</translation>
        </message>
        <message>
            <source>Gender equality</source>
            <translation>المساواة بين الجنسين</translation>
        </message>
        <message>
            <source>Children and youth</source>
            <translation>الأطفال والشباب</translation>
        </message>
        <message>
            <source>Governance, rule of law and human rights</source>
            <translation>الحوكمة وسيادة القانون وحقوق الإنسان</translation>
        </message>
        <message>
            <source>Security and border management</source>
            <translation>الأمن وإدارة الحدود</translation>
        </message>
        <message>
            <source>Lead government body / national focal point</source>
            <translation>الجهة الحكومية الرائدة / جهة التنسيق الوطنية</translation>
        </message>
        <message>
            <source>Line ministries and agencies</source>
            <translation>الوزارات والوكالات القطاعية</translation>
        </message>
        <message>
            <source>National statistical system</source>
            <translation>النظام الإحصائي الوطني</translation>
        </message>
        <message>
            <source>Central bank and financial regulators</source>
            <translation>المصرف المركزي والجهات التنظيمية المالية</translation>
        </message>
        <message>
            <source>Local and regional authorities</source>
            <translation>السلطات المحلية والإقليمية</translation>
        </message>
        <message>
            <source>Parliament</source>
            <translation>البرلمان</translation>
        </message>
        <message>
            <source>National human rights institutions</source>
            <translation>المؤسسات الوطنية لحقوق الإنسان</translation>
        </message>
        <message>
            <source>Migrants, diaspora and their organizations</source>
            <translation>المهاجرون والمغتربون ومنظماتهم</translation>
        </message>
        <message>
            <source>Civil society and faith-based organizations</source>
            <translation>المجتمع المدني والمنظمات الدينية</translation>
        </message>
        <message>
            <source>Trade unions / workers' organizations</source>
            <translation>النقابات العمالية / منظمات العمال</translation>
        </message>
        <message>
            <source>Employers, private sector and recruitment industry</source>
            <translation>أصحاب العمل والقطاع الخاص وقطاع التوظيف</translation>
        </message>
        <message>
            <source>Academia and research</source>
            <translation>الأوساط الأكاديمية والبحثية</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>وسائل الإعلام</translation>
        </message>
        <message>
            <source>UN system and international organizations</source>
            <translation>منظومة الأمم المتحدة والمنظمات الدولية</translation>
        </message>
        <message>
            <source>Development partners and donors</source>
            <translation>الشركاء الإنمائيون والجهات المانحة</translation>
        </message>
        <message>
            <source>Regional and inter-state bodies</source>
            <translation>الهيئات الإقليمية والهيئات المشتركة بين الدول</translation>
        </message>
        <message>
            <source>Communities of origin, transit and destination</source>
            <translation>مجتمعات المنشأ والعبور والمقصد</translation>
        </message>
        <message>
            <source>Population and housing census</source>
            <translation>تعداد السكان والمساكن</translation>
        </message>
        <message>
            <source>Labour force survey (with migration module)</source>
            <translation>مسح القوى العاملة (مع وحدة خاصة بالهجرة)</translation>
        </message>
        <message>
            <source>Household income/expenditure or living-standards survey</source>
            <translation>مسح دخل الأسر المعيشية وإنفاقها أو مسح مستويات المعيشة</translation>
        </message>
        <message>
            <source>Demographic and Health Survey / Multiple Indicator Cluster Survey</source>
            <translation>المسح الديمغرافي والصحي / المسح العنقودي متعدد المؤشرات</translation>
        </message>
        <message>
            <source>Specialised migration, remittance or cost-of-migration survey</source>
            <translation>مسح متخصص للهجرة أو التحويلات المالية أو تكلفة الهجرة</translation>
        </message>
        <message>
            <source>Population register / register of foreigners</source>
            <translation>سجل السكان / سجل الأجانب</translation>
        </message>
        <message>
            <source>Residence permit records</source>
            <translation>سجلات تصاريح الإقامة</translation>
        </message>
        <message>
            <source>Work permit and outgoing-worker registration records</source>
            <translation>سجلات تصاريح العمل وتسجيل العمال المغادرين</translation>
        </message>
        <message>
            <source>Visa records</source>
            <translation>سجلات التأشيرات</translation>
        </message>
        <message>
            <source>Border crossing (entry/exit) records</source>
            <translation>سجلات عبور الحدود (الدخول/الخروج)</translation>
        </message>
        <message>
            <source>Asylum and refugee registration</source>
            <translation>تسجيل طالبي اللجوء واللاجئين</translation>
        </message>
        <message>
            <source>Consular registers of nationals abroad</source>
            <translation>السجلات القنصلية للمواطنين في الخارج</translation>
        </message>
        <message>
            <source>Civil registration and vital statistics</source>
            <translation>التسجيل المدني والإحصاءات الحيوية</translation>
        </message>
        <message>
            <source>Balance-of-payments remittance statistics</source>
            <translation>إحصاءات التحويلات المالية في ميزان المدفوعات</translation>
        </message>
        <message>
            <source>Remittance price data</source>
            <translation>بيانات تكاليف التحويلات المالية</translation>
        </message>
        <message>
            <source>Education management information system</source>
            <translation>نظام معلومات إدارة التعليم</translation>
        </message>
        <message>
            <source>Health workforce registries</source>
            <translation>سجلات القوى العاملة الصحية</translation>
        </message>
        <message>
            <source>Social security and tax administrative records</source>
            <translation>السجلات الإدارية للضمان الاجتماعي والضرائب</translation>
        </message>
        <message>
            <source>Trafficking and smuggling case data</source>
            <translation>بيانات حالات الاتجار بالأشخاص وتهريب المهاجرين</translation>
        </message>
        <message>
            <source>Deaths and disappearances during migration</source>
            <translation>حالات الوفاة والاختفاء أثناء الهجرة</translation>
        </message>
        <message>
            <source>Displacement tracking</source>
            <translation>تتبع النزوح</translation>
        </message>
        <message>
            <source>Migration policy inventories</source>
            <translation>قوائم جرد سياسات الهجرة</translation>
        </message>
        <message>
            <source>Non-traditional data (mobile phone, online and social-media data)</source>
            <translation>البيانات غير التقليدية (بيانات الهواتف المحمولة والإنترنت ووسائل التواصل الاجتماعي)</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <translation>بلد الميلاد</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <translation>بلد الجنسية</translation>
        </message>
        <message>
            <source>Acquisition of citizenship</source>
            <translation>اكتساب الجنسية</translation>
        </message>
        <message>
            <source>Year or period of arrival</source>
            <translation>سنة الوصول أو فترته</translation>
        </message>
        <message>
            <source>Place of birth (within the country)</source>
            <translation>مكان الميلاد (داخل البلد)</translation>
        </message>
        <message>
            <source>Duration of residence</source>
            <translation>مدة الإقامة</translation>
        </message>
        <message>
            <source>Place or country of previous residence</source>
            <translation>مكان الإقامة السابقة أو بلدها</translation>
        </message>
        <message>
            <source>Place of residence 1 year ago</source>
            <translation>مكان الإقامة قبل سنة واحدة</translation>
        </message>
        <message>
            <source>Place of residence 5 years ago</source>
            <translation>مكان الإقامة قبل 5 سنوات</translation>
        </message>
        <message>
            <source>Ever resided abroad</source>
            <translation>سبقت الإقامة في الخارج</translation>
        </message>
        <message>
            <source>Reason for migration</source>
            <translation>سبب الهجرة</translation>
        </message>
        <message>
            <source>Household members currently living abroad</source>
            <translation>أفراد الأسرة المعيشية المقيمون حاليًا في الخارج</translation>
        </message>
        <message>
            <source>Household members who ever lived abroad</source>
            <translation>أفراد الأسرة المعيشية الذين سبق أن أقاموا في الخارج</translation>
        </message>
        <message>
            <source>Return migration (returnees and time abroad)</source>
            <translation>الهجرة العائدة (العائدون ومدة الإقامة في الخارج)</translation>
        </message>
        <message>
            <source>Intention to migrate</source>
            <translation>نية الهجرة</translation>
        </message>
        <message>
            <source>Remittances received</source>
            <translation>التحويلات المالية الواردة</translation>
        </message>
        <message>
            <source>Remittances sent</source>
            <translation>التحويلات المالية المرسلة</translation>
        </message>
        <message>
            <source>Recruitment costs paid by migrant workers</source>
            <translation>تكاليف التوظيف التي يدفعها العمال المهاجرون</translation>
        </message>
        <message>
            <source>Parents' country of birth</source>
            <translation>بلد ميلاد الوالدين</translation>
        </message>
        <message>
            <source>Legal status / permit type</source>
            <translation>الوضع القانوني / نوع التصريح</translation>
        </message>
        <message>
            <source>Asylum or refugee status</source>
            <translation>وضع طالب اللجوء أو اللاجئ</translation>
        </message>
        <message>
            <source>Purpose of travel or stay</source>
            <translation>الغرض من السفر أو الإقامة</translation>
        </message>
        <message>
            <source>Country of destination (for emigrants and outgoing workers)</source>
            <translation>بلد المقصد (للمهاجرين إلى الخارج والعمال المغادرين)</translation>
        </message>
        <message>
            <source>Country of residence (nationals abroad)</source>
            <translation>بلد الإقامة (للمواطنين في الخارج)</translation>
        </message>
        <message>
            <source>Country of training or qualification</source>
            <translation>بلد التدريب أو الحصول على المؤهل</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>الجنس</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>العمر</translation>
        </message>
        <message>
            <source>Migratory status</source>
            <translation>الوضع من حيث الهجرة</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>الجنسية</translation>
        </message>
        <message>
            <source>Country of previous residence</source>
            <translation>بلد الإقامة السابقة</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>الدخل</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>الإعاقة</translation>
        </message>
        <message>
            <source>Geographic location</source>
            <translation>الموقع الجغرافي</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>العرق</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>الانتماء الإثني</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>التعليم</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>المهنة</translation>
        </message>
        <message>
            <source>A formal decision to mainstream migration into development planning has been taken at a senior level of government.</source>
            <translation>اتُّخذ على مستوى رفيع في الحكومة قرار رسمي بتعميم مراعاة الهجرة في تخطيط التنمية.</translation>
        </message>
        <message>
            <source>A lead body with a clear mandate (for example a planning body or the office of the head of government) has been chosen, and a national focal point inside government has been named to lead and coordinate the work.</source>
            <translation>اختيرت جهة رائدة ذات ولاية واضحة (مثل هيئة للتخطيط أو مكتب رئيس الحكومة)، وسُمّيت جهة تنسيق وطنية داخل الحكومة لقيادة العمل وتنسيقه.</translation>
        </message>
        <message>
            <source>An expert facilitator has been identified to support the focal point.</source>
            <translation>حُدّد ميسّر خبير لدعم جهة التنسيق.</translation>
        </message>
        <message>
            <source>A small support group (government, UN Country Team, possibly civil society) is in place to give technical advice.</source>
            <translation>يوجد فريق دعم صغير (من الحكومة وفريق الأمم المتحدة القطري، وربما المجتمع المدني) لتقديم المشورة التقنية.</translation>
        </message>
        <message>
            <source>An inter-ministerial coordination mechanism exists and has written terms of reference setting out its composition, mandate and functions.</source>
            <translation>توجد آلية تنسيق مشتركة بين الوزارات لها اختصاصات مكتوبة تحدد تكوينها وولايتها ومهامها.</translation>
        </message>
        <message>
            <source>A multi-stakeholder consultative mechanism has been set up so that migrants, diaspora, civil society, the private sector, trade unions and academia are consulted regularly.</source>
            <translation>أُنشئت آلية تشاورية متعددة أصحاب المصلحة لضمان التشاور بانتظام مع المهاجرين والمغتربين والمجتمع المدني والقطاع الخاص والنقابات العمالية والأوساط الأكاديمية.</translation>
        </message>
        <message>
            <source>Government and non-government actors have been briefed early and made aware of what mainstreaming involves and what they stand to gain.</source>
            <translation>أُطلعت الجهات الفاعلة الحكومية وغير الحكومية في وقت مبكر على ما ينطوي عليه تعميم المراعاة وما يمكن أن تجنيه منه.</translation>
        </message>
        <message>
            <source>Funds for the mainstreaming work are allocated in the national budget or otherwise secured.</source>
            <translation>خُصّصت أموال لأعمال تعميم المراعاة في الميزانية الوطنية أو جرى تأمينها بطريقة أخرى.</translation>
        </message>
        <message>
            <source>The work is tied to the national development plan and its timetable, or to a stand-alone strategy that serves the plan's goals.</source>
            <translation>يرتبط العمل بخطة التنمية الوطنية وجدولها الزمني، أو باستراتيجية مستقلة تخدم أهداف الخطة.</translation>
        </message>
        <message>
            <source>The national statistics office is involved and the government has committed to improving and updating migration data.</source>
            <translation>يشارك مكتب الإحصاء الوطني، والتزمت الحكومة بتحسين بيانات الهجرة وتحديثها.</translation>
        </message>
        <message>
            <source>Local and regional governments are involved so that policies are coherent across levels of government.</source>
            <translation>تشارك الحكومات المحلية والإقليمية لضمان اتساق السياسات عبر مستويات الحكم.</translation>
        </message>
        <message>
            <source>The government has prepared, or decided to prepare, a voluntary national implementation plan for the Global Compact for Migration with regular inclusive reviews.</source>
            <translation>أعدّت الحكومة، أو قررت إعداد، خطة تنفيذ وطنية طوعية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، مع استعراضات شاملة ومنتظمة.</translation>
        </message>
        <message>
            <source>What should this workshop produce, and who will use the results?</source>
            <translation>ما الذي ينبغي أن تُسفر عنه حلقة العمل هذه، ومن سيستخدم نتائجها؟</translation>
        </message>
        <message>
            <source>Are we building migration into a new national development plan now being drafted, or preparing a separate migration and development strategy that serves the existing plan?</source>
            <translation>هل ندمج الهجرة في خطة تنمية وطنية جديدة قيد الصياغة حاليًا، أم نُعدّ استراتيجية مستقلة للهجرة والتنمية تخدم الخطة القائمة؟</translation>
        </message>
        <message>
            <source>Which kinds of movement matter most for the country (emigration, immigration, return, transit, internal movement), and which will this exercise cover?</source>
            <translation>ما أنواع التنقل الأهم بالنسبة إلى البلد (الهجرة إلى الخارج، والهجرة الوافدة، والعودة، والعبور، والتنقل الداخلي)، وأيّها سيشمله هذا العمل؟</translation>
        </message>
        <message>
            <source>Who is in the room today, and which ministries, levels of government or non-government groups are missing?</source>
            <translation>من الحاضرون اليوم، وما الوزارات أو مستويات الحكم أو المجموعات غير الحكومية الغائبة؟</translation>
        </message>
        <message>
            <source>What earlier work can we build on, such as a migration profile, a national human development report or a national SDG report?</source>
            <translation>ما الأعمال السابقة التي يمكننا البناء عليها، مثل موجز الهجرة القطري، أو تقرير التنمية البشرية الوطني، أو التقرير الوطني عن أهداف التنمية المستدامة؟</translation>
        </message>
        <message>
            <source>Which other planning or SDG processes are running at the same time, and how will this work connect with them?</source>
            <translation>ما عمليات التخطيط أو عمليات أهداف التنمية المستدامة الأخرى الجارية في الوقت نفسه، وكيف سيرتبط هذا العمل بها؟</translation>
        </message>
        <message>
            <source>What must we agree before we leave today, and who will carry the next steps forward?</source>
            <translation>على ماذا يجب أن نتفق قبل مغادرتنا اليوم، ومن سيتولى الخطوات التالية؟</translation>
        </message>
        <message>
            <source>Has the government formally decided to mainstream migration into development planning, and at what level was that decision taken?</source>
            <translation>هل قررت الحكومة رسميًا تعميم مراعاة الهجرة في تخطيط التنمية، وعلى أي مستوى اتُّخذ هذا القرار؟</translation>
        </message>
        <message>
            <source>Which body has the mandate to lead mainstreaming, and has it named a focal point?</source>
            <translation>ما الجهة المكلفة بقيادة تعميم المراعاة، وهل سمّت جهة تنسيق؟</translation>
        </message>
        <message>
            <source>Is there an inter-ministerial group to coordinate the work, and does it have written terms of reference?</source>
            <translation>هل يوجد فريق مشترك بين الوزارات لتنسيق العمل، وهل له اختصاصات مكتوبة؟</translation>
        </message>
        <message>
            <source>How will migrants, diaspora, civil society, employers, trade unions and researchers be consulted on a regular basis?</source>
            <translation>كيف سيجري التشاور بانتظام مع المهاجرين والمغتربين والمجتمع المدني وأصحاب العمل والنقابات العمالية والباحثين؟</translation>
        </message>
        <message>
            <source>Is there money in the budget for this work, and if not, where could it come from?</source>
            <translation>هل توجد أموال في الميزانية لهذا العمل، وإن لم توجد، فمن أين يمكن الحصول عليها؟</translation>
        </message>
        <message>
            <source>How will the work be tied to the national development plan and its calendar?</source>
            <translation>كيف سيُربط العمل بخطة التنمية الوطنية وجدولها الزمني؟</translation>
        </message>
        <message>
            <source>Is the national statistics office on board, and has the government committed to improving migration data?</source>
            <translation>هل مكتب الإحصاء الوطني مشارك، وهل التزمت الحكومة بتحسين بيانات الهجرة؟</translation>
        </message>
        <message>
            <source>How are local and regional governments taking part?</source>
            <translation>كيف تشارك الحكومات المحلية والإقليمية؟</translation>
        </message>
        <message>
            <source>Which ministries, agencies and other bodies have a mandate or programmes that touch on migration?</source>
            <translation>ما الوزارات والوكالات والجهات الأخرى التي لها ولاية أو برامج تتصل بالهجرة؟</translation>
        </message>
        <message>
            <source>What does each stakeholder want from migration policy, and is it likely to support or oppose this work?</source>
            <translation>ماذا يريد كل صاحب مصلحة من سياسة الهجرة، وهل يُرجَّح أن يدعم هذا العمل أو يعارضه؟</translation>
        </message>
        <message>
            <source>How would changes in migration policy affect each group?</source>
            <translation>كيف ستؤثر التغييرات في سياسة الهجرة في كل فئة؟</translation>
        </message>
        <message>
            <source>Whose views carry the most weight, and how can we gain their support?</source>
            <translation>من أصحاب الآراء الأكثر تأثيرًا، وكيف يمكننا كسب دعمهم؟</translation>
        </message>
        <message>
            <source>Can migrants, diaspora members, women and other directly affected groups speak for themselves in this process?</source>
            <translation>هل يستطيع المهاجرون وأفراد الجاليات في الخارج والنساء وغيرهم من الفئات المتأثرة مباشرة التعبير عن أنفسهم في هذه العملية؟</translation>
        </message>
        <message>
            <source>Where do mandates overlap or leave gaps, and who should coordinate?</source>
            <translation>أين تتداخل الولايات أو تترك ثغرات، ومن ينبغي أن يتولى التنسيق؟</translation>
        </message>
        <message>
            <source>Which laws, policies and plans already affect migration, and do any of them pull in different directions?</source>
            <translation>ما القوانين والسياسات والخطط التي تؤثر بالفعل في الهجرة، وهل يتعارض أي منها مع غيره؟</translation>
        </message>
        <message>
            <source>Which sources already hold migration data: the census, surveys, administrative registers, border records, permits, remittance statistics?</source>
            <translation>ما المصادر التي تتضمن بالفعل بيانات عن الهجرة: التعداد، أو المسوح، أو السجلات الإدارية، أو سجلات الحدود، أو التصاريح، أو إحصاءات التحويلات المالية؟</translation>
        </message>
        <message>
            <source>Who owns each source, how often is it updated, and can we get access to it?</source>
            <translation>من يملك كل مصدر، وكم مرة يُحدَّث، وهل يمكننا الوصول إليه؟</translation>
        </message>
        <message>
            <source>Do the sources record country of birth, country of citizenship and year of arrival?</source>
            <translation>هل تسجل المصادر بلد الميلاد وبلد الجنسية وسنة الوصول؟</translation>
        </message>
        <message>
            <source>Can the data be broken down by sex, age and migratory status, and by other characteristics that matter here?</source>
            <translation>هل يمكن تصنيف البيانات حسب الجنس والعمر والوضع من حيث الهجرة، وحسب خصائص أخرى مهمة في هذا السياق؟</translation>
        </message>
        <message>
            <source>What do we know about citizens living abroad and about people who have returned?</source>
            <translation>ماذا نعرف عن المواطنين المقيمين في الخارج وعن العائدين؟</translation>
        </message>
        <message>
            <source>Which of our priority SDG and GCM indicators can we measure today, and where are the gaps?</source>
            <translation>أيّ مؤشراتنا ذات الأولوية المتعلقة بأهداف التنمية المستدامة والاتفاق العالمي يمكننا قياسها اليوم، وأين الثغرات؟</translation>
        </message>
        <message>
            <source>Could we fill gaps by adding questions to planned surveys or the next census, or by using proxy indicators?</source>
            <translation>هل يمكننا سد الثغرات بإضافة أسئلة إلى المسوح المخطط لها أو إلى التعداد المقبل، أو باستخدام مؤشرات بديلة؟</translation>
        </message>
        <message>
            <source>How will agencies share data with each other while protecting personal information?</source>
            <translation>كيف ستتبادل الجهات البيانات فيما بينها مع حماية المعلومات الشخصية؟</translation>
        </message>
        <message>
            <source>How many people have left the country, arrived, returned or moved within it, and how have these stocks and flows changed over the last ten years?</source>
            <translation>كم عدد الأشخاص الذين غادروا البلد أو وصلوا إليه أو عادوا إليه أو تنقلوا داخله، وكيف تغيّرت هذه الأعداد والتدفقات على مدى السنوات العشر الماضية؟</translation>
        </message>
        <message>
            <source>How much do remittances bring in, as a share of GDP, and how much does it cost to send them? Which corridors are the most expensive?</source>
            <translation>ما حجم التحويلات المالية الواردة كنسبة من الناتج المحلي الإجمالي، وكم تبلغ تكلفة إرسالها؟ وما الممرات الأعلى تكلفة؟</translation>
        </message>
        <message>
            <source>What do the figures say about the goals of the national development plan, and which goal has no figure to track it?</source>
            <translation>ماذا تقول الأرقام عن أهداف خطة التنمية الوطنية، وما الهدف الذي لا يوجد رقم لتتبعه؟</translation>
        </message>
        <message>
            <source>Which figures are more than five years old or not broken down by sex, age and region, and who could update them before the plan is adopted?</source>
            <translation>ما الأرقام التي يزيد عمرها على خمس سنوات أو غير المصنَّفة حسب الجنس والعمر والمنطقة، ومن يمكنه تحديثها قبل اعتماد الخطة؟</translation>
        </message>
        <message>
            <source>How does migration affect this sector's goals, and how do the sector's policies affect migration?</source>
            <translation>كيف تؤثر الهجرة في أهداف هذا القطاع، وكيف تؤثر سياسات القطاع في الهجرة؟</translation>
        </message>
        <message>
            <source>Where does migration bring benefits to this sector, such as skills, workers or remittances, and where does it create pressures or risks?</source>
            <translation>أين تجلب الهجرة منافع لهذا القطاع، مثل المهارات أو العمال أو التحويلات المالية، وأين تُحدث ضغوطًا أو مخاطر؟</translation>
        </message>
        <message>
            <source>Do the sector's services and programmes reach migrants, returnees and families left behind?</source>
            <translation>هل تصل خدمات القطاع وبرامجه إلى المهاجرين والعائدين والأسر التي بقيت في البلد؟</translation>
        </message>
        <message>
            <source>Does the current sector strategy or plan mention migration, and if so, how?</source>
            <translation>هل تذكر الاستراتيجية أو الخطة القطاعية الحالية الهجرة، وإن كان الأمر كذلك، فكيف؟</translation>
        </message>
        <message>
            <source>What knock-on effects could a change in this sector have elsewhere, for example a farm reform that pushes people to move to cities?</source>
            <translation>ما الآثار غير المباشرة التي قد يُحدثها تغيير في هذا القطاع في مجالات أخرى، مثل إصلاح زراعي يدفع الناس إلى الانتقال إلى المدن؟</translation>
        </message>
        <message>
            <source>Which SDG targets and GCM objectives does this sector contribute to?</source>
            <translation>ما غايات أهداف التنمية المستدامة وأهداف الاتفاق العالمي التي يسهم فيها هذا القطاع؟</translation>
        </message>
        <message>
            <source>Who from this sector should take part in the follow-up?</source>
            <translation>من ينبغي أن يشارك في المتابعة من هذا القطاع؟</translation>
        </message>
        <message>
            <source>Which issues from our review should be the top priorities, and why?</source>
            <translation>ما القضايا التي برزت في استعراضنا وينبغي أن تكون الأولويات القصوى، ولماذا؟</translation>
        </message>
        <message>
            <source>What concrete action will address each priority?</source>
            <translation>ما الإجراء الملموس الذي سيعالج كل أولوية؟</translation>
        </message>
        <message>
            <source>Which body is responsible for each action, and who will support it?</source>
            <translation>ما الجهة المسؤولة عن كل إجراء، ومن سيدعمها؟</translation>
        </message>
        <message>
            <source>By when should each action be completed?</source>
            <translation>بحلول أي موعد ينبغي إنجاز كل إجراء؟</translation>
        </message>
        <message>
            <source>What will each action cost, and where will the money come from?</source>
            <translation>ما تكلفة كل إجراء، ومن أين ستأتي الأموال؟</translation>
        </message>
        <message>
            <source>Which indicator will show whether the action has worked, and who will report on it?</source>
            <translation>ما المؤشر الذي سيبيّن ما إذا كان الإجراء قد نجح، ومن سيقدم التقارير عنه؟</translation>
        </message>
        <message>
            <source>How will the action plan be written into the national development plan and the budget cycle?</source>
            <translation>كيف ستُدرج خطة العمل في خطة التنمية الوطنية ودورة الميزانية؟</translation>
        </message>
        <message>
            <source>When and how will we review progress and adjust the plan?</source>
            <translation>متى وكيف سنستعرض التقدم المحرز ونعدّل الخطة؟</translation>
        </message>
        <message>
            <source>Non-discrimination: do the sector's laws, rules or practices treat migrants differently by nationality, migration status, sex or age, and is the difference justified?</source>
            <translation>عدم التمييز: هل تعامل قوانين القطاع أو قواعده أو ممارساته المهاجرين معاملة مختلفة بحسب الجنسية أو الوضع من حيث الهجرة أو الجنس أو العمر، وهل لهذا الاختلاف ما يبرره؟</translation>
        </message>
        <message>
            <source>Access to services and justice: can migrants, including those in an irregular situation, use the sector's services and complain or seek a remedy without fear of being reported to immigration authorities?</source>
            <translation>الوصول إلى الخدمات وإلى العدالة: هل يستطيع المهاجرون، بمن فيهم الذين هم في وضع غير نظامي، الاستفادة من خدمات القطاع وتقديم الشكاوى أو التماس سبل الانتصاف دون خوف من الإبلاغ عنهم لسلطات الهجرة؟</translation>
        </message>
        <message>
            <source>Detention: does the sector's policy lead to anyone being detained for migration reasons, for how long and with what review, and which alternatives to detention exist, above all for children and families?</source>
            <translation>الاحتجاز: هل تؤدي سياسة القطاع إلى احتجاز أي شخص لأسباب تتعلق بالهجرة، ولأي مدة ومع أي مراجعة، وما بدائل الاحتجاز المتاحة، ولا سيما للأطفال والأسر؟</translation>
        </message>
        <message>
            <source>Groups in vulnerable situations: which groups does the sector miss or put at risk, such as women at risk, unaccompanied children, victims of trafficking, stateless persons, migrant domestic workers or families left behind?</source>
            <translation>الفئات التي تعيش أوضاعًا هشة: ما الفئات التي يغفلها القطاع أو يعرّضها للخطر، مثل النساء المعرّضات للخطر، والأطفال غير المصحوبين، وضحايا الاتجار بالأشخاص، وعديمي الجنسية، والعمال المنزليين المهاجرين، والأسر الباقية في البلد الأصلي؟</translation>
        </message>
        <message>
            <source>Gender: how do the sector's policies affect migrant women and men, girls and boys differently, and were women's organisations consulted?</source>
            <translation>المسائل الجنسانية: كيف تؤثر سياسات القطاع تأثيرًا مختلفًا في النساء والرجال والفتيات والفتيان من المهاجرين، وهل استُشيرت المنظمات النسائية؟</translation>
        </message>
        <message>
            <source>Workshop set-up</source>
            <translation>إعداد حلقة العمل</translation>
        </message>
        <message>
            <source>Political commitment</source>
            <translation>الالتزام السياسي</translation>
        </message>
        <message>
            <source>Institutional and stakeholder mapping</source>
            <translation>رسم خريطة المؤسسات وأصحاب المصلحة</translation>
        </message>
        <message>
            <source>Data inventory</source>
            <translation>جرد البيانات</translation>
        </message>
        <message>
            <source>Sectoral review</source>
            <translation>الاستعراض القطاعي</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>خطة العمل</translation>
        </message>
        <message>
            <source>Agree why the country is mainstreaming migration, what the exercise will cover and who needs to be involved. Decide whether migration goes into a new national development plan or into a stand-alone strategy linked to it, and list the existing studies to build on.</source>
            <translation>الاتفاق على أسباب قيام البلد بتعميم مراعاة الهجرة، وعلى ما سيشمله هذا العمل ومن يلزم إشراكه. وتحديد ما إذا كانت الهجرة ستُدمج في خطة تنمية وطنية جديدة أو في استراتيجية مستقلة مرتبطة بها، وإدراج الدراسات القائمة التي يمكن البناء عليها.</translation>
        </message>
        <message>
            <source>Check that the political backing and the support structure are in place before the technical work starts. This means a high-level decision, a lead body with a focal point, coordination and consultation mechanisms, a budget and a clear link to the national plan.</source>
            <translation>التحقق من توافر الدعم السياسي وهيكل الدعم قبل بدء العمل التقني. ويعني ذلك وجود قرار رفيع المستوى، وجهة رائدة لها جهة تنسيق، وآليات للتنسيق والتشاور، وميزانية، وصلة واضحة بالخطة الوطنية.</translation>
        </message>
        <message>
            <source>Map the government bodies and other actors whose mandates, interests or programmes touch on migration. Record their role, influence and likely position so the group can plan how to involve each of them and where coordination is needed.</source>
            <translation>تحديد الجهات الحكومية والجهات الفاعلة الأخرى التي تتصل ولاياتها أو مصالحها أو برامجها بالهجرة. وتسجيل دور كل منها ونفوذها وموقفها المرجّح، كي يتمكن الفريق من التخطيط لكيفية إشراك كل منها وتحديد مواضع الحاجة إلى التنسيق.</translation>
        </message>
        <message>
            <source>List the data sources that can describe migration and its effects, who owns them and what they capture. Compare them with the indicators the country has prioritised to find gaps, weak disaggregation and practical ways to close them.</source>
            <translation>إدراج مصادر البيانات التي يمكن أن تصف الهجرة وآثارها، والجهات المالكة لها وما ترصده. ومقارنتها بالمؤشرات التي حددها البلد كأولويات للكشف عن الثغرات وضعف التصنيف والسبل العملية لسدها.</translation>
        </message>
        <message>
            <source>Go through each development sector to see how migration affects its goals and how its policies affect migration, including knock-on effects between sectors. The result is a sector-by-sector picture of links, gaps and opportunities for the plan.</source>
            <translation>استعراض كل قطاع إنمائي لمعرفة كيف تؤثر الهجرة في أهدافه وكيف تؤثر سياساته في الهجرة، بما في ذلك الآثار غير المباشرة بين القطاعات. والنتيجة صورة لكل قطاع على حدة تبيّن الروابط والثغرات والفرص المتاحة للخطة.</translation>
        </message>
        <message>
            <source>Turn the findings into a short list of priorities and concrete actions. Each action gets a responsible body, a timeframe, a cost estimate and an indicator so that progress can be monitored and reported.</source>
            <translation>تحويل النتائج إلى قائمة قصيرة من الأولويات والإجراءات الملموسة. ويُحدَّد لكل إجراء جهة مسؤولة وإطار زمني وتقدير للتكلفة ومؤشر، بما يتيح رصد التقدم والإبلاغ عنه.</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>البيانات</translation>
        </message>
        <message>
            <source>Minimize adverse drivers</source>
            <translation>الحد من الدوافع السلبية</translation>
        </message>
        <message>
            <source>Information provision</source>
            <translation>توفير المعلومات</translation>
        </message>
        <message>
            <source>Legal identity and documentation</source>
            <translation>الهوية القانونية والوثائق</translation>
        </message>
        <message>
            <source>Regular pathways</source>
            <translation>المسارات النظامية</translation>
        </message>
        <message>
            <source>Recruitment and decent work</source>
            <translation>التوظيف والعمل اللائق</translation>
        </message>
        <message>
            <source>Reduce vulnerabilities</source>
            <translation>الحد من أوجه الضعف</translation>
        </message>
        <message>
            <source>Save lives</source>
            <translation>إنقاذ الأرواح</translation>
        </message>
        <message>
            <source>Counter smuggling</source>
            <translation>مكافحة تهريب المهاجرين</translation>
        </message>
        <message>
            <source>Eradicate trafficking</source>
            <translation>القضاء على الاتجار بالأشخاص</translation>
        </message>
        <message>
            <source>Manage borders</source>
            <translation>إدارة الحدود</translation>
        </message>
        <message>
            <source>Screening and referral</source>
            <translation>الفرز والإحالة</translation>
        </message>
        <message>
            <source>Alternatives to detention</source>
            <translation>بدائل الاحتجاز</translation>
        </message>
        <message>
            <source>Consular protection</source>
            <translation>الحماية القنصلية</translation>
        </message>
        <message>
            <source>Access to basic services</source>
            <translation>الحصول على الخدمات الأساسية</translation>
        </message>
        <message>
            <source>Inclusion and social cohesion</source>
            <translation>الإدماج والتماسك الاجتماعي</translation>
        </message>
        <message>
            <source>Eliminate discrimination</source>
            <translation>القضاء على التمييز</translation>
        </message>
        <message>
            <source>Skills development and recognition</source>
            <translation>تنمية المهارات والاعتراف بها</translation>
        </message>
        <message>
            <source>Migrant and diaspora contributions</source>
            <translation>إسهامات المهاجرين والمغتربين</translation>
        </message>
        <message>
            <source>Remittances</source>
            <translation>التحويلات المالية</translation>
        </message>
        <message>
            <source>Dignified return and reintegration</source>
            <translation>العودة الكريمة وإعادة الإدماج</translation>
        </message>
        <message>
            <source>Social protection</source>
            <translation>الحماية الاجتماعية</translation>
        </message>
        <message>
            <source>International cooperation</source>
            <translation>التعاون الدولي</translation>
        </message>
        <message>
            <source>Collect and utilize accurate and disaggregated data as a basis for evidence-based policies</source>
            <translation>جمع واستخدام بيانات دقيقة ومصنفة كأساس لوضع سياسات قائمة على الأدلة</translation>
        </message>
        <message>
            <source>Minimize the adverse drivers and structural factors that compel people to leave their country of origin</source>
            <translation>التقليل إلى أدنى حد من العوامل السلبية والعناصر الهيكلية التي تضطر الناس إلى مغادرة بلدهم الأصلي</translation>
        </message>
        <message>
            <source>Provide accurate and timely information at all stages of migration</source>
            <translation>توفير معلومات دقيقة وفي الوقت المناسب في جميع مراحل الهجرة</translation>
        </message>
        <message>
            <source>Ensure that all migrants have proof of legal identity and adequate documentation</source>
            <translation>ضمان حيازة جميع المهاجرين ما يثبت هويتهم القانونية ووثائق كافية</translation>
        </message>
        <message>
            <source>Enhance availability and flexibility of pathways for regular migration</source>
            <translation>تعزيز توافر مسارات الهجرة النظامية ومرونتها</translation>
        </message>
        <message>
            <source>Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work</source>
            <translation>تيسير التوظيف المنصف والأخلاقي وصون الظروف التي تكفل العمل اللائق</translation>
        </message>
        <message>
            <source>Address and reduce vulnerabilities in migration</source>
            <translation>معالجة أوجه الضعف في سياق الهجرة والحد منها</translation>
        </message>
        <message>
            <source>Save lives and establish coordinated international efforts on missing migrants</source>
            <translation>إنقاذ الأرواح وتنسيق الجهود الدولية بشأن المهاجرين المفقودين</translation>
        </message>
        <message>
            <source>Strengthen the transnational response to smuggling of migrants</source>
            <translation>تعزيز التصدي على الصعيد عبر الوطني لتهريب المهاجرين</translation>
        </message>
        <message>
            <source>Prevent, combat and eradicate trafficking in persons in the context of international migration</source>
            <translation>منع الاتجار بالأشخاص ومكافحته والقضاء عليه في سياق الهجرة الدولية</translation>
        </message>
        <message>
            <source>Manage borders in an integrated, secure and coordinated manner</source>
            <translation>إدارة الحدود بطريقة متكاملة وآمنة ومنسقة</translation>
        </message>
        <message>
            <source>Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral</source>
            <translation>تعزيز اليقين وإمكانية التنبؤ في إجراءات الهجرة لأغراض الفرز والتقييم والإحالة على النحو المناسب</translation>
        </message>
        <message>
            <source>Use migration detention only as a measure of last resort and work towards alternatives</source>
            <translation>عدم اللجوء إلى احتجاز المهاجرين إلا كملاذ أخير والعمل على إيجاد بدائل له</translation>
        </message>
        <message>
            <source>Enhance consular protection, assistance and cooperation throughout the migration cycle</source>
            <translation>تعزيز الحماية والمساعدة والتعاون في المجال القنصلي على امتداد دورة الهجرة</translation>
        </message>
        <message>
            <source>Provide access to basic services for migrants</source>
            <translation>توفير إمكانية حصول المهاجرين على الخدمات الأساسية</translation>
        </message>
        <message>
            <source>Empower migrants and societies to realize full inclusion and social cohesion</source>
            <translation>تمكين المهاجرين والمجتمعات من تحقيق الإدماج الكامل والتماسك الاجتماعي</translation>
        </message>
        <message>
            <source>Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration</source>
            <translation>القضاء على جميع أشكال التمييز وتشجيع الخطاب العام المستند إلى أدلة من أجل تشكيل تصورات الهجرة</translation>
        </message>
        <message>
            <source>Invest in skills development and facilitate mutual recognition of skills, qualifications and competences</source>
            <translation>الاستثمار في تنمية المهارات وتيسير الاعتراف المتبادل بالمهارات والمؤهلات والكفاءات</translation>
        </message>
        <message>
            <source>Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries</source>
            <translation>تهيئة الظروف اللازمة لكي يسهم المهاجرون والمغتربون إسهاما كاملا في التنمية المستدامة في جميع البلدان</translation>
        </message>
        <message>
            <source>Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants</source>
            <translation>تعزيز تحويل المهاجرين للأموال بطرق أسرع وأسلم وأرخص وتيسير الشمول المالي للمهاجرين</translation>
        </message>
        <message>
            <source>Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration</source>
            <translation>التعاون في تيسير العودة وإعادة القبول في ظروف آمنة وكريمة، وكذلك إعادة الإدماج المستدامة</translation>
        </message>
        <message>
            <source>Establish mechanisms for the portability of social security entitlements and earned benefits</source>
            <translation>إنشاء آليات لقابلية نقل استحقاقات الضمان الاجتماعي والمزايا المكتسبة</translation>
        </message>
        <message>
            <source>Strengthen international cooperation and global partnerships for safe, orderly and regular migration</source>
            <translation>تعزيز التعاون الدولي والشراكات العالمية من أجل الهجرة الآمنة والمنظمة والنظامية</translation>
        </message>
        <message>
            <source>Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable</source>
            <translation>تنفيذ نظم وتدابير حماية اجتماعية ملائمة على الصعيد الوطني للجميع، ووضع حدود دنيا لها، وتحقيق تغطية واسعة للفقراء والضعفاء بحلول عام 2030</translation>
        </message>
        <message>
            <source>Proportion of population covered by social protection floors/systems, by sex, distinguishing children, unemployed persons, older persons, persons with disabilities, pregnant women, newborns, work-injury victims and the poor and the vulnerable</source>
            <translation>نسبة السكان الذين تشملهم حدود دنيا/نظم للحماية الاجتماعية، بحسب الجنس، وبحسب الفئات السكانية، كالأطفال، والعاطلين عن العمل، والمسنين، والأشخاص ذوي الإعاقة، والحوامل، والأطفال حديثي الولادة، وضحايا إصابات العمل، والفقراء، والضعفاء</translation>
        </message>
        <message>
            <source>By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters</source>
            <translation>بناء قدرة الفقراء والفئات الضعيفة على الصمود، والحد من تعرضهم وتأثّرهم بالظواهر المتطرفة المتصلة بالمناخ وغيرها من الهزات والكوارث الاقتصادية والاجتماعية والبيئية، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population</source>
            <translation>عدد الأشخاص المتوفين والمفقودين ومن تضرروا مباشرة بسبب الكوارث من بين كل 100,000 شخص</translation>
        </message>
        <message>
            <source>Direct economic loss attributed to disasters in relation to global gross domestic product (GDP)</source>
            <translation>الخسائر الاقتصادية التي تُعزى مباشرة إلى الكوارث مقابل الناتج المحلي الإجمالي العالمي</translation>
        </message>
        <message>
            <source>Number of countries that adopt and implement national disaster risk reduction strategies in line with the Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>عدد البلدان التي تعتمد وتنفذ استراتيجيات وطنية للحد من مخاطر الكوارث تمشيًا مع إطار سنداي للحد من مخاطر الكوارث للفترة 2015–2030</translation>
        </message>
        <message>
            <source>Proportion of local governments that adopt and implement local disaster risk reduction strategies in line with national disaster risk reduction strategies</source>
            <translation>نسبة الحكومات المحلية التي تعتمد وتنفذ استراتيجيات محلية للحد من مخاطر الكوارث تمشيًا مع الاستراتيجيات الوطنية للحد من مخاطر الكوارث</translation>
        </message>
        <message>
            <source>Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all</source>
            <translation>تحقيق التغطية الصحية الشاملة، بما في ذلك الحماية من المخاطر المالية، وإمكانية الحصول على خدمات الرعاية الصحية الأساسية الجيدة، وإمكانية حصول الجميع على الأدوية واللقاحات الأساسية المأمونة والجيّدة والفعالة والميسورة التكلفة</translation>
        </message>
        <message>
            <source>Coverage of essential health services</source>
            <translation>تغطية الخدمات الصحية الأساسية</translation>
        </message>
        <message>
            <source>Proportion of population with large household expenditures on health as a share of total household expenditure or income</source>
            <translation>نسبة السكان الذين تنفق أسرهم المعيشية مبالغ كبيرة على الصحة كحصة من مجموع إنفاق الأسرة المعيشية أو دخلها</translation>
        </message>
        <message>
            <source>Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States</source>
            <translation>تحقيق زيادة كبيرة في تمويل قطاع الصحة وتوظيف القوى العاملة في هذا القطاع وتطويرها وتدريبها واستبقائها في البلدان النامية، وبخاصة في أقل البلدان نموًا والدول الجزرية الصغيرة النامية</translation>
        </message>
        <message>
            <source>Health worker density and distribution</source>
            <translation>كثافة العاملين الصحيين وتوزيعهم</translation>
        </message>
        <message>
            <source>By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship</source>
            <translation>تحقيق زيادة كبيرة في عدد الشباب والكبار الذين تتوافر لديهم المهارات المناسبة، بما في ذلك المهارات التقنية والمهنية، للعمل وشغل وظائف لائقة ولمباشرة الأعمال الحرة، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill</source>
            <translation>نسبة الشباب والكبار الذين تتوافر لديهم مهارات تكنولوجيا المعلومات والاتصالات، بحسب نوع المهارة</translation>
        </message>
        <message>
            <source>By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries</source>
            <translation>التوسع بصورة ملحوظة على الصعيد العالمي في عدد المنح الدراسية المتاحة للبلدان النامية، ولا سيما أقل البلدان نموًا، والدول الجزرية الصغيرة النامية، والبلدان الأفريقية، للالتحاق بالتعليم العالي، بما في ذلك التدريب المهني وتكنولوجيا المعلومات والاتصالات، والبرامج التقنية والهندسية والعلمية في البلدان المتقدمة النمو والبلدان النامية الأخرى، بحلول عام 2020</translation>
        </message>
        <message>
            <source>Volume of official development assistance flows for scholarships</source>
            <translation>حجم تدفقات المساعدة الإنمائية الرسمية المخصصة للمنح الدراسية</translation>
        </message>
        <message>
            <source>Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation</source>
            <translation>القضاء على جميع أشكال العنف ضد جميع النساء والفتيات في المجالين العام والخاص، بما في ذلك الاتجار بالبشر والاستغلال الجنسي وغير ذلك من أنواع الاستغلال</translation>
        </message>
        <message>
            <source>Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age</source>
            <translation>نسبة النساء والفتيات المعاشِرات في سن 15 عامًا فأكثر اللاتي تعرضن لعنف بدني أو جنسي أو نفسي على يد عشير حالي أو سابق خلال الاثني عشر شهرًا السابقة، بحسب شكل العنف والعمر</translation>
        </message>
        <message>
            <source>Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence</source>
            <translation>نسبة النساء والفتيات في سن 15 عامًا فأكثر اللاتي تعرضن لعنف جنسي على يد أشخاص غير العشير خلال الاثني عشر شهرًا السابقة، بحسب العمر ومكان الحدوث</translation>
        </message>
        <message>
            <source>Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate</source>
            <translation>الاعتراف بأعمال الرعاية والعمل المنزلي غير المدفوعة الأجر وتقديرها، بتوفير الخدمات العامة والهياكل الأساسية، ووضع سياسات للحماية الاجتماعية، وتعزيز تقاسم المسؤولية داخل الأسرة المعيشية والعائلة، حسبما يكون ذلك مناسبًا على الصعيد الوطني</translation>
        </message>
        <message>
            <source>Proportion of time spent on unpaid domestic and care work, by sex, age and location</source>
            <translation>نسبة الوقت المخصص للأعمال المنزلية وأعمال الرعاية غير المدفوعة الأجر، بحسب الجنس والعمر والمكان</translation>
        </message>
        <message>
            <source>By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value</source>
            <translation>تحقيق العمالة الكاملة والمنتجة وتوفير العمل اللائق لجميع النساء والرجال، بمن فيهم الشباب والأشخاص ذوو الإعاقة، وتكافؤ الأجر لقاء العمل المتكافئ القيمة، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Average hourly earnings of employees, by sex, age, occupation and persons with disabilities</source>
            <translation>متوسط الأجر في الساعة للعاملين، بحسب الجنس والعمر والمهنة والأشخاص ذوي الإعاقة</translation>
        </message>
        <message>
            <source>Unemployment rate, by sex, age and persons with disabilities</source>
            <translation>معدل البطالة، بحسب الجنس والعمر والأشخاص ذوي الإعاقة</translation>
        </message>
        <message>
            <source>Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms</source>
            <translation>اتخاذ تدابير فورية وفعالة للقضاء على السخرة، وإنهاء الرق المعاصر والاتجار بالبشر، وضمان حظر واستئصال أسوأ أشكال عمل الأطفال، بما في ذلك تجنيدهم واستخدامهم كجنود، وإنهاء عمل الأطفال بجميع أشكاله، بحلول عام 2025</translation>
        </message>
        <message>
            <source>Proportion and number of children aged 5–17 years engaged in child labour, by sex and age</source>
            <translation>نسبة الأطفال الذين تتراوح أعمارهم بين 5 و17 سنة والمنخرطين في عمل الأطفال وعددهم، بحسب الجنس والعمر</translation>
        </message>
        <message>
            <source>Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment</source>
            <translation>حماية حقوق العمل وتعزيز بيئات عمل توفر السلامة والأمن لجميع العمال، بمن فيهم العمال المهاجرون، وبخاصة المهاجرات، والعاملون في الوظائف غير المستقرة</translation>
        </message>
        <message>
            <source>Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status</source>
            <translation>إصابات العمل المميتة وغير المميتة لكل 100,000 عامل، بحسب الجنس ووضع المهاجر</translation>
        </message>
        <message>
            <source>Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status</source>
            <translation>مستوى الامتثال الوطني لحقوق العمل (حرية تكوين الجمعيات والمفاوضة الجماعية) استنادًا إلى النصوص الصادرة عن منظمة العمل الدولية والتشريعات الوطنية، بحسب الجنس ووضع المهاجر</translation>
        </message>
        <message>
            <source>Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all</source>
            <translation>تعزيز قدرة المؤسسات المالية المحلية على تشجيع الحصول على الخدمات المصرفية وخدمات التأمين والخدمات المالية للجميع، وتوسيع نطاقها</translation>
        </message>
        <message>
            <source>(a) Number of commercial bank branches per 100,000 adults and (b) number of automated teller machines (ATMs) per 100,000 adults</source>
            <translation>(أ) عدد فروع المصارف التجارية لكل 100,000 شخص بالغ، و(ب) عدد أجهزة الصرف الآلي لكل 100,000 شخص بالغ</translation>
        </message>
        <message>
            <source>Proportion of adults (15 years and older) with an account at a bank or other financial institution or with a mobile-money-service provider</source>
            <translation>نسبة البالغين (15 سنة فأكثر) الذين لديهم حساب في مصرف أو في مؤسسة مالية أخرى أو لدى مقدم خدمات الأموال عبر الهاتف المحمول</translation>
        </message>
        <message>
            <source>By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status</source>
            <translation>تمكين وتعزيز الإدماج الاجتماعي والاقتصادي والسياسي للجميع، بصرف النظر عن السن أو الجنس أو الإعاقة أو الانتماء العرقي أو الإثني أو الأصل أو الدين أو الوضع الاقتصادي أو غير ذلك، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Proportion of people living below 50 per cent of median income, by sex, age and persons with disabilities</source>
            <translation>نسبة السكان الذين يعيشون دون 50 في المائة من الدخل الوسيط، بحسب الجنس والعمر والأشخاص ذوي الإعاقة</translation>
        </message>
        <message>
            <source>Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard</source>
            <translation>كفالة تكافؤ الفرص، والحد من أوجه انعدام المساواة في النتائج، بوسائل منها إزالة القوانين والسياسات والممارسات التمييزية، وتعزيز التشريعات والسياسات والإجراءات الملائمة في هذا الصدد</translation>
        </message>
        <message>
            <source>Proportion of population reporting having personally felt discriminated against or harassed in the previous 12 months on the basis of a ground of discrimination prohibited under international human rights law</source>
            <translation>نسبة السكان الذين أبلغوا عن تعرضهم شخصيًا لممارسات تمييزية أو تحرش خلال الاثني عشر شهرًا السابقة لأسباب يحظر القانون الدولي لحقوق الإنسان التمييز على أساسها</translation>
        </message>
        <message>
            <source>Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies</source>
            <translation>تيسير الهجرة وتنقل الأشخاص على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية، بطرق منها تنفيذ سياسات الهجرة المخطط لها والتي تتسم بحسن الإدارة</translation>
        </message>
        <message>
            <source>Recruitment cost borne by employee as a proportion of monthly income earned in country of destination</source>
            <translation>تكاليف التوظيف التي يتحملها الموظف كنسبة من الدخل الشهري المكتسب في بلد المقصد</translation>
        </message>
        <message>
            <source>Proportion of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people</source>
            <translation>نسبة البلدان التي لديها سياسات هجرة تيسّر الهجرة وتنقل الأشخاص على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية</translation>
        </message>
        <message>
            <source>Number of people who died or disappeared in the process of migration towards an international destination</source>
            <translation>عدد الأشخاص الذين لقوا حتفهم أو اختفوا أثناء عملية الهجرة نحو وجهة دولية</translation>
        </message>
        <message>
            <source>Proportion of the population who are refugees, by country of origin</source>
            <translation>نسبة اللاجئين من السكان، بحسب بلد المنشأ</translation>
        </message>
        <message>
            <source>By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent</source>
            <translation>خفض تكاليف معاملات تحويلات المهاجرين إلى أقل من 3 في المائة، وإلغاء قنوات التحويلات المالية التي تربو تكاليفها على 5 في المائة، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Remittance costs as a proportion of the amount remitted</source>
            <translation>تكاليف التحويلات المالية كنسبة من المبالغ المحوَّلة</translation>
        </message>
        <message>
            <source>By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums</source>
            <translation>كفالة حصول الجميع على مساكن وخدمات أساسية ملائمة وآمنة وميسورة التكلفة، ورفع مستوى الأحياء الفقيرة، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Proportion of urban population living in slums, informal settlements or inadequate housing</source>
            <translation>نسبة السكان الحضريين الذين يعيشون في أحياء فقيرة أو مستوطنات غير رسمية أو مساكن غير لائقة</translation>
        </message>
        <message>
            <source>Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries</source>
            <translation>تعزيز القدرة على الصمود في مواجهة المخاطر المرتبطة بالمناخ والكوارث الطبيعية في جميع البلدان، وتعزيز القدرة على التكيف مع تلك المخاطر</translation>
        </message>
        <message>
            <source>End abuse, exploitation, trafficking and all forms of violence against and torture of children</source>
            <translation>إنهاء ما يتعرض له الأطفال من سوء المعاملة والاستغلال والاتجار بالبشر وجميع أشكال العنف والتعذيب</translation>
        </message>
        <message>
            <source>Proportion of children aged 1–17 years who experienced any physical punishment and/or psychological aggression by caregivers in the past month</source>
            <translation>نسبة الأطفال الذين تتراوح أعمارهم بين سنة واحدة و17 سنة والذين تعرضوا لأي عقاب بدني و/أو اعتداء نفسي من جانب مقدمي الرعاية في الشهر السابق</translation>
        </message>
        <message>
            <source>Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation</source>
            <translation>عدد ضحايا الاتجار بالبشر لكل 100,000 نسمة، بحسب الجنس والعمر وشكل الاستغلال</translation>
        </message>
        <message>
            <source>Proportion of young women and men aged 18–29 years who experienced sexual violence by age 18</source>
            <translation>نسبة الشابات والشبان الذين تتراوح أعمارهم بين 18 و29 سنة الذين تعرضوا للعنف الجنسي قبل سن الثامنة عشرة</translation>
        </message>
        <message>
            <source>By 2030, provide legal identity for all, including birth registration</source>
            <translation>توفير هوية قانونية للجميع، بما في ذلك تسجيل المواليد، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Proportion of children under 5 years of age whose births have been registered with a civil authority, by age</source>
            <translation>نسبة الأطفال دون سن الخامسة الذين سُجّلت ولاداتهم لدى سلطة مدنية، بحسب العمر</translation>
        </message>
        <message>
            <source>Promote and enforce non-discriminatory laws and policies for sustainable development</source>
            <translation>تعزيز القوانين والسياسات غير التمييزية وإنفاذها لتحقيق التنمية المستدامة</translation>
        </message>
        <message>
            <source>Mobilize additional financial resources for developing countries from multiple sources</source>
            <translation>حشد موارد مالية إضافية من مصادر متعددة من أجل البلدان النامية</translation>
        </message>
        <message>
            <source>Additional financial resources mobilized for developing countries from multiple sources</source>
            <translation>الموارد المالية الإضافية المعبّأة للبلدان النامية من مصادر متعددة</translation>
        </message>
        <message>
            <source>Volume of remittances (in United States dollars) as a proportion of total GDP</source>
            <translation>حجم التحويلات المالية (بدولارات الولايات المتحدة) كنسبة من مجموع الناتج المحلي الإجمالي</translation>
        </message>
        <message>
            <source>Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries</source>
            <translation>تعزيز الشراكة العالمية من أجل تحقيق التنمية المستدامة، وتكميلها بشراكات بين أصحاب المصلحة المتعددين لجمع المعارف والخبرات والتكنولوجيا والموارد المالية وتقاسمها، وذلك بهدف دعم تحقيق أهداف التنمية المستدامة في جميع البلدان، ولا سيما البلدان النامية</translation>
        </message>
        <message>
            <source>Number of countries reporting progress in multi-stakeholder development effectiveness monitoring frameworks that support the achievement of the sustainable development goals</source>
            <translation>عدد البلدان التي أبلغت عن إحراز تقدم في أطر رصد فعالية التنمية لأصحاب المصلحة المتعددين التي تدعم تحقيق أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships</source>
            <translation>تشجيع وتعزيز الشراكات العامة والشراكات بين القطاع العام والقطاع الخاص وشراكات المجتمع المدني الفعالة، بالاستفادة من الخبرات المكتسبة من الشراكات ومن استراتيجياتها لتعبئة الموارد</translation>
        </message>
        <message>
            <source>Amount in United States dollars committed to public-private partnerships for infrastructure</source>
            <translation>المبلغ بدولارات الولايات المتحدة المرصود للشراكات بين القطاعين العام والخاص في مجال الهياكل الأساسية</translation>
        </message>
        <message>
            <source>By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts</source>
            <translation>تعزيز تقديم الدعم لبناء قدرات البلدان النامية، بما في ذلك أقل البلدان نموًا والدول الجزرية الصغيرة النامية، لتحقيق زيادة كبيرة في توافر بيانات عالية الجودة ومناسبة التوقيت وموثوقة ومصنفة حسب الدخل، والجنس، والسن، والانتماء العرقي والإثني، والوضع من حيث الهجرة، والإعاقة، والموقع الجغرافي، وغيرها من الخصائص ذات الصلة في السياقات الوطنية، بحلول عام 2020</translation>
        </message>
        <message>
            <source>Statistical capacity indicators</source>
            <translation>مؤشرات القدرات الإحصائية</translation>
        </message>
        <message>
            <source>Number of countries that have national statistical legislation that complies with the Fundamental Principles of Official Statistics</source>
            <translation>عدد البلدان التي لديها تشريعات إحصائية وطنية تتقيد بالمبادئ الأساسية للإحصاءات الرسمية</translation>
        </message>
        <message>
            <source>Number of countries with a national statistical plan that is fully funded and under implementation, by source of funding</source>
            <translation>عدد البلدان التي لديها خطة إحصائية وطنية ممولة بالكامل وقيد التنفيذ، بحسب مصدر التمويل</translation>
        </message>
        <message>
            <source>By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries</source>
            <translation>الاستفادة من المبادرات القائمة لوضع مقاييس للتقدم المحرز في تحقيق التنمية المستدامة تكمّل الناتج المحلي الإجمالي، ودعم بناء القدرات الإحصائية في البلدان النامية، بحلول عام 2030</translation>
        </message>
        <message>
            <source>Dollar value of all resources made available to strengthen statistical capacity in developing countries</source>
            <translation>القيمة الدولارية لجميع الموارد المتاحة لتعزيز القدرات الإحصائية في البلدان النامية</translation>
        </message>
        <message>
            <source>Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration</source>
            <translation>نسبة البلدان التي (أ) أجرت تعدادًا واحدًا على الأقل للسكان والمساكن في السنوات العشر الماضية؛ و(ب) حققت نسبة 100 في المائة في تسجيل المواليد ونسبة 80 في المائة في تسجيل الوفيات</translation>
        </message>
        <message>
            <source>Universal Declaration of Human Rights</source>
            <translation>الإعلان العالمي لحقوق الإنسان</translation>
        </message>
        <message>
            <source>International Convention on the Elimination of All Forms of Racial Discrimination</source>
            <translation>الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري</translation>
        </message>
        <message>
            <source>International Covenant on Civil and Political Rights</source>
            <translation>العهد الدولي الخاص بالحقوق المدنية والسياسية</translation>
        </message>
        <message>
            <source>International Covenant on Economic, Social and Cultural Rights</source>
            <translation>العهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية</translation>
        </message>
        <message>
            <source>Convention on the Elimination of All Forms of Discrimination against Women</source>
            <translation>اتفاقية القضاء على جميع أشكال التمييز ضد المرأة</translation>
        </message>
        <message>
            <source>Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment</source>
            <translation>اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة</translation>
        </message>
        <message>
            <source>Convention on the Rights of the Child</source>
            <translation>اتفاقية حقوق الطفل</translation>
        </message>
        <message>
            <source>Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography</source>
            <translation>البروتوكول الاختياري لاتفاقية حقوق الطفل بشأن بيع الأطفال واستغلال الأطفال في البغاء وفي المواد الإباحية</translation>
        </message>
        <message>
            <source>International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families</source>
            <translation>الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم</translation>
        </message>
        <message>
            <source>Convention on the Rights of Persons with Disabilities</source>
            <translation>اتفاقية حقوق الأشخاص ذوي الإعاقة</translation>
        </message>
        <message>
            <source>International Convention for the Protection of All Persons from Enforced Disappearance</source>
            <translation>الاتفاقية الدولية لحماية جميع الأشخاص من الاختفاء القسري</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Refugees</source>
            <translation>الاتفاقية الخاصة بوضع اللاجئين</translation>
        </message>
        <message>
            <source>Protocol relating to the Status of Refugees</source>
            <translation>البروتوكول الخاص بوضع اللاجئين</translation>
        </message>
        <message>
            <source>Convention relating to the Status of Stateless Persons</source>
            <translation>الاتفاقية المتعلقة بوضع الأشخاص عديمي الجنسية</translation>
        </message>
        <message>
            <source>Convention on the Reduction of Statelessness</source>
            <translation>اتفاقية خفض حالات انعدام الجنسية</translation>
        </message>
        <message>
            <source>Vienna Convention on Consular Relations</source>
            <translation>اتفاقية فيينا للعلاقات القنصلية</translation>
        </message>
        <message>
            <source>United Nations Convention against Transnational Organized Crime</source>
            <translation>اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية</translation>
        </message>
        <message>
            <source>Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية</translation>
        </message>
        <message>
            <source>Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime</source>
            <translation>بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، المكمل لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية</translation>
        </message>
        <message>
            <source>Forced Labour Convention, 1930 (No. 29)</source>
            <translation>اتفاقية العمل الجبري، 1930 (رقم 29)</translation>
        </message>
        <message>
            <source>Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)</source>
            <translation>اتفاقية الحرية النقابية وحماية حق التنظيم، 1948 (رقم 87)</translation>
        </message>
        <message>
            <source>Right to Organise and Collective Bargaining Convention, 1949 (No. 98)</source>
            <translation>اتفاقية حق التنظيم والمفاوضة الجماعية، 1949 (رقم 98)</translation>
        </message>
        <message>
            <source>Equal Remuneration Convention, 1951 (No. 100)</source>
            <translation>اتفاقية المساواة في الأجور، 1951 (رقم 100)</translation>
        </message>
        <message>
            <source>Protocol of 2014 to the Forced Labour Convention, 1930</source>
            <translation>بروتوكول عام 2014 لاتفاقية العمل الجبري، 1930</translation>
        </message>
        <message>
            <source>Migration for Employment Convention (Revised), 1949 (No. 97)</source>
            <translation>اتفاقية العمال المهاجرين (مراجعة)، 1949 (رقم 97)</translation>
        </message>
        <message>
            <source>Social Security (Minimum Standards) Convention, 1952 (No. 102)</source>
            <translation>اتفاقية الضمان الاجتماعي (المعايير الدنيا)، 1952 (رقم 102)</translation>
        </message>
        <message>
            <source>Abolition of Forced Labour Convention, 1957 (No. 105)</source>
            <translation>اتفاقية إلغاء العمل الجبري، 1957 (رقم 105)</translation>
        </message>
        <message>
            <source>Discrimination (Employment and Occupation) Convention, 1958 (No. 111)</source>
            <translation>اتفاقية التمييز (في الاستخدام والمهنة)، 1958 (رقم 111)</translation>
        </message>
        <message>
            <source>Equality of Treatment (Social Security) Convention, 1962 (No. 118)</source>
            <translation>اتفاقية المساواة في المعاملة (الضمان الاجتماعي)، 1962 (رقم 118)</translation>
        </message>
        <message>
            <source>Minimum Age Convention, 1973 (No. 138)</source>
            <translation>اتفاقية الحد الأدنى للسن، 1973 (رقم 138)</translation>
        </message>
        <message>
            <source>Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)</source>
            <translation>اتفاقية العمال المهاجرين (أحكام تكميلية)، 1975 (رقم 143)</translation>
        </message>
        <message>
            <source>Occupational Safety and Health Convention, 1981 (No. 155)</source>
            <translation>اتفاقية السلامة والصحة المهنيتين، 1981 (رقم 155)</translation>
        </message>
        <message>
            <source>Maintenance of Social Security Rights Convention, 1982 (No. 157)</source>
            <translation>اتفاقية الحفاظ على الحقوق في مجال الضمان الاجتماعي، 1982 (رقم 157)</translation>
        </message>
        <message>
            <source>Private Employment Agencies Convention, 1997 (No. 181)</source>
            <translation>اتفاقية وكالات الاستخدام الخاصة، 1997 (رقم 181)</translation>
        </message>
        <message>
            <source>Worst Forms of Child Labour Convention, 1999 (No. 182)</source>
            <translation>اتفاقية أسوأ أشكال عمل الأطفال، 1999 (رقم 182)</translation>
        </message>
        <message>
            <source>Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)</source>
            <translation>اتفاقية الإطار الترويجي للسلامة والصحة المهنيتين، 2006 (رقم 187)</translation>
        </message>
        <message>
            <source>Work in Fishing Convention, 2007 (No. 188)</source>
            <translation>اتفاقية العمل في قطاع صيد الأسماك، 2007 (رقم 188)</translation>
        </message>
        <message>
            <source>Maritime Labour Convention, 2006</source>
            <translation>اتفاقية العمل البحري، 2006</translation>
        </message>
        <message>
            <source>Domestic Workers Convention, 2011 (No. 189)</source>
            <translation>اتفاقية العمال المنزليين، 2011 (رقم 189)</translation>
        </message>
        <message>
            <source>Violence and Harassment Convention, 2019 (No. 190)</source>
            <translation>اتفاقية العنف والتحرش، 2019 (رقم 190)</translation>
        </message>
        <message>
            <source>African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa</source>
            <translation>اتفاقية الاتحاد الأفريقي لحماية ومساعدة النازحين داخلياً في أفريقيا</translation>
        </message>
        <message>
            <source>OAU Convention Governing the Specific Aspects of Refugee Problems in Africa</source>
            <translation>اتفاقية منظمة الوحدة الأفريقية التي تحكم الجوانب المحددة لمشاكل اللاجئين في أفريقيا</translation>
        </message>
        <message>
            <source>Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, Right of Residence and Right of Establishment</source>
            <translation>البروتوكول الملحق بالمعاهدة المنشئة للجماعة الاقتصادية الأفريقية المتعلق بحرية تنقل الأشخاص وحق الإقامة وحق الاستقرار</translation>
        </message>
        <message>
            <source>Protocol A/P.1/5/79 relating to Free Movement of Persons, Residence and Establishment</source>
            <translation>البروتوكول A/P.1/5/79 المتعلق بحرية تنقل الأشخاص والإقامة والاستقرار</translation>
        </message>
        <message>
            <source>European Convention on the Legal Status of Migrant Workers</source>
            <translation>الاتفاقية الأوروبية المتعلقة بالوضع القانوني للعمال المهاجرين</translation>
        </message>
        <message>
            <source>ASEAN Convention Against Trafficking in Persons, Especially Women and Children</source>
            <translation>اتفاقية رابطة أمم جنوب شرق آسيا لمكافحة الاتجار بالأشخاص، وبخاصة النساء والأطفال</translation>
        </message>
        <message>
            <source>Guiding Principles on Internal Displacement</source>
            <translation>المبادئ التوجيهية بشأن التشريد الداخلي</translation>
        </message>
        <message>
            <source>ILO Multilateral Framework on Labour Migration</source>
            <translation>إطار منظمة العمل الدولية المتعدد الأطراف بشأن هجرة اليد العاملة</translation>
        </message>
        <message>
            <source>Transforming our world: the 2030 Agenda for Sustainable Development</source>
            <translation>تحويل عالمنا: خطة التنمية المستدامة لعام 2030</translation>
        </message>
        <message>
            <source>Addis Ababa Action Agenda of the Third International Conference on Financing for Development</source>
            <translation>خطة عمل أديس أبابا الصادرة عن المؤتمر الدولي الثالث لتمويل التنمية</translation>
        </message>
        <message>
            <source>Sendai Framework for Disaster Risk Reduction 2015–2030</source>
            <translation>إطار سنداي للحد من مخاطر الكوارث للفترة 2015–2030</translation>
        </message>
        <message>
            <source>New York Declaration for Refugees and Migrants</source>
            <translation>إعلان نيويورك من أجل اللاجئين والمهاجرين</translation>
        </message>
        <message>
            <source>Global Compact for Safe, Orderly and Regular Migration</source>
            <translation>الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية</translation>
        </message>
        <message>
            <source>Global Compact on Refugees</source>
            <translation>الاتفاق العالمي بشأن اللاجئين</translation>
        </message>
        <message>
            <source>African Union</source>
            <translation>الاتحاد الأفريقي</translation>
        </message>
        <message>
            <source>Economic Community of West African States (ECOWAS)</source>
            <translation>الجماعة الاقتصادية لدول غرب أفريقيا (إيكواس)</translation>
        </message>
        <message>
            <source>Council of Europe</source>
            <translation>مجلس أوروبا</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations (ASEAN)</source>
            <translation>رابطة أمم جنوب شرق آسيا (آسيان)</translation>
        </message>
        <message>
            <source>Association of Southeast Asian Nations</source>
            <translation>رابطة أمم جنوب شرق آسيا</translation>
        </message>
        <message>
            <source>Balance of payments</source>
            <translation>ميزان المدفوعات</translation>
        </message>
        <message>
            <source>Committee on the Elimination of Racial Discrimination</source>
            <translation>لجنة القضاء على التمييز العنصري</translation>
        </message>
        <message>
            <source>United Nations Department of Economic and Social Affairs</source>
            <translation>إدارة الشؤون الاقتصادية والاجتماعية في الأمم المتحدة</translation>
        </message>
        <message>
            <source>Disaster risk reduction</source>
            <translation>الحد من مخاطر الكوارث</translation>
        </message>
        <message>
            <source>Economic Community of West African States</source>
            <translation>الجماعة الاقتصادية لدول غرب أفريقيا</translation>
        </message>
        <message>
            <source>European Treaty Series (Council of Europe)</source>
            <translation>مجموعة المعاهدات الأوروبية (مجلس أوروبا)</translation>
        </message>
        <message>
            <source>European Union</source>
            <translation>الاتحاد الأوروبي</translation>
        </message>
        <message>
            <source>Gross domestic product</source>
            <translation>الناتج المحلي الإجمالي</translation>
        </message>
        <message>
            <source>Human resources</source>
            <translation>الموارد البشرية</translation>
        </message>
        <message>
            <source>International Court of Justice</source>
            <translation>محكمة العدل الدولية</translation>
        </message>
        <message>
            <source>Information and communications technology</source>
            <translation>تكنولوجيا المعلومات والاتصالات</translation>
        </message>
        <message>
            <source>Labour force survey</source>
            <translation>مسح القوى العاملة</translation>
        </message>
        <message>
            <source>Multiple Indicator Cluster Survey</source>
            <translation>المسح العنقودي متعدد المؤشرات</translation>
        </message>
        <message>
            <source>Non-governmental organisation</source>
            <translation>منظمة غير حكومية</translation>
        </message>
        <message>
            <source>Organization of African Unity, now the African Union</source>
            <translation>منظمة الوحدة الأفريقية، التي أصبحت الآن الاتحاد الأفريقي</translation>
        </message>
        <message>
            <source>Technical and vocational education and training</source>
            <translation>التعليم والتدريب التقني والمهني</translation>
        </message>
        <message>
            <source>United Nations</source>
            <translation>الأمم المتحدة</translation>
        </message>
        <message>
            <source>Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)</source>
            <translation>مكتب مفوض الأمم المتحدة السامي لشؤون اللاجئين (وكالة الأمم المتحدة للاجئين)</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>الولايات المتحدة</translation>
        </message>
        <message>
            <source>World Health Organization</source>
            <translation>منظمة الصحة العالمية</translation>
        </message>
        <message>
            <source>GCM {number}: {label}</source>
            <translation>الاتفاق العالمي {number}: {label}</translation>
        </message>
    </context>
</TS>