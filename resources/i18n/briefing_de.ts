<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation>Zeile bearbeiten</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Zeile verschieben</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;open</source>
        <translation>Als &amp;offen markieren</translation>
    </message>
    <message>
        <source>Mark as d&amp;ropped</source>
        <translation>Als &amp;entfallen markieren</translation>
    </message>
    <message>
        <source>Opening the archive …</source>
        <translation>Archiv wird geöffnet …</translation>
    </message>
    <message>
        <source>The archive is not available in this build.</source>
        <translation>Das Archiv fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation>Alle Einstufungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation>%1 Treffen</translation>
    </message>
    <message>
        <source>Save or discard the changes to the open meeting first.</source>
        <translation>Bitte zuerst die Änderungen am geöffneten Treffen speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>Opened from the archive (revision %1).</source>
        <translation>Aus dem Archiv geöffnet (Fassung %1).</translation>
    </message>
    <message>
        <source>Saved to the archive (revision %1).</source>
        <translation>Im Archiv gespeichert (Fassung %1).</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Briefing Desk did not close normally. Restore the unsaved changes to “%1”?</source>
        <translation>Briefing Desk wurde nicht normal beendet. Die ungespeicherten Änderungen an „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 14:30.</source>
        <translation>Die Uhrzeit bitte als Stunden und Minuten schreiben, zum Beispiel 14:30.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Confirm extracted values</source>
        <translation>Extrahierte Werte bestätigen</translation>
    </message>
    <message>
        <source>Confirm all extracted values</source>
        <translation>Alle extrahierten Werte bestätigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Untitled meeting</source>
        <translation>Unbenanntes Treffen</translation>
    </message>
    <message>
        <source>Open a meeting or report</source>
        <translation>Treffen oder Bericht öffnen</translation>
    </message>
    <message>
        <source>Meetings and reports (*%1 *.json %2);;All files (*)</source>
        <translation>Treffen und Berichte (*%1 *.json %2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Only the first dropped file is opened: %1</source>
        <translation>Nur die erste abgelegte Datei wird geöffnet: %1</translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Berichte (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>Importing the clipboard text …</source>
        <translation>Text aus der Zwischenablage wird importiert …</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The fields could not be pre-filled from this report (the error was written to the log). The report is shown: fill in the form from it.</source>
        <translation>Die Felder konnten aus diesem Bericht nicht vorausgefüllt werden (der Fehler steht im Protokoll). Der Bericht wird angezeigt: bitte das Formular anhand des Berichts ausfüllen.</translation>
    </message>
    <message>
        <source>Automatic extraction is not available in this build; fill in the form from the report.</source>
        <translation>Die automatische Auswertung fehlt in dieser Version; bitte das Formular anhand des Berichts ausfüllen.</translation>
    </message>
    <message>
        <source>Imported. Values marked in amber need a check.</source>
        <translation>Importiert. Gelb markierte Werte bitte prüfen.</translation>
    </message>
    <message>
        <source>Save meeting as file</source>
        <translation>Treffen als Datei speichern</translation>
    </message>
    <message>
        <source>Meeting files (*%1)</source>
        <translation>Treffen-Dateien (*%1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export is not available in this build.</source>
        <translation>Der Export fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>Briefing dossiers need the archive, which is not available.</source>
        <translation>Briefing-Dossiers brauchen das Archiv, das nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>%1 extracted values confirmed.</source>
        <translation>%1 extrahierte Werte bestätigt.</translation>
    </message>
    <message>
        <source>About Briefing Desk</source>
        <translation>Über Briefing Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefing Desk&lt;/b&gt; %1&lt;br&gt;Turns meeting reports into briefing notes and keeps an archive of every meeting. Works offline.</source>
        <translation>&lt;b&gt;Briefing Desk&lt;/b&gt; %1&lt;br&gt;Macht aus Gesprächsberichten Vermerke und führt ein Archiv aller Treffen. Arbeitet offline.</translation>
    </message>
    <message>
        <source>Please wait until the current import or export has finished.</source>
        <translation>Bitte warten, bis der laufende Import oder Export beendet ist.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Briefing Desk</source>
        <translation>Briefing Desk</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>vereinbart</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>beschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>%1 open follow-ups</source>
        <translation>%1 offene Folgeaufgaben</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extracted automatically with low confidence (%1%). Check it against the report; editing or confirming it removes this mark.</source>
        <translation>Automatisch erkannt, aber unsicher (%1 %). Bitte mit dem Bericht vergleichen; Bearbeiten oder Bestätigen entfernt die Markierung.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Search meetings, people, places …</source>
        <translation>Treffen, Personen, Orte suchen …</translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation>Archiv durchsuchen</translation>
    </message>
    <message>
        <source>Filter by classification</source>
        <translation>Nach Einstufung filtern</translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation>Nach Jahr filtern</translation>
    </message>
    <message>
        <source>Archived meetings</source>
        <translation>Archivierte Treffen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>comma-separated, e.g. transport, energy</source>
        <translation>durch Kommas getrennt, z. B. Verkehr, Energie</translation>
    </message>
    <message>
        <source>Your notes on the meeting</source>
        <translation>Ihre Notizen zum Treffen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>Ein&amp;stufung</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>Erwähnt</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Meeting content</source>
        <translation>Inhalt des Treffens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import report…</source>
        <translation>Bericht &amp;importieren…</translation>
    </message>
    <message>
        <source>Import from &amp;clipboard</source>
        <translation>Aus der &amp;Zwischenablage importieren</translation>
    </message>
    <message>
        <source>&amp;Save to archive</source>
        <translation>Im Archiv &amp;speichern</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected rows</source>
        <translation>Ausgewählte Zeilen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Confirm selected value</source>
        <translation>Ausgewählten Wert &amp;bestätigen</translation>
    </message>
    <message>
        <source>Confirm &amp;all extracted values</source>
        <translation>&amp;Alle extrahierten Werte bestätigen</translation>
    </message>
    <message>
        <source>New &amp;briefing dossier…</source>
        <translation>Neues &amp;Briefing-Dossier…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiv</translation>
    </message>
    <message>
        <source>&amp;Meeting form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;Source report</source>
        <translation>&amp;Quellbericht</translation>
    </message>
    <message>
        <source>&amp;Find in archive</source>
        <translation>Im Archiv &amp;suchen</translation>
    </message>
    <message>
        <source>Show a&amp;rchive pane</source>
        <translation>A&amp;rchivbereich zeigen</translation>
    </message>
    <message>
        <source>Show s&amp;ource pane</source>
        <translation>&amp;Quellbereich zeigen</translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation>Ü&amp;ber Briefing Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Add as attendee</source>
        <translation>Als Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Add as topic</source>
        <translation>Als Thema hinzufügen</translation>
    </message>
    <message>
        <source>Add as agreement</source>
        <translation>Als Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <source>Add as follow-up</source>
        <translation>Als Folgeaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Source report</source>
        <translation>Quellbericht</translation>
    </message>
    <message>
        <source>The imported report appears here. Import a file, drop one on the window or paste a report with File ▸ Import from clipboard.</source>
        <translation>Hier erscheint der importierte Bericht. Datei importieren, auf das Fenster ziehen oder mit Datei ▸ Aus der Zwischenablage importieren einfügen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row (Ins)</source>
        <translation>Zeile hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows (Del)</source>
        <translation>Ausgewählte Zeilen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Accept the selected extracted rows as correct</source>
        <translation>Die ausgewählten extrahierten Zeilen als richtig übernehmen</translation>
    </message>
    <message>
        <source>Preparing the preview …</source>
        <translation>Vorschau wird erstellt …</translation>
    </message>
    <message>
        <source>Text of the note:</source>
        <translation>Text des Vermerks:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Choose a template that can be used.</source>
        <translation>Bitte eine verwendbare Vorlage wählen.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <source>Exporting %1 …</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export briefing note</source>
        <translation>Vermerk exportieren</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview text</source>
        <translation>Vorschautext</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Speichern &amp;unter</translation>
    </message>
    <message>
        <source>Also save as &amp;PDF</source>
        <translation>Auch als &amp;PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Open after export</source>
        <translation>Nach dem Export ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>Die Sprache der Oberfläche wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Placeholders: {date} {place} {people} {template} {title} {countries} {language}</source>
        <translation>Platzhalter: {date} {place} {people} {template} {title} {countries} {language}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Open the note after exporting it</source>
        <translation>Vermerk nach dem Export öffnen</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Author (drafted by)</source>
        <translation>&amp;Verfasser</translation>
    </message>
    <message>
        <source>&amp;File names</source>
        <translation>&amp;Dateinamen</translation>
    </message>
    <message>
        <source>Default &amp;template</source>
        <translation>Standard&amp;vorlage</translation>
    </message>
    <message>
        <source>Auto&amp;save every</source>
        <translation>Automatisch &amp;speichern alle</translation>
    </message>
</context>
</TS>
