<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../grantdesk/ui/about.py" line="22"/>
        <source>About GrantDesk</source>
        <translation>GrantDesk туралы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="24"/>
        <source>GrantDesk, version %1</source>
        <translation>GrantDesk, %1 нұсқасы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="29"/>
        <source>Fills, checks and prints the reports of NGOs on state grants. Works without the internet.</source>
        <translation>Үкіметтік емес ұйымдардың мемлекеттік гранттар бойынша есептерін толтырады, тексереді және басып шығарады. Интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="33"/>
        <source>Form editions it can fill and print:</source>
        <translation>Толтыруға және басып шығаруға болатын нысан редакциялары:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="39"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="24"/>
        <source>Restore from backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="28"/>
        <source>GrantDesk keeps copies of this project: when it is opened and every few minutes while you work. Choose one to restore it into a new file; the current file is not changed.</source>
        <translation>GrantDesk бұл жобаның көшірмелерін сақтайды: жоба ашылғанда және жұмыс барысында бірнеше минут сайын. Біреуін таңдаңыз — ол жаңа файлға қалпына келтіріледі, қазіргі файл өзгермейді.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Taken</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>When</source>
        <translation>Қашан жасалды</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="34"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="38"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="47"/>
        <source>Restore into a new file…</source>
        <translation>Жаңа файлға қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="51"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="53"/>
        <source>There are no backups of this project yet.</source>
        <translation>Бұл жобаның сақтық көшірмелері әзірге жоқ.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="79"/>
        <source>Restore into a new file</source>
        <translation>Жаңа файлға қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/backups_dialog.py" line="80"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>GrantDesk жобалары (*.grantdesk)</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="55"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="33"/>
        <source>Plan (Annex 3)</source>
        <translation>Жоспар (№3 қосымша)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="34"/>
        <source>Interim report</source>
        <translation>Аралық есеп</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="35"/>
        <source>Final report</source>
        <translation>Қорытынды есеп</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="36"/>
        <source>Annex 4 entry</source>
        <translation>№4 қосымшаға мәлімет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="42"/>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="43"/>
        <source>in progress</source>
        <translation>толтырылуда</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="44"/>
        <source>complete</source>
        <translation>толық</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="45"/>
        <source>has errors</source>
        <translation>қателері бар</translation>
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
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Edition</source>
        <translation>Нысан нұсқасы</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="88"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="89"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="89"/>
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="102"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="103"/>
        <source>New document…</source>
        <translation>Жаңа құжат…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="104"/>
        <source>Duplicate</source>
        <translation>Көшірмесін жасау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="105"/>
        <source>Delete…</source>
        <translation>Өшіру…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="106"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="107"/>
        <source>Copy into another edition…</source>
        <translation>Басқа нұсқаға көшіру…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="108"/>
        <source>A new document of another edition of the same form, with every value that has a place there; what has none is listed</source>
        <translation>Сол нысанның басқа нұсқасындағы жаңа құжат: орны бар әр мән көшіріледі; орны жоқтары тізіммен көрсетіледі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="111"/>
        <source>Open the selected document (Enter)</source>
        <translation>Таңдалған құжатты ашу (Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="112"/>
        <source>Add a plan or a report to the project (Ctrl+Shift+N)</source>
        <translation>Жобаға жоспар немесе есеп қосу (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="113"/>
        <source>Delete the selected document (Delete); the backups still hold it</source>
        <translation>Таңдалған құжатты өшіру (Delete); сақтық көшірмелерде ол сақталады</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="144"/>
        <source>Start with the plan (Annex 3): every report is then built from it. Choose “New document…”.</source>
        <translation>Жоспардан (№3 қосымша) бастаңыз: әр есеп содан құрылады. «Жаңа құжат…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="147"/>
        <source>Reports made now start from the plan: its tasks, activities, indicators and planned values.</source>
        <translation>Енді жасалған есептер жоспардан басталады: оның міндеттері, іс-шаралары, индикаторлары мен жоспарлы мәндері.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="183"/>
        <source>Made from the final report each time it is shown; read-only</source>
        <translation>Қорытынды есептен әр ашқан сайын жасалады; тек оқуға</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="196"/>
        <source>edition missing: %1 — add it with File → Add a form edition…</source>
        <translation>нұсқа жоқ: %1 — оны Файл → Нысанның нұсқасын қосу… арқылы қосыңыз</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="131"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation>Жоспардан (№3 қосымша): оны жоспарда өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="134"/>
        <source>Carried from the interim report: check it; it is yours once you edit it.</source>
        <translation>Аралық есептен көшірілді: тексеріңіз; өңдегеннен кейін ол сіздікі болады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="169"/>
        <source>Filled in from “%1”; change it if someone else signs.</source>
        <translation>«%1» өрісінен алынды; басқа адам қол қойса, өзгертіңіз.</translation>
    </message>
</context>
<context>
    <name>FixedGridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="540"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation>Жоспардан (№3 қосымша): оны жоспарда өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="542"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation>Аралық есептен көшірілді; өңдегеннен кейін сіздікі болады.</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="322"/>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="323"/>
        <location filename="../grantdesk/ui/grid.py" line="474"/>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="324"/>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="325"/>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="326"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation>Ағымдағы жолдан кейін жаңа жол қосу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="327"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Ағымдағы жолды жою (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="328"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation>Ағымдағы жолды жоғары жылжыту (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="329"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation>Ағымдағы жолды төмен жылжыту (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="360"/>
        <source>From the plan (Annex 3): change it in the plan.</source>
        <translation>Жоспардан (№3 қосымша): оны жоспарда өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="368"/>
        <source>Carried from the interim report; yours once you edit it.</source>
        <translation>Аралық есептен көшірілді; өңдегеннен кейін сіздікі болады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="475"/>
        <source>This row has text in it. Remove it?</source>
        <translation>Бұл жолда мәтін бар. Жолды жою керек пе?</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../grantdesk/ui/about.py" line="49"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/about.py" line="50"/>
        <source>&amp;About GrantDesk…</source>
        <translation>GrantDesk &amp;туралы…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../grantdesk/ui/import_progress.py" line="17"/>
        <source>Writing the imported rows into the project…</source>
        <translation>Импортталған жолдар жобаға жазылуда…</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="38"/>
        <source>Keyboard</source>
        <translation>Пернетақта</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="40"/>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="40"/>
        <source>Open a project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="41"/>
        <source>Print preview</source>
        <translation>Басып шығару алдында қарау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="41"/>
        <source>Close the project</source>
        <translation>Жобаны жабу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="42"/>
        <source>Previous / next section</source>
        <translation>Алдыңғы / келесі бөлім</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="43"/>
        <source>Next / previous field</source>
        <translation>Келесі / алдыңғы өріс</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="44"/>
        <source>Next / previous problem</source>
        <translation>Келесі / алдыңғы қате</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="45"/>
        <source>Check the report: mark every empty required field</source>
        <translation>Есепті тексеру: толтырылмаған барлық міндетті өрістерді белгілеу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="46"/>
        <source>Tasks and activities: add a task</source>
        <translation>Міндеттер мен іс-шаралар: міндет қосу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="47"/>
        <source>Tasks and activities: add an activity to the selected task</source>
        <translation>Міндеттер мен іс-шаралар: таңдалған міндетке іс-шара қосу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="48"/>
        <source>Table: add a row after the current one</source>
        <translation>Кесте: ағымдағы жолдан кейін жол қосу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="49"/>
        <source>Table or tree: remove the current row</source>
        <translation>Кесте не тізім: ағымдағы жолды жою</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="50"/>
        <source>Table or tree: move the current row up / down</source>
        <translation>Кесте не тізім: ағымдағы жолды жоғары / төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="51"/>
        <source>Table: edit the current cell</source>
        <translation>Кесте: ағымдағы ұяшықты өзгерту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="52"/>
        <source>Table: widen / narrow the current column</source>
        <translation>Кесте: ағымдағы бағанды кеңейту / тарылту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="53"/>
        <source>Table: fit the current column to its text</source>
        <translation>Кесте: ағымдағы бағанды мәтінге қарай өлшеу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="54"/>
        <source>Print preview: previous / next page</source>
        <translation>Алдын ала қарау: алдыңғы / келесі бет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="55"/>
        <source>Print preview: zoom in / zoom out / fit the page width</source>
        <translation>Алдын ала қарау: үлкейту / кішірейту / бетті терезе еніне сыйдыру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="56"/>
        <source>Print preview: save as PDF</source>
        <translation>Алдын ала қарау: PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="57"/>
        <source>This list</source>
        <translation>Осы тізім</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="60"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="60"/>
        <source>What they do</source>
        <translation>Не істейді</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/keyboard_help.py" line="68"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/first_start.py" line="17"/>
        <source>Choose the language of GrantDesk. You can change it later in Settings.</source>
        <translation>GrantDesk тілін таңдаңыз. Оны кейін «Баптаулар» мәзірінен өзгертуге болады.</translation>
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
        <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="75"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="76"/>
        <source>Save a &amp;copy as…</source>
        <translation>Көшірме ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="77"/>
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="78"/>
        <source>&amp;Import plan from Word…</source>
        <translation>Жоспарды Word файлынан &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="80"/>
        <source>&amp;Documents of the project</source>
        <translation>Жобаның &amp;құжаттары</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="82"/>
        <source>New &amp;document…</source>
        <translation>Жаңа &amp;құжат…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="84"/>
        <source>Add a form &amp;edition…</source>
        <translation>Нысанның &amp;нұсқасын қосу…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="86"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="87"/>
        <source>Export to &amp;Word…</source>
        <translation>&amp;Word файлына экспорттау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="89"/>
        <source>&amp;Close project</source>
        <translation>Ж&amp;обаны жабу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="92"/>
        <source>&amp;Report</source>
        <translation>&amp;Есеп</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="93"/>
        <source>Report &amp;language</source>
        <translation>Есеп &amp;тілі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="102"/>
        <source>&amp;Carry over from the last interim report…</source>
        <translation>Соңғы аралық есептен &amp;көшіру…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="106"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="107"/>
        <source>App &amp;language</source>
        <translation>Бағдарлама &amp;тілі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="123"/>
        <source>&amp;Check the report</source>
        <translation>Есепті &amp;тексеру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="125"/>
        <location filename="../grantdesk/ui/main_window.py" line="127"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="129"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Пернетақта</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="158"/>
        <source>Report language: %1</source>
        <translation>Есеп тілі: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="159"/>
        <source>Print the report in %1 instead; nothing typed changes.</source>
        <translation>Есепті %1 басып шығару; жазылғанның бәрі өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="200"/>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="200"/>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="201"/>
        <location filename="../grantdesk/ui/main_window.py" line="224"/>
        <location filename="../grantdesk/ui/project_actions.py" line="62"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>GrantDesk жобалары (*.grantdesk)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="216"/>
        <location filename="../grantdesk/ui/main_window.py" line="255"/>
        <source>Import plan from Word</source>
        <translation>Жоспарды Word файлынан импорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="216"/>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Word құжаттары (*.docx *.doc)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="223"/>
        <source>New project for the plan</source>
        <translation>Жоспарға арналған жаңа жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="295"/>
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="296"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation>GrantDesk жобалары (*.grantdesk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="612"/>
        <source>The project was closed with every edit saved, but its “-wal” file beside it could not be merged into it (%1). Keep the two files together; opening the project again merges them.</source>
        <translation>Жоба жабылды, барлық өзгеріс сақталды, бірақ оның жанындағы «-wal» файлын жобаға біріктіру мүмкін болмады (%1). Екі файлды бірге ұстаңыз; жобаны қайта ашқанда олар біріктіріледі.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="390"/>
        <location filename="../grantdesk/ui/main_window.py" line="590"/>
        <source>Read-only</source>
        <translation>Тек оқуға ашық</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="441"/>
        <source>%1 values were carried from the last interim report: facts, dates, places, participants, texts and statistics. They are shown in green until you edit them; check each one.</source>
        <translation>Соңғы аралық есептен %1 мән көшірілді: фактілер, күндер, орындар, қатысушылар, мәтіндер мен статистика. Оларды өңдегенше жасыл түспен көрсетіледі; әрқайсысын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="452"/>
        <source>The project has no interim report to carry over from.</source>
        <translation>Жобада көшіретін аралық есеп жоқ.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="457"/>
        <source>This report already holds values of its own. Carry over from the interim report only into the places still empty? Nothing you typed is replaced.</source>
        <translation>Бұл есепте өз мәндері бар. Аралық есептен тек бос орындарға көшірілсін бе? Сіз жазғанның ешқайсысы ауыстырылмайды.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="483"/>
        <source>Delete “%1”? A backup of the project taken just before keeps it; File → Restore from backup… brings it back.</source>
        <translation>«%1» өшірілсін бе? Өшірер алдында жасалған сақтық көшірмеде ол сақталады; Файл → Сақтық көшірмеден қалпына келтіру… оны қайтарады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="486"/>
        <source>The reports keep the plan&apos;s values as their own.</source>
        <translation>Есептер жоспардың мәндерін өздерінде сақтап қалады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="487"/>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="505"/>
        <source>Add a form edition</source>
        <translation>Нысанның нұсқасын қосу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="506"/>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation>Нысан сипаттамалары (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="528"/>
        <source>There is no other edition of this form to copy into.</source>
        <translation>Бұл нысанның көшіретін басқа нұсқасы жоқ.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="534"/>
        <source>Copy into another edition</source>
        <translation>Басқа нұсқаға көшіру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="534"/>
        <source>Edition:</source>
        <translation>Нұсқасы:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="547"/>
        <source>Copied. These values have no place in the other edition; they stay in the original:
%1</source>
        <translation>Көшірілді. Мына мәндердің басқа нұсқада орны жоқ; олар бастапқы құжатта қалады:
%1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="550"/>
        <source>Copied: every value found its place.</source>
        <translation>Көшірілді: әр мән өз орнын тапты.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="602"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation>Жобаны бәрібір жабасыз ба? Сақталмаған өзгерістер жоғалады. Жұмысты жалғастыру үшін «Жоқ» түймесін басыңыз (жобаны басқа дискіге «Көшірме ретінде сақтау…» командасымен де сақтауға болады).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="61"/>
        <source>Save a copy as</source>
        <translation>Көшірме ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="61"/>
        <source>copy</source>
        <translation>көшірмесі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="74"/>
        <source>Copy saved: %1. It holds everything typed so far, including %2 edit(s) the project file could not take.</source>
        <translation>Көшірме сақталды: %1. Онда осы уақытқа дейін енгізілгеннің бәрі бар, соның ішінде жоба файлына жазылмаған %2 өзгеріс.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="76"/>
        <source>Copy saved: %1. It holds everything typed so far.</source>
        <translation>Көшірме сақталды: %1. Онда осы уақытқа дейін енгізілгеннің бәрі бар.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="639"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation>GrantDesk-те бұл жобаның сақтық көшірмелері бар. Біреуін жаңа файлға қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="665"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation>Сақтық көшірме «%1» файлына қалпына келтірілді. Қазір ашасыз ба?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="702"/>
        <location filename="../grantdesk/ui/project_actions.py" line="96"/>
        <source>Export to Word</source>
        <translation>Word файлына экспорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="703"/>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="96"/>
        <source>Could not save the Word file: %1</source>
        <translation>Word файлын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/project_actions.py" line="98"/>
        <source>Word file saved: %1</source>
        <translation>Word файлы сақталды: %1</translation>
    </message>
    <message>
        <source>Prepare for &amp;submission…</source>
        <translation>&amp;Тапсыруға дайындау…</translation>
    </message>
    <message>
        <source>&amp;Operator: compile Annex 4 and register…</source>
        <translation>&amp;Оператор: 4-қосымша мен тізілімді жинау…</translation>
    </message>
    <message>
        <source>Check a &amp;printed copy…</source>
        <translation>&amp;Басылған көшірмені тексеру…</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="276"/>
        <source>New document</source>
        <translation>Жаңа құжат</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="296"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="297"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Нұсқасы:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="298"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="300"/>
        <source>Create</source>
        <translation>Жасау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="301"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="323"/>
        <source>It starts empty; File → Import plan from Word… fills it from a Word file.</source>
        <translation>Бос басталады; Файл → Жоспарды Word файлынан импорттау… оны Word файлынан толтырады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="325"/>
        <source>It starts empty: the project has no plan yet.</source>
        <translation>Бос басталады: жобада әзірге жоспар жоқ.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="327"/>
        <source>It starts from the plan (its tasks, activities, indicators and planned values) and from the last interim report: what it holds is carried over, marked, for you to check.</source>
        <translation>Жоспардан (міндеттері, іс-шаралары, көрсеткіштері және жоспарлы мәндері) және соңғы аралық есептен басталады: ондағы мәліметтер белгіленіп көшіріледі, оларды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/documents.py" line="330"/>
        <source>It starts from the plan: its tasks, activities, indicators and planned values.</source>
        <translation>Ол жоспардан басталады: оның міндеттері, іс-шаралары, индикаторлары мен жоспарлы мәндері.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="12"/>
        <source>Import plan from Word</source>
        <translation>Жоспарды Word файлынан импорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="13"/>
        <source>This is what was recognised in “%1”. Nothing is written until you choose Import; the Word file itself is never changed.</source>
        <translation>«%1» файлында мыналар танылды. «Импорттау» батырмасын баспайынша ештеңе жазылмайды; Word файлының өзі ешқашан өзгертілмейді.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="17"/>
        <source>It becomes the plan of this project (%1).</source>
        <translation>Ол осы жобаның (%1) жоспары болады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="18"/>
        <source>It becomes the plan of a new project: you choose its file next.</source>
        <translation>Ол жаңа жобаның жоспары болады: келесі қадамда оның файлын таңдайсыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="33"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="39"/>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="51"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="52"/>
        <source>Save PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="53"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="54"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="55"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="56"/>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="57"/>
        <source>Smaller pages (Ctrl+minus)</source>
        <translation>Беттерді кішірейту (Ctrl+минус)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="58"/>
        <source>Larger pages (Ctrl+plus)</source>
        <translation>Беттерді үлкейту (Ctrl+плюс)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="59"/>
        <source>Pages as wide as the window (Ctrl+0)</source>
        <translation>Беттер терезенің еніндей (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="73"/>
        <source>Open the folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="92"/>
        <source>Laying out the pages…</source>
        <translation>Беттер құрастырылып жатыр…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="164"/>
        <source>Laying out the pages: %1 so far…</source>
        <translation>Беттер құрастырылып жатыр: әзірге %1…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="168"/>
        <source>The PDF could not be made: %1</source>
        <translation>PDF жасалмады: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="83"/>
        <source>%1 pages</source>
        <translation>%1 бет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="86"/>
        <source>errors or empty required places remain, so every page is marked as a draft</source>
        <translation>қателер немесе толтырылмаған міндетті орындар бар, сондықтан әр бет нобай деп белгіленеді</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="121"/>
        <source>Made from the final report each time it is shown; it cannot be typed in. Its problems are the report&apos;s: click one to go to it.</source>
        <translation>Қорытынды есептен әр ашқан сайын жасалады; оған жазуға болмайды. Оның мәселелері — есептің мәселелері: біреуін бассаңыз, соған өтесіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="278"/>
        <location filename="../grantdesk/ui/preview.py" line="289"/>
        <source>Save PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="278"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="290"/>
        <source>Could not save the PDF: %1</source>
        <translation>PDF файлын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="293"/>
        <source>PDF saved: %1</source>
        <translation>PDF сақталды: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="317"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="317"/>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Check the report</source>
        <translation>Есепті тексеру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="38"/>
        <source>Check the document</source>
        <translation>Құжатты тексеру</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="39"/>
        <source>List everything still empty, required fields included (Ctrl+Shift+K)</source>
        <translation>Әлі бос тұрғанның бәрін, міндетті өрістерді қоса, тізімге шығару (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="75"/>
        <source>Show the list of problems</source>
        <translation>Мәселелер тізімін көрсету</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="76"/>
        <source>Hide the list: more room for the editor</source>
        <translation>Тізімді жасыру: өңдеуге көбірек орын</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="95"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation>Қателер: %1, ескертулер: %2. Тізімнен біреуін бассаңыз, сол жерге өтесіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="98"/>
        <source>Nothing contradicts itself so far.</source>
        <translation>Әзірге ешнәрсе бір-біріне қайшы емес.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="100"/>
        <source>No problems found.</source>
        <translation>Қате де, ескерту де жоқ.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="102"/>
        <source>Required fields still to fill: %1.</source>
        <translation>Толтыруға қалған міндетті өрістер: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="104"/>
        <source>Places the report owes, still empty: %1.</source>
        <translation>Есепте болуы тиіс, бірақ әлі бос орындар: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="106"/>
        <source>Parts of the plan still empty: %1.</source>
        <translation>Жоспардың әлі толтырылмаған бөліктері: %1.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="133"/>
        <source>Check %1 (docs/checks.md)</source>
        <translation>%1 тексерісі (docs/checks.md)</translation>
    </message>
</context>
<context>
    <name>ReportLanguageDialog</name>
    <message>
        <location filename="../grantdesk/ui/report_language.py" line="23"/>
        <source>Language of the documents</source>
        <translation>Құжаттардың тілі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/report_language.py" line="27"/>
        <source>In which language will this project&apos;s documents be printed (the plan first, then its reports)? Every printed word follows it; you can change a document&apos;s language later with one click in the status bar.</source>
        <translation>Бұл жобаның құжаттары (алдымен жоспар, содан кейін есептер) қай тілде басылады? Басылатын әр сөз соған сай болады; құжаттың тілін кейін күй жолағында бір басумен өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="48"/>
        <source>← Documents</source>
        <translation>← Құжаттар</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="49"/>
        <source>Every document of the project (Ctrl+D)</source>
        <translation>Жобаның барлық құжаттары (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="67"/>
        <source>← Back</source>
        <translation>← Артқа</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="68"/>
        <source>Next →</source>
        <translation>Келесі →</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="69"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Алдыңғы бөлім (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="70"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Келесі бөлім (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="203"/>
        <source>All changes saved</source>
        <translation>Барлық өзгерістер сақталды</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="204"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="205"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation>Әзірге сақталмады: файлға жазу мүмкін емес, қайта әрекет жасалуда. Енгізгеніңіз жоғалмайды.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="206"/>
        <source>Read-only: changes are not saved</source>
        <translation>Тек оқуға ашық: өзгерістер сақталмайды</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="207"/>
        <source>Not saved: the project file is gone (deleted, moved or the USB stick removed). Your text is kept: File → Save a copy as… saves it.</source>
        <translation>Сақталмады: жоба файлы орнында жоқ (өшірілген, жылжытылған немесе флешка алынған). Мәтініңіз жадта: Файл → Көшірмесін сақтау… оны сақтайды.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../grantdesk/ui/start.py" line="26"/>
        <source>Plans and reports of social projects on state grants</source>
        <translation>Мемлекеттік гранттар бойынша әлеуметтік жобалардың жоспарлары мен есептері</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="28"/>
        <source>New project…</source>
        <translation>Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="29"/>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="35"/>
        <source>Recent projects</source>
        <translation>Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="40"/>
        <source>No recent projects yet. Create a new one, or open a .grantdesk file.</source>
        <translation>Соңғы жобалар әзірге жоқ. Жаңа жоба жасаңыз немесе .grantdesk файлын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="76"/>
        <source>last change: %1</source>
        <translation>соңғы өзгеріс: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="79"/>
        <source>(not found)</source>
        <translation>(табылмады)</translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="116"/>
        <location filename="../grantdesk/ui/tree.py" line="342"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="117"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="118"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="119"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation>Таңдалған жолды ішіндегісімен бірге жою (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="120"/>
        <source>Move up (Alt+Up)</source>
        <translation>Жоғары жылжыту (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="121"/>
        <source>Move down (Alt+Down)</source>
        <translation>Төмен жылжыту (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="143"/>
        <source>Select a row on the left, or add one.</source>
        <translation>Сол жақтан жолды таңдаңыз немесе жаңасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="163"/>
        <source>The tasks, activities, indicators and planned values come from the plan (Annex 3) and are shown in blue; change them in the plan. Here you add what was done.</source>
        <translation>Міндеттер, іс-шаралар, индикаторлар мен жоспарлы мәндер жоспардан (№3 қосымша) алынады және көк түспен көрсетіледі; оларды жоспарда өзгертіңіз. Мұнда не істелгенін жазасыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="184"/>
        <source>not yet due</source>
        <translation>мерзімі әлі келмеген</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="207"/>
        <source>Planned after the end of this report&apos;s period: this report does not owe it yet.</source>
        <translation>Бұл есептің кезеңі аяқталғаннан кейін жоспарланған: есеп оны әлі көрсетпеуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="343"/>
        <source>Remove “%1” and everything in it?</source>
        <translation>«%1» ішіндегісімен бірге жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>UnderstoodWords</name>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="25"/>
        <source>Understood as: %1</source>
        <translation>Бағдарлама былай түсінді: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="29"/>
        <source>Not understood as a number: write it in digits, e.g. 7 000 000 or 7 млн.</source>
        <translation>Сан ретінде түсінілмеді: цифрмен жазыңыз, мысалы 7 000 000 немесе 7 млн.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="30"/>
        <source>Can be read two ways (is 7.000 seven or seven thousand?): write 7 000 or 7,5.</source>
        <translation>Екі түрлі оқылады (7.000 — жеті ме, жеті мың ба?): 7 000 немесе 7,5 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="31"/>
        <source>Understood as %1, but it cannot be negative.</source>
        <translation>%1 деп түсінілді, бірақ ол теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="32"/>
        <source>Understood as %1, but a count must be a whole number.</source>
        <translation>%1 деп түсінілді, бірақ саны бүтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="33"/>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 — күнтізбеде мұндай күн жоқ.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="34"/>
        <source>No phone number found.</source>
        <translation>Телефон нөмірі табылмады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="35"/>
        <source>%1 is not a Kazakhstan number (+7 7XX XXX XX XX).</source>
        <translation>%1 — қазақстандық нөмір емес (+7 7XX XXX XX XX).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="39"/>
        <source>Not read as a date; it is kept and printed as typed.</source>
        <translation>Күн ретінде оқылмады: мәтін жазылған күйінде сақталып, солай басылады.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="41"/>
        <source>Not understood as a period: write it e.g. as 01.08.2023 – 30.11.2023.</source>
        <translation>Кезең ретінде түсінілмеді: мысалы, 01.08.2023 – 30.11.2023 деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="43"/>
        <source>Not understood as a date: write it as dd.mm.yyyy, e.g. 30.04.2024.</source>
        <translation>Күн ретінде түсінілмеді: кк.аа.жжжж түрінде жазыңыз, мысалы 30.04.2024.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/understood_line.py" line="45"/>
        <source>Not understood.</source>
        <translation>Түсінілмеді.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Prepare for submission</source>
        <translation>Тапсыруға дайындау</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip мұрағаттары (*.zip)</translation>
    </message>
    <message>
        <source>This document is still a draft: %1 errors, %2 owed places empty. Make a draft package (every page says draft)?</source>
        <translation>Бұл құжат әлі нобай: қателер %1, толтырылмаған міндетті орындар %2. Нобай пакет жасау керек пе (әр бетте «нобай» деп жазылады)?</translation>
    </message>
    <message>
        <source>Could not write the package: %1</source>
        <translation>Пакетті жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Check a printed copy</source>
        <translation>Басылған көшірмені тексеру</translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Сканерлер мен суреттер (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Operator: compile Annex 4 and register</source>
        <translation>Оператор: 4-қосымша мен тізілімді жинау</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>DD.MM.YYYY (empty: every final report)</source>
        <translation>КК.АА.ЖЖЖЖ (бос: барлық қорытынды есептер)</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Folder of project files:</source>
        <translation>Жоба файлдарының бумасы:</translation>
    </message>
    <message>
        <source>Reporting period from:</source>
        <translation>Есепті кезең, басы:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>соңы:</translation>
    </message>
    <message>
        <source>Language of Annex 4:</source>
        <translation>4-қосымшаның тілі:</translation>
    </message>
    <message>
        <source>Compile</source>
        <translation>Жинау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Files left out:</source>
        <translation>Енгізілмеген файлдар:</translation>
    </message>
    <message>
        <source>Folder of project files</source>
        <translation>Жоба файлдарының бумасы</translation>
    </message>
    <message>
        <source>Annex 4</source>
        <translation>4-қосымша</translation>
    </message>
    <message>
        <source>register</source>
        <translation>тізілім</translation>
    </message>
    <message>
        <source>Give the period as two dates, DD.MM.YYYY, the first not after the second.</source>
        <translation>Кезеңді екі күнмен беріңіз (КК.АА.ЖЖЖЖ), біріншісі екіншісінен кейін болмасын.</translation>
    </message>
    <message>
        <source>Choose a folder that holds the project files.</source>
        <translation>Жоба файлдары бар буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Оқылуда: %1</translation>
    </message>
    <message>
        <source>Annex 4: %1 projects, %2 pages → %3
Register: %4 projects → %5</source>
        <translation>4-қосымша: %1 жоба, %2 бет → %3
Тізілім: %4 жоба → %5</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Аяқтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Тоқтатылды: ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="37"/>
        <source>In the report: %1</source>
        <translation>Есепте: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="63"/>
        <source>Show the whole guidance</source>
        <translation>Нұсқауды толық көрсету</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wording.py" line="64"/>
        <source>Fold the guidance to one line</source>
        <translation>Нұсқауды бір жолға жинау</translation>
    </message>
</context>
</TS>
