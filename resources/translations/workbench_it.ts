<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Cli</name>
    <message>
        <source>Created project {path}</source>
        <translation>Progetto creato: {path}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versione dello schema</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Created with</source>
        <translation>Creato con</translation>
    </message>
    <message>
        <source>Sources</source>
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
        <translation>Set di personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>{path}: sound (schema version {version}).</source>
        <translation>{path}: integro (versione dello schema {version}).</translation>
    </message>
    <message>
        <source>{path}: problems found:</source>
        <translation>{path}: problemi rilevati:</translation>
    </message>
    <message>
        <source>Backed up {project} to {backup}</source>
        <translation>Backup di {project} salvato in {backup}</translation>
    </message>
    <message>
        <source>There is no backup of {path}.</source>
        <translation>Non esiste alcun backup di {path}.</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}.</source>
        <translation>{path} ripristinato dal backup {backup}.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {moved}.</source>
        <translation>Il file sostituito è stato conservato come {moved}.</translation>
    </message>
    <message>
        <source>--roles expects COLUMN=ROLE, for example --roles &quot;Income=numeric&quot;; got &apos;{pair}&apos;.</source>
        <translation>--roles richiede COLUMN=ROLE, ad esempio --roles &quot;Reddito=numeric&quot;; ricevuto &apos;{pair}&apos;.</translation>
    </message>
    <message>
        <source>{file}: columns and the roles they would get:</source>
        <translation>{file}: colonne e ruoli che riceverebbero:</translation>
    </message>
    <message>
        <source>Imported {name}: {rows} rows, {columns} columns as source {id}.</source>
        <translation>{name} importato: {rows} righe, {columns} colonne nella fonte {id}.</translation>
    </message>
    <message>
        <source>Customers: {customers}, documents: {documents}, touchpoints: {touchpoints}.</source>
        <translation>Clienti: {customers}, documenti: {documents}, touchpoint: {touchpoints}.</translation>
    </message>
    <message>
        <source>There is no source {id}. Run &apos;workbench sources PROJECT&apos; to list them.</source>
        <translation>Non esiste la fonte {id}. Esegui &apos;workbench sources PROGETTO&apos; per elencare le fonti.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>riga</translation>
    </message>
    <message>
        <source>No sources yet. Import one with &apos;workbench import PROJECT FILE&apos;.</source>
        <translation>Ancora nessuna fonte. Importane una con &apos;workbench import PROGETTO FILE&apos;.</translation>
    </message>
    <message>
        <source>{id:&gt;4}  {name}  {rows} rows × {columns} columns  {kind}  imported {when}  sha256 {hash}</source>
        <translation>{id:&gt;4}  {name}  {rows} righe × {columns} colonne  {kind}  importata il {when}  sha256 {hash}</translation>
    </message>
    <message>
        <source>Persona set {id}: {name}</source>
        <translation>Set di personas {id}: {name}</translation>
    </message>
    <message>
        <source>  algorithm {algorithm}, {k} personas, seed {seed}, {n} attributes</source>
        <translation>  algoritmo {algorithm}, {k} personas, seme {seed}, {n} attributi</translation>
    </message>
    <message>
        <source>  silhouette {silhouette}, customers {customers}, fitting no persona {unassigned}</source>
        <translation>  silhouette {silhouette}, clienti {customers}, non riconducibili ad alcuna persona {unassigned}</translation>
    </message>
    <message>
        <source>  {n} customers left out: they lack most of the chosen attributes</source>
        <translation>  {n} clienti esclusi: manca loro la maggior parte degli attributi scelti</translation>
    </message>
    <message>
        <source>  [{id}] {name}: {size} customers ({share:.0%})</source>
        <translation>  [{id}] {name}: {size} clienti ({share:.0%})</translation>
    </message>
    <message>
        <source>{attribute}: mean {mean:.4g} vs {rest:.4g} (d = {d:+.2f})</source>
        <translation>{attribute}: media {mean:.4g} vs {rest:.4g} (d = {d:+.2f})</translation>
    </message>
    <message>
        <source>{attribute} = {level}: {share:.0%} vs {rest:.0%} (h = {h:+.2f})</source>
        <translation>{attribute} = {level}: {share:.0%} vs {rest:.0%} (h = {h:+.2f})</translation>
    </message>
    <message>
        <source>expected &apos;auto&apos; or a whole number, got &apos;{text}&apos;</source>
        <translation>atteso &apos;auto&apos; o un numero intero, ricevuto &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>There is no persona set {id}. Run &apos;workbench persona-sets PROJECT&apos; to list them.</source>
        <translation>Non esiste il set di personas {id}. Esegui &apos;workbench persona-sets PROGETTO&apos; per elencarli.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished">Racconto</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished">Obiettivi</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation type="unfinished">Frustrazioni</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivazioni</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished">Canali preferiti</translation>
    </message>
    <message>
        <source>Persona set {old} → {new}: {common} customers in both, adjusted Rand index {ari}</source>
        <translation>Set di personas {old} → {new}: {common} clienti in entrambi, indice di Rand corretto {ari}</translation>
    </message>
    <message>
        <source>  {old} → no persona of the new set matches it</source>
        <translation>  {old} → nessuna persona del nuovo set le corrisponde</translation>
    </message>
    <message>
        <source>  {old} → {new}  (Jaccard {jaccard:.2f}, {share:.0%} of the old persona)</source>
        <translation>  {old} → {new}  (Jaccard {jaccard:.2f}, {share:.0%} della vecchia persona)</translation>
    </message>
    <message>
        <source>There is no persona set {id}.</source>
        <translation>Non esiste il set di personas {id}.</translation>
    </message>
    <message>
        <source>No persona sets yet. Create one with &apos;workbench personas PROJECT&apos;.</source>
        <translation>Ancora nessun set di personas. Creane uno con &apos;workbench personas PROGETTO&apos;.</translation>
    </message>
    <message>
        <source>{id:&gt;4}  {name}  ({count} personas, created {when})</source>
        <translation>{id:&gt;4}  {name}  ({count} personas, creato il {when})</translation>
    </message>
    <message>
        <source>Wrote {personas} persona cards on {pages} pages to {path}</source>
        <translation>Scritte {personas} schede di personas su {pages} pagine in {path}</translation>
    </message>
    <message>
        <source>Wrote {n} images of {personas} persona cards to {folder}</source>
        <translation>Scritte {n} immagini di {personas} schede di personas in {folder}</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}</source>
        <translation>Scritte {rows} righe in {path}</translation>
    </message>
    <message>
        <source>Left out as personal data: {columns}. Add --include-personal-data to include them.</source>
        <translation>Esclusi perché dati personali: {columns}. Aggiungi --include-personal-data per includerli.</translation>
    </message>
    <message>
        <source>{app}: customer research into data-driven buyer personas and journey maps. Without a command, starts the desktop app (optionally on PROJECT).</source>
        <translation>{app}: dalla ricerca sui clienti a buyer personas e mappe del percorso basate sui dati. Senza un comando avvia l&apos;app desktop (eventualmente su PROGETTO).</translation>
    </message>
    <message>
        <source>Project files end in {suffix}. Run &apos;workbench COMMAND --help&apos; for the options of a command.</source>
        <translation>I file di progetto terminano in {suffix}. Esegui &apos;workbench COMANDO --help&apos; per le opzioni di un comando.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandi</translation>
    </message>
    <message>
        <source>Start the desktop app (the default when no command is given).</source>
        <translation>Avvia l&apos;app desktop (è il comportamento predefinito se non si indica un comando).</translation>
    </message>
    <message>
        <source>project file to open</source>
        <translation>file di progetto da aprire</translation>
    </message>
    <message>
        <source>open a copy of the bundled sample project</source>
        <translation>apre una copia del progetto di esempio incluso</translation>
    </message>
    <message>
        <source>open the project without changing it</source>
        <translation>apre il progetto senza modificarlo</translation>
    </message>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>Crea un nuovo file di progetto vuoto.</translation>
    </message>
    <message>
        <source>path of the new project ({suffix} is added when missing)</source>
        <translation>percorso del nuovo progetto ({suffix} viene aggiunto se manca)</translation>
    </message>
    <message>
        <source>project name shown in the app (default: the file name)</source>
        <translation>nome del progetto mostrato nell&apos;app (predefinito: il nome del file)</translation>
    </message>
    <message>
        <source>Show a project&apos;s schema version and what it holds.</source>
        <translation>Mostra la versione dello schema di un progetto e il suo contenuto.</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>file di progetto</translation>
    </message>
    <message>
        <source>Check a project&apos;s integrity; exit status 0 when sound, 1 when not.</source>
        <translation>Verifica l&apos;integrità di un progetto; codice di uscita 0 se è integro, 1 se non lo è.</translation>
    </message>
    <message>
        <source>Back up a project now (safe while it is open in the app).</source>
        <translation>Esegue subito il backup di un progetto (si può fare anche mentre è aperto nell&apos;app).</translation>
    </message>
    <message>
        <source>write the backup to this file or folder instead of the automatic backup folder</source>
        <translation>scrive il backup in questo file o cartella invece che nella cartella dei backup automatici</translation>
    </message>
    <message>
        <source>Replace a project with one of its backups (the replaced file is kept beside it).</source>
        <translation>Sostituisce un progetto con uno dei suoi backup (il file sostituito viene conservato accanto).</translation>
    </message>
    <message>
        <source>project file to restore</source>
        <translation>file di progetto da ripristinare</translation>
    </message>
    <message>
        <source>backup to restore (default: the newest)</source>
        <translation>backup da ripristinare (predefinito: il più recente)</translation>
    </message>
    <message>
        <source>list the backups and exit</source>
        <translation>elenca i backup ed esce</translation>
    </message>
    <message>
        <source>Import a spreadsheet or export (CSV, TSV, XLSX, ODS) as a new source, all or nothing.</source>
        <translation>Importa un foglio di calcolo o un&apos;esportazione (CSV, TSV, XLSX, ODS) come nuova fonte, tutto o niente.</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>file da importare</translation>
    </message>
    <message>
        <source>sheet to import from an XLSX/ODS file (default: the first)</source>
        <translation>foglio da importare da un file XLSX/ODS (predefinito: il primo)</translation>
    </message>
    <message>
        <source>set column roles by header or name; roles: identifier, numeric, categorical, date, free_text, channel, pii, ignore (default: inferred)</source>
        <translation>imposta i ruoli delle colonne per intestazione o nome; ruoli: identifier, numeric, categorical, date, free_text, channel, pii, ignore (predefinito: dedotti dai dati)</translation>
    </message>
    <message>
        <source>text encoding of a CSV/TSV file (default: detected)</source>
        <translation>codifica del testo di un file CSV/TSV (predefinito: rilevata automaticamente)</translation>
    </message>
    <message>
        <source>field delimiter: comma, semicolon, tab, pipe or a character (default: detected)</source>
        <translation>separatore di campo: comma, semicolon, tab, pipe o un carattere (predefinito: rilevato automaticamente)</translation>
    </message>
    <message>
        <source>decimal separator of numbers (default: detected)</source>
        <translation>separatore decimale dei numeri (predefinito: rilevato automaticamente)</translation>
    </message>
    <message>
        <source>import as touchpoint events (customer, time, channel, action); default: detected</source>
        <translation>importa come eventi di touchpoint (cliente, data e ora, canale, azione); predefinito: rilevamento automatico</translation>
    </message>
    <message>
        <source>never treat the file as touchpoint events</source>
        <translation>non tratta mai il file come eventi di touchpoint</translation>
    </message>
    <message>
        <source>import even if the same file was imported before</source>
        <translation>importa anche se lo stesso file è già stato importato</translation>
    </message>
    <message>
        <source>show the columns and inferred roles; import nothing</source>
        <translation>mostra le colonne e i ruoli dedotti, senza importare nulla</translation>
    </message>
    <message>
        <source>do not show progress</source>
        <translation>non mostra l&apos;avanzamento</translation>
    </message>
    <message>
        <source>List the imported sources, or show one.</source>
        <translation>Elenca le fonti importate o ne mostra una.</translation>
    </message>
    <message>
        <source>show this source&apos;s columns and first rows</source>
        <translation>mostra le colonne e le prime righe di questa fonte</translation>
    </message>
    <message>
        <source>rows to show with --show (default: 20)</source>
        <translation>righe da mostrare con --show (predefinito: 20)</translation>
    </message>
    <message>
        <source>Cluster the project&apos;s customers into personas and keep the run as a persona set.</source>
        <translation>Raggruppa i clienti del progetto in personas e conserva il risultato come set di personas.</translation>
    </message>
    <message>
        <source>attributes to cluster on (default: every suitable numeric and categorical attribute)</source>
        <translation>attributi su cui basare il raggruppamento (predefinito: tutti gli attributi numerici e categorici adatti)</translation>
    </message>
    <message>
        <source>clustering method; gower handles mixed numbers and categories (default: kmeans)</source>
        <translation>metodo di clustering; gower gestisce insieme numeri e categorie (predefinito: kmeans)</translation>
    </message>
    <message>
        <source>number of personas, or auto to have it suggested from silhouette and stability (default: auto)</source>
        <translation>numero di personas, oppure auto per farlo suggerire da silhouette e stabilità (predefinito: auto)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same personas (default: 0)</source>
        <translation>seme casuale (seed); lo stesso seme produce le stesse personas (predefinito: 0)</translation>
    </message>
    <message>
        <source>missing values: impute (median / most frequent) or drop the customer (default: impute)</source>
        <translation>valori mancanti: impute (li sostituisce con la mediana / il valore più frequente) o drop (esclude il cliente) (predefinito: impute)</translation>
    </message>
    <message>
        <source>scaling of numbers (default: standard)</source>
        <translation>scalatura dei numeri (predefinito: standard)</translation>
    </message>
    <message>
        <source>do not log-transform skewed amounts</source>
        <translation>non applica la trasformazione logaritmica agli importi asimmetrici</translation>
    </message>
    <message>
        <source>name of the persona set</source>
        <translation>nome del set di personas</translation>
    </message>
    <message>
        <source>Print the persona cards of a persona set.</source>
        <translation>Stampa le schede delle personas di un set di personas.</translation>
    </message>
    <message>
        <source>persona set id (default: the newest)</source>
        <translation>id del set di personas (predefinito: il più recente)</translation>
    </message>
    <message>
        <source>List persona sets, show one, or compare two.</source>
        <translation>Elenca i set di personas, ne mostra uno o ne confronta due.</translation>
    </message>
    <message>
        <source>show this persona set&apos;s personas</source>
        <translation>mostra le personas di questo set</translation>
    </message>
    <message>
        <source>show which persona of OLD became which of NEW</source>
        <translation>mostra quale persona di OLD è diventata quale persona di NEW</translation>
    </message>
    <message>
        <source>Export persona cards (PDF, PNG) or persona tables (CSV, XLSX) to hand to colleagues.</source>
        <translation>Esporta le schede delle personas (PDF, PNG) o le loro tabelle (CSV, XLSX) da consegnare ai colleghi.</translation>
    </message>
    <message>
        <source>persona cards as a PDF, one A4 page per persona (the default: PROJECT-personas.pdf beside the project)</source>
        <translation>schede delle personas in un PDF, una pagina A4 per persona (predefinito: PROGETTO-personas.pdf accanto al progetto)</translation>
    </message>
    <message>
        <source>persona cards as PNG images, one per page, into this folder (created when missing)</source>
        <translation>schede delle personas come immagini PNG, una per pagina, in questa cartella (creata se manca)</translation>
    </message>
    <message>
        <source>a table as CSV (UTF-8, comma-separated); which table: --table</source>
        <translation>una tabella in CSV (UTF-8, separata da virgole); quale tabella: --table</translation>
    </message>
    <message>
        <source>a table as an Excel workbook; which table: --table</source>
        <translation>una tabella come cartella di lavoro Excel; quale tabella: --table</translation>
    </message>
    <message>
        <source>for --csv/--xlsx: membership (customer, persona, fit) or statistics (each persona&apos;s attribute values and effect sizes); default: membership</source>
        <translation>per --csv/--xlsx: membership (cliente, persona, aderenza) o statistics (valori degli attributi e dimensioni dell&apos;effetto di ogni persona); predefinito: membership</translation>
    </message>
    <message>
        <source>only these personas (ids as shown by &apos;workbench persona PROJECT&apos;); default: every persona of the set</source>
        <translation>solo queste personas (id come mostrati da &apos;workbench persona PROGETTO&apos;); predefinito: tutte le personas del set</translation>
    </message>
    <message>
        <source>membership table: include customer names/labels and e-mail keys, left out by default because they are personal data</source>
        <translation>tabella di appartenenza: includi nomi/etichette dei clienti e chiavi e-mail, esclusi in modo predefinito perché sono dati personali</translation>
    </message>
    <message>
        <source>resolution of --png images in dots per inch (default: 170)</source>
        <translation>risoluzione delle immagini --png in punti per pollice (predefinito: 170)</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Errore: {message}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrotto.</translation>
    </message>
</context>
<context>
    <name>Clustering</name>
    <message>
        <source>Unknown clustering method: {value}. Use one of: {choices}.</source>
        <extracomment>The silhouette is O(n²): above this many customers it is computed on a seeded sample. Mixture: ambiguous when the persona is less than this many times as probable as the next. Personas with fewer members than this (count, share of customers) get a note. Below this mean silhouette the run gets a note that the personas overlap.</extracomment>
        <translation>Metodo di clustering sconosciuto: {value}. Usa uno tra: {choices}.</translation>
    </message>
    <message>
        <source>A persona set needs at least 2 personas (asked for {k}).</source>
        <translation>Un set di personas richiede almeno 2 personas (richieste: {k}).</translation>
    </message>
    <message>
        <source>The number of restarts must be at least 1.</source>
        <translation>Il numero di riavvii deve essere almeno 1.</translation>
    </message>
    <message>
        <source>Unknown covariance type: {value}. Use one of: {choices}.</source>
        <translation>Tipo di covarianza sconosciuto: {value}. Usa uno tra: {choices}.</translation>
    </message>
    <message>
        <source>Preparing attributes</source>
        <translation>Preparazione degli attributi</translation>
    </message>
    <message>
        <source>{k} personas need at least {needed} customers; only {n} can be used.</source>
        <translation>{k} personas richiedono almeno {needed} clienti; se ne possono usare solo {n}.</translation>
    </message>
    <message>
        <source>Finding personas</source>
        <translation>Ricerca delle personas</translation>
    </message>
    <message>
        <source>Only {found} distinct personas could be formed, not {k} (often because many customers have identical values). Choose fewer personas or more attributes.</source>
        <translation>È stato possibile formare solo {found} personas distinte, non {k} (spesso perché molti clienti hanno valori identici). Scegli meno personas o più attributi.</translation>
    </message>
    <message>
        <source>Measuring how well each customer fits</source>
        <translation>Misurazione dell&apos;aderenza di ogni cliente alla sua persona</translation>
    </message>
    <message>
        <source>Measuring quality</source>
        <translation>Misurazione della qualità</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>The personas overlap a lot (silhouette {silhouette:.2f}): many customers are almost as close to another persona. Read them as tendencies, or ask for a suggested number of personas.</source>
        <translation>Le personas si sovrappongono molto (silhouette {silhouette:.2f}): molti clienti sono quasi altrettanto vicini a un&apos;altra persona. Leggile come tendenze, oppure chiedi un numero di personas suggerito.</translation>
    </message>
    <message>
        <source>Persona {number} has only {size} member(s): probably a few unusual customers rather than a kind of customer. Try fewer personas, robust scaling, or leaving out the attribute that sets them apart.</source>
        <translation>La persona {number} ha solo {size} membro/i: probabilmente pochi clienti insoliti più che un tipo di cliente. Prova con meno personas, con la scalatura robusta o escludendo l&apos;attributo che li distingue.</translation>
    </message>
    <message>
        <source>The personas were formed on a random sample of {sample} of {n} customers (seed {seed}); the others joined the nearest persona.</source>
        <translation>Le personas sono state formate su un campione casuale di {sample} clienti su {n} (seme {seed}); gli altri sono stati assegnati alla persona più vicina.</translation>
    </message>
    <message>
        <source>k-medoids on Gower distance: numbers compared after filling blanks and log transforms, divided by their range; categories compared as equal or different.</source>
        <translation>k-medoids sulla distanza di Gower: numeri confrontati dopo il riempimento dei valori mancanti e le trasformazioni logaritmiche, divisi per il loro intervallo; categorie confrontate come uguali o diverse.</translation>
    </message>
    <message>
        <source>{n} customers with blanks were left out.</source>
        <translation>{n} clienti con valori mancanti sono stati esclusi.</translation>
    </message>
    <message>
        <source>The method did not fully converge; the personas may change with another seed.</source>
        <translation>Il metodo non è arrivato del tutto a convergenza; le personas potrebbero cambiare con un altro seme.</translation>
    </message>
    <message>
        <source>The {method} method could not be fitted to these data ({error}). Try another method, fewer personas or other attributes.</source>
        <extracomment>A floor on every variance of the Gaussian mixture (features have sd 1 and 0/1 columns sd &lt;= 0.5). scikit-learn&apos;s 1e-6 lets a component shrink onto one value of a 0/1 column: on the marketing data that gave groups following single flags and a silhouette below 0; 0.1 gives 0.17, close to k-means. Matrix column of each Gower numeric column, and whether it is a 0/1 flag. Matrix columns (indicators) of each Gower categorical column. Gaussian mixture only: (n, k) probabilities of each group. Gower: row index of each group&apos;s medoid. Ward and Gower on large data: how many customers the fit used.</extracomment>
        <translation>Non è stato possibile adattare il metodo {method} a questi dati ({error}). Prova un altro metodo, meno personas o altri attributi.</translation>
    </message>
</context>
<context>
    <name>DataArea</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)</source>
        <extracomment>Widths (pixels) a source column may take when first shown.</extracomment>
        <translation>Fogli di calcolo (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>This project is open read-only, so nothing can be imported or deleted. To change it, close it and open it again once no other window is writing to it.</source>
        <translation>Questo progetto è aperto in sola lettura, quindi non si può importare né eliminare nulla. Per modificarlo, chiudilo e riaprilo quando nessun&apos;altra finestra lo sta modificando.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <extracomment>The shown source changed (its id, or 0 when none). The import dialog while it is open. The source to select at the next refresh (a new import).</extracomment>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Delete source…</source>
        <translation>&amp;Elimina fonte…</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Ancora nessuna fonte</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importa un file…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Rows of the source</source>
        <translation>Righe della fonte</translation>
    </message>
    <message>
        <source>{kind} · {rows} rows · {columns} columns · imported {when}</source>
        <translation>{kind} · {rows} righe · {columns} colonne · importata il {when}</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importa un file</translation>
    </message>
    <message>
        <source>Imported {source}: {rows} rows, {customers} new customers, {documents} documents, {touchpoints} touchpoints.</source>
        <translation>Importato {source}: {rows} righe, {customers} nuovi clienti, {documents} documenti, {touchpoints} punti di contatto.</translation>
    </message>
    <message>
        <source>Delete {source}?</source>
        <translation>Eliminare {source}?</translation>
    </message>
    <message>
        <source>This removes the {rows} rows imported from {source}, with the documents and touchpoints that came from it, and the customers known only from this file. The file on disk is not touched.</source>
        <translation>Vengono rimosse le {rows} righe importate da {source}, con i documenti e i punti di contatto che ne provengono, e i clienti noti solo da questo file. Il file sul disco non viene toccato.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Elimina fonte</translation>
    </message>
    <message>
        <source>Deleted {source}.</source>
        <translation>{source} eliminata.</translation>
    </message>
    <message>
        <source>This project is open read-only, so no file can be imported into it.</source>
        <translation>Questo progetto è aperto in sola lettura, quindi non vi si può importare alcun file.</translation>
    </message>
    <message>
        <source>Import a CSV, TSV, XLSX or ODS file as a new source (Ctrl+I)</source>
        <translation>Importa un file CSV, TSV, XLSX o ODS come nuova fonte (Ctrl+I)</translation>
    </message>
    <message>
        <source>Remove the selected source and everything imported from it</source>
        <translation>Rimuovi la fonte selezionata e tutto ciò che è stato importato da essa</translation>
    </message>
    <message>
        <source>Import a CSV, TSV, XLSX or ODS file: interview spreadsheets, survey exports, CRM or e-commerce exports, touchpoint logs. Each file becomes a source that you can browse here, row by row.</source>
        <translation>Importa un file CSV, TSV, XLSX o ODS: fogli di interviste, esportazioni di sondaggi, esportazioni CRM o e-commerce, registri dei punti di contatto. Ogni file diventa una fonte che puoi consultare qui, riga per riga.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numerico</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Categorico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Testo libero</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Links rows to one customer (customer id, account number). Kept as text, leading zeros included.</source>
        <translation>Collega le righe a un cliente (codice cliente, numero di conto). Conservato come testo, zeri iniziali compresi.</translation>
    </message>
    <message>
        <source>A number: becomes a quantitative attribute for personas and statistics.</source>
        <translation>Un numero: diventa un attributo quantitativo per le persona e le statistiche.</translation>
    </message>
    <message>
        <source>A few repeated values (segment, tier, city): becomes a categorical attribute.</source>
        <translation>Pochi valori ripetuti (segmento, livello, città): diventa un attributo categorico.</translation>
    </message>
    <message>
        <source>A date or a time, stored as an ISO date.</source>
        <translation>Una data o un orario, salvati come data ISO.</translation>
    </message>
    <message>
        <source>Open answers and notes: each cell becomes a document of qualitative evidence that you can code.</source>
        <translation>Risposte aperte e note: ogni cella diventa un documento di evidenza qualitativa che puoi codificare.</translation>
    </message>
    <message>
        <source>The channel of a contact (store, web, app, call centre): used for journeys and the channel mix.</source>
        <translation>Il canale di un contatto (negozio, web, app, call center): usato per i percorsi e il mix di canali.</translation>
    </message>
    <message>
        <source>Personal data (name, e-mail, phone, address): kept for linking customers, left out of exports.</source>
        <translation>Dati personali (nome, e-mail, telefono, indirizzo): conservati per collegare i clienti, esclusi dalle esportazioni.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Non importata.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>Touchpoint events</source>
        <translation>Eventi di contatto</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>The invisible root: the default ``parent`` of a table model&apos;s methods. Role giving a source&apos;s id (SourcesModel) for any cell of its row.</extracomment>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importata</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The start of the file&apos;s SHA-256 fingerprint: the same content always has the same fingerprint.</source>
        <translation>L&apos;inizio dell&apos;impronta SHA-256 del file: lo stesso contenuto ha sempre la stessa impronta.</translation>
    </message>
    <message>
        <source>Imported from {path}</source>
        <translation>Importata da {path}</translation>
    </message>
    <message>
        <source>Column: {title}</source>
        <translation>Colonna: {title}</translation>
    </message>
    <message>
        <source>Name in the project: {name}</source>
        <translation>Nome nel progetto: {name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Ruolo: {role}</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>How many blocks were read from the project so far (for tests and tuning).</extracomment>
        <translation>Riga</translation>
    </message>
    <message>
        <source>The row number in the original file or sheet, as you see it in Excel or LibreOffice.</source>
        <translation>Il numero di riga nel file o nel foglio originale, come lo vedi in Excel o LibreOffice.</translation>
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
    <name>Export</name>
    <message>
        <source>{path} is a folder: give the name of the file to write.</source>
        <translation>{path} è una cartella: indica il nome del file da scrivere.</translation>
    </message>
    <message>
        <source>{path} is the project file itself: choose another name for the export.</source>
        <translation>{path} è il file del progetto: scegli un altro nome per l&apos;esportazione.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it or choose another one.</source>
        <translation>La cartella {folder} non esiste: creala o scegline un&apos;altra.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Check that the folder is writable and that the file is not open in another program, then try again.</source>
        <translation>Impossibile scrivere {path}: {reason}. Controlla che la cartella sia scrivibile e che il file non sia aperto in un altro programma, poi riprova.</translation>
    </message>
    <message>
        <source>Full name</source>
        <extracomment>At most this many &quot;what sets them apart&quot; lines, the strongest per attribute. Further lines (weaker, or other levels of the same attribute) shown where the page has room. How the set was computed, already phrased (&quot;k-means · 4 personas · seed 0&quot;). PersonaProfile effects as dicts (AttributeEffect.to_dict), strongest first. (position, share) of every persona of the set, for the share strip. Share of the customers clustered that fit no persona well. Space above a section heading.</extracomment>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Con le sue parole</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Racconto</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrazioni</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivazioni</translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation>Cosa li distingue</translation>
    </message>
    <message>
        <source>No attribute sets this persona apart from the other customers by at least a small effect (|d| or |h| of 0.2).</source>
        <translation>Nessun attributo distingue questa persona dagli altri clienti con un effetto almeno piccolo (|d| o |h| di 0,2).</translation>
    </message>
    <message>
        <source>The strongest differences between its members and the other {n} customers clustered, one line per attribute.</source>
        <translation>Le differenze più forti tra i suoi membri e gli altri {n} clienti raggruppati, una riga per attributo.</translation>
    </message>
    <message>
        <source>This persona</source>
        <translation>Questa persona</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Tutti gli altri</translation>
    </message>
    <message>
        <source>More differences</source>
        <translation>Altre differenze</translation>
    </message>
    <message>
        <source>Share of the customers</source>
        <translation>Quota dei clienti</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canali preferiti</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Mix di canali</translation>
    </message>
    <message>
        <source>Share of this persona&apos;s contacts through each channel; the mark shows everyone else.</source>
        <translation>Quota dei contatti di questa persona per ciascun canale; il segno indica tutti gli altri.</translation>
    </message>
    <message>
        <source>{persona} · others {rest}</source>
        <translation>{persona} · altri {rest}</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>Come leggere i dati</translation>
    </message>
    <message>
        <source>Bars compare this persona&apos;s members with everyone else clustered. d (numbers) and h (categories) are Cohen&apos;s effect sizes: about 0.2 is small, 0.5 medium, 0.8 large.</source>
        <translation>Le barre confrontano i membri di questa persona con tutti gli altri clienti raggruppati. d (numeri) e h (categorie) sono le dimensioni dell&apos;effetto di Cohen: circa 0,2 è piccola, 0,5 media, 0,8 grande.</translation>
    </message>
    <message>
        <source>This persona: {share} ({size} customers)</source>
        <translation>Questa persona: {share} ({size} clienti)</translation>
    </message>
    <message>
        <source>The other persona: {share}</source>
        <translation>L&apos;altra persona: {share}</translation>
    </message>
    <message>
        <source>The other {n} personas: {share}</source>
        <translation>Le altre {n} personas: {share}</translation>
    </message>
    <message>
        <source>Fit no persona well: {share}</source>
        <translation>Non aderiscono bene a nessuna persona: {share}</translation>
    </message>
    <message>
        <source>PERSONA {n} OF {k}</source>
        <extracomment>A quote of up to this many lines spans the page under the header; a longer one flows. PNG resolution (dots per inch) unless told otherwise. The card needed stand-ins for characters the fonts lack. The name shown (stand-ins applied), for the slim header of continuation pages. The looks a card may take, loosest first: a card is set a step tighter when that keeps it on one page; one that still runs over keeps the loosest look and continues on further pages.</extracomment>
        <translation>PERSONA {n} DI {k}</translation>
    </message>
    <message>
        <source>{size} customers · {share} of the {total} clustered</source>
        <translation>{size} clienti · {share} dei {total} raggruppati</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>continua</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} di {total}</translation>
    </message>
    <message>
        <source>{project} · Persona set: {persona_set}</source>
        <translation>{project} · Set di personas: {persona_set}</translation>
    </message>
    <message>
        <source>Text in [brackets] stands for characters the embedded fonts cannot show: [?] for letters, a name for an emoji.</source>
        <translation>Il testo tra [parentesi] sostituisce caratteri che i font incorporati non possono mostrare: [?] per le lettere, un nome per le emoji.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} e altre {n}</translation>
    </message>
    <message>
        <source>Computed on {computed} ({method}) from {customers} customers clustered. Sources: {sources}. Exported on {exported}{app}.</source>
        <translation>Calcolato il {computed} ({method}) su {customers} clienti raggruppati. Fonti: {sources}. Esportato il {exported}{app}.</translation>
    </message>
    <message>
        <source> with {app}</source>
        <translation> con {app}</translation>
    </message>
    <message>
        <source>Personas: {persona_set}</source>
        <translation>Personas: {persona_set}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>negligible</source>
        <translation>trascurabile</translation>
    </message>
    <message>
        <source>small</source>
        <translation>piccolo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-means</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>mistura gaussiana</translation>
    </message>
    <message>
        <source>agglomerative (Ward)</source>
        <translation>agglomerativo (Ward)</translation>
    </message>
    <message>
        <source>Gower k-medoids</source>
        <translation>k-medoidi di Gower</translation>
    </message>
    <message>
        <source>{attribute}: {level}</source>
        <translation>{attribute}: {level}</translation>
    </message>
    <message>
        <source>{symbol} = {effect} · {magnitude}</source>
        <translation>{symbol} = {effect} · {magnitude}</translation>
    </message>
    <message>
        <source>between personas: about as close to another one</source>
        <translation>tra due personas: vicino quasi quanto a un&apos;altra</translation>
    </message>
    <message>
        <source>far from every persona&apos;s centre</source>
        <translation>lontano dal centro di ogni persona</translation>
    </message>
    <message>
        <source>Persona set {id} has no personas to export.</source>
        <translation>Il set di personas {id} non ha personas da esportare.</translation>
    </message>
    <message>
        <source>Persona set {set} has no persona {ids}. Its personas are: {available}.</source>
        <translation>Il set di personas {set} non ha la persona {ids}. Le sue personas sono: {available}.</translation>
    </message>
    <message>
        <source>{algorithm} · {k} personas · seed {seed}</source>
        <translation>{algorithm} · {k} personas · seme {seed}</translation>
    </message>
    <message>
        <source>Preparing the persona cards…</source>
        <translation>Preparazione delle schede delle personas…</translation>
    </message>
    <message>
        <source>{path} is a file: give a folder for the images.</source>
        <translation>{path} è un file: indica una cartella per le immagini.</translation>
    </message>
    <message>
        <source>The resolution must be between 72 and 600 dots per inch, not {dpi}.</source>
        <translation>La risoluzione deve essere tra 72 e 600 punti per pollice, non {dpi}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Impossibile creare la cartella {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Drawing {name}…</source>
        <translation>Disegno di {name}…</translation>
    </message>
    <message>
        <source>customer label</source>
        <translation>etichetta cliente</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>chiave cliente</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>id cliente</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>aderenza</translation>
    </message>
    <message>
        <source>nearest persona</source>
        <translation>persona più vicina</translation>
    </message>
    <message>
        <source>fits no persona because</source>
        <translation>non aderisce a nessuna persona perché</translation>
    </message>
    <message>
        <source>Persona membership</source>
        <translation>Appartenenza alle personas</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attributo</translation>
    </message>
    <message>
        <source>level</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>statistica</translation>
    </message>
    <message>
        <source>persona value</source>
        <translation>valore della persona</translation>
    </message>
    <message>
        <source>rest value</source>
        <translation>valore degli altri</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>effetto</translation>
    </message>
    <message>
        <source>effect measure</source>
        <translation>misura dell&apos;effetto</translation>
    </message>
    <message>
        <source>magnitude</source>
        <translation>entità</translation>
    </message>
    <message>
        <source>customers behind</source>
        <translation>clienti alla base</translation>
    </message>
    <message>
        <source>used to form the personas</source>
        <translation>usato per formare le personas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>share</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>channel mix</source>
        <translation>mix di canali</translation>
    </message>
    <message>
        <source>share of contacts</source>
        <translation>quota dei contatti</translation>
    </message>
    <message>
        <source>Persona statistics</source>
        <translation>Statistiche delle personas</translation>
    </message>
    <message>
        <source>Unknown table format &apos;{format}&apos;: use csv or xlsx.</source>
        <translation>Formato di tabella sconosciuto &apos;{format}&apos;: usa csv o xlsx.</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Scrittura di {path}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>The project has no persona sets yet: create one first (workbench personas PROJECT).</source>
        <translation>Il progetto non ha ancora set di personas: creane prima uno (workbench personas PROGETTO).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Persona cards as PDF (one A4 page per persona)</source>
        <extracomment>The preview draws the cards of at most this many personas. Resolution of the preview pages (the lowest the card renderer accepts).</extracomment>
        <translation>Schede delle personas in PDF (una pagina A4 per persona)</translation>
    </message>
    <message>
        <source>Persona cards as PNG images (into a folder)</source>
        <translation>Schede delle personas come immagini PNG (in una cartella)</translation>
    </message>
    <message>
        <source>Membership table as CSV (customer → persona)</source>
        <translation>Tabella di appartenenza in CSV (cliente → persona)</translation>
    </message>
    <message>
        <source>Membership table as XLSX (customer → persona)</source>
        <translation>Tabella di appartenenza in XLSX (cliente → persona)</translation>
    </message>
    <message>
        <source>Statistics table as CSV</source>
        <translation>Tabella delle statistiche in CSV</translation>
    </message>
    <message>
        <source>Statistics table as XLSX</source>
        <translation>Tabella delle statistiche in XLSX</translation>
    </message>
    <message>
        <source>Export “{name}”</source>
        <translation>Esporta “{name}”</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tutte le personas</translation>
    </message>
    <message>
        <source>Only the checked personas</source>
        <translation>Solo le personas spuntate</translation>
    </message>
    <message>
        <source>Personas to export</source>
        <translation>Personas da esportare</translation>
    </message>
    <message>
        <source>Include personal data (customer names)</source>
        <translation>Includi i dati personali (nomi dei clienti)</translation>
    </message>
    <message>
        <source>Without it the table identifies customers by number only; names and e-mail addresses stay in the project.</source>
        <translation>Senza questa opzione la tabella identifica i clienti solo con un numero; nomi e indirizzi e-mail restano nel progetto.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Preview of the first pages</source>
        <translation>Anteprima delle prime pagine</translation>
    </message>
    <message>
        <source>Check at least one persona.</source>
        <translation>Spunta almeno una persona.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Disegno dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>Drawing the export preview</source>
        <translation>Disegno dell&apos;anteprima dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <source>The cards of the first {shown} of {total} personas, as they will be printed.</source>
        <translation>Le schede delle prime {shown} personas su {total}, come verranno stampate.</translation>
    </message>
    <message>
        <source>Every card, as it will be printed.</source>
        <translation>Tutte le schede, come verranno stampate.</translation>
    </message>
    <message>
        <source>Tables have no pages: these are the cards of the same personas.</source>
        <translation>Le tabelle non hanno pagine: queste sono le schede delle stesse personas.</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Nessuna anteprima: {error}</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>appartenenza</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistiche</translation>
    </message>
    <message>
        <source>Folder for the PNG images</source>
        <translation>Cartella per le immagini PNG</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documenti PDF</translation>
    </message>
    <message>
        <source>CSV tables</source>
        <translation>Tabelle CSV</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Cartelle di lavoro Excel</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>Exporting “{name}”</source>
        <translation>Esportazione di “{name}”</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>Esportato {path}.</translation>
    </message>
    <message>
        <source>Exported {n} files into {folder}.</source>
        <translation>Esportati {n} file in {folder}.</translation>
    </message>
    <message>
        <source>Left out (personal data): {columns}.</source>
        <translation>Esclusi (dati personali): {columns}.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L&apos;esportazione non è riuscita</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Esportazione annullata: non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{place} has {found} columns but {expected} column settings were given. Open the preview again.</source>
        <translation>{place} ha {found} colonne, ma sono state indicate impostazioni per {expected} colonne. Apri di nuovo l&apos;anteprima.</translation>
    </message>
    <message>
        <source>&apos;{decimal}&apos; cannot be a decimal mark: use &apos;.&apos; or &apos;,&apos;.</source>
        <translation>&apos;{decimal}&apos; non può essere un separatore decimale: usa &apos;.&apos; o &apos;,&apos;.</translation>
    </message>
    <message>
        <source>&apos;{order}&apos; is not a date order: use dmy (31/12/2024) or mdy (12/31/2024).</source>
        <translation>&apos;{order}&apos; non è un ordine di data valido: usa dmy (31/12/2024) o mdy (12/31/2024).</translation>
    </message>
    <message>
        <source>Checking values…</source>
        <translation>Verifica dei valori…</translation>
    </message>
    <message>
        <source>{place}, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is not a number. Change the column&apos;s role to Categorical or fix the cell, then import again.</source>
        <translation>{place}, riga {row}, colonna &apos;{column}&apos;: &apos;{value}&apos; non è un numero. Cambia il ruolo della colonna in Categorico o correggi la cella, poi importa di nuovo.</translation>
    </message>
    <message>
        <source>{place}, row {row}, column &apos;{column}&apos;: &apos;{value}&apos; is not a date the workbench can read (it reads 2024-03-31, 31/03/2024, 31-03-2024 and Excel dates). Change the column&apos;s role to Categorical or fix the cell, then import again.</source>
        <translation>{place}, riga {row}, colonna &apos;{column}&apos;: &apos;{value}&apos; non è una data che il workbench sa leggere (legge 2024-03-31, 31/03/2024, 31-03-2024 e le date di Excel). Cambia il ruolo della colonna in Categorico o correggi la cella, poi importa di nuovo.</translation>
    </message>
    <message>
        <source>{place} has a header row (row {row}) but no rows of data below it. Check that you picked the right file or sheet.</source>
        <translation>{place} ha una riga di intestazione (riga {row}) ma nessuna riga di dati sotto. Controlla di aver scelto il file o il foglio giusto.</translation>
    </message>
    <message>
        <source>{file} is not a file type the workbench can import. Use CSV, TSV or TXT (delimited text), XLSX, XLSM, XLS or ODS; other files can usually be saved in one of these formats from the program that made them.</source>
        <translation>{file} non è un tipo di file che il workbench può importare. Usa CSV, TSV o TXT (testo delimitato), XLSX, XLSM, XLS o ODS; di solito gli altri file si possono salvare in uno di questi formati dal programma che li ha creati.</translation>
    </message>
    <message>
        <source>{file} was not found. It may have been moved or renamed; choose it again.</source>
        <translation>{file} non è stato trovato. Potrebbe essere stato spostato o rinominato; sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file. Choose a file inside it.</source>
        <translation>{file} è una cartella, non un file. Scegli un file al suo interno.</translation>
    </message>
    <message>
        <source>&apos;{delimiter}&apos; cannot be a separator: give one character, such as , ; | or tab.</source>
        <translation>&apos;{delimiter}&apos; non può essere un separatore: indica un solo carattere, come , ; | o tab.</translation>
    </message>
    <message>
        <source>The header row must be 1 or more (the first row of the file is 1).</source>
        <translation>La riga di intestazione deve essere 1 o maggiore (la prima riga del file è la 1).</translation>
    </message>
    <message>
        <source>empty column</source>
        <extracomment>A free-text column: values this long on average, or this many words. Share of values that must match for e-mail, phone and channel values. Fewer rows than this never make a column &quot;constant&quot;.</extracomment>
        <translation>colonna vuota</translation>
    </message>
    <message>
        <source>same value in every row</source>
        <translation>stesso valore in tutte le righe</translation>
    </message>
    <message>
        <source>{reason}; the same value in every previewed row</source>
        <translation>{reason}; stesso valore in tutte le righe dell&apos;anteprima</translation>
    </message>
    <message>
        <source>the header names an identifier</source>
        <translation>l&apos;intestazione indica un identificativo</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>indirizzi e-mail</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>numeri di telefono</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>date</translation>
    </message>
    <message>
        <source>numbers with leading zeros, kept as text</source>
        <translation>numeri con zeri iniziali, mantenuti come testo</translation>
    </message>
    <message>
        <source>Excel date numbers</source>
        <translation>date in formato numerico di Excel</translation>
    </message>
    <message>
        <source>postal codes, kept as text</source>
        <translation>codici postali, mantenuti come testo</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numeri</translation>
    </message>
    <message>
        <source>the header names a channel</source>
        <translation>l&apos;intestazione indica un canale</translation>
    </message>
    <message>
        <source>channel names (store, web, app…)</source>
        <translation>nomi di canali (negozio, web, app…)</translation>
    </message>
    <message>
        <source>long, varied text</source>
        <translation>testo lungo e vario</translation>
    </message>
    <message>
        <source>a different code in every row</source>
        <translation>un codice diverso in ogni riga</translation>
    </message>
    <message>
        <source>{count} different values</source>
        <translation>{count} valori diversi</translation>
    </message>
    <message>
        <source>dates, month first (12/31/2024)</source>
        <translation>date, prima il mese (12/31/2024)</translation>
    </message>
    <message>
        <source>dates, day first (31/12/2024)</source>
        <translation>date, prima il giorno (31/12/2024)</translation>
    </message>
    <message>
        <source>the header names an e-mail address</source>
        <translation>l&apos;intestazione indica un indirizzo e-mail</translation>
    </message>
    <message>
        <source>the header names a phone number</source>
        <translation>l&apos;intestazione indica un numero di telefono</translation>
    </message>
    <message>
        <source>the header names a person&apos;s name</source>
        <translation>l&apos;intestazione indica il nome di una persona</translation>
    </message>
    <message>
        <source>the header names an address</source>
        <translation>l&apos;intestazione indica un indirizzo</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <extracomment>ZIP bomb limits (declared sizes inside the archive): real workbooks of a million rows stay well below them and compress about 5-20 times.</extracomment>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the workbook again, or save it again from Excel or LibreOffice.</source>
        <translation>{file} è vuoto (0 byte). Scegli di nuovo la cartella di lavoro, oppure salvala di nuovo da Excel o LibreOffice.</translation>
    </message>
    <message>
        <source>{file} cannot be opened as a workbook: it is damaged or is not really an Excel or OpenDocument file ({detail}). Open it in Excel or LibreOffice and save it again, or export the sheet as CSV.</source>
        <translation>{file} non può essere aperto come cartella di lavoro: è danneggiato o non è davvero un file Excel o OpenDocument ({detail}). Aprilo in Excel o LibreOffice e salvalo di nuovo, oppure esporta il foglio in CSV.</translation>
    </message>
    <message>
        <source>{file} cannot be read: the sheet is damaged ({detail}). Open it in Excel or LibreOffice and save it again.</source>
        <translation>{file} non può essere letto: il foglio è danneggiato ({detail}). Aprilo in Excel o LibreOffice e salvalo di nuovo.</translation>
    </message>
    <message>
        <source>{file} was not opened: it would unpack to {size} MB, far more than any real workbook of its size (a &quot;ZIP bomb&quot;). If you trust the file, open it in Excel or LibreOffice and export the sheet as CSV.</source>
        <translation>{file} non è stato aperto: una volta decompresso occuperebbe {size} MB, molto più di qualsiasi vera cartella di lavoro di queste dimensioni (una &quot;ZIP bomb&quot;). Se ti fidi del file, aprilo in Excel o LibreOffice ed esporta il foglio in CSV.</translation>
    </message>
    <message>
        <source>{file} is protected by a password, so it cannot be read. Open it in Excel or LibreOffice, remove the password (save it without encryption), and import the new copy.</source>
        <translation>{file} è protetto da password, quindi non può essere letto. Aprilo in Excel o LibreOffice, rimuovi la password (salvalo senza crittografia) e importa la nuova copia.</translation>
    </message>
    <message>
        <source>{file} has no worksheet with data. Check that you picked the right file.</source>
        <translation>{file} non contiene fogli di lavoro con dati. Controlla di aver scelto il file giusto.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos;. Its sheets are: {sheets}.</source>
        <translation>{file} non ha un foglio chiamato &apos;{sheet}&apos;. I suoi fogli sono: {sheets}.</translation>
    </message>
    <message>
        <source>{place} is empty. Choose another sheet: {sheets}.</source>
        <translation>{place} è vuoto. Scegli un altro foglio: {sheets}.</translation>
    </message>
    <message>
        <source>{place} is empty. Choose a workbook whose sheet has a header row and at least one row of data.</source>
        <translation>{place} è vuoto. Scegli una cartella di lavoro con un foglio che abbia una riga di intestazione e almeno una riga di dati.</translation>
    </message>
    <message>
        <source>{file} (sheet {sheet})</source>
        <extracomment>Sheet of a workbook (default: the first one). Ignored for CSV/TSV. Text encoding of a CSV/TSV (&quot;utf-8&quot;, &quot;cp1252&quot;, &quot;utf-16&quot;...). Field separator of a CSV/TSV (&quot;,&quot; &quot;;&quot; &quot;	&quot; &quot;|&quot;). Decimal mark of numbers written as text: &quot;.&quot; or &quot;,&quot;. Row number of the header as the user sees it (1 = first row of the file or sheet); default: the first row that is not empty. Row number of the header row. True when ``max_rows`` stopped the reading before the end of the file.</extracomment>
        <translation>{file} (foglio {sheet})</translation>
    </message>
    <message>
        <source>{place} ends before row {row}, so that row cannot be the header. Choose a smaller header row.</source>
        <translation>{place} finisce prima della riga {row}, quindi quella riga non può essere l&apos;intestazione. Scegli un numero di riga di intestazione più basso.</translation>
    </message>
    <message>
        <source>{file} is empty. Choose a file that has a header row and at least one row of data.</source>
        <extracomment>A single value larger than this is a quote that was never closed, not data.</extracomment>
        <translation>{file} è vuoto. Scegli un file con una riga di intestazione e almeno una riga di dati.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a text encoding the workbench knows. Try utf-8, cp1252, latin-1 or utf-16.</source>
        <translation>&apos;{encoding}&apos; non è una codifica del testo che il workbench conosce. Prova utf-8, cp1252, latin-1 o utf-16.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: some bytes are not valid in that encoding. Choose another encoding, for example utf-8 or cp1252.</source>
        <translation>{file} non può essere letto come {encoding}: alcuni byte non sono validi in quella codifica. Scegli un&apos;altra codifica, ad esempio utf-8 o cp1252.</translation>
    </message>
    <message>
        <source>{file} is not a text file: it looks like a spreadsheet (XLSX or ODS) saved with a text-file name. Rename it with its real extension (.xlsx or .ods) and import it again.</source>
        <translation>{file} non è un file di testo: sembra un foglio di calcolo (XLSX o ODS) salvato con il nome di un file di testo. Rinominalo con la sua vera estensione (.xlsx o .ods) e importalo di nuovo.</translation>
    </message>
    <message>
        <source>{file} is not a text file: it looks like an old Excel workbook (.xls). Rename it to .xls, or open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>{file} non è un file di testo: sembra una vecchia cartella di lavoro di Excel (.xls). Rinominalo in .xls, oppure aprilo in Excel o LibreOffice e salvalo come .xlsx o CSV.</translation>
    </message>
    <message>
        <source>{file} does not look like a text table (CSV or TSV): it contains binary data. Check that you picked the right file; if it is a spreadsheet, save it as .xlsx, .ods or CSV and import that.</source>
        <translation>{file} non sembra una tabella di testo (CSV o TSV): contiene dati binari. Controlla di aver scelto il file giusto; se è un foglio di calcolo, salvalo come .xlsx, .ods o CSV e importa quello.</translation>
    </message>
    <message>
        <source>{file}, row {row}: the text cannot be split into values ({error}). Check for a quote (&quot;) that is opened but never closed.</source>
        <translation>{file}, riga {row}: il testo non può essere suddiviso in valori ({error}). Controlla se c&apos;è una virgoletta (&quot;) aperta e mai chiusa.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>{file}, row {row}: this row has {found} values but the header has {expected}. A separator ({separator}) inside a value that is not in quotes usually causes this: put that value in double quotes or remove the extra separator, then import again.</source>
        <translation>{file}, riga {row}: questa riga ha {found} valori, ma l&apos;intestazione ne ha {expected}. Di solito la causa è un separatore ({separator}) dentro un valore non racchiuso tra virgolette: racchiudi quel valore tra virgolette doppie o rimuovi il separatore in più, poi importa di nuovo.</translation>
    </message>
    <message>
        <source>{file}, row {row}: a quote (&quot;) opened in this row is never closed, so the rest of the file reads as one value. Close the quote or remove it, then import again.</source>
        <translation>{file}, riga {row}: una virgoletta (&quot;) aperta in questa riga non viene mai chiusa, quindi il resto del file viene letto come un unico valore. Chiudi la virgoletta o rimuovila, poi importa di nuovo.</translation>
    </message>
    <message>
        <source>{file} has no column named &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>{file} non ha una colonna chiamata &apos;{column}&apos;. Le sue colonne sono: {columns}.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a column role. Use one of: {roles}.</source>
        <translation>&apos;{role}&apos; non è un ruolo di colonna. Usa uno tra: {roles}.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>scelto da te</translation>
    </message>
    <message>
        <source>{file} was already imported on {when} (same content). Import it again only if you really want a second copy of its rows.</source>
        <translation>{file} è già stato importato il {when} (stesso contenuto). Importalo di nuovo solo se vuoi davvero una seconda copia delle sue righe.</translation>
    </message>
    <message>
        <source>{file} changed since the preview ({found} columns instead of {expected}). Open the preview again.</source>
        <translation>{file} è cambiato dopo l&apos;anteprima ({found} colonne invece di {expected}). Apri di nuovo l&apos;anteprima.</translation>
    </message>
    <message>
        <source>Every column of {file} is set to Ignore: nothing to import. Give at least one column another role.</source>
        <translation>Tutte le colonne di {file} sono impostate su Ignora: non c&apos;è nulla da importare. Assegna un altro ruolo ad almeno una colonna.</translation>
    </message>
    <message>
        <source>{file} does not look like a touchpoint event log: it needs a customer column, a date or time column and a channel column.</source>
        <translation>{file} non sembra un registro di eventi di touchpoint: servono una colonna del cliente, una colonna di data o ora e una colonna del canale.</translation>
    </message>
    <message>
        <source>Saving rows…</source>
        <translation>Salvataggio delle righe…</translation>
    </message>
    <message>
        <source>Saving evidence…</source>
        <translation>Salvataggio delle evidenze…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Completamento…</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation>{file} riga {row}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra verticale</translation>
    </message>
    <message>
        <source>point (1.5)</source>
        <translation>punto (1.5)</translation>
    </message>
    <message>
        <source>comma (1,5)</source>
        <translation>virgola (1,5)</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <extracomment>The import succeeded (ImportResult); the dialog then closes. A preview was read and shown (also after a changed option or sheet). Reading the preview failed; the message is shown in the dialog.</extracomment>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>A choice that changes how the file is read (True: another sheet, other columns). The touchpoint-events choice changed.</extracomment>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Foglio:</translation>
    </message>
    <message>
        <source>The worksheet to import. Each sheet becomes its own source.</source>
        <translation>Il foglio di lavoro da importare. Ogni foglio diventa una fonte a sé.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>How the text file&apos;s characters are stored. Change it when accented letters look wrong in the preview.</source>
        <translation>Come sono memorizzati i caratteri del file di testo. Cambiala se nell&apos;anteprima le lettere accentate appaiono sbagliate.</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Se&amp;paratore:</translation>
    </message>
    <message>
        <source>The character between the fields of a row. Change it when the preview shows everything in one column.</source>
        <translation>Il carattere tra i campi di una riga. Cambialo se l&apos;anteprima mostra tutto in una sola colonna.</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgola ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto e virgola ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra verticale |</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>Separatore &amp;decimale:</translation>
    </message>
    <message>
        <source>How numbers written as text mark decimals: 1.5 or 1,5 (Italian and many European exports).</source>
        <translation>Come i numeri scritti come testo indicano i decimali: 1.5 oppure 1,5 (esportazioni italiane e di molti paesi europei).</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Punto (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Virgola (1,5)</translation>
    </message>
    <message>
        <source>Touchpoint &amp;events:</source>
        <translation>&amp;Eventi di contatto:</translation>
    </message>
    <message>
        <source>An event log (customer, date and time, channel, action) becomes touchpoints for journey maps; other files are imported as a table of customers&apos; attributes and answers.</source>
        <translation>Un registro di eventi (cliente, data e ora, canale, azione) diventa punti di contatto per le mappe del percorso; gli altri file vengono importati come tabella di attributi e risposte dei clienti.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>Import as touchpoint events</source>
        <translation>Importa come eventi di contatto</translation>
    </message>
    <message>
        <source>Import as a plain table</source>
        <translation>Importa come semplice tabella</translation>
    </message>
    <message>
        <source>Columns and their roles</source>
        <translation>Colonne e loro ruoli</translation>
    </message>
    <message>
        <source>Data preview</source>
        <translation>Anteprima dei dati</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Check the role of each column; change any that the workbench guessed wrong.</source>
        <translation>Controlla il ruolo di ogni colonna; cambia quelli che il workbench ha indovinato male.</translation>
    </message>
    <message>
        <source>The first rows as they will be imported, with their row numbers in the file.</source>
        <translation>Le prime righe come verranno importate, con i loro numeri di riga nel file.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import the whole file with these roles (Ctrl+Enter)</source>
        <translation>Importa l&apos;intero file con questi ruoli (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importa {file}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>Reading the preview</source>
        <translation>Lettura dell&apos;anteprima</translation>
    </message>
    <message>
        <source>The file could not be read with these options.</source>
        <translation>Non è stato possibile leggere il file con queste opzioni.</translation>
    </message>
    <message>
        <source>Showing the first {rows} rows and {columns} columns; the import reads the whole file.</source>
        <translation>Sono mostrate le prime {rows} righe e {columns} colonne; l&apos;importazione legge l&apos;intero file.</translation>
    </message>
    <message>
        <source>Showing all {rows} rows and {columns} columns.</source>
        <translation>Sono mostrate tutte le {rows} righe e {columns} colonne.</translation>
    </message>
    <message>
        <source>{automatic} ({found})</source>
        <translation>{automatic} ({found})</translation>
    </message>
    <message>
        <source>Looks like an event log: customer {customer}, time {time}, channel {channel}.</source>
        <translation>Sembra un registro di eventi: cliente {customer}, orario {time}, canale {channel}.</translation>
    </message>
    <message>
        <source>An event log needs a customer column (Identifier), a date or time column (Date) and a channel column (Channel).</source>
        <translation>Un registro di eventi richiede una colonna del cliente (Identificativo), una colonna di data o orario (Data) e una colonna del canale (Canale).</translation>
    </message>
    <message>
        <source>Will be imported as a table.</source>
        <translation>Verrà importato come tabella.</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importazione di {file}</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Interruzione dell&apos;importazione…</translation>
    </message>
    <message>
        <source>Import again as a second copy?</source>
        <translation>Importare di nuovo come seconda copia?</translation>
    </message>
    <message>
        <source>Import a second copy</source>
        <translation>Importa una seconda copia</translation>
    </message>
    <message>
        <source>Not imported: the project already holds this file.</source>
        <translation>Non importato: il progetto contiene già questo file.</translation>
    </message>
    <message>
        <source>Could not import {file}</source>
        <translation>Impossibile importare {file}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added to the project.</source>
        <translation>Importazione annullata: al progetto non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Interrompi importazione</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>Emitted after the user changed a role or a label. column name -&gt; {&quot;role&quot;: ColumnRole, &quot;label&quot;: str} chosen by the user</extracomment>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Why this role</source>
        <translation>Perché questo ruolo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <source>The column&apos;s header. Double-click to rename it in the project.</source>
        <translation>L&apos;intestazione della colonna. Fai doppio clic per rinominarla nel progetto.</translation>
    </message>
    <message>
        <source>What the workbench does with the column. Change it if the guess is wrong.</source>
        <translation>Cosa fa il workbench con la colonna. Cambialo se l&apos;ipotesi è sbagliata.</translation>
    </message>
    <message>
        <source>Why the workbench guessed this role.</source>
        <translation>Perché il workbench ha ipotizzato questo ruolo.</translation>
    </message>
    <message>
        <source>The first different values in the preview.</source>
        <translation>I primi valori diversi nell&apos;anteprima.</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>scelto da te</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>The row number in the file, as you see it in Excel or LibreOffice.</source>
        <translation>Il numero di riga nel file, come lo vedi in Excel o LibreOffice.</translation>
    </message>
</context>
<context>
    <name>KSelection</name>
    <message>
        <source>The numbers of personas to try must be 2 or more.</source>
        <extracomment>Stable solutions whose gain is this close to the best are mentioned in the reason.</extracomment>
        <translation>I numeri di personas da provare devono essere 2 o più.</translation>
    </message>
    <message>
        <source>At least 2 bootstrap resamples are needed to measure stability.</source>
        <translation>Per misurare la stabilità servono almeno 2 ricampionamenti bootstrap.</translation>
    </message>
    <message>
        <source>Preparing attributes</source>
        <translation>Preparazione degli attributi</translation>
    </message>
    <message>
        <source>Too few customers ({n}) to try 2 or more personas.</source>
        <translation>Troppo pochi clienti ({n}) per provare 2 o più personas.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>k=1: the data show no distinct groups. For every k from {low} to {high} the silhouette is no better than for structureless data of the same shape (best gain {gain:+.2f} at k={k}, {needed:.2f} needed). Personas made from these attributes would be invented; try other attributes.</source>
        <translation>k=1: i dati non mostrano gruppi distinti. Per ogni k da {low} a {high} la silhouette non è migliore che per dati privi di struttura della stessa forma (guadagno migliore {gain:+.2f} con k={k}, minimo richiesto {needed:.2f}). Le personas ricavate da questi attributi sarebbero inventate; prova altri attributi.</translation>
    </message>
    <message>
        <source>k={k}: the clearest structure (silhouette {silhouette:.2f}, {gain:+.2f} over structureless data) among the stable solutions (stability ≥ {stable:.2f}); its stability is {stability:.2f}.</source>
        <translation>k={k}: la struttura più netta (silhouette {silhouette:.2f}, {gain:+.2f} rispetto a dati privi di struttura) tra le soluzioni stabili (stabilità ≥ {stable:.2f}); la sua stabilità è {stability:.2f}.</translation>
    </message>
    <message>
        <source>Nearly as good: {alternatives}.</source>
        <translation>Quasi altrettanto buone: {alternatives}.</translation>
    </message>
    <message>
        <source>k={k} ({gain:+.2f}, stability {stability:.2f})</source>
        <translation>k={k} ({gain:+.2f}, stabilità {stability:.2f})</translation>
    </message>
    <message>
        <source>k={k}: the most stable solution (stability {stability:.2f}), but no k reached {stable:.2f}: resampled data give noticeably different personas, so treat them with caution (silhouette {silhouette:.2f}).</source>
        <translation>k={k}: la soluzione più stabile (stabilità {stability:.2f}), ma nessun k ha raggiunto {stable:.2f}: i dati ricampionati danno personas sensibilmente diverse, quindi usale con cautela (silhouette {silhouette:.2f}).</translation>
    </message>
    <message>
        <source>Trying {k} personas</source>
        <translation>Tentativo con {k} personas</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message>
        <source>expected SOURCE:COLUMN or SOURCE:COLUMN:RULE, got &apos;{text}&apos;</source>
        <translation>atteso SOURCE:COLUMN o SOURCE:COLUMN:RULE, ricevuto &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Linking run {id} undone: {n} customers restored.</source>
        <translation>Collegamento {id} annullato: {n} clienti ripristinati.</translation>
    </message>
    <message>
        <source>No --key given: linking by every identifier column (id) and every e-mail column (email).</source>
        <translation>Nessuna --key indicata: collego con ogni colonna identificativa (id) e ogni colonna e-mail (email).</translation>
    </message>
    <message>
        <source>Linking run {id}</source>
        <translation>Collegamento {id}</translation>
    </message>
    <message>
        <source>Keys used:</source>
        <translation>Chiavi usate:</translation>
    </message>
    <message>
        <source>Customers: {before} before, {after} after ({merged} merged)</source>
        <translation>Clienti: {before} prima, {after} dopo ({merged} uniti)</translation>
    </message>
    <message>
        <source>Rows matched per source:</source>
        <translation>Righe abbinate per fonte:</translation>
    </message>
    <message>
        <source>  {source}: {matched} of {rows} rows matched, {unmatched} unmatched</source>
        <translation>  {source}: {matched} righe abbinate su {rows}, {unmatched} non abbinate</translation>
    </message>
    <message>
        <source>Rows matched per rule:</source>
        <translation>Righe abbinate per regola:</translation>
    </message>
    <message>
        <source>Persona memberships affected: {n}</source>
        <translation>Appartenenze a personas interessate: {n}</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Conflitti: nessuno</translation>
    </message>
    <message>
        <source>Conflicts: {n}</source>
        <translation>Conflitti: {n}</translation>
    </message>
    <message>
        <source>  {source}:{column} &apos;{value}&apos; is shared by customers {customers} with different identifiers (merged by {rule})</source>
        <translation>  {source}:{column} &apos;{value}&apos; è condiviso dai clienti {customers} con identificativi diversi (uniti con la regola {rule})</translation>
    </message>
    <message>
        <source>  {source}:{column} &apos;{value}&apos; is shared by customers {customers} with different identifiers (not merged)</source>
        <translation>  {source}:{column} &apos;{value}&apos; è condiviso dai clienti {customers} con identificativi diversi (non uniti)</translation>
    </message>
    <message>
        <source>Customer {id}: {label}</source>
        <translation>Cliente {id}: {label}</translation>
    </message>
    <message>
        <source>No source rows.</source>
        <translation>Nessuna riga nelle fonti.</translation>
    </message>
    <message>
        <source>{source}, row {row}</source>
        <translation>{source}, riga {row}</translation>
    </message>
    <message>
        <source>Documents ({n}):</source>
        <translation>Documenti ({n}):</translation>
    </message>
    <message>
        <source>Touchpoints ({n}):</source>
        <translation>Punti di contatto ({n}):</translation>
    </message>
    <message>
        <source>Link customers across sources: rows whose key values match become one customer. Prints the linking report.</source>
        <translation>Collega i clienti tra le fonti: le righe con valori chiave uguali diventano un solo cliente. Stampa il rapporto di collegamento.</translation>
    </message>
    <message>
        <source>project file</source>
        <translation type="unfinished">file di progetto</translation>
    </message>
    <message>
        <source>a column identifying a person; SOURCE is the source id or file name, COLUMN its name or header, RULE one of exact, email, email-loose (also drops +tags and Gmail dots), phone (Italy +39 by default), id. Repeat for more keys. Default: every identifier column by id and every e-mail column by email</source>
        <translation>una colonna che identifica una persona; SOURCE è l&apos;id o il nome file della fonte, COLUMN il nome o l&apos;intestazione della colonna, RULE una tra exact, email, email-loose (toglie anche i +tag e i punti di Gmail), phone (Italia +39 come predefinito), id. Ripetila per più chiavi. Predefinito: ogni colonna identificativa con id e ogni colonna e-mail con email</translation>
    </message>
    <message>
        <source>undo linking run RUN (the newest one in effect) instead of linking</source>
        <translation>annulla il collegamento RUN (il più recente in vigore) invece di collegare</translation>
    </message>
    <message>
        <source>do not show progress</source>
        <translation type="unfinished">non mostra l&apos;avanzamento</translation>
    </message>
    <message>
        <source>Print everything known about one customer: rows per source, documents, touchpoints.</source>
        <translation>Stampa tutto ciò che si sa di un cliente: righe per fonte, documenti, punti di contatto.</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation type="unfinished">id cliente</translation>
    </message>
    <message>
        <source>Two or more sources are called &apos;{source}&apos;: use the source id. Sources: {sources}.</source>
        <extracomment>Characters of each document shown in the customer view. The keys as used: {&quot;source_id&quot;, &quot;source&quot;, &quot;column&quot;, &quot;rule&quot;}. rule -&gt; rows that matched another customer&apos;s row by that rule (row number in the file, {column header: value}) {&quot;title&quot;, &quot;excerpt&quot;, &quot;length&quot;, &quot;file_name&quot;, &quot;sheet&quot;, &quot;source_row&quot;} {&quot;occurred_at&quot;, &quot;channel&quot;, &quot;action&quot;, &quot;outcome&quot;, &quot;score&quot;, &quot;file_name&quot;, &quot;source_row&quot;}</extracomment>
        <translation>Più fonti si chiamano &apos;{source}&apos;: usa l&apos;id della fonte. Fonti: {sources}.</translation>
    </message>
    <message>
        <source>The project has no source &apos;{source}&apos;. Sources: {sources}.</source>
        <translation>Il progetto non ha nessuna fonte &apos;{source}&apos;. Fonti: {sources}.</translation>
    </message>
    <message>
        <source>{source} has no column &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>{source} non ha nessuna colonna &apos;{column}&apos;. Le sue colonne sono: {columns}.</translation>
    </message>
    <message>
        <source>Choose at least one key column to link customers by.</source>
        <translation>Scegli almeno una colonna chiave con cui collegare i clienti.</translation>
    </message>
    <message>
        <source>&apos;{rule}&apos; is not a linking rule. Use one of: {rules}.</source>
        <translation>&apos;{rule}&apos; non è una regola di collegamento. Usa una tra: {rules}.</translation>
    </message>
    <message>
        <source>Reading key columns…</source>
        <translation>Lettura delle colonne chiave…</translation>
    </message>
    <message>
        <source>Matching keys…</source>
        <translation>Confronto delle chiavi…</translation>
    </message>
    <message>
        <source>Merging customers…</source>
        <translation>Unione dei clienti…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Scrittura del rapporto…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished">Completamento…</translation>
    </message>
    <message>
        <source>There is no linking run {id}.</source>
        <translation>Non esiste il collegamento numero {id}.</translation>
    </message>
    <message>
        <source>Linking run {id} was already undone.</source>
        <translation>Il collegamento {id} è già stato annullato.</translation>
    </message>
    <message>
        <source>Undo the later linking runs first: {runs}.</source>
        <translation>Annulla prima i collegamenti successivi: {runs}.</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>Non esiste il cliente {id}.</translation>
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
        <translation>Nessun attributo chiamato {names}. Attributi disponibili: {available}.</translation>
    </message>
    <message>
        <source>There are no numeric or categorical attributes to cluster. Import a source with such columns first.</source>
        <translation>Non ci sono attributi numerici o categorici da raggruppare. Importa prima una fonte con colonne di questo tipo.</translation>
    </message>
    <message>
        <source>The data show no group structure ({reason}). Personas would be invented: choose the number of personas yourself if you still want them.</source>
        <extracomment>A customer must have at least this share of the chosen attributes to be clustered: imputing most of a customer&apos;s profile would invent where they belong.</extracomment>
        <translation>I dati non mostrano una struttura a gruppi ({reason}). Le personas sarebbero inventate: se le vuoi comunque, scegli tu il numero di personas.</translation>
    </message>
    <message>
        <source>Saving personas…</source>
        <translation>Salvataggio delle personas…</translation>
    </message>
    <message>
        <source>Persona {n}</source>
        <translation>Persona {n}</translation>
    </message>
    <message>
        <source>{algorithm}, {k} personas</source>
        <translation>{algorithm}, {k} personas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Reading the set&apos;s customers…</source>
        <extracomment>The category for a categorical attribute (&quot;more often this level&quot;), else None. customer id -&gt; label, for the customers on the map. customer id -&gt; how well the customer fits its persona. The attributes most correlated with each axis, strongest first. Attributes correlating more weakly than this with an axis do not describe it.</extracomment>
        <translation>Lettura dei clienti del set…</translation>
    </message>
    <message>
        <source>The map needs the attributes this persona set was made from, and {names} is no longer in the project.</source>
        <translation>La mappa richiede gli attributi da cui è nato questo set di personas, e {names} non è più nel progetto.</translation>
    </message>
    <message>
        <source>Placing the customers…</source>
        <translation>Posizionamento dei clienti…</translation>
    </message>
    <message>
        <source>Describing the axes…</source>
        <translation>Descrizione degli assi…</translation>
    </message>
    <message>
        <source>There is no persona set {id}.</source>
        <extracomment>Columns left out because they hold personal data.</extracomment>
        <translation>Non esiste il set di personas {id}.</translation>
    </message>
</context>
<context>
    <name>PersonasArea</name>
    <message>
        <source>New persona set…</source>
        <translation>Nuovo set di personas…</translation>
    </message>
    <message>
        <source>Persona sets</source>
        <translation type="unfinished">Set di personas</translation>
    </message>
    <message>
        <source>Cluster the customers into personas (Ctrl+Shift+N)</source>
        <translation>Raggruppa i clienti in personas (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Compare two sets…</source>
        <translation>Confronta due set…</translation>
    </message>
    <message>
        <source>See which persona of one set became which of another</source>
        <translation>Guarda quale persona di un set è diventata quale di un altro</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Read-only project: persona sets can be viewed and compared, not changed.</source>
        <translation>Progetto in sola lettura: i set di personas si possono consultare e confrontare, non modificare.</translation>
    </message>
    <message>
        <source>Export the persona cards or tables as PDF, PNG, CSV or XLSX (Ctrl+E)</source>
        <translation>Esporta le schede o le tabelle delle personas in PDF, PNG, CSV o XLSX (Ctrl+E)</translation>
    </message>
    <message>
        <source>Choose a persona set to export it</source>
        <translation>Scegli un set di personas per esportarlo</translation>
    </message>
    <message>
        <source>No customers to cluster yet</source>
        <translation>Ancora nessun cliente da raggruppare</translation>
    </message>
    <message>
        <source>Personas are formed from your customers&apos; numbers and categories. Import a CRM, e-commerce or survey export first.</source>
        <translation>Le personas nascono dai numeri e dalle categorie dei tuoi clienti. Importa prima un&apos;esportazione CRM, e-commerce o di un sondaggio.</translation>
    </message>
    <message>
        <source>No persona sets yet</source>
        <translation>Ancora nessun set di personas</translation>
    </message>
    <message>
        <source>A persona set groups your customers into data-driven personas. Every line on a card can be traced back to the customers behind it.</source>
        <translation>Un set di personas raggruppa i tuoi clienti in personas basate sui dati. Ogni riga di una scheda si può ricondurre ai clienti da cui nasce.</translation>
    </message>
    <message>
        <source>Reading the persona set</source>
        <translation>Lettura del set di personas</translation>
    </message>
    <message>
        <source>Could not show the persona set</source>
        <translation>Impossibile mostrare il set di personas</translation>
    </message>
    <message>
        <source>Placing the customers on the map…</source>
        <translation>Posizionamento dei clienti sulla mappa…</translation>
    </message>
    <message>
        <source>Drawing the map of the customers</source>
        <translation>Disegno della mappa dei clienti</translation>
    </message>
    <message>
        <source>Reading the customers&apos; attributes</source>
        <translation>Lettura degli attributi dei clienti</translation>
    </message>
    <message>
        <source>Nothing to cluster</source>
        <translation>Niente da raggruppare</translation>
    </message>
    <message>
        <source>The project has no numeric or categorical attributes. Import a source with such columns first.</source>
        <translation>Il progetto non ha attributi numerici o categoriali. Importa prima una fonte con colonne di questo tipo.</translation>
    </message>
    <message>
        <source>Rename persona set</source>
        <translation>Rinomina set di personas</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Delete persona set</source>
        <translation>Elimina set di personas</translation>
    </message>
    <message>
        <source>Delete the persona set “{name}” with its {k} personas and their edited texts? This cannot be undone; the customers themselves are kept.</source>
        <translation>Eliminare il set di personas “{name}” con le sue {k} personas e i testi modificati? L&apos;operazione non si può annullare; i clienti restano nel progetto.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modifica non è stata salvata</translation>
    </message>
    <message>
        <source>The change could not be written to the project file: {error}</source>
        <translation>Impossibile scrivere la modifica nel file del progetto: {error}</translation>
    </message>
    <message>
        <source>The members of “{persona}” with a value for {attribute}: their mean is compared with everyone else&apos;s.</source>
        <translation>I membri di “{persona}” con un valore per {attribute}: la loro media è confrontata con quella di tutti gli altri.</translation>
    </message>
    <message>
        <source>The members of “{persona}” whose {attribute} is {level}.</source>
        <translation>I membri di “{persona}” con {attribute} uguale a {level}.</translation>
    </message>
    <message>
        <source>Finding the customers behind a card line</source>
        <translation>Ricerca dei clienti dietro una riga della scheda</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>Members of “{persona}”</source>
        <translation>Membri di “{persona}”</translation>
    </message>
    <message>
        <source>Listing the members of a persona</source>
        <translation>Elenco dei membri di una persona</translation>
    </message>
    <message>
        <source>{persona} (others {rest})</source>
        <translation>{persona} (altri {rest})</translation>
    </message>
    <message>
        <source>{persona} of this persona&apos;s contacts went through {channel}, against {rest} for everyone else (the vertical mark).</source>
        <translation>Il {persona} dei contatti di questa persona è passato da {channel}, contro il {rest} di tutti gli altri (il segno verticale).</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Edit the name, photo, quote, narrative, goals, frustrations, motivations and preferred channels of this persona</source>
        <translation>Modifica nome, foto, citazione, racconto, obiettivi, frustrazioni, motivazioni e canali preferiti di questa persona</translation>
    </message>
    <message>
        <source>Click to list the members of this persona.</source>
        <translation>Fai clic per elencare i membri di questa persona.</translation>
    </message>
    <message>
        <source>Cohesion {cohesion}</source>
        <translation>Coesione {cohesion}</translation>
    </message>
    <message>
        <source>{n} nearby customers fit no persona well</source>
        <translation>{n} clienti vicini non si adattano bene a nessuna persona</translation>
    </message>
    <message>
        <source>How tightly the members fit this persona: their mean fit.</source>
        <translation>Quanto i membri aderiscono a questa persona: la loro aderenza media.</translation>
    </message>
    <message>
        <source>No attribute sets this persona apart: every difference from the other customers is negligible.</source>
        <translation>Nessun attributo distingue questa persona: ogni differenza dagli altri clienti è trascurabile.</translation>
    </message>
    <message>
        <source>What sets them apart</source>
        <translation>Cosa li distingue</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Mix di canali</translation>
    </message>
    <message>
        <source>Typical members</source>
        <translation>Membri tipici</translation>
    </message>
    <message>
        <source>The members closest to the centre of this persona.</source>
        <translation>I membri più vicini al centro di questa persona.</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;#&apos;&gt;{size} customers&lt;/a&gt; · {share} of those clustered</source>
        <translation>&lt;a href=&apos;#&apos;&gt;{size} clienti&lt;/a&gt; · {share} dei clienti raggruppati</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Racconto</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrazioni</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivazioni</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canali preferiti</translation>
    </message>
    <message>
        <source>Add a quote, narrative, goals and frustrations with Edit…</source>
        <translation>Aggiungi citazione, racconto, obiettivi e frustrazioni con Modifica…</translation>
    </message>
    <message>
        <source>Show fewer lines</source>
        <translation>Mostra meno righe</translation>
    </message>
    <message>
        <source>Show all {n} lines</source>
        <translation>Mostra tutte le {n} righe</translation>
    </message>
    <message>
        <source>Edit persona “{name}”</source>
        <translation>Modifica persona “{name}”</translation>
    </message>
    <message>
        <source>Rename persona set “{name}”</source>
        <translation>Rinomina set di personas “{name}”</translation>
    </message>
    <message>
        <source>Compare persona sets</source>
        <translation>Confronta set di personas</translation>
    </message>
    <message>
        <source>{name} ({k} personas)</source>
        <translation>{name} ({k} personas)</translation>
    </message>
    <message>
        <source>&amp;Old set:</source>
        <translation>Set &amp;precedente:</translation>
    </message>
    <message>
        <source>&amp;New set:</source>
        <translation>Set &amp;nuovo:</translation>
    </message>
    <message>
        <source>Which became which</source>
        <translation>Chi è diventato chi</translation>
    </message>
    <message>
        <source>Overlap (customers in both)</source>
        <translation>Sovrapposizione (clienti in entrambi)</translation>
    </message>
    <message>
        <source>Each old persona is matched to the new persona it shares the most customers with (Jaccard: customers in both over customers in either). The adjusted Rand index sums it up: 1 means the same personas, 0 no more alike than chance.</source>
        <translation>Ogni persona precedente è abbinata alla nuova persona con cui condivide più clienti (Jaccard: clienti in entrambe su clienti in almeno una). L&apos;indice di Rand corretto riassume tutto: 1 significa le stesse personas, 0 non più simili del caso.</translation>
    </message>
    <message>
        <source>Comparing persona sets</source>
        <translation>Confronto dei set di personas</translation>
    </message>
    <message>
        <source>Adjusted Rand index {ari}: {verdict}</source>
        <translation>Indice di Rand corretto {ari}: {verdict}</translation>
    </message>
    <message>
        <source>Compared on the {common} customers in both sets ({only_old} only in the old set, {only_new} only in the new one).</source>
        <translation>Confronto sui {common} clienti presenti in entrambi i set ({only_old} solo nel set precedente, {only_new} solo in quello nuovo).</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <extracomment>The photo as it will be stored (PNG bytes), None for the initials avatar.</extracomment>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>One line in the persona&apos;s own words</source>
        <translation>Una riga con le parole della persona</translation>
    </message>
    <message>
        <source>Who they are and what their days look like</source>
        <translation>Chi sono e come sono le loro giornate</translation>
    </message>
    <message>
        <source>What they want to get done</source>
        <translation>Cosa vogliono ottenere</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>Cosa li ostacola</translation>
    </message>
    <message>
        <source>What drives their choices</source>
        <translation>Che cosa guida le loro scelte</translation>
    </message>
    <message>
        <source>e.g. app, store, call centre</source>
        <translation>es. app, negozio, call center</translation>
    </message>
    <message>
        <source>{size} customers. The figures on the card come from the data and are not edited here.</source>
        <translation>{size} clienti. Le cifre sulla scheda vengono dai dati e non si modificano qui.</translation>
    </message>
    <message>
        <source>Persona {n}</source>
        <translation type="unfinished">Persona {n}</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Scegli foto…</translation>
    </message>
    <message>
        <source>Use a picture of your own (PNG or JPEG) for this persona. It is stored in the project, scaled down to at most 512 pixels.</source>
        <translation>Usa una tua immagine (PNG o JPEG) per questa persona. Viene salvata nel progetto, ridotta a non più di 512 pixel.</translation>
    </message>
    <message>
        <source>Use initials</source>
        <translation>Usa le iniziali</translation>
    </message>
    <message>
        <source>Remove the photo and show the persona&apos;s initials instead</source>
        <translation>Togli la foto e mostra al suo posto le iniziali della persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citazione:</translation>
    </message>
    <message>
        <source>N&amp;arrative:</source>
        <translation>&amp;Racconto:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Obiettivi:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrazioni:</translation>
    </message>
    <message>
        <source>&amp;Motivations:</source>
        <translation>&amp;Motivazioni:</translation>
    </message>
    <message>
        <source>Preferred &amp;channels:</source>
        <translation>Canali &amp;preferiti:</translation>
    </message>
    <message>
        <source>Choose a photo for the persona</source>
        <translation>Scegli una foto per la persona</translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation>Cambia foto…</translation>
    </message>
    <message>
        <source>Suggested number of personas chart</source>
        <translation>Grafico del numero di personas suggerito</translation>
    </message>
    <message>
        <source>Point at a k for its figures; click it to choose that number.</source>
        <translation>Punta un k per vederne le cifre; fai clic per scegliere quel numero.</translation>
    </message>
    <message>
        <source>Ask for a suggestion to see how well each number of personas holds up.</source>
        <translation>Chiedi un suggerimento per vedere quanto regge ogni numero di personas.</translation>
    </message>
    <message>
        <source>Silhouette gain over structureless data</source>
        <translation>Guadagno di silhouette rispetto a dati privi di struttura</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>struttura</translation>
    </message>
    <message>
        <source>Bootstrap stability (adjusted Rand index)</source>
        <translation>Stabilità bootstrap (indice di Rand corretto)</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>k={k}
Silhouette {silhouette} (structureless data {reference}, gain {gain})
Stability {stability} ± {sd}
Smallest persona {smallest} of the customers</source>
        <translation>k={k}
Silhouette {silhouette} (dati privi di struttura {reference}, guadagno {gain})
Stabilità {stability} ± {sd}
Persona più piccola: {smallest} dei clienti</translation>
    </message>
    <message>
        <source>Customers behind the card</source>
        <translation>Clienti dietro la scheda</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>Ricerca dei clienti…</translation>
    </message>
    <message>
        <source>Filter by customer name</source>
        <translation>Filtra per nome del cliente</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} clienti</translation>
    </message>
    <message>
        <source>{k} personas · {algorithm} · {when} · silhouette {silhouette}</source>
        <translation>{k} personas · {algorithm} · {when} · silhouette {silhouette}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nearest persona</source>
        <translation>Persona più vicina</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Aderenza</translation>
    </message>
    <message>
        <source>Why no persona</source>
        <translation>Perché nessuna persona</translation>
    </message>
    <message>
        <source>Old persona</source>
        <translation>Persona precedente</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>È diventata</translation>
    </message>
    <message>
        <source>Customers in both</source>
        <translation>Clienti in entrambe</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>Share of old kept</source>
        <translation>Quota della precedente mantenuta</translation>
    </message>
    <message>
        <source>(no new persona of its own)</source>
        <translation>(nessuna nuova persona propria)</translation>
    </message>
    <message>
        <source>{n} customers in both · Jaccard {jaccard}</source>
        <translation>{n} clienti in entrambe · Jaccard {jaccard}</translation>
    </message>
    <message>
        <source>New persona set</source>
        <translation>Nuovo set di personas</translation>
    </message>
    <message>
        <source>Automatic: method, number of personas and date</source>
        <translation>Automatico: metodo, numero di personas e data</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Vuoti</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Suitable ones</source>
        <translation>Quelli adatti</translation>
    </message>
    <message>
        <source>Numbers, and categories with a manageable number of values</source>
        <translation>Numeri e categorie con un numero gestibile di valori</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributi</translation>
    </message>
    <message>
        <source>The personas are formed from the chosen attributes; every attribute still describes the cards.</source>
        <translation>Le personas si formano dagli attributi scelti; tutti gli attributi descrivono comunque le schede.</translation>
    </message>
    <message>
        <source>Fill in (median or most frequent)</source>
        <translation>Riempi (mediana o valore più frequente)</translation>
    </message>
    <message>
        <source>Leave out customers with a blank</source>
        <translation>Escludi i clienti con un valore vuoto</translation>
    </message>
    <message>
        <source>Standardise (mean 0, sd 1)</source>
        <translation>Standardizza (media 0, dev. std. 1)</translation>
    </message>
    <message>
        <source>Robust (median 0, IQR 1)</source>
        <translation>Robusta (mediana 0, IQR 1)</translation>
    </message>
    <message>
        <source>None (values as they are)</source>
        <translation>Nessuna (valori così come sono)</translation>
    </message>
    <message>
        <source>Log-transform skewed amounts (log1p)</source>
        <translation>Trasformazione logaritmica degli importi asimmetrici (log1p)</translation>
    </message>
    <message>
        <source>Amounts and counts with a long right tail are compressed so a few big spenders do not make a persona of their own.</source>
        <translation>Importi e conteggi con una lunga coda a destra vengono compressi, così pochi grandi acquirenti non formano una persona a sé.</translation>
    </message>
    <message>
        <source>One 0/1 column per category (one-hot)</source>
        <translation>Una colonna 0/1 per categoria (one-hot)</translation>
    </message>
    <message>
        <source>Needed for categories with every method except Gower, which compares categories directly.</source>
        <translation>Necessaria per le categorie con tutti i metodi tranne Gower, che confronta direttamente le categorie.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <source>&amp;Blanks:</source>
        <translation>&amp;Vuoti:</translation>
    </message>
    <message>
        <source>&amp;Scaling:</source>
        <translation>&amp;Scala:</translation>
    </message>
    <message>
        <source>Number of personas</source>
        <translation>Numero di personas</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggerisci</translation>
    </message>
    <message>
        <source>Try 2 to 10 personas and suggest the number with the clearest and most repeatable structure</source>
        <translation>Prova da 2 a 10 personas e suggerisci il numero con la struttura più netta e più ripetibile</translation>
    </message>
    <message>
        <source>The same seed on the same data and settings gives the same personas.</source>
        <translation>Lo stesso seme con gli stessi dati e impostazioni dà le stesse personas.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <source>&amp;Personas:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eme:</translation>
    </message>
    <message>
        <source>Not sure how many personas the data hold? Suggest tries 2 to 10 and shows how clear (silhouette) and how repeatable (bootstrap stability) each number is.</source>
        <translation>Non sai quante personas contengono i dati? Suggerisci prova da 2 a 10 e mostra quanto è netto (silhouette) e quanto è ripetibile (stabilità bootstrap) ogni numero.</translation>
    </message>
    <message>
        <source>The settings changed since this suggestion: ask again to update it.</source>
        <translation>Le impostazioni sono cambiate dopo questo suggerimento: chiedilo di nuovo per aggiornarlo.</translation>
    </message>
    <message>
        <source>Suggested number of personas</source>
        <translation>Numero di personas suggerito</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop this work; nothing is changed.</source>
        <translation>Interrompi questo lavoro; non viene modificato nulla.</translation>
    </message>
    <message>
        <source>Create personas</source>
        <translation>Crea personas</translation>
    </message>
    <message>
        <source>Not chosen by default: it has a single value, or so many categories that it describes individuals rather than groups.</source>
        <translation>Non scelto in automatico: ha un solo valore, oppure così tante categorie da descrivere individui anziché gruppi.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numero</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <source>Mostly blank: {share} of the customers have no value here. Filling them in gives those customers invented values; consider leaving this attribute out.</source>
        <translation>Quasi vuoto: il {share} dei clienti non ha un valore qui. Riempirli assegna a quei clienti valori inventati; valuta di escludere questo attributo.</translation>
    </message>
    <message>
        <source>{n} of {total} chosen</source>
        <translation>{n} su {total} scelti</translation>
    </message>
    <message>
        <source>No customer has a blank in the chosen attributes.</source>
        <translation>Nessun cliente ha valori vuoti negli attributi scelti.</translation>
    </message>
    <message>
        <source>{n} of {total} customers have a blank and will be left out.</source>
        <translation>{n} clienti su {total} hanno un valore vuoto e verranno esclusi.</translation>
    </message>
    <message>
        <source>{n} of {total} customers have a blank; their blanks will be filled in.</source>
        <translation>{n} clienti su {total} hanno un valore vuoto; i vuoti verranno riempiti.</translation>
    </message>
    <message>
        <source>Suggesting the number of personas</source>
        <translation>Suggerimento del numero di personas</translation>
    </message>
    <message>
        <source>Suggestion ready: computed on {n} customers with {b} resamples.</source>
        <translation>Suggerimento pronto: calcolato su {n} clienti con {b} ricampionamenti.</translation>
    </message>
    <message>
        <source>No distinct groups: personas from these attributes would be invented</source>
        <translation>Nessun gruppo distinto: personas basate su questi attributi sarebbero inventate</translation>
    </message>
    <message>
        <source>Suggested: {k} personas</source>
        <translation>Suggerite: {k} personas</translation>
    </message>
    <message>
        <source>Creating personas</source>
        <translation>Creazione delle personas</translation>
    </message>
    <message>
        <source>{algorithm}, {k} personas, {when}</source>
        <translation>{algorithm}, {k} personas, {when}</translation>
    </message>
    <message>
        <source>{title}: it did not work</source>
        <translation>{title}: non è riuscito</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Interrotto: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>Customers clustered</source>
        <translation>Clienti raggruppati</translation>
    </message>
    <message>
        <source>Map of the customers</source>
        <extracomment>Customers fitting no persona: grey on light and dark backgrounds alike. How near (pixels) a click must be to a dot to pick it. A dot was clicked (customer id). (scatter collection, customer ids of its dots, persona position or None)</extracomment>
        <translation>Mappa dei clienti</translation>
    </message>
    <message>
        <source>Each dot is a customer, placed by the attributes this set was made from on the two directions in which the customers differ most (principal components).</source>
        <translation>Ogni punto è un cliente, collocato in base agli attributi da cui è nato questo set lungo le due direzioni in cui i clienti differiscono di più (componenti principali).</translation>
    </message>
    <message>
        <source>Placing the customers…</source>
        <translation>Posizionamento dei clienti…</translation>
    </message>
    <message>
        <source>The map could not be drawn: {error}</source>
        <translation>Impossibile disegnare la mappa: {error}</translation>
    </message>
    <message>
        <source>Each dot is a customer, placed by the attributes this set was made from on the two directions in which the customers differ most (principal components). These two hold {share} of the differences, so personas that overlap here can still be apart in others. ↑ and ↓ say which attributes grow or shrink along an axis.</source>
        <translation>Ogni punto è un cliente, collocato in base agli attributi da cui è nato questo set lungo le due direzioni in cui i clienti differiscono di più (componenti principali). Queste due contengono il {share} delle differenze, quindi personas che qui si sovrappongono possono essere distinte in altre direzioni. ↑ e ↓ indicano quali attributi crescono o calano lungo un asse.</translation>
    </message>
    <message>
        <source>Showing a random sample of {shown} of the {total} customers (the same sample each time), so the map stays readable.</source>
        <translation>È mostrato un campione casuale di {shown} dei {total} clienti (sempre lo stesso), perché la mappa resti leggibile.</translation>
    </message>
    <message>
        <source>Click a dot to see which customer it is.</source>
        <translation>Fai clic su un punto per vedere di quale cliente si tratta.</translation>
    </message>
    <message>
        <source>Fitting no persona</source>
        <translation>Senza persona</translation>
    </message>
    <message>
        <source>{customer} fits no persona well (nearest: {persona}; fit {fit})</source>
        <translation>{customer} non si adatta bene a nessuna persona (più vicina: {persona}; aderenza {fit})</translation>
    </message>
    <message>
        <source>{customer} · {persona} · fit {fit}</source>
        <translation>{customer} · {persona} · aderenza {fit}</translation>
    </message>
    <message>
        <source>Attributes used</source>
        <translation>Attributi usati</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>{k} personas · created {when}</source>
        <translation>{k} personas · creato il {when}</translation>
    </message>
    <message>
        <source>Silhouette {value}: {verdict}. Mean silhouette from −1 to 1: above about 0.25 the customers separate into groups, above 0.5 clearly. Measured on {n} customers.</source>
        <translation>Silhouette {value}: {verdict}. Silhouette media da −1 a 1: sopra circa 0,25 i clienti si separano in gruppi, sopra 0,5 in modo netto. Misurata su {n} clienti.</translation>
    </message>
    <message>
        <source>Silhouette · {verdict}</source>
        <translation>Silhouette · {verdict}</translation>
    </message>
    <message>
        <source>Customers the clustering saw; the personas&apos; sizes plus those fitting no persona.</source>
        <translation>I clienti visti dal raggruppamento: le dimensioni delle personas più quelli senza persona.</translation>
    </message>
    <message>
        <source>Customers that fit no persona well. Click to see them.</source>
        <translation>Clienti che non si adattano bene a nessuna persona. Fai clic per vederli.</translation>
    </message>
    <message>
        <source>What preparation did with each attribute:
{lines}</source>
        <translation>Cosa ha fatto la preparazione con ogni attributo:
{lines}</translation>
    </message>
    <message>
        <source>{description}
Libraries: {versions}</source>
        <translation>{description}
Librerie: {versions}</translation>
    </message>
    <message>
        <source>Number of personas suggested: {reason}</source>
        <translation>Numero di personas suggerito: {reason}</translation>
    </message>
    <message>
        <source>blanks filled in</source>
        <translation>vuoti riempiti</translation>
    </message>
    <message>
        <source>customers with blanks left out</source>
        <translation>clienti con valori vuoti esclusi</translation>
    </message>
    <message>
        <source>numbers standardised</source>
        <translation>numeri standardizzati</translation>
    </message>
    <message>
        <source>numbers robust-scaled</source>
        <translation>numeri in scala robusta</translation>
    </message>
    <message>
        <source>numbers not scaled</source>
        <translation>numeri non in scala</translation>
    </message>
    <message>
        <source>skewed amounts log-transformed</source>
        <translation>importi asimmetrici in scala logaritmica</translation>
    </message>
    <message>
        <source>categories one-hot encoded</source>
        <translation>categorie codificate one-hot</translation>
    </message>
    <message>
        <source>Preparation: {steps}.</source>
        <translation>Preparazione: {steps}.</translation>
    </message>
    <message>
        <source>{n} features in all.</source>
        <translation>{n} variabili in tutto.</translation>
    </message>
    <message>
        <source>Customers fitting no persona</source>
        <translation>Clienti senza persona</translation>
    </message>
    <message>
        <source>{n} customers are not counted in any persona: they sit between two personas or far from all of them. Their nearest persona is shown.</source>
        <translation>{n} clienti non sono contati in nessuna persona: stanno tra due personas o lontano da tutte. È indicata la persona più vicina.</translation>
    </message>
    <message>
        <source>Every clustered customer fits a persona well.</source>
        <translation>Ogni cliente raggruppato si adatta bene a una persona.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>The persona cards and the customers fitting no persona</source>
        <translation>Le schede delle personas e i clienti senza persona</translation>
    </message>
    <message>
        <source>The customers on a 2-D map, coloured by persona</source>
        <translation>I clienti su una mappa 2-D, colorati per persona</translation>
    </message>
    <message>
        <source>Personas</source>
        <extracomment>The map tab is shown and has no map of this set yet (set id).</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Each line compares a persona&apos;s members with everyone else clustered. Click a line to see the customers behind it.</source>
        <translation>Ogni riga confronta i membri di una persona con tutti gli altri clienti raggruppati. Fai clic su una riga per vedere i clienti da cui nasce.</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>negligible</source>
        <translation>trascurabile</translation>
    </message>
    <message>
        <source>small</source>
        <translation>piccolo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-means</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>Misture gaussiane</translation>
    </message>
    <message>
        <source>Agglomerative (Ward)</source>
        <translation>Agglomerativo (Ward)</translation>
    </message>
    <message>
        <source>Gower k-medoids (mixed data)</source>
        <translation>k-medoidi su Gower (dati misti)</translation>
    </message>
    <message>
        <source>Compact groups of similar spread; fast on any amount of data.</source>
        <translation>Gruppi compatti di dispersione simile; veloce con qualsiasi quantità di dati.</translation>
    </message>
    <message>
        <source>Groups of different shapes and spreads; each customer gets a probability of belonging.</source>
        <translation>Gruppi di forma e dispersione diverse; ogni cliente riceve una probabilità di appartenenza.</translation>
    </message>
    <message>
        <source>Builds groups by merging the closest customers; formed on a sample when the data are large.</source>
        <translation>Costruisce i gruppi unendo i clienti più vicini; su dati grandi lavora su un campione.</translation>
    </message>
    <message>
        <source>Compares numbers by range and categories as equal or different: the classic choice for mixed data.</source>
        <translation>Confronta i numeri in base all&apos;intervallo e le categorie come uguali o diverse: la scelta classica per dati misti.</translation>
    </message>
    <message>
        <source>{persona} vs {rest}</source>
        <translation>{persona} contro {rest}</translation>
    </message>
    <message>
        <source>{symbol} = {effect}, {magnitude}</source>
        <translation>{symbol} = {effect}, {magnitude}</translation>
    </message>
    <message>
        <source>{values} ({size})</source>
        <translation>{values} ({size})</translation>
    </message>
    <message>
        <source>Members average {persona} (median {persona_median}); everyone else averages {rest} (median {rest_median}). Cohen&apos;s d = {effect}: the difference in pooled standard deviations.</source>
        <translation>I membri hanno in media {persona} (mediana {persona_median}); tutti gli altri in media {rest} (mediana {rest_median}). d di Cohen = {effect}: la differenza in deviazioni standard combinate.</translation>
    </message>
    <message>
        <source>{persona} of the members have {attribute} = {level}, against {rest} of everyone else. Cohen&apos;s h = {effect}: the difference of the two shares on the same scale as d.</source>
        <translation>Il {persona} dei membri ha {attribute} = {level}, contro il {rest} di tutti gli altri. h di Cohen = {effect}: la differenza tra le due quote sulla stessa scala di d.</translation>
    </message>
    <message>
        <source>This attribute was not used to form the personas: it describes them from outside.</source>
        <translation>Questo attributo non è stato usato per formare le personas: le descrive dall&apos;esterno.</translation>
    </message>
    <message>
        <source>Click to list the {n} customers behind this line.</source>
        <translation>Fai clic per elencare i {n} clienti dietro questa riga.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurata</translation>
    </message>
    <message>
        <source>clear structure</source>
        <translation>struttura netta</translation>
    </message>
    <message>
        <source>some structure</source>
        <translation>una certa struttura</translation>
    </message>
    <message>
        <source>weak structure</source>
        <translation>struttura debole</translation>
    </message>
    <message>
        <source>no customers in common</source>
        <translation>nessun cliente in comune</translation>
    </message>
    <message>
        <source>nearly the same personas</source>
        <translation>personas quasi identiche</translation>
    </message>
    <message>
        <source>largely the same personas</source>
        <translation>personas in gran parte uguali</translation>
    </message>
    <message>
        <source>personas partly reshuffled</source>
        <translation>personas in parte rimescolate</translation>
    </message>
    <message>
        <source>different personas</source>
        <translation>personas diverse</translation>
    </message>
    <message>
        <source>Between personas: about as close to another one</source>
        <translation>Tra due personas: vicino quasi quanto a un&apos;altra</translation>
    </message>
    <message>
        <source>Far from every persona&apos;s centre</source>
        <translation>Lontano dal centro di ogni persona</translation>
    </message>
    <message>
        <source>Fit is the Gaussian mixture&apos;s probability that the customer belongs to the persona (0 to 1).</source>
        <translation>L&apos;aderenza è la probabilità, secondo la mistura gaussiana, che il cliente appartenga alla persona (da 0 a 1).</translation>
    </message>
    <message>
        <source>Fit compares the distance to the own persona&apos;s centre with the distance to the nearest other one (−1 to 1; higher fits better).</source>
        <translation>L&apos;aderenza confronta la distanza dal centro della propria persona con quella dalla persona più vicina (da −1 a 1; più alta è migliore).</translation>
    </message>
    <message>
        <source>Axis {n} · {share} of the differences</source>
        <translation>Asse {n} · {share} delle differenze</translation>
    </message>
    <message>
        <source>no single attribute stands out</source>
        <translation>nessun attributo spicca da solo</translation>
    </message>
    <message>
        <source>to the right: {attributes}</source>
        <translation>verso destra: {attributes}</translation>
    </message>
    <message>
        <source>upwards: {attributes}</source>
        <translation>verso l&apos;alto: {attributes}</translation>
    </message>
    <message>
        <source>Images (PNG, JPEG) ({patterns})</source>
        <extracomment>The file types offered (Qt reads both without extra plug-ins).</extracomment>
        <translation>Immagini (PNG, JPEG) ({patterns})</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG picture. Choose a .png or .jpg file.</source>
        <translation>{file} non è un&apos;immagine PNG o JPEG. Scegli un file .png o .jpg.</translation>
    </message>
    <message>
        <source>The picture {file} could not be read ({reason}). Choose another PNG or JPEG file.</source>
        <translation>Impossibile leggere l&apos;immagine {file} ({reason}). Scegli un altro file PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>Preprocessing</name>
    <message>
        <source>Unknown way of handling blanks: {value}. Use one of: {choices}.</source>
        <extracomment>Euclidean feature matrix: scaled numbers, 0/1 flags and indicators. For Gower distance: numbers after imputation and log1p, divided by their range (so in 0..1), and category codes (-1 never occurs: blanks imputed). Matrix column of each Gower numeric column, and whether it is a 0/1 flag. Matrix columns (indicators) of each Gower categorical column.</extracomment>
        <translation>Modalità di gestione dei valori mancanti sconosciuta: {value}. Usa una tra: {choices}.</translation>
    </message>
    <message>
        <source>Unknown scaling: {value}. Use one of: {choices}.</source>
        <translation>Scalatura sconosciuta: {value}. Usa una tra: {choices}.</translation>
    </message>
    <message>
        <source>The usable attributes are all categories and one-hot encoding is off. Switch one-hot encoding on, add numeric attributes, or use the Gower distance method.</source>
        <translation>Gli attributi utilizzabili sono tutti categorici e la codifica one-hot è disattivata. Attiva la codifica one-hot, aggiungi attributi numerici oppure usa il metodo della distanza di Gower.</translation>
    </message>
    <message>
        <source>None of the chosen attributes can be used for personas ({reasons}). Choose other attributes.</source>
        <translation>Nessuno degli attributi scelti è utilizzabile per le personas ({reasons}). Scegli altri attributi.</translation>
    </message>
    <message>
        <source>Only {n} customers have values for the chosen attributes; at least {minimum} are needed. Choose attributes with fewer blanks, or fill blanks instead of leaving those customers out.</source>
        <translation>Solo {n} clienti hanno valori per gli attributi scelti; ne servono almeno {minimum}. Scegli attributi con meno valori mancanti, oppure riempi i valori mancanti invece di escludere quei clienti.</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>nessun valore</translation>
    </message>
    <message>
        <source>the same value for every customer</source>
        <translation>lo stesso valore per tutti i clienti</translation>
    </message>
    <message>
        <source>a category, and one-hot encoding is off</source>
        <translation>attributo categorico, con la codifica one-hot disattivata</translation>
    </message>
    <message>
        <source>no category common enough to use</source>
        <translation>nessuna categoria abbastanza frequente da poter essere usata</translation>
    </message>
    <message>
        <source>left out: {reason}</source>
        <translation>escluso: {reason}</translation>
    </message>
    <message>
        <source>{n} values that are not numbers treated as blanks</source>
        <translation>{n} valori non numerici trattati come mancanti</translation>
    </message>
    <message>
        <source>{n} blanks filled with {value}</source>
        <translation>{n} valori mancanti sostituiti con {value}</translation>
    </message>
    <message>
        <source>{n} customers with a blank left out</source>
        <translation>{n} clienti con un valore mancante esclusi</translation>
    </message>
    <message>
        <source>two values, coded 0/1</source>
        <translation>due valori, codificati 0/1</translation>
    </message>
    <message>
        <source>skewed ({skew:.1f}): log1p</source>
        <translation>asimmetrico ({skew:.1f}): log1p</translation>
    </message>
    <message>
        <source>standardised</source>
        <translation>standardizzato</translation>
    </message>
    <message>
        <source>robust-scaled (median, IQR)</source>
        <translation>scalatura robusta (mediana, IQR)</translation>
    </message>
    <message>
        <source>not scaled</source>
        <translation>non scalato</translation>
    </message>
    <message>
        <source>one-hot: {n} levels</source>
        <translation>one-hot: {n} livelli</translation>
    </message>
    <message>
        <source>{n} rare categories grouped as {other}</source>
        <translation>{n} categorie rare raggruppate come {other}</translation>
    </message>
    <message>
        <source>Choose at least one attribute.</source>
        <translation>Scegli almeno un attributo.</translation>
    </message>
    <message>
        <source>These attributes are not in the data: {names}.</source>
        <translation>Questi attributi non sono presenti nei dati: {names}.</translation>
    </message>
    <message>
        <source>These attributes are neither numeric nor categorical and cannot be used for personas: {names}.</source>
        <translation>Questi attributi non sono né numerici né categorici e non possono essere usati per le personas: {names}.</translation>
    </message>
    <message>
        <source>An attribute was chosen twice.</source>
        <translation>Un attributo è stato scelto due volte.</translation>
    </message>
    <message>
        <source>Each customer must appear only once in the data.</source>
        <translation>Ogni cliente deve comparire una sola volta nei dati.</translation>
    </message>
    <message>
        <source>Customers must be identified by whole numbers.</source>
        <translation>I clienti devono essere identificati da numeri interi.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>{n} customers of this persona set are no longer in the data.</source>
        <extracomment>Effects at least this large (Cohen&apos;s &quot;medium&quot;) may name a persona. A channel names a persona when its share beats the rest&apos;s by this much.</extracomment>
        <translation>{n} clienti di questo set di personas non sono più presenti nei dati.</translation>
    </message>
    <message>
        <source>These channel columns are not in the data: {names}.</source>
        <translation>Queste colonne di canale non sono presenti nei dati: {names}.</translation>
    </message>
    <message>
        <source>High {attribute}</source>
        <translation>{attribute} sopra la media</translation>
    </message>
    <message>
        <source>Low {attribute}</source>
        <translation>{attribute} sotto la media</translation>
    </message>
    <message>
        <source>{attribute}: {level}</source>
        <translation>{attribute}: {level}</translation>
    </message>
    <message>
        <source>Mostly {channel}</source>
        <translation>Soprattutto {channel}</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
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
        <translation>Il progetto {path} è danneggiato ({detail}).</translation>
    </message>
    <message>
        <source>The newest backup is {backup}; restore it with &apos;workbench restore {path}&apos; or from the Open dialog.</source>
        <translation>Il backup più recente è {backup}; ripristinalo con &apos;workbench restore {path}&apos; o dalla finestra Apri.</translation>
    </message>
    <message>
        <source>No backup of it exists.</source>
        <translation>Non ne esiste alcun backup.</translation>
    </message>
    <message>
        <source>{path} is not a Persona Workbench project: {why}</source>
        <translation>{path} non è un progetto di Persona Workbench: {why}</translation>
    </message>
    <message>
        <source>The project {path} does not exist.</source>
        <translation>Il progetto {path} non esiste.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} è una cartella, non un file di progetto.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <source>it is not an SQLite database.</source>
        <translation>non è un database SQLite.</translation>
    </message>
    <message>
        <source>the file is truncated</source>
        <translation>il file è troncato</translation>
    </message>
    <message>
        <source>it is an SQLite database made by another program.</source>
        <translation>è un database SQLite creato da un altro programma.</translation>
    </message>
    <message>
        <source>The project {path} was saved by a newer version of Persona Workbench (project format {found}; this version reads up to {supported}). Install the newer version to open it; the file was not changed.</source>
        <translation>Il progetto {path} è stato salvato da una versione più recente di Persona Workbench (formato di progetto {found}; questa versione legge fino al {supported}). Installa la versione più recente per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The project {path} uses an older format and must be upgraded, which needs write access. Open it for writing once.</source>
        <translation>Il progetto {path} usa un formato precedente e deve essere aggiornato, operazione che richiede l&apos;accesso in scrittura. Aprilo una volta in scrittura.</translation>
    </message>
    <message>
        <source>Could not back up {path} before upgrading it: {error}. The file was not changed.</source>
        <translation>Impossibile eseguire il backup di {path} prima di aggiornarlo: {error}. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({error}); the file was left as it was. A backup is at {backup}.</source>
        <translation>L&apos;aggiornamento di {path} non è riuscito ({error}); il file è rimasto com&apos;era. Un backup si trova in {backup}.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} esiste già; scegli un altro nome oppure aprilo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>Row {rowid} of table {table} refers to a missing row of {parent}.</source>
        <translation>La riga {rowid} della tabella {table} fa riferimento a una riga mancante di {parent}.</translation>
    </message>
    <message>
        <source>There is no backup of {path}.</source>
        <translation>Non esiste alcun backup di {path}.</translation>
    </message>
    <message>
        <source>The backup {backup} does not exist.</source>
        <translation>Il backup {backup} non esiste.</translation>
    </message>
    <message>
        <source>The backup {backup} is itself damaged: {problem}</source>
        <translation>Anche il backup {backup} è danneggiato: {problem}</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source> (process {pid} on {host}, since {since})</source>
        <translation> (processo {pid} su {host}, dal {since})</translation>
    </message>
    <message>
        <source>The project {path} is open for writing in another Persona Workbench window{who}. Close it there, or open this project read-only.</source>
        <translation>Il progetto {path} è aperto in scrittura in un&apos;altra finestra di Persona Workbench{who}. Chiudilo lì, oppure apri questo progetto in sola lettura.</translation>
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
        <translation>Set di personas: {sets}</translation>
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
        <translation>Set di personas</translation>
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
        <translation>Annullato: non è stato modificato nulla.</translation>
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
