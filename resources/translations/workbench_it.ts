<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Assignment</name>
    <message>
        <source>This persona set was made from attributes that are no longer in the project: {names}. Import them again under the same names, or make a new persona set.</source>
        <extracomment>Customers placed per block (bounded memory on a million customers).</extracomment>
        <translation>Questo set di personas è stato fatto con attributi che non sono più nel progetto: {names}. Importali di nuovo con gli stessi nomi, oppure crea un nuovo set di personas.</translation>
    </message>
    <message>
        <source>The persona set “{name}” was made with an earlier version of the app, which did not keep the rule for placing new customers. Make the set again (same attributes and settings) to assign new customers to it.</source>
        <translation>Il set di personas “{name}” è stato fatto con una versione precedente dell&apos;app, che non conservava la regola per collocare nuovi clienti. Rifai il set (stessi attributi e impostazioni) per assegnargli nuovi clienti.</translation>
    </message>
    <message>
        <source>Reading the customers’ attributes…</source>
        <translation>Lettura degli attributi dei clienti…</translation>
    </message>
    <message>
        <source>No customer has enough values in the attributes this persona set was made from ({names}).</source>
        <translation>Nessun cliente ha abbastanza valori negli attributi con cui è stato fatto questo set di personas ({names}).</translation>
    </message>
    <message>
        <source>Placing customers in the personas…</source>
        <translation>Collocazione dei clienti nelle persona…</translation>
    </message>
    <message>
        <source>Updating the persona cards…</source>
        <translation>Aggiornamento delle schede delle persona…</translation>
    </message>
    <message>
        <source>The persona cards’ descriptions (effect sizes, means, medians and shares of their lines) were computed on a random sample of {sample} of the {n} customers placed; sizes, shares of the set, fit, counts of customers, channel mix and outcomes count every customer.</source>
        <translation>Le descrizioni delle schede delle persona (effetti, medie, mediane e quote delle loro righe) sono state calcolate su un campione casuale di {sample} dei {n} clienti collocati; dimensioni, quote dell’insieme, adattamento, conteggi dei clienti, mix dei canali ed esiti contano ogni cliente.</translation>
    </message>
    <message>
        <source>Saving the run…</source>
        <translation>Salvataggio dell&apos;esecuzione…</translation>
    </message>
    <message>
        <source>{names} also read from {source} (the same columns in a later file).</source>
        <translation>{names} letti anche da {source} (le stesse colonne in un file successivo).</translation>
    </message>
    <message>
        <source>These attributes changed kind since the persona set was made (a number became a category or the reverse): {names}. Give them back their role in the Data area, or make a new persona set.</source>
        <translation>Questi attributi hanno cambiato tipo da quando è stato fatto il set di personas (un numero è diventato una categoria o viceversa): {names}. Ridai loro il ruolo nell&apos;area Dati, oppure crea un nuovo set di personas.</translation>
    </message>
    <message>
        <source>{name}: {n} customers have values the set never saw ({values}); they match none of its categories.</source>
        <translation>{name}: {n} clienti hanno valori che il set non ha mai visto ({values}); non corrispondono a nessuna delle sue categorie.</translation>
    </message>
    <message>
        <source>{n} customers have blanks in attributes the set needs, and the set leaves such customers out: they fit no persona.</source>
        <translation>{n} clienti hanno vuoti in attributi necessari al set, e il set esclude questi clienti: non somigliano a nessuna persona.</translation>
    </message>
    <message>
        <source>{n} customers have fewer than half of the set&apos;s attributes and were not placed.</source>
        <translation>{n} clienti hanno meno della metà degli attributi del set e non sono stati collocati.</translation>
    </message>
    <message>
        <source>Ward personas are a cut of a tree: new customers join the persona with the nearest mean point, a rule that gives {share:.0%} of the fitted customers their persona.</source>
        <translation>Le persona di Ward sono il taglio di un albero: i nuovi clienti entrano nella persona con il punto medio più vicino, una regola che dà la loro persona al {share:.0%} dei clienti su cui il set è stato fatto.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Channel</source>
        <extracomment>Role giving a cell&apos;s share (0..1) for the bar delegate. Role saying whether a larger share is bad (missing values) or good (coverage). Missing shares from here on are shown as a problem.</extracomment>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Quota di clienti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valori mancanti</translation>
    </message>
    <message>
        <source>Customers with at least one row or event in this channel</source>
        <translation>Clienti con almeno una riga o un evento in questo canale</translation>
    </message>
    <message>
        <source>The channel&apos;s customers out of all the project&apos;s customers</source>
        <translation>I clienti del canale rispetto a tutti i clienti del progetto</translation>
    </message>
    <message>
        <source>Rows of the source, or touchpoint events of the channel</source>
        <translation>Righe della fonte, o eventi di contatto del canale</translation>
    </message>
    <message>
        <source>Share of empty cells over all its fields</source>
        <translation>Quota di celle vuote su tutti i suoi campi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Touchpoint channel</source>
        <translation>Canale di contatto</translation>
    </message>
    <message>
        <source>Most often empty: {fields}</source>
        <translation>Più spesso vuoti: {fields}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Empty cells</source>
        <translation>Celle vuote</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mancanti</translation>
    </message>
    <message>
        <source>{missing} of {total}</source>
        <translation>{missing} su {total}</translation>
    </message>
    <message>
        <source>Every source and every touchpoint channel: how many customers it reaches and how complete its data is. Red bars mark thin or poorly kept channels. Select a channel to see its fields.</source>
        <translation>Ogni fonte e ogni canale di contatto: quanti clienti raggiunge e quanto sono completi i suoi dati. Le barre rosse segnalano canali poco popolati o poco curati. Seleziona un canale per vederne i campi.</translation>
    </message>
    <message>
        <source>Reading the channels…</source>
        <translation>Lettura dei canali…</translation>
    </message>
    <message>
        <source>Reading the channel overview</source>
        <translation>Lettura della panoramica dei canali</translation>
    </message>
    <message>
        <source>{count} channels, {customers} customers in all.</source>
        <translation>{count} canali, {customers} clienti in tutto.</translation>
    </message>
    <message>
        <source>Poorly kept: {names}.</source>
        <translation>Poco curati: {names}.</translation>
    </message>
    <message>
        <source>No channels yet: import a source first.</source>
        <translation>Ancora nessun canale: importa prima una fonte.</translation>
    </message>
    <message>
        <source>Fields of {channel}</source>
        <translation>Campi di {channel}</translation>
    </message>
</context>
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
        <source>--dry-run prints the columns and roles as text: leave out --json.</source>
        <translation>--dry-run mostra colonne e ruoli come testo: togli --json.</translation>
    </message>
    <message>
        <source>--sample, --stratify, --seed, --all and --password-env are for Parquet, DuckDB and PostgreSQL sources; {name} is read whole.</source>
        <translation>--sample, --stratify, --seed, --all e --password-env valgono per sorgenti Parquet, DuckDB e PostgreSQL; {name} viene letto per intero.</translation>
    </message>
    <message>
        <source>{file}: columns and the roles they would get:</source>
        <translation>{file}: colonne e ruoli che riceverebbero:</translation>
    </message>
    <message>
        <source>  (two header rows, from row {row}: labels join question and sub-header; --header-rows 1 reads one)</source>
        <translation>  (due righe di intestazione, dalla riga {row}: le etichette uniscono domanda e sottointestazione; --header-rows 1 ne legge una)</translation>
    </message>
    <message>
        <source>Don&apos;t write the password in the URL: it would stay in your shell history. Use --password-env VAR or type it when asked.</source>
        <extracomment>Rows read for ``--dry-run`` of a database source.</extracomment>
        <translation>Non scrivere la password nell&apos;URL: resterebbe nella cronologia della shell. Usa --password-env VAR o digitala quando viene chiesta.</translation>
    </message>
    <message>
        <source>Say what to read from {url}: --table NAME (a table or view, schema.table allowed) or --query &quot;SELECT …&quot;.</source>
        <translation>Indica cosa leggere da {url}: --table NOME (una tabella o vista, anche schema.tabella) o --query &quot;SELECT …&quot;.</translation>
    </message>
    <message>
        <source>&apos;{scheme}://&apos; sources are not supported: import a file, a Parquet folder, a DuckDB file or a PostgreSQL URL (postgresql://user@host:port/database).</source>
        <translation>Le sorgenti &apos;{scheme}://&apos; non sono supportate: importa un file, una cartella Parquet, un file DuckDB o un URL PostgreSQL (postgresql://utente@host:porta/database).</translation>
    </message>
    <message>
        <source>{name} is Parquet: it is read whole, without --table or --query.</source>
        <translation>{name} è Parquet: viene letto per intero, senza --table né --query.</translation>
    </message>
    <message>
        <source>--table and --query read from a DuckDB file (.duckdb, .ddb, .db) or a PostgreSQL URL; {name} is neither.</source>
        <translation>--table e --query leggono da un file DuckDB (.duckdb, .ddb, .db) o da un URL PostgreSQL; {name} non è né l&apos;uno né l&apos;altro.</translation>
    </message>
    <message>
        <source>--password-env is for PostgreSQL URLs; {name} needs no password.</source>
        <translation>--password-env vale per gli URL PostgreSQL; {name} non richiede password.</translation>
    </message>
    <message>
        <source>The environment variable {variable} is not set: set it to the password, or leave out --password-env to type the password when asked.</source>
        <translation>La variabile d&apos;ambiente {variable} non è impostata: impostala con la password, oppure togli --password-env per digitare la password quando viene chiesta.</translation>
    </message>
    <message>
        <source>Password for {where} (Enter for none): </source>
        <translation>Password per {where} (Invio per nessuna): </translation>
    </message>
    <message>
        <source>--stratify and --seed shape a sample: add --sample N (how many rows to keep).</source>
        <translation>--stratify e --seed definiscono un campione: aggiungi --sample N (quante righe tenere).</translation>
    </message>
    <message>
        <source>--sample takes a number of rows above 0; got {n}.</source>
        <translation>--sample vuole un numero di righe maggiore di 0; ricevuto {n}.</translation>
    </message>
    <message>
        <source>{name} holds {rows} rows, more than the {threshold} a project takes without sampling (Preferences). Import a sample with --sample N (for example --sample {suggested}; --stratify COLUMN keeps the shares of a column&apos;s values, --seed N draws another sample), or add --all to import every row anyway.</source>
        <translation>{name} contiene {rows} righe, più delle {threshold} che un progetto accetta senza campionamento (Preferenze). Importa un campione con --sample N (per esempio --sample {suggested}; --stratify COLONNA mantiene le quote dei valori di una colonna, --seed N estrae un altro campione), oppure aggiungi --all per importare comunque ogni riga.</translation>
    </message>
    <message>
        <source>--sheet, --encoding, --delimiter, --decimal and --header-rows read spreadsheets and text files; {name} is a database source.</source>
        <translation>--sheet, --encoding, --delimiter, --decimal e --header-rows servono per fogli di calcolo e file di testo; {name} è una sorgente database.</translation>
    </message>
    <message>
        <source>Choose --sample N or --all, not both.</source>
        <translation>Scegli --sample N oppure --all, non entrambi.</translation>
    </message>
    <message>
        <source>On the command line: --table NAME or --query SQL.</source>
        <translation>Dalla riga di comando: --table NOME o --query SQL.</translation>
    </message>
    <message>
        <source>On the command line: --password-env VAR (an environment variable holding the password), or run the command in a terminal to type it when asked.</source>
        <translation>Dalla riga di comando: --password-env VAR (una variabile d&apos;ambiente che contiene la password), oppure esegui il comando in un terminale per digitarla quando viene chiesta.</translation>
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
        <source>{name}: {rows} rows; columns and the roles they would get:</source>
        <translation>{name}: {rows} righe; colonne e ruoli che riceverebbero:</translation>
    </message>
    <message>
        <source>A sample of {size} rows would be imported.</source>
        <translation>Verrebbe importato un campione di {size} righe.</translation>
    </message>
    <message>
        <source>More rows than a project takes without sampling ({threshold}): the import needs --sample N or --all.</source>
        <translation>Più righe di quante un progetto ne accetti senza campionamento ({threshold}): l&apos;importazione richiede --sample N o --all.</translation>
    </message>
    <message>
        <source>DuckDB file or PostgreSQL: the table or view to import (schema.table allowed); a DuckDB file with one table needs neither --table nor --query</source>
        <translation>File DuckDB o PostgreSQL: la tabella o vista da importare (anche schema.tabella); un file DuckDB con una sola tabella non richiede né --table né --query</translation>
    </message>
    <message>
        <source>DuckDB file or PostgreSQL: import the rows of this SELECT query instead of a table; it is kept with the source</source>
        <translation>File DuckDB o PostgreSQL: importa le righe di questa query SELECT invece di una tabella; la query resta registrata con la sorgente</translation>
    </message>
    <message>
        <source>PostgreSQL: read the password from this environment variable (default: asked for when run in a terminal; otherwise none, so PGPASSWORD or ~/.pgpass still work). Never write it in the URL; it is never stored</source>
        <translation>PostgreSQL: legge la password da questa variabile d&apos;ambiente (predefinito: chiesta quando il comando gira in un terminale; altrimenti nessuna, così PGPASSWORD o ~/.pgpass funzionano ancora). Non scriverla mai nell&apos;URL; non viene mai salvata</translation>
    </message>
    <message>
        <source>Parquet, DuckDB, PostgreSQL: import a random sample of N rows and record it with the source (size, seed, strata, population); needed when the source holds more rows than the threshold in Preferences (now {threshold})</source>
        <translation>Parquet, DuckDB, PostgreSQL: importa un campione casuale di N righe e lo registra con la sorgente (dimensione, seme, strati, popolazione); necessario quando la sorgente ha più righe della soglia nelle Preferenze (ora {threshold})</translation>
    </message>
    <message>
        <source>with --sample: a stratified sample keeping the share of each value of this column (each value at least one row)</source>
        <translation>con --sample: un campione stratificato che mantiene la quota di ogni valore di questa colonna (almeno una riga per valore)</translation>
    </message>
    <message>
        <source>with --sample: the random seed, so the same command draws the same sample (default: 0)</source>
        <translation>con --sample: il seme casuale, così lo stesso comando estrae lo stesso campione (predefinito: 0)</translation>
    </message>
    <message>
        <source>import every row of a source above the sampling threshold, without sampling</source>
        <translation>importa ogni riga di una sorgente oltre la soglia di campionamento, senza campionare</translation>
    </message>
    <message>
        <source>print the import report as JSON (UTF-8, keys described in README.md, sampling included) and nothing else</source>
        <translation>stampa il resoconto dell&apos;importazione in JSON (UTF-8, chiavi descritte in README.md, campionamento compreso) e nient&apos;altro</translation>
    </message>
    <message>
        <source>--note describes counts being imported: use it with --import FILE.</source>
        <translation>--note descrive i conteggi che importi: usalo con --import FILE.</translation>
    </message>
    <message>
        <source>Imported the population&apos;s persona counts for persona set {id} from {file}.</source>
        <translation>Importati da {file} i conteggi per persona della popolazione per l&apos;insieme di personas {id}.</translation>
    </message>
    <message>
        <source>No population counts for persona set {id} yet. Run the exported query in your engine (&apos;workbench export PROJECT --sql OUT.sql --dialect …&apos;), save its result or its counts per persona as CSV and import them with --import FILE.</source>
        <translation>Ancora nessun conteggio della popolazione per l&apos;insieme di personas {id}. Esegui la query esportata nel tuo motore (&apos;workbench export PROJECT --sql OUT.sql --dialect …&apos;), salvane il risultato o i conteggi per persona in CSV e importali con --import FILE.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>campione</translation>
    </message>
    <message>
        <source>share</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>population</source>
        <translation>popolazione</translation>
    </message>
    <message>
        <source>Population counts imported {when}{note}.</source>
        <translation>Conteggi della popolazione importati il {when}{note}.</translation>
    </message>
    <message>
        <source>Persona sizes in the sample beside those the company&apos;s engine found in the whole customer base; --import reads the engine&apos;s counts back.</source>
        <translation>Dimensioni delle personas nel campione accanto a quelle trovate dal motore dell&apos;azienda sull&apos;intera base clienti; --import rilegge i conteggi del motore.</translation>
    </message>
    <message>
        <source>a CSV or XLSX of what the engine returned for the query exported with &apos;workbench export --sql&apos;: its result (one row per customer) or its counts (persona_position or persona_name, and count); replaces the counts imported before for this set, all or nothing</source>
        <translation>un CSV o XLSX di ciò che il motore ha restituito per la query esportata con &apos;workbench export --sql&apos;: il risultato (una riga per cliente) o i suoi conteggi (persona_position o persona_name, e count); sostituisce i conteggi importati prima per questo insieme, tutto o niente</translation>
    </message>
    <message>
        <source>with --import: where the counts come from, e.g. &quot;scored in Spark, December 2026&quot;</source>
        <translation>con --import: da dove vengono i conteggi, es. &quot;calcolati in Spark, dicembre 2026&quot;</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos; was read: it looks like the data table. Other sheets: {others} (choose one with --sheet).</source>
        <translation>È stato letto il foglio &apos;{sheet}&apos;: sembra la tabella dei dati. Altri fogli: {others} (sceglierne uno con --sheet).</translation>
    </message>
    <message>
        <source>chosen with --customer-key</source>
        <translation>scelta con --customer-key</translation>
    </message>
    <message>
        <source>Customer: {column} ({reason})</source>
        <translation>Cliente: {column} ({reason})</translation>
    </message>
    <message>
        <source>one per row</source>
        <translation>uno per riga</translation>
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
        <source>Import a spreadsheet or export (CSV, TSV, XLSX, ODS), Parquet files, a DuckDB table or a PostgreSQL table or query as a new source, all or nothing; big sources as a recorded sample.</source>
        <translation>Importa un foglio di calcolo o un&apos;esportazione (CSV, TSV, XLSX, ODS), file Parquet, una tabella DuckDB o una tabella o query PostgreSQL come nuova sorgente, tutto o niente; le sorgenti grandi come campione registrato.</translation>
    </message>
    <message>
        <source>what to import: a CSV, TSV, XLSX or ODS file; a .parquet file or a folder of them; a DuckDB file (.duckdb, .ddb, .db); or a PostgreSQL URL postgresql://user@host:port/database (without password)</source>
        <translation>cosa importare: un file CSV, TSV, XLSX o ODS; un file .parquet o una cartella di file .parquet; un file DuckDB (.duckdb, .ddb, .db); oppure un URL PostgreSQL postgresql://utente@host:porta/database (senza password)</translation>
    </message>
    <message>
        <source>sheet to import from an XLSX/ODS file (default: the one that looks like the data table)</source>
        <translation>foglio da importare da un file XLSX/ODS (predefinito: quello che sembra la tabella dei dati)</translation>
    </message>
    <message>
        <source>the column that says which customer a row is about; &apos;none&apos; for one customer per row (default: inferred, shown by --dry-run)</source>
        <translation>la colonna che dice a quale cliente si riferisce una riga; &apos;none&apos; per un cliente per riga (predefinito: dedotta, mostrata da --dry-run)</translation>
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
        <source>expected &apos;auto&apos; or a whole number, got &apos;{text}&apos;</source>
        <translation>atteso &apos;auto&apos; o un numero intero, ricevuto &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>fit</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>assegnazione</translation>
    </message>
    <message>
        <source>There is no persona set {id}. Run &apos;workbench persona-sets PROJECT&apos; to list them.</source>
        <translation>Non esiste il set di personas {id}. Esegui &apos;workbench persona-sets PROGETTO&apos; per elencarli.</translation>
    </message>
    <message>
        <source>Persona set {id} “{name}”: run {run} recorded.</source>
        <translation>Set di personas {id} “{name}”: esecuzione {run} registrata.</translation>
    </message>
    <message>
        <source>Customers placed: {n}</source>
        <translation>Clienti collocati: {n}</translation>
    </message>
    <message>
        <source>New customers: {n}</source>
        <translation>Nuovi clienti: {n}</translation>
    </message>
    <message>
        <source>Moved to another persona: {n}</source>
        <translation>Spostati in un&apos;altra persona: {n}</translation>
    </message>
    <message>
        <source>Fitting no persona: {n}</source>
        <translation>Senza persona: {n}</translation>
    </message>
    <message>
        <source>Members per persona (before → after)</source>
        <translation>Membri per persona (prima → dopo)</translation>
    </message>
    <message>
        <source>  {name}: {before} → {after}</source>
        <translation>  {name}: {before} → {after}</translation>
    </message>
    <message>
        <source>  Fitting no persona: {before} → {after}</source>
        <translation>  Senza persona: {before} → {after}</translation>
    </message>
    <message>
        <source>Runs of persona set {id} “{name}”</source>
        <translation>Esecuzioni del set di personas {id} “{name}”</translation>
    </message>
    <message>
        <source>No runs recorded yet: &apos;workbench assign PROJECT {id}&apos; records the set&apos;s fit and places new customers.</source>
        <translation>Ancora nessuna esecuzione registrata: &apos;workbench assign PROGETTO {id}&apos; registra la creazione del set e colloca i nuovi clienti.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>esecuzione</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quando</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovi</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>spostati</translation>
    </message>
    <message>
        <source>fitting none</source>
        <translation>senza persona</translation>
    </message>
    <message>
        <source>members per persona</source>
        <translation>membri per persona</translation>
    </message>
    <message>
        <source>Personas: {names}</source>
        <translation>Personas: {names}</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>usciti</translation>
    </message>
    <message>
        <source>fits none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Drift of persona set {id} “{name}”: run {before} ({before_kind}, {before_when}) → run {after} ({after_kind}, {after_when})</source>
        <translation>Deriva del set di personas {id} “{name}”: esecuzione {before} ({before_kind}, {before_when}) → esecuzione {after} ({after_kind}, {after_when})</translation>
    </message>
    <message>
        <source>Members per persona (then → now)</source>
        <translation>Membri per persona (allora → ora)</translation>
    </message>
    <message>
        <source>  {name}: {then} → {now} ({change})</source>
        <translation>  {name}: {then} → {now} ({change})</translation>
    </message>
    <message>
        <source>  Fitting no persona: {then} → {now}</source>
        <translation>  Senza persona: {then} → {now}</translation>
    </message>
    <message>
        <source>Who moved (rows: run {before}, columns: run {after})</source>
        <translation>Chi si è spostato (righe: esecuzione {before}, colonne: esecuzione {after})</translation>
    </message>
    <message>
        <source>No persona&apos;s profile shifted: every effect moved by less than {effect}.</source>
        <translation>Nessun profilo di persona è cambiato: ogni effetto si è spostato di meno di {effect}.</translation>
    </message>
    <message>
        <source>Shifted profiles (effect then → now; Cohen&apos;s d for numbers, h for shares; a shift is a change of {effect} or more)</source>
        <translation>Profili cambiati (effetto allora → ora; d di Cohen per i numeri, h per le quote; uno spostamento è una variazione di {effect} o più)</translation>
    </message>
    <message>
        <source>mean {then} → {now}</source>
        <translation>media {then} → {now}</translation>
    </message>
    <message>
        <source>share {then} → {now}</source>
        <translation>quota {then} → {now}</translation>
    </message>
    <message>
        <source>  {persona} · {attribute}: {then} → {now} ({values})</source>
        <translation>  {persona} · {attribute}: {then} → {now} ({values})</translation>
    </message>
    <message>
        <source>Place the project&apos;s customers (newly imported and changed ones too) in an existing persona set&apos;s personas with the set&apos;s own rule, without clustering again; mark those that fit none and record the run. Changes the project.</source>
        <translation>Colloca i clienti del progetto (anche quelli appena importati o cambiati) nelle personas di un set esistente con la regola del set stesso, senza rifare il clustering; segnala quelli che non si adattano a nessuna e registra l&apos;esecuzione. Modifica il progetto.</translation>
    </message>
    <message>
        <source>List a persona set&apos;s runs: its fit and each assignment, with customers placed, new, moved, fitting none and members per persona.</source>
        <translation>Elenca le esecuzioni di un set di personas: la sua creazione e ogni assegnazione, con clienti collocati, nuovi, spostati, senza persona e membri per persona.</translation>
    </message>
    <message>
        <source>Compare two runs of a persona set: members per persona then and now, who moved from which persona to which, and which personas&apos; profiles shifted. Default: the newest run against the one before it.</source>
        <translation>Confronta due esecuzioni di un set di personas: membri per persona allora e ora, chi si è spostato da quale persona a quale, e quali profili di personas sono cambiati. Predefinito: l&apos;esecuzione più recente rispetto a quella precedente.</translation>
    </message>
    <message>
        <source>the earlier run&apos;s id (see &apos;workbench runs&apos;; default: the run before the later one)</source>
        <translation>id dell&apos;esecuzione precedente (vedi &apos;workbench runs&apos;; predefinito: l&apos;esecuzione prima di quella successiva)</translation>
    </message>
    <message>
        <source>the earlier run: the newest made on or before this day (YYYY-MM-DD)</source>
        <translation>l&apos;esecuzione precedente: la più recente fatta in questo giorno o prima (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>the later run&apos;s id (default: the newest run)</source>
        <translation>id dell&apos;esecuzione successiva (predefinito: la più recente)</translation>
    </message>
    <message>
        <source>the later run: the newest made on or before this day (YYYY-MM-DD)</source>
        <translation>l&apos;esecuzione successiva: la più recente fatta in questo giorno o prima (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <extracomment>Lines weaker than this (Cohen&apos;s &quot;small&quot;) do not set a persona apart.</extracomment>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>risk ratio {ratio}, n = {n}</source>
        <translation>rischio relativo {ratio}, n = {n}</translation>
    </message>
    <message>
        <source>risk ratio {ratio}, 95% CI {low}–{high}, n = {n}</source>
        <translation>rischio relativo {ratio}, IC 95% {low}–{high}, n = {n}</translation>
    </message>
    <message>
        <source>95% CI {low}–{high}, n = {n}</source>
        <translation>IC 95% {low}–{high}, n = {n}</translation>
    </message>
    <message>
        <source>{outcome}: {persona} vs {rest} ({detail})</source>
        <translation>{outcome}: {persona} contro {rest} ({detail})</translation>
    </message>
    <message>
        <source>{attribute}: mean {mean} vs {rest} (d = {d})</source>
        <translation>{attribute}: media {mean} contro {rest} (d = {d})</translation>
    </message>
    <message>
        <source>{attribute} = {level}: {share} vs {rest} (h = {h})</source>
        <translation>{attribute} = {level}: {share} contro {rest} (h = {h})</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation>anche {names}</translation>
    </message>
    <message>
        <source>Weak structure: these personas split a continuum.</source>
        <translation>Struttura debole: queste personas dividono un continuo.</translation>
    </message>
    <message>
        <source>No subset of the attributes tried showed clearer structure.</source>
        <translation>Nessun sottoinsieme di attributi provato ha mostrato una struttura più chiara.</translation>
    </message>
    <message>
        <source>These attributes show clearer structure; to cluster on them, run:</source>
        <translation>Questi attributi mostrano una struttura più chiara; per raggruppare su di essi, esegui:</translation>
    </message>
    <message>
        <source>{label} ({k} personas, silhouette gain {gain}, stability {stability}):</source>
        <translation>{label} ({k} personas, guadagno di silhouette {gain}, stabilità {stability}):</translation>
    </message>
    <message>
        <source>  [{id}] {name}: {size} customers ({share})</source>
        <translation>  [{id}] {name}: {size} clienti ({share})</translation>
    </message>
    <message>
        <source>Outcomes (this persona vs everyone else):</source>
        <translation>Risultati (questa persona rispetto a tutti gli altri):</translation>
    </message>
    <message>
        <source>What sets them apart:</source>
        <translation>Cosa li distingue:</translation>
    </message>
    <message>
        <source>No attribute sets this persona apart: it is close to the average customer.</source>
        <translation>Nessun attributo distingue questa persona: è vicina al cliente medio.</translation>
    </message>
    <message>
        <source>Story: {story}</source>
        <translation>Storia: {story}</translation>
    </message>
    <message>
        <source>Story (draft): {story}</source>
        <translation>Storia (bozza): {story}</translation>
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
        <source>What members say:</source>
        <translation>Cosa dicono i membri:</translation>
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
        <source>set column roles by header or name; roles: identifier, numeric, categorical, date, free_text, channel, pii, outcome (a result to explain, measured per persona, never clustered on), measure (a survey score: measure, measure:nps, measure:csat:1-7, measure:ces:1-7, measure:rating:1-5), ignore (default: inferred)</source>
        <translation>imposta i ruoli delle colonne per intestazione o nome; ruoli: identifier, numeric, categorical, date, free_text, channel, pii, outcome (un risultato da spiegare, misurato per persona, mai usato per formare i gruppi), measure (un punteggio di sondaggio: measure, measure:nps, measure:csat:1-7, measure:ces:1-7, measure:rating:1-5), ignore (predefinito: dedotti)</translation>
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
        <source>rows the header takes: 2 for survey exports with the questions above their sub-headers (labels become &quot;question · sub-header&quot;), 1 otherwise (default: detected)</source>
        <translation>righe occupate dall&apos;intestazione: 2 per le esportazioni di sondaggi con le domande sopra le sottointestazioni (le etichette diventano &quot;domanda · sottointestazione&quot;), 1 altrimenti (predefinito: rilevato)</translation>
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
        <source>print the result as JSON (UTF-8, keys described in README.md) and nothing else</source>
        <translation>stampa il risultato in JSON (UTF-8, chiavi descritte in README.md) e nient&apos;altro</translation>
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
        <source>attributes to cluster on (default: every suitable numeric and categorical attribute that is not an outcome or personal data)</source>
        <translation>attributi su cui raggruppare (predefinito: ogni attributo numerico o categoriale adatto che non sia un esito né un dato personale)</translation>
    </message>
    <message>
        <source>attributes shown on the cards but not clustered on (default: every other suitable attribute that is not personal data)</source>
        <translation>attributi mostrati sulle schede ma non usati per raggruppare (predefinito: ogni altro attributo adatto che non sia un dato personale)</translation>
    </message>
    <message>
        <source>outcomes (churn, satisfaction, value…) measured for each persona against everyone else, never clustered on (default: every column with the outcome role)</source>
        <translation>risultati (abbandono, soddisfazione, valore…) misurati per ogni persona rispetto a tutti gli altri, mai usati per raggruppare (predefinito: ogni colonna con il ruolo esito)</translation>
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
        <source>--trends adds the Trends pages to persona cards: use it with --pdf or --png, without --journey.</source>
        <translation>--trends aggiunge le pagine degli andamenti alle schede delle personas: usalo con --pdf o --png, senza --journey.</translation>
    </message>
    <message>
        <source>--dialect, --id-column and --column shape the persona rule: use them with --sql OUT.sql or --rule-json OUT.json.</source>
        <translation>--dialect, --id-column e --column definiscono la regola delle personas: usali con --sql OUT.sql o --rule-json OUT.json.</translation>
    </message>
    <message>
        <source>Wrote {personas} persona cards and the trends on {pages} pages to {path}</source>
        <translation>Scritte {personas} schede delle personas e gli andamenti su {pages} pagine in {path}</translation>
    </message>
    <message>
        <source>--table, --csv-style, --dpi and --paper are not used by --pptx: leave them out.</source>
        <translation>--table, --csv-style, --dpi e --paper non servono a --pptx: toglili.</translation>
    </message>
    <message>
        <source>--journey exports one journey map: leave out --personas and --persona.</source>
        <translation>--journey esporta una mappa del percorso: togli --personas e --persona.</translation>
    </message>
    <message>
        <source>Wrote journey map {id} on {slides} slides to {path}</source>
        <translation>Scritta la mappa del percorso {id} su {slides} diapositive in {path}</translation>
    </message>
    <message>
        <source>Wrote {slides} slides of persona cards to {path}</source>
        <translation>Scritte {slides} diapositive di schede persona in {path}</translation>
    </message>
    <message>
        <source>--table with --csv or --xlsx is membership or statistics; got &apos;{table}&apos;. (With --sql it names the engine&apos;s table.)</source>
        <translation>--table con --csv o --xlsx è membership o statistics; ricevuto &apos;{table}&apos;. (Con --sql indica la tabella del motore.)</translation>
    </message>
    <message>
        <source>--column expects ATTRIBUTE=COLUMN, for example --column &quot;Income=annual_income&quot;; got &apos;{pair}&apos;.</source>
        <translation>--column vuole ATTRIBUTO=COLONNA, per esempio --column &quot;Reddito=reddito_annuo&quot;; ricevuto &apos;{pair}&apos;.</translation>
    </message>
    <message>
        <source>--sql and --rule-json export a persona set&apos;s rule: leave out --journey, --persona, --trends and --include-personal-data.</source>
        <translation>--sql e --rule-json esportano la regola di un insieme di personas: togli --journey, --persona, --trends e --include-personal-data.</translation>
    </message>
    <message>
        <source>--dialect and --table are for --sql; the JSON rule is the same for every engine and table.</source>
        <translation>--dialect e --table valgono per --sql; la regola JSON è la stessa per ogni motore e tabella.</translation>
    </message>
    <message>
        <source>Wrote the assignment rule of persona set {id} as one {dialect} query to {path}</source>
        <translation>Scritta in {path} la regola di assegnazione dell&apos;insieme di personas {id} come una query {dialect}</translation>
    </message>
    <message>
        <source>It reads table {table}, customers identified by {id_column}, and returns one row per customer: customer_id, persona_position and persona_name (empty when fitting no persona), distance, nearest_position, fits_none.</source>
        <translation>Legge la tabella {table}, con i clienti identificati da {id_column}, e restituisce una riga per cliente: customer_id, persona_position e persona_name (vuoti se il cliente non rientra in nessuna persona), distance, nearest_position, fits_none.</translation>
    </message>
    <message>
        <source>Wrote the assignment rule of persona set {id} as JSON to {path}</source>
        <translation>Scritta in {path} la regola di assegnazione dell&apos;insieme di personas {id} in JSON</translation>
    </message>
    <message>
        <source>unknown SQL dialect &apos;{dialect}&apos;: choose {choices}</source>
        <translation>dialetto SQL sconosciuto &apos;{dialect}&apos;: scegli tra {choices}</translation>
    </message>
    <message>
        <source>Wrote journey map {id} on {pages} pages to {path}</source>
        <extracomment>How messages name each dialect. --table with --csv/--xlsx.</extracomment>
        <translation>Scritta la mappa del percorso {id} su {pages} pagine in {path}</translation>
    </message>
    <message>
        <source>Wrote {n} images of journey map {id}:</source>
        <translation>Scritte {n} immagini della mappa del percorso {id}:</translation>
    </message>
    <message>
        <source>Export persona cards or a journey map (PDF, PNG, editable PowerPoint slides) or their tables (CSV, XLSX) to hand to colleagues.</source>
        <translation>Esporta le schede delle persona o una mappa del percorso (PDF, PNG, diapositive PowerPoint modificabili) o le loro tabelle (CSV, XLSX) da dare ai colleghi.</translation>
    </message>
    <message>
        <source>export this journey map instead of persona cards (ids as shown by &apos;workbench journeys PROJECT&apos;): --pdf, --png (one file per page: OUT.png, OUT-2.png...), --pptx (slides, split by stages), --csv (its cells) or --xlsx (cells and observed figures); default: PROJECT-journey-ID.pdf beside the project</source>
        <translation>esporta questa mappa del percorso invece delle schede persona (id come mostrati da &apos;workbench journeys PROGETTO&apos;): --pdf, --png (un file per pagina: OUT.png, OUT-2.png...), --pptx (diapositive, divise per fasi), --csv (le sue celle) o --xlsx (celle e dati osservati); predefinito: PROGETTO-journey-ID.pdf accanto al progetto</translation>
    </message>
    <message>
        <source>membership table: include customer names/labels and e-mail keys; journey table: name the evidence documents; persona slides (--pptx): name the customers and documents behind quotes; left out by default because they are personal data</source>
        <translation>tabella di appartenenza: includi nomi/etichette dei clienti e chiavi e-mail; tabella del percorso: indica i documenti delle evidenze; diapositive delle persona (--pptx): indica i clienti e i documenti dietro le citazioni; esclusi per impostazione predefinita perché sono dati personali</translation>
    </message>
    <message>
        <source>journey map paper, landscape: a4, a3, or fit (A4 when the map fits on one page, else A3); default: fit</source>
        <translation>formato carta della mappa del percorso, orizzontale: a4, a3 o fit (A4 se la mappa sta in una pagina, altrimenti A3); predefinito: fit</translation>
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
        <source>persona cards as editable 16:9 PowerPoint slides (text boxes, shapes and charts you can edit in PowerPoint, LibreOffice Impress, Keynote or Google Slides), one or two slides per persona; with --journey, the journey map split across slides by stages</source>
        <translation>schede persona come diapositive PowerPoint 16:9 modificabili (caselle di testo, forme e grafici che puoi modificare in PowerPoint, LibreOffice Impress, Keynote o Google Presentazioni), una o due diapositive per persona; con --journey, la mappa del percorso divisa in diapositive per fasi</translation>
    </message>
    <message>
        <source>a table as CSV (UTF-8; separator and decimal mark: --csv-style); which table: --table</source>
        <translation>una tabella in CSV (UTF-8; separatore e segno decimale: --csv-style); quale tabella: --table</translation>
    </message>
    <message>
        <source>a table as an Excel workbook; which table: --table</source>
        <translation>una tabella come cartella di lavoro Excel; quale tabella: --table</translation>
    </message>
    <message>
        <source>the persona set&apos;s assignment rule (its recorded preprocessing and the nearest-centre rule) as one SQL query for the company&apos;s engine, returning each customer&apos;s persona; engine: --dialect; k-means, agglomerative and Gower k-medoids sets</source>
        <translation>la regola di assegnazione dell&apos;insieme di personas (la preelaborazione registrata e la regola del centro più vicino) come una sola query SQL per il motore dell&apos;azienda, che restituisce la persona di ogni cliente; motore: --dialect; insiemi k-means, agglomerativi e k-medoids di Gower</translation>
    </message>
    <message>
        <source>the same assignment rule as a portable JSON description, to implement in any other engine</source>
        <translation>la stessa regola di assegnazione come descrizione JSON portabile, da realizzare in qualsiasi altro motore</translation>
    </message>
    <message>
        <source>for --sql: the engine&apos;s SQL dialect: {choices} (default: duckdb)</source>
        <translation>per --sql: il dialetto SQL del motore: {choices} (predefinito: duckdb)</translation>
    </message>
    <message>
        <source>for --sql/--rule-json: the column of the engine&apos;s table identifying the customer (default: customer_id)</source>
        <translation>per --sql/--rule-json: la colonna della tabella del motore che identifica il cliente (predefinito: customer_id)</translation>
    </message>
    <message>
        <source>for --sql/--rule-json: the engine&apos;s column holding an attribute, when its name differs from the project&apos;s (default: the attribute&apos;s column name at import)</source>
        <translation>per --sql/--rule-json: la colonna del motore che contiene un attributo, quando il suo nome è diverso da quello nel progetto (predefinito: il nome della colonna dell&apos;attributo all&apos;importazione)</translation>
    </message>
    <message>
        <source>for --csv: comma (comma-separated, decimal point: R, Python, Excel in English) or semicolon (semicolon-separated, decimal comma: Excel in Italian and most of continental Europe); default: the CSV style chosen in Preferences, else semicolon when the language is Italian, comma otherwise (now: {style})</source>
        <translation>per --csv: comma (separato da virgole, punto decimale: R, Python, Excel in inglese) o semicolon (separato da punti e virgola, virgola decimale: Excel in italiano e in gran parte dell&apos;Europa continentale); predefinito: lo stile CSV scelto nelle Preferenze, altrimenti semicolon se la lingua è l&apos;italiano, comma negli altri casi (ora: {style})</translation>
    </message>
    <message>
        <source>for --csv/--xlsx: membership (customer, persona, fit) or statistics (each persona&apos;s attribute values and effect sizes); default: membership. For --sql: the engine&apos;s table or view holding the customers, as the query should name it (e.g. crm.customers); default: customers</source>
        <translation>per --csv/--xlsx: membership (cliente, persona, aderenza) o statistics (valori degli attributi e dimensioni dell&apos;effetto di ogni persona); predefinito: membership. Per --sql: la tabella o vista del motore che contiene i clienti, come la query deve chiamarla (es. crm.customers); predefinito: customers</translation>
    </message>
    <message>
        <source>only these personas (ids as shown by &apos;workbench persona PROJECT&apos;); default: every persona of the set</source>
        <translation>solo queste personas (id come mostrati da &apos;workbench persona PROGETTO&apos;); predefinito: tutte le personas del set</translation>
    </message>
    <message>
        <source>persona cards (--pdf or --png): add the Trends pages after the cards: month by month, by persona, active customers, outcome rates, measures, friction and complaints with the n behind every point, flagged shifts and recurring negative experiences</source>
        <translation>schede delle personas (--pdf o --png): aggiunge le pagine degli andamenti dopo le schede: mese per mese, per persona, clienti attivi, tassi di esito, misure, attriti e reclami con l&apos;n dietro ogni punto, cambiamenti segnalati ed esperienze negative ricorrenti</translation>
    </message>
    <message>
        <source>resolution of --png images in dots per inch (default: 170 for persona cards, 150 for a journey map)</source>
        <translation>risoluzione delle immagini --png in punti per pollice (predefinito: 170 per le schede delle personas, 150 per una mappa del percorso)</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Errore: {message}</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>This project has no personas yet: create them with &apos;workbench personas PROJECT&apos;, then make their journey maps.</source>
        <translation>Questo progetto non ha ancora personas: creale con &apos;workbench personas PROJECT&apos;, poi crea le loro mappe del percorso.</translation>
    </message>
    <message>
        <source>{n} members behind card {card}:</source>
        <translation>{n} membri dietro la scheda {card}:</translation>
    </message>
    <message>
        <source>Every persona of the newest set has a journey map already; &apos;workbench journeys PROJECT&apos; lists them, --persona ID makes another.</source>
        <translation>Ogni persona del set più recente ha già una mappa del percorso; &apos;workbench journeys PROJECT&apos; le elenca, --persona ID ne crea un&apos;altra.</translation>
    </message>
    <message>
        <source>{n:.1f} days</source>
        <translation>{n:.1f} giorni</translation>
    </message>
    <message>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} h</translation>
    </message>
    <message>
        <source>Journey map {id}: {name}</source>
        <translation>Mappa del percorso {id}: {name}</translation>
    </message>
    <message>
        <source>  persona {persona}, template {template}, {stages} stages</source>
        <translation>  persona {persona}, modello {template}, {stages} fasi</translation>
    </message>
    <message>
        <source>  observed: {members} members, {with_events} with touchpoints, {events} events ({unstaged} without a stage); median time between steps {gap}</source>
        <translation>  osservato: {members} membri, {with_events} con punti di contatto, {events} eventi ({unstaged} senza fase); tempo mediano tra i passaggi {gap}</translation>
    </message>
    <message>
        <source>   observed: {members} members ({share}), {events} events; channels: {channels}</source>
        <translation>   osservato: {members} membri ({share}), {events} eventi; canali: {channels}</translation>
    </message>
    <message>
        <source>   time to this step: median {median}, p90 {p90}; repeat contacts {repeats}; drop-out {dropped}; negative {negative} ({rate})</source>
        <translation>   tempo fino a questo passaggio: mediana {median}, p90 {p90}; contatti ripetuti {repeats}; abbandono {dropped}; negativi {negative} ({rate})</translation>
    </message>
    <message>
        <source>{value:+.1f} (set by the researcher; evidence {observed}, n = {n})</source>
        <translation>{value:+.1f} (impostato da chi fa la ricerca; evidenze {observed}, n = {n})</translation>
    </message>
    <message>
        <source>{value:+.1f} (from scores, n = {n})</source>
        <translation>{value:+.1f} (dai punteggi, n = {n})</translation>
    </message>
    <message>
        <source> [observed, card {id}]</source>
        <translation> [osservato, scheda {id}]</translation>
    </message>
    <message>
        <source>   ! designed vs observed: {message}</source>
        <translation>   ! progettato e osservato non coincidono: {message}</translation>
    </message>
    <message>
        <source>Most common channel switches:</source>
        <translation>Cambi di canale più frequenti:</translation>
    </message>
    <message>
        <source>Friction points (see the members behind one with --show {id} --members CARD):</source>
        <translation>Punti di attrito (per vedere i membri dietro uno di essi usa --show {id} --members SCHEDA):</translation>
    </message>
    <message>
        <source>{id}: {name} ({persona})</source>
        <translation>{id}: {name} ({persona})</translation>
    </message>
    <message>
        <source>No journey maps yet. Create one with &apos;workbench journey PROJECT --persona ID&apos;.</source>
        <translation>Ancora nessuna mappa del percorso. Creane una con &apos;workbench journey PROGETTO --persona ID&apos;.</translation>
    </message>
    <message>
        <source>{id:&gt;4}  {name}  (persona {persona}, {stages} stages, {cards} cards, changed {when})</source>
        <translation>{id:&gt;4}  {name}  (persona {persona}, {stages} fasi, {cards} schede, modificata il {when})</translation>
    </message>
    <message>
        <source>Create a journey map for a persona, with the observed journey of its members filled in, and print it; or print an existing map with --show.</source>
        <translation>Crea una mappa del percorso per una persona, con il percorso osservato dei suoi membri già compilato, e la stampa; oppure stampa una mappa esistente con --show.</translation>
    </message>
    <message>
        <source>persona the map is for (see &apos;workbench persona PROJECT&apos;; default: one map for each persona of the newest set that has none yet)</source>
        <translation>persona a cui è dedicata la mappa (vedi &apos;workbench persona PROJECT&apos;; predefinito: una mappa per ogni persona del set più recente che non ne ha ancora una)</translation>
    </message>
    <message>
        <source>stages of the new map: problem (problem discovery to delivery of the solution), classic (awareness to loyalty) or a saved template&apos;s name (default: problem)</source>
        <translation>fasi della nuova mappa: problem (dalla scoperta del problema alla consegna della soluzione), classic (dalla consapevolezza alla fedeltà) o il nome di un modello salvato (predefinito: problem)</translation>
    </message>
    <message>
        <source>name of the new map (default: &apos;Journey of PERSONA&apos;)</source>
        <translation>nome della nuova mappa (predefinito: &apos;Percorso di PERSONA&apos;)</translation>
    </message>
    <message>
        <source>print journey map ID instead of creating one</source>
        <translation>stampa la mappa del percorso ID invece di crearne una</translation>
    </message>
    <message>
        <source>with --show: recompute the observed journey first</source>
        <translation>con --show: ricalcola prima il percorso osservato</translation>
    </message>
    <message>
        <source>with --show: print the customer ids behind the friction point of this card</source>
        <translation>con --show: stampa gli id dei clienti dietro il punto di attrito di questa scheda</translation>
    </message>
    <message>
        <source>List journey maps, or compare their emotion curves.</source>
        <translation>Elenca le mappe del percorso o ne confronta le curve delle emozioni.</translation>
    </message>
    <message>
        <source>only the maps of this persona</source>
        <translation>solo le mappe di questa persona</translation>
    </message>
    <message>
        <source>print the emotion per stage of these maps side by side</source>
        <translation>stampa affiancate le emozioni per fase di queste mappe</translation>
    </message>
    <message>
        <source>--set expects COLUMN=ROLE, for example --set &quot;Churn=outcome&quot;; got &apos;{pair}&apos;.</source>
        <translation>--set richiede COLONNA=RUOLO, per esempio --set &quot;Churn=outcome&quot;; ricevuto &apos;{pair}&apos;.</translation>
    </message>
    <message>
        <source>Name the source whose roles to change: &apos;workbench roles PROJECT SOURCE --set COLUMN=ROLE&apos; (SOURCE is a number or file name from &apos;workbench sources PROJECT&apos;).</source>
        <translation>Indica la fonte di cui cambiare i ruoli: &apos;workbench roles PROGETTO FONTE --set COLONNA=RUOLO&apos; (FONTE è un numero o un nome file da &apos;workbench sources PROGETTO&apos;).</translation>
    </message>
    <message>
        <source>{column}: {old} → {new}</source>
        <translation>{column}: {old} → {new}</translation>
    </message>
    <message>
        <source>Nothing to change: the columns already have these roles.</source>
        <translation>Niente da cambiare: le colonne hanno già questi ruoli.</translation>
    </message>
    <message>
        <source>{id:&gt;4}  {name}  (customer: {key})</source>
        <translation>{id:&gt;4}  {name}  (cliente: {key})</translation>
    </message>
    <message>
        <source>List each source column&apos;s role, or change roles after import (all changes in one transaction).</source>
        <translation>Elenca il ruolo di ogni colonna delle fonti, o cambia i ruoli dopo l&apos;importazione (tutte le modifiche in un&apos;unica transazione).</translation>
    </message>
    <message>
        <source>source number or file name (default: every source; with --set, the only source)</source>
        <translation>numero o nome file della fonte (predefinito: tutte le fonti; con --set, l&apos;unica fonte)</translation>
    </message>
    <message>
        <source>give columns a new role by header or name; roles: identifier, numeric, categorical, channel, outcome, measure (measure:nps, measure:csat:1-7…: the stored values must fit the scale), ignore (ignore keeps the column but leaves it out of analyses)</source>
        <translation>assegna un nuovo ruolo alle colonne per intestazione o nome; ruoli: identifier, numeric, categorical, channel, outcome, measure (measure:nps, measure:csat:1-7…: i valori salvati devono rientrare nella scala), ignore (ignore conserva la colonna ma la esclude dalle analisi)</translation>
    </message>
    <message>
        <source>print the roles as JSON</source>
        <translation>stampa i ruoli in JSON</translation>
    </message>
    <message>
        <source>The at-risk list is written as .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>L&apos;elenco dei clienti a rischio si scrive come .csv o .xlsx, non &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Churn: {what}; {churned} of {customers} customers ({rate}).</source>
        <translation>Abbandono: {what}; {churned} clienti su {customers} ({rate}).</translation>
    </message>
    <message>
        <source>Suggested inactive days: {days}.</source>
        <translation>Giorni di inattività suggeriti: {days}.</translation>
    </message>
    <message>
        <source>By persona</source>
        <translation>Per persona</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Per canale</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Per fonte</translation>
    </message>
    <message>
        <source>{ratio}× the rest ({low} to {high})</source>
        <translation>{ratio}× il resto (da {low} a {high})</translation>
    </message>
    <message>
        <source>  {label}: {rate} churned ({low} to {high}), n = {n}; {ratio}</source>
        <translation>  {label}: {rate} persi (da {low} a {high}), n = {n}; {ratio}</translation>
    </message>
    <message>
        <source>Retention curves (median time to churn)</source>
        <translation>Curve di permanenza (tempo mediano all&apos;abbandono)</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>  {label}: {median}; n = {n}, {events} churned</source>
        <translation>  {label}: {median}; n = {n}, {events} persi</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Valore dei clienti</translation>
    </message>
    <message>
        <source>  {label}: total {total}, mean {mean}, RFM {r}/{f}/{m}, value at risk {risk}</source>
        <translation>  {label}: totale {total}, media {mean}, RFM {r}/{f}/{m}, valore a rischio {risk}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation type="unfinished">Clienti a rischio</translation>
    </message>
    <message>
        <source>  customer {id}: risk {risk}; {reasons}</source>
        <translation>  cliente {id}: rischio {risk}; {reasons}</translation>
    </message>
    <message>
        <source>No churn-risk run yet: add --risk to make one.</source>
        <translation>Ancora nessun modello di rischio di abbandono: aggiungi --risk per crearne uno.</translation>
    </message>
    <message>
        <source>Wrote {rows} customers to {path}.</source>
        <translation>Scritti {rows} clienti in {path}.</translation>
    </message>
    <message>
        <source>Churn-risk run {id} ({created}), seed {seed}</source>
        <translation>Modello di rischio di abbandono {id} ({created}), seme {seed}</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (scelto)</translation>
    </message>
    <message>
        <source>  {model}: cross-validated ROC AUC {mean:.3f} ± {sd:.3f} over {folds} folds{chosen}</source>
        <translation>  {model}: ROC AUC con validazione incrociata {mean:.3f} ± {sd:.3f} su {folds} parti{chosen}</translation>
    </message>
    <message>
        <source>  Base rate {base}; Brier score {brier}</source>
        <translation>  Tasso di base {base}; punteggio di Brier {brier}</translation>
    </message>
    <message>
        <source>  {name}: {reason}</source>
        <translation>  {name}: {reason}</translation>
    </message>
    <message>
        <source>  Drivers:</source>
        <translation>  Fattori:</translation>
    </message>
    <message>
        <source>    {phrase} (AUC drop {importance:.3f})</source>
        <translation>    {phrase} (calo di AUC {importance:.3f})</translation>
    </message>
    <message>
        <source>Churn by persona, stage, channel and source, retention curves, customer value; with --risk a cross-validated churn-risk model and its drivers.</source>
        <translation>Abbandono per persona, fase, canale e fonte, curve di permanenza, valore dei clienti; con --risk un modello di rischio di abbandono validato in modo incrociato e i suoi fattori.</translation>
    </message>
    <message>
        <source>the outcome column that says churn (default: the first whose name says churn)</source>
        <translation>la colonna di risultato che indica l&apos;abbandono (predefinita: la prima il cui nome dice abbandono)</translation>
    </message>
    <message>
        <source>churn as no contact for N days before the last date in the touchpoints</source>
        <translation>abbandono come nessun contatto per N giorni prima dell&apos;ultima data nei punti di contatto</translation>
    </message>
    <message>
        <source>train and store a churn-risk model (changes the project)</source>
        <translation>addestra e salva un modello di rischio di abbandono (modifica il progetto)</translation>
    </message>
    <message>
        <source>random seed of the risk model (default 0)</source>
        <translation>seme casuale del modello di rischio (predefinito 0)</translation>
    </message>
    <message>
        <source>list the N customers at highest risk (from the newest risk run)</source>
        <translation>elenca gli N clienti a rischio più alto (dal modello di rischio più recente)</translation>
    </message>
    <message>
        <source>write the at-risk list to FILE.csv or FILE.xlsx</source>
        <translation>scrive l&apos;elenco dei clienti a rischio in FILE.csv o FILE.xlsx</translation>
    </message>
    <message>
        <source>include customer names and e-mail keys in the exported list</source>
        <translation>include nomi dei clienti e chiavi e-mail nell&apos;elenco esportato</translation>
    </message>
    <message>
        <source>print a JSON document (keys in the README)</source>
        <translation>stampa un documento JSON (chiavi nel README)</translation>
    </message>
    <message>
        <source>Measures are written as .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>Le misure si salvano come .csv o .xlsx, non &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>front-line</source>
        <translation>personale</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>promoters {p}, passives {m}, detractors {d}</source>
        <translation>promotori {p}, passivi {m}, detrattori {d}</translation>
    </message>
    <message>
        <source>satisfied {p}, dissatisfied {d}</source>
        <translation>soddisfatti {p}, insoddisfatti {d}</translation>
    </message>
    <message>
        <source>high {p}, middle {m}, low {d}</source>
        <translation>alti {p}, medi {m}, bassi {d}</translation>
    </message>
    <message>
        <source>{measure} ({kind} {low}–{high}, {voice} voice)</source>
        <translation>{measure} ({kind} {low}–{high}, voce {voice})</translation>
    </message>
    <message>
        <source> ({low} to {high})</source>
        <translation> (da {low} a {high})</translation>
    </message>
    <message>
        <source> (small n)</source>
        <translation> (n piccolo)</translation>
    </message>
    <message>
        <source>  {label}: {value}{interval}, n = {n}{small}{shares}</source>
        <translation>  {label}: {value}{interval}, n = {n}{small}{shares}</translation>
    </message>
    <message>
        <source>No measures to show for this grouping.</source>
        <translation>Nessuna misura da mostrare per questo raggruppamento.</translation>
    </message>
    <message>
        <source>Sentiment of the open answers (a signal from word lists, not a score)</source>
        <translation>Sentiment delle risposte aperte (un segnale da elenchi di parole, non un punteggio)</translation>
    </message>
    <message>
        <source>  {label} ({voice}): positive {positive}, neutral {neutral}, negative {negative}, n = {n}</source>
        <translation>  {label} ({voice}): positivo {positive}, neutro {neutral}, negativo {negative}, n = {n}</translation>
    </message>
    <message>
        <source>Small n: fewer than {n} answers; read those figures with care.</source>
        <translation>n piccolo: meno di {n} risposte; leggi quei valori con cautela.</translation>
    </message>
    <message>
        <source>Trends are written as .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>Le tendenze si scrivono come .csv o .xlsx, non &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>active customers</source>
        <translation>clienti attivi</translation>
    </message>
    <message>
        <source>outcome “{metric}”</source>
        <translation>esito “{metric}”</translation>
    </message>
    <message>
        <source>score {metric}</source>
        <translation>punteggio {metric}</translation>
    </message>
    <message>
        <source>low-scored touchpoints (friction)</source>
        <translation>touchpoint con punteggio basso (attrito)</translation>
    </message>
    <message>
        <source>complaint {metric}</source>
        <translation>reclamo {metric}</translation>
    </message>
    <message>
        <source>last {window} periods vs before</source>
        <translation>ultimi {window} periodi rispetto ai precedenti</translation>
    </message>
    <message>
        <source>rising over all periods</source>
        <translation>in crescita su tutti i periodi</translation>
    </message>
    <message>
        <source>{arrow} {group} · {metric}: {before} → {after} ({test}; p {p}, q {q})</source>
        <translation>{arrow} {group} · {metric}: {before} → {after} ({test}; p {p}, q {q})</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>Trends by {by}, {n} periods ({span})</source>
        <translation>Tendenze per {by}, {n} periodi ({span})</translation>
    </message>
    <message>
        <source>Recurring negative experiences</source>
        <translation>Esperienze negative ricorrenti</translation>
    </message>
    <message>
        <source>      “{text}” ({title})</source>
        <translation>      “{text}” ({title})</translation>
    </message>
    <message>
        <source>Shifts unlikely to be chance</source>
        <translation>Cambiamenti difficilmente dovuti al caso</translation>
    </message>
    <message>
        <source>No shift is flagged: nothing moved more than chance would.</source>
        <translation>Nessun cambiamento segnalato: nulla si è mosso più di quanto farebbe il caso.</translation>
    </message>
    <message>
        <source>{period} {value} (n={n})</source>
        <translation>{period} {value} (n={n})</translation>
    </message>
    <message>
        <source>* flagged series</source>
        <translation>* serie segnalata</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {path}.</source>
        <translation>Scritte {rows} righe in {path}.</translation>
    </message>
    <message>
        <source>Trends: monthly or weekly series per persona or journey stage of active customers, outcome rates, score measures, friction and complaint codes, with the n behind every point; shifts unlikely to be chance are flagged.</source>
        <translation>Tendenze: serie mensili o settimanali per persona o fase del percorso di clienti attivi, tassi di esito, misure di punteggio, attrito e codici di reclamo, con la n dietro ogni punto; i cambiamenti difficilmente dovuti al caso sono segnalati.</translation>
    </message>
    <message>
        <source>persona set whose personas are the groups (default: the newest)</source>
        <translation>insieme di personas le cui personas sono i gruppi (predefinito: il più recente)</translation>
    </message>
    <message>
        <source>group customers by persona (default) or by journey stage</source>
        <translation>raggruppa i clienti per persona (predefinito) o per fase del percorso</translation>
    </message>
    <message>
        <source>journey map whose stages --by stage uses (default: the newest with actions mapped to stages)</source>
        <translation>mappa del percorso le cui fasi usa --by stage (predefinita: la più recente con azioni associate alle fasi)</translation>
    </message>
    <message>
        <source>one point per month (default) or per ISO week</source>
        <translation>un punto per mese (predefinito) o per settimana ISO</translation>
    </message>
    <message>
        <source>leave out what happened before DATE (e.g. 2024-01-01)</source>
        <translation>escludi ciò che è accaduto prima di DATE (es. 2024-01-01)</translation>
    </message>
    <message>
        <source>leave out what happened after DATE (inclusive)</source>
        <translation>escludi ciò che è accaduto dopo DATE (inclusa)</translation>
    </message>
    <message>
        <source>also write the series as a long table to FILE.csv or FILE.xlsx</source>
        <translation>scrivi anche le serie come tabella lunga in FILE.csv o FILE.xlsx</translation>
    </message>
    <message>
        <source>No measure column is called &apos;{name}&apos;. The measures are: {names}.</source>
        <translation>Nessuna colonna di misura si chiama &apos;{name}&apos;. Le misure sono: {names}.</translation>
    </message>
    <message>
        <source>Several measure columns are called &apos;{name}&apos;: give its number, one of {names}.</source>
        <translation>Più colonne di misura si chiamano &apos;{name}&apos;: indicane il numero, uno tra {names}.</translation>
    </message>
    <message>
        <source>--limit must be 1 or more.</source>
        <translation>--limit deve essere 1 o più.</translation>
    </message>
    <message>
        <source>Key drivers of {measure} ({source}, {voice} voice)</source>
        <translation>Fattori chiave di {measure} ({source}, voce {voice})</translation>
    </message>
    <message>
        <source>Detractors: {low}; promoters: {high}</source>
        <translation>Detrattori: {low}; promotori: {high}</translation>
    </message>
    <message>
        <source>Low scorers: {low}; high scorers: {high}</source>
        <translation>Punteggi bassi: {low}; punteggi alti: {high}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attributo</translation>
    </message>
    <message>
        <source> (not significant)</source>
        <translation> (non significativo)</translation>
    </message>
    <message>
        <source>{rank}. {label} [{kind}]: {lift}× ({low} to {high}){mark}; {low_with} of {low_n} low vs {high_with} of {high_n} high</source>
        <translation>{rank}. {label} [{kind}]: {lift}× (da {low} a {high}){mark}; {low_with} su {low_n} bassi contro {high_with} su {high_n} alti</translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation>cliente sconosciuto</translation>
    </message>
    <message>
        <source>     “{text}” — {who}</source>
        <translation>     «{text}» — {who}</translation>
    </message>
    <message>
        <source>No drivers: too few respondents with codes, themes or attributes in the low and high bands.</source>
        <translation>Nessun fattore: troppo pochi rispondenti con codici, temi o attributi nelle fasce bassa e alta.</translation>
    </message>
    <message>
        <source>Say the document&apos;s voice: &apos;workbench voice PROJECT --document ID customer|frontline|source&apos; (source: as its source).</source>
        <translation>Indica la voce del documento: &apos;workbench voice PROJECT --document ID customer|frontline|source&apos; (source: come la sua fonte).</translation>
    </message>
    <message>
        <source>Document {id}: {voice} voice (its own voice was {previous}).</source>
        <translation>Documento {id}: voce {voice} (la sua voce propria era {previous}).</translation>
    </message>
    <message>
        <source>as its source</source>
        <translation>come la sua fonte</translation>
    </message>
    <message>
        <source>Say the source and its voice: &apos;workbench voice PROJECT SOURCE_ID customer|frontline&apos; (source numbers: &apos;workbench sources PROJECT&apos;).</source>
        <translation>Indica la fonte e la sua voce: &apos;workbench voice PROJECT SOURCE_ID customer|frontline&apos; (numeri delle fonti: &apos;workbench sources PROJECT&apos;).</translation>
    </message>
    <message>
        <source>Source {id}: {voice} voice (was {previous}).</source>
        <translation>Fonte {id}: voce {voice} (era {previous}).</translation>
    </message>
    <message>
        <source>Voice of the customer: NPS, CSAT, CES and ratings with their intervals, overall or by persona, stage, channel, month or source; sentiment of the open answers.</source>
        <translation>Voce del cliente: NPS, CSAT, CES e valutazioni con i loro intervalli, in totale o per persona, fase, canale, mese o fonte; sentiment delle risposte aperte.</translation>
    </message>
    <message>
        <source>break the measures down by this (default: overall)</source>
        <translation>suddividi le misure per questo (predefinito: overall, in totale)</translation>
    </message>
    <message>
        <source>persona set for --by persona (default: the newest)</source>
        <translation>insieme di persona per --by persona (predefinito: il più recente)</translation>
    </message>
    <message>
        <source>journey map whose stages --by stage uses (default: the newest)</source>
        <translation>mappa del percorso le cui fasi usa --by stage (predefinita: la più recente)</translation>
    </message>
    <message>
        <source>whose answers: customer (default), frontline (staff) or both, kept apart</source>
        <translation>di chi sono le risposte: customer (cliente, predefinito), frontline (personale) o both (entrambi), tenuti separati</translation>
    </message>
    <message>
        <source>also write the table to FILE.csv or FILE.xlsx</source>
        <translation>scrivi anche la tabella in FILE.csv o FILE.xlsx</translation>
    </message>
    <message>
        <source>Key drivers of a measure: codes, themes and attribute levels over-represented among detractors (low scorers) against promoters, with example quotes.</source>
        <translation>Fattori chiave di una misura: codici, temi e valori di attributi più frequenti tra i detrattori (punteggi bassi) che tra i promotori, con citazioni di esempio.</translation>
    </message>
    <message>
        <source>the measure column, by number or name (default: the first NPS column)</source>
        <translation>la colonna di misura, per numero o nome (predefinita: la prima colonna NPS)</translation>
    </message>
    <message>
        <source>persona set the --persona belongs to</source>
        <translation>insieme di persona a cui appartiene --persona</translation>
    </message>
    <message>
        <source>only this persona&apos;s members</source>
        <translation>solo i membri di questa persona</translation>
    </message>
    <message>
        <source>whose answers and words: customer (default) or frontline; never mixed</source>
        <translation>di chi sono risposte e parole: customer (cliente, predefinito) o frontline (personale); mai mescolati</translation>
    </message>
    <message>
        <source>show at most N drivers (default 15)</source>
        <translation>mostra al massimo N fattori (predefinito 15)</translation>
    </message>
    <message>
        <source>Mark whose voice a source (or one document) is: customer or frontline (store staff, call centre, chat agents). Changes the project.</source>
        <translation>Indica di chi è la voce di una fonte (o di un documento): cliente (customer) o personale (frontline: personale di negozio, call center, operatori chat). Modifica il progetto.</translation>
    </message>
    <message>
        <source>the source number and customer or frontline; with --document only the voice (customer, frontline, or source: as its source)</source>
        <translation>il numero della fonte e customer o frontline; con --document solo la voce (customer, frontline o source: come la sua fonte)</translation>
    </message>
    <message>
        <source>mark one document instead of a source</source>
        <translation>segna un documento invece di una fonte</translation>
    </message>
    <message>
        <source>Wrote the research report to {path}</source>
        <translation>Scritto il rapporto di ricerca in {path}</translation>
    </message>
    <message>
        <source>Write the research report: one PDF with a cover, contents, the method (sources, linking, clustering settings, stability, outcomes and measures, sampling), every persona card, every journey map, the evidence behind them and an appendix of figures, with page numbers and bookmarks.</source>
        <translation>Scrive il rapporto di ricerca: un unico PDF con copertina, indice, il metodo (fonti, collegamento, impostazioni del clustering, stabilità, esiti e misure, campionamento), ogni scheda persona, ogni mappa del percorso, le evidenze che le sostengono e un&apos;appendice di figure, con numeri di pagina e segnalibri.</translation>
    </message>
    <message>
        <source>where to write the report (default: PROJECT-report.pdf beside the project)</source>
        <translation>dove scrivere il rapporto (predefinito: PROGETTO-report.pdf accanto al progetto)</translation>
    </message>
    <message>
        <source>the persona set to report (ids as shown by &apos;workbench persona-sets PROJECT&apos;); default: the newest</source>
        <translation>l&apos;insieme di persona del rapporto (id come mostrati da &apos;workbench persona-sets PROGETTO&apos;); predefinito: il più recente</translation>
    </message>
    <message>
        <source>name the customers and documents behind quotes; left out by default because they are personal data</source>
        <translation>indica i clienti e i documenti dietro le citazioni; esclusi per impostazione predefinita perché sono dati personali</translation>
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
        <extracomment>A floor on every variance of the Gaussian mixture (features have sd 1 and 0/1 columns sd &lt;= 0.5). scikit-learn&apos;s 1e-6 lets a component shrink onto one value of a 0/1 column: on the marketing data that gave groups following single flags and a silhouette below 0; 0.1 gives 0.17, close to k-means. Matrix column of each Gower numeric column, and whether it is a 0/1 flag. Matrix columns (indicators) of each Gower categorical column. Gaussian mixture only: (n, k) probabilities of each group. Gower: row index of each group&apos;s medoid. Ward and Gower on large data: how many customers the fit used. k-means: the fitted centres (its labels are each row&apos;s nearest centre). Gaussian mixture: the fitted scikit-learn model.</extracomment>
        <translation>Non è stato possibile adattare il metodo {method} a questi dati ({error}). Prova un altro metodo, meno personas o altri attributi.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>Forget this customer…</source>
        <extracomment>Documents shown on the page (a customer with more is rare: the rest are counted). Rows a table on the page shows before it scrolls on its own. A coded passage was clicked: document id, start, end (to open it in the Evidence area).</extracomment>
        <translation>Dimentica questo cliente…</translation>
    </message>
    <message>
        <source>Erase this person from the project (a GDPR erasure request): rows, documents, touchpoints and persona memberships. Cannot be undone.</source>
        <translation>Cancella questa persona dal progetto (richiesta di cancellazione GDPR): righe, documenti, punti di contatto e appartenenze alle personas. Non si può annullare.</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Unisci con…</translation>
    </message>
    <message>
        <source>This person is also another customer of the list: make them one</source>
        <translation>Questa persona è anche un altro cliente dell&apos;elenco: uniscili in uno solo</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Separa…</translation>
    </message>
    <message>
        <source>Some of these rows belong to someone else: move them to a new customer</source>
        <translation>Alcune di queste righe appartengono a qualcun altro: spostale in un nuovo cliente</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Le fonti non concordano</translation>
    </message>
    <message>
        <source>These fields have different values in different sources. Check which one is right in the original files; if they are two different people, split the customer.</source>
        <translation>Questi campi hanno valori diversi in fonti diverse. Controlla quale è corretto nei file originali; se sono due persone diverse, separa il cliente.</translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation>Cosa dicono le fonti</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Punti di contatto</translation>
    </message>
    <message>
        <source>Evidence documents</source>
        <translation>Documenti di evidenza</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>Passaggi codificati</translation>
    </message>
    <message>
        <source>Double-click a passage to read it in the Evidence area.</source>
        <translation>Fai doppio clic su un passaggio per leggerlo nell&apos;area Evidenze.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>{risk} chance of churning, from the latest risk run</source>
        <translation>{risk} di probabilità di abbandono, dall&apos;ultimo calcolo del rischio</translation>
    </message>
    <message>
        <source>Already churned</source>
        <translation>Ha già abbandonato</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>Ancora cliente</translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation>Valore: {value}</translation>
    </message>
    <message>
        <source>Top reasons:</source>
        <translation>Motivi principali:</translation>
    </message>
    <message>
        <source>Customer {id} · {rows} rows in {sources} sources · {touchpoints} touchpoints · {documents} documents</source>
        <translation>Cliente {id} · {rows} righe in {sources} fonti · {touchpoints} punti di contatto · {documents} documenti</translation>
    </message>
    <message>
        <source>{source}: rows {rows}</source>
        <translation>{source}: righe {rows}</translation>
    </message>
    <message>
        <source>Sources disagree on {count} fields</source>
        <translation>Le fonti non concordano su {count} campi</translation>
    </message>
    <message>
        <source>Sources disagree on 1 field</source>
        <translation>Le fonti non concordano su 1 campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Another source has a different value for this field.</source>
        <translation>Un&apos;altra fonte ha un valore diverso per questo campo.</translation>
    </message>
    <message>
        <source>{source}: {rows} event rows, shown under Touchpoints.</source>
        <translation>{source}: {rows} righe di eventi, mostrate in Punti di contatto.</translation>
    </message>
    <message>
        <source>No attributes: this customer is known only from touchpoints or documents.</source>
        <translation>Nessun attributo: questo cliente è noto solo da punti di contatto o documenti.</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>nessun canale</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>dal {first} al {last}</translation>
    </message>
    <message>
        <source>No touchpoint events for this customer.</source>
        <translation>Nessun evento di contatto per questo cliente.</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Nessun documento.</translation>
    </message>
    <message>
        <source>{source} · row {row} · {length} characters</source>
        <translation>{source} · riga {row} · {length} caratteri</translation>
    </message>
    <message>
        <source>…and {count} more documents.</source>
        <translation>…e altri {count} documenti.</translation>
    </message>
    <message>
        <source>Not in any persona set yet. Personas are made in the Personas area.</source>
        <translation>Non ancora in alcun set di personas. Le personas si creano nell&apos;area Personas.</translation>
    </message>
    <message>
        <source> (fit {fit})</source>
        <translation> (aderenza {fit})</translation>
    </message>
    <message>
        <source>fits no persona well</source>
        <translation>non aderisce bene a nessuna persona</translation>
    </message>
    <message>
        <source>{set}: fits no persona ({reason})</source>
        <translation>{set}: non aderisce a nessuna persona ({reason})</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Nessuna data</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contatti</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contatto</translation>
    </message>
    <message>
        <source>{source} · row {row}</source>
        <translation>{source} · riga {row}</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Indexing customers…</source>
        <extracomment>Characters of each document shown on the customer page. Source rows linked to this customer, and how many sources they come from. Every value of that field: the attributes, in source order. None when the customer fits no persona of that set (see unassigned_reason). Coded passages shown on a customer page. Every non-empty value (free text is under documents), in source and row order. Time-ordered (events without a time last). (source id, display name, row numbers) of every source the customer appears in. Their coded passages (workbench.domain.evidence.Passage), marked quotes first. Rows of the source, or touchpoint events of the channel. False when another connection kept the write-ahead log from being folded into the file: the deleted values may linger in the -wal file until the project closes.</extracomment>
        <translation>Indicizzazione dei clienti…</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>(nessun canale)</translation>
    </message>
    <message>
        <source>time</source>
        <translation>data e ora</translation>
    </message>
    <message>
        <source>action</source>
        <translation>azione</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message>
        <source>score</source>
        <translation>punteggio</translation>
    </message>
    <message>
        <source>Erasing the customer…</source>
        <translation>Cancellazione del cliente…</translation>
    </message>
    <message>
        <source>Link customers ({count} merged)</source>
        <translation>Collega i clienti ({count} uniti)</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Role giving a row&apos;s customer id, for any column. Pages read from the project so far (for tests and tuning).</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>The customer&apos;s number in this project</source>
        <translation>Il numero del cliente in questo progetto</translation>
    </message>
    <message>
        <source>How many imported sources mention this customer</source>
        <translation>Quante fonti importate citano questo cliente</translation>
    </message>
    <message>
        <source>Touchpoint events (store visits, calls, web sessions...)</source>
        <translation>Eventi di contatto (visite in negozio, chiamate, sessioni web...)</translation>
    </message>
    <message>
        <source>Evidence documents: interview answers, notes</source>
        <translation>Documenti di evidenza: risposte alle interviste, note</translation>
    </message>
    <message>
        <source>{name}: {rows} rows in {sources} sources</source>
        <translation>{name}: {rows} righe in {sources} fonti</translation>
    </message>
    <message>
        <source>Search by name, e-mail, phone or customer id (Ctrl+F)</source>
        <extracomment>Milliseconds between the last key typed and the search. Customers were linked, unlinked or forgotten (the project&apos;s counts changed). The customer shown on the page changed (its id, or 0).</extracomment>
        <translation>Cerca per nome, e-mail, telefono o id cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>Link customers…</source>
        <translation>Collega clienti…</translation>
    </message>
    <message>
        <source>Find the rows of different sources that belong to one person and make them one customer</source>
        <translation>Trova le righe di fonti diverse che appartengono alla stessa persona e rendile un unico cliente</translation>
    </message>
    <message>
        <source>Similar names…</source>
        <translation>Nomi simili…</translation>
    </message>
    <message>
        <source>Find customers whose names are spelled almost alike and decide, pair by pair, whether they are one person</source>
        <translation>Trova i clienti con nomi scritti in modo quasi uguale e decidi, coppia per coppia, se sono la stessa persona</translation>
    </message>
    <message>
        <source>Last linking report</source>
        <translation>Ultimo rapporto di collegamento</translation>
    </message>
    <message>
        <source>What the latest linking run did, with Undo</source>
        <translation>Cosa ha fatto l&apos;ultimo collegamento, con la possibilità di annullarlo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Select a customer to see everything known about them across sources and channels.</source>
        <translation>Seleziona un cliente per vedere tutto ciò che si sa di lui tra fonti e canali.</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Ancora nessun cliente</translation>
    </message>
    <message>
        <source>Customers are made when you import a source with a customer id, e-mail or name column (Sources tab). Then link them here so each person is one customer across all sources.</source>
        <translation>I clienti vengono creati quando importi una fonte con una colonna di id cliente, e-mail o nome (scheda Fonti). Poi collegali qui, così ogni persona diventa un unico cliente in tutte le fonti.</translation>
    </message>
    <message>
        <source>{count} customers match</source>
        <translation>{count} clienti corrispondono</translation>
    </message>
    <message>
        <source>1 customer matches</source>
        <translation>1 cliente corrisponde</translation>
    </message>
    <message>
        <source>No customer matches “{search}”</source>
        <translation>Nessun cliente corrisponde a “{search}”</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} clienti</translation>
    </message>
    <message>
        <source>Linked: {after} customers ({merged} merged).</source>
        <translation>Collegati: {after} clienti ({merged} uniti).</translation>
    </message>
    <message>
        <source>No linking report</source>
        <translation>Nessun rapporto di collegamento</translation>
    </message>
    <message>
        <source>Customers were not linked in this project yet. Use Link customers… first.</source>
        <translation>In questo progetto i clienti non sono ancora stati collegati. Prima usa Collega clienti… per collegarli.</translation>
    </message>
    <message>
        <source>Could not undo linking</source>
        <translation>Impossibile annullare il collegamento</translation>
    </message>
    <message>
        <source>Linking undone: {count} customers restored.</source>
        <translation>Collegamento annullato: {count} clienti ripristinati.</translation>
    </message>
    <message>
        <source>Could not link customers</source>
        <translation>Impossibile collegare i clienti</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Unisci clienti</translation>
    </message>
    <message>
        <source>Merge customer {id} with customer number:</source>
        <translation>Unisci il cliente {id} con il cliente numero:</translation>
    </message>
    <message>
        <source>Could not merge the customers</source>
        <translation>Impossibile unire i clienti</translation>
    </message>
    <message>
        <source>Merge customers {ids}</source>
        <translation>Unisci i clienti {ids}</translation>
    </message>
    <message>
        <source>Could not split the customer</source>
        <translation>Impossibile separare il cliente</translation>
    </message>
    <message>
        <source>Split customer {id}</source>
        <translation>Separa il cliente {id}</translation>
    </message>
    <message>
        <source>Could not redo the decision</source>
        <translation>Impossibile ripristinare la decisione</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <source>Forget {name}?</source>
        <translation>Dimenticare {name}?</translation>
    </message>
    <message>
        <source>This erases {name} (customer {id}) from the project: {rows} rows in {sources} sources, {documents} documents with their codings, {touchpoints} touchpoints, {personas} persona memberships and the linking records about them.

Erasure cannot be undone, not even with Edit ▸ Undo. The project keeps a note that an erasure happened and how many rows it removed, without any personal data. The original files on disk are not touched: delete the person there too.</source>
        <translation>Verrà cancellato {name} (cliente {id}) dal progetto: {rows} righe in {sources} fonti, {documents} documenti con le relative codifiche, {touchpoints} punti di contatto, {personas} appartenenze a personas e i dati di collegamento che lo riguardano.

La cancellazione non si può annullare, nemmeno con Modifica ▸ Annulla. Il progetto conserva una nota della cancellazione e di quante righe ha rimosso, senza alcun dato personale. I file originali sul disco non vengono toccati: elimina la persona anche lì.</translation>
    </message>
    <message>
        <source>Forget customer</source>
        <translation>Dimentica cliente</translation>
    </message>
    <message>
        <source>Forgetting a customer</source>
        <translation>Cancellazione di un cliente</translation>
    </message>
    <message>
        <source>{name} was forgotten: {count} records removed.</source>
        <translation>{name} è stato dimenticato: {count} record rimossi.</translation>
    </message>
    <message>
        <source>Close the project to clear the last traces from its journal file.</source>
        <translation>Chiudi il progetto per eliminare le ultime tracce dal suo file journal.</translation>
    </message>
    <message>
        <source>Delete older backups?</source>
        <translation>Eliminare i backup precedenti?</translation>
    </message>
    <message>
        <source>{n} automatic backups of this project, taken before now, still hold {name}. Delete them if the request covers backups: the project is first backed up as it is now. Backups you saved elsewhere are not touched.</source>
        <translation>{n} backup automatici di questo progetto, fatti prima di adesso, contengono ancora {name}. Eliminali se la richiesta riguarda anche i backup: prima si fa un backup del progetto com&apos;è ora. I backup salvati altrove non vengono toccati.</translation>
    </message>
    <message>
        <source>Delete older backups</source>
        <translation>Elimina i backup precedenti</translation>
    </message>
    <message>
        <source>Replacing the backups</source>
        <translation>Sostituzione dei backup</translation>
    </message>
    <message>
        <source>Deleted {n} older backups; the project is backed up as it is now.</source>
        <translation>Eliminati {n} backup precedenti; il progetto ha un backup com&apos;è ora.</translation>
    </message>
    <message>
        <source>This project is open read-only: customers cannot be linked or forgotten.</source>
        <translation>Questo progetto è aperto in sola lettura: i clienti non possono essere collegati né dimenticati.</translation>
    </message>
    <message>
        <source>Same text</source>
        <translation>Stesso testo</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>E-mail, ignoring dots and +tags</source>
        <translation>E-mail, ignorando punti e +tag</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>Customer identifier</source>
        <translation>Identificativo cliente</translation>
    </message>
    <message>
        <source>Similar name (proposals)</source>
        <translation>Nome simile (proposte)</translation>
    </message>
    <message>
        <source>Equal after ignoring upper/lower case and extra spaces (loyalty card, name + postcode...).</source>
        <translation>Uguali ignorando maiuscole/minuscole e spazi in più (carta fedeltà, nome + CAP...).</translation>
    </message>
    <message>
        <source>Equal e-mail addresses, ignoring case and spaces.</source>
        <translation>Indirizzi e-mail uguali, ignorando maiuscole/minuscole e spazi.</translation>
    </message>
    <message>
        <source>Also ignores a +tag in the address and the dots in Gmail addresses: mario.rossi+shop@gmail.com is mariorossi@gmail.com.</source>
        <translation>Ignora anche un +tag nell&apos;indirizzo e i punti negli indirizzi Gmail: mario.rossi+shop@gmail.com equivale a mariorossi@gmail.com.</translation>
    </message>
    <message>
        <source>Equal phone numbers once written in one format: +39 333 1234567, 0039 3331234567 and 333-1234567 are one number.</source>
        <translation>Numeri di telefono uguali una volta scritti nello stesso formato: +39 333 1234567, 0039 3331234567 e 333-1234567 sono lo stesso numero.</translation>
    </message>
    <message>
        <source>Equal identifiers (leading zeros count). Two rows of one source with the same identifier but different people are reported, never merged.</source>
        <translation>Identificativi uguali (gli zeri iniziali contano). Due righe della stessa fonte con lo stesso identificativo ma persone diverse vengono segnalate, mai unite.</translation>
    </message>
    <message>
        <source>Names that are spelled almost alike become proposals that you accept or reject; they are never merged silently.</source>
        <translation>I nomi scritti in modo quasi uguale diventano proposte che puoi accettare o rifiutare; non vengono mai uniti senza chiedere.</translation>
    </message>
</context>
<context>
    <name>DataArea</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods)</source>
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
        <extracomment>The shown source changed (its id, or 0 when none). The import dialog while it is open. The source to select at the next refresh (a new import).</extracomment>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Spreadsheets, Parquet and DuckDB files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.parquet *.pq *.duckdb *.ddb *.db)</source>
        <extracomment>Widths (pixels) a source column may take when first shown.</extracomment>
        <translation>Fogli di calcolo, file Parquet e DuckDB (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.parquet *.pq *.duckdb *.ddb *.db)</translation>
    </message>
    <message>
        <source>Parquet and DuckDB files (*.parquet *.pq *.duckdb *.ddb *.db)</source>
        <translation>File Parquet e DuckDB (*.parquet *.pq *.duckdb *.ddb *.db)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canali</translation>
    </message>
    <message>
        <source>One customer per person, linked across sources: browse, search, link, forget</source>
        <translation>Un cliente per persona, collegato tra le fonti: consulta, cerca, collega, dimentica</translation>
    </message>
    <message>
        <source>Per channel: customers, contacts and how complete its data is</source>
        <translation>Per canale: clienti, contatti e completezza dei dati</translation>
    </message>
    <message>
        <source>Import from &amp;database…</source>
        <translation>Importa da &amp;database…</translation>
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
        <source>Import from database</source>
        <translation>Importa da database</translation>
    </message>
    <message>
        <source>{file} is a Parquet or DuckDB file: close this dialog and use Import from database…, which reads its tables and can import a sample.</source>
        <translation>{file} è un file Parquet o DuckDB: chiudi questa finestra e usa Importa da database…, che ne legge le tabelle e può importarne un campione.</translation>
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
        <source>Import a CSV, TSV, XLSX, ODS, Parquet or DuckDB file as a new source (Ctrl+I)</source>
        <translation>Importa un file CSV, TSV, XLSX, ODS, Parquet o DuckDB come nuova fonte (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import a table or a query from PostgreSQL, a DuckDB file or Parquet files; big sources can be sampled</source>
        <translation>Importa una tabella o una query da PostgreSQL, da un file DuckDB o da file Parquet; le fonti grandi si possono campionare</translation>
    </message>
    <message>
        <source>Import a CSV, TSV, XLSX or ODS file: interview spreadsheets, survey exports, CRM or e-commerce exports, touchpoint logs. Or read customers where they live: a PostgreSQL table or query, a DuckDB file, Parquet files. Each becomes a source that you can browse here, row by row.</source>
        <translation>Importa un file CSV, TSV, XLSX o ODS: fogli di interviste, esportazioni di sondaggi, esportazioni da CRM o e-commerce, log dei punti di contatto. Oppure leggi i clienti dove si trovano: una tabella o una query PostgreSQL, un file DuckDB, file Parquet. Ognuno diventa una fonte che puoi sfogliare qui, riga per riga.</translation>
    </message>
    <message>
        <source>Remove the selected source and everything imported from it</source>
        <translation>Rimuovi la fonte selezionata e tutto ciò che è stato importato da essa</translation>
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
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
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
        <translation>Un numero: diventa un attributo quantitativo per le personas e le statistiche.</translation>
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
        <source>A result to explain (churned, responded, complained, satisfaction, value): measured for each persona, never used to form them.</source>
        <translation>Un risultato da spiegare (abbandono, risposta, reclamo, soddisfazione, valore): misurato per ogni persona, mai usato per formarle.</translation>
    </message>
    <message>
        <source>A survey score on a known scale (NPS, CSAT, CES, star rating): reported for each persona, journey stage, channel and month, never used to form personas. Every value must fit the scale.</source>
        <translation>Un punteggio di sondaggio su una scala nota (NPS, CSAT, CES, valutazione a stelle): riportato per ogni persona, fase del percorso, canale e mese, mai usato per formare le persone. Ogni valore deve rientrare nella scala.</translation>
    </message>
    <message>
        <source>Not imported.</source>
        <translation>Non importata.</translation>
    </message>
    <message>
        <source>Kept in the project but left out of every analysis.</source>
        <translation>Conservata nel progetto ma esclusa da ogni analisi.</translation>
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
    <message>
        <source>Right-click to change the column&apos;s role.</source>
        <translation>Clic destro per cambiare il ruolo della colonna.</translation>
    </message>
    <message>
        <source>Role of {column}: {role}</source>
        <translation>Ruolo di {column}: {role}</translation>
    </message>
    <message>
        <source>Role of {column}</source>
        <translation>Ruolo di {column}</translation>
    </message>
    <message>
        <source>It says which customer each row is about.</source>
        <translation>Dice a quale cliente si riferisce ogni riga.</translation>
    </message>
    <message>
        <source>{role} columns keep their role; import the file again to change it.</source>
        <translation>Le colonne {role} mantengono il loro ruolo; importa di nuovo il file per cambiarlo.</translation>
    </message>
    <message>
        <source>{column} is now {role}.</source>
        <translation>{column} ora è {role}.</translation>
    </message>
    <message>
        <source>The role of {column} was not changed</source>
        <translation>Il ruolo di {column} non è stato cambiato</translation>
    </message>
</context>
<context>
    <name>DatabaseImport</name>
    <message>
        <source>The first rows of the source as they will be imported.</source>
        <translation>Le prime righe della fonte come verranno importate.</translation>
    </message>
    <message>
        <source>Parquet and DuckDB files (*.parquet *.pq *.duckdb *.ddb *.db)</source>
        <translation>File Parquet e DuckDB (*.parquet *.pq *.duckdb *.ddb *.db)</translation>
    </message>
    <message>
        <source>Import from a database</source>
        <extracomment>The import succeeded (ImportResult); the dialog then closes. A preview was read and shown. Reading the preview failed (the message, without any password). Preview as soon as the tables are listed (a file chosen: show its first table).</extracomment>
        <translation>Importa da un database</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, or a .duckdb or .parquet file</source>
        <translation>postgresql://utente@host:5432/database, oppure un file .duckdb o .parquet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Scegli un file…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Used for this import only: never stored in the project or the settings.</source>
        <translation>Usata solo per questa importazione: mai salvata nel progetto o nelle impostazioni.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabella:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>customers, or schema.table</source>
        <translation>clienti, oppure schema.tabella</translation>
    </message>
    <message>
        <source>List tables</source>
        <translation>Elenca tabelle</translation>
    </message>
    <message>
        <source>Read the names of the source&apos;s tables and views</source>
        <translation>Leggi i nomi delle tabelle e delle viste della fonte</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>Read the first rows and count the rows of the source (F5)</source>
        <translation>Leggi le prime righe e conta le righe della fonte (F5)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Where the customers are</source>
        <translation>Dove si trovano i clienti</translation>
    </message>
    <message>
        <source>The source changed: press Preview to read it.</source>
        <translation>La fonte è cambiata: premi Anteprima per leggerla.</translation>
    </message>
    <message>
        <source>PostgreSQL server: rows are read in blocks over the connection; only the URL without the password and the table or query are kept with the source.</source>
        <translation>Server PostgreSQL: le righe vengono lette a blocchi attraverso la connessione; con la fonte si conservano solo l&apos;URL senza password e la tabella o la query.</translation>
    </message>
    <message>
        <source>DuckDB database file: choose one of its tables or write a query.</source>
        <translation>File di database DuckDB: scegli una delle sue tabelle o scrivi una query.</translation>
    </message>
    <message>
        <source>Parquet: the file (or every file of the folder) is read whole, in blocks.</source>
        <translation>Parquet: il file (o ogni file della cartella) viene letto per intero, a blocchi.</translation>
    </message>
    <message>
        <source>Type a PostgreSQL URL or choose a DuckDB or Parquet file.</source>
        <translation>Scrivi un URL PostgreSQL o scegli un file DuckDB o Parquet.</translation>
    </message>
    <message>
        <source>Choose a DuckDB or Parquet file</source>
        <translation>Scegli un file DuckDB o Parquet</translation>
    </message>
    <message>
        <source>Listing the tables</source>
        <translation>Elenco delle tabelle</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>Lettura di {source}…</translation>
    </message>
    <message>
        <source>Reading the preview</source>
        <translation>Lettura dell&apos;anteprima</translation>
    </message>
    <message>
        <source>{source}: {population} rows, {columns} columns. Showing the first {shown}.</source>
        <translation>{source}: {population} righe, {columns} colonne. Sono mostrate le prime {shown}.</translation>
    </message>
    <message>
        <source>{source} could not be read.</source>
        <translation>Impossibile leggere {source}.</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Anteprima interrotta.</translation>
    </message>
    <message>
        <source>Importing {source}</source>
        <translation>Importazione di {source}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione in corso…</translation>
    </message>
    <message>
        <source>Could not import {source}</source>
        <translation>Impossibile importare {source}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Import {rows} rows with these roles (Ctrl+Enter)</source>
        <translation>Importa {rows} righe con questi ruoli (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>{source} is not a source the workbench can read: give a PostgreSQL URL (postgresql://user@host:5432/database), a DuckDB file (.duckdb, .ddb, .db) or a Parquet file or folder.</source>
        <extracomment>Rows shown by the dialog&apos;s preview.</extracomment>
        <translation>{source} non è una fonte che il workbench sa leggere: indica un URL PostgreSQL (postgresql://utente@host:5432/database), un file DuckDB (.duckdb, .ddb, .db) o un file o una cartella Parquet.</translation>
    </message>
    <message>
        <source>Say what to read from {source}: choose a table or write a query.</source>
        <translation>Indica cosa leggere da {source}: scegli una tabella o scrivi una query.</translation>
    </message>
    <message>
        <source>Import a sample</source>
        <extracomment>Roles whose values make sensible strata (a handful of values each). Any choice changed.</extracomment>
        <translation>Importa un campione</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Dimensione del campione</translation>
    </message>
    <message>
        <source>How many rows (customers) to import. Half a million is plenty for personas; the engine applies them to everyone later (Export ▸ SQL).</source>
        <translation>Quante righe (clienti) importare. Mezzo milione basta e avanza per le personas; il motore le applica poi a tutti (Esporta ▸ SQL).</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Dimensione:</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>&amp;Casuale</translation>
    </message>
    <message>
        <source>Every row has the same chance of being drawn.</source>
        <translation>Ogni riga ha la stessa probabilità di essere estratta.</translation>
    </message>
    <message>
        <source>Strati&amp;fied by</source>
        <translation>Stratificato &amp;per</translation>
    </message>
    <message>
        <source>Keeps each value&apos;s share of the source in the sample (every value gets at least one row), so small groups are not lost by chance.</source>
        <translation>Mantiene nel campione la quota di ogni valore nella fonte (ogni valore ha almeno una riga), così i gruppi piccoli non si perdono per caso.</translation>
    </message>
    <message>
        <source>Column to stratify by</source>
        <translation>Colonna per la stratificazione</translation>
    </message>
    <message>
        <source>Drawn:</source>
        <translation>Estrazione:</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>The same seed draws the same sample from the same source; another seed draws another one.</source>
        <translation>Lo stesso seme estrae lo stesso campione dalla stessa fonte; un altro seme ne estrae un altro.</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eme:</translation>
    </message>
    <message>
        <source>of {population} rows</source>
        <translation>di {population} righe</translation>
    </message>
    <message>
        <source>More than {threshold} rows (Edit ▸ Preferences): personas are found on a sample, then your engine applies them to every customer (Export ▸ SQL). The sampling is recorded and shown with every figure.</source>
        <translation>Più di {threshold} righe (Modifica ▸ Preferenze): le personas si trovano su un campione, poi il tuo motore le applica a ogni cliente (Esporta ▸ SQL). Il campionamento viene registrato e indicato accanto a ogni dato.</translation>
    </message>
    <message>
        <source>The source is small enough to import whole; tick this to import a sample anyway.</source>
        <translation>La fonte è abbastanza piccola da importarla per intero; spunta qui per importare comunque un campione.</translation>
    </message>
    <message>
        <source>No categorical column to stratify by: give a column the Categorical role to keep its values&apos; shares.</source>
        <translation>Nessuna colonna categorica per stratificare: assegna a una colonna il ruolo Categorico per mantenere le quote dei suoi valori.</translation>
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
        <source>Details</source>
        <extracomment>A choice offered beside Cancel: (key returned when chosen, button label). The key of the action chosen, or None (Cancel/OK/closed).</extracomment>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostra dettagli</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <source>Copy the details and the versions in use, to paste into a bug report</source>
        <translation>Copia i dettagli e le versioni in uso, da incollare in una segnalazione di bug</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Nascondi dettagli</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiati</translation>
    </message>
    <message>
        <source>Persona Workbench ran into a problem it did not expect. Changes completed before it are saved in the project file. You can go on working; if something looks wrong, close the project and open it again. If it happens again, please send the log file {log} and the details (Copy details) with a note of what you were doing.</source>
        <translation>Persona Workbench ha riscontrato un problema imprevisto. Le modifiche completate prima sono salvate nel file del progetto. Puoi continuare a lavorare; se qualcosa non ti sembra corretto, chiudi il progetto e riaprilo. Se succede di nuovo, invia il file di log {log} e i dettagli (Copia dettagli) con una nota su cosa stavi facendo.</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <source>The persona set “{name}” has no two runs to compare yet. Assign new customers first: drift compares two runs.</source>
        <translation>Il set di personas “{name}” non ha ancora due esecuzioni da confrontare. Assegna prima i nuovi clienti: la deriva confronta due esecuzioni.</translation>
    </message>
    <message>
        <source>Give either a run or a date for the earlier side of the comparison, not both.</source>
        <translation>Indica un&apos;esecuzione oppure una data per il lato precedente del confronto, non entrambe.</translation>
    </message>
    <message>
        <source>Give either a run or a date for the later side of the comparison, not both.</source>
        <translation>Indica un&apos;esecuzione oppure una data per il lato successivo del confronto, non entrambe.</translation>
    </message>
    <message>
        <source>Run {id} is the first run of the persona set: there is no earlier run to compare it with.</source>
        <translation>L&apos;esecuzione {id} è la prima del set di personas: non c&apos;è un&apos;esecuzione precedente con cui confrontarla.</translation>
    </message>
    <message>
        <source>Run {before} ({before_when}) is not earlier than run {after} ({after_when}): the first run of a comparison must come before the second.</source>
        <translation>L&apos;esecuzione {before} ({before_when}) non è precedente all&apos;esecuzione {after} ({after_when}): la prima esecuzione di un confronto deve venire prima della seconda.</translation>
    </message>
    <message>
        <source>Counting who moved…</source>
        <translation>Conteggio di chi si è spostato…</translation>
    </message>
    <message>
        <source>Reading the customers’ attributes…</source>
        <translation>Lettura degli attributi dei clienti…</translation>
    </message>
    <message>
        <source>Attributes are compared as they are now; the project keeps no history of attribute values. A shift means the personas&apos; members changed, not that a member&apos;s answers did.</source>
        <translation>Gli attributi sono confrontati come sono ora; il progetto non conserva la storia dei valori degli attributi. Uno spostamento significa che sono cambiati i membri delle personas, non le risposte di un membro.</translation>
    </message>
    <message>
        <source>Not compared, no longer in the project: {names}.</source>
        <translation>Non confrontati, non più presenti nel progetto: {names}.</translation>
    </message>
    <message>
        <source>Comparing the personas’ profiles…</source>
        <translation>Confronto dei profili delle personas…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as YYYY-MM-DD, for example 2025-03-31.</source>
        <translation>“{text}” non è una data: scrivila come AAAA-MM-GG, per esempio 2025-03-31.</translation>
    </message>
    <message>
        <source>Run {id} belongs to persona set {other}, not to “{name}”. Run &apos;workbench runs PROJECT SET&apos; to list a set&apos;s runs.</source>
        <translation>L&apos;esecuzione {id} appartiene al set di personas {other}, non a “{name}”. Esegui &apos;workbench runs PROGETTO SET&apos; per elencare le esecuzioni di un set.</translation>
    </message>
    <message>
        <source>There is no run {id}. The runs of “{name}” are: {ids}.</source>
        <translation>Non esiste l&apos;esecuzione {id}. Le esecuzioni di “{name}” sono: {ids}.</translation>
    </message>
    <message>
        <source>No run of “{name}” was made on or before {day}; its first run is from {first}.</source>
        <translation>Nessuna esecuzione di “{name}” è stata fatta il {day} o prima; la sua prima esecuzione è del {first}.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Give --customer (one customer for every document) or --customers (a mapping file), not both.</source>
        <translation>Indica --customer (un cliente per tutti i documenti) o --customers (un file di corrispondenze), non entrambi.</translation>
    </message>
    <message>
        <source>{n} characters, {codings} codings</source>
        <translation>{n} caratteri, {codings} codifiche</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Nessun documento.</translation>
    </message>
    <message>
        <source>Document {id}: {title} ({origin}, {n} characters)</source>
        <translation>Documento {id}: {title} ({origin}, {n} caratteri)</translation>
    </message>
    <message>
        <source>Imported {n} documents.</source>
        <translation>Importati {n} documenti.</translation>
    </message>
    <message>
        <source>Document {id} ({origin}) → customer {customer}</source>
        <translation>Documento {id} ({origin}) → cliente {customer}</translation>
    </message>
    <message>
        <source>Linked {n} transcripts to customers.</source>
        <translation>Collegate {n} trascrizioni ai clienti.</translation>
    </message>
    <message>
        <source>Not linked: no imported transcript is called {file}.</source>
        <translation>Non collegato: nessuna trascrizione importata si chiama {file}.</translation>
    </message>
    <message>
        <source>Not linked: {file}: no customer has the key &apos;{key}&apos;.</source>
        <translation>Non collegato: {file}: nessun cliente ha la chiave &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Give only one of --add, --apply, --export and --passages.</source>
        <translation>Indica solo una tra --add, --apply, --export e --passages.</translation>
    </message>
    <message>
        <source>{n} codings written to {file}</source>
        <translation>{n} codifiche scritte in {file}</translation>
    </message>
    <message>
        <source>Code {id} created: {name} ({colour})</source>
        <translation>Codice {id} creato: {name} ({colour})</translation>
    </message>
    <message>
        <source>--apply also needs {options}.</source>
        <translation>--apply richiede anche {options}.</translation>
    </message>
    <message>
        <source>Coding {id}: &apos;{code}&apos; on document {document} {start}-{end}: {text}</source>
        <translation>Codifica {id}: &apos;{code}&apos; sul documento {document} {start}-{end}: {text}</translation>
    </message>
    <message>
        <source>That passage already has the code &apos;{code}&apos;.</source>
        <translation>Quel passaggio ha già il codice &apos;{code}&apos;.</translation>
    </message>
    <message>
        <source>The code book is empty. Add a code with &apos;workbench code PROJECT --add NAME&apos;.</source>
        <translation>Il libro dei codici è vuoto. Aggiungi un codice con &apos;workbench code PROGETTO --add NOME&apos;.</translation>
    </message>
    <message>
        <source>   id  code                                      codings  documents  colour</source>
        <translation>   id  codice                                  codifiche  documenti  colore</translation>
    </message>
    <message>
        <source>1 document found.</source>
        <translation>1 documento trovato.</translation>
    </message>
    <message>
        <source>{n} documents found.</source>
        <translation>Trovati {n} documenti.</translation>
    </message>
    <message>
        <source>{n} documents are not indexed yet; search without --read-only to include them.</source>
        <translation>{n} documenti non sono ancora indicizzati; cerca senza --read-only per includerli.</translation>
    </message>
    <message>
        <source>Not enough text to suggest themes.</source>
        <translation>Testo insufficiente per suggerire temi.</translation>
    </message>
    <message>
        <source>Theme {n} ({share:.0%}): {words}</source>
        <translation>Tema {n} ({share:.0%}): {words}</translation>
    </message>
    <message>
        <source>Left out of themes, in a language without stop words (only English and Italian are read):</source>
        <translation>Esclusi dai temi, in una lingua senza parole vuote (si leggono solo italiano e inglese):</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>file di progetto</translation>
    </message>
    <message>
        <source>Import transcripts (TXT, Markdown, DOCX; one file or a whole folder) as evidence documents, or list the documents when no file is given.</source>
        <translation>Importa trascrizioni (TXT, Markdown, DOCX; un file o un&apos;intera cartella) come documenti di evidenza, oppure elenca i documenti se non viene indicato alcun file.</translation>
    </message>
    <message>
        <source>transcript file or folder of transcripts</source>
        <translation>file di trascrizione o cartella di trascrizioni</translation>
    </message>
    <message>
        <source>link the documents to this customer (when listing: only this customer&apos;s documents)</source>
        <translation>collega i documenti a questo cliente (nell&apos;elenco: solo i documenti di questo cliente)</translation>
    </message>
    <message>
        <source>import a file even if the same content was imported before</source>
        <translation>importa un file anche se lo stesso contenuto è già stato importato</translation>
    </message>
    <message>
        <source>link transcripts to customers with a mapping file (CSV or XLSX, two columns: the transcript&apos;s file name, the customer as named in &apos;workbench customer&apos;); with FILE_OR_FOLDER, after importing, together or not at all</source>
        <translation>collega le trascrizioni ai clienti con un file di corrispondenze (CSV o XLSX, due colonne: il nome del file della trascrizione, il cliente come si chiama in &apos;workbench customer&apos;); con FILE_OR_FOLDER, dopo l&apos;importazione, tutto insieme o niente</translation>
    </message>
    <message>
        <source>do not show progress</source>
        <translation>non mostra l&apos;avanzamento</translation>
    </message>
    <message>
        <source>print a JSON document (keys in the README): the documents, or what the import found in each</source>
        <translation>stampa un documento JSON (chiavi nel README): i documenti, o ciò che l&apos;importazione ha trovato in ciascuno</translation>
    </message>
    <message>
        <source>The code book and codings: without options, list the codes with their counts.</source>
        <translation>Il libro dei codici e le codifiche: senza opzioni, elenca i codici con i relativi conteggi.</translation>
    </message>
    <message>
        <source>create a code</source>
        <translation>crea un codice</translation>
    </message>
    <message>
        <source>with --add: the parent code (name, Parent/Child path or id)</source>
        <translation>con --add: il codice padre (nome, percorso Padre/Figlio o id)</translation>
    </message>
    <message>
        <source>with --add: the code&apos;s colour (default: the next palette colour)</source>
        <translation>con --add: il colore del codice (predefinito: il colore successivo della tavolozza)</translation>
    </message>
    <message>
        <source>with --add: a memo</source>
        <translation>con --add: un memo</translation>
    </message>
    <message>
        <source>apply this code (name, path or id) to the passage given by --document, --start and --end</source>
        <translation>applica questo codice (nome, percorso o id) al passaggio indicato da --document, --start e --end</translation>
    </message>
    <message>
        <source>with --apply: the document id</source>
        <translation>con --apply: l&apos;id del documento</translation>
    </message>
    <message>
        <source>with --apply: where the passage starts (characters from the start of the document, from 0)</source>
        <translation>con --apply: dove inizia il passaggio (in caratteri dall&apos;inizio del documento, a partire da 0)</translation>
    </message>
    <message>
        <source>with --apply: where the passage ends (exclusive)</source>
        <translation>con --apply: dove finisce il passaggio (escluso)</translation>
    </message>
    <message>
        <source>with --apply: also mark the passage as a quote</source>
        <translation>con --apply: segna anche il passaggio come citazione</translation>
    </message>
    <message>
        <source>write every coding (code, document, customer, text) to a CSV file</source>
        <translation>scrive ogni codifica (codice, documento, cliente, testo) in un file CSV</translation>
    </message>
    <message>
        <source>with --export: comma (decimal point) or semicolon (decimal comma, Excel in Italian); default: as in Preferences, else from the language</source>
        <translation>con --export: comma (punto decimale) o semicolon (virgola decimale, Excel in italiano); predefinito: come nelle Preferenze, altrimenti secondo la lingua</translation>
    </message>
    <message>
        <source>print the passages coded with this code and its sub-codes</source>
        <translation>stampa i passaggi codificati con questo codice e i suoi sottocodici</translation>
    </message>
    <message>
        <source>Full-text search across all evidence documents. Words must all appear; &quot;quoted words&quot; together; word* matches any ending; accents are ignored.</source>
        <translation>Ricerca a testo pieno in tutti i documenti di evidenza. Devono comparire tutte le parole; &quot;parole tra virgolette&quot; vanno insieme; parola* trova qualsiasi desinenza; gli accenti vengono ignorati.</translation>
    </message>
    <message>
        <source>words to search for</source>
        <translation>parole da cercare</translation>
    </message>
    <message>
        <source>show at most N documents (default 50)</source>
        <translation>mostra al massimo N documenti (predefinito 50)</translation>
    </message>
    <message>
        <source>open the project read-only (documents imported since the last search are not searched)</source>
        <translation>apre il progetto in sola lettura (i documenti importati dopo l&apos;ultima ricerca non vengono cercati)</translation>
    </message>
    <message>
        <source>Suggest themes from the text of the documents (TF-IDF and NMF), with their top words and example passages.</source>
        <translation>Suggerisce temi dal testo dei documenti (TF-IDF e NMF), con le parole principali e passaggi di esempio.</translation>
    </message>
    <message>
        <source>how many themes to suggest (default 8)</source>
        <translation>quanti temi suggerire (predefinito 8)</translation>
    </message>
    <message>
        <source>only the answers of this free-text column</source>
        <translation>solo le risposte di questa colonna a testo libero</translation>
    </message>
    <message>
        <source>only the documents of this imported source</source>
        <translation>solo i documenti di questa fonte importata</translation>
    </message>
    <message>
        <source>whose turns in transcripts to read: respondents (default), interviewers or all; documents without speakers are read whole (not with interviewers)</source>
        <translation>di chi leggere i turni nelle trascrizioni: respondents (rispondenti, predefinito), interviewers (intervistatori) o all (tutti); i documenti senza interlocutori si leggono interi (non con interviewers)</translation>
    </message>
    <message>
        <source>Passage positions must be whole numbers.</source>
        <extracomment>Colours offered for new codes, in order (readable as a highlight behind dark text).</extracomment>
        <translation>Le posizioni del passaggio devono essere numeri interi.</translation>
    </message>
    <message>
        <source>The passage {start}–{end} is not inside the document (it has {length} characters; start must be before end). Select the passage again.</source>
        <translation>Il passaggio {start}–{end} non è all&apos;interno del documento (che ha {length} caratteri; l&apos;inizio deve precedere la fine). Seleziona di nuovo il passaggio.</translation>
    </message>
    <message>
        <source>{file} was not found. It may have been moved or renamed; choose it again.</source>
        <extracomment>A Word document&apos;s text part larger than this is not a transcript (or a zip bomb).</extracomment>
        <translation>{file} non è stato trovato. Potrebbe essere stato spostato o rinominato; sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no transcripts. Put TXT, Markdown (.md) or Word (.docx) files in it, or choose the files directly.</source>
        <translation>La cartella {folder} non contiene trascrizioni. Inserisci file TXT, Markdown (.md) o Word (.docx), oppure scegli direttamente i file.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>{file} is empty: it holds no text to code. Choose another file.</source>
        <translation>{file} è vuoto: non contiene testo da codificare. Scegli un altro file.</translation>
    </message>
    <message>
        <source>{file} is not a transcript the workbench can read. Use plain text (.txt), Markdown (.md) or Word (.docx); an old Word .doc or a PDF can be saved as .docx or .txt from the program that made it.</source>
        <translation>{file} non è una trascrizione che il workbench sa leggere. Usa testo semplice (.txt), Markdown (.md) o Word (.docx); un vecchio .doc di Word o un PDF si possono salvare come .docx o .txt dal programma che li ha creati.</translation>
    </message>
    <message>
        <source>{file} cannot be read as {encoding}: some bytes are not valid in that encoding. Open it in a text editor and save it as UTF-8.</source>
        <translation>{file} non può essere letto come {encoding}: alcuni byte non sono validi in quella codifica. Aprilo in un editor di testo e salvalo in UTF-8.</translation>
    </message>
    <message>
        <source>{file} is not a text file: it contains binary data. If it is a Word or PDF document, save it as .docx or .txt and import that.</source>
        <translation>{file} non è un file di testo: contiene dati binari. Se è un documento Word o PDF, salvalo come .docx o .txt e importa quello.</translation>
    </message>
    <message>
        <source>{file} is not a readable Word document (it is damaged, password-protected or not really a .docx). Open it in Word or LibreOffice and save it again as .docx.</source>
        <translation>{file} non è un documento Word leggibile (è danneggiato, protetto da password o non è davvero un .docx). Aprilo in Word o LibreOffice e salvalo di nuovo come .docx.</translation>
    </message>
    <message>
        <source>{file} is too large to be a transcript. Split it into smaller documents.</source>
        <translation>{file} è troppo grande per essere una trascrizione. Dividilo in documenti più piccoli.</translation>
    </message>
    <message>
        <source>{source}, row {row}</source>
        <extracomment>Search results are read this many at a time when some are left out by speaker.</extracomment>
        <translation>{source}, riga {row}</translation>
    </message>
    <message>
        <source>The project is open read-only: close it in the other window and open it again to change evidence.</source>
        <translation>Il progetto è aperto in sola lettura: chiudilo nell&apos;altra finestra e riaprilo per modificare le evidenze.</translation>
    </message>
    <message>
        <source>Code {id} does not exist (it may have been deleted). Refresh the code book.</source>
        <translation>Il codice {id} non esiste (potrebbe essere stato eliminato). Aggiorna il libro dei codici.</translation>
    </message>
    <message>
        <source>Document {id} does not exist (it may have been deleted).</source>
        <translation>Il documento {id} non esiste (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>Un codice deve avere un nome.</translation>
    </message>
    <message>
        <source>&apos;{colour}&apos; is not a colour: write it as #RRGGBB, for example #F4A261.</source>
        <translation>&apos;{colour}&apos; non è un colore: scrivilo come #RRGGBB, ad esempio #F4A261.</translation>
    </message>
    <message>
        <source>A code named &apos;{name}&apos; already exists at this level of the code book. Choose another name, or merge the two codes.</source>
        <translation>Esiste già un codice chiamato &apos;{name}&apos; a questo livello del libro dei codici. Scegli un altro nome, oppure unisci i due codici.</translation>
    </message>
    <message>
        <source>Customer {id} does not exist. Check the id on the customer&apos;s page.</source>
        <translation>Il cliente {id} non esiste. Controlla l&apos;id nella pagina del cliente.</translation>
    </message>
    <message>
        <source>{file} was already imported on {when} (same content). Import it again only if you really want a second copy.</source>
        <translation>{file} è già stato importato il {when} (stesso contenuto). Importalo di nuovo solo se vuoi davvero una seconda copia.</translation>
    </message>
    <message>
        <source>{file} and {other} have the same content: remove one of them and import again.</source>
        <translation>{file} e {other} hanno lo stesso contenuto: rimuovine uno e importa di nuovo.</translation>
    </message>
    <message>
        <source>Saving documents…</source>
        <translation>Salvataggio dei documenti…</translation>
    </message>
    <message>
        <source>Column {id} is not a free-text column of an imported source.</source>
        <translation>La colonna {id} non è una colonna a testo libero di una fonte importata.</translation>
    </message>
    <message>
        <source>There is no code &apos;{name}&apos;. List the codes with &apos;workbench code PROJECT&apos;.</source>
        <translation>Non esiste il codice &apos;{name}&apos;. Elenca i codici con &apos;workbench code PROGETTO&apos;.</translation>
    </message>
    <message>
        <source>Several codes are named &apos;{name}&apos;: give the parent too (Parent/Child) or the code&apos;s id.</source>
        <translation>Ci sono più codici chiamati &apos;{name}&apos;: indica anche il padre (Padre/Figlio) o l&apos;id del codice.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot go under itself or one of its own sub-codes.</source>
        <translation>&apos;{name}&apos; non può stare sotto sé stesso o sotto uno dei suoi sottocodici.</translation>
    </message>
    <message>
        <source>Sub-code &apos;{name}&apos; cannot move up: its new level already has a code with that name. Rename or merge it first.</source>
        <translation>Il sottocodice &apos;{name}&apos; non può salire di livello: il nuovo livello ha già un codice con quel nome. Prima rinominalo o uniscilo.</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>Un codice non può essere unito a sé stesso.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be merged into its own sub-code &apos;{target}&apos;. Move the sub-code out first.</source>
        <translation>&apos;{name}&apos; non può essere unito al proprio sottocodice &apos;{target}&apos;. Prima sposta fuori il sottocodice.</translation>
    </message>
    <message>
        <source>Sub-code &apos;{name}&apos; exists under both codes: merge those two first.</source>
        <translation>Il sottocodice &apos;{name}&apos; esiste sotto entrambi i codici: prima unisci quei due.</translation>
    </message>
    <message>
        <source>Choose at least one code to apply.</source>
        <translation>Scegli almeno un codice da applicare.</translation>
    </message>
    <message>
        <source>Coding {id} does not exist.</source>
        <translation>La codifica {id} non esiste.</translation>
    </message>
    <message>
        <source>Choose a coded passage or select a passage to mark as a quote.</source>
        <translation>Scegli un passaggio codificato o seleziona un passaggio da segnare come citazione.</translation>
    </message>
    <message>
        <source>Quote {id} does not exist.</source>
        <translation>La citazione {id} non esiste.</translation>
    </message>
    <message>
        <source>Type one or more words to search for.</source>
        <translation>Scrivi una o più parole da cercare.</translation>
    </message>
    <message>
        <source>Indexing documents for search…</source>
        <translation>Indicizzazione dei documenti per la ricerca…</translation>
    </message>
    <message>
        <source>The search &apos;{query}&apos; cannot be run ({detail}). Search for plain words.</source>
        <translation>La ricerca &apos;{query}&apos; non può essere eseguita ({detail}). Cerca parole semplici.</translation>
    </message>
    <message>
        <source>Count by codings, documents or customers, not &apos;{unit}&apos;.</source>
        <extracomment>Units code counts can be given in.</extracomment>
        <translation>Conta per codifiche, documenti o clienti, non &apos;{unit}&apos;.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>There is no attribute &apos;{name}&apos;. Choose one of: {names}.</source>
        <translation>Non esiste l&apos;attributo &apos;{name}&apos;. Scegline uno tra: {names}.</translation>
    </message>
    <message>
        <source>There are no personas yet: create personas first to count codes by persona.</source>
        <translation>Non ci sono ancora personas: crea prima le personas per contare i codici per persona.</translation>
    </message>
    <message>
        <source>Persona set {id} does not exist.</source>
        <translation>Il set di personas {id} non esiste.</translation>
    </message>
    <message>
        <source>Reading documents…</source>
        <translation>Lettura dei documenti…</translation>
    </message>
    <message>
        <source>Suggested theme. Top words: {words}</source>
        <translation>Tema suggerito. Parole principali: {words}</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codifiche</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Id documento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}. Choose another folder or close the file if it is open.</source>
        <translation>Impossibile scrivere {file}: {reason}. Scegli un&apos;altra cartella o chiudi il file se è aperto.</translation>
    </message>
</context>
<context>
    <name>EvidenceArea</name>
    <message>
        <source>Reader</source>
        <extracomment>The codes applied last (Ctrl+L applies them again).</extracomment>
        <translation>Lettore</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Sondaggio</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Import documents…</source>
        <extracomment>The documents-list scopes besides one survey question (whose column id is the scope). The import button or its menu was used; True to import a whole folder. &quot;Link transcripts to customers from a file…&quot; was chosen. The Speakers button was clicked.</extracomment>
        <translation>Importa documenti…</translation>
    </message>
    <message>
        <source>Import interview transcripts (TXT, Markdown, Word .docx): files or a whole folder</source>
        <translation>Importa trascrizioni di interviste (TXT, Markdown, Word .docx): singoli file o un&apos;intera cartella</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>File…</translation>
    </message>
    <message>
        <source>A whole folder…</source>
        <translation>Un&apos;intera cartella…</translation>
    </message>
    <message>
        <source>Link transcripts to customers from a file…</source>
        <translation>Collega le trascrizioni ai clienti da un file…</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a transcript&apos;s file name and a customer key on each row</source>
        <translation>Un file CSV o Excel con, su ogni riga, il nome del file di una trascrizione e la chiave di un cliente</translation>
    </message>
    <message>
        <source>Speakers…</source>
        <translation>Interlocutori…</translation>
    </message>
    <message>
        <source>Who speaks in the transcripts: check and correct each speaker&apos;s role (interviewer or respondent) for the whole project</source>
        <translation>Chi parla nelle trascrizioni: controlla e correggi il ruolo di ogni interlocutore (intervistatore o rispondente) per tutto il progetto</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>Documenti mostrati</translation>
    </message>
    <message>
        <source>Filter by title, customer, source…</source>
        <translation>Filtra per titolo, cliente, fonte…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>Nessun documento aperto</translation>
    </message>
    <message>
        <source>Choose a document on the left.</source>
        <translation>Scegli un documento a sinistra.</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Applica codice</translation>
    </message>
    <message>
        <source>Speakers in this document</source>
        <extracomment>At most this many speakers are named in the header line (then &quot;and N more&quot;). The &quot;Check speakers…&quot; link of the speakers line was clicked.</extracomment>
        <translation>Interlocutori in questo documento</translation>
    </message>
    <message>
        <source>Code the selected text with the codes selected in the code book (Ctrl+Return)</source>
        <translation>Codifica il testo selezionato con i codici selezionati nel libro dei codici (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Code with last</source>
        <translation>Codifica come l&apos;ultima volta</translation>
    </message>
    <message>
        <source>Apply the codes used last again (Ctrl+L)</source>
        <translation>Applica di nuovo gli ultimi codici usati (Ctrl+L)</translation>
    </message>
    <message>
        <source>Check speakers…</source>
        <translation>Controlla gli interlocutori…</translation>
    </message>
    <message>
        <source>roles guessed:</source>
        <translation>ruoli ipotizzati:</translation>
    </message>
    <message>
        <source>Mark as quote</source>
        <extracomment>What a command changed, for the area&apos;s refresh: documents whose highlights change, and whether the code book (names, colours, tree, counts) changed.</extracomment>
        <translation>Segna come citazione</translation>
    </message>
    <message>
        <source>Keep the selected passage as a quote for personas and journeys</source>
        <translation>Conserva il passaggio selezionato come citazione per personas e percorsi</translation>
    </message>
    <message>
        <source>New code…</source>
        <extracomment>The Delete key on the code tree.</extracomment>
        <translation>Nuovo codice…</translation>
    </message>
    <message>
        <source>Add a code to the code book (Ctrl+Shift+N)</source>
        <translation>Aggiungi un codice al libro dei codici (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Sub-code…</source>
        <translation>Sottocodice…</translation>
    </message>
    <message>
        <source>Add a code under the current one</source>
        <translation>Aggiungi un codice sotto quello corrente</translation>
    </message>
    <message>
        <source>Double-click or drag a code onto selected text to apply it. Drag to reorder; Shift+drop onto a code merges. F2 renames.</source>
        <translation>Fai doppio clic su un codice o trascinalo sul testo selezionato per applicarlo. Trascina per riordinare; Maiusc+rilascio su un codice li unisce. F2 rinomina.</translation>
    </message>
    <message>
        <source>Code book</source>
        <translation>Libro dei codici</translation>
    </message>
    <message>
        <source>Preparing evidence search</source>
        <translation>Preparazione della ricerca nelle evidenze</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tutti i documenti</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Trascrizioni</translation>
    </message>
    <message>
        <source>Answers: {question}</source>
        <translation>Risposte: {question}</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documenti</translation>
    </message>
    <message>
        <source>{shown} of {n} documents</source>
        <translation>{shown} documenti su {n}</translation>
    </message>
    <message>
        <source>Could not open the document</source>
        <translation>Impossibile aprire il documento</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codifiche</translation>
    </message>
    <message>
        <source>Link to a customer…</source>
        <translation>Collega a un cliente…</translation>
    </message>
    <message>
        <source>(no customer)</source>
        <extracomment>The answer that imports a file already imported once more.</extracomment>
        <translation>(nessun cliente)</translation>
    </message>
    <message>
        <source>Link to a customer</source>
        <translation>Collega a un cliente</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Import a folder of transcripts</source>
        <translation>Importa una cartella di trascrizioni</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>Importa trascrizioni</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.md *.markdown *.docx *.vtt *.srt);;All files (*)</source>
        <translation>Trascrizioni (*.txt *.md *.markdown *.docx *.vtt *.srt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Mark as customer voice</source>
        <translation>Segna come voce dei clienti</translation>
    </message>
    <message>
        <source>Mark as front-line voice</source>
        <translation>Segna come voce del personale di contatto</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Già importato</translation>
    </message>
    <message>
        <source>Import a second copy</source>
        <translation>Importa una seconda copia</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation>Importazione dei documenti</translation>
    </message>
    <message>
        <source>{n} documents imported.</source>
        <translation>{n} documenti importati.</translation>
    </message>
    <message>
        <source>Select a passage in the document first.</source>
        <translation>Seleziona prima un passaggio nel documento.</translation>
    </message>
    <message>
        <source>Choose one or more codes in the code book first.</source>
        <translation>Scegli prima uno o più codici nel libro dei codici.</translation>
    </message>
    <message>
        <source>Code with “{codes}”</source>
        <translation>Codifica con “{codes}”</translation>
    </message>
    <message>
        <source>Code {n} answers with “{codes}”</source>
        <translation>Codifica {n} risposte con “{codes}”</translation>
    </message>
    <message>
        <source>Already coded with “{codes}”.</source>
        <translation>Già codificato con “{codes}”.</translation>
    </message>
    <message>
        <source>No code used yet: apply a code once, then Ctrl+L repeats it.</source>
        <translation>Ancora nessun codice usato: applica un codice una volta, poi Ctrl+L lo ripete.</translation>
    </message>
    <message>
        <source>Remove coding “{codes}”</source>
        <translation>Rimuovi codifica “{codes}”</translation>
    </message>
    <message>
        <source>Apply “{codes}”</source>
        <translation>Applica “{codes}”</translation>
    </message>
    <message>
        <source>Code with last: “{codes}”</source>
        <translation>Codifica come l&apos;ultima volta: “{codes}”</translation>
    </message>
    <message>
        <source>Mark selection as quote</source>
        <translation>Segna la selezione come citazione</translation>
    </message>
    <message>
        <source>Mark “{code}” passage as quote</source>
        <translation>Segna il passaggio “{code}” come citazione</translation>
    </message>
    <message>
        <source>Unmark “{code}” quote</source>
        <translation>Togli la citazione “{code}”</translation>
    </message>
    <message>
        <source>Remove coding “{code}”</source>
        <translation>Rimuovi codifica “{code}”</translation>
    </message>
    <message>
        <source>Unmark quote</source>
        <translation>Togli citazione</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Codes here: {codes}</source>
        <translation>Codici qui: {codes}</translation>
    </message>
    <message>
        <source>Select text and press Ctrl+Return to code it with the selected codes; right-click a highlight to remove it.</source>
        <translation>Seleziona del testo e premi Ctrl+Invio per codificarlo con i codici selezionati; fai clic destro su un&apos;evidenziazione per rimuoverla.</translation>
    </message>
    <message>
        <source>Code memo</source>
        <extracomment>The answers of the delete-code question.</extracomment>
        <translation>Memo del codice</translation>
    </message>
    <message>
        <source>What this code means and when to use it:</source>
        <translation>Cosa significa questo codice e quando usarlo:</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Colore del codice</translation>
    </message>
    <message>
        <source>Merge code</source>
        <translation>Unisci codice</translation>
    </message>
    <message>
        <source>Merge “{name}” into:</source>
        <translation>Unisci “{name}” a:</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Nome del nuovo codice:</translation>
    </message>
    <message>
        <source>Name of the new code under “{parent}”:</source>
        <translation>Nome del nuovo codice sotto “{parent}”:</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuovo codice</translation>
    </message>
    <message>
        <source>Rename code</source>
        <translation>Rinomina codice</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Rename code “{name}”</source>
        <translation>Rinomina codice “{name}”</translation>
    </message>
    <message>
        <source>Recolour code “{name}”</source>
        <translation>Cambia colore del codice “{name}”</translation>
    </message>
    <message>
        <source>Edit memo of “{name}”</source>
        <translation>Modifica memo di “{name}”</translation>
    </message>
    <message>
        <source>Move code “{name}”</source>
        <translation>Sposta codice “{name}”</translation>
    </message>
    <message>
        <source>Merge “{name}” into “{into}”</source>
        <translation>Unisci “{name}” a “{into}”</translation>
    </message>
    <message>
        <source>Delete the code “{name}” and its {codings} codings</source>
        <translation>Eliminare il codice “{name}” e le sue {codings} codifiche</translation>
    </message>
    <message>
        <source>, with {n} sub-codes</source>
        <translation>, con {n} sottocodici</translation>
    </message>
    <message>
        <source> ({n} of them marked as quotes)</source>
        <translation> ({n} delle quali segnate come citazioni)</translation>
    </message>
    <message>
        <source>? Other codings are not touched. You can undo this with Ctrl+Z.</source>
        <translation>? Le altre codifiche non vengono toccate. Puoi annullare l&apos;operazione con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete, keep sub-codes</source>
        <translation>Elimina, mantieni i sottocodici</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Elimina codice</translation>
    </message>
    <message>
        <source>Delete code “{name}”</source>
        <translation>Elimina codice “{name}”</translation>
    </message>
    <message>
        <source>Apply to selected text</source>
        <translation>Applica al testo selezionato</translation>
    </message>
    <message>
        <source>New sub-code…</source>
        <translation>Nuovo sottocodice…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colore…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Move to top level</source>
        <translation>Sposta al primo livello</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Unisci a…</translation>
    </message>
    <message>
        <source>Show coded passages</source>
        <translation>Mostra i passaggi codificati</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>Crea un codice</translation>
    </message>
    <message>
        <source>Name of the code:</source>
        <translation>Nome del codice:</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modifica non è stata eseguita</translation>
    </message>
    <message>
        <source>Apply “{codes}” again (Ctrl+L)</source>
        <translation>Applica di nuovo “{codes}” (Ctrl+L)</translation>
    </message>
    <message>
        <source>No codes yet. Create the first code, then select text and apply it.</source>
        <translation>Ancora nessun codice. Crea il primo codice, poi seleziona del testo e applicalo.</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>(code id, new parent id or None, position among the new siblings) (code id, into code id)</extracomment>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilizzi</translation>
    </message>
    <message>
        <source>How often each code is used in respondents&apos; words: passages coded in interviewers&apos; turns are not counted. Survey answers and notes without speakers count as respondents&apos;.</source>
        <translation>Quante volte ogni codice è usato nelle parole dei rispondenti: i passaggi codificati nei turni degli intervistatori non sono contati. Le risposte ai sondaggi e le note senza interlocutori contano come dei rispondenti.</translation>
    </message>
    <message>
        <source>{codings} codings in {documents} documents</source>
        <translation>{codings} codifiche in {documents} documenti</translation>
    </message>
    <message>
        <source>{n} with its sub-codes</source>
        <translation>{n} con i suoi sottocodici</translation>
    </message>
    <message>
        <source>New code “{name}”</source>
        <translation>Nuovo codice “{name}”</translation>
    </message>
    <message>
        <source>Make code “{name}” from a theme</source>
        <translation>Crea il codice “{name}” da un tema</translation>
    </message>
    <message>
        <source>Reject theme “{name}”</source>
        <translation>Rifiuta il tema “{name}”</translation>
    </message>
    <message>
        <source>Split by</source>
        <extracomment>At most this many documents left out of themes are named (then &quot;N more&quot;). Cells darker than this (relative luminance 0..1) get light numbers, the others dark ones.</extracomment>
        <translation>Suddividi per</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codifiche</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Shade by share of each column</source>
        <translation>Sfuma in base alla quota di ogni colonna</translation>
    </message>
    <message>
        <source>Compare columns of different sizes; the numbers shown stay counts</source>
        <translation>Confronta colonne di dimensioni diverse; i numeri mostrati restano conteggi</translation>
    </message>
    <message>
        <source>Codes by:</source>
        <translation>Codici per:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Conta:</translation>
    </message>
    <message>
        <source>Reading the attributes</source>
        <translation>Lettura degli attributi</translation>
    </message>
    <message>
        <source>Persona (newest set)</source>
        <translation>Persona (set più recente)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <source>Counting codes</source>
        <translation>Conteggio dei codici</translation>
    </message>
    <message>
        <source>No codes yet: create codes in the code book and code some passages.</source>
        <translation>Ancora nessun codice: crea dei codici nel libro dei codici e codifica alcuni passaggi.</translation>
    </message>
    <message>
        <source>{unit} of each code (rows) by {by} (columns).</source>
        <translation>{unit} per ogni codice (righe) per {by} (colonne).</translation>
    </message>
    <message>
        <source>{share:.0%} of the text · top words: {words}</source>
        <translation>{share:.0%} del testo · parole principali: {words}</translation>
    </message>
    <message>
        <source>Open this passage in the reader</source>
        <translation>Apri questo passaggio nel lettore</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Create a code from this theme and code its example passages</source>
        <translation>Crea un codice da questo tema e codifica i suoi passaggi di esempio</translation>
    </message>
    <message>
        <source>Documents to read</source>
        <translation>Documenti da leggere</translation>
    </message>
    <message>
        <source>Number of themes</source>
        <translation>Numero di temi</translation>
    </message>
    <message>
        <source>Suggest themes</source>
        <translation>Suggerisci temi</translation>
    </message>
    <message>
        <source>The app reads the text (TF-IDF and NMF, Italian and English stop words) and proposes themes with their top words and example passages. Turn a suggestion into a code, or reject it so it is not proposed again.</source>
        <translation>L&apos;app legge il testo (TF-IDF e NMF, con le parole vuote italiane e inglesi) e propone dei temi con le parole principali e passaggi di esempio. Trasforma un suggerimento in un codice, oppure rifiutalo perché non venga più proposto.</translation>
    </message>
    <message>
        <source>Read:</source>
        <extracomment>Documents themes did not read because of their language.</extracomment>
        <translation>Leggi:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Interlocutori:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temi:</translation>
    </message>
    <message>
        <source>Answers to “{question}”</source>
        <translation>Risposte a “{question}”</translation>
    </message>
    <message>
        <source>Reading the text for themes…</source>
        <translation>Lettura del testo per i temi…</translation>
    </message>
    <message>
        <source>Suggesting themes</source>
        <translation>Suggerimento dei temi</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>{n} themes suggested, strongest first.</source>
        <translation>{n} temi suggeriti, dal più forte.</translation>
    </message>
    <message>
        <source>No themes found: there is too little text yet.</source>
        <translation>Nessun tema trovato: il testo è ancora troppo poco.</translation>
    </message>
    <message>
        <source>“{title}” ({language})</source>
        <translation>“{title}” ({language})</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>altri {n}</translation>
    </message>
    <message>
        <source>Left out: {documents} — themes read English and Italian.</source>
        <translation>Esclusi: {documents} — i temi leggono inglese e italiano.</translation>
    </message>
    <message>
        <source>Themes need the stop words of a document&apos;s language; only English and Italian ones are bundled, so documents in other languages are not mixed in.</source>
        <translation>I temi richiedono le parole vuote della lingua del documento; sono incluse solo quelle inglesi e italiane, perciò i documenti in altre lingue non vengono mescolati.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Codificato</translation>
    </message>
    <message>
        <source>Passage</source>
        <extracomment>document id -&gt; its voice, as last marked in this window (summaries may carry it too).</extracomment>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Marked as a quote</source>
        <translation>Segnato come citazione</translation>
    </message>
    <message>
        <source>Not a quote yet</source>
        <translation>Non ancora una citazione</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Corrispondenza</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Rispondente</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codici</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>Personale di contatto</translation>
    </message>
    <message>
        <source>Quotes only</source>
        <translation>Solo citazioni</translation>
    </message>
    <message>
        <source>Filter passages…</source>
        <translation>Filtra i passaggi…</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Mostra nel documento</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Codice:</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tutti i codici</translation>
    </message>
    <message>
        <source>No coded passages yet: select text in a document and apply a code.</source>
        <translation>Ancora nessun passaggio codificato: seleziona del testo in un documento e applica un codice.</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} passaggi</translation>
    </message>
    <message>
        <source>{shown} of {n} passages</source>
        <translation>{shown} passaggi su {n}</translation>
    </message>
    <message>
        <source>{n} matches</source>
        <translation>{n} corrispondenze</translation>
    </message>
    <message>
        <source>Search all evidence: words, &quot;a phrase&quot;, spedi* (Ctrl+F)</source>
        <translation>Cerca in tutte le evidenze: parole, &quot;una frase&quot;, spedi* (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Cerca nelle evidenze</translation>
    </message>
    <message>
        <source>Type words to find them in every transcript and open answer.</source>
        <translation>Scrivi delle parole per trovarle in ogni trascrizione e risposta aperta.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}” in respondents&apos; words: choose Everyone to search interviewers&apos; questions too.</source>
        <translation>Nessun risultato per “{query}” nelle parole dei rispondenti: scegli Tutti per cercare anche nelle domande degli intervistatori.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}” in interviewers&apos; words: choose Everyone to search respondents&apos; words too.</source>
        <translation>Nessun risultato per “{query}” nelle parole degli intervistatori: scegli Tutti per cercare anche nelle parole dei rispondenti.</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nessun risultato per “{query}”.</translation>
    </message>
    <message>
        <source>The first {n} documents for “{query}” (best first): add words to narrow the search.</source>
        <translation>I primi {n} documenti per “{query}” (dal più pertinente): aggiungi parole per restringere la ricerca.</translation>
    </message>
    <message>
        <source>{n} documents contain “{query}” (best first). Press Enter on one to open it at the match.</source>
        <translation>{n} documenti contengono “{query}” (dal più pertinente). Premi Invio su uno per aprirlo al punto trovato.</translation>
    </message>
    <message>
        <source>{n} documents are not searchable yet (the project is read-only).</source>
        <translation>{n} documenti non sono ancora ricercabili (il progetto è in sola lettura).</translation>
    </message>
    <message>
        <source>Free-text column</source>
        <translation>Colonna a testo libero</translation>
    </message>
    <message>
        <source>Filter answers…</source>
        <translation>Filtra le risposte…</translation>
    </message>
    <message>
        <source>Apply selected codes to answers</source>
        <translation>Applica i codici selezionati alle risposte</translation>
    </message>
    <message>
        <source>Code the whole answers of the selected rows with the codes selected in the code book (Ctrl+Return)</source>
        <translation>Codifica le risposte intere delle righe selezionate con i codici selezionati nel libro dei codici (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Open in reader</source>
        <translation>Apri nel lettore</translation>
    </message>
    <message>
        <source>Code only part of an answer</source>
        <translation>Codifica solo una parte di una risposta</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Domanda:</translation>
    </message>
    <message>
        <source>{question} — {source} ({n})</source>
        <translation>{question} — {source} ({n})</translation>
    </message>
    <message>
        <source>No free-text columns: import a survey with open answers in the Data area.</source>
        <translation>Nessuna colonna a testo libero: importa un sondaggio con risposte aperte nell&apos;area Dati.</translation>
    </message>
    <message>
        <source>Select answers (Shift/Ctrl for many), choose codes in the code book, then apply.</source>
        <translation>Seleziona le risposte (Maiusc/Ctrl per selezionarne più di una), scegli i codici nel libro dei codici, poi applicali.</translation>
    </message>
    <message>
        <source>Document text</source>
        <extracomment>The mime type of codes dragged from the code book (their ids, comma separated). The char format property naming the role of a speaker label (&quot;interviewer&quot;, &quot;respondent&quot;). The char format property marking an interviewer&apos;s words (drawn muted). Codes dropped on the text (their ids): apply them to the selection. The codes at the text cursor changed (names, for a status line).</extracomment>
        <translation>Testo del documento</translation>
    </message>
    <message>
        <source>❝ Marked as a quote</source>
        <extracomment>(start, end, coding ids) per highlighted stretch, in code points. The document&apos;s speaker turns, in order (empty: not a conversation). Each astral character&apos;s UTF-16 position, and the position just after it.</extracomment>
        <translation>❝ Segnato come citazione</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>intervistatore</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>rispondente</translation>
    </message>
    <message>
        <source>{speaker} ({role})</source>
        <translation>{speaker} ({role})</translation>
    </message>
    <message>
        <source>role guessed</source>
        <translation>ruolo ipotizzato</translation>
    </message>
    <message>
        <source>Link transcripts to customers</source>
        <extracomment>At most this many file names or keys are listed in a message.</extracomment>
        <translation>Collega le trascrizioni ai clienti</translation>
    </message>
    <message>
        <source>Mapping files (*.csv *.xlsx *.xls *.tsv *.txt);;All files (*)</source>
        <translation>File di corrispondenza (*.csv *.xlsx *.xls *.tsv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Set the role of {n} speakers</source>
        <translation>Imposta il ruolo di {n} interlocutori</translation>
    </message>
    <message>
        <source>Set a speaker&apos;s role</source>
        <translation>Imposta il ruolo di un interlocutore</translation>
    </message>
    <message>
        <source>Speakers&apos; roles saved for the whole project.</source>
        <translation>Ruoli degli interlocutori salvati per tutto il progetto.</translation>
    </message>
    <message>
        <source>No codes yet: create a code in the code book first.</source>
        <translation>Ancora nessun codice: crea prima un codice nel libro dei codici.</translation>
    </message>
    <message>
        <source>Code this turn</source>
        <translation>Codifica questo turno</translation>
    </message>
    <message>
        <source>Code the words of this turn of {speaker} with:</source>
        <translation>Codifica le parole di questo turno di {speaker} con:</translation>
    </message>
    <message>
        <source>Code a turn of {speaker} with “{codes}”</source>
        <translation>Codifica un turno di {speaker} con “{codes}”</translation>
    </message>
    <message>
        <source>Code all turns of {speaker}</source>
        <translation>Codifica tutti i turni di {speaker}</translation>
    </message>
    <message>
        <source>Code the words of all {turns} turns of {speaker} (in {documents} documents) with:</source>
        <translation>Codifica le parole di tutti i {turns} turni di {speaker} (in {documents} documenti) con:</translation>
    </message>
    <message>
        <source>Code all turns of {speaker} with “{codes}”</source>
        <translation>Codifica tutti i turni di {speaker} con “{codes}”</translation>
    </message>
    <message>
        <source>{n} passages coded with “{codes}”.</source>
        <translation>{n} passaggi codificati con “{codes}”.</translation>
    </message>
    <message>
        <source>Code this turn…</source>
        <translation>Codifica questo turno…</translation>
    </message>
    <message>
        <source>Code all turns of {speaker}…</source>
        <translation>Codifica tutti i turni di {speaker}…</translation>
    </message>
    <message>
        <source>Link transcripts to customers from {file}</source>
        <translation>Collega le trascrizioni ai clienti da {file}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>e altri {n}</translation>
    </message>
    <message>
        <source>{n} transcripts linked to customers.</source>
        <translation>{n} trascrizioni collegate ai clienti.</translation>
    </message>
    <message>
        <source>No imported transcript is called: {files}.</source>
        <translation>Nessuna trascrizione importata si chiama: {files}.</translation>
    </message>
    <message>
        <source>No customer has the key: {keys}.</source>
        <translation>Nessun cliente ha la chiave: {keys}.</translation>
    </message>
    <message>
        <source>Transcripts linked from {file}</source>
        <translation>Trascrizioni collegate da {file}</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Rispondenti</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Intervistatori</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Whose words</source>
        <translation>Parole di chi</translation>
    </message>
    <message>
        <source>Whose words to read in transcripts: respondents&apos; answers (the default), interviewers&apos; questions, or everyone&apos;s. Survey answers and notes without speakers count as respondents&apos;.</source>
        <translation>Di chi leggere le parole nelle trascrizioni: le risposte dei rispondenti (predefinito), le domande degli intervistatori o quelle di tutti. Le risposte ai sondaggi e le note senza interlocutori contano come dei rispondenti.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spagnolo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portoghese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>olandese</translation>
    </message>
    <message>
        <source>language unknown</source>
        <translation>lingua sconosciuta</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervistatore</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Guessed from the label</source>
        <translation>Ipotizzato dall&apos;etichetta</translation>
    </message>
    <message>
        <source>Guessed: asks the questions</source>
        <translation>Ipotizzato: fa le domande</translation>
    </message>
    <message>
        <source>Guessed</source>
        <translation>Ipotizzato</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Interlocutori</translation>
    </message>
    <message>
        <source>Each speaker has one role in the whole project. Themes, search and code counts read respondents&apos; words by default and leave interviewers&apos; questions out. Check the guessed roles and correct any that are wrong.</source>
        <extracomment>What the researcher chose, by speaker key (kept when speakers are detected again).</extracomment>
        <translation>Ogni interlocutore ha un solo ruolo in tutto il progetto. Temi, ricerca e conteggi dei codici leggono per impostazione predefinita le parole dei rispondenti e lasciano fuori le domande degli intervistatori. Controlla i ruoli ipotizzati e correggi quelli sbagliati.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Interlocutore</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turni</translation>
    </message>
    <message>
        <source>Confirm all</source>
        <translation>Conferma tutti</translation>
    </message>
    <message>
        <source>Accept every role as shown</source>
        <translation>Accetta tutti i ruoli come mostrati</translation>
    </message>
    <message>
        <source>Detect again</source>
        <translation>Rileva di nuovo</translation>
    </message>
    <message>
        <source>Find the speakers of every document again (roles you confirmed are kept; codings never move)</source>
        <translation>Trova di nuovo gli interlocutori di ogni documento (i ruoli confermati restano; le codifiche non si spostano)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Also written as: {key}</source>
        <translation>Scritto anche come: {key}</translation>
    </message>
    <message>
        <source>Role of {speaker}</source>
        <translation>Ruolo di {speaker}</translation>
    </message>
    <message>
        <source>No speakers found: transcripts with labels such as “Interviewer:” or “Maria:” at the start of the lines are read as conversations.</source>
        <translation>Nessun interlocutore trovato: le trascrizioni con etichette come “Intervistatore:” o “Maria:” all&apos;inizio delle righe vengono lette come conversazioni.</translation>
    </message>
    <message>
        <source>{n} speakers; {guessed} roles are still guesses.</source>
        <translation>{n} interlocutori; {guessed} ruoli sono ancora ipotesi.</translation>
    </message>
    <message>
        <source>{n} speakers, every role confirmed.</source>
        <translation>{n} interlocutori, tutti i ruoli confermati.</translation>
    </message>
    <message>
        <source>Finding speakers</source>
        <translation>Ricerca degli interlocutori</translation>
    </message>
    <message>
        <source>Stopped: nothing changed.</source>
        <translation>Interrotto: non è cambiato nulla.</translation>
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
        <extracomment>At most this many &quot;what sets them apart&quot; lines, the strongest per attribute. Further lines (weaker, or other levels of the same attribute) shown where the page has room. How the set was computed, already phrased (&quot;k-means · 4 personas · seed 0&quot;). No number of personas beat structureless data: the personas split a continuum. The customers are a sample of a bigger source, already phrased (&quot;From a sample of 500,000 of 42,318,220 customers.&quot;); empty when they are not. Where the population&apos;s persona sizes came from (&quot;scored in Spark, 2026-12-05&quot;); only printed beside cards that carry ``population``. PersonaProfile effects as dicts (AttributeEffect.to_dict), strongest first. (position, share) of every persona of the set, for the share strip. Share of the customers clustered that fit no persona well. Members&apos; coded passages as (text, code name) or (text, code name, voice): no customer names on paper; a front-line voice (&quot;frontline&quot;) is tagged as such. PersonaProfile outcomes as dicts (OutcomeEffect.to_dict). The draft story written from the figures, printed while ``narrative`` is empty. Retention curves (workbench.domain.retention.SurvivalCurve): this persona&apos;s and everyone&apos;s (None when not measured); printed when the persona&apos;s exists. Survey measures of the members (workbench.export.measure_charts.CardMeasure). The persona in the whole customer base, as the company&apos;s engine counted it: (share of the population, customers); None when no population counts were imported. Space above a section heading. Characters of a member&apos;s passage printed on a card. The voice of a passage written by front-line staff (workbench.domain.voc.Voice.FRONTLINE).</extracomment>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>In their words</source>
        <extracomment>Members&apos; quotes on a slide, and the characters of each. Outcomes named in the side panel.</extracomment>
        <translation>Con le sue parole</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Racconto</translation>
    </message>
    <message>
        <source>Draft written from the figures; not yet edited by the researcher.</source>
        <translation>Bozza scritta dai dati; non ancora modificata dal ricercatore.</translation>
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
        <source>What members say</source>
        <translation>Cosa dicono i membri</translation>
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
        <source>Measured, not used to form the personas; 95% intervals in brackets and as whiskers.</source>
        <translation>Misurati, non usati per formare le persona; intervalli al 95% tra parentesi e come baffi.</translation>
    </message>
    <message>
        <source>{measure} · {low}–{high}</source>
        <extracomment>A caption-and-figures line, then its bar under it. The question asked wraps over at most this many lines. The same measure over everyone who answered (None when not known). A scale written after the question (&quot;(0-10)&quot;, &quot;[1–5]&quot;): the subject line already says it. The scale the bars are drawn on: −100…100 (NPS), 0…100 (CSAT), the answers&apos; scale.</extracomment>
        <translation>{measure} · {low}–{high}</translation>
    </message>
    <message>
        <source>Small n: fewer than {threshold} answers, so the figure can move a lot; read the interval.</source>
        <translation>n piccolo: meno di {threshold} risposte, quindi il valore può cambiare molto; leggete l&apos;intervallo.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Altri</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>Few members ({n}): read with care.</source>
        <translation>Pochi membri ({n}): leggere con cautela.</translation>
    </message>
    <message>
        <source>Not significant: the difference could be chance.</source>
        <translation>Non significativo: la differenza potrebbe essere casuale.</translation>
    </message>
    <message>
        <source>Share of the customers</source>
        <translation>Quota dei clienti</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Survey scores of the members who answered, beside everyone who answered; 95% intervals in brackets and as whiskers.</source>
        <translation>Punteggi di sondaggio dei membri che hanno risposto, accanto a quelli di tutti i rispondenti; intervalli al 95% tra parentesi e come baffi.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidelizzazione</translation>
    </message>
    <message>
        <source>Share still a customer over time (Kaplan–Meier), against everyone.</source>
        <translation>Quota ancora cliente nel tempo (Kaplan–Meier), rispetto a tutti.</translation>
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
        <source>In the whole customer base</source>
        <translation>Sull&apos;intera base clienti</translation>
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
        <extracomment>The sample sentence (&quot;From a sample of 500,000 of 42,318,220 customers.&quot;) on every page. A quote of up to this many lines spans the page under the header; a longer one flows. PNG resolution (dots per inch) unless told otherwise. The card needed stand-ins for characters the fonts lack. The name shown (stand-ins applied), for the slim header of continuation pages. The looks a card may take, loosest first: a card is set a step tighter when that keeps it on one page; one that still runs over keeps the loosest look and continues on further pages.</extracomment>
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
        <source>JOURNEY MAP</source>
        <extracomment>Behind the &quot;Front line&quot; tag of a quote written by staff (as on persona cards).</extracomment>
        <translation>MAPPA DEL PERCORSO</translation>
    </message>
    <message>
        <source>Persona: {persona}</source>
        <translation>Persona: {persona}</translation>
    </message>
    <message>
        <source>{size} customers ({share} of those clustered)</source>
        <translation>{size} clienti ({share} dei clienti raggruppati)</translation>
    </message>
    <message>
        <source>Stages {first}–{last} of {total}</source>
        <translation>Fasi {first}–{last} di {total}</translation>
    </message>
    <message>
        <source>Lanes continued from the previous page</source>
        <translation>Corsie continuate dalla pagina precedente</translation>
    </message>
    <message>
        <source>Red numbers: pain points, also marked on the emotion curve</source>
        <translation>Numeri rossi: punti critici, segnati anche sulla curva delle emozioni</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Observed in the data</source>
        <translation>Osservato nei dati</translation>
    </message>
    <message>
        <source>No touchpoints at this stage</source>
        <translation>Nessun punto di contatto in questa fase</translation>
    </message>
    <message>
        <source>{members} members · {share}</source>
        <translation>{members} membri · {share}</translation>
    </message>
    <message>
        <source>Top channels: {channels}</source>
        <translation>Canali principali: {channels}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continua)</translation>
    </message>
    <message>
        <source>continued →</source>
        <translation>continua →</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>nessun punteggio</translation>
    </message>
    <message>
        <source>set by the researcher</source>
        <translation>impostata da chi fa la ricerca</translation>
    </message>
    <message>
        <source>{n} scores</source>
        <translation>{n} punteggi</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} di {total}</translation>
    </message>
    <message>
        <source>{project} · Journey map: {journey}</source>
        <translation>{project} · Mappa del percorso: {journey}</translation>
    </message>
    <message>
        <source>Journey map: {journey}</source>
        <extracomment>At most this many stages side by side on a slide. A card&apos;s text is set in at most this many lines (smaller, then cut with &quot;…&quot;).</extracomment>
        <translation>Mappa del percorso: {journey}</translation>
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
        <source>Read them as ranges along a scale rather than distinct groups.</source>
        <translation>Leggetele come tratti di una scala più che come gruppi distinti.</translation>
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
        <extracomment>An outcome measured on fewer members than this is flagged &quot;few members: read with care&quot;. Event values that mean &quot;it happened&quot;: the outcome&apos;s name alone says it (&quot;Churn 42%&quot;). Attributes named on an &quot;also&quot; line before &quot;and N more&quot;.</extracomment>
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
        <source>risk ratio {ratio}</source>
        <translation>rischio relativo {ratio}</translation>
    </message>
    <message>
        <source>ratio of means {ratio}</source>
        <translation>rapporto tra medie {ratio}</translation>
    </message>
    <message>
        <source>{subject} {persona} vs {rest}</source>
        <translation>{subject} {persona} contro {rest}</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation>anche {names}</translation>
    </message>
    <message>
        <source>Weak structure: these personas split a continuum</source>
        <translation>Struttura debole: queste persona dividono un continuo</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>da {low} a {high}</translation>
    </message>
    <message>
        <source>small n</source>
        <translation>n piccolo</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>Personale di contatto</translation>
    </message>
    <message>
        <source>{measure} {value} · {n}</source>
        <translation>{measure} {value} · {n}</translation>
    </message>
    <message>
        <source>{value}B</source>
        <translation>{value} Mld</translation>
    </message>
    <message>
        <source>{value}M</source>
        <translation>{value} Mln</translation>
    </message>
    <message>
        <source>{value}k</source>
        <translation>{value} mila</translation>
    </message>
    <message>
        <source>{share} of the population · {customers} customers</source>
        <translation>{share} della popolazione · {customers} clienti</translation>
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
        <source>imported on {date}</source>
        <translation>importati il {date}</translation>
    </message>
    <message>
        <source>Preparing the persona cards…</source>
        <extracomment>At most this many measures over a stage of a journey map&apos;s emotion curve.</extracomment>
        <translation>Preparazione delle schede delle personas…</translation>
    </message>
    <message>
        <source>Computing the trends…</source>
        <translation>Calcolo degli andamenti…</translation>
    </message>
    <message>
        <source>No trends to show: this build of the application cannot compute them.</source>
        <translation>Nessun andamento da mostrare: questa versione dell&apos;applicazione non può calcolarli.</translation>
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
        <source>Drawing the trends…</source>
        <translation>Disegno degli andamenti…</translation>
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
        <source>Unknown CSV style &apos;{style}&apos;: use comma (comma-separated, decimal point) or semicolon (semicolon-separated, decimal comma, for Excel in Italian).</source>
        <extracomment>Smallest sample threshold Preferences accept (rows). Languages whose Excel expects semicolon-separated CSV with a decimal comma (of those we offer). &quot;&quot; follows the system locale; otherwise one of i18n.SUPPORTED_LANGUAGES. How many automatic backups to keep per project. &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;. CSV exports: &quot;comma&quot;, &quot;semicolon&quot;, or &quot;&quot; to follow the language (see csv_style()). A database source with more rows than this is offered as a sample at import. Base64 of QMainWindow.saveGeometry()/saveState(), owned by the GUI.</extracomment>
        <translation>Stile CSV sconosciuto &apos;{style}&apos;: usa comma (separato da virgole, punto decimale) o semicolon (separato da punti e virgola, virgola decimale, per Excel in italiano).</translation>
    </message>
    <message>
        <source>Observed: {members} members · {share}</source>
        <extracomment>Paper of a journey map: &quot;fit&quot; (A4 when the map fits one page, else A3), &quot;a4&quot; or &quot;a3&quot;.</extracomment>
        <translation>Osservato: {members} membri · {share}</translation>
    </message>
    <message>
        <source>{share} of the stage&apos;s contacts</source>
        <translation>{share} dei contatti della fase</translation>
    </message>
    <message>
        <source>(deleted persona)</source>
        <translation>(persona eliminata)</translation>
    </message>
    <message>
        <source>Persona from the persona set “{persona_set}” computed on {date}.</source>
        <translation>Persona del set di personas “{persona_set}” calcolato il {date}.</translation>
    </message>
    <message>
        <source>Observed journey computed on {date} from {events} touchpoints of {with_events} of the persona&apos;s {members} members.</source>
        <translation>Percorso osservato calcolato il {date} da {events} punti di contatto di {with_events} dei {members} membri della persona.</translation>
    </message>
    <message>
        <source>No touchpoints of the persona&apos;s members were observed: the map is as the researcher designed it.</source>
        <translation>Non è stato osservato alcun punto di contatto dei membri della persona: la mappa è come l&apos;ha progettata chi fa la ricerca.</translation>
    </message>
    <message>
        <source>Map last edited on {date}. Exported on {exported} with {app}.</source>
        <translation>Mappa modificata l&apos;ultima volta il {date}. Esportata il {exported} con {app}.</translation>
    </message>
    <message>
        <source>Unknown paper &apos;{paper}&apos;: use fit, a4 or a3.</source>
        <translation>Formato carta sconosciuto &apos;{paper}&apos;: usa fit, a4 o a3.</translation>
    </message>
    <message>
        <source>Preparing the journey map…</source>
        <translation>Preparazione della mappa del percorso…</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>stage number</source>
        <translation>numero fase</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>corsia</translation>
    </message>
    <message>
        <source>lane kind</source>
        <translation>tipo di corsia</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>numero scheda</translation>
    </message>
    <message>
        <source>card text</source>
        <translation>testo della scheda</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>friction kind</source>
        <translation>tipo di attrito</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membri</translation>
    </message>
    <message>
        <source>share of members</source>
        <translation>quota dei membri</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canale</translation>
    </message>
    <message>
        <source>emotion (−2…+2)</source>
        <translation>emozione (−2…+2)</translation>
    </message>
    <message>
        <source>emotion scores</source>
        <translation>punteggi di emozione</translation>
    </message>
    <message>
        <source>evidence document id</source>
        <translation>id documento di evidenza</translation>
    </message>
    <message>
        <source>evidence document</source>
        <translation>documento di evidenza</translation>
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
        <source>designed</source>
        <translation>progettata</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>osservata</translation>
    </message>
    <message>
        <source>Journey cells</source>
        <translation>Celle del percorso</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>punti di contatto</translation>
    </message>
    <message>
        <source>top channels</source>
        <translation>canali principali</translation>
    </message>
    <message>
        <source>median hours before</source>
        <translation>ore mediane prima</translation>
    </message>
    <message>
        <source>repeat contacts</source>
        <translation>contatti ripetuti</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>abbandoni</translation>
    </message>
    <message>
        <source>negative share</source>
        <translation>quota negativa</translation>
    </message>
    <message>
        <source>Observed journey</source>
        <translation>Percorso osservato</translation>
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
        <extracomment>Columns left out because they hold personal data.</extracomment>
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
    <message>
        <source>Export</source>
        <extracomment>The SQL export dialog while it is open.</extracomment>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Persona cards and journey maps as PDF, PNG or editable PowerPoint slides to hand to colleagues, and their tables as CSV or XLSX. Nothing leaves your computer.</source>
        <translation>Schede persona e mappe del percorso in PDF, PNG o come diapositive PowerPoint modificabili da dare ai colleghi, e le loro tabelle in CSV o XLSX. Nulla lascia il tuo computer.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Cosa esportare</translation>
    </message>
    <message>
        <source>Nothing to export yet: create personas in the Personas area, or a journey map in the Journeys area.</source>
        <translation>Ancora niente da esportare: crea delle personas nell&apos;area Personas, o una mappa del percorso nell&apos;area Percorsi.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Esporta:</translation>
    </message>
    <message>
        <source>Export as SQL…</source>
        <translation>Esporta come SQL…</translation>
    </message>
    <message>
        <source>Import population counts…</source>
        <translation>Importa conteggi della popolazione…</translation>
    </message>
    <message>
        <source>Read the persona counts your engine returned for every customer (CSV or XLSX with the columns persona and customers), to see each persona&apos;s size in the whole customer base beside the sample&apos;s</source>
        <translation>Leggi i conteggi per persona che il tuo motore ha restituito per tutti i clienti (CSV o XLSX con le colonne persona e customers), per vedere la dimensione di ogni persona nell&apos;intera base clienti accanto a quella del campione</translation>
    </message>
    <message>
        <source>Data engine:</source>
        <translation>Motore dati:</translation>
    </message>
    <message>
        <source>The persona set&apos;s assignment rule as one SQL query for DuckDB, PostgreSQL, Spark SQL, BigQuery or Snowflake, to give every customer a persona where the data lives</source>
        <translation>La regola di assegnazione del set di personas come una sola query SQL per DuckDB, PostgreSQL, Spark SQL, BigQuery o Snowflake, per dare una persona a ogni cliente là dove stanno i dati</translation>
    </message>
    <message>
        <source>Not available for this set: made with a Gaussian mixture (see the tooltip).</source>
        <translation>Non disponibile per questo set: creato con una mistura gaussiana (vedi il suggerimento).</translation>
    </message>
    <message>
        <source>Journey map as PDF (landscape)</source>
        <extracomment>Editable PowerPoint slides (16:9): persona cards, or a journey map split by stages. A persona set&apos;s statistics table (only for personas; CSV and XLSX are their membership table). Formats written as tables (no pages of their own: the preview shows the cards or the map). Formats written as CSV (they have a CSV style: separator and decimal mark). Resolution of preview pages. The preview of a persona set draws at most this many cards.</extracomment>
        <translation>Mappa del percorso in PDF (orizzontale)</translation>
    </message>
    <message>
        <source>Journey map as PNG images</source>
        <translation>Mappa del percorso come immagini PNG</translation>
    </message>
    <message>
        <source>Journey map as PowerPoint slides (.pptx)</source>
        <translation>Mappa del percorso come diapositive PowerPoint (.pptx)</translation>
    </message>
    <message>
        <source>Journey cells as CSV</source>
        <translation>Celle del percorso in CSV</translation>
    </message>
    <message>
        <source>Journey cells and observed figures as XLSX</source>
        <translation>Celle del percorso e dati osservati in XLSX</translation>
    </message>
    <message>
        <source>Persona cards as PDF (one A4 page per persona)</source>
        <translation>Schede delle personas in PDF (una pagina A4 per persona)</translation>
    </message>
    <message>
        <source>Persona cards as PNG images (into a folder)</source>
        <translation>Schede delle personas come immagini PNG (in una cartella)</translation>
    </message>
    <message>
        <source>Persona cards as PowerPoint slides (.pptx)</source>
        <translation>Schede persona come diapositive PowerPoint (.pptx)</translation>
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
        <source>Persona set: {name}</source>
        <translation>Set di personas: {name}</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <source>Journey map: {name}</source>
        <translation>Mappa del percorso: {name}</translation>
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
        <source>Export “{name}”</source>
        <translation>Esporta “{name}”</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Fit: A4, or A3 when the map needs it</source>
        <extracomment>How long a closing project or window waits for a cancelled preview (seconds).</extracomment>
        <translation>Adatta: A4, oppure A3 se la mappa lo richiede</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 orizzontale</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 orizzontale</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Carta:</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Includi i dati personali</translation>
    </message>
    <message>
        <source>Without it, customer names, e-mail keys and the names of quoted documents stay in the project.</source>
        <translation>Senza questa opzione, i nomi dei clienti, le chiavi e-mail e i nomi dei documenti citati restano nel progetto.</translation>
    </message>
    <message>
        <source>Format:</source>
        <extracomment>The options&apos; form; a host may put its own rows in it so that all labels line up.</extracomment>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Trends page</source>
        <translation>Pagina degli andamenti</translation>
    </message>
    <message>
        <source>After the cards, the persona set month by month: active customers, outcome rates, measures, friction and complaints per persona with the n behind every point, shifts unlikely to be chance and recurring negative experiences.</source>
        <translation>Dopo le schede, il set di personas mese per mese: clienti attivi, tassi di esito, misure, attriti e reclami per persona con l&apos;n dietro ogni punto, cambiamenti improbabili per caso ed esperienze negative ricorrenti.</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Separatore CSV</translation>
    </message>
    <message>
        <source>Excel in Italian (and most of Europe) needs semicolons and decimal commas to show a CSV file in columns. Your choice is kept for later exports (also in Edit ▸ Preferences).</source>
        <translation>Excel in italiano (e in gran parte d&apos;Europa) vuole punti e virgola e virgole decimali per mostrare un file CSV in colonne. La scelta resta per le esportazioni successive (anche in Modifica ▸ Preferenze).</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <extracomment>The row of buttons (a dialog adds its Close before Save…).</extracomment>
        <translation>Anteprima delle pagine</translation>
    </message>
    <message>
        <source>Preview of the slides</source>
        <translation>Anteprima delle diapositive</translation>
    </message>
    <message>
        <source>Without it, quotes on the slides name neither the customer nor the document; names and e-mail addresses stay in the project.</source>
        <translation>Senza, le citazioni sulle diapositive non indicano né il cliente né il documento; nomi e indirizzi e-mail restano nel progetto.</translation>
    </message>
    <message>
        <source>Without it the table identifies customers by number only; names and e-mail addresses stay in the project.</source>
        <translation>Senza, la tabella identifica i clienti solo con un numero; nomi e indirizzi e-mail restano nel progetto.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Scegli cosa esportare.</translation>
    </message>
    <message>
        <source>Check at least one persona.</source>
        <translation>Seleziona almeno una persona.</translation>
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
        <source>Slide {n}</source>
        <translation>Diapositiva {n}</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Pagina {n}</translation>
    </message>
    <message>
        <source>Tables have no pages: these are the pages of the same export as PDF.</source>
        <translation>Le tabelle non hanno pagine: queste sono le pagine della stessa esportazione in PDF.</translation>
    </message>
    <message>
        <source>The cards of the first {shown} of {total} personas, as they will be printed.</source>
        <translation>Le schede delle prime {shown} di {total} personas, come verranno stampate.</translation>
    </message>
    <message>
        <source>The first {n} pages, as they will be printed.</source>
        <translation>Le prime {n} pagine, come verranno stampate.</translation>
    </message>
    <message>
        <source>One page, as it will be printed.</source>
        <translation>Una pagina, come verrà stampata.</translation>
    </message>
    <message>
        <source>{n} pages, as they will be printed.</source>
        <translation>{n} pagine, come verranno stampate.</translation>
    </message>
    <message>
        <source>The slides of the first {shown} of {total} personas, as they will be in the deck.</source>
        <translation>Le diapositive delle prime {shown} di {total} persona, come saranno nella presentazione.</translation>
    </message>
    <message>
        <source>One slide, as it will be in the deck.</source>
        <translation>Una diapositiva, come sarà nella presentazione.</translation>
    </message>
    <message>
        <source>{n} slides, as they will be in the deck.</source>
        <translation>{n} diapositive, come saranno nella presentazione.</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Nessuna anteprima: {error}</translation>
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
        <source>PNG images</source>
        <translation>Immagini PNG</translation>
    </message>
    <message>
        <source>PowerPoint presentations</source>
        <translation>Presentazioni PowerPoint</translation>
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
        <source>Save the export as</source>
        <translation>Salva l&apos;esportazione come</translation>
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
    <message>
        <source>All personas</source>
        <extracomment>The choice changed (a radio button or a tick box).</extracomment>
        <translation>Tutte le personas</translation>
    </message>
    <message>
        <source>Only the checked personas</source>
        <translation>Solo le personas selezionate</translation>
    </message>
    <message>
        <source>Personas to export</source>
        <translation>Personas da esportare</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>time ({unit})</source>
        <translation>tempo ({unit})</translation>
    </message>
    <message>
        <source>median {time} {unit}</source>
        <translation>mediana {time} {unit}</translation>
    </message>
    <message>
        <source>median not reached</source>
        <translation>mediana non raggiunta</translation>
    </message>
    <message>
        <source>{who}: n={n}, {events} churned, {median}</source>
        <translation>{who}: n={n}, {events} abbandoni, {median}</translation>
    </message>
    <message>
        <source>Churn {ratio} vs members who did not hit it</source>
        <translation>Abbandono {ratio} rispetto ai membri che non l&apos;hanno incontrato</translation>
    </message>
    <message>
        <source>{churned} of {n} churned</source>
        <translation>{churned} abbandoni su {n}</translation>
    </message>
    <message>
        <source>value at stake {value}</source>
        <translation>valore in gioco {value}</translation>
    </message>
    <message>
        <source>Jan</source>
        <extracomment>Charts per kind of quantity beyond the flagged ones (the rest: ``workbench trends``). Left of each chart: the y axis&apos; labels and, under the plot, the n table&apos;s persona names. Between two charts side by side.</extracomment>
        <translation>gen</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mag</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>giu</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>lug</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ott</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>S{week}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clienti attivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Attrito</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>{kind}: {metric}</source>
        <translation>{kind}: {metric}</translation>
    </message>
    <message>
        <source>share of customers</source>
        <translation>quota dei clienti</translation>
    </message>
    <message>
        <source>share of active customers</source>
        <translation>quota dei clienti attivi</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clienti</translation>
    </message>
    <message>
        <source>NPS, −100 to +100</source>
        <translation>NPS, da −100 a +100</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>punteggio medio</translation>
    </message>
    <message>
        <source>{number}. {persona}</source>
        <translation>{number}. {persona}</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>segnalato</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>confrontati</translation>
    </message>
    <message>
        <source>n per period</source>
        <translation>n per periodo</translation>
    </message>
    <message>
        <source>up</source>
        <extracomment>Up to this many quotes of a recurring negative experience, each cut to about this many characters. Two charts side by side while the periods are this few; more periods get the full width.</extracomment>
        <translation>in aumento</translation>
    </message>
    <message>
        <source>down</source>
        <translation>in calo</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>rising over all months</source>
        <translation>in crescita su tutti i mesi</translation>
    </message>
    <message>
        <source>rising over all weeks</source>
        <translation>in crescita su tutte le settimane</translation>
    </message>
    <message>
        <source>last {n} months vs the months before</source>
        <translation>ultimi {n} mesi rispetto ai mesi precedenti</translation>
    </message>
    <message>
        <source>last {n} weeks vs the weeks before</source>
        <translation>ultime {n} settimane rispetto alle settimane precedenti</translation>
    </message>
    <message>
        <source>q &lt; {q}</source>
        <translation>q &lt; {q}</translation>
    </message>
    <message>
        <source>q = {q}</source>
        <translation>q = {q}</translation>
    </message>
    <message>
        <source>No trends to show: none of the set&apos;s customers has a dated touchpoint, and trends need touchpoints with a date (import an event log with a date or time column).</source>
        <translation>Nessun andamento da mostrare: nessun cliente del set ha un punto di contatto datato, e gli andamenti richiedono punti di contatto con una data (importa un registro di eventi con una colonna di data o ora).</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>CITAZIONE</translation>
    </message>
    <message>
        <source>Recurring negative experiences</source>
        <translation>Esperienze negative ricorrenti</translation>
    </message>
    <message>
        <source>None: no complaint code rose across many customers.</source>
        <translation>Nessuna: nessun codice di reclamo è cresciuto tra molti clienti.</translation>
    </message>
    <message>
        <source>{code} · {group}</source>
        <translation>{code} · {group}</translation>
    </message>
    <message>
        <source>{customers} customers · {shift} of active customers · {test}</source>
        <translation>{customers} clienti · {shift} dei clienti attivi · {test}</translation>
    </message>
    <message>
        <source>Other flagged shifts</source>
        <translation>Altri cambiamenti segnalati</translation>
    </message>
    <message>
        <source>None: no other change was unlikely to be chance.</source>
        <translation>Nessuno: nessun altro cambiamento è improbabile per caso.</translation>
    </message>
    <message>
        <source>{series} · {group}</source>
        <translation>{series} · {group}</translation>
    </message>
    <message>
        <source>{direction}: {shift} · {test}</source>
        <translation>{direction}: {shift} · {test}</translation>
    </message>
    <message>
        <source>Period by period</source>
        <translation>Periodo per periodo</translation>
    </message>
    <message>
        <source>One line per persona; the shaded periods are the ones compared with the periods before. Under each chart, n: the customers (or answers, for measures) behind each point.</source>
        <translation>Una linea per persona; i periodi ombreggiati sono quelli confrontati con i periodi precedenti. Sotto ogni grafico, n: i clienti (o le risposte, per le misure) dietro ogni punto.</translation>
    </message>
    <message>
        <source>{n} more series are not drawn here: see them with “workbench trends” or in the Trends view.</source>
        <translation>Altre {n} serie non sono disegnate qui: vedile con “workbench trends” o nella vista Andamenti.</translation>
    </message>
    <message>
        <source>month by month</source>
        <translation>mese per mese</translation>
    </message>
    <message>
        <source>week by week</source>
        <translation>settimana per settimana</translation>
    </message>
    <message>
        <source>{persona_set} · {span} · {by}</source>
        <translation>{persona_set} · {span} · {by}</translation>
    </message>
    <message>
        <source>{persona_set} · no dated data</source>
        <translation>{persona_set} · nessun dato datato</translation>
    </message>
    <message>
        <source>Trends · {persona_set}</source>
        <translation>Andamenti · {persona_set}</translation>
    </message>
    <message>
        <source>HOW THE PERSONAS CHANGE</source>
        <translation>COME CAMBIANO LE PERSONAS</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Andamenti</translation>
    </message>
    <message>
        <source>Trends computed on {exported} from the dated touchpoints, outcomes, measures and codings of the set&apos;s customers{app}.</source>
        <translation>Andamenti calcolati il {exported} dai punti di contatto datati, dagli esiti, dalle misure e dalle codifiche dei clienti del set{app}.</translation>
    </message>
    <message>
        <source>Persona counts (*.csv *.xlsx)</source>
        <translation>Conteggi delle personas (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>Import population counts of “{name}”</source>
        <translation>Importa i conteggi della popolazione di “{name}”</translation>
    </message>
    <message>
        <source>Import population counts</source>
        <extracomment>Counts were imported (or put back by undo) for this persona set.</extracomment>
        <translation>Importa i conteggi della popolazione</translation>
    </message>
    <message>
        <source>Replace the population counts?</source>
        <translation>Sostituire i conteggi della popolazione?</translation>
    </message>
    <message>
        <source>“{name}” already has population counts, imported on {date}. Replace them with those in {file}? This cannot be undone.</source>
        <translation>“{name}” ha già dei conteggi della popolazione, importati il {date}. Sostituirli con quelli di {file}? L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Importing population counts from {file}</source>
        <translation>Importazione dei conteggi della popolazione da {file}</translation>
    </message>
    <message>
        <source>Could not import {file}</source>
        <translation>Impossibile importare {file}</translation>
    </message>
    <message>
        <source>Imported the population counts of “{name}” from {file}: {customers} customers.</source>
        <translation>Importati i conteggi della popolazione di “{name}” da {file}: {customers} clienti.</translation>
    </message>
    <message>
        <source>This persona set was made with a Gaussian mixture: a customer belongs to each persona with a probability from the persona&apos;s full covariance, which is no nearest-centre rule one query can apply exactly. Make the set with k-means, agglomerative clustering or k-medoids (Gower) to score it in your engine.</source>
        <translation>Questo set di personas è stato creato con una mistura gaussiana: un cliente appartiene a ogni persona con una probabilità che dipende dalla covarianza completa della persona, e non è una regola del centro più vicino che una query possa applicare esattamente. Crea il set con k-means, clustering agglomerativo o k-medoids (Gower) per assegnarlo nel tuo motore.</translation>
    </message>
    <message>
        <source>Persona sets made with {algorithm} cannot be exported as SQL: only k-means, agglomerative and k-medoids (Gower) sets have a nearest-centre rule.</source>
        <translation>I set di personas creati con {algorithm} non si possono esportare come SQL: solo i set k-means, agglomerativi e k-medoids (Gower) hanno una regola del centro più vicino.</translation>
    </message>
    <message>
        <source>Writing the query…</source>
        <translation>Scrittura della query…</translation>
    </message>
    <message>
        <source>Writing the rule…</source>
        <translation>Scrittura della regola…</translation>
    </message>
    <message>
        <source>SQL dialect</source>
        <extracomment>A query is on screen (its dialect). Writing the query failed (the message). A file was written (its path).</extracomment>
        <translation>Dialetto SQL</translation>
    </message>
    <message>
        <source>The table (or view) in your engine that holds every customer, with the same columns the persona set was made from; schema.table is fine.</source>
        <translation>La tabella (o vista) del tuo motore che contiene tutti i clienti, con le stesse colonne da cui è stato creato il set di personas; va bene anche schema.tabella.</translation>
    </message>
    <message>
        <source>The column that identifies each customer; the query returns it beside the persona.</source>
        <translation>La colonna che identifica ogni cliente; la query la restituisce accanto alla persona.</translation>
    </message>
    <message>
        <source>The query</source>
        <translation>La query</translation>
    </message>
    <message>
        <source>Save rule as JSON…</source>
        <translation>Salva la regola come JSON…</translation>
    </message>
    <message>
        <source>The same rule as a portable description (preprocessing, weights, centres) for engines and tools not listed here</source>
        <translation>La stessa regola come descrizione portabile (preparazione, pesi, centri) per motori e strumenti non elencati qui</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <extracomment>The row of buttons (the dialog adds its Close).</extracomment>
        <translation>&amp;Motore:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabella:</translation>
    </message>
    <message>
        <source>Customer &amp;id column:</source>
        <translation>Colonna &amp;id del cliente:</translation>
    </message>
    <message>
        <source>One query that gives every customer in your engine their persona: the preprocessing recorded with the set (missing values, logs, scaling, categories, weights) and the nearest persona centre, exactly as the workbench assigns them.</source>
        <translation>Una sola query che assegna a ogni cliente nel tuo motore la sua persona: la preparazione registrata con il set (valori mancanti, logaritmi, scalatura, categorie, pesi) e il centro di persona più vicino, esattamente come li assegna il workbench.</translation>
    </message>
    <message>
        <source>Writing the SQL query</source>
        <translation>Scrittura della query SQL</translation>
    </message>
    <message>
        <source>{engine}: {lines} lines. Run it where the customers are; it returns each customer&apos;s id and persona.</source>
        <translation>{engine}: {lines} righe. Eseguila dove si trovano i clienti; restituisce l&apos;id e la persona di ogni cliente.</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regola</translation>
    </message>
    <message>
        <source>SQL files</source>
        <translation>File SQL</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>File JSON</translation>
    </message>
    <message>
        <source>Exporting “{name}” as SQL</source>
        <translation>Esportazione di “{name}” come SQL</translation>
    </message>
    <message>
        <source>Exporting the rule of “{name}”</source>
        <translation>Esportazione della regola di “{name}”</translation>
    </message>
    <message>
        <source>Export “{name}” as SQL</source>
        <translation>Esporta “{name}” come SQL</translation>
    </message>
    <message>
        <source>Preparing the journey maps…</source>
        <translation>Preparazione delle mappe del percorso…</translation>
    </message>
    <message>
        <source>{project} report.pdf</source>
        <extracomment>The key of the &quot;Open folder&quot; choice offered when the report is written.</extracomment>
        <translation>{project} rapporto.pdf</translation>
    </message>
    <message>
        <source>Export the research report</source>
        <translation>Esporta il rapporto di ricerca</translation>
    </message>
    <message>
        <source>Writing the research report</source>
        <translation>Scrittura del rapporto di ricerca</translation>
    </message>
    <message>
        <source>Research report written</source>
        <translation>Rapporto di ricerca scritto</translation>
    </message>
    <message>
        <source>The research report is in {path}.</source>
        <translation>Il rapporto di ricerca è in {path}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri la cartella</translation>
    </message>
</context>
<context>
    <name>FuzzyDialog</name>
    <message>
        <source>100: only names spelled exactly alike (ignoring case and spaces).</source>
        <extracomment>The threshold offered first: names one or two letters apart. The slider&apos;s lowest value (the spin box goes down to 1 for the daring).</extracomment>
        <translation>100: solo nomi scritti esattamente allo stesso modo (ignorando maiuscole/minuscole e spazi).</translation>
    </message>
    <message>
        <source>{value}: names that differ by a letter or an accent (Zoe Muller ~ Zoë Müller). Few proposals, almost all right.</source>
        <translation>{value}: nomi che differiscono per una lettera o un accento (Zoe Muller ~ Zoë Müller). Poche proposte, quasi tutte giuste.</translation>
    </message>
    <message>
        <source>{value}: names with a typo or a missing letter (Giulia Rossi ~ Giulia Rosi). A good place to start.</source>
        <translation>{value}: nomi con un refuso o una lettera mancante (Giulia Rossi ~ Giulia Rosi). Un buon punto di partenza.</translation>
    </message>
    <message>
        <source>{value}: looser spellings too. Expect more proposals that are different people; check each one.</source>
        <translation>{value}: anche grafie più lontane. Aspettati più proposte che riguardano persone diverse; controllale una per una.</translation>
    </message>
    <message>
        <source>{value}: very loose. Many proposals will be different people.</source>
        <translation>{value}: molto permissivo. Molte proposte riguarderanno persone diverse.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Nome simile</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>How alike the two names are, from 0 to 100 (100: spelled the same)</source>
        <translation>Quanto sono simili i due nomi, da 0 a 100 (100: scritti allo stesso modo)</translation>
    </message>
    <message>
        <source>{key} · row {row_a} ~ row {row_b} · customers {a} and {b}</source>
        <translation>{key} · riga {row_a} ~ riga {row_b} · clienti {a} e {b}</translation>
    </message>
    <message>
        <source>“{a}” (row {row_a} of {source_a}, customer {customer_a}) and “{b}” (row {row_b} of {source_b}, customer {customer_b}) are {score} alike.</source>
        <translation>“{a}” (riga {row_a} di {source_a}, cliente {customer_a}) e “{b}” (riga {row_b} di {source_b}, cliente {customer_b}) hanno una somiglianza di {score}.</translation>
    </message>
    <message>
        <source>Accept similar names “{a}” and “{b}”</source>
        <translation>Accetta i nomi simili “{a}” e “{b}”</translation>
    </message>
    <message>
        <source>Accept {count} similar-name proposals</source>
        <translation>Accetta {count} proposte di nomi simili</translation>
    </message>
    <message>
        <source>Some proposals were not accepted</source>
        <translation>Alcune proposte non sono state accettate</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <source>Reject similar names “{a}” and “{b}”</source>
        <translation>Rifiuta i nomi simili “{a}” e “{b}”</translation>
    </message>
    <message>
        <source>Reject {count} similar-name proposals</source>
        <translation>Rifiuta {count} proposte di nomi simili</translation>
    </message>
    <message>
        <source>Some proposals were not rejected</source>
        <translation>Alcune proposte non sono state rifiutate</translation>
    </message>
    <message>
        <source>Similar names</source>
        <extracomment>Finding finished: the open proposals (list of FuzzyProposal).</extracomment>
        <translation>Nomi simili</translation>
    </message>
    <message>
        <source>Find customers whose names are spelled almost alike, such as a typo in one source. Each pair becomes a proposal: accept it to make the two one customer, or reject it if they are different people. Nothing is merged until you accept.</source>
        <extracomment>Closed for good (the project went away): results arriving later are dropped.</extracomment>
        <translation>Trova i clienti con nomi scritti in modo quasi uguale, ad esempio per un refuso in una fonte. Ogni coppia diventa una proposta: accettala per rendere i due un unico cliente, o rifiutala se sono persone diverse. Nulla viene unito finché non accetti.</translation>
    </message>
    <message>
        <source>Name columns</source>
        <translation>Colonne dei nomi</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Soglia di somiglianza</translation>
    </message>
    <message>
        <source>How alike (1–100):</source>
        <translation>Somiglianza (1–100):</translation>
    </message>
    <message>
        <source>Two names are proposed when their similarity score reaches this value. Higher finds fewer, surer pairs; lower finds more, with more mistakes.</source>
        <translation>Due nomi vengono proposti quando il loro punteggio di somiglianza raggiunge questo valore. Più alto trova meno coppie, ma più sicure; più basso ne trova di più, con più errori.</translation>
    </message>
    <message>
        <source>Find similar names</source>
        <translation>Trova nomi simili</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <source>Accept: same person</source>
        <translation>Accetta: stessa persona</translation>
    </message>
    <message>
        <source>Merge the two customers of each selected proposal into one. Edit ▸ Undo splits them again.</source>
        <translation>Unisci in un solo cliente i due clienti di ogni proposta selezionata. Modifica ▸ Annulla li separa di nuovo.</translation>
    </message>
    <message>
        <source>Reject: different people</source>
        <translation>Rifiuta: persone diverse</translation>
    </message>
    <message>
        <source>Remember that the two are different people: they are not proposed again.</source>
        <translation>Ricorda che i due sono persone diverse: non verranno più proposti.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Finding similar names</source>
        <translation>Ricerca dei nomi simili</translation>
    </message>
    <message>
        <source>{count} pairs of similar names found at {threshold} or more.</source>
        <translation>Trovate {count} coppie di nomi simili con somiglianza {threshold} o superiore.</translation>
    </message>
    <message>
        <source>1 pair of similar names found at {threshold} or more.</source>
        <translation>Trovata 1 coppia di nomi simili con somiglianza {threshold} o superiore.</translation>
    </message>
    <message>
        <source>Could not find similar names</source>
        <translation>Impossibile trovare nomi simili</translation>
    </message>
    <message>
        <source>Stopped: the proposals are as they were.</source>
        <translation>Interrotto: le proposte sono rimaste com&apos;erano.</translation>
    </message>
    <message>
        <source>Proposals ({count})</source>
        <translation>Proposte ({count})</translation>
    </message>
    <message>
        <source>No open proposals. Choose the name columns and Find similar names; rejected pairs are not proposed again.</source>
        <translation>Nessuna proposta aperta. Scegli le colonne dei nomi e Trova nomi simili; le coppie rifiutate non vengono più proposte.</translation>
    </message>
    <message>
        <source>{count} merged. Edit ▸ Undo splits them again.</source>
        <translation>{count} uniti. Modifica ▸ Annulla li separa di nuovo.</translation>
    </message>
    <message>
        <source>{count} rejected: not proposed again.</source>
        <translation>{count} rifiutati: non verranno più proposti.</translation>
    </message>
    <message>
        <source>Tick at least one column with names.</source>
        <translation>Spunta almeno una colonna con dei nomi.</translation>
    </message>
    <message>
        <source>Stop finding</source>
        <translation>Interrompi la ricerca</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>If you trust the file, open it in Excel or LibreOffice and export the sheet as CSV.</source>
        <extracomment>Declared or real inflated size of all parts together. Real workbooks compress their XML 5 to 20 times; a part above RATIO_CHECK_ABOVE_BYTES that inflates more than this is a ZIP bomb. Excel&apos;s and LibreOffice&apos;s own limits. A sheet whose cells span more than this (rows x columns) is not read. A run of text between two tags longer than this is one giant cell. The XML prolog (where a DOCTYPE would be) must end within this many bytes.</extracomment>
        <translation>Se il file è affidabile, aprilo in Excel o LibreOffice ed esporta il foglio in CSV.</translation>
    </message>
    <message>
        <source>{file} is protected by a password, so it cannot be read. Open it in Excel or LibreOffice, remove the password (save it without encryption), and import the new copy.</source>
        <translation>{file} è protetto da una password, quindi non può essere letto. Aprilo in Excel o LibreOffice, rimuovi la password (salvalo senza crittografia) e importa la nuova copia.</translation>
    </message>
    <message>
        <source>{file} is an old binary Office file (Excel 97-2003 .xls or Word .doc) saved under a {suffix} name. Open it in Excel, Word or LibreOffice and save it again as {suffix}.</source>
        <translation>{file} è un vecchio file Office binario (Excel 97-2003 .xls o Word .doc) salvato con un nome {suffix}. Aprilo in Excel, Word o LibreOffice e salvalo di nuovo come {suffix}.</translation>
    </message>
    <message>
        <source>{file} was not opened: it holds {count} parts, far more than any real workbook or document.</source>
        <translation>{file} non è stato aperto: contiene {count} parti, molte più di qualsiasi cartella di lavoro o documento reale.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the file again, or save it again from the program that made it.</source>
        <translation>{file} è vuoto (0 byte). Scegli di nuovo il file, oppure salvalo di nuovo dal programma che lo ha creato.</translation>
    </message>
    <message>
        <source>{file} was not opened: it would unpack to {size} MB, far more than any real workbook or document of its size (a &quot;ZIP bomb&quot;).</source>
        <translation>{file} non è stato aperto: si decomprimerebbe in {size} MB, molto più di qualsiasi cartella di lavoro o documento reale delle sue dimensioni (una &quot;ZIP bomb&quot;).</translation>
    </message>
    <message>
        <source>{file} was not opened: it unpacks to more than {size} MB, far more than any real workbook or document of its size (a &quot;ZIP bomb&quot;).</source>
        <translation>{file} non è stato aperto: si decomprime in più di {size} MB, molto più di qualsiasi cartella di lavoro o documento reale delle sue dimensioni (una &quot;ZIP bomb&quot;).</translation>
    </message>
    <message>
        <source>{file} was not opened: its part {part} unpacks to more than the {declared} bytes it declares, which only a file built to exhaust memory does (a &quot;ZIP bomb&quot;).</source>
        <translation>{file} non è stato aperto: la sua parte {part} si decomprime in più dei {declared} byte che dichiara, cosa che fa solo un file costruito per esaurire la memoria (una &quot;ZIP bomb&quot;).</translation>
    </message>
    <message>
        <source>{file} was not opened: its part {part} uses a compression that Excel, Word and LibreOffice never write.</source>
        <translation>{file} non è stato aperto: la sua parte {part} usa una compressione che Excel, Word e LibreOffice non scrivono mai.</translation>
    </message>
    <message>
        <source>{file} was not opened: its part {part} declares a DOCTYPE or entities, which Office files never do and which can expand to exhaust memory (&quot;billion laughs&quot;).</source>
        <translation>{file} non è stato aperto: la sua parte {part} dichiara un DOCTYPE o delle entità, cosa che i file Office non fanno mai e che può espandersi fino a esaurire la memoria (&quot;billion laughs&quot;).</translation>
    </message>
    <message>
        <source>{file} was not opened: a sheet has {columns} columns, more than the 16,384 Excel and LibreOffice allow.</source>
        <translation>{file} non è stato aperto: un foglio ha {columns} colonne, più delle 16.384 ammesse da Excel e LibreOffice.</translation>
    </message>
    <message>
        <source>{file} was not opened: its cells reach {ref}, a sheet of {rows} rows × {columns} columns, too large to read (the limit is {limit} cells). Delete the stray cells far below or right of the table, or export the sheet as CSV.</source>
        <translation>{file} non è stato aperto: le sue celle arrivano a {ref}, un foglio di {rows} righe × {columns} colonne, troppo grande da leggere (il limite è di {limit} celle). Elimina le celle isolate molto sotto o a destra della tabella, oppure esporta il foglio in CSV.</translation>
    </message>
    <message>
        <source>{file} was not opened: one cell holds more than {size} MB of text, far more than any answer or note.</source>
        <translation>{file} non è stato aperto: una cella contiene più di {size} MB di testo, molto più di qualsiasi risposta o nota.</translation>
    </message>
    <message>
        <source>{file} could not be read: reading it needed more than {limit} GB of memory, so it was stopped (the file may be damaged or built to exhaust memory).</source>
        <translation>Impossibile leggere {file}: la lettura richiedeva più di {limit} GB di memoria ed è stata interrotta (il file può essere danneggiato o costruito per esaurire la memoria).</translation>
    </message>
    <message>
        <source>{file} could not be read: reading it took more than {minutes} minutes, so it was stopped (the file may be damaged or built to hang the reader).</source>
        <translation>Impossibile leggere {file}: la lettura ha richiesto più di {minutes} minuti ed è stata interrotta (il file può essere danneggiato o costruito per bloccare il lettore).</translation>
    </message>
    <message>
        <source>{file} could not be read: the workbook reader stopped on it ({detail}). The file is damaged or not really a workbook; open it in Excel or LibreOffice and save it again.</source>
        <translation>Impossibile leggere {file}: il lettore delle cartelle di lavoro si è fermato su questo file ({detail}). Il file è danneggiato o non è davvero una cartella di lavoro; aprilo in Excel o LibreOffice e salvalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The guide could not be found at {path}. Please reinstall Persona Workbench.</source>
        <extracomment>Distributions named in About, in the order shown (the package name on PyPI). Licences as the projects declare them, for a build that did not ship their metadata. Bundled fonts (not Python packages): name, licence, where it comes from.</extracomment>
        <translation>Impossibile trovare la guida in {path}. Reinstalla Persona Workbench.</translation>
    </message>
    <message>
        <source>see the package</source>
        <translation>vedi il pacchetto</translation>
    </message>
    <message>
        <source>version not recorded</source>
        <translation>versione non registrata</translation>
    </message>
    <message>
        <source>Turn customer research into data-driven buyer personas and journey maps, with every claim traced back to its evidence. Your data stays on this computer.</source>
        <translation>Trasforma la ricerca sui clienti in buyer personas e mappe del percorso basate sui dati, con ogni affermazione ricondotta alle sue evidenze. I tuoi dati restano su questo computer.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Built with these libraries, each under its own licence:</source>
        <translation>Realizzato con queste librerie, ciascuna con la propria licenza:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Persona Workbench guide</source>
        <translation>Guida di Persona Workbench</translation>
    </message>
    <message>
        <source>About Persona Workbench</source>
        <translation>Informazioni su Persona Workbench</translation>
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
        <extracomment>Rows converted (and, when importing, stored) at a time: big enough for the per-block overhead to vanish, small enough that a block&apos;s values stay in the CPU cache and memory never holds a second full copy of a large table. Dates written as text remembered per column across blocks (bounds the memory it takes).</extracomment>
        <translation>Verifica dei valori…</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <extracomment>(position in the table, spec) of every column that is not ignored. Per date column, the dates written as text read so far (each is parsed once).</extracomment>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{place}, column &apos;{column}&apos;: rows {rows} hold values outside the {scale} scale ({rule}), for example &apos;{value}&apos;. Choose another kind or scale for the column, or set it to Numeric, then import again.</source>
        <translation>{place}, colonna &apos;{column}&apos;: le righe {rows} contengono valori fuori dalla scala {scale} ({rule}), per esempio &apos;{value}&apos;. Scegli un altro tipo o un&apos;altra scala per la colonna, oppure impostala come Numerico, poi importa di nuovo.</translation>
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
        <source>{location} is not a source the workbench can read as a database: give a Parquet file or folder (.parquet, .pq), a DuckDB file (.duckdb, .ddb, .db) or a PostgreSQL URL (postgresql://user@host/database).</source>
        <extracomment>Seconds to wait for a PostgreSQL server to answer before giving up. A stratified sample is drawn by a column with at most this many distinct values. Tables listed by name when the one asked for does not exist. The stratum of rows whose stratifying value is missing. How the import names itself to a PostgreSQL server (pg_stat_activity.application_name).</extracomment>
        <translation>{location} non è una sorgente che il workbench sa leggere come database: indica un file o una cartella Parquet (.parquet, .pq), un file DuckDB (.duckdb, .ddb, .db) o un URL PostgreSQL (postgresql://utente@host/database).</translation>
    </message>
    <message>
        <source>A sample needs at least one row; {size} was asked for.</source>
        <translation>Un campione deve avere almeno una riga; ne sono state chieste {size}.</translation>
    </message>
    <message>
        <source>Drawing a sample of {size} rows from {source}…</source>
        <translation>Estrazione di un campione di {size} righe da {source}…</translation>
    </message>
    <message>
        <source>A sample of {size} rows cannot hold one row of each of the {strata} values of &apos;{column}&apos;. Choose a bigger sample or another column.</source>
        <translation>Un campione di {size} righe non può contenere una riga per ciascuno dei {strata} valori di &apos;{column}&apos;. Scegli un campione più grande o un&apos;altra colonna.</translation>
    </message>
    <message>
        <source>{source} has columns but no rows: nothing to import.</source>
        <translation>{source} ha delle colonne ma nessuna riga: non c&apos;è niente da importare.</translation>
    </message>
    <message>
        <source>The query on {source} gives two columns named &apos;{column}&apos;. Give them different names (… AS another_name) and try again.</source>
        <extracomment>Appended to ORDER BY a text key so it sorts byte by byte in every locale.</extracomment>
        <translation>La query su {source} restituisce due colonne di nome &apos;{column}&apos;. Dai loro nomi diversi (… AS altro_nome) e riprova.</translation>
    </message>
    <message>
        <source>{source} has no column named &apos;{column}&apos; to stratify by. Its columns are: {columns}.</source>
        <translation>{source} non ha una colonna di nome &apos;{column}&apos; per cui stratificare. Le sue colonne sono: {columns}.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; has more than {limit} different values in {source}: a stratified sample needs a column with fewer groups (a region, a segment, a plan).</source>
        <translation>&apos;{column}&apos; ha più di {limit} valori diversi in {source}: un campione stratificato richiede una colonna con meno gruppi (una regione, un segmento, un piano tariffario).</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>Lettura di {source}…</translation>
    </message>
    <message>
        <source>{place} has no tables. Choose another database or write a query.</source>
        <translation>{place} non ha tabelle. Scegli un altro database o scrivi una query.</translation>
    </message>
    <message>
        <source>{place} has {count} tables: {tables}. Choose one, or write a query.</source>
        <translation>{place} ha {count} tabelle: {tables}. Scegline una o scrivi una query.</translation>
    </message>
    <message>
        <source>{place} has no table named &apos;{table}&apos;. Its tables are: {tables}.</source>
        <translation>{place} non ha una tabella di nome &apos;{table}&apos;. Le sue tabelle sono: {tables}.</translation>
    </message>
    <message>
        <source>{file} could not be opened as a DuckDB database: {reason}</source>
        <translation>Impossibile aprire {file} come database DuckDB: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read as Parquet: {reason}</source>
        <translation>Impossibile leggere {file} come Parquet: {reason}</translation>
    </message>
    <message>
        <source>The query on {place} failed: {reason}</source>
        <translation>La query su {place} non è riuscita: {reason}</translation>
    </message>
    <message>
        <source>{source} could not be read: {reason}</source>
        <translation>Impossibile leggere {source}: {reason}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a PostgreSQL connection URL: it should look like postgresql://user@host:5432/database.</source>
        <translation>&apos;{url}&apos; non è un URL di connessione PostgreSQL: dovrebbe essere simile a postgresql://utente@host:5432/database.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the password for user {user} on host {host}. Check the password and try again.</source>
        <translation>PostgreSQL ha rifiutato la password dell&apos;utente {user} sull&apos;host {host}. Controlla la password e riprova.</translation>
    </message>
    <message>
        <source>PostgreSQL on host {host} asks for the password of user {user}. Give it and try again.</source>
        <translation>PostgreSQL sull&apos;host {host} chiede la password dell&apos;utente {user}. Inseriscila e riprova.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL on host {host} as user {user}: {reason}</source>
        <translation>Impossibile connettersi a PostgreSQL sull&apos;host {host} come utente {user}: {reason}</translation>
    </message>
    <message>
        <source>The connection to {place} was lost after {rows} rows; nothing was imported. Check the network and the server, then try again.</source>
        <translation>La connessione a {place} si è interrotta dopo {rows} righe; non è stato importato nulla. Controlla la rete e il server, poi riprova.</translation>
    </message>
    <message>
        <source>{file} was not found. It may have been moved or renamed; choose it again.</source>
        <translation>{file} non è stato trovato. Potrebbe essere stato spostato o rinominato; sceglilo di nuovo.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no Parquet files (.parquet, .pq).</source>
        <translation>La cartella {folder} non contiene file Parquet (.parquet, .pq).</translation>
    </message>
    <message>
        <source>{file} is not a Parquet file. Choose a .parquet file, or import the data as CSV or XLSX.</source>
        <translation>{file} non è un file Parquet. Scegli un file .parquet oppure importa i dati come CSV o XLSX.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file. Choose a file inside it.</source>
        <translation>{file} è una cartella, non un file. Scegli un file al suo interno.</translation>
    </message>
    <message>
        <source>{file} is not a DuckDB database file. Choose a file made by DuckDB (.duckdb).</source>
        <translation>{file} non è un file di database DuckDB. Scegli un file creato da DuckDB (.duckdb).</translation>
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
        <source>The header can take 1 or 2 rows, not {rows}: choose 2 for survey exports whose questions sit above their sub-headers, else 1.</source>
        <translation>L&apos;intestazione può occupare 1 o 2 righe, non {rows}: scegli 2 per le esportazioni di sondaggi con le domande sopra le sottointestazioni, altrimenti 1.</translation>
    </message>
    <message>
        <source>empty column</source>
        <extracomment>A free-text column: values this long on average, or this many words. Share of values that must match for e-mail, phone and channel values. Fewer rows than this never make a column &quot;constant&quot;. Share of values that must look like people&apos;s names (uncommon names are not listed). An outcome with words (Yes/No, &quot;Attrited Customer&quot;) has at most this many values. ... and short ones: a &quot;Risposta&quot; column of sentences is free text. A score measure has at least this many different answers (0/1 is a flag, not a scale).</extracomment>
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
        <source>a row number (0, 1, 2… or 1, 2, 3…), not data</source>
        <translation>un numero di riga (0, 1, 2… o 1, 2, 3…), non un dato</translation>
    </message>
    <message>
        <source>street addresses</source>
        <translation>indirizzi stradali</translation>
    </message>
    <message>
        <source>people&apos;s names</source>
        <translation>nomi di persone</translation>
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
        <source>the header names a customer identifier</source>
        <translation>l&apos;intestazione indica un identificativo del cliente</translation>
    </message>
    <message>
        <source>the header names an identifier of something other than a customer</source>
        <translation>l&apos;intestazione indica un identificativo di qualcosa che non è un cliente</translation>
    </message>
    <message>
        <source>numbers (a count, not personal data)</source>
        <translation>numeri (un conteggio, non dati personali)</translation>
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
        <source>churn</source>
        <translation>abbandono</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>reclami</translation>
    </message>
    <message>
        <source>response</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>conversione</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>soddisfazione</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>raccomandazione</translation>
    </message>
    <message>
        <source>customer value</source>
        <translation>valore del cliente</translation>
    </message>
    <message>
        <source>the header names an outcome ({what})</source>
        <translation>l&apos;intestazione indica un risultato ({what})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <extracomment>Every worksheet of the workbook, in order. True when no sheet was asked for and this one was chosen as the data table.</extracomment>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be opened as a workbook: it is damaged or is not really an Excel or OpenDocument file ({detail}). Open it in Excel or LibreOffice and save it again, or export the sheet as CSV.</source>
        <translation>{file} non può essere aperto come cartella di lavoro: è danneggiato o non è davvero un file Excel o OpenDocument ({detail}). Aprilo in Excel o LibreOffice e salvalo di nuovo, oppure esporta il foglio in CSV.</translation>
    </message>
    <message>
        <source>{file} cannot be read: the sheet is damaged ({detail}). Open it in Excel or LibreOffice and save it again.</source>
        <extracomment>The task of the sheet load under way on this thread (Cancel stops the child process).</extracomment>
        <translation>{file} non può essere letto: il foglio è danneggiato ({detail}). Aprilo in Excel o LibreOffice e salvalo di nuovo.</translation>
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
        <extracomment>Sheet of a workbook (default: the first one). Ignored for CSV/TSV. Text encoding of a CSV/TSV (&quot;utf-8&quot;, &quot;cp1252&quot;, &quot;utf-16&quot;...). Field separator of a CSV/TSV (&quot;,&quot; &quot;;&quot; &quot;	&quot; &quot;|&quot;). Decimal mark of numbers written as text: &quot;.&quot; or &quot;,&quot;. Row number of the header as the user sees it (1 = first row of the file or sheet); default: the first row that is not empty. How many rows the header takes: 1, or 2 for survey exports whose first row holds the questions and the second their sub-headers (or short codes over question texts); default: detected, cautiously. Row number of the header row (the first one when there are two). How many header rows were read (2: labels join &quot;question · sub-header&quot;). True when ``max_rows`` stopped the reading before the end of the file.</extracomment>
        <translation>{file} (foglio {sheet})</translation>
    </message>
    <message>
        <source>{place} ends before row {row}, so that row cannot be the header. Choose a smaller header row.</source>
        <translation>{place} finisce prima della riga {row}, quindi quella riga non può essere l&apos;intestazione. Scegli un numero di riga di intestazione più basso.</translation>
    </message>
    <message>
        <source>{file} is empty. Choose a file that has a header row and at least one row of data.</source>
        <extracomment>A single value larger than this is a quote that was never closed, not data. A whole file&apos;s rows are kept packed, one string per row (see workbench.ingest.packed): about the file&apos;s size in memory instead of ten times it. A whole file&apos;s rows are packed (see :mod:`workbench.ingest.packed`), a preview&apos;s a list.</extracomment>
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
        <extracomment>Share of the progress bar for reading the file; the rest is converting and saving.</extracomment>
        <translation>{file} non ha una colonna chiamata &apos;{column}&apos;. Le sue colonne sono: {columns}.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a column role. Use one of: {roles}.</source>
        <translation>&apos;{role}&apos; non è un ruolo di colonna. Usa uno tra: {roles}.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>scelto da te</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is set to Ignore, so it cannot identify the customer. Give it a role or choose another customer column.</source>
        <translation>&apos;{column}&apos; è impostata su Ignora, quindi non può identificare il cliente. Assegnale un ruolo o scegli un&apos;altra colonna del cliente.</translation>
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
        <source>Finishing…</source>
        <translation>Completamento…</translation>
    </message>
    <message>
        <source>{source} was already imported on {when} (same rows, same sample). Import it again only if you really want a second copy of its rows.</source>
        <translation>{source} è già stato importato il {when} (stesse righe, stesso campione). Importalo di nuovo solo se vuoi davvero una seconda copia delle sue righe.</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <extracomment>Customers created so far (their ids are first + 0 .. first + count - 1).</extracomment>
        <translation>{file} riga {row}</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; names the customer of each event</source>
        <extracomment>Rows looked at when judging a key (the first ones and a spread of the rest). A person column is &quot;the same across a key&apos;s rows&quot; in at least this share of keys. ... and &quot;varies like independent answers&quot; when it is stable in little more than the share the same column reaches with its values shuffled. Fewer keys repeating than this: too little to judge, the header decides. Columns other than a person&apos;s looked at for agreement (a 20,000-column file stays fast). One translated line saying why.</extracomment>
        <translation>&apos;{column}&apos; indica il cliente di ogni evento</translation>
    </message>
    <message>
        <source>no identifier column, so each row is one customer; Link customers… joins the rows that share an e-mail in &apos;{column}&apos;</source>
        <translation>nessuna colonna identificativa, quindi ogni riga è un cliente; Collega clienti… unisce le righe con lo stesso indirizzo e-mail in &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>no column identifies the customer (&apos;{column}&apos; names something else), so each row is one customer</source>
        <translation>nessuna colonna identifica il cliente (&apos;{column}&apos; indica altro), quindi ogni riga è un cliente</translation>
    </message>
    <message>
        <source>no column identifies the customer, so each row is one customer</source>
        <translation>nessuna colonna identifica il cliente, quindi ogni riga è un cliente</translation>
    </message>
    <message>
        <source>the header of &apos;{column}&apos; names a customer</source>
        <translation>l&apos;intestazione di &apos;{column}&apos; indica un cliente</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is an identifier and its rows agree like one person&apos;s</source>
        <translation>&apos;{column}&apos; è un identificativo e le sue righe concordano come quelle di una sola persona</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; repeats while &apos;{column}&apos; changes between its rows like the answers of different people, so it is not a person: each row is one customer</source>
        <translation>&apos;{key}&apos; si ripete mentre &apos;{column}&apos; cambia tra le sue righe come le risposte di persone diverse, quindi non è una persona: ogni riga è un cliente</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; repeats while the rest of its rows varies like independent answers, so it is not a person: each row is one customer</source>
        <translation>&apos;{key}&apos; si ripete mentre il resto delle sue righe varia come risposte indipendenti, quindi non è una persona: ogni riga è un cliente</translation>
    </message>
    <message>
        <source>NPS question ({low}–{high})</source>
        <translation>domanda NPS ({low}–{high})</translation>
    </message>
    <message>
        <source>CSAT question ({low}–{high})</source>
        <translation>domanda CSAT ({low}–{high})</translation>
    </message>
    <message>
        <source>CES question ({low}–{high})</source>
        <translation>domanda CES ({low}–{high})</translation>
    </message>
    <message>
        <source>star rating ({low}–{high})</source>
        <translation>valutazione a stelle ({low}–{high})</translation>
    </message>
    <message>
        <source>numbers: the header names a {kind} question, but the values ({low}–{high}) do not fit a measure scale</source>
        <translation>numeri: l&apos;intestazione indica una domanda {kind}, ma i valori ({low}–{high}) non rientrano in una scala di misura</translation>
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
        <extracomment>The import succeeded (ImportResult); the dialog then closes. A preview was read and shown (also after a changed option or sheet). Reading the preview failed; the message is shown in the dialog. The workbook sheet the preview loaded, reused by the import.</extracomment>
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
        <source>&amp;Header rows:</source>
        <translation>Righe di &amp;intestazione:</translation>
    </message>
    <message>
        <source>How many rows the header takes. Survey exports often have two: the questions, and below them the answer options or question texts; each column&apos;s label then joins both (&quot;question · sub-header&quot;).</source>
        <translation>Quante righe occupa l&apos;intestazione. Le esportazioni di sondaggi spesso ne hanno due: le domande e, sotto, le opzioni di risposta o i testi delle domande; l&apos;etichetta di ogni colonna le unisce (&quot;domanda · sottointestazione&quot;).</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
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
        <source>Detect ({rows})</source>
        <translation>Rileva ({rows})</translation>
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
        <extracomment>Emitted after the user changed a role or a label. column name -&gt; {&quot;role&quot;: ColumnRole, &quot;measure&quot;: str | None, &quot;label&quot;: str} chosen by the user</extracomment>
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
        <source>Measure: {scale}</source>
        <translation>Misura: {scale}</translation>
    </message>
    <message>
        <source>Customer:</source>
        <extracomment>The user chose another column (its name, or &quot;&quot; for one customer per row). The user&apos;s own choice (a column name or NO_KEY), None while they made none.</extracomment>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Column that identifies the customer</source>
        <translation>Colonna che identifica il cliente</translation>
    </message>
    <message>
        <source>Rows with the same value in this column become one customer. Choose &apos;One customer per row&apos; when no column identifies a person (a product or order id does not).</source>
        <translation>Le righe con lo stesso valore in questa colonna diventano un solo cliente. Scegli &apos;Un cliente per riga&apos; quando nessuna colonna identifica una persona (un codice prodotto o ordine non lo fa).</translation>
    </message>
    <message>
        <source>One customer per row</source>
        <translation>Un cliente per riga</translation>
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
    <name>Journeys</name>
    <message>
        <source>Members stall here: median {median} before a step (p90 {p90}) against {overall} overall; {members} members ({share:.0%})</source>
        <extracomment>Outcomes that say a contact went badly (English and Italian). A score this low on the −2..+2 scale counts as negative feedback. A friction point concerns at least this many members. A stage stalls when its median time to reach a step is this many times the overall one. Share of the stage&apos;s members who repeat a contact on the same channel. Share of the stage&apos;s members for whom it is the last stage reached (not the final one). Share of a stage-and-channel&apos;s events with a negative score or outcome. Words in a code&apos;s name (or a parent&apos;s) that make its passages complaints. Fewer members than this saying it do not make a complaint a friction point. Italian words of a retail journey, read as the English ones actions and channels use.</extracomment>
        <translation>I membri si fermano qui: mediana di {median} prima di un passaggio (p90 {p90}) contro {overall} in generale; {members} membri ({share:.0%})</translation>
    </message>
    <message>
        <source>Repeat contacts: {members} members ({share:.0%}) contact again on the same channel, {contacts} extra contacts, mostly {channel}</source>
        <translation>Contatti ripetuti: {members} membri ({share:.0%}) ricontattano sullo stesso canale, {contacts} contatti in più, soprattutto via {channel}</translation>
    </message>
    <message>
        <source>Drop-out: {members} members ({share:.0%}) go no further than this stage</source>
        <translation>Abbandono: {members} membri ({share:.0%}) non vanno oltre questa fase</translation>
    </message>
    <message>
        <source>Coded complaints “{code}”: {members} members ({share:.0%}), {passages} passages</source>
        <translation>Lamentele codificate “{code}”: {members} membri ({share:.0%}), {passages} passaggi</translation>
    </message>
    <message>
        <source>Negative feedback via {channel}: {bad} of {events} contacts ({rate:.0%}) score or end badly; {members} members ({share:.0%})</source>
        <translation>Feedback negativo via {channel}: {bad} contatti su {events} ({rate:.0%}) hanno un punteggio o un esito negativo; {members} membri ({share:.0%})</translation>
    </message>
    <message>
        <source>{n:.1f} days</source>
        <extracomment>Transitions drawn in the flow.</extracomment>
        <translation>{n:.1f} giorni</translation>
    </message>
    <message>
        <source>{n:.1f} h</source>
        <translation>{n:.1f} h</translation>
    </message>
    <message>
        <source>Members use {channel} most here ({share:.0%} of contacts), but the designed touchpoints do not include it.</source>
        <extracomment>Designed and evidence-based emotion disagree from this distance on (−2..+2). A stage fewer than this share of members reach is one they mostly skip.</extracomment>
        <translation>Qui i membri usano soprattutto {channel} ({share:.0%} dei contatti), ma i punti di contatto progettati non lo includono.</translation>
    </message>
    <message>
        <source>The designed emotion {designed:+.1f} differs from the evidence {observed:+.1f} (n = {n}).</source>
        <translation>L&apos;emozione progettata {designed:+.1f} differisce da quella delle evidenze {observed:+.1f} (n = {n}).</translation>
    </message>
    <message>
        <source>Most members skip this stage: only {members} of {total} ({share:.0%}) are seen here.</source>
        <translation>La maggior parte dei membri salta questa fase: solo {members} su {total} ({share:.0%}) vi compaiono.</translation>
    </message>
    <message>
        <source>Problem discovery</source>
        <extracomment>A source column whose header says this holds each event&apos;s journey stage.</extracomment>
        <translation>Scoperta del problema</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Definizione del problema</translation>
    </message>
    <message>
        <source>Development and resolution</source>
        <translation>Sviluppo e risoluzione</translation>
    </message>
    <message>
        <source>Delivery of the solution</source>
        <translation>Consegna della soluzione</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Consapevolezza</translation>
    </message>
    <message>
        <source>Familiarity</source>
        <translation>Familiarità</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considerazione</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Fedeltà</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>Obiettivi e azioni</translation>
    </message>
    <message>
        <source>Touchpoints and channels</source>
        <translation>Punti di contatto e canali</translation>
    </message>
    <message>
        <source>Thoughts and quotes</source>
        <translation>Pensieri e citazioni</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emozione</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Punti critici</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Team responsabile</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>From problem to solution</source>
        <translation>Dal problema alla soluzione</translation>
    </message>
    <message>
        <source>Classic: awareness to loyalty</source>
        <translation>Classico: dalla consapevolezza alla fedeltà</translation>
    </message>
    <message>
        <source>There is no journey template &apos;{key}&apos;. Choose one of: {keys}.</source>
        <translation>Non esiste il modello di percorso &apos;{key}&apos;. Scegline uno tra: {keys}.</translation>
    </message>
    <message>
        <source>There is no journey map {id}. Run &apos;workbench journeys PROJECT&apos; to list them.</source>
        <translation>Non esiste la mappa del percorso {id}. Esegui &apos;workbench journeys PROGETTO&apos; per elencarle.</translation>
    </message>
    <message>
        <source>There is no persona {id}. Run &apos;workbench persona PROJECT&apos; to see the personas and their ids.</source>
        <translation>Non esiste la persona {id}. Esegui &apos;workbench persona PROGETTO&apos; per vedere le personas e i loro id.</translation>
    </message>
    <message>
        <source>Creating the journey map…</source>
        <translation>Creazione della mappa del percorso…</translation>
    </message>
    <message>
        <source>Journey of {persona}</source>
        <translation>Percorso di {persona}</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <extracomment>A channel carrying at least this share of a stage&apos;s contacts starts on the designed map.</extracomment>
        <translation>Un modello deve avere un nome.</translation>
    </message>
    <message>
        <source>A template named &apos;{name}&apos; exists already: choose another name.</source>
        <translation>Esiste già un modello chiamato &apos;{name}&apos;: scegli un altro nome.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Il nome non può essere vuoto.</translation>
    </message>
    <message>
        <source>There is no stage {id} (was it removed?).</source>
        <translation>Non esiste la fase {id} (è stata rimossa?).</translation>
    </message>
    <message>
        <source>A journey map needs at least one stage: add another stage before removing this one.</source>
        <translation>Una mappa del percorso deve avere almeno una fase: aggiungi un&apos;altra fase prima di rimuovere questa.</translation>
    </message>
    <message>
        <source>There is no lane {id} (was it removed?).</source>
        <translation>Non esiste la corsia {id} (è stata rimossa?).</translation>
    </message>
    <message>
        <source>This map has an emotion lane already.</source>
        <translation>Questa mappa ha già una corsia delle emozioni.</translation>
    </message>
    <message>
        <source>There is no card {id} (was it removed?).</source>
        <translation>Non esiste la scheda {id} (è stata rimossa?).</translation>
    </message>
    <message>
        <source>Lane {lane} and stage {stage} belong to different maps.</source>
        <translation>La corsia {lane} e la fase {stage} appartengono a mappe diverse.</translation>
    </message>
    <message>
        <source>The emotion lane holds one value per stage, not cards: set the stage&apos;s emotion instead.</source>
        <translation>La corsia delle emozioni contiene un valore per fase, non schede: imposta invece l&apos;emozione della fase.</translation>
    </message>
    <message>
        <source>Emotion goes from -2 (very negative) to +2 (very positive); {value} is outside.</source>
        <translation>L&apos;emozione va da -2 (molto negativa) a +2 (molto positiva); {value} è fuori da questo intervallo.</translation>
    </message>
    <message>
        <source>Stage {id} is not a stage of this map.</source>
        <extracomment>How many of the persona&apos;s members&apos; events have this action.</extracomment>
        <translation>La fase {id} non è una fase di questa mappa.</translation>
    </message>
    <message>
        <source>The persona of journey map &apos;{name}&apos; was deleted, so its observed journey cannot be computed again; the figures shown are the last ones computed.</source>
        <translation>La persona della mappa del percorso &apos;{name}&apos; è stata eliminata, quindi il suo percorso osservato non può essere ricalcolato; le cifre mostrate sono le ultime calcolate.</translation>
    </message>
    <message>
        <source>Reading the members&apos; touchpoints…</source>
        <translation>Lettura dei punti di contatto dei membri…</translation>
    </message>
    <message>
        <source>Computing the observed journey…</source>
        <translation>Calcolo del percorso osservato…</translation>
    </message>
    <message>
        <source>Saving the observed journey…</source>
        <translation>Salvataggio del percorso osservato…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>This friction point is no longer found in the data: refresh the observed journey.</source>
        <translation>Questo punto di attrito non si trova più nei dati: aggiorna il percorso osservato.</translation>
    </message>
    <message>
        <source>Choose at least one journey map to compare.</source>
        <translation>Scegli almeno una mappa del percorso da confrontare.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>Call center</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Altro canale</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Aggiungi scheda</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Modifica scheda</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Elimina scheda</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Sposta scheda</translation>
    </message>
    <message>
        <source>Add stage “{name}”</source>
        <translation>Aggiungi fase “{name}”</translation>
    </message>
    <message>
        <source>Rename stage “{name}”</source>
        <translation>Rinomina fase “{name}”</translation>
    </message>
    <message>
        <source>Move stage “{name}”</source>
        <translation>Sposta fase “{name}”</translation>
    </message>
    <message>
        <source>Remove stage “{name}”</source>
        <translation>Rimuovi fase “{name}”</translation>
    </message>
    <message>
        <source>Add lane “{name}”</source>
        <translation>Aggiungi corsia “{name}”</translation>
    </message>
    <message>
        <source>Add front-line view lane</source>
        <translation>Aggiungi corsia del personale di contatto</translation>
    </message>
    <message>
        <source>Rename lane “{name}”</source>
        <extracomment>The map&apos;s lanes before: a lane the service finds among them was there already.</extracomment>
        <translation>Rinomina corsia “{name}”</translation>
    </message>
    <message>
        <source>Hide lane “{name}”</source>
        <translation>Nascondi corsia “{name}”</translation>
    </message>
    <message>
        <source>Show lane “{name}”</source>
        <translation>Mostra corsia “{name}”</translation>
    </message>
    <message>
        <source>Move lane “{name}”</source>
        <translation>Sposta corsia “{name}”</translation>
    </message>
    <message>
        <source>Remove lane “{name}”</source>
        <translation>Rimuovi corsia “{name}”</translation>
    </message>
    <message>
        <source>Reset emotion of “{stage}” to the evidence</source>
        <translation>Riporta l&apos;emozione di “{stage}” a quella delle evidenze</translation>
    </message>
    <message>
        <source>Set emotion of “{stage}”</source>
        <translation>Imposta l&apos;emozione di “{stage}”</translation>
    </message>
    <message>
        <source>Rename journey map “{name}”</source>
        <translation>Rinomina mappa del percorso “{name}”</translation>
    </message>
    <message>
        <source>Delete journey map “{name}”</source>
        <translation>Elimina la mappa del percorso «{name}»</translation>
    </message>
    <message>
        <source>New journey map</source>
        <translation>Nuova mappa del percorso</translation>
    </message>
    <message>
        <source>A journey map for one persona</source>
        <translation>Una mappa del percorso per una persona</translation>
    </message>
    <message>
        <source>The stages come from the template; where touchpoint events were imported, the persona&apos;s members&apos; observed journey is computed and its friction points are proposed as pain points.</source>
        <translation>Le fasi provengono dal modello; se sono stati importati eventi di contatto, viene calcolato il percorso osservato dei membri della persona e i suoi punti di attrito vengono proposti come punti critici.</translation>
    </message>
    <message>
        <source>Persona &amp;set:</source>
        <translation>&amp;Set di personas:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Create map</source>
        <translation>Crea mappa</translation>
    </message>
    <message>
        <source>{name} ({size} customers)</source>
        <translation>{name} ({size} clienti)</translation>
    </message>
    <message>
        <source>Add a quote from the evidence</source>
        <translation>Aggiungi una citazione dalle evidenze</translation>
    </message>
    <message>
        <source>Passages the persona&apos;s members said, as coded in the Evidence area. The card stays linked to its passage.</source>
        <translation>Passaggi detti dai membri della persona, come codificati nell&apos;area Evidenze. La scheda resta collegata al suo passaggio.</translation>
    </message>
    <message>
        <source>The persona&apos;s members have no coded passages yet: code their interviews in the Evidence area first.</source>
        <translation>I membri della persona non hanno ancora passaggi codificati: codifica prima le loro interviste nell&apos;area Evidenze.</translation>
    </message>
    <message>
        <source>Journey map</source>
        <extracomment>stage id -&gt; survey measure lines, from the Voice of the customer figures.</extracomment>
        <translation>Mappa del percorso</translation>
    </message>
    <message>
        <source>{stages} stages · {lanes} lanes</source>
        <extracomment>The text colour on the highlight (the stage numbers). Casefolded search text; cards without it are dimmed. Stage id -&gt; what the evidence says against the map there. (lane id, stage id, position) where a dragged card would land. Viewport point of the pointer dragging ``drag_card``. (stage id, value) while the emotion point of a stage is dragged. Stage id -&gt; survey measure lines (&quot;NPS +12 (n = 48)&quot;) written at the top of the emotion lane.</extracomment>
        <translation>{stages} fasi · {lanes} corsie</translation>
    </message>
    <message>
        <source>{n} hidden</source>
        <translation>{n} nascoste</translation>
    </message>
    <message>
        <source>+ Add card</source>
        <translation>+ Aggiungi scheda</translation>
    </message>
    <message>
        <source>+ Add card or quote</source>
        <translation>+ Aggiungi scheda o citazione</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Osservato</translation>
    </message>
    <message>
        <source>Observed · {n} members ({share:.0%}) ›</source>
        <translation>Osservato · {n} membri ({share:.0%}) ›</translation>
    </message>
    <message>
        <source>Linked to evidence ›</source>
        <translation>Collegata alle evidenze ›</translation>
    </message>
    <message>
        <source>No evidence: click to set</source>
        <translation>Nessuna evidenza: fai clic per impostare</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>impostata da te</translation>
    </message>
    <message>
        <source>set by you · evidence {value} (n = {n})</source>
        <translation>impostata da te · evidenze {value} (n = {n})</translation>
    </message>
    <message>
        <source>from evidence (n = {n})</source>
        <translation>dalle evidenze (n = {n})</translation>
    </message>
    <message>
        <source>Double-click to rename; drag sideways to reorder; right-click for more.</source>
        <translation>Doppio clic per rinominare; trascina di lato per riordinare; clic destro per altro.</translation>
    </message>
    <message>
        <source>Double-click to rename; drag up or down to reorder; right-click for more.</source>
        <translation>Doppio clic per rinominare; trascina in su o in giù per riordinare; clic destro per altro.</translation>
    </message>
    <message>
        <source>Evidence proposes {value} from {n} scores.</source>
        <translation>Le evidenze propongono {value} da {n} punteggi.</translation>
    </message>
    <message>
        <source>No scores at this stage.</source>
        <translation>Nessun punteggio in questa fase.</translation>
    </message>
    <message>
        <source>Your value {value} wins over the evidence.</source>
        <translation>Il tuo valore {value} prevale sulle evidenze.</translation>
    </message>
    <message>
        <source>Click or drag to set it; right-click to reset.</source>
        <translation>Fai clic o trascina per impostarla; clic destro per ripristinarla.</translation>
    </message>
    <message>
        <source>Proposed from the members&apos; touchpoints.</source>
        <translation>Proposta dai punti di contatto dei membri.</translation>
    </message>
    <message>
        <source>Click the figures to list the members behind it.</source>
        <translation>Fai clic sulle cifre per elencare i membri che ci sono dietro.</translation>
    </message>
    <message>
        <source>Linked to a passage of the evidence.</source>
        <translation>Collegata a un passaggio delle evidenze.</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; drag to move; Delete removes it.</source>
        <translation>Doppio clic o F2 per modificare; trascina per spostare; Canc la rimuove.</translation>
    </message>
    <message>
        <source>Rename stage…</source>
        <translation>Rinomina fase…</translation>
    </message>
    <message>
        <source>Add stage before</source>
        <translation>Aggiungi fase prima</translation>
    </message>
    <message>
        <source>Add stage after</source>
        <translation>Aggiungi fase dopo</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Sposta a sinistra</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Sposta a destra</translation>
    </message>
    <message>
        <source>Remove stage…</source>
        <translation>Rimuovi fase…</translation>
    </message>
    <message>
        <source>Rename lane…</source>
        <translation>Rinomina corsia…</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation>Nascondi corsia</translation>
    </message>
    <message>
        <source>Add a lane below</source>
        <translation>Aggiungi una corsia sotto</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Remove lane…</source>
        <translation>Rimuovi corsia…</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifica testo</translation>
    </message>
    <message>
        <source>Show the members behind it…</source>
        <translation>Mostra i membri dietro questa scheda…</translation>
    </message>
    <message>
        <source>Open the linked evidence</source>
        <translation>Apri l&apos;evidenza collegata</translation>
    </message>
    <message>
        <source>Add a quote from the evidence…</source>
        <translation>Aggiungi una citazione dalle evidenze…</translation>
    </message>
    <message>
        <source>Set emotion…</source>
        <translation>Imposta emozione…</translation>
    </message>
    <message>
        <source>Reset to evidence</source>
        <translation>Ripristina dalle evidenze</translation>
    </message>
    <message>
        <source>Reset to evidence ({value}, n = {n})</source>
        <translation>Ripristina dalle evidenze ({value}, n = {n})</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <extracomment>A card made from a quote shows at most this many characters of the passage. The map now shown (a JourneyMap, or None), after every read: voc_lanes adds its measures.</extracomment>
        <translation>Mappe del percorso</translation>
    </message>
    <message>
        <source>New journey map…</source>
        <translation>Nuova mappa del percorso…</translation>
    </message>
    <message>
        <source>Build a journey map from a persona</source>
        <translation>Costruisci una mappa del percorso a partire da una persona</translation>
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
        <source>Compare emotions…</source>
        <translation>Confronta emozioni…</translation>
    </message>
    <message>
        <source>Overlay the emotion curves of several personas&apos; journeys</source>
        <translation>Sovrapponi le curve delle emozioni dei percorsi di più personas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Read-only project: journey maps can be viewed, not changed.</source>
        <translation>Progetto in sola lettura: le mappe del percorso si possono consultare, non modificare.</translation>
    </message>
    <message>
        <source>Find on the map</source>
        <translation>Trova nella mappa</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Corsie</translation>
    </message>
    <message>
        <source>Show or hide lanes, add a lane</source>
        <translation>Mostra o nascondi le corsie, aggiungi una corsia</translation>
    </message>
    <message>
        <source>Refresh observed</source>
        <translation>Aggiorna osservato</translation>
    </message>
    <message>
        <source>Compute the members&apos; observed journey again from the touchpoint events</source>
        <translation>Ricalcola dagli eventi di contatto il percorso osservato dei membri</translation>
    </message>
    <message>
        <source>Observed journey</source>
        <translation>Percorso osservato</translation>
    </message>
    <message>
        <source>Show what the persona&apos;s members really did beside the designed map</source>
        <translation>Mostra cosa hanno fatto davvero i membri della persona accanto alla mappa progettata</translation>
    </message>
    <message>
        <source>Could not show the map</source>
        <extracomment>Below this width the map gets the whole page; the observed journey is one click away.</extracomment>
        <translation>Impossibile mostrare la mappa</translation>
    </message>
    <message>
        <source>persona deleted</source>
        <translation>persona eliminata</translation>
    </message>
    <message>
        <source>observed {when}</source>
        <translation>osservato il {when}</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modifica non è stata eseguita</translation>
    </message>
    <message>
        <source>No journey maps yet</source>
        <translation>Ancora nessuna mappa del percorso</translation>
    </message>
    <message>
        <source>A journey map follows one persona from the discovery of their problem to the delivery of the solution, beside what its members really did. Create one from a persona.</source>
        <translation>Una mappa del percorso segue una persona dalla scoperta del suo problema alla consegna della soluzione, accanto a ciò che i suoi membri hanno fatto davvero. Creane una a partire da una persona.</translation>
    </message>
    <message>
        <source>Creating the journey map</source>
        <translation>Creazione della mappa del percorso</translation>
    </message>
    <message>
        <source>Computing the observed journey</source>
        <translation>Calcolo del percorso osservato</translation>
    </message>
    <message>
        <source>Rename journey map</source>
        <translation>Rinomina mappa del percorso</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Delete journey map</source>
        <translation>Elimina mappa del percorso</translation>
    </message>
    <message>
        <source>Delete the journey map “{name}” with its {n} cards? Undo (Ctrl+Z) brings it back; the persona and its data are kept.</source>
        <translation>Eliminare la mappa del percorso «{name}» con le sue {n} schede? Annulla (Ctrl+Z) la riporta indietro; la persona e i suoi dati restano.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>The journey map is back under a new number, as a newer map took its old one; earlier steps can no longer be undone.</source>
        <translation>La mappa del percorso è tornata con un nuovo numero, perché una mappa più recente ha preso il vecchio; i passaggi precedenti non si possono più annullare.</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>Esporta mappa del percorso</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image of the map (*.png)</source>
        <translation>PDF (*.pdf);;Immagine PNG della mappa (*.png)</translation>
    </message>
    <message>
        <source>Exporting the journey map</source>
        <translation>Esportazione della mappa del percorso</translation>
    </message>
    <message>
        <source>Map saved as {path}</source>
        <translation>Mappa salvata come {path}</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>The image could not be written to {path}. Choose a folder you can write to.</source>
        <translation>Impossibile scrivere l&apos;immagine in {path}. Scegli una cartella in cui puoi scrivere.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nuova fase</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Rimuovi fase</translation>
    </message>
    <message>
        <source>Remove the stage “{name}” with its {n} cards? You can undo this with Edit ▸ Undo.</source>
        <translation>Rimuovere la fase “{name}” con le sue {n} schede? Puoi annullare con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nuova corsia</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Rimuovi corsia</translation>
    </message>
    <message>
        <source>Remove the lane “{name}” with its {n} cards? You can undo this with Edit ▸ Undo.</source>
        <translation>Rimuovere la corsia “{name}” con le sue {n} schede? Puoi annullare con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <source>Emotion at “{stage}” (−2 very negative … +2 very positive):</source>
        <translation>Emozione in “{stage}” (−2 molto negativa … +2 molto positiva):</translation>
    </message>
    <message>
        <source>Add a lane…</source>
        <translation>Aggiungi una corsia…</translation>
    </message>
    <message>
        <source>The members of “{persona}” behind this friction point, found again in their touchpoint events.</source>
        <translation>I membri di “{persona}” dietro questo punto di attrito, ritrovati nei loro eventi di contatto.</translation>
    </message>
    <message>
        <source>Members behind the pain point</source>
        <translation>Membri dietro il punto critico</translation>
    </message>
    <message>
        <source>Finding the members behind a pain point</source>
        <translation>Ricerca dei membri dietro un punto critico</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>Reading the persona&apos;s quotes</source>
        <translation>Lettura delle citazioni della persona</translation>
    </message>
    <message>
        <source>No touchpoint events of this persona&apos;s members. Import an event log (customer, time, channel, action or stage) in the Data area, then refresh.</source>
        <translation>Nessun evento di contatto dei membri di questa persona. Importa un registro di eventi (cliente, data e ora, canale, azione o fase) nell&apos;area Dati, poi aggiorna.</translation>
    </message>
    <message>
        <source>{with_events} of {members} members have touchpoints · {events} events</source>
        <translation>{with_events} membri su {members} hanno punti di contatto · {events} eventi</translation>
    </message>
    <message>
        <source>{n} events could not be placed in a stage.</source>
        <translation>{n} eventi non hanno potuto essere collocati in una fase.</translation>
    </message>
    <message>
        <source>Where the map and the data disagree</source>
        <translation>Dove la mappa e i dati non concordano</translation>
    </message>
    <message>
        <source>Members seen at each stage</source>
        <translation>Membri osservati in ogni fase</translation>
    </message>
    <message>
        <source>↘ {n} drop out here ({share:.0%})</source>
        <translation>↘ {n} abbandonano qui ({share:.0%})</translation>
    </message>
    <message>
        <source>Channels per stage</source>
        <translation>Canali per fase</translation>
    </message>
    <message>
        <source>From channel to channel</source>
        <translation>Da canale a canale</translation>
    </message>
    <message>
        <source>The {n} most common changes of channel between a member&apos;s steps.</source>
        <translation>I {n} cambi di canale più frequenti tra un passaggio e l&apos;altro di un membro.</translation>
    </message>
    <message>
        <source>Stalls, repeats and bad experiences</source>
        <translation>Attese, ripetizioni ed esperienze negative</translation>
    </message>
    <message>
        <source>median wait {time}</source>
        <translation>attesa mediana {time}</translation>
    </message>
    <message>
        <source>{n} repeat</source>
        <translation>{n} ripetono</translation>
    </message>
    <message>
        <source>{share:.0%} negative</source>
        <translation>{share:.0%} negativi</translation>
    </message>
    <message>
        <source>Compare emotion curves</source>
        <translation>Confronta le curve delle emozioni</translation>
    </message>
    <message>
        <source>How each persona feels along the journey</source>
        <translation>Come si sente ogni persona lungo il percorso</translation>
    </message>
    <message>
        <source>Emotion from −2 (very negative) to +2 (very positive) per stage: the researcher&apos;s value where set, else the one proposed from scores. Stages with the same name are matched.</source>
        <translation>Emozione da −2 (molto negativa) a +2 (molto positiva) per fase: il valore impostato da chi fa la ricerca, se presente, altrimenti quello proposto dai punteggi. Le fasi con lo stesso nome vengono abbinate.</translation>
    </message>
    <message>
        <source>Tick at least one journey map.</source>
        <translation>Spunta almeno una mappa del percorso.</translation>
    </message>
    <message>
        <source>problem to solution</source>
        <translation>dal problema alla soluzione</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>classico</translation>
    </message>
    <message>
        <source>own template</source>
        <translation>modello personalizzato</translation>
    </message>
    <message>
        <source>{persona} · {template} · {stages} stages · {cards} cards</source>
        <translation>{persona} · {template} · {stages} fasi · {cards} schede</translation>
    </message>
    <message>
        <source>{label}: {with_churned} of {with_n} who hit it churned, {without_churned} of {without_n} who did not; risk ratio {ratio}; value at stake {value}. Click to list the members behind it.</source>
        <translation>{label}: hanno abbandonato {with_churned} su {with_n} di chi l&apos;ha incontrato, {without_churned} su {without_n} di chi no; rapporto di rischio {ratio}; valore in gioco {value}. Fai clic per elencarne i membri.</translation>
    </message>
    <message>
        <source>What the pain points cost</source>
        <extracomment>A pain point (map card id) was clicked: list its members.</extracomment>
        <translation>Quanto costano i punti critici</translation>
    </message>
    <message>
        <source>Churn among the members who hit each pain point or friction point against those who did not (risk ratio, 95% interval) and the value at stake. Red: surely more churn.</source>
        <translation>Abbandono tra i membri che hanno incontrato ogni punto critico o di attrito rispetto a chi no (rapporto di rischio, intervallo al 95%) e il valore in gioco. Rosso: sicuramente più abbandono.</translation>
    </message>
    <message>
        <source>Measuring what the pain points cost</source>
        <translation>Misura di quanto costano i punti critici</translation>
    </message>
    <message>
        <source>Costliest first. Click a pain point to list the members behind it.</source>
        <translation>Prima i più costosi. Fai clic su un punto critico per elencarne i membri.</translation>
    </message>
    <message>
        <source>Reading the stages&apos; measures</source>
        <translation>Lettura delle misure delle fasi</translation>
    </message>
    <message>
        <source>A lane with what front-line staff hear at each stage, from the sources and documents marked as front-line voice</source>
        <translation>Una corsia con ciò che il personale di contatto sente in ogni fase, dalle fonti e dai documenti segnati come voce del personale di contatto</translation>
    </message>
</context>
<context>
    <name>KSelection</name>
    <message>
        <source>The numbers of personas to try must be 2 or more.</source>
        <extracomment>Stable solutions whose gain is this close to the best are mentioned in the reason. A stable k whose gain is within this of the clearest one is preferred when smaller.</extracomment>
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
        <source>Weak structure: these personas split a continuum. For every k from {low} to {high} the silhouette is no better than for structureless data of the same shape (best gain {gain:+.2f} at k={best_k}, {needed:.2f} needed), so k={k}, the most stable (stability {stability:.2f}), is used: its personas are regions of one cloud of customers, not distinct groups.</source>
        <translation>Struttura debole: queste personas dividono un continuum. Per ogni k da {low} a {high} la silhouette non è migliore che su dati senza struttura della stessa forma (guadagno migliore {gain:+.2f} con k={best_k}, ne servono {needed:.2f}), quindi si usa k={k}, il più stabile (stabilità {stability:.2f}): le sue personas sono zone di un&apos;unica nuvola di clienti, non gruppi distinti.</translation>
    </message>
    <message>
        <source>Looking for structure in {subset}</source>
        <extracomment>Attribute names that describe what customers do (buy, visit, use), not who they are. At most this many attribute subsets are tried when the structure is weak. Attributes whose average association reaches this form a related subset.</extracomment>
        <translation>Ricerca di struttura in {subset}</translation>
    </message>
    <message>
        <source>behaviour: {names}</source>
        <translation>comportamento: {names}</translation>
    </message>
    <message>
        <source>the numbers: {names}</source>
        <translation>i numeri: {names}</translation>
    </message>
    <message>
        <source>the categories: {names}</source>
        <translation>le categorie: {names}</translation>
    </message>
    <message>
        <source>related attributes: {names}</source>
        <translation>attributi collegati: {names}</translation>
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
    <name>LinkDialog</name>
    <message>
        <source>Use</source>
        <extracomment>Roles whose columns never identify a person.</extracomment>
        <translation>Usa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Match by</source>
        <translation>Confronta per</translation>
    </message>
    <message>
        <source>Link customers</source>
        <extracomment>Calling codes offered for phone numbers written without one (Italy first). Linking finished: the LinkReport.</extracomment>
        <translation>Collega clienti</translation>
    </message>
    <message>
        <source>Tick the columns that identify a person in each source and choose how their values are compared. Rows whose values match become one customer. The identifier and e-mail columns are ticked for you.</source>
        <translation>Spunta le colonne che identificano una persona in ogni fonte e scegli come confrontarne i valori. Le righe con valori corrispondenti diventano un unico cliente. Le colonne identificativo ed e-mail sono già spuntate.</translation>
    </message>
    <message>
        <source>Key columns</source>
        <translation>Colonne chiave</translation>
    </message>
    <message>
        <source>Treat e-mail addresses that differ only by dots or a +tag as one (mario.rossi+shop@gmail.com = mariorossi@gmail.com)</source>
        <translation>Tratta come uguali gli indirizzi e-mail che differiscono solo per dei punti o un +tag (mario.rossi+shop@gmail.com = mariorossi@gmail.com)</translation>
    </message>
    <message>
        <source>Default phone country</source>
        <translation>Paese predefinito per i telefoni</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation>I numeri di telefono senza prefisso internazionale sono di:</translation>
    </message>
    <message>
        <source>Numbers without a prefix are read as Italian (+39).</source>
        <translation>I numeri senza prefisso vengono letti come italiani (+39).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Linking customers</source>
        <translation>Collegamento dei clienti</translation>
    </message>
    <message>
        <source>Could not link customers</source>
        <translation>Impossibile collegare i clienti</translation>
    </message>
    <message>
        <source>Linking stopped: no customer was changed.</source>
        <translation>Collegamento interrotto: nessun cliente è stato modificato.</translation>
    </message>
    <message>
        <source>Tick at least one column to link customers by.</source>
        <translation>Spunta almeno una colonna con cui collegare i clienti.</translation>
    </message>
    <message>
        <source>Stop linking</source>
        <translation>Interrompi il collegamento</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
</context>
<context>
    <name>LinkReport</name>
    <message>
        <source>Linking report (run {id})</source>
        <extracomment>The user asked to undo the run shown (its id). Resolve a conflict by hand: open one of its customers, or merge them all.</extracomment>
        <translation>Rapporto di collegamento (esecuzione {id})</translation>
    </message>
    <message>
        <source>{after} customers found. {merged} customer records were merged into others ({before} before linking).</source>
        <translation>Trovati {after} clienti. {merged} record di clienti sono stati uniti ad altri ({before} prima del collegamento).</translation>
    </message>
    <message>
        <source>Linked by {keys}.</source>
        <translation>Collegati per {keys}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abbinate</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Non abbinate</translation>
    </message>
    <message>
        <source>Matched share</source>
        <translation>Quota abbinata</translation>
    </message>
    <message>
        <source>Rows that share a key value with a row of another customer record.</source>
        <translation>Righe che condividono un valore chiave con una riga di un altro record cliente.</translation>
    </message>
    <message>
        <source>Rows that matched no other record: they stay a customer of their own.</source>
        <translation>Righe che non corrispondono a nessun altro record: restano un cliente a sé.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Rows matched</source>
        <translation>Righe abbinate</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>uniti</translation>
    </message>
    <message>
        <source>kept apart</source>
        <translation>tenuti separati</translation>
    </message>
    <message>
        <source>A conflict is a key value shared by rows with different identifiers in the same source (for example one e-mail address on two customer ids). Check them on the customer pages and merge or split by hand.</source>
        <translation>Un conflitto è un valore chiave condiviso da righe con identificativi diversi nella stessa fonte (ad esempio un indirizzo e-mail su due id cliente). Controllale nelle pagine dei clienti e unisci o separa a mano.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nessun conflitto.</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Apri cliente</translation>
    </message>
    <message>
        <source>Show the first customer of the selected conflict, to split rows off by hand (double-click a conflict does the same).</source>
        <translation>Mostra il primo cliente del conflitto selezionato, per separarne a mano delle righe (lo stesso si ottiene con un doppio clic sul conflitto).</translation>
    </message>
    <message>
        <source>Merge these customers</source>
        <translation>Unisci questi clienti</translation>
    </message>
    <message>
        <source>They are the same person after all: merge the customers of the selected conflict (Edit ▸ Undo splits them again).</source>
        <translation>In realtà sono la stessa persona: unisci i clienti del conflitto selezionato (Modifica ▸ Annulla li separa di nuovo).</translation>
    </message>
    <message>
        <source>Undo this run</source>
        <translation>Annulla questo collegamento</translation>
    </message>
    <message>
        <source>Split the customers this run merged back apart (also Edit ▸ Undo).</source>
        <translation>Separa di nuovo i clienti che questo collegamento ha unito (anche con Modifica ▸ Annulla).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Rows per source</source>
        <translation>Righe per fonte</translation>
    </message>
    <message>
        <source>Rows matched per rule</source>
        <translation>Righe abbinate per regola</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Conflitti ({count})</translation>
    </message>
    <message>
        <source>This run was undone.</source>
        <translation>Questo collegamento è stato annullato.</translation>
    </message>
    <message>
        <source>Undone: {count} customers restored.</source>
        <translation>Annullato: {count} clienti ripristinati.</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message>
        <source>expected SOURCE:COLUMN or SOURCE:COLUMN:RULE, got &apos;{text}&apos;</source>
        <translation>atteso SOURCE:COLUMN o SOURCE:COLUMN:RULE, ricevuto &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>expected SOURCE:ROW[,SOURCE:ROW...], got &apos;{text}&apos;</source>
        <translation>atteso SOURCE:ROW[,SOURCE:ROW...], ricevuto &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Linking run {id} undone: {n} customers restored.</source>
        <translation>Collegamento {id} annullato: {n} clienti ripristinati.</translation>
    </message>
    <message>
        <source>Proposal {id} accepted: customers {merged} merged into {survivor} (decision {decision}; undo with &apos;workbench customer PROJECT --undo {decision}&apos;).</source>
        <translation>Proposta {id} accettata: clienti {merged} uniti in {survivor} (decisione {decision}; per annullare usa &apos;workbench customer PROGETTO --undo {decision}&apos;).</translation>
    </message>
    <message>
        <source>Proposal {id} rejected: it will not be proposed again.</source>
        <translation>Proposta {id} rifiutata: non verrà più proposta.</translation>
    </message>
    <message>
        <source>No --key given: linking by every identifier column (id) and every e-mail column (email).</source>
        <translation>Nessuna --key indicata: collego con ogni colonna identificativa (id) e ogni colonna e-mail (email).</translation>
    </message>
    <message>
        <source>No fuzzy match proposals.</source>
        <translation>Nessuna proposta di corrispondenza approssimativa.</translation>
    </message>
    <message>
        <source>Fuzzy match proposals ({n}); accept with --accept N, reject with --reject N:</source>
        <translation>Proposte di corrispondenza approssimativa ({n}); accetta con --accept N, rifiuta con --reject N:</translation>
    </message>
    <message>
        <source>  {id}: customer {a} &apos;{value_a}&apos; ~ customer {b} &apos;{value_b}&apos; (score {score:.1f}, {key})</source>
        <translation>  {id}: cliente {a} &apos;{value_a}&apos; ~ cliente {b} &apos;{value_b}&apos; (punteggio {score:.1f}, {key})</translation>
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
        <source>  {source} row {row} matches customers {customers} by different keys (merged; split them with &apos;workbench customer --split&apos; if wrong)</source>
        <translation>  {source} riga {row} corrisponde ai clienti {customers} con chiavi diverse (uniti; separali con &apos;workbench customer --split&apos; se è sbagliato)</translation>
    </message>
    <message>
        <source>  {source}:{column} &apos;{value}&apos; is shared by customers {customers}, kept apart by a split</source>
        <translation>  {source}:{column} &apos;{value}&apos; è condiviso dai clienti {customers}, tenuti distinti da una separazione</translation>
    </message>
    <message>
        <source>  {source}:{column} &apos;{value}&apos; is shared by customers {customers} with different identifiers (merged by {rule})</source>
        <translation>  {source}:{column} &apos;{value}&apos; è condiviso dai clienti {customers} con identificativi diversi (uniti con la regola {rule})</translation>
    </message>
    <message>
        <source>  {source}:{column} &apos;{value}&apos; is shared by customers {customers} with different identifiers (not merged; merge them with &apos;workbench customer --merge&apos; if they are one person)</source>
        <translation>  {source}:{column} &apos;{value}&apos; è condiviso dai clienti {customers} con identificativi diversi (non uniti; uniscili con &apos;workbench customer --merge&apos; se sono la stessa persona)</translation>
    </message>
    <message>
        <source> matching &apos;{text}&apos;</source>
        <extracomment>Customers listed by &apos;workbench customer PROJECT&apos; without an ID.</extracomment>
        <translation> per &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>One customer{matching}.</source>
        <translation>Un cliente{matching}.</translation>
    </message>
    <message>
        <source>{n} customers{matching}. Run &apos;workbench customer PROJECT ID&apos; for one of them.</source>
        <translation>{n} clienti{matching}. Esegui &apos;workbench customer PROJECT ID&apos; per uno di loro.</translation>
    </message>
    <message>
        <source>{id:&gt;7}  {label}  ({sources} sources, {contacts} touchpoints, {documents} documents)</source>
        <translation>{id:&gt;7}  {label}  ({sources} fonti, {contacts} punti di contatto, {documents} documenti)</translation>
    </message>
    <message>
        <source>…and {n} more (narrow them with --search).</source>
        <translation>…e altri {n} (restringi con --search).</translation>
    </message>
    <message>
        <source>Decision {id} undone ({n} customers or rows restored).</source>
        <translation>Decisione {id} annullata ({n} clienti o righe ripristinati).</translation>
    </message>
    <message>
        <source>Customers {merged} merged into {survivor} (decision {id}).</source>
        <translation>Clienti {merged} uniti in {survivor} (decisione {id}).</translation>
    </message>
    <message>
        <source>--split needs --rows SOURCE:ROW[,SOURCE:ROW...].</source>
        <translation>--split richiede --rows SOURCE:ROW[,SOURCE:ROW...].</translation>
    </message>
    <message>
        <source>{n} rows of customer {id} moved to new customer {new} (decision {decision}).</source>
        <translation>{n} righe del cliente {id} spostate nel nuovo cliente {new} (decisione {decision}).</translation>
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
        <source>Sources disagree ({n}):</source>
        <translation>Le fonti non concordano ({n}):</translation>
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
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>fits no persona</source>
        <translation>non aderisce a nessuna persona</translation>
    </message>
    <message>
        <source>Refusing to erase customer {id} without confirmation: add --yes to erase without asking.</source>
        <translation>Il cliente {id} non viene cancellato senza conferma: aggiungi --yes per cancellarlo senza chiedere.</translation>
    </message>
    <message>
        <source>Erase customer {id} ({label}): {rows} rows, {documents} documents, {touchpoints} touchpoints, for good? Type &apos;yes&apos; to confirm: </source>
        <translation>Cancellare definitivamente il cliente {id} ({label}): {rows} righe, {documents} documenti, {touchpoints} punti di contatto? Scrivi &apos;sì&apos; per confermare: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Non è stato cancellato nulla.</translation>
    </message>
    <message>
        <source>Customer {id} erased (erasure {erasure}, {when}).</source>
        <translation>Cliente {id} cancellato (cancellazione {erasure}, {when}).</translation>
    </message>
    <message>
        <source>Another program has the project open: the erased values leave the write-ahead file when it closes the project.</source>
        <translation>Un altro programma ha il progetto aperto: i valori cancellati usciranno dal file write-ahead quando chiuderà il progetto.</translation>
    </message>
    <message>
        <source>Deleted {n} older automatic backups that still held this customer; the project is backed up as it is now in {backup}.</source>
        <translation>Eliminati {n} backup automatici precedenti che contenevano ancora questo cliente; il backup del progetto com&apos;è ora è in {backup}.</translation>
    </message>
    <message>
        <source>{n} automatic backups taken before now still hold this customer: run again with --purge-backups, or delete them, if the request covers backups.</source>
        <translation>{n} backup automatici fatti prima di adesso contengono ancora questo cliente: riesegui con --purge-backups, o eliminali, se la richiesta riguarda anche i backup.</translation>
    </message>
    <message>
        <source>No sources or touchpoints yet.</source>
        <translation>Ancora nessuna fonte o punto di contatto.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>touchpoint channel</source>
        <translation>canale di contatto</translation>
    </message>
    <message>
        <source>{name} ({kind}): {customers} customers, {contacts} contacts, {missing:.0%} missing</source>
        <translation>{name} ({kind}): {customers} clienti, {contacts} contatti, {missing:.0%} mancanti</translation>
    </message>
    <message>
        <source>  {field}: {share:.0%} missing ({missing} of {total})</source>
        <translation>  {field}: {share:.0%} mancanti ({missing} su {total})</translation>
    </message>
    <message>
        <source>Link customers across sources: rows whose key values match become one customer. Prints the linking report.</source>
        <translation>Collega i clienti tra le fonti: le righe con valori chiave uguali diventano un solo cliente. Stampa il rapporto di collegamento.</translation>
    </message>
    <message>
        <source>project file</source>
        <translation>file di progetto</translation>
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
        <source>propose customers whose names in this column look alike (repeat to compare columns of several sources); lists numbered proposals, merges nothing</source>
        <translation>propone i clienti i cui nomi in questa colonna si somigliano (ripetilo per confrontare colonne di più fonti); elenca proposte numerate, non unisce nulla</translation>
    </message>
    <message>
        <source>country calling code given to phone numbers written without one (default 39, Italy; 44 for the United Kingdom...)</source>
        <translation>prefisso internazionale assegnato ai numeri di telefono scritti senza (predefinito 39, Italia; 44 per il Regno Unito...)</translation>
    </message>
    <message>
        <source>fuzzy match score from 1 to 100 a pair of names needs to be proposed (default 90)</source>
        <translation>punteggio di corrispondenza approssimativa, da 1 a 100, che una coppia di nomi deve raggiungere per essere proposta (predefinito 90)</translation>
    </message>
    <message>
        <source>accept fuzzy proposal N: merge its two customers (undo with &apos;workbench customer --undo&apos;)</source>
        <translation>accetta la proposta approssimativa N: unisce i suoi due clienti (annulla con &apos;workbench customer --undo&apos;)</translation>
    </message>
    <message>
        <source>reject fuzzy proposal N: it is not proposed again</source>
        <translation>rifiuta la proposta approssimativa N: non verrà più proposta</translation>
    </message>
    <message>
        <source>do not show progress</source>
        <translation>non mostra l&apos;avanzamento</translation>
    </message>
    <message>
        <source>Print everything known about one customer (attributes with their source, disagreements between sources, documents, touchpoints, personas), or merge, split and undo by hand.</source>
        <translation>Stampa tutto ciò che si sa di un cliente (attributi con la loro fonte, disaccordi tra le fonti, documenti, punti di contatto, personas), oppure unisce, separa e annulla a mano.</translation>
    </message>
    <message>
        <source>customer id (without it, the customers are listed)</source>
        <translation>id del cliente (senza, vengono elencati i clienti)</translation>
    </message>
    <message>
        <source>without an ID: list only the customers whose id, name, e-mail or phone matches TEXT</source>
        <translation>senza un ID: elenca solo i clienti il cui id, nome, e-mail o telefono corrisponde a TEXT</translation>
    </message>
    <message>
        <source>merge these customers into one (the lowest id keeps everything); kept when linking runs again</source>
        <translation>unisce questi clienti in uno solo (l&apos;id più basso mantiene tutto); l&apos;unione resta anche quando il collegamento viene rieseguito</translation>
    </message>
    <message>
        <source>move --rows of customer ID into a new customer; linking never merges them back</source>
        <translation>sposta le --rows del cliente ID in un nuovo cliente; il collegamento non li riunirà mai</translation>
    </message>
    <message>
        <source>rows for --split: source id or file name and row number, comma-separated (e.g. survey.csv:2,3:14)</source>
        <translation>righe per --split: id o nome file della fonte e numero di riga, separati da virgole (es. survey.csv:2,3:14)</translation>
    </message>
    <message>
        <source>undo a merge, split, accepted proposal or linking run (the newest one in effect)</source>
        <translation>annulla un&apos;unione, una separazione, una proposta accettata o un collegamento (il più recente in vigore)</translation>
    </message>
    <message>
        <source>Erase one customer everywhere (GDPR request): source rows, documents, touchpoints, persona memberships, link records. Logs when and how much, never who.</source>
        <translation>Cancella un cliente ovunque (richiesta GDPR): righe delle fonti, documenti, punti di contatto, appartenenze alle personas, dati di collegamento. Registra quando e quanto, mai chi.</translation>
    </message>
    <message>
        <source>do not ask for confirmation (needed when not run from a terminal)</source>
        <translation>non chiede conferma (necessario quando non è eseguito da un terminale)</translation>
    </message>
    <message>
        <source>also delete the project&apos;s older automatic backups, which still hold the customer, after backing the project up as it is now (backups saved elsewhere are not touched)</source>
        <translation>elimina anche i backup automatici precedenti del progetto, che contengono ancora il cliente, dopo aver fatto un backup del progetto com&apos;è ora (i backup salvati altrove non vengono toccati)</translation>
    </message>
    <message>
        <source>Channel overview: per source and touchpoint channel, customers, contacts and the share of missing values per field.</source>
        <translation>Panoramica dei canali: per fonte e canale di contatto, clienti, contatti e quota di valori mancanti per campo.</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation>id cliente</translation>
    </message>
    <message>
        <source>Two or more sources are called &apos;{source}&apos;: use the source id. Sources: {sources}.</source>
        <extracomment>Characters of each document shown in the customer view. &quot;shared_value&quot; (one value, different identifiers in one source), &quot;kept_apart&quot; (customers sharing a key left apart by a split) or &quot;row_matches_two&quot; (one row whose keys match different customers; row_number says which). The keys as used: {&quot;source_id&quot;, &quot;source&quot;, &quot;column&quot;, &quot;rule&quot;}. rule -&gt; rows that matched another customer&apos;s row by that rule (row number in the file, {column header: value}) {&quot;title&quot;, &quot;excerpt&quot;, &quot;length&quot;, &quot;file_name&quot;, &quot;sheet&quot;, &quot;source_row&quot;} {&quot;occurred_at&quot;, &quot;channel&quot;, &quot;action&quot;, &quot;outcome&quot;, &quot;score&quot;, &quot;file_name&quot;, &quot;source_row&quot;}</extracomment>
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
        <source>&apos;{code}&apos; is not a country calling code: give its digits, such as 39 for Italy or 44 for the United Kingdom.</source>
        <translation>&apos;{code}&apos; non è un prefisso internazionale: indicane le cifre, ad esempio 39 per l&apos;Italia o 44 per il Regno Unito.</translation>
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
        <translation>Completamento…</translation>
    </message>
    <message>
        <source>There is no linking run or decision {id}.</source>
        <translation>Non esiste un collegamento o una decisione {id}.</translation>
    </message>
    <message>
        <source>Undo the later linking runs and decisions first: {runs}.</source>
        <translation>Annulla prima i collegamenti e le decisioni successivi: {runs}.</translation>
    </message>
    <message>
        <source>Choose two or more different customers to merge.</source>
        <translation>Scegli due o più clienti diversi da unire.</translation>
    </message>
    <message>
        <source>manual merge</source>
        <translation>unione manuale</translation>
    </message>
    <message>
        <source>Choose the rows to move to a new customer.</source>
        <translation>Scegli le righe da spostare in un nuovo cliente.</translation>
    </message>
    <message>
        <source>Rows {rows} do not belong to customer {id}. Its rows are: {own}.</source>
        <translation>Le righe {rows} non appartengono al cliente {id}. Le sue righe sono: {own}.</translation>
    </message>
    <message>
        <source>Leave at least one row with customer {id}: a split moves some of its rows, not all.</source>
        <translation>Lascia almeno una riga al cliente {id}: una separazione sposta alcune delle sue righe, non tutte.</translation>
    </message>
    <message>
        <source>Choose at least one name column for fuzzy matching.</source>
        <extracomment>&quot;SOURCE:COLUMN&quot; the names were read from. &quot;open&quot;, &quot;accepted&quot; or &quot;rejected&quot;. Each side&apos;s source row, name as written and current customer (None if erased).</extracomment>
        <translation>Scegli almeno una colonna di nomi per la corrispondenza approssimativa.</translation>
    </message>
    <message>
        <source>The threshold must be between 1 and 100, not {value}.</source>
        <translation>La soglia deve essere tra 1 e 100, non {value}.</translation>
    </message>
    <message>
        <source>Comparing names…</source>
        <translation>Confronto dei nomi…</translation>
    </message>
    <message>
        <source>Storing proposals…</source>
        <translation>Salvataggio delle proposte…</translation>
    </message>
    <message>
        <source>There is no fuzzy match proposal {id}.</source>
        <translation>Non esiste la proposta di corrispondenza approssimativa {id}.</translation>
    </message>
    <message>
        <source>Proposal {id} was already accepted.</source>
        <translation>La proposta {id} è già stata accettata.</translation>
    </message>
    <message>
        <source>Proposal {id} was already rejected.</source>
        <translation>La proposta {id} è già stata rifiutata.</translation>
    </message>
    <message>
        <source>Proposal {id} no longer names two different customers: run fuzzy matching again.</source>
        <translation>La proposta {id} non indica più due clienti diversi: esegui di nuovo la corrispondenza approssimativa.</translation>
    </message>
    <message>
        <source>Proposal {id} is not rejected.</source>
        <translation>La proposta {id} non è rifiutata.</translation>
    </message>
    <message>
        <source>Linking run {id} was already undone.</source>
        <translation>Il collegamento {id} è già stato annullato.</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <extracomment>&quot;merge&quot;, &quot;split&quot; or &quot;fuzzy&quot; (an accepted fuzzy proposal). The customer that remains (merge) or was split. Merged into customer_id (merge), or the new customer holding the moved rows (split).</extracomment>
        <translation>Non esiste il cliente {id}.</translation>
    </message>
</context>
<context>
    <name>Living</name>
    <message>
        <source>Fit, {day}</source>
        <extracomment>Rows of a table shown before it scrolls.</extracomment>
        <translation>Creazione, {day}</translation>
    </message>
    <message>
        <source>Assignment, {day} — {n} new</source>
        <translation>Assegnazione, {day} — {n} nuovi</translation>
    </message>
    <message>
        <source>{label} (run {id})</source>
        <translation>{label} (esecuzione {id})</translation>
    </message>
    <message>
        <source>{new} new customers, {moved} moved to another persona or to fitting none, {gone} gone, {stayed} stayed. Profile lines that shifted: {shifted}.</source>
        <translation>{new} nuovi clienti, {moved} spostati in un&apos;altra persona o in nessuna, {gone} usciti, {stayed} rimasti. Righe di profilo mutate: {shifted}.</translation>
    </message>
    <message>
        <source>Persona</source>
        <extracomment>Columns aligned right (figures).</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>{attribute} = {level}</source>
        <translation>{attribute} = {level}</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributo</translation>
    </message>
    <message>
        <source>Effect then</source>
        <translation>Effetto prima</translation>
    </message>
    <message>
        <source>Effect now</source>
        <translation>Effetto ora</translation>
    </message>
    <message>
        <source>Value then → now</source>
        <translation>Valore prima → ora</translation>
    </message>
    <message>
        <source>Shifted</source>
        <translation>Mutato</translation>
    </message>
    <message>
        <source>Standardised effect against the other personas&apos; members (Cohen&apos;s d for numbers, Cohen&apos;s h for a category&apos;s share): {then} then, {now} now. A change of 0.2 or more counts as a shift.</source>
        <translation>Effetto standardizzato rispetto ai membri delle altre persona (d di Cohen per i numeri, h di Cohen per la quota di una categoria): {then} prima, {now} ora. Una variazione di 0,2 o più conta come mutamento.</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <extracomment>A comparison was shown (the DriftReport).</extracomment>
        <translation>Esecuzione precedente</translation>
    </message>
    <message>
        <source>Later run</source>
        <translation>Esecuzione successiva</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Drift compares two runs. Assign new customers to see how the personas change.</source>
        <translation>La deriva confronta due esecuzioni. Assegna i nuovi clienti per vedere come cambiano le persona.</translation>
    </message>
    <message>
        <source>Persona sizes</source>
        <translation>Dimensioni delle persona</translation>
    </message>
    <message>
        <source>Who moved where</source>
        <translation>Chi si è spostato dove</translation>
    </message>
    <message>
        <source>Bands are as wide as the customers they carry; point at one to read it.</source>
        <translation>Le bande sono larghe quanto i clienti che portano; punta su una per leggerla.</translation>
    </message>
    <message>
        <source>Profiles then and now</source>
        <translation>Profili prima e ora</translation>
    </message>
    <message>
        <source>Comparing two runs of the persona set</source>
        <translation>Confronto di due esecuzioni dell&apos;insieme di persona</translation>
    </message>
    <message>
        <source>Comparing the runs…</source>
        <translation>Confronto delle esecuzioni…</translation>
    </message>
    <message>
        <source>The runs could not be compared: {error}</source>
        <translation>Le esecuzioni non possono essere confrontate: {error}</translation>
    </message>
    <message>
        <source>Each line compares a persona&apos;s members with the other personas&apos; members, once with the earlier run&apos;s members and once with the later run&apos;s, on the attributes as they are now. Shifted: the effect moved by 0.2 or more.</source>
        <translation>Ogni riga confronta i membri di una persona con quelli delle altre persona, una volta con i membri dell&apos;esecuzione precedente e una volta con quelli della successiva, sugli attributi come sono ora. Mutato: l&apos;effetto si è spostato di 0,2 o più.</translation>
    </message>
    <message>
        <source>No attribute of the set could be compared (none is in the project any more).</source>
        <translation>Nessun attributo dell&apos;insieme è confrontabile (nessuno è più nel progetto).</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Lettura delle esecuzioni…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Usciti</translation>
    </message>
    <message>
        <source>Fits none</source>
        <translation>In nessuna</translation>
    </message>
    <message>
        <source>Persona {n}</source>
        <translation>Persona {n}</translation>
    </message>
    <message>
        <source>Customers not in the earlier run (imported since).</source>
        <translation>Clienti assenti nell&apos;esecuzione precedente (importati dopo).</translation>
    </message>
    <message>
        <source>Customers in the earlier run that are no longer in the project, or no longer placed.</source>
        <translation>Clienti dell&apos;esecuzione precedente che non sono più nel progetto o non sono più collocati.</translation>
    </message>
    <message>
        <source>Customers placed but fitting no persona well.</source>
        <translation>Clienti collocati ma che non si adattano bene a nessuna persona.</translation>
    </message>
    <message>
        <source>{n} customers: {source} → {target}</source>
        <translation>{n} clienti: {source} → {target}</translation>
    </message>
    <message>
        <source>Flow of customers between personas</source>
        <translation>Flusso dei clienti tra le persona</translation>
    </message>
    <message>
        <source>{name}: {n} customers before</source>
        <translation>{name}: {n} clienti prima</translation>
    </message>
    <message>
        <source>{name}: {n} customers after</source>
        <translation>{name}: {n} clienti dopo</translation>
    </message>
    <message>
        <source>No new customers to place; {moved} customers moved to another persona (or to fitting none).</source>
        <extracomment>Why the set cannot place customers (&quot;&quot; when it can). Customers added since the set&apos;s last run that it has not placed.</extracomment>
        <translation>Nessun nuovo cliente da collocare; {moved} clienti si sono spostati in un&apos;altra persona (o in nessuna).</translation>
    </message>
    <message>
        <source>{placed} customers placed: {joined} joined a persona, {none} fit none; {moved} moved.</source>
        <translation>{placed} clienti collocati: {joined} entrati in una persona, {none} non adatti a nessuna; {moved} spostati.</translation>
    </message>
    <message>
        <source>{n} customers added since the last run ({run}).</source>
        <translation>{n} clienti aggiunti dall&apos;ultima esecuzione ({run}).</translation>
    </message>
    <message>
        <source>{n} customers not placed in this set yet.</source>
        <translation>{n} clienti non ancora collocati in questo insieme.</translation>
    </message>
    <message>
        <source>No customers added since the last run ({run}).</source>
        <translation>Nessun cliente aggiunto dall&apos;ultima esecuzione ({run}).</translation>
    </message>
    <message>
        <source>Assign new customers to “{name}”</source>
        <translation>Assegna i nuovi clienti a “{name}”</translation>
    </message>
    <message>
        <source>Assign new customers…</source>
        <translation>Assegna i nuovi clienti…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambiamenti</translation>
    </message>
    <message>
        <source>How the personas changed between two runs: sizes, who moved where, and shifted profiles</source>
        <translation>Come sono cambiate le persona tra due esecuzioni: dimensioni, chi si è spostato dove e profili mutati</translation>
    </message>
    <message>
        <source>Reading the persona set&apos;s runs</source>
        <translation>Lettura delle esecuzioni dell&apos;insieme di persona</translation>
    </message>
    <message>
        <source>As of the latest assignment ({run}).</source>
        <translation>Secondo l&apos;ultima assegnazione ({run}).</translation>
    </message>
    <message>
        <source>Choose a persona set first.</source>
        <translation>Scegli prima un insieme di persona.</translation>
    </message>
    <message>
        <source>Read-only project: customers cannot be assigned.</source>
        <translation>Progetto in sola lettura: i clienti non possono essere assegnati.</translation>
    </message>
    <message>
        <source>Assigning the customers…</source>
        <translation>Assegnazione dei clienti…</translation>
    </message>
    <message>
        <source>Reading the persona set…</source>
        <translation>Lettura dell&apos;insieme di persona…</translation>
    </message>
    <message>
        <source>Place the {n} customers added since the last run in these personas, with the rule the set was made with (no re-clustering). Customers whose attributes changed may move.</source>
        <translation>Colloca in queste persona i {n} clienti aggiunti dall&apos;ultima esecuzione, con la regola con cui è stato creato l&apos;insieme (senza rifare il clustering). I clienti i cui attributi sono cambiati possono spostarsi.</translation>
    </message>
    <message>
        <source>No customers were added since the last run. Assigning again places customers whose attributes changed.</source>
        <translation>Nessun cliente è stato aggiunto dall&apos;ultima esecuzione. Assegnare di nuovo ricolloca i clienti i cui attributi sono cambiati.</translation>
    </message>
    <message>
        <source>Assign {n} new customers…</source>
        <translation>Assegna {n} nuovi clienti…</translation>
    </message>
    <message>
        <source>Assigning new customers</source>
        <translation>Assegnazione dei nuovi clienti</translation>
    </message>
    <message>
        <source>Could not assign the customers</source>
        <translation>Impossibile assegnare i clienti</translation>
    </message>
    <message>
        <source>Assigning the customers was cancelled: nothing was changed.</source>
        <translation>L&apos;assegnazione dei clienti è stata annullata: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Could not undo the assignment</source>
        <translation>Impossibile annullare l&apos;assegnazione</translation>
    </message>
    <message>
        <source>Assignment undone: the personas have their members from before it.</source>
        <translation>Assegnazione annullata: le persona hanno di nuovo i membri di prima.</translation>
    </message>
    <message>
        <source>Show changes between runs</source>
        <translation>Mostra i cambiamenti tra le esecuzioni</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Persona Workbench project (*{suffix})</source>
        <extracomment>The key sequences owned by the window&apos;s actions (see _claim_shortcuts). A changed project at least this large (with its -wal) is backed up on close in the background; a smaller copy takes a few milliseconds, even on a slow disk.</extracomment>
        <translation>Progetto Persona Workbench (*{suffix})</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <extracomment>An opening started with start_opening has ended (shown, explained or cancelled). False in the headless self-test: messages are recorded, never shown modally. (kind, title, text) of every message shown, newest last. The project being opened in the background (see start_opening). Every opening whose worker has not reported back yet (superseded ones too). Projects closing in the background (their backup grows with the project). File ▸ Export report… (made when first used).</extracomment>
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
        <source>Open &amp;sample project…</source>
        <translation>Apri progetto di e&amp;sempio…</translation>
    </message>
    <message>
        <source>Explore the sample project read-only, or work on a copy of it</source>
        <translation>Esplora il progetto di esempio in sola lettura, oppure lavora su una sua copia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Import a spreadsheet or survey export into the project</source>
        <translation>Importa nel progetto un foglio di calcolo o un&apos;esportazione di sondaggio</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <source>Export what the current area shows (PDF, PNG, CSV, XLSX)</source>
        <translation>Esporta ciò che mostra l&apos;area corrente (PDF, PNG, CSV, XLSX)</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Esporta rappor&amp;to…</translation>
    </message>
    <message>
        <source>The whole study as one PDF: method, persona cards, journey maps and the evidence behind them</source>
        <translation>L&apos;intero studio in un unico PDF: metodo, schede persona, mappe del percorso e le evidenze che le sostengono</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Language, theme, backups and the export folder</source>
        <translation>Lingua, tema, backup e cartella di esportazione</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Search in the current area</source>
        <translation>Cerca nell&apos;area corrente</translation>
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
        <source>&amp;Guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>A short guide to Persona Workbench</source>
        <translation>Una breve guida a Persona Workbench</translation>
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
        <source>Opening {name}</source>
        <translation>Apertura di {name}</translation>
    </message>
    <message>
        <source>The project is shown once it has been checked for damage and backed up.</source>
        <translation>Il progetto viene mostrato dopo il controllo dei danni e il backup.</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Impossibile aprire il progetto</translation>
    </message>
    <message>
        <source>Opening {path} was cancelled.</source>
        <translation>L&apos;apertura di {path} è stata annullata.</translation>
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
        <source>Opened {path}: {customers} customers</source>
        <translation>Aperto {path}: {customers} clienti</translation>
    </message>
    <message>
        <source>Backing up {name}</source>
        <translation>Backup di {name}</translation>
    </message>
    <message>
        <source>The project is closed; this backup of the session runs in the background. Cancel skips it (the project itself is safe).</source>
        <translation>Il progetto è chiuso; questo backup della sessione procede in background. Annulla lo salta (il progetto in sé è al sicuro).</translation>
    </message>
    <message>
        <source>The new language is used the next time Persona Workbench starts.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di Persona Workbench.</translation>
    </message>
    <message>
        <source>Waiting for the backup of the last session…</source>
        <extracomment>What the work opened; set in the worker&apos;s thread as soon as it exists, so a window closing meanwhile can still close it (and release the lock). The same file closing in the background: the opening waits for it first.</extracomment>
        <translation>In attesa del backup dell&apos;ultima sessione…</translation>
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
        <source>Explore read-only</source>
        <translation>Esplora in sola lettura</translation>
    </message>
    <message>
        <source>The sample project is an omnichannel retailer&apos;s research, already imported, linked, coded and clustered into personas.

Explore it read-only, continue with your working copy ({path}), or replace that copy with a fresh one (your changes to it are lost). The original sample is never changed.</source>
        <translation>Il progetto di esempio è la ricerca di un rivenditore omnicanale, già importata, collegata, codificata e raggruppata in personas.

Esploralo in sola lettura, continua con la tua copia di lavoro ({path}) oppure sostituisci quella copia con una nuova (le modifiche che vi hai fatto andranno perse). Il progetto di esempio originale non viene mai modificato.</translation>
    </message>
    <message>
        <source>Open my working copy</source>
        <translation>Apri la mia copia di lavoro</translation>
    </message>
    <message>
        <source>Start over with a fresh copy</source>
        <translation>Ricomincia con una copia nuova</translation>
    </message>
    <message>
        <source>The sample project is an omnichannel retailer&apos;s research, already imported, linked, coded and clustered into personas.

Explore it read-only, or make a working copy ({path}) where you can try every feature. The original sample is never changed.</source>
        <translation>Il progetto di esempio è la ricerca di un rivenditore omnicanale, già importata, collegata, codificata e raggruppata in personas.

Esploralo in sola lettura, oppure crea una copia di lavoro ({path}) in cui provare ogni funzione. Il progetto di esempio originale non viene mai modificato.</translation>
    </message>
    <message>
        <source>Make a working copy</source>
        <translation>Crea una copia di lavoro</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Apri il progetto di esempio</translation>
    </message>
    <message>
        <source>Preparing the sample project</source>
        <translation>Preparazione del progetto di esempio</translation>
    </message>
    <message>
        <source>There is nothing to search in this area.</source>
        <translation>In quest&apos;area non c&apos;è nulla da cercare.</translation>
    </message>
    <message>
        <source>There is nothing to export in this area.</source>
        <translation>In quest&apos;area non c&apos;è nulla da esportare.</translation>
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
    <name>Measures</name>
    <message>
        <source>NPS</source>
        <extracomment>Rows named in a &quot;does not fit the scale&quot; message.</extracomment>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Star rating</source>
        <translation>Valutazione a stelle</translation>
    </message>
    <message>
        <source>{kind} {low}–{high}</source>
        <translation>{kind} {low}–{high}</translation>
    </message>
    <message>
        <source>numbers from {low} to {high}</source>
        <translation>numeri da {low} a {high}</translation>
    </message>
    <message>
        <source>whole numbers from {low} to {high}</source>
        <translation>numeri interi da {low} a {high}</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; is not a measure kind and scale. Use measure:KIND or measure:KIND:LOW-HIGH with one of: {allowed}.</source>
        <translation>&apos;{spec}&apos; non è un tipo di misura con la sua scala. Usa measure:TIPO o measure:TIPO:MIN-MAX con uno di questi: {allowed}.</translation>
    </message>
    <message>
        <source>Say which measure &apos;{column}&apos; holds: measure:KIND or measure:KIND:LOW-HIGH with one of: {allowed}.</source>
        <translation>Indica quale misura contiene &apos;{column}&apos;: measure:TIPO o measure:TIPO:MIN-MAX con uno di questi: {allowed}.</translation>
    </message>
</context>
<context>
    <name>Naming</name>
    <message>
        <source>Younger</source>
        <extracomment>A channel enters the story when its share beats everyone else&apos;s by this much. At most this many effects and outcomes are told in a story. Values of a yes/no category that mean &quot;has it&quot; / &quot;has it not&quot; (accents removed). Attributes whose categories say what they are on their own (&quot;Female&quot;, &quot;Single&quot;). Words left out when telling what a number counts (&quot;NumWebPurchases&quot;: web). (concept, direction) of a count or amount with a qualifier: two such phrases of one persona merge (&quot;High spending on meat and fish&quot;).</extracomment>
        <translation>Più giovani</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Più anziani</translation>
    </message>
    <message>
        <source>Bought less recently</source>
        <translation>Acquisti meno recenti</translation>
    </message>
    <message>
        <source>Bought more recently</source>
        <translation>Acquisti più recenti</translation>
    </message>
    <message>
        <source>Long tenure</source>
        <translation>Clienti da più tempo</translation>
    </message>
    <message>
        <source>Short tenure</source>
        <translation>Clienti da meno tempo</translation>
    </message>
    <message>
        <source>High income</source>
        <translation>Reddito alto</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation>Reddito basso</translation>
    </message>
    <message>
        <source>More children at home</source>
        <translation>Più figli in casa</translation>
    </message>
    <message>
        <source>Fewer children at home</source>
        <translation>Meno figli in casa</translation>
    </message>
    <message>
        <source>More teenagers at home</source>
        <translation>Più adolescenti in casa</translation>
    </message>
    <message>
        <source>Fewer teenagers at home</source>
        <translation>Meno adolescenti in casa</translation>
    </message>
    <message>
        <source>High spending on {what}</source>
        <translation>Spesa alta in {what}</translation>
    </message>
    <message>
        <source>Low spending on {what}</source>
        <translation>Spesa bassa in {what}</translation>
    </message>
    <message>
        <source>High spending</source>
        <translation>Spesa alta</translation>
    </message>
    <message>
        <source>Low spending</source>
        <translation>Spesa bassa</translation>
    </message>
    <message>
        <source>Frequent {what} visits</source>
        <translation>Visite {what} frequenti</translation>
    </message>
    <message>
        <source>Few {what} visits</source>
        <translation>Poche visite {what}</translation>
    </message>
    <message>
        <source>Frequent visits</source>
        <translation>Visite frequenti</translation>
    </message>
    <message>
        <source>Few visits</source>
        <translation>Poche visite</translation>
    </message>
    <message>
        <source>Many {what} purchases</source>
        <translation>Molti acquisti {what}</translation>
    </message>
    <message>
        <source>Few {what} purchases</source>
        <translation>Pochi acquisti {what}</translation>
    </message>
    <message>
        <source>Many purchases</source>
        <translation>Molti acquisti</translation>
    </message>
    <message>
        <source>Few purchases</source>
        <translation>Pochi acquisti</translation>
    </message>
    <message>
        <source>Many products</source>
        <translation>Molti prodotti</translation>
    </message>
    <message>
        <source>Few products</source>
        <translation>Pochi prodotti</translation>
    </message>
    <message>
        <source>High {attribute}</source>
        <translation>Valori alti di {attribute}</translation>
    </message>
    <message>
        <source>Low {attribute}</source>
        <translation>Valori bassi di {attribute}</translation>
    </message>
    <message>
        <source>Not {attribute}</source>
        <translation>Non {attribute}</translation>
    </message>
    <message>
        <source>With {attribute}</source>
        <translation>Con {attribute}</translation>
    </message>
    <message>
        <source>Without {attribute}</source>
        <translation>Senza {attribute}</translation>
    </message>
    <message>
        <source>{attribute}: {level}</source>
        <translation>{attribute}: {level}</translation>
    </message>
    <message>
        <source>{level} {attribute}</source>
        <translation>{attribute} {level}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Clienti tipici</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{attribute} averages {value} against {rest} for everyone else</source>
        <translation>{attribute} in media: {value} contro {rest} per tutti gli altri</translation>
    </message>
    <message>
        <source>{attribute}: yes for {share} of them against {rest} of everyone else</source>
        <translation>{attribute}: sì per il {share} di loro contro il {rest} di tutti gli altri</translation>
    </message>
    <message>
        <source>{attribute}: no for {share} of them against {rest} of everyone else</source>
        <translation>{attribute}: no per il {share} di loro contro il {rest} di tutti gli altri</translation>
    </message>
    <message>
        <source>{attribute} is {level} for {share} of them against {rest} of everyone else</source>
        <translation>{attribute} è {level} per {share} di loro, contro {rest} di tutti gli altri</translation>
    </message>
    <message>
        <source>{outcome} ({event})</source>
        <translation>{outcome} ({event})</translation>
    </message>
    <message>
        <source>{outcome} is {value} against {rest} for everyone else</source>
        <translation>{outcome}: {value} contro {rest} per tutti gli altri</translation>
    </message>
    <message>
        <source>Average {outcome} is {value} against {rest} for everyone else</source>
        <translation>{outcome} in media: {value} contro {rest} per tutti gli altri</translation>
    </message>
    <message>
        <source>{count} customers, {share} of those clustered.</source>
        <translation>{count} clienti, {share} di quelli raggruppati.</translation>
    </message>
    <message>
        <source>They are close to the average customer: no attribute sets them clearly apart.</source>
        <translation>Sono vicini al cliente medio: nessun attributo li distingue chiaramente.</translation>
    </message>
    <message>
        <source>No outcome differs clearly from everyone else.</source>
        <translation>Nessun risultato si discosta chiaramente da quello di tutti gli altri.</translation>
    </message>
    <message>
        <source>{share} of their contacts go through {channel}, against {rest} for everyone else.</source>
        <translation>{share} dei loro contatti passa da {channel}, contro {rest} per tutti gli altri.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>{outcome} has no values.</source>
        <extracomment>Words that mark a value as the event of a yes/no outcome (accents removed). Words that mark a value as the non-event (they win over EVENT_WORDS: &quot;not churned&quot;). Above this many distinct raw values a column is first tried as plain numbers. OUTCOME_RATE or OUTCOME_MEAN; None when the column cannot be measured. The value counted as the event (rates), as text. One float per row: 1/0 for a rate, the value for a mean, NaN when blank. Why the column is skipped (translated), else None.</extracomment>
        <translation>{outcome} non ha valori.</translation>
    </message>
    <message>
        <source>{outcome} has only one value.</source>
        <translation>{outcome} ha un solo valore.</translation>
    </message>
    <message>
        <source>{outcome} has {n} different answers and none of them clearly means yes: give it two values (yes/no) or numbers to measure it per persona.</source>
        <translation>{outcome} ha {n} risposte diverse e nessuna significa chiaramente sì: dagli due valori (sì/no) o numeri per misurarlo per ogni persona.</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>Code: {code}</source>
        <extracomment>Categorical attributes with more distinct values than this describe individuals, not groups. Source id of the attributes counted from coded evidence (no imported source has it).</extracomment>
        <translation>Codice: {code}</translation>
    </message>
    <message>
        <source>Coded evidence</source>
        <translation>Evidenze codificate</translation>
    </message>
    <message>
        <source>No attribute named {names}. Available attributes: {available}.</source>
        <extracomment>Header words naming who a customer is rather than what they do: described on the cards by default, not clustered on (English and Italian). Clustering on behaviour needs at least this many non-demographic attributes.</extracomment>
        <translation>Nessun attributo chiamato {names}. Attributi disponibili: {available}.</translation>
    </message>
    <message>
        <source>There are no numeric or categorical attributes to cluster. Import a source with such columns first.</source>
        <translation>Non ci sono attributi numerici o categorici da raggruppare. Importa prima una fonte con colonne di questo tipo.</translation>
    </message>
    <message>
        <source>Saving personas…</source>
        <extracomment>A customer must have at least this share of the chosen attributes to be clustered: imputing most of a customer&apos;s profile would invent where they belong.</extracomment>
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
        <extracomment>customer id -&gt; label, for the customers on the map. customer id -&gt; how well the customer fits its persona. The attributes most correlated with each axis, strongest first.</extracomment>
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
        <extracomment>The set&apos;s members before the run. position -&gt; (size, share, profile) before the run.
----------
Representative quotes shown on a persona card.
----------
Position of the customers fitting no persona in population counts.</extracomment>
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
        <translation>Set di personas</translation>
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
        <source>Delete the persona set “{name}” with its {k} personas and their edited texts? Undo (Ctrl+Z) brings it back; the customers themselves are kept.</source>
        <translation>Eliminare il set di personas «{name}» con le sue {k} personas e i testi modificati? Annulla (Ctrl+Z) lo riporta indietro; i clienti restano.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>The persona set is back under a new number, as a newer set took its old one; earlier steps can no longer be undone.</source>
        <translation>Il set di personas è tornato con un nuovo numero, perché un set più recente ha preso il vecchio; i passaggi precedenti non si possono più annullare.</translation>
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
        <source>The same customers also have: {names}. These attributes carry one fact, so the card shows it once.</source>
        <translation>Gli stessi clienti hanno anche: {names}. Questi attributi esprimono un solo fatto, quindi la scheda lo mostra una volta.</translation>
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
        <source>From “{document}”. Click to read it in the Evidence area.</source>
        <extracomment>Characters of a member&apos;s passage shown on a card (the tooltip names the document).</extracomment>
        <translation>Da “{document}”. Fai clic per leggerlo nell&apos;area Evidenze.</translation>
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
        <source>Outcomes</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Results measured for this persona against everyone else, largest difference first. They were not used to form the personas.</source>
        <translation>Risultati misurati per questa persona rispetto a tutti gli altri, dalla differenza maggiore. Non sono stati usati per formare le persona.</translation>
    </message>
    <message>
        <source>Churn risk of the members</source>
        <translation>Rischio di abbandono dei membri</translation>
    </message>
    <message>
        <source>The members&apos; churn risks from the latest risk run (Retention area), in bands from 0% to 100%; the line marks the median. Click to list the members.</source>
        <translation>I rischi di abbandono dei membri dall&apos;ultimo calcolo (area Fidelizzazione), in fasce dallo 0% al 100%; la linea indica la mediana. Fai clic per elencare i membri.</translation>
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
        <source>What members say</source>
        <translation>Cosa dicono i membri</translation>
    </message>
    <message>
        <source>Create journey map…</source>
        <translation>Crea mappa del percorso…</translation>
    </message>
    <message>
        <source>Map this persona&apos;s journey from problem to solution, beside what its members really did</source>
        <translation>Traccia il percorso di questa persona dal problema alla soluzione, accanto a ciò che i suoi membri hanno fatto davvero</translation>
    </message>
    <message>
        <source>Export this card…</source>
        <translation>Esporta questa scheda…</translation>
    </message>
    <message>
        <source>Export this persona as a PDF page, a PNG image or tables, with a preview</source>
        <translation>Esporta questa persona come pagina PDF, immagine PNG o tabelle, con un&apos;anteprima</translation>
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
        <source>Narrative · draft</source>
        <translation>Racconto · bozza</translation>
    </message>
    <message>
        <source>Draft from the figures — edit to make it yours</source>
        <translation>Bozza dai dati — modificala per farla tua</translation>
    </message>
    <message>
        <source>Written from this persona&apos;s figures only: its largest differences, outcomes and channels. Use Edit… to write the narrative; yours replaces the draft.</source>
        <translation>Scritta solo dai dati di questa persona: le differenze maggiori, i risultati e i canali. Usa Modifica… per scrivere il racconto; il tuo sostituisce la bozza.</translation>
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
        <source>Delete persona set “{name}”</source>
        <translation>Elimina il set di personas «{name}»</translation>
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
        <translation>Persona {n}</translation>
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
        <source>Start from the draft story</source>
        <translation>Parti dalla bozza del racconto</translation>
    </message>
    <message>
        <source>Put the story written from the figures in the narrative, to edit it into your own words.</source>
        <translation>Metti nel racconto la bozza scritta dai dati, per riscriverla con parole tue.</translation>
    </message>
    <message>
        <source>Empty: the card shows the draft story written from the figures</source>
        <translation>Vuoto: la scheda mostra la bozza del racconto scritta dai dati</translation>
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
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Cluster on</source>
        <translation>Raggruppa su</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Vuoti</translation>
    </message>
    <message>
        <source>On the cards</source>
        <translation>Sulle schede</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>Attributes not clustered on can still be described on the cards; outcomes are measured for each persona against everyone else.</source>
        <translation>Gli attributi non usati per raggruppare possono comunque essere descritti sulle schede; i risultati sono misurati per ogni persona rispetto a tutti gli altri.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Cluster on every attribute except the outcomes</source>
        <translation>Raggruppa su tutti gli attributi tranne i risultati</translation>
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
        <source>Tick the attributes the personas are formed from. The others can still be described on the cards; outcomes such as churn or satisfaction are measured for each persona, not clustered on.</source>
        <translation>Spunta gli attributi da cui si formano le persona. Gli altri possono comunque essere descritti sulle schede; i risultati come abbandono o soddisfazione sono misurati per ogni persona, non usati per raggruppare.</translation>
    </message>
    <message>
        <source>An outcome: measured for each persona, not clustered on. Tick it only if the personas should be formed from it.</source>
        <translation>Un risultato: misurato per ogni persona, non usato per raggruppare. Spuntalo solo se le persona devono formarsi a partire da esso.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributi</translation>
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
        <source>Try 3 to 6 personas (what a team can present) and suggest the number with the clearest and most repeatable structure</source>
        <translation>Prova da 3 a 6 persona (quante un gruppo può presentare) e suggerisci il numero con la struttura più chiara e ripetibile</translation>
    </message>
    <message>
        <source>Not sure how many personas the data hold? Suggest tries 3 to 6 and shows how clear (silhouette) and how repeatable (bootstrap stability) each number is. When none is clearer than data without groups, it says so and proposes attributes that are.</source>
        <translation>Non sai quante persona contengono i dati? Suggerisci prova da 3 a 6 e mostra quanto è chiaro (silhouette) e quanto è ripetibile (stabilità bootstrap) ogni numero. Quando nessuno è più chiaro di dati senza gruppi, lo dice e propone attributi che lo sono.</translation>
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
        <source>outcome</source>
        <translation>risultato</translation>
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
        <source>clustered</source>
        <translation>raggruppato</translation>
    </message>
    <message>
        <source>Clustered on, so it is described on the cards too.</source>
        <translation>Usato per raggruppare, quindi descritto anche sulle schede.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>misurato</translation>
    </message>
    <message>
        <source>Ticked: its rate or mean is measured for each persona against everyone else (the Outcomes block).</source>
        <translation>Spuntato: il suo tasso o la sua media è misurato per ogni persona rispetto a tutti gli altri (il blocco Risultati).</translation>
    </message>
    <message>
        <source>described</source>
        <translation>descritto</translation>
    </message>
    <message>
        <source>Ticked: shown on the cards where it sets a persona apart, without forming the personas.</source>
        <translation>Spuntato: mostrato sulle schede dove distingue una persona, senza formare le persona.</translation>
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
        <source>Cluster on {label} ({k} personas, stability {stability})</source>
        <translation>Raggruppa su {label} ({k} persona, stabilità {stability})</translation>
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
        <source>{first} with {others}</source>
        <translation>{first} con {others}</translation>
    </message>
    <message>
        <source>Counted once, as one line: {groups}.</source>
        <translation>Contati una volta sola, in una riga: {groups}.</translation>
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
        <extracomment>Rerun on an attribute subset that shows clearer structure (features, k). The map tab is shown and has no map of this set yet (set id).</extracomment>
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
        <source>{attribute}: {level}</source>
        <translation>{attribute}: {level}</translation>
    </message>
    <message>
        <source>risk ratio {ratio}</source>
        <translation>rischio relativo {ratio}</translation>
    </message>
    <message>
        <source>ratio of means {ratio}</source>
        <translation>rapporto tra medie {ratio}</translation>
    </message>
    <message>
        <source>Measures</source>
        <extracomment>Colour of the &quot;small n&quot; mark (as the Outcomes block&apos;s caution).</extracomment>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Survey scores of this persona&apos;s members (NPS, CSAT, CES, ratings) with their 95% interval and the number of answers.</source>
        <translation>Punteggi di sondaggio dei membri di questa persona (NPS, CSAT, CES, valutazioni) con l&apos;intervallo al 95% e il numero di risposte.</translation>
    </message>
    <message>
        <source>95%: {interval}</source>
        <translation>95%: {interval}</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>Reading the personas&apos; measures</source>
        <translation>Lettura delle misure delle personas</translation>
    </message>
    <message>
        <source>95% intervals: {persona} vs {rest}</source>
        <translation>Intervalli al 95%: {persona} contro {rest}</translation>
    </message>
    <message>
        <source>Few members ({n}): read with care.</source>
        <translation>Pochi membri ({n}): leggere con cautela.</translation>
    </message>
    <message>
        <source>Not significant: the difference could be chance.</source>
        <translation>Non significativo: la differenza potrebbe essere casuale.</translation>
    </message>
    <message>
        <source>{persona} of the {n} members with a value (95% interval {persona_ci}), against {rest} of the {rest_n} other customers ({rest_ci}).</source>
        <translation>{persona} dei {n} membri con un valore (intervallo al 95% {persona_ci}), contro {rest} degli altri {rest_n} clienti ({rest_ci}).</translation>
    </message>
    <message>
        <source>The {n} members with a value average {persona} (95% interval {persona_ci}); the {rest_n} other customers average {rest} ({rest_ci}).</source>
        <translation>I {n} membri con un valore hanno in media {persona} (intervallo al 95% {persona_ci}); gli altri {rest_n} clienti hanno in media {rest} ({rest_ci}).</translation>
    </message>
    <message>
        <source>An outcome is measured on the members, never used to form the personas.</source>
        <translation>Un risultato è misurato sui membri, mai usato per formare le persona.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} e altri {n}</translation>
    </message>
    <message>
        <source>also {names}</source>
        <translation>anche {names}</translation>
    </message>
    <message>
        <source>Weak structure: these personas split a continuum</source>
        <translation>Struttura debole: queste persona dividono un continuo</translation>
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
    <message>
        <source>Click to list the customers behind this line.</source>
        <extracomment>Colour of the caution under a line resting on few members.</extracomment>
        <translation>Fai clic per elencare i clienti dietro questa riga.</translation>
    </message>
    <message>
        <source>No number of personas separated these customers better than data without any groups would. The personas below cut a range into parts: read them as segments along a scale, not as distinct kinds of customer.</source>
        <extracomment>Attribute subsets offered for a rerun on a weak-structure set.</extracomment>
        <translation>Nessun numero di persona separa questi clienti meglio di quanto farebbe un insieme di dati senza gruppi. Le persona qui sotto dividono un continuo in parti: leggetele come tratti di una scala, non come tipi distinti di cliente.</translation>
    </message>
    <message>
        <source>No subset of the attributes showed clearer structure either: the customers vary along a continuum.</source>
        <translation>Nemmeno un sottoinsieme degli attributi mostra una struttura più chiara: i clienti variano lungo un continuo.</translation>
    </message>
    <message>
        <source>These attributes on their own show clearer structure:</source>
        <translation>Questi attributi da soli mostrano una struttura più chiara:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {features} · {k} personas, silhouette gain {gain}, stability {stability}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;: {features} · {k} persona, guadagno di silhouette {gain}, stabilità {stability}</translation>
    </message>
    <message>
        <source>Rerun on these attributes</source>
        <translation>Rifai su questi attributi</translation>
    </message>
    <message>
        <source>Open a new persona set with only these attributes to cluster on and {k} personas; every other attribute still describes the cards.</source>
        <translation>Apri un nuovo insieme di persona che raggruppa solo su questi attributi, con {k} persona; tutti gli altri attributi descrivono ancora le schede.</translation>
    </message>
    <message>
        <source>Sample {share}</source>
        <extracomment>The position the engine&apos;s counts use for customers that fit no persona. services.sql_export.SizeBeside rows (empty until the engine&apos;s counts were imported)</extracomment>
        <translation>Campione {share}</translation>
    </message>
    <message>
        <source>{sample} · Population {share} ({customers})</source>
        <translation>{sample} · Popolazione {share} ({customers})</translation>
    </message>
    <message>
        <source>Sample and population</source>
        <extracomment>The panel shows a persona set&apos;s sampling and sizes (its id).</extracomment>
        <translation>Campione e popolazione</translation>
    </message>
    <message>
        <source>Personas found on a sample apply to every customer through Export ▸ Export as SQL; import the engine&apos;s counts there to see each persona&apos;s size in the whole customer base.</source>
        <translation>Le personas trovate su un campione si applicano a ogni cliente con Esporta ▸ Esporta come SQL; importa lì i conteggi del motore per vedere la dimensione di ogni persona nell&apos;intera base clienti.</translation>
    </message>
    <message>
        <source>Reading the population counts</source>
        <translation>Lettura dei conteggi della popolazione</translation>
    </message>
    <message>
        <source>Population counts {imported}.</source>
        <translation>Conteggi della popolazione: {imported}.</translation>
    </message>
</context>
<context>
    <name>Preprocessing</name>
    <message>
        <source>Unknown way of handling blanks: {value}. Use one of: {choices}.</source>
        <extracomment>The most a category block or a 0/1 flag is multiplied by to weigh as one attribute. Euclidean feature matrix: scaled numbers, 0/1 flags and indicators. For Gower distance: numbers after imputation and log1p, divided by their range (so in 0..1), and category codes (-1 never occurs: blanks imputed). The numbers are kept only when prepared for the Gower distance (``gower=True``); otherwise no distance reads them and ``gower_numeric`` has no columns, sparing a copy of every number (a million customers: 8 bytes x numbers x 10^6). Matrix column of each Gower numeric column, and whether it is a 0/1 flag. Matrix columns (indicators) of each Gower categorical column. What each matrix column was multiplied by (equal weighting, shared facts).</extracomment>
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
        <source>Each attribute weighs the same: categories and two-valued flags are scaled to the spread of one standardised number (at most ×{cap:g}); attributes or categories carrying the same fact share one attribute&apos;s weight.</source>
        <translation>Ogni attributo pesa allo stesso modo: categorie e indicatori a due valori sono scalati alla dispersione di un numero standardizzato (al massimo ×{cap:g}); attributi o categorie che esprimono lo stesso fatto condividono il peso di un solo attributo.</translation>
    </message>
    <message>
        <source>The Gower distance itself averages the attributes equally.</source>
        <translation>La distanza di Gower fa già la media degli attributi con lo stesso peso.</translation>
    </message>
    <message>
        <source>no values</source>
        <extracomment>Groups of the provisional partition that tells real duplicates from group structure.</extracomment>
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
        <translation>{n} clienti di questo set di personas non sono più presenti nei dati.</translation>
    </message>
    <message>
        <source>These channel columns are not in the data: {names}.</source>
        <extracomment>The levels a 0/1 flag&apos;s card lines use.</extracomment>
        <translation>Queste colonne di canale non sono presenti nei dati: {names}.</translation>
    </message>
    <message>
        <source>These outcome columns are not in the data: {names}.</source>
        <translation>Queste colonne di risultato non sono presenti nei dati: {names}.</translation>
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
        <source>Backing up before closing…</source>
        <extracomment>The backup taken when this project was opened, if any. The schema version the file had when it was migrated on open.</extracomment>
        <translation>Backup prima della chiusura…</translation>
    </message>
    <message>
        <source>The project {path} is damaged ({detail}).</source>
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
        <extracomment>SQLite virtual-machine steps between two looks at the cancel flag during a check.</extracomment>
        <translation>è un database SQLite creato da un altro programma.</translation>
    </message>
    <message>
        <source>The project {path} was saved by a newer version of Persona Workbench (project format {found}; this version reads up to {supported}). Install the newer version to open it; the file was not changed.</source>
        <translation>Il progetto {path} è stato salvato da una versione più recente di Persona Workbench (formato di progetto {found}; questa versione legge fino al {supported}). Installa la versione più recente per aprirlo; il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Checking the file for damage…</source>
        <translation>Controllo che il file non sia danneggiato…</translation>
    </message>
    <message>
        <source>The project {path} uses an older format and must be upgraded, which needs write access. Open it for writing once.</source>
        <translation>Il progetto {path} usa un formato precedente e deve essere aggiornato, operazione che richiede l&apos;accesso in scrittura. Aprilo una volta in scrittura.</translation>
    </message>
    <message>
        <source>Backing up before opening…</source>
        <translation>Backup prima dell&apos;apertura…</translation>
    </message>
    <message>
        <source>Could not back up {path} before upgrading it: {error}. The file was not changed.</source>
        <translation>Impossibile eseguire il backup di {path} prima di aggiornarlo: {error}. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>Upgrading the project format…</source>
        <translation>Aggiornamento del formato del progetto…</translation>
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
        <source>Checking every page and index…</source>
        <translation>Controllo di ogni pagina e indice…</translation>
    </message>
    <message>
        <source>Checking links between tables…</source>
        <translation>Controllo dei collegamenti tra le tabelle…</translation>
    </message>
    <message>
        <source>Row {rowid} of table {table} refers to a missing row of {parent}.</source>
        <translation>La riga {rowid} della tabella {table} fa riferimento a una riga mancante di {parent}.</translation>
    </message>
    <message>
        <source>Copying the project…</source>
        <translation>Copia del progetto…</translation>
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
    <message>
        <source>The disk holding {path} is full: the change was not saved, and the project is as it was before it. Free some space on that disk (or move the project to another one) and try again.</source>
        <translation>Il disco che contiene {path} è pieno: la modifica non è stata salvata e il progetto è com&apos;era prima. Libera spazio su quel disco (o sposta il progetto su un altro) e riprova.</translation>
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
    <name>ProjectService</name>
    <message>
        <source>Counting what the project holds…</source>
        <translation>Conteggio di ciò che il progetto contiene…</translation>
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
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Percorsi</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidelizzazione</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Voce del cliente</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Andamenti</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
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
        <translation>Qui le personas verranno costruite raggruppando i tuoi clienti, con ogni scheda ricondotta alle righe e alle citazioni da cui nasce. Il clustering arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>Persona sets: {sets}</source>
        <translation>Set di personas: {sets}</translation>
    </message>
    <message>
        <source>Viewing and editing persona cards here arrives in a coming version.</source>
        <translation>Visualizzare e modificare qui le schede delle personas arriverà in una prossima versione.</translation>
    </message>
    <message>
        <source>Retention and value</source>
        <translation>Fidelizzazione e valore</translation>
    </message>
    <message>
        <source>Churn, retention curves, customer value, churn risk and the friction points that cost customers are shown here.</source>
        <translation>Qui si vedono abbandono, curve di fidelizzazione, valore dei clienti, rischio di abbandono e i punti di attrito che costano clienti.</translation>
    </message>
    <message>
        <source>Survey scores (NPS, CSAT, CES, star ratings) by persona, stage, channel and month, what drives them down, and what front-line staff hear, are shown here.</source>
        <translation>Qui compaiono i punteggi dei sondaggi (NPS, CSAT, CES, valutazioni a stelle) per persona, fase, canale e mese, ciò che li fa scendere e ciò che sente il personale di contatto.</translation>
    </message>
    <message>
        <source>How personas and journey stages move month by month: size, outcomes, scores, friction and complaints, with the shifts unlikely to be chance flagged, are shown here.</source>
        <translation>Qui si vede come cambiano mese per mese personas e fasi del percorso: dimensione, esiti, punteggi, attriti e reclami, con la segnalazione dei cambiamenti difficilmente dovuti al caso.</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Ancora niente da esportare</translation>
    </message>
    <message>
        <source>Persona cards and journey maps are exported here as PDF, PNG, CSV and XLSX files for colleagues who never open the app.</source>
        <translation>Qui le schede delle personas e le mappe del percorso vengono esportate come file PDF, PNG, CSV e XLSX per i colleghi che non aprono mai l&apos;app.</translation>
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
    <name>Report</name>
    <message>
        <source>Research report</source>
        <extracomment>(label, value): what the study covers (&quot;Customers&quot;, &quot;2,300&quot;). (position, name) of every persona, for the colour strip. &quot;Customer names are left out.&quot; or that they are included.</extracomment>
        <translation>Report di ricerca</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabile</translation>
    </message>
    <message>
        <source>fairly stable</source>
        <translation>abbastanza stabile</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabile</translation>
    </message>
    <message>
        <source>{project} · Research report</source>
        <translation>{project} · Report di ricerca</translation>
    </message>
    <message>
        <source>Exported on {date}</source>
        <translation>Esportato il {date}</translation>
    </message>
    <message>
        <source>THE PERSONAS</source>
        <translation>LE PERSONAS</translation>
    </message>
    <message>
        <source>WHAT THE STUDY COVERS</source>
        <translation>COSA COMPRENDE LO STUDIO</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>Sezione {n}</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journey maps</source>
        <translation>Mappe del percorso</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Copertina</translation>
    </message>
    <message>
        <source>Gathering the study…</source>
        <extracomment>At most this many key quotes in the evidence section.</extracomment>
        <translation>Raccolta dello studio…</translation>
    </message>
    <message>
        <source>Persona set “{persona_set}” computed on {computed} ({method}). Exported on {exported} with {app}.</source>
        <translation>Insieme di personas “{persona_set}” calcolato il {computed} ({method}). Esportato il {exported} con {app}.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Persona set</source>
        <translation>Insieme di personas</translation>
    </message>
    <message>
        <source>{name} · {k} personas · computed on {date}</source>
        <translation>{name} · {k} personas · calcolato il {date}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenze</translation>
    </message>
    <message>
        <source>{documents} documents · {codes} codes · {quotes} key quotes</source>
        <translation>{documents} documenti · {codes} codici · {quotes} citazioni chiave</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Campione</translation>
    </message>
    <message>
        <source>This report names customers: it contains personal data. Share it only with people allowed to see it.</source>
        <translation>Questo report nomina i clienti: contiene dati personali. Condividilo solo con chi è autorizzato a vederli.</translation>
    </message>
    <message>
        <source>Customer names and the titles of evidence documents are left out of this report.</source>
        <translation>I nomi dei clienti e i titoli dei documenti di evidenza sono esclusi da questo report.</translation>
    </message>
    <message>
        <source>Made with {app}.</source>
        <translation>Realizzato con {app}.</translation>
    </message>
    <message>
        <source>How the personas and maps in this report were made, from which data, and how far their figures can be trusted.</source>
        <translation>Come sono state costruite le personas e le mappe di questo report, da quali dati e quanto sono affidabili le loro cifre.</translation>
    </message>
    <message>
        <source>{n} journey maps of personas of other persona sets are not part of this report.</source>
        <translation>{n} mappe del percorso di personas di altri insiemi non fanno parte di questo report.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>database ({engine}), events</source>
        <translation>database ({engine}), eventi</translation>
    </message>
    <message>
        <source>database ({engine})</source>
        <translation>database ({engine})</translation>
    </message>
    <message>
        <source>events (touchpoints)</source>
        <translation>eventi (punti di contatto)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <source>Source</source>
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
        <source>The project has no sources.</source>
        <translation>Il progetto non ha fonti.</translation>
    </message>
    <message>
        <source>Sources and their sizes</source>
        <translation>Le fonti e le loro dimensioni</translation>
    </message>
    <message>
        <source>Rows of different sources were recognised as the same customer when they shared the value of a key (an id, an e-mail address, a phone number). Each run:</source>
        <translation>Righe di fonti diverse sono state riconosciute come lo stesso cliente quando condividevano il valore di una chiave (un id, un indirizzo e-mail, un numero di telefono). Ogni esecuzione:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Customers before</source>
        <translation>Clienti prima</translation>
    </message>
    <message>
        <source>Customers after</source>
        <translation>Clienti dopo</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Uniti</translation>
    </message>
    <message>
        <source>No linking run: each source&apos;s rows were matched to customers only by that source&apos;s own customer key.</source>
        <translation>Nessun collegamento eseguito: le righe di ogni fonte sono state associate ai clienti solo tramite la chiave cliente di quella fonte.</translation>
    </message>
    <message>
        <source>{n} manual decisions (customers merged or split by hand) are applied.</source>
        <translation>Sono applicate {n} decisioni manuali (clienti uniti o separati a mano).</translation>
    </message>
    <message>
        <source>{n} runs or decisions were undone and do not count.</source>
        <translation>{n} esecuzioni o decisioni sono state annullate e non contano.</translation>
    </message>
    <message>
        <source>How customers were linked</source>
        <translation>Come sono stati collegati i clienti</translation>
    </message>
    <message>
        <source>suggested: {reason}</source>
        <translation>suggerito: {reason}</translation>
    </message>
    <message>
        <source>Computed on</source>
        <translation>Calcolato il</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Number of personas</source>
        <translation>Numero di personas</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seme</translation>
    </message>
    <message>
        <source>Attributes that form the personas</source>
        <translation>Attributi che formano le personas</translation>
    </message>
    <message>
        <source>Attributes that describe them</source>
        <translation>Attributi che le descrivono</translation>
    </message>
    <message>
        <source>Attribute preparation</source>
        <translation>Preparazione degli attributi</translation>
    </message>
    <message>
        <source>Customers clustered</source>
        <translation>Clienti raggruppati</translation>
    </message>
    <message>
        <source>Fit no persona</source>
        <translation>Non rientrano in alcuna persona</translation>
    </message>
    <message>
        <source>Left out (too many blanks)</source>
        <translation>Esclusi (troppi valori mancanti)</translation>
    </message>
    <message>
        <source>Clustering settings</source>
        <translation>Impostazioni del clustering</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>{value} ({verdict}), measured on {n} customers</source>
        <translation>{value} ({verdict}), misurata su {n} clienti</translation>
    </message>
    <message>
        <source>Calinski–Harabasz index</source>
        <translation>Indice di Calinski–Harabasz</translation>
    </message>
    <message>
        <source>Davies–Bouldin index</source>
        <translation>Indice di Davies–Bouldin</translation>
    </message>
    <message>
        <source>Bootstrap stability</source>
        <translation>Stabilità bootstrap</translation>
    </message>
    <message>
        <source>{value} ± {sd} ({verdict}): mean agreement (adjusted Rand index) of the personas found on {n} resamples</source>
        <translation>{value} ± {sd} ({verdict}): accordo medio (indice di Rand corretto) tra le personas trovate su {n} ricampionamenti</translation>
    </message>
    <message>
        <source>not measured: the number of personas was set by hand, not suggested</source>
        <translation>non misurata: il numero di personas è stato scelto a mano, non suggerito</translation>
    </message>
    <message>
        <source>Mean silhouette runs from −1 to 1: above about 0.25 the customers separate into groups, above 0.5 clearly. Stability runs from 0 to 1: above 0.8 the same personas come back when the data are resampled.</source>
        <translation>La silhouette media va da −1 a 1: sopra circa 0,25 i clienti si separano in gruppi, sopra 0,5 in modo netto. La stabilità va da 0 a 1: sopra 0,8 ricampionando i dati tornano le stesse personas.</translation>
    </message>
    <message>
        <source>Stability and structure quality</source>
        <translation>Stabilità e qualità della struttura</translation>
    </message>
    <message>
        <source>Outcomes compared across the personas (not used to form them): {names}.</source>
        <translation>Esiti confrontati tra le personas (non usati per formarle): {names}.</translation>
    </message>
    <message>
        <source>No outcome columns (churn, satisfaction, spend) were compared across the personas.</source>
        <translation>Nessuna colonna di esito (abbandono, soddisfazione, spesa) è stata confrontata tra le personas.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>No survey measures (NPS, CSAT, CES or ratings) are marked in the project.</source>
        <translation>Nel progetto non sono segnate misure di sondaggio (NPS, CSAT, CES o valutazioni).</translation>
    </message>
    <message>
        <source>Outcomes and measures</source>
        <translation>Esiti e misure</translation>
    </message>
    <message>
        <source>How often each code was applied to respondents&apos; words in {documents} documents (interviewers&apos; questions are not counted).</source>
        <translation>Quante volte ogni codice è stato applicato alle parole degli intervistati in {documents} documenti (le domande degli intervistatori non sono contate).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codifiche</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>With sub-codes</source>
        <translation>Con i sottocodici</translation>
    </message>
    <message>
        <source>No codes yet: the evidence has not been coded.</source>
        <translation>Ancora nessun codice: le evidenze non sono state codificate.</translation>
    </message>
    <message>
        <source>Customers&apos; names and the documents&apos; titles are shown with each quote.</source>
        <translation>Con ogni citazione sono indicati il nome del cliente e il titolo del documento.</translation>
    </message>
    <message>
        <source>Quotes are shown without the customer&apos;s name or the document&apos;s title.</source>
        <translation>Le citazioni sono riportate senza il nome del cliente né il titolo del documento.</translation>
    </message>
    <message>
        <source>No quotes: no passage was marked as a quote and the personas&apos; members have no coded evidence.</source>
        <translation>Nessuna citazione: nessun passaggio è segnato come citazione e i membri delle personas non hanno evidenze codificate.</translation>
    </message>
    <message>
        <source>What customers said behind the personas and maps: the code book&apos;s counts and the key quotes.</source>
        <translation>Cosa hanno detto i clienti alla base delle personas e delle mappe: i conteggi del libro dei codici e le citazioni chiave.</translation>
    </message>
    <message>
        <source>Code counts</source>
        <translation>Conteggi dei codici</translation>
    </message>
    <message>
        <source>Key quotes</source>
        <translation>Citazioni chiave</translation>
    </message>
    <message>
        <source>Persona sizes</source>
        <translation>Dimensioni delle personas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Each persona against everyone else: means (numbers) or shares (categories), the effect size (Cohen&apos;s d or h) and how many members are behind the line. Attributes marked * describe the personas but did not form them.</source>
        <translation>Ogni persona a confronto con tutti gli altri: medie (numeri) o quote (categorie), l&apos;ampiezza dell&apos;effetto (d o h di Cohen) e quanti membri stanno dietro la riga. Gli attributi segnati con * descrivono le personas ma non le hanno formate.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributo</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Tutti gli altri</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>Entità</translation>
    </message>
    <message>
        <source>Customers behind</source>
        <translation>Clienti alla base</translation>
    </message>
    <message>
        <source>No attribute sets this persona apart.</source>
        <translation>Nessun attributo distingue questa persona.</translation>
    </message>
    <message>
        <source>Persona statistics</source>
        <translation>Statistiche delle personas</translation>
    </message>
    <message>
        <source>Choosing the number of personas</source>
        <translation>La scelta del numero di personas</translation>
    </message>
    <message>
        <source>On structureless data</source>
        <translation>Su dati senza struttura</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilità</translation>
    </message>
    <message>
        <source>Smallest persona</source>
        <translation>Persona più piccola</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendice</translation>
    </message>
    <message>
        <source>The figures behind the persona cards.</source>
        <translation>Le cifre alla base delle schede delle personas.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>left out: its name says it is about churn, so it is recorded with or after the outcome</source>
        <extracomment>An attribute that alone reaches this ROC AUC gives the outcome away. Held-out rows (over all folds) used for permutation importance, and repeats per attribute. Drivers kept (largest importance first) and reasons given per customer. An importance below this drop in AUC (or below twice its sd over repeats) is noise. Out-of-fold churn probability of each row, and the indices of its drivers (reasons).</extracomment>
        <translation>escluso: il nome dice che riguarda l&apos;abbandono, quindi è registrato insieme o dopo il risultato</translation>
    </message>
    <message>
        <source>left out: alone it predicts churn almost perfectly (ROC AUC {auc:.2f}), so it is probably recorded after the outcome or copies it</source>
        <translation>escluso: da solo prevede l&apos;abbandono quasi perfettamente (ROC AUC {auc:.2f}), quindi probabilmente è registrato dopo il risultato o lo ricopia</translation>
    </message>
    <message>
        <source>Too few churners ({churners}) or stayers ({stayers}) to cross-validate a risk model with {folds} folds.</source>
        <translation>Troppo pochi clienti persi ({churners}) o rimasti ({stayers}) per validare in modo incrociato un modello di rischio con {folds} parti.</translation>
    </message>
    <message>
        <source>Cross-validating the risk models (fold {fold} of {folds})…</source>
        <translation>Validazione incrociata dei modelli di rischio (parte {fold} di {folds})…</translation>
    </message>
    <message>
        <source>Finding the drivers of churn…</source>
        <translation>Ricerca dei fattori di abbandono…</translation>
    </message>
    <message>
        <source>Giving each customer reasons…</source>
        <translation>Motivi per ogni cliente…</translation>
    </message>
    <message>
        <source>Brier score {brier:.3f} against {reference:.3f} for giving everyone the base rate ({base:.1%}); lower is better.</source>
        <translation>Punteggio di Brier {brier:.3f} contro {reference:.3f} dando a tutti il tasso di base ({base:.1%}); più basso è meglio.</translation>
    </message>
    <message>
        <source>{attribute} “{level}”: higher risk</source>
        <translation>{attribute} “{level}”: rischio più alto</translation>
    </message>
    <message>
        <source>{attribute} “{level}”: lower risk</source>
        <translation>{attribute} “{level}”: rischio più basso</translation>
    </message>
    <message>
        <source>more {attribute}: higher risk</source>
        <translation>più {attribute}: rischio più alto</translation>
    </message>
    <message>
        <source>more {attribute}: lower risk</source>
        <translation>più {attribute}: rischio più basso</translation>
    </message>
    <message>
        <source>{attribute} “{level}”</source>
        <translation>{attribute} “{level}”</translation>
    </message>
    <message>
        <source>high {attribute}</source>
        <translation>{attribute} alto</translation>
    </message>
    <message>
        <source>low {attribute}</source>
        <translation>{attribute} basso</translation>
    </message>
    <message>
        <source>No expected future value: the standard purchase models (BG/NBD with Gamma-Gamma) are only available in libraries that are archived (lifetimes) or need PyMC (btyd, pymc-marketing), and the workbench does not hand-roll one. Historical value is shown instead.</source>
        <extracomment>Headers of attributes that are per-period rates rather than totals (not added up). Headers of attributes counting purchases (frequency) and of days since the last one. Headers of a touchpoint source&apos;s column holding an amount.</extracomment>
        <translation>Nessun valore futuro atteso: i modelli standard di acquisto (BG/NBD con Gamma-Gamma) esistono solo in librerie archiviate (lifetimes) o che richiedono PyMC (btyd, pymc-marketing), e il workbench non ne improvvisa uno. Si mostra invece il valore storico.</translation>
    </message>
    <message>
        <source>Choose either an outcome column or a number of inactive days, not both.</source>
        <extracomment>Fewer churners than this are too few to measure churn or learn a model. Churn-named outcomes that describe a churn rather than say whether it happened. Days per julian-day unit: touchpoint dates are read as julian days.</extracomment>
        <translation>Scegli una colonna di risultato oppure un numero di giorni di inattività, non entrambi.</translation>
    </message>
    <message>
        <source>The inactive days must be 1 or more.</source>
        <translation>I giorni di inattività devono essere almeno 1.</translation>
    </message>
    <message>
        <source>No attribute named {name}. Outcome columns: {outcomes}.</source>
        <translation>Nessun attributo di nome {name}. Colonne di risultato: {outcomes}.</translation>
    </message>
    <message>
        <source>{name} does not say whether a customer churned: churn needs a yes/no column (or a cancellation date).</source>
        <translation>{name} non dice se un cliente ha abbandonato: l&apos;abbandono richiede una colonna sì/no (o una data di disdetta).</translation>
    </message>
    <message>
        <source>This project has no churn column and no touchpoints, so churn cannot be measured. Mark the column that says whether a customer left as an outcome (right-click its header in the Data area, or &apos;workbench roles&apos;), or import touchpoints with dates to measure churn as inactivity.</source>
        <translation>Questo progetto non ha una colonna di abbandono né punti di contatto, quindi l&apos;abbandono non si può misurare. Segna come risultato la colonna che dice se un cliente se n&apos;è andato (clic destro sull&apos;intestazione nell&apos;area Dati, o &apos;workbench roles&apos;), oppure importa punti di contatto con date per misurare l&apos;abbandono come inattività.</translation>
    </message>
    <message>
        <source>Only {churned} of {customers} customers churned by this definition ({what}): at least {minimum} churners are needed to measure churn. Choose another outcome column or number of inactive days.</source>
        <translation>Solo {churned} clienti su {customers} hanno abbandonato secondo questa definizione ({what}): servono almeno {minimum} clienti persi per misurare l&apos;abbandono. Scegli un&apos;altra colonna di risultato o un altro numero di giorni di inattività.</translation>
    </message>
    <message>
        <source>{outcome} has a date</source>
        <translation>{outcome} ha una data</translation>
    </message>
    <message>
        <source>{outcome} is “{event}”</source>
        <translation>{outcome} è “{event}”</translation>
    </message>
    <message>
        <source>no contact in the {days} days before {date}</source>
        <translation>nessun contatto nei {days} giorni prima del {date}</translation>
    </message>
    <message>
        <source>There is no persona set {id}.</source>
        <extracomment>Attributes known for fewer customers than this share are not model inputs.</extracomment>
        <translation type="unfinished">Non esiste il set di personas {id}.</translation>
    </message>
    <message>
        <source>Deciding who churned…</source>
        <translation>Chi ha abbandonato…</translation>
    </message>
    <message>
        <source>Measuring churn by group…</source>
        <translation>Misura dell&apos;abbandono per gruppo…</translation>
    </message>
    <message>
        <source>No persona set yet: churn is shown by stage, channel and source only.</source>
        <translation>Ancora nessun insieme di personas: l&apos;abbandono è mostrato solo per fase, canale e fonte.</translation>
    </message>
    <message>
        <source>Drawing the retention curves…</source>
        <translation>Curve di permanenza…</translation>
    </message>
    <message>
        <source>Measuring customer value…</source>
        <translation>Misura del valore dei clienti…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Retention curves use the days between each customer&apos;s first and last contact.</source>
        <translation>Le curve di permanenza usano i giorni tra il primo e l&apos;ultimo contatto di ogni cliente.</translation>
    </message>
    <message>
        <source>No tenure attribute and no contact dates: no retention curves.</source>
        <translation>Nessun attributo di anzianità e nessuna data di contatto: nessuna curva di permanenza.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>No purchase amounts in touchpoints and no spend attribute: no customer value.</source>
        <translation>Nessun importo di acquisto nei punti di contatto e nessun attributo di spesa: nessun valore del cliente.</translation>
    </message>
    <message>
        <source>Value at risk: each member&apos;s value × their churn risk from risk run {id}.</source>
        <translation>Valore a rischio: valore di ogni membro × il suo rischio di abbandono dal modello di rischio {id}.</translation>
    </message>
    <message>
        <source>Value at risk: value × the persona&apos;s churn rate (run the risk model for each customer&apos;s own risk).</source>
        <translation>Valore a rischio: valore × tasso di abbandono della persona (esegui il modello di rischio per il rischio di ogni cliente).</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>Lettura dei clienti…</translation>
    </message>
    <message>
        <source>No attribute to learn churn risk from: import numbers or categories about the customers (other than outcomes, identifiers and personal data).</source>
        <translation>Nessun attributo da cui imparare il rischio di abbandono: importa numeri o categorie sui clienti (oltre a risultati, identificativi e dati personali).</translation>
    </message>
    <message>
        <source>Left out, known for fewer than half the customers: {names}.</source>
        <translation>Esclusi, noti per meno di metà dei clienti: {names}.</translation>
    </message>
    <message>
        <source>Saving the risk run…</source>
        <translation>Salvataggio del modello di rischio…</translation>
    </message>
    <message>
        <source>There is no churn-risk run {id}. Run the risk model first (&apos;workbench retention PROJECT --risk&apos;).</source>
        <translation>Non c&apos;è un modello di rischio di abbandono {id}. Esegui prima il modello di rischio (&apos;workbench retention PROJECT --risk&apos;).</translation>
    </message>
    <message>
        <source>customer id</source>
        <translation type="unfinished">id cliente</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation type="unfinished">chiave cliente</translation>
    </message>
    <message>
        <source>customer label</source>
        <translation type="unfinished">etichetta cliente</translation>
    </message>
    <message>
        <source>churn risk</source>
        <translation>rischio di abbandono</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>perso</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valore</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motivi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clienti a rischio</translation>
    </message>
    <message>
        <source>{churned} of {customers} customers churned ({rate})</source>
        <translation>{churned} clienti su {customers} hanno abbandonato ({rate})</translation>
    </message>
    <message>
        <source>Churned = no contact in the {days} days before {date}, the last date in the data</source>
        <translation>Abbandono = nessun contatto nei {days} giorni prima del {date}, l&apos;ultima data nei dati</translation>
    </message>
    <message>
        <source>Churned = {outcome} is “{event}”</source>
        <translation>Abbandono = {outcome} è «{event}»</translation>
    </message>
    <message>
        <source>Churned = {outcome} has a date</source>
        <translation>Abbandono = {outcome} ha una data</translation>
    </message>
    <message>
        <source>Retention and value</source>
        <translation>Fidelizzazione e valore</translation>
    </message>
    <message>
        <source>What counts as churn: an outcome column (churned yes/no, a cancellation date) or no contact for a number of days</source>
        <translation>Cosa conta come abbandono: una colonna di risultato (abbandono sì/no, una data di disdetta) o nessun contatto per un numero di giorni</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days without any contact, before the last date in the data, that count as churn</source>
        <translation>Giorni senza alcun contatto, prima dell&apos;ultima data nei dati, che contano come abbandono</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Churn is:</source>
        <translation>Abbandono è:</translation>
    </message>
    <message>
        <source>Click a row to list the customers behind it</source>
        <translation>Fai clic su una riga per elencare i clienti che la compongono</translation>
    </message>
    <message>
        <source>Churn by</source>
        <translation>Abbandono per</translation>
    </message>
    <message>
        <source>Churn by group</source>
        <translation>Abbandono per gruppo</translation>
    </message>
    <message>
        <source>Retention curves</source>
        <translation>Curve di fidelizzazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Rischio di abbandono</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mappa del percorso</translation>
    </message>
    <message>
        <source>Friction costs</source>
        <translation>Costo degli attriti</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nessun progetto aperto</translation>
    </message>
    <message>
        <source>Reading churn and value…</source>
        <translation>Lettura di abbandono e valore…</translation>
    </message>
    <message>
        <source>Reading churn and value</source>
        <translation>Lettura di abbandono e valore</translation>
    </message>
    <message>
        <source>Churn could not be measured</source>
        <translation>Non è stato possibile misurare l&apos;abbandono</translation>
    </message>
    <message>
        <source>Churn cannot be measured yet</source>
        <translation>L&apos;abbandono non si può ancora misurare</translation>
    </message>
    <message>
        <source>Kaplan–Meier estimates; shaded: 95% interval. Click a persona in the legend to list its members.</source>
        <translation>Stime di Kaplan–Meier; in ombra: intervallo al 95%. Fai clic su una persona nella legenda per elencarne i membri.</translation>
    </message>
    <message>
        <source>RFM: recency, frequency and monetary value; scores 1–5 over all customers (5 = best). Value at risk = value × churn risk.</source>
        <translation>RFM: recenza, frequenza e valore monetario; punteggi 1–5 su tutti i clienti (5 = migliore). Valore a rischio = valore × rischio di abbandono.</translation>
    </message>
    <message>
        <source>No purchase amounts found: import touchpoints or attributes with amounts to see value.</source>
        <translation>Nessun importo di acquisto trovato: importa touchpoint o attributi con importi per vedere il valore.</translation>
    </message>
    <message>
        <source>the outcome {name}</source>
        <translation>il risultato {name}</translation>
    </message>
    <message>
        <source>no contact for</source>
        <translation>nessun contatto per</translation>
    </message>
    <message>
        <source>Suggested: {days} days, from the gaps between contacts</source>
        <translation>Suggeriti: {days} giorni, dagli intervalli tra i contatti</translation>
    </message>
    <message>
        <source>95% Wilson intervals; “against the rest” is the risk ratio with its interval.</source>
        <translation>Intervalli di Wilson al 95%; «rispetto agli altri» è il rapporto di rischio con il suo intervallo.</translation>
    </message>
    <message>
        <source>No figures by {dimension}: the data has none (personas need a persona set; stages and channels need touchpoints).</source>
        <translation>Nessun dato per {dimension}: i dati non ne hanno (le persona richiedono un insieme di persona; fasi e canali richiedono i touchpoint).</translation>
    </message>
    <message>
        <source>{group}: {events} of {n} churned</source>
        <translation>{group}: {events} abbandoni su {n}</translation>
    </message>
    <message>
        <source>Customers behind the figure</source>
        <translation>Clienti dietro al dato</translation>
    </message>
    <message>
        <source>Finding the customers behind a churn figure</source>
        <translation>Ricerca dei clienti dietro a un dato di abbandono</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>Running churn risk</source>
        <translation>Calcolo del rischio di abbandono</translation>
    </message>
    <message>
        <source>Churn risk could not be run</source>
        <translation>Non è stato possibile calcolare il rischio di abbandono</translation>
    </message>
    <message>
        <source>Export the at-risk list</source>
        <translation>Esporta l&apos;elenco dei clienti a rischio</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>at-risk customers</source>
        <translation>clienti a rischio</translation>
    </message>
    <message>
        <source>Exporting the at-risk list</source>
        <translation>Esportazione dell&apos;elenco a rischio</translation>
    </message>
    <message>
        <source>At-risk list exported</source>
        <translation>Elenco dei clienti a rischio esportato</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>No journey maps yet: create one from a persona in the Journeys area, then its pain points are ranked here by what they cost.</source>
        <translation>Ancora nessuna mappa del percorso: creane una da una persona nell&apos;area Percorsi, poi i suoi punti critici vengono ordinati qui per quanto costano.</translation>
    </message>
    <message>
        <source>Measuring what each friction point costs…</source>
        <translation>Misura di quanto costa ogni punto di attrito…</translation>
    </message>
    <message>
        <source>Measuring friction costs</source>
        <translation>Misura del costo degli attriti</translation>
    </message>
    <message>
        <source>Churn among the members who hit each point against those who did not; red: the whole 95% interval is above 1. Costliest first.</source>
        <translation>Abbandono tra i membri che hanno incontrato ciascun punto rispetto a chi no; in rosso: l&apos;intero intervallo al 95% è sopra 1. Prima i più costosi.</translation>
    </message>
    <message>
        <source>This map has no pain points or observed friction points yet.</source>
        <translation>Questa mappa non ha ancora punti critici né punti di attrito osservati.</translation>
    </message>
    <message>
        <source>Retention figures are not available in this version.</source>
        <translation>I dati di fidelizzazione non sono disponibili in questa versione.</translation>
    </message>
    <message>
        <source>median {time} {unit}</source>
        <translation>mediana {time} {unit}</translation>
    </message>
    <message>
        <source>median not reached</source>
        <translation>mediana non raggiunta</translation>
    </message>
    <message>
        <source>{label} · n={n}, {events} churned · {median}</source>
        <translation>{label} · n={n}, {events} abbandoni · {median}</translation>
    </message>
    <message>
        <source>No retention curves: the data has no tenure or contact dates.</source>
        <translation>Nessuna curva di fidelizzazione: i dati non hanno anzianità né date di contatto.</translation>
    </message>
    <message>
        <source>Time ({unit}) · share still a customer</source>
        <translation>Tempo ({unit}) · quota ancora cliente</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>Numero a rischio</translation>
    </message>
    <message>
        <source>predicted {predicted}: {observed} churned of {n}</source>
        <translation>previsto {predicted}: {observed} abbandoni su {n}</translation>
    </message>
    <message>
        <source>predicted → observed churn</source>
        <translation>abbandono previsto → osservato</translation>
    </message>
    <message>
        <source>Median churn risk {median} (middle half {q1}–{q3}); {high} of {n} members at 50% or more</source>
        <translation>Rischio di abbandono mediano {median} (metà centrale {q1}–{q3}); {high} membri su {n} al 50% o più</translation>
    </message>
    <message>
        <source>median {median}</source>
        <translation>mediana {median}</translation>
    </message>
    <message>
        <source>Persona</source>
        <extracomment>The row&apos;s object (a RateByGroup, CustomerRisk, FrictionCost...). RatesModel: (rate, low, high, max) for the interval bar delegate.</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Fase del percorso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{label}: {events} of {n} churned ({rate}, 95% interval {interval}); everyone else {rest}. Click to list these customers.</source>
        <translation>{label}: {events} abbandoni su {n} ({rate}, intervallo al 95% {interval}); tutti gli altri {rest}. Fai clic per elencare questi clienti.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abbandoni</translation>
    </message>
    <message>
        <source>Churn rate (95% interval)</source>
        <translation>Tasso di abbandono (intervallo al 95%)</translation>
    </message>
    <message>
        <source>Against the rest</source>
        <translation>Rispetto agli altri</translation>
    </message>
    <message>
        <source>Churn in this group divided by churn among everyone else, with its 95% interval. Red: surely higher; green: surely lower.</source>
        <translation>Abbandono in questo gruppo diviso per l&apos;abbandono di tutti gli altri, con l&apos;intervallo al 95%. Rosso: sicuramente più alto; verde: sicuramente più basso.</translation>
    </message>
    <message>
        <source>Recency (days)</source>
        <translation>Recenza (giorni)</translation>
    </message>
    <message>
        <source>Mean days since the last purchase; R score {score} of 5</source>
        <translation>Giorni medi dall&apos;ultimo acquisto; punteggio R {score} su 5</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Mean number of purchases; F score {score} of 5</source>
        <translation>Numero medio di acquisti; punteggio F {score} su 5</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>Valore monetario</translation>
    </message>
    <message>
        <source>Mean amount spent; M score {score} of 5</source>
        <translation>Importo medio speso; punteggio M {score} su 5</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>Punteggi RFM</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Valore totale</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valore atteso</translation>
    </message>
    <message>
        <source>Expected value over the next {days} days from the value model</source>
        <translation>Valore atteso nei prossimi {days} giorni secondo il modello del valore</translation>
    </message>
    <message>
        <source>Value at risk</source>
        <translation>Valore a rischio</translation>
    </message>
    <message>
        <source>Each member&apos;s value times their churn risk, summed</source>
        <translation>Somma del valore di ogni membro per il suo rischio di abbandono</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <translation>Cliente {id}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Top reasons</source>
        <translation>Motivi principali</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Punto critico</translation>
    </message>
    <message>
        <source>Stall</source>
        <translation>Stallo</translation>
    </message>
    <message>
        <source>Repeated contact</source>
        <translation>Contatto ripetuto</translation>
    </message>
    <message>
        <source>Drop-out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Feedback negativo</translation>
    </message>
    <message>
        <source>n={n}</source>
        <translation>n={n}</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Attrito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Churn if hit</source>
        <translation>Abbandono se incontrato</translation>
    </message>
    <message>
        <source>Churn if not</source>
        <translation>Abbandono se no</translation>
    </message>
    <message>
        <source>Risk ratio (95%)</source>
        <translation>Rapporto di rischio (95%)</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Valore in gioco</translation>
    </message>
    <message>
        <source>Regularised logistic regression</source>
        <translation>Regressione logistica regolarizzata</translation>
    </message>
    <message>
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <source>{model}: ROC AUC {auc} ± {sd} ({folds}-fold cross-validated)</source>
        <translation>{model}: ROC AUC {auc} ± {sd} (validazione incrociata a {folds} gruppi)</translation>
    </message>
    <message>
        <source>{line} — kept</source>
        <translation>{line} — scelto</translation>
    </message>
    <message>
        <source>Run churn risk</source>
        <translation>Calcola il rischio di abbandono</translation>
    </message>
    <message>
        <source>Train a churn-risk model on this project&apos;s customers in the background: logistic regression and gradient boosting compared by cross-validation</source>
        <translation>Addestra in background un modello del rischio di abbandono sui clienti del progetto: regressione logistica e gradient boosting confrontati con la validazione incrociata</translation>
    </message>
    <message>
        <source>No risk run yet. Run churn risk to score every customer and see the drivers.</source>
        <translation>Ancora nessun calcolo del rischio. Calcola il rischio di abbandono per valutare ogni cliente e vederne i fattori.</translation>
    </message>
    <message>
        <source>How well it predicts</source>
        <translation>Quanto bene prevede</translation>
    </message>
    <message>
        <source>What drives churn</source>
        <translation>Cosa spinge all&apos;abbandono</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrazione</translation>
    </message>
    <message>
        <source>Double-click a customer to open their page</source>
        <translation>Fai doppio clic su un cliente per aprirne la pagina</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Includi i dati personali</translation>
    </message>
    <message>
        <source>Names, e-mails, phone numbers and other personal-data columns are left out unless you tick this</source>
        <translation>Nomi, e-mail, numeri di telefono e altre colonne di dati personali sono esclusi se non spunti questa casella</translation>
    </message>
    <message>
        <source>Export at-risk list…</source>
        <translation>Esporta l&apos;elenco a rischio…</translation>
    </message>
    <message>
        <source>Read-only project: a risk run cannot be stored.</source>
        <translation>Progetto in sola lettura: un calcolo del rischio non può essere salvato.</translation>
    </message>
    <message>
        <source>Run churn risk again</source>
        <translation>Ricalcola il rischio di abbandono</translation>
    </message>
    <message>
        <source>Run of {when} · seed {seed} · {features} attributes used</source>
        <translation>Calcolo del {when} · seme {seed} · {features} attributi usati</translation>
    </message>
    <message>
        <source>Base rate: {rate} churned (a model that guesses scores AUC 0.50)</source>
        <translation>Tasso di base: {rate} abbandoni (un modello che tira a indovinare ha AUC 0,50)</translation>
    </message>
    <message>
        <source>Brier score {brier} (lower is better)</source>
        <translation>Punteggio di Brier {brier} (più basso è meglio)</translation>
    </message>
    <message>
        <source>No attribute moves the risk noticeably.</source>
        <translation>Nessun attributo sposta il rischio in modo apprezzabile.</translation>
    </message>
    <message>
        <source>Left out because they leak the outcome:</source>
        <translation>Escluse perché anticipano il risultato:</translation>
    </message>
    <message>
        <source>No attribute leaked the outcome.</source>
        <translation>Nessun attributo anticipava il risultato.</translation>
    </message>
    <message>
        <source>Customers at risk ({n})</source>
        <translation>Clienti a rischio ({n})</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Several sources are named &apos;{name}&apos;: give the source&apos;s number instead ({ids}).</source>
        <extracomment>Roles a stored column can be given after import (and the roles it can come from). The measure&apos;s kind and scale (&quot;csat:1-7&quot;) before and after, for Measure columns.</extracomment>
        <translation>Più fonti si chiamano &apos;{name}&apos;: indica invece il numero della fonte ({ids}).</translation>
    </message>
    <message>
        <source>There is no source &apos;{name}&apos;. Sources: {sources}.</source>
        <translation>Non esiste la fonte &apos;{name}&apos;. Fonti: {sources}.</translation>
    </message>
    <message>
        <source>There is no source {id}.</source>
        <translation>Non esiste la fonte {id}.</translation>
    </message>
    <message>
        <source>{source} has no column named &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>{source} non ha una colonna &apos;{column}&apos;. Le sue colonne sono: {columns}.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a column role. Use one of: {roles}.</source>
        <translation>&apos;{role}&apos; non è un ruolo di colonna. Usa uno tra: {roles}.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; says which customer each row is about, so its role cannot change. To use another column, delete the source and import the file again choosing the customer column.</source>
        <translation>&apos;{column}&apos; dice a quale cliente si riferisce ogni riga, quindi il suo ruolo non può cambiare. Per usare un&apos;altra colonna, elimina la fonte e importa di nuovo il file scegliendo la colonna del cliente.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; was imported as {role}; that role cannot change after import (free text became documents, personal data and dates are kept apart). Delete the source and import the file again with another role.</source>
        <translation>&apos;{column}&apos; è stata importata come {role}; questo ruolo non può cambiare dopo l&apos;importazione (il testo libero è diventato documenti, i dati personali e le date sono tenuti a parte). Elimina la fonte e importa di nuovo il file con un altro ruolo.</translation>
    </message>
    <message>
        <source>A column cannot become {role} after import. Choose one of: {roles}.</source>
        <translation>Una colonna non può diventare {role} dopo l&apos;importazione. Scegli tra: {roles}.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; of {source} cannot become {scale}: rows {rows} hold values outside its scale ({rule}), for example &apos;{value}&apos;. Choose another kind or scale, or keep the column Numeric.</source>
        <translation>&apos;{column}&apos; di {source} non può diventare {scale}: le righe {rows} contengono valori fuori dalla sua scala ({rule}), per esempio &apos;{value}&apos;. Scegli un altro tipo o un&apos;altra scala, oppure lascia la colonna come Numerico.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; of {source} cannot become {role}: row {row} holds &apos;{value}&apos;, whose leading zeros a number would lose. Keep it as text (identifier or categorical).</source>
        <translation>&apos;{column}&apos; di {source} non può diventare {role}: la riga {row} contiene &apos;{value}&apos;, i cui zeri iniziali andrebbero persi in un numero. Lasciala come testo (identificativo o categoria).</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; of {source} cannot become {role}: row {row} holds &apos;{value}&apos;, which is not a number. Keep it categorical, or fix the file and import it again.</source>
        <translation>&apos;{column}&apos; di {source} non può diventare {role}: la riga {row} contiene &apos;{value}&apos;, che non è un numero. Lasciala come categoria, oppure correggi il file e importalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>stratified by {column}</source>
        <translation>stratificato per {column}</translation>
    </message>
    <message>
        <source>random</source>
        <translation>casuale</translation>
    </message>
    <message>
        <source>From a sample of {size} of {population} rows ({source}, {method}, seed {seed}).</source>
        <translation>Da un campione di {size} su {population} righe ({source}, {method}, seme {seed}).</translation>
    </message>
    <message>
        <source>From a sample of {size} of {population} customers ({source}, {method}, seed {seed}).</source>
        <translation>Da un campione di {size} su {population} clienti ({source}, {method}, seme {seed}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Semicolon ; and decimal comma (Excel in Italian, most of Europe)</source>
        <translation>Punto e virgola ; e virgola decimale (Excel in italiano, gran parte d&apos;Europa)</translation>
    </message>
    <message>
        <source>Comma , and decimal point (Excel in English, R, Python)</source>
        <translation>Virgola , e punto decimale (Excel in inglese, R, Python)</translation>
    </message>
    <message>
        <source>From the language (semicolon for Italian, comma otherwise)</source>
        <translation>Secondo la lingua (punto e virgola per l&apos;italiano, virgola altrimenti)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <extracomment>Largest &quot;Offer a sample above N rows&quot; the spin box takes.</extracomment>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Backups are made when a project is opened and when it is closed after changes; older ones beyond this number are deleted.</source>
        <translation>I backup vengono creati quando un progetto viene aperto e quando viene chiuso dopo delle modifiche; quelli più vecchi oltre questo numero vengono eliminati.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Cartella Documenti</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Excel reads a CSV file with the separator of the computer&apos;s regional settings: in Italian (and most of Europe) it expects semicolons and decimal commas, otherwise it shows every row in one column. XLSX files are not affected.</source>
        <translation>Excel legge un file CSV con il separatore delle impostazioni internazionali del computer: in italiano (e in gran parte d&apos;Europa) si aspetta punti e virgola e virgole decimali, altrimenti mostra ogni riga in una sola colonna. I file XLSX non cambiano.</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> righe</translation>
    </message>
    <message>
        <source>A database or Parquet source with more rows than this is imported as a sample by default (random or stratified, recorded with the source). You can still import every row.</source>
        <translation>Una fonte database o Parquet con più righe di così viene importata come campione per impostazione predefinita (casuale o stratificato, registrato con la fonte). Puoi comunque importare tutte le righe.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Backups kept per project:</source>
        <translation>&amp;Backup conservati per progetto:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Cartella di &amp;esportazione:</translation>
    </message>
    <message>
        <source>&amp;CSV files:</source>
        <translation>File &amp;CSV:</translation>
    </message>
    <message>
        <source>Offer a &amp;sample above:</source>
        <translation>Proponi un ca&amp;mpione oltre:</translation>
    </message>
    <message>
        <source>The new language is used the next time Persona Workbench starts.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di Persona Workbench.</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Cartella di esportazione predefinita</translation>
    </message>
    <message>
        <source>Could not save the preferences</source>
        <translation>Impossibile salvare le preferenze</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}. Check that the folder exists and you may write to it, then try again.</source>
        <translation>Impossibile scrivere {path}: {error}. Controlla che la cartella esista e che tu abbia i permessi di scrittura, poi riprova.</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Lanes continued from the previous slide</source>
        <translation>Corsie continuate dalla diapositiva precedente</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emozione</translation>
    </message>
    <message>
        <source>{persona} against {rest} for everyone else ({size})</source>
        <translation>{persona} contro {rest} per tutti gli altri ({size})</translation>
    </message>
    <message>
        <source>Personas: {persona_set}</source>
        <translation>Personas: {persona_set}</translation>
    </message>
    <message>
        <source>Writing slide {n} of {total}…</source>
        <extracomment>Resolution of the preview images (dots per inch of a 13.333 in wide slide).</extracomment>
        <translation>Scrittura della diapositiva {n} di {total}…</translation>
    </message>
    <message>
        <source>The preview resolution must be between 30 and 300 dots per inch, not {dpi}.</source>
        <translation>La risoluzione dell&apos;anteprima deve essere tra 30 e 300 punti per pollice, non {dpi}.</translation>
    </message>
    <message>
        <source>Drawing slide {n} of {total}…</source>
        <translation>Disegno della diapositiva {n} di {total}…</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spagnolo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portoghese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>olandese</translation>
    </message>
    <message>
        <source>language not recognised</source>
        <translation>lingua non riconosciuta</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>intervistatore</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>rispondente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>guessed from the label</source>
        <translation>dedotto dall&apos;etichetta</translation>
    </message>
    <message>
        <source>guessed: asks the questions</source>
        <translation>dedotto: fa le domande</translation>
    </message>
    <message>
        <source>guessed by default</source>
        <translation>dedotto per impostazione predefinita</translation>
    </message>
    <message>
        <source>--set expects LABEL=ROLE, for example --set &quot;Maria=respondent&quot;; got &apos;{pair}&apos;.</source>
        <extracomment>Role words accepted by --set (English and Italian).</extracomment>
        <translation>--set vuole ETICHETTA=RUOLO, per esempio --set &quot;Maria=rispondente&quot;; ricevuto &apos;{pair}&apos;.</translation>
    </message>
    <message>
        <source>{n} speakers: {speakers}</source>
        <translation>{n} interlocutori: {speakers}</translation>
    </message>
    <message>
        <source>{label} ({role}, 1 turn)</source>
        <translation>{label} ({role}, 1 turno)</translation>
    </message>
    <message>
        <source>{label} ({role}, {turns} turns)</source>
        <translation>{label} ({role}, {turns} turni)</translation>
    </message>
    <message>
        <source>no speaker labels: read as one text</source>
        <translation>nessuna etichetta di interlocutore: letto come un unico testo</translation>
    </message>
    <message>
        <source>{language}: left out of themes (no stop words for this language)</source>
        <translation>{language}: escluso dai temi (nessuna parola vuota per questa lingua)</translation>
    </message>
    <message>
        <source>Some roles were guessed. Check the roles with: workbench speakers {project}</source>
        <translation>Alcuni ruoli sono stati dedotti. Controlla i ruoli con: workbench speakers {project}</translation>
    </message>
    <message>
        <source>--code-speaker and --code go together: --code-speaker LABEL --code CODE codes every turn of that speaker.</source>
        <translation>--code-speaker e --code vanno insieme: --code-speaker ETICHETTA --code CODICE codifica ogni turno di quell&apos;interlocutore.</translation>
    </message>
    <message>
        <source>Document {id}: {title}</source>
        <translation>Documento {id}: {title}</translation>
    </message>
    <message>
        <source>Speakers found again in {n} documents.</source>
        <translation>Interlocutori cercati di nuovo in {n} documenti.</translation>
    </message>
    <message>
        <source>{label}: {old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>{n} guessed roles confirmed.</source>
        <translation>{n} ruoli dedotti confermati.</translation>
    </message>
    <message>
        <source>Coded {n} turns of {speaker} with {codes}.</source>
        <translation>Codificati {n} turni di {speaker} con {codes}.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; (in --set {pair}) is not a speaker role: use interviewer or respondent.</source>
        <translation>&apos;{role}&apos; (in --set {pair}) non è un ruolo di interlocutore: usa interviewer (intervistatore) o respondent (rispondente).</translation>
    </message>
    <message>
        <source>No speaker is called &apos;{label}&apos; (in --set {pair}).</source>
        <translation>Nessun interlocutore si chiama &apos;{label}&apos; (in --set {pair}).</translation>
    </message>
    <message>
        <source>Nothing was changed. List the speakers with: workbench speakers {project}</source>
        <translation>Non è stato cambiato nulla. Elenca gli interlocutori con: workbench speakers {project}</translation>
    </message>
    <message>
        <source>No speakers yet: import transcripts with &apos;workbench documents {project} FOLDER&apos;.</source>
        <translation>Ancora nessun interlocutore: importa le trascrizioni con &apos;workbench documents {project} CARTELLA&apos;.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>interlocutore</translation>
    </message>
    <message>
        <source>key</source>
        <translation>chiave</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ruolo</translation>
    </message>
    <message>
        <source>how</source>
        <translation>come</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documenti</translation>
    </message>
    <message>
        <source>turns</source>
        <translation>turni</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caratteri</translation>
    </message>
    <message>
        <source>{n} roles are guessed: accept them with --confirm or correct them with --set LABEL=ROLE.</source>
        <translation>{n} ruoli sono dedotti: accettali con --confirm o correggili con --set ETICHETTA=RUOLO.</translation>
    </message>
    <message>
        <source>List who speaks in the transcripts (label, key, role, whether the role is confirmed or how it was guessed, documents, turns, spoken characters), and set their roles once for the whole project. Themes, search and counts read respondents&apos; turns by default. The changes of one command are made together or not at all.</source>
        <translation>Elenca chi parla nelle trascrizioni (etichetta, chiave, ruolo, se il ruolo è confermato o come è stato dedotto, documenti, turni, caratteri pronunciati) e ne imposta i ruoli una volta per tutto il progetto. Temi, ricerca e conteggi leggono per impostazione predefinita i turni dei rispondenti. Le modifiche di un comando si fanno tutte insieme o nessuna.</translation>
    </message>
    <message>
        <source>give speakers a role, by label, key or id: interviewer or respondent (intervistatore, rispondente); the role is then confirmed</source>
        <translation>dà un ruolo agli interlocutori, per etichetta, chiave o id: interviewer o respondent (intervistatore, rispondente); il ruolo risulta poi confermato</translation>
    </message>
    <message>
        <source>accept every guessed role as it is</source>
        <translation>accetta così come sono tutti i ruoli dedotti</translation>
    </message>
    <message>
        <source>find the speakers and turns of every document again (confirmed roles are kept, codings do not move); progress on standard error</source>
        <translation>cerca di nuovo interlocutori e turni di ogni documento (i ruoli confermati restano, le codifiche non si spostano); avanzamento sullo standard error</translation>
    </message>
    <message>
        <source>code every turn of this speaker (label, key or id) with --code</source>
        <translation>codifica con --code ogni turno di questo interlocutore (etichetta, chiave o id)</translation>
    </message>
    <message>
        <source>with --code-speaker: the code (name, Parent/Child path or id); repeat for more codes</source>
        <translation>con --code-speaker: il codice (nome, percorso Genitore/Figlio o id); ripetilo per più codici</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a choice of speakers: use respondents, interviewers or all.</source>
        <translation>&apos;{value}&apos; non è una scelta di parlanti: usa respondents (rispondenti), interviewers (intervistatori) o all (tutti).</translation>
    </message>
    <message>
        <source>No speaker is called &apos;{name}&apos;. List the speakers with: workbench speakers PROJECT</source>
        <translation>Nessun parlante si chiama &apos;{name}&apos;. Elenca i parlanti con: workbench speakers PROGETTO</translation>
    </message>
    <message>
        <source>Speaker {id} does not exist.</source>
        <translation>Il parlante {id} non esiste.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a speaker role: use interviewer or respondent.</source>
        <translation>&apos;{role}&apos; non è un ruolo di parlante: usa interviewer (intervistatore) o respondent (rispondente).</translation>
    </message>
    <message>
        <source>These turns hold no words to code.</source>
        <translation>Questi turni non contengono parole da codificare.</translation>
    </message>
    <message>
        <source>This speaker has no turns to code.</source>
        <translation>Questo parlante non ha turni da codificare.</translation>
    </message>
    <message>
        <source>{file} needs two columns: the transcript&apos;s file name, then the customer&apos;s key.</source>
        <extracomment>Header names (folded) of the mapping file&apos;s two columns, English and Italian.</extracomment>
        <translation>{file} deve avere due colonne: il nome del file della trascrizione, poi la chiave del cliente.</translation>
    </message>
    <message>
        <source>{file}: say which column holds the file names (call it &quot;file&quot;) and which the customer keys (call it &quot;customer&quot;).</source>
        <translation>{file}: indica quale colonna contiene i nomi dei file (chiamala &quot;file&quot;) e quale le chiavi dei clienti (chiamala &quot;cliente&quot;).</translation>
    </message>
    <message>
        <source>{file} holds no rows: write each transcript&apos;s file name and its customer&apos;s key on a row.</source>
        <translation>{file} non contiene righe: scrivi su ogni riga il nome del file di una trascrizione e la chiave del suo cliente.</translation>
    </message>
    <message>
        <source>no file name (customer &apos;{key}&apos;)</source>
        <translation>manca il nome del file (cliente &apos;{key}&apos;)</translation>
    </message>
    <message>
        <source>no imported transcript is called &apos;{name}&apos;</source>
        <translation>nessuna trascrizione importata si chiama &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no customer key for &apos;{name}&apos;</source>
        <translation>manca la chiave del cliente per &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no customer has the key &apos;{key}&apos;</source>
        <translation>nessun cliente ha la chiave &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{n} customers have the key &apos;{key}&apos;: link this transcript by hand on its page</source>
        <translation>{n} clienti hanno la chiave &apos;{key}&apos;: collega questa trascrizione a mano dalla sua pagina</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already given another customer on row {row}</source>
        <translation>a &apos;{name}&apos; è già assegnato un altro cliente alla riga {row}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>riga {row}: {problem}</translation>
    </message>
    <message>
        <source>{file} was not used, nothing was linked: {problems}.</source>
        <translation>{file} non è stato usato, nessuna trascrizione è stata collegata: {problems}.</translation>
    </message>
    <message>
        <source>{n} more rows have problems too.</source>
        <translation>Anche altre {n} righe hanno problemi.</translation>
    </message>
    <message>
        <source>Correct the file and try again.</source>
        <translation>Correggi il file e riprova.</translation>
    </message>
    <message>
        <source>Linking transcripts to customers…</source>
        <translation>Collegamento delle trascrizioni ai clienti…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>The project is open read-only: close it in the other window and open it again to change speakers.</source>
        <extracomment>A speaker asking at least this share of its turns as questions, clearly more than the others in the document, is guessed to be the interviewer.</extracomment>
        <translation>Il progetto è aperto in sola lettura: chiudilo nell&apos;altra finestra e riaprilo per modificare i parlanti.</translation>
    </message>
    <message>
        <source>Finding who speaks…</source>
        <translation>Ricerca di chi parla…</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split {name}</source>
        <translation>Separa {name}</translation>
    </message>
    <message>
        <source>Tick the rows that belong to a different person. They move to a new customer, and linking will keep the two apart from now on. You can undo this with Edit ▸ Undo.</source>
        <translation>Spunta le righe che appartengono a un&apos;altra persona. Verranno spostate in un nuovo cliente e da ora in poi il collegamento terrà separati i due. Puoi annullare con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <source>{source}, row {row}</source>
        <translation>{source}, riga {row}</translation>
    </message>
    <message>
        <source>Move to a new customer</source>
        <translation>Sposta in un nuovo cliente</translation>
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
    <name>Themes</name>
    <message>
        <source>Cutting the text into passages…</source>
        <extracomment>Conversational filler, backchannel and interview talk in English: said in every interview, about nothing in particular, so never a theme. The same in Italian. Fillers of several words. Themes read single words only (no bigrams), and every word of these is a stop word, so &quot;you know&quot; can never make &quot;know&quot; a theme word. Every word a theme never shows: stop words, filler and the words of filler phrases. Sentences are grouped into a passage until it is at least this long (characters)… …and never longer than this, unless one sentence alone is. Passages shorter than this (characters) carry too little text to show a theme. At most this many passages are factorised (a seeded sample beyond it). A paragraph, white space trimmed: lines up to a blank line. Where a sentence ends: its punctuation (and closing quotes or brackets) before a space. A span to read: (document id, text) for the whole text, or (document id, text, start, end) for a stretch of it. Offsets are code points into the text.</extracomment>
        <translation>Suddivisione del testo in passaggi…</translation>
    </message>
    <message>
        <source>Weighing words…</source>
        <translation>Ponderazione delle parole…</translation>
    </message>
    <message>
        <source>Finding themes…</source>
        <translation>Ricerca dei temi…</translation>
    </message>
    <message>
        <source>Choosing example passages…</source>
        <translation>Scelta dei passaggi di esempio…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Completato.</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>There is no persona set {id}. Run &apos;workbench persona-sets PROJECT&apos; to see the sets.</source>
        <extracomment>Columns of the long table (``trends_table``/``export_trends``), in order; stable names. Passages shown with a recurring negative experience.</extracomment>
        <translation>Non esiste l&apos;insieme di personas {id}. Esegui &apos;workbench persona-sets PROJECT&apos; per vedere gli insiemi.</translation>
    </message>
    <message>
        <source>No persona set yet: make personas first (the Personas area, or &apos;workbench personas PROJECT&apos;), then look at trends by persona.</source>
        <translation>Ancora nessun insieme di personas: crea prima le personas (area Personas, oppure &apos;workbench personas PROJECT&apos;), poi guarda le tendenze per persona.</translation>
    </message>
    <message>
        <source>Trends by stage need touchpoint actions mapped to the stages of a journey map: create a journey map from a persona (&apos;workbench journey PROJECT --persona ID&apos;; actions whose words name a stage are mapped when it is made, and can be changed on the map), or import a touchpoint log with a stage column.</source>
        <translation>Le tendenze per fase richiedono azioni dei touchpoint associate alle fasi di una mappa del percorso: crea una mappa del percorso da una persona (&apos;workbench journey PROJECT --persona ID&apos;; le azioni le cui parole nominano una fase vengono associate quando la mappa è creata, e si possono cambiare sulla mappa), oppure importa un registro di touchpoint con una colonna della fase.</translation>
    </message>
    <message>
        <source>No journey map maps actions to its stages. {how}</source>
        <translation>Nessuna mappa del percorso associa azioni alle sue fasi. {how}</translation>
    </message>
    <message>
        <source>Journey map &apos;{name}&apos; maps no action to a stage. {how}</source>
        <translation>La mappa del percorso &apos;{name}&apos; non associa nessuna azione a una fase. {how}</translation>
    </message>
    <message>
        <source>There is no journey map {id}. Run &apos;workbench journeys PROJECT&apos; to see the maps.</source>
        <translation>Non esiste la mappa del percorso {id}. Esegui &apos;workbench journeys PROJECT&apos; per vedere le mappe.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date for {which}: write it as 2024-03-31.</source>
        <translation>&apos;{value}&apos; non è una data per {which}: scrivila come 2024-03-31.</translation>
    </message>
    <message>
        <source>The start date {start} is after the end date {end}.</source>
        <translation>La data di inizio {start} è successiva alla data di fine {end}.</translation>
    </message>
    <message>
        <source>Reading the groups…</source>
        <translation>Lettura dei gruppi…</translation>
    </message>
    <message>
        <source>Reading the touchpoints…</source>
        <translation>Lettura dei touchpoint…</translation>
    </message>
    <message>
        <source>Placing the touchpoints in periods…</source>
        <translation>Collocazione dei touchpoint nei periodi…</translation>
    </message>
    <message>
        <source>{n} touchpoints have no date and are in no period.</source>
        <translation>{n} touchpoint non hanno una data e non sono in alcun periodo.</translation>
    </message>
    <message>
        <source>Placing the touchpoints on stages…</source>
        <translation>Collocazione dei touchpoint nelle fasi…</translation>
    </message>
    <message>
        <source>{n} touchpoints have an action mapped to no stage of the map and count for everyone only.</source>
        <translation>{n} touchpoint hanno un&apos;azione non associata ad alcuna fase della mappa e contano solo per tutti.</translation>
    </message>
    <message>
        <source>Reading the answers and the complaints…</source>
        <translation>Lettura delle risposte e dei reclami…</translation>
    </message>
    <message>
        <source>Counting customers per period…</source>
        <translation>Conteggio dei clienti per periodo…</translation>
    </message>
    <message>
        <source>No touchpoint has a score: there is no friction series.</source>
        <translation>Nessun touchpoint ha un punteggio: non c&apos;è una serie dell&apos;attrito.</translation>
    </message>
    <message>
        <source>{n} active customers are in no persona of the set and count for everyone only.</source>
        <translation>{n} clienti attivi non sono in alcuna persona dell&apos;insieme e contano solo per tutti.</translation>
    </message>
    <message>
        <source>Testing for shifts…</source>
        <translation>Verifica dei cambiamenti…</translation>
    </message>
    <message>
        <source>Finding the passages…</source>
        <translation>Ricerca dei passaggi…</translation>
    </message>
    <message>
        <source>Only {n} periods: shifts are tested from {needed} periods on (the last {window} against at least {before} before them).</source>
        <translation>Solo {n} periodi: i cambiamenti sono verificati da {needed} periodi in su (gli ultimi {window} contro almeno {before} precedenti).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>The data stop on {day}, before the end of {period}: that period is shown but left out of the tests (it would look like a drop).</source>
        <translation>I dati si fermano il {day}, prima della fine di {period}: quel periodo è mostrato ma escluso dai test (sembrerebbe un calo).</translation>
    </message>
    <message>
        <source>The data start on {day}, after the start of {period}: that period is shown but left out of the tests.</source>
        <translation>I dati iniziano il {day}, dopo l&apos;inizio di {period}: quel periodo è mostrato ma escluso dai test.</translation>
    </message>
    <message>
        <source>The last {window} periods of each series are compared with the periods before them: a pooled two-proportion z test for shares, Welch&apos;s t test for means and a z test on the promoter (+1), passive (0), detractor (−1) score for NPS, each with at least {n} customers or answers on each side. Complaint codes are also tested for a rise over all periods (one-sided Cochran–Armitage trend test). The {tests} p-values are adjusted together with Benjamini–Hochberg; a shift is flagged when its false discovery rate (q) is at most {fdr}%. A complaint rising across at least {customers} customers is a recurring negative experience.</source>
        <translation>Gli ultimi {window} periodi di ogni serie sono confrontati con i periodi precedenti: test z per due proporzioni (aggregato) per le quote, test t di Welch per le medie e test z sul punteggio promotore (+1), passivo (0), detrattore (−1) per l&apos;NPS, ciascuno con almeno {n} clienti o risposte per parte. I codici di reclamo sono verificati anche per una crescita su tutti i periodi (test di tendenza di Cochran–Armitage, unilaterale). I {tests} valori p sono corretti insieme con Benjamini–Hochberg; un cambiamento è segnalato quando il suo tasso di false scoperte (q) è al massimo {fdr}%. Un reclamo in crescita tra almeno {customers} clienti è un&apos;esperienza negativa ricorrente.</translation>
    </message>
    <message>
        <source>Nothing is dated between {start} and {end}: no touchpoint, answer or customer document falls in that range. Widen --from/--to.</source>
        <translation>Nulla è datato tra {start} e {end}: nessun touchpoint, risposta o documento dei clienti cade in quell&apos;intervallo. Allarga --from/--to.</translation>
    </message>
    <message>
        <source>Nothing in this project is dated: trends need touchpoints with a date (an event log with a timestamp column, linked to customers), or survey answers and customer documents whose rows have a date column.</source>
        <translation>In questo progetto nulla ha una data: le tendenze richiedono touchpoint con una data (un registro di eventi con una colonna data e ora, collegato ai clienti), oppure risposte a sondaggi e documenti dei clienti le cui righe hanno una colonna data.</translation>
    </message>
    <message>
        <source>{measure}: {n} answers have no date and are in no period.</source>
        <translation>{measure}: {n} risposte non hanno una data e non sono in alcun periodo.</translation>
    </message>
    <message>
        <source>{n} customer documents have no date (transcripts, or rows without a date column) and are left out of the complaint series.</source>
        <translation>{n} documenti dei clienti non hanno una data (trascrizioni, o righe senza colonna data) e sono esclusi dalle serie dei reclami.</translation>
    </message>
    <message>
        <source>No code of the code book names a complaint (complaint, problem, friction, pain...): there are no complaint series.</source>
        <translation>Nessun codice del libro dei codici indica un reclamo (reclamo, problema, attrito, difficoltà...): non ci sono serie dei reclami.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Andamenti</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Trends are written as .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>Le tendenze si scrivono come .csv o .xlsx, non &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Trends follow the personas of a persona set month by month. Make a persona set first in the Personas area (or on the command line: workbench personas PROJECT).</source>
        <translation>Gli andamenti seguono mese per mese le personas di un set di personas. Crea prima un set di personas nell&apos;area Personas (o dalla riga di comando: workbench personas PROGETTO).</translation>
    </message>
    <message>
        <source>Trends need dated touchpoints: import a touchpoint event log (one row per contact, with a customer column, a channel column and a date column). In the import preview, give the column with each contact&apos;s date the Date role, so it becomes the touchpoint date.</source>
        <translation>Gli andamenti richiedono punti di contatto datati: importa un registro di eventi (una riga per contatto, con una colonna cliente, una colonna canale e una colonna data). Nell&apos;anteprima di importazione assegna il ruolo Data alla colonna con la data di ogni contatto, così diventa la data del punto di contatto.</translation>
    </message>
    <message>
        <source>Trends by journey stage need a journey map: create one from a persona in the Journeys area. Each touchpoint counts for the stage its event log&apos;s stage column names or, without one, the stage its action is mapped to.</source>
        <translation>Gli andamenti per fase del percorso richiedono una mappa del percorso: creane una da una persona nell&apos;area Percorsi. Ogni punto di contatto conta per la fase indicata dalla colonna fase del registro di eventi o, se manca, per la fase a cui è associata la sua azione.</translation>
    </message>
    <message>
        <source>No dated touchpoint could be placed in a stage of this journey map: its event log has no stage column and no action is mapped to a stage. Import an event log with a stage column (values named like the map&apos;s stages), or actions that the stages name, then refresh.</source>
        <translation>Nessun punto di contatto datato può essere collocato in una fase di questa mappa del percorso: il registro di eventi non ha una colonna fase e nessuna azione è associata a una fase. Importa un registro di eventi con una colonna fase (valori chiamati come le fasi della mappa), o con azioni che le fasi nominano, poi aggiorna.</translation>
    </message>
    <message>
        <source>The persona set whose personas are followed</source>
        <translation>Il set di personas di cui si seguono le personas</translation>
    </message>
    <message>
        <source>The journey map whose stages are followed</source>
        <translation>La mappa del percorso di cui si seguono le fasi</translation>
    </message>
    <message>
        <source>No journey map</source>
        <translation>Nessuna mappa del percorso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Untick for no limit: from the first dated touchpoint</source>
        <translation>Togli la spunta per nessun limite: dal primo punto di contatto datato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Untick for no limit: up to the last dated touchpoint</source>
        <translation>Togli la spunta per nessun limite: fino all&apos;ultimo punto di contatto datato</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Compute the trends again with these choices</source>
        <translation>Calcola di nuovo gli andamenti con queste scelte</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Save every series with its n as CSV or XLSX</source>
        <translation>Salva ogni serie con il suo n come CSV o XLSX</translation>
    </message>
    <message>
        <source>Persona set</source>
        <translation>Set di personas</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nessun progetto aperto</translation>
    </message>
    <message>
        <source>Computing the trends…</source>
        <translation>Calcolo degli andamenti…</translation>
    </message>
    <message>
        <source>Computing the trends</source>
        <translation>Calcolo degli andamenti</translation>
    </message>
    <message>
        <source>Trends could not be computed</source>
        <translation>Non è stato possibile calcolare gli andamenti</translation>
    </message>
    <message>
        <source>Make a persona set first</source>
        <translation>Crea prima un set di personas</translation>
    </message>
    <message>
        <source>No journey map yet</source>
        <translation>Ancora nessuna mappa del percorso</translation>
    </message>
    <message>
        <source>No dated touchpoints yet</source>
        <translation>Ancora nessun punto di contatto datato</translation>
    </message>
    <message>
        <source>No touchpoint maps to a stage</source>
        <translation>Nessun punto di contatto corrisponde a una fase</translation>
    </message>
    <message>
        <source>The journey map&apos;s stages have no touchpoints</source>
        <translation>Le fasi della mappa del percorso non hanno punti di contatto</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the trend series</source>
        <translation>Esporta le serie degli andamenti</translation>
    </message>
    <message>
        <source>trends</source>
        <translation>andamenti</translation>
    </message>
    <message>
        <source>Exporting the trend series</source>
        <translation>Esportazione delle serie degli andamenti</translation>
    </message>
    <message>
        <source>Trend series exported</source>
        <translation>Serie degli andamenti esportate</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>Trends are not available in this version.</source>
        <extracomment>Why there is no report (TrendsOverview.problem). By stage, the service could not place touchpoints on the map&apos;s stages (its message says why).</extracomment>
        <translation>Gli andamenti non sono disponibili in questa versione.</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <extracomment>How close (pixels) the mouse must be to a point for its tooltip. Indices (in report.series) of the lines drawn.</extracomment>
        <translation>Grafico dell&apos;andamento</translation>
    </message>
    <message>
        <source>Choose a row below to draw its series.</source>
        <translation>Scegli una riga qui sotto per disegnarne la serie.</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>confrontati</translation>
    </message>
    <message>
        <source>Hollow points: fewer than {n} customers.</source>
        <translation>Punti vuoti: meno di {n} clienti.</translation>
    </message>
    <message>
        <source>Recurring negative experiences</source>
        <extracomment>Links in the recurring list: passage:document:start:end and series:index.</extracomment>
        <translation>Esperienze negative ricorrenti</translation>
    </message>
    <message>
        <source>Other flagged shifts</source>
        <translation>Altri cambiamenti segnalati</translation>
    </message>
    <message>
        <source>Click a shift to draw its series</source>
        <translation>Fai clic su un cambiamento per disegnarne la serie</translation>
    </message>
    <message>
        <source>How shifts are flagged</source>
        <translation>Come si segnalano i cambiamenti</translation>
    </message>
    <message>
        <source>Flagged: {change} ({test}, {q})</source>
        <translation>Segnalato: {change} ({test}, {q})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Flagged change</source>
        <translation>Cambiamento segnalato</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiamento</translation>
    </message>
    <message>
        <source>q-value</source>
        <translation>valore q</translation>
    </message>
    <message>
        <source>The p-value adjusted for the number of tests (Benjamini–Hochberg); unadjusted: {p}</source>
        <translation>Il valore p corretto per il numero di test (Benjamini–Hochberg); non corretto: {p}</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>By persona</source>
        <translation>Per persona</translation>
    </message>
    <message>
        <source>By journey stage</source>
        <translation>Per fase del percorso</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Clienti attivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Friction</source>
        <translation>Attrito</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Outcome “{outcome}”</source>
        <translation>Esito «{outcome}»</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{value} (n={n})</source>
        <translation>{value} (n={n})</translation>
    </message>
    <message>
        <source>{value} ({count} of {n} customers)</source>
        <translation>{value} ({count} di {n} clienti)</translation>
    </message>
    <message>
        <source>Small n: fewer than {n} customers, the figure can move a lot.</source>
        <translation>n piccolo: meno di {n} clienti, il valore può variare molto.</translation>
    </message>
    <message>
        <source>q &lt; {limit}</source>
        <translation>q &lt; {limit}</translation>
    </message>
    <message>
        <source>q = {q}</source>
        <translation>q = {q}</translation>
    </message>
    <message>
        <source>p &lt; {limit}</source>
        <translation>p &lt; {limit}</translation>
    </message>
    <message>
        <source>p = {p}</source>
        <translation>p = {p}</translation>
    </message>
    <message>
        <source>recent periods vs earlier</source>
        <translation>periodi recenti rispetto ai precedenti</translation>
    </message>
    <message>
        <source>steady rise</source>
        <translation>aumento costante</translation>
    </message>
    <message>
        <source>in the last {n} months</source>
        <translation>negli ultimi {n} mesi</translation>
    </message>
    <message>
        <source>in the last {n} weeks</source>
        <translation>nelle ultime {n} settimane</translation>
    </message>
    <message>
        <source>{customers} customers {periods}</source>
        <translation>{customers} clienti {periods}</translation>
    </message>
    <message>
        <source>Nothing changed more than chance would explain: no series is flagged.</source>
        <translation>Niente è cambiato più di quanto spieghi il caso: nessuna serie è segnalata.</translation>
    </message>
    <message>
        <source>No complaint is rising across many customers.</source>
        <translation>Nessun reclamo è in aumento tra molti clienti.</translation>
    </message>
</context>
<context>
    <name>Voc</name>
    <message>
        <source>This project has no measure column yet. Mark a score column (NPS, CSAT, CES or a star rating) as a measure: in the Data area choose the role Measure, or run &apos;workbench roles PROJECT SOURCE --set &quot;COLUMN=measure:nps&quot;&apos; (or measure:csat:1-5, measure:ces:1-7, measure:rating:1-5).</source>
        <extracomment>Columns of the measures table (export_measures), in order; stable names. A source column whose header says it holds each row&apos;s journey stage. Example sentences per driver, quotes per stage of the front-line lane.</extracomment>
        <translation>Il progetto non ha ancora una colonna di misura. Segna come misura una colonna di punteggi (NPS, CSAT, CES o valutazione a stelle): nell&apos;area Dati scegli il ruolo Misura, oppure esegui &apos;workbench roles PROJECT SOURCE --set &quot;COLUMN=measure:nps&quot;&apos; (o measure:csat:1-5, measure:ces:1-7, measure:rating:1-5).</translation>
    </message>
    <message>
        <source>The project is open read-only: close it in the other window and open it again to change whose voice a source or document is, or to add cards.</source>
        <translation>Il progetto è aperto in sola lettura: chiudilo nell&apos;altra finestra e riaprilo per cambiare di chi è la voce di una fonte o di un documento, o per aggiungere schede.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>No persona set yet: make personas to see measures by persona.</source>
        <translation>Nessun insieme di persona: crea le persona per vedere le misure per persona.</translation>
    </message>
    <message>
        <source>No journey map yet: create one from a persona to see measures by stage.</source>
        <translation>Nessuna mappa del percorso: creane una da una persona per vedere le misure per fase.</translation>
    </message>
    <message>
        <source>There is no persona set {id}.</source>
        <translation>Non esiste l&apos;insieme di persona {id}.</translation>
    </message>
    <message>
        <source>There is no journey map {id}.</source>
        <translation>Non esiste la mappa del percorso {id}.</translation>
    </message>
    <message>
        <source>No measure column holds {voice} answers.</source>
        <translation>Nessuna colonna di misura contiene risposte con voce {voice}.</translation>
    </message>
    <message>
        <source>Measuring {measure}…</source>
        <translation>Calcolo di {measure}…</translation>
    </message>
    <message>
        <source>Reading the open answers…</source>
        <translation>Lettura delle risposte aperte…</translation>
    </message>
    <message>
        <source>{n} of {total} open answers are in a language the sentiment lexicons do not know (English and Italian only): counted as neutral.</source>
        <translation>{n} risposte aperte su {total} sono in una lingua che i lessici del sentiment non conoscono (solo inglese e italiano): contate come neutre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>{measure}: {n} answers have no date and are in no month.</source>
        <translation>{measure}: {n} risposte non hanno una data e non rientrano in nessun mese.</translation>
    </message>
    <message>
        <source>{measure}: {n} answers have no channel.</source>
        <translation>{measure}: {n} risposte non hanno un canale.</translation>
    </message>
    <message>
        <source>{measure}: {n} answers could not be placed on a stage of the journey map.</source>
        <translation>{measure}: non è stato possibile collocare {n} risposte in una fase della mappa del percorso.</translation>
    </message>
    <message>
        <source>{measure}: {n} answers are from customers in no persona.</source>
        <translation>{measure}: {n} risposte sono di clienti che non rientrano in nessuna persona.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>front-line</source>
        <translation>personale</translation>
    </message>
    <message>
        <source>Column {id} is not a measure column. Run &apos;workbench voc PROJECT&apos; to see the measures.</source>
        <translation>La colonna {id} non è una colonna di misura. Esegui &apos;workbench voc PROJECT&apos; per vedere le misure.</translation>
    </message>
    <message>
        <source>{measure} holds {voice} answers: ask for drivers with that voice.</source>
        <translation>{measure} contiene risposte con voce {voice}: chiedi i fattori con quella voce.</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>Lettura delle risposte…</translation>
    </message>
    <message>
        <source>Reading codes and themes…</source>
        <translation>Lettura di codici e temi…</translation>
    </message>
    <message>
        <source>Reading attributes…</source>
        <translation>Lettura degli attributi…</translation>
    </message>
    <message>
        <source>Ranking drivers…</source>
        <translation>Ordinamento dei fattori…</translation>
    </message>
    <message>
        <source>No {voice} documents of these respondents: drivers come from attributes only.</source>
        <translation>Nessun documento con voce {voice} di questi rispondenti: i fattori vengono solo dagli attributi.</translation>
    </message>
    <message>
        <source>Few respondents in the low ({low}) or high ({high}) band: read the drivers as hints.</source>
        <translation>Pochi rispondenti nella fascia bassa ({low}) o alta ({high}): leggi i fattori come indizi.</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>Ricerca degli esempi…</translation>
    </message>
    <message>
        <source>There is no persona {id} (in this set).</source>
        <translation>Non esiste la persona {id} (in questo insieme).</translation>
    </message>
    <message>
        <source>There is no source {id}. Run &apos;workbench sources PROJECT&apos; to see the sources.</source>
        <translation>Non esiste la fonte {id}. Esegui &apos;workbench sources PROJECT&apos; per vedere le fonti.</translation>
    </message>
    <message>
        <source>There is no document {id} (was it deleted?).</source>
        <translation>Non esiste il documento {id} (è stato eliminato?).</translation>
    </message>
    <message>
        <source>Detractors {lift}× as often as promoters, n = {n}</source>
        <translation>Detrattori {lift}× più spesso dei promotori, n = {n}</translation>
    </message>
    <message>
        <source>Low scorers {lift}× as often as high scorers, n = {n}</source>
        <translation>Punteggi bassi {lift}× più spesso dei punteggi alti, n = {n}</translation>
    </message>
    <message>
        <source>This journey map has no pain-points lane: add one, then try again.</source>
        <translation>Questa mappa del percorso non ha una corsia dei punti critici: aggiungila e riprova.</translation>
    </message>
    <message>
        <source>Stage {id} is not a stage of this map.</source>
        <translation>La fase {id} non è una fase di questa mappa.</translation>
    </message>
    <message>
        <source>Front-line view</source>
        <translation>Il punto di vista del personale</translation>
    </message>
    <message>
        <source>Measures are written as .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>Le misure si salvano come .csv o .xlsx, non &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <source>Mark a survey score column as a measure: when importing, choose the Measure role for it in the import preview (with its kind: NPS, CSAT, CES or star rating), or on the command line: workbench roles PROJECT SOURCE --set &quot;COLUMN=measure:nps&quot;.</source>
        <translation>Segna come misura una colonna di punteggi del sondaggio: durante l&apos;importazione scegli per essa il ruolo Misura nell&apos;anteprima (con il tipo: NPS, CSAT, CES o valutazione a stelle), oppure dalla riga di comando: workbench roles PROJECT SOURCE --set &quot;COLUMN=measure:nps&quot;.</translation>
    </message>
    <message>
        <source>Voice of the customer</source>
        <translation>Voce del cliente</translation>
    </message>
    <message>
        <source>The persona set whose personas group the answers</source>
        <translation>L&apos;insieme di personas le cui personas raggruppano le risposte</translation>
    </message>
    <message>
        <source>The journey map whose stages group the answers</source>
        <translation>La mappa del percorso le cui fasi raggruppano le risposte</translation>
    </message>
    <message>
        <source>Whose answers: customers, front-line staff, or both side by side (never mixed into one figure)</source>
        <translation>Di chi sono le risposte: dei clienti, del personale di contatto o di entrambi affiancati (mai mescolati in un solo valore)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Esporta tabella…</translation>
    </message>
    <message>
        <source>Save the measures table as CSV or XLSX</source>
        <translation>Salva la tabella delle misure come CSV o XLSX</translation>
    </message>
    <message>
        <source>Persona set</source>
        <translation>Insieme di personas</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mappa del percorso</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Suddividi per</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Key drivers</source>
        <translation>Fattori chiave</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nessun progetto aperto</translation>
    </message>
    <message>
        <source>Reading the measures…</source>
        <translation>Lettura delle misure…</translation>
    </message>
    <message>
        <source>Reading the measures</source>
        <translation>Lettura delle misure</translation>
    </message>
    <message>
        <source>The measures could not be read</source>
        <translation>Non è stato possibile leggere le misure</translation>
    </message>
    <message>
        <source>No measure columns yet</source>
        <translation>Ancora nessuna colonna di misura</translation>
    </message>
    <message>
        <source>“small n”: fewer than 30 answers; the figure is shown but can move a lot, read its interval.</source>
        <translation>«n piccolo»: meno di 30 risposte; il valore è mostrato ma può cambiare molto, leggine l&apos;intervallo.</translation>
    </message>
    <message>
        <source>Looking for key drivers…</source>
        <translation>Ricerca dei fattori chiave…</translation>
    </message>
    <message>
        <source>Looking for key drivers</source>
        <translation>Ricerca dei fattori chiave</translation>
    </message>
    <message>
        <source>No journey map yet</source>
        <translation>Ancora nessuna mappa del percorso</translation>
    </message>
    <message>
        <source>Create a journey map from a persona in the Journeys area first; then drivers can be added to its stages as pain points.</source>
        <translation>Crea prima una mappa del percorso da una persona nell&apos;area Percorsi; poi i fattori si possono aggiungere alle sue fasi come punti critici.</translation>
    </message>
    <message>
        <source>“{driver}” added as a pain point. Edit ▸ Undo removes it.</source>
        <translation>«{driver}» aggiunto come punto critico. Modifica ▸ Annulla lo toglie.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modifica non è stata fatta</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the measures table</source>
        <translation>Esporta la tabella delle misure</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>misure</translation>
    </message>
    <message>
        <source>Exporting the measures table</source>
        <translation>Esportazione della tabella delle misure</translation>
    </message>
    <message>
        <source>Measures table exported</source>
        <translation>Tabella delle misure esportata</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>Voice of the customer figures are not available in this version.</source>
        <translation>Le cifre della voce del cliente non sono disponibili in questa versione.</translation>
    </message>
    <message>
        <source>Mark “{source}” as {voice}</source>
        <translation>Segna «{source}» come voce: {voice}</translation>
    </message>
    <message>
        <source>Mark “{document}” as front-line voice</source>
        <translation>Segna «{document}» come voce del personale di contatto</translation>
    </message>
    <message>
        <source>Mark “{document}” as customer voice</source>
        <translation>Segna «{document}» come voce dei clienti</translation>
    </message>
    <message>
        <source>Add pain point “{driver}”</source>
        <translation>Aggiungi il punto critico «{driver}»</translation>
    </message>
    <message>
        <source>Add to journey as pain point</source>
        <translation>Aggiungi al percorso come punto critico</translation>
    </message>
    <message>
        <source>“{driver}” becomes a pain point card on the chosen stage, linked to its first example quote. Edit ▸ Undo removes it.</source>
        <translation>«{driver}» diventa una scheda di punto critico nella fase scelta, collegata alla sua prima citazione di esempio. Modifica ▸ Annulla la toglie.</translation>
    </message>
    <message>
        <source>Add pain point</source>
        <translation>Aggiungi punto critico</translation>
    </message>
    <message>
        <source>Journey map:</source>
        <translation>Mappa del percorso:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>What they say</source>
        <extracomment>How an example&apos;s link names its passage: passage:document:start:end.</extracomment>
        <translation>Cosa dicono</translation>
    </message>
    <message>
        <source>Add to journey as pain point…</source>
        <translation>Aggiungi al percorso come punto critico…</translation>
    </message>
    <message>
        <source>Put the selected driver on a journey map as a pain point, with its quotes</source>
        <translation>Metti il fattore selezionato su una mappa del percorso come punto critico, con le sue citazioni</translation>
    </message>
    <message>
        <source>Drivers of</source>
        <translation>Fattori di</translation>
    </message>
    <message>
        <source>{low_n} {low} compared with {high_n} {high}. Lift above 1: more common among {low}; red: the whole 95% interval is above 1, green: below 1.</source>
        <translation>{low_n} {low} confrontati con {high_n} {high}. Rapporto sopra 1: più comune tra i {low}; rosso: l&apos;intero intervallo al 95% è sopra 1, verde: sotto 1.</translation>
    </message>
    <message>
        <source>Nothing stands out among the {low} yet: code their open answers in the Evidence area to find drivers.</source>
        <translation>Per ora nulla spicca tra i {low}: codifica le loro risposte aperte nell&apos;area Evidenze per trovare i fattori.</translation>
    </message>
    <message>
        <source>No quotes for this driver.</source>
        <translation>Nessuna citazione per questo fattore.</translation>
    </message>
    <message>
        <source>Front-line staff</source>
        <translation>Personale di contatto</translation>
    </message>
    <message>
        <source>No customer linked</source>
        <translation>Nessun cliente collegato</translation>
    </message>
    <message>
        <source>{kind} {value} from {n} answers ({voice})</source>
        <extracomment>(high, middle, low) shares for the stacked bar delegate.</extracomment>
        <translation>{kind} {value} da {n} risposte ({voice})</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Value (95% interval)</source>
        <translation>Valore (intervallo al 95%)</translation>
    </message>
    <message>
        <source>High · middle · low</source>
        <translation>Alti · medi · bassi</translation>
    </message>
    <message>
        <source>Lift: how many times more often low scorers have it than high scorers, with its 95% interval.</source>
        <translation>Rapporto: quante volte più spesso ce l&apos;ha chi dà punteggi bassi rispetto a chi dà punteggi alti, con l&apos;intervallo al 95%.</translation>
    </message>
    <message>
        <source>The interval includes 1: this may be chance.</source>
        <translation>L&apos;intervallo comprende 1: può essere un caso.</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fattore</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lift (95%)</source>
        <translation>Rapporto (95%)</translation>
    </message>
    <message>
        <source>Where it shows</source>
        <translation>Dove compare</translation>
    </message>
    <message>
        <source>{positive} positive · {neutral} neutral · {negative} negative</source>
        <translation>{positive} positivi · {neutral} neutri · {negative} negativi</translation>
    </message>
    <message>
        <source>{group} (front line)</source>
        <translation>{group} (personale di contatto)</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Positive · neutral · negative</source>
        <translation>Positivi · neutri · negativi</translation>
    </message>
    <message>
        <source>Front-line staff (support agents, sales, shop assistants) hear customers every day. Mark their feedback as front-line voice: it is then reported beside the customers&apos; own voice, never mixed into it. One document can be marked on its own in the Evidence area (right-click it in the documents list).</source>
        <extracomment>source id, source name, the chosen voice</extracomment>
        <translation>Il personale di contatto (assistenza, vendite, commessi) ascolta i clienti ogni giorno. Segna il suo feedback come voce del personale di contatto: viene allora riportato accanto alla voce dei clienti, mai mescolato con essa. Un singolo documento si può segnare a parte nell&apos;area Evidenze (clic destro nell&apos;elenco dei documenti).</translation>
    </message>
    <message>
        <source>No sources yet: import a survey export or a feedback file in the Data area.</source>
        <translation>Ancora nessuna fonte: importa un&apos;esportazione di sondaggio o un file di feedback nell&apos;area Dati.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Whose voice</source>
        <translation>Di chi è la voce</translation>
    </message>
    <message>
        <source>Voice of {source}</source>
        <translation>Voce di {source}</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Entrambi</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Front line</source>
        <translation>Personale di contatto</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Fase del percorso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>da {low} a {high}</translation>
    </message>
    <message>
        <source>(95%: {interval})</source>
        <translation>(95%: {interval})</translation>
    </message>
    <message>
        <source>small n</source>
        <translation>n piccolo</translation>
    </message>
    <message>
        <source>Fewer than {n} answers: the figure is shown, but it can move a lot with a few more answers. Read the interval.</source>
        <translation>Meno di {n} risposte: il valore è mostrato, ma può cambiare molto con poche risposte in più. Leggi l&apos;intervallo.</translation>
    </message>
    <message>
        <source>{measure} {value} (n = {n})</source>
        <translation>{measure} {value} (n = {n})</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promotori</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passivi</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>detrattori</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>soddisfatti</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutrali</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>insoddisfatti</translation>
    </message>
    <message>
        <source>high scorers</source>
        <translation>punteggi alti</translation>
    </message>
    <message>
        <source>middle scorers</source>
        <translation>punteggi medi</translation>
    </message>
    <message>
        <source>low scorers</source>
        <translation>punteggi bassi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributo</translation>
    </message>
    <message>
        <source>×{lift} ({low}–{high})</source>
        <translation>×{lift} ({low}–{high})</translation>
    </message>
    <message>
        <source>in {low_share} of {low} vs {high_share} of {high}</source>
        <translation>nel {low_share} dei {low} contro il {high_share} dei {high}</translation>
    </message>
    <message>
        <source>{low_with} of {low_n} {low}, {high_with} of {high_n} {high}</source>
        <translation>{low_with} su {low_n} {low}, {high_with} su {high_n} {high}</translation>
    </message>
    <message>
        <source>Sentiment of open answers (estimate)</source>
        <translation>Sentiment delle risposte aperte (stima)</translation>
    </message>
    <message>
        <source>Estimated from the words of the open answers with a word list: a signal beside the scores, not a score. Sarcasm and mixed answers are often misread.</source>
        <translation>Stimato dalle parole delle risposte aperte con un elenco di parole: un segnale accanto ai punteggi, non un punteggio. Sarcasmo e risposte miste sono spesso fraintesi.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>changed {when}</source>
        <translation>modificato il {when}</translation>
    </message>
    <message>
        <source>Turn customer research into data-driven personas and journey maps, kept in one project file on your computer.</source>
        <translation>Trasforma la ricerca sui clienti in personas e mappe del percorso basate sui dati, custodite in un unico file di progetto sul tuo computer.</translation>
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
        <source>Explore a finished example</source>
        <translation>Esplora un esempio completo</translation>
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
        <extracomment>How long quitting waits for cancelled work to stop (seconds): the core checks for a cancel often, so this is only reached by work stuck outside the core (a slow disk). Emitted last, whatever the outcome (for clean-up). Progress reports closer together than this (seconds) are skipped, except the first, the last and any with a new message: a core loop may report per row, and the event queue must not drown in repaints. Work that must end on its own even when the program quits (a closing project&apos;s backup): stop_all_workers neither cancels nor silences it; its caller waits for it. The exception that made the work fail (available in ``failed`` handlers). The latest (done, total, message) delivered, for views attached late. Set when the owner was destroyed or the application quits: deliver only ``done``.</extracomment>
        <translation>L&apos;operazione</translation>
    </message>
    <message>
        <source>{what} stopped because of a problem Persona Workbench did not expect ({error}). The details were written to the log file {log}.</source>
        <translation>{what} si è interrotta per un problema che Persona Workbench non si aspettava ({error}). I dettagli sono stati scritti nel file di log {log}.</translation>
    </message>
</context>
</TS>
