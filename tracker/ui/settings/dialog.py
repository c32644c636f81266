"""Settings on three pages: the nudges (own team, when they may appear and how many, how often
to stay in touch, call prompts, the weekly review), the desktop (start with the session, away,
calls, the shortcut, language, the week's first day) and the data (own addresses, calendars,
devices, export, the log). Stored in the data folder with the rest."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from tracker.kernel.model import ValidationError
from tracker.kernel.settings import Settings, validate_settings
from tracker.ui.errors import error_text
from tracker.ui.formdialog import lay_out_form
from tracker.ui.settings.microphone import MicrophoneRow

__all__ = ["SettingsDialog"]


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        autostart=None,
        parent: QWidget | None = None,
        calendars: QWidget | None = None,
        export=None,
        away=None,
        microphone=None,
        shortcut=None,
        devices: QWidget | None = None,
    ):
        """`export(parent)` saves everything as a JSON backup (Export everything...); `away`
        (tracker/ui/away/watch.py AwayQuestions) has the `names` of what tells Dayweave the
        user is away (none: nothing here); `microphone` (tracker/ui/away/microphone.py) the
        `name` of the sound server that tells of calls ("" or none: nothing here); `shortcut`
        is the global shortcut (tracker/ui/shortcut/choose.py GlobalShortcut)."""
        super().__init__(parent)
        self.original = settings
        self.autostart = autostart
        self.setWindowTitle(self.tr("Dayweave settings"))
        self.own_team = QLineEdit(settings.own_team)
        self.own_team.setPlaceholderText(self.tr("e.g. Product"))
        self.own_emails = QLineEdit(", ".join(settings.own_emails))
        self.own_emails.setPlaceholderText(self.tr("me@work.example, me@home.example"))
        hours, day_row = self._nudge_times(settings)
        self.max_nudges = _spin(0, 20, settings.max_nudges_per_day)
        self.every = _spin(1, 365, settings.default_every_days, self.tr(" days"))
        self.live_every = _spin(1, 365, settings.live_every_days, self.tr(" days"))
        self.focus = _spin(15, 480, settings.focus_minutes, self.tr(" minutes"))
        self.focus.setToolTip(
            self.tr("Inside a work block, nudges wait for a pause: after a call, a switch, "
                    "your return, or this long without one, as a break suggestion.")
        )  # fmt: skip
        self._choices(settings)
        away_row = self._away(settings, ", ".join(away.names) if away is not None else "")
        review_row = self._review_moment(settings)
        self.microphone = MicrophoneRow(settings, getattr(microphone, "name", ""))
        self.start_with_session = QCheckBox(self.tr("Start Dayweave with my session"))
        self.start_with_session.setChecked(bool(autostart and autostart.enabled()))
        self.start_with_session.setVisible(autostart is not None)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        # Three pages, so the dialog fits a 1366x768 screen with room to spare (one form of
        # everything was 900 px high): the nudges, what the desktop tells, the data.
        nudges, desktop, data = QFormLayout(), QFormLayout(), QFormLayout()
        nudges.addRow(self.tr("My &team:"), self.own_team)
        nudges.addRow(self.tr("Nudges between:"), hours)
        nudges.addRow(self.tr("On:"), day_row)
        nudges.addRow(self.tr("At most nudges a &day:"), self.max_nudges)
        nudges.addRow(self.tr("Stay in touch &every:"), self.every)
        nudges.addRow(self.tr("A &live meeting every:"), self.live_every)
        nudges.addRow(self.tr("Suggest a &break after:"), self.focus)
        nudges.addRow(self.tr("Show nudges &as:"), self.delivery)
        nudges.addRow("", self.call_prompts)  # with the nudges: not under another group's label
        nudges.addRow(self.tr("Weekly review:"), review_row)
        desktop.addRow("", self.start_with_session)
        self._desktop_rows(desktop, away_row, shortcut)
        desktop.addRow(self.tr("&Language:"), self.language)
        desktop.addRow(self.tr("Week starts on:"), self.first_day)
        data.addRow(self.tr("My e-&mail addresses:"), self.own_emails)
        self._data_rows(data, calendars, devices)
        self._export_and_log_rows(data, export)
        self.pages = QTabWidget()
        for form, title in (
            (nudges, self.tr("&Nudges")),
            (desktop, self.tr("Des&ktop")),
            (data, self.tr("Data and de&vices")),
        ):
            page = QWidget()
            page.setLayout(form)
            self.pages.addTab(page, title)
        lay_out_form(self, QFormLayout(), on_save=self._try_accept, above=self.pages,
                     below=self.problem)  # fmt: skip

    def _desktop_rows(self, form: QFormLayout, away_row, shortcut) -> None:
        """What the desktop tells Dayweave (away, the microphone) and the shortcut it gives."""
        from tracker.ui.settings.shortcut import ShortcutRow

        form.addRow(self.tr("Away:"), away_row)
        form.addRow("", self.away_through)
        form.addRow(self.tr("Calls:"), self.microphone)
        self.shortcut_row = ShortcutRow(shortcut)
        form.addRow(self.tr("Log a disruption from anywhere:"), self.shortcut_row)

    def _data_rows(self, form: QFormLayout, calendars, devices) -> None:
        if calendars is not None:
            form.addRow(self.tr("Calendars:"), calendars)
            if hasattr(calendars, "first_added"):
                calendars.first_added.connect(self._ask_own_emails)
        if devices is not None:  # tracker/ui/settings/devices.py DevicesBox (issue 23)
            form.addRow(self.tr("Devices:"), devices)

    def _export_and_log_rows(self, form: QFormLayout, export) -> None:
        self.export_all = QPushButton(self.tr("Export everything..."))
        if export is not None:
            self.export_all.clicked.connect(lambda: export(self))
            form.addRow(self.tr("Your data:"), self.export_all)
        self.open_log = QPushButton(self.tr("Open log folder"))
        self.open_log.setToolTip(
            self.tr("What went wrong, kept without your titles, names or notes: "
                    "send it with a problem report.")
        )  # fmt: skip
        self.open_log.clicked.connect(self.show_log_folder)
        form.addRow(self.tr("When something goes wrong:"), self.open_log)

    def _nudge_times(self, settings: Settings) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The hours nudges may show between, and the days they may show on."""
        self.start_hour = _spin(0, 23, settings.nudge_start_hour, ":00")
        self.end_hour = _spin(1, 24, settings.nudge_end_hour, ":00")
        hours = QHBoxLayout()
        hours.addWidget(self.start_hour)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.end_hour)
        hours.addStretch(1)
        self.days: list[QCheckBox] = []
        day_row = QHBoxLayout()
        for day in range(7):
            box = QCheckBox(QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(day in settings.nudge_days)
            self.days.append(box)
            day_row.addWidget(box)
        return hours, day_row

    def _away(self, settings: Settings, source: str | None) -> QHBoxLayout:
        """Whether a gap in a work block asks what it was, after how long, and what tells
        Dayweave the user is away (said once here when nothing does: issue 21)."""
        self.away_questions = QCheckBox(self.tr("Ask what the time away was, after"))
        self.away_questions.setChecked(settings.away_questions)
        self.away_minutes = _spin(1, 240, settings.away_minutes, self.tr(" minutes"))
        self.away_minutes.setEnabled(settings.away_questions)
        self.away_questions.toggled.connect(self.away_minutes.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.away_questions)
        row.addWidget(self.away_minutes)
        row.addStretch(1)
        if source:
            said = self.tr("Away is detected through: %1").replace("%1", source)
        else:
            said = self.tr("Nothing on this desktop says when you are away: no question is asked.")
        self.away_through = QLabel(said)
        self.away_through.setWordWrap(True)
        return row

    def _review_moment(self, settings: Settings) -> QHBoxLayout:
        """The weekly review moment (issue 22): on or off, its day and hour."""
        self.review_moment = QCheckBox(self.tr("Offer the review of the week on"))
        self.review_moment.setChecked(settings.review_moment)
        self.review_day = QComboBox()
        for day in range(7):
            self.review_day.addItem(QLocale().dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.review_day.setCurrentIndex(settings.review_day)
        self.review_hour = _spin(0, 23, settings.review_hour, ":00")
        row = QHBoxLayout()
        row.addWidget(self.review_moment)
        for control in (self.review_day, self.review_hour):
            control.setEnabled(settings.review_moment)
            self.review_moment.toggled.connect(control.setEnabled)
            row.addWidget(control)
        row.addStretch(1)
        return row

    def _choices(self, settings: Settings) -> None:
        """How nudges show, the call prompts, the language and the first day of the week."""
        self.delivery = QComboBox()
        for label, code in (
            (self.tr("Notifications where the desktop shows their buttons"), "automatic"),
            (self.tr("Desktop notifications"), "notifications"),
            (self.tr("Dayweave's own popup"), "popup"),
        ):
            self.delivery.addItem(label, code)
        self.delivery.setCurrentIndex(max(0, self.delivery.findData(settings.nudge_delivery)))
        self.call_prompts = QCheckBox(self.tr("First and last minutes of calls: show prompts"))
        self.call_prompts.setChecked(settings.call_prompts)
        self.language = QComboBox()
        for label, code in ((self.tr("System"), ""), ("English", "en"), ("Nederlands", "nl")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.first_day = QComboBox()
        self.first_day.addItem(self.tr("Standard (Monday)"), None)
        for day in (0, 6, 5):
            self.first_day.addItem(QLocale().dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.first_day.setCurrentIndex(max(0, self.first_day.findData(settings.first_weekday)))

    def settings(self) -> Settings:
        return self.original.with_changes(
            own_team=self.own_team.text().strip(),
            nudge_start_hour=self.start_hour.value(),
            nudge_end_hour=self.end_hour.value(),
            nudge_days=tuple(day for day, box in enumerate(self.days) if box.isChecked()),
            max_nudges_per_day=self.max_nudges.value(),
            default_every_days=self.every.value(),
            live_every_days=self.live_every.value(),
            focus_minutes=self.focus.value(),
            nudge_delivery=self.delivery.currentData(),
            call_prompts=self.call_prompts.isChecked(),
            language=self.language.currentData(),
            first_weekday=self.first_day.currentData(),
            own_emails=tuple(e.strip() for e in self.own_emails.text().split(",") if e.strip()),
            away_questions=self.away_questions.isChecked(),
            away_minutes=self.away_minutes.value(),
            review_moment=self.review_moment.isChecked(),
            review_day=self.review_day.currentData(),
            review_hour=self.review_hour.value(),
            **self.microphone.changes(),
        )

    def _ask_own_emails(self, path: str) -> None:
        """The first calendar added: asked once which addresses are the user's, unless known."""
        if self.own_emails.text().strip():
            return
        from tracker.ui.calendar.sources import ask_own_emails

        answer = ask_own_emails(self, path)
        if answer:
            self.own_emails.setText(answer)

    def show_log_folder(self) -> None:
        """The log file's folder in the desktop's file manager; made if nothing was logged."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from tracker.kernel.logfile import make_private_folder
        from tracker.kernel.logs import state_dir

        folder = state_dir()
        try:
            make_private_folder(folder)
        except OSError as error:
            self.problem.setText(error_text(error))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.problem.setText(self.tr("No file manager opened %1.").replace("%1", str(folder)))

    def _try_accept(self) -> None:
        try:
            validate_settings(self.settings())
        except ValidationError as error:
            self.problem.setText(error_text(error))
            return
        if self.autostart is not None:
            try:
                if self.start_with_session.isChecked() != self.autostart.enabled():
                    wanted = self.start_with_session.isChecked()
                    self.autostart.enable() if wanted else self.autostart.disable()
            except OSError as error:
                self.problem.setText(error_text(error))
                return
        self.accept()
