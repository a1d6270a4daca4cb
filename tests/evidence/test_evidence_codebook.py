"""The code book: create, rename, recolour, memo, move, merge, delete — each undoable."""

from __future__ import annotations

import pytest
from project_snapshot import dump

from workbench.domain.evidence import CODE_PALETTE, EvidenceError
from workbench.services import evidence as ev
from workbench.services.project import open_project


@pytest.fixture
def coded(project_path, tmp_path):
    """A project with one transcript, codes Prezzo > (Spedizione, Sconti), Servizio; codings."""
    path = tmp_path / "t.txt"
    path.write_text("La spedizione costa troppo. Lo sconto era buono. Il servizio è lento.", "utf-8")
    with open_project(project_path) as project:
        (doc,) = ev.import_transcripts(project, path).documents
        price = ev.create_code(project, "Prezzo")
        shipping = ev.create_code(project, "Spedizione", parent_id=price.id)
        discounts = ev.create_code(project, "Sconti", parent_id=price.id)
        service = ev.create_code(project, "Servizio", colour="#123abc", memo="Assistenza")
        ev.apply_codes(project, doc.id, 3, 27, [price.id, shipping.id])
        ev.apply_codes(project, doc.id, 28, 48, [discounts.id])
        ev.apply_codes(project, doc.id, 49, 69, [service.id])
        ev.apply_codes(project, doc.id, 3, 27, [service.id])
    return project_path, doc.id, {c.name: c.id for c in (price, shipping, discounts, service)}


def test_new_codes_get_palette_colours_positions_and_tree_order(coded):
    path, _, ids = coded
    with open_project(path, readonly=True) as project:
        book = ev.code_book(project)
        assert [(s.code.name, s.depth) for s in book] == [
            ("Prezzo", 0), ("Spedizione", 1), ("Sconti", 1), ("Servizio", 0)]
        assert [s.code.colour for s in book[:3]] == list(CODE_PALETTE[:3])
        assert book[3].code.colour == "#123ABC" and book[3].code.memo == "Assistenza"
        counts = {s.code.name: (s.codings, s.codings_with_children) for s in book}
        assert counts == {"Prezzo": (1, 3), "Spedizione": (1, 1), "Sconti": (1, 1),
                          "Servizio": (2, 2)}
        assert ev.find_code(project, "prezzo/sconti").id == ids["Sconti"]
        assert ev.code_path(project, ids["Sconti"]) == "Prezzo › Sconti"


def test_rename_recolour_memo_return_the_previous_value(coded):
    path, _, ids = coded
    with open_project(path) as project:
        assert ev.rename_code(project, ids["Servizio"], "  Assistenza   clienti ") == "Servizio"
        assert ev.recolour_code(project, ids["Servizio"], "#00ff00") == "#123ABC"
        assert ev.set_code_memo(project, ids["Servizio"], "nuovo") == "Assistenza"
    with open_project(path, readonly=True) as project:
        code = ev.find_code(project, str(ids["Servizio"]))
        assert (code.name, code.colour, code.memo) == ("Assistenza clienti", "#00FF00", "nuovo")


@pytest.mark.parametrize("bad", ["red", "#12345", "#GGGGGG", ""])
def test_bad_colours_and_names_are_refused(coded, bad):
    path, _, ids = coded
    with open_project(path) as project:
        with pytest.raises(EvidenceError, match="not a colour"):
            ev.recolour_code(project, ids["Prezzo"], bad)
        with pytest.raises(EvidenceError, match="needs a name"):
            ev.create_code(project, "   ")
        with pytest.raises(EvidenceError, match="already exists"):
            ev.create_code(project, "servizio")
        with pytest.raises(EvidenceError, match="already exists"):
            ev.rename_code(project, ids["Sconti"], "Spedizione")


def test_move_reorders_reparents_and_refuses_cycles(coded):
    path, _, ids = coded
    with open_project(path) as project:
        previous = ev.move_code(project, ids["Sconti"], ids["Prezzo"], 0)
        assert previous == (ids["Prezzo"], 1)
        assert [s.code.name for s in ev.code_book(project)][:3] == ["Prezzo", "Sconti", "Spedizione"]
        ev.move_code(project, ids["Sconti"], *previous)  # undo
        assert [s.code.name for s in ev.code_book(project)][:3] == ["Prezzo", "Spedizione", "Sconti"]
        ev.move_code(project, ids["Prezzo"], ids["Servizio"])
        assert [(s.code.name, s.depth) for s in ev.code_book(project)] == [
            ("Servizio", 0), ("Prezzo", 1), ("Spedizione", 2), ("Sconti", 2)]
        for target in (ids["Prezzo"], ids["Sconti"]):
            with pytest.raises(EvidenceError, match="under itself"):
                ev.move_code(project, ids["Prezzo"], target)


def test_delete_reports_its_impact_and_restore_brings_back_every_row(coded):
    path, doc, ids = coded
    with open_project(path) as project:
        coding = project.db.scalar("SELECT id FROM codings WHERE code_id = ?", (ids["Spedizione"],))
        ev.mark_quote(project, coding_id=coding)
    before = dump(path)
    with open_project(path) as project:
        impact = ev.deletion_impact(project, ids["Prezzo"])
        assert (impact.codes, impact.children, impact.codings, impact.quotes) == (3, 2, 3, 1)
        change = ev.delete_code(project, ids["Prezzo"])
        assert change.counts["codings"] == 3 and change.counts["quotes"] == 1
        assert [s.code.name for s in ev.code_book(project)] == ["Servizio"]
        # other codings untouched, including the one on the same passage
        assert len(ev.codings_for_document(project, doc)) == 2
        ev.restore_change(project, change)
    assert dump(path) == before


def test_delete_keeping_children_moves_them_up(coded):
    path, _, ids = coded
    with open_project(path) as project:
        impact = ev.deletion_impact(project, ids["Prezzo"], keep_children=True)
        assert (impact.codes, impact.codings) == (1, 1)
        change = ev.delete_code(project, ids["Prezzo"], keep_children=True)
        assert [(s.code.name, s.depth) for s in ev.code_book(project)] == [
            ("Servizio", 0), ("Spedizione", 0), ("Sconti", 0)]  # after their new siblings
        ev.restore_change(project, change)
        assert [(s.code.name, s.depth) for s in ev.code_book(project)] == [
            ("Prezzo", 0), ("Spedizione", 1), ("Sconti", 1), ("Servizio", 0)]


def test_merge_moves_codings_collapses_duplicates_and_can_be_undone(coded):
    path, doc, ids = coded
    with open_project(path) as project:
        duplicate = project.db.scalar("SELECT id FROM codings WHERE code_id = ? AND start = 3",
                                      (ids["Servizio"],))
        quote = ev.mark_quote(project, coding_id=duplicate)
    before = dump(path)
    with open_project(path) as project:
        change = ev.merge_codes(project, ids["Servizio"], ids["Spedizione"])
        passages = ev.coded_passages(project, ids["Spedizione"])
        assert sorted((p.start, p.end) for p in passages) == [(3, 27), (49, 69)]  # one per passage
        kept = next(p for p in passages if p.start == 3)
        assert kept.quote_id == quote.id  # the quote followed the kept coding
        assert ev.find_code(project, "Spedizione")
        with pytest.raises(EvidenceError):
            ev.find_code(project, "Servizio")
        assert len(ev.codings_for_document(project, doc)) == 4  # 5 before, one collapsed
        ev.restore_change(project, change)
    assert dump(path) == before


def test_merge_refuses_itself_and_its_own_sub_code(coded):
    path, _, ids = coded
    with open_project(path) as project:
        with pytest.raises(EvidenceError, match="into itself"):
            ev.merge_codes(project, ids["Prezzo"], ids["Prezzo"])
        with pytest.raises(EvidenceError, match="own sub-code"):
            ev.merge_codes(project, ids["Prezzo"], ids["Sconti"])
        ev.merge_codes(project, ids["Sconti"], ids["Prezzo"])
        assert len(ev.coded_passages(project, ids["Prezzo"], include_children=False)) == 2
