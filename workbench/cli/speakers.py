"""``workbench speakers``: who speaks in the transcripts, their roles, coding a speaker's turns.

Speakers are kept per project by their key ("Interviewer1:" and "interviewer 1:" are one
speaker); each has one role, interviewer or respondent, guessed at import and confirmed or
corrected once for the whole project. Themes, search and counts read respondents' turns by
default, so a wrong role changes what they read.

``workbench speakers PROJECT`` lists the speakers; ``--detect`` finds the turns of every
document again, ``--set LABEL=ROLE`` corrects roles, ``--confirm`` accepts the guessed ones,
``--code-speaker LABEL --code CODE`` codes every turn of a speaker. The changes of one command
are made together or not at all.

Text by default; ``--json`` prints one document (keys in the README, "Machine-readable
output"): schema (``persona-workbench/speakers/1``), project, speakers (each: id, key, label,
role, confirmed, guessed_from, documents, turns, characters), changes (each: id, label, old,
new, was_confirmed), confirmed (ids of speakers whose guessed role was accepted), detected
(with --detect: one per document, as in the import report's ``documents``; else null),
coded (with --code-speaker: speaker, codes, codings; else null).

The per-document report (``document_reports``) is shared with ``workbench documents``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.cli.common import AddCommand, _out, _progress_printer, count
from workbench.errors import WorkbenchError
from workbench.i18n import translate

#: Version of the ``--json`` document's shape.
JSON_VERSION = 1


# --------------------------------------------------------------------------- words


def language_name(code: str | None) -> str:
    """A language code as a name in the user's language ("en" -> "English")."""
    names = {
        "en": translate("Speakers", "English"),
        "it": translate("Speakers", "Italian"),
        "fr": translate("Speakers", "French"),
        "de": translate("Speakers", "German"),
        "es": translate("Speakers", "Spanish"),
        "pt": translate("Speakers", "Portuguese"),
        "nl": translate("Speakers", "Dutch"),
    }
    if code is None or code == "und":
        return translate("Speakers", "language not recognised")
    return names.get(code, code)


def role_name(role) -> str:
    from workbench.domain.speakers import SpeakerRole

    return (translate("Speakers", "interviewer") if role == SpeakerRole.INTERVIEWER
            else translate("Speakers", "respondent"))


def _how(speaker) -> str:
    """Whether a role is confirmed, or how it was guessed."""
    if speaker.confirmed:
        return translate("Speakers", "confirmed")
    return {
        "label": translate("Speakers", "guessed from the label"),
        "questions": translate("Speakers", "guessed: asks the questions"),
    }.get(speaker.guessed_from, translate("Speakers", "guessed by default"))


#: Role words accepted by --set (English and Italian).
_ROLE_WORDS = {
    "interviewer": "interviewer", "intervistatore": "interviewer",
    "intervistatrice": "interviewer",
    "respondent": "respondent", "rispondente": "respondent", "intervistato": "respondent",
    "intervistata": "respondent",
}


def parse_assignments(pairs: list[str]) -> list[tuple[str, str, str]]:
    """--set LABEL=ROLE pairs as (pair, label, role word); a clear error for a malformed one."""
    parsed = []
    for pair in pairs:
        label, sep, role = pair.rpartition("=")
        if not sep or not label.strip() or not role.strip():
            raise WorkbenchError(translate(
                "Speakers", "--set expects LABEL=ROLE, for example --set \"Maria=respondent\"; "
                "got '{pair}'.").format(pair=pair))
        parsed.append((pair, label.strip(), role.strip()))
    return parsed


def _role_of(word: str):
    from workbench.domain.speakers import SpeakerRole

    found = _ROLE_WORDS.get(word.casefold())
    return None if found is None else SpeakerRole(found)


# --------------------------------------------------------------------------- per document


def document_reports(project, documents) -> list[dict]:
    """What was found in these documents (``DocumentSummary`` items): speakers, turns, language.

    Plain dicts with the documented ``--json`` keys: id, title, origin, characters,
    customer_id, language, turns, speakers (id, key, label, role, confirmed, guessed_from,
    turns; in order of first appearance). Read-only.
    """
    from workbench.analysis.language import detect_language
    from workbench.services.evidence import open_document
    from workbench.services.speakers import document_turns

    reports = []
    for document in documents:
        turns = document_turns(project, document.id)
        counts: dict[int, int] = {}
        speakers = {}
        for view in turns:
            counts[view.speaker.id] = counts.get(view.speaker.id, 0) + 1
            speakers.setdefault(view.speaker.id, view.speaker)
        # The language as detection stores it: of the spoken words, or of the whole body.
        spoken = ("\n".join(view.text for view in turns) if turns
                  else open_document(project, document.id).document.body)
        reports.append({
            "id": document.id,
            "title": document.title,
            "origin": document.origin,
            "characters": document.length,
            "customer_id": document.customer_id,
            "language": detect_language(spoken),
            "turns": len(turns),
            "speakers": [{"id": s.id, "key": s.key, "label": s.label, "role": s.role.value,
                          "confirmed": s.confirmed, "guessed_from": s.guessed_from,
                          "turns": counts[s.id]} for s in speakers.values()],
        })
    return reports


def document_line(report: dict) -> str:
    """One document's speakers and language, as the import report prints them."""
    from workbench.domain.speakers import THEME_LANGUAGES, SpeakerRole

    speakers = report["speakers"]
    if speakers:
        found = translate("Speakers", "{n} speakers: {speakers}").format(
            n=count(len(speakers)), speakers=", ".join(
                (translate("Speakers", "{label} ({role}, 1 turn)") if s["turns"] == 1 else
                 translate("Speakers", "{label} ({role}, {turns} turns)")).format(
                    label=s["label"], role=role_name(SpeakerRole(s["role"])), turns=count(s["turns"]))
                for s in speakers))
    else:
        found = translate("Speakers", "no speaker labels: read as one text")
    language = report["language"]
    said = language_name(language)
    if language not in THEME_LANGUAGES and language not in (None, "und"):
        said = translate("Speakers", "{language}: left out of themes (no stop words for "
                         "this language)").format(language=said)
    return f"{found}  · {said}"


def guessed_speakers(reports: list[dict]) -> int:
    """How many distinct speakers of these reports still have a guessed role."""
    return len({s["id"] for r in reports for s in r["speakers"] if not s["confirmed"]})


def check_roles_hint(project_path: Path) -> str:
    return translate("Speakers", "Some roles were guessed. Check the roles with: workbench "
                     "speakers {project}").format(project=project_path)


# --------------------------------------------------------------------------- the command


def cmd_speakers(args: argparse.Namespace) -> int:
    from workbench.progress import Task
    from workbench.services import speakers as service
    from workbench.services.project import open_project

    if (args.code_speaker is None) != (not args.code):
        raise WorkbenchError(translate(
            "Speakers", "--code-speaker and --code go together: --code-speaker LABEL --code "
            "CODE codes every turn of that speaker."))
    assignments = parse_assignments(args.set or [])
    changes: list[dict] = []
    confirmed: list[int] = []
    detected = None
    coded = None
    show = sys.stderr.isatty() and not args.quiet and not args.json
    with open_project(args.project) as project:
        with project.db.transaction():  # everything this command changes, or nothing
            if args.detect:
                found = service.detect_speakers(project, task=Task(_progress_printer(show)))
                if show:
                    print(file=sys.stderr)
                from workbench.services.evidence import list_documents

                summaries = {d.id: d for d in list_documents(project)}
                detected = document_reports(
                    project, [summaries[r.document_id] for r in found
                              if r.document_id in summaries])
            else:
                service.ensure_detected(project)  # documents imported by an older version
            changes = _set_roles(project, assignments, args.project)
            if args.confirm:
                confirmed = service.confirm_speakers(project)
            if args.code_speaker is not None:
                coded = _code_speaker(project, args.code_speaker, args.code)
        listing = service.list_speakers(project)
    if args.json:
        from workbench.cli.json_output import schema, write_json

        write_json({
            "schema": schema("speakers", JSON_VERSION),
            "project": str(args.project),
            "speakers": [_speaker_json(s) for s in listing],
            "changes": changes,
            "confirmed": confirmed,
            "detected": detected,
            "coded": coded,
        })
        return 0
    if detected is not None:
        for report in detected:
            _out(translate("Speakers", "Document {id}: {title}").format(
                id=report["id"], title=report["title"]))
            _out("  " + document_line(report))
        _out(translate("Speakers", "Speakers found again in {n} documents.").format(
            n=count(len(detected))))
    for change in changes:
        _out(translate("Speakers", "{label}: {old} → {new}").format(
            label=change["label"], old=role_name(change["old"]), new=role_name(change["new"])))
    if args.confirm:
        _out(translate("Speakers", "{n} guessed roles confirmed.").format(n=count(len(confirmed))))
    if coded is not None:
        _out(translate("Speakers", "Coded {n} turns of {speaker} with {codes}.").format(
            n=count(coded["codings"]), speaker=coded["label"], codes=", ".join(coded["code_names"])))
    _print_listing(listing, args.project)
    return 0


def _set_roles(project, assignments: list[tuple[str, str, str]], project_path: Path
               ) -> list[dict]:
    """Apply every --set pair, or none: all problems are named in one error."""
    from workbench.errors import EvidenceError
    from workbench.services import speakers as service

    problems: list[str] = []
    resolved = []
    for pair, label, word in assignments:
        role = _role_of(word)
        if role is None:
            problems.append(translate(
                "Speakers", "'{role}' (in --set {pair}) is not a speaker role: use interviewer "
                "or respondent.").format(role=word, pair=pair))
        try:
            speaker = service.find_speaker(project, label)
        except EvidenceError:
            problems.append(translate(
                "Speakers", "No speaker is called '{label}' (in --set {pair}).").format(
                label=label, pair=pair))
            continue
        if role is not None:
            resolved.append((speaker, role))
    if problems:
        problems.append(translate(
            "Speakers", "Nothing was changed. List the speakers with: workbench speakers "
            "{project}").format(project=project_path))
        raise EvidenceError("\n".join(problems))
    changes = []
    for speaker, role in resolved:
        old_role, was_confirmed = service.set_speaker_role(project, speaker.id, role)
        changes.append({"id": speaker.id, "label": speaker.label, "old": old_role.value,
                        "new": role.value, "was_confirmed": was_confirmed})
    return changes


def _code_speaker(project, label: str, code_names: list[str]) -> dict:
    from workbench.services.evidence import code_path, find_code
    from workbench.services.speakers import code_speaker, find_speaker

    speaker = find_speaker(project, label)
    codes = [find_code(project, name) for name in code_names]
    codings = code_speaker(project, speaker.id, [c.id for c in codes])
    return {"speaker": speaker.id, "label": speaker.label, "codes": [c.id for c in codes],
            "code_names": [code_path(project, c.id) for c in codes], "codings": len(codings)}


def _speaker_json(summary) -> dict:
    speaker = summary.speaker
    return {"id": speaker.id, "key": speaker.key, "label": speaker.label,
            "role": speaker.role.value, "confirmed": speaker.confirmed,
            "guessed_from": speaker.guessed_from, "documents": summary.documents,
            "turns": summary.turns, "characters": summary.characters}


def _print_listing(listing, project_path: Path) -> None:
    from workbench.i18n import format_number

    if not listing:
        _out(translate("Speakers", "No speakers yet: import transcripts with 'workbench "
                       "documents {project} FOLDER'.").format(project=project_path))
        return
    headers = [translate("Speakers", "id"), translate("Speakers", "speaker"),
               translate("Speakers", "key"), translate("Speakers", "role"),
               translate("Speakers", "how"), translate("Speakers", "documents"),
               translate("Speakers", "turns"), translate("Speakers", "characters")]
    rows = [[str(s.speaker.id), s.speaker.label, s.speaker.key, role_name(s.speaker.role),
             _how(s.speaker), format_number(s.documents, 0), format_number(s.turns, 0),
             format_number(s.characters, 0)] for s in listing]
    right = {0, 5, 6, 7}
    widths = [max(len(h), *(len(r[c]) for r in rows)) for c, h in enumerate(headers)]
    for cells in [headers, *rows]:
        _out("  ".join(cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
                       for c, cell in enumerate(cells)).rstrip())
    guessed = sum(1 for s in listing if not s.speaker.confirmed)
    if guessed:
        _out(translate("Speakers", "{n} roles are guessed: accept them with --confirm or "
                       "correct them with --set LABEL=ROLE.").format(n=count(guessed)))


# --------------------------------------------------------------------------- registration


def register(add: AddCommand) -> None:
    """Add the speakers command to the parser."""
    sub = add("speakers", translate(
        "Speakers", "List who speaks in the transcripts (label, key, role, whether the role is "
        "confirmed or how it was guessed, documents, turns, spoken characters), and set their "
        "roles once for the whole project. Themes, search and counts read respondents' turns "
        "by default. The changes of one command are made together or not at all."),
        cmd_speakers)
    sub.add_argument("project", type=Path, help=translate("Cli", "project file"))
    sub.add_argument("--set", nargs="+", metavar="LABEL=ROLE", help=translate(
        "Speakers", "give speakers a role, by label, key or id: interviewer or respondent "
        "(intervistatore, rispondente); the role is then confirmed"))
    sub.add_argument("--confirm", action="store_true", help=translate(
        "Speakers", "accept every guessed role as it is"))
    sub.add_argument("--detect", action="store_true", help=translate(
        "Speakers", "find the speakers and turns of every document again (confirmed roles are "
        "kept, codings do not move); progress on standard error"))
    sub.add_argument("--code-speaker", metavar="LABEL", help=translate(
        "Speakers", "code every turn of this speaker (label, key or id) with --code"))
    sub.add_argument("--code", action="append", metavar="CODE", help=translate(
        "Speakers", "with --code-speaker: the code (name, Parent/Child path or id); repeat for "
        "more codes"))
    sub.add_argument("--quiet", action="store_true", help=translate(
        "Cli", "do not show progress"))
    sub.add_argument("--json", action="store_true", help=translate(
        "Cli", "print a JSON document (keys in the README)"))
