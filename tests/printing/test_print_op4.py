"""OP4, the operator's Annex 4 entry, printed from seed 001's final report: every part in
seed 000's order and wording (kk verbatim; ru as op4.yaml words it) with the report's
values, and always the report's current values, plan amendments included."""

from __future__ import annotations

import json

import pytest

from grantdesk.checks import run_checks
from grantdesk.progress import assess
from grantdesk.document import Ref, from_json, project_from_json
from grantdesk.forms import default_registry, derived_editions, derived_views
from grantdesk.printing import render_derived, render_pdf
from tests.printing.conftest import FIXTURES, PdfText, squash

# The wording OP4 prints around the report's values, per language, in print order.
# kk: seed 000 verbatim (FORMS.md, "OP4"). ru: the seeds hold none; op4.yaml marks its own.
WORDING = {
    "kk": {
        "annex": "Үкіметтік емес ұйымдарды гранттық қаржыландыру саласындағы оператордың өз қызметінің "
                 "нәтижелері туралы есебіне 4-қосымша",
        "title": "Есепті кезеңде грант шеңберінде іске асырылған әлеуметтік жобалар туралы мәліметтер",
        "name": "Әлеуметтік жобаның атауы:",
        "part1": "1. Сандық көрсеткіштерді келтіре отырып, әлеуметтік жобаның, әлеуметтік бағдарламаның барлық "
                 "іс-шаралары бойынша жалпы ақпарат (іс-шараның күні, орны, тақырыбы мен нысаны, қатысушылар саны, "
                 "жоспарланған іс-шаралардың орындалуының толықтығы):",
        "task": "{n} міндет. {title}",
        "details": "Өткізілу күні: {date}; өткізілу орны: {place}; қатысушылардың саны: {participants}.",
        "indicator": "- {indicator}: жоспар – {plan}, факт – {fact}",
        "coverage": "Жобаға қатысу арқылы тікелей қамту – {direct} адам, жанама қамту – {indirect} адам.",
        "deviation": "3) жоспарланған нәтижелердің алынған нәтижелерге сәйкестігі, сондай-ақ жоспардан "
                     "ауытқулардың негіздемесі, егер бар болса:",
        "changes": "4) әлеуметтік жобаның, әлеуметтік бағдарламаның аяқталуы және/немесе іске асырылуы барысында "
                   "болған әлеуметтік және басқа да өзгерістерді өлшеу",
        "part2": "2. Әлеуметтік жобаға, әлеуметтік бағдарламаға қатысушылар бөлінісінде статистикалық ақпарат:",
        "gender": "Гендерлік көрсеткіш:",
        "status": "Санаттар бойынша әлеуметтік дәрежесі:",
        "age": "Жас көрсеткіші:",
        "part3": "3. Жоба нәтижелері:",
        "results_concrete": "1) көрсетілген нысаналы топтар жобаны іске асыру барысында алған нақты нәтижелер "
                            "(сандық көрсеткіштерді көрсете отырып, сапалық көрсеткіштерді сипаттай отырып):",
        "results_longterm": "2) жобаның іске асыру барысында шешілетін проблемаға ұзақ мерзімді әсері (жобадан "
                            "туындаған қандай да бір саладағы болжамды оң / теріс өзгерістердің негіздемесі):",
        "results_effect": "3) іске асырылған жобаның әлеуметтік-экономикалық әсері:",
    },
    "ru": {
        "annex": "Приложение 4 к отчету оператора о результатах своей деятельности в сфере грантового "
                 "финансирования неправительственных организаций",
        "title": "Сведения о социальных проектах, реализованных в рамках гранта в отчетном периоде",
        "name": "Наименование социального проекта:",
        "part1": "1. Общая информация по всем мероприятиям социального проекта, социальной программы с приведением "
                 "количественных показателей (дата, место, тема и форма мероприятия, количество участников, "
                 "полнота выполнения запланированных мероприятий):",
        "task": "Задача {n}. {title}",
        "details": "Дата проведения: {date}; место проведения: {place}; количество участников: {participants}.",
        "indicator": "- {indicator}: план – {plan}, факт – {fact}",
        "coverage": "Прямой охват через участие в проекте – {direct} человек, косвенный охват – {indirect} человек.",
        "deviation": "3) соответствие запланированных результатов полученным, а также обоснование отклонений от "
                     "плана, если имеются:",
        "changes": "4) измерение социальных и иных изменений, произошедших по завершении и/или в ходе реализации "
                   "социального проекта, социальной программы",
        "part2": "2. Статистическая информация в разрезе участников социального проекта, социальной программы:",
        "gender": "Гендерный показатель:",
        "status": "Социальный статус по категориям:",
        "age": "Возрастной показатель:",
        "part3": "3. Результаты проекта:",
        "results_concrete": "1) конкретные результаты, полученные указанными целевыми группами в ходе реализации "
                            "проекта (с указанием количественных показателей, описанием качественных показателей):",
        "results_longterm": "2) долгосрочное влияние проекта на решаемую в ходе его реализации проблему (обоснование "
                            "прогнозируемых положительных / отрицательных изменений в какой-либо сфере, вызванных "
                            "проектом):",
        "results_effect": "3) социально-экономический эффект реализованного проекта:",
    },
}
BLANK = "____________"
STANDARD = {
    "kk": {"presentation": "Шарт талаптарына сәйкес жоба нәтижелерінің қорытынды жария презентациясы",
           "information": "Шарт талаптарына сәйкес жобаның орындалу барысы туралы ақпараттық жұмыс"},
    "ru": {"presentation": "Итоговая публичная презентация результатов проекта в соответствии с условиями договора",
           "information": "Информационная работа о ходе реализации проекта в соответствии с условиями договора"},
}


@pytest.fixture(scope="module")
def seed():
    return json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def op4():
    return default_registry().get("op4")


@pytest.fixture
def report(seed):
    return from_json(seed, default_registry())


def print_op4(op4, report, lang: str) -> PdfText:
    return PdfText(render_derived(op4, report, lang, draft=assess(report).draft).pdf)


def _position(text: PdfText, part: str) -> int:
    return text.squashed.find(squash(part))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_op4_prints_every_part_of_the_final_report_in_seed_000s_order(seed, op4, report, lang):
    w = WORDING[lang]
    text = print_op4(op4, report, lang)
    project, values, tables = seed["project"], seed["values"], seed["tables"]

    # the parts, in the order of seed 000
    order = [w["annex"], w["title"], f"{w['name']} {project['project_name']}", w["part1"],
             w["task"].format(n=1, title=tables["tasks"][0]["title"]),
             w["coverage"].format(direct=tables["socio"]["direct"]["fact"], indirect=tables["socio"]["indirect"]["fact"]),
             w["deviation"], w["changes"], values["changes"], w["part2"], w["gender"], w["status"], w["age"],
             w["part3"], w["results_concrete"], values["results_concrete"], w["results_longterm"],
             values["results_longterm"], w["results_effect"], values["results_effect"]]
    positions = [_position(text, part) for part in order]
    assert -1 not in positions, [part for part, at in zip(order, positions) if at < 0]
    assert positions == sorted(positions)

    # 1) every task, activity (its topic and form, what was done, date, place, participants)
    # and indicator (plan and fact: how completely it was done), in the report's order
    at = 0
    numbered = iter(range(1, 100))
    for task in tables["tasks"]:
        # the two standard blocks print the form's own title, without a number (FORMS.md)
        parts = [STANDARD[lang][task["standard"]] if "standard" in task else w["task"].format(n=next(numbered), title=task["title"])]
        for m, activity in enumerate(task["activities"], start=1):
            parts.append(f"{m}. {activity['name']}")
            if activity["narrative"]:
                parts.append(activity["narrative"])
            if activity["date"] or activity["place"] or activity["participants"]:
                parts.append(w["details"].format(**{k: activity[k] or BLANK for k in ("date", "place", "participants")}))
            for ind in activity["indicators"]:
                if ind["indicator"] or ind["plan"] or ind["fact"]:
                    parts.append(w["indicator"].format(**{k: ind[k] or BLANK for k in ("indicator", "plan", "fact")}))
        for part in parts:
            found = _position(text, part)
            if found < at or found < 0:  # a long text split over a page break comes back in pieces
                assert text.has_in_order(part), part
            else:
                at = found

    # 2) the three statistics tables with the report's numbers
    for table in ("stats_gender", "stats_status", "stats_age"):
        for value in tables[table][0].values():
            assert value == "" or text.has(value)
    assert text.has("327") and text.has("320") and text.has("337")

    # nothing of the final report that OP4 does not carry
    for foreign in (values["goal_evidence"], values["partners_analysis"], "Мемлекеттік грант беру туралы",
                    "О предоставлении государственного гранта", project["org_name"]):
        assert not text.has(foreign), foreign


def test_op4_shows_the_final_report_as_it_is_now(op4, report):
    before = print_op4(op4, report, "kk")
    task = report.rows["tasks"][1]
    activity = task.children["activities"][0]
    report.set(Ref.field("deviation"), "Ауытқулар анықталған жоқ, барлығы жоспар бойынша.")
    report.set(Ref.cell("tasks.activities", activity.id, "participants"), "212")
    report.set(Ref.fixed("socio", "direct", "fact"), "917")
    report.set(Ref.cell("stats_gender", report.rows["stats_gender"][0].id, "women"), "5120")
    report.set(Ref.field("project_name"), "«Жетісу ділмарлары» пікірсайыс қозғалысы")
    after = print_op4(op4, report, "kk")
    w = WORDING["kk"]
    assert after.has(f"{w['deviation']} Ауытқулар анықталған жоқ, барлығы жоспар бойынша.")
    line = "Өткізілу күні: 2-3.11.24; өткізілу орны: Маңғыстау туризм колледжі ғимараты; қатысушылардың саны: {}."
    assert before.has(line.format("175")) and not before.has(line.format("212"))
    assert after.has(line.format("212")) and not after.has(line.format("175"))
    assert after.has(w["coverage"].format(direct="917", indirect="1 000"))
    assert not after.has(w["coverage"].format(direct="647", indirect="1 000"))
    assert after.has("5120") and not before.has("5120")
    assert after.has(f"{w['name']} «Жетісу ділмарлары» пікірсайыс қозғалысы")
    assert not before.has("Ауытқулар анықталған жоқ")


def test_op4_follows_the_plan_of_a_final_report_made_from_it(op4):
    """A final report made from seed 002's plan: OP4 prints the plan's activities and
    planned values, and an amendment of the plan at once."""
    registry = default_registry()
    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")), registry)
    final = project.new_document(registry.get("fr24"), "final", "kk")
    plan = project.plan
    activity = plan.rows["tasks"][0].children["activities"][0]
    indicator = activity.children["indicators"][0]
    text = PdfText(render_derived(op4, final, "kk").pdf)
    assert text.has_in_order(f"1. {activity.get('name')}")
    plan.set(Ref.cell("tasks.activities.indicators", indicator.id, "plan"), "кемінде 44 адам")
    plan.set(Ref.cell("tasks.activities.indicators", indicator.id, "indicator"), "Өткізілген фокус-топтар саны")
    amended = PdfText(render_derived(op4, final, "kk").pdf)
    assert amended.has("- Өткізілген фокус-топтар саны: жоспар – кемінде 44 адам, факт – ")
    assert not text.has("кемінде 44 адам")


def test_op4_is_derived_from_final_reports_only(op4, report):
    registry = default_registry()
    assert [f.id for f in derived_editions(registry, report)] == ["op4"]
    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")), registry)
    interim = project.new_document(registry.get("fr24"), "interim", "kk")
    assert derived_editions(registry, project.plan) == [] and derived_editions(registry, interim) == []
    final = project.new_document(registry.get("fr24"), "final", "ru")
    assert [(f.id, d) for f, d in derived_views(registry, project.documents)] == [("op4", final)]
    with pytest.raises(ValueError, match="final"):
        render_derived(op4, project.plan, "kk")
    with pytest.raises(ValueError, match="final"):
        render_derived(op4, interim, "kk")


def test_op4_is_a_draft_exactly_while_the_final_report_has_errors(op4, report):
    assert assess(report).draft  # seed 001's real slips
    assert print_op4(op4, report, "kk").has("НОБАЙ — есепте түзетілмеген қателер немесе толтырылмаған орындар бар")
    for problem in [p for p in run_checks(report) if p.severity == "error"]:
        assert problem.ref is not None  # each one leads into the final report
    assert print_op4(op4, report, "ru").has("ЧЕРНОВИК")
    report.set(Ref.fixed("socio", "partners", "fact"), "4")
    report.set(Ref.fixed("socio", "partners", "plan"), "4")
    report.set(Ref.field("contract_date"), "30.03.2024")
    assert assess(report).draft  # still owed: seed 001's empty places (R14)
    assert print_op4(op4, report, "kk").has("НОБАЙ")
    for p in [p for p in run_checks(report) if p.rule == "R14"]:
        report.set(p.ref, "1")  # the first empty place of each finding, until none is left
    while (owed := [p for p in run_checks(report) if p.rule == "R14"]):
        for p in owed:
            report.set(p.ref, "1")
    assert not assess(report).draft
    assert not print_op4(op4, report, "kk").has("НОБАЙ")


def test_op4_does_not_change_how_the_report_itself_prints(report):
    text = PdfText(render_pdf(report).pdf)
    assert text.has("Әлеуметтік жобаны іске асыру нәтижелері бойынша қорытынды есеп")
    assert not text.has(WORDING["kk"]["annex"])


def test_typed_markup_and_braces_print_as_typed_in_op4(op4, report):
    activity = report.rows["tasks"][0].children["activities"][1]
    report.set(Ref.cell("tasks.activities", activity.id, "narrative"), "<b>{direct}</b> & {n} «қалды»")
    report.set(Ref.fixed("socio", "indirect", "fact"), "{indirect} <i>3000</i>")
    report.set(Ref.field("deviation"), "")
    report.set(Ref.fixed("socio", "direct", "fact"), "")
    text = print_op4(op4, report, "kk")
    assert text.has("<b>{direct}</b> & {n} «қалды»")
    # an empty cell prints as a blank to fill in; what was typed prints as typed
    assert text.has(f"тікелей қамту – {BLANK} адам, жанама қамту – {{indirect}} <i>3000</i> адам.")
