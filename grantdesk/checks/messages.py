"""What each problem says, in the app's language (kk, ru, en).

Written for each language, not translated word for word. Placeholders, filled by render.py:
- {place}: where the problem is, naming fields and columns by their labels in the app's
  language, quoted (what the user sees on the screen), and rows in the app's language,
  e.g. «Шарттың күні» or `задача 2, мероприятие 1, показатель 3 «Фотосуреттер», графа «факт»`;
- {row}: the row part of it alone; {column}: the column's label alone, quoted;
- the problem's params: numbers grouped by thousands; {value} the typed text, quoted;
  `*_field`, `*_table`, `*_column(s)`: labels of definition items, quoted; `*_rows`: the
  printed numbers of fixed rows.
"""

from __future__ import annotations

UI_LANGUAGES = ("kk", "ru", "en")

QUOTES = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}

# How a place is phrased around the report's own labels (already quoted).
PLACE_WORDS = {
    "kk": {"table": "{label} кестесі", "column": "{label} бағаны", "fixed": "{row} жолы, {column} бағаны",
           "row": "{n}-жол", "and": "және"},
    "ru": {"table": "таблица {label}", "column": "графа {label}", "fixed": "строка {row}, графа {column}",
           "row": "строка {n}", "and": "и"},
    "en": {"table": "table {label}", "column": "column {label}", "fixed": "row {row}, column {column}",
           "row": "row {n}", "and": "and"},
}

# Params that hold numbers (plain strings), shown grouped: 19098 → 19 098.
NUMERIC_PARAMS = frozenset({"total", "sum", "difference", "fact", "plan", "amount", "rows"})

MESSAGES: dict[str, dict[str, str]] = {
    "R1.empty": {
        "kk": "{place} бос қалған — оны толтыру міндетті.",
        "ru": "{place}: обязательное поле не заполнено.",
        "en": "{place} is required but empty.",
    },
    # R2 gender: the parts are two, so they are named.
    "R2.sum_mismatch": {
        "kk": "{row}: {total_column} — {total}, ал {parts_columns} қосындысы — {sum}. Олар тең болуы керек.",
        "ru": "{row}: {total_column} — {total}, а сумма граф {parts_columns} — {sum}. Итог должен быть равен сумме.",
        "en": "{row}: {total_column} is {total}, but {parts_columns} add up to {sum}. The total must equal their sum.",
    },
    "R2.parts_missing": {
        "kk": "{row}: {total_column} — {total}, бірақ {parts_columns} толтырылмаған.",
        "ru": "{row}: {total_column} — {total}, но графы {parts_columns} не заполнены.",
        "en": "{row}: {total_column} is {total}, but {parts_columns} are empty.",
    },
    "R2.total_missing": {
        "kk": "{row}: {total_column} толтырылмаған, ал {parts_columns} қосындысы — {sum}.",
        "ru": "{row}: {total_column} не заполнено, а сумма граф {parts_columns} — {sum}.",
        "en": "{row}: {total_column} is empty, while {parts_columns} add up to {sum}.",
    },
    # R3 age: seven groups are too many to list; the sum says enough.
    "R3.sum_mismatch": {
        "kk": "{row}: {total_column} — {total}, ал жас топтарының қосындысы — {sum}. Олар тең болуы керек.",
        "ru": "{row}: {total_column} — {total}, а сумма возрастных групп — {sum}. Они должны совпадать.",
        "en": "{row}: {total_column} is {total}, but the age groups add up to {sum}. They must match.",
    },
    "R3.parts_missing": {
        "kk": "{row}: {total_column} — {total}, бірақ жас топтары толтырылмаған.",
        "ru": "{row}: {total_column} — {total}, но возрастные группы не заполнены.",
        "en": "{row}: {total_column} is {total}, but the age groups are empty.",
    },
    "R3.total_missing": {
        "kk": "{row}: {total_column} толтырылмаған, ал жас топтарының қосындысы — {sum}.",
        "ru": "{row}: {total_column} не заполнено, а сумма возрастных групп — {sum}.",
        "en": "{row}: {total_column} is empty, while the age groups add up to {sum}.",
    },
    # R4 social status: a warning, since one person may be counted in two categories.
    "R4.sum_mismatch": {
        "kk": "{row}: {total_column} — {total}, ал санаттардың қосындысы — {sum}. "
              "Бір адам екі санатқа кіруі мүмкін, дегенмен сандарды тексеріп шығыңыз.",
        "ru": "{row}: {total_column} — {total}, а сумма категорий — {sum}. "
              "Человек может входить в две категории, но проверьте цифры.",
        "en": "{row}: {total_column} is {total}, but the categories add up to {sum}. "
              "One person can be in two categories, but please check the numbers.",
    },
    "R4.parts_missing": {
        "kk": "{row}: {total_column} — {total}, бірақ бірде-бір санат толтырылмаған.",
        "ru": "{row}: {total_column} — {total}, но ни одна категория не заполнена.",
        "en": "{row}: {total_column} is {total}, but no category is filled in.",
    },
    "R4.total_missing": {
        "kk": "{row}: {total_column} толтырылмаған, ал санаттардың қосындысы — {sum}.",
        "ru": "{row}: {total_column} не заполнено, а сумма категорий — {sum}.",
        "en": "{row}: {total_column} is empty, while the categories add up to {sum}.",
    },
    "R5.differs": {
        "kk": "{place}: {fact}, ал {stats_table} кестесінде {stats_column} — {total}. "
              "Бұл сандар әдетте бірдей болады — тексеріңіз.",
        "ru": "{place}: {fact}, а в таблице {stats_table} {stats_column} — {total}. "
              "Обычно эти числа совпадают — проверьте.",
        "en": "{place} is {fact}, but {stats_column} in {stats_table} is {total}. "
              "These are usually the same — please check.",
    },
    "R5.differs_sum": {
        "kk": "{place}: {fact}, ал {stats_table} кестесінің {rows} жолы бойынша {stats_column} қосындысы — {total}. "
              "Бұл сандар әдетте бірдей болады — тексеріңіз.",
        "ru": "{place}: {fact}, а в таблице {stats_table} {stats_column} по {rows} строкам в сумме — {total}. "
              "Обычно эти числа совпадают — проверьте.",
        "en": "{place} is {fact}, but {stats_column} over the {rows} rows of {stats_table} adds up to {total}. "
              "These are usually the same — please check.",
    },
    "R6.period_reversed": {
        "kk": "{place}: жобаның басталу күні ({start}) аяқталу күнінен ({end}) кейін тұр.",
        "ru": "{place}: начало периода проекта ({start}) позже его окончания ({end}).",
        "en": "{place}: the project period's start ({start}) is after its end ({end}).",
    },
    "R6.report_period_reversed": {
        "kk": "{place}: есепті кезеңнің басталу күні ({report_start}) аяқталу күнінен ({report_end}) кейін тұр.",
        "ru": "{place}: начало отчетного периода ({report_start}) позже его окончания ({report_end}).",
        "en": "{place}: the reporting period's start ({report_start}) is after its end ({report_end}).",
    },
    "R6.outside_period": {
        "kk": "{place}: {value} жобаны іске асыру кезеңінен ({start} – {end}) тыс жатыр.",
        "ru": "{place}: {value} выходит за период реализации проекта ({start} – {end}).",
        "en": "{place}: {value} falls outside the project period ({start} – {end}).",
    },
    "R6.contract_after_start": {
        "kk": "{place} ({contract}) жобаның басталу күнінен ({start}) кейін. "
              "Шарт әдетте кезең басталмай тұрып жасалады — тексеріңіз.",
        "ru": "{place} ({contract}) — позже начала реализации проекта ({start}). "
              "Обычно договор заключают до начала периода — проверьте.",
        "en": "{place} ({contract}) is after the project start ({start}). "
              "The contract is usually signed before the period begins — please check.",
    },
    "R7.fact_below_plan": {
        "kk": "{place}: факт ({fact}) жоспардан ({plan}) төмен, ал {deviation_field} бос. "
              "Ауытқудың себебін сонда жазыңыз.",
        "ru": "{place}: факт ({fact}) ниже плана ({plan}), а поле {deviation_field} пустое. "
              "Обоснуйте там отклонение.",
        "en": "{place}: the fact ({fact}) is below the plan ({plan}) and {deviation_field} is empty. "
              "Explain the deviation there.",
    },
    "R8.above_total": {
        "kk": "{place}: {amount} — бұл {total_field} ({total}) сомасынан көп, олай болуы мүмкін емес.",
        "ru": "{place}: {amount} — больше, чем {total_field} ({total}); так быть не может.",
        "en": "{place}: {amount} is more than {total_field} ({total}), which cannot be.",
    },
    "R8.sum_mismatch": {
        "kk": "{column} бағаны: {sum_rows}-жолдардың қосындысы — {sum}, ал {total_field} — {total}. "
              "Олар әдетте тең болады — тексеріңіз.",
        "ru": "Графа {column}: сумма строк {sum_rows} — {sum}, а {total_field} — {total}. "
              "Обычно они совпадают — проверьте.",
        "en": "Column {column}: rows {sum_rows} add up to {sum}, but {total_field} is {total}. "
              "They usually match — please check.",
    },
    "R9.differs": {
        "kk": "{place}: {fact}, ал {list_table} кестесінде {rows} серіктес көрсетілген.",
        "ru": "{place}: {fact}, а в таблице {list_table} указано партнеров: {rows}.",
        "en": "{place} is {fact}, but the table {list_table} lists {rows} partner(s).",
    },
    "R10.not_a_number": {
        "kk": "{place}: {value} — сан емес. Бұл жерге бір ғана сан жазылады.",
        "ru": "{place}: {value} — не число. Здесь должно быть одно число.",
        "en": "{place}: {value} is not a number. This cell takes a single number.",
    },
    "R10.negative": {
        "kk": "{place}: {value} — теріс сан болуы мүмкін емес.",
        "ru": "{place}: {value} — значение не может быть отрицательным.",
        "en": "{place}: {value} cannot be negative.",
    },
    "R10.fractional": {
        "kk": "{place}: {value} — мұнда саны жазылады, ол бүтін сан болуы керек.",
        "ru": "{place}: {value} — здесь указывается количество, оно должно быть целым.",
        "en": "{place}: {value} is a count and must be a whole number.",
    },
    "R10.ambiguous": {
        "kk": "{place}: {value} екі түрлі оқылады (мысалы, 7.000 — жеті ме, әлде жеті мың ба?). "
              "Мыңдықтарды бос орынмен жазыңыз: 7 000, ал бөлшекті үтірмен: 7,5.",
        "ru": "{place}: {value} можно прочесть двояко (например, 7.000 — семь или семь тысяч?). "
              "Разделяйте тысячи пробелом: 7 000, а дробную часть — запятой: 7,5.",
        "en": "{place}: {value} can be read two ways (is 7.000 seven or seven thousand?). "
              "Group thousands with a space, 7 000, and write a fraction with a comma, 7,5.",
    },
    "R10.impossible_date": {
        "kk": "{place}: {detail} — күнтізбеде мұндай күн жоқ. Күнді тексеріңіз.",
        "ru": "{place}: {detail} — такой даты в календаре нет. Проверьте дату.",
        "en": "{place}: {detail} is not a day of the calendar. Please check the date.",
    },
    "R10.not_a_date": {
        "kk": "{place}: {value} күн ретінде түсінілмеді. Күнді кк.аа.жжжж түрінде жазыңыз, мысалы 30.04.2024.",
        "ru": "{place}: {value} не распознано как дата. Запишите дату в виде дд.мм.гггг, например 30.04.2024.",
        "en": "{place}: {value} was not understood as a date. Write it as dd.mm.yyyy, e.g. 30.04.2024.",
    },
    # A check that needs a value it cannot read says so, instead of going silent.
    "R6.period_unreadable": {
        "kk": "{place}: {value} кезең ретінде түсінілмеді, сондықтан іс-шаралардың күндері мен шарттың күні "
              "кезеңмен салыстырылмады.",
        "ru": "{place}: {value} не распознано как период, поэтому даты мероприятий и дата договора "
              "с периодом не сверены.",
        "en": "{place}: {value} was not understood as a period, so the activity dates and the contract date "
              "could not be checked against it.",
    },
    "R6.contract_unreadable": {
        "kk": "{place}: {value} күн ретінде түсінілмеді, сондықтан шарттың күні жобаның басталу күнімен салыстырылмады.",
        "ru": "{place}: {value} не распознано как дата, поэтому дата договора не сверена с началом проекта.",
        "en": "{place}: {value} was not understood as a date, so the contract date could not be checked "
              "against the project start.",
    },
    "R8.total_unreadable": {
        "kk": "{place}: {value} сома ретінде түсінілмеді, сондықтан {socio_table} кестесінің {sum_rows} жолдары "
              "гранттың сомасымен салыстырылмады.",
        "ru": "{place}: {value} не распознано как сумма, поэтому строки {sum_rows} таблицы {socio_table} "
              "не сверены с суммой гранта.",
        "en": "{place}: {value} was not understood as an amount, so rows {sum_rows} of {socio_table} "
              "could not be checked against the grant total.",
    },
    "R8.cell_unreadable": {
        "kk": "{place}: {value} сома ретінде түсінілмеді, сондықтан {sum_rows} жолдарының қосындысы "
              "{total_field} сомасымен салыстырылмады.",
        "ru": "{place}: {value} не распознано как сумма, поэтому сумма строк {sum_rows} не сверена с {total_field}.",
        "en": "{place}: {value} was not understood as an amount, so rows {sum_rows} could not be added up "
              "and checked against {total_field}.",
    },
    "R11.not_kz": {
        "kk": "{place}: {value} қазақстандық телефон нөміріне ұқсамайды (+7 7XX XXX XX XX немесе 8 7XX XXX XX XX).",
        "ru": "{place}: {value} не похоже на казахстанский номер (+7 7XX XXX XX XX или 8 7XX XXX XX XX).",
        "en": "{place}: {value} does not look like a Kazakhstan phone number (+7 7XX XXX XX XX or 8 7XX XXX XX XX).",
    },
    "R11.no_phone": {
        "kk": "{place}: {value} ішінде телефон нөмірі табылмады.",
        "ru": "{place}: в {value} не найден номер телефона.",
        "en": "{place}: no phone number found in {value}.",
    },
    "R6.report_period_outside": {
        "kk": "{place}: есепті кезең ({report_start} – {report_end}) жобаның кезеңінен ({start} – {end}) шығып тұр.",
        "ru": "{place}: отчетный период ({report_start} – {report_end}) выходит за период проекта ({start} – {end}).",
        "en": "{place}: the reporting period ({report_start} – {report_end}) lies outside the project period ({start} – {end}).",
    },
    "R12.differs": {
        "kk": "{place}: есепте {value}, ал жобаның жоспарында (№3 қосымша) {plan_value}. Есептегі жоспарлы мән жоспармен бірдей болуы керек.",
        "ru": "{place}: в отчете {value}, а в плане проекта (приложение № 3) {plan_value}. Плановое значение отчета должно совпадать с планом.",
        "en": "{place}: the report says {value}, the project's plan (Annex 3) says {plan_value}. A report's planned value must match the plan.",
    },
    "R12.not_in_plan": {
        "kk": "{place} енді жобаның жоспарында жоқ. Ол жоспардан алынып тасталған — жолды өшіріңіз немесе жоспарды тексеріңіз.",
        "ru": "{place} больше нет в плане проекта: строка удалена из плана. Удалите её из отчета или проверьте план.",
        "en": "{place} is no longer in the project's plan: it was removed there. Remove it from the report or check the plan.",
    },
    "R12.missing": {
        "kk": "{place}: жоспардағы {value} есепте жоқ.",
        "ru": "{place}: в отчете нет {value} из плана.",
        "en": "{place}: {value} of the plan is missing from the report.",
    },
    "R13.task_without_activities": {
        "kk": "{place}: міндетте бірде-бір іс-шара жоқ.",
        "ru": "{place}: у задачи нет ни одного мероприятия.",
        "en": "{place}: the task has no activities.",
    },
    "R13.activity_without_indicator": {
        "kk": "{place}: іс-шараның бірде-бір көрсеткіші жоқ.",
        "ru": "{place}: у мероприятия нет ни одного показателя.",
        "en": "{place}: the activity has no indicator.",
    },
    "R13.no_planned_value": {
        "kk": "{place}: көрсеткіштің жоспарлы мәні жазылмаған.",
        "ru": "{place}: у показателя не указано плановое значение.",
        "en": "{place}: the indicator has no planned value.",
    },
    "R13.effect_empty": {
        "kk": "{place}: жоспарланған деңгей жазылмаған.",
        "ru": "{place}: планируемый уровень не указан.",
        "en": "{place}: the planned level is empty.",
    },
    "R13.period_unreadable": {
        "kk": "{place}: {value} — басы мен соңы түсінікті емес, сондықтан мерзімдер тексерілмейді.",
        "ru": "{place}: в {value} не удалось понять начало и конец, поэтому сроки не проверяются.",
        "en": "{place}: the start and end of {value} could not be read, so the deadlines are not checked.",
    },
    # R14: what a report owes (FORMS.md). One finding per activity names its empty places.
    "R14.activity_columns": {
        "kk": "{activity_row}: толтырылмаған — {own_columns}.",
        "ru": "{activity_row}: не заполнено — {own_columns}.",
        "en": "{activity_row}: still empty — {own_columns}.",
    },
    "R14.activity_facts": {
        "kk": "{activity_row}: көрсеткіштердің ({indicators}) {fact_columns} мәні жазылмаған.",
        "ru": "{activity_row}: не указан {fact_columns} показателей ({indicators}).",
        "en": "{activity_row}: no {fact_columns} for indicator(s) {indicators}.",
    },
    "R14.activity_both": {
        "kk": "{activity_row}: толтырылмаған — {own_columns}; көрсеткіштердің ({indicators}) {fact_columns} мәні жазылмаған.",
        "ru": "{activity_row}: не заполнено — {own_columns}; не указан {fact_columns} показателей ({indicators}).",
        "en": "{activity_row}: still empty — {own_columns}; no {fact_columns} for indicator(s) {indicators}.",
    },
    "R14.text_empty": {
        "kk": "{place} толтырылмаған — есепте бұл болуы керек.",
        "ru": "{place}: не заполнено — это должно быть в отчете.",
        "en": "{place} is empty — the report owes it.",
    },
    "R14.total_empty": {
        "kk": "{place}: жиыны жазылмаған.",
        "ru": "{place}: итог не указан.",
        "en": "{place}: the total is empty.",
    },
    "R14.table_empty": {
        "kk": "{place}: бірде-бір жол жоқ.",
        "ru": "{place}: нет ни одной строки.",
        "en": "{place} has no rows.",
    },
    "R14.socio_facts": {
        "kk": "{socio_table}: {empty_rows}-жолдарда {column} жазылмаған.",
        "ru": "{socio_table}: не указан {column} в строках {empty_rows}.",
        "en": "{socio_table}: {column} is empty in rows {empty_rows}.",
    },
}

# For a key a newer rule emits before its wording is written: never a crash, never silence.
FALLBACK = {"kk": "{place}: {key}", "ru": "{place}: {key}", "en": "{place}: {key}"}
