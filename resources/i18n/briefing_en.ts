<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as d&amp;ropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the archive …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the changes to the open meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from the archive (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to the archive (revision %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Desk did not close normally. Restore the unsaved changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, for example 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm all extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a meeting or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and reports (*%1 *.json %2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first dropped file is opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the clipboard text …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields could not be pre-filled from this report (the error was written to the log). The report is shown: fill in the form from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic extraction is not available in this build; fill in the form from the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. Values marked in amber need a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing dossiers need the archive, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extracted values confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Briefing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefing Desk&lt;/b&gt; %1&lt;br&gt;Turns meeting reports into briefing notes and keeps an archive of every meeting. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the current import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted automatically with low confidence (%1%). Check it against the report; editing or confirming it removes this mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search meetings, people, places …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. transport, energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;all extracted values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;briefing dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchive pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show s&amp;ource pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Briefing Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported report appears here. Import a file, drop one on the window or paste a report with File ▸ Import from clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected extracted rows as correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template that can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save as &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open after export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {date} {place} {people} {template} {title} {countries} {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the note after exporting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author (drafted by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto&amp;save every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
