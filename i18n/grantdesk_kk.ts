<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
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
        <location filename="../grantdesk/ui/editors.py" line="46"/>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="148"/>
        <source>Understood as: %1</source>
        <translation>Бағдарлама былай түсінді: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/editors.py" line="149"/>
        <source>Not understood as a date; it is kept and printed as typed.</source>
        <translation>Күн танылмады: мәтін жазылған күйінде сақталып, солай басып шығарылады.</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="179"/>
        <source>Add row</source>
        <translation>Жол қосу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="180"/>
        <location filename="../grantdesk/ui/grid.py" line="264"/>
        <source>Remove row</source>
        <translation>Жолды жою</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="181"/>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="182"/>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="183"/>
        <source>Add a row after the current one (Ctrl+Enter)</source>
        <translation>Ағымдағы жолдан кейін жаңа жол қосу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="184"/>
        <source>Remove the current row (Ctrl+Delete)</source>
        <translation>Ағымдағы жолды жою (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="185"/>
        <source>Move the current row up (Alt+Up)</source>
        <translation>Ағымдағы жолды жоғары жылжыту (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="186"/>
        <source>Move the current row down (Alt+Down)</source>
        <translation>Ағымдағы жолды төмен жылжыту (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/grid.py" line="265"/>
        <source>This row has text in it. Remove it?</source>
        <translation>Бұл жолда мәтін бар. Жолды жою керек пе?</translation>
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
        <location filename="../grantdesk/ui/main_window.py" line="60"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="61"/>
        <source>&amp;New project…</source>
        <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="62"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="63"/>
        <source>Save a &amp;copy as…</source>
        <translation>Көшірме ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="64"/>
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="65"/>
        <source>&amp;Import plan from Word…</source>
        <translation>Жоспарды Word файлынан &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="67"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="68"/>
        <source>Export to &amp;Word…</source>
        <translation>&amp;Word файлына экспорттау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="70"/>
        <source>&amp;Close project</source>
        <translation>Ж&amp;обаны жабу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="71"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="73"/>
        <source>&amp;Report</source>
        <translation>&amp;Есеп</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="74"/>
        <source>Report &amp;language</source>
        <translation>Есеп &amp;тілі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="85"/>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="86"/>
        <source>App &amp;language</source>
        <translation>Бағдарлама &amp;тілі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="120"/>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="120"/>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="121"/>
        <location filename="../grantdesk/ui/main_window.py" line="147"/>
        <location filename="../grantdesk/ui/main_window.py" line="260"/>
        <source>GrantDesk projects (*.grantdesk)</source>
        <translation>GrantDesk жобалары (*.grantdesk)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="141"/>
        <location filename="../grantdesk/ui/main_window.py" line="157"/>
        <source>Import plan from Word</source>
        <translation>Жоспарды Word файлынан импорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="141"/>
        <source>Word documents (*.docx *.doc)</source>
        <translation>Word құжаттары (*.docx *.doc)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="146"/>
        <source>New project for the plan</source>
        <translation>Жоспарға арналған жаңа жоба</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="177"/>
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="178"/>
        <source>GrantDesk projects (*.grantdesk);;All files (*)</source>
        <translation>GrantDesk жобалары (*.grantdesk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="227"/>
        <source>Read-only</source>
        <translation>Тек оқуға ашық</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="238"/>
        <source>Close anyway and lose the unsaved changes? Choose No to keep working (you can also use “Save a copy as…” to save to another disk).</source>
        <translation>Жобаны бәрібір жабасыз ба? Сақталмаған өзгерістер жоғалады. Жұмысты жалғастыру үшін «Жоқ» түймесін басыңыз (жобаны басқа дискіге «Көшірме ретінде сақтау…» командасымен де сақтауға болады).</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="259"/>
        <source>Save a copy as</source>
        <translation>Көшірме ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="259"/>
        <source>copy</source>
        <translation>көшірмесі</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="272"/>
        <source>Copy saved: %1</source>
        <translation>Көшірме сақталды: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="279"/>
        <source>GrantDesk has backups of this project. Restore one into a new file?</source>
        <translation>GrantDesk-те бұл жобаның сақтық көшірмелері бар. Біреуін жаңа файлға қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="302"/>
        <source>The backup was restored into “%1”. Open it now?</source>
        <translation>Сақтық көшірме «%1» файлына қалпына келтірілді. Қазір ашасыз ба?</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="322"/>
        <location filename="../grantdesk/ui/main_window.py" line="341"/>
        <source>Export to Word</source>
        <translation>Word файлына экспорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="323"/>
        <source>Word documents (*.docx)</source>
        <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="342"/>
        <source>Could not save the Word file: %1</source>
        <translation>Word файлын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/main_window.py" line="344"/>
        <source>Word file saved: %1</source>
        <translation>Word файлы сақталды: %1</translation>
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
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="21"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/plan_import_dialog.py" line="22"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="28"/>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="36"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="37"/>
        <source>Save PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="38"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="46"/>
        <source>%1 pages</source>
        <translation>%1 бет</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="48"/>
        <source>errors remain, so every page is marked as a draft</source>
        <translation>түзетілмеген қателер бар, сондықтан әр бет нобай деп белгіленді</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="145"/>
        <location filename="../grantdesk/ui/preview.py" line="159"/>
        <source>Save PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="145"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="160"/>
        <source>Could not save the PDF: %1</source>
        <translation>PDF файлын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="179"/>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/preview.py" line="179"/>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="40"/>
        <source>Problems: %1 error(s), %2 warning(s). Click one to go to it.</source>
        <translation>Қателер: %1, ескертулер: %2. Тізімнен біреуін бассаңыз, сол жерге өтесіз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/problems_panel.py" line="42"/>
        <source>No problems found.</source>
        <translation>Қате де, ескерту де жоқ.</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="52"/>
        <source>← Back</source>
        <translation>← Артқа</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="53"/>
        <source>Next →</source>
        <translation>Келесі →</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="54"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Алдыңғы бөлім (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="55"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Келесі бөлім (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="156"/>
        <source>in progress</source>
        <translation>толтырылуда</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="157"/>
        <source>complete</source>
        <translation>толтырылды</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="157"/>
        <source>has errors</source>
        <translation>қателер бар</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="182"/>
        <source>All changes saved</source>
        <translation>Барлық өзгерістер сақталды</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="183"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="184"/>
        <source>Not saved yet: cannot write the file; retrying. Your text is kept.</source>
        <translation>Әзірге сақталмады: файлға жазу мүмкін емес, қайта әрекет жасалуда. Енгізгеніңіз жоғалмайды.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/wizard.py" line="185"/>
        <source>Read-only: changes are not saved</source>
        <translation>Тек оқуға ашық: өзгерістер сақталмайды</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../grantdesk/ui/start.py" line="24"/>
        <source>Plans and reports of social projects on state grants</source>
        <translation>Мемлекеттік гранттар бойынша әлеуметтік жобалардың жоспарлары мен есептері</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="26"/>
        <source>New project…</source>
        <translation>Жаңа жоба…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="27"/>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="33"/>
        <source>Recent projects</source>
        <translation>Соңғы жобалар</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="38"/>
        <source>No recent projects yet. Create a new one, or open a .grantdesk file.</source>
        <translation>Соңғы жобалар әзірге жоқ. Жаңа жоба жасаңыз немесе .grantdesk файлын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/start.py" line="67"/>
        <source>(not found)</source>
        <translation>(табылмады)</translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="97"/>
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="103"/>
        <location filename="../grantdesk/ui/tree.py" line="285"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="104"/>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="105"/>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="106"/>
        <source>Remove the selected row and everything in it (Ctrl+Delete)</source>
        <translation>Таңдалған жолды ішіндегісімен бірге жою (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="107"/>
        <source>Move up (Alt+Up)</source>
        <translation>Жоғары жылжыту (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="108"/>
        <source>Move down (Alt+Down)</source>
        <translation>Төмен жылжыту (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="130"/>
        <source>Select a row on the left, or add one.</source>
        <translation>Сол жақтан жолды таңдаңыз немесе жаңасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../grantdesk/ui/tree.py" line="286"/>
        <source>Remove “%1” and everything in it?</source>
        <translation>«%1» ішіндегісімен бірге жойылсын ба?</translation>
    </message>
</context>
</TS>
