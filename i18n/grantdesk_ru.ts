<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../grantdesk/ui/about.py" line="22"/>
        <source>About GrantDesk</source>
        <translation>О программе GrantDesk</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="24"/>
        <source>GrantDesk, version %1</source>
        <translation>GrantDesk, версия %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="29"/>
        <source>Fills, checks and prints the reports of NGOs on state grants. Works without the internet.</source>
        <translation>Заполняет, проверяет и печатает отчеты неправительственных организаций по государственным грантам. Работает без интернета.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="33"/>
        <source>Form editions it can fill and print:</source>
        <translation>Редакции форм, которые можно заполнить и напечатать:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="39"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
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
        <translation>Отчеты</translation>
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
        <location filename="../grantdesk/ui/editors.py" line="55"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="33"/>
        <source>Plan (Annex 3)</source>
        <translation>План (приложение № 3)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="34"/>
        <source>Interim report</source>
        <translation>Промежуточный отчет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="35"/>
        <source>Final report</source>
        <translation>Итоговый отчет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="36"/>
        <source>Annex 4 entry</source>
        <translation>Сведения для приложения № 4</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="42"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="43"/>
        <source>in progress</source>
        <translation>заполняется</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="44"/>
        <source>complete</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="45"/>
        <source>has errors</source>
        <translation>есть ошибки</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Edition</source>
        <translation>Редакция формы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="89"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="89"/>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="102"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="103"/>
        <source>New document…</source>
        <translation>Новый документ…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="104"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="105"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="106"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="107"/>
        <source>Copy into another edition…</source>
        <translation>Копировать в другую редакцию…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="108"/>
        <source>A new document of another edition of the same form, with every value that has a place there; what has none is listed</source>
        <translation>Новый документ другой редакции той же формы со всеми значениями, которым там есть место; остальные будут перечислены</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="111"/>
        <source>Open the selected document (Enter)</source>
        <translation>Открыть выбранный документ (Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="112"/>
        <source>Add a plan or a report to the project (Ctrl+Shift+N)</source>
        <translation>Добавить в проект план или отчет (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="113"/>
        <source>Delete the selected document (Delete); the backups still hold it</source>
        <translation>Удалить выбранный документ (Delete); в резервных копиях он сохранится</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="144"/>
        <source>Start with the plan (Annex 3): every report is then built from it. Choose “New document…”.</source>
        <translation>Начните с плана (приложение № 3): каждый отчет затем строится по нему. Нажмите «Новый документ…».</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="147"/>
        <source>Reports made now start from the plan: its tasks, activities, indicators and planned values.</source>
        <translation>Отчеты, созданные теперь, начинаются с плана: его задач, мероприятий, индикаторов и плановых значений.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="183"/>
        <source>Made from the final report each time it is shown; read-only</source>
        <translation>Составляется из итогового отчета при каждом показе; только чтение</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="196"/>
        <source>edition missing: %1 — add it with File → Add a form edition…</source>
        <translation>нет редакции: %1 — добавьте её: Файл → Добавить редакцию формы…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="131"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation>Из плана (приложение № 3): изменяйте в плане.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="134"/>
        <source>Carried from the interim report: check it; it is yours once you edit it.</source>
        <translation>Перенесено из промежуточного отчета: проверьте; после правки значение станет вашим.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="169"/>
        <source>Filled in from “%1”; change it if someone else signs.</source>
        <translation>Взято из поля «%1»; измените, если подписывает другой человек.</translation>
    </message>
</context>
<context>
    <name>FixedGridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="540"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation>Из плана (приложение № 3): изменяйте в плане.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="542"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation>Перенесено из промежуточного отчета; после правки станет вашим.</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="322"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="323"/>
        <location filename="../grantdesk/ui/grid.py" line="474"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="324"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="325"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="326"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation>Добавить строку после текущей (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="327"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Удалить текущую строку (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="328"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation>Переместить текущую строку вверх (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="329"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation>Переместить текущую строку вниз (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="360"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation>Из плана (приложение № 3): изменяйте в плане.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="368"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation>Перенесено из промежуточного отчета; после правки станет вашим.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="475"/>
        <source>This row has text in it. Remove it?</source>
        <translation>В этой строке есть текст. Удалить её?</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../grantdesk/ui/about.py" line="49"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="50"/>
        <source>&amp;About GrantDesk…</source>
        <translation>&amp;О программе GrantDesk…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../grantdesk/ui/import_progress.py" line="17"/>
        <source>Writing the imported rows into the project…</source>
        <translation>Импортированные строки записываются в проект…</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="38"/>
        <source>Keyboard</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="40"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="40"/>
        <source>Open a project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="41"/>
        <source>Print preview</source>
        <translation>Предпросмотр печати</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="41"/>
        <source>Close the project</source>
        <translation>Закрыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="42"/>
        <source>Previous / next section</source>
        <translation>Предыдущий / следующий раздел</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="43"/>
        <source>Next / previous field</source>
        <translation>Следующее / предыдущее поле</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="44"/>
        <source>Next / previous problem</source>
        <translation>Следующая / предыдущая проблема</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="45"/>
        <source>Check the report: mark every empty required field</source>
        <translation>Проверить отчет: отметить все незаполненные обязательные поля</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="46"/>
        <source>Tasks and activities: add a task</source>
        <translation>Задачи и мероприятия: добавить задачу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="47"/>
        <source>Tasks and activities: add an activity to the selected task</source>
        <translation>Задачи и мероприятия: добавить мероприятие к выбранной задаче</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="48"/>
        <source>Table: add a row after the current one</source>
        <translation>Таблица: добавить строку после текущей</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="49"/>
        <source>Table or tree: remove the current row</source>
        <translation>Таблица или дерево: удалить текущую строку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="50"/>
        <source>Table or tree: move the current row up / down</source>
        <translation>Таблица или дерево: переместить текущую строку вверх / вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="51"/>
        <source>Table: edit the current cell</source>
        <translation>Таблица: редактировать текущую ячейку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="52"/>
        <source>Table: widen / narrow the current column</source>
        <translation>Таблица: расширить / сузить текущую графу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="53"/>
        <source>Table: fit the current column to its text</source>
        <translation>Таблица: подогнать текущую графу по тексту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="54"/>
        <source>Print preview: previous / next page</source>
        <translation>Предпросмотр: предыдущая / следующая страница</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="55"/>
        <source>Print preview: zoom in / zoom out / fit the page width</source>
        <translation>Предпросмотр: увеличить / уменьшить / страница по ширине окна</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="56"/>
        <source>Print preview: save as PDF</source>
        <translation>Предпросмотр: сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="57"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="60"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="60"/>
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="68"/>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <location filename="../grantdesk/ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="74"/>
        <source>&amp;New project…</source>
        <translation>&amp;Создать проект…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="76"/>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="77"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="78"/>
        <source>&amp;Import plan from Word…</source>
        <translation>&amp;Импорт плана из Word…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="80"/>
        <source>&amp;Documents of the project</source>
        <translation>&amp;Документы проекта</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="82"/>
        <source>New &amp;document…</source>
        <translation>Новый &amp;документ…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="84"/>
        <source>Add a form &amp;edition…</source>
        <translation>Добавить &amp;редакцию формы…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="87"/>
        <source>Export to &amp;Word…</source>
        <translation>Экспорт в &amp;Word…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="89"/>
        <source>&amp;Close project</source>
        <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="92"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="93"/>
        <source>Report &amp;language</source>
        <translation>&amp;Язык отчета</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="102"/>
        <source>&amp;Carry over from the last interim report…</source>
        <translation>&amp;Перенести из последнего промежуточного отчета…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="106"/>
        <source>&amp;Settings</source>
        <translation>&amp;Параметры</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="107"/>
        <source>App &amp;language</source>
        <translation>&amp;Язык программы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="123"/>
        <source>&amp;Check the report</source>
        <translation>&amp;Проверить отчет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="125"/>
        <location filename="../grantdesk/ui/main_window.py" line="127"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="129"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Клавиатура</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="158"/>
        <source>Report language: %1</source>
        <translation>Язык отчета: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="159"/>
        <source>Print the report in %1 instead; nothing typed changes.</source>
        <translation>Печатать отчет на языке %1; ничего из введённого не изменится.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="200"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="200"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="201"/>
        <location filename="../grantdesk/ui/main_window.py" line="224"/>
        <location filename="../grantdesk/ui/project_actions.py" line="62"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>Проекты GrantDesk (*.grantdesk)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="216"/>
        <location filename="../grantdesk/ui/main_window.py" line="255"/>
        <source>Import plan from Word</source>
        <translation>Импорт плана из Word</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="216"/>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Документы Word (*.docx *.doc)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="223"/>
        <source>New project for the plan</source>
        <translation>Новый проект для плана</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="295"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="296"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation>Проекты GrantDesk (*.grantdesk);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="612"/>
        <source>The project was closed with every edit saved, but its “-wal” file beside it could not be merged into it (%1). Keep the two files together; opening the project again merges them.</source>
        <translation>Проект закрыт, все изменения сохранены, но файл «-wal» рядом с ним не удалось объединить с проектом (%1). Держите оба файла вместе; при следующем открытии они будут объединены.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="390"/>
        <location filename="../grantdesk/ui/main_window.py" line="590"/>
        <source>Read-only</source>
        <translation>Только для чтения</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="441"/>
        <source>%1 values were carried from the last interim report: facts, dates, places, participants, texts and statistics. They are shown in green until you edit them; check each one.</source>
        <translation>Из последнего промежуточного отчета перенесено значений: %1 — факты, даты, места, участники, тексты и статистика. Они показаны зелёным, пока вы их не измените; проверьте каждое.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="452"/>
        <source>The project has no interim report to carry over from.</source>
        <translation>В проекте нет промежуточного отчета, из которого можно перенести данные.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="457"/>
        <source>This report already holds values of its own. Carry over from the interim report only into the places still empty? Nothing you typed is replaced.</source>
        <translation>В этом отчете уже есть свои значения. Перенести из промежуточного отчета только в пустые места? Ничего из введённого вами не будет заменено.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="483"/>
        <source>Delete “%1”? A backup of the project taken just before keeps it; File → Restore from backup… brings it back.</source>
        <translation>Удалить «%1»? Резервная копия проекта, сделанная перед этим, сохранит его; Файл → Восстановить из резервной копии… вернёт его.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="486"/>
        <source>The reports keep the plan&apos;s values as their own.</source>
        <translation>Отчеты сохранят значения плана как свои.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="487"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="505"/>
        <source>Add a form edition</source>
        <translation>Добавить редакцию формы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="506"/>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation>Описания форм (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="528"/>
        <source>There is no other edition of this form to copy into.</source>
        <translation>Другой редакции этой формы, куда можно скопировать, нет.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="534"/>
        <source>Copy into another edition</source>
        <translation>Копирование в другую редакцию</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="534"/>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="547"/>
        <source>Copied. These values have no place in the other edition; they stay in the original:
%1</source>
        <translation>Скопировано. Этим значениям нет места в другой редакции; они остаются в исходном документе:
%1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="550"/>
        <source>Copied: every value found its place.</source>
        <translation>Скопировано: каждое значение нашло своё место.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="602"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation>Всё равно закрыть проект? Несохранённые изменения будут потеряны. Чтобы продолжить работу, нажмите «Нет» (проект можно также сохранить на другой диск командой «Сохранить копию как…»).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="61"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="61"/>
        <source>copy</source>
        <translation>— копия</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="74"/>
        <source>Copy saved: %1. It holds everything typed so far, including %2 edit(s) the project file could not take.</source>
        <translation>Копия сохранена: %1. В ней всё введённое до сих пор, включая %2 изм., которые не удалось записать в файл проекта.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="76"/>
        <source>Copy saved: %1. It holds everything typed so far.</source>
        <translation>Копия сохранена: %1. В ней всё введённое до сих пор.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="639"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation>У GrantDesk есть резервные копии этого проекта. Восстановить одну из них в новый файл?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="665"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation>Резервная копия восстановлена в «%1». Открыть её сейчас?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="702"/>
        <location filename="../grantdesk/ui/project_actions.py" line="96"/>
        <source>Export to Word</source>
        <translation>Экспорт в Word</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="703"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="96"/>
        <source>Could not save the Word file: %1</source>
        <translation>Не удалось сохранить файл Word: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="98"/>
        <source>Word file saved: %1</source>
        <translation>Файл Word сохранён: %1</translation>
    </message>
    <message>
        <source>Prepare for &amp;submission…</source>
        <translation>Подготовить к &amp;сдаче…</translation>
    </message>
    <message>
        <source>&amp;Operator: compile Annex 4 and register…</source>
        <translation>&amp;Оператор: собрать приложение 4 и реестр…</translation>
    </message>
    <message>
        <source>Check a &amp;printed copy…</source>
        <translation>Проверить &amp;печатную копию…</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="276"/>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="296"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="297"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Редакция:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="298"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="300"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="301"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="323"/>
        <source>It starts empty; File → Import plan from Word… fills it from a Word file.</source>
        <translation>Начинается пустым; Файл → Импорт плана из Word… заполнит его из файла Word.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="325"/>
        <source>It starts empty: the project has no plan yet.</source>
        <translation>Начинается пустым: в проекте пока нет плана.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="327"/>
        <source>It starts from the plan (its tasks, activities, indicators and planned values) and from the last interim report: what it holds is carried over, marked, for you to check.</source>
        <translation>Начинается с плана (его задачи, мероприятия, показатели и плановые значения) и с последнего промежуточного отчета: его содержимое переносится с пометкой, чтобы вы его проверили.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="330"/>
        <source>It starts from the plan: its tasks, activities, indicators and planned values.</source>
        <translation>Он начинается с плана: его задач, мероприятий, индикаторов и плановых значений.</translation>
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
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="17"/>
        <source>It becomes the plan of this project (%1).</source>
        <translation>Он станет планом этого проекта (%1).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="18"/>
        <source>It becomes the plan of a new project: you choose its file next.</source>
        <translation>Он станет планом нового проекта: файл проекта вы выберете следующим шагом.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="33"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="39"/>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="51"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="52"/>
        <source>Save PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="53"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="54"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="55"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="56"/>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="57"/>
        <source>Smaller pages (Ctrl+minus)</source>
        <translation>Страницы мельче (Ctrl+минус)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="58"/>
        <source>Larger pages (Ctrl+plus)</source>
        <translation>Страницы крупнее (Ctrl+плюс)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="59"/>
        <source>Pages as wide as the window (Ctrl+0)</source>
        <translation>Страницы по ширине окна (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="73"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="92"/>
        <source>Laying out the pages…</source>
        <translation>Страницы верстаются…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="164"/>
        <source>Laying out the pages: %1 so far…</source>
        <translation>Страницы верстаются: пока %1…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="168"/>
        <source>The PDF could not be made: %1</source>
        <translation>Не удалось сделать PDF: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="83"/>
        <source>%1 pages</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="86"/>
        <source>errors or empty required places remain, so every page is marked as a draft</source>
        <translation>остались ошибки или незаполненные обязательные места, поэтому каждая страница помечена как черновик</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="121"/>
        <source>Made from the final report each time it is shown; it cannot be typed in. Its problems are the report&apos;s: click one to go to it.</source>
        <translation>Составляется из итогового отчета при каждом показе; вводить в него нельзя. Его проблемы — проблемы отчета: нажмите на одну, чтобы перейти к ней.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="278"/>
        <location filename="../grantdesk/ui/preview.py" line="289"/>
        <source>Save PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="290"/>
        <source>Could not save the PDF: %1</source>
        <translation>Не удалось сохранить PDF-файл: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="293"/>
        <source>PDF saved: %1</source>
        <translation>PDF сохранён: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="317"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="317"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать на принтере.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Check the report</source>
        <translation>Проверить отчет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Check the document</source>
        <translation>Проверить документ</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="39"/>
        <source>List everything still empty, required fields included (Ctrl+Shift+K)</source>
        <translation>Показать всё, что ещё не заполнено, включая обязательные поля (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="75"/>
        <source>Show the list of problems</source>
        <translation>Показать список проблем</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="76"/>
        <source>Hide the list: more room for the editor</source>
        <translation>Скрыть список: больше места для редактирования</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="95"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation>Ошибок: %1, предупреждений: %2. Щёлкните по строке, чтобы перейти к нужному месту.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="98"/>
        <source>Nothing contradicts itself so far.</source>
        <translation>Пока ничего не противоречит друг другу.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="100"/>
        <source>No problems found.</source>
        <translation>Ошибок и предупреждений нет.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="102"/>
        <source>Required fields still to fill: %1.</source>
        <translation>Осталось заполнить обязательных полей: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="104"/>
        <source>Places the report owes, still empty: %1.</source>
        <translation>Незаполненных мест, которые должны быть в отчете: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="106"/>
        <source>Parts of the plan still empty: %1.</source>
        <translation>Незаполненных частей плана: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="133"/>
        <source>Check %1 (docs/checks.md)</source>
        <translation>Проверка %1 (docs/checks.md)</translation>
    </message>
</context>
<context>
    <name>ReportLanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/report_language.py" line="23"/>
        <source>Language of the documents</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/report_language.py" line="27"/>
        <source>In which language will this project&apos;s documents be printed (the plan first, then its reports)? Every printed word follows it; you can change a document&apos;s language later with one click in the status bar.</source>
        <translation>На каком языке будут напечатаны документы этого проекта (сначала план, затем отчеты)? Каждое печатное слово следует ему; язык документа можно позже сменить одним щелчком в строке состояния.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="48"/>
        <source>← Documents</source>
        <translation>← Документы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="49"/>
        <source>Every document of the project (Ctrl+D)</source>
        <translation>Все документы проекта (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="67"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="68"/>
        <source>Next →</source>
        <translation>Далее →</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="69"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Предыдущий раздел (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="70"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Следующий раздел (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="203"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="204"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="205"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation>Пока не сохранено: не удаётся записать файл, повторяем попытку. Введённый текст не потерян.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="206"/>
        <source>Read-only: changes are not saved</source>
        <translation>Только для чтения: изменения не сохраняются</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="207"/>
        <source>Not saved: the project file is gone (deleted, moved or the USB stick removed). Your text is kept: File → Save a copy as… saves it.</source>
        <translation>Не сохранено: файла проекта больше нет (удалён, перемещён или флешка извлечена). Текст сохранён в памяти: Файл → Сохранить копию… сохранит его.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../grantdesk/ui/start.py" line="26"/>
        <source>Plans and reports of social projects on state grants</source>
        <translation>Планы и отчеты по социальным проектам на государственные гранты</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="28"/>
        <source>New project…</source>
        <translation>Создать проект…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="29"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="35"/>
        <source>Recent projects</source>
        <translation>Последние проекты</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="40"/>
        <source>No recent projects yet. Create a new one, or open a .grantdesk file.</source>
        <translation>Последних проектов пока нет. Создайте новый проект или откройте файл .grantdesk.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="76"/>
        <source>last change: %1</source>
        <translation>последнее изменение: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="79"/>
        <source>(not found)</source>
        <translation>(не найден)</translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="116"/>
        <location filename="../grantdesk/ui/tree.py" line="342"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="117"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="118"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="119"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation>Удалить выбранную строку вместе со всем содержимым (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="120"/>
        <source>Move up (Alt+Up)</source>
        <translation>Переместить вверх (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="121"/>
        <source>Move down (Alt+Down)</source>
        <translation>Переместить вниз (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="143"/>
        <source>Select a row on the left, or add one.</source>
        <translation>Выберите строку слева или добавьте новую.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="163"/>
        <source>The tasks, activities, indicators and planned values come from the plan (Annex 3) and are shown in blue; change them in the plan. Here you add what was done.</source>
        <translation>Задачи, мероприятия, индикаторы и плановые значения берутся из плана (приложение № 3) и показаны синим; изменяйте их в плане. Здесь вы пишете, что сделано.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="184"/>
        <source>not yet due</source>
        <translation>срок еще не наступил</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="207"/>
        <source>Planned after the end of this report&apos;s period: this report does not owe it yet.</source>
        <translation>Запланировано после окончания периода этого отчета: отчет пока не обязан его отражать.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="343"/>
        <source>Remove “%1” and everything in it?</source>
        <translation>Удалить «%1» вместе со всем содержимым?</translation>
    </message>
</context>
<context>
    <name>UnderstoodWords</name>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="25"/>
        <source>Understood as: %1</source>
        <translation>Программа поняла так: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="29"/>
        <source>Not understood as a number: write it in digits, e.g. 7 000 000 or 7 млн.</source>
        <translation>Не распознано как число: напишите цифрами, например 7 000 000 или 7 млн.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="30"/>
        <source>Can be read two ways (is 7.000 seven or seven thousand?): write 7 000 or 7,5.</source>
        <translation>Читается двояко (7.000 — семь или семь тысяч?): напишите 7 000 или 7,5.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="31"/>
        <source>Understood as %1, but it cannot be negative.</source>
        <translation>Понято как %1, но значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="32"/>
        <source>Understood as %1, but a count must be a whole number.</source>
        <translation>Понято как %1, но количество должно быть целым.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="33"/>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 — такой даты в календаре нет.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="34"/>
        <source>No phone number found.</source>
        <translation>Номер телефона не найден.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="35"/>
        <source>%1 is not a Kazakhstan number (+7 7XX XXX XX XX).</source>
        <translation>%1 — не казахстанский номер (+7 7XX XXX XX XX).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="39"/>
        <source>Not read as a date; it is kept and printed as typed.</source>
        <translation>Не прочитано как дата: текст сохраняется и печатается как написан.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="41"/>
        <source>Not understood as a period: write it e.g. as 01.08.2023 – 30.11.2023.</source>
        <translation>Не распознано как период: напишите, например, 01.08.2023 – 30.11.2023.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="43"/>
        <source>Not understood as a date: write it as dd.mm.yyyy, e.g. 30.04.2024.</source>
        <translation>Не распознано как дата: напишите в виде дд.мм.гггг, например 30.04.2024.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="45"/>
        <source>Not understood.</source>
        <translation>Не распознано.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Prepare for submission</source>
        <translation>Подготовка к сдаче</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <source>This document is still a draft: %1 errors, %2 owed places empty. Make a draft package (every page says draft)?</source>
        <translation>Этот документ ещё черновик: ошибок %1, незаполненных обязательных мест %2. Создать пакет-черновик (на каждой странице будет пометка «черновик»)?</translation>
    </message>
    <message>
        <source>Could not write the package: %1</source>
        <translation>Не удалось записать пакет: %1</translation>
    </message>
    <message>
        <source>Check a printed copy</source>
        <translation>Проверка печатной копии</translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Сканы и фотографии (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Operator: compile Annex 4 and register</source>
        <translation>Оператор: сбор приложения 4 и реестра</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (empty: every final report)</source>
        <translation>ДД.ММ.ГГГГ (пусто: все итоговые отчёты)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Folder of project files:</source>
        <translation>Папка с файлами проектов:</translation>
    </message>
    <message>
        <source>Reporting period from:</source>
        <translation>Отчётный период с:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>Language of Annex 4:</source>
        <translation>Язык приложения 4:</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>Собрать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Files left out:</source>
        <translation>Не включённые файлы:</translation>
    </message>
    <message>
        <source>Folder of project files</source>
        <translation>Папка с файлами проектов</translation>
    </message>
    <message>
        <source>Annex 4</source>
        <translation>Приложение 4</translation>
    </message>
    <message>
        <source>register</source>
        <translation>реестр</translation>
    </message>
    <message>
        <source>Give the period as two dates, DD.MM.YYYY, the first not after the second.</source>
        <translation>Укажите период двумя датами (ДД.ММ.ГГГГ), первая не позже второй.</translation>
    </message>
    <message>
        <source>Choose a folder that holds the project files.</source>
        <translation>Выберите папку с файлами проектов.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Читается: %1</translation>
    </message>
    <message>
        <source>Annex 4: %1 projects, %2 pages → %3
Register: %4 projects → %5</source>
        <translation>Приложение 4: проектов %1, страниц %2 → %3
Реестр: проектов %4 → %5</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Не удалось завершить: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Остановлено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="37"/>
        <source>In the report: %1</source>
        <translation>В отчете: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="63"/>
        <source>Show the whole guidance</source>
        <translation>Показать пояснение полностью</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="64"/>
        <source>Fold the guidance to one line</source>
        <translation>Свернуть пояснение в одну строку</translation>
    </message>
</context>
</TS>
