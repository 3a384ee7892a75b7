"""Write a valid report N times the size of seed 001, for the benchmarks.

    python bench/make_stress.py --scale 10 -o stress-10.json
    grantdesk import stress-10.json -o stress-10.grantdesk

The report has seed 001's structure, scaled: per unit of scale 7 tasks (plus the two
standard blocks every report has), 30 activities, 200 indicator rows and 10 partners, so at
--scale 10 about 70 tasks, 300 activities, 2,000 indicators and 100 partners. The text is
the seed's own Kazakh, recombined and varied (place names, numbers, dates inside the
project period); narratives are long (several paragraphs) and the report-wide texts grow
with the scale. Indicator values look like the real ones (`Кемінде 500`, `80 %`,
`7 фото / 1 видео`); facts never fall below plans, the socio-economic table agrees with the
lists, and partners have Kazakhstan phone numbers, so the report checks clean (no
problems) and any problem seen while benchmarking comes from what the benchmark typed.

Deterministic: the same scale (and --seed) always gives the same file, row ids included.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "seed_001.json"

TASKS_PER_SCALE = 7
ACTIVITIES_PER_SCALE = 30
INDICATORS_PER_SCALE = 200
PARTNERS_PER_SCALE = 10

PLACES = [
    "Ақтау қаласы", "Жаңаөзен қаласы", "Бейнеу ауданы", "Қарақия ауданы", "Мұнайлы ауданы",
    "Түпқараған ауданы", "Маңғыстау ауданы", "Форт-Шевченко қаласы", "Шетпе ауылы", "Құрық ауылы",
]
VENUES = [
    "Маңғыстау туризм колледжі ғимараты", "Renasans school фирмарты", "облыстық жастар ресурстық орталығы",
    "№{n} мектеп-гимназия акт залы", "аудандық мәдениет үйі", "Ш. Есенов атындағы университеттің кітапханасы",
    "қалалық жастар орталығы", "«Мыңқыстау» академиясының фронт-офисі",
]
MONTHS_GEN = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
              "қазан", "қараша", "желтоқсан"]
ROLES = ["Мақала жариялау", "Жаңалықтар", "Ақпараттық қолдау", "Турнир өткізуге орын беру", "Төрешілер даярлау",
         "Сыйлықтар беру", "Әдістемелік көмек", "Қатысушыларды тарту", "Бейнетүсірілім", "Кеңес беру"]
ORG_KINDS = ["газеті", "телеарнасы", "облыстық сайты", "қоғамдық қоры", "жастар ресурстық орталығы",
             "мектеп-гимназиясы", "колледжі", "ЖШС", "қоғамдық бірлестігі", "кітапханасы"]
ORG_NAMES = ["Ақкетік", "Рауан", "Қазақстан-Маңғыстау", "Отпан", "Адвер", "Мыңқыстау", "Шапағат", "Жас Ұлан",
             "Болашақ", "Ақжол", "Самұрық", "Нұр", "Арман", "Таңшолпан", "Каспий", "Ақмешіт"]
SURNAMES = ["Кушанова", "Әбдірахманов", "Сейтқалиева", "Жұмабаев", "Ермекова", "Тілеуов", "Нұрланова",
            "Бекмұхамбетов", "Оспанова", "Қайыров"]
INITIALS = ["Г.Д.", "А.С.", "Ж.Қ.", "М.Т.", "Н.Б.", "Е.О.", "Д.Р.", "С.А."]
KZ_MOBILE = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]
KZ_CITY = ["7292", "7172", "727", "7292", "7172"]  # Ақтау, Астана, Алматы

PERIOD_START, PERIOD_END = date(2024, 4, 1), date(2024, 11, 30)  # seed 001: «Сәуір -қараша 2024 жыл»


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", text.replace("\n", " ").strip())
    return [p.strip() for p in parts if len(p.strip()) > 25]


class Stress:
    def __init__(self, seed: dict, scale: int, rng: random.Random):
        self.seed, self.scale, self.rng = seed, scale, rng
        tasks = seed["tables"]["tasks"]
        acts = [a for t in tasks for a in t["activities"]]
        inds = [i for a in acts for i in a["indicators"]]
        self.task_titles = [t["title"] for t in tasks if t.get("title")]
        self.longterms = [t["longterm"] for t in tasks if t.get("longterm")] + ["Тапсырылған міндеттер орындалды"]
        self.act_names = [a["name"] for a in acts if a["name"]]
        pool = " ".join(a["narrative"] + " " + a["shortterm"] for a in acts)
        pool += " " + " ".join(v for k, v in seed["values"].items() if len(v) > 100)
        self.sentences = _sentences(pool)
        self.short_sentences = _sentences(" ".join(a["shortterm"] for a in acts)) or self.sentences
        self.indicator_names = [i["indicator"] for i in inds if i["indicator"].strip()]
        self.plans = [i["plan"] for i in inds if i["plan"].strip() and i["plan"] == i["fact"]]

    # ---- small pieces ---------------------------------------------------------------

    def vary(self, text: str, place: bool = True) -> str:
        """The seed's sentence with another place and other numbers: same shape, new text."""
        rng = self.rng
        # Standalone counts only (not "10 125 000", dates, or links).
        text = re.sub(r"(?<![\d/=.,:-])(?<!\d )\b(\d{2,3})\b(?! ?\d)(?![./:-]\d)",
                      lambda m: str(max(2, int(m.group(1)) + rng.randint(-9, 30))), text)
        if place and rng.random() < 0.35:
            text = text.rstrip(".") + f" ({rng.choice(PLACES)})."
        return text

    def paragraph(self, n_sentences: int, source: list[str] | None = None) -> str:
        source = source or self.sentences
        return " ".join(self.vary(self.rng.choice(source)) for _ in range(n_sentences))

    def narrative(self, paragraphs: int, per: tuple[int, int] = (3, 6)) -> str:
        return "\n".join(self.paragraph(self.rng.randint(*per)) for _ in range(paragraphs))

    def activity_date(self) -> str:
        rng = self.rng
        day = PERIOD_START + timedelta(days=rng.randint(0, (PERIOD_END - PERIOD_START).days - 2))
        kind = rng.random()
        if kind < 0.35:
            return "сәуір-қараша"
        if kind < 0.6:  # two days of one month (never "31-32.05.24": no such day, R10 would say so)
            first = day.day if (day + timedelta(days=1)).month == day.month else day.day - 1
            return f"{first}-{first + 1}.{day.month:02d}.{day.year % 100}"
        if kind < 0.8:
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        return f"{day.year} жылғы {day.day} {MONTHS_GEN[day.month - 1]}"

    def indicator(self) -> tuple[str, str, str]:
        rng = self.rng
        name = self.vary(rng.choice(self.indicator_names), place=False)
        kind = rng.random()
        if kind < 0.45:
            plan = rng.choice(self.plans)
            fact = plan
        elif kind < 0.6:
            n = rng.choice([5, 10, 20, 35, 50, 100, 150, 500])
            plan, fact = f"Кемінде {n}", f"{n + rng.randint(0, n // 2)}"
        elif kind < 0.7:
            p = rng.choice([60, 70, 75, 80, 90])
            plan, fact = f"{p} %", f"{min(100, p + rng.randint(0, 10))} %"
        elif kind < 0.8:
            f, v = rng.randint(3, 25), rng.randint(1, 7)
            plan = f"{f} фото / {v} видео"
            fact = plan
        else:
            n = rng.randint(1, 40)
            plan, fact = str(n), str(n + rng.choice([0, 0, 0, 1, 2, 5]))
        return name, plan, fact

    def phone(self) -> str:
        rng = self.rng
        d = [str(rng.randint(0, 9)) for _ in range(7)]
        kind = rng.random()
        if kind < 0.4:
            return f"8{rng.choice(KZ_MOBILE)}{''.join(d)}"
        if kind < 0.7:
            return f"+7 ({rng.choice(KZ_MOBILE)}) {''.join(d[:3])}-{''.join(d[3:5])}-{''.join(d[5:])}"
        if kind < 0.85:
            return f"8 {rng.choice(KZ_MOBILE)} {''.join(d[:3])} {''.join(d[3:5])} {''.join(d[5:])}"
        code = rng.choice(KZ_CITY)  # ten digits after 8 in all: a three-digit code takes seven
        local = "".join(d + [str(rng.randint(0, 9))] * 3)[: 10 - len(code)]
        return f"8 ({code}) {local[:-4]}-{local[-4:-2]}-{local[-2:]}"

    # ---- the report -----------------------------------------------------------------

    def spread(self, total: int, bins: int, low: int) -> list[int]:
        """`total` split over `bins`, each at least `low`, unevenly as real reports are."""
        counts = [low] * bins
        for _ in range(total - low * bins):
            counts[self.rng.randrange(bins)] += 1
        return counts

    def build(self) -> dict:
        rng, n = self.rng, self.scale
        seed = self.seed
        n_tasks = TASKS_PER_SCALE * n
        n_acts = ACTIVITIES_PER_SCALE * n
        n_inds = INDICATORS_PER_SCALE * n
        # Activities over plain tasks and the two standard blocks (which get a few each).
        std_acts = [max(1, n_acts // 30), max(1, n_acts // 60)]
        per_task = self.spread(n_acts - sum(std_acts), n_tasks, 1) + std_acts
        per_act = self.spread(n_inds, n_acts, 1)

        tasks, a_index = [], 0
        for t, acts_here in enumerate(per_task):
            standard = None if t < n_tasks else ("presentation", "information")[t - n_tasks]
            activities = []
            for k in range(acts_here):
                inds = []
                for j in range(per_act[a_index]):
                    name, plan, fact = self.indicator()
                    inds.append({"id": f"i{a_index + 1}-{j + 1}", "indicator": name, "plan": plan, "fact": fact})
                venue = rng.choice(VENUES).replace("{n}", str(rng.randint(1, 40)))
                detailed = rng.random() < 0.7
                activities.append({
                    "id": f"a{a_index + 1}",
                    "name": (f"{k + 1}. " if standard else "") + self.vary(rng.choice(self.act_names)),
                    "narrative": self.narrative(rng.randint(2, 4)) if detailed else self.paragraph(2),
                    "date": self.activity_date(),
                    # every place a final report owes (R14) is filled; detailed ones at length
                    "place": f"{rng.choice(PLACES)}, {venue}" if detailed else rng.choice(PLACES),
                    "participants": str(rng.randint(15, 250)),
                    "shortterm": self.paragraph(rng.randint(2, 5) if detailed else 1, self.short_sentences),
                    "indicators": inds,
                })
                a_index += 1
            row = {"id": f"t{t + 1}", "activities": activities}
            if standard:
                row["standard"] = standard
            else:
                row["title"] = self.vary(rng.choice(self.task_titles))
                row["longterm"] = self.paragraph(rng.randint(1, 3)) if rng.random() < 0.6 else rng.choice(self.longterms)
            tasks.append(row)

        partners = []
        for p in range(PARTNERS_PER_SCALE * n):
            org = f"«{rng.choice(ORG_NAMES)}» {rng.choice(ORG_KINDS)}" if rng.random() < 0.8 else \
                f"{rng.choice(SURNAMES)} {rng.choice(INITIALS)}"
            contacts = self.phone() if rng.random() < 0.7 else f"{self.phone()}, {self.phone()}"
            partners.append({"id": f"p{p + 1}", "name": org, "role": rng.choice(ROLES), "contacts": contacts,
                             "note": rng.choice(["", "", "Келісім-шарт бар", "Меморандум жасалды"])})

        values = dict(seed["values"])
        for key in ("goal_evidence", "changes", "results_concrete", "results_longterm", "results_effect",
                    "partners_analysis"):
            # The seed's own text first, then it grows with the scale.
            values[key] = "\n".join([seed["values"][key]] + [self.narrative(1, (4, 7)) for _ in range(n)])
        values["deviation"] = ""  # no fact is below its plan
        values["fill_date"] = "05.12.2024"

        project = dict(seed["project"])
        project["contract_date"] = "29.03.2024"  # before the period starts (seed 001's R6 warning)

        socio = json.loads(json.dumps(seed["tables"]["socio"]))
        socio["partners"] = {"plan": str(len(partners)), "fact": str(len(partners))}  # a count, as R9/R10 want
        for row in socio.values():  # a fact in every row (R14); the seed leaves taxes and economy empty
            row["fact"] = row.get("fact") or "0"

        return {
            "format": "grantdesk-report",
            "format_version": 1,
            "form": seed["form"],
            "lang": seed["lang"],
            "project": project,
            "values": values,
            "tables": {
                "tasks": tasks,
                "socio": socio,
                "stats_gender": seed["tables"]["stats_gender"],
                "stats_status": seed["tables"]["stats_status"],
                "stats_age": seed["tables"]["stats_age"],
                "partners": partners,
            },
        }


def make_stress(scale: int, rng_seed: int = 1) -> dict:
    if scale < 1:
        raise ValueError("scale must be 1 or more")
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    return Stress(seed, scale, random.Random(f"grantdesk-stress-{rng_seed}-{scale}")).build()


def write_stress(scale: int, out: Path, rng_seed: int = 1) -> Path:
    data = make_stress(scale, rng_seed)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=10, help="times the size of seed 001 (default 10)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1): same seed, same file")
    ap.add_argument("-o", "--output", required=True, help="the JSON report to write")
    args = ap.parse_args(argv)
    out = write_stress(args.scale, Path(args.output), args.seed)
    print(f"{out}: scale {args.scale}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
