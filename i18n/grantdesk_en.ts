<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../grantdesk/ui/about.py" line="22"/>
        <source>About GrantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="24"/>
        <source>GrantDesk, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="29"/>
        <source>Fills, checks and prints the reports of NGOs on state grants. Works without the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="33"/>
        <source>Form editions it can fill and print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="39"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../grantdesk/ui/editors.py" line="55"/>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="33"/>
        <source>Plan (Annex 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="34"/>
        <source>Interim report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="35"/>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="36"/>
        <source>Annex 4 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="42"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="43"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="44"/>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="45"/>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="89"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="89"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="102"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="103"/>
        <source>New document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="104"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="105"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="106"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="107"/>
        <source>Copy into another edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="108"/>
        <source>A new document of another edition of the same form, with every value that has a place there; what has none is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="111"/>
        <source>Open the selected document (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="112"/>
        <source>Add a plan or a report to the project (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="113"/>
        <source>Delete the selected document (Delete); the backups still hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="144"/>
        <source>Start with the plan (Annex 3): every report is then built from it. Choose “New document…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="147"/>
        <source>Reports made now start from the plan: its tasks, activities, indicators and planned values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="183"/>
        <source>Made from the final report each time it is shown; read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="196"/>
        <source>edition missing: %1 — add it with File → Add a form edition…</source>
        <translation>edition missing: %1 — add it with File → Add a form edition…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="131"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="134"/>
        <source>Carried from the interim report: check it; it is yours once you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="169"/>
        <source>Filled in from “%1”; change it if someone else signs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedGridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="540"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="542"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="322"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="323"/>
        <location filename="../grantdesk/ui/grid.py" line="474"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="324"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="325"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="326"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="327"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="328"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="329"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="360"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="368"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="475"/>
        <source>This row has text in it. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../grantdesk/ui/about.py" line="49"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="50"/>
        <source>&amp;About GrantDesk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../grantdesk/ui/import_progress.py" line="17"/>
        <source>Writing the imported rows into the project…</source>
        <translation>Writing the imported rows into the project…</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="38"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="40"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="40"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="41"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="41"/>
        <source>Close the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="42"/>
        <source>Previous / next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="43"/>
        <source>Next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="44"/>
        <source>Next / previous problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="45"/>
        <source>Check the report: mark every empty required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="46"/>
        <source>Tasks and activities: add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="47"/>
        <source>Tasks and activities: add an activity to the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="48"/>
        <source>Table: add a row after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="49"/>
        <source>Table or tree: remove the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="50"/>
        <source>Table or tree: move the current row up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="51"/>
        <source>Table: edit the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="52"/>
        <source>Table: widen / narrow the current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="53"/>
        <source>Table: fit the current column to its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="54"/>
        <source>Print preview: previous / next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="55"/>
        <source>Print preview: zoom in / zoom out / fit the page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="56"/>
        <source>Print preview: save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="57"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="60"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="60"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="68"/>
        <source>Close</source>
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
        <location filename="../grantdesk/ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="74"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="75"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="76"/>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="77"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="78"/>
        <source>&amp;Import plan from Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="80"/>
        <source>&amp;Documents of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="82"/>
        <source>New &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="84"/>
        <source>Add a form &amp;edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="86"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="87"/>
        <source>Export to &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="89"/>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="92"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="93"/>
        <source>Report &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="102"/>
        <source>&amp;Carry over from the last interim report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="106"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="107"/>
        <source>App &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="123"/>
        <source>&amp;Check the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="125"/>
        <location filename="../grantdesk/ui/main_window.py" line="127"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="129"/>
        <source>&amp;Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="158"/>
        <source>Report language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="159"/>
        <source>Print the report in %1 instead; nothing typed changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="200"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="200"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="201"/>
        <location filename="../grantdesk/ui/main_window.py" line="224"/>
        <location filename="../grantdesk/ui/project_actions.py" line="62"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="216"/>
        <location filename="../grantdesk/ui/main_window.py" line="255"/>
        <source>Import plan from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="216"/>
        <source>Word documents (*.docx *.doc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="223"/>
        <source>New project for the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="295"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="296"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="612"/>
        <source>The project was closed with every edit saved, but its “-wal” file beside it could not be merged into it (%1). Keep the two files together; opening the project again merges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="390"/>
        <location filename="../grantdesk/ui/main_window.py" line="590"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="441"/>
        <source>%1 values were carried from the last interim report: facts, dates, places, participants, texts and statistics. They are shown in green until you edit them; check each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="452"/>
        <source>The project has no interim report to carry over from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="457"/>
        <source>This report already holds values of its own. Carry over from the interim report only into the places still empty? Nothing you typed is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="483"/>
        <source>Delete “%1”? A backup of the project taken just before keeps it; File → Restore from backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="486"/>
        <source>The reports keep the plan&apos;s values as their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="487"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="505"/>
        <source>Add a form edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="506"/>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="528"/>
        <source>There is no other edition of this form to copy into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="534"/>
        <source>Copy into another edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="534"/>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="547"/>
        <source>Copied. These values have no place in the other edition; they stay in the original:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="550"/>
        <source>Copied: every value found its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="602"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="61"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="61"/>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="74"/>
        <source>Copy saved: %1. It holds everything typed so far, including %2 edit(s) the project file could not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="76"/>
        <source>Copy saved: %1. It holds everything typed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="639"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="665"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="702"/>
        <location filename="../grantdesk/ui/project_actions.py" line="96"/>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="703"/>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="96"/>
        <source>Could not save the Word file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="98"/>
        <source>Word file saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare for &amp;submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator: compile Annex 4 and register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a &amp;printed copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="276"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="296"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="297"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="298"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="300"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="301"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="323"/>
        <source>It starts empty; File → Import plan from Word… fills it from a Word file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="325"/>
        <source>It starts empty: the project has no plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="327"/>
        <source>It starts from the plan (its tasks, activities, indicators and planned values) and from the last interim report: what it holds is carried over, marked, for you to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="330"/>
        <source>It starts from the plan: its tasks, activities, indicators and planned values.</source>
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
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="17"/>
        <source>It becomes the plan of this project (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="18"/>
        <source>It becomes the plan of a new project: you choose its file next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="33"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="39"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="51"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="52"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="53"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="54"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="55"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="56"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="57"/>
        <source>Smaller pages (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="58"/>
        <source>Larger pages (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="59"/>
        <source>Pages as wide as the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="73"/>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="92"/>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="164"/>
        <source>Laying out the pages: %1 so far…</source>
        <translation>Laying out the pages: %1 so far…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="168"/>
        <source>The PDF could not be made: %1</source>
        <translation>The PDF could not be made: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="83"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="86"/>
        <source>errors or empty required places remain, so every page is marked as a draft</source>
        <translation>errors or empty required places remain, so every page is marked as a draft</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="121"/>
        <source>Made from the final report each time it is shown; it cannot be typed in. Its problems are the report&apos;s: click one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="278"/>
        <location filename="../grantdesk/ui/preview.py" line="289"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="290"/>
        <source>Could not save the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="293"/>
        <source>PDF saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="317"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="317"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Check the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Check the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="39"/>
        <source>List everything still empty, required fields included (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="75"/>
        <source>Show the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="76"/>
        <source>Hide the list: more room for the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="95"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="98"/>
        <source>Nothing contradicts itself so far.</source>
        <translation>Nothing contradicts itself so far.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="100"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="102"/>
        <source>Required fields still to fill: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="104"/>
        <source>Places the report owes, still empty: %1.</source>
        <translation>Places the report owes, still empty: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="106"/>
        <source>Parts of the plan still empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="133"/>
        <source>Check %1 (docs/checks.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/report_language.py" line="23"/>
        <source>Language of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/report_language.py" line="27"/>
        <source>In which language will this project&apos;s documents be printed (the plan first, then its reports)? Every printed word follows it; you can change a document&apos;s language later with one click in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="48"/>
        <source>← Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="49"/>
        <source>Every document of the project (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="67"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="68"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="69"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="70"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="203"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="204"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="205"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="206"/>
        <source>Read-only: changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="207"/>
        <source>Not saved: the project file is gone (deleted, moved or the USB stick removed). Your text is kept: File → Save a copy as… saves it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../grantdesk/ui/start.py" line="26"/>
        <source>Plans and reports of social projects on state grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="28"/>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="29"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="35"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="40"/>
        <source>No recent projects yet. Create a new one, or open a .grantdesk file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="76"/>
        <source>last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="79"/>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="116"/>
        <location filename="../grantdesk/ui/tree.py" line="342"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="117"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="118"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="119"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="120"/>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="121"/>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="143"/>
        <source>Select a row on the left, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="163"/>
        <source>The tasks, activities, indicators and planned values come from the plan (Annex 3) and are shown in blue; change them in the plan. Here you add what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="184"/>
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="207"/>
        <source>Planned after the end of this report&apos;s period: this report does not owe it yet.</source>
        <translation>Planned after the end of this report&apos;s period: this report does not owe it yet.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="343"/>
        <source>Remove “%1” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnderstoodWords</name>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="25"/>
        <source>Understood as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="29"/>
        <source>Not understood as a number: write it in digits, e.g. 7 000 000 or 7 млн.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="30"/>
        <source>Can be read two ways (is 7.000 seven or seven thousand?): write 7 000 or 7,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="31"/>
        <source>Understood as %1, but it cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="32"/>
        <source>Understood as %1, but a count must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="33"/>
        <source>%1 is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="34"/>
        <source>No phone number found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="35"/>
        <source>%1 is not a Kazakhstan number (+7 7XX XXX XX XX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="39"/>
        <source>Not read as a date; it is kept and printed as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="41"/>
        <source>Not understood as a period: write it e.g. as 01.08.2023 – 30.11.2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="43"/>
        <source>Not understood as a date: write it as dd.mm.yyyy, e.g. 30.04.2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="45"/>
        <source>Not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Prepare for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is still a draft: %1 errors, %2 owed places empty. Make a draft package (every page says draft)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a printed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Operator: compile Annex 4 and register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY (empty: every final report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of project files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of Annex 4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of project files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as two dates, DD.MM.YYYY, the first not after the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that holds the project files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex 4: %1 projects, %2 pages → %3
Register: %4 projects → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="37"/>
        <source>In the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="63"/>
        <source>Show the whole guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="64"/>
        <source>Fold the guidance to one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
