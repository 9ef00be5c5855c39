<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/lesson_dialogs.py" line="+101"/>
        <source>Edit action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The curriculum version this action changed, for traceability</source>
        <translation>إصدار المنهج الذي غيّره هذا الإجراء، لأغراض التتبّع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action:</source>
        <translation>الإ&amp;جراء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;wner:</source>
        <translation>ال&amp;مسؤول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>تاريخ الا&amp;ستحقاق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curriculum version changed:</source>
        <translation>إصدار المن&amp;هج المعدَّل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+175"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>متروك</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/assessment_dialog.py" line="+42"/>
        <source>New needs assessment</source>
        <translation>تقييم احتياجات جديد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (v{version})</source>
        <translation>{name} (الإصدار {version})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trainers and mentors who assessed</source>
        <translation>المدربون والموجهون الذين أجروا التقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host-unit officers who took part</source>
        <translation>ضباط الوحدة المضيفة المشاركون</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Framework:</source>
        <translation>&amp;إطار الكفاءات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessors:</source>
        <translation>ال&amp;مقيّمون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host counterparts:</source>
        <translation>النظراء في ال&amp;بلد المضيف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods:</source>
        <translation>الأساليب:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a unit and a competency framework.</source>
        <translation>اختر وحدة وإطار كفاءات.</translation>
    </message>
</context>
<context>
    <name>AssessmentKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-94"/>
        <source>Baseline</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Midterm</source>
        <translation>منتصف المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endline</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>AssessmentList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/assessment_list.py" line="+20"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>AssessmentPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/assessment_panel.py" line="+26"/>
        <source>&amp;Validate</source>
        <translation>ا&amp;عتماد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gn by host…</source>
        <translation>&amp;توقيع الجهة المضيفة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mend</source>
        <translation>تع&amp;ديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft version with a copy of these findings</source>
        <translation>إصدار مسودة جديد يتضمن نسخة من هذه الملاحظات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type 0–5 in Current and Required (moves down), H/M/L for priority and confidence, Space for trainable, Ctrl+Z to undo.</source>
        <translation>اكتب 0–5 في الحالي والمطلوب (ينتقل إلى الأسفل)، وH/M/L (عالٍ/متوسط/منخفض) للأولوية والثقة، والمسافة لـ«قابل للتدريب»، وCtrl+Z للتراجع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Area:</source>
        <translation>ال&amp;مجال:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Findings</source>
        <translation>الملا&amp;حظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ga&amp;ps</source>
        <translation>ال&amp;فجوات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No assessment selected</source>
        <translation>لم يُحدَّد أي تقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a unit, then an assessment on the left, or create one.</source>
        <translation>اختر وحدة، ثم تقييمًا من القائمة الجانبية، أو أنشئ تقييمًا جديدًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All areas</source>
        <translation>كل المجالات</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+3"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>موقَّع</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/assessments_page.py" line="+61"/>
        <source>Assessments</source>
        <translation>تقييمات الاحتياجات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare…</source>
        <translation>م&amp;قارنة…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Assessment created: type the levels in the grid.</source>
        <translation>أُنشئ التقييم: اكتب المستويات في الجدول.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The assessment is now {status}.</source>
        <translation>حالة التقييم الآن: {status}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version {n} created: edit it in the grid.</source>
        <translation>أُنشئ الإصدار {n}: عدّله في الجدول.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/attendance_grid.py" line="+36"/>
        <source>P present · L late · A absent · E excused · N not expected · Delete clears; arrows move</source>
        <translation>P حاضر · L متأخر · A غائب · E معذور · N غير متوقع · Delete للمسح؛ الأسهم للتنقل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This session cannot be marked (cancelled, or not yet taken place).</source>
        <translation>لا يمكن تسجيل الحضور لهذه الجلسة (ملغاة، أو لم تُعقد بعد).</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+51"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>معذور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not expected</source>
        <translation>غير متوقع</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/audit_model.py" line="+26"/>
        <source>When (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before → after</source>
        <translation>قبل ← بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/audit_page.py" line="+49"/>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>السنة الأخيرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>الإج&amp;راء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table:</source>
        <translation>ال&amp;جدول:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>ال&amp;سجل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to Excel…</source>
        <translation>ت&amp;صدير إلى Excel…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The newest {shown} of {total} events: narrow the filter to see the others, or export them.</source>
        <translation>أحدث {shown} من أصل {total} حدثًا: ضيّق التصفية لرؤية البقية، أو صدّرها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} event(s)</source>
        <translation>الأحداث: {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} audit event(s) written to {file}</source>
        <translation>كُتبت أحداث التدقيق ({count}) في {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the audit trail</source>
        <translation>جارٍ تصدير سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>CancelReason</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-11"/>
        <source>Security</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weather</source>
        <translation>الطقس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>عدم حضور المتدربين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host request</source>
        <translation>طلب الجهة المضيفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/charts/chart_panel.py" line="+70"/>
        <source>No data for these filters.</source>
        <translation>لا بيانات لهذه المرشحات.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ta&amp;ble</source>
        <translation>ال&amp;جدول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the numbers behind the chart</source>
        <translation>إظهار أو إخفاء الأرقام التي يقوم عليها الرسم البياني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PNG…</source>
        <translation>&amp;تصدير PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>حفظ هذا الرسم البياني كصورة PNG</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../src/trainmgr/ui/charts/chart_widget.py" line="+249"/>
        <source>{series} · {x}: {value}</source>
        <translation>{series} · {x}: {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Point at the chart to read exact values.</source>
        <translation>أشر إلى الرسم البياني لقراءة القيم الدقيقة.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/cohort_dialog.py" line="+46"/>
        <source>New cohort</source>
        <translation>فوج جديد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — version {version}</source>
        <translation>{name} — الإصدار {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none yet —</source>
        <translation>— لا شيء بعد —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only approved curriculum versions can be run by a cohort.</source>
        <translation>لا يمكن للفوج أن يتبع إلا إصدارًا معتمدًا من المنهج.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passed post-test is required to complete</source>
        <translation>النجاح في اختبار بعدي شرط للإتمام</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;de:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urriculum version:</source>
        <translation>إصدار ال&amp;منهج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>الم&amp;كان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>ال&amp;بدء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>الا&amp;نتهاء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;attendance:</source>
        <translation>الحد الأدنى لل&amp;حضور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uni&amp;ts (space to tick):</source>
        <translation>ال&amp;وحدات (المسافة للتحديد):</translation>
    </message>
</context>
<context>
    <name>CohortList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/cohort_list.py" line="+29"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}
{start} · {n} enrolled</source>
        <translation>{name}
{start} · المسجلون: {n}</translation>
    </message>
</context>
<context>
    <name>CohortPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/cohort_panel.py" line="+80"/>
        <source>&amp;Roster</source>
        <translation>&amp;قائمة المتدربين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sessions and attendance</source>
        <translation>ال&amp;جلسات والحضور</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enrol…</source>
        <translation>ت&amp;سجيل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service no.</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Enrolled on</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vetting</source>
        <translation>التحقق من السوابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vetting override</source>
        <translation>استثناء من التحقق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sc&amp;hedule…</source>
        <translation>جد&amp;ولة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;held</source>
        <translation>تسجيلها &amp;منعقدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print attendance sheet…</source>
        <translation>&amp;طباعة ورقة الحضور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF of the register to fill by hand, in the order of the grid</source>
        <translation>ملف PDF للسجل يُملأ باليد، بترتيب الجدول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note (needed for “Other”)</source>
        <translation>ملاحظة (مطلوبة عند اختيار «أخرى»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel session</source>
        <translation>إ&amp;لغاء الجلسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Module</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a session to take its attendance.</source>
        <translation>اختر جلسة لتسجيل الحضور فيها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/cohorts_page.py" line="+65"/>
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Attendance: no held session marked yet.</source>
        <translation>الحضور: لم يُسجَّل الحضور لأي جلسة منعقدة بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance: {rate} % ({attended} of {expected} expected attendances)</source>
        <translation>الحضور: {rate} % ({attended} من أصل {expected} حضورًا متوقعًا)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n not marked yet</source>
        <translation>
            <numerusform> · لا أحد بلا تسجيل</numerusform>
            <numerusform> · واحد لم يُسجَّل بعد</numerusform>
            <numerusform> · اثنان لم يُسجَّلا بعد</numerusform>
            <numerusform> · %n لم يُسجَّلوا بعد</numerusform>
            <numerusform> · %n لم يُسجَّلوا بعد</numerusform>
            <numerusform> · %n لم يُسجَّلوا بعد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a session to take its attendance.</source>
        <translation>اختر جلسة لتسجيل الحضور فيها.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>type P, L, A, E or N for each trainee; arrows move</source>
        <translation>اكتب P أو L أو A أو E أو N لكل متدرب؛ الأسهم للتنقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be marked (cancelled, or not yet taken place)</source>
        <translation>لا يمكن تسجيل الحضور (ملغاة، أو لم تُعقد بعد)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;New cohort…</source>
        <translation>فوج &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>تغيير ال&amp;حالة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the trainee selected on the roster</source>
        <translation>تغيير حالة المتدرب المحدد في القائمة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cohort “{name}” created.</source>
        <translation>أُنشئ الفوج «{name}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/compare_dialog.py" line="+26"/>
        <source>Compare assessments — {unit}</source>
        <translation>مقارنة التقييمات — {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required
(latest)</source>
        <translation>المطلوب
(الأحدث)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} competencies recorded across {n} assessments.</source>
        <translation>{count} كفاءة مسجلة عبر {n} تقييمات.</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/competency_dialog.py" line="+24"/>
        <source>New competency</source>
        <translation>كفاءة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. LOG.07</source>
        <translation>مثال: LOG.07</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— top level of the area —</source>
        <translation>— المستوى الأعلى في المجال —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area:</source>
        <translation>المجال:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Under:</source>
        <translation>&amp;ضمن:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
</context>
<context>
    <name>CompetencyEditor</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/competency_editor.py" line="+63"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level descriptors</source>
        <translation>واصفات المستويات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level {n}:</source>
        <translation>المستوى {n}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standards</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;reference…</source>
        <translation>إضافة &amp;مرجع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer this competency to a standard</source>
        <translation>ربط هذه الكفاءة بمعيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected standard reference</source>
        <translation>إزالة مرجع المعيار المحدد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the competency (Ctrl+S)</source>
        <translation>حفظ الكفاءة (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} – {label}:</source>
        <translation>{n} – {label}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a competency in the tree to edit it.</source>
        <translation>اختر كفاءة من الشجرة لتعديلها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} › {code}</source>
        <translation>{area} › {code}</translation>
    </message>
</context>
<context>
    <name>CompetencyTree</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/competency_tree.py" line="+28"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>CompletionFlow</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/completion_flow.py" line="+77"/>
        <source>Provisional: the cohort runs until {end}.</source>
        <translation>مؤقت: يستمر الفوج حتى {end}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attendance of at least {pct} %</source>
        <translation>حضور لا يقل عن {pct} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a post-test passed</source>
        <translation>النجاح في اختبار بعدي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cohort has no completion rule.</source>
        <translation>لا توجد قاعدة إتمام لهذا الفوج.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To complete: {rules}.</source>
        <translation>للإتمام: {rules}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a cohort.</source>
        <translation>اختر فوجًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply completion decisions</source>
        <translation>تطبيق قرارات الإتمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the decided trainees of “{name}” to completed or failed, and schedule the follow-up observations of those who completed? Pending trainees stay enrolled.</source>
        <translation>هل تريد تسجيل متدربي «{name}» الذين حُسم أمرهم كمُتمّين أو راسبين، وجدولة ملاحظات المتابعة لمن أتمّوا؟ يبقى المتدربون المعلّقون مسجلين.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{completed} completed, {failed} failed, {pending} pending, {unchanged} unchanged; {follow} follow-ups scheduled.</source>
        <translation>أتمّ: {completed}، رسب: {failed}، معلّق: {pending}، دون تغيير: {unchanged}؛ متابعات مجدولة: {follow}.</translation>
    </message>
</context>
<context>
    <name>CompletionPanel</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/completion_panel.py" line="+66"/>
        <source>&amp;Apply decisions…</source>
        <translation>&amp;تطبيق القرارات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set completed / failed on the roster and schedule the follow-ups</source>
        <translation>تسجيل الإتمام / الرسوب في قائمة المتدربين وجدولة المتابعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainee</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Service no.</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>اختبار بعدي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed on</source>
        <translation>تاريخ الإتمام</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Certificates&lt;/b&gt; (completed trainees)</source>
        <translation>&lt;b&gt;الشهادات&lt;/b&gt; (المتدربون الذين أتمّوا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Follow-up observations due&lt;/b&gt; (programme, next 14 days)</source>
        <translation>&lt;b&gt;ملاحظات المتابعة المستحقة&lt;/b&gt; (البرنامج، الأيام الـ14 القادمة)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>غير ناجح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>مُتمّ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (overdue)</source>
        <translation> (متأخر)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n يوم</numerusform>
            <numerusform>+يوم واحد</numerusform>
            <numerusform>+يومان</numerusform>
            <numerusform>+%n أيام</numerusform>
            <numerusform>+%n يومًا</numerusform>
            <numerusform>+%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-40"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
</context>
<context>
    <name>ConflictStatus</name>
    <message>
        <location line="+79"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>محلول</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/conflicts_page.py" line="+71"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These fields were changed on two laptops before they exchanged packages. Every laptop shows the value kept for now until someone chooses; the choice reaches the other laptops with the next package.</source>
        <translation>عُدّلت هذه الحقول على حاسوبين قبل أن يتبادلا الحزم. يعرض كل حاسوب القيمة المعتمدة مؤقتًا إلى أن يختار أحدٌ قيمة؛ ويصل الاختيار إلى الحواسيب الأخرى مع الحزمة التالية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep this value</source>
        <translation>الإ&amp;بقاء على هذه القيمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value every laptop shows now, for the selected conflicts</source>
        <translation>الإبقاء على القيمة التي يعرضها كل حاسوب الآن، للتعارضات المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;other value</source>
        <translation>اعتماد القيمة الأ&amp;خرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it by the other laptop&apos;s value, for the selected conflicts</source>
        <translation>استبدالها بقيمة الحاسوب الآخر، للتعارضات المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;resolved</source>
        <translation>إظهار ال&amp;محلولة</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+41"/>
        <source>No open conflicts: every laptop agrees.</source>
        <translation>لا توجد تعارضات مفتوحة: جميع الحواسيب متفقة.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No conflicts recorded.</source>
        <translation>لا توجد تعارضات مسجلة.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open</source>
        <translation>
            <numerusform>لا شيء مفتوح</numerusform>
            <numerusform>واحد مفتوح</numerusform>
            <numerusform>اثنان مفتوحان</numerusform>
            <numerusform>%n مفتوحة</numerusform>
            <numerusform>%n مفتوحًا</numerusform>
            <numerusform>%n مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Resolve conflicts</source>
        <translation>حل التعارضات</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conflict(s) resolved; the other laptops follow at their next exchange.</source>
        <translation>
            <numerusform>لم يُحل أي تعارض؛ تتبعها الحواسيب الأخرى في تبادلها القادم.</numerusform>
            <numerusform>حُلّ تعارض واحد؛ تتبعه الحواسيب الأخرى في تبادلها القادم.</numerusform>
            <numerusform>حُلّ تعارضان؛ تتبعهما الحواسيب الأخرى في تبادلها القادم.</numerusform>
            <numerusform>حُلّت %n تعارضات؛ تتبعها الحواسيب الأخرى في تبادلها القادم.</numerusform>
            <numerusform>حُلّ %n تعارضًا؛ تتبعها الحواسيب الأخرى في تبادلها القادم.</numerusform>
            <numerusform>حُلّ %n تعارض؛ تتبعها الحواسيب الأخرى في تبادلها القادم.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep “{value}” as the {field} of {table} “{record}”?

The other value is dropped on every laptop at their next exchange.</source>
        <translation>هل تريد الإبقاء على «{value}» قيمةً لـ{field} في {table} «{record}»؟

ستُحذف القيمة الأخرى من كل حاسوب في تبادله القادم.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Keep the value shown now for the %n selected conflicts?</source>
        <translation>
            <numerusform>هل تريد الإبقاء على القيمة المعروضة للتعارضات المحددة؟</numerusform>
            <numerusform>هل تريد الإبقاء على القيمة المعروضة للتعارض المحدد؟</numerusform>
            <numerusform>هل تريد الإبقاء على القيمة المعروضة للتعارضين المحددين؟</numerusform>
            <numerusform>هل تريد الإبقاء على القيمة المعروضة للتعارضات الـ%n المحددة؟</numerusform>
            <numerusform>هل تريد الإبقاء على القيمة المعروضة للتعارضات الـ%n المحددة؟</numerusform>
            <numerusform>هل تريد الإبقاء على القيمة المعروضة للتعارضات الـ%n المحددة؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replace the value shown now by the other laptop&apos;s value for the %n selected conflicts?</source>
        <translation>
            <numerusform>هل تريد استبدال القيمة المعروضة بقيمة الحاسوب الآخر للتعارضات المحددة؟</numerusform>
            <numerusform>هل تريد استبدال القيمة المعروضة بقيمة الحاسوب الآخر للتعارض المحدد؟</numerusform>
            <numerusform>هل تريد استبدال القيمة المعروضة بقيمة الحاسوب الآخر للتعارضين المحددين؟</numerusform>
            <numerusform>هل تريد استبدال القيمة المعروضة بقيمة الحاسوب الآخر للتعارضات الـ%n المحددة؟</numerusform>
            <numerusform>هل تريد استبدال القيمة المعروضة بقيمة الحاسوب الآخر للتعارضات الـ%n المحددة؟</numerusform>
            <numerusform>هل تريد استبدال القيمة المعروضة بقيمة الحاسوب الآخر للتعارضات الـ%n المحددة؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/conflicts_model.py" line="+36"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value kept for now</source>
        <translation>القيمة المعتمدة حاليًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>From laptop</source>
        <translation>من الحاسوب</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{laptop} · {when}</source>
        <translation>{laptop} · {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status}: kept {value}</source>
        <translation>{status}: اعتُمدت {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{table} {id}</source>
        <translation>{table} {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replica {id}</source>
        <translation>النسخة {id}</translation>
    </message>
</context>
<context>
    <name>CurriculaPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/curricula_page.py" line="+54"/>
        <source>Curricula</source>
        <translation>المناهج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Propose from assessments…</source>
        <translation>ا&amp;قتراح من التقييمات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>ا&amp;عتماد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version</source>
        <translation>إصدار &amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd module</source>
        <translation>إضافة &amp;مقرر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modules, in order:</source>
        <translation>المقررات بالترتيب:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+12"/>
        <source>The module “{title}”</source>
        <translation>المقرر «{title}»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approve curriculum</source>
        <translation>اعتماد المنهج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve “{name}” version {version}? An approved version cannot be changed; a new version can.</source>
        <translation>هل تريد اعتماد «{name}» الإصدار {version}؟ لا يمكن تغيير إصدار معتمد؛ ويمكن تغيير إصدار جديد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved.</source>
        <translation>تم الاعتماد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New draft version created.</source>
        <translation>أُنشئ إصدار مسودة جديد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New module</source>
        <translation>مقرر جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module added: give it a title.</source>
        <translation>أُضيف المقرر: أعطه عنوانًا.</translation>
    </message>
</context>
<context>
    <name>CurriculumList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/curriculum_list.py" line="+21"/>
        <source>Curriculum</source>
        <translation>المنهج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modules</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
</context>
<context>
    <name>CurriculumStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-71"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
</context>
<context>
    <name>DeliveryMode</name>
    <message>
        <location line="+3"/>
        <source>Classroom</source>
        <translation>محاضرة في القاعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical exercise</source>
        <translation>تمرين عملي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>توجيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>ورشة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field exercise</source>
        <translation>تمرين ميداني</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/enrol_dialog.py" line="+40"/>
        <source>Enrol trainees</source>
        <translation>تسجيل متدربين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, service number, unit or rank</source>
        <translation>الاسم أو رقم الخدمة أو الوحدة أو الرتبة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Enrol</source>
        <translation>ت&amp;سجيل</translation>
    </message>
    <message>
        <location line="+36"/>
        <source> (on the roster)</source>
        <translation> (مسجل في القائمة)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} matches: type more to narrow.</source>
        <translation>{shown} من أصل {total} نتيجة: اكتب المزيد لتضييق البحث.</translation>
    </message>
</context>
<context>
    <name>EnrolmentFlow</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/enrolment_flow.py" line="+43"/>
        <source>Enrolled: {names}.</source>
        <translation>سُجّل: {names}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vetting override</source>
        <translation>استثناء من التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}

Justification (recorded in the audit log):</source>
        <translation>{message}

المبرر (يُدوَّن في سجل التدقيق):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol with override</source>
        <translation>تسجيل باستثناء</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: no justification given; not enrolled.</source>
        <translation>{name}: لم يُقدَّم مبرر؛ لم يُسجَّل.</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+3"/>
        <source>Nominated</source>
        <translation>مرشَّح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>مُتمّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>منقول</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatusDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/enrolment_status_dialog.py" line="+34"/>
        <source>Change enrolment status</source>
        <translation>تغيير حالة التسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — current status: {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — الحالة الحالية: {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New status:</source>
        <translation>الحالة ال&amp;جديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No other status can follow this one.</source>
        <translation>لا يمكن أن تلي هذه الحالة أي حالة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is required for this change; it is kept with the enrolment.</source>
        <translation>يلزم ذكر سبب لهذا التغيير؛ ويُحفظ مع التسجيل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the trainee&apos;s vetting is pending, the reason is recorded as the override justification.</source>
        <translation>إن كان التحقق من سوابق المتدرب معلّقًا، يُسجَّل السبب مبررًا للاستثناء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is optional.</source>
        <translation>السبب اختياري.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the reason for this change.</source>
        <translation>اذكر سبب هذا التغيير.</translation>
    </message>
</context>
<context>
    <name>EvaluationLevel</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+30"/>
        <source>1 – Reaction</source>
        <translation>1 – رد الفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 – Learning</source>
        <translation>2 – التعلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 – Behaviour</source>
        <translation>3 – السلوك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 – Results</source>
        <translation>4 – النتائج</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/evaluations_page.py" line="+77"/>
        <source>Evaluations</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New instrument…</source>
        <translation>أداة &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print score sheet…</source>
        <translation>&amp;طباعة ورقة الدرجات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF of the selected instrument&apos;s grid to fill by hand, in its order</source>
        <translation>ملف PDF لجدول الأداة المحددة يُملأ باليد، بترتيبه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>علامة النجاح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+108"/>
        <source>Select an instrument to enter its scores.</source>
        <translation>اختر أداة لإدخال درجاتها.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort:</source>
        <translation>الفوج:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Instruments and scores</source>
        <translation>الأ&amp;دوات والدرجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompletion</source>
        <translation>الإ&amp;تمام</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>type G (GO) or N (NO-GO), optionally a score; Enter moves down</source>
        <translation>اكتب G (GO) أو N (NO-GO)، ودرجة اختياريًا؛ Enter ينتقل إلى الأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a score and Enter; the cursor moves down</source>
        <translation>اكتب درجة ثم Enter؛ ينتقل المؤشر إلى الأسفل</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Instrument “{title}” created.</source>
        <translation>أُنشئت الأداة «{title}».</translation>
    </message>
</context>
<context>
    <name>EvidenceKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-56"/>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>ملاحظة ميدانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document review</source>
        <translation>مراجعة الوثائق</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/exchange_actions.py" line="+85"/>
        <source>Save the sync package as</source>
        <translation>حفظ حزمة المزامنة باسم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {file}</source>
        <translation>جارٍ تصدير {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full package {file} saved: {rows} rows.</source>
        <translation>حُفظت الحزمة الكاملة {file}: {rows} صفًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package {file} saved: {rows} rows the other laptop has not confirmed yet.</source>
        <translation>حُفظت الحزمة {file}: {rows} صفًا لم يؤكدها الحاسوب الآخر بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a sync package</source>
        <translation>استيراد حزمة مزامنة</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+30"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Checking {file}</source>
        <translation>جارٍ فحص {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+23"/>
        <source>{file} was already imported here; nothing changed.</source>
        <translation>سبق استيراد {file} هنا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Already imported</source>
        <translation>مستورد سابقًا</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+14"/>
        <source>Import of {file} cancelled; nothing was changed.</source>
        <translation>أُلغي استيراد {file}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>{file} is protected by a password. Password:</source>
        <translation>{file} محمي بكلمة مرور. كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password does not open {file}. Try again:</source>
        <translation>كلمة المرور هذه لا تفتح {file}. حاول مرة أخرى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protected package</source>
        <translation>حزمة محمية</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing {file}</source>
        <translation>جارٍ استيراد {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {file} from {source}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflict(s).</source>
        <translation>استُورد {file} من {source}: جديد {new}، محدَّث {updated}، محذوف {deleted}، تعارضات {conflicts}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} of {file} cancelled; nothing was changed.</source>
        <translation>{what} {file}: أُلغي؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} of {file} failed; nothing was changed.</source>
        <translation>{what} {file}: فشل؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/exchange_page.py" line="+71"/>
        <source>Exchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Field team 2 — Gao</source>
        <translation>مثال: الفريق الميداني 2 — غاو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save name</source>
        <translation>&amp;حفظ الاسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laptop &amp;name:</source>
        <translation>اسم الحاسو&amp;ب:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replica id:</source>
        <translation>معرّف النسخة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network:</source>
        <translation>الشبكة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export package…</source>
        <translation>&amp;تصدير حزمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import package…</source>
        <translation>ا&amp;ستيراد حزمة…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No other laptop yet: import a package from one and it appears here.</source>
        <translation>لا يوجد حاسوب آخر بعد: استورد حزمة من أحدها فيظهر هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No package sent or received yet.

To bring another laptop in: Export package… → Full package here, carry the file (USB stick, e-mail), then Import package… on the other laptop.</source>
        <translation>لم تُرسل أو تُستقبل أي حزمة بعد.

لضم حاسوب آخر: تصدير حزمة… ← حزمة كاملة هنا، ثم انقل الملف (ذاكرة USB، بريد إلكتروني)، ثم استيراد حزمة… على الحاسوب الآخر.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Known laptops</source>
        <translation>الحواسيب المعروفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages sent and received</source>
        <translation>الحزم المرسلة والمستقبلة</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not joined yet (the first export or import joins one)</source>
        <translation>لم ينضم بعد (أول تصدير أو استيراد يضمّه إلى شبكة)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>&lt;b&gt;%n open conflict(s)&lt;/b&gt;: the same field was changed on two laptops. &lt;a href=&apos;conflicts&apos;&gt;Open the Conflicts page&lt;/a&gt; to choose which values to keep.</source>
        <translation>
            <numerusform>&lt;b&gt;لا تعارضات مفتوحة&lt;/b&gt;. &lt;a href=&apos;conflicts&apos;&gt;صفحة التعارضات&lt;/a&gt;.</numerusform>
            <numerusform>&lt;b&gt;تعارض مفتوح واحد&lt;/b&gt;: عُدّل الحقل نفسه على حاسوبين. &lt;a href=&apos;conflicts&apos;&gt;افتح صفحة التعارضات&lt;/a&gt; لاختيار القيم التي تُعتمد.</numerusform>
            <numerusform>&lt;b&gt;تعارضان مفتوحان&lt;/b&gt;: عُدّل الحقل نفسه على حاسوبين. &lt;a href=&apos;conflicts&apos;&gt;افتح صفحة التعارضات&lt;/a&gt; لاختيار القيم التي تُعتمد.</numerusform>
            <numerusform>&lt;b&gt;%n تعارضات مفتوحة&lt;/b&gt;: عُدّل الحقل نفسه على حاسوبين. &lt;a href=&apos;conflicts&apos;&gt;افتح صفحة التعارضات&lt;/a&gt; لاختيار القيم التي تُعتمد.</numerusform>
            <numerusform>&lt;b&gt;%n تعارضًا مفتوحًا&lt;/b&gt;: عُدّل الحقل نفسه على حاسوبين. &lt;a href=&apos;conflicts&apos;&gt;افتح صفحة التعارضات&lt;/a&gt; لاختيار القيم التي تُعتمد.</numerusform>
            <numerusform>&lt;b&gt;%n تعارض مفتوح&lt;/b&gt;: عُدّل الحقل نفسه على حاسوبين. &lt;a href=&apos;conflicts&apos;&gt;افتح صفحة التعارضات&lt;/a&gt; لاختيار القيم التي تُعتمد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Laptop name saved: packages from now on carry “{name}”.</source>
        <translation>حُفظ اسم الحاسوب: ستحمل الحزم من الآن «{name}».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{time} — {message}</source>
        <translation>{time} — {message}</translation>
    </message>
</context>
<context>
    <name>ExchangesTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/sync_models.py" line="+62"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>anyone (full package)</source>
        <translation>الجميع (حزمة كاملة)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replica {id}</source>
        <translation>النسخة {id}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/export_dialog.py" line="+36"/>
        <source>Export a sync package</source>
        <translation>تصدير حزمة مزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full package: everything in this database</source>
        <translation>حزمة &amp;كاملة: كل ما في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To set up a new laptop or HQ, or when a laptop missed packages.</source>
        <translation>لإعداد حاسوب جديد أو القيادة، أو عندما تفوت حاسوبًا بعض الحزم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only what this laptop has not confirmed yet:</source>
        <translation>&amp;فقط ما لم يؤكده هذا الحاسوب بعد:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller: only changes that laptop has not received. A laptop appears here once a package from it was imported.</source>
        <translation>أصغر: فقط التغييرات التي لم يستلمها ذلك الحاسوب. يظهر الحاسوب هنا بعد استيراد حزمة منه.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose file and export…</source>
        <translation>اختيار الملف والتصدير…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Protect the package with a password (it carries names and service numbers)</source>
        <translation>&amp;حماية الحزمة بكلمة مرور (تحتوي على أسماء وأرقام خدمة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password (at least 8 characters)</source>
        <translation>كلمة المرور (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>FindingsGrid</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/findings_grid.py" line="+91"/>
        <source>Undo last edit</source>
        <translation>التراجع عن آخر تعديل</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The current level is from 0 to 5.</source>
        <translation>المستوى الحالي من 0 إلى 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The required level is from 1 to 5.</source>
        <translation>المستوى المطلوب من 1 إلى 5.</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/findings_model.py" line="+122"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence from</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainable</source>
        <translation>قابل للتدريب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-training response</source>
        <translation>استجابة غير تدريبية</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/first_admin_dialog.py" line="+17"/>
        <source>Create the administrator</source>
        <translation>إنشاء المسؤول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no accounts yet. Create the administrator account: it signs in at every start and adds the accounts of the team (viewer, trainer, evaluator, programme manager).

The database holds personal data of foreign security personnel: choose a password nobody can guess, of at least 8 characters.</source>
        <translation>لا توجد حسابات في قاعدة البيانات هذه بعد. أنشئ حساب المسؤول: يسجّل الدخول عند كل تشغيل ويضيف حسابات الفريق (مطّلع، مدرب، مقيّم، مدير برنامج).

تضم قاعدة البيانات بيانات شخصية لأفراد قوات أمن أجنبية: اختر كلمة مرور لا يمكن لأحد تخمينها، من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>ال&amp;اسم الكامل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;أعد كتابة كلمة المرور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create administrator</source>
        <translation>إ&amp;نشاء المسؤول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+56"/>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>FrameworkFileActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/framework_files.py" line="+38"/>
        <source>Import a framework workbook</source>
        <translation>استيراد مصنف إطار كفاءات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported {file}: {new} new and {changed} changed competencies.</source>
        <translation>استُورد {file}: كفاءات جديدة {new} ومعدّلة {changed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the framework as</source>
        <translation>حفظ إطار الكفاءات باسم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {file}: {count} competencies.</source>
        <translation>حُفظ {file}: {count} كفاءة.</translation>
    </message>
</context>
<context>
    <name>FrameworkImportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_import_dialog.py" line="+21"/>
        <source>Import a framework</source>
        <translation>استيراد إطار كفاءات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competencies</source>
        <translation>الكفاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability areas</source>
        <translation>مجالات القدرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>المعايير</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error(s) were found. Correct the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده. صحّح المصنف واستورده مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد خطأ واحد. صحّح المصنف واستورده مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد خطآن. صحّح المصنف واستورده مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجدت %n أخطاء. صحّح المصنف واستورده مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد %n خطأً. صحّح المصنف واستورده مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد %n خطأ. صحّح المصنف واستورده مجددًا؛ لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked. Importing it creates the framework &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>فُحص &lt;b&gt;{file}&lt;/b&gt;. استيراده يُنشئ إطار الكفاءات &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked. Importing it updates the framework &lt;b&gt;{name}&lt;/b&gt; as follows.</source>
        <translation>فُحص &lt;b&gt;{file}&lt;/b&gt;. استيراده يحدّث إطار الكفاءات &lt;b&gt;{name}&lt;/b&gt; على النحو التالي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New: {code} {title}</source>
        <translation>جديد: {code} {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {code} {title} ({fields})</source>
        <translation>معدَّل: {code} {title} ({fields})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New area: {code}</source>
        <translation>مجال جديد: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New standard: {code}</source>
        <translation>معيار جديد: {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A framework is imported whole or not at all.</source>
        <translation>يُستورد إطار الكفاءات كاملًا أو لا يُستورد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: this framework already matches the workbook.</source>
        <translation>لا شيء للاستيراد: إطار الكفاءات هذا مطابق للمصنف.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> %n competency(ies) of the framework are not in the workbook; they are kept.</source>
        <translation>
            <numerusform> لا كفاءات ناقصة من المصنف.</numerusform>
            <numerusform> كفاءة واحدة من الإطار غير موجودة في المصنف؛ يُحتفظ بها.</numerusform>
            <numerusform> كفاءتان من الإطار غير موجودتين في المصنف؛ يُحتفظ بهما.</numerusform>
            <numerusform> %n كفاءات من الإطار غير موجودة في المصنف؛ يُحتفظ بها.</numerusform>
            <numerusform> %n كفاءة من الإطار غير موجودة في المصنف؛ يُحتفظ بها.</numerusform>
            <numerusform> %n كفاءة من الإطار غير موجودة في المصنف؛ يُحتفظ بها.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you click Apply; the import then runs in one step.</source>
        <translation>لا يُكتب شيء قبل النقر على تطبيق؛ ثم يجري الاستيراد في خطوة واحدة.</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/framework_page.py" line="+58"/>
        <source>Framework</source>
        <translation>إطار الكفاءات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search competencies (code or title)…</source>
        <translation>البحث في الكفاءات (الرمز أو العنوان)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add competency…</source>
        <translation>إ&amp;ضافة كفاءة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a framework from an Excel workbook (preview first)</source>
        <translation>استيراد إطار كفاءات من مصنف Excel (مع معاينة أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this framework as an Excel workbook</source>
        <translation>حفظ إطار الكفاءات هذا كمصنف Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version…</source>
        <translation>إصدار &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this framework as a new version and retire this one (a scale in use cannot change meaning)</source>
        <translation>نسخ إطار الكفاءات هذا كإصدار جديد وإيقاف هذا الإصدار (لا يمكن تغيير معنى سلّم مستخدَم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cale…</source>
        <translation>ا&amp;لسلّم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reword the proficiency levels; choose which count as proficient</source>
        <translation>إعادة صياغة مستويات الإتقان؛ واختيار ما يُعدّ منها إتقانًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Framework:</source>
        <translation>إطار الكفاءات:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save competency</source>
        <translation>حفظ الكفاءة</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} (v{version}, {count} competencies)</source>
        <translation>{name} (الإصدار {version}، {count} كفاءة)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+24"/>
        <source>The competency {code}</source>
        <translation>الكفاءة {code}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved {code}.</source>
        <translation>حُفظت {code}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Added {code}.</source>
        <translation>أُضيفت {code}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete competency</source>
        <translation>حذف الكفاءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the competency “{label}”?</source>
        <translation>هل تريد حذف الكفاءة «{label}»؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted {label}.</source>
        <translation>حُذفت {label}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reference added.</source>
        <translation>أُضيف المرجع.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference removed.</source>
        <translation>أُزيل المرجع.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New framework version created; the previous one is retired.</source>
        <translation>أُنشئ إصدار جديد من إطار الكفاءات؛ وأُوقف الإصدار السابق.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale saved.</source>
        <translation>حُفظ السلّم.</translation>
    </message>
</context>
<context>
    <name>FrameworkStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-97"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>ساري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
</context>
<context>
    <name>FrameworkVersionDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_edit_dialogs.py" line="+115"/>
        <source>New framework version</source>
        <translation>إصدار جديد من إطار الكفاءات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2.0</source>
        <translation>مثال: 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The framework is copied as the new version, which you can then change; the current version is retired, and its assessments keep it.</source>
        <translation>يُنسخ إطار الكفاءات في الإصدار الجديد الذي يمكنك تعديله بعد ذلك؛ ويُوقف الإصدار الحالي وتحتفظ به تقييماته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Framework:</source>
        <translation>إطار الكفاءات:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new version&apos;s name (e.g. the revised edition&apos;s title)</source>
        <translation>اسم الإصدار الجديد (مثل عنوان الطبعة المنقحة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;version:</source>
        <translation>ال&amp;إصدار الجديد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/gaps_view.py" line="+40"/>
        <source>All units of the programme</source>
        <translation>كل وحدات البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Competency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non-training response</source>
        <translation>استجابة غير تدريبية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gaps training can close, highest priority × gap first ({n}):</source>
        <translation>فجوات يمكن للتدريب سدّها، الأعلى أولوية × فجوة أولًا ({n}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps training cannot close ({n}):</source>
        <translation>فجوات لا يمكن للتدريب سدّها ({n}):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none recorded)</source>
        <translation>(لا شيء مسجل)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/history_dialog.py" line="+30"/>
        <source>History of {record}</source>
        <translation>سجل تغييرات {record}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} recorded change(s), oldest first.</source>
        <translation>التغييرات المسجلة: {count}، الأقدم أولًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is recorded about this record yet.</source>
        <translation>لم يُسجَّل شيء عن هذا السجل بعد.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every recorded change to the selected record</source>
        <translation>كل التعديلات المسجلة على السجل المحدد</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/import_preview_dialog.py" line="+31"/>
        <source>Import preview</source>
        <translation>معاينة الاستيراد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; from the laptop &lt;b&gt;{source}&lt;/b&gt; ({id}) was checked: it is intact and signed. Importing it would change this database as follows.</source>
        <translation>فُحص &lt;b&gt;{file}&lt;/b&gt; الوارد من الحاسوب &lt;b&gt;{source}&lt;/b&gt; ({id}): إنه سليم وموقَّع. استيراده سيغيّر قاعدة البيانات هذه على النحو التالي.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n field(s) were changed both here and on the other laptop. Every laptop will show the same value for now; choose which one to keep on the Conflicts page after the import.</source>
        <translation>
            <numerusform>لم يُعدَّل أي حقل هنا وعلى الحاسوب الآخر معًا.</numerusform>
            <numerusform>عُدّل حقل واحد هنا وعلى الحاسوب الآخر معًا. ستعرض كل الحواسيب القيمة نفسها مؤقتًا؛ اختر القيمة التي تُعتمد في صفحة التعارضات بعد الاستيراد.</numerusform>
            <numerusform>عُدّل حقلان هنا وعلى الحاسوب الآخر معًا. ستعرض كل الحواسيب القيمة نفسها مؤقتًا؛ اختر القيمة التي تُعتمد في صفحة التعارضات بعد الاستيراد.</numerusform>
            <numerusform>عُدّلت %n حقول هنا وعلى الحاسوب الآخر معًا. ستعرض كل الحواسيب القيمة نفسها مؤقتًا؛ اختر القيمة التي تُعتمد في صفحة التعارضات بعد الاستيراد.</numerusform>
            <numerusform>عُدّل %n حقلًا هنا وعلى الحاسوب الآخر معًا. ستعرض كل الحواسيب القيمة نفسها مؤقتًا؛ اختر القيمة التي تُعتمد في صفحة التعارضات بعد الاستيراد.</numerusform>
            <numerusform>عُدّل %n حقل هنا وعلى الحاسوب الآخر معًا. ستعرض كل الحواسيب القيمة نفسها مؤقتًا؛ اختر القيمة التي تُعتمد في صفحة التعارضات بعد الاستيراد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing new: this database already has everything in the package. Applying it still records that it arrived, so the next package to that laptop is smaller.</source>
        <translation>لا جديد: قاعدة البيانات هذه تضم كل ما في الحزمة. ومع ذلك يسجّل تطبيقها وصولها، فتصغر الحزمة التالية إلى ذلك الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you click Apply; the import then runs in one step.</source>
        <translation>لا يُكتب شيء قبل النقر على تطبيق؛ ثم يجري الاستيراد في خطوة واحدة.</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/instrument_dialog.py" line="+49"/>
        <source>New evaluation instrument</source>
        <translation>أداة تقويم جديدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— the kind&apos;s usual level —</source>
        <translation>— المستوى المعتاد لهذا النوع —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass mark</source>
        <translation>علامة النجاح</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>ال&amp;مستوى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Maximum score:</source>
        <translation>الدرجة ال&amp;قصوى:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competencies
(optional):</source>
        <translation>الكفاءات
(اختياري):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each out of:</source>
        <translation>كل منها من:</translation>
    </message>
</context>
<context>
    <name>InstrumentKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+78"/>
        <source>Pre-test</source>
        <translation>اختبار قبلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-test</source>
        <translation>اختبار بعدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical checklist</source>
        <translation>قائمة تحقق عملية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>ملاحظة ميدانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction survey</source>
        <translation>استبيان رضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="+60"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/lesson_dialogs.py" line="-69"/>
        <source>Edit lesson</source>
        <translation>تعديل الدرس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New lesson learned</source>
        <translation>درس مستفاد جديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. end-of-course review, mentor report</source>
        <translation>مثال: مراجعة نهاية الدورة، تقرير الموجّه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(whole programme)</source>
        <translation>(البرنامج كله)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Observation:</source>
        <translation>ال&amp;ملاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>ال&amp;توصية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So&amp;urce:</source>
        <translation>المص&amp;در:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date observed:</source>
        <translation>تا&amp;ريخ الملاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;hort:</source>
        <translation>ال&amp;فوج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
</context>
<context>
    <name>LessonStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-48"/>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/lessons_page.py" line="+96"/>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New lesson…</source>
        <translation>درس &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ins or Ctrl+N</source>
        <translation>Ins أو Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open actions</source>
        <translation>الإجراءات المفتوحة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Programme:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coho&amp;rt:</source>
        <translation>ال&amp;فوج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us:</source>
        <translation>الحال&amp;ة:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+103"/>
        <source>Select a lesson to see its actions.</source>
        <translation>اختر درسًا لرؤية إجراءاته.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Curriculum version</source>
        <translation>إصدار المنهج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;action…</source>
        <translation>إجراء جدي&amp;د…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it action…</source>
        <translation>ت&amp;عديل الإجراء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark d&amp;one</source>
        <translation>تسجيله م&amp;نجزًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a&amp;ction</source>
        <translation>حذف الإجرا&amp;ء</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All cohorts</source>
        <translation>كل الأفواج</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;Observation:&lt;/b&gt; {observation}&lt;br&gt;&lt;b&gt;Recommendation:&lt;/b&gt; {recommendation}</source>
        <translation>&lt;b&gt;الملاحظة:&lt;/b&gt; {observation}&lt;br&gt;&lt;b&gt;التوصية:&lt;/b&gt; {recommendation}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lesson recorded.</source>
        <translation>دُوِّن الدرس.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lesson saved.</source>
        <translation>حُفظ الدرس.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete lesson</source>
        <translation>حذف الدرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lesson “{observation}” and its {count} action(s)?</source>
        <translation>هل تريد حذف الدرس «{observation}» وإجراءاته ({count})؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson deleted.</source>
        <translation>حُذف الدرس.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action added.</source>
        <translation>أُضيف الإجراء.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action saved.</source>
        <translation>حُفظ الإجراء.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action marked done.</source>
        <translation>سُجّل الإجراء منجزًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the action “{description}”?</source>
        <translation>هل تريد حذف الإجراء «{description}»؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action deleted.</source>
        <translation>حُذف الإجراء.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/login_dialog.py" line="+20"/>
        <source>Sign in to trainmgr</source>
        <translation>تسجيل الدخول إلى trainmgr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database: {path}</source>
        <translation>قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/trainmgr/ui/main_window.py" line="+68"/>
        <source>trainmgr — {file}</source>
        <translation>trainmgr — {file}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New programme…</source>
        <translation>برنامج &amp;جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;demo programme…</source>
        <translation>فتح البرنامج ال&amp;تجريبي…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;report…</source>
        <translation>تصدير ت&amp;قرير…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Excel report for the host ministry: language, personal data, password</source>
        <translation>تقرير Excel لوزارة البلد المضيف: اللغة، البيانات الشخصية، كلمة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About trainmgr</source>
        <translation>&amp;حول trainmgr</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Signed in as {user} ({role})</source>
        <translation>تم تسجيل الدخول باسم {user} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replica {id}</source>
        <translation>النسخة {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop&apos;s copy of the data: {id}</source>
        <translation>نسخة البيانات على هذا الحاسوب: {id}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo programme is ready.</source>
        <translation>البرنامج التجريبي جاهز.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo cancelled; nothing was added.</source>
        <translation>أُلغي البرنامج التجريبي؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building the demo programme</source>
        <translation>جارٍ إنشاء البرنامج التجريبي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path}</source>
        <translation>نُسخ احتياطيًا إلى {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About trainmgr</source>
        <translation>حول trainmgr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;trainmgr {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;trainmgr {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training programmes for host-nation security forces, offline.

Database: {path}</source>
        <translation>برامج تدريب قوات الأمن في البلد المضيف، دون اتصال بالشبكة.

قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new language is used the next time trainmgr starts.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل trainmgr في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/merge_dialog.py" line="+55"/>
        <source>Merge two records of one person</source>
        <translation>دمج سجلين لشخص واحد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same service number</source>
        <translation>رقم الخدمة نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name ({score:.0%})</source>
        <translation>اسم مشابه ({score:.0%})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This record</source>
        <translation>هذا السجل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other record</source>
        <translation>السجل الآخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;this record</source>
        <translation>الإبقاء على &amp;هذا السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;other record</source>
        <translation>الإبقاء على السجل ال&amp;آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. the same person registered by two teams</source>
        <translation>مثال: الشخص نفسه سجّله فريقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record not kept is closed: its enrolments, attendance, results and follow-ups move to the kept one, and the merge is recorded in the audit log. Fields of the kept record are not changed; edit it afterwards if the other had better values.</source>
        <translation>يُغلق السجل غير المُبقى عليه: تنتقل تسجيلاته وحضوره ونتائجه ومتابعاته إلى السجل المُبقى عليه، ويُدوَّن الدمج في سجل التدقيق. لا تتغير حقول السجل المُبقى عليه؛ عدّله بعد ذلك إن كانت قيم الآخر أفضل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate:</source>
        <translation>ال&amp;مكرر:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep:</source>
        <translation>الإبقاء على:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in host script</source>
        <translation>الاسم بالكتابة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service number</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting</source>
        <translation>التحقق من السوابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting date</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting reference</source>
        <translation>مرجع التحقق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say why these are the same person (kept in the audit log).</source>
        <translation>اذكر لماذا هما الشخص نفسه (يُحفظ في سجل التدقيق).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep {keep} and close {drop}? Everything recorded for {drop} moves to {keep}; this cannot be undone here.</source>
        <translation>هل تريد الإبقاء على {keep} وإغلاق {drop}؟ سينتقل كل ما سُجّل لـ{drop} إلى {keep}؛ ولا يمكن التراجع عن ذلك هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge two records</source>
        <translation>دمج سجلين</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/module_editor.py" line="+51"/>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save module</source>
        <translation>&amp;حفظ المقرر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New learning objective, then Enter</source>
        <translation>هدف تعلّمي جديد، ثم Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove objective</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target level</source>
        <translation>المستوى المستهدف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competency to target: type its code or title</source>
        <translation>الكفاءة المستهدفة: اكتب رمزها أو عنوانها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add competency</source>
        <translation>إضافة الكفاءة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours:</source>
        <translation>ال&amp;ساعات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;طريقة التنفيذ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning objectives:</source>
        <translation>الأهداف التعلّمية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targeted competencies (type a level 1–5):</source>
        <translation>الكفاءات المستهدفة (اكتب مستوى من 1 إلى 5):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisites (modules to complete first):</source>
        <translation>المتطلبات المسبقة (مقررات تُنجز أولًا):</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This curriculum is approved: read-only. Make a new version to change it.</source>
        <translation>هذا المنهج معتمد: للقراءة فقط. أنشئ إصدارًا جديدًا لتغييره.</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/curriculum_list.py" line="+34"/>
        <source>{n}. {code} {title} — {hours} h</source>
        <translation>{n}. {code} {title} — {hours} س</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/unlock_dialog.py" line="+110"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trainmgr will create a new database:
{path}

It will hold names, ranks, service numbers and vetting status. Protect it with a passphrase: without it, a lost or seized laptop reveals nothing. trainmgr asks for it at every start and after 15 minutes without use. Keep it safe: without it (or HQ&apos;s recovery key, if one is added later) the data cannot be opened by anyone.</source>
        <translation>سينشئ trainmgr قاعدة بيانات جديدة:
{path}

ستضم أسماءً ورتبًا وأرقام خدمة وحالات التحقق من السوابق. احمها بعبارة مرور: بدونها لا يكشف الحاسوب المفقود أو المصادَر شيئًا. يطلبها trainmgr عند كل تشغيل وبعد 15 دقيقة من عدم الاستخدام. احفظها في مكان آمن: بدونها (أو بدون مفتاح الاسترداد لدى القيادة، إن أُضيف لاحقًا) لا يستطيع أحد فتح البيانات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;أعد كتابتها:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Encrypt and create</source>
        <translation>ت&amp;شفير وإنشاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;without encryption</source>
        <translation>إنشاء &amp;دون تشفير</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The passphrase must have at least 8 characters; a few words are easier to remember and harder to guess.</source>
        <translation>يجب أن تتكون عبارة المرور من 8 أحرف على الأقل؛ وبضع كلمات أسهل للتذكر وأصعب للتخمين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>NewStandardDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_edit_dialogs.py" line="-49"/>
        <source>New standard</source>
        <translation>معيار جديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. UN-CPTM-2017</source>
        <translation>مثال: UN-CPTM-2017</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edition, where to find it</source>
        <translation>الطبعة، وأين يوجد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>ال&amp;جهة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail:</source>
        <translation>ال&amp;تفاصيل:</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/optional_date.py" line="+23"/>
        <source>Set</source>
        <translation>محدد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Untick for no date</source>
        <translation>أزل التحديد لترك التاريخ فارغًا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick to enter a date</source>
        <translation>حدّد لإدخال تاريخ</translation>
    </message>
</context>
<context>
    <name>PaperSheet</name>
    <message>
        <location filename="../../src/trainmgr/ui/printing/sheet_pdf.py" line="+61"/>
        <source>Page {number} of {pages}</source>
        <translation>الصفحة {number} من {pages}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write the PDF {path}: {reason}. Choose another folder, or close the file if it is open in a viewer.</source>
        <translation>تعذّرت كتابة ملف PDF ‏{path}: {reason}. اختر مجلدًا آخر، أو أغلق الملف إن كان مفتوحًا في برنامج عرض.</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/printing/sheets.py" line="+35"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service no.</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed:</source>
        <translation>تاريخ الطباعة:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{day}, {start}–{end}</source>
        <translation>{day}، {start}–{end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day}, {start}</source>
        <translation>{day}، {start}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Cohort:</source>
        <translation>الفوج:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Module:</source>
        <translation>المقرر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time:</source>
        <translation>التاريخ والوقت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructors:</source>
        <translation>المدربون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by:</source>
        <translation>سجّل الحضور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick one box per trainee: {legend}. Type the marks back in this order (line numbers as on screen).</source>
        <translation>ضع علامة في خانة واحدة لكل متدرب: {legend}. ثم أدخل العلامات بهذا الترتيب (أرقام الأسطر كما على الشاشة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance sheet</source>
        <translation>ورقة الحضور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{top} — pass mark {mark}</source>
        <translation>{top} — علامة النجاح {mark}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instrument:</source>
        <translation>الأداة:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date given:</source>
        <translation>تاريخ الإجراء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum:</source>
        <translation>الحد الأقصى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessor:</source>
        <translation>المقيّم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GO / NO-GO</source>
        <translation>GO / NO-GO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (max {top})</source>
        <translation>{label} (الحد الأقصى {top})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle GO or NO-GO; write a score if one is given. Pass mark: {mark}.</source>
        <translation>ضع دائرة حول GO أو NO-GO؛ واكتب الدرجة إن وُجدت. علامة النجاح: {mark}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write each score between 0 and the column&apos;s maximum. Pass mark: {mark}.</source>
        <translation>اكتب كل درجة بين 0 والحد الأقصى للعمود. علامة النجاح: {mark}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score sheet</source>
        <translation>ورقة الدرجات</translation>
    </message>
</context>
<context>
    <name>PaperSheets</name>
    <message>
        <location filename="../../src/trainmgr/ui/printing/paper_sheets.py" line="+45"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sheet saved: {name} (%n page(s)).</source>
        <translation>
            <numerusform>حُفظت الورقة: {name}.</numerusform>
            <numerusform>حُفظت الورقة: {name} (صفحة واحدة).</numerusform>
            <numerusform>حُفظت الورقة: {name} (صفحتان).</numerusform>
            <numerusform>حُفظت الورقة: {name} (%n صفحات).</numerusform>
            <numerusform>حُفظت الورقة: {name} (%n صفحة).</numerusform>
            <numerusform>حُفظت الورقة: {name} (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing to PDF</source>
        <translation>جارٍ الطباعة إلى PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the attendance sheet</source>
        <translation>حفظ ورقة الحضور</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the score sheet</source>
        <translation>حفظ ورقة الدرجات</translation>
    </message>
</context>
<context>
    <name>PeersTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/sync_models.py" line="-59"/>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replica id</source>
        <translation>معرّف النسخة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last package from it</source>
        <translation>آخر حزمة منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its changes received</source>
        <translation>تغييراته المستلمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our changes it confirmed</source>
        <translation>تغييراتنا التي أكدها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changes of this laptop that arrived here, up to its change number {n}.</source>
        <translation>تغييرات هذا الحاسوب التي وصلت إلى هنا، حتى تغييره رقم {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It confirmed receiving our changes up to number {n}: the next package for it holds only what came after.</source>
        <translation>أكّد استلام تغييراتنا حتى الرقم {n}: لن تحوي الحزمة التالية إليه إلا ما جاء بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>PersonRole</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-124"/>
        <source>Trainee</source>
        <translation>متدرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructor</source>
        <translation>مدرب</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location line="+46"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/programme_dialog.py" line="+38"/>
        <source>New programme</source>
        <translation>برنامج جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit programme</source>
        <translation>تعديل البرنامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. EUTM-ML-2025</source>
        <translation>مثال: EUTM-ML-2025</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host country:</source>
        <translation>البلد ال&amp;مضيف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;language:</source>
        <translation>&amp;لغة التقارير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>تاريخ ال&amp;بدء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>تاريخ الا&amp;نتهاء:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/programmes_page.py" line="+40"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search programmes…</source>
        <translation>البحث في البرامج…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Programme “{name}” saved.</source>
        <translation>حُفظ البرنامج «{name}».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the programme “{name}” ({code})?

It disappears from this laptop now and from the others at their next sync.</source>
        <translation>هل تريد حذف البرنامج «{name}» ({code})؟

سيختفي من هذا الحاسوب الآن ومن الحواسيب الأخرى عند مزامنتها القادمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete programme</source>
        <translation>حذف البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme “{name}” deleted.</source>
        <translation>حُذف البرنامج «{name}».</translation>
    </message>
</context>
<context>
    <name>ProgrammesTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/programmes_model.py" line="+65"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trainees</source>
        <translation>المتدربون</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_figures.py" line="+36"/>
        <location line="+8"/>
        <source>Baseline</source>
        <translation>الأساسي</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Required</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+45"/>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="+48"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+45"/>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="+0"/>
        <source>Competency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap at baseline</source>
        <translation>الفجوة الأساسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap now</source>
        <translation>الفجوة الحالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap closed</source>
        <translation>الفجوة المسدودة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} unit(s) assessed. Levels are means over the units assessed.</source>
        <translation>الوحدات المقيَّمة: {n}. المستويات متوسطات على الوحدات المقيَّمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proficiency level</source>
        <translation>مستوى الإتقان</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="-4"/>
        <location line="+7"/>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{names} and {n} more</source>
        <translation>{names} و{n} أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group too small (n&lt;{min}): {names}. Their gains say nothing reliable.</source>
        <translation>مجموعة صغيرة جدًا (n&lt;{min}): {names}. تحسّنها لا يدل على شيء موثوق.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pre-test mean</source>
        <translation>متوسط الاختبار القبلي</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+1"/>
        <source>{value} (n={n})</source>
        <translation>{value} (n={n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post-test mean</source>
        <translation>متوسط الاختبار البعدي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gain (paired)</source>
        <translation>التحسّن (مقترن)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{value} (n={n} paired)</source>
        <translation>{value} (n={n} مقترنة)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre n</source>
        <translation>n القبلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post n</source>
        <translation>n البعدي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paired n</source>
        <translation>n المقترن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pre mean</source>
        <translation>المتوسط القبلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post mean</source>
        <translation>المتوسط البعدي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain</source>
        <translation>التحسّن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalised gain</source>
        <translation>التحسّن المعياري</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too small (n&lt;{min})</source>
        <translation>صغيرة جدًا (n&lt;{min})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of maximum score</source>
        <translation>% من الدرجة القصوى</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>Pre-test</source>
        <translation>اختبار قبلي</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <source>{n} trainee(s)</source>
        <translation>المتدربون: {n}</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>Post-test</source>
        <translation>اختبار بعدي</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Score band (%)</source>
        <translation>شريحة الدرجات (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group too small (n&lt;{min}): {pre} pre-test and {post} post-test score(s). This distribution says nothing reliable.</source>
        <translation>مجموعة صغيرة جدًا (n&lt;{min}): درجات الاختبار القبلي {pre} والبعدي {post}. هذا التوزيع لا يدل على شيء موثوق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainees</source>
        <translation>المتدربون</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_format.py" line="+27"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} pts</source>
        <translation>{value} نقطة</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_people.py" line="+35"/>
        <source>Nominated</source>
        <translation>مرشَّحون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>مسجَّلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended enough</source>
        <translation>حضور كافٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>ناجحون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>تمت متابعتهم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rate} ({attended} of {counted})</source>
        <translation>{rate} ({attended} من أصل {counted})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{cohort}, {title}: {value}</source>
        <translation>{cohort}، {title}: {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly rate</source>
        <translation>النسبة الشهرية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort</source>
        <translation>الفوج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>منعقدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attended</source>
        <translation>حضروا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>غائبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not marked</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overall: {value}. Cancelled sessions are left out; excused and not-expected trainees do not count against the rate.</source>
        <translation>الإجمالي: {value}. تُستبعد الجلسات الملغاة؛ ولا يُحتسب المتدربون المعذورون وغير المتوقعين ضد النسبة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {count} sessions are too many to plot one by one: choose a cohort or a shorter period to see each session.</source>
        <translation>عدد الجلسات ({count}) أكبر من أن تُرسم واحدةً واحدة: اختر فوجًا أو فترة أقصر لرؤية كل جلسة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attendance rate (%)</source>
        <translation>نسبة الحضور (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other ({n} groups)</source>
        <translation>أخرى ({n} مجموعات)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} trained</source>
        <translation>المؤهَّلون: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained</source>
        <translation>المؤهَّلون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} trainee(s) trained in all (a trainee is counted once, when first completing a cohort).</source>
        <translation>مجموع المتدربين المؤهَّلين: {n} (يُحتسب المتدرب مرة واحدة، عند إتمامه أول فوج).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainees trained</source>
        <translation>المتدربون المؤهَّلون</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+4"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of nominated</source>
        <translation>% من المرشَّحين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of previous stage</source>
        <translation>% من المرحلة السابقة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enrolments</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="-18"/>
        <source>Test</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>ملاحظة ميدانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit assessment</source>
        <translation>تقييم الوحدة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured by</source>
        <translation>القياس بواسطة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instrument or assessment</source>
        <translation>الأداة أو التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tests and observations as % of their maximum score; a unit assessment (of the trainee&apos;s unit) as its level ÷ 5.</source>
        <translation>الاختبارات والملاحظات كنسبة مئوية من درجتها القصوى؛ وتقييم الوحدة (وحدة المتدرب) كمستواها ÷ 5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% of maximum</source>
        <translation>% من الحد الأقصى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level {level} ({value})</source>
        <translation>المستوى {level} ({value})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{score} of {max} ({value})</source>
        <translation>{score} من {max} ({value})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} ({source}): {value}</source>
        <translation>{label} ({source}): {value}</translation>
    </message>
</context>
<context>
    <name>ProgressFilterBar</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_filters.py" line="+30"/>
        <source>Any sex</source>
        <translation>كل الأجناس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit includes all its sub-units</source>
        <translation>تشمل الوحدة كل وحداتها الفرعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset</source>
        <translation>إعادة ال&amp;ضبط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every unit, cohort, sex and rank over the whole period</source>
        <translation>العودة إلى كل الوحدات والأفواج والأجناس والرتب على كامل المدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programme:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cohort:</source>
        <translation>ال&amp;فوج:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Sex:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ran&amp;k:</source>
        <translation>ال&amp;رتبة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All units</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cohorts</source>
        <translation>كل الأفواج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ranks</source>
        <translation>كل الرتب</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The period ends before it starts: choose a “to” date on or after the “from” date.</source>
        <translation>تنتهي المدة قبل أن تبدأ: اختر تاريخ «إلى» مساويًا لتاريخ «من» أو بعده.</translation>
    </message>
</context>
<context>
    <name>ProgressMessages</name>
    <message>
        <location filename="../../src/trainmgr/ui/progress_text.py" line="+29"/>
        <source>Reading the framework</source>
        <translation>جارٍ قراءة إطار الكفاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the framework</source>
        <translation>جارٍ المقارنة مع إطار الكفاءات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the trainees</source>
        <translation>جارٍ قراءة بيانات المتدربين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the trainees</source>
        <translation>جارٍ المقارنة مع بيانات المتدربين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing competencies</source>
        <translation>جارٍ كتابة الكفاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing trainees</source>
        <translation>جارٍ كتابة بيانات المتدربين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the workbook</source>
        <translation>جارٍ حفظ المصنف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying the audit trail</source>
        <translation>جارٍ التحقق من سجل التدقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the audit trail</source>
        <translation>جارٍ كتابة سجل التدقيق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the report</source>
        <translation>جارٍ إعداد التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainees trained</source>
        <translation>المتدربون المؤهَّلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion funnel</source>
        <translation>قمع الإتمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <translation>القدرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment matrix</source>
        <translation>مصفوفة تقييم الاحتياجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>الفجوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>تقييمات الاحتياجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the registers</source>
        <translation>جارٍ قراءة سجلات الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading results and completion</source>
        <translation>جارٍ قراءة النتائج وحالات الإتمام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the curricula</source>
        <translation>جارٍ قراءة المناهج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing figures</source>
        <translation>جارٍ إعداد الأرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning the demo programme</source>
        <translation>جارٍ تخطيط البرنامج التجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the demo programme</source>
        <translation>جارٍ حفظ البرنامج التجريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the package</source>
        <translation>جارٍ حفظ الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the package file</source>
        <translation>جارٍ فحص ملف الحزمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package checked</source>
        <translation>فُحصت الحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the database</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database encrypted</source>
        <translation>شُفّرت قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database decrypted</source>
        <translation>فُكّ تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading row {row}</source>
        <translation>جارٍ قراءة الصف {row}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting the database: {done} of {total} MB</source>
        <translation>جارٍ تشفير قاعدة البيانات: {done} من {total} ميغابايت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the database: {done} of {total} MB</source>
        <translation>جارٍ فك تشفير قاعدة البيانات: {done} من {total} ميغابايت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the demo records</source>
        <translation>جارٍ إنشاء بيانات البرنامج التجريبي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the package</source>
        <translation>جارٍ كتابة الحزمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the package</source>
        <translation>جارٍ فحص الحزمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processing the records</source>
        <translation>جارٍ معالجة السجلات</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/progress_page.py" line="+54"/>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unit capability per competency: baseline, latest, required</source>
        <translation>قدرة الوحدات حسب الكفاءة: الأساسي، الأحدث، المطلوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre/post mean score and gain per competency</source>
        <translation>متوسط الدرجات القبلي/البعدي والتحسّن حسب الكفاءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score distribution, pre-test and post-test</source>
        <translation>توزيع الدرجات، الاختبار القبلي والبعدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rate per session and per month</source>
        <translation>نسبة الحضور حسب الجلسة والشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainees trained (cumulative)</source>
        <translation>المتدربون المؤهَّلون (تراكمي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion funnel</source>
        <translation>قمع الإتمام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilit&amp;y area:</source>
        <translation>م&amp;جال القدرات:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capab&amp;ility</source>
        <translation>القد&amp;رات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;e/post gain</source>
        <translation>التحسّن القبلي/ال&amp;بعدي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competenc&amp;y:</source>
        <translation>ال&amp;كفاءة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score &amp;distribution</source>
        <translation>توزيع ال&amp;درجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance</source>
        <translation>ال&amp;حضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group by:</source>
        <translation>ال&amp;تجميع حسب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trai&amp;ned</source>
        <translation>المؤ&amp;هَّلون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funne&amp;l</source>
        <translation>الق&amp;مع</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart saved to {path}.</source>
        <translation>حُفظ الرسم البياني في {path}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No programme yet: create one on the Programmes page first.</source>
        <translation>لا يوجد برنامج بعد: أنشئ برنامجًا في صفحة البرامج أولًا.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Computed in {ms} ms.</source>
        <translation>حُسب في {ms} ملّي ثانية.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the figures after recent changes: {done} of {total} cohorts…</source>
        <translation>جارٍ إعداد الأرقام بعد التعديلات الأخيرة: {done} من {total} فوج…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The figures could not be computed.</source>
        <translation>تعذّر حساب الأرقام.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All areas</source>
        <translation>كل المجالات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overall score</source>
        <translation>الدرجة الإجمالية</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/propose_dialog.py" line="+57"/>
        <source>Propose a curriculum from assessments</source>
        <translation>اقتراح منهج من التقييمات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Logistics cell course 2025</source>
        <translation>مثال: دورة خلية الإمداد 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Propose</source>
        <translation>ا&amp;قتراح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the trainable gaps of these assessments:</source>
        <translation>سدّ الفجوات القابلة للتدريب في هذه التقييمات:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one assessment.</source>
        <translation>حدّد تقييمًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{hours} h, {mode}</source>
        <translation>{hours} س، {mode}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reused modules ({n}):</source>
        <translation>مقررات مُعاد استخدامها ({n}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New modules ({n}):</source>
        <translation>مقررات جديدة ({n}):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaps training cannot close (left out):</source>
        <translation>فجوات لا يمكن للتدريب سدّها (مستبعدة):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already at the required level: {codes}</source>
        <translation>عند المستوى المطلوب أصلًا: {codes}</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/register_model.py" line="+94"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service no.</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{who}, {when}</source>
        <translation>{who}، {when}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/report_dialog.py" line="+53"/>
        <source>Export a report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None: aggregate figures only</source>
        <translation>لا شيء: أرقام إجمالية فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymised: stable codes, no names or service numbers</source>
        <translation>بأسماء مستعارة: رموز ثابتة، بلا أسماء أو أرقام خدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full: names and service numbers</source>
        <translation>كاملة: الأسماء وأرقام الخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encrypt the workbook with a password</source>
        <translation>تشف&amp;ير المصنف بكلمة مرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at least {n} characters</source>
        <translation>{n} أحرف على الأقل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro&amp;gramme:</source>
        <translation>ال&amp;برنامج:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scope:</source>
        <translation>ال&amp;نطاق:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language of the report:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal &amp;data:</source>
        <translation>البيانات ال&amp;شخصية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Leave counts below 5 blan&amp;k (small-cell suppression)</source>
        <translation>ترك الأعداد الأقل من 5 &amp;فارغة (حجب الخلايا الصغيرة)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confir&amp;m password:</source>
        <translation>تأكي&amp;د كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme summary (with charts)</source>
        <translation>ملخص البرنامج (مع رسوم بيانية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs-assessment matrix of a unit</source>
        <translation>مصفوفة تقييم احتياجات وحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum outline</source>
        <translation>مخطط المنهج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance register of a cohort</source>
        <translation>سجل حضور فوج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results and certificates</source>
        <translation>النتائج والشهادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disaggregated statistics (sex × unit × rank)</source>
        <translation>إحصاءات مصنَّفة (الجنس × الوحدة × الرتبة)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The whole programme</source>
        <translation>البرنامج كله</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit: {name}</source>
        <translation>الوحدة: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment: {name}</source>
        <translation>التقييم: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort: {name}</source>
        <translation>الفوج: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The password must have at least {n} characters.</source>
        <translation>يجب أن تتكون كلمة المرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to write.</source>
        <translation>اختر الملف الذي يُكتب.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting the report</source>
        <translation>جارٍ تصدير التقرير</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report written to {path} ({sheets} sheets).</source>
        <translation>كُتب التقرير في {path} (الأوراق: {sheets}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled; no file was written.</source>
        <translation>أُلغي؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="+88"/>
        <source>Viewer</source>
        <translation>مطّلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>مدرب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>مقيّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme manager</source>
        <translation>مدير البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>RosterFileActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/roster_files.py" line="+58"/>
        <source>Import a roster</source>
        <translation>استيراد قائمة متدربين</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported {file}: {new} new and {updated} updated trainees; {dup} likely duplicate(s) to check.</source>
        <translation>استُورد {file}: متدربون جدد {new} ومحدَّثون {updated}؛ تكرارات محتملة للتحقق: {dup}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the roster template as</source>
        <translation>حفظ نموذج القائمة باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>template</source>
        <translation>template</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the roster as</source>
        <translation>تصدير قائمة المتدربين باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roster</source>
        <translation>roster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the roster template {file}: fill it in, then import it.</source>
        <translation>حُفظ نموذج القائمة {file}: املأه ثم استورده.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved {file}: %n trainee(s).</source>
        <translation>
            <numerusform>حُفظ {file}: لا متدربين.</numerusform>
            <numerusform>حُفظ {file}: متدرب واحد.</numerusform>
            <numerusform>حُفظ {file}: متدربان.</numerusform>
            <numerusform>حُفظ {file}: %n متدربين.</numerusform>
            <numerusform>حُفظ {file}: %n متدربًا.</numerusform>
            <numerusform>حُفظ {file}: %n متدرب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/roster_import_dialog.py" line="+19"/>
        <source>Import a roster</source>
        <translation>استيراد قائمة متدربين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainees</source>
        <translation>المتدربون</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error(s) were found. Correct the roster and import it again; nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده. صحّح القائمة واستوردها مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد خطأ واحد. صحّح القائمة واستوردها مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد خطآن. صحّح القائمة واستوردها مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجدت %n أخطاء. صحّح القائمة واستوردها مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد %n خطأً. صحّح القائمة واستوردها مجددًا؛ لم يتغير شيء.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; لا يمكن استيراده: وُجد %n خطأ. صحّح القائمة واستوردها مجددًا؛ لم يتغير شيء.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; was checked. Importing it changes the trainees as follows.</source>
        <translation>فُحص &lt;b&gt;{file}&lt;/b&gt;. استيراده يغيّر المتدربين على النحو التالي.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}: new trainee {name} {number}</source>
        <translation>الصف {row}: متدرب جديد {name} {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {row}: {name} — {fields}</source>
        <translation>الصف {row}: {name} — {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row {row}: {name} may be the same person as {other} ({reason})</source>
        <translation>الصف {row}: قد يكون {name} الشخص نفسه {other} ({reason})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A roster is imported whole or not at all.</source>
        <translation>تُستورد القائمة كاملة أو لا تُستورد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: every trainee of the roster is already up to date.</source>
        <translation>لا شيء للاستيراد: كل متدربي القائمة محدَّثون.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Check the likely duplicates afterwards: merge them from the trainee list if they are the same person.</source>
        <translation> تحقق من التكرارات المحتملة بعد ذلك: ادمجها من قائمة المتدربين إن كانت للشخص نفسه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you click Apply; the import then runs in one step.</source>
        <translation>لا يُكتب شيء قبل النقر على تطبيق؛ ثم يجري الاستيراد في خطوة واحدة.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/scale_dialog.py" line="+29"/>
        <source>Proficiency scale — {framework}</source>
        <translation>سلّم الإتقان — {framework}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficient</source>
        <translation>متقن</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} findings use this scale: its levels can be reworded, but which levels count as proficient is locked. To change the meaning, make a new version of the framework.</source>
        <translation>تستخدم {count} ملاحظة هذا السلّم: يمكن إعادة صياغة مستوياته، لكن تحديد المستويات التي تُعدّ إتقانًا مقفل. لتغيير المعنى، أنشئ إصدارًا جديدًا من إطار الكفاءات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No finding uses this scale yet: you may reword the levels and choose which count as proficient (the level a trainee must reach).</source>
        <translation>لا تستخدم أي ملاحظة هذا السلّم بعد: يمكنك إعادة صياغة المستويات واختيار ما يُعدّ منها إتقانًا (المستوى الذي يجب أن يبلغه المتدرب).</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../src/trainmgr/ui/widgets/score_grid.py" line="+57"/>
        <source>Type a score and Enter (moves down) · G GO · N NO-GO (checklists) · Delete clears; arrows move</source>
        <translation>اكتب درجة ثم Enter (ينتقل إلى الأسفل) · G = GO · N = NO-GO (قوائم التحقق) · Delete للمسح؛ الأسهم للتنقل</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move to a score column to enter a score.</source>
        <translation>انتقل إلى عمود درجات لإدخال درجة.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GO / NO-GO is recorded on checklists, observations and follow-ups only.</source>
        <translation>يُسجَّل GO / NO-GO في قوائم التحقق والملاحظات الميدانية والمتابعات فقط.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record GO (G) or NO-GO (N) first; the score is optional.</source>
        <translation>سجّل GO (G) أو NO-GO (N) أولًا؛ الدرجة اختيارية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a number: the score.</source>
        <translation>اكتب رقمًا: الدرجة.</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/score_model.py" line="+126"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service no.</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}: from 0 to {top}</source>
        <translation>{label}: من 0 إلى {top}</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/session_actions.py" line="+37"/>
        <source>Session of {day} scheduled.</source>
        <translation>جُدولت جلسة {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double booking: {details}</source>
        <translation>حجز مزدوج: {details}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session of {day} held.</source>
        <translation>عُقدت جلسة {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session of {day} cancelled.</source>
        <translation>أُلغيت جلسة {day}.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/session_dialog.py" line="+43"/>
        <source>Schedule a session</source>
        <translation>جدولة جلسة تدريبية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— no module —</source>
        <translation>— بلا مقرر —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The module&apos;s title when left empty</source>
        <translation>عنوان المقرر إذا تُرك فارغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Module:</source>
        <translation>ال&amp;مقرر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times:</source>
        <translation>الأوقات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>الم&amp;كان:</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-58"/>
        <source>Planned</source>
        <translation>مخططة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>منعقدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/settings_dialog.py" line="+20"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used the next time trainmgr starts.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل trainmgr في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-90"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
</context>
<context>
    <name>StandardBody</name>
    <message>
        <location line="+30"/>
        <source>UN</source>
        <translation>الأمم المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NATO</source>
        <translation>الناتو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AU</source>
        <translation>الاتحاد الأفريقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU</source>
        <translation>الاتحاد الأوروبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICRC</source>
        <translation>اللجنة الدولية للصليب الأحمر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>وطني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>StandardRefDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/framework_edit_dialogs.py" line="-69"/>
        <source>Add a standard reference</source>
        <translation>إضافة مرجع معيار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New standard…</source>
        <translation>معيار &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a standard that is not in the list yet</source>
        <translation>إضافة معيار غير موجود في القائمة بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. chapter 4, task 2</source>
        <translation>مثال: الفصل 4، المهمة 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Competency:</source>
        <translation>الكفاءة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Standard:</source>
        <translation>ال&amp;معيار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Detail:</source>
        <translation>ال&amp;تفاصيل:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a standard.</source>
        <translation>اختر معيارًا.</translation>
    </message>
</context>
<context>
    <name>SyncDirection</name>
    <message>
        <location filename="../../src/trainmgr/ui/sync_labels.py" line="+62"/>
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
</context>
<context>
    <name>SyncTable</name>
    <message>
        <location line="-45"/>
        <source>Assessments</source>
        <translation>تقييمات الاحتياجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records</source>
        <translation>سجلات الحضور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit events</source>
        <translation>أحداث التدقيق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability areas</source>
        <translation>مجالات القدرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohorts</source>
        <translation>الأفواج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competencies</source>
        <translation>الكفاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competency standards</source>
        <translation>معايير الكفاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curricula</source>
        <translation>المناهج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum assessments</source>
        <translation>تقييمات المناهج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolments</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frameworks</source>
        <translation>أطر الكفاءات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batches</source>
        <translation>دفعات الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruments</source>
        <translation>أدوات التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instrument competencies</source>
        <translation>كفاءات أدوات التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning objectives</source>
        <translation>الأهداف التعلّمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson actions</source>
        <translation>إجراءات الدروس المستفادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level descriptors</source>
        <translation>واصفات المستويات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modules</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module competencies</source>
        <translation>كفاءات المقررات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module prerequisites</source>
        <translation>متطلبات المقررات المسبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module standards</source>
        <translation>معايير المقررات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficiency levels</source>
        <translation>مستويات الإتقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proficiency scales</source>
        <translation>سلالم الإتقان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranks</source>
        <translation>الرتب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session instructors</source>
        <translation>مدربو الجلسات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training sessions</source>
        <translation>الجلسات التدريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
</context>
<context>
    <name>SyncValue</name>
    <message>
        <location line="+38"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/trainmgr/ui/tasks.py" line="+87"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>TraceabilityPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/traceability_page.py" line="+50"/>
        <source>Traceability</source>
        <translation>التتبّع</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter (unit, competency, module…)</source>
        <translation>تصفية (وحدة، كفاءة، مقرر…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only gaps without a module</source>
        <translation>الفجوات التي لا مقرر لها فقط</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Module</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Curriculum</source>
        <translation>المنهج</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Targets</source>
        <translation>يستهدف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{gaps} gap(s); {missing} with no module (highlighted).</source>
        <translation>الفجوات: {gaps}؛ منها {missing} بلا مقرر (مظللة).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modules that serve no current gap ({n}):</source>
        <translation>مقررات لا تخدم أي فجوة حالية ({n}):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Targets no competency</source>
        <translation>لا يستهدف أي كفاءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets no current gap</source>
        <translation>لا يستهدف أي فجوة حالية</translation>
    </message>
</context>
<context>
    <name>TraceabilityTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/traceability_model.py" line="+45"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Competency</source>
        <translation>الكفاءة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modules</source>
        <translation>المقررات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions held</source>
        <translation>الجلسات المنعقدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruments</source>
        <translation>أدوات التقويم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No module of a current curriculum addresses this gap.</source>
        <translation>لا يعالج أي مقرر من منهج ساري هذه الفجوة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} {title} — {curriculum} v{version}, {held} session(s) held</source>
        <translation>{code} {title} — {curriculum} الإصدار {version}، الجلسات المنعقدة: {held}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— no module —</source>
        <translation>— بلا مقرر —</translation>
    </message>
</context>
<context>
    <name>TraineeDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/trainee_dialog.py" line="+42"/>
        <source>New trainee</source>
        <translation>متدرب جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit trainee</source>
        <translation>تعديل المتدرب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— no unit —</source>
        <translation>— بلا وحدة —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— no rank —</source>
        <translation>— بلا رتبة —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Possibly already registered.&lt;/b&gt; Check these people; if this is someone else, click “Save anyway”.</source>
        <translation>&lt;b&gt;ربما يكون مسجلًا من قبل.&lt;/b&gt; تحقق من هؤلاء الأشخاص؛ وإن كان شخصًا آخر، فانقر «الحفظ على أي حال».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Family name:</source>
        <translation>اسم ال&amp;عائلة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names:</source>
        <translation>الاسم ال&amp;شخصي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in host &amp;script:</source>
        <translation>الاسم بال&amp;كتابة المحلية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;number:</source>
        <translation>&amp;رقم الخدمة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date:</source>
        <translation>تاريخ الم&amp;يلاد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k:</source>
        <translation>الرت&amp;بة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vetting:</source>
        <translation>ال&amp;تحقق من السوابق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting &amp;date:</source>
        <translation>تاري&amp;خ التحقق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting &amp;reference:</source>
        <translation>مرجع التح&amp;قق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>م&amp;لاحظات:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>same service number</source>
        <translation>رقم الخدمة نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name ({score:.0%})</source>
        <translation>اسم مشابه ({score:.0%})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;anyway</source>
        <translation>الحفظ على &amp;أي حال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
</context>
<context>
    <name>TraineeProgressDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/trainee_progress.py" line="+11"/>
        <source>Trainee progress</source>
        <translation>تقدّم المتدرب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level per competency over time</source>
        <translation>المستوى حسب الكفاءة عبر الزمن</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} — {unit}</source>
        <translation>{name} — {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress of {name}</source>
        <translation>تقدّم {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The progress could not be read.</source>
        <translation>تعذّرت قراءة التقدّم.</translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/trainees_page.py" line="+71"/>
        <source>Trainees</source>
        <translation>المتدربون</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search: name, native name, service number, unit, rank</source>
        <translation>بحث: الاسم، الاسم المحلي، رقم الخدمة، الوحدة، الرتبة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any sex</source>
        <translation>كل الأجناس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any vetting</source>
        <translation>كل حالات التحقق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add trainee…</source>
        <translation>إ&amp;ضافة متدرب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+138"/>
        <source>&amp;Progress…</source>
        <translation>التقدّ&amp;م…</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The selected trainee&apos;s level per competency over time</source>
        <translation>مستوى المتدرب المحدد حسب الكفاءة عبر الزمن</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Any rank</source>
        <translation>كل الرتب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any unit</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No programme yet: create one on the Programmes page first.</source>
        <translation>لا يوجد برنامج بعد: أنشئ برنامجًا في صفحة البرامج أولًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>لا متدربين</numerusform>
            <numerusform>متدرب واحد</numerusform>
            <numerusform>متدربان</numerusform>
            <numerusform>%n متدربين</numerusform>
            <numerusform>%n متدربًا</numerusform>
            <numerusform>%n متدرب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No trainee matches.</source>
        <translation>لا يوجد متدرب مطابق.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Trainee “{name}” saved.</source>
        <translation>حُفظ المتدرب «{name}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Merge…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected trainee with a likely duplicate</source>
        <translation>دمج المتدرب المحدد مع تكرار محتمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster &amp;template…</source>
        <translation>&amp;نموذج القائمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank roster workbook with drop-down lists, to fill in Excel</source>
        <translation>مصنف قائمة فارغ بقوائم منسدلة، يُملأ في Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import roster…</source>
        <translation>ا&amp;ستيراد قائمة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport roster…</source>
        <translation>ت&amp;صدير القائمة…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No likely duplicate of “{name}” was found.</source>
        <translation>لم يُعثر على تكرار محتمل لـ«{name}».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merged into “{name}”: %n record(s) moved to the kept trainee.</source>
        <translation>
            <numerusform>دُمج في «{name}»: لم يُنقل أي سجل.</numerusform>
            <numerusform>دُمج في «{name}»: نُقل سجل واحد إلى المتدرب المُبقى عليه.</numerusform>
            <numerusform>دُمج في «{name}»: نُقل سجلان إلى المتدرب المُبقى عليه.</numerusform>
            <numerusform>دُمج في «{name}»: نُقلت %n سجلات إلى المتدرب المُبقى عليه.</numerusform>
            <numerusform>دُمج في «{name}»: نُقل %n سجلًا إلى المتدرب المُبقى عليه.</numerusform>
            <numerusform>دُمج في «{name}»: نُقل %n سجل إلى المتدرب المُبقى عليه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraineesTableModel</name>
    <message>
        <location filename="../../src/trainmgr/ui/table_models/trainees_model.py" line="+104"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in host script</source>
        <translation>الاسم بالكتابة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service no.</source>
        <translation>رقم الخدمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>الرتبة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vetting</source>
        <translation>التحقق من السوابق</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/unit_dialog.py" line="+48"/>
        <source>New unit</source>
        <translation>وحدة جديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>تعديل الوحدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2nd Infantry Battalion, logistics cell</source>
        <translation>مثال: كتيبة المشاة الثانية، خلية الإمداد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— none (top level) —</source>
        <translation>— لا شيء (المستوى الأعلى) —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in host &amp;language:</source>
        <translation>الاسم بال&amp;لغة المحلية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Part of:</source>
        <translation>&amp;تابعة لـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocation:</source>
        <translation>الم&amp;وقع:</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-22"/>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>فرع القوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brigade</source>
        <translation>لواء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battalion</source>
        <translation>كتيبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>سرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell</source>
        <translation>خلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/units_page.py" line="+49"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add unit…</source>
        <translation>إ&amp;ضافة وحدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;sub-unit…</source>
        <translation>إضافة وحدة &amp;فرعية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in host language</source>
        <translation>الاسم باللغة المحلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No programme yet: create one on the Programmes page first.</source>
        <translation>لا يوجد برنامج بعد: أنشئ برنامجًا في صفحة البرامج أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme:</source>
        <translation>البرنامج:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Unit “{name}” saved.</source>
        <translation>حُفظت الوحدة «{name}».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete unit</source>
        <translation>حذف الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the unit “{name}”?</source>
        <translation>هل تريد حذف الوحدة «{name}»؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit “{name}” deleted.</source>
        <translation>حُذفت الوحدة «{name}».</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/unlock_dialog.py" line="-107"/>
        <source>Unlock {name}</source>
        <translation>فتح قفل {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trainmgr was locked after a period of inactivity.
Enter the passphrase of {name} to continue.</source>
        <translation>قُفل trainmgr بعد فترة من عدم النشاط.
أدخل عبارة مرور {name} للمتابعة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is encrypted. Enter its passphrase to open it.</source>
        <translation>{name} مشفرة. أدخل عبارة مرورها لفتحها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit trainmgr</source>
        <translation>&amp;خروج من trainmgr</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong passphrase (attempt {count}). Nothing was opened or changed; check the keyboard layout and Caps Lock, then try again.</source>
        <translation>عبارة مرور خاطئة (المحاولة {count}). لم يُفتح أو يتغير شيء؛ تحقق من تخطيط لوحة المفاتيح ومفتاح Caps Lock، ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>VettingStatus</name>
    <message>
        <location filename="../../src/trainmgr/ui/labels.py" line="-15"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>مُجاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/welcome_page.py" line="+23"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Welcome to trainmgr</source>
        <translation>مرحبًا بك في trainmgr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database has no training programme yet.

Create your programme to record host units, the needs assessment, the curriculum, the sessions and the evaluations. Or open the demo programme to explore trainmgr with realistic data first (it is added to this database; you can delete it later).</source>
        <translation>لا تضم قاعدة البيانات هذه أي برنامج تدريبي بعد.

أنشئ برنامجك لتسجيل الوحدات المضيفة وتقييم الاحتياجات والمنهج والجلسات والتقويم. أو افتح البرنامج التجريبي أولًا لاستكشاف trainmgr ببيانات واقعية (يُضاف إلى قاعدة البيانات هذه؛ ويمكنك حذفه لاحقًا).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New programme…</source>
        <translation>برنامج &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;demo programme</source>
        <translation>فتح البرنامج ال&amp;تجريبي</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo builder is not part of this build.</source>
        <translation>منشئ البرنامج التجريبي غير مضمَّن في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>WorkbookFileActions</name>
    <message>
        <location filename="../../src/trainmgr/ui/pages/workbook_files.py" line="+63"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Checking {file}</source>
        <translation>جارٍ فحص {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import of {file} cancelled; nothing was changed.</source>
        <translation>أُلغي استيراد {file}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {file}</source>
        <translation>جارٍ استيراد {file}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {file}</source>
        <translation>جارٍ تصدير {file}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} of {file} cancelled; nothing was changed.</source>
        <translation>{what} {file}: أُلغي؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} of {file} failed; nothing was changed.</source>
        <translation>{what} {file}: فشل؛ لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/workbook_import_dialog.py" line="+65"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Errors (sheet, row, column):</source>
        <translation>الأخطاء (الورقة، الصف، العمود):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes:</source>
        <translation>التغييرات:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/trainmgr/app.py" line="+103"/>
        <source>Restore a backup with:
    trainmgr db restore --db &quot;{db}&quot; BACKUP

The backups of this database are in:
    {folder}</source>
        <translation>استعد نسخة احتياطية بالأمر:
    trainmgr db restore --db &quot;{db}&quot; BACKUP

النسخ الاحتياطية لقاعدة البيانات هذه موجودة في:
    {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is trainmgr {version}. Install the newer release to open this file, or open another database with:
    trainmgr --db OTHER_FILE</source>
        <translation>هذا هو trainmgr {version}. ثبّت الإصدار الأحدث لفتح هذا الملف، أو افتح قاعدة بيانات أخرى بالأمر:
    trainmgr --db OTHER_FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that you chose the right file, or open another one with:
    trainmgr --db FILE</source>
        <translation>تحقق من أنك اخترت الملف الصحيح، أو افتح ملفًا آخر بالأمر:
    trainmgr --db FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the folder is writable and the disk is not full, then start trainmgr again, or open another database with:
    trainmgr --db FILE</source>
        <translation>تحقق من أن المجلد قابل للكتابة وأن القرص غير ممتلئ، ثم أعد تشغيل trainmgr، أو افتح قاعدة بيانات أخرى بالأمر:
    trainmgr --db FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trainmgr cannot open the database</source>
        <translation>يتعذر على trainmgr فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainmgr cannot open the database
{path}</source>
        <translation>يتعذر على trainmgr فتح قاعدة البيانات
{path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the backup folder</source>
        <translation>فتح مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The automatic backup failed: {error}</source>
        <translation>فشل النسخ الاحتياطي التلقائي: {error}</translation>
    </message>
</context>
<context>
    <name>assessment_labels</name>
    <message>
        <location filename="../../src/trainmgr/ui/assessment_labels.py" line="+41"/>
        <source>{kind} {date} (v{version}, {status})</source>
        <translation>{kind} {date} (الإصدار {version}، {status})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by {name} on {date}: read-only.</source>
        <translation>وقّعه {name} في {date}: للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amended by a newer version.</source>
        <translation>عُدّل بإصدار أحدث.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validated: still editable until signed by the host.</source>
        <translation>معتمد: يبقى قابلًا للتعديل حتى توقيع الجهة المضيفة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft: type levels 0–5 in the grid.</source>
        <translation>مسودة: اكتب المستويات 0–5 في الجدول.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind}
{date} v{version}</source>
        <translation>{kind}
{date} الإصدار {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} v{version} ({status})</source>
        <translation>{name} الإصدار {version} ({status})</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../src/trainmgr/ui/charts/export.py" line="+30"/>
        <source>Export chart as PNG</source>
        <translation>تصدير الرسم البياني بصيغة PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the image could not be encoded</source>
        <translation>تعذّر ترميز الصورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chart could not be saved to {path}: {reason}</source>
        <translation>تعذّر حفظ الرسم البياني في {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>confirm</name>
    <message>
        <location filename="../../src/trainmgr/ui/confirm.py" line="+24"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>في {what} تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/trainmgr/ui/errors.py" line="+41"/>
        <source>An unexpected error occurred ({detail}).

The details were written to the log file:
{log}

You can keep working. If something looks wrong, save your work and restart trainmgr.</source>
        <translation>حدث خطأ غير متوقع ({detail}).

كُتبت التفاصيل في ملف السجل:
{log}

يمكنك مواصلة العمل. إن بدا شيء غير سليم، فاحفظ عملك وأعد تشغيل trainmgr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unexpected error occurred ({detail}).

You can keep working. If something looks wrong, restart trainmgr.</source>
        <translation>حدث خطأ غير متوقع ({detail}).

يمكنك مواصلة العمل. إن بدا شيء غير سليم، فأعد تشغيل trainmgr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trainmgr</source>
        <translation>trainmgr</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../src/trainmgr/ui/file_dialogs.py" line="+14"/>
        <source>Sync packages (*.xlsx);;All files (*)</source>
        <translation>حزم المزامنة (*.xlsx);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>sign_dialog</name>
    <message>
        <location filename="../../src/trainmgr/ui/dialogs/sign_dialog.py" line="+13"/>
        <source>Sign the assessment</source>
        <translation>توقيع التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the host counterpart who signs:</source>
        <translation>اسم النظير المضيف الموقّع:</translation>
    </message>
</context>
</TS>
