"""The expected results the corpus's generators (make_round21h.py on) write
beside each plan: the .toml the import tests compare the importer's reading
with (a comment naming the family and the assumptions, the header, then
each task's title, lead, partners, deadline, start and named official), and
the document
written together with it."""

from pathlib import Path


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_text(comment: str, header: dict, tasks: list[dict]) -> str:
    """The expected result: `comment` (the family and the assumptions), the
    header, then each task's title, lead, partners, deadline and (where the
    document gives them) start and named official."""
    out = [f"# {line}".rstrip() for line in comment.strip().splitlines()]
    out.append("[header]")
    for name, value in header.items():
        if isinstance(value, int):
            out.append(f"{name} = {value}")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            # A joint plan's other bodies: one inline table each.
            tables = [
                "{" + ", ".join(f"{k} = {_quoted(v)}" for k, v in row.items()) + "}"
                for row in value
            ]
            out.append(f"{name} = [{', '.join(tables)}]")
        elif isinstance(value, list):
            out.append(f"{name} = [{', '.join(_quoted(v) for v in value)}]")
        else:
            out.append(f"{name} = {_quoted(value)}")
    for task in tasks:
        out += ["", "[[tasks]]", f"title = {_quoted(task['title'])}"]
        if task.get("lead"):
            out.append(f"lead = {_quoted(task['lead'])}")
        if task.get("coordinating"):
            units = ", ".join(_quoted(u) for u in task["coordinating"])
            out.append(f"coordinating = [{units}]")
        for name in ("deadline", "start"):
            if task.get(name):
                out.append(f'{name} = "{task[name]}"')
        if task.get("official"):
            out.append(f"official = {_quoted(task['official'])}")
    return "\n".join(out) + "\n"


def commune_header(
    place: str,
    number: str,
    date: str,
    title: str,
    signer: str,
    recipients: int,
    signer_title: str = "CHỦ TỊCH",
) -> dict:
    """The expected header of a commune People's Committee's plan signed
    "TM. ỦY BAN NHÂN DÂN" by its chairman (or `signer_title`), the issuer in
    capitals as the document's top-left block writes it."""
    return {
        "number": number,
        "symbol": "KH-UBND",
        "place": place,
        "date": date,
        "title": title,
        "issuer": f"ỦY BAN NHÂN DÂN XÃ {place.upper()}",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": signer_title,
        "signer": signer,
        "recipients": recipients,
    }


def write(
    folder: Path, name: str, data, comment: str, header: dict, tasks: list[dict]
) -> None:
    """`data` (text or bytes) as `folder`/`name`, and its expected result
    beside it under the same name with .toml."""
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    path.with_suffix(".toml").write_text(
        toml_text(comment, header, tasks), encoding="utf-8"
    )


def as_tasks(rows) -> list[dict]:
    """Expected tasks from rows (title, lead, partners, …, deadline): the
    fields between the partners and the deadline are the document's own."""
    return [
        {"title": title, "lead": lead, "coordinating": partners, "deadline": day}
        for title, lead, partners, *_, day in rows
    ]
