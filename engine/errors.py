"""Errors the engine reports to users, with messages that can be translated."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name pylupdate5 looks for
    """Mark ``text`` for extraction into ``i18n/*.ts``; the QGIS side translates it."""
    return text


TRANSLATION_CONTEXT = "engine"


class Message(str):
    """A line for the user's log that the QGIS side can translate: as a string, the English text (so logs,
    file tags and tests read it as before); ``template`` (marked with ``QT_TRANSLATE_NOOP``) and ``params``
    let the QGIS side translate the template before formatting, as for :class:`LulcError`."""

    template: str
    params: dict

    def __new__(cls, template: str, **params: object) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.template, text.params = template, params
        return text

    def __getnewargs_ex__(self) -> tuple[tuple, dict]:
        """Pickled and copied (a run's scale decision goes to batch workers) as template and parameters, never
        as the formatted text: that may hold braces of its own."""
        return (self.template,), self.params


class LulcError(Exception):
    """Bad input or a failed run, explained for the user: what is wrong and how to fix it.

    ``template`` is an English message with ``{named}`` fields; ``params`` fill them. The
    QGIS side translates ``template`` before formatting, so messages stay translatable.
    """

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class Cancelled(Exception):
    """The user cancelled the run; outputs already started were removed."""


class Terminated(BaseException):
    """SIGTERM arrived while a run's outputs were being written (``kill``, ``timeout``, a cancelled CI job);
    outputs already started were removed. A BaseException, as KeyboardInterrupt: no handler of errors may
    swallow it."""
