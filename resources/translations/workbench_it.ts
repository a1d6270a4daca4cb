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
        <translation type="unfinished">Fonti</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished">Clienti</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished">Documenti</translation>
    </message>
    <message>
        <source>Persona sets</source>
        <translation type="unfinished">Insiemi di persona</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished">Percorsi</translation>
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
        <translation type="unfinished">Il file sostituito è stato conservato come {moved}.</translation>
    </message>
    <message>
        <source>--roles expects COLUMN=ROLE, for example --roles &quot;Income=numeric&quot;; got &apos;{pair}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: columns and the roles they would get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {name}: {rows} rows, {columns} columns as source {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: {customers}, documents: {documents}, touchpoints: {touchpoints}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source {id}. Run &apos;workbench sources PROJECT&apos; to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet. Import one with &apos;workbench import PROJECT FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id:&gt;4}  {name}  {rows} rows × {columns} columns  {kind}  imported {when}  sha256 {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona set {id}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  algorithm {algorithm}, {k} personas, seed {seed}, {n} attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  silhouette {silhouette}, customers {customers}, fitting no persona {unassigned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [{id}] {name}: {size} customers ({share:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attribute}: mean {mean:.4g} vs {rest:.4g} (d = {d:+.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attribute} = {level}: {share:.0%} vs {rest:.0%} (h = {h:+.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona set {old} → {new}: {common} customers in both, adjusted Rand index {ari}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {old} → {new}  (Jaccard {jaccard:.2f}, {share:.0%} of the old persona)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no persona set {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona sets yet. Create one with &apos;workbench personas PROJECT&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id:&gt;4}  {name}  ({count} personas, {when})</source>
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
        <source>Import a spreadsheet or export (CSV, TSV, XLSX, ODS) as a new source, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet to import from an XLSX/ODS file (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set column roles by header or name; roles: identifier, numeric, categorical, date, free_text, channel, pii, ignore (default: inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text encoding of a CSV/TSV file (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field delimiter: comma, semicolon, tab, pipe or a character (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal separator of numbers (default: detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import as touchpoint events (customer, time, channel, action); default: detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never treat the file as touchpoint events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import even if the same file was imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the columns and inferred roles; import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not show progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imported sources, or show one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this source&apos;s columns and first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows to show with --show (default: 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster the project&apos;s customers into personas and keep the run as a persona set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes to cluster on (default: every suitable numeric and categorical attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clustering method; gower handles mixed numbers and categories (default: kmeans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of personas (default: suggested from silhouette and stability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same personas (default: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing values: impute (median / most frequent) or drop the customer (default: impute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling of numbers (default: standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not log-transform skewed amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the persona set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List persona sets, show one, or compare two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this persona set&apos;s personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show which persona of OLD became which of NEW</source>
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
    <name>Clustering</name>
    <message>
        <source>Unknown clustering method: {value}. Use one of: {choices}.</source>
        <extracomment>The silhouette is O(n²): above this many customers it is computed on a seeded sample. Mixture: ambiguous when the persona is less than this many times as probable as the next. Personas with fewer members than this (count, share of customers) get a note. Below this mean silhouette the run gets a note that the personas overlap.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona set needs at least 2 personas (asked for {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of restarts must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown covariance type: {value}. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} personas need at least {needed} customers; only {n} can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {found} distinct personas could be formed, not {k} (often because many customers have identical values). Choose fewer personas or more attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring how well each customer fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personas overlap a lot (silhouette {silhouette:.2f}): many customers are almost as close to another persona. Read them as tendencies, or ask for a suggested number of personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona {number} has only {size} member(s): probably a few unusual customers rather than a kind of customer. Try fewer personas, robust scaling, or leaving out the attribute that sets them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personas were formed on a random sample of {sample} of {n} customers (seed {seed}); the others joined the nearest persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-medoids on Gower distance: numbers compared after filling blanks and log transforms, divided by their range; categories compared as equal or different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers with blanks were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method did not fully converge; the personas may change with another seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {method} method could not be fitted to these data ({error}). Try another method, fewer personas or other attributes.</source>
        <extracomment>A floor on every variance of the Gaussian mixture (features have sd 1 and 0/1 columns sd &lt;= 0.5). scikit-learn&apos;s 1e-6 lets a component shrink onto one value of a 0/1 column: on the marketing data that gave groups following single flags and a silhouette below 0; 0.1 gives 0.17, close to k-means. Matrix column of each Gower numeric column, and whether it is a 0/1 flag. Matrix columns (indicators) of each Gower categorical column. Gaussian mixture only: (n, k) probabilities of each group. Gower: row index of each group&apos;s medoid. Ward and Gower on large data: how many customers the fit used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unexpected error</source>
        <extracomment>Shows an unexpected error to the user: (title, text, details).</extracomment>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Persona Workbench ran into a problem it did not expect. Changes completed before it are saved in the project file. If it happens again, please send the log file {log} with a note of what you were doing.</source>
        <extracomment>A choice offered beside Cancel: (key returned when chosen, button label).</extracomment>
        <translation>Persona Workbench ha incontrato un problema imprevisto. Le modifiche completate prima sono salvate nel file del progetto. Se succede di nuovo, invia il file di log {log} con una nota su cosa stavi facendo.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{place} has {found} columns but {expected} column settings were given. Open the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{decimal}&apos; cannot be a decimal mark: use &apos;.&apos; or &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{order}&apos; is not a date order: use dmy (31/12/2024) or mdy (12/31/2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is not a number. Change the column&apos;s role to Categorical or fix the cell, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is not a date the workbench can read (it reads 2024-03-31, 31/03/2024, 31-03-2024 and Excel dates). Change the column&apos;s role to Categorical or fix the cell, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} has a header row (row {row}) but no rows of data below it. Check that you picked the right file or sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file type the workbench can import. Use CSV, TSV or TXT (delimited text), XLSX, XLSM, XLS or ODS; other files can usually be saved in one of these formats from the program that made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not found. It may have been moved or renamed; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a file. Choose a file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{delimiter}&apos; cannot be a separator: give one character, such as , ; | or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row must be 1 or more (the first row of the file is 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty column</source>
        <extracomment>A free-text column: values this long on average, or this many words. Share of values that must match for e-mail, phone and channel values. Fewer rows than this never make a column &quot;constant&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same value in every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; the same value in every previewed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers with leading zeros, kept as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel date numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel names (store, web, app…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long, varied text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different code in every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <extracomment>ZIP bomb limits (declared sizes inside the archive): real workbooks of a million rows stay well below them and compress about 5-20 times.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the workbook again, or save it again from Excel or LibreOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be opened as a workbook: it is damaged or is not really an Excel or OpenDocument file ({detail}). Open it in Excel or LibreOffice and save it again, or export the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: the sheet is damaged ({detail}). Open it in Excel or LibreOffice and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not opened: it would unpack to {size} MB, far more than any real workbook of its size (a &quot;ZIP bomb&quot;). If you trust the file, open it in Excel or LibreOffice and export the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected by a password, so it cannot be read. Open it in Excel or LibreOffice, remove the password (save it without encryption), and import the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no worksheet with data. Check that you picked the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos;. Its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} is empty. Choose another sheet: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} is empty. Choose a workbook whose sheet has a header row and at least one row of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (sheet {sheet})</source>
        <extracomment>Sheet of a workbook (default: the first one). Ignored for CSV/TSV. Text encoding of a CSV/TSV (&quot;utf-8&quot;, &quot;cp1252&quot;, &quot;utf-16&quot;...). Field separator of a CSV/TSV (&quot;,&quot; &quot;;&quot; &quot;	&quot; &quot;|&quot;). Decimal mark of numbers written as text: &quot;.&quot; or &quot;,&quot;. Row number of the header as the user sees it (1 = first row of the file or sheet); default: the first row that is not empty. Row number of the header row. True when ``max_rows`` stopped the reading before the end of the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty. Choose a file that has a header row and at least one row of data.</source>
        <extracomment>A single value larger than this is a quote that was never closed, not data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a text encoding the workbench knows. Try utf-8, cp1252, latin-1 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: some bytes are not valid in that encoding. Choose another encoding, for example utf-8 or cp1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file: it looks like a spreadsheet (XLSX or ODS) saved with a text-file name. Rename it with its real extension (.xlsx or .ods) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file: it looks like an old Excel workbook (.xls). Rename it to .xls, or open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not look like a text table (CSV or TSV): it contains binary data. Check that you picked the right file; if it is a spreadsheet, save it as .xlsx, .ods or CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: the text cannot be split into values ({error}). Check for a quote (&quot;) that is opened but never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: this row has {found} values but the header has {expected}. A separator ({separator}) inside a value that is not in quotes usually causes this: put that value in double quotes or remove the extra separator, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: a quote (&quot;) opened in this row is never closed, so the rest of the file reads as one value. Close the quote or remove it, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column named &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a column role. Use one of: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was already imported on {when} (same content). Import it again only if you really want a second copy of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed since the preview ({found} columns instead of {expected}). Open the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column of {file} is set to Ignore: nothing to import. Give at least one column another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not look like a touchpoint event log: it needs a customer column, a date or time column and a channel column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KSelection</name>
    <message>
        <source>The numbers of personas to try must be 2 or more.</source>
        <extracomment>Stable solutions whose gain is this close to the best are mentioned in the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 2 bootstrap resamples are needed to measure stability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few customers ({n}) to try 2 or more personas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=1: the data show no distinct groups. For every k from {low} to {high} the silhouette is no better than for structureless data of the same shape (best gain {gain:+.2f} at k={k}, {needed:.2f} needed). Personas made from these attributes would be invented; try other attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k={k}: the clearest structure (silhouette {silhouette:.2f}, {gain:+.2f} over structureless data) among the stable solutions (stability ≥ {stable:.2f}); its stability is {stability:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly as good: {alternatives}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k={k} ({gain:+.2f}, stability {stability:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k={k}: the most stable solution (stability {stability:.2f}), but no k reached {stable:.2f}: resampled data give noticeably different personas, so treat them with caution (silhouette {silhouette:.2f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying {k} personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Persona Workbench project (*{suffix})</source>
        <translation>Progetto Persona Workbench (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <extracomment>False in the headless self-test: messages are recorded, never shown modally. (kind, title, text) of every message shown, newest last.</extracomment>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Crea un nuovo file di progetto vuoto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Apri un file di progetto</translation>
    </message>
    <message>
        <source>Open &amp;sample project</source>
        <translation>Apri progetto di &amp;esempio</translation>
    </message>
    <message>
        <source>Open a fresh copy of the sample project</source>
        <translation>Apri una nuova copia del progetto di esempio</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>&amp;Chiudi progetto</translation>
    </message>
    <message>
        <source>Close the project and return to the welcome page</source>
        <translation>Chiudi il progetto e torna alla pagina iniziale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;About Persona Workbench</source>
        <translation>&amp;Informazioni su Persona Workbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <source>Could not create the project</source>
        <translation>Impossibile creare il progetto</translation>
    </message>
    <message>
        <source>Could not create {path}: {error}</source>
        <translation>Impossibile creare {path}: {error}</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Impossibile aprire il progetto</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Progetto in uso</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Ripristina il backup più recente</translation>
    </message>
    <message>
        <source>Remove from recent projects</source>
        <translation>Togli dai progetti recenti</translation>
    </message>
    <message>
        <source>Could not open {path}: {error}</source>
        <translation>Impossibile aprire {path}: {error}</translation>
    </message>
    <message>
        <source>You may still open it read-only.</source>
        <translation>Puoi comunque aprirlo in sola lettura.</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Impossibile ripristinare il backup</translation>
    </message>
    <message>
        <source>{path} was restored from the backup {backup}.</source>
        <translation>{path} è stato ripristinato dal backup {backup}.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {moved}.</source>
        <translation>Il file sostituito è stato conservato come {moved}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup ripristinato</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Aperto {path}</translation>
    </message>
    <message>
        <source>Problem while closing</source>
        <translation>Problema durante la chiusura</translation>
    </message>
    <message>
        <source>{path} was closed, but not cleanly: {error}</source>
        <translation>{path} è stato chiuso, ma non in modo pulito: {error}</translation>
    </message>
    <message>
        <source>Preparing the sample project</source>
        <translation>Preparazione del progetto di esempio</translation>
    </message>
    <message>
        <source>{title}: cancelled.</source>
        <translation>{title}: annullato.</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (sola lettura)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Turn customer research into data-driven buyer personas and journey maps, with every claim traced back to its evidence. Your data stays on this computer.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Trasforma la ricerca sui clienti in buyer persona e mappe del percorso basate sui dati, con ogni affermazione ricondotta alle sue evidenze. I tuoi dati restano su questo computer.&lt;/p&gt;&lt;p&gt;Qt {qt} · PySide6 {pyside} · Python {python}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Persona Workbench</source>
        <translation>Informazioni su Persona Workbench</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (mancante)</translation>
    </message>
    <message>
        <source>Clear recent projects</source>
        <translation>Svuota l&apos;elenco dei progetti recenti</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Nessun progetto recente</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>No attribute named {names}. Available attributes: {available}.</source>
        <extracomment>Categorical attributes with more distinct values than this describe individuals, not groups.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no numeric or categorical attributes to cluster. Import a source with such columns first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data show no group structure ({reason}). Personas would be invented: choose the number of personas yourself if you still want them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving personas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{algorithm}, {k} personas, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no persona set {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preprocessing</name>
    <message>
        <source>Unknown way of handling blanks: {value}. Use one of: {choices}.</source>
        <extracomment>Euclidean feature matrix: scaled numbers, 0/1 flags and indicators. For Gower distance: numbers after imputation and log1p, divided by their range (so in 0..1), and category codes (-1 never occurs: blanks imputed). Matrix column of each Gower numeric column, and whether it is a 0/1 flag. Matrix columns (indicators) of each Gower categorical column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scaling: {value}. Use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usable attributes are all categories and one-hot encoding is off. Switch one-hot encoding on, add numeric attributes, or use the Gower distance method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen attributes can be used for personas ({reasons}). Choose other attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {n} customers have values for the chosen attributes; at least {minimum} are needed. Choose attributes with fewer blanks, or fill blanks instead of leaving those customers out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same value for every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category, and one-hot encoding is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category common enough to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} values that are not numbers treated as blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} blanks filled with {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers with a blank left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two values, coded 0/1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skewed ({skew:.1f}): log1p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robust-scaled (median, IQR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-hot: {n} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rare categories grouped as {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These attributes are not in the data: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These attributes are neither numeric nor categorical and cannot be used for personas: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute was chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer must appear only once in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers must be identified by whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{n} customers of this persona set are no longer in the data.</source>
        <extracomment>Effects at least this large (Cohen&apos;s &quot;medium&quot;) may name a persona. A channel names a persona when its share beats the rest&apos;s by this much.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These channel columns are not in the data: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High {attribute}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low {attribute}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attribute}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this work; nothing is changed by a cancelled step.</source>
        <translation>Interrompi questo lavoro; un passaggio annullato non modifica nulla.</translation>
    </message>
    <message>
        <source>Cancelling {title}…</source>
        <translation>Annullamento di {title}…</translation>
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
    <name>ProjectView</name>
    <message>
        <source>Data</source>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Ancora nessuna fonte</translation>
    </message>
    <message>
        <source>Imported spreadsheets, survey exports and CRM files will be listed here with their columns and rows. Importing from this window arrives in a coming version; until then, import with the command line: workbench import PROJECT FILE.</source>
        <translation>Qui compariranno i fogli di calcolo, le esportazioni di sondaggi e i file CRM importati, con le loro colonne e righe. L&apos;importazione da questa finestra arriverà in una prossima versione; fino ad allora, importa dalla riga di comando: workbench import PROGETTO FILE.</translation>
    </message>
    <message>
        <source>Sources: {sources} · Customers: {customers}</source>
        <translation>Fonti: {sources} · Clienti: {customers}</translation>
    </message>
    <message>
        <source>Browsing sources and customers in this window arrives in a coming version. The command line lists them now: workbench sources PROJECT.</source>
        <translation>La consultazione di fonti e clienti in questa finestra arriverà in una prossima versione. La riga di comando le elenca già: workbench sources PROGETTO.</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Ancora nessuna evidenza</translation>
    </message>
    <message>
        <source>Interview transcripts and free-text answers will appear here as documents, where you will tag passages with codes and collect quotes. Coding arrives in a coming version.</source>
        <translation>Qui compariranno come documenti le trascrizioni delle interviste e le risposte a testo libero, dove potrai etichettare i passaggi con dei codici e raccogliere citazioni. La codifica arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>Documents: {documents}</source>
        <translation>Documenti: {documents}</translation>
    </message>
    <message>
        <source>Free-text answers and transcripts were imported as documents. Reading and coding them here arrives in a coming version.</source>
        <translation>Le risposte a testo libero e le trascrizioni sono state importate come documenti. Leggerle e codificarle qui arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Ancora nessuna persona</translation>
    </message>
    <message>
        <source>Personas will be built here by clustering your customers, each card traced back to the rows and quotes behind it. Clustering arrives in a coming version.</source>
        <translation>Qui le persona verranno costruite raggruppando i tuoi clienti, con ogni scheda ricondotta alle righe e alle citazioni da cui nasce. Il clustering arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>Persona sets: {sets}</source>
        <translation>Insiemi di persona: {sets}</translation>
    </message>
    <message>
        <source>Viewing and editing persona cards here arrives in a coming version.</source>
        <translation>Visualizzare e modificare qui le schede delle persona arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>No journey maps yet</source>
        <translation>Ancora nessuna mappa del percorso</translation>
    </message>
    <message>
        <source>Journey maps will be drawn here from a persona, stage by stage, with touchpoints, quotes, emotions and pain points. Journey mapping arrives in a coming version.</source>
        <translation>Qui verranno disegnate le mappe del percorso a partire da una persona, fase per fase, con punti di contatto, citazioni, emozioni e punti critici. Le mappe del percorso arriveranno in una prossima versione.</translation>
    </message>
    <message>
        <source>Journey maps: {journeys}</source>
        <translation>Mappe del percorso: {journeys}</translation>
    </message>
    <message>
        <source>Viewing and editing journey maps here arrives in a coming version.</source>
        <translation>Visualizzare e modificare qui le mappe del percorso arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Sola lettura</translation>
    </message>
    <message>
        <source>This project is open read-only: you can look at everything, but nothing can be changed. To make changes, close it and open it again once no other window is writing to it.</source>
        <translation>Questo progetto è aperto in sola lettura: puoi consultare tutto, ma non modificare nulla. Per apportare modifiche, chiudilo e riaprilo quando nessun&apos;altra finestra lo sta modificando.</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>key -&gt; the label showing that count (keys as in ProjectInfo).</extracomment>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Persona sets</source>
        <translation>Insiemi di persona</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Mappe del percorso</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Aree</translation>
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
<context>
    <name>WelcomePage</name>
    <message>
        <source>Turn customer research into data-driven personas and journey maps, kept in one project file on your computer.</source>
        <translation>Trasforma la ricerca sui clienti in persona e mappe del percorso basate sui dati, custodite in un unico file di progetto sul tuo computer.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <source>Start an empty project file</source>
        <translation>Inizia un file di progetto vuoto</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Apri progetto…</translation>
    </message>
    <message>
        <source>Continue with a project file</source>
        <translation>Continua con un file di progetto</translation>
    </message>
    <message>
        <source>Open sample project</source>
        <translation>Apri progetto di esempio</translation>
    </message>
    <message>
        <source>See a finished example</source>
        <translation>Guarda un esempio completo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Togli dall&apos;elenco</translation>
    </message>
    <message>
        <source>Forget this entry; the project file itself is not touched.</source>
        <translation>Dimentica questa voce; il file del progetto non viene toccato.</translation>
    </message>
    <message>
        <source>No recent projects yet. Create one, or open the sample project to see what the workbench does.</source>
        <translation>Ancora nessun progetto recente. Creane uno, oppure apri il progetto di esempio per vedere cosa fa il workbench.</translation>
    </message>
    <message>
        <source>{name} (missing)</source>
        <translation>{name} (mancante)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The operation</source>
        <extracomment>Emitted last, whatever the outcome (for clean-up). Progress reports closer together than this (seconds) are skipped, except the first, the last and any with a new message: a core loop may report per row, and the event queue must not drown in repaints. The exception that made the work fail (available in ``failed`` handlers). The latest (done, total, message) delivered, for views attached late.</extracomment>
        <translation>L&apos;operazione</translation>
    </message>
    <message>
        <source>{what} stopped because of a problem Persona Workbench did not expect ({error}). The details were written to the log file {log}.</source>
        <translation>{what} si è interrotta per un problema che Persona Workbench non si aspettava ({error}). I dettagli sono stati scritti nel file di log {log}.</translation>
    </message>
</context>
</TS>
