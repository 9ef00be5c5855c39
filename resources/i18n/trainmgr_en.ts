<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CohortsPage</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/pages/cohorts_page.py" line="+164"/>
        <source> · %n not marked yet</source>
        <translation>
            <numerusform> · %n not marked yet</numerusform>
            <numerusform> · %n not marked yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletionPanel</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/widgets/completion_panel.py" line="+129"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/pages/conflicts_page.py" line="+151"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n conflict(s) resolved; the other laptops follow at their next exchange.</source>
        <translation>
            <numerusform>%n conflict resolved; the other laptops follow at their next exchange.</numerusform>
            <numerusform>%n conflicts resolved; the other laptops follow at their next exchange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Keep the value shown now for the %n selected conflicts?</source>
        <translation>
            <numerusform>Keep the value shown now for the selected conflict?</numerusform>
            <numerusform>Keep the value shown now for the %n selected conflicts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replace the value shown now by the other laptop&apos;s value for the %n selected conflicts?</source>
        <translation>
            <numerusform>Replace the value shown now by the other laptop&apos;s value for the selected conflict?</numerusform>
            <numerusform>Replace the value shown now by the other laptop&apos;s value for the %n selected conflicts?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/dialogs/enrol_dialog.py" line="+88"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/pages/exchange_page.py" line="+168"/>
        <source>&lt;b&gt;%n open conflict(s)&lt;/b&gt;: the same field was changed on two laptops. &lt;a href=&apos;conflicts&apos;&gt;Open the Conflicts page&lt;/a&gt; to choose which values to keep.</source>
        <translation>
            <numerusform>&lt;b&gt;%n open conflict&lt;/b&gt;: the same field was changed on two laptops. &lt;a href=&apos;conflicts&apos;&gt;Open the Conflicts page&lt;/a&gt; to choose which value to keep.</numerusform>
            <numerusform>&lt;b&gt;%n open conflicts&lt;/b&gt;: the same field was changed on two laptops. &lt;a href=&apos;conflicts&apos;&gt;Open the Conflicts page&lt;/a&gt; to choose which values to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/dialogs/framework_import_dialog.py" line="+36"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error(s) were found. Correct the workbook and import it again; nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error was found. Correct the workbook and import it again; nothing was changed.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n errors were found. Correct the workbook and import it again; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source> %n competency(ies) of the framework are not in the workbook; they are kept.</source>
        <translation>
            <numerusform> %n competency of the framework is not in the workbook; it is kept.</numerusform>
            <numerusform> %n competencies of the framework are not in the workbook; they are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/dialogs/import_preview_dialog.py" line="+76"/>
        <source>%n field(s) were changed both here and on the other laptop. Every laptop will show the same value for now; choose which one to keep on the Conflicts page after the import.</source>
        <translation>
            <numerusform>%n field was changed both here and on the other laptop. Every laptop will show the same value for now; choose which one to keep on the Conflicts page after the import.</numerusform>
            <numerusform>%n fields were changed both here and on the other laptop. Every laptop will show the same value for now; choose which one to keep on the Conflicts page after the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperSheets</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/printing/paper_sheets.py" line="+51"/>
        <source>Sheet saved: {name} (%n page(s)).</source>
        <translation>
            <numerusform>Sheet saved: {name} (%n page).</numerusform>
            <numerusform>Sheet saved: {name} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterFileActions</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/pages/roster_files.py" line="+107"/>
        <source>Saved {file}: %n trainee(s).</source>
        <translation>
            <numerusform>Saved {file}: %n trainee.</numerusform>
            <numerusform>Saved {file}: %n trainees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/dialogs/roster_import_dialog.py" line="+32"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error(s) were found. Correct the roster and import it again; nothing was changed.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n error was found. Correct the roster and import it again; nothing was changed.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; cannot be imported: %n errors were found. Correct the roster and import it again; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraineesPage</name>
    <message numerus="yes">
        <location filename="../../src/trainmgr/ui/pages/trainees_page.py" line="+203"/>
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>Merged into “{name}”: %n record(s) moved to the kept trainee.</source>
        <translation>
            <numerusform>Merged into “{name}”: %n record moved to the kept trainee.</numerusform>
            <numerusform>Merged into “{name}”: %n records moved to the kept trainee.</numerusform>
        </translation>
    </message>
</context>
</TS>
