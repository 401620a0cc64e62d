# Replaces PyInstaller's hook for PySide6.QtGui: the same collection, minus the Qt plugins
# Briefing Desk does not use (dropped here, before PyInstaller follows their library
# dependencies: the GTK theme plugin alone drags in cairo, pango and gdk-pixbuf).
import os

from briefing_bundle import keep_binary, keep_data_file
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [b for b in binaries if keep_binary(os.path.join(b[1], os.path.basename(b[0])))]
datas = [d for d in datas if keep_data_file(os.path.join(d[1], os.path.basename(d[0])))]
