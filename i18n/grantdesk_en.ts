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
        <location filename="../grantdesk/ui/editors.py" line="46"/>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="148"/>
        <source>Understood as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="149"/>
        <source>Not understood as a date; it is kept and printed as typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="179"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="180"/>
        <location filename="../grantdesk/ui/grid.py" line="264"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="181"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="182"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="183"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="184"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="185"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="186"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="265"/>
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
        <location filename="../grantdesk/ui/main_window.py" line="60"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="61"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="62"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="63"/>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="64"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="65"/>
        <source>&amp;Import plan from Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="67"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="68"/>
        <source>Export to &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="70"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="73"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="74"/>
        <source>Report &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="85"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="86"/>
        <source>App &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="120"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="120"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="121"/>
        <location filename="../grantdesk/ui/main_window.py" line="147"/>
        <location filename="../grantdesk/ui/main_window.py" line="260"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="141"/>
        <location filename="../grantdesk/ui/main_window.py" line="157"/>
        <source>Import plan from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="141"/>
        <source>Word documents (*.docx *.doc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="146"/>
        <source>New project for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="177"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="178"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="227"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="238"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="259"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="259"/>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="272"/>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="279"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="302"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="322"/>
        <location filename="../grantdesk/ui/main_window.py" line="341"/>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="323"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="342"/>
        <source>Could not save the Word file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="344"/>
        <source>Word file saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="12"/>
        <source>Import plan from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="13"/>
        <source>This is what was recognised in “%1”. Nothing is written until you choose Import; the Word file itself is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="21"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="22"/>
        <source>Cancel</source>
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
        <location filename="../grantdesk/ui/wizard.py" line="52"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="53"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="54"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="55"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="157"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="157"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="182"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="183"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="184"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="185"/>
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
        <location filename="../grantdesk/ui/tree.py" line="285"/>
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
        <location filename="../grantdesk/ui/tree.py" line="286"/>
        <source>Remove “%1” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
