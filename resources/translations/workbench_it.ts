<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Cli</name>
    <message>
        <source>Created project {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: sound (schema version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {project} to {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {path} from {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as {moved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: customer research into data-driven buyer personas and journey maps. Without a command, starts the desktop app (optionally on PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files end in {suffix}. Run &apos;workbench COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the desktop app (the default when no command is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a copy of the bundled sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the project without changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path of the new project ({suffix} is added when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project name shown in the app (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a project&apos;s schema version and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a project&apos;s integrity; exit status 0 when sound, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a project now (safe while it is open in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the backup to this file or folder instead of the automatic backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a project with one of its backups (the replaced file is kept beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to restore (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project {path} is damaged ({detail}).</source>
        <extracomment>The backup taken when this project was opened, if any. The schema version the file had when it was migrated on open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is {backup}; restore it with &apos;workbench restore {path}&apos; or from the Open dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Persona Workbench project: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database made by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {path} was saved by a newer version of Persona Workbench (project format {found}; this version reads up to {supported}). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {path} uses an older format and must be upgraded, which needs write access. Open it for writing once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up {path} before upgrading it: {error}. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({error}); the file was left as it was. A backup is at {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {rowid} of table {table} refers to a missing row of {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {backup} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {backup} is itself damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source> (process {pid} on {host}, since {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project {path} is open for writing in another Persona Workbench window{who}. Close it there, or open this project read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <extracomment>progress callback: (done, total or None when unknown, message)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
