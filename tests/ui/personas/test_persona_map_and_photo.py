"""The persona set's map and the persona's photo, on real project files."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialogButtonBox
from test_personas_area import TIMEOUT, open_and_show

from workbench.analysis import persona_map as persona_map_module
from workbench.services.personas import persona_members, personas_of, run_personas, update_persona
from workbench.services.project import open_project
from workbench.ui.personas.map_view import PICK_RADIUS, UNASSIGNED_COLOR, collection_color
from workbench.ui.personas.photo import MAX_PHOTO_SIDE, photo_png
from workbench.ui.personas.set_view import MAP_TAB


def show_map(area, qtbot):
    with qtbot.waitSignal(area.map_shown, timeout=TIMEOUT):
        area.set_view.show_tab(MAP_TAB)
    return area.set_view.map


def dots(panel) -> int:
    return sum(len(ids) for _collection, ids, _position in panel.groups)


def draw_portrait(path, width: int = 1200, height: int = 900) -> str:
    """A picture drawn for the test: a face-like circle on a coloured background."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#9EC5E8"))
    painter = QPainter(image)
    painter.setBrush(QColor("#E0B08A"))
    painter.drawEllipse(QRectF(width * 0.35, height * 0.2, width * 0.3, height * 0.5))
    painter.end()
    assert image.save(str(path))
    return str(path)


def test_map_shows_each_persona_in_its_cards_colour_and_every_clustered_customer(
        window, qtbot, clustered_project):
    path, set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    assert area.set_view.map.isHidden()

    panel = show_map(area, qtbot)
    assert panel.isVisibleTo(area) and area.set_view.grid.isHidden()
    members = persona_members(window.project, set_id)
    unassigned = [m for m in members if m["persona_id"] is None]
    assert unassigned  # the planted data have a few
    cards = area.set_view.cards
    assert len(panel.groups) == len(cards) + 1  # one per persona, then those fitting none
    assert len(panel.axes.collections) == len(panel.groups)
    for card, (collection, ids, position) in zip(cards, panel.groups, strict=False):
        assert position == card.persona.position
        assert collection_color(collection).name() == card.color.name()
        assert len(ids) == card.persona.size
    crosses, ids, position = panel.groups[-1]
    assert position is None and sorted(ids) == sorted(m["customer_id"] for m in unassigned)
    assert collection_color(crosses).name() == QColor(UNASSIGNED_COLOR).name()
    assert dots(panel) == len(members) == 246 and panel.sample_note.isHidden()
    legend = [text.get_text() for text in panel.axes.get_legend().get_texts()]
    assert legend[0].startswith(cards[0].persona.name) and "Fitting no persona" in legend[-1]
    assert panel.axes.get_xlabel().startswith("Axis 1 · ")
    assert "to the right:" in panel.axes.get_xlabel()

    # clicking a dot says which customer it is and in which persona
    collection, ids, _position = panel.groups[1]
    qtbot.waitUntil(lambda: panel.canvas.width() > 400)  # laid out in the page
    qtbot.wait(50)
    panel.canvas.draw()
    x, y = panel.axes.transData.transform(collection.get_offsets()[0])
    ratio = panel.canvas.devicePixelRatioF()
    click = QPoint(round(x / ratio), round(panel.canvas.height() - y / ratio))
    with qtbot.waitSignal(panel.customer_picked, timeout=TIMEOUT) as picked:
        qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=click)
    customer = picked.args[0]
    member = next(m for m in members if m["customer_id"] == customer)
    row = panel.set_map.placed.ids.index(customer)
    px, py = panel.axes.transData.transform((panel.set_map.placed.x[row],
                                             panel.set_map.placed.y[row]))
    assert (px - x) ** 2 + (py - y) ** 2 <= (PICK_RADIUS * ratio) ** 2
    assert member["label"] in panel.picked_label.text()
    assert (member["persona_name"] or "fits no persona") in panel.picked_label.text()

    # a renamed persona is renamed in the legend too
    editor = area.edit_persona(cards[0].persona.id)
    editor.name_edit.setText("Renamed on the map")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    legend = [text.get_text() for text in panel.axes.get_legend().get_texts()]
    assert legend[0].startswith("Renamed on the map")


def test_gower_set_on_mixed_data_is_mapped_as_a_sample_and_says_so(window, qtbot,
                                                                   clustered_project,
                                                                   monkeypatch):
    path, _four = clustered_project
    with open_project(path) as project:
        gower = run_personas(project, k=4, seed=0, algorithm="gower", name="Gower",
                             features=["Age", "Income", "Loyalty tier", "Web visits"])
    monkeypatch.setattr(persona_map_module, "MAX_POINTS", 100)
    area = open_and_show(window, qtbot, path)
    assert area.set_view.set_id == gower

    panel = show_map(area, qtbot)
    assert dots(panel) == 100
    assert panel.sample_note.isVisibleTo(area)
    assert "100 of the 246 customers" in panel.sample_note.text()
    assert [g[2] for g in panel.groups if g[2] is not None] == [0, 1, 2, 3]
    # the legend counts the personas' customers, as the cards do, not the sampled dots
    legend = [text.get_text() for text in panel.axes.get_legend().get_texts()]
    for text, card in zip(legend, area.set_view.cards, strict=False):
        assert text.endswith(f" · {card.persona.size}")


def test_chosen_photo_is_stored_as_png_shown_on_the_card_and_undo_restores_initials(
        window, qtbot, messages, clustered_project, tmp_path, monkeypatch):
    path, set_id = clustered_project
    area = open_and_show(window, qtbot, path)
    card = area.set_view.cards[0]
    persona_id = card.persona.id
    assert not card.avatar.has_photo

    editor = area.edit_persona(persona_id)
    not_a_picture = tmp_path / "notes.jpg"
    not_a_picture.write_text("not a picture", "utf-8")
    monkeypatch.setattr(editor, "_ask_photo_path", lambda: str(not_a_picture))
    qtbot.mouseClick(editor.photo_button, Qt.MouseButton.LeftButton)
    assert editor.photo_message.isVisibleTo(editor) and editor.photo is None
    assert not editor.initials_button.isEnabled()

    portrait = draw_portrait(tmp_path / "portrait.jpg")
    monkeypatch.setattr(editor, "_ask_photo_path", lambda: portrait)
    qtbot.mouseClick(editor.photo_button, Qt.MouseButton.LeftButton)
    assert editor.photo_message.isHidden() and editor.avatar.has_photo
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def stored_photo() -> bytes | None:
        return next(p.photo for p in personas_of(window.project, set_id) if p.id == persona_id)

    photo = stored_photo()
    assert photo is not None and photo.startswith(b"\x89PNG")
    image = QImage.fromData(photo)
    assert (image.width(), image.height()) == (MAX_PHOTO_SIDE, MAX_PHOTO_SIDE * 900 // 1200)
    assert card.avatar.has_photo

    window.undo_action.trigger()
    assert stored_photo() is None and not card.avatar.has_photo
    window.redo_action.trigger()
    assert stored_photo() == photo and card.avatar.has_photo

    # "Use initials" is an edit like any other
    editor = area.edit_persona(persona_id)
    assert editor.initials_button.isEnabled()
    qtbot.mouseClick(editor.initials_button, Qt.MouseButton.LeftButton)
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert stored_photo() is None and not card.avatar.has_photo
    window.undo_action.trigger()
    assert stored_photo() == photo

    window.close_project()  # kept in the file, not only on screen
    with open_project(path) as reopened:
        assert next(p.photo for p in personas_of(reopened, set_id) if p.id == persona_id) == photo
    assert not messages.shown


def test_read_only_project_shows_the_photo_but_offers_no_way_to_change_it(window, qtbot,
                                                                           clustered_project,
                                                                           tmp_path):
    path, set_id = clustered_project
    with open_project(path) as project:
        persona = personas_of(project, set_id)[1]
        update_persona(project, persona.id, photo=photo_png(draw_portrait(tmp_path / "p.png",
                                                                          300, 300)))
    area = open_and_show(window, qtbot, path, readonly=True)

    card = area.set_view.card_for(persona.id)
    assert card.avatar.has_photo
    assert not area.set_view.cards[0].avatar.has_photo
    assert card.edit_button.isHidden()
    assert area.edit_persona(persona.id) is None  # so no photo can be chosen or removed
