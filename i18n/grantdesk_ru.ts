<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
        <location filename="../grantdesk/ui/editors.py" line="147"/>
        <source>Understood as: %1</source>
        <translation>Распознано как: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="148"/>
        <source>Not understood as a date; it is kept and printed as typed.</source>
        <translation>Дата не распознана: текст сохранится и будет напечатан так, как введён.</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="142"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="143"/>
        <location filename="../grantdesk/ui/grid.py" line="226"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="144"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="145"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="146"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation>Добавить строку после текущей (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="147"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Удалить текущую строку (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="148"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation>Переместить текущую строку вверх (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="149"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation>Переместить текущую строку вниз (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="227"/>
        <source>This row has text in it. Remove it?</source>
        <translation>В этой строке есть текст. Удалить её?</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/first_start.py" line="16"/>
        <source>Choose the language of GrantDesk. You can change it later in Settings.</source>
        <translation>Выберите язык GrantDesk. Его можно изменить позже в меню «Параметры».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="58"/>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="59"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="60"/>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="62"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="64"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="67"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="68"/>
        <source>Report &amp;language</source>
        <translation>&amp;Язык отчёта</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="79"/>
        <source>&amp;Settings</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="80"/>
        <source>App &amp;language</source>
        <translation>&amp;Язык программы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="114"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="114"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="115"/>
        <location filename="../grantdesk/ui/main_window.py" line="214"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>Проекты GrantDesk (*.grantdesk)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="135"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="136"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation>Проекты GrantDesk (*.grantdesk);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="181"/>
        <source>Read-only</source>
        <translation>Только для чтения</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="192"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation>Всё равно закрыть проект? Несохранённые изменения будут потеряны. Чтобы продолжить работу, нажмите «Нет» (проект можно также сохранить на другой диск командой «Сохранить копию как…»).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="213"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="213"/>
        <source>copy</source>
        <translation>— копия</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="226"/>
        <source>Copy saved: %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="256"/>
        <source>The app language will change when GrantDesk is started again.</source>
        <translation>Язык программы изменится после перезапуска GrantDesk.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="27"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="35"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="36"/>
        <source>Save PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="37"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="45"/>
        <source>%1 pages</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="47"/>
        <source>errors remain, so every page is marked as a draft</source>
        <translation>есть неисправленные ошибки, поэтому каждая страница помечена как черновик</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="103"/>
        <location filename="../grantdesk/ui/preview.py" line="117"/>
        <source>Save PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="103"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="118"/>
        <source>Could not save the PDF: %1</source>
        <translation>Не удалось сохранить PDF-файл: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="137"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="137"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать на принтере.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation>Ошибок: %1, предупреждений: %2. Щёлкните по строке, чтобы перейти к нужному месту.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="40"/>
        <source>No problems found.</source>
        <translation>Ошибок и предупреждений нет.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="51"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="52"/>
        <source>Next →</source>
        <translation>Далее →</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="53"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Предыдущий раздел (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="54"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Следующий раздел (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="155"/>
        <source>empty</source>
        <translation>не заполнен</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="155"/>
        <source>in progress</source>
        <translation>заполняется</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>complete</source>
        <translation>заполнен</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>has errors</source>
        <translation>есть ошибки</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="177"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="178"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="179"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation>Пока не сохранено: не удаётся записать файл, повторяем попытку. Введённый текст не потерян.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="180"/>
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
        <location filename="../grantdesk/ui/tree.py" line="96"/>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="102"/>
        <location filename="../grantdesk/ui/tree.py" line="279"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="103"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="104"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="105"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation>Удалить выбранную строку вместе со всем содержимым (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <source>Move up (Alt+Up)</source>
        <translation>Переместить вверх (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Move down (Alt+Down)</source>
        <translation>Переместить вниз (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="129"/>
        <source>Select a row on the left, or add one.</source>
        <translation>Выберите строку слева или добавьте новую.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="280"/>
        <source>Remove “%1” and everything in it?</source>
        <translation>Удалить «%1» вместе со всем содержимым?</translation>
    </message>
</context>
</TS>
