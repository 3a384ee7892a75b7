<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="24"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="28"/>
        <source>GrantDesk keeps copies of this project: when it is opened and every few minutes while you work. Choose one to restore it into a new file; the current file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="38"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="47"/>
        <source>Restore into a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="51"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="53"/>
        <source>There are no backups of this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="79"/>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="80"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="48"/>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="28"/>
        <source>Plan (Annex 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="29"/>
        <source>Interim report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="30"/>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="31"/>
        <source>Annex 4 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="37"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="38"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="39"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="40"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="79"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="79"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="79"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="79"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="80"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="80"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="92"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="93"/>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="94"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="95"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="96"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="97"/>
        <source>Copy into another edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="98"/>
        <source>A new document of another edition of the same form, with every value that has a place there; what has none is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="101"/>
        <source>Open the selected document (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="102"/>
        <source>Add a plan or a report to the project (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="103"/>
        <source>Delete the selected document (Delete); the backups still hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="134"/>
        <source>Start with the plan (Annex 3): every report is then built from it. Choose “New document…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="137"/>
        <source>Reports made now start from the plan: its tasks, activities, indicators and planned values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="106"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="109"/>
        <source>Carried from the interim report: check it; it is yours once you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="162"/>
        <source>Understood as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="163"/>
        <source>Not understood as a date; it is kept and printed as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedGridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="364"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="366"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="206"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="207"/>
        <location filename="../grantdesk/ui/grid.py" line="304"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="208"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="209"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="210"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="211"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="212"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="213"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="244"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="252"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="305"/>
        <source>This row has text in it. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/first_start.py" line="17"/>
        <source>Choose the language of GrantDesk. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="64"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="65"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="66"/>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="67"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="69"/>
        <source>&amp;Documents of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="71"/>
        <source>New &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="73"/>
        <source>Add a form &amp;edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="75"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="77"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="80"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="81"/>
        <source>Report &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="90"/>
        <source>&amp;Carry over from the last interim report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="94"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="95"/>
        <source>App &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="133"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="133"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="134"/>
        <location filename="../grantdesk/ui/main_window.py" line="458"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="159"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="160"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="188"/>
        <source>This project uses a form edition that this GrantDesk does not have:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="242"/>
        <location filename="../grantdesk/ui/main_window.py" line="420"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="285"/>
        <source>%1 values were carried from the last interim report: facts, dates, places, participants, texts and statistics. They are shown in green until you edit them; check each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="296"/>
        <source>The project has no interim report to carry over from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="301"/>
        <source>This report already holds values of its own. Carry over from the interim report only into the places still empty? Nothing you typed is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="327"/>
        <source>Delete “%1”? A backup of the project taken just before keeps it; File → Restore from backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="330"/>
        <source>The reports keep the plan&apos;s values as their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="331"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="351"/>
        <source>Add a form edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="352"/>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="379"/>
        <source>There is no other edition of this form to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="385"/>
        <source>Copy into another edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="385"/>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="398"/>
        <source>Copied. These values have no place in the other edition; they stay in the original:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="401"/>
        <source>Copied: every value found its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="431"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="457"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="457"/>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="470"/>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="477"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="501"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="208"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="226"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="227"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="228"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="249"/>
        <source>It starts from the plan: its tasks, activities, indicators and planned values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="28"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="36"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="37"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="38"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="46"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="48"/>
        <source>errors remain, so every page is marked as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="145"/>
        <location filename="../grantdesk/ui/preview.py" line="159"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="145"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="160"/>
        <source>Could not save the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="179"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="179"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="40"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="42"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="47"/>
        <source>← Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="48"/>
        <source>Every document of the project (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="66"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="67"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="68"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="69"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="192"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="193"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="194"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="195"/>
        <source>Read-only: changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../grantdesk/ui/start.py" line="24"/>
        <source>Plans and reports of social projects on state grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="26"/>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="27"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="33"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="38"/>
        <source>No recent projects yet. Create a new one, or open a .grantdesk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="67"/>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="97"/>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="103"/>
        <location filename="../grantdesk/ui/tree.py" line="300"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="104"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="105"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="108"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="130"/>
        <source>Select a row on the left, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="150"/>
        <source>The tasks, activities, indicators and planned values come from the plan (Annex 3) and are shown in blue; change them in the plan. Here you add what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="301"/>
        <source>Remove “%1” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
