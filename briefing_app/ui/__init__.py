"""The Qt editor. Only this package imports Qt."""

from briefing_app.ui import import_hook

# Before any worker thread exists: PySide6's own import hook is not thread-safe.
import_hook.install()
