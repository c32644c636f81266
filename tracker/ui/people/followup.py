"""After a call or live meeting: the next action agreed, and something personal to remember;
asked when Settings say so, and the answer stored through the door. The action agreed last
time with them, not yet done, is shown with a Done box (people.done, issue 22)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from tracker.commands import EditPerson, KeepAction
from tracker.kernel.model import Person
from tracker.ui.formdialog import lay_out_form

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tracker.kernel.clock import Clock
    from tracker.kernel.model import Entry
    from tracker.store.journal import Journal
    from tracker.store.prompts import Agreed
    from tracker.ui.timeline.quicklog import QuickLog

__all__ = ["FollowUpDialog", "ask_follow_up"]


class FollowUpDialog(QDialog):
    """Optional and not modal: closing it stores nothing."""

    saved = Signal(object, object)  # the updated Person, and the action last agreed if done

    def __init__(
        self, person: Person, parent: QWidget | None = None, last: Agreed | None = None
    ) -> None:
        super().__init__(parent)
        self.person = person
        self.last = last  # the action agreed last time, not yet done
        self.setWindowTitle(self.tr("After the call with %1").replace("%1", person.name))
        self.setModal(False)
        self.next_action = QLineEdit(person.next_action)
        self.next_action.setPlaceholderText(self.tr("Who does what, by when"))
        self.personal = QLineEdit()
        self.personal.setPlaceholderText(self.tr("e.g. back from holiday in Portugal"))
        form = QFormLayout()
        self.last_line = QLabel(self)
        self.last_line.setWordWrap(True)
        self.done_box = QCheckBox(self.tr("&Done"), self)
        self.done_box.setToolTip(self.tr("It was done: the review and their page count it kept"))
        if last is not None:
            said = last.text or self.tr("the next action (its words were not kept)")
            self.last_line.setText(self.tr("Last time you agreed: %1").replace("%1", said))
            self.done_box.setAccessibleDescription(self.last_line.text())
            form.addRow(self.last_line)  # the whole width: an action is a sentence
            form.addRow("", self.done_box)
            self.done_box.toggled.connect(self._done_toggled)
        else:
            self.last_line.hide()
            self.done_box.hide()
        form.addRow(self.tr("Next &action agreed:"), self.next_action)
        form.addRow(self.tr("Something &personal:"), self.personal)
        hint = QLabel(self.tr("Both are optional; they show when you next call."))
        lay_out_form(
            self, form, on_save=self._save, above=hint, cancel=QDialogButtonBox.StandardButton.Close
        )
        self.next_action.setMinimumWidth(320)

    def updated_person(self) -> Person:
        notes = self.person.notes
        personal = self.personal.text().strip()
        if personal:
            notes = f"{notes}\n{personal}".strip()
        return self.person.with_changes(next_action=self.next_action.text().strip(), notes=notes)

    def _done_toggled(self, done: bool) -> None:
        """Done: the action shown as the next one is not next any more, so its field empties
        for the new one (and fills again when Done is taken back, if nothing was typed)."""
        held = " ".join(self.next_action.text().split())
        if done and self.last is not None and held == self.last.text:
            self.next_action.clear()
            self.next_action.setFocus()
        elif not done and not held:
            self.next_action.setText(self.person.next_action)

    def kept(self) -> Agreed | None:
        """The action agreed last time, when the user says it was done."""
        return self.last if self.done_box.isChecked() else None

    def _save(self) -> None:
        self.saved.emit(self.updated_person(), self.kept())
        self.accept()


def ask_follow_up(
    calls: Sequence[Entry], journal: Journal, quicklog: QuickLog, clock: Clock
) -> FollowUpDialog | None:
    """The dialog for the first known person in the calls that just ended, shown; None when
    there is nobody to ask about or Settings turned call prompts off."""
    people = journal.people_by_id()
    person = next((people[p] for call in calls for p in call.people if p in people), None)
    if person is None or not journal.settings().call_prompts:
        return None
    dialog = FollowUpDialog(person, last=_last_agreed(journal, person, calls))
    dialog.saved.connect(
        lambda changed, kept: _store_follow_up(
            changed, calls, person, journal, quicklog, clock, kept
        )
    )
    dialog.show()
    return dialog


def _store_follow_up(
    person: Person,
    calls: Sequence[Entry],
    before: Person,
    journal: Journal,
    quicklog: QuickLog,
    clock: Clock,
    kept: Agreed | None = None,
) -> None:
    if kept is not None:  # before a new one is noted: this one was the last
        quicklog.run(KeepAction(person_id=person.id, call_id=kept.call_id))
    changes = {"notes": person.notes, "next_action": person.next_action}
    quicklog.run(EditPerson(person_id=person.id, changes=changes))
    agreed = person.next_action.strip()
    if agreed and agreed != before.next_action.strip():
        # A next action agreed after these calls: the review counts them (issue 22).
        from tracker.store.prompts import note_prompt

        for call in calls:
            if person.id in call.people:
                with contextlib.suppress(OSError):
                    note_prompt(
                        journal, call.id, "agreed", clock.now(), action=agreed, people=(person.id,)
                    )


def _last_agreed(journal: Journal, person: Person, calls: Sequence[Entry]) -> Agreed | None:
    """The action agreed after an earlier call with them (or a record merged into them), if
    it is not done yet; never one of the calls that just ended."""
    from tracker.kernel.merge import follow_merges
    from tracker.store.prompts import agreed_actions, last_agreed

    records = {p.id: p for p in journal.people(include_deleted=True)}
    ids = {i for i, p in records.items() if follow_merges(p, records).id == person.id}
    ended = {call.id for call in calls}
    found = {k: a for k, a in agreed_actions(journal).items() if k not in ended}
    last = last_agreed(found, ids)
    return None if last is None or last.kept else last
