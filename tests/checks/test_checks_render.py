"""Messages: the app's language for the sentence, the row names and the quoted labels of fields
and columns (as the screen shows them), whatever language the report prints in."""

import re

import pytest

from grantdesk.checks import Problem, problem_to_json, render_message, run_checks
from grantdesk.checks.messages import MESSAGES, UI_LANGUAGES
from grantdesk.document import Ref

FACT = Ref.cell("tasks.activities.indicators", "i2", "fact")


def below_plan(doc):
    doc.set(FACT, "480")
    [problem] = [p for p in run_checks(doc) if p.rule == "R7"]
    return problem


@pytest.mark.parametrize("ui, rows, deviation", [
    ("kk", "2-міндет, 1-іс-шара, 1-көрсеткіш", "жоспардан ауытқудың негіздемесі"),
    ("ru", "Задача 2, мероприятие 1, показатель 1", "обоснование отклонения от плана"),
    ("en", "Task 2, Activity 1, Indicator 1", "reasons for any deviation from the plan"),
])
def test_kk_report_labels_in_every_app_language(doc, ui, rows, deviation):
    message = render_message(below_plan(doc), doc, ui)
    assert message.startswith(rows)  # row names are words of the sentence: the app's language
    assert deviation in message  # the deviation field's label as the screen shows it
    assert "480" in message and "500" in message
    if ui != "kk":
        assert "ауытқу" not in message  # no kk label inside a ru or en sentence


@pytest.mark.parametrize("ui, labels, foreign", [
    ("kk", ("Тікелей", "Гендерлік"), "Количество"),
    ("ru", ("Количество прямых бенефициаров", "Фактический уровень", "Гендерный показатель",
            "Всего участников проекта"), "Тікелей"),
    ("en", ("Direct beneficiaries", "Actual level", "By gender", "All project participants"), "Количество"),
])
def test_ru_report_labels_in_every_app_language(make_report, ui, labels, foreign):
    doc = make_report("ru")
    doc.set(Ref.fixed("socio", "direct", "fact"), "650")
    [problem] = run_checks(doc)
    message = render_message(problem, doc, ui)
    assert all(label in message for label in labels), message
    assert foreign not in message


def test_each_app_language_has_its_own_wording(doc):
    problem = below_plan(doc)
    kk, ru, en = (render_message(problem, doc, lang) for lang in ("kk", "ru", "en"))
    assert "жоспардан" in kk and "төмен" in kk
    assert "ниже плана" in ru
    assert "below the plan" in en
    assert render_message(problem, doc, "de") == en  # unknown app language reads English


def test_ru_report_positions(make_report):
    doc = make_report("ru")
    message = render_message(below_plan(doc), doc, "kk")
    assert message.startswith("2-міндет, 1-іс-шара, 1-көрсеткіш «Пікірсайысшылар саны», «факт» бағаны:")


def test_stats_row_named_by_table_and_label(doc):
    row = doc.add_row("stats_age", cells={"label": "Шағын гранттар бойынша", "total": "100", "age_13_16": "90"})
    [problem] = [p for p in run_checks(doc) if p.rule == "R3"]
    assert problem.ref.row == row.id
    message = render_message(problem, doc, "ru")
    assert message.startswith("Таблица «Возрастной показатель», строка 2 «Шағын гранттар бойынша»")  # labels in the app's language; the row's own value as typed
    assert "100" in message and "90" in message and "возрастных групп" in message


def test_numbers_grouped_for_reading(doc):
    doc.set(Ref.field("grant_total"), "7 000 000")
    [problem] = [p for p in run_checks(doc) if p.rule == "R8" and p.ref.column == "plan"]
    assert problem.params["sum"] == "10125000"  # plain in the data
    assert "10\u00a0125\u00a0000" in render_message(problem, doc, "en")  # grouped in the words


def test_field_and_fixed_cell_places(doc):
    doc.set(Ref.field("contract_number"), "")
    doc.set(Ref.fixed("socio", "partners", "fact"), "Ақкетік газеті, Рауан газеті")
    messages = [render_message(p, doc, "kk") for p in run_checks(doc)]
    assert messages[0] == "«Шарттың нөмірі» бос қалған — оны толтыру міндетті."
    assert messages[1].startswith(
        "«Әлеуметтік жоба серіктестерінің саны (заңды және/немесе жеке тұлғалар)» жолы, «Нақты деңгейі» бағаны:"
    )


def test_problem_to_json(doc):
    problem = below_plan(doc)
    assert problem_to_json(problem, doc, "en") == {
        "rule": "R7",
        "severity": "error",
        "path": "tasks[2].activities[1].indicators[1].fact",
        "message": render_message(problem, doc, "en"),
    }


def test_a_problem_on_a_removed_row_still_renders(doc):
    problem = below_plan(doc)
    doc.remove_row("t2")
    assert render_message(problem, doc, "kk")


def test_every_message_in_every_language():
    for key, by_lang in MESSAGES.items():
        assert set(by_lang) == set(UI_LANGUAGES), key
        fields = {lang: set(re.findall(r"{(\w+)}", text)) for lang, text in by_lang.items()}
        assert fields["kk"] == fields["ru"] == fields["en"], key


def test_unknown_key_never_crashes(doc):
    problem = Problem("R99", "warning", Ref.field("goal"), "R99.new", {"x": "1"})
    assert "R99.new" in render_message(problem, doc, "kk")
