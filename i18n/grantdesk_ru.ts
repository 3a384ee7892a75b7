<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="24"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="28"/>
        <source>GrantDesk keeps copies of this project: when it is opened and every few minutes while you work. Choose one to restore it into a new file; the current file is not changed.</source>
        <translation>GrantDesk хранит копии этого проекта: при открытии и каждые несколько минут во время работы. Выберите копию — она будет восстановлена в новый файл, текущий файл не изменится.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Taken</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>When</source>
        <translation>Когда сделана</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="38"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="47"/>
        <source>Restore into a new file…</source>
        <translation>Восстановить в новый файл…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="53"/>
        <source>There are no backups of this project yet.</source>
        <translation>Резервных копий этого проекта пока нет.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="79"/>
        <source>Restore into a new file</source>
        <translation>Восстановить в новый файл</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="80"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>Проекты GrantDesk (*.grantdesk)</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="46"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="148"/>
        <source>Understood as: %1</source>
        <translation>Распознано как: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="149"/>
        <source>Not understood as a date; it is kept and printed as typed.</source>
        <translation>Дата не распознана: текст сохранится и будет напечатан так, как введён.</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="179"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="180"/>
        <location filename="../grantdesk/ui/grid.py" line="264"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="181"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="182"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="183"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation>Добавить строку после текущей (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="184"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Удалить текущую строку (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="185"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation>Переместить текущую строку вверх (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="186"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation>Переместить текущую строку вниз (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="265"/>
        <source>This row has text in it. Remove it?</source>
        <translation>В этой строке есть текст. Удалить её?</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/first_start.py" line="17"/>
        <source>Choose the language of GrantDesk. You can change it later in Settings.</source>
        <translation>Выберите язык GrantDesk. Его можно изменить позже в меню «Параметры».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="60"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="61"/>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="62"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="63"/>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="64"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="65"/>
        <source>&amp;Import plan from Word…</source>
        <translation>&amp;Импорт плана из Word…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="67"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="68"/>
        <source>Export to &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="70"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="73"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="74"/>
        <source>Report &amp;language</source>
        <translation>&amp;Язык отчёта</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="85"/>
        <source>&amp;Settings</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="86"/>
        <source>App &amp;language</source>
        <translation>&amp;Язык программы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="120"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="120"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="121"/>
        <location filename="../grantdesk/ui/main_window.py" line="147"/>
        <location filename="../grantdesk/ui/main_window.py" line="260"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>Проекты GrantDesk (*.grantdesk)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="141"/>
        <location filename="../grantdesk/ui/main_window.py" line="157"/>
        <source>Import plan from Word</source>
        <translation>Импорт плана из Word</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="141"/>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Документы Word (*.docx *.doc)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="146"/>
        <source>New project for the plan</source>
        <translation>Новый проект для плана</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="177"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="178"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation>Проекты GrantDesk (*.grantdesk);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="227"/>
        <source>Read-only</source>
        <translation>Только для чтения</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="238"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation>Всё равно закрыть проект? Несохранённые изменения будут потеряны. Чтобы продолжить работу, нажмите «Нет» (проект можно также сохранить на другой диск командой «Сохранить копию как…»).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="259"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="259"/>
        <source>copy</source>
        <translation>— копия</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="272"/>
        <source>Copy saved: %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="279"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation>У GrantDesk есть резервные копии этого проекта. Восстановить одну из них в новый файл?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="302"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation>Резервная копия восстановлена в «%1». Открыть её сейчас?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="322"/>
        <location filename="../grantdesk/ui/main_window.py" line="341"/>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="323"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="342"/>
        <source>Could not save the Word file: %1</source>
        <translation>Не удалось сохранить файл Word: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="344"/>
        <source>Word file saved: %1</source>
        <translation>Файл Word сохранён: %1</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="12"/>
        <source>Import plan from Word</source>
        <translation>Импорт плана из Word</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="13"/>
        <source>This is what was recognised in “%1”. Nothing is written until you choose Import; the Word file itself is never changed.</source>
        <translation>Вот что распознано в «%1». Ничего не записывается, пока вы не нажмёте «Импортировать»; сам файл Word никогда не изменяется.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="21"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="22"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="28"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="36"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="37"/>
        <source>Save PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="38"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="46"/>
        <source>%1 pages</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="48"/>
        <source>errors remain, so every page is marked as a draft</source>
        <translation>есть неисправленные ошибки, поэтому каждая страница помечена как черновик</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="145"/>
        <location filename="../grantdesk/ui/preview.py" line="159"/>
        <source>Save PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="145"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="160"/>
        <source>Could not save the PDF: %1</source>
        <translation>Не удалось сохранить PDF-файл: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="179"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="179"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать на принтере.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="40"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation>Ошибок: %1, предупреждений: %2. Щёлкните по строке, чтобы перейти к нужному месту.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="42"/>
        <source>No problems found.</source>
        <translation>Ошибок и предупреждений нет.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="52"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="53"/>
        <source>Next →</source>
        <translation>Далее →</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="54"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Предыдущий раздел (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="55"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Следующий раздел (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>empty</source>
        <translation>не заполнен</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>in progress</source>
        <translation>заполняется</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="157"/>
        <source>complete</source>
        <translation>заполнен</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="157"/>
        <source>has errors</source>
        <translation>есть ошибки</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="182"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="183"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="184"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation>Пока не сохранено: не удаётся записать файл, повторяем попытку. Введённый текст не потерян.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="185"/>
        <source>Read-only: changes are not saved</source>
        <translation>Только для чтения: изменения не сохраняются</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../grantdesk/ui/start.py" line="24"/>
        <source>Plans and reports of social projects on state grants</source>
        <translation>Планы и отчёты по социальным проектам на государственные гранты</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="26"/>
        <source>New project…</source>
        <translation>Создать проект…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="27"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="33"/>
        <source>Recent projects</source>
        <translation>Последние проекты</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="38"/>
        <source>No recent projects yet. Create a new one, or open a .grantdesk file.</source>
        <translation>Последних проектов пока нет. Создайте новый проект или откройте файл .grantdesk.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="67"/>
        <source>(not found)</source>
        <translation>(не найден)</translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="97"/>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="103"/>
        <location filename="../grantdesk/ui/tree.py" line="285"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="104"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="105"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation>Удалить выбранную строку вместе со всем содержимым (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Move up (Alt+Up)</source>
        <translation>Переместить вверх (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="108"/>
        <source>Move down (Alt+Down)</source>
        <translation>Переместить вниз (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="130"/>
        <source>Select a row on the left, or add one.</source>
        <translation>Выберите строку слева или добавьте новую.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="286"/>
        <source>Remove “%1” and everything in it?</source>
        <translation>Удалить «%1» вместе со всем содержимым?</translation>
    </message>
</context>
</TS>
